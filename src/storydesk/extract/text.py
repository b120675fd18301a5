"""Plain-text cleaner: keep the article, set aside boilerplate, captions, title and byline.

Works on paragraphs (lines). Each paragraph is first judged on its own (cue words, shape);
then context decides: the article body is the best-scoring run of prose, so menus above it
and footers or teasers below it are furniture, even where they read like prose. Nothing is dropped: every
paragraph that leaves the body is returned with its reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..annotate.vocab import MONTHS
from ..model import Removed
from . import cues

BODY, SHORT, BOILER, CAPTION = "body", "short", "boiler", "caption"
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
MAX_TITLE_WORDS = 20
MAX_CUE_WORDS = 40
MAX_HEADING_WORDS = 15
MAX_DATE_LINE_WORDS = 8
MIN_TEASER_RUN = 2
MIN_TABLE_ROWS = 4  # "most read" boxes often list three items with their share counts
TABLE_DENSITY = 0.2  # share of a row's words that are figures: a sentence with two numbers is no row
NUMBER_CELL = re.compile(r"(?<!\w)\d+(?:[.,:/-]\d+)*[^\W\d_]{0,2}(?!\w)")  # 5040, 70-44, 1:24, 1a, 4K
ENUMERATOR = re.compile(r"^(\d{1,3})(?:[.)ªº°]|[^\W\d_]?\s)")  # "1.", "2)", "3ª", "4a "
YEAR = re.compile(r"(?:1[89]|20)\d\d")
DIGIT = re.compile(r"\d")
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
DATE_OR_TIME = re.compile(rf"\b\d{{1,2}}\.?\s+(?:{_MONTH_NAMES})\b|\b(?:{_MONTH_NAMES})\.?\s+\d{{1,2}}\b|\b\d{{1,2}}[:.]\d{{2}}\b(?!\.\d)", re.I)
MIN_BODY_WORDS = 50  # a comment heading counts only after this much of the article
TITLE_OVERLAP = 0.75  # share of words a reworded headline keeps from the page title
HEADER_LINES = 4  # the title and byline sit within this many lines of the body's start
MIN_HEADLINE_WORDS = 4
SENTENCE_ENDS = tuple(".!?…。！？")
CLOSING_MARKS = "\"”’')]」』"  # may follow a sentence's last stop
LONG_WORD = re.compile(r"[^\W\d_][\w'’]{3,}")
SENTENCE_PUNCTUATION = re.compile(r"[.,;:!?…。，、；！？]")
SHORT_LINE_COST = 10  # a short line counts against the article like a sentence of prose for it
BOILER_COST = 10
OUTSIDE = "page furniture outside the article"
# An extractor has already judged the page's structure: only a short paragraph is overruled by a cue.
MAX_CUE_WORDS_EXTRACTED = 15
# Furniture that sits inside an article without ending it.
INLINE_REASONS = {"advertisement", "subscription prompt", "related links", "share prompt", "photo credit", "caption"}


@dataclass
class Paragraph:
    text: str
    label: str = SHORT
    reason: str | None = None

    @property
    def words(self) -> int:
        return word_count(self.text)


def word_count(text: str) -> int:
    """Words, counting two CJK characters as one: those scripts write no spaces between words."""
    return len(text.split()) + (0 if text.isascii() else len(CJK.findall(text)) // 2)


@dataclass
class Cleaned:
    """What a cleaner (text or HTML) makes of one input."""

    text: str
    removed: list[Removed] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    title: str | None = None
    outlet: str | None = None
    byline: str | None = None
    dateline: str | None = None
    page_date: str | None = None  # the page's own date, from its metadata (HTML only)
    header_dates: list[str] = field(default_factory=list)  # date strings from bylines and date labels


def clean_text(raw: str) -> Cleaned:
    """Split ``raw`` into the article's clean text and everything set aside, with reasons."""
    header_dates: list[str] = []
    paragraphs = [Paragraph(p) for p in split_paragraphs(raw)]
    removed_prefixes = strip_date_labels(paragraphs, header_dates)
    for paragraph in paragraphs:
        label_alone(paragraph)
    cut_at_section_end(paragraphs)
    mark_tables(paragraphs)
    start = mark_outside_body(paragraphs)
    mark_captions(paragraphs)
    byline = take_byline(paragraphs, header_dates, start)
    title = take_title(paragraphs, start)
    mark_runs(paragraphs)
    mark_teaser_lists(paragraphs)
    kept = [p.text for p in paragraphs if p.label in (BODY, SHORT)]
    removed = removed_prefixes + [
        Removed(p.text, p.reason or p.label) for p in paragraphs if p.label in (BOILER, CAPTION)
    ]
    text = "\n\n".join(kept)
    dateline = cues.DATELINE.match(text)
    return Cleaned(
        text=text,
        removed=removed,
        captions=[p.text for p in paragraphs if p.label == CAPTION],
        title=title,
        byline=byline,
        dateline=dateline.group("place").strip() if dateline else None,
        header_dates=header_dates,
    )


