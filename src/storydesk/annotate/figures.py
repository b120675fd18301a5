"""Figures: counts of people killed, injured, displaced, arrested and the like, with bounds.

A number is a figure when the parse ties it to what it counts: the noun it counts ("600
deaths"), the event its noun or it takes part in ("three people were killed", "killing 115"),
or the tally it is the value of ("the death toll rose to 36").
"""

from __future__ import annotations

import re

from ..model import Figure
from .vocab import (ABOUT_VERBS, ADVERB_MEASURES, BOUNDS, CHANGE_VERBS, COMPULSION_VERBS, CROWD_NOUNS, DATA_NOUNS,
                    DEPLOYMENT_VERBS, DISEASES, EVENT_MEASURES, EXCEEDING_VERBS, EVENT_NOUNS, FORCE_WORDS, HYPOTHETICAL_AUX,
                    HYPOTHETICAL_MODIFIERS, ILLNESS_FOUND_VERBS, ILLNESS_WITH_VERBS, INTENT_VERBS, MONTHS, NOUN_MEASURES,
                    NOUN_PHRASE_MEASURES, NUMBER_WORDS, PARTICLE_MEASURES, PROTEST_NOUNS, QUALIFIERS, RAISING_VERBS, SCALES,
                    SOURCE_VERBS, SUBJECT_SUFFERS, SUFFERS_WITHOUT_OBJECT, TALLY_VERBS, THING_NOUNS, TRAILING_BOUNDS,
                    VAGUE_QUANTITIES, VERB_OBJECT_MEASURES, VERB_PHRASE_MEASURES, WEEKDAYS)

_BOUND_WORDS = {phrase: bound for bound, phrases in BOUNDS.items() for phrase in phrases}
_BOUND_RE = "|".join(sorted(map(re.escape, _BOUND_WORDS), key=len, reverse=True))
_VAGUE_RE = "|".join(sorted(map(re.escape, VAGUE_QUANTITIES), key=len, reverse=True))
_WORD_RE = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_SCALE_RE = "|".join(sorted(SCALES, key=len, reverse=True))
# A share of a scale word: "one and a half million", "a quarter of a million", "half a million".
_FRACTION_RE = (rf"(?:(?:{_WORD_RE}|a)\s+and\s+(?:a\s+)?half|(?:a|one|three)\s+quarters?\s+of\s+a|half\s+a)"
                rf"(?=\s+(?:{_SCALE_RE})\b)")
