"""Draws the candidate passages of the hand-annotated facts fixture (tests/fixtures/facts).

Run once to make the draft; the gold fields were then filled in by hand (see the fixture's
README). Kept so that the selection can be checked and repeated:

    .venv/bin/python bench/facts_sample.py --out /tmp/facts-draft
"""

from __future__ import annotations

import argparse
import ast
import csv
import json
import random
import re
import sys
from pathlib import Path

csv.field_size_limit(sys.maxsize)
BENCH = Path(__file__).resolve().parents[2] / "shared" / "bench"
T17_TOPICS = ("egypt", "finan", "h1n1", "haiti", "iraq", "mj")
# Broad on purpose (wider than the extractor's cues): a sentence is a candidate when it has a
# number and any word for people or for something that happens to them.
PEOPLE_WORDS = re.compile(
    r"\b(people|persons|civilians|children|women|men|soldiers|troops|forces|fighters|militants|rebels|"
    r"protesters|demonstrators|police|officers|residents|refugees|migrants|victims|casualties|bodies|"
    r"dead|died|deaths?|killed|injured|wounded|hurt|missing|displaced|homeless|evacuated|fled|arrested|"
    r"detained|prisoners|jailed|kidnapped|abducted|hostages|cases|infected|patients|sick|toll|lives|"
    r"survivors|workers|students|journalists|members|inmates|passengers)\b", re.I)
NUMBER = re.compile(r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
                    r"fifty|hundred|thousand|million|dozens?|hundreds|thousands|millions|scores)\b", re.I)
# The second, narrower draw: a number and a word for what happened to people. The broad draw
# gave too few sentences with figures (64 of 230) to reach the 150 the fixture needs.
EVENT_WORDS = re.compile(
    r"\b(killed|killing|dead|died|deaths?|toll|injured|wounded|displaced|homeless|fled|evacuated|refugees|"
    r"arrested|detained|missing|kidnapped|abducted|hostages|troops|soldiers|cases|infected|protesters|"
    r"demonstrators)\b", re.I)
QUOTE = re.compile(r"“[^”]{12,}”|\"[^\"]{12,}\"")
SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[\"“A-Z])")


def detokenise(line: str) -> str:
    """Timeline17 is Penn-Treebank tokenised; put its text back as an outlet printed it."""
    text = line.replace("-LRB-", "(").replace("-RRB-", ")").replace("\\/", "/")
    text = re.sub(r"``\s*", "“", text)
    text = re.sub(r"\s*''", "”", text)
    text = re.sub(r" (n't|'s|'re|'ve|'ll|'d|'m|%)\b", r"\1", text)
    text = re.sub(r" ([.,;:!?%)\]])", r"\1", text)
    text = re.sub(r"([(\[$]) ", r"\1", text)
    text = re.sub(r"“ ", "“", text)
    return re.sub(r" ”", "”", text).strip()


def t17_articles() -> list[dict]:
    articles = []
    for topic in T17_TOPICS:
        with (BENCH / "timelines" / "t17" / topic / "articles.csv").open(encoding="utf-8") as stream:
            for n, row in enumerate(csv.DictReader(stream)):
                text = "\n\n".join(detokenise(line) for line in row["text"].splitlines() if line.strip())
                articles.append({"id": f"t17-{topic}-{n}", "published": row["date"], "text": text})
    return articles


def multinews_articles() -> list[dict]:
    articles = []
    with (BENCH / "summaries" / "multinews" / "validation.csv").open(encoding="utf-8") as stream:
        for row_number, row in enumerate(csv.DictReader(stream)):
            for n, text in enumerate(ast.literal_eval(row["documents"])):
                paragraphs = [" ".join(p.split()) for p in text.split("\n") if p.strip()]
                if paragraphs:
                    articles.append({"id": f"mn-{row_number}-{n}", "published": None, "text": "\n\n".join(paragraphs)})
    return articles


def sentences(text: str) -> list[str]:
    return [s for paragraph in text.split("\n\n") for s in SENTENCE_END.split(paragraph) if s.strip()]


def draw(articles: list[dict], per_article: int, figure_total: int, quote_total: int, seed: int,
         words: re.Pattern = PEOPLE_WORDS, taken: frozenset = frozenset()):
    rng = random.Random(seed)
    articles = articles[:]
    rng.shuffle(articles)
    figure_items, quote_items, used = [], [], {}
    for article in articles:
        figure_sentences = [s for s in sentences(article["text"])
                            if NUMBER.search(s) and words.search(s) and s not in taken]
        quote_paragraphs = [p for p in article["text"].split("\n\n") if QUOTE.search(p)]
        rng.shuffle(figure_sentences)
        rng.shuffle(quote_paragraphs)
        took = False
        for sentence in figure_sentences[:per_article]:
            if len(figure_items) < figure_total:
                figure_items.append({"article": article["id"], "sentence": sentence, "figures": []})
                took = True
        for paragraph in quote_paragraphs[:1]:
            if len(quote_items) < quote_total:
                quote_items.append({"article": article["id"], "passage": paragraph, "quotes": []})
                took = True
        if took:
            used[article["id"]] = article
        if len(figure_items) >= figure_total and len(quote_items) >= quote_total:
            break
    return list(used.values()), figure_items, quote_items


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    sources = t17_articles(), multinews_articles()
    broad = [draw(source, 2, figures, 50, args.seed) for source, figures in zip(sources, (130, 100))]
    taken = frozenset(item["sentence"] for _, items, _ in broad for item in items)
    narrow = [draw(source, 1, figures, 0, args.seed + 1, EVENT_WORDS, taken) for source, figures in zip(sources, (160, 40))]
    articles = {a["id"]: a for used, _, _ in broad + narrow for a in used}
    write(args.out / "articles.jsonl", articles.values())
    write(args.out / "figures.jsonl", [item for _, items, _ in broad + narrow for item in items])
    write(args.out / "quotes.jsonl", [item for _, _, items in broad for item in items])


def write(path: Path, items) -> None:
    with path.open("w", encoding="utf-8") as stream:
        for item in items:
            stream.write(json.dumps(item, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
