"""Figures: counts of people killed, injured, displaced, arrested and the like, with bounds."""

from __future__ import annotations

import re

from ..model import Figure, Mention
from .vocab import ATTRIBUTION, BOUNDS, MEASURES, NON_COUNT_UNITS, NUMBER_WORDS, QUALIFIERS, SCALES, VAGUE_QUANTITIES

_BOUND_WORDS = {phrase: bound for bound, phrases in BOUNDS.items() for phrase in phrases}
_BOUND_RE = "|".join(sorted(map(re.escape, _BOUND_WORDS), key=len, reverse=True))
_VAGUE_RE = "|".join(sorted(map(re.escape, VAGUE_QUANTITIES), key=len, reverse=True))
_WORD_RE = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_SCALE_RE = "|".join(sorted(SCALES, key=len, reverse=True))
NUMBER = re.compile(
    rf"(?:\b(?P<bound>{_BOUND_RE})\s+)?"
    rf"(?:\b(?P<vague>{_VAGUE_RE})\b"
    rf"|(?<![\d.,])(?P<digits>\d{{1,3}}(?:(?:,|\.|\u00a0|\u202f| )\d{{3}})+(?![\d])(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s*(?P<dscale>{_SCALE_RE})\b)?"
    rf"|\b(?P<word>(?:{_WORD_RE})(?:[- ](?:{_WORD_RE}))?)(?:\s+(?P<wscale>{_SCALE_RE}))?\b)",
    re.I,
)
MEASURE_AFTER = [(name, re.compile(rf"\b(?:{cue})\b", re.I)) for name, cue in MEASURES.items()]
MEASURE_BEFORE = [(name, re.compile(rf"\b(?:{cue})\s+(?:\w+\s+){{0,2}}$", re.I)) for name, cue in MEASURES.items()]
QUALIFIER = re.compile(rf"^\s+(?:of\s+)?(?:[a-z\-]+\s+)?(?P<q>{QUALIFIERS})\b", re.I)
WINDOW_CHARS = 70
MAX_WORDS_TO_CUE = 4
# "the death toll rose to", "the number of people displaced stands at": a count named before its number
TOLL_BEFORE = re.compile(
    r"\b(?:death toll|toll|number of\b[^.;]{0,40}?)[^.;]{0,50}?\b(?:to|at|reached|is|was|of|hit|passed)\s+$", re.I)
SAID = re.compile(r"\s+(said|says|reported|reports|estimated|estimates|announced|told)\b")


def parse_number(match: re.Match, language: str = "en") -> float | None:
    """The value of a NUMBER match; "1 000", "1.000" (outside English) and "1.5 million" included."""
    if match.group("vague"):
        return float(VAGUE_QUANTITIES[match.group("vague").lower()])
    if match.group("digits"):
        try:
            value = float(ungroup(match.group("digits"), language))
        except ValueError:
            return None
        scale = match.group("dscale")
        return value * SCALES[scale.lower()] if scale else value
    words = re.split(r"[- ]", match.group("word").lower())
    value = float(sum(NUMBER_WORDS[w] for w in words))
    scale = match.group("wscale")
    return value * SCALES[scale.lower()] if scale else value


def ungroup(digits: str, language: str) -> str:
    """Drop thousands separators: "1,000", "1 000", and "1.000" where the language writes it so."""
    grouped = re.fullmatch(r"\d{1,3}(?P<sep>[,.\u00a0\u202f ])\d{3}(?:(?P=sep)\d{3})*", digits)
    if grouped is None:
        return digits.replace(",", "")
    if grouped.group("sep") == "." and language == "en":
        return digits
    return digits.replace(grouped.group("sep"), "")


def find_figures(text: str, sentences: list[tuple[int, int]], mentions: list[Mention],
                 language: str = "en") -> list[Figure]:
    """Every counted figure in ``text``, one record per number that has a measure."""
    figures = []
    for start, end in sentences:
        sentence = text[start:end]
        matches = [m for m in NUMBER.finditer(sentence) if not is_part_of_date(sentence, m)]
        for index, match in enumerate(matches):
            stop = matches[index + 1].start() if index + 1 < len(matches) else len(sentence)
            figure = figure_at(sentence, match, stop, language)
            if figure is None:
                continue
            measure, value, bound, qualifier, phrase_end = figure
            figures.append(Figure(
                start=start, end=end, measure=measure, value=value, bound=bound, qualifier=qualifier,
                attributed_to=attribution(sentence, start, mentions),
                text=sentence[match.start():phrase_end].strip(),
            ))
    return figures


def figure_at(sentence: str, match: re.Match, stop: int, language: str):
    after = sentence[match.end():stop]
    if NON_COUNT_UNITS.match(after):
        return None
    value = parse_number(match, language)
    if value is None:
        return None
    window = after[:WINDOW_CHARS]
    found = [(cue.search(window), name) for name, cue in MEASURE_AFTER]
    found = [(m, name) for m, name in found if m]
    # "soldiers" counts troops only when nothing happened to them ("25 soldiers were kidnapped")
    events = [item for item in found if item[1] != "troops"] or found
    cue, measure = min(events, key=lambda item: item[0].start()) if events else (None, None)
    if cue is not None and is_near(window[: cue.start()]):
        phrase_end = match.end() + cue.end()
    else:
        measure = measure_before(sentence[max(0, match.start() - 100):match.start()])
        if measure is None:
            return None
        phrase_end = match.end()
    bound = _BOUND_WORDS.get((match.group("bound") or "").lower(), "exact")
    if match.group("vague"):
        bound = "at_least"
    qualifier = QUALIFIER.match(after)
    return measure, value, bound, qualifier.group("q").lower() if qualifier else None, phrase_end


def is_near(between: str) -> bool:
    """A cue after the number counts when few words stand between, or a head-count noun leads."""
    return len(between.split()) <= MAX_WORDS_TO_CUE or bool(QUALIFIER.match(between))


def measure_before(before: str) -> str | None:
    """The measure whose cue ends closest before the number ("dead and displaced 140,000"),
    or the measure of a toll the sentence raises to it ("the number killed has risen to 91")."""
    found = [(m.start(), name) for name, cue in MEASURE_BEFORE if (m := cue.search(before))]
    if found:
        return max(found)[1]
    toll = TOLL_BEFORE.search(before)
    if toll is None:
        return None
    named = [name for name, cue in MEASURE_AFTER if cue.search(toll.group(0))]
    if named:
        return named[0]
    return "killed" if "toll" in toll.group(0).lower() else None  # "the number of tourists rose to" is no toll


def is_part_of_date(sentence: str, match: re.Match) -> bool:
    """Years, days of the month and times are numbers but not counts."""
    digits = match.group("digits")
    if not digits:
        return False
    around = sentence[max(0, match.start() - 12):match.end() + 12].lower()
    return bool(re.fullmatch(r"(19|20)\d\d", digits)) and not re.search(r"\d[ ,.]\d{3}", around) or bool(
        re.search(r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? *" + re.escape(digits) + r"\b", around)
    )


def attribution(sentence: str, offset: int, mentions: list[Mention]) -> str | None:
    """Who gives the figure: "according to X", else a named speaker of the sentence."""
    explicit = ATTRIBUTION.search(sentence)
    if explicit:
        return re.sub(r"^(the|a|an)\s+", "", explicit.group("who").strip(), flags=re.I)
    for mention in mentions:
        if mention.label not in ("PERSON", "ORG", "NORP", "GPE"):
            continue
        local_end = mention.end - offset
        if 0 <= local_end <= len(sentence) and SAID.match(sentence, local_end):
            return mention.text
    return None
