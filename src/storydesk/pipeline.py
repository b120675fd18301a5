"""The whole flow in one place: read → extract → annotate → dedupe → cluster → resolve → compose.

Stages are pure functions over records; this module wires them to the store. ``build`` is
incremental: only new content is extracted and annotated, and only the stories it touches
are composed again.
"""

from __future__ import annotations

import dataclasses
import re
import time
from collections import Counter
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date

from . import dating, dedupe, resolve
from .annotate.pipeline import annotate_many
from .annotate.times import resolve as resolve_time
from .cluster import (StoryIndex, StoryState, assign_stories, distinctive_terms, group_events, merge_stories,
                      story_vectors)
from .compose import summarize, timeline
from .compose.units import says_same, story_units
from .extract import extract
from .extract.article import content_hash
from .model import Article, Citation, Document, Event, Rejection, Story, TimelineEntry
from .read import read_inputs
from .runner import LocalRunner, RayRunner, make_runner
from .store import open_store

STORY_TIMELINE_DATES = 12
STORY_SUMMARY_WORDS = 150
STORY_ENTITIES = 40
COMPOSE_GROUP = 32  # stories composed at a time: enough to spread over a cluster, few enough to hold in memory

Progress = Callable[[str, int], None]  # (stage, items done since the last call)


@dataclass
class BuildReport:
    read: int = 0
    added: int = 0
    unchanged: int = 0
    rejected: Counter = field(default_factory=Counter)
    stories: int = 0
    touched: int = 0
    seconds: dict[str, float] = field(default_factory=dict)  # per stage, for benchmarks

    @contextmanager
    def timing(self, stage: str):
        start = time.perf_counter()
        yield
        self.seconds[stage] = self.seconds.get(stage, 0.0) + time.perf_counter() - start

    def line(self) -> str:
        reasons = "; ".join(f"{n} {reason}" for reason, n in self.rejected.most_common())
        rejected = sum(self.rejected.values())
        kept = self.added + self.unchanged
        return (f"read {self.read}, kept {kept} ({self.added} new, {self.unchanged} already in the desk), rejected {rejected}"
                + (f" ({reasons})" if reasons else "") + f"; stories {self.stories} ({self.touched} updated)")


def extract_all(items: Iterable[Document | Rejection], skip_hashes: set[str] = frozenset(),
                progress: Progress | None = None) -> tuple[list[Article], list[Rejection], int]:
    """Articles and rejections from read items; items whose content is already known are counted, not redone."""
    articles, rejections, unchanged, seen = [], [], 0, set(skip_hashes)
    for item in items:
        if progress:
            progress("reading", 1)
        if isinstance(item, Rejection):
            rejections.append(item)
            continue
        digest = content_hash(item)
        if digest in seen:
            unchanged += 1
            continue
        seen.add(digest)
        result = extract(item)
        (articles if isinstance(result, Article) else rejections).append(result)
    return articles, rejections, unchanged


def build(inputs: list[str], db: str = "storydesk.db", progress: Progress | None = None,
          runner: str = "local") -> BuildReport:
    """Add the articles under ``inputs`` to the desk at ``db`` and update the stories they touch,
    annotating and composing on the ``runner`` ("local" or "ray", see runner.py)."""
    store = open_store(db)
    try:
        stages = make_runner(runner)
        try:
            return _build(store, inputs, progress, stages)
        finally:
            stages.close()
    finally:
        store.close()


def _build(store, inputs: list[str], progress: Progress | None, runner: LocalRunner | RayRunner) -> BuildReport:
    report = BuildReport()
    with report.timing("read+extract"):
        items = list(read_inputs(inputs))
        report.read = len(items)
        new, rejections, report.unchanged = extract_all(items, store.known_hashes(), progress)
        new, taken = unique_ids(new, store.known_ids())
        rejections += taken
        report.rejected.update(r.reason.split(":")[0] for r in rejections)
        store.save_rejections(rejections)
    with report.timing("annotate"):
        new = runner.annotate(new, progress=(lambda n: progress("annotating", n)) if progress else None)
    report.added = len(new)
    store.commit()  # the rejections are kept whatever happens next
    if not store.lock(wait=False):  # another build of this desk is clustering: wait for it, then go on from its state
        if progress:
            progress("waiting for another build of this desk", 0)
        store.lock()
    with report.timing("dedupe"):
        copy_of, published, order, story_of = store.article_facts()
        seq = {a.id: store.next_seq() + n for n, a in enumerate(new)}
        published.update({a.id: a.published for a in new})
        order.update(seq)
        changed_copies = mark_copies(store, new, copy_of, published, order)
        new = [dataclasses.replace(a, copy_of=copy_of.get(a.id)) for a in new]
    with report.timing("cluster"):
        states, df = store.story_states(), store.docfreq()
        index = StoryIndex(states)
        assigned = assign_stories(new, index, df, story_of)
        story_of.update(assigned)
        merged = merge_stories(index, assigned)
        story_of.update({i: merged[s] for i, s in story_of.items() if s in merged})
        touched = {story_of[i] for i in assigned} | {story_of[i] for i in changed_copies if story_of.get(i)}
        store.save_articles(new, story_of, seq)
        store.merge_stories(merged)
        store.save_docfreq(df)
        store.save_story_states([states[i] for i in touched])
    with report.timing("resolve+compose"):
        recompose(store, [states[i] for i in sorted(touched)], runner)
        store.commit()
    report.stories, report.touched = len(states), len(touched)
    return report


