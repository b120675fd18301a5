"""Time expressions: find them in text and resolve them to calendar dates against an anchor.

Finding gives a ``spec`` that does not depend on the publication date, so an expression can
be re-resolved once an undated article's date has been inferred. Resolution follows the
news convention HeidelTime uses: anchor on the publication date; an expression with no
direction (a bare weekday, a month with no year) takes the nearest occurrence, leaning to
the past (news mostly reports what has happened), unless its clause speaks of the future. Which
clause that is comes from the parse where there is one ("The auction opened on Friday and will run
for ten days": the Friday is past), else from cue words in the sentence. An anaphoric expression
("the next day", "two weeks later", "on 25 June that year") counts from the last date the text told
before it, as HeidelTime's narrative rules do; its spec holds that date's spec.
"""

from __future__ import annotations

import calendar
import functools
import re
from collections.abc import Callable, Iterable, Iterator
from datetime import date, timedelta

from .vocab import (AGO_PHRASES, ANAPHORIC_DAYS, ANAPHORIC_SHIFT, ANAPHORIC_YEAR_SHIFT, DEICTIC_DAYS, DEICTIC_SHIFT,
                    EARLIER_WORDS, FUTURE_AUXILIARIES, FUTURE_CUES, FUTURE_IN_PAST, LATER_PHRASES, MODAL_AUXILIARIES, MONTHS,
                    NUMBER_WORDS, PERFECT_AUXILIARIES, RELATIVE_PERIODS, REPORTED_CLAUSE, SAYING_BEFORE, SOFT_DIRECTION_WORDS,
                    TIME_COUNTS, TIME_UNITS, WEEKDAY_AFTER, WEEKDAY_BEFORE, WEEKDAYS, YEAR_SHIFT)

MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
WEEKDAY_RE = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
WEEKDAY_BEFORE_RE = "|".join(sorted(WEEKDAY_BEFORE, key=len, reverse=True))
WEEKDAY_AFTER_RE = "|".join(sorted(WEEKDAY_AFTER, key=len, reverse=True))
DIRECTION_WORDS = {**WEEKDAY_BEFORE, **WEEKDAY_AFTER, "earlier": -1}
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|º|\.)?"
YEAR = r"(?P<year>(?:19|20)\d\d)"
MON = rf"(?P<month>{MONTH_RE})\.?"
# The last day of a range in one month: "3 to 5 March", "March 3-5", "del 3 al 5 de marzo", "du 3 au 5 mars"
TO_DAY = r"\s*(?:-|–|to|and|through|until|till|al|y|au|et|e)\s*(?P<last>[0-3]?\d)(?:st|nd|rd|th|er|º)?"


def alternation(phrases: Iterable[str]) -> str:
    """A regex alternation of the phrases, longest first; a space stands for any, an apostrophe for either kind."""
    return "|".join(re.escape(p).replace(r"\ ", r"\s+").replace("'", "['’]") for p in sorted(phrases, key=len, reverse=True))


WHICH_YEAR = rf",?\s+(?P<which>{alternation(YEAR_SHIFT | ANAPHORIC_YEAR_SHIFT)})"
# An unmarked date is taken as upcoming only when that is this many times nearer than the past one:
# "on Saturday" on a Friday is tomorrow, on a Wednesday it was last Saturday.
PAST_LEAN = 3
SAYING_REACH = 40  # characters before an expression searched for the speech verb it dates
# The parse's word on the tense of the clause a time expression at a character offset belongs to:
# +1 future, 0 past, None where the parse does not say (see verb_direction).
ClauseTense = Callable[[int], "int | None"]
UNIT_RE = r"(?P<unit>day|week|month|year)s?"
# "the day of", "le lendemain de": what follows names the day counted from
COUNTED_FROM = r"(?:of|de|du|des|d['’]|del|dello|della|dei|degli|delle|di|al|alla|allo|ai|agli|alle)(?!\w)"
COUNT_WORDS = NUMBER_WORDS | {word: n for words in TIME_COUNTS.values() for word, n in words.items()}
UNIT_WORDS = {word: unit for words in TIME_UNITS.values() for word, unit in words.items()}
RELATIVE_PERIOD = {phrase: period for phrases in RELATIVE_PERIODS.values() for phrase, period in phrases.items()}
FINENESS = {"day": 0, "month": 1, "year": 2}
PRECISION_PROBE = date(2000, 1, 1)  # any anchor: see precision
COUNT_RE = r"(?<![\d,.])(?P<count>\d+|" + "|".join(NUMBER_WORDS) + r"|a|an)"  # not the end of "1,000"

