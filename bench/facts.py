"""Figure and quote extraction scored on the hand-annotated fixtures in tests/fixtures/facts.

Six sets, each from its own articles: "dev" (tests/fixtures/facts), "dev 2" to "dev 5"
(second/ to fifth/), whose misses the extractor's rules were developed against, and
"held-out" (heldout/), drawn last, which says how the rules carry to text they were not
written against. See the fixture's README. --show-errors lists the dev sets' misses only:
the held-out set is scored, not read.

A figure is right when its measure, value and bound all match a gold figure of the same
sentence; a quote is right when its span covers the gold quote's words (character Jaccard
>= 0.6) and its speaker is the gold speaker (or one of the names the annotator also
accepted). Predictions are counted only inside the annotated sentences and passages.
Where a set's figures were annotated with who gives them (the first dev set), a "sources" row
scores that field on the figures found right (see same_source).

    .venv/bin/python bench/facts.py [--show-errors] [--dev-only]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import time
from collections import Counter
from pathlib import Path

from storydesk.annotate import annotate
from storydesk.annotate.quotes import fold
from storydesk.model import Article

FIXTURE = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "facts"
SETS = {"dev": FIXTURE, "dev 2": FIXTURE / "second", "dev 3": FIXTURE / "third", "dev 4": FIXTURE / "fourth",
        "dev 5": FIXTURE / "fifth", "held-out": FIXTURE / "heldout"}
HELD_OUT = "held-out"
MIN_SPAN_JACCARD = 0.6


def load(folder: Path, name: str) -> list[dict]:
    path = folder / name
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as stream:
        return [json.loads(line) for line in stream]


def annotated_articles(folder: Path) -> dict[str, Article]:
    articles = [Article(id=a["id"], source=a["id"], text=a["text"], content_hash=a["id"]) for a in load(folder, "articles.jsonl.gz")]
    return {a.id: a for a in annotate(articles)}


def figure_key(measure: str, value: float, bound: str) -> tuple:
    return measure, round(float(value), 3), bound


def score_figures(items: list[dict], articles: dict[str, Article], show: bool) -> Counter:
    counts = Counter()
    for item in items:
        article = articles[item["article"]]
        start, end = span_in(article.text, item["sentence"])
        predicted = Counter(figure_key(f.measure, f.value, f.bound) for f in article.annotations.figures
                            if start <= phrase_start(article.text, f) < end)
        gold = Counter(figure_key(g["measure"], g["value"], g["bound"]) for g in item["figures"])
        counts.update(tp=sum((predicted & gold).values()), predicted=sum(predicted.values()), gold=sum(gold.values()),
                      sentences_with_figures=bool(gold))
        counts.update(score_sources(item["figures"], [f for f in article.annotations.figures
                                                      if start <= phrase_start(article.text, f) < end]))
        if show and predicted != gold:
            print(f"FIGURE {item['article']}: {item['sentence'][:160]}\n   missed {dict(gold - predicted)}"
                  f"\n   extra  {dict(predicted - gold)}")
    return counts


def score_sources(gold: list[dict], predicted: list) -> Counter:
    """Who gives each figure found right: of the gold figures with a source, how many were given
    it (``sources_tp`` of ``sources_gold``); of those given any source, how many are right
    (of ``sources_predicted``, which counts a source where the annotator named none)."""
    counts, unused = Counter(), list(predicted)
    for g in gold:
        key = figure_key(g["measure"], g["value"], g["bound"])
        found = next((f for f in unused if figure_key(f.measure, f.value, f.bound) == key), None)
        if found is None:
            continue
        unused.remove(found)
        right = same_source(found.attributed_to, g.get("attributed_to"))
        counts.update(sources_gold=bool(g.get("attributed_to")), sources_predicted=bool(found.attributed_to), sources_tp=right)
    return counts


def same_source(predicted: str | None, gold: str | None) -> bool:
    """The same source, however worded: the same head word ("health ministry", "Egypt's Health
    Ministry"), or the words of one within the other ("UN" in "officials at the UN")."""
    a, b = source_words(predicted), source_words(gold)
    return bool(a and b) and (a[-1] == b[-1] or set(a) <= set(b) or set(b) <= set(a))


def source_words(name: str | None) -> list[str]:
    return [w for w in re.findall(r"[a-z0-9]+", re.sub(r"['’]s\b", "", fold(name or "").lower()))
            if w not in ("the", "a", "an", "its", "his", "her", "their")]


def phrase_start(text: str, figure) -> int:
    """Where the figure's own words begin (its start/end cover the whole sentence)."""
    found = text.find(figure.text, figure.start, figure.end)
    return found if found >= 0 else figure.start


def speaker_key(name: str | None) -> str:
    """A speaker's name as compared: accents, case, punctuation and a leading article left off."""
    return re.sub(r"^(the|a|an)\s+", "", " ".join(re.findall(r"[\w'’.-]+", fold(name or ""))))


def span_in(text: str, words: str, start: int = 0) -> tuple[int, int]:
    """Where an annotated sentence, passage or quote stands in its article."""
    at = text.index(words, start)
    return at, at + len(words)


def span_jaccard(a: tuple[int, int], b: tuple[int, int]) -> float:
    overlap = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    return overlap / (max(a[1], b[1]) - min(a[0], b[0]))


def score_quotes(items: list[dict], articles: dict[str, Article], show: bool) -> Counter:
    counts = Counter()
    for item in items:
        article = articles[item["article"]]
        start, end = span_in(article.text, item["passage"])
        predicted = [q for q in article.annotations.quotes if start <= q.start < end]
        gold, after = [], start
        for g in item["quotes"]:  # in passage order, so that a quote said twice is found twice
            span = span_in(article.text, g["text"], after) if g["text"] in article.text[after:end] else span_in(article.text, g["text"], start)
            after = span[1]
            gold.append((span, {speaker_key(n) for n in [g["speaker"], *g["also"]]}, g["speaker"]))
        unmatched = list(gold)
        for quote in predicted:
            match = next((g for g in unmatched if span_jaccard((quote.start, quote.end), g[0]) >= MIN_SPAN_JACCARD
                          and speaker_key(quote.speaker) in g[1]), None)
            if match:
                unmatched.remove(match)
                counts["tp"] += 1
            elif show:
                print(f"QUOTE extra {item['article']}: [{quote.speaker}] {quote.text[:90]}")
        if show:
            for (span, _, speaker) in unmatched:
                print(f"QUOTE missed {item['article']}: [{speaker}] {article.text[span[0]:span[1]][:90]}")
        counts.update(predicted=len(predicted), gold=len(gold))
    return counts


def row(name: str, counts: Counter) -> str:
    precision = counts["tp"] / counts["predicted"] if counts["predicted"] else 0.0
    recall = counts["tp"] / counts["gold"] if counts["gold"] else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return f"{name:<8} {counts['gold']:>5} {counts['predicted']:>9} {counts['tp']:>6} {precision:>10.3f} {recall:>7.3f} {f1:>6.3f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show-errors", action="store_true", help="print every missed and extra item of the dev sets")
    parser.add_argument("--dev-only", action="store_true", help="leave the held-out set out (while developing rules)")
    args = parser.parse_args()
    for name, folder in SETS.items():
        if args.dev_only and name == HELD_OUT:
            continue
        began = time.perf_counter()
        articles = annotated_articles(folder)
        seconds = time.perf_counter() - began
        show = args.show_errors and name != HELD_OUT
        figures = score_figures(load(folder, "figures.jsonl"), articles, show)
        quotes = score_quotes(load(folder, "quotes.jsonl"), articles, show)
        print(f"\n{name}: {len(articles)} articles, {figures['sentences_with_figures']} sentences with figures "
              f"(of {len(load(folder, 'figures.jsonl'))} annotated), {quotes['gold']} quotes; annotated in {seconds:.1f} s")
        print(f"{'':<8} {'gold':>5} {'predicted':>9} {'right':>6} {'precision':>10} {'recall':>7} {'F1':>6}")
        print(row("figures", figures))
        print(row("quotes", quotes))
        if figures["sources_gold"]:  # only the first set's figures were annotated with their sources
            print(row("sources", Counter(tp=figures["sources_tp"], predicted=figures["sources_predicted"],
                                         gold=figures["sources_gold"])) + "   (of the figures found right)")


if __name__ == "__main__":
    main()
