"""Article extraction beside the extractors users would otherwise pick: main text and dates.

Data (from ../shared/bench, scored with its score.py):
  extraction/scrapinghub   92 news pages with their gold article body. HTML: storydesk, trafilatura
                           (default settings, and with its metadata: the work storydesk's extract
                           also does), readability-lxml and the page's whole visible text.
                           Plain text: each page's text rendering (text/<id>.txt, no HTML left),
                           cleaned by storydesk, beside the uncleaned whole text.
  dates/htmldate           464 pages with their gold publication day: storydesk, htmldate (default
                           and original_date), and storydesk on the page reduced to plain text.
  timelines/mlcrisis, dates/htmldate (German pages)
                           what the plain-text cleaner removes in es/fr/it/de, by reason, with a sample.
Pages per second are measured on one core: each timed pass runs in a fresh process (so that no
cache has seen the pages), the extractors take turns for --rounds rounds, and each keeps its fastest.

    .venv/bin/python bench/extraction.py            # readability-lxml comes with the [bench] extra
"""

from __future__ import annotations

import argparse
import gzip
import json
import multiprocessing
import random
import sys
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import htmldate
import lxml.html
import trafilatura

from storydesk.extract.article import extract, settle_date
from storydesk.extract.html import drop_invisible, parse, visible_blocks
from storydesk.extract.text import clean_text
from storydesk.model import Article, Document

BENCH = Path(__file__).resolve().parents[2] / "shared" / "bench"


def scorer(bench: Path):
    sys.path.insert(0, str(bench))
    import score

    return score


def whole_text(html: str) -> str:
    tree = parse(html)
    if tree is None:
        return html
    drop_invisible(tree)
    return "\n".join(visible_blocks(tree))


def readability_text(html: str) -> str | None:
    from readability import Document as ReadabilityDocument

    summary = ReadabilityDocument(html).summary(html_partial=True)
    return lxml.html.fromstring(summary).text_content() if summary.strip() else None


def storydesk_html(html: str, url: str | None = None) -> str | None:
    article = extract(Document("page.html", html, "html", {"url": url} if url else {}))
    return article.text if isinstance(article, Article) else None


def run_over(extractor, inputs: dict[str, tuple]) -> tuple[dict[str, str | None], float]:
    """Predictions of one extractor over every input, and the seconds that took."""
    predictions = {}
    start = time.perf_counter()
    for key, args in inputs.items():
        try:
            predictions[key] = extractor(*args)
        except Exception:  # an extractor that fails on a page scores 0 there, as in the benchmark
            predictions[key] = None
    return predictions, time.perf_counter() - start


def cold_pass(extractor, inputs: dict[str, tuple]) -> float:
    """Seconds for one pass over all inputs but the first, which warms the extractor up (dateparser's
    locales, jusText's stop lists) and is left out of the timing."""
    first, *rest = inputs.items()
    run_over(extractor, dict([first]))
    return run_over(extractor, dict(rest))[1]


def speeds(runs: list[tuple], rounds: int) -> list[float]:
    """Pages per second of each (extractor, inputs) pair: the fastest of `rounds` passes.

    Each pass runs in a fresh process, because trafilatura and htmldate memoise on page text and
    a second pass over the same pages would measure their caches, not the extractor. The
    extractors take turns, so that a busy moment on a shared machine does not fall on one."""
    spawn = multiprocessing.get_context("spawn")
    best = [float("inf")] * len(runs)
    for _ in range(rounds):
        for index, (extractor, inputs) in enumerate(runs):
            with ProcessPoolExecutor(max_workers=1, mp_context=spawn) as fresh:
                best[index] = min(best[index], fresh.submit(cold_pass, extractor, inputs).result())
    return [(len(inputs) - 1) / seconds for seconds, (_, inputs) in zip(best, runs)]


def trafilatura_with_metadata(html: str) -> str | None:
    """trafilatura doing what storydesk's extract does besides the text: title, author, site, date."""
    document = trafilatura.bare_extraction(html, with_metadata=True)
    return document.text if document is not None else None


def storydesk_text(raw: str) -> str:
    return clean_text(raw).text


def unchanged(raw: str) -> str:
    return raw


def main_text_rows(bench: Path, score, rounds: int) -> list[tuple]:
    root = bench / "extraction" / "scrapinghub"
    gold = json.loads((root / "ground-truth.json").read_text())
    pages = {key: (gzip.open(root / "html" / f"{key}.html.gz").read().decode("utf-8", "replace"),) for key in gold}
    texts = {key: ((root / "text" / f"{key}.txt").read_text(encoding="utf-8"),) for key in gold}
    extractors = [("HTML", "storydesk", storydesk_html, pages), ("HTML", "trafilatura", trafilatura.extract, pages),
                  ("HTML", "trafilatura + metadata", trafilatura_with_metadata, pages)]
    try:
        import readability  # noqa: F401

        extractors.append(("HTML", "readability-lxml", readability_text, pages))
    except ImportError:
        print("readability-lxml not installed (pip install -e '.[bench]'): its row is left out", file=sys.stderr)
    extractors += [
        ("HTML", "whole visible text", whole_text, pages),
        ("plain text", "storydesk", storydesk_text, texts),
    ]
    rows = []
    timings = speeds([(extractor, inputs) for _, _, extractor, inputs in extractors], rounds)
    for (kind, name, extractor, inputs), speed in zip(extractors, timings):
        result = score.score_extraction(gold, run_over(extractor, inputs)[0])
        rows.append((kind, name, result["precision"], result["recall"], result["f1"], speed))
    result = score.score_extraction(gold, run_over(unchanged, texts)[0])
    rows.append(("plain text", "whole text (uncleaned)", result["precision"], result["recall"], result["f1"], None))
    return rows


