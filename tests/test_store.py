"""The desk's stores: SQLite and PostgreSQL keep and give back the same records."""

from __future__ import annotations

import itertools
import json
from datetime import date

import pytest

from storydesk import pipeline
from storydesk.cluster import DocFreq, StoryState
from storydesk.errors import StoreError
from storydesk.model import Article, Rejection, Story
from storydesk.store import PostgresStore, SQLiteStore, open_store

from .conftest import DEMO

fresh_names = (f"desk{n}" for n in itertools.count())


@pytest.fixture(scope="session")
def postgres(tmp_path_factory):
    """A PostgreSQL server of its own, from the pgserver wheel: (admin URL, URL of a new empty database)."""
    pgserver = pytest.importorskip("pgserver")
    server = pgserver.get_server(tmp_path_factory.mktemp("pg"), cleanup_mode="stop")
    admin = server.get_uri()

    def new_database() -> str:
        import psycopg

        name = next(fresh_names)
        with psycopg.connect(admin, autocommit=True) as connection:
            connection.execute(f"CREATE DATABASE {name}")
        return admin.replace("/postgres?", f"/{name}?")

    yield new_database
    server.cleanup()


@pytest.fixture(params=["sqlite", "postgresql"])
def location(request, tmp_path):
    if request.param == "sqlite":
        return str(tmp_path / "desk.db")
    return request.getfixturevalue("postgres")()


def test_a_store_gives_back_what_it_kept(location):
    store = open_store(location)
    articles = [Article(id=i, source=i, text=f"text {i}", content_hash=f"h{i}", published=date(2026, 3, n), copy_of=c)
                for n, (i, c) in enumerate([("a", None), ("b", "a")], start=1)]
    store.save_articles(articles, {"a": "s-a", "b": "s-a"}, {"a": 1, "b": 2})
    store.save_rejections([Rejection("z.txt", "empty"), Rejection("y.txt", "binary"), Rejection("z.txt", "empty")])
    store.save_signatures({"a": b"\x00\x01\xff", "b": b"\x02"})
    df = DocFreq(2, {"road": 2, "flood": 1}, {"road", "flood"})
    store.save_docfreq(df)
    store.save_story_states([StoryState("s-a", {"road": 0.5}, 2, date(2026, 3, 1), date(2026, 3, 2))])
    store.save_story(Story("s-a", "Roads flooded", None, None, ("a", "b"), 1, ("road",)))
    store.close()

    again = open_store(location, create=False)
    assert [a.id for a in again.articles("s-a")] == ["a", "b"]
    assert again.article_facts() == ({"a": None, "b": "a"}, {"a": date(2026, 3, 1), "b": date(2026, 3, 2)},
                                     {"a": 1, "b": 2}, {"a": "s-a", "b": "s-a"})
    assert again.rejections() == [Rejection("z.txt", "empty"), Rejection("y.txt", "binary")]
    assert again.signatures() == {"a": b"\x00\x01\xff", "b": b"\x02"}
    assert (again.docfreq().n, again.docfreq().counts) == (2, {"road": 2, "flood": 1})
    assert again.story_states()["s-a"].last == date(2026, 3, 2)
    assert [s["title"] for s in again.stories()] == ["Roads flooded"]
    assert (again.known_ids(), again.next_seq()) == ({"a", "b"}, 3)
    again.close()


def test_a_store_finds_the_stories_whose_articles_hold_a_term(location):
    store = open_store(location)
    texts = {"a": ("Dam Works", "The dam held."), "b": (None, "Rain: 100% likely near Salamé's farm."), "c": (None, "Dam_works")}
    store.save_articles([Article(id=i, source=i, text=text, title=title, content_hash=i) for i, (title, text) in texts.items()],
                        {"a": "s-a", "b": "s-b", "c": "s-c"}, {"a": 1, "b": 2, "c": 3})
    found = {term: store.stories_mentioning(term) for term in ("DAM", "dam works", "dam_", "100%", "salamé's", "% l")}
    store.close()
    assert found == {"DAM": {"s-a", "s-c"}, "dam works": {"s-a"}, "dam_": {"s-c"}, "100%": {"s-b"},
                     "salamé's": {"s-b"}, "% l": {"s-b"}}


def test_a_merged_story_moves_its_articles_and_leaves_no_trace(location):
    store = open_store(location)
    articles = [Article(id=i, source=i, text=i, content_hash=i) for i in ("a", "b", "c")]
    store.save_articles(articles, {"a": "s-a", "b": "s-b", "c": "s-c"}, {"a": 1, "b": 2, "c": 3})
    store.save_story_states([StoryState(s, {"road": 1.0}, 1, None, None) for s in ("s-a", "s-b", "s-c")])
    store.merge_stories({"s-b": "s-a"})
    assert {a.id for a in store.articles("s-a")} == {"a", "b"} and store.articles("s-b") == []
    assert set(store.story_states()) == {"s-a", "s-c"}
    store.close()


def test_the_demo_desk_in_postgresql_is_the_desk_in_sqlite(postgres, demo_dossier, run_cli):
    url = postgres()
    status, _, err = run_cli("build", str(DEMO), "--db", url)
    assert status == 0, err
    assert json.loads(json.dumps(pipeline.dossier(url))) == json.loads(json.dumps(demo_dossier))
    status, out, _ = run_cli("build", str(DEMO), "--db", url)  # adding the same articles again changes nothing
    assert status == 0 and pipeline.dossier(url)["stories"] == demo_dossier["stories"]


def test_a_postgresql_desk_that_is_not_there_is_one_error_line(postgres, run_cli):
    empty = postgres()
    status, _, err = run_cli("export", "--db", empty, "--format", "json")
    assert status != 0 and err.strip().count("\n") == 0 and "no desk at" in err
    status, _, err = run_cli("export", "--db", "postgresql://reader:s3cret@127.0.0.1:1/nowhere", "--format", "json")
    assert status != 0 and "cannot open the desk" in err and "s3cret" not in err


def test_each_location_picks_its_store(tmp_path):
    assert isinstance(open_store(str(tmp_path / "d.db")), SQLiteStore)
    with pytest.raises(StoreError, match="no desk at"):
        open_store(str(tmp_path / "missing.db"), create=False)
    with pytest.raises(StoreError, match="cannot open the desk"):
        PostgresStore("postgresql://127.0.0.1:1/nowhere")


def test_a_build_holds_its_desk_until_it_commits_and_a_second_one_waits(location):
    first, second = open_store(location), open_store(location)
    assert first.lock(wait=False)
    assert not second.lock(wait=False)  # the second build would wait here
    first.commit()
    assert second.lock(wait=False)
    second.close()
    first.close()


def test_two_builds_of_one_desk_at_once_keep_every_article_and_one_clustering_state(location, tmp_path):
    import subprocess
    import sys

    halves = []
    for n, names in enumerate((("01", "02", "03"), ("04", "05", "06"))):
        folder = tmp_path / f"half{n}"
        folder.mkdir()
        for path in DEMO.iterdir():
            if path.name[:2] in names:
                (folder / path.name).write_bytes(path.read_bytes())
        halves.append(folder)
    builds = [subprocess.Popen([sys.executable, "-m", "storydesk.cli", "build", str(folder), "--db", location],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE) for folder in halves]
    assert [build.wait() for build in builds] == [0, 0]
    store = open_store(location, create=False)
    assert len(store.known_ids()) == 6 and store.docfreq().n == 6
    assert sum(state.size for state in store.story_states().values()) == 6
    store.close()