# Order matters: longer, more specific patterns first; matches never overlap.
PATTERNS: list[tuple[str, re.Pattern]] = [
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b")),
    ("dmy_num", re.compile(r"\b(?P<day>[0-3]?\d)[./](?P<month>[01]?\d)[./](?P<year>(?:19|20)\d\d)\b")),
    ("day_month", re.compile(rf"\b{DAY}(?:{TO_DAY})?\s+(?:de\s+|of\s+)?{MON}(?:,?\s+(?:de\s+)?{YEAR}|{WHICH_YEAR})?\b", re.I)),
    ("month_day", re.compile(rf"\b{MON}\s+{DAY}(?:{TO_DAY})?(?:,?\s+{YEAR}|{WHICH_YEAR})?\b(?!\s*(?:%|per))", re.I)),
    ("month_year", re.compile(rf"\b(?:(?P<mod>early|mid|late|earlier|later)[\s-]+)?{MON}\s+(?:of\s+|de\s+)?{YEAR}\b", re.I)),
    ("rel_month", re.compile(rf"\b(?P<mod>last|next|this|in|since|until|by|early|mid|late|from|during|before|after)[\s-]+{MON}(?!\s+\d)\b"
                            rf"(?:(?:\s+of)?{WHICH_YEAR})?", re.I)),
    ("later", re.compile(rf"\b{COUNT_RE}\s+{UNIT_RE}\s+(?P<mod>later|earlier)\b(?!\s+than)", re.I)),
    ("that_period", re.compile(r"\b(?P<mod>that|the\s+same|that\s+same|the\s+following|the\s+previous)\s+(?P<unit>month|year)\b",
                               re.I)),
    ("ago", re.compile(rf"\b{COUNT_RE}\s+{UNIT_RE}\s+ago\b", re.I)),
    ("in_time", re.compile(rf"\bin\s+{COUNT_RE}\s+{UNIT_RE}(?:['’]s?)?(?:\s+time)?\b", re.I)),
    ("rel_unit", re.compile(r"\b(?P<mod>last|next|this|earlier this|later this)\s+(?P<unit>week|month|year)\b", re.I)),
    ("that_weekday", re.compile(rf"\bthe\s+(?P<mod>following|previous)\s+(?P<weekday>{WEEKDAY_RE})\b", re.I)),
    ("weekday", re.compile(rf"\b(?:(?P<mod>{WEEKDAY_BEFORE_RE}|this|on|el|le|il|este|ce)\s+)?(?P<weekday>{WEEKDAY_RE})\b"
                           rf"(?:\s+(?P<post>{WEEKDAY_AFTER_RE}))?", re.I)),
    ("year", re.compile(rf"\b(?P<mod>in|since|until|by|of|during|from|early|late|mid|before|after|the|a|an|year)[\s-]+{YEAR}\b(?![-/.,]?\d)", re.I)),
]

CALENDAR_PATTERNS = next(n for n, (kind, _) in enumerate(PATTERNS) if kind == "month_year")


def find_times(text: str, sentence_spans: list[tuple[int, int]] | None = None,
               language: str | None = None, clause_tense: ClauseTense | None = None) -> Iterator[tuple[int, int, str, tuple]]:
    """(start, end, text, spec) for every time expression in ``text`` (English and ``language``)."""
    return matches(text, patterns_for(language), sentence_spans, clause_tense)


def find_calendar_dates(text: str) -> Iterator[tuple[int, int, str, tuple]]:
    """Only the written calendar dates ("2021-06-01", "1 June 2021", "June 1"), which are the
    first patterns and so match exactly as in ``find_times``, at under half its cost."""
    return matches(text, PATTERNS[:CALENDAR_PATTERNS], None)


def matches(text: str, patterns: list[tuple[str, re.Pattern]], sentence_spans: list[tuple[int, int]] | None,
            clause_tense: ClauseTense | None = None) -> Iterator[tuple[int, int, str, tuple]]:
    """Every match in text order, each anaphoric one ("the next day") bound to the date told before it."""
    found: list[tuple[int, int, str, tuple]] = []
    for kind, pattern in patterns:
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(start < t_end and t_start < end for t_start, t_end, _, _ in found):
                continue
            parsed = clause_tense(start) if clause_tense else None
            groups = match.groupdict()
            spec = make_spec(kind, groups, tense_context(text, start, end, sentence_spans), parsed)
            found += [(start, end, match.group(0), each) for each in range_ends(spec, groups.get("last"))]
    told: list[tuple] = []
    for start, end, words, spec in sorted(found, key=lambda each: each[:2]):  # stable: a range's ends stay in order
        if spec[0] == "anaphor":
            spec = bind(spec, told)
            if spec is None:
                continue  # nothing before it says which day it counts from
        told.append(spec)
        yield start, end, words, spec


