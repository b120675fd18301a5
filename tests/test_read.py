"""Reading inputs: every kind of file, and every kind of bad input recorded, never raised."""

import gzip
import io

import pytest

from storydesk import errors
from storydesk.errors import InputError
from storydesk.model import Document, Rejection
from storydesk.read import MAX_ARTICLE_BYTES, read_inputs

from .conftest import write_jsonl


def read(*paths):
    return list(read_inputs([str(p) for p in paths]))


def test_text_html_and_gzipped_html(tmp_path):
    (tmp_path / "a.txt").write_text("Plain words.", encoding="utf-8")
    (tmp_path / "b.html").write_text("<html><body><p>Hi</p></body></html>", encoding="utf-8")
    (tmp_path / "c.htm.gz").write_bytes(gzip.compress(b"<html><body><p>Zip</p></body></html>"))
    kinds = {item.source.rsplit("/", 1)[-1]: item.kind for item in read(tmp_path)}
    assert kinds == {"a.txt": "text", "b.html": "html", "c.htm.gz": "html"}


def test_empty_binary_and_oversized_files_are_rejected_with_reasons(tmp_path):
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "blob.bin").write_bytes(bytes(range(256)) * 10)
    (tmp_path / "huge.txt").write_bytes(b"word " * (20_000_000 // 5))
    reasons = {item.source.rsplit("/", 1)[-1]: item.reason for item in read(tmp_path)}
    assert reasons["empty.txt"] == errors.EMPTY
    assert reasons["blob.bin"] == errors.BINARY
    assert reasons["huge.txt"].startswith("too large") and str(MAX_ARTICLE_BYTES) in reasons["huge.txt"]


def test_invalid_utf8_is_decoded_not_lost(tmp_path):
    (tmp_path / "latin.txt").write_bytes("Caf\xe9 talks resumed in Gen\xe8ve on Monday.".encode("latin-1"))
    [doc] = read(tmp_path / "latin.txt")
    assert isinstance(doc, Document)
    assert "talks resumed" in doc.content and "Caf" in doc.content


def test_jsonl_keeps_good_lines_and_records_bad_ones(tmp_path):
    path = write_jsonl(tmp_path / "in.jsonl", [{"id": "x1", "text": "First.", "published": "2020-01-02"}, {"html": "<p>Second</p>"}])
    with path.open("a", encoding="utf-8") as stream:
        stream.write("{not json\n")
        stream.write('{"title": "no body"}\n')
    items = read(path)
    assert [type(i) for i in items] == [Document, Document, Rejection, Rejection]
    assert items[0].given == {"id": "x1", "published": "2020-01-02"}
    assert items[1].kind == "html"
    assert items[2].source.endswith(":3") and items[2].reason.startswith("malformed JSON line")
    assert items[3].reason == errors.BAD_RECORD


def test_warc_response_records(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for uri, body in [("http://example.org/a", b"<html><body><p>One</p></body></html>"),
                          ("http://example.org/b", b"<html><body><p>Two</p></body></html>")]:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers))
    items = read(path)
    assert [i.source for i in items] == ["http://example.org/a", "http://example.org/b"]
    assert all(i.kind == "html" for i in items)


def test_a_broken_warc_is_one_rejection(tmp_path):
    path = tmp_path / "bad.warc"
    path.write_bytes(b"this is not a warc file at all\n" * 10)
    items = read(path)
    assert len(items) == 1 and isinstance(items[0], Rejection)


def test_missing_path_is_an_input_error(tmp_path):
    with pytest.raises(InputError):
        read(tmp_path / "nope")


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Harbour Gazette</title>
<item><title>Levee holds as river crests</title><link>https://gazette.example/levee</link>
<pubDate>Tue, 03 Mar 2026 08:00:00 +0000</pubDate>
<description>Teaser only.</description>
<content:encoded><![CDATA[<p>The levee at Marrow Bend held overnight as the river crested two metres above its banks.</p>
<p>Engineers said the repairs made last spring had worked.</p>]]></content:encoded></item>
<item><title>Ferry resumes</title><link>https://gazette.example/ferry</link>
<description>The ferry between the two towns ran again on Wednesday.</description></item>
<item><title>Photo gallery</title><description></description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Valley Times</title>
<entry><title>Schools reopen</title><link href="https://valley.example/schools"/>
<updated>2026-03-05T10:00:00Z</updated>
<content type="html">&lt;p&gt;Schools in the valley reopened on Thursday after a week of closures.&lt;/p&gt;</content></entry>
</feed>"""


def test_rss_and_atom_entries_become_articles_with_their_link_title_date_and_outlet(tmp_path):
    (tmp_path / "gazette.rss").write_text(RSS, encoding="utf-8")
    (tmp_path / "valley.xml").write_text(ATOM, encoding="utf-8")
    (tmp_path / "notes.xml").write_text("<notes><note>not a feed</note></notes>", encoding="utf-8")
    items = {item.source: item for item in read(tmp_path)}
    levee, ferry, schools = (items[f"https://{u}"] for u in ("gazette.example/levee", "gazette.example/ferry",
                                                               "valley.example/schools"))
    assert "Engineers said the repairs" in levee.content and "Teaser" not in levee.content  # full content wins
    assert levee.given == {"url": "https://gazette.example/levee", "title": "Levee holds as river crests",
                           "outlet": "Harbour Gazette", "published": "2026-03-03"}
    assert "ran again on Wednesday" in ferry.content and "published" not in ferry.given
    assert (schools.kind, schools.given["published"], schools.given["outlet"]) == ("fragment", "2026-03-05", "Valley Times")
    assert items[f"{tmp_path / 'gazette.rss'}#3"].reason == errors.EMPTY  # an entry with nothing in it
    assert items[str(tmp_path / "notes.xml")].kind == "text"  # XML that is no feed is read as before


def test_a_feed_with_no_entries_is_one_rejection(tmp_path):
    (tmp_path / "empty.atom").write_text('<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title></feed>')
    [item] = read(tmp_path / "empty.atom")
    assert item.reason == errors.NO_FEED_ENTRIES
