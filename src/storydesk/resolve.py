"""Across the articles of a story: missing dates inferred, entity aliases merged, figures compared."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter, defaultdict
from datetime import date
from difflib import SequenceMatcher

from . import dating
from .annotate.figures import PLACE_LABELS
from .annotate.pipeline import DESCRIBING
from .annotate.quotes import fold, same_word
from .annotate.times import resolve
from .cluster import entity_key
from .annotate.vocab import APPOSITION, ROLE_TITLES, TITLES
from .model import Actor, Article, Citation, Disagreement, StoryFigure, StoryQuote

LINK_WORDS = ("of", "for", "the", "and", "de", "du", "la")  # words of a name its acronym skips
ACRONYM_GIVEN = re.compile(rf"((?:[A-Z][\w'’\-]*\s+(?:(?:{'|'.join(LINK_WORDS)})\s+)*){{1,8}})\(([A-Z]{{2,6}})\)")
ACRONYM = re.compile(r"(?:[A-Z]\.?){2,6}")  # "UN", "U.N."
UPDATE_GAP_DAYS = 3  # a larger count this many days later updates an earlier one rather than disputing it
WHOLE_SCOPES = {None, "people", "persons"}
# Nouns a place's name goes with ("Lessa province", "the Azur river"); "city" and "state" are left out,
# since "Mexico City" and "New York state" are not the places their first words name.
PLACE_NOUNS = {"province", "region", "district", "county", "governorate", "prefecture", "river", "valley",
               "island", "lake", "mountains", "peninsula", "desert", "oblast"}
_TITLE_WORD = r"[A-Z](?:(?:\.[A-Z])+\.|[\w'’-]*)"  # "United", "U.N."; a sentence's last word ("Monday.") is none
TITLE_BEFORE_NAME = re.compile(rf"(?<![\w.'’-])((?:{_TITLE_WORD}\s+){{0,3}}(?i:{ROLE_TITLES}))\.?\s+$")
TITLE_REACH = 160  # characters before a name searched for its title: three words and the title
BACKGROUND_DAYS = 365  # a figure dated this much before its article's date is background (see figure_as_of)
SINCE = re.compile(r"\b(since|so far|to date|in total|overall)\b", re.I)  # words of a cumulative count, which holds now


def infer_dates(articles: list[Article], events: list[list[str]]) -> list[Article]:
    """Articles with no date take their event's median date; an event with no dated article
    takes the window its own text allows; failing that, an article's latest dated reference."""
    by_id = {a.id: a for a in articles}
    result = dict(by_id)
    year = story_year(articles)
    for group in events:
        known = sorted(by_id[i].published for i in group if by_id[i].published)
        window_guess = None if known else dating.estimate([by_id[i] for i in group], year)
        for article_id in group:
            article = by_id[article_id]
            if article.published:
                continue
            guess = known[len(known) // 2] if known else window_guess or latest_reference(article)
            if guess:
                result[article_id] = dataclasses.replace(article, published=guess, published_from="inferred")
    return [result[a.id] for a in articles]


def story_year(articles: list[Article]) -> int | None:
    """The year most of the story's dated articles were published: the year a bare "February 26" means."""
    years = Counter(a.published.year for a in articles if a.published)
    return years.most_common(1)[0][0] if years else None


def latest_reference(article: Article) -> date | None:
    """The latest day the article names with its year: it was written no earlier."""
    if not article.annotations:
        return None
    days = [resolve(t.spec, None) for t in article.annotations.times if t.spec[0] == "day" and t.spec[1]]
    return max((d for d, _ in filter(None, days)), default=None)


def merge_entities(articles: list[Article], min_articles: int = 1) -> list[Actor]:
    """One Actor per real-world entity: accents, titles, dots, surnames and acronyms folded in."""
    mentions = [(a.id, m) for a in articles if a.annotations for m in a.annotations.mentions if m.label != DESCRIBING]
    canonical: dict[str, str] = {}
    for article in articles:
        canonical.update(aliases_within(article))
    groups: dict[str, list] = defaultdict(list)
    for article_id, mention in mentions:
        key = entity_key(strip_title(mention.text))
        groups[canonical.get(key, key)].append((article_id, mention))
    merge_spelling_variants(groups)
    retype_places(groups)
    by_surname: dict[str, list[str]] = defaultdict(list)
    for key, members in groups.items():
        if len(key.split()) > 1 and label_of(members) == "PERSON":
            by_surname[key.split()[-1]].append(key)
    for key in [k for k in groups if len(k.split()) == 1]:
        fuller = by_surname.get(key, [])
        if len(fuller) == 1:
            groups[fuller[0]].extend(groups.pop(key))
    merge_short_forms(groups)
    actors = []
    for key, members in groups.items():
        names = Counter(strip_title(m.text) for _, m in members)
        article_ids = {a for a, _ in members}
        if len(article_ids) < min_articles:
            continue
        name = preferred_name(names)
        actors.append(Actor(name=name, type=label_of(members), aliases=tuple(sorted(set(names) - {name})),
                            articles=len(article_ids), article_ids=tuple(sorted(article_ids))))
    return sorted(actors, key=lambda a: (-a.articles, a.name))


def preferred_name(names: Counter) -> str:
    """The name an actor goes by: a full name before a single word, then the spelling used most,
    then one with its accents; among spellings still tied, the one nearest all the others
    ("Muammar Gaddafi" among "Moammar Gadhafi" and "Muammar Gaddafii"): a typo stands apart."""
    def rank(name: str) -> tuple:
        return len(name.split()) > 1, names[name], any(ord(c) > 127 for c in name)
    best = max(map(rank, names))
    tied = [name for name in names if rank(name) == best]
    return max(tied, key=lambda name: (sum(names[other] * SequenceMatcher(None, fold(name), fold(other)).ratio()
                                           for other in names if other != name), len(name)))


def merge_short_forms(groups: dict[str, list]) -> None:
    """Fold a short form into the one longer name of the story it stands for: an acronym into the
    name it is the initials of ("UN" → "United Nations", where no text spelled it out), and an
    organisation named without its qualifier into the qualified name ("Security Council" →
    "UN Security Council"). A short form that could stand for two names is left alone, and an
    acronym is never taken for a person's initials."""
    by_initials: dict[str, list[str]] = defaultdict(list)
    by_suffix: dict[str, list[str]] = defaultdict(list)
    for key, members in groups.items():
        words = key.split()
        if len(words) < 2 or label_of(members) == "PERSON":
            continue
        by_initials["".join(w[0] for w in words if w not in LINK_WORDS)].append(key)
        if label_of(members) == "ORG":
            for start in range(1, len(words) - 1):
                by_suffix[" ".join(words[start:])].append(key)
    for key in list(groups):
        members = groups[key]
        if all(ACRONYM.fullmatch(m.text) for _, m in members):
            targets = by_initials.get(key, [])
        elif label_of(members) == "ORG":
            targets = by_suffix.get(key, [])
        else:
            continue
        if len(targets) == 1 and targets[0] in groups:
            groups[targets[0]].extend(groups.pop(key))


def merge_spelling_variants(groups: dict[str, list]) -> None:
    """Fold transliteration variants of one person's name ("Gadhafi", "Gaddafi") into the most mentioned.

    Only people: places and organisations that differ by a letter are often different
    ("Niger", "Nigeria"). Names must agree word by word, each word nearly the same.
    """
    people = sorted((k for k, ms in groups.items() if label_of(ms) == "PERSON"), key=lambda k: -len(groups[k]))
    by_initials: dict[tuple, list[str]] = defaultdict(list)  # only names with the same initials can match
    for name in people:
        by_initials[tuple(w[0] for w in name.split())].append(name)
    for names in by_initials.values():
        for index, variant in enumerate(names):
            target = next((k for k in names[:index] if k in groups and same_name(k, variant)), None)
            if target is not None and variant in groups:
                groups[target].extend(groups.pop(variant))


def retype_places(groups: dict[str, list]) -> None:
    """A one-word name the tagger took for a person is a place where the story also names it with a
    place noun ("Lessa" beside "Lessa province"): all of its mentions decide what it is."""
    for key, members in list(groups.items()):
        words, place = key.split(), label_of(members)
        bare = groups.get(words[0]) if len(words) == 2 and words[1] in PLACE_NOUNS else None
        if bare and place in PLACE_LABELS and label_of(bare) == "PERSON":
            groups[words[0]] = [(article_id, dataclasses.replace(m, label=place)) for article_id, m in bare]


def same_name(a: str, b: str) -> bool:
    words_a, words_b = a.split(), b.split()
    return len(words_a) == len(words_b) and all(map(same_word, words_a, words_b))


def aliases_within(article: Article) -> dict[str, str]:
    """Acronyms given in the text ("Government of National Accord (GNA)") mapped to their expansion."""
    found = {}
    for match in ACRONYM_GIVEN.finditer(article.text):
        words, acronym = match.group(1).split(), match.group(2)
        for size in range(len(words), 0, -1):
            tail = words[-size:]
            if tail[0][0].isupper() and "".join(w[0] for w in tail if w[0].isupper()) == acronym:
                found[entity_key(acronym)] = entity_key(" ".join(tail))
                break
    return found


def strip_title(name: str) -> str:
    return TITLES.sub("", name).strip()


def label_of(members: list) -> str:
    """The entity type most of its mentions were given."""
    return Counter(m.label for _, m in members).most_common(1)[0][0]


def story_figures(articles: list[Article]) -> list[StoryFigure]:
    figures = []
    for article in articles:
        if article.copy_of or not article.annotations:
            continue  # a wire copy is not another source
        for f in article.annotations.figures:
            figures.append(StoryFigure(
                measure=f.measure, value=f.value, bound=f.bound, qualifier=f.qualifier,
                attributed_to=f.attributed_to, as_of=figure_as_of(article, f), text=f.text,
                citation=Citation(article.id, f.start, f.end), place=f.place, period=f.period, superseded=f.superseded,
            ))
    return figures


def figure_as_of(article: Article, figure) -> date | None:
    """When a figure holds: the publication date, unless its sentence dates it to an earlier year
    ("the flood of 1987 killed 300") — then it is background, as of that time. A count
    "since" a past date is cumulative: it holds now. A count the article gives as replaced
    ("up from 30,000") held at some earlier time the sentence does not say: None."""
    if figure.superseded:
        return None
    anchor = article.published
    if SINCE.search(article.text[figure.start:figure.end]):
        return anchor
    older = [
        when for t in article.annotations.times
        if figure.start <= t.start < figure.end and (resolved := resolve(t.spec, anchor))
        for when, _ in [resolved]
        if anchor and (anchor - when).days > BACKGROUND_DAYS
    ]
    return max(older) if older else anchor


def disagreements(figures: list[StoryFigure]) -> list[Disagreement]:
    """Figures of one measure and place set side by side when sources differ.

    Only figures of the same scope can dispute each other: "200 civilians" and "1,000 people"
    killed are shown together but are no conflict. A group is an update when each scope's
    counts only grow with time, else a conflict. Background figures (as of more than a year
    before the newest of their group) are not compared: a past war's toll does not dispute this one's.
    """
    groups: dict[tuple, list[int]] = defaultdict(list)
    for index, figure in enumerate(figures):
        groups[(figure.measure, figure.place)].append(index)
    found = []
    for (measure, place), indexes in groups.items():
        newest = max((figures[i].as_of for i in indexes if figures[i].as_of), default=None)
        current = [i for i in indexes if not (newest and figures[i].as_of and (newest - figures[i].as_of).days > BACKGROUND_DAYS)]
        by_scope: dict[str | None, list[StoryFigure]] = defaultdict(list)
        for i in current:
            by_scope[scope_of(figures[i])].append(figures[i])
        disputed = [group for group in by_scope.values() if len({f.value for f in group}) > 1]
        if not disputed:
            continue
        widest = by_scope.get(None) or max(by_scope.values(), key=len)
        found.append(Disagreement(
            measure=measure, values=tuple(sorted({figures[i].value for i in current})),
            kind="conflict" if any(kind_of(group) == "conflict" for group in disputed) else "update",
            figures=tuple(current), conservative=min(f.value for f in standing(widest)), place=place,
            scopes=tuple(sorted(scope for scope in by_scope if scope)),
        ))
    return found


def standing(group: list[StoryFigure]) -> list[StoryFigure]:
    """The counts that still stand: those not replaced (see unreplaced) and no other count of the
    same scope updates. A toll that rose from 40 to 91 leaves 91 to dispute, not 40."""
    current = unreplaced(group) or group
    return [figure for figure in current if not any(updates(later, figure) for later in current)]


def unreplaced(group: list[StoryFigure]) -> list[StoryFigure]:
    """The counts no article gives as replaced. "38,000, up from 30,000" replaces its own 30,000,
    and the 30,000 another source gave as of then or before (where the replacing sentence is
    dated): the article says which came first."""
    changes = [(figure.value, max((f.as_of for f in group if f.citation == figure.citation and f.as_of), default=None))
               for figure in group if figure.superseded]
    return [figure for figure in group if not figure.superseded and not any(
        value == figure.value and changed is not None and (figure.as_of is None or figure.as_of <= changed)
        for value, changed in changes)]


def updates(later: StoryFigure, earlier: StoryFigure) -> bool:
    """Whether a count updates an earlier one rather than disputing it: larger, and given days later."""
    return bool(later.value > earlier.value and later.as_of and earlier.as_of
                and (later.as_of - earlier.as_of).days >= UPDATE_GAP_DAYS)


def scope_of(figure: StoryFigure) -> str | None:
    """Who a figure counts when narrower than everyone: "civilians", "children"; None for people at large."""
    return None if figure.qualifier in WHOLE_SCOPES else figure.qualifier


def kind_of(group: list[StoryFigure]) -> str:
    """A conflict when two counts differ and neither updates the other; a replaced count (see
    unreplaced) disputes nothing."""
    ordered = sorted(unreplaced(group), key=lambda f: (f.as_of or date.min, f.value))
    for earlier, later in zip(ordered, ordered[1:]):
        if earlier.value != later.value and not updates(later, earlier):
            return "conflict"
    return "update"


def story_quotes(articles: list[Article]) -> list[StoryQuote]:
    quotes = []
    for article in articles:
        if article.copy_of or not article.annotations:
            continue
        quotes.extend(StoryQuote(q.speaker, q.role, q.text, Citation(article.id, q.start, q.end))
                      for q in article.annotations.quotes)
    return quotes



def cast(actors: list[Actor], quotes: list[StoryQuote], articles: list[Article]) -> tuple[list[Actor], list[StoryQuote]]:
    """Each quote credited to the actor its speaker is (so one person's quotes group under one
    name whatever the spelling), and each actor given its quotes and the roles the articles give it."""
    by_name = {}
    for index, actor in enumerate(actors):
        for name in (actor.name, *actor.aliases):
            by_name.setdefault(entity_key(strip_title(name)), index)
    spoken: dict[int, list[int]] = defaultdict(list)
    credited = []
    for number, quote in enumerate(quotes):
        index = by_name.get(entity_key(strip_title(quote.speaker)))
        if index is not None:
            spoken[index].append(number)
            quote = dataclasses.replace(quote, speaker=actors[index].name)
        credited.append(quote)
    texts = [a.text for a in articles if not a.copy_of]
    cast_actors = []
    for index, actor in enumerate(actors):
        roles = [credited[n].role for n in spoken[index] if credited[n].role]
        if actor.type == "PERSON":
            roles += [role for name in (actor.name, *actor.aliases) for text in texts
                      for role in appositions(name, text) + titles_before(name, text)]
        cast_actors.append(dataclasses.replace(actor, quotes=tuple(spoken[index]), roles=tuple(distinct(roles))))
    return cast_actors, credited


def appositions(name: str, text: str) -> list[str]:
    """What the text calls a person right after naming them: "Ghassan Salamé, the UN envoy, said"."""
    found = (APPOSITION.match(text, match.end()) for match in re.finditer(re.escape(name), text))
    return [description.group("description").strip() for description in found if description]


def titles_before(name: str, text: str) -> list[str]:
    """The title a text puts right before a person's name, with the words that qualify it:
    "UN envoy Mara Lindqvist", "Prime Minister X". An honorific ("Mr") is no role.

    The name is found first and the title looked for in the words just before it: one pattern
    for title and name together, tried at every position of every text for every alias, took a
    third of composing a large story."""
    found = []
    for match in re.finditer(re.escape(name) + r"\b", text):
        reach = max(0, match.start() - TITLE_REACH)
        before = text[reach:match.start()]
        if reach:
            before = re.sub(r"^\S*", "", before)  # start on a whole word
        title = TITLE_BEFORE_NAME.search(before)
        if title:
            found.append(re.sub(r"^(?:The|A|An)\s+", "", title.group(1)))
    return found


def distinct(items: list[str]) -> list[str]:
    """Items in first-seen order without repeats, case aside."""
    seen, kept = set(), []
    for item in items:
        if item.lower() not in seen:
            seen.add(item.lower())
            kept.append(item)
    return kept
