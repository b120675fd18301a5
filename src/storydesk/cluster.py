"""Stories (weeks to months, incremental) and events inside a story (days), by content and time."""

from __future__ import annotations

import heapq
import math
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from itertools import repeat
from operator import itemgetter, mul

import numpy as np

from .model import Article

VECTOR_TERMS = 400  # strongest terms kept per article vector (long articles need many)
CENTROID_TERMS = 1500
KEY_TERMS = 100  # a story is listed under its heaviest terms
# an article looks them up with its own heaviest terms: twice as many found no other stories on the
# benchmarks, and cost more the fuller the term lists grow
LOOKUP_TERMS = 50
CANDIDATES = 10  # stories scored in full for each article
RECENT_STORIES = 10  # stories updated last, tried when an article finds no story through its words
POSTING_CAP = 25  # stories listed under one term, the most recently updated
STORY_THRESHOLD = 0.15  # match needed to join a story away from its coverage (a story can resume)
UNDATED_STORY_THRESHOLD = 0.2  # with no date to place it, the words must agree more
ACTIVE_THRESHOLD = 0.05  # match needed by an article published while the story is in the news
ACTIVE_WINDOW_DAYS = 14  # "while in the news": within this many days of the story's first-to-last span
# A story out of the news takes an article from one in the news only if it matches this many times better:
# the date is evidence too, and an old story a new article happens to resemble is seldom the one it continues.
DORMANT_ODDS = 1.7
MERGE_THRESHOLD = 0.35  # centroid cosine at which two stories in the news together are one story
EVENT_THRESHOLD = 0.22  # average-linkage cosine (story-local weights) that joins two events
UNDATED_EVENT_THRESHOLD = 0.33  # with no dates to agree on, the words must agree more (1.5x)
EVENT_SPAN_DAYS = 7  # one happening: its articles fall within a week


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


@lru_cache(maxsize=200_000)
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
    changed: set[str] = field(default_factory=set)  # terms counted since the store last saved

    def add(self, bag: Counter) -> None:
        self.n += 1
        self.counts.update(bag.keys())
        self.changed.update(bag.keys())

    def idf(self, term: str) -> float:
        return math.log((self.n + 1) / (self.counts.get(term, 0) + 1)) + 1.0


def vector(bag: Counter, df: DocFreq, keep: int = VECTOR_TERMS) -> dict[str, float]:
    """Unit-length TF-IDF vector of the ``keep`` strongest terms."""
    weights = {t: (1 + math.log(c)) * df.idf(t) for t, c in bag.items()}
    top = sorted(weights.items(), key=lambda kv: -kv[1])[:keep]
    norm = math.sqrt(sum(w * w for _, w in top)) or 1.0
    return {t: w / norm for t, w in top}


def dot(a: dict[str, float], b: dict[str, float]) -> float:
    """Dot product of sparse vectors: their cosine when both have unit length, as ``vector`` gives."""
    if len(a) > len(b):
        a, b = b, a
    return math.fsum(map(mul, a.values(), map(b.get, a.keys(), repeat(0.0))))


@dataclass
class StoryState:
    """What incremental clustering keeps of a story: its centroid and its time span."""

    id: str
    centroid: dict[str, float]
    size: int
    first: date | None
    last: date | None

    def absorb(self, vec: dict[str, float], when: date | None) -> bool:
        """Add an article's vector; whether the centroid had to be trimmed."""
        self.add(vec, 1, when, when)
        trimmed = len(self.centroid) > 2 * CENTROID_TERMS  # trimmed now and then, not on every article
        if trimmed:
            self.centroid = dict(heapq.nlargest(CENTROID_TERMS, self.centroid.items(), key=itemgetter(1)))
        return trimmed

    def add(self, weights: dict[str, float], size: int, first: date | None, last: date | None) -> None:
        """Add an article's vector or another story's centroid, with its article count and days."""
        for term, weight in weights.items():
            self.centroid[term] = self.centroid.get(term, 0.0) + weight
        self.size += size
        self.first = min(filter(None, (self.first, first)), default=None)
        self.last = max(filter(None, (self.last, last)), default=None)

    def keywords(self, n: int = 8) -> list[str]:
        """The heaviest terms and entities, each name once: "delta" the word and "@delta" the
        place are one keyword."""
        names = [t.lstrip("@") for t, _ in heapq.nlargest(2 * n, self.centroid.items(), key=itemgetter(1))]
        return list(dict.fromkeys(names))[:n]


