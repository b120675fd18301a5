"""Multi-document summaries on Multi-News validation, beside Lead, LexRank and TextRank.

Every system gets the same sentences (storydesk's own extraction and sentence split of each
cluster's articles) and the same budget: the gold summary's word count, filled in rank order
with sentences that fit. ROUGE comes from score.py's ``summary``.

    .venv/bin/python bench/summaries.py [--limit N]

The first run extracts and annotates the 250 clusters and caches them under bench/.cache.
"""

from __future__ import annotations

import argparse
import ast
import csv
import math
import sys
import time
from collections import Counter
from pathlib import Path

from clustering import BENCH, annotated

from storydesk.compose import summarize
from storydesk.compose.units import tokens

LEXRANK_THRESHOLD = 0.1  # Erkan & Radev's cosine threshold for an edge
DAMPING = 0.85


def clusters(bench: Path) -> tuple[list[list[dict]], list[int]]:
    """Per CSV row: its articles as records, and the gold summary's word count."""
    batches, budgets = [], []
    with (bench / "summaries" / "multinews" / "validation.csv").open(encoding="utf-8") as stream:
        for row_number, row in enumerate(csv.DictReader(stream)):
            texts = ast.literal_eval(row["documents"])
            batches.append([{"id": f"mn{row_number}-{n}", "text": t} for n, t in enumerate(texts) if t.strip()])
            budgets.append(len(row["summary"].split()))
    return batches, budgets


def sentences_of(articles) -> list[list[str]]:
    """Each article's sentences, in order."""
    return [[a.text[s.start:s.end].strip() for s in a.annotations.sentences] for a in articles if a.annotations]


def fill(ranked: list[str], budget: int) -> str:
    """Sentences in rank order while they fit the word budget (the first always goes in)."""
    picked, words = [], 0
    for sentence in ranked:
        length = len(sentence.split())
        if picked and words + length > budget:
            continue
        picked.append(sentence)
        words += length
        if words >= budget:
            break
    return " ".join(picked)


def lead(articles, budget: int) -> str:
    """First sentence of each article in turn, then the second of each, and so on."""
    documents = sentences_of(articles)
    ranked = [doc[i] for i in range(max(map(len, documents), default=0)) for doc in documents if i < len(doc)]
    return fill(ranked, budget)


def pagerank(weights: list[list[float]]) -> list[float]:
    n = len(weights)
    rows = [sum(row) or 1.0 for row in weights]
    score = [1.0 / n] * n
    for _ in range(50):
        score = [(1 - DAMPING) / n + DAMPING * sum(score[j] * weights[j][i] / rows[j] for j in range(n))
                 for i in range(n)]
    return score


def lexrank(articles, budget: int) -> str:
    """Erkan & Radev (2004): PageRank over the thresholded TF-IDF cosine graph of sentences."""
    sentences = [s for doc in sentences_of(articles) for s in doc]
    bags = [Counter(tokens(s)) for s in sentences]
    df = Counter(t for bag in bags for t in bag)
    vectors = []
    for bag in bags:
        vector = {t: c * math.log(len(bags) / df[t]) for t, c in bag.items()}
        norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
        vectors.append({t: v / norm for t, v in vector.items()})
    graph = [[1.0 if sum(a.get(t, 0) * w for t, w in b.items()) > LEXRANK_THRESHOLD else 0.0 for b in vectors]
             for a in vectors]
    return ranked_fill(sentences, pagerank(graph), budget)


def textrank(articles, budget: int) -> str:
    """Mihalcea & Tarau (2004): PageRank over word overlap normalised by log sentence lengths."""
    sentences = [s for doc in sentences_of(articles) for s in doc]
    bags = [set(tokens(s)) for s in sentences]
    graph = [[len(a & b) / (math.log(len(a) + 1) + math.log(len(b) + 1)) if a is not b and len(a) > 1 and len(b) > 1
              else 0.0 for b in bags] for a in bags]
    return ranked_fill(sentences, pagerank(graph), budget)


def ranked_fill(sentences: list[str], scores: list[float], budget: int) -> str:
    order = sorted(range(len(sentences)), key=lambda i: -scores[i])
    return fill([sentences[i] for i in order], budget)


def storydesk(articles, budget: int) -> str:
    return " ".join(s.text for s in summarize(articles, max_words=budget))


SYSTEMS = {"storydesk": storydesk, "Lead": lead, "LexRank": lexrank, "TextRank": textrank}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench", type=Path, default=BENCH)
    parser.add_argument("--limit", type=int, default=None, help="only the first N clusters")
    args = parser.parse_args()
    sys.path.insert(0, str(args.bench))
    import score

    batches, budgets = clusters(args.bench)
    batches, budgets = batches[: args.limit], budgets[: args.limit]
    start = time.perf_counter()
    rows = annotated("multinews-rows" if args.limit is None else f"multinews-rows-{args.limit}", batches)
    print(f"Multi-News validation: {len(rows)} clusters, {sum(map(len, rows))} articles "
          f"(extracted and annotated or loaded in {time.perf_counter() - start:.0f} s)")
    with (args.bench / "summaries" / "multinews" / "validation.csv").open(encoding="utf-8") as stream:
        gold = [row["summary"] for row in csv.DictReader(stream)][: len(rows)]
    print(f"{'system':<12}{'ROUGE-1':>9}{'ROUGE-2':>9}{'ROUGE-L':>9}{'s/cluster':>11}")
    for name, system in SYSTEMS.items():
        start = time.perf_counter()
        pred = {i: system(articles, budget) for i, (articles, budget) in enumerate(zip(rows, budgets))}
        seconds = (time.perf_counter() - start) / max(len(rows), 1)
        result = score.score_summary(gold, pred)
        print(f"{name:<12}" + "".join(f"{100 * result[m]['f']:>9.1f}" for m in ("rouge1", "rouge2", "rougeL"))
              + f"{seconds:>11.3f}")


if __name__ == "__main__":
    main()
