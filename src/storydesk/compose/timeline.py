"""Dated timeline of a story: the dates most articles point to, each with its best sentences."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from ..annotate.quotes import QUOTED
from ..annotate.times import resolve
from ..annotate.vocab import SPEAKER_WORDS
from ..cluster import dot
from ..model import Article, Citation
from .units import ON_TOPIC, Unit, centroid, pick_diverse, story_units, supporting

DATED_PRECISIONS = ("day", "month")  # a year alone is too coarse to order a running story
# A sentence published within this many days after the date it tells reports it first-hand;
# later ones recall it as background, in fewer words of what happened.
FIRST_REPORT_DAYS = 2
FIRST_REPORT_WEIGHT = 2.0
# News of a day comes out that day or the next, and an article tells it even where it names no
# date: its coverage adds this much to the support of a date the sentences name (it adds no date).
COVERAGE_WEIGHT = 0.5
NOT_A_REPORT_WEIGHT = 0.3  # a question, an "I" or "you" line, a comment header, a forecast: see reports
# An article's opening sentences that name no time tell the news of the day it came out or the day
# before (news-tls's PM collector takes the same six: a date's candidates are its mentions and these).
LEAD_SENTENCES = 6
# After a date that opens a line, an outlet's chronology goes straight on to what happened
# ("25 January 2011 Dr Lee appears in court", "March 3, 2009 - the minister resigns"), where a
# page's stamp goes on to a clock time or "updated" ("29 September 2011 Last updated at 17:57 GMT").
YEAR = re.compile(r"\b\d{4}\b")
ENTRY_AFTER_DATE = re.compile(r"\s*(?:[:\-–—]\s*)?[A-Z]")
STAMP_AFTER_DATE = re.compile(r"[^.]{0,40}?(?:\b\d{1,2}[:.]\d{2}\b|\b(?:updated|posted|published|actualizad[oa]|"
                              r"publicado|mis à jour|publié|aggiornat[oa]|pubblicato)\b)", re.I)


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
        for ref in unit.times:
            resolved = resolve(ref.spec, anchor)
            if resolved and resolved[1] in DATED_PRECISIONS and unit not in by_date[resolved]:
                by_date[resolved].append(unit)
    return by_date


def lists_date(unit: Unit, key: tuple[date, str]) -> bool:
    """Whether the sentence is a chronology's entry for the date: it opens on the full date, year
    included, and goes on to what happened (see ENTRY_AFTER_DATE), as in an outlet's box of key dates."""
    text = unit.article.text
    for ref in unit.times:
        if not text[unit.start:ref.start].strip() and resolve(ref.spec, unit.article.published) == key:
            return bool(YEAR.search(text, ref.start, ref.end) and ENTRY_AFTER_DATE.match(text, ref.end)
                        and not STAMP_AFTER_DATE.match(text, ref.end))
    return False


def day_leads(units: list[Unit]) -> dict[date, list[Unit]]:
    """The opening sentences that name no time (see LEAD_SENTENCES), under the day their article
    came out and the day before."""
    leads: dict[date, list[Unit]] = defaultdict(list)
    for unit in units:
        published = unit.article.published
        if published and unit.position < LEAD_SENTENCES and not unit.times:
            leads[published].append(unit)
            leads[published - timedelta(days=1)].append(unit)
    return leads


def tellers(key: tuple[date, str], mentions: list[Unit], leads: dict[date, list[Unit]]) -> list[Unit]:
    """The sentences that may tell a date: those that name it, and the day's leads (see day_leads)
    that share more than common words with what those say (ON_TOPIC)."""
    if key[1] != "day":
        return mentions
    said = centroid(mentions)
    return mentions + [u for u in leads.get(key[0], ()) if dot(u.vector, said) >= ON_TOPIC]


def first_report(unit: Unit, day: date) -> float:
    """FIRST_REPORT_WEIGHT for a sentence published soon after the day it tells, else 1."""
    published = unit.article.published
    return FIRST_REPORT_WEIGHT if published and 0 <= (published - day).days <= FIRST_REPORT_DAYS else 1.0


