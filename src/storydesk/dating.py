"""Dates for undated articles: the window their own time expressions and captions allow.

An article that names a past day was written after it; one that announces a future day
was written before it; a photo caption's date is a floor (the photo existed first). When
a group of undated articles about one event has both a floor and a ceiling close together,
the middle of that window is the best single guess.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from .model import Article

MAX_WINDOW_DAYS = 31  # a wider window says too little to date an event by


def day_references(article: Article, year: int | None) -> list[tuple[date, int]]:
    """(day, direction) for each day-precise reference; a day without a year takes ``year``."""
    found = []
    for ref in article.annotations.times if article.annotations else ():
        if ref.spec[0] != "day":
            continue
        _, ref_year, month, day, direction = ref.spec
        ref_year = ref_year or year
        if ref_year is None:
            continue
        found.append((date(ref_year, month, min(day, calendar.monthrange(ref_year, month)[1])), direction))
    return found


def window(articles: list[Article], year_hint: int | None) -> tuple[date | None, date | None]:
    """(floor, ceiling) on when the articles were written, from captions and day references."""
    floors = [a.date_floor for a in articles if a.date_floor]
    floors += [d for a in articles for d, direction in day_references(a, None) if direction <= 0]
    year = max(floors).year if floors else year_hint
    references = [r for a in articles for r in day_references(a, year)]
    floor = max([d for d, direction in references if direction <= 0] + floors, default=None)
    ceiling = min((d for d, direction in references if direction > 0), default=None)
    if floor and ceiling and ceiling <= floor:
        ceiling = None  # the text contradicts itself; trust what has happened
    return floor, ceiling


def estimate(articles: list[Article], year_hint: int | None = None) -> date | None:
    """The middle of the window the articles allow, when it is narrow enough to mean something."""
    floor, ceiling = window(articles, year_hint)
    if floor is None or ceiling is None or (ceiling - floor).days > MAX_WINDOW_DAYS:
        return None
    return floor + timedelta(days=(ceiling - floor).days // 2)
