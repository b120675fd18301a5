"""Story clustering quality on real streams, beside a TF-IDF + agglomerative baseline.

Streams (from ../shared/bench):
  t17        every Timeline17 dev article, in date order, fed to ``storydesk build`` one day
             at a time; gold story = the article's topic.
  multinews  every Multi-News validation article, in a fixed shuffled order, fed in batches
             of 50; gold story = the cluster (row) it came from.
Scores come from score.py's ``clusters`` (BCubed and pairwise). The baseline clusters the same
articles with TF-IDF cosine and average linkage, at whichever threshold scores best (an
oracle choice, so it is an upper bound for that method).

The scaling run replays both streams as a synthetic stream (synthetic.py: worlds of respelled
articles and edited reprints, each story starting on a day of its own) through the dedupe and
cluster stages alone, and prints the throughput, the cost per article of the latest batches,
the peak memory and the BCubed scores against the worlds' stories as it grows.

    .venv/bin/python bench/clustering.py [--stream t17|multinews|all|none] [--limit N] [--scale N]
"""

from __future__ import annotations

import argparse
import ast
import csv
import dataclasses
import json
import random
import re
import resource
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

from storydesk import cluster, dedupe, pipeline
from storydesk.compose.units import tokens

csv.field_size_limit(sys.maxsize)
BENCH = Path(__file__).resolve().parents[2] / "shared" / "bench"


# Timeline17 ships Penn-Treebank-tokenised text; undo it so the pipeline sees prose as users give it.
PTB = [(re.compile(r"-LRB-"), "("), (re.compile(r"-RRB-"), ")"), (re.compile(r"-LSB-"), "["),
       (re.compile(r"-RSB-"), "]"), (re.compile(r"``\s*|\s*''"), '"'), (re.compile(r"\(\s+"), "("),
       (re.compile(r"\s+\)"), ")"), (re.compile(r" (?=[,.;:!?%]|'s\b|n't\b|'re\b|'ve\b|'ll\b|'d\b|'m\b)"), ""),
       (re.compile(r"\$ (?=\d)"), "$")]


def detokenize(text: str) -> str:
    for pattern, replacement in PTB:
        text = pattern.sub(replacement, text)
    return text


def t17_stream(bench: Path) -> list[list[dict]]:
    records = []
    for path in sorted((bench / "timelines" / "t17").glob("*/articles.csv")):
        with path.open(encoding="utf-8") as stream:
            for n, row in enumerate(csv.DictReader(stream)):
                records.append({"id": f"{path.parent.name}-{n}", "published": row["date"], "text": detokenize(row["text"]),
                                "gold": path.parent.name})
    by_day = defaultdict(list)
    for record in records:
        by_day[record["published"]].append(record)
    return [by_day[day] for day in sorted(by_day)]


def multinews_stream(bench: Path, batch: int = 50) -> list[list[dict]]:
    records = []
    with (bench / "summaries" / "multinews" / "validation.csv").open(encoding="utf-8") as stream:
        for row_number, row in enumerate(csv.DictReader(stream)):
            for n, text in enumerate(ast.literal_eval(row["documents"])):
                if text.strip():
                    records.append({"id": f"mn{row_number}-{n}", "text": text, "gold": f"row{row_number}"})
    random.Random(17).shuffle(records)
    return [records[i:i + batch] for i in range(0, len(records), batch)]


def run_stream(batches: list[list[dict]], folder: Path) -> tuple[dict[str, str], float]:
    """Feed batches to ``storydesk build``; the story of every article, and the seconds taken."""
    db = str(folder / "desk.db")
    start = time.perf_counter()
    for number, batch in enumerate(batches):
        path = folder / f"batch{number}.jsonl"
        path.write_text("".join(json.dumps({k: v for k, v in r.items() if k != "gold"}) + "\n" for r in batch),
                        encoding="utf-8")
        pipeline.build([str(path)], db)
    seconds = time.perf_counter() - start
    import sqlite3

    with sqlite3.connect(db) as connection:
        return dict(connection.execute("SELECT id, story_id FROM articles")), seconds


