"""Wire copies and near-duplicates: MinHash over word shingles, LSH to find candidates.

A copy is a near-duplicate (estimated Jaccard of shingle sets at least COPY_THRESHOLD) or a
trimmed reprint: most of the shorter text's shingles are in the longer one (containment,
derived from the Jaccard estimate and the two set sizes).
"""

from __future__ import annotations

import re
import zlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

import numpy as np
from datasketch import MinHash, MinHashLSH

NUM_PERM = 128
SHINGLE_WORDS = 5
SCHEME = "affine32"  # stored signatures are only comparable under the scheme that made them
COPY_THRESHOLD = 0.5  # estimated Jaccard of shingle sets above which two articles are copies
CONTAINMENT_THRESHOLD = 0.8  # share of the shorter text found in the longer: a trimmed reprint
CANDIDATE_THRESHOLD = 0.3  # LSH recall threshold, low enough to surface trimmed reprints
MIN_SHINGLES = 50  # containment means little for a few lines
UNSORTED_ARTICLES = 4096  # articles whose band keys wait in a dict before they are sorted into the array


def shingles(text: str) -> np.ndarray:
    """32-bit hashes of the text's distinct runs of SHINGLE_WORDS words.

    Each word is hashed once (CRC-32) and a run's hash is a polynomial of its words' hashes,
    computed for all runs at once: hashing every five-word string separately cost more than
    the rest of the stage together.
    """
    words = re.findall(r"\w+", text.lower())
    hashes = np.fromiter((zlib.crc32(w.encode()) for w in words), dtype=np.uint64, count=len(words))
    runs = max(1, len(words) - SHINGLE_WORDS + 1)
    combined = np.zeros(runs, dtype=np.uint64)
    for k in range(min(SHINGLE_WORDS, len(words))):
        combined = combined * np.uint64(1_000_003) + hashes[k : k + runs]  # wraps around mod 2**64
    return np.unique(combined >> np.uint64(32))


@dataclass(frozen=True)
class Signature:
    values: np.ndarray  # NUM_PERM minimum hashes (32-bit under the affine32 scheme)
    size: int  # number of distinct shingles

    def jaccard(self, other: Signature) -> float:
        return float(np.mean(self.values == other.values))

    def is_copy(self, other: Signature) -> bool:
        return bool(copies(np.array([self.jaccard(other)]), self.size, np.array([other.size]))[0])


def copies(jaccard: np.ndarray, size: int, other_sizes: np.ndarray) -> np.ndarray:
    """Which of several articles are copies of one, from their estimated Jaccard and shingle counts."""
    shorter = np.minimum(size, other_sizes)
    shared = jaccard * (size + other_sizes) / (1 + jaccard)
    contained = (shorter >= MIN_SHINGLES) & (shared >= CONTAINMENT_THRESHOLD * np.maximum(shorter, 1))
    return (jaccard >= COPY_THRESHOLD) | contained


def _hashed(value: int) -> int:
    return value  # shingles() hashes already


_PERMUTATIONS = MinHash(num_perm=NUM_PERM, scheme=SCHEME).permutations
_BANDING = MinHashLSH(threshold=CANDIDATE_THRESHOLD, num_perm=NUM_PERM)  # datasketch's optimal bands for it
BANDS, BAND_ROWS = _BANDING.b, _BANDING.r


def signature(text: str) -> Signature:
    found = shingles(text)
    minhash = MinHash(num_perm=NUM_PERM, scheme=SCHEME, hashfunc=_hashed, permutations=_PERMUTATIONS)
    minhash.update_batch(found.tolist())
    return Signature(minhash.hashvalues.astype(np.uint32), len(found))


def to_bytes(sig: Signature) -> bytes:
    return sig.values.astype(np.uint64).tobytes() + np.uint64(sig.size).tobytes()


def from_bytes(data: bytes) -> Signature:
    values = np.frombuffer(data, dtype=np.uint64)
    return Signature(values[:NUM_PERM].astype(np.uint32), int(values[NUM_PERM]))


def band_keys(values: np.ndarray) -> np.ndarray:
    """One 64-bit key per LSH band: articles that share a key agree on all of that band's hashes."""
    bands = values[: BANDS * BAND_ROWS].reshape(BANDS, BAND_ROWS).astype(np.uint64)
    keys = np.arange(BANDS, dtype=np.uint64)  # the band number keeps equal values in two bands apart
    for row in range(BAND_ROWS):
        keys = keys * np.uint64(1_000_003) + bands[:, row]  # wraps around mod 2**64
    return keys


