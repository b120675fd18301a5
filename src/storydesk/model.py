"""The nouns of storydesk: immutable records that flow from one stage to the next."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date
from typing import Any


@dataclass(frozen=True)
class Document:
    """One input item before extraction: raw content plus whatever metadata the user gave."""

    source: str  # the path or URL as given
    content: str
    kind: str  # "html" (a page), "fragment" (HTML that is all article: a feed entry's content) or "text"
    given: dict[str, Any] = field(default_factory=dict)  # id, url, title, outlet, published


@dataclass(frozen=True)
class Rejection:
    """An input that could not become an article, with the reason a user can act on."""

    source: str
    reason: str


@dataclass(frozen=True)
class Removed:
    """A piece of the input left out of the clean text, kept so that nothing given is lost."""

    text: str
    reason: str


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True)
class Sentence(Span):
    pass


@dataclass(frozen=True)
class Mention(Span):
    """A named-entity mention in an article's clean text."""

    text: str
    label: str  # PERSON, ORG, GPE, NORP, LOC, FAC, EVENT, or DESCRIBING (see annotate.pipeline.mention_label)


@dataclass(frozen=True)
class TimeRef(Span):
    """A time expression, kept unresolved so it can be re-anchored when the date is inferred.

    ``spec`` is a small tuple understood by ``annotate.times.resolve``.
    """

    text: str
    spec: tuple


@dataclass(frozen=True)
class Figure(Span):
    """A reported quantity: ``start``/``end`` cover the sentence it stands in."""

    measure: str
    value: float
    bound: str  # exact | at_least | at_most | about
    qualifier: str | None
    attributed_to: str | None
    text: str  # the figure phrase itself, e.g. "more than 1,000 people have been killed"
    place: str | None = None  # "killed in Tripoli"
    period: str | None = None  # "since April"
    superseded: bool = False  # the count a change in its sentence started from: "up from 30,000"


@dataclass(frozen=True)
class Quote(Span):
    """A direct quote: ``start``/``end`` cover the quoted words without the marks."""

    speaker: str | None
    role: str | None
    text: str


@dataclass(frozen=True)
class Annotations:
    sentences: tuple[Sentence, ...] = ()
    mentions: tuple[Mention, ...] = ()
    times: tuple[TimeRef, ...] = ()
    figures: tuple[Figure, ...] = ()
    quotes: tuple[Quote, ...] = ()
    terms: tuple[str, ...] = ()  # content-word lemmas, for similarity


@dataclass(frozen=True)
class Article:
    id: str
    source: str
    text: str
    content_hash: str
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    byline: str | None = None
    dateline: str | None = None
    language: str = "en"
    published: date | None = None
    published_from: str | None = None  # metadata | text | inferred
    date_floor: date | None = None  # written no earlier than this (a photo caption's date)
    removed: tuple[Removed, ...] = ()
    captions: tuple[str, ...] = ()
    copy_of: str | None = None
    annotations: Annotations | None = None


@dataclass(frozen=True)
class Citation:
    article: str
    start: int
    end: int


@dataclass(frozen=True)
class Event:
    id: str
    title: str
    date: date | None
    articles: tuple[str, ...]
    keywords: tuple[str, ...] = ()
    end: date | None = None  # the last day of its articles: with ``date``, the days that hold it together


@dataclass(frozen=True)
class TimelineEntry:
    date: date
    precision: str  # day | month | year
    text: str
    citations: tuple[Citation, ...]


@dataclass(frozen=True)
class SummarySentence:
    text: str
    citations: tuple[Citation, ...]


@dataclass(frozen=True)
class Actor:
    name: str
    type: str
    aliases: tuple[str, ...]
    articles: int
    roles: tuple[str, ...] = ()  # as the articles give them: "UN envoy for Libya"
    article_ids: tuple[str, ...] = ()
    quotes: tuple[int, ...] = ()  # indexes into the story's quotes


@dataclass(frozen=True)
class StoryFigure:
    measure: str
    value: float
    bound: str
    qualifier: str | None
    attributed_to: str | None
    as_of: date | None
    text: str
    citation: Citation
    place: str | None = None
    period: str | None = None
    superseded: bool = False  # its own article gives a later count that replaced it (see Figure)


@dataclass(frozen=True)
class Disagreement:
    """Figures of one measure and place that differ; ``qualifier`` on each figure is its scope."""

    measure: str
    values: tuple[float, ...]
    kind: str  # conflict | update
    figures: tuple[int, ...]  # indexes into the story's figures
    conservative: float  # the lowest count of the widest scope that no later count updated, as ACLED records a disputed one
    place: str | None = None
    scopes: tuple[str, ...] = ()  # narrower scopes shown beside the whole count ("civilians")


@dataclass(frozen=True)
class StoryQuote:
    speaker: str
    role: str | None
    text: str
    citation: Citation


@dataclass(frozen=True)
class Story:
    id: str
    title: str
    start: date | None
    end: date | None
    articles: tuple[str, ...]
    outlets: int
    keywords: tuple[str, ...]
    events: tuple[Event, ...] = ()
    timeline: tuple[TimelineEntry, ...] = ()
    summary: tuple[SummarySentence, ...] = ()
    entities: tuple[Actor, ...] = ()
    figures: tuple[StoryFigure, ...] = ()
    disagreements: tuple[Disagreement, ...] = ()
    quotes: tuple[StoryQuote, ...] = ()


def to_plain(record: Any) -> Any:
    """A record as JSON-ready data: dates become ISO strings, tuples lists."""
    if dataclasses.is_dataclass(record):
        return {f.name: to_plain(getattr(record, f.name)) for f in dataclasses.fields(record)}
    if isinstance(record, (list, tuple)):
        return [to_plain(item) for item in record]
    if isinstance(record, dict):
        return {key: to_plain(value) for key, value in record.items()}
    if isinstance(record, date):
        return record.isoformat()
    return record


def article_from_plain(data: dict) -> Article:
    """Rebuild an Article (with its annotations) from ``to_plain`` output."""
    ann = data.get("annotations")
    annotations = None
    if ann is not None:
        annotations = Annotations(
            sentences=tuple(Sentence(**s) for s in ann["sentences"]),
            mentions=tuple(Mention(**m) for m in ann["mentions"]),
            times=tuple(TimeRef(t["start"], t["end"], t["text"], _tuple_deep(t["spec"])) for t in ann["times"]),
            figures=tuple(Figure(**f) for f in ann["figures"]),
            quotes=tuple(Quote(**q) for q in ann["quotes"]),
            terms=tuple(ann["terms"]),
        )
    fields = dict(data)
    fields.update(
        published=date.fromisoformat(data["published"]) if data.get("published") else None,
        date_floor=date.fromisoformat(data["date_floor"]) if data.get("date_floor") else None,
        removed=tuple(Removed(**r) for r in data.get("removed", ())),
        captions=tuple(data.get("captions", ())),
        annotations=annotations,
    )
    return Article(**fields)


def _tuple_deep(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(_tuple_deep(v) for v in value)
    return value