# A number in words with scales inside it: "two hundred and fifty thousand", "a hundred and twenty".
_WORD_SCALES = "hundred|thousand|million|billion"
_TENS_UNITS = rf"(?:{_WORD_RE})(?:-(?:{_WORD_RE}))?"
_COMPOUND_RE = rf"(?:{_TENS_UNITS}|a)\s+(?:{_WORD_SCALES})(?:\s+(?:and\s+)?(?:{_TENS_UNITS}|{_WORD_SCALES}))*"
NUMBER = re.compile(
    rf"(?:\b(?P<bound>{_BOUND_RE})\s+)?"
    rf"(?:\b(?P<vague>{_VAGUE_RE})\b"
    rf"|(?<![\w.,:])(?!\d+:\d)(?P<digits>\d{{1,3}}(?:(?:,|\.|\u00a0|\u202f| )\d{{3}})+(?![\d])(?:\.\d+)?|\d+(?:\.\d+)?)"
    rf"(?!(?!-(?:plus|strong)\b)[\w-]*[a-z])(?:\s*(?P<dscale>{_SCALE_RE})\b)?"  # no "150-year"; "150-plus", "150-strong"
    rf"|\b(?P<word>{_FRACTION_RE}|{_COMPOUND_RE}|(?:{_WORD_RE})(?:[- ](?:{_WORD_RE}))?|a(?=\s+(?:{_SCALE_RE})\b))(?:\s+(?P<wscale>{_SCALE_RE}))?\b(?!-))",
    re.I,
)
NOT_COUNTS = {"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"}
DATE_LIKE = {"DATE", "TIME"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
SOURCE_LABELS = {"PERSON", "ORG", "NORP", "GPE"}  # entities that can give a figure
PLACE_PREPOSITIONS = {"in", "across", "near", "at", "around", "outside", "throughout", "inside"}
PERIOD_PREPOSITIONS = {"since", "during", "over", "in", "between", "from", "throughout"}
TOTAL_NOUNS = {"total", "tally", "toll", "number", "figure", "count"}
CONDITIONALS = {"if", "unless"}
AGE_BOUNDS = {"over", "under", "above", "below"}
AGE_GROUP = re.compile(r"\b(?:those|people|aged|adults|children|anyone|everyone)\s+$", re.I)
SHARES = {"%", "percent", "half", "third", "quarter", "majority", "most", "proportion", "share", "fraction"}
# Entities that are names with a number in them: "the missing Boeing 777", "Article 198". The tagger
# also puts counts in them ("1500 Britons"), so only a number that counts no noun, or a name, is one.
NAMED_THINGS = {"PRODUCT", "WORK_OF_ART", "LAW"}
NAME_LABELS = {"PERSON", "ORG", "GPE", "FAC", "LOC"}
QUALIFIER = re.compile(rf"(?:{QUALIFIERS})", re.I)
SUBJECTS = ("nsubj", "nsubjpass")
TALLY_PREPOSITIONS = {"to", "at", "from", "between", "above", "over", "past", "beyond"}
# A text about an illness names one; "cases" in any other text are no one ill.
ILLNESS = re.compile(rf"\b(?:{'|'.join(sorted(DISEASES))}|infect\w*|sick\w*|ill|illnesses|diagnos\w+|symptoms?|"
                     r"epidemic|pandemic|quarantine\w*|vaccin\w+|patients?)\b", re.I)
VAGUE_WORDS = {word for phrase in VAGUE_QUANTITIES for word in phrase.split()}  # "tens of millions" names no unit
EVENT_BY_LEMMA = {lemma: measure for measure, lemmas in EVENT_MEASURES.items() for lemma in lemmas}
NOUN_BY_LEMMA = {lemma: measure for measure, lemmas in NOUN_MEASURES.items() for lemma in lemmas}
EVENT_NOUN_BY_LEMMA = {lemma: measure for measure, lemmas in EVENT_NOUNS.items() for lemma in lemmas}
# "By the thousands", "in their hundreds": a vague quantity that counts its clause's subject.
CROWD_PREPOSITIONS = {"by", "in", "into"}
# A bare number the tagger calls a sum or a measurement is a count unless a unit or currency
# stands in its entity ("25 million" is often tagged MONEY; "$25 million" is money).
UNIT_POS = {"SYM", "NOUN", "PROPN", "X"}
# "From A to B" is a range after these words; after "rose" it is a change, and B is no bound.
_TERM = rf"\d+(?:[,.]\d+)*|(?:{_WORD_RE})\b"
_TRAILING_RE = "|".join(phrase.replace(" ", r"\s+") for phrase in TRAILING_BOUNDS)
TRAILING_BOUND = re.compile(rf"(?:\s+|-)({_TRAILING_RE})\b", re.I)
RATIO = re.compile(rf"\b(?P<small>{_TERM})\s+(?:in|out\s+of)\s+(?P<large>{_TERM})", re.I)
RANGE_FROM = r"(?:rang\w*|vary\w*|varied|anywhere|somewhere)\s+from"
RANGE_END = rf"(?:[\d.,]+|{_WORD_RE})(?:\s+\w+)?"


def parse_number(match: re.Match, language: str = "en") -> float | None:
    """The value of a NUMBER match; "1 000", "1.000" (outside English) and "1.5 million" included."""
    if match.group("vague"):
        return float(VAGUE_QUANTITIES[" ".join(match.group("vague").lower().split())])
    if match.group("digits"):
        try:
            value = float(ungroup(match.group("digits"), language))
        except ValueError:
            return None
        scale = match.group("dscale")
        return value * SCALES[scale.lower()] if scale else value
    value = word_value(re.split(r"[- ]+", match.group("word").lower()))
    scale = match.group("wscale")
    return value * SCALES[scale.lower()] if scale else value


def shared_scale(text: str, match: re.Match, near_value: float, language: str) -> float:
    """The scale the near end of a range borrows from its far end: "between one and two million",
    "3 to 4 million", "45-50,000". It borrows none when it has its own or is the larger before
    the scale ("between 500 and 2 million")."""
    if match.group("vague") or scale_of(match):
        return 1.0
    joint = re.compile(r"\s+to\s+|\s*[-–]\s*|\s+and\s+" if re.search(r"\bbetween\s+$", text[:match.start()], re.I)
                       else r"\s+to\s+|\s*[-–]\s*")
    link = joint.match(text, match.end())
    far = NUMBER.match(text, link.end()) if link else None
    unit = scale_of(far) if far and not far.group("bound") else None
    if unit is None and far and link.group().strip() in "-–" and re.fullmatch(r"\d{1,3},000", far.group("digits") or ""):
        unit = 1000  # "45-50,000"
    if unit is None:
        return 1.0
    far_value = parse_number(far, language)
    return unit if far_value is not None and near_value < far_value / unit else 1.0


def scale_of(match: re.Match) -> float | None:
    """The scale a NUMBER match ends on: "1.5 million", "two thousand"."""
    last = match.group().split()[-1].lower()
    return SCALES[last] if last in SCALES else None


def word_value(words: list[str]) -> float:
    """The value of a number in words, before its scale: "twenty-five", "one and a half", "a
    quarter of a", "half a", "two hundred and fifty thousand"; "a thousand": "a" is one."""
    if words[-1] == "half" and "and" in words:
        return NUMBER_WORDS.get(words[0], 1) + 0.5
    if words[0] == "half":
        return 0.5
    if words[1:2] in (["quarter"], ["quarters"]):
        return 0.75 if words[0] == "three" else 0.25
    total, group = 0, 0  # the thousands, millions... already closed, and the group still open
    for word in words:
        if word == "hundred":
            group = (group or 1) * 100
        elif word in SCALES:
            total, group = total + (group or 1) * SCALES[word], 0
        else:
            group += NUMBER_WORDS.get(word, 1 if word == "a" else 0)  # "and" adds nothing
    return float(total + group)


def ungroup(digits: str, language: str) -> str:
    """Drop thousands separators: "1,000", "1 000", and "1.000" where the language writes it so."""
    grouped = re.fullmatch(r"\d{1,3}(?P<sep>[,.\u00a0\u202f ])\d{3}(?:(?P=sep)\d{3})*", digits)
    if grouped is None:
        return digits.replace(",", "")
    if grouped.group("sep") == "." and language == "en":
        return digits
    return digits.replace(grouped.group("sep"), "")


def find_figures(doc, offset: int, language: str = "en") -> list[Figure]:
    """Every counted figure in a parsed paragraph; ``offset`` places it in the article's text."""
    figures = []
    for sentence in doc.sents:
        numbers = [n for match in NUMBER.finditer(sentence.text) if (n := number_in(doc, sentence, match, language))]
        found = {index: figure_of(number) for index, number in enumerate(numbers)}
        inherit_measures(numbers, found)
        for index, number in enumerate(numbers):
            if found[index] is None or number["member"]:
                continue
            measure, counted, cue_end, cue = found[index]
            clause = counted.head if counted is not None and counted.dep_ in ("dobj", *SUBJECTS) else None
            anchors = [t for t in (cue, counted, number["span"].root, clause) if t is not None]
            figures.append(Figure(
                start=offset + sentence.start_char, end=offset + sentence.end_char, measure=measure,
                value=number["value"], bound=range_bound(sentence.text, number["match"], number["bound"]),
                qualifier=counted.lower_ if counted is not None and QUALIFIER.fullmatch(counted.text) else None,
                attributed_to=source_of(anchors, sentence),
                text=doc.text[sentence.start_char + number["match"].start():max(number["span"].end_char, cue_end)],
                place=place_of(anchors), period=period_of(anchors), superseded=is_superseded(number["span"].root),
            ))
    return figures


def about_illness(figures: list[Figure], text: str) -> list[Figure]:
    """The figures, less any count of the infected in a text that names no illness: "the two
    cases are connected" in a crime story counts no one ill."""
    if not any(f.measure == "infected" for f in figures) or ILLNESS.search(text):
        return figures
    return [f for f in figures if f.measure != "infected"]


def number_in(doc, sentence, match: re.Match, language: str) -> dict | None:
    """A NUMBER match with its value, bound and tokens, or None when it is a date, time, sum, rank,
    age or part of a name."""
    value = parse_number(match, language)
    if value is not None:
        value *= shared_scale(sentence.text, match, value, language)
    group = next(g for g in ("vague", "digits", "word") if match.group(g))
    span = doc.char_span(sentence.start_char + match.start(group), sentence.start_char + match.end(), alignment_mode="expand")
    if (value is None or value != int(value) or span is None or is_part_of_date(sentence.text, match)
            or is_date_or_sum(span) or is_age(span) or is_ratio(sentence.text, match, language)
            or is_age_limit(sentence.text, match)):
        return None  # a count of people is whole: "15.16 BST" is a time the tagger missed
    counted = counted_noun(span.root, span)
    if (counted is None or counted.ent_type_ in NAME_LABELS) and (is_named_thing(span) or is_clock_stamp(span, match)):
        return None
    before = sentence.text[:match.start()].lower().split()[-1:]
    one = (match.group("word") or "").lower() == "one"
    if before in (["not"], ["no"]) or one and counted is None:
        return None  # "not one Briton died"; a bare "one" is a pronoun more often than a count
    # a vague quantity is a floor unless words before it bound it otherwise: "up to a dozen", "nearly a dozen"
    bound = _BOUND_WORDS.get((match.group("bound") or "").lower(), "at_least" if match.group("vague") else "exact")
    trailing = TRAILING_BOUND.match(sentence.text, match.end())
    if trailing and bound == "exact":
        bound = TRAILING_BOUNDS[" ".join(trailing.group(1).lower().split())]
    if bound == "about" and is_topic_about(span):
        bound = "exact"
    if bound == "exact" and span.root.dep_ == "dobj" and span.root.head.lemma_.lower() in EXCEEDING_VERBS:
        bound = "at_least"  # "cases surpassed 60,000": the count is past the number, as "more than 60,000"
    # "one of the six killed" names a member of a count: it lends the count its measure, but is none
    member = one and sentence.text[match.end():].lower().split()[:1] == ["of"]
    return {"match": match, "span": span, "counted": counted, "value": value, "bound": bound, "member": member}


def is_topic_about(span) -> bool:
    """"Learning about two students": the "about" before a number is the verb's preposition, not "roughly"."""
    doc = span.doc
    return span.start >= 2 and doc[span.start - 1].lower_ == "about" and doc[span.start - 2].lemma_.lower() in ABOUT_VERBS


def figure_of(number: dict):
    """(measure, counted noun, end of the word that names the measure) or None."""
    span, counted = number["span"], number["counted"]
    if counted is not None and (counted.lemma_.lower() in THING_NOUNS or is_other_case(counted) or any(
            c.dep_ == "amod" and c.lower_ in HYPOTHETICAL_MODIFIERS for c in counted.children)):
        return None
    root = span.root
    clause_head = whole_of(counted) if counted is not None and root.dep_ in ("nummod", "quantmod") else root
    described = described_by(span) if counted is None else None
    # "three dead and a dozen wounded", "300,000 made homeless": a participle right after a bare
    # number says its measure, and "three million affected" has none, unless the number is the value
    # of a tally ("deaths rose to 2,148 from 333 announced in March")
    found = ((participle_of(described) or event_word(described) or tally_of(clause_head)) if described is not None
             else measure_of(clause_head, counted))
    if found is None:
        return None
    measure, cue = found
    return measure, counted, cue.idx + len(cue.text) if cue.i > root.i else span.end_char, cue


def whole_of(counted):
    """The total a counted noun stands in: "killed a total of 40 people" happened to the total."""
    of = counted.head
    if counted.dep_ == "pobj" and of.lower_ == "of" and of.head.lemma_.lower() in TOTAL_NOUNS:
        return of.head
    return counted


def described_by(span):
    """The participle or adjective right after a number, which says what a bare number counts."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    # "between 8,000 and 194,000 extra people": an adjective on the noun after it describes the noun
    return after if after is not None and after.tag_ in ("VBN", "VBG", "JJ") and after.dep_ != "amod" else None


def is_other_case(noun) -> bool:
    """A "case" that is no one ill: an instance ("in three other cases") or a case of something
    that is no illness ("adoption cases", "cases of abuse")."""
    if noun.lemma_.lower() != "case":
        return False
    after = [t.lower_ for t in noun.doc[noun.i + 1:noun.i + 3]]
    instance = noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.lemma_.lower() != "result"
    if instance or after == ["in", "which"] or after[:1] == ["where"]:
        return True  # "in three other cases", "cases in which mothers were accused"; "resulted in 10 cases" counts
    of = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"]
    kinds = [c for c in noun.children if c.dep_ == "compound"] + [o for p in of for o in p.children if o.dep_ == "pobj"]
    return any(kind.pos_ in ("NOUN", "VERB") and kind.lemma_.lower() not in DISEASES for kind in kinds)


def inherit_measures(numbers: list[dict], found: dict) -> None:
    """A bare number (one that counts no noun of its own) takes the measure of a figure it is tied
    to in the parse: "15 people were killed in one town, nine in another", "cases rose from 226 to 286";
    a part of the count before it ("248 deaths, with 12 confirmed") takes that count's measure."""
    for index, number in enumerate(numbers):
        if found[index] is not None or number["counted"] is not None:
            continue
        root = number["span"].root
        earlier = [o for o, f in found.items() if f is not None and o < index][-1:]
        if is_part_with(root):
            tied = earlier
        elif described_by(number["span"]) is not None:
            continue
        else:
            mine = set(near(root))
            tied = [other for other, figure in found.items() if figure is not None and other != index
                    and (numbers[other]["span"].root.i in mine or mine & set(near(numbers[other]["span"].root)))]
            if not tied and is_running_total(root):
                tied = sorted((o for o, f in found.items() if f is not None), key=lambda o: (o > index, abs(o - index)))
            if not tied and names_own_place(root):
                tied = earlier
        if tied:
            found[index] = (found[tied[0]][0], None, number["span"].end_char, found[tied[0]][3])


def is_part_with(token) -> bool:
    """"With 12 confirmed": a number that is the subject of a participle after "with", which tells
    a part of the count before it."""
    clause = token.head
    return token.dep_ in SUBJECTS and clause.tag_ == "VBN" and clause.dep_ == "pcomp" and clause.head.lower_ == "with"


def names_own_place(token) -> bool:
    """Whether a number or noun has a place of its own ("103 in Spain", "2,000 in the city of X"):
    in a list after a figure, it is the part of that figure that happened there ("125 cases in
    Japan, 103 in Spain and 101 in Britain", "including eight in Ohio")."""
    return any(c.dep_ == "prep" and c.lower_ in ("in", "at") and any(o.ent_type_ in PLACE_LABELS for o in c.subtree)
               for c in token.children)


def is_running_total(number) -> bool:
    """Whether a bare number is a total or earlier value that a figure beside it updates:
    "12 new cases, bringing the total to 215", "109 cases, up from 91", "the total reached 28"."""
    if number.dep_ == "pobj" and number.head.lower_ in TALLY_PREPOSITIONS:
        holder = number.head.head
        if holder.lower_ in ("up", "down"):
            return True
        if holder.pos_ == "NOUN" and holder.dep_ in ("dobj", *SUBJECTS):
            return holder.lemma_.lower() in TOTAL_NOUNS and holder.head.lemma_.lower() in TALLY_VERBS
        verb = holder
    elif number.dep_ == "dobj":
        verb = number.head
    else:
        return False
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    return verb.lemma_.lower() in TALLY_VERBS and all(is_bare_total(s) for s in subjects)


def is_superseded(number) -> bool:
    """Whether a number is the count a change in its sentence started from: "up from 30,000",
    "rose from 40 to 91", "has risen to 91 from 58"; "ranged from 50 to 80" is no change."""
    if number.dep_ != "pobj" or number.head.lower_ != "from":
        return False
    changed = number.head.head
    return changed.lower_ in ("up", "down") or changed.lemma_.lower() in CHANGE_VERBS


def is_bare_total(noun) -> bool:
    """"The total", "the toll": a tally that does not say what it counts ("the total of visitors" does)."""
    return noun.lemma_.lower() in TOTAL_NOUNS and not any(c.dep_ == "prep" for c in noun.children)


def near(token, hops: int = 2):
    """The positions of the token's heads up to ``hops`` steps up, keeping numbers, nouns and prepositions."""
    chain = [token]
    for _ in range(hops):
        if chain[-1].head == chain[-1]:
            break
        chain.append(chain[-1].head)
    return [t.i for t in chain if t.pos_ in ("NUM", "NOUN", "ADP")][1:]


def place_of(anchors) -> str | None:
    """Where the figure holds, as the parse ties a place to its event, its noun or its number:
    "killed in Tripoli", "cases in England", "UK cases"."""
    for token in anchors:
        for child in token.children:
            if child.dep_ == "compound" and child.ent_type_ in PLACE_LABELS:
                return entity_text(child)
            if child.dep_ == "prep" and child.lower_ in PLACE_PREPOSITIONS:
                place = next((c for c in child.children if c.dep_ == "pobj" and c.ent_type_ in PLACE_LABELS), None)
                if place is not None:
                    return entity_text(place)
    return None


def period_of(anchors) -> str | None:
    """The time a count covers, as the parse ties it to the figure: "since April", "so far this year"."""
    for token in anchors:
        for child in token.children:
            words = list(child.subtree)
            words = words[:next((i for i, t in enumerate(words) if t.is_punct), len(words))]  # not a clause after it
            dated = any(t.ent_type_ == "DATE" for t in words)
            if dated and (child.dep_ == "prep" and child.lower_ in PERIOD_PREPOSITIONS or child.dep_ in ("npadvmod", "advmod")):
                return child.doc[words[0].i:words[-1].i + 1].text
    return None


def source_of(anchors, sentence) -> str | None:
    """Who gives the figure, as the parse ties a source to it: the subject of the nearest verb of
    saying or counting above it ("the ministry said 12 died", "12 cases were confirmed by the
    agency"), else an "according to X" above it or, where the parse hung it elsewhere, in its
    sentence ("X reported 12 dead, according to state television" is X's figure). A pronoun
    ("they say") names no one: the search goes on upwards."""
    above = [token for anchor in anchors for token in [anchor, *anchor.ancestors]]
    # "38,000 have been displaced, the agency said": the parser may hang the saying under the clause
    asides = [child for token in above for child in token.children if child.dep_ == "parataxis"]
    reporters = (reporter_of(token, anchors) for token in above + asides if is_source_verb(token))
    sources = (according_to(token) for token in above + [t for t in sentence if t not in above])
    return next((s for s in reporters if s), None) or next((s for s in sources if s), None)


def according_to(token) -> str | None:
    """The source an "according to" on the token names (or that the token's own "according to" names)."""
    according = token if token.lower_ == "according" else next((c for c in token.children if c.lower_ == "according"), None)
    if according is None:
        return None
    source = next((g for c in according.children if c.lower_ == "to" for g in c.children if g.dep_ == "pobj"), None)
    return source_phrase(source) if source is not None else None


def is_source_verb(token) -> bool:
    lemma = token.lemma_.lower()
    if token.pos_ not in ("VERB", "AUX") or lemma not in SOURCE_VERBS:
        return False
    return lemma != "put" or any(c.lower_ == "at" for c in token.children)


def reporter_of(verb, anchors) -> str | None:
    """The one who says or counts: the active subject, or the agent of a passive ("confirmed by");
    never the counted themselves ("28 cases confirmed", "thousands feared dead")."""
    for child in verb.children:
        if child.dep_ == "nsubj" and not any(token in anchors for token in child.subtree):
            return source_phrase(child)
        if child.dep_ == "agent":
            return next((source_phrase(g) for g in child.children if g.dep_ == "pobj"), None)
    return None


def source_phrase(head) -> str | None:
    """A source as named: the entity the head word is part of, else its noun phrase before the head
    ("Haitian officials", "Egypt's health ministry") without a leading article or possessive pronoun."""
    if head.pos_ == "PRON":
        return None
    if head.lemma_.lower() in DATA_NOUNS:
        # "WHO figures" is at times parsed as a clause, "WHO" the subject of the verb "figures"
        owner = next((t for c in head.children if c.dep_ in ("compound", "poss", "prep", "nsubj") for t in c.subtree
                      if t.ent_type_ in SOURCE_LABELS or c.dep_ != "prep" and t.pos_ == "PROPN"), None)
        return source_phrase(owner) if owner is not None else None
    if head.ent_type_ in SOURCE_LABELS:
        return entity_text(head)
    modifiers = [c for c in head.lefts if c.dep_ in ("det", "poss", "compound", "amod", "nmod")]
    first = min((t.i for c in modifiers for t in c.subtree), default=head.i)
    words = head.doc[first:head.i + 1].text
    return re.sub(r"^(the|a|an|its|his|her|their)\s+", "", words, flags=re.I) or None


def entity_text(token) -> str:
    entity = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    text = entity.text if entity is not None else token.text
    return re.sub(r"^(the|The)\s+", "", text)


def range_bound(text: str, match: re.Match, bound: str) -> str:
    """Each end of a range is a bound: "between 100,000 and 200,000", "45,000-50,000", "5,000 to 10,000", "estimates
    range from 3,000 to 8,000". Words before the range bound the range, not its near end."""
    before, after = text[:match.start()], text[match.end():]
    if re.match(r"\s*[-–]\s*\d", after):
        return "at_least"
    # "5,000 to 10,000 protesters" is a range; "from 226 to 286" is a change unless "range" says otherwise
    change = re.search(r"\bfrom\s+$", before, re.I) and not re.search(rf"\b{RANGE_FROM}\s+$", before, re.I)
    if not change and re.match(r"\s+to\s+\d", after):
        return "at_least"
    if bound != "exact":
        return bound
    if re.search(rf"\b(?:between|{RANGE_FROM})\s+$", before, re.I):
        return "at_least"
    far_end = rf"\b(?:between\s+{RANGE_END}\s+and|{RANGE_FROM}\s+{RANGE_END}\s+to)\s+$"
    near_end = re.search(rf"(?:(\w+)\s+)?\d[\d.,]*(?:\s+(?:{_SCALE_RE}))?\s+to\s+$", before, re.I)
    if re.search(far_end, before, re.I) or re.search(r"\d\s*[-–]\s*$", before) or (
            near_end and (near_end.group(1) or "").lower() != "from"):
        return "at_most"
    return bound


def counted_noun(number, span):
    """The noun a number counts: "600 deaths", "thousands of protesters", "95 infected", "400-500
    dead", "by the thousands" (the clause's subject); None when it stands alone."""
    head = number.head
    if number.dep_ == "advmod" and head.lower_ == "strong" and head.dep_ == "amod":
        return head.head  # "a 3,000-strong force"
    if head not in span and number.dep_ == "quantmod" and head.pos_ == "NUM":  # the near end of "400-500"
        return counted_noun(head, span)
    if counts_after_weekday(span):
        return span.doc[span.end]
    if head not in span and number.dep_ in ("nummod", "quantmod") and (
            head.pos_ in ("NOUN", "PROPN", "ADJ") or head.lower_ == "plus"
            or head.pos_ == "VERB" and head.dep_ in ("pobj", "dobj", *SUBJECTS)):
        return noun_of_modifier(head)
    if head not in span and number.dep_ == "compound" and head.dep_ == "compound" and head.head.i > head.i:
        return head.head  # "forty flu cases": the parser hangs a number word on the noun before the counted one
    if number.dep_ == "pobj" and head.lower_ in CROWD_PREPOSITIONS and number.lower_ in VAGUE_QUANTITIES:
        return next((c for c in head.head.children if c.dep_ in SUBJECTS), None)
    return noun_after_of(number, span) or noun_past_modifiers(span)


def noun_after_of(number, span):
    """"Thousands of protesters", "hundreds of thousands of people": the object of the number's "of"."""
    token = number
    while True:
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        # "hundreds of injured": the parser makes an adjective after "of" its clause (pcomp)
        objects = [] if of is None else [c for c in of.children
                                          if c.dep_ == "pobj" or c.dep_ == "pcomp" and c.tag_ in ("JJ", "VBN")]
        if not objects:
            return None
        token = objects[0]
        if token not in span:
            return token


def noun_past_modifiers(span):
    """"8,585 probable and confirmed cases": the noun after the modifiers that follow the number,
    where a long run of them has thrown the parse off the number."""
    doc, at = span.doc, span.end
    while at < len(doc) and may_stand_before_noun(doc[at]):
        at += 1
    return doc[at] if span.end < at < len(doc) and doc[at].pos_ == "NOUN" else None


def may_stand_before_noun(token) -> bool:
    """An adjective, a name, a participle (or a past tense the tagger mistook for one), "and" or "or"."""
    return token.pos_ in ("ADJ", "PROPN") or token.tag_ in ("VBN", "VBD") or token.lower_ in ("and", "or")


def noun_of_modifier(token):
    """The noun a number's head modifies when the parse hangs the number on a modifier:
    "250,000 UK and US troops" (on "UK"), "8,000 probable cases" (on "probable"), "150-plus deaths"."""
    modifier = token.pos_ in ("PROPN", "ADJ") or token.lower_ == "plus"
    if modifier and token.dep_ in ("nmod", "compound", "amod") and token.head.pos_ == "NOUN" and token.head.i > token.i:
        return token.head
    return token


def measure_of(clause_head, counted):
    """(measure, the word that says it), from what happened to the counted, the counted noun
    itself, or the tally the number is the value of; None for anything else. A unit's strength
    is what its number counts, whatever befell the unit."""
    if counted is not None and is_unit_strength(counted):
        return "troops", counted
    # the event a noun names with "of" the counted outranks a word on the counted: "the deaths of 66
    # displaced people" counts the dead
    event = ((event_noun_of(counted) if counted is not None else None) or event_of(clause_head)
             or (event_of(counted) if counted is not None and counted != clause_head else None))
    if event is None and counted is not None:
        event = (event_noun_of(clause_head) or participle_of(counted) or phrase_measure(counted, NOUN_PHRASE_MEASURES))
    if event is not None:
        return event
    if counted is not None and counted.lemma_.lower() in NOUN_BY_LEMMA:
        measure = NOUN_BY_LEMMA[counted.lemma_.lower()]
        if measure != "troops" or deployed(clause_head):
            return measure, counted
        return None
    if counted is not None and counted.lemma_.lower() in CROWD_NOUNS and any(
            t.lemma_.lower() in PROTEST_NOUNS for t in counted.sent):
        return "protesters", counted
    return tally_of(clause_head)


def is_unit_strength(counted) -> bool:
    """"A 3,000-strong force", "its 9,000-strong peacekeeping mission": a number on "strong" gives
    the strength of a military unit (see FORCE_WORDS)."""
    words = [counted, *(c for c in counted.children if c.dep_ in ("compound", "amod"))]
    return any(w.lower_ == "strong" for w in words) and any(w.lemma_.lower() in FORCE_WORDS for w in words)


def event_noun_of(counted):
    """The event a noun phrase names with "of" the counted: "the killing of 14 protesters", "claimed
    the lives of 300". An event sought is none that happened: "a warrant for the arrest of two soldiers"."""
    of = counted.head
    event = of.head
    if counted.dep_ != "pobj" or of.lower_ != "of":
        return None
    if event.lemma_.lower() in EVENT_NOUN_BY_LEMMA and event.head.lower_ != "for":
        return EVENT_NOUN_BY_LEMMA[event.lemma_.lower()], event
    # "claimed the lives of 300 people": the idiom names the measure of the noun before "of"
    found = event_word(event.head) if event.dep_ == "dobj" else None
    return found if found is not None and found[1] == event else None


def phrase_measure(token, phrases: dict):
    """The measure a preposition and its object on the token name, by ``phrases``: "beaten to
    death" (VERB_PHRASE_MEASURES), "200,000 children in federal custody" (NOUN_PHRASE_MEASURES)."""
    for child in token.children:
        for obj in (c for c in child.children if c.dep_ == "pobj") if child.dep_ == "prep" else ():
            if (child.lower_, obj.lemma_.lower()) in phrases:
                return phrases[(child.lower_, obj.lemma_.lower())], obj
    return None


def participle_of(counted):
    """A participle or adjective counted as a noun: "out of 95 infected", "836 injured", "300 missing"."""
    word = event_key(counted)
    if counted.pos_ in ("VERB", "ADJ") and word:
        return EVENT_BY_LEMMA[word], counted
    return None


def deployed(nominal) -> bool:
    """Soldiers are a troop figure when sent, kept or withdrawn, or somewhere ("there are 30,000
    troops in the province"), not when they are news themselves ("there were 12 soldiers among the dead")."""
    head = nominal
    while head.dep_ in ("conj", "appos") and head.head != head:
        head = head.head
    if head.dep_ == "attr" and any(c.dep_ == "expl" for c in head.head.children):
        return any(c.dep_ == "prep" and c.lower_ in PLACE_PREPOSITIONS for c in head.children)
    return head.dep_ in ("dobj", *SUBJECTS) and head.head.lemma_.lower() in DEPLOYMENT_VERBS


def event_of(nominal):
    """What happened to the counted: its own clause's verb or predicate, or a participle on it;
    for a part of a count ("including 12 children"), what happened to the whole."""
    found = modifier_event(nominal)
    if found:
        return found
    head = nominal
    while head.dep_ in ("conj", "appos") and head.head != head:
        head = head.head
    if head is not nominal and names_own_place(nominal) and (found := modifier_event(head)):
        return found  # "590 people infected in Mexico and 226 people in the US"
    role, verb = clause_role(head)
    if role == "pobj" and verb.lower_ in ("in", "among") and QUALIFIER.fullmatch(head.text):
        # "the strain was diagnosed in 2,300 people", "swine flu has been confirmed in 14 people"
        found = event_word(verb.head) or illness_found(verb.head)
        return found if found is not None and found[0] == "infected" else None
    if role == "pobj" and verb.lower_ == "with" and is_aboard([*head.children, *verb.head.children]):
        found = event_word(verb.head)  # "the ferry vanished with 80 people on board"
        return found if found is not None and found[1].lemma_.lower() in SUBJECT_SUFFERS else None
    if role == "pobj" and verb.lower_ == "with" and (partner_verb := alongside(verb)) is not None:
        found = event_word(partner_verb)  # "the commander died along with 12 of his men"
        # after the verb and its object, the phrase joins the object; before the verb, the subject
        with_object = verb.i > partner_verb.i and any(c.dep_ == "dobj" for c in partner_verb.children)
        return found if found is not None and (with_object or not subject_did_it(partner_verb, found)) else None
    elliptical = role == "npadvmod" and head.pos_ == "NUM"  # "15 were killed in one town, nine in another"
    if role == "pobj" and verb.lower_ == "including" and (whole := included_in(head)) is not None:
        return event_of(whole)
    if role not in (*SUBJECTS, "dobj", "attr", "oprd") and not elliptical:
        return None
    found = event_word(verb)
    if found is None and role in SUBJECTS and verb.lemma_ == "be":
        found = predicate_noun(verb)
    if found is None and verb.lemma_.lower() in RAISING_VERBS:
        verb = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and event_word(c)), verb)
        found = event_word(verb)
    if found is None or is_hypothetical(verb):
        return None
    if role == "nsubj" and subject_did_it(verb, found):
        return None  # the active subject of "kill" or "arrest" is the one who did it
    return found


