"""The served desk: an index of stories with a search box, a page per story, and the JSON."""

import json
import threading
import urllib.error
import urllib.request
from http.server import ThreadingHTTPServer

import pytest

from storydesk import pipeline
from storydesk.render import to_html, to_markdown
from storydesk.web.server import handler_for

from .conftest import write_jsonl

FLOOD = ("Flood waters rose through Marrow Valley overnight and forced families from their homes, the regional council said. "
         "Rescue crews in boats reached villages cut off by the swollen Tessel river. The council opened shelters in "
         "schools and asked residents to avoid the riverside roads until the water falls.")
CHESS = ("The Kestrel Open chess tournament reached its final round, with grandmaster Ilse Varga leading by half a point. "
         "Varga drew her game against the defending champion after a long endgame. Organisers said a record number "
         "of players entered the tournament this year, and the prize fund doubled.")


@pytest.fixture(scope="module")
def two_story_desk(tmp_path_factory):
    """A desk of two stories, the chess one more recent, and one input it could not read."""
    folder = tmp_path_factory.mktemp("two")
    records = [{"id": f"flood{n}", "published": f"2026-01-1{n}", "text": FLOOD + f" Update {n}: more rain is forecast."}
               for n in range(3)]
    records += [{"id": f"chess{n}", "published": f"2026-03-0{n + 1}", "text": CHESS + f" Round {n + 7} starts at noon."}
                for n in range(3)]
    records.append({"id": "blank", "text": "   "})
    db = str(folder / "desk.db")
    pipeline.build([str(write_jsonl(folder / "articles.jsonl", records))], db)
    return db


def story_of(index: dict, article_id: str) -> dict:
    return next(s for s in index["stories"] if article_id in s["articles"])


def test_index_lists_the_most_recent_story_first_and_what_it_could_not_read(two_story_desk):
    index = pipeline.desk_index(two_story_desk)
    assert [s["id"] for s in index["stories"]] == [story_of(index, "chess0")["id"], story_of(index, "flood0")["id"]]
    assert [r["source"].rsplit(":", 1)[1] for r in index["rejected"]] == ["7"]  # the blank seventh line


@pytest.mark.parametrize("query, found", [("chess", ["chess0"]), ("GRANDMASTER varga", ["chess0"]),
                                          ('"flood waters"', ["flood0"]), ('"waters flood"', []),
                                          ("tournament river", []), ("100%", [])])
def test_search_keeps_the_stories_whose_articles_hold_every_term(two_story_desk, query, found):
    index = pipeline.desk_index(two_story_desk, query)
    everything = pipeline.desk_index(two_story_desk)
    assert [s["id"] for s in index["stories"]] == [story_of(everything, a)["id"] for a in found]


def test_a_page_of_several_stories_lists_them_first_and_ends_with_the_inputs_not_read(two_story_desk):
    dossier = pipeline.dossier(two_story_desk)
    html, markdown = to_html(dossier), to_markdown(dossier)
    for story in dossier["stories"]:
        assert f'<a href="#{story["id"]}">' in html.split('<section class="story"')[0]
    assert "2 stories" in html and "Inputs not read" in html and "no text" in html.split("Inputs not read")[1]
    assert markdown.startswith("# 2 stories") and "# Inputs not read" in markdown


def test_pages_escape_what_the_articles_and_the_reader_wrote(two_story_desk):
    from storydesk.render import to_index_html

    dossier = pipeline.dossier(two_story_desk)
    dossier["stories"][0]["title"] = '<script>alert("title")</script>'
    for article in dossier["articles"]:
        article["text"] = article["text"].replace("Update", '<img src=x onerror="alert(1)">')
    html = to_html(dossier)
    index = to_index_html(pipeline.desk_index(two_story_desk, '<b onclick="x">flood</b>'))
    assert "<script>" not in html and "<img" not in html and "&lt;script&gt;" in html and "&lt;img" in html
    assert "<b " not in index and "&lt;b onclick=&#34;x&#34;&gt;" in index


def get(base: str, path: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(base + path) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, ""


@pytest.fixture
def served(two_story_desk):
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler_for(two_story_desk))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


def test_serves_an_index_a_page_per_story_and_the_json(served):
    data = json.loads(get(served, "/dossier.json")[1])
    chess, flood = story_of(data, "chess0")["id"], story_of(data, "flood0")["id"]
    index, page, searched = get(served, "/")[1], get(served, f"/?story={chess}")[1], get(served, "/?q=tessel")[1]
    one = json.loads(get(served, f"/dossier.json?story={chess}")[1])
    assert data["schema"] == "storydesk.dossier/1"
    assert index.count('href="/?story=') == 2 and '<form class="search"' in index
    assert "<h2>Timeline</h2>" in page and 'href="/"' in page and "Marrow Valley" not in page
    assert searched.count('href="/?story=') == 1 and f'href="/?story={flood}"' in searched
    assert [s["id"] for s in one["stories"]] == [chess]
    assert get(served, "/?story=nosuchstory")[0] == 404 and get(served, "/elsewhere")[0] == 404