def range_ends(spec: tuple | None, last: str | None) -> list[tuple]:
    """The spec of a day, or of both ends of a range of days in one month ("3 to 5 March")."""
    if spec is None:
        return []
    if not last or spec[0] != "day" or not spec[3] < int(last) <= 31:
        return [spec]
    return [spec, spec[:3] + (int(last),) + spec[4:]]


def bind(spec: tuple, told: list[tuple]) -> tuple | None:
    """The anaphoric spec anchored on the last spec told before it that is as precise as it needs
    (a day for "the next day", a month for "that month", a year for "on 25 June that year"), as
    HeidelTime anchors anaphoric expressions on the last time mentioned; None when there is none."""
    _, (step,), _ = spec
    needed = "year" if step[0] in ("day_of_year", "month_of_year") else precision(step)
    for earlier in reversed(told):
        if FINENESS[precision(earlier)] <= FINENESS[needed]:
            if earlier[0] == "anaphor":  # a chain ("the next day ... two days later") stays flat
                return "anaphor", earlier[1] + (step,), earlier[2]
            return "anaphor", (step,), earlier
    return None


def precision(spec: tuple) -> str:
    """The precision a spec resolves to, which does not depend on the anchor."""
    return resolve(spec, PRECISION_PROBE)[1]


@functools.cache
def patterns_for(language: str | None) -> list[tuple[str, re.Pattern]]:
    """The patterns, with the words for today, yesterday... of English and of ``language``."""
    deictic = ("deictic", re.compile(rf"(?<!\w)(?P<word>{phrases(DEICTIC_DAYS, language)})(?!\w)", re.I))
    # "within the next day or two" is a span still to come, and "le lendemain de l'attaque" counts
    # from the attack: neither is the day after the date told before
    anaphoric = ("anaphoric_day", re.compile(rf"(?<!\w)(?<!in )(?<!within )(?<!over )"
                                             rf"(?P<word>{phrases(ANAPHORIC_DAYS, language)})"
                                             rf"(?!\w)(?!\s+or\b)(?!\s+{COUNTED_FROM})", re.I))
    weekday = next(n for n, (kind, _) in enumerate(PATTERNS) if kind == "weekday")  # where the English words always stood
    return PATTERNS[:weekday] + [deictic, anaphoric] + counted_in(language) + PATTERNS[weekday:]


def counted_in(language: str | None) -> list[tuple[str, re.Pattern]]:
    """The patterns of ``language`` for a time counted in units ("hace dos días", "deux jours plus
    tard", "il mese scorso"); English ones are in PATTERNS."""
    if language not in TIME_UNITS:
        return []
    words = {"count": rf"(?P<count>\d+|{phrases(TIME_COUNTS, language)})",
             "unit": rf"(?P<unit>{phrases(TIME_UNITS, language)})"}
    return [(kind, re.compile(rf"(?<!\w){shape[language].format(**words)}(?!\w)", re.I))
            for kind, shape in (("ago", AGO_PHRASES), ("later", LATER_PHRASES))] + [
            ("period", re.compile(rf"(?<!\w)(?P<word>{phrases(RELATIVE_PERIODS, language)})(?!\w)", re.I))]


def phrases(by_language: dict[str, dict], language: str | None) -> str:
    """The alternation of the phrases of English and of ``language``."""
    return alternation({**by_language.get("en", {}), **by_language.get(language or "en", {})})


def tense_context(text: str, start: int, end: int, spans: list[tuple[int, int]] | None) -> str:
    """The words whose tense places a time expression: its sentence, without what was said after
    it. That is everything after it when a speech verb comes just before it ("said Tuesday he
    will step down": the saying is past); else a reported clause that opens after it ("said on
    Monday that the camps would close") and a "would" after it ("declared on Thursday it would stop")."""
    first, last = sentence_bounds(text, start, spans)
    if SAYING_BEFORE.search(text, max(first, start - SAYING_REACH), start):
        return text[first:end]
    reported = REPORTED_CLAUSE.search(text, end, last)
    after = text[end: reported.start() if reported else last]
    return text[first:end] + FUTURE_IN_PAST.sub(" ", after)