def clean_extracted(raw: str, title: str | None) -> Cleaned:
    """Clean what an HTML extractor kept: a repeated title, byline and date lines, teasers,
    author notes and comment sections that slipped through are set aside with their reasons."""
    header_dates: list[str] = []
    paragraphs = [Paragraph(p) for p in split_paragraphs(raw)]
    removed = strip_date_labels(paragraphs, header_dates)
    removed += drop_title_repeat(paragraphs, title)
    for paragraph in paragraphs:
        label_alone(paragraph, weigh_long_cues=False)  # long paragraphs are overruled below
        if paragraph.label == BOILER and paragraph.words > MAX_CUE_WORDS_EXTRACTED and not clearly_boilerplate(paragraph):
            paragraph.label = BODY
    byline = take_byline(paragraphs, header_dates, 0)
    cut_at_section_end(paragraphs, extracted=True)
    mark_teaser_lists(paragraphs)
    removed += [Removed(p.text, p.reason or p.label) for p in paragraphs if p.label in (BOILER, CAPTION)]
    return Cleaned(
        text="\n\n".join(p.text for p in paragraphs if p.label not in (BOILER, CAPTION)),
        removed=removed,
        captions=[p.text for p in paragraphs if p.label == CAPTION],
        byline=byline,
        header_dates=header_dates,
    )


def clearly_boilerplate(paragraph: Paragraph) -> bool:
    return paragraph.reason in cues.STRONG_CUES or (
        paragraph.words <= MAX_CUE_WORDS and sum(cue_counts(paragraph.text).values()) >= 2)


def drop_title_repeat(paragraphs: list[Paragraph], title: str | None) -> list[Removed]:
    """The page title repeated among the body's first lines (alone, with the site's name, or
    reworded as headlines and page titles often are) is not body."""
    wanted = re.findall(r"\w+", (title or "").lower())
    for index, paragraph in enumerate(paragraphs[:HEADER_LINES - 1]):
        if is_title_variant(re.findall(r"\w+", paragraph.text.lower()), wanted) and not is_prose(paragraph.text):
            del paragraphs[index]
            return [Removed(paragraph.text, "title")]
    return []


def is_title_variant(words: list[str], title: list[str]) -> bool:
    if words and words == title:
        return True
    shorter = min(len(words), len(title))
    if shorter >= 3 and words[:shorter] == title[:shorter] and shorter >= 0.6 * max(len(words), len(title)):
        return True
    shared = len(set(words) & set(title))
    return shorter >= 3 and shared >= TITLE_OVERLAP * max(len(set(words)), len(set(title)))


def split_paragraphs(raw: str) -> list[str]:
    lines = (re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in raw.replace("\r", "\n").split("\n"))
    return [line for line in lines if line]


def strip_date_labels(paragraphs: list[Paragraph], header_dates: list[str]) -> list[Removed]:
    """Cut "date 2020-01-01"-style labels off paragraph starts, keeping the date."""
    from ..annotate.times import find_times

    removed = []
    for paragraph in paragraphs:
        label = cues.DATE_LABEL.match(paragraph.text)
        if not label:
            continue
        found = next(find_times(paragraph.text[label.end():]), None)
        if found is None or found[0] != 0:
            continue
        cut = label.end() + found[1]
        header_dates.append(found[2])
        removed.append(Removed(paragraph.text[:cut].strip(), "date label"))
        paragraph.text = paragraph.text[cut:].strip(" ,;:-–—")
    paragraphs[:] = [p for p in paragraphs if p.text]
    return removed


