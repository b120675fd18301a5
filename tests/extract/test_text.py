"""The plain-text cleaner: boilerplate set aside with reasons, article kept, nothing lost."""

from storydesk.extract.text import clean_text

PAGE = """Harbour board approves new ferry route

Published: 14 May 2022

By Ada Quist

The harbour board voted on Tuesday to open a ferry route between the two islands, ending a decade of debate.

Board chair Lena Holt said the first crossings would run in the autumn and that fares would be capped for residents.

- Advertisement -

Subscribe now for unlimited access. Cancel anytime.

Residents had campaigned for the route since the old bridge closed, and turnout at the final hearing was the highest on record.

Related: Islands brace for summer crowds

Do you think the fares are fair?
Yes
No
7% - 41 votes

Exchange rates
Oil price
Index ticker

© 2022 Island Courier. All rights reserved.
"""


def test_body_kept_and_boilerplate_removed_with_reasons():
    clean = clean_text(PAGE)
    assert clean.title == "Harbour board approves new ferry route"
    assert clean.byline == "By Ada Quist"
    assert clean.text.startswith("The harbour board voted on Tuesday")
    assert "highest on record." in clean.text
    reasons = {r.reason for r in clean.removed}
    assert {"advertisement", "subscription prompt", "related links", "poll", "footer"} <= reasons
    for furniture in ("Advertisement", "Subscribe", "Related:", "votes", "All rights reserved", "Oil price"):
        assert furniture not in clean.text


def test_nothing_the_user_gave_is_lost():
    clean = clean_text(PAGE)
    kept = [clean.title, clean.byline, clean.text] + [r.text for r in clean.removed]
    for line in (line.strip() for line in PAGE.splitlines() if line.strip()):
        assert any(line in piece for piece in kept if piece), line


def test_date_label_gives_header_date():
    assert clean_text(PAGE).header_dates == ["14 May 2022"]


def test_caption_next_to_photo_credit_is_set_aside():
    text = ("Storm closes mountain pass\n\n"
            "Snow closed the only road over the pass on Sunday, stranding hundreds of drivers overnight in their cars.\n\n"
            "Crews expect to reopen one lane by Wednesday if the wind drops, the roads office said in a statement.\n\n"
            "Snowbound\n\nJOHN DOE/NEWS AGENCY\n\n"
            "A snowplough clears the road near the summit on Sunday, 12 January 2020, in this photo.\n")
    clean = clean_text(text)
    assert "snowplough" not in clean.text
    assert any("snowplough" in c for c in clean.captions)
    assert "Snowbound" in clean.captions


def test_inline_credit_makes_a_caption():
    text = ("Talks open\n\nDelegates met on Monday in the capital to open a new round of talks on the border.\n\n"
            "Delegates pose before the talks in the capital on Monday. (Photo: Jane Roe / Agency)\n\n"
            "The talks are expected to last a week, officials said, and a statement is due on Friday.\n")
    clean = clean_text(text)
    assert "pose before" not in clean.text and "expected to last a week" in clean.text


def test_subheading_between_paragraphs_is_kept():
    text = ("The council met for six hours on Monday and approved the budget after a long and bitter debate.\n\n"
            "Next steps\n\n"
            "The budget now goes to the regional assembly, which must approve it before the end of the month.\n")
    assert "Next steps" in clean_text(text).text