class StoryIndex:
    """Stories, found for an article through the heaviest terms they share with it.

    Each story is listed under its KEY_TERMS heaviest centroid terms, and an article looks up
    its own LOOKUP_TERMS heaviest terms; the CANDIDATES stories that share the most weight there
    are then scored in full. A term's list keeps only the POSTING_CAP stories updated last,
    so a word that many stories use costs the same at the millionth article as at the
    thousandth; an old story stays reachable through its rarer terms. An article that finds
    no story this way is scored against the RECENT_STORIES stories updated last: an article
    on a running story may share too few of its heaviest terms to find it, and coverage of a
    story clusters in time. No article is compared with every story.
    """

    def __init__(self, stories: dict[str, StoryState]) -> None:
        self.stories = stories
        self.postings: dict[str, dict[str, float]] = {}
        self.keys: dict[str, list[str]] = {}
        self.norms: dict[str, float] = {}
        self.recent: dict[str, None] = {}  # story ids, least recently updated first
        for story in stories.values():
            self._index(story)

    def _index(self, story: StoryState, rekey: bool = True) -> None:
        """List the story under its key terms, as the most recently updated story there.

        The key terms (and the norm, which otherwise follows each added vector) are worked out
        afresh only when ``rekey``: a large story's heaviest terms change slowly, and sorting a
        centroid of thousands of terms on every article would make large stories ever dearer.
        """
        for term in self.keys.get(story.id, ()):
            self.postings[term].pop(story.id, None)
        if rekey:
            self.keys[story.id] = [term for term, _ in
                                   heapq.nlargest(KEY_TERMS, story.centroid.items(), key=itemgetter(1))]
            self.norms[story.id] = math.sqrt(sum(w * w for w in story.centroid.values())) or 1.0
        self.recent.pop(story.id, None)
        self.recent[story.id] = None
        if len(self.recent) > RECENT_STORIES:
            del self.recent[next(iter(self.recent))]
        for term in self.keys[story.id]:
            posting = self.postings.setdefault(term, {})
            posting[story.id] = story.centroid.get(term, 0.0)
            if len(posting) > POSTING_CAP:
                del posting[next(iter(posting))]  # dicts keep insertion order: the least recently updated

    def candidates(self, vec: dict[str, float]) -> list[str]:
        shared: Counter = Counter()
        for term, weight in heapq.nlargest(LOOKUP_TERMS, vec.items(), key=itemgetter(1)):
            for story_id, story_weight in self.postings.get(term, {}).items():
                shared[story_id] += weight * story_weight
        return [story_id for story_id, _ in shared.most_common(CANDIDATES)]

    def scores(self, vec: dict[str, float], story_ids: list[str]) -> dict[str, float]:
        """How well a unit vector matches each of the given stories.

        The match is the geometric mean of the cosine with the story's centroid and the mean
        cosine with its articles. Cosine alone favours loose stories (their centroid is short,
        so anything general lies close to it) and lets one broad story swallow its neighbours;
        the mean alone is too strict for a story that covers a long run of events.
        """
        return {story_id: dot(vec, self.stories[story_id].centroid)
                / math.sqrt(self.norms[story_id] * self.stories[story_id].size)
                for story_id in story_ids}

    def absorb(self, story: StoryState, vec: dict[str, float], when: date | None) -> None:
        growth = sum(w * (2 * story.centroid.get(t, 0.0) + w) for t, w in vec.items())  # |c + v|^2 - |c|^2
        trimmed = story.absorb(vec, when)
        self.stories[story.id] = story
        rekey = trimmed or story.id not in self.keys or story.size & (story.size - 1) == 0
        if not rekey:
            self.norms[story.id] = math.sqrt(self.norms[story.id] ** 2 + growth)
        self._index(story, rekey)

    def merge(self, absorbed: StoryState, into: StoryState) -> None:
        into.add(absorbed.centroid, absorbed.size, absorbed.first, absorbed.last)
        for term in self.keys.pop(absorbed.id, ()):
            self.postings[term].pop(absorbed.id, None)
        del self.stories[absorbed.id], self.norms[absorbed.id]
        self.recent.pop(absorbed.id, None)
        self._index(into)

    def best(self, vec: dict[str, float], when: date | None) -> StoryState | None:
        """The story an article belongs to, or None when it should open a new one.

        An article published while a story is in the news joins the story it matches best
        even on a weak match: coverage of one story clusters in time, and an article is
        taken to be about what it most resembles among the stories of its days. Away from a
        story's coverage, or with no date, only the words can decide, and they must agree
        more; a strong match still continues a story after a long silence, but it must beat
        the stories in the news by DORMANT_ODDS. An article that finds no story through its
        words is tried on the stories updated last.
        """
        found = self.candidates(vec)
        return (self.best_of(self.scores(vec, found), when)
                or self.best_of(self.scores(vec, [s for s in self.recent if s not in found]), when))

    def best_of(self, scores: dict[str, float], when: date | None) -> StoryState | None:
        best, best_score = None, 0.0
        for story_id, score in scores.items():
            story = self.stories[story_id]
            active = in_the_news(story, when)
            needed = UNDATED_STORY_THRESHOLD if when is None else ACTIVE_THRESHOLD if active else STORY_THRESHOLD
            weighed = score if active or when is None else score / DORMANT_ODDS
            if score >= needed and weighed > best_score:
                best, best_score = story, weighed
        return best