def modifier_event(nominal):
    """What a participle or relative clause on the noun says befell it: "people infected", "the
    200 who died"; not what the noun did ("storms that killed hundreds")."""
    for child in nominal.children:
        found = event_word(child) if child.dep_ in ("acl", "relcl", "amod") else None
        if found and not is_agent_clause(child, found):
            return found
    return None


def subject_did_it(verb, found) -> bool:
    """Whether the subject of ``verb`` did what it names ("storms killed 800") rather than
    suffered it ("800 died", "were killed", "2,000 residents evacuated")."""
    suffers = {found[1].lemma_.lower(), found[1].lower_} & SUBJECT_SUFFERS
    undergone = found[1].lemma_.lower() in SUFFERS_WITHOUT_OBJECT and not any(c.dep_ == "dobj" for c in verb.children)
    return not suffers and not undergone and found[1] == verb and is_active(verb)


def is_agent_clause(clause, found) -> bool:
    """"Four storms that killed hundreds": the noun a relative clause's subject stands for did it."""
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return (clause.dep_ == "relcl" and subject is not None and subject.tag_ in ("WDT", "WP")
            and subject_did_it(clause, found))


def included_in(part):
    """The count a part is included in: "40 people, including 12 children" (the noun), "12 were
    killed, including four children" (the clause's subject or object)."""
    whole = part.head.head
    if whole.pos_ in ("VERB", "AUX"):
        return next((c for c in whole.children if c.dep_ in (*SUBJECTS, "dobj")), None)
    return whole


