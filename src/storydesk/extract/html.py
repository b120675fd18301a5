"""HTML → clean text and page metadata, through trafilatura; what it leaves out is kept."""

from __future__ import annotations

import re

import htmldate
import lxml.html
import trafilatura

from ..model import Removed
from .text import Cleaned, clean_extracted, clean_text, is_prose

MIN_SHARED_PARAGRAPHS = 2  # a container class counts as the article's once it holds this many kept paragraphs
MIN_FAST_CHARS = 500  # a fast extraction shorter than this is checked against trafilatura's fallbacks
MAX_LINK_SHARE = 0.5  # a paragraph that is more link than text is a teaser


def clean_html(html: str, url: str | None = None) -> Cleaned:
    """Main text and metadata of a page; falls back to the text cleaner when trafilatura finds none."""
    doc, main_text = trafilatura_extraction(html, url)
    tree = parse(html)
    visible = visible_blocks(tree) if tree is not None else [html]
    if doc is None or not main_text.strip():
        return clean_text("\n".join(visible))
    lines = recover_split_body(tree, main_text.splitlines()) if tree is not None else main_text.splitlines()
    kept = "\n".join(lines)
    clean = clean_extracted(kept, doc.title)
    return Cleaned(
        text=clean.text,
        removed=clean.removed + left_out(visible, kept),
        captions=(captions(tree) if tree is not None else []) + clean.captions,
        title=doc.title or None,
        outlet=doc.sitename or None,
        byline=doc.author or clean.byline,
        page_date=publication_date(html, url) or doc.date or None,
        header_dates=clean.header_dates,
    )


def trafilatura_extraction(html: str, url: str | None):
    """trafilatura's metadata and main text. Its fast mode skips comparing its result with
    readability and jusText, which costs a third of the time and only matters when the fast
    result is short; so that comparison runs only then, for the text alone."""
    doc = bare_extraction(html, url, fast=True, with_metadata=True)
    if doc is not None and len(doc.text or "") >= MIN_FAST_CHARS:
        return doc, doc.text
    fuller = bare_extraction(html, url, fast=False, with_metadata=doc is None)
    metadata = doc if doc is not None else fuller
    text_source = fuller if fuller is not None else doc
    return metadata, (text_source.text or "") if text_source is not None else ""


def bare_extraction(html: str, url: str | None, fast: bool, with_metadata: bool):
    # favor_precision: trafilatura's stricter mode keeps fewer teasers and link lists, at no cost
    # in recall on news pages; tables stay, since some articles are tables (results, schedules).
    return trafilatura.bare_extraction(html, url=url, with_metadata=with_metadata, include_comments=False,
                                       favor_precision=True, deduplicate=False, fast=fast)


def publication_date(html: str, url: str | None) -> str | None:
    """htmldate's reading of the page's original publication date (not its last update)."""
    try:
        return htmldate.find_date(html, url=url, original_date=True)
    except ValueError:
        return None


def parse(html: str) -> lxml.html.HtmlElement | None:
    try:
        tree = lxml.html.fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return None
    for bad in tree.xpath("//script|//style|//noscript|//template|//head"):
        bad.drop_tree()
    return tree


def recover_split_body(tree: lxml.html.HtmlElement, lines: list[str]) -> list[str]:
    """Put back the paragraphs of an article split over several containers of the same class.

    Pages often cut a long article into chunks around ads, each chunk a container like the
    first, side by side; trafilatura keeps the first chunk. A paragraph of prose in a container
    with the same tag and class as one holding kept paragraphs, and near it in the page (the
    same parent or grandparent), belongs to the article; it goes back in page order.
    """
    kept = {normal(line) for line in lines}
    extracted = shingles(" ".join(lines))
    paragraphs = [(p, normal(p.text_content())) for p in tree.iter("p")]
    holders: dict[lxml.html.HtmlElement, int] = {}
    for p, text in paragraphs:
        if text in kept and container_key(p) is not None:
            holders[p.getparent()] = holders.get(p.getparent(), 0) + 1
    chunks = {(container_key_of(c), a) for c, n in holders.items() if n >= MIN_SHARED_PARAGRAPHS for a in ancestors(c)}
    # Only other chunks: paragraphs trafilatura saw and dropped in a kept container stay dropped.
    after: dict[str | None, list[str]] = {}
    previous = None
    for p, text in paragraphs:
        if text in kept:
            previous = text
        elif text and p.getparent() not in holders and is_chunk(p.getparent(), chunks) and is_plain_prose(p, text, extracted):
            after.setdefault(previous, []).append(text)
            kept.add(text)
    if not after:
        return lines
    recovered = after.get(None, [])
    for line in lines:
        recovered.append(line)
        recovered.extend(after.pop(normal(line), []))
    return recovered


def is_plain_prose(p: lxml.html.HtmlElement, text: str, extracted: set) -> bool:
    """Prose that is not mostly link text (a teaser) and not already in the extraction."""
    linked = sum(len(normal(a.text_content())) for a in p.iter("a"))
    return is_prose(text) and linked <= MAX_LINK_SHARE * len(text) and not shingles(text) <= extracted


def ancestors(element: lxml.html.HtmlElement, levels: int = 2) -> list[lxml.html.HtmlElement]:
    found = []
    for _ in range(levels):
        element = element.getparent()
        if element is None:
            break
        found.append(element)
    return found


def is_chunk(container: lxml.html.HtmlElement | None, chunks: set) -> bool:
    if container is None or container.get("class") is None:
        return False
    key = container_key_of(container)
    return any((key, ancestor) in chunks for ancestor in ancestors(container))


def shingles(text: str, size: int = 4) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + size]) for i in range(max(1, len(words) - size + 1))}


def container_key(element: lxml.html.HtmlElement) -> tuple | None:
    parent = element.getparent()
    return None if parent is None or not parent.get("class") else container_key_of(parent)


def container_key_of(container: lxml.html.HtmlElement) -> tuple:
    return container.tag, container.get("class")


def normal(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def visible_blocks(tree: lxml.html.HtmlElement) -> list[str]:
    """The page's visible text, one block per line, scripts and styles left out."""
    text = tree.text_content() if hasattr(tree, "text_content") else ""
    return [normal(line) for line in text.splitlines() if line.strip()]


def left_out(blocks: list[str], text: str) -> list[Removed]:
    """Visible blocks that are not part of the extracted text: the page's boilerplate."""
    kept = normal(text)
    return [Removed(block, "not main content") for block in blocks if block not in kept]


def captions(tree: lxml.html.HtmlElement) -> list[str]:
    found = (normal(el.text_content()) for el in tree.xpath("//figcaption"))
    return [caption for caption in found if caption]
