"""Build an Article from a Document: pick the cleaner, then settle metadata and the date."""

from __future__ import annotations

import hashlib
from datetime import date
from urllib.parse import urlparse

from .. import errors
from ..annotate.times import find_times, resolve
from ..model import Article, Document, Rejection
from .html import clean_html, day_of, fragment_text, written_days
from .language import detect_language
from .text import clean_text


def content_hash(document: Document) -> str:
    return hashlib.sha1(document.content.encode("utf-8")).hexdigest()


def extract(document: Document) -> Article | Rejection:
    """The clean Article for a Document, or a Rejection saying why there is none."""
    given = document.given
    try:
        published_given = date.fromisoformat(given["published"][:10]) if "published" in given else None
    except ValueError:
        return Rejection(document.source, errors.BAD_DATE.format(value=given["published"]))
    clean = cleaned(document)
    if not clean.text.strip():
        return Rejection(document.source, errors.NO_TEXT)
    published, published_from = settle_date(published_given, clean.page_date, clean.header_dates, clean.text)
    digest = content_hash(document)
    return Article(
        id=given.get("id") or "a" + digest[:12],
        source=document.source,
        text=clean.text,
        content_hash=digest,
        url=given.get("url"),
        title=given.get("title") or clean.title,
        outlet=given.get("outlet") or clean.outlet or outlet_from_url(given.get("url")),
        byline=clean.byline,
        dateline=clean.dateline,
        language=detect_language(clean.text),
        published=published,
        published_from=published_from,
        date_floor=latest_written_day("\n".join(clean.captions)),
        removed=tuple(clean.removed),
        captions=tuple(clean.captions),
    )


def settle_date(given: date | None, page: str | None, header: list[str], text: str) -> tuple[date | None, str | None]:
    """Given metadata wins; then the page's metadata; then dates written in the text.

    A caption's date is left out: photos are often file photos, so it only bounds the date.
    """
    if given:
        return given, "metadata"
    if page and (day := day_of(page)):
        return day, "metadata"
    for written in header:
        found = next(find_times(written), None)
        if found and (resolved := resolve(found[3], None)) and resolved[1] == "day":
            return resolved[0], "text"
    latest = latest_written_day(text)
    return (latest, "text") if latest else (None, None)


def latest_written_day(text: str) -> date | None:
    """The latest full date (day, month and year) the text reports as past or present."""
    return max(written_days(text), default=None)


def cleaned(document: Document):
    """The Document's text cleaned by the cleaner for its kind (see Document.kind)."""
    if document.kind == "html":
        return clean_html(document.content, document.given.get("url"))
    return clean_text(fragment_text(document.content) if document.kind == "fragment" else document.content)


def outlet_from_url(url: str | None) -> str | None:
    if not url:
        return None
    host = urlparse(url).netloc.lower()
    return host.removeprefix("www.") or None