def illness_found(verb):
    """"Flu was confirmed in 14 people": an illness found in people says they are infected."""
    if verb.lemma_.lower() in ILLNESS_FOUND_VERBS and any(
            c.dep_ in SUBJECTS and c.lemma_.lower() in DISEASES for c in verb.children):
        return "infected", verb
    return None


def has_illness_with(verb) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "with" and any(o.dep_ == "pobj" and o.lemma_.lower() in DISEASES
                                                               for o in c.children) for c in verb.children)


def alongside(with_token):
    """The verb of "died along with 12 of his men" or "arrested the leader together with 30
    supporters": what befell the one it names befell them too."""
    before = with_token.doc[with_token.i - 1] if with_token.i else None
    if before is None or before.lower_ not in ("along", "together"):
        return None
    verb = with_token.head if with_token.head != before else before.head
    return verb if verb.pos_ == "VERB" else None


def is_aboard(words) -> bool:
    """"150 passengers aboard", "80 people on board" (the words on the noun or on its verb): what
    befalls the vessel befalls them."""
    return any(w.lower_ in ("aboard", "onboard") or w.lower_ == "on" and any(g.lower_ == "board" for g in w.children)
               for w in words)


def clause_role(nominal):
    """(dependency, head) of a counted noun in its clause. The parser often hangs "between 20 and
    30 people" on the verb before it ("said between 20 and 30 people had fled"); the noun is then
    the subject of the subjectless clause after it."""
    if nominal.dep_ == "pobj" and nominal.head.lower_ == "between":
        clause = next((c for c in nominal.head.head.children if c.dep_ in ("ccomp", "conj") and c.i > nominal.i
                       and not any(s.dep_ in SUBJECTS for s in c.children)), None)
        if clause is not None:
            return "nsubj", clause
        verb = nominal.head.head  # "between 5,000 and 10,000 people were killed" with "people" on "between"
        if verb.pos_ == "VERB" and verb.i > nominal.i and not any(c.dep_ in SUBJECTS for c in verb.children):
            return "nsubj", verb
    if nominal.dep_ == "pobj" and nominal.head.lower_ == "to" and nominal.doc[nominal.head.i - 1].lower_ == "up":
        # "has killed up to 68 people" with "up" read as the verb's particle and "to" hung on it or on the verb
        up = nominal.doc[nominal.head.i - 1]
        return "dobj", up.head if up.head != nominal.head else nominal.head.head
    verb = nominal.head
    # "has killed 149 people in Mexico and the agency moved": "kill" takes no clause, so its object was misread
    if nominal.dep_ in SUBJECTS and verb.dep_ == "ccomp" and verb.head.i < nominal.i and event_word(verb.head) \
            and not any(c.dep_ == "dobj" for c in verb.head.children):
        return "dobj", verb.head
    if nominal.head.dep_ in ("aux", "auxpass"):  # "100 people had been sickened" with "people" on "been"
        return nominal.dep_, nominal.head.head
    return nominal.dep_, nominal.head


