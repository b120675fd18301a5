"""Direct quotes and their speakers, from the dependency parse of each paragraph."""

from __future__ import annotations

import re
import unicodedata

from ..model import Mention, Quote
from .vocab import QUOTE_VERBS, TITLES

# An opening mark with no closing one runs to the paragraph's end (the quote goes on in the
# next paragraph); a closing mark with none before it ends a quote begun in an earlier one.
QUOTED = re.compile(r"“(?P<curly>[^“”]+)(?:”|$)|^(?P<tail>[^“”\n]+)”|\"(?P<straight>[^\"\n]+)\"", re.M)
RECENT_SPEAKER_CHARS = 1_500  # "he said" is the last quoted speaker if one spoke this recently
MIN_QUOTE_WORDS = 3  # two quoted words are a phrase being flagged, not a statement
PRONOUNS = {"he", "she", "him", "her"}


def find_quotes(doc, offset: int, mentions_so_far: list[Mention], previous: Quote | None) -> list[Quote]:
    """Quotes in one parsed paragraph; ``offset`` places it in the article's text.

    ``mentions_so_far`` holds the article's PERSON mentions and SPEAKER subjects up to and
    including this paragraph; quotes with no speaker found are left out.
    """
    quotes: list[Quote] = []
    text = doc.text
    for match in QUOTED.finditer(text):
        group = next(g for g in ("curly", "tail", "straight") if match.group(g) is not None)
        start, end = match.span(group)
        words = text[start:end].strip()
        if len(words.split()) < MIN_QUOTE_WORDS:
            continue
        speaker, role = speaker_of(doc, start, end, offset, mentions_so_far)
        whole_paragraph = not text[: match.start()].strip() and not text[match.end():].strip(" .")
        last = quotes[-1] if quotes else previous
        if speaker is None and last is not None and (whole_paragraph or quotes or group == "tail"):
            speaker, role = last.speaker, last.role
        quotes.append(Quote(start=offset + start, end=offset + end, speaker=speaker, role=role, text=text[start:end]))
    return quotes


def speakers_across_paragraphs(quotes: list[Quote], text: str) -> list[Quote]:
    """A quote left open at its paragraph's end is spoken by whoever closes it in a later paragraph;
    quotes with no speaker found after that are left out."""
    resolved = list(quotes)
    for index in range(len(resolved) - 2, -1, -1):
        quote, after = resolved[index], resolved[index + 1]
        left_open = text[quote.end:quote.end + 1] in ("", "\n")
        if quote.speaker is None and left_open and after.speaker:
            resolved[index] = Quote(quote.start, quote.end, after.speaker, after.role, quote.text)
    return [quote for quote in resolved if quote.speaker]


def speech_subjects(doc, offset: int) -> list[Mention]:
    """Named subjects of speech verbs ("Salame says ..."): who a later "he said" most likely is."""
    found = []
    for verb in doc:
        if verb.lemma_.lower() not in QUOTE_VERBS or verb.pos_ not in ("VERB", "AUX"):
            continue
        for subject in verb.children:
            if subject.dep_ in ("nsubj", "nsubjpass") and subject.pos_ == "PROPN":
                found.append(Mention(offset + subject.idx, offset + subject.idx + len(subject.text), name_of(subject, doc), "SPEAKER"))
    return found


def speaker_of(doc, start: int, end: int, offset: int, mentions: list[Mention]) -> tuple[str | None, str | None]:
    """The subject of the nearest speech verb outside the quote: after it first, then before."""
    verbs = [t for t in doc if t.lemma_.lower() in QUOTE_VERBS and t.pos_ in ("VERB", "AUX") and not start <= t.idx < end]
    after = sorted((t for t in verbs if t.idx >= end), key=lambda t: t.idx)
    before = sorted((t for t in verbs if t.idx < start), key=lambda t: -t.idx)
    for verb in after[:2] + before[:2]:
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and not start <= c.idx < end), None)
        if subject is None:
            continue
        if subject.lower_ in PRONOUNS:
            return latest_person(mentions, offset + start), None
        if subject.pos_ == "PRON":
            continue
        return name_of(subject, doc), role_of(subject)
    return None, None


def name_of(token, doc) -> str:
    """The entity a subject token belongs to, or its noun phrase without determiners."""
    for ent in doc.ents:
        if ent.start <= token.i < ent.end:
            return ent.text
    words = [t for t in token.subtree if t.dep_ in ("compound", "amod", "poss") or t.i == token.i]
    words = [t for t in words if t.i <= token.i]
    return " ".join(t.text for t in words) or token.text


def role_of(token) -> str | None:
    """A speaker's role when the text gives it in apposition: "X, a spokesman for Y"."""
    for child in token.children:
        if child.dep_ == "appos":
            words = [t for t in child.subtree]
            role = " ".join(t.text for t in words).strip(" ,")
            return re.sub(r"^(a|an|the)\s+", "", role, flags=re.I) or None
    return None


def latest_person(mentions: list[Mention], position: int) -> str | None:
    """The usual antecedent of "he" or "she": the last speaker if one spoke recently, else the
    person named last before ``position``."""
    speakers = [m for m in mentions if m.label == "SPEAKER" and position - RECENT_SPEAKER_CHARS <= m.end <= position]
    people = speakers or [m for m in mentions if m.label == "PERSON" and m.end <= position]
    return max(people, key=lambda m: m.end).text if people else None


def fold(name: str) -> str:
    """Lower case without accents, for matching name variants."""
    stripped = unicodedata.normalize("NFKD", name)
    return "".join(c for c in stripped if not unicodedata.combining(c)).lower()


def full_name(speaker: str | None, mentions: list[Mention]) -> str | None:
    """The fullest name the article gives the speaker: "Salame" or "Dr Salame" → "Ghassan Salamé",
    "Sir Liam" → "Liam Donaldson", "the institute" → "State Serum Institute"."""
    if speaker is None:
        return None
    bare = untitled(speaker)
    words = fold(bare).split()
    if not words:
        return speaker
    if bare[:1].islower():  # a common noun: the organisation of that name
        candidates = [m.text for m in mentions if m.label == "ORG" and fold(m.text).split()[-1:] == words[-1:]]
    else:
        candidates = [untitled(m.text) for m in mentions if m.label in ("PERSON", "SPEAKER") and contains(fold(untitled(m.text)).split(), words)]
    longest = max(candidates, key=lambda name: len(name.split()), default=bare)
    return longest if len(longest.split()) > len(words) else bare


def untitled(name: str) -> str:
    """A name without the titles and ranks before it ("Sgt Hasan Akbar" → "Hasan Akbar")."""
    while (stripped := TITLES.sub("", name)) != name:
        name = stripped
    return name.strip()


def contains(words: list[str], part: list[str]) -> bool:
    """Whether ``part`` is a run of whole words in ``words``."""
    return any(words[i:i + len(part)] == part for i in range(len(words) - len(part) + 1))