def sentence_bounds(text: str, position: int, spans: list[tuple[int, int]] | None) -> tuple[int, int]:
    """Where the sentence holding ``position`` starts and ends: from ``spans`` when given, else
    at the full stops or line ends around it."""
    if spans:
        for start, end in spans:
            if start <= position < end:
                return start, end
    left = max(text.rfind(".", 0, position), text.rfind("\n", 0, position))
    right = min((end for end in (text.find(".", position), text.find("\n", position)) if end != -1), default=len(text))
    return left + 1, right


def direction_of(sentence: str, mod: str | None, parsed: int | None = None) -> int:
    """+1 for a future reference, -1 for a past one, 0 when nothing in the text says which. The
    tense of the expression's own clause (``parsed``) outweighs cue words elsewhere in the sentence,
    and "by" and "until", which are past as often as future ("by Friday the protesters had won")."""
    mod = (mod or "").lower()
    if mod in DIRECTION_WORDS and (parsed is None or mod not in SOFT_DIRECTION_WORDS):
        return DIRECTION_WORDS[mod]
    if parsed is not None:
        return parsed
    return 1 if FUTURE_CUES.search(sentence) else 0


def verb_direction(token) -> int | None:
    """What the tense of the verb a spaCy token hangs on says of a time expression at that token:
    +1 for a future ("will meet on Sunday"), 0 for a past ("resumed on Monday", "was released on
    Friday", "has met on Tuesday"; 0, not -1, since news published a day late still says "on
    Saturday" of today), None where the verb does not say (a present, an infinitive, "would have").
    A past may so name tomorrow's weekday: that is kept, since a page's date is often a day early
    (a time zone, a live page dated when it opened); forbidding it lowered Timeline17 scores."""
    verb = token
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    auxiliaries = {child.lower_ for child in verb.children if child.dep_ in ("aux", "auxpass")}
    if auxiliaries & FUTURE_AUXILIARIES:
        return 1
    if auxiliaries & MODAL_AUXILIARIES or "to" in auxiliaries:
        return None
    if verb.tag_ == "VBD" or (verb.tag_ == "VBN" and auxiliaries & PERFECT_AUXILIARIES):
        return 0
    return None


def _count(raw: str) -> int:
    raw = raw.lower()
    if raw.isdigit():
        return int(raw)
    return 1 if raw in ("a", "an") else COUNT_WORDS[raw]


def unit_of(word: str) -> str:
    """The English unit ("day", "month") a unit word of any language stands for."""
    return UNIT_WORDS.get(word.lower(), word.lower())


def make_spec(kind: str, g: dict, sentence: str, parsed: int | None = None) -> tuple | None:
    """A resolution spec for one match, or None when the match is not a time; ``parsed`` is the
    parse's word on its clause's tense (see direction_of)."""
    month = _month(g.get("month"))
    year = int(g["year"]) if g.get("year") else None
    if kind in ("iso", "dmy_num", "day_month", "month_day"):
        day = int(g["day"])
        if not month or not 1 <= day <= 31:
            return None
        if g.get("which"):
            return of_year(("day_of_year", month, day), g["which"])
        return ("day", year, month, day, direction_of(sentence, None, parsed))
    if kind == "month_year":
        return ("month", year, month, 0) if month else None
    if kind == "rel_month":
        mod = g["mod"].lower()
        if g["month"].lower() == "may" and mod in ("in", "by", "this"):
            return None  # "may" is far more often the modal verb
        if month and g.get("which"):
            return of_year(("month_of_year", month), g["which"])
        return ("month", None, month, direction_of(sentence, mod, parsed)) if month else None
    if kind == "ago":
        return ("offset", unit_of(g["unit"]), -_count(g["count"]))
    if kind == "period":
        return ("offset", *RELATIVE_PERIOD[" ".join(g["word"].lower().replace("’", "'").split())])
    if kind == "in_time":
        if direction_of(sentence, None, parsed) <= 0:
            return None  # "forty killed in three days", "the first in 41 years": a span of time, not a date
        return ("offset", g["unit"].lower(), _count(g["count"]))
    if kind == "rel_unit":
        if g["unit"].lower() == "week":
            return None  # a week is no calendar date; the dossier has no week precision
        step = {"last": -1, "next": 1}.get(g["mod"].lower(), 0)
        return ("offset", g["unit"].lower(), step)
    if kind == "deictic":
        return ("offset", "day", DEICTIC_SHIFT[" ".join(g["word"].lower().split())])
    if kind == "anaphoric_day":
        return ("anaphor", (("offset", "day", ANAPHORIC_SHIFT[" ".join(g["word"].lower().split())]),), None)
    if kind == "later":
        count = _count(g["count"]) * (-1 if " ".join(g["mod"].lower().split()) in EARLIER_WORDS else 1)
        return ("anaphor", (("offset", unit_of(g["unit"]), count),), None)
    if kind == "that_period":
        step = {"following": 1, "previous": -1}.get(g["mod"].split()[-1].lower(), 0)
        return ("anaphor", (("offset", g["unit"].lower(), step),), None)
    if kind == "that_weekday":  # "the following Monday": the first Monday after the day told before
        direction = 1 if g["mod"].lower() == "following" else -1
        return ("anaphor", (("weekday", WEEKDAYS[g["weekday"].lower()], direction),), None)
    if kind == "weekday":
        return ("weekday", WEEKDAYS[g["weekday"].lower()], direction_of(sentence, g.get("post") or g.get("mod"), parsed))
    if kind == "year":
        return ("year", year)
    return None