def unique_ids(articles: list[Article], known: set[str]) -> tuple[list[Article], list[Rejection]]:
    """Articles whose id is free; a given id already used by other content is refused with its reason."""
    kept, refused, used = [], [], set(known)
    for article in articles:
        if article.id in used:
            refused.append(Rejection(article.source, f"duplicate id: {article.id!r} is already used by different content"))
            continue
        used.add(article.id)
        kept.append(article)
    return kept, refused


def mark_copies(store, new: list[Article], copy_of: dict, published: dict, order: dict) -> set[str]:
    """Update ``copy_of`` with the new articles' copy groups; returns the stored articles that changed."""
    index = dedupe.CopyIndex()
    for article_id, blob in store.signatures().items():
        index.add(article_id, dedupe.from_bytes(blob))
    signatures = {a.id: dedupe.signature(a.text) for a in new}
    changed = dedupe.assign_copies(signatures, index, copy_of, published, order)
    store.save_signatures({i: dedupe.to_bytes(m) for i, m in signatures.items()})
    new_ids = set(signatures)
    old_changed = {i for i in changed if i not in new_ids}
    for article in store.articles_by_id(old_changed):
        store.save_articles([dataclasses.replace(article, copy_of=copy_of.get(article.id))], {}, {})
    return old_changed


def recompose(store, states: list[StoryState], runner: LocalRunner | RayRunner) -> None:
    """Compose the stories again from their stored articles, COMPOSE_GROUP at a time."""
    for first in range(0, len(states), COMPOSE_GROUP):
        group = states[first:first + COMPOSE_GROUP]
        jobs = [(state.id, store.articles(state.id), state.keywords()) for state in group]
        for state, (story, dated) in zip(group, runner.map(compose_story, jobs)):
            store.save_articles(dated, {a.id: state.id for a in dated}, {})
            store.save_story(story)


def compose_story(story_id: str, articles: list[Article], keywords: list[str]) -> tuple[Story, list[Article]]:
    """A Story from its articles, and the articles with any missing dates inferred."""
    articles = [a if a.published_from != "inferred" else dataclasses.replace(a, published=None, published_from=None)
                for a in articles]
    vectors = story_vectors(articles)
    groups = events_of(articles, vectors)
    articles = resolve.infer_dates(articles, groups)
    by_id = {a.id: a for a in articles}
    groups.sort(key=lambda group: min((by_id[i].published or date.max) for i in group))
    events = [event_of(story_id, n, [by_id[i] for i in group], vectors) for n, group in enumerate(groups, start=1)]
    figures = resolve.story_figures(articles)
    actors, quotes = resolve.cast(resolve.merge_entities(articles)[:STORY_ENTITIES], resolve.story_quotes(articles), articles)
    days = [a.published for a in articles if a.published]
    originals = [a for a in articles if not a.copy_of]
    story = Story(
        id=story_id,
        title=story_title(articles, keywords),
        start=min(days, default=None),
        end=max(days, default=None),
        articles=tuple(a.id for a in articles),
        outlets=len({a.outlet or a.source for a in originals}),
        keywords=tuple(keywords),
        events=tuple(events),
        timeline=tuple(story_timeline(articles, events, by_id)),
        summary=tuple(summarize(articles, STORY_SUMMARY_WORDS)),
        entities=tuple(actors),
        figures=tuple(figures),
        disagreements=tuple(resolve.disagreements(figures)),
        quotes=tuple(quotes),
    )
    return story, articles


def events_of(articles: list[Article], vectors: dict | None = None) -> list[list[str]]:
    """Event groups of one story's articles, undated ones placed by the dates their text allows."""
    year = resolve.story_year(articles)
    return group_events(articles, {a.id: a.published for a in articles},
                        lambda group: dating.estimate(group, year), vectors)


def event_of(story_id: str, number: int, members: list[Article], vectors: dict) -> Event:
    ordered = sorted(members, key=lambda a: (a.copy_of is not None, a.published or date.max, a.id))
    return Event(
        id=f"{story_id}-e{number}",
        title=next((a.title for a in ordered if a.title), None) or lead_sentence(ordered[0]),
        date=min((a.published for a in ordered if a.published), default=None),
        articles=tuple(a.id for a in ordered),
        keywords=tuple(distinctive_terms([a.id for a in members], vectors)),
        end=max((a.published for a in ordered if a.published), default=None),
    )


