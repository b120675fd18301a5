"""Stories (weeks to months, incremental) and events inside a story (days), by content and time."""

from __future__ import annotations

import math
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from .model import Article

VECTOR_TERMS = 120  # strongest terms kept per article vector
CENTROID_TERMS = 400
STORY_THRESHOLD = 0.1  # cosine to a story's centroid needed to join it
LONG_GAP_DAYS = 30  # after this much silence a story needs a stronger match to continue
LONG_GAP_FACTOR = 1.4
EVENT_THRESHOLD = 0.22  # average-linkage cosine (story-local weights) that joins two events
EVENT_SPAN_DAYS = 7  # one happening: its articles fall within a week


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def entity_key(name: str) -> str:
    """A name folded for matching: no accents, dots or case ("U.N." = "UN")."""
    return fold(name).replace(".", "")


def features(article: Article) -> Counter:
    """Bag of content lemmas and entity names (entities and title words count double)."""
    ann = article.annotations
    bag: Counter = Counter(ann.terms if ann else ())
    if ann:
        bag.update(Counter("@" + entity_key(m.text) for m in ann.mentions for _ in range(2)))
    if article.title:
        bag.update({fold(w): 2 for w in article.title.split() if len(w) > 3 and w.isalpha()})
    return bag


@dataclass
class DocFreq:
    """How many articles hold each term: the basis of IDF weights, updated as articles arrive."""

    n: int = 0
    counts: Counter = field(default_factory=Counter)

    def add(self, bag: Counter) -> None:
        self.n += 1
        self.counts.update(bag.keys())

    def idf(self, term: str) -> float:
        return math.log((self.n + 1) / (self.counts.get(term, 0) + 1)) + 1.0


def vector(bag: Counter, df: DocFreq, keep: int = VECTOR_TERMS) -> dict[str, float]:
    """Unit-length TF-IDF vector of the ``keep`` strongest terms."""
    weights = {t: (1 + math.log(c)) * df.idf(t) for t, c in bag.items()}
    top = sorted(weights.items(), key=lambda kv: -kv[1])[:keep]
    norm = math.sqrt(sum(w * w for _, w in top)) or 1.0
    return {t: w / norm for t, w in top}


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    dot = sum(w * b.get(t, 0.0) for t, w in a.items())
    norm = math.sqrt(sum(w * w for w in b.values())) * math.sqrt(sum(w * w for w in a.values()))
    return dot / norm if norm else 0.0


@dataclass
class StoryState:
    """What incremental clustering keeps of a story: its centroid and its time span."""

    id: str
    centroid: dict[str, float]
    size: int
    first: date | None
    last: date | None

    def absorb(self, vec: dict[str, float], when: date | None) -> None:
        merged = Counter(self.centroid)
        merged.update(vec)
        self.centroid = dict(sorted(merged.items(), key=lambda kv: -kv[1])[:CENTROID_TERMS])
        self.size += 1
        if when:
            self.first = min(filter(None, (self.first, when)))
            self.last = max(filter(None, (self.last, when)))

    def keywords(self, n: int = 8) -> list[str]:
        return [t.lstrip("@") for t, _ in sorted(self.centroid.items(), key=lambda kv: -kv[1])[:n]]


def story_match(vec: dict[str, float], when: date | None, stories: list[StoryState]) -> tuple[StoryState | None, float]:
    """The story an article belongs to, or None when it should open a new one."""
    best, best_score = None, 0.0
    for story in stories:
        score = cosine(vec, story.centroid)
        needed = STORY_THRESHOLD
        if when and story.last and story.first and not story.first <= when <= story.last:
            gap = min(abs((when - story.last).days), abs((when - story.first).days))
            needed *= LONG_GAP_FACTOR if gap > LONG_GAP_DAYS else 1.0
        if score >= needed and score > best_score:
            best, best_score = story, score
    return best, best_score


def assign_stories(articles: list[Article], stories: dict[str, StoryState], df: DocFreq,
                   story_of: dict[str, str]) -> dict[str, str]:
    """Story id for each new article, opening stories as needed; ``stories`` is updated in place.

    Articles are taken oldest first (undated last) so a story grows the way coverage did.
    A copy goes to its original's story.
    """
    bags = {a.id: features(a) for a in articles}
    for bag in bags.values():
        df.add(bag)
    assigned: dict[str, str] = {}
    for article in sorted(articles, key=lambda a: (a.published or date.max, a.id)):
        vec = vector(bags[article.id], df)
        original_story = story_of.get(article.copy_of or "") or assigned.get(article.copy_of or "")
        story = stories.get(original_story) if original_story else story_match(vec, article.published, list(stories.values()))[0]
        if story is None:
            story = StoryState("s-" + article.id, {}, 0, None, None)
            stories[story.id] = story
        story.absorb(vec, article.published)
        assigned[article.id] = story.id
    return assigned


def group_events(articles: list[Article], dates: dict[str, date | None]) -> list[list[str]]:
    """Articles of one story grouped into events, oldest event first.

    Weights are computed within the story, so the words every article of the story shares
    count little and what sets one happening apart counts much. Dated articles are merged
    by average linkage while similar and within a week; undated ones then join the event
    they resemble most.
    """
    df = DocFreq()
    bags = {a.id: features(a) for a in articles}
    for bag in bags.values():
        df.add(bag)
    vectors = {i: vector(bag, df) for i, bag in bags.items()}
    copies = {a.id: a.copy_of for a in articles if a.copy_of in bags}
    originals = [a.id for a in articles if a.id not in copies]
    dated = [i for i in originals if dates.get(i)]
    groups = [[i] for i in dated]
    while len(groups) > 1:
        pairs = [(linkage(g, h, vectors), a, b) for a, g in enumerate(groups) for b, h in enumerate(groups)
                 if a < b and span_days(g + h, dates) <= EVENT_SPAN_DAYS]
        if not pairs or max(pairs)[0] < EVENT_THRESHOLD:
            break
        _, a, b = max(pairs)
        groups[a] = groups[a] + groups.pop(b)
    for i in (i for i in originals if not dates.get(i)):
        scored = [(linkage([i], g, vectors), n) for n, g in enumerate(groups)]
        best = max(scored, default=(0.0, -1))
        if best[0] > 0:
            groups[best[1]].append(i)
        else:
            groups.append([i])
    for copy, original in copies.items():
        next(g for g in groups if original in g).append(copy)
    return sorted(groups, key=lambda g: min((dates.get(i) or date.max) for i in g))


def linkage(a: list[str], b: list[str], vectors: dict[str, dict[str, float]]) -> float:
    return sum(cosine(vectors[x], vectors[y]) for x in a for y in b) / (len(a) * len(b))


def span_days(ids: list[str], dates: dict[str, date | None]) -> int:
    known = [dates[i] for i in ids if dates.get(i)]
    return (max(known) - min(known)).days if known else 0
