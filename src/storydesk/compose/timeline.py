"""Dated timeline of a story: the dates most articles point to, each with its best sentences."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from ..annotate.times import resolve
from ..cluster import dot
from ..model import Article, Citation
from .units import Unit, centroid, pick_diverse, story_units

DATED_PRECISIONS = ("day", "month")  # a year alone is too coarse to order a running story
# A sentence published within this many days after the date it tells reports it first-hand;
# later ones recall it as background, in fewer words of what happened.
FIRST_REPORT_DAYS = 2
FIRST_REPORT_WEIGHT = 2.0


@dataclass
class DatedEntry:
    date: date
    precision: str
    sentences: list[Unit]
    citations: list[Citation]


def dated_units(units: list[Unit]) -> dict[tuple[date, str], list[Unit]]:
    """Units grouped under every date their own time expressions resolve to."""
    by_date: dict[tuple[date, str], list[Unit]] = defaultdict(list)
    for unit in units:
        anchor = unit.article.published
        for ref in unit.article.annotations.times:
            if not unit.start <= ref.start < unit.end:
                continue
            resolved = resolve(ref.spec, anchor)
            if resolved and resolved[1] in DATED_PRECISIONS and unit not in by_date[resolved]:
                by_date[resolved].append(unit)
    return by_date


def first_report(unit: Unit, day: date) -> float:
    """FIRST_REPORT_WEIGHT for a sentence published soon after the day it tells, else 1."""
    published = unit.article.published
    return FIRST_REPORT_WEIGHT if published and 0 <= (published - day).days <= FIRST_REPORT_DAYS else 1.0


def timeline(articles: list[Article], max_dates: int = 10, per_date: int = 1,
             start: date | None = None, end: date | None = None) -> list[DatedEntry]:
    """The ``max_dates`` best-attested dates, oldest first, each with ``per_date`` sentences.

    A date's weight is how many sentences about the story mention it, each counting as much as
    it is about the story (its cosine with the story's centroid), so that a date a page names in
    passing, in a sidebar or a programme listing, weighs little. Days come before months: a month
    is told only when no day is left. A date's sentences are its most relevant ones, a first
    report (see first_report) counting double.
    Only dates from ``start`` to ``end`` (each optional) are told.
    """
    units = story_units(articles)
    if not units:
        return []
    center = centroid(units)
    by_date = {key: group for key, group in dated_units(units).items()
               if (start is None or key[0] >= start) and (end is None or key[0] <= end)}
    relevance = {id(u): dot(u.vector, center) for u in units}
    support = {key: sum(relevance[id(u)] for u in group) for key, group in by_date.items()}
    ranked = sorted(by_date, key=lambda key: (key[1] != "day", -support[key], key[0]))
    entries, chosen = [], []
    for key in ranked:
        if len(entries) == max_dates:
            break
        candidates = [(relevance[id(u)] * first_report(u, key[0]), u) for u in by_date[key]]
        picked = pick_diverse(candidates, chosen, count=per_date)
        if not picked:
            continue  # every sentence for this date already tells another date; the next date gets the place
        chosen.extend(picked)
        citations = [u.citation for u in picked] + [u.citation for u in by_date[key] if u not in picked]
        entries.append(DatedEntry(key[0], key[1], picked, citations))
    return sorted(entries, key=lambda e: e.date)
