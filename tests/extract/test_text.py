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


def test_a_credit_line_is_a_photo_credit_whatever_its_case():
    text = ("Bridge reopens\n\nThe old river bridge reopened to traffic on Monday after two years of repairs to its piers.\n\n"
            "Photo: Jane Roe/Example Images\n\n"
            "The city expects the bridge to carry twelve thousand cars a day once the new lanes open in spring.\n")
    removed = {item.text: item.reason for item in clean_text(text).removed}
    assert removed["Photo: Jane Roe/Example Images"] == "photo credit"


def test_subheading_between_paragraphs_is_kept():
    text = ("The council met for six hours on Monday and approved the budget after a long and bitter debate.\n\n"
            "Next steps\n\n"
            "The budget now goes to the regional assembly, which must approve it before the end of the month.\n")
    assert "Next steps" in clean_text(text).text


MENU = "\n".join(f"* {item}" for item in ("Home", "News", "Sport", "Weather", "Contact", "About us", "Archive"))
TEASERS = ("Clubs agree new transfer window after a long night of talks in the capital, officials said on Friday.\n\n"
           "A new stadium for the northern league will open next spring, its owners said in a statement.\n\n"
           "The cup final will be replayed after floodlights failed in the second half, the league said.\n")


def test_a_results_table_is_the_article_not_furniture():
    table = "\n".join(f"{rank} Team {name} {points} {wins} {losses}" for rank, name, points, wins, losses in
                      ((1, "Ash", 40, 12, 2), (2, "Birch", 36, 11, 3), (3, "Cedar", 31, 9, 5),
                       (4, "Elm", 28, 8, 6), (5, "Fir", 20, 6, 8)))
    clean = clean_text(f"{MENU}\n\nLeague standings\n\nStandings after the tenth round:\n\n"
                       f"Pos Team Points Wins Losses\n{table}\n\nMore news\n\n{TEASERS}")
    assert "3 Team Cedar 31 9 5" in clean.text and "5 Team Fir 20 6 8" in clean.text
    assert "Home" not in clean.text


def test_a_numbered_list_that_prose_introduces_is_kept_a_most_read_box_is_not():
    picks = "\n".join(f"{n}) Pick number {n} of the season\nexample.org/p{n}" for n in range(1, 7))
    clean = clean_text("The critics at the weekly review sat down again this year to choose the films that mattered "
                       "most to them, from quiet dramas to loud comedies, and here is the list they agreed on:\n\n"
                       f"{picks}\n\nMost read\n\n1. Mayor opens bridge\n2. Rain to return\n3. School wins prize\n")
    assert "6) Pick number 6 of the season" in clean.text
    assert "Mayor opens bridge" not in clean.text


def test_recommended_stories_end_the_article():
    clean = clean_text("The museum will reopen its east wing on Saturday after two years of repairs to the roof, "
                       "which was damaged in a storm, and the first exhibition will show the city's maps.\n\n"
                       "The director said the maps had been kept in the basement for most of a century and that "
                       "volunteers had spent the winter cleaning and cataloguing them for the show.\n\n"
                       f"You may also like\n\n{TEASERS}")
    assert "museum will reopen" in clean.text and "floodlights" not in clean.text
    assert any(r.reason == "related links" and "floodlights" in r.text for r in clean.removed)


def test_a_wire_caption_is_a_caption():
    clean = clean_text("In this March 3, 2021, file photo, workers load sacks of grain onto a ship in the port.\n\n"
                       "Grain exports rose by a fifth last month as the port reopened after a long strike, the "
                       "shipping office said on Monday, and more ships are expected this week.\n")
    assert "load sacks" not in clean.text and any("load sacks" in c for c in clean.captions)


def test_a_teaser_list_with_dates_and_times_is_no_table():
    teasers = "\n".join(f"Desk Writer | {day} November 2020, 1{day}:35\nHeadline number {day} about the budget talks"
                        for day in range(1, 7))
    clean = clean_text("The port reopened on Monday after a week-long strike by dock workers, who won a pay rise "
                       "and shorter shifts, the union said in a statement on its website.\n\n"
                       "Ships that had waited at anchor began to unload on Monday evening, and the harbour master "
                       f"expects the backlog to clear by the end of the week.\n\nLatest\n\n{teasers}\n")
    assert "backlog" in clean.text and "Desk Writer" not in clean.text


def test_a_sign_up_form_after_the_article_is_set_aside():
    form = ("Enter your e-mail address below and we will send you a link to reset your password.\n\n"
            "For our international users, please be aware that the information you submit when registering for our "
            "services is stored abroad, and that the collection, storage, and use of your data will be subject to the "
            "laws of that country, which may differ from the laws of your home country and which you accept by going on.\n\n"
            "Please create a screen name.")
    clean = clean_text(PAGE.replace("Exchange rates", form + "\n\nExchange rates"))
    assert "highest on record." in clean.text
    assert not any(phrase in clean.text for phrase in ("reset your password", "collection, storage", "screen name"))
    assert {"account prompt", "privacy notice"} <= {r.reason for r in clean.removed}


def test_a_screen_name_in_the_news_is_prose():
    story = ("The blogger, who wrote under a screen name, was arrested on Friday after his posts predicted the "
             "collapse of the currency weeks before it happened.")
    assert story in clean_text(PAGE.replace("Residents had campaigned", story + "\n\nResidents had campaigned")).text


def test_registering_in_a_news_paragraph_is_prose():
    story = ("Voters can avoid the queues by registering for a postal ballot before Friday, the electoral office said, "
             "and more than a third of residents did so at the last election, when turnout fell to its lowest level in "
             "two decades and the count ran late into the night.")
    assert story in clean_text(PAGE.replace("Residents had campaigned", story + "\n\nResidents had campaigned")).text


def test_a_sites_notice_about_itself_is_furniture_but_prose_with_the_same_words_is_not():
    notice = ("Clip unavailable\n\nThe video transcript could not be loaded.\n\n"
              "You can save clips to your profile from the web and from the app. Learn more\n\n"
              "JavaScript is disabled. Please try again once you enable JavaScript.\n")
    clean = clean_text(notice)
    assert clean.text == "" and [r.reason for r in clean.removed].count("site notice") == 3
    prose = ("Officials said they hoped to learn more about the cause of the fire when investigators reach the site.\n\n"
             "The climbers will try again later this year, their leader said, once the weather over the ridge improves.\n")
    assert clean_text(prose).text == prose.strip()