def storydesk_date(html: str, url: str) -> str | None:
    article = extract(Document("page.html", html, "html", {"url": url}))
    return article.published.isoformat() if isinstance(article, Article) and article.published else None


def storydesk_text_date(text: str) -> str | None:
    clean = clean_text(text)
    day, _ = settle_date(None, None, clean.header_dates, clean.text)
    return day.isoformat() if day else None


def htmldate_default(html: str, url: str) -> str | None:
    return htmldate.find_date(html, url=url)


def htmldate_original(html: str, url: str) -> str | None:
    return htmldate.find_date(html, url=url, original_date=True)


def date_rows(bench: Path, score) -> list[tuple]:
    root = bench / "dates" / "htmldate"
    gold = json.loads((root / "gold.json").read_text())
    pages = {v["file"]: ((root / "pages" / v["file"]).read_bytes().decode("utf-8", "replace"), url) for url, v in gold.items()}
    as_text = {key: (whole_text(html),) for key, (html, _) in pages.items()}

    runs = [
        ("HTML", "storydesk", storydesk_date, pages),
        ("HTML", "htmldate (default)", htmldate_default, pages),
        ("HTML", "htmldate (original_date)", htmldate_original, pages),
        ("plain text", "storydesk (no metadata)", storydesk_text_date, as_text),
    ]
    rows = []
    timings = speeds([(extractor, inputs) for _, _, extractor, inputs in runs], rounds=1)
    for (kind, name, extractor, inputs), speed in zip(runs, timings):
        result = score.score_dates(gold, run_over(extractor, inputs)[0])
        rows.append((kind, name, result["accuracy"], result["coverage"], speed))
    return rows


def cleaner_report(bench: Path, sample: int) -> None:
    """What the plain-text cleaner removes from raw non-English articles, by reason."""
    corpora = {lang: sorted((bench / "timelines" / "mlcrisis" / lang).glob("*/*/*.txt")) for lang in ("es", "fr", "it")}
    german = [bench / "dates" / "htmldate" / "pages" / v["file"]
              for url, v in json.loads((bench / "dates" / "htmldate" / "gold.json").read_text()).items() if ".de/" in url]
    print("\nPlain-text cleaner on raw non-English pages (paragraphs removed, by reason)")
    print(f"{'corpus':<28} {'articles':>8} {'kept chars':>11} {'removed chars':>14}  top reasons")
    rng = random.Random(0)
    for name, paths, read in [
        *((f"mlcrisis {lang}", paths, lambda p: p.read_text(encoding="utf-8", errors="replace")) for lang, paths in corpora.items()),
        ("htmldate German pages (as text)", german, lambda p: whole_text(p.read_bytes().decode("utf-8", "replace"))),
    ]:
        reasons, kept, removed, samples = Counter(), 0, 0, []
        for path in paths:
            clean = clean_text(read(path))
            kept += len(clean.text)
            removed += sum(len(r.text) for r in clean.removed)
            reasons.update(r.reason for r in clean.removed)
            samples += [(r.reason, r.text) for r in clean.removed]
        top = ", ".join(f"{reason} {count}" for reason, count in reasons.most_common(5))
        print(f"{name:<28} {len(paths):>8} {kept:>11,} {removed:>14,}  {top}")
        for reason, text in rng.sample(samples, min(sample, len(samples))):
            print(f"    [{reason}] {text[:100]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench", type=Path, default=BENCH, help="the shared/bench folder")
    parser.add_argument("--rounds", type=int, default=3, help="timed rounds over the main-text pages (fastest kept)")
    parser.add_argument("--sample", type=int, default=4, help="removed paragraphs shown per corpus")
    args = parser.parse_args()
    score = scorer(args.bench)
    print("Main text (scrapinghub, 92 pages; shingle P/R/F1 from score.py)")
    print(f"{'input':<11} {'extractor':<24} {'P':>6} {'R':>6} {'F1':>6} {'pages/s':>8}")
    rows = main_text_rows(args.bench, score, args.rounds)
    for kind, name, p, r, f, speed in rows:
        print(f"{kind:<11} {name:<24} {p:6.3f} {r:6.3f} {f:6.3f} {f'{speed:8.1f}' if speed else '       —'}")
    speeds = {name: speed for kind, name, *_, speed in rows if kind == "HTML"}
    print(f"storydesk / trafilatura pages per second: {speeds['storydesk'] / speeds['trafilatura']:.2f} "
          f"(/ trafilatura with its metadata: {speeds['storydesk'] / speeds['trafilatura + metadata']:.2f})")
    print("\nPublication date (htmldate pages; exact day)")
    print(f"{'input':<11} {'extractor':<26} {'accuracy':>8} {'coverage':>8} {'pages/s':>8}")
    for kind, name, accuracy, coverage, speed in date_rows(args.bench, score):
        print(f"{kind:<11} {name:<26} {accuracy:8.3f} {coverage:8.3f} {speed:8.1f}")
    cleaner_report(args.bench, args.sample)


if __name__ == "__main__":
    main()
