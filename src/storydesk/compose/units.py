"""Sentences of a story as comparable units: story-local TF-IDF vectors with their citations."""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property

from spacy.lang.en.stop_words import STOP_WORDS

from ..cluster import dot
from ..extract.cues import DATELINE
from ..model import Article, Citation, TimeRef

MIN_WORDS, MAX_WORDS = 6, 70  # fragments and run-ons make poor summary lines
REDUNDANCY = 0.4  # cosine above which a sentence repeats another
# Cosines from which another article's sentence backs a claim: over all words, and over the words
# outside names. Below them, two sentences mostly share who they are about ("X, the head of the
# agency, said ..." and "X, the head of the agency, rejected ..."), not what they say.
SAME_CLAIM, SAME_PREDICATE = 0.45, 0.3
TITLE_BEFORE = re.compile(r"(?:\b[A-Z][a-z]*\.?\s+){1,3}$")  # "Interior Minister " before a name
# ", the head of the agency," after one: up to a comma, or at the sentence's end only after an
# article ("said X, the head of the agency."), where a bare ", died on Tuesday." would be what it says
DESCRIPTION_AFTER = re.compile(r",\s+(?!(?:who|whose|which|that|where|when)\b)"
                               r"(?:[a-z][^,.;:\"“”]{0,60},|(?:the|a|an|his|her|its|their)\s[^,.;:\"“”]{0,60}[.!?]?\s*$)")
# A number as printed: "150,000", "150 000", "150.000" (thousands, separators dropped to compare) or "1.5".
THOUSANDS = re.compile(r"\d{1,3}(?:[,.\u202f ]\d{3})+(?!\d|[.,]\d)")
NUMBER = re.compile(rf"{THOUSANDS.pattern}|\d+(?:[.,]\d+)?")
ON_TOPIC = 0.05  # word-count cosine below which two articles share no more than common words


@dataclass
class Unit:
    article: Article
    start: int
    end: int
    position: int  # index of the sentence in its article
    vector: dict[str, float] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.article.text[self.start:self.end].strip()

    @property
    def citation(self) -> Citation:
        return Citation(self.article.id, self.start, self.end)

    @property
    def words(self) -> int:
        return len(self.text.split())

    @property
    def times(self) -> list[TimeRef]:
        """The time expressions that begin in the sentence."""
        return [ref for ref in self.article.annotations.times if self.start <= ref.start < self.end]

    @cached_property
    def unnamed(self) -> dict[str, float]:
        """The vector without the words that say who the sentence is about, at length 1."""
        named = set(tokens(" ".join(who_words(self))))
        return unit_length({t: w for t, w in self.vector.items() if t not in named})


def who_words(unit: Unit) -> list[str]:
    """The sentence's names, with the title before a person's name and the description after it
    ("Prime Minister X", "X, the head of the agency,")."""
    text = unit.article.text
    found = []
    for mention in unit.article.annotations.mentions if unit.article.annotations else ():
        if not unit.start <= mention.start < unit.end:
            continue
        found.append(mention.text)
        if mention.label in ("PERSON", "ORG"):  # the tagger often takes a person for an organisation
            title = TITLE_BEFORE.search(text, max(unit.start, mention.start - 40), mention.start)
            description = DESCRIPTION_AFTER.match(text, mention.end, unit.end)
            found += [part.group() for part in (title, description) if part]
    return found


def tokens(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in STOP_WORDS and len(w) > 1]


def on_topic(articles: list[Article]) -> list[Article]:
    """The articles of the story's main thread: the largest group (in words) that are linked,
    directly or through each other, by sharing content words. Boilerplate pages and stray
    stories fall outside it."""
    bags = [word_vector(a.text) for a in articles]
    group = list(range(len(articles)))

    def root(i: int) -> int:
        while group[i] != i:
            group[i] = group[group[i]]  # path halving: chains stay short over the all-pairs loop
            i = group[i]
        return i

    for i in range(len(articles)):
        for j in range(i + 1, len(articles)):
            if root(i) != root(j) and dot(bags[i], bags[j]) >= ON_TOPIC:
                group[root(i)] = root(j)
    members: dict[int, list[int]] = {}
    for i in range(len(articles)):
        members.setdefault(root(i), []).append(i)
    main = max(members.values(), key=lambda m: sum(len(articles[i].text.split()) for i in m), default=[])
    return [articles[i] for i in sorted(main)]


