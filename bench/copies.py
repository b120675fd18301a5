"""Wire copies: precision and recall of the dedupe stage on reprints made by controlled edits of real articles.

The distinct articles are the Timeline17 dev articles that share under half of their word runs
with any other (measured exactly, not by MinHash). A random part of them is reprinted once or
twice with two or three of synthetic.py's edits (new headline, paragraphs trimmed or swapped,
boilerplate, a sentence from another article, a credit line). Everything is fed in random
order, in batches, to the dedupe stage; the pairs it puts in one copy group are scored
against the true pairs, and pairs of two distinct articles are counted as false copies.

    .venv/bin/python bench/copies.py [--reprinted N]
"""

from __future__ import annotations

import argparse
import itertools
import random
import time
from collections import Counter, defaultdict

from clustering import BENCH, annotated, t17_stream
from synthetic import reprint

from storydesk import dedupe


def distinct(texts: dict[str, str], most_shared: float = 0.5) -> list[str]:
    """Ids of articles sharing under ``most_shared`` of the shorter one's word runs with every other."""
    runs = {i: set(dedupe.shingles(t).tolist()) for i, t in texts.items()}
    holders = defaultdict(list)
    for article_id, found in runs.items():
        for run in found:
            holders[run].append(article_id)
    shared: Counter = Counter()
    for ids in holders.values():
        shared.update(itertools.combinations(sorted(ids), 2))
    close = {i for (a, b), n in shared.items() if n >= most_shared * min(len(runs[a]), len(runs[b])) for i in (a, b)}
    return [i for i in texts if i not in close]


def groups(copy_of: dict[str, str | None]) -> dict[str, str]:
    return {i: o or i for i, o in copy_of.items()}


def pairs(group_of: dict[str, str]) -> set[tuple[str, str]]:
    members = defaultdict(list)
    for article_id, group in group_of.items():
        members[group].append(article_id)
    return {tuple(sorted(p)) for ids in members.values() for p in itertools.combinations(ids, 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reprinted", type=int, default=500, help="distinct articles that get reprints")
    args = parser.parse_args()
    rng = random.Random(17)
    texts = {a.id: a.text for batch in annotated("t17", t17_stream(BENCH)) for a in batch}
    originals = distinct(texts)
    gold_group = {i: i for i in originals}
    stream = [(i, texts[i]) for i in originals]
    edits: Counter = Counter()
    for original in rng.sample(originals, min(args.reprinted, len(originals))):
        for n in range(rng.choice((1, 2))):
            text, made = reprint(texts[original], texts[rng.choice(originals)], rng)
            edits.update(made)
            stream.append((f"{original}-reprint{n}", text))
            gold_group[stream[-1][0]] = original
    rng.shuffle(stream)
    index, copy_of, order = dedupe.CopyIndex(), {}, {}
    start = time.perf_counter()
    for k in range(0, len(stream), 50):
        batch = stream[k:k + 50]
        order.update({i: len(order) + n for n, (i, _) in enumerate(batch)})
        dedupe.assign_copies({i: dedupe.signature(t) for i, t in batch}, index, copy_of, {}, order)
    seconds = time.perf_counter() - start
    found, gold = pairs(groups(copy_of)), pairs(gold_group)
    right = found & gold
    distinct_ids = set(originals)
    false_among_distinct = {p for p in found - gold if distinct_ids.issuperset(p)}
    print(f"{len(texts)} Timeline17 articles, {len(originals)} distinct; {len(stream) - len(originals)} reprints of "
          f"{args.reprinted}; edits used: {dict(edits)}")
    print(f"copy pairs: gold {len(gold)}, found {len(found)}, right {len(right)}; "
          f"precision {len(right) / max(1, len(found)):.3f}, recall {len(right) / max(1, len(gold)):.3f}")
    print(f"false copies among the {len(originals)} distinct articles: {len(false_among_distinct)} pairs; "
          f"{len(stream) / seconds:.0f} articles/s")


if __name__ == "__main__":
    main()
