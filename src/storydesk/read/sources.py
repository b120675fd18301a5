"""Turn the paths a user gives into Documents, recording every item that cannot be read."""

from __future__ import annotations

import contextlib
import gzip
import io
import json
import time
from collections.abc import Iterator
from pathlib import Path

from .. import errors
from ..errors import InputError
from ..model import Document, Rejection

MAX_ARTICLE_BYTES = 5_000_000  # a news article is kilobytes; larger inputs are dumps, not articles
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}  # an .xml file is read as a feed only when its root is one
FEED_ROOTS = ("<rss", "<feed", "<rdf:rdf")
GIVEN_FIELDS = ("id", "url", "title", "outlet", "published")

Item = Document | Rejection


def read_inputs(paths: list[str]) -> Iterator[Item]:
    """Every Document (or Rejection) found under the given paths, in a stable order."""
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise InputError(f"no such file or folder: {raw}")
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")):
                yield from read_file(child)
        else:
            yield from read_file(path)


def read_file(path: Path) -> Iterator[Item]:
    name = path.name.lower()
    source = str(path)
    if name.endswith((".warc", ".warc.gz")):
        yield from read_warc(path)
        return
    try:
        data = path.read_bytes()
        if name.endswith(".gz"):
            data = gzip.decompress(data)
            name = name[:-3]
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        yield Rejection(source, errors.UNREADABLE.format(error=exc))
        return
    if name.endswith(".jsonl"):
        yield from read_jsonl(data, source)
        return
    if Path(name).suffix in FEED_SUFFIXES and is_feed(data):
        yield from read_feed(data, source)
        return
    kind = "html" if Path(name).suffix in HTML_SUFFIXES else "text"
    yield document_from_bytes(data, source, kind)


def document_from_bytes(data: bytes, source: str, kind: str, given: dict | None = None) -> Item:
    """A Document from raw bytes, or the Rejection that says why it cannot be one."""
    if len(data) > MAX_ARTICLE_BYTES:
        return Rejection(source, errors.TOO_LARGE.format(size=len(data), limit=MAX_ARTICLE_BYTES))
    if looks_binary(data):
        return Rejection(source, errors.BINARY)
    text = decode(data)
    if not text.strip():
        return Rejection(source, errors.EMPTY)
    if kind == "text" and looks_like_html(text):
        kind = "html"
    return Document(source=source, content=text, kind=kind, given=given or {})


def looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return bool(head) and controls / len(head) > 0.05


def looks_like_html(text: str) -> bool:
    head = text.lstrip()[:512].lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in text)


def decode(data: bytes) -> str:
    """UTF-8 when it is; otherwise the encoding charset-normalizer finds, so no text is lost."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # installed with trafilatura

    best = from_bytes(data).best()
    return str(best) if best is not None else data.decode("cp1252", errors="replace")


def read_jsonl(data: bytes, source: str) -> Iterator[Item]:
    for number, line in enumerate(decode(data).splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Rejection(where, errors.BAD_JSON.format(error=exc.msg))
            continue
        yield document_from_record(record, where)


def document_from_record(record: object, where: str) -> Item:
    if not isinstance(record, dict):
        return Rejection(where, errors.BAD_RECORD)
    kind = "html" if isinstance(record.get("html"), str) else "text"
    content = record.get(kind)
    if not isinstance(content, str):
        return Rejection(where, errors.BAD_RECORD)
    given = {key: str(record[key]) for key in GIVEN_FIELDS if record.get(key) not in (None, "")}
    source = given.get("url", where)
    return document_from_bytes(content.encode("utf-8"), source, kind, given)


def read_warc(path: Path) -> Iterator[Item]:
    """HTML response records of a WARC file, each with its target URI as source."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    found = 0
    try:
        # warcio prints its own warnings on stderr for damaged records; the rejection says it once
        with path.open("rb") as stream, contextlib.redirect_stderr(io.StringIO()):
            for record in ArchiveIterator(stream):
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                content_type = record.http_headers.get_header("Content-Type") or ""
                if "html" not in content_type.lower():
                    continue
                uri = record.rec_headers.get_header("WARC-Target-URI") or str(path)
                found += 1
                yield document_from_bytes(record.content_stream().read(), uri, "html", {"url": uri})
    except (ArchiveLoadFailed, OSError, EOFError, ValueError) as exc:
        yield Rejection(str(path), errors.UNREADABLE.format(error=exc))
        return
    if not found:
        yield Rejection(str(path), errors.NO_WARC_PAGES)


def is_feed(data: bytes) -> bool:
    """Whether the XML's root element is an RSS, Atom or RSS 1.0 (RDF) feed."""
    head = data[:4096].decode("utf-8", errors="ignore").lower()
    return any(root in head for root in FEED_ROOTS)


def read_feed(data: bytes, source: str) -> Iterator[Item]:
    """Each entry of an RSS or Atom feed file as a Document of HTML that is all article (kind
    "fragment"): its full content where the feed carries it, else its summary, with the entry's
    link, title and date and the feed's title as outlet. Nothing is fetched: an entry whose feed
    holds only a teaser gives only that teaser."""
    import feedparser

    parsed = feedparser.parse(data)
    if not parsed.entries:
        yield Rejection(source, errors.NO_FEED_ENTRIES)
        return
    outlet = parsed.feed.get("title")
    for number, entry in enumerate(parsed.entries, start=1):
        content = entry.get("content") or [{}]
        body = content[0].get("value") or entry.get("summary") or ""
        when = entry.get("published_parsed") or entry.get("updated_parsed")
        given = {"url": entry.get("link"), "title": entry.get("title"), "outlet": outlet,
                 "published": time.strftime("%Y-%m-%d", when) if when else None}
        given = {key: value for key, value in given.items() if value}
        yield document_from_bytes(body.encode("utf-8"), given.get("url", f"{source}#{number}"), "fragment", given)
