"""Streams made from real dev articles by controlled edits: reprints for the copy benchmark, worlds for scale.

A reprint is a real article with two or three of the edits outlets make to wire copy. A world
is the whole dev corpus replayed with its specific words (names, places, topic words: all but
the words in a fifth of the articles) respelled for that world and each story moved to a day
of its own, so that each world brings stories of its own while the common vocabulary stays
shared, as in a real stream.
"""

from __future__ import annotations

import dataclasses
import math
import random
import re
from collections import Counter
from collections.abc import Iterator
from datetime import date, timedelta

from storydesk.model import Article

# Furniture and credit lines written for this benchmark (not taken from any corpus).
BOILERPLATE = ("Sign up for our morning newsletter.", "Follow us on social media for the latest updates.",
               "Copyright. All rights reserved. This material may not be republished without permission.",
               "Advertisement", "Read more: our full coverage of this story.")
CREDITS = ("By a staff reporter, with wire services", "Reporting by our correspondents; editing by the news desk",
           "Staff and agencies")
EDITS = ("headline", "trim", "reorder", "boilerplate", "local", "credit")
REPRINT_RATE = 0.2  # share of a world's articles that are reprinted once more by another outlet
WORLD_DAYS = 30  # the stream's span grows by this much for every world it replays
FIRST_DAY = date(2020, 1, 1)
LOCAL_WORDS = 40  # the most words a lent local sentence keeps
SPECIFIC_SHARE = 0.2  # a word in fewer than this share of articles is specific to its world


def paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n") if p.strip()]


def reprint(text: str, other: str, rng: random.Random) -> tuple[str, tuple[str, ...]]:
    """``text`` with two or three random edits (``other`` lends a headline and a local sentence)."""
    edits = tuple(rng.sample(EDITS, rng.choice((2, 3))))
    body, lent = paragraphs(text), re.split(r"(?<=[.!?])\s+", " ".join(paragraphs(other)))
    if "trim" in edits and len(body) > 3:
        body = body[: max(3, round(len(body) * rng.uniform(0.6, 0.85)))]
    if "reorder" in edits and len(body) > 3:
        k = rng.randrange(1, len(body) - 1)
        body[k], body[k + 1] = body[k + 1], body[k]
    if "local" in edits:  # one sentence, even where ``other`` runs on with no full stop (a list of teasers)
        body.insert(rng.randrange(1, len(body) + 1), " ".join(rng.choice(lent).split()[:LOCAL_WORDS]))
    if "headline" in edits:
        body.insert(0, " ".join(lent[0].split()[:12]))
    if "credit" in edits:
        body.insert(0 if rng.random() < 0.5 else len(body), rng.choice(CREDITS))
    if "boilerplate" in edits:
        body += rng.sample(BOILERPLATE, 2)
    return "\n\n".join(body), edits


def specific_words(articles: list[Article]) -> set[str]:
    """Words and terms in fewer than SPECIFIC_SHARE of the articles."""
    df: Counter = Counter()
    for article in articles:
        df.update(set(re.findall(r"\w+", article.text.lower())) | set(article.annotations.terms))
    return {word for word, n in df.items() if n < SPECIFIC_SHARE * len(articles)}


def respelled(article: Article, world: int, specific: set[str], new_id: str, shift: timedelta) -> Article:
    """The article as it would read in ``world``: its specific words, terms and names respelled."""
    suffix = f"x{world}"

    def word(match: re.Match) -> str:
        return match.group() + suffix if match.group().lower() in specific else match.group()

    ann = article.annotations
    terms = tuple(t + suffix if t in specific else t for t in ann.terms)
    mentions = tuple(dataclasses.replace(m, text=m.text + suffix) for m in ann.mentions)
    return dataclasses.replace(article, id=new_id, text=re.sub(r"\w+", word, article.text),
                               title=article.title and re.sub(r"\w+", word, article.title),
                               published=article.published and article.published + shift,
                               annotations=dataclasses.replace(ann, terms=terms, mentions=mentions))


def world_stream(bases: list[Article], stories: list[str], total: int, seed: int = 17) -> Iterator[list[Article]]:
    """``total`` articles in daily batches, in date order, from as many worlds as it takes.

    In each world every story (``stories[i]`` is the story of ``bases[i]``) starts on a random
    day of the stream's span and keeps its own course of days, so that at any point of the
    stream stories of every kind and age run side by side, as in a real stream. Undated bases
    stay undated and ride in a batch of a random day of their story.
    """
    rng = random.Random(seed)
    specific = specific_words(bases)
    # 30% to spare, so that the stream ends before its long stories fade out
    worlds = math.ceil(total * 1.3 / (len(bases) * (1 + REPRINT_RATE)))
    span_days = worlds * WORLD_DAYS
    members: dict[str, list[int]] = {}
    for n, story in enumerate(stories):
        members.setdefault(story, []).append(n)
    plan = []  # (batch day, world, base index, reprint seed or None, date shift): the stream before it is built
    for world in range(worlds):
        for ids in members.values():
            dated = [bases[n].published for n in ids if bases[n].published]
            start, length = min(dated, default=FIRST_DAY), (max(dated) - min(dated)).days if dated else 0
            # a story may have begun before the stream does: from its first day on, stories of
            # every age run side by side, not only young ones, and the cost of an article is the same
            shift = FIRST_DAY + timedelta(days=rng.randrange(-length, span_days)) - start
            for n in ids:
                day = (bases[n].published or start + timedelta(days=rng.randrange(length + 1))) + shift
                if day < FIRST_DAY:
                    continue
                plan.append((day, world, n, None, shift))
                if rng.random() < REPRINT_RATE:
                    plan.append((day + timedelta(days=rng.randrange(3)), world, n, rng.randrange(1 << 30), shift))
    plan.sort(key=lambda item: (item[0], item[1], item[2], item[3] or 0))
    batch: list[Article] = []
    for k, (day, world, n, reprint_seed, shift) in enumerate(plan[:total]):
        article = respelled(bases[n], world, specific, f"w{world}-{n}" + (f"-r{reprint_seed}" if reprint_seed else ""),
                            shift)
        if reprint_seed is not None:
            article = reprinted(article, bases[(n + 1) % len(bases)], random.Random(reprint_seed))
            article = dataclasses.replace(article, published=article.published and day)
        batch.append(article)
        if k + 1 == min(total, len(plan)) or plan[k + 1][0] != day:
            yield batch
            batch = []


def reprinted(article: Article, other: Article, rng: random.Random) -> Article:
    """A reprint of ``article``: edited text, a quarter of its terms gone with the trimmed parts."""
    text, _ = reprint(article.text, other.text, rng)
    terms = tuple(t for t in article.annotations.terms if rng.random() > 0.25)
    return dataclasses.replace(article, text=text, annotations=dataclasses.replace(article.annotations, terms=terms))
