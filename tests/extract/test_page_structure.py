"""Where the article starts and ends on a whole page, and what HTML extractors let through."""

import lxml.html

from storydesk.extract.html import recover_split_body
from storydesk.extract.text import clean_extracted, clean_text

PROSE = [
    "The council voted on Monday to close the old market hall for repairs, after inspectors found cracks in its roof beams.",
    "Traders will move to a temporary site by the river, and the council said rents there would be frozen for a year.",
    "Work is expected to take eighteen months, although the contractor warned that the schedule depends on the weather.",
]

WHOLE_PAGE = "\n".join([
    "Home", "News", "Sport", "Weather", "Log in",
    "Our town's newsletter. Every week, the best of local news.",
    "Market hall to close for repairs",
    "By Ines Ferro",
    *PROSE,
    "Most read", "Bridge works start", "Election results", "Festival line-up",
    "Sign up for our newsletter and never miss a story from the town hall, the courts and the schools.",
    "Contact us", "Privacy policy",
])


def test_the_article_is_the_run_of_prose_between_menus_and_footers():
    cleaned = clean_text(WHOLE_PAGE)
    assert cleaned.text.split("\n\n") == PROSE
    assert cleaned.title == "Market hall to close for repairs"
    assert cleaned.byline == "By Ines Ferro"
    removed = {r.text for r in cleaned.removed}
    assert {"Home", "Election results", "Privacy policy"} <= removed
    assert "Our town's newsletter. Every week, the best of local news." in removed


def test_a_comment_heading_ends_the_article_even_when_comments_are_prose():
    comment = "I have shopped at that market for thirty years and I think the repairs are long overdue, frankly."
    cleaned = clean_text("\n".join(PROSE + ["3 comments", comment, "Reply"]))
    assert cleaned.text.split("\n\n") == PROSE
    assert ("3 comments", "comments") in {(r.text, r.reason) for r in cleaned.removed}


def test_prose_without_spaces_between_words_is_prose():
    japanese = "市議会は月曜日、屋根の梁にひびが見つかったため、古い市場の建物を修理のために閉鎖することを決めました。"
    cleaned = clean_text("\n".join(["ホーム", "ニュース", japanese, japanese + "工事は十八か月かかる見込みです。"]))
    assert cleaned.text.startswith(japanese)


def test_extractor_output_loses_its_repeated_title_comments_teasers_and_author_note():
    extracted = "\n".join([
        "Market Hall Closes For Repairs",
        *PROSE,
        "- Bridge Works Start Next Week Across Town",
        "- Festival Line-Up Announced For The Summer",
        "Ines Ferro may be reached at ines@example.org. Follow her on Twitter.",
        "Leave a Reply",
        "Great news, finally someone is doing something about that roof, it has leaked for years.",
    ])
    cleaned = clean_extracted(extracted, "Market hall closes for repairs | Town Courier")
    assert cleaned.text.split("\n\n") == PROSE
    reasons = {r.text: r.reason for r in cleaned.removed}
    assert reasons["Market Hall Closes For Repairs"] == "title"
    assert reasons["- Bridge Works Start Next Week Across Town"] == "related links"
    assert reasons["Leave a Reply"] == "comments"


def test_extractor_output_keeps_introduced_lists_tables_and_long_prose_with_cue_words():
    kept = [
        PROSE[0],
        "The new site will offer:",
        "- Covered Stalls For Every Trader",
        "- Free Parking On Market Days",
        "| Stall | Rent |",
        "| Fish | 40 |",
        "| Bread | 35 |",
        "Traders who subscribe to the council's alert service will hear first when the hall reopens, the council said in a statement.",
    ]
    assert clean_extracted("\n".join(kept), None).text.split("\n\n") == kept


def test_series_teasers_are_set_aside():
    extracted = "\n".join([*PROSE, "Design Week 2018 | A lamp made of glass", "Design Week 2018 | Chairs of the future"])
    assert clean_extracted(extracted, None).text.split("\n\n") == PROSE


def test_an_article_split_over_sibling_containers_is_put_back_together():
    tail = "The contractor said the scaffolding would go up within a fortnight, weather permitting, and stay all winter."
    page = lxml.html.fromstring(
        "<html><body><article>"
        f'<div class="chunk"><p>{PROSE[0]}</p><p>{PROSE[1]}</p></div>'
        '<div class="ad"><p>Advertisement</p></div>'
        f'<div class="chunk"><p>{PROSE[2]}</p><p>{tail}</p></div>'
        '</article><aside><div class="teaser"><p>Read more: the best bakeries in town, ranked by our readers this year.</p></div></aside>'
        "</body></html>"
    )
    assert recover_split_body(page, PROSE[:2]) == PROSE + [tail]


def test_a_paragraph_the_extractor_dropped_from_a_kept_container_stays_dropped():
    teaser = "Read more about the market, its history and its traders in our special report published last spring."
    page = lxml.html.fromstring(
        f'<html><body><div class="chunk"><p>{PROSE[0]}</p><p>{teaser}</p><p>{PROSE[1]}</p></div></body></html>'
    )
    assert recover_split_body(page, PROSE[:2]) == PROSE[:2]


def test_a_long_unpunctuated_line_is_a_tag_cloud_not_the_article():
    cloud = " ".join(["harbour", "ferries", "council", "budget", "schools", "weather", "festival", "roads"] * 4)
    short_article = PROSE[0]
    cleaned = clean_text("\n".join(["Home", cloud, "Market hall to close", short_article, "Contact us"]))
    assert cleaned.text == short_article
    assert cloud in {r.text for r in cleaned.removed}


def test_teaser_cards_flattened_to_text_are_not_the_article():
    teasers = [
        "Bridge Works Start On The Northern RoadCrews began work on Monday and expect delays until spring.",
        "Festival Line-Up Announced For The SummerOrganisers named twelve bands for the three-day event.",
        "Why The Old Ferry Still Matters To IslandersThe service has run for ninety years without a break.",
    ]
    cleaned = clean_text("\n".join(["Latest", *teasers, "Market hall to close for repairs", *PROSE]))
    assert cleaned.text.split("\n\n") == PROSE
    assert {r.reason for r in cleaned.removed if r.text in teasers} == {"teaser (headline and summary)"}


def test_a_camel_case_name_or_an_opening_quote_inside_a_sentence_is_not_a_teaser():
    sentence = ("The launch company SpaceX and two rivals, Blue Origin and Sierra Nevada Corporation, "
                "were chosen by the agency on Friday to carry the cargo.")
    quoted = 'Officials From The Harbour Board Told Reporters "Today we are stronger" after the vote on Friday.'
    assert clean_text("\n".join([sentence, quoted, *PROSE])).text.split("\n\n") == [sentence, quoted, *PROSE]
