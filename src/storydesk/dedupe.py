"""Wire copies and near-duplicates: MinHash over word shingles, LSH to find candidates."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

import numpy as np
from datasketch import MinHash, MinHashLSH

NUM_PERM = 128
SHINGLE_WORDS = 5
SCHEME = "affine32"  # stored signatures are only comparable under the scheme that made them
COPY_THRESHOLD = 0.5  # estimated Jaccard of shingle sets above which two articles are copies


def shingles(text: str) -> set[bytes]:
    words = re.findall(r"\w+", text.lower())
    if len(words) < SHINGLE_WORDS:
        return {" ".join(words).encode()}
    return {" ".join(words[i : i + SHINGLE_WORDS]).encode() for i in range(len(words) - SHINGLE_WORDS + 1)}


def signature(text: str) -> MinHash:
    minhash = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
    minhash.update_batch(list(shingles(text)))
    return minhash


def to_bytes(minhash: MinHash) -> bytes:
    return minhash.hashvalues.astype(np.uint64).tobytes()


def from_bytes(data: bytes) -> MinHash:
    return MinHash(num_perm=NUM_PERM, hashvalues=np.frombuffer(data, dtype=np.uint64), scheme=SCHEME)


class CopyIndex:
    """The desk's signatures, queryable for near-duplicates of a new article."""

    def __init__(self) -> None:
        self.lsh = MinHashLSH(threshold=COPY_THRESHOLD, num_perm=NUM_PERM)
        self.signatures: dict[str, MinHash] = {}

    def add(self, article_id: str, minhash: MinHash) -> None:
        if article_id not in self.signatures:
            self.lsh.insert(article_id, minhash)
            self.signatures[article_id] = minhash

    def copies_of(self, minhash: MinHash) -> list[str]:
        return [key for key in self.lsh.query(minhash) if self.signatures[key].jaccard(minhash) >= COPY_THRESHOLD]


def original_first(ids: Iterable[str], published: dict[str, date | None], order: dict[str, int]) -> list[str]:
    """Ids with the earliest published (then the earliest added) first: the group's original."""
    return sorted(ids, key=lambda i: (published.get(i) or date.max, order.get(i, 0), i))


def assign_copies(new: dict[str, MinHash], index: CopyIndex, copy_of: dict[str, str | None],
                  published: dict[str, date | None], order: dict[str, int]) -> dict[str, str | None]:
    """``copy_of`` for every article whose group changed; adds the new signatures to ``index``.

    A group is an original and its copies; when an earlier article joins, it becomes the
    original and the others are re-pointed to it.
    """
    changed: dict[str, str | None] = {}
    for article_id, minhash in new.items():
        matches = index.copies_of(minhash)
        index.add(article_id, minhash)
        if not matches:
            copy_of.setdefault(article_id, None)
            changed.setdefault(article_id, None)
            continue
        group = {article_id, *matches}
        group |= {copy_of.get(m) for m in matches if copy_of.get(m)}
        group |= {i for i, o in copy_of.items() if o in group}
        original = original_first(group, published, order)[0]
        for member in group:
            target = None if member == original else original
            if copy_of.get(member) != target or member == article_id:
                changed[member] = target
                copy_of[member] = target
    return changed