def lead_sentence(article: Article) -> str:
    sentences = article.annotations.sentences if article.annotations else ()
    first = sentences[0] if sentences else None
    return article.text[first.start:first.end].strip() if first else article.text[:120]


def story_title(articles: list[Article], keywords: list[str]) -> str:
    dated = sorted(articles, key=lambda a: (a.copy_of is not None, a.published or date.max))
    return next((a.title for a in dated if a.title), None) or (lead_sentence(dated[0]) if dated else " ".join(keywords))


def story_timeline(articles: list[Article], events: list[Event], by_id: dict[str, Article]) -> list[TimelineEntry]:
    """Dated background the articles give, plus every event on its day with its lead sentence."""
    entries = {(e.date, e.precision): TimelineEntry(e.date, e.precision, e.sentences[0].text, tuple(e.citations))
               for e in timeline(articles, STORY_TIMELINE_DATES, 1)}
    told = {entry.text for entry in entries.values()}
    first_units = None
    for event in events:
        leads = [by_id[i] for i in event.articles
                 if not by_id[i].copy_of and by_id[i].annotations and by_id[i].annotations.sentences]
        if event.date is None or (event.date, "day") in entries or not leads or tells_another_day(leads[0], event.date):
            continue
        if first_units is None:  # built only when an event needs a line of its own
            first_units = {u.article.id: u for u in story_units(articles) if u.position == 0}
        citations = tuple(Citation(a.id, a.annotations.sentences[0].start, a.annotations.sentences[0].end)
                          for a in leads if a is leads[0] or leads_agree(first_units, leads[0], a))
        text = lead_sentence(leads[0])
        if text not in told:
            entries[(event.date, "day")] = TimelineEntry(event.date, "day", text, citations)
            told.add(text)
    return [entries[key] for key in sorted(entries)]


def leads_agree(first_units: dict, lead: Article, other: Article) -> bool:
    """Whether the other article's first sentence says what the lead article's does (see says_same)."""
    claim, backing = first_units.get(lead.id), first_units.get(other.id)
    return bool(claim and backing) and says_same(claim, backing)


def tells_another_day(article: Article, day: date) -> bool:
    """Whether the article's lead names only days other than ``day`` ("on Tuesday" in the lead of
    an article whose event was dated to the Sunday after): under ``day`` it would misdate what it says."""
    first = article.annotations.sentences[0]
    days = {resolved[0] for ref in article.annotations.times if first.start <= ref.start < first.end
            and (resolved := resolve_time(ref.spec, article.published)) and resolved[1] == "day"}
    return bool(days) and day not in days


def one_story(inputs: list[str]) -> tuple[list[Article], list[Rejection]]:
    """All inputs as one story (no desk): extracted, annotated, copies marked, dates inferred."""
    articles, rejections, _ = extract_all(read_inputs(inputs))
    articles, taken = unique_ids(articles, set())
    articles = annotate_many(articles)
    copy_of: dict[str, str | None] = {}
    dedupe.assign_copies({a.id: dedupe.signature(a.text) for a in articles}, dedupe.CopyIndex(), copy_of,
                         {a.id: a.published for a in articles}, {a.id: n for n, a in enumerate(articles)})
    articles = [dataclasses.replace(a, copy_of=copy_of.get(a.id)) for a in articles]
    return resolve.infer_dates(articles, events_of(articles)), rejections + taken


def dossier(db: str, story_id: str | None = None) -> dict:
    """The dossier of the desk (or of one story) as JSON-ready data."""
    from .render.json import make_dossier

    store = open_store(db, create=False)
    try:
        stories = store.stories(story_id)
        wanted = {i for s in stories for i in s["articles"]}
        articles = [a for a in store.articles(story_id) if a.id in wanted]
        return make_dossier(articles, stories, store.rejections() if story_id is None else [])
    finally:
        store.close()


def desk_index(db: str, query: str = "") -> dict:
    """The desk's stories without their articles, most recently active first (undated ones last), and
    the inputs it could not read; with a ``query``, only the stories whose articles hold every one of
    its terms (words, or "phrases in double quotes") in their titles or texts, in any case."""
    store = open_store(db, create=False)
    try:
        stories = store.stories()
        for term in search_terms(query):
            found = store.stories_mentioning(term)
            stories = [s for s in stories if s["id"] in found]
        rejected = [{"source": r.source, "reason": r.reason} for r in store.rejections()]
    finally:
        store.close()
    stories.sort(key=lambda s: s["end"] or "", reverse=True)  # ISO dates sort as text; "" (undated) last
    return {"query": query, "stories": stories, "rejected": rejected}


def search_terms(query: str) -> list[str]:
    """The terms of a search: "quoted phrases" whole, other words one by one."""
    return [phrase or word for phrase, word in re.findall(r'"([^"]+)"|(\S+)', query) if (phrase or word).strip()]


__all__ = ["build", "compose_story", "desk_index", "dossier", "extract_all", "one_story", "BuildReport"]