def is_active(verb) -> bool:
    """"Three storms killed 800" is active; "eight were killed and 836 injured" leaves out the
    auxiliary, and its bare participle takes no object."""
    if any(c.dep_ == "mark" and c.lower_ == "with" for c in verb.children):
        return False  # "with 200 people sickened", whatever tag the participle was given
    return verb.tag_ != "VBN" or any(c.dep_ == "dobj" for c in verb.children)


def predicate_noun(verb):
    """"1.5 million people are refugees", "two civilians were among the dead", "were among those
    killed": the measure a copula's predicate names."""
    attr = next((c for c in verb.children if c.dep_ == "attr"), None)
    measure = NOUN_BY_LEMMA.get(attr.lemma_.lower()) if attr is not None else None
    if measure and measure != "troops":
        return measure, attr
    among = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "among"), None)
    group = next((c for c in among.children if c.dep_ == "pobj"), None) if among is not None else None
    if group is None:
        return None
    key = event_key(group)
    return (EVENT_BY_LEMMA[key], group) if key else modifier_event(group)


def is_hypothetical(verb) -> bool:
    """"Could kill millions" counts no one, nor does "if a million had died"; "may have killed
    thousands" is an estimate, and counts."""
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return bool(aux & HYPOTHETICAL_AUX) and "have" not in aux or any(
        c.dep_ == "neg" or c.dep_ == "mark" and c.lower_ in CONDITIONALS for c in verb.children)