def label_alone(paragraph: Paragraph, weigh_long_cues: bool = True) -> None:
    """Label a paragraph by its own words and shape.

    A paragraph longer than MAX_CUE_WORDS is boilerplate by line cues only when two or more
    match; a caller that overrules such paragraphs anyway skips that search, the costliest step."""
    text = paragraph.text
    lower = text.lower()
    strong = [reason for reason, cue in cues.STRONG_CUES.items() if cue.search(lower)]
    short = paragraph.words <= MAX_CUE_WORDS
    counts = cue_counts(text) if short or weigh_long_cues else {}
    matches = [reason for reason, count in counts.items() if count]
    if strong:
        paragraph.label, paragraph.reason = BOILER, strong[0]
    elif matches and (short or sum(counts.values()) >= 2):
        paragraph.label, paragraph.reason = BOILER, matches[0]
    elif cues.DATE_LABEL.match(text) and cues.NUMERIC_DATE.search(text) and paragraph.words <= MAX_DATE_LINE_WORDS:
        paragraph.label, paragraph.reason = BOILER, "date label"
    elif cues.CAPTION_CREDIT.search(text) or cues.CAPTION_LEAD.match(text):
        paragraph.label, paragraph.reason = CAPTION, "caption"
    elif glued_headline(text):
        paragraph.label, paragraph.reason = BOILER, "teaser (headline and summary)"
    elif is_prose(text):
        paragraph.label = BODY
    else:
        paragraph.label = SHORT


def glued_headline(text: str) -> bool:
    """A teaser card flattened to text: a headline run into its summary with no space between
    ("Union Opens Talks With CarmakerThe union on Monday ..."). The words before the join must
    read as a title-case headline, so that a brand written in camel case inside a sentence
    ("... SpaceX and ...") is not one."""
    for join in cues.GLUED_JOIN.finditer(text):
        headline = text[: join.start()]
        if word_count(headline) >= MIN_HEADLINE_WORDS and title_cased(headline):
            return True
    return False


def title_cased(text: str) -> bool:
    """Every long word capitalised, as in a headline (one slip allowed): prose full of names
    still writes its verbs and nouns in lower case."""
    words = long_words(text)
    return len(words) >= 3 and sum(not word[0].isupper() for word in words) <= 1


def cue_counts(text: str) -> dict[str, int]:
    """How often each line cue occurs in the text, by reason."""
    lower = text.lower()
    counts = {reason: len(cue.findall(lower)) for reason, cue in cues.LINE_CUES.items()}
    for reason, cue in cues.CASED_CUES.items():
        counts[reason] += len(cue.findall(text))
    return counts


def is_prose(text: str) -> bool:
    """Sentences, not a menu: long enough, ending like a sentence (or very long and punctuated),
    not a run of names. A long line without a single stop or comma is a tag cloud or a menu."""
    words = word_count(text)
    ends_like_sentence = text.rstrip(CLOSING_MARKS).endswith(SENTENCE_ENDS) or text.endswith(('"', "”"))
    long_prose = words >= 20 and bool(SENTENCE_PUNCTUATION.search(text))
    return ((words >= 8 and ends_like_sentence) or long_prose) and not mostly_capitalised(text)


def mostly_capitalised(text: str) -> bool:
    words = long_words(text)
    return len(words) >= 2 and sum(word[0].isupper() for word in words) >= 0.6 * len(words)


def long_words(text: str) -> list[str]:
    """Words of more than three letters: short function words are capitalised by no rule."""
    return LONG_WORD.findall(text)


def mark_captions(paragraphs: list[Paragraph]) -> None:
    """A photo credit makes captions of its neighbours: a short label before, a description after."""
    for index, paragraph in enumerate(paragraphs):
        is_credit = paragraph.reason == "photo credit"
        if not (is_credit or paragraph.label == CAPTION):
            continue
        before = paragraphs[index - 1] if index > 0 else None
        if before is not None and (before.label == SHORT or before.reason == OUTSIDE) and index > 1:
            before.label, before.reason = CAPTION, "caption"
        after = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
        if is_credit and after is not None and (
            after.reason == OUTSIDE or (after.label == BODY and not followed_by_body(paragraphs, index + 1))
        ):
            after.label, after.reason = CAPTION, "caption"


def followed_by_body(paragraphs: list[Paragraph], index: int) -> bool:
    return any(p.label == BODY for p in paragraphs[index + 1 : index + 3])