def annotated(name: str, batches: list[list[dict]]) -> list[list]:
    """The stream's articles extracted and annotated once, cached under bench/.cache."""
    import pickle

    from storydesk.annotate.pipeline import annotate_many
    from storydesk.read.sources import document_from_record

    cache = Path(__file__).parent / ".cache" / f"{name}.pickle"
    if cache.exists():
        cached = pickle.loads(cache.read_bytes())
        if len(cached) >= len(batches):  # a cache made with --limit holds fewer batches
            return cached[: len(batches)]
    result = []
    for batch in batches:
        docs = [document_from_record({k: v for k, v in r.items() if k != "gold"}, r["id"]) for r in batch]
        articles, _, _ = pipeline.extract_all(docs)
        result.append(annotate_many(articles))
    cache.parent.mkdir(exist_ok=True)
    cache.write_bytes(pickle.dumps(result))
    return result


class Stages:
    """The build's dedupe and cluster stages alone, in memory, batch after batch (as ``build`` runs them)."""

    def __init__(self) -> None:
        self.copies, self.copy_of, self.published, self.order = dedupe.CopyIndex(), {}, {}, {}
        self.stories, self.df, self.story_of = cluster.StoryIndex({}), cluster.DocFreq(), {}
        self.members: dict[str, list[str]] = defaultdict(list)  # story -> its articles, to re-point merges

    def run(self, batch: list) -> None:
        self.published.update({a.id: a.published for a in batch})
        self.order.update({a.id: len(self.order) + n for n, a in enumerate(batch)})
        dedupe.assign_copies({a.id: dedupe.signature(a.text) for a in batch}, self.copies, self.copy_of,
                             self.published, self.order)
        batch = [dataclasses.replace(a, copy_of=self.copy_of.get(a.id)) for a in batch]
        assigned = cluster.assign_stories(batch, self.stories, self.df, self.story_of)
        for article_id, story_id in assigned.items():
            self.members[story_id].append(article_id)
        self.story_of.update(assigned)
        for absorbed, into in cluster.merge_stories(self.stories, assigned).items():
            moved = self.members.pop(absorbed)
            self.members[into] += moved
            self.story_of.update(dict.fromkeys(moved, into))
        self.df.changed.clear()  # the store's save does this after every batch


def dedupe_and_cluster(batches: list[list]) -> tuple[dict[str, str], float]:
    stages = Stages()
    start = time.perf_counter()
    for batch in batches:
        stages.run(batch)
    return stages.story_of, time.perf_counter() - start


RECENT_ARTICLES = 5000  # the cost per article "now" is measured over about this many of the latest articles
# Articles differ in length from window to window even in a steady stream, and a long article
# costs more: the cost per 1,000 words over the same window compares checkpoints on equal text.


def scaling(bases: list, gold_of: dict[str, str], total: int, score,
            checkpoints: tuple[int, ...] = (10_000, 20_000, 50_000, 100_000)) -> None:
    """Run the stages over a synthetic stream of ``total`` articles; print throughput, marginal cost,
    memory, and the quality of the stories so far (gold story: the base article's story in its world)."""
    from synthetic import world_stream

    stages, seen, seconds, window = Stages(), 0, 0.0, []  # window: (articles, seconds, words) of recent batches
    gold: dict[str, str] = {}
    marks = sorted({c for c in checkpoints if c < total} | {total})
    print(f"\nscale: {total} articles from {len(bases)} real ones (synthetic.py), dedupe + cluster stages only")
    print(f"{'articles':>9}{'stories':>9}{'art/s':>8}{'ms/art now':>12}{'words/art':>11}{'ms/1k words':>13}{'peak RSS MB':>13}"
          f"{'B3 P':>7}{'B3 R':>7}{'B3 F1':>7}")
    for batch in world_stream(bases, [gold_of[b.id] for b in bases], total):
        start = time.perf_counter()
        stages.run(batch)
        spent = time.perf_counter() - start
        gold.update({a.id: f"{world}:{gold_of[bases[n].id]}" for a in batch
                     for world, n in [map(int, a.id[1:].split("-")[:2])]})
        seen, seconds = seen + len(batch), seconds + spent
        window.append((len(batch), spent, sum(len(a.text.split()) for a in batch)))
        while sum(n for n, _, _ in window[1:]) >= RECENT_ARTICLES:
            window.pop(0)
        if seen >= marks[0]:
            marks.pop(0)
            recent = [sum(column) for column in zip(*window)]  # articles, seconds, words
            rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            b3 = score.score_clusters(gold, stages.story_of)["bcubed"]
            print(f"{seen:>9}{len(stages.stories.stories):>9}{seen / seconds:>8.0f}"
                  f"{1000 * recent[1] / recent[0]:>12.2f}{recent[2] / recent[0]:>11.0f}{1e6 * recent[1] / recent[2]:>13.2f}{rss:>13.0f}"
                  f"{b3['p']:>7.3f}{b3['r']:>7.3f}{b3['f']:>7.3f}",
                  flush=True)
            if not marks:
                break