def event_word(verb):
    """The measure a verb or predicate names: "killed", "were found dead", "lost their homes"."""
    lemma = verb.lemma_.lower()
    adverb = next((c for c in verb.children if c.dep_ == "advmod" and c.lower_ in ADVERB_MEASURES), None)
    if adverb is not None:
        return ADVERB_MEASURES[adverb.lower_], verb
    if lemma in EVENT_BY_LEMMA:
        return EVENT_BY_LEMMA[lemma], verb
    if lemma in ILLNESS_WITH_VERBS and has_illness_with(verb):
        return "infected", verb  # "confirmed with swine flu"
    particle = next((c for c in verb.children if c.dep_ == "prt" and (lemma, c.lower_) in PARTICLE_MEASURES), None)
    if particle is not None:
        return PARTICLE_MEASURES[(lemma, particle.lower_)], verb
    if verb.tag_ == "VBG" and verb.lower_ in EVENT_BY_LEMMA and is_predicate(verb):
        return EVENT_BY_LEMMA[verb.lower_], verb  # "are still missing": the adjective, read as a verb
    for child in verb.children:
        word = event_key(child)
        if child.dep_ in ("acomp", "oprd", "xcomp", "advmod") and word and not (child.dep_ == "xcomp" and lemma in INTENT_VERBS):
            return EVENT_BY_LEMMA[word], child
        if child.dep_ == "prep" and child.lower_ == "as":  # "confirmed as dead", "listed as missing"
            named = next((c for c in child.children if event_key(c)), None)
            if named is not None:
                return EVENT_BY_LEMMA[event_key(named)], named
        if child.dep_ == "xcomp" and lemma in COMPULSION_VERBS and (named := event_word(child)) is not None:
            return named  # "forced to abandon their homes", "had to be rounded up"; not "plan to leave their homes"
        objects = [child] if child.dep_ in ("dobj", "acomp", "oprd") else [c for c in child.children if c.dep_ == "pobj"] if child.dep_ == "prep" else []
        for obj in objects:
            if (lemma, obj.lemma_.lower()) in VERB_OBJECT_MEASURES:
                return VERB_OBJECT_MEASURES[(lemma, obj.lemma_.lower())], obj
    return phrase_measure(verb, VERB_PHRASE_MEASURES)


