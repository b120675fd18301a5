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