def baseline(records: list[dict], gold: dict[str, str], score) -> tuple[float, dict]:
    """TF-IDF cosine + average linkage at its best threshold (chosen on the gold: an upper bound)."""
    from datetime import date

    df = cluster.DocFreq()
    bags = [Counter(tokens(r["text"])) for r in records]
    for bag in bags:
        df.add(bag)
    similarity = cluster.similarity_matrix([cluster.vector(bag, df, keep=10_000) for bag in bags])
    best = (-1.0, None, None)
    for threshold in (0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4):
        groups = cluster.average_linkage(similarity, [date.min] * len(records), threshold)
        pred = {records[k]["id"]: str(n) for n, g in enumerate(groups) for k in g}
        result = score.score_clusters(gold, pred)
        if result["bcubed"]["f"] > best[0]:
            best = (result["bcubed"]["f"], threshold, result)
    return best[1], best[2]


def report(name: str, batches: list[list[dict]], score, fast: bool) -> None:
    records = [r for batch in batches for r in batch]
    gold = {r["id"]: r["gold"] for r in records}
    if fast:
        pred, seconds = dedupe_and_cluster(annotated(name, batches))
    else:
        with tempfile.TemporaryDirectory() as tmp:
            pred, seconds = run_stream(batches, Path(tmp))
    ours = score.score_clusters(gold, pred)
    threshold, base = baseline(records, gold, score)
    print(f"\n{name}: {len(records)} articles in {len(batches)} batches, {len(set(gold.values()))} gold stories")
    print(f"{'system':<34}{'stories':>8}{'B3 P':>8}{'B3 R':>8}{'B3 F1':>8}{'pair F1':>9}")
    system = "dedupe+cluster stages" if fast else "storydesk build"
    for label, result in ((f"{system} ({seconds:.0f} s)", ours), (f"tf-idf + avg linkage @ {threshold}", base)):
        b3 = result["bcubed"]
        print(f"{label:<34}{result['pred_clusters']:>8}{b3['p']:>8.3f}{b3['r']:>8.3f}{b3['f']:>8.3f}"
              f"{result['pairwise']['f']:>9.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench", type=Path, default=BENCH)
    parser.add_argument("--stream", choices=["t17", "multinews", "all", "none"], default="all")
    parser.add_argument("--limit", type=int, default=None, help="only the first N batches of each stream")
    parser.add_argument("--fast", action="store_true",
                        help="run only the dedupe and cluster stages on cached annotations (for development)")
    parser.add_argument("--scale", type=int, default=100_000,
                        help="articles in the synthetic scaling stream made from both streams (0: skip it)")
    args = parser.parse_args()
    sys.path.insert(0, str(args.bench))
    import score

    streams = {"t17": t17_stream, "multinews": multinews_stream}
    for name, make in streams.items():
        if args.stream in (name, "all"):
            report(name, make(args.bench)[: args.limit], score, args.fast)
    if args.scale:
        bases, gold_of = [], {}
        for name, make in streams.items():
            batches = make(args.bench)
            gold_of.update({r["id"]: r["gold"] for batch in batches for r in batch})
            bases += [a for batch in annotated(name, batches) for a in batch]
        scaling(bases, gold_of, args.scale, score)


if __name__ == "__main__":
    main()