class CopyIndex:
    """The desk's signatures, queryable for near-duplicates of a new article (banded LSH).

    Signatures and band keys live in arrays, about 1 KB an article: datasketch's MinHashLSH
    keeps a set for every band bucket, about 9 KB an article, which alone would take a gigabyte
    at 100,000 articles. Band keys are looked up in one sorted array; keys added since it was
    last sorted wait in a dict, and are sorted into the array when UNSORTED_ARTICLES articles'
    worth have gathered. The dict stays small, so it stays fast; each merge moves the array once
    (about 70 ms at 100,000 articles, once per 4,096 articles).
    """

    def __init__(self) -> None:
        self.ids: list[str] = []
        self.row_of: dict[str, int] = {}
        self.values = np.zeros((1024, NUM_PERM), dtype=np.uint32)  # rows beyond len(ids) are spare capacity
        self.keys = np.zeros((1024, BANDS), dtype=np.uint64)
        self.sizes = np.zeros(1024, dtype=np.int64)
        self.sorted_keys, self.sorted_rows = np.zeros(0, dtype=np.uint64), np.zeros(0, dtype=np.int64)
        self.recent: dict[int, list[int]] = {}
        self.members: dict[str, set[str]] | None = None  # original -> copies, kept by assign_copies

    def add(self, article_id: str, sig: Signature) -> None:
        if article_id in self.row_of:
            return
        row = len(self.ids)
        if row == len(self.sizes):
            self.values, self.keys, self.sizes = (np.concatenate([a, np.zeros_like(a)])
                                                  for a in (self.values, self.keys, self.sizes))
        self.ids.append(article_id)
        self.row_of[article_id] = row
        self.values[row], self.keys[row], self.sizes[row] = sig.values, band_keys(sig.values), sig.size
        for key in self.keys[row].tolist():
            self.recent.setdefault(key, []).append(row)
        if len(self.recent) > BANDS * UNSORTED_ARTICLES:
            self._sort_recent()

    def _sort_recent(self) -> None:
        """Move the waiting keys into the sorted array: sort them alone, then insert (no full re-sort)."""
        first = len(self.sorted_keys) // BANDS  # rows are added in order, so the waiting ones are the last
        flat = self.keys[first: len(self.ids)].ravel()
        order = np.argsort(flat, kind="stable")
        at = np.searchsorted(self.sorted_keys, flat[order])
        self.sorted_keys = np.insert(self.sorted_keys, at, flat[order])
        self.sorted_rows = np.insert(self.sorted_rows, at, first + order // BANDS)
        self.recent = {}

    def copies_of(self, sig: Signature) -> list[str]:
        keys = band_keys(sig.values)
        low = np.searchsorted(self.sorted_keys, keys, side="left")
        high = np.searchsorted(self.sorted_keys, keys, side="right")
        rows = [self.sorted_rows[a:b] for a, b in zip(low.tolist(), high.tolist()) if b > a]
        rows += [np.array(self.recent[k]) for k in keys.tolist() if k in self.recent]
        if not rows:
            return []
        candidates = np.unique(np.concatenate(rows))
        jaccard = (self.values[candidates] == sig.values).mean(axis=1)
        found = candidates[copies(jaccard, sig.size, self.sizes[candidates])]
        return [self.ids[row] for row in found.tolist()]


def original_first(ids: Iterable[str], published: dict[str, date | None], order: dict[str, int]) -> list[str]:
    """Ids with the earliest published (then the earliest added) first: the group's original."""
    return sorted(ids, key=lambda i: (published.get(i) or date.max, order.get(i, 0), i))


def assign_copies(new: dict[str, Signature], index: CopyIndex, copy_of: dict[str, str | None],
                  published: dict[str, date | None], order: dict[str, int]) -> dict[str, str | None]:
    """``copy_of`` for every article whose group changed; adds the new signatures to ``index``.

    A group is an original and its copies; when an earlier article joins, it becomes the
    original and the others are re-pointed to it.
    """
    changed: dict[str, str | None] = {}
    for article_id, sig in new.items():
        matches = index.copies_of(sig)
        index.add(article_id, sig)
        if not matches:
            copy_of.setdefault(article_id, None)
            changed.setdefault(article_id, None)
            continue
        if index.members is None:  # made on the first match, then kept up to date with copy_of
            index.members = defaultdict(set)
            for copy, original in copy_of.items():
                if original:
                    index.members[original].add(copy)
        members = index.members
        group = {article_id, *matches}
        group |= {copy_of.get(m) for m in matches if copy_of.get(m)}
        group |= {copy for original in list(group) for copy in members.get(original, ())}
        original = original_first(group, published, order)[0]
        for member in group:
            target = None if member == original else original
            if copy_of.get(member) != target or member == article_id:
                if copy_of.get(member):
                    members[copy_of[member]].discard(member)
                if target:
                    members[target].add(member)
                changed[member] = target
                copy_of[member] = target
    return changed