def coverage(units: list[Unit], relevance: dict[int, float]) -> Counter:
    """How much of the story was published on each day or the day after it: each article counts
    half for its publication day and half for the day before, as much as it is about the story
    (the relevance of its most relevant sentence)."""
    about: dict[str, tuple[date | None, float]] = {}
    for unit in units:
        _, best = about.get(unit.article.id, (None, 0.0))
        about[unit.article.id] = (unit.article.published, max(best, relevance[id(unit)]))
    days: Counter = Counter()
    for published, weight in about.values():
        if published:
            days[published] += weight / 2
            days[published - timedelta(days=1)] += weight / 2
    return days


def is_report(unit: Unit) -> bool:
    """Whether a sentence reports what happened, as a timeline line should: not a question, not a
    reader's comment under a "date | name" header, and not spoken as "I" or "we" or to "you"
    outside quotation marks (an interview, a column)."""
    text = unit.text
    if text.endswith("?") or " | " in text:
        return False
    return not any(map(speaks_in_person, re.findall(r"\w+", QUOTED.sub(" ", text))))


def reports(unit: Unit, day: date) -> bool:
    """Whether a sentence can report what happened on ``day``: it is a report (see is_report) and came out
    no earlier than the day; one published before it tells a plan or a forecast ("talks are due to start on ...")."""
    published = unit.article.published
    return is_report(unit) and not (published and published < day)


def speaks_in_person(word: str) -> bool:
    """A first- or second-person word; an acronym ("US") or a lower-case letter ("i.e.") is none."""
    if len(word) == 1:
        return word == "I"
    return word.lower() in SPEAKER_WORDS and not word.isupper()


def timeline(articles: list[Article], max_dates: int = 10, per_date: int = 1,
             start: date | None = None, end: date | None = None) -> list[DatedEntry]:
    """The ``max_dates`` best-attested dates, oldest first, each with ``per_date`` sentences.

    A date's weight is how many sentences about the story mention it, each counting as much as
    it is about the story (its cosine with the story's centroid), so that a date a page names in
    passing, in a sidebar or a programme listing, weighs little; the story's coverage of a day
    (see coverage) adds to it. Days come before months: a month is told only when no day is left;
    and a day that an outlet's own chronology lists (see lists_date) comes before the others, as
    an editor's choice of the story's key dates.
    A date's sentences are those of its tellers (see tellers) that are most about the story and most
    about what the date's tellers say together (the cosine with their centroid, as news-tls's per-date
    summaries take the date's central sentences), a first report (see first_report) counting double
    and a sentence that cannot report the date (see reports) a third.
    Only dates from ``start`` to ``end`` (each optional) are told.
    """
    units = story_units(articles)
    if not units:
        return []
    center = centroid(units)
    by_date = {key: group for key, group in dated_units(units).items()
               if (start is None or key[0] >= start) and (end is None or key[0] <= end)}
    relevance = {id(u): dot(u.vector, center) for u in units}
    covered = coverage(units, relevance)
    support = {key: sum(relevance[id(u)] for u in group) + (COVERAGE_WEIGHT * covered[key[0]] if key[1] == "day" else 0.0)
               for key, group in by_date.items()}
    listed = {key for key, group in by_date.items() if any(lists_date(unit, key) for unit in group)}
    ranked = sorted(by_date, key=lambda key: (key[1] != "day", key not in listed, -support[key], key[0]))
    leads = day_leads(units)
    entries, chosen = [], []
    for key in ranked:
        if len(entries) == max_dates:
            break
        told = tellers(key, by_date[key], leads)
        said = centroid(told)
        candidates = [(relevance[id(u)] * dot(u.vector, said) * first_report(u, key[0])
                       * (1.0 if reports(u, key[0]) else NOT_A_REPORT_WEIGHT), u) for u in told]
        picked = pick_diverse(candidates, chosen, count=per_date)
        if not picked:
            continue  # every sentence for this date already tells another date; the next date gets the place
        chosen.extend(picked)
        others = [u for u in by_date[key] if u not in picked]
        citations = list(dict.fromkeys(c for unit in picked for c in supporting(unit, others)))
        entries.append(DatedEntry(key[0], key[1], picked, citations))
    return sorted(entries, key=lambda e: e.date)
