"""HTML → clean text and page metadata, through trafilatura; what it leaves out is kept."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

import htmldate
import lxml.etree
import lxml.html
import trafilatura
from trafilatura import metadata as trafilatura_metadata
from trafilatura.settings import Extractor

from ..annotate.times import find_calendar_dates, resolve
from ..model import Removed
from .text import Cleaned, clean_extracted, clean_text, is_prose

MIN_SHARED_PARAGRAPHS = 2  # a container class counts as the article's once it holds this many kept paragraphs
MIN_FAST_CHARS = 500  # a fast extraction shorter than this is checked against trafilatura's fallbacks
MAX_LINK_SHARE = 0.5  # a paragraph that is more link than text is a teaser
BYLINE_LEVELS = 4  # a byline is searched for this many levels above the headline
BLOCK_TAGS = frozenset("""address article aside blockquote br dd details div dl dt fieldset figcaption figure footer
form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table td th tr ul""".split())
PRINTED_DATE_REACH = 2000  # characters above the article searched for its date line
FULL_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
PRINTED_DATE_GAP = 7  # days between a printed date and unprinted metadata: a UTC stamp or a revision, not another article
DATELINE_REACH = 300  # characters at the article's start searched for its dateline
BEFORE_DATELINE = re.compile(r"\W*(?:[A-ZÀ-Þ][\w.'’ -]{0,40},\s*)?\(?")  # a place name, then the date
SENTENCE_GOES_ON = re.compile(r"[,;]?\s+[a-zà-ÿ]")  # "June 1, 2021, the council...": the date is inside a sentence

CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20)])  # what XML forbids but tab and line ends
DOCTYPE_WITH_SLASH = re.compile("^< ?! ?DOCTYPE[^>]*/[^<>]*>", re.IGNORECASE)
SELF_CLOSED_HTML = re.compile(r"(<html.*?)\s*/>", re.IGNORECASE)

# trafilatura's parser settings. lxml.html's own parser picks each element's Python class in
# Python, to give form elements methods nothing here uses; picking the same classes in C makes
# the parse and every walk over the tree (trafilatura's included) a twentieth cheaper.
PARSER = lxml.html.HTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8", remove_comments=True,
                              remove_pis=True)
PARSER.set_element_class_lookup(lxml.etree.ElementDefaultClassLookup(
    element=lxml.html.HtmlElement, comment=lxml.html.HtmlComment, pi=lxml.html.HtmlProcessingInstruction,
    entity=lxml.html.HtmlEntity))


def clean_html(html: str, url: str | None = None) -> Cleaned:
    """Main text and metadata of a page; the text cleaner reads the whole page where trafilatura
    finds no article.

    The page is parsed once: the metadata readers only read the tree, trafilatura and htmldate
    work on their own copies, and scripts are dropped last, after JSON-LD has been read."""
    tree = parse(html)
    if tree is None:
        return clean_text(html)
    metadata = page_metadata(tree)
    page_date = publication_date(tree, html, url)
    main_text = trafilatura_text(tree)
    drop_invisible(tree)
    kept = "\n".join(recover_split_body(tree, main_text.splitlines())) if main_text.strip() else ""
    page_captions = captions(tree)
    byline = metadata.byline or byline_near_headline(tree)
    visible = visible_blocks(tree)  # the tree's last reader: it marks the ends of blocks in the tree's text
    page_date = printed_date("\n".join(visible), kept, page_date)
    clean = clean_extracted(kept, metadata.title)
    if clean.text.strip():
        removed = clean.removed + left_out(visible, kept)
    else:  # trafilatura found nothing, or only furniture: read the whole page
        clean = clean_text("\n".join(visible))
        removed = clean.removed
    return Cleaned(
        text=clean.text,
        removed=removed,
        captions=page_captions + clean.captions,
        title=metadata.title or clean.title,
        outlet=metadata.outlet,
        byline=byline or clean.byline,
        dateline=clean.dateline,
        page_date=page_date,
        header_dates=clean.header_dates,
    )


@dataclass
class PageMetadata:
    title: str | None
    outlet: str | None
    byline: str | None


def page_metadata(tree: lxml.html.HtmlElement) -> PageMetadata:
    """Title, outlet and author from the page's meta tags, JSON-LD and title elements.

    These are trafilatura's own readers, without the parts of its metadata pass we do not use
    (categories, tags, licence) and without its search of the page for an author element:
    see byline_near_headline."""
    meta = trafilatura_metadata.examine_meta(tree)
    if meta.author and " " not in meta.author:  # a one-word author in a meta tag is a handle
        meta.author = None
    try:
        meta = trafilatura_metadata.extract_meta_json(tree, meta)
    except Exception:  # noqa: BLE001 - trafilatura guards its JSON-LD reader the same way: a bad block is skipped
        pass
    title = meta.title or trafilatura_metadata.extract_title(tree)
    outlet = meta.sitename or trafilatura_metadata.extract_sitename(tree)
    outlet = outlet.lstrip("@") if outlet else None
    if outlet and "." not in outlet and outlet[0].islower():  # a handle or host name: "oregonlive"
        outlet = outlet.title()
    return PageMetadata(title or None, outlet or None, meta.author or None)


def byline_near_headline(tree: lxml.html.HtmlElement) -> str | None:
    """The author element beside the page's headline, by trafilatura's author search.

    Run over the whole page, that search costs half of the whole extraction, and a byline sits
    with its headline: the search runs on the headline's surroundings (the whole page when there
    is no <h1>), which finds 24 of its 27 bylines at half the cost."""
    headline = tree.find(".//h1")
    if headline is None:
        return trafilatura_metadata.extract_author(tree)
    return trafilatura_metadata.extract_author(ancestors(headline, BYLINE_LEVELS)[-1])  # it prunes a copy


def trafilatura_text(tree: lxml.html.HtmlElement) -> str:
    """trafilatura's main text. Its fast mode skips comparing its result with readability and
    jusText, which costs a third of the time and only matters when the fast result is short;
    so that comparison runs only then."""
    fast = trafilatura.bare_extraction(tree, options=FAST_TEXT)
    if fast is not None and len(fast.text or "") >= MIN_FAST_CHARS:
        return fast.text
    fuller = trafilatura.bare_extraction(tree, options=FULL_TEXT)
    best = fuller if fuller is not None else fast
    return (best.text or "") if best is not None else ""


def text_options(fast: bool) -> Extractor:
    # favor_precision: trafilatura's stricter mode keeps fewer teasers and link lists, at no cost
    # in recall on news pages; tables stay, since some articles are tables (results, schedules).
    # Built once: trafilatura shares an Extractor across pages, and building one per page costs
    # as much as our whole date search.
    return Extractor(output_format="python", fast=fast, precision=True, comments=False, tables=True, dedup=False,
                     with_metadata=False)


FAST_TEXT, FULL_TEXT = text_options(fast=True), text_options(fast=False)


def publication_date(tree: lxml.html.HtmlElement, html: str, url: str | None) -> str | None:
    """htmldate's reading of the page's original publication date (not its last update).

    Its extensive search costs ten times the rest and, run only where the quick search finds
    nothing, gives the same dates."""
    try:
        return (htmldate.find_date(tree, url=url, original_date=True, extensive_search=False)
                or htmldate.find_date(html, url=url, original_date=True))
    except ValueError:
        return None


def printed_date(visible: str, body: str, page_date: str | None) -> str | None:
    """The date the page prints for its article, where it differs from the metadata's.

    Readers see the printed date; a metadata stamp is often in UTC (a day off for an evening
    story) or the last revision's. The article's own dateline ("Leeds, (1.6.2021).") is the
    surest; otherwise the last date above the article, unless the stamp is printed there too.
    Only a printed date near the metadata's overrides it: one far from it is more likely the
    day's date in the site's header. A stamp printed only below the article is a comment's or a
    teaser's date, not a confirmation."""
    stamped = day_of(page_date) if page_date and body else None
    body_start = visible.find(body.lstrip()[:40]) if stamped else -1
    if body_start < 0:  # an article we cannot place on the page: its opening may be the page's header
        return page_date
    above = written_days(visible[max(body_start - PRINTED_DATE_REACH, 0):body_start])
    dateline = dateline_day(body)
    printed = dateline or (above[-1] if above else None)
    if printed is None or abs((printed - stamped).days) not in range(1, PRINTED_DATE_GAP + 1):
        return page_date
    if dateline is None and stamped in above:
        return page_date
    return printed.isoformat()


