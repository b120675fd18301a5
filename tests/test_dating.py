"""Undated articles: the window their own text allows, and events placed by it."""

from datetime import date

from storydesk import dating
from storydesk.annotate import annotate
from storydesk.cluster import group_events
from storydesk.model import Article


def article(i, text, published=None, floor=None):
    [done] = annotate([Article(id=i, source=i, text=text, content_hash=i, published=published, date_floor=floor)])
    return done


def test_floor_and_ceiling_give_the_middle_of_the_window():
    looks_back = article("a", "The committee met again on Thursday.", floor=date(2021, 5, 3))
    looks_ahead = article("b", "A vote is scheduled for May 21.")
    assert dating.window([looks_back, looks_ahead], 2021) == (date(2021, 5, 3), date(2021, 5, 21))
    assert dating.estimate([looks_back, looks_ahead], 2021) == date(2021, 5, 12)


def test_a_floor_alone_or_a_wide_window_is_no_estimate():
    assert dating.estimate([article("a", "Nothing dated here.", floor=date(2021, 5, 3))], 2021) is None
    wide = [article("a", "It began on 2 January 2021."), article("b", "A vote is scheduled for June 30.")]
    assert dating.estimate(wide, 2021) is None


def test_caption_date_is_a_floor_not_the_publication_date():
    from storydesk.extract import extract
    from storydesk.model import Document

    text = ("Talks resume\n\nNegotiators resumed talks in the capital on Thursday after a week-long pause, officials said.\n\n"
            "The delegations are expected to meet again next week to discuss the ceasefire monitoring plan.\n\n"
            "JANE DOE/PHOTO AGENCY\n\nDelegates pose in the capital on 6 February 2020, at the start of the first round.\n")
    result = extract(Document("t.txt", text, "text"))
    assert result.published is None and result.date_floor == date(2020, 2, 6)


def test_undated_group_dated_by_its_window_becomes_its_own_event():
    base = "Negotiators from the rival governments met in the lakeside city for talks on a ceasefire and prisoner exchange"
    first = article("first", base + " on Monday, the mediators said.", published=date(2020, 2, 3))
    later_a = article("later_a", base + ", resuming after a pause; the next session is scheduled for February 26.")
    later_b = article("later_b", base + ", resuming after a pause.", floor=date(2020, 2, 10))
    articles = [first, later_a, later_b]
    groups = group_events(articles, {a.id: a.published for a in articles}, lambda g: dating.estimate(g, 2020))
    assert sorted(map(sorted, groups)) == [["first"], ["later_a", "later_b"]]


def test_undated_groups_after_an_undated_event_of_their_own():
    unrelated = article("unrelated", "The orchestra rehearsed a new symphony for the spring season.")
    first = article("first", "Negotiators met in the lakeside city for ceasefire talks on Monday.", published=date(2020, 2, 3))
    later = article("later", "Negotiators resumed ceasefire talks; the next session is scheduled for February 26.",
                    floor=date(2020, 2, 10))
    articles = [first, unrelated, later]
    groups = group_events(articles, {a.id: a.published for a in articles}, lambda g: dating.estimate(g, 2020))
    assert sorted(map(sorted, groups)) == [["first"], ["later"], ["unrelated"]]
