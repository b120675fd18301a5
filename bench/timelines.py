"""Timelines on Timeline17 (English) and ML-Crisis (Spanish, French, Italian), scored by score.py.

The standard setting (Martschat & Markert 2018; news-tls): for each gold timeline, T = its
number of dates, N = its mean sentences per date (rounded), and the input is restricted to
articles published from its first date to its last, and only dates in that span are told, as
news-tls does for Timeline17 (``time_span_extension=0`` in its experiments/evaluate.py).
Scores are averaged over gold timelines as news-tls averages them (the F1 of the mean precision
and the mean recall; the plain mean of F1 is printed too): alignment ROUGE ``align+m:1`` (AR-1,
AR-2) and date F1.

    .venv/bin/python bench/timelines.py [--corpus t17|mlcrisis|all] [--topic NAME]

The first run extracts and annotates each topic and caches it under bench/.cache.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from datetime import date
from pathlib import Path

from clustering import BENCH, annotated, detokenize

from storydesk.compose import timeline

def t17_topics(bench: Path) -> dict[str, tuple[list[dict], Path]]:
    csv.field_size_limit(sys.maxsize)
    topics = {}
    for folder in sorted((bench / "timelines" / "t17").iterdir()):
        with (folder / "articles.csv").open(encoding="utf-8") as stream:
            records = [{"id": f"{folder.name}-{n}", "published": row["date"], "text": detokenize(row["text"])}
                       for n, row in enumerate(csv.DictReader(stream))]
        topics[folder.name] = (records, folder / "gold-timelines.txt")
    return topics


def mlcrisis_topics(bench: Path) -> dict[str, tuple[list[dict], Path]]:
    topics = {}
    for language in ("es", "fr", "it"):
        root = bench / "timelines" / "mlcrisis" / language
        for gold in sorted((root / "reference").glob("*.txt")):
            records = [{"id": f"{language}-{path.parent.name}-{path.stem}", "published": path.parent.name,
                        "text": path.read_text(encoding="utf-8", errors="replace"), "language": language}
                       for path in sorted((root / gold.stem).glob("*/*.txt"))]
            topics[f"{language}/{gold.stem}"] = (records, gold)
    return topics


def within(articles, start: date, end: date):
    return [a for a in articles if a.published and start <= a.published <= end]


def run_topic(name: str, records: list[dict], gold_path: Path, score) -> list[dict]:
    started = time.perf_counter()
    articles = annotated(name.replace("/", "-"), [records])[0]
    loaded = time.perf_counter() - started
    results = []
    for index, gold in enumerate(score.read_timelines(str(gold_path))):
        dates = sorted(gold)
        max_dates = len(dates)
        per_date = max(1, round(sum(len(s) for s in gold.values()) / max_dates))
        start, end = dates[0], dates[-1]
        inside = within(articles, start, end)
        began = time.perf_counter()
        entries = timeline(inside, max_dates, per_date, start=start, end=end)
        seconds = time.perf_counter() - began
        pred = {e.date: [u.text for u in e.sentences] for e in entries}
        result = score.score_timelines(pred, [gold])
        results.append({"topic": name, "index": index, "T": max_dates, "N": per_date,
                        "articles": len(inside), "seconds": seconds, "load": loaded,
                        "date": result["date"], "r1": result["align+m:1"]["r1"], "r2": result["align+m:1"]["r2"]})
    return results


def averaged(scores: list[dict]) -> float:
    """news-tls's average over timelines: the F1 of the mean precision and the mean recall."""
    precision = sum(s["p"] for s in scores) / len(scores)
    recall = sum(s["r"] for s in scores) / len(scores)
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def report(title: str, results: list[dict]) -> None:
    print(f"\n{title}")
    print(f"{'topic':<12}{'tl':>3}{'T':>4}{'N':>3}{'articles':>9}{'AR-1':>8}{'AR-2':>8}{'date F1':>9}{'s':>7}{'(load s)':>10}")
    for r in results:
        print(f"{r['topic']:<12}{r['index']:>3}{r['T']:>4}{r['N']:>3}{r['articles']:>9}{r['r1']['f']:>8.3f}"
              f"{r['r2']['f']:>8.3f}{r['date']['f']:>9.3f}{r['seconds']:>7.1f}{r['load']:>10.0f}")
    columns = ("r1", "r2", "date")
    print(f"{'mean':<31}" + "".join(f"{averaged([r[c] for r in results]):>{w}.3f}" for c, w in zip(columns, (8, 8, 9)))
          + "   (news-tls: F1 of the mean P and R)")
    print(f"{'mean of F1':<31}" + "".join(f"{sum(r[c]['f'] for r in results) / len(results):>{w}.3f}"
                                          for c, w in zip(columns, (8, 8, 9))))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench", type=Path, default=BENCH)
    parser.add_argument("--corpus", choices=["t17", "mlcrisis", "all"], default="all")
    parser.add_argument("--topic", help="only this topic (e.g. h1n1, es/egypt)")
    args = parser.parse_args()
    sys.path.insert(0, str(args.bench))
    import score

    corpora = {"t17": ("Timeline17 dev topics (English)", t17_topics),
               "mlcrisis": ("ML-Crisis (Spanish, French, Italian)", mlcrisis_topics)}
    for key, (title, load) in corpora.items():
        if args.corpus not in (key, "all"):
            continue
        results = [r for name, (records, gold) in load(args.bench).items() if args.topic in (None, name)
                   for r in run_topic(name, records, gold, score)]
        if results:
            report(title, results)


if __name__ == "__main__":
    main()