def word_vector(text: str) -> dict[str, float]:
    return unit_length(Counter(tokens(text)))


def unit_length(weights: dict[str, float]) -> dict[str, float]:
    """The vector scaled to length 1, so that ``dot`` of two is their cosine."""
    norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
    return {t: w / norm for t, w in weights.items()}


def story_units(articles: list[Article]) -> list[Unit]:
    """Every usable sentence of the story's original articles (copies add nothing new)."""
    units = []
    for article in articles:
        if article.copy_of or not article.annotations:
            continue
        sentences = article.annotations.sentences
        for position, sentence in enumerate(sentences):
            if position and heads_line(article, sentences[position - 1], sentence):
                start = sentences[position - 1].start  # "12 March 2021:" belongs to what follows it
            else:
                start = start_after_dateline(article.text, sentence.start)
            unit = Unit(article, start, sentence.end, position)
            if MIN_WORDS <= unit.words <= MAX_WORDS:
                units.append(unit)
    vectorize(units)
    return units


def heads_line(article: Article, heading, sentence) -> bool:
    """Whether ``heading`` is a date alone ("12 March 2021:", "12 March 2021 -") that opens the
    line ``sentence`` goes on, as an entry of a chronology does: the splitter parts them."""
    text = article.text
    if "\n" in text[heading.end:sentence.start]:
        return False
    return any(not text[heading.start:ref.start].strip() and not text[ref.end:heading.end].strip(" :-–—")
               for ref in article.annotations.times if heading.start <= ref.start < heading.end)


def start_after_dateline(text: str, start: int) -> int:
    """Where the sentence's own words begin: "LONDON (Reuters) - " opening an article says where, not what."""
    if text[:start].strip():
        return start
    dateline = DATELINE.match(text, start)
    return dateline.end() if dateline else start


def vectorize(units: list[Unit]) -> None:
    bags = [Counter(tokens(u.text)) for u in units]
    df: Counter = Counter(t for bag in bags for t in bag)
    n = len(units)
    for unit, bag in zip(units, bags):
        unit.vector = unit_length({t: (1 + math.log(c)) * (math.log((n + 1) / (df[t] + 1)) + 1) for t, c in bag.items()})


def centroid(units: list[Unit]) -> dict[str, float]:
    """The unit-length mean of the units' vectors: ``dot`` with it is a cosine."""
    total: Counter = Counter()
    for unit in units:
        total.update(unit.vector)
    return unit_length(total)


def supporting(unit: Unit, units: list[Unit], most: int = 4) -> list[Citation]:
    """The unit's own citation, then the closest sentence of each other article that says the same."""
    best: dict[str, tuple[float, Unit]] = {}
    for other in units:
        if other.article.id == unit.article.id or not says_same(unit, other):
            continue
        score = dot(unit.vector, other.vector)
        if score > best.get(other.article.id, (0.0, None))[0]:
            best[other.article.id] = (score, other)
    ranked = sorted(best.values(), key=lambda item: -item[0])[:most]
    return [unit.citation] + [other.citation for _, other in ranked]


def says_same(claim: Unit, other: Unit) -> bool:
    """Whether ``other`` can stand as a citation of ``claim``: close in words, and giving every
    number the claim gives (a sentence that puts the displaced at 140,000 does not back 150,000)."""
    return (dot(claim.vector, other.vector) >= SAME_CLAIM and dot(claim.unnamed, other.unnamed) >= SAME_PREDICATE
            and numbers(claim.text) <= numbers(other.text))


def numbers(text: str) -> set[str]:
    return {re.sub(r"\D", "", number) if THOUSANDS.fullmatch(number) else number.replace(",", ".")
            for number in NUMBER.findall(text)}


def pick_diverse(candidates: list[tuple[float, Unit]], chosen: list[Unit], count: int) -> list[Unit]:
    """Greedy MMR: the ``count`` best-scored units, skipping those too close to one already chosen."""
    picked: list[Unit] = []
    for _, unit in sorted(candidates, key=lambda item: -item[0]):
        if len(picked) == count:
            break
        if not repeats(unit, chosen + picked):
            picked.append(unit)
    return picked


def repeats(unit: Unit, others: list[Unit]) -> bool:
    """Whether the unit says what one of ``others`` already says."""
    return any(dot(unit.vector, other.vector) >= REDUNDANCY for other in others)