def take_title(paragraphs: list[Paragraph], start: int) -> str | None:
    """The title is the short line just above the body; a byline, a date or a caption may sit between.
    Failing that, a short first line is the title (a text that starts with its headline)."""
    above = [p for p in reversed(paragraphs[max(0, start - HEADER_LINES) : start]) if not is_between_title_and_body(p)]
    candidates = above[:1] + paragraphs[:1]
    for paragraph in candidates:
        if paragraph.words > MAX_TITLE_WORDS or paragraph.text.endswith(".") or cues.BULLET.match(paragraph.text):
            continue
        if paragraph.label == CAPTION or (paragraph.label == BOILER and paragraph.reason != OUTSIDE):
            continue
        if paragraph.label == BODY:
            continue
        paragraph.label, paragraph.reason = BOILER, "title"
        return paragraph.text
    return None


def is_between_title_and_body(paragraph: Paragraph) -> bool:
    return paragraph.reason in ("byline", "date label") or paragraph.label == CAPTION or is_prose(paragraph.text)


def take_byline(paragraphs: list[Paragraph], header_dates: list[str], start: int) -> str | None:
    """A short line at the head of the body that carries a date or "By ..." is the byline."""
    from ..annotate.times import find_times

    for paragraph in paragraphs[max(0, start - HEADER_LINES) : start + HEADER_LINES]:
        if paragraph.label == BODY or paragraph.words > 12:
            continue
        dated = [t for t in find_times(paragraph.text) if t[3][0] == "day" and t[3][1]]
        if dated or cues.BYLINE.match(paragraph.text) or cues.NUMERIC_DATE.search(paragraph.text):
            header_dates.extend(t[2] for t in dated)
            paragraph.label, paragraph.reason = BOILER, "byline"
            return paragraph.text
    return None


def cut_at_section_end(paragraphs: list[Paragraph], extracted: bool = False) -> None:
    """A comment section, a tag list or recommended stories after the body start the page's
    tail: all of it goes.

    In a whole page the body must have begun (menus carry "Comments" links); in an extractor's
    output any heading past the first lines will do, as some articles are tables or lists.
    """
    body_words = 0
    for index, paragraph in enumerate(paragraphs):
        seen_body = body_words >= MIN_BODY_WORDS or (extracted and index >= HEADER_LINES)
        body_words += paragraph.words if paragraph.label == BODY else 0
        if not seen_body or paragraph.words > MAX_HEADING_WORDS or cues.BULLET.match(paragraph.text):
            continue
        if heading := cues.SECTION_END.match(paragraph.text) or cues.RECOMMENDATIONS.match(paragraph.text):
            reason = ("related links" if heading.re is cues.RECOMMENDATIONS else
                      "tags" if "tag" in heading.group(0).lower() else "comments")
            for rest in paragraphs[index:]:
                rest.label, rest.reason = BOILER, rest.reason if rest.label == BOILER else reason
            return


def mark_teaser_lists(paragraphs: list[Paragraph]) -> None:
    """Links to other stories: bulleted headlines in title case not introduced by a colon, and
    consecutive headlines of one series ("Design Week | ...", "Design Week | ...")."""
    run: list[Paragraph] = []
    for index, paragraph in enumerate(paragraphs + [Paragraph("", BODY)]):
        if cues.BULLET.match(paragraph.text) and is_headline(cues.BULLET.sub("", paragraph.text)):
            if not run and index > 0 and paragraphs[index - 1].text.rstrip().endswith(":"):
                continue
            run.append(paragraph)
            continue
        close_teaser_run(run)
        run = []
    for first, second in zip(paragraphs, paragraphs[1:]):
        if (prefix := series_of(first)) and prefix == series_of(second):
            close_teaser_run([first, second])


def close_teaser_run(run: list[Paragraph]) -> None:
    if len(run) >= MIN_TEASER_RUN:
        for item in run:
            item.label, item.reason = BOILER, "related links"


def series_of(paragraph: Paragraph) -> str | None:
    """The series name of a short headline written "Series | Headline", or None."""
    if paragraph.label == BODY or paragraph.words > MAX_TITLE_WORDS or paragraph.text.startswith("|"):
        return None  # a table row repeats its first cell, it is not a series
    parts = re.split(r"\s[|–—]\s", paragraph.text, maxsplit=1)
    return parts[0].strip().lower() if len(parts) == 2 and len(parts[0].split()) >= 2 else None


