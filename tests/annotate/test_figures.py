"""Figures: measure, value and bound from the sentence, in the number styles news uses."""

import pytest

from storydesk.annotate.figures import find_figures, ungroup


def figures(sentence, language="en"):
    return [(f.measure, f.value, f.bound) for f in find_figures(sentence, [(0, len(sentence))], [], language)]


@pytest.mark.parametrize("sentence, expected", [
    ("More than 1,000 people have been killed since April.", [("killed", 1000, "at_least")]),
    ("The fighting left more than 1 000 people dead and displaced some 140 000.",
     [("killed", 1000, "at_least"), ("displaced", 140000, "about")]),
    ("It has claimed more than 2,000 lives and displaced hundreds of thousands of people.",
     [("killed", 2000, "at_least"), ("displaced", 100000, "at_least")]),
    ("Up to 1.5 million people are refugees.", [("refugees", 1500000, "at_most")]),
    ("Police arrested dozens of protesters.", [("arrested", 12, "at_least")]),
    ("Nearly 300 were injured in the blast.", [("injured", 300, "at_most")]),
    ("Twenty-five soldiers were kidnapped.", [("kidnapped", 25, "exact")]),
    ("The two sides reached agreements to exchange prisoners.", []),
    ("The talks lasted 12 days and 40 people attended.", []),
    ("The number of people killed in the floods has risen to 91, officials said.", [("killed", 91, "exact")]),
    ("The death toll climbed to 36 on Sunday.", [("killed", 36, "exact")]),
    ("The number of tourists rose to 5,000 this year.", []),
])
def test_figures(sentence, expected):
    assert figures(sentence) == expected


def test_thousands_separators_by_language():
    assert ungroup("1.500", "es") == "1500"
    assert ungroup("1.500", "en") == "1.500"
    assert ungroup("140 000", "en") == "140000"
    assert ungroup("2,000", "en") == "2000"


def test_attribution_by_according_to():
    [figure] = find_figures("At least 40 people were killed, according to the Red Cross.", [(0, 60)], [])
    assert figure.attributed_to == "Red Cross"


def test_background_figure_is_not_a_disagreement():
    from datetime import date

    from storydesk.annotate import annotate
    from storydesk.model import Article
    from storydesk.resolve import disagreements, story_figures

    texts = {"a": "At least 58 people were killed in the floods on Monday. The last comparable flood, in 1987, killed more than 300 people.",
             "b": "At least 58 people were killed in the floods this week, officials said on Tuesday.",
             "c": "At least 58 people have been killed since the floods began in early April of last year."}
    articles = list(annotate([Article(id=i, source=i, text=t, content_hash=i, published=date(2026, 3, 4)) for i, t in texts.items()]))
    figures = story_figures(articles)
    assert sorted(f.value for f in figures) == [58, 58, 58, 300]
    assert [f.as_of.year for f in figures if f.value == 300] == [1987]
    assert {f.as_of for f in figures if f.value == 58} == {date(2026, 3, 4)}
    assert disagreements(figures) == []
