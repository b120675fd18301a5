"""Extractive, cited summary of a story: the sentences that cover most of what the articles share.

Sentences are chosen greedily for the stemmed word pairs ("concepts") they add that the summary
does not have yet, after Gillick & Favre's concept-coverage summariser (2009): a pair counts once
per article that uses it, more when the article uses it early, so what several outlets lead
with comes first, and a sentence that repeats covered pairs gains nothing.
"""

from __future__ import annotations

import heapq
import math
import re
from collections import Counter
from datetime import date
from functools import lru_cache

import snowballstemmer
from spacy.lang.en.stop_words import STOP_WORDS

from ..cluster import dot
from ..model import Article, SummarySentence
from .units import Unit, centroid, on_topic, repeats, story_units, supporting

LEAD_WEIGHT = 2.0  # a pair in an article's first sentence weighs 1 + 2, in its second 1 + 1, ...
CENTRALITY_WEIGHT = 2.0  # how much closeness to the story's centroid multiplies a sentence's gain
LENGTH_EXPONENT = 0.8  # gain per word, softened so that a long full sentence is not punished for its length
# A sentence opening on a pronoun or connective leans on one the reader will not see.
DANGLING = re.compile(r"^[\"“']?(but|and|yet|however|he|she|it|they|his|her|its|their|this|these)\b", re.I)
DANGLING_PENALTY = 0.5
STEMMERS = {code: snowballstemmer.stemmer(name) for code, name in
            {"en": "english", "es": "spanish", "fr": "french", "it": "italian", "de": "german", "pt": "portuguese"}.items()}


def standalone(text: str) -> float:
    return DANGLING_PENALTY if DANGLING.match(text) else 1.0


def concepts(text: str, language: str | None = None) -> set[tuple[str, str]]:
    """Adjacent word pairs, stemmed ("talks collapsed" = "talk collapses"), that are not both stop words."""
    words = re.findall(r"[a-z0-9]+", text.lower())
    stems = [stem(word, language) for word in words]
    return {(stems[i], stems[i + 1]) for i in range(len(words) - 1)
            if not (words[i] in STOP_WORDS and words[i + 1] in STOP_WORDS)}


@lru_cache(maxsize=200_000)
def stem(word: str, language: str | None) -> str:
    """The word's Snowball stem in the article's language (English when unknown; the word itself
    in a language Snowball lacks). Cached: the stemmer is pure Python and words repeat."""
    stemmer = STEMMERS.get(language or "en")
    return stemmer.stemWord(word) if stemmer else word


def concept_weights(units: list[Unit], unit_concepts: list[set]) -> Counter:
    """Each concept's weight: summed over articles, its earliest use in each weighing most."""
    best: dict[tuple[str, tuple], float] = {}
    for unit, found in zip(units, unit_concepts):
        weight = 1 + LEAD_WEIGHT / (1 + unit.position)
        for concept in found:
            key = (unit.article.id, concept)
            best[key] = max(best.get(key, 0.0), weight)
    weights: Counter = Counter()
    for (_, concept), weight in best.items():
        weights[concept] += weight
    return weights


def cover(units: list[Unit], unit_concepts: list[set], weights: Counter, prior: list[float],
          max_words: int) -> list[Unit]:
    """Greedy coverage within the word budget, lazily re-scored.

    A sentence that leans on the one before it ("He added ...") is held back until that one
    is in the summary, where it reads as meant.
    """
    index = {(u.article.id, u.position): i for i, u in enumerate(units)}
    taken: set[int] = set()
    covered: set = set()

    def gain(i: int) -> float:
        fresh = math.fsum(weights[c] for c in unit_concepts[i] - covered)  # exact: set order varies by run
        unit = units[i]
        leaning = DANGLING_PENALTY if standalone(unit.text) < 1 and index.get((unit.article.id, unit.position - 1)) not in taken else 1.0
        return fresh / unit.words ** LENGTH_EXPONENT * prior[i] * leaning

    chosen: list[Unit] = []
    words = 0
    heap = [(-gain(i), i) for i in range(len(units))]
    heapq.heapify(heap)
    while heap and words < max_words:
        _, i = heapq.heappop(heap)
        if i in taken:
            continue  # an older entry of a sentence pushed again when its predecessor was chosen
        current = gain(i)
        if heap and current < -heap[0][0]:
            heapq.heappush(heap, (-current, i))  # stale: another sentence now adds more
            continue
        unit = units[i]
        if (chosen and words + unit.words > max_words) or repeats(unit, chosen):
            continue
        chosen.append(unit)
        taken.add(i)
        covered |= unit_concepts[i]
        words += unit.words
        follower = index.get((unit.article.id, unit.position + 1))
        if follower is not None and follower not in taken:
            heapq.heappush(heap, (-gain(follower), follower))  # it no longer leans on a missing sentence
    return chosen


def summarize(articles: list[Article], max_words: int = 120) -> list[SummarySentence]:
    """Summary sentences in story order, each citing its sentence and the others that agree.

    Articles that share nothing with the rest of the story (a page of boilerplate, another
    story caught in the input) are left out before any sentence is weighed.
    """
    units = story_units(on_topic(articles))
    if not units:
        return []
    center = centroid(units)
    unit_concepts = [concepts(u.text, u.article.language) for u in units]
    weights = concept_weights(units, unit_concepts)
    prior = [1 + CENTRALITY_WEIGHT * dot(u.vector, center) for u in units]
    chosen = cover(units, unit_concepts, weights, prior, max_words)
    chosen.sort(key=lambda u: (u.article.published or date.max, u.article.id, u.position))
    return [SummarySentence(u.text, tuple(supporting(u, units))) for u in chosen]