def dateline_day(body: str) -> date | None:
    """The date of a dateline among the article's opening lines: a line that starts with a full
    date, after at most a place name ("Leeds, (1.6.2021). The..."), and that does not go on as a
    sentence ("On June 1, 2021, the council..." is the event's date, not the article's)."""
    for line in body.lstrip()[:DATELINE_REACH].splitlines():
        found = min(find_calendar_dates(line), default=None)
        if found is None:
            continue
        start, end, _, spec = found
        if BEFORE_DATELINE.fullmatch(line[:start]) and not SENTENCE_GOES_ON.match(line[end:]):
            return past_day(spec)
    return None


def written_days(text: str) -> list[date]:
    """Every full date (day, month and year) the text gives as past or present, in order.

    Only lines with a year are searched: the time patterns cost a millisecond over a page."""
    with_year = "\n".join(line for line in text.splitlines() if FULL_YEAR.search(line))
    found = sorted(find_calendar_dates(with_year))  # it yields pattern by pattern
    return [day for _, _, _, spec in found if (day := past_day(spec))]


def past_day(spec: tuple) -> date | None:
    """The day a time expression names with its year, where it gives it as past or present."""
    if spec[0] == "day" and spec[1] is not None and spec[4] <= 0 and (resolved := resolve(spec, None)):
        return resolved[0]
    return None


