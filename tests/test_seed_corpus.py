"""Acceptance on the real seed corpus in ../shared (skipped where the corpus is not checked out).

Asserts only general properties (no names or numbers from the articles): boilerplate out of
every text, a date on every article, three events in one story, one disagreement on the
death toll, and citations that point into the texts.
"""

from pathlib import Path

import pytest

from storydesk import pipeline
from storydesk.render import validate

SEED = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "libya-jmc-2020"
pytestmark = pytest.mark.skipif(not SEED.is_dir(), reason="seed corpus not available")


@pytest.fixture(scope="module")
def dossier(tmp_path_factory):
    db = str(tmp_path_factory.mktemp("seed") / "seed.db")
    pipeline.build([str(SEED)], db)
    return pipeline.dossier(db)


def test_boilerplate_is_removed_and_kept(dossier):
    for article in dossier["articles"]:
        assert article["removed"]
        for removed in article["removed"]:
            assert removed["text"] not in article["text"]


def test_every_article_is_dated_and_two_are_inferred(dossier):
    assert all(a["published"] for a in dossier["articles"])
    assert sum(a["published_from"] == "inferred" for a in dossier["articles"]) >= 2


def test_one_story_three_events_one_death_toll_disagreement(dossier):
    validate(dossier)
    [story] = dossier["stories"]
    assert len(story["events"]) == 3
    assert sorted(len(e["articles"]) for e in story["events"]) == [1, 2, 2]
    killed = [d for d in story["disagreements"] if d["measure"] == "killed"]
    assert len(killed) == 1 and len(killed[0]["values"]) >= 3


def test_citations_point_into_texts(dossier):
    texts = {a["id"]: a["text"] for a in dossier["articles"]}
    [story] = dossier["stories"]
    cites = [c for part in ("timeline", "summary") for item in story[part] for c in item["citations"]]
    cites += [f["citation"] for f in story["figures"]] + [q["citation"] for q in story["quotes"]]
    assert all(0 <= c["start"] < c["end"] <= len(texts[c["article"]]) for c in cites)