def event_key(token) -> str | None:
    """The token's lemma or, failing that, the word as written, when it names an event: "remain
    missing" has "missing" read as a form of "miss"."""
    return next((w for w in (token.lemma_.lower(), token.lower_) if w in EVENT_BY_LEMMA), None)


def is_predicate(verb) -> bool:
    """"Are still missing": a verb form after "be" that takes no object, as an adjective would."""
    children = list(verb.children)
    return any(c.dep_ == "aux" and c.lemma_ == "be" for c in children) and not any(c.dep_ == "dobj" for c in children)


def tally_of(nominal):
    """The measure of a tally a number is the value of: "the death toll rose to 36", "cases grew to 279"."""
    head = nominal.head if nominal.dep_ == "pobj" and nominal.head.lower_ in TALLY_PREPOSITIONS else nominal
    if nominal.dep_ == "pobj" and nominal.head.lower_ == "as" and nominal.head.head.dep_ == "acomp":
        head = nominal.head.head  # "the toll could be as high as 300": "high" stands in the verb's place
    if head is nominal and nominal.dep_ not in ("dobj", "attr"):
        return None
    verb = head.head
    if verb.lemma_.lower() not in TALLY_VERBS:
        return None
    # the object first: in "a reporter put the toll at 2,000" the subject is who counts
    counted = sorted((c for c in verb.children if c.dep_ in (*SUBJECTS, "dobj") and c != head), key=lambda c: c.dep_ != "dobj")
    holder = verb
    while not counted and holder.dep_ in ("xcomp", "acomp"):  # "the number is likely to be between ..."
        holder = holder.head
        counted = [c for c in holder.children if c.dep_ in SUBJECTS]
    if any(is_share(noun) for noun in counted):
        return None  # "80% of those who died were between 20 and 54": a share's value is no count
    words = (t for noun in counted for t in noun.subtree)
    if not counted and verb.pos_ == "NOUN":
        words = heads_of(verb, 3)  # "cases of flu rise to 286", with "rise" read as a noun under "of"
    for token in words:
        lemma = token.lemma_.lower()
        if lemma in NOUN_BY_LEMMA and NOUN_BY_LEMMA[lemma] != "troops":
            return NOUN_BY_LEMMA[lemma], token
        if lemma in EVENT_BY_LEMMA:
            return EVENT_BY_LEMMA[lemma], token
    return None


