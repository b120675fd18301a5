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
    assigned = cluster.assign_stories(articles(), cluster.StoryIndex(stories), df, {})
    assert assigned["quake1"] == assigned["quake2"] == assigned["quake3"] != assigned["final"]
    assert stories[assigned["quake1"]].size == 3


def test_events_split_by_time_within_a_story():
    quake = [a for a in articles() if a.id.startswith("quake")]
    groups = cluster.group_events(quake, {a.id: a.published for a in quake})
    assert sorted(map(sorted, groups)) == [["quake1", "quake2"], ["quake3"]]


def test_a_common_term_lists_only_the_stories_updated_last(monkeypatch):
    monkeypatch.setattr(cluster, "POSTING_CAP", 2)
    index = cluster.StoryIndex({})
    for n in range(3):
        index.absorb(cluster.StoryState(f"s{n}", {}, 0, None, None), {"common": 0.6, f"own{n}": 0.8}, None)
    assert list(index.postings["common"]) == ["s1", "s2"]
    index.absorb(index.stories["s1"], {"common": 0.6, "own1": 0.8}, None)  # s1 is updated again
    assert list(index.postings["common"]) == ["s2", "s1"]
    assert index.candidates({"own0": 1.0}) == ["s0"]  # the oldest story is still found by its own words


def test_a_weak_match_joins_a_story_in_the_news_but_not_an_undated_article():
    story = cluster.StoryState("s", {"quake": 1.0, "rescue": 1.0}, 2, date(2021, 3, 1), date(2021, 3, 5))
    index = cluster.StoryIndex({"s": story})
    weak = {"quake": 0.1, "football": 0.995}
    assert index.best(weak, date(2021, 3, 10)) is story
    assert index.best(weak, None) is None
    assert index.best(weak, date(2021, 9, 1)) is None


def test_a_story_out_of_the_news_must_match_clearly_better_to_take_an_article():
    running = cluster.StoryState("running", {"flu": 1.0, "vaccine": 1.0}, 1, date(2021, 3, 1), date(2021, 3, 5))
    old = cluster.StoryState("old", {"flu": 1.0, "tamiflu": 1.0}, 1, date(2020, 6, 1), date(2020, 6, 2))
    index = cluster.StoryIndex({"running": running, "old": old})
    slightly_closer_to_old = {"flu": 0.8, "tamiflu": 0.5, "vaccine": 0.33}
    assert index.best(slightly_closer_to_old, date(2021, 3, 6)) is running
    much_closer_to_old = {"flu": 0.6, "tamiflu": 0.8}
    assert index.best(much_closer_to_old, date(2021, 3, 6)) is old
    assert index.best(slightly_closer_to_old, None) is old  # with no date, the words alone decide


def test_a_story_updated_last_is_scored_even_when_the_article_misses_its_key_terms(monkeypatch):
    monkeypatch.setattr(cluster, "KEY_TERMS", 1)
    index = cluster.StoryIndex({})
    story = cluster.StoryState("s", {}, 0, None, None)
    index.absorb(story, {"quake": 0.89, "rescue": 0.45}, date(2021, 3, 1))
    index.absorb(story, {"quake": 0.89, "rescue": 0.45}, date(2021, 3, 2))
    article = {"football": 0.9, "rescue": 0.44}  # its heaviest term is not the story's
    assert index.candidates(article) == []
    assert index.best(article, date(2021, 3, 3)) is story


def two_stories(second_start: date) -> cluster.StoryIndex:
    big = cluster.StoryState("big", {"quake": 3.0, "rescue": 2.0, "aid": 1.0}, 4, date(2021, 3, 1), date(2021, 3, 9))
    index = cluster.StoryIndex({"big": big})
    index.absorb(cluster.StoryState("small", {}, 0, None, None), {"quake": 0.8, "tents": 0.6}, second_start)
    return index


def test_a_new_story_merges_into_the_larger_one_it_matches_while_both_are_in_the_news():
    index = two_stories(date(2021, 3, 12))
    assert cluster.merge_stories(index, {"a5": "small"}) == {"small": "big"}
    assert set(index.stories) == {"big"} and index.stories["big"].size == 5
    assert index.stories["big"].centroid["tents"] == 0.6 and index.stories["big"].last == date(2021, 3, 12)
    assert "small" not in index.postings["quake"]


def test_stories_apart_in_time_or_in_words_stay_apart():
    assert cluster.merge_stories(two_stories(date(2021, 6, 1)), {"a5": "small"}) == {}
    index = two_stories(date(2021, 3, 12))
    index.absorb(index.stories["small"], {"tents": 1.0}, date(2021, 3, 12))
    index.absorb(index.stories["small"], {"tents": 1.0}, date(2021, 3, 12))
    assert cluster.merge_stories(index, {"a6": "small", "a7": "small"}) == {}  # now mostly about tents


def test_story_keywords_name_a_term_and_its_entity_once():
    from storydesk.cluster import StoryState

    story = StoryState("s", {"flood": 0.9, "@flood": 0.8, "river": 0.5, "@delta": 0.4}, 1, None, None)
    assert story.keywords(3) == ["flood", "river", "delta"]
