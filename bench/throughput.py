"""Build throughput and peak memory on a few thousand real articles from ../shared/bench.

The corpus: every Timeline17 article (text, with its publication date), every Multi-News
validation article (text, undated) and every htmldate and Zyte benchmark page (HTML).
Prints articles per second for the whole build and the peak resident memory. ``--postgres``
builds into PostgreSQL instead of SQLite (a server of its own from the pgserver wheel, installed
with the test extra), to compare the stores.

``--runner ray`` annotates and composes as Ray tasks on a local Ray instance.

    .venv/bin/python bench/throughput.py [--bench ../shared/bench] [--limit N] [--postgres] [--runner local|ray]
"""

from __future__ import annotations

import argparse
import ast
import csv
import json
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

from storydesk import pipeline
from storydesk.annotate import load_nlp
from storydesk.runner import RUNNERS

csv.field_size_limit(sys.maxsize)


def t17_records(bench: Path) -> list[dict]:
    records = []
    for path in sorted((bench / "timelines" / "t17").glob("*/articles.csv")):
        with path.open(encoding="utf-8") as stream:
            for n, row in enumerate(csv.DictReader(stream)):
                records.append({"id": f"t17-{path.parent.name}-{n}", "published": row["date"], "text": row["text"]})
    return records


def multinews_records(bench: Path) -> list[dict]:
    records = []
    with (bench / "summaries" / "multinews" / "validation.csv").open(encoding="utf-8") as stream:
        for row_number, row in enumerate(csv.DictReader(stream)):
            for n, text in enumerate(ast.literal_eval(row["documents"])):
                if text.strip():
                    records.append({"id": f"mn-{row_number}-{n}", "text": text})
    return records


def html_pages(bench: Path) -> list[Path]:
    pages = sorted((bench / "dates" / "htmldate" / "pages").glob("*.html"))
    return pages + sorted((bench / "extraction" / "scrapinghub" / "html").glob("*.html.gz"))


def corpus(bench: Path, folder: Path, limit: int | None) -> int:
    records = t17_records(bench) + multinews_records(bench)
    pages = html_pages(bench)
    if limit:
        share = limit * len(records) // (len(records) + len(pages))
        records, pages = records[:share], pages[: limit - share]
    with (folder / "articles.jsonl").open("w", encoding="utf-8") as stream:
        for record in records:
            stream.write(json.dumps(record) + "\n")
    for page in pages:
        shutil.copy(page, folder / page.name)
    return len(records) + len(pages)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "bench")
    parser.add_argument("--limit", type=int, default=None, help="use only this many articles")
    parser.add_argument("--postgres", action="store_true", help="build into PostgreSQL (pgserver) instead of SQLite")
    parser.add_argument("--runner", choices=RUNNERS, default="local")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        total = corpus(args.bench, folder, args.limit)
        load_nlp()  # model loading is start-up, not throughput
        desk = str(Path(tmp) / "bench.db")
        if args.postgres:
            import pgserver

            server = pgserver.get_server(Path(tmp) / "pg", cleanup_mode="stop")
            desk = server.get_uri()
        start = time.perf_counter()
        report = pipeline.build([str(folder)], desk, runner=args.runner)
        seconds = time.perf_counter() - start
        if args.postgres:
            server.cleanup()
    print(f"store, runner     {'PostgreSQL' if args.postgres else 'SQLite'}, {args.runner}")
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"inputs            {total}")
    print(f"build             {report.line()}")
    print(f"seconds           {seconds:.1f}")
    print(f"articles/second   {report.added / seconds:.1f}")
    for stage, spent in report.seconds.items():
        print(f"  {stage:<16}{spent:8.1f} s  ({report.added / spent:.0f} articles/s)")
    print(f"peak memory (MB)  {peak_mb:.0f}")


if __name__ == "__main__":
    main()