def in_the_news(story: StoryState, when: date | None) -> bool:
    """Whether ``when`` falls within the story's coverage, widened by the active window."""
    if not (when and story.first and story.last):
        return False
    return (story.first - when).days <= ACTIVE_WINDOW_DAYS and (when - story.last).days <= ACTIVE_WINDOW_DAYS


def assign_stories(articles: list[Article], index: StoryIndex, df: DocFreq,
                   story_of: dict[str, str]) -> dict[str, str]:
    """Story id for each new article, opening stories as needed; ``index`` is updated in place.

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
        story = index.stories.get(original_story) if original_story else index.best(vec, article.published)
        if story is None:
            story = StoryState("s-" + article.id, {}, 0, None, None)
        index.absorb(story, vec, article.published)
        assigned[article.id] = story.id
    return assigned


def merge_stories(index: StoryIndex, assigned: dict[str, str]) -> dict[str, str]:
    """Merge stories that grew in this batch into larger ones they turned out to be part of.

    Articles join one at a time, so the first articles of a development can open a story of
    their own before the story they belong to reaches them. A story is checked when its size
    passes a power of two (a few times in its life, not on every article): it merges into the
    largest candidate story in the news at the same time whose centroid it matches at
    MERGE_THRESHOLD. Undated stories are left alone: time is half of the evidence.
    Returns absorbed story id -> surviving story id.
    """
    grown = Counter(assigned.values())
    merged: dict[str, str] = {}
    for story_id in sorted(grown, key=lambda i: (index.stories[i].size, i)):
        story = index.stories.get(story_id)
        passed_power_of_two = (story.size - grown[story_id]).bit_length() < story.size.bit_length() if story else False
        if story is None or story.first is None or not passed_power_of_two:
            continue
        unit = {t: w / index.norms[story_id] for t, w in story.centroid.items()}
        into = max((index.stories[other] for other in index.candidates(unit)
                    if other != story_id and index.stories[other].size >= story.size
                    and overlapping(story, index.stories[other])
                    and dot(unit, index.stories[other].centroid) / index.norms[other] >= MERGE_THRESHOLD),
                   key=lambda other: (other.size, other.id), default=None)
        if into:
            index.merge(story, into)
            merged[story_id] = into.id
    for absorbed, into in merged.items():  # a story may have merged into one that merged on
        while into in merged:
            into = merged[into]
        merged[absorbed] = into
    return merged


def overlapping(a: StoryState, b: StoryState) -> bool:
    """Whether two dated stories were in the news together: their spans lie within the active window."""
    if not (a.first and a.last and b.first and b.last):
        return False
    return (a.first - b.last).days <= ACTIVE_WINDOW_DAYS and (b.first - a.last).days <= ACTIVE_WINDOW_DAYS


def story_vectors(articles: list[Article]) -> dict[str, dict[str, float]]:
    """Article vectors weighted within their story: words the whole story shares count little."""
    df = DocFreq()
    bags = {a.id: features(a) for a in articles}
    for bag in bags.values():
        df.add(bag)
    return {article_id: vector(bag, df) for article_id, bag in bags.items()}


def distinctive_terms(group: list[str], vectors: dict[str, dict[str, float]], n: int = 6) -> list[str]:
    """The terms that set a group of articles apart within its story: what holds an event together."""
    total: Counter = Counter()
    for article_id in group:
        total.update(vectors[article_id])
    names = dict.fromkeys(term.lstrip("@") for term, _ in total.most_common(3 * n))  # a term and its entity once
    return list(names)[:n]


def group_events(articles: list[Article], dates: dict[str, date | None],
                 estimate: Callable[[list[Article]], date | None] | None = None,
                 vectors: dict[str, dict[str, float]] | None = None) -> list[list[str]]:
    """Articles of one story grouped into events, oldest event first.

    Weights are computed within the story, so the words every article of the story shares
    count little and what sets one happening apart counts much. Dated articles are merged
    by average linkage while similar and within a week. Undated articles are grouped the
    same way among themselves, but with no dates to support a merge the words must agree
    more. A group whose own text dates it (``estimate``) joins a dated event only if it
    fits that event's week, otherwise it is an event of its own; a group with no date of
    its own joins the event with real dates it resembles most.
    """
    vectors = vectors or story_vectors(articles)
    by_id = {a.id: a for a in articles}
    copies = {a.id: a.copy_of for a in articles if a.copy_of in vectors}
    originals = [a.id for a in articles if a.id not in copies]
    dated = sorted((i for i in originals if dates.get(i)), key=lambda i: dates[i])
    undated = [i for i in originals if not dates.get(i)]
    ids = dated + undated
    similarity = similarity_matrix([vectors[i] for i in ids])
    events = average_linkage(similarity[: len(dated), : len(dated)], [dates[i] for i in dated])
    event_days = [[dates[dated[k]] for k in event] for event in events]
    loose = average_linkage(similarity[len(dated):, len(dated):], [date.min] * len(undated), UNDATED_EVENT_THRESHOLD)
    guesses = [(estimate([by_id[ids[len(dated) + k]] for k in g]) if estimate else None, [len(dated) + k for k in g])
               for g in loose]
    with_dates = len(events)
    for guess, group in sorted(guesses, key=lambda item: item[0] is None):
        # a group with no date of its own may only take one from an event with real dates
        candidates = range(len(events)) if guess else range(with_dates)
        scores = {n: float(similarity[np.ix_(group, events[n])].mean()) for n in candidates
                  if guess is None or span_days(event_days[n] + [guess]) <= EVENT_SPAN_DAYS}
        best = max(scores, key=scores.get, default=None)
        if best is not None and scores[best] > (0.0 if guess is None else EVENT_THRESHOLD):
            events[best] = events[best] + group
            event_days[best] += [guess] if guess else []
        else:
            events.append(group)
            event_days.append([guess] if guess else [])
    members = [[ids[k] for k in event] for event in events]
    for copy, original in copies.items():
        next(g for g in members if original in g).append(copy)
    return sorted(members, key=lambda g: min((dates.get(i) or date.max) for i in g))


def span_days(days: list[date]) -> int:
    return (max(days) - min(days)).days if days else 0


def similarity_matrix(vectors: list[dict[str, float]]) -> np.ndarray:
    """Cosine similarity of every pair of unit vectors, through an inverted index."""
    postings: dict[str, list[tuple[int, float]]] = {}
    for row, vec in enumerate(vectors):
        for term, weight in vec.items():
            postings.setdefault(term, []).append((row, weight))
    matrix = np.zeros((len(vectors), len(vectors)), dtype=np.float32)
    for entries in postings.values():
        if len(entries) > 1:
            rows = np.array([r for r, _ in entries])
            weights = np.array([w for _, w in entries], dtype=np.float32)
            matrix[np.ix_(rows, rows)] += np.outer(weights, weights)
    return matrix


def average_linkage(similarity: np.ndarray, days: list[date], threshold: float = EVENT_THRESHOLD) -> list[list[int]]:
    """Agglomerative average-linkage clusters (Lance-Williams updates) no wider than an event's span."""
    n = len(days)
    groups = [[k] for k in range(n)]
    if n < 2:
        return groups
    linkage = similarity.astype(np.float64).copy()
    first = np.array([d.toordinal() for d in days])
    last = first.copy()
    alive = np.ones(n, dtype=bool)
    while True:
        span = np.maximum.outer(last, last) - np.minimum.outer(first, first)
        allowed = (span <= EVENT_SPAN_DAYS) & np.outer(alive, alive)
        np.fill_diagonal(allowed, False)
        candidates = np.where(allowed, linkage, -1.0)
        a, b = np.unravel_index(int(np.argmax(candidates)), candidates.shape)
        if candidates[a, b] < threshold:
            break
        size_a, size_b = len(groups[a]), len(groups[b])
        merged = (size_a * linkage[a] + size_b * linkage[b]) / (size_a + size_b)
        linkage[a, :], linkage[:, a] = merged, merged
        groups[a] += groups[b]
        groups[b] = []
        first[a], last[a] = min(first[a], first[b]), max(last[a], last[b])
        alive[b] = False
    return [g for g in groups if g]
