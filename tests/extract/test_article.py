"""Articles from documents: given metadata wins, then the page's, then the text's dates."""

from datetime import date

from storydesk import errors
from storydesk.extract import extract
from storydesk.extract.html import written_days
from storydesk.model import Article, Document, Rejection

HTML = """<html><head><title>Bridge reopens | The Daily Test</title>
<meta property="og:site_name" content="The Daily Test">
<meta property="article:published_time" content="2021-06-02T10:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Bridge reopens</h1>
<p>The old river bridge reopened to traffic on Tuesday after two years of repairs, the city said in a statement.</p>
<p>Engineers replaced the deck and strengthened the piers, and the city expects traffic on the crossing to return to normal within weeks.</p>
<p>Shop owners near the bridge said trade had fallen by half while it was closed and welcomed the reopening.</p>
</article><footer>Copyright The Daily Test. All rights reserved.</footer></body></html>"""


def test_html_gives_text_title_outlet_date_and_removed_boilerplate():
    article = extract(Document("page.html", HTML, "html"))
    assert isinstance(article, Article)
    assert article.text.startswith("The old river bridge reopened")
    assert article.outlet == "The Daily Test"
    assert article.published == date(2021, 6, 2) and article.published_from == "metadata"
    assert any("All rights reserved" in r.text for r in article.removed)


def test_a_page_with_control_characters_and_a_self_closed_html_tag_is_read():
    page = HTML.replace("<html>", '<html lang="en"/>\n').replace("two years", "two\x0b years\x01\ufffe")
    article = extract(Document("page.html", page, "html"))
    assert isinstance(article, Article)
    assert article.text.startswith("The old river bridge reopened to traffic on Tuesday after two years of repairs")
    assert article.outlet == "The Daily Test"


def test_a_page_where_the_extractor_keeps_only_furniture_is_read_whole_and_keeps_its_metadata():
    body = "\n".join(f"<p>{line}</p>" for line in (
        "The old river bridge reopened to traffic on Tuesday after two years of repairs, the city said.",
        "Engineers replaced the deck and strengthened the piers over the winter months.",
    ))
    page = HTML.split("<body>")[0] + f"<body>\n<p>Advertisement</p>\n<div id='comments'>\n{body}\n</div></body></html>"
    article = extract(Document("page.html", page, "html"))
    assert isinstance(article, Article)
    assert article.text.startswith("The old river bridge reopened") and "Advertisement" not in article.text
    assert article.title == "Bridge reopens"
    assert article.published == date(2021, 6, 2) and article.published_from == "metadata"


def test_given_metadata_wins():
    doc = Document("x", "Rain fell all day on Monday in the hills, and rivers rose fast.", "text",
                   {"id": "given-1", "published": "2019-05-06", "outlet": "Given Outlet", "title": "Given"})
    article = extract(doc)
    assert (article.id, article.published, article.published_from, article.outlet, article.title) == (
        "given-1", date(2019, 5, 6), "metadata", "Given Outlet", "Given")


def test_bad_given_date_is_a_rejection():
    result = extract(Document("x", "Some text here.", "text", {"published": "yesterday"}))
    assert isinstance(result, Rejection) and result.reason == errors.BAD_DATE.format(value="yesterday")


def test_date_written_in_text_is_used_and_says_so():
    text = "Rally draws crowds\n\nCity, 4 March 2020\n\nThousands marched through the centre on Wednesday to protest the new tax law."
    article = extract(Document("t.txt", text, "text"))
    assert article.published == date(2020, 3, 4) and article.published_from == "text"


def test_undated_text_has_no_date_yet():
    article = extract(Document("t.txt", "Thousands marched through the centre on Wednesday to protest the tax law.", "text"))
    assert article.published is None and article.published_from is None


def test_boilerplate_only_input_is_rejected():
    result = extract(Document("t.txt", "Advertisement\n\nSubscribe now\n\nShare this", "text"))
    assert isinstance(result, Rejection) and result.reason == errors.NO_TEXT


def page_printing(printed: str, footer: str = "") -> str:
    """HTML with the bridge story, a date line above it, and a footer."""
    head, body = HTML.split("<article>")
    return head + f"<p class='date'>{printed}</p><article>" + body.replace("</footer>", f" {footer}</footer>")


def test_a_date_printed_above_the_article_beats_a_metadata_stamp_the_page_never_shows():
    # an evening story: the metadata's UTC stamp is the next day
    article = extract(Document("page.html", page_printing("Published 1 June 2021"), "html"))
    assert article.published == date(2021, 6, 1)


def test_metadata_the_page_prints_above_the_article_is_kept():
    article = extract(Document("page.html", page_printing("Published 1 June 2021 · Updated 2 June 2021"), "html"))
    assert article.published == date(2021, 6, 2)


def test_a_stamp_printed_only_below_the_article_does_not_outweigh_the_date_above_it():
    # below the article, the stamp's day is a comment's or a teaser's
    article = extract(Document("page.html", page_printing("Published 1 June 2021", "Comment, 2 June 2021"), "html"))
    assert article.published == date(2021, 6, 1)


def page_opening_with(opening: str, site_header: str = "") -> str:
    """The bridge page with `opening` as the article's first line and `site_header` above it."""
    head, body = HTML.split("<article>")
    return head + f"<p>{site_header}</p><article><p>{opening}</p>" + body


def test_the_articles_own_dateline_beats_the_stamp_and_the_sites_calendar():
    for opening in ("Millbrook, (1.6.2021).", "1 June 2021, 21:40"):
        article = extract(Document("page.html", page_opening_with(opening, "Wednesday, 2 June 2021"), "html"))
        assert article.published == date(2021, 6, 1), opening


def test_a_date_inside_the_opening_sentence_is_not_a_dateline():
    opening = ("On Tuesday, 1 June 2021, the council closed the bridge for a final inspection before the works were "
               "signed off and the road could open again.")
    article = extract(Document("page.html", page_opening_with(opening), "html"))
    assert article.published == date(2021, 6, 2)


def test_a_printed_date_far_from_the_metadata_is_the_sites_calendar_not_the_articles():
    article = extract(Document("page.html", page_printing("Today is 20 March 2021"), "html"))
    assert article.published == date(2021, 6, 2)


def test_a_printed_date_glued_to_a_menu_on_a_minified_page_is_read():
    # one source line: the page's text runs "...NewsJune 1, 2021" unless blocks are cut at elements
    page = page_printing("June 1, 2021").replace("\n", "").replace("<p class='date'>", "<nav>News</nav><div>")
    article = extract(Document("page.html", page.replace("</p><article>", "</div><article>", 1), "html"))
    assert article.published == date(2021, 6, 1)


def test_written_days_come_in_the_order_the_text_gives_them():
    assert written_days("Published June 1, 2021, updated 3 June 2021.\nNo year here: 4 June.") == [
        date(2021, 6, 1), date(2021, 6, 3)]


def test_a_feed_entrys_html_is_all_article_even_one_short_paragraph():
    content = "<p>Schools in the valley reopened on Thursday.</p><p>Buses ran <b>late</b>.</p>"
    article = extract(Document(source="feed#1", content=content, kind="fragment", given={"outlet": "Valley Times"}))
    assert article.text == "Schools in the valley reopened on Thursday.\n\nBuses ran late."
    assert article.outlet == "Valley Times"