def of_year(spec: tuple, phrase: str) -> tuple:
    """A day or month spec in the year a phrase names: counted from the year of writing ("last
    year"), or from the date told before it ("that year")."""
    phrase = " ".join(phrase.lower().replace("’", "'").split())
    if phrase in ANAPHORIC_YEAR_SHIFT:
        return "anaphor", (spec + (ANAPHORIC_YEAR_SHIFT[phrase],),), None
    return spec + (YEAR_SHIFT[phrase],)


def _month(raw: str | None) -> int | None:
    if not raw:
        return None
    if raw.isdigit():
        value = int(raw)
        return value if 1 <= value <= 12 else None
    return MONTHS.get(raw.lower().rstrip("."))


def resolve(spec: tuple, anchor: date | None) -> tuple[date, str] | None:
    """(date, precision) for a spec, or None when it needs an anchor and has none."""
    kind = spec[0]
    if kind == "anaphor":  # "the next day", "two days later": each step anchored on the date before it
        _, steps, base = spec
        told = resolve(base, anchor)
        for step in steps:
            told = told and resolve(step, told[0])
        return told
    if kind == "year":
        return date(spec[1], 1, 1), "year"
    if kind == "day":
        _, year, month, day, direction = spec
        if year is None:
            if anchor is None:
                return None
            year = _year_for(month, day, anchor, direction)
        return _safe_date(year, month, day), "day"
    if kind == "month":
        _, year, month, direction = spec
        if year is None:
            if anchor is None:
                return None
            year = _year_for(month, 1, anchor.replace(day=1), direction)
        return date(year, month, 1), "month"
    if anchor is None:
        return None
    if kind == "weekday":
        _, weekday, direction = spec
        back, ahead = (anchor.weekday() - weekday) % 7, (weekday - anchor.weekday()) % 7
        back = back or (7 if direction < 0 else 0)  # "last Wednesday", written on a Wednesday, is a week ago
        forward = direction > 0 or (direction == 0 and 0 < ahead and ahead * PAST_LEAN < back)
        return (anchor + timedelta(days=ahead) if forward else anchor - timedelta(days=back)), "day"
    if kind == "month_of_year":  # "in April of last year"
        _, month, years = spec
        return date(anchor.year + years, month, 1), "month"
    if kind == "day_of_year":  # "on 16 April last year"
        _, month, day, years = spec
        return _safe_date(anchor.year + years, month, day), "day"
    if kind == "offset":
        _, unit, count = spec
        return _shift(anchor, unit, count)
    return None


def _year_for(month: int, day: int, anchor: date, direction: int) -> int:
    """The year that puts month/day nearest the anchor on the side the text points to."""
    candidate = _safe_date(anchor.year, month, day)
    if candidate > anchor:
        before = _safe_date(anchor.year - 1, month, day)
        if direction < 0 or (direction == 0 and (candidate - anchor).days * PAST_LEAN >= (anchor - before).days):
            return anchor.year - 1
    elif candidate < anchor:
        after = _safe_date(anchor.year + 1, month, day)
        if direction > 0 or (direction == 0 and (after - anchor).days * PAST_LEAN < (anchor - candidate).days):
            return anchor.year + 1
    return anchor.year


def _safe_date(year: int, month: int, day: int) -> date:
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


def _shift(anchor: date, unit: str, count: int) -> tuple[date, str]:
    if unit == "day":
        return anchor + timedelta(days=count), "day"
    if unit == "week":
        return anchor + timedelta(weeks=count), "day"
    if unit == "month":
        index = anchor.year * 12 + anchor.month - 1 + count
        return date(index // 12, index % 12 + 1, 1), "month"
    return date(anchor.year + count, 1, 1), "year"
