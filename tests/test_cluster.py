"""Stories and events on annotated articles written for the tests."""

from datetime import date

from storydesk import cluster
from storydesk.annotate import annotate
from storydesk.model import Article

TEXTS = {
    "quake1": (date(2021, 3, 1), "A strong earthquake struck the coastal province of Marenta on Monday, collapsing houses "
               "and a hospital. Rescue teams from the Marenta civil protection agency searched the rubble overnight."),
    "quake2": (date(2021, 3, 2), "Rescuers in Marenta pulled survivors from collapsed houses a day after the earthquake, "
               "the civil protection agency said, as aftershocks shook the coastal province."),
    "quake3": (date(2021, 4, 20), "Reconstruction began in Marenta province on Tuesday, seven weeks after the earthquake "
               "destroyed houses and a hospital; the civil protection agency is housing families in tents."),
    "final": (date(2021, 3, 2), "The national football team won the cup final in Bellport on Sunday, with striker Lio "
              "Brand scoring twice as fans filled the stadium and celebrated in the streets."),
}


def articles():
    raw = [Article(id=i, source=i, text=t, content_hash=i, published=d) for i, (d, t) in TEXTS.items()]
    return list(annotate(raw))


def test_stories_split_by_topic_and_span_weeks():
    stories, df = {}, cluster.DocFreq()
    assigned = cluster.assign_stories(articles(), stories, df, {})
    assert assigned["quake1"] == assigned["quake2"] == assigned["quake3"] != assigned["final"]
    assert stories[assigned["quake1"]].size == 3


def test_events_split_by_time_within_a_story():
    quake = [a for a in articles() if a.id.startswith("quake")]
    groups = cluster.group_events(quake, {a.id: a.published for a in quake})
    assert sorted(map(sorted, groups)) == [["quake1", "quake2"], ["quake3"]]
