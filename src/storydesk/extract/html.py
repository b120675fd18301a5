"""HTML → clean text and page metadata, through trafilatura; what it leaves out is kept."""

from __future__ import annotations

import re

import lxml.html
import trafilatura

from ..model import Removed
from .text import Cleaned, clean_extracted, clean_text

BLOCK_TAGS = "p|h1|h2|h3|h4|h5|h6|li|td|th|figcaption|blockquote|pre|dt|dd|div|span|a"


def clean_html(html: str, url: str | None = None) -> Cleaned:
    """Main text and metadata of a page; falls back to the text cleaner when trafilatura finds none."""
    # favor_precision: trafilatura's stricter mode keeps fewer teasers and link lists, at no cost
    # in recall on news pages; tables stay, since some articles are tables (results, schedules).
    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                      favor_precision=True, deduplicate=False)
    visible = visible_blocks(html)
    if doc is None or not (doc.text or "").strip():
        return clean_text("\n".join(visible))
    clean = clean_extracted(doc.text, doc.title)
    return Cleaned(
        text=clean.text,
        removed=clean.removed + left_out(visible, doc.text),
        captions=captions(html) + clean.captions,
        title=doc.title or None,
        outlet=doc.sitename or None,
        byline=doc.author or clean.byline,
        page_date=doc.date or None,
        header_dates=clean.header_dates,
    )


def visible_blocks(html: str) -> list[str]:
    """The page's visible text, one block per line, scripts and styles left out."""
    try:
        tree = lxml.html.fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return [html]
    for bad in tree.xpath("//script|//style|//noscript|//template|//head"):
        bad.drop_tree()
    text = tree.text_content() if hasattr(tree, "text_content") else ""
    return [re.sub(r"\s+", " ", line).strip() for line in text.splitlines() if line.strip()]


def left_out(blocks: list[str], text: str) -> list[Removed]:
    """Visible blocks that are not part of the extracted text: the page's boilerplate."""
    kept = re.sub(r"\s+", " ", text)
    return [Removed(block, "not main content") for block in blocks if block not in kept]


def captions(html: str) -> list[str]:
    try:
        tree = lxml.html.fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return []
    found = (re.sub(r"\s+", " ", el.text_content()).strip() for el in tree.xpath("//figcaption"))
    return [caption for caption in found if caption]
