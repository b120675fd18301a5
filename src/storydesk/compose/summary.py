"""Extractive, cited summary of a story: central sentences, leads favoured, no repeats."""

from __future__ import annotations

import re
from datetime import date

from ..cluster import dot
from ..model import Article, SummarySentence
from .units import centroid, pick_diverse, story_units, supporting

LEAD_BONUS = 0.5  # news puts the most important sentence first
# A sentence opening on a pronoun or connective leans on one the reader will not see.
DANGLING = re.compile(r"^[\"“']?(but|and|so|yet|however|he|she|it|they|his|her|its|their|this|that|these|those|there|also)\b", re.I)
DANGLING_PENALTY = 0.5


def standalone(text: str) -> float:
    return DANGLING_PENALTY if DANGLING.match(text) else 1.0


def summarize(articles: list[Article], max_words: int = 120) -> list[SummarySentence]:
    """Summary sentences in story order, each citing its sentence and the others that agree."""
    units = story_units(articles)
    if not units:
        return []
    center = centroid(units)
    scored = [(dot(u.vector, center) * (1 + LEAD_BONUS / (1 + u.position)) * standalone(u.text), u) for u in units]
    chosen = pick_diverse(scored, [], limit_words=max_words)
    chosen.sort(key=lambda u: (u.article.published or date.max, u.article.id, u.position))
    return [SummarySentence(u.text, tuple(supporting(u, units))) for u in chosen]