def is_headline(text: str) -> bool:
    """Most long words capitalised and no closing full stop: how headlines, not list items, are written."""
    return mostly_capitalised(text) and not text.rstrip().endswith(".")


def mark_tables(paragraphs: list[Paragraph]) -> None:
    """Tables and numbered lists flattened to lines are content: standings, results, a calendar,
    a numbered list of picks. A table is a run of lines that hold figures, with MIN_TABLE_ROWS
    or more rows; one line without figures (a heading, a link) may sit between them. A row is a
    short line dense in figures, or the next item of a numbered list that prose introduced:
    a numbered list under a heading of its own is a "most read" box, not the article's.
    """
    run: list[Paragraph] = []
    rows, numbering = 0, None  # numbering: the last number of a list that prose introduced
    for index, paragraph in enumerate(paragraphs + [Paragraph("", BOILER)]):
        number = enumerator(paragraph.text)
        if number == 1:
            numbering = 0 if index and paragraphs[index - 1].label == BODY else None
        listed = numbering is not None and number == numbering + 1
        numbering = number if listed else numbering
        in_text = paragraph.label in (BODY, SHORT)
        if in_text and (figures(paragraph.text) or listed or (run and figures(run[-1].text))):
            run.append(paragraph)
            rows += paragraph.label == SHORT and (listed or is_data_row(paragraph.text))
            continue
        if rows >= MIN_TABLE_ROWS:
            close_table(run)
        run, rows = ([paragraph] if in_text else []), 0


def is_data_row(text: str) -> bool:
    cells = figures(text)
    return cells >= 2 and cells >= TABLE_DENSITY * len(text.split()) and re.search(r"[^\W\d_]", text) is not None


def close_table(run: list[Paragraph]) -> None:
    while run and not figures(run[-1].text):
        run.pop()
    for row in run:
        if row.label == SHORT:
            row.label, row.reason = BODY, "table"


@lru_cache(maxsize=4096)  # a line is counted several times while the tables around it are found
def figures(text: str) -> int:
    """Numbers in a line, dates, clock times and years left out: the dates of a list of sources
    or of teaser headlines make no table."""
    if not DIGIT.search(text):
        return 0
    return sum(not YEAR.fullmatch(cell) for cell in NUMBER_CELL.findall(DATE_OR_TIME.sub(" ", text)))


def enumerator(text: str) -> int | None:
    found = ENUMERATOR.match(text)
    return int(found.group(1)) if found else None


def mark_outside_body(paragraphs: list[Paragraph]) -> int:
    """Find the article as the run of paragraphs with the most prose against furniture, and set
    aside everything outside it (menus above, footers and teasers below). Returns where it starts.

    This is Body Text Extraction (Finn et al., 2001) over paragraphs instead of tags: prose
    scores its words, a short line or boilerplate scores against, inline furniture (a caption,
    an ad slot) almost nothing, so it does not split the article.
    """
    best, best_span, running, run_start = 0, (0, -1), 0, 0
    for index, paragraph in enumerate(paragraphs):
        if running <= 0:
            running, run_start = 0, index
        running += weight(paragraph)
        if running > best:
            best, best_span = running, (run_start, index)
    start, end = best_span
    if end < start:
        return 0
    for index, paragraph in enumerate(paragraphs):
        if not start <= index <= end and paragraph.label in (BODY, SHORT):
            paragraph.label, paragraph.reason = BOILER, OUTSIDE
    return start


def weight(paragraph: Paragraph) -> int:
    if paragraph.reason == "table":  # a row counts by its figures: a long row of words may be a teaser
        return figures(paragraph.text)
    if paragraph.label == BODY:
        return paragraph.words
    if paragraph.label == CAPTION or paragraph.reason in INLINE_REASONS:
        return -1
    if paragraph.label == SHORT:
        return -SHORT_LINE_COST
    return -max(BOILER_COST, paragraph.words)


def mark_runs(paragraphs: list[Paragraph], min_run: int = 3) -> None:
    """Three or more short lines in a row are a menu, a link list or a ticker, not a subheading."""
    run: list[Paragraph] = []
    for paragraph in paragraphs + [Paragraph("", BODY)]:
        if paragraph.label == SHORT:
            run.append(paragraph)
            continue
        if len(run) >= min_run:
            for item in run:
                item.label, item.reason = BOILER, "list of links or tickers"
        run = []