def is_share(noun) -> bool:
    """"80%", "half", "most of those": a part of a count, not the count."""
    return noun.ent_type_ == "PERCENT" or noun.lemma_.lower() in SHARES


def heads_of(token, hops: int):
    """The token's heads, nearest first, up to ``hops`` steps."""
    for _ in range(hops):
        if token.head == token:
            return
        token = token.head
        yield token


def is_date_or_sum(span) -> bool:
    """Whether the tagger puts the number in a sum, a rank or a date. A number in a date entity
    whose head lies outside it still counts: the tagger often runs a date on into the count after
    it ("up from 91 yesterday"), and so does one the parser hangs on a weekday (counts_after_weekday)."""
    overlapping = [e for e in span.doc.ents if e.start < span.end and span.start < e.end]
    if any(is_sum(e) for e in overlapping if e.label_ in NOT_COUNTS - DATE_LIKE):
        return True
    root = span.root
    if root.ent_type_ not in DATE_LIKE or counts_after_weekday(span):
        return False
    entity = next(e for e in root.doc.ents if e.start <= root.i < e.end)
    if root.dep_ == "conj" and root.head.like_num:
        root = root.head  # "between 50 and 80 people", read as a date: the second term goes where the first does
    return root.head == root or entity.start <= root.head.i < entity.end


def counts_after_weekday(span) -> bool:
    """"Said on Saturday 72 people had died": the tagger hangs the count on the weekday before it,
    but a day of the month after a weekday goes on to its month ("Saturday 12 March"), not a noun."""
    doc, root = span.doc, span.root
    following = doc[span.end] if span.end < len(doc) else None
    return (root.head.lower_ in WEEKDAYS and root.head.i == span.start - 1 and following is not None
            and following.pos_ in ("NOUN", "ADJ") and following.lower_ not in MONTHS)


def is_sum(entity) -> bool:
    """Whether a sum, measurement or rank entity really is one: it names a unit or currency, or
    it is a rank. The tagger calls a bare "25 million" or "between 100,000 and 200,000" a sum."""
    return entity.label_ == "ORDINAL" or any(t.pos_ in UNIT_POS and t.lower_ not in SCALES and t.lower_ not in VAGUE_WORDS
                                             for t in entity)


def is_ratio(sentence: str, match: re.Match, language: str) -> bool:
    """Either term of a rate ("1 in 3 cases", "two out of five children"), which counts no one:
    a smaller number, "in" or "out of", then a larger one."""
    for ratio in RATIO.finditer(sentence):
        if ratio.start() <= match.start() < ratio.end():
            terms = [NUMBER.fullmatch(ratio.group(g)) for g in ("small", "large")]
            small, large = (parse_number(term, language) if term else None for term in terms)
            return small is not None and large is not None and small < large
    return False


def is_age(span) -> bool:
    """"Bryan Johnson, 24, was found dead", "a male juvenile, 16, was arrested": a number set off by
    commas after a name or one person is an age, and so are numbers set beside a counted noun:
    "the deaths of two boys, 13 and 14"."""
    doc, first, last = span.doc, span.start, span.end
    if (first >= 2 and doc[first - 1].text == "," and (doc[first - 2].pos_ == "PROPN" or doc[first - 2].tag_ == "NN")
            and last < len(doc) and doc[last].text in (",", ")")):
        return True
    root = span.root
    while root.dep_ == "conj" and root.head != root:
        root = root.head
    noun = root.head
    return (root.dep_ == "appos" and noun.pos_ == "NOUN" and noun.i == root.i - 2 and doc[noun.i + 1].text == ","
            and any(c.dep_ == "nummod" for c in noun.children))


def is_age_limit(sentence: str, match: re.Match) -> bool:
    """"Those over 65", "children under five": a bound on people's age, not a count of them."""
    return (match.group("bound") or "").lower() in AGE_BOUNDS and bool(AGE_GROUP.search(sentence, 0, match.start()))


def is_named_thing(span) -> bool:
    """"The missing Boeing 777": a number the tagger puts in the name of a thing."""
    return span.root.ent_type_ in NAMED_THINGS


def is_clock_stamp(span, match: re.Match) -> bool:
    """"1403 The UN chief says ...": a live page's time of entry (hours and minutes), which the
    tagger reads as a date, before the capital that opens the entry."""
    doc = span.doc
    if not re.fullmatch(r"(?:[01]\d|2[0-3])[0-5]\d", match.group("digits") or "") or span.end >= len(doc):
        return False
    return doc[span.end].text[:1].isupper() and span.root.ent_type_ in DATE_LIKE


def is_part_of_date(sentence: str, match: re.Match) -> bool:
    """Years, days of the month and times are numbers but not counts (when NER misses them)."""
    digits = match.group("digits")
    if not digits:
        return False
    around = sentence[max(0, match.start() - 12):match.end() + 12].lower()
    return bool(re.fullmatch(r"(19|20)\d\d", digits)) and not re.search(r"\d[ ,.]\d{3}", around) or bool(
        re.search(r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? *" + re.escape(digits) + r"\b", around)
    )