def day_of(iso: str) -> date | None:
    try:
        return date.fromisoformat(iso[:10])
    except ValueError:
        return None


def parse(html: str) -> lxml.html.HtmlElement | None:
    """The page's tree, parsed as trafilatura's load_html parses it (comments dropped, the
    characters XML forbids removed, a broken doctype or <html/> mended, a fragment with no <html>
    refused), so that handing it the tree changes nothing it does."""
    beginning = html[:50].lower()
    try:
        tree = lxml.html.fromstring(xml_safe_bytes(mended_opening(html, beginning)), parser=PARSER)
    except (ValueError, lxml.etree.LxmlError):
        return None
    if "html" not in beginning and len(tree) < 2:
        return None
    return tree


def xml_safe_bytes(html: str) -> bytes:
    """The page in UTF-8 without the characters XML forbids. trafilatura removes them with a
    regular expression over the whole page; deleting bytes costs a fifth of that, and no byte
    of a multi-byte UTF-8 character is a control character."""
    html = html.replace("\ufffe", "").replace("\uffff", "")
    return html.encode("utf-8", "surrogatepass").translate(None, CONTROL_BYTES)


def mended_opening(html: str, beginning: str) -> str:
    """trafilatura's repairs of a page's first lines that libxml2 misreads: a doctype holding a
    slash, and a self-closed <html/>."""
    if "doctype" in beginning:
        first_line, _, rest = html.partition("\n")
        html = DOCTYPE_WITH_SLASH.sub("", first_line, count=1) + "\n" + rest
    for line in html[:4096].splitlines()[:4]:
        if "<html" in line and line.endswith("/>"):
            return SELF_CLOSED_HTML.sub(r"\1>", html, count=1)
    return html


def drop_invisible(tree: lxml.html.HtmlElement) -> None:
    lxml.etree.strip_elements(tree, "script", "style", "noscript", "template", "head", with_tail=False)


def recover_split_body(tree: lxml.html.HtmlElement, lines: list[str]) -> list[str]:
    """Put back the paragraphs of an article split over several containers of the same class.

    Pages often cut a long article into chunks around ads, each chunk a container like the
    first, side by side; trafilatura keeps the first chunk. A paragraph of prose in a container
    with the same tag and class as one holding kept paragraphs, and near it in the page (the
    same parent or grandparent), belongs to the article; it goes back in page order.
    """
    kept = {normal(line) for line in lines}
    paragraphs = [(p, normal(p.text_content())) for p in tree.iter("p")]
    holders: dict[lxml.html.HtmlElement, int] = {}
    for p, text in paragraphs:
        if text in kept and container_key(p) is not None:
            holders[p.getparent()] = holders.get(p.getparent(), 0) + 1
    chunks = {(container_key_of(c), a) for c, n in holders.items() if n >= MIN_SHARED_PARAGRAPHS for a in ancestors(c)}
    # Only other chunks: paragraphs trafilatura saw and dropped in a kept container stay dropped.
    after: dict[str | None, list[str]] = {}
    previous, extracted = None, None
    for p, text in paragraphs:
        if text in kept:
            previous = text
        elif text and p.getparent() not in holders and is_chunk(p.getparent(), chunks):
            extracted = extracted or shingles(" ".join(lines))  # built only when a paragraph gets this far
            if is_plain_prose(p, text, extracted):
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
    return " ".join(text.split())


def visible_blocks(tree: lxml.html.HtmlElement) -> list[str]:
    """The page's visible text, one block per line, scripts and styles left out.

    Blocks are cut at block elements, not at the source's line breaks: a minified page is one
    line, and its text glues a menu to the date beside it ("NewsJanuary 19, 2020"). The cuts
    are line breaks written into the tree, so that lxml gathers the text: walking the tree in
    Python costs four times as much."""
    for element in tree.iter(*BLOCK_TAGS):
        element.text = "\n" + element.text if element.text else "\n"
        element.tail = "\n" + element.tail if element.tail else "\n"
    text = tree.text_content() if hasattr(tree, "text_content") else ""
    return [normal(line) for line in text.splitlines() if line.strip()]


def fragment_text(html: str) -> str:
    """An HTML fragment that is all article (a feed entry's content) as plain paragraphs, for the
    text cleaner: a page's extractor looks for a page around the article and finds none."""
    try:
        tree = lxml.html.fragment_fromstring(xml_safe_bytes(html).decode("utf-8"), create_parent="div")
    except (ValueError, lxml.etree.LxmlError):
        return ""
    return "\n\n".join(visible_blocks(tree))


def left_out(blocks: list[str], text: str) -> list[Removed]:
    """Visible blocks that are not part of the extracted text: the page's boilerplate."""
    kept = normal(text)
    return [Removed(block, "not main content") for block in blocks if block not in kept]


def captions(tree: lxml.html.HtmlElement) -> list[str]:
    found = (normal(el.text_content()) for el in tree.xpath("//figcaption"))
    return [caption for caption in found if caption]
