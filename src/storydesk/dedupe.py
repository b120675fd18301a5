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
from datasketch import LeanMinHash, MinHash, MinHashLSH

NUM_PERM = 128
SHINGLE_WORDS = 5
SCHEME = "affine32"  # stored signatures are only comparable under the scheme that made them
COPY_THRESHOLD = 0.5  # estimated Jaccard of shingle sets above which two articles are copies
CONTAINMENT_THRESHOLD = 0.8  # share of the shorter text found in the longer: a trimmed reprint
CANDIDATE_THRESHOLD = 0.3  # LSH recall threshold, low enough to surface trimmed reprints
MIN_SHINGLES = 50  # containment means little for a few lines


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
    minhash: LeanMinHash
    size: int  # number of distinct shingles

    def is_copy(self, other: Signature) -> bool:
        jaccard = self.minhash.jaccard(other.minhash)
        if jaccard >= COPY_THRESHOLD:
            return True
        shorter = min(self.size, other.size)
        shared = jaccard * (self.size + other.size) / (1 + jaccard)
        return shorter >= MIN_SHINGLES and shared / shorter >= CONTAINMENT_THRESHOLD


def _hashed(value: int) -> int:
    return value  # shingles() hashes already


_PERMUTATIONS = MinHash(num_perm=NUM_PERM, scheme=SCHEME).permutations


def signature(text: str) -> Signature:
    found = shingles(text)
    minhash = MinHash(num_perm=NUM_PERM, scheme=SCHEME, hashfunc=_hashed, permutations=_PERMUTATIONS)
    minhash.update_batch(found.tolist())
    return Signature(LeanMinHash(minhash), len(found))


def to_bytes(sig: Signature) -> bytes:
    return sig.minhash.hashvalues.astype(np.uint64).tobytes() + np.uint64(sig.size).tobytes()


def from_bytes(data: bytes) -> Signature:
    values = np.frombuffer(data, dtype=np.uint64)
    return Signature(LeanMinHash(seed=1, hashvalues=values[:NUM_PERM], scheme=SCHEME), int(values[NUM_PERM]))


class CopyIndex:
    """The desk's signatures, queryable for near-duplicates of a new article."""

    def __init__(self) -> None:
        self.lsh = MinHashLSH(threshold=CANDIDATE_THRESHOLD, num_perm=NUM_PERM)
        self.signatures: dict[str, Signature] = {}

    def add(self, article_id: str, sig: Signature) -> None:
        if article_id not in self.signatures:
            self.lsh.insert(article_id, sig.minhash)
            self.signatures[article_id] = sig

    def copies_of(self, sig: Signature) -> list[str]:
        return [key for key in self.lsh.query(sig.minhash) if self.signatures[key].is_copy(sig)]


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
    members: dict[str, set[str]] | None = None  # original -> its copies, made on the first match
    for article_id, sig in new.items():
        matches = index.copies_of(sig)
        index.add(article_id, sig)
        if not matches:
            copy_of.setdefault(article_id, None)
            changed.setdefault(article_id, None)
            continue
        if members is None:
            members = defaultdict(set)
            for copy, original in copy_of.items():
                if original:
                    members[original].add(copy)
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
