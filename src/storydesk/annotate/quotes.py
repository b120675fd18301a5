"""Direct quotes and their speakers, from the dependency parse of each paragraph."""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from difflib import SequenceMatcher

from ..extract.text import long_words
from ..model import Mention, Quote
from .vocab import (APPOSITION, BEFORE_HONORIFIC, DOCUMENT_NOUNS, NAMING_VERBS, ORGANISATION_AGENT_NOUNS, PERSON_NOUNS,
                    PHRASAL_QUOTE_VERBS, PRONOUN_GENDER, QUOTE_VERBS, ROLE_TITLE, TITLE_ABBREVIATIONS, TITLE_GENDER,
                    TITLE_SMALL_WORDS, TITLES)

# An opening mark with no closing one runs to the paragraph's end (the quote goes on in the
# next paragraph); a closing mark with none before it ends a quote begun in an earlier one.
QUOTED = re.compile(r"“(?P<curly>[^“”\"]+)(?:[”\"]|$)|^(?P<tail>[^“”\n]+)”|\"(?P<straight>[^“”\"\n]+)[\"”]", re.M)
# Some outlets mark speech with single marks ("‘We will stay,’ she said"); in a paragraph with no
# double mark, a span in single marks is a quote, an apostrophe between letters ("don’t") inside it.
SINGLE_QUOTED = re.compile(r"(?:^|(?<=[\s(\[—–]))[‘']"
                           r"(?P<single>(?:[^‘’'\n]|(?<=\w)[’'](?=\w))+?(?<=\S))[’'](?![\w])", re.M)
DOUBLE_MARKS = ("“", "”", '"')
RECENT_SPEAKER_CHARS = 1_500  # "he said" is the last quoted speaker if one spoke this recently
MIN_QUOTE_WORDS = 3  # two quoted words are a phrase being flagged, not a statement, unless they are a clause
MAX_ATTRIBUTION_TOKENS = 8  # "Mr. Lee said." standing alone after a quote is its attribution
# A speaker given as one of these is the person (or, for ORGANISATION_PRONOUNS, the organisation)
# that spoke last; see latest_speaker.
ANTECEDENT_PRONOUNS = {"he", "she", "him", "her", "his", "it", "its", "they", "their"}
ORGANISATION_PRONOUNS = {"it", "its", "they", "their"}
GROUP_PRONOUNS = {"they", "their"}  # an organisation, or people who spoke together (label SPEAKER_GROUP)
# Who shouts in a crowd is no one: "a number of people shouted", "protesters chanted", "others shouted".
CROWD_NOUNS = {"crowd", "crowds", "mob", "number", "people", "protesters", "demonstrators", "marchers",
               "others", "some", "many"}
ORGANISATION_LABELS = ("ORG", "GPE", "NORP", "FAC")
SPEAKER_LABELS = ("SPEAKER", "SPEAKER_ORG")
CLAUSE_DEPS = {"acl", "relcl", "advcl", "ccomp", "xcomp"}
RELATIVE_PRONOUNS = ("who",)  # "which" and "that" more often stand for things that "led X to conclude"
QUOTE_MARKS = {"“", "”", '"'}
MARKS_AND_SPACE = " \n\"“”‘’'"  # what may stand between a quote and its paragraph's ends
REGULAR_ENDING = re.compile(r"(?:ed|s)$")  # "texted", "texts"
MAX_NAME_WORDS = 3  # "Aiko Tanabe", "Mary Ann Lee": an organisation-tagged run this long may be a person
AGE = re.compile(r"\d+-year-old")
DEFINITE = "the "  # what speaker_of puts before a definite description it finds as speaker
FEMININE_NOUN = re.compile(r"(?:ess|woman)$")
AGENT_NOUN = re.compile(r"(?:er|or|ist|[^n]ess|ian|man|woman)$")  # "lawyer", "actress"; not "business"
ROLE_REACH = 40  # characters before a name searched for its title
# "head coach of the club": a description's head noun comes before its first preposition
DESCRIPTION_TAIL = re.compile(r"\s+(?:of|from|for|at|in|with|to|on)\b.*")
SPELLING_SIMILARITY = 0.8  # per word, difflib ratio: "hafter"/"haftar" 0.83, "gadhafi"/"gaddafi" 0.86


def find_quotes(doc, offset: int, mentions_so_far: list[Mention], previous: Quote | None) -> list[Quote]:
    """Quotes in one parsed paragraph; ``offset`` places it in the article's text.

    ``mentions_so_far`` holds the article's PERSON mentions and SPEAKER subjects up to and
    including this paragraph; quotes with no speaker found are left out.
    """
    quotes: list[Quote] = []
    text = doc.text
    marked = QUOTED if any(mark in text for mark in DOUBLE_MARKS) else SINGLE_QUOTED
    for match in marked.finditer(text):
        group = next(g for g in ("curly", "tail", "straight", "single")
                     if g in match.re.groupindex and match.group(g) is not None)
        start, end = match.span(group)
        words = text[start:end].strip()
        short = len(words.split()) < MIN_QUOTE_WORDS and not is_clause(doc, start, end) and not is_reply(text, match, words)
        if short or is_title(words):
            continue
        speaker, role = speaker_of(doc, start, end, offset, mentions_so_far)
        whole_paragraph = not text[: match.start()].strip() and not text[match.end():].strip(" .")
        closed = group in ("tail", "single") or text[match.end() - 1] in QUOTE_MARKS  # else whoever closes it speaks
        last = quotes[-1] if quotes else previous
        if speaker is None and whole_paragraph and closed and not quotes:
            speaker = latest_speaker(mentions_so_far, offset + start, person=True)
        if speaker is None and last is not None and (whole_paragraph and closed or quotes or group == "tail"):
            speaker, role = last.speaker, last.role
        quotes.append(Quote(start=offset + start, end=offset + end, speaker=speaker, role=role, text=text[start:end]))
    return quotes


def is_clause(doc, start: int, end: int) -> bool:
    """Whether quoted words hold a subject and its verb ("They're scared"): a statement, however short."""
    words = doc.char_span(start, end, alignment_mode="expand")
    return words is not None and any(t.dep_ in ("nsubj", "nsubjpass") and words.start <= t.head.i < words.end for t in words)


def is_reply(text: str, match: re.Match, words: str) -> bool:
    """A short quote that opens its sentence and ends as speech does, before the attribution
    ("“Absolutely, precisely,” Lee said"; "“No!” she shouted"): a reply, not a flagged term."""
    before = text[:match.start()].rstrip()
    return words[-1:] in (",", "?", "!") and (not before or before[-1] in ".!?:")


def is_title(words: str) -> bool:
    """The name of a show, a book or a film ("Sunday Morning Desk"), not words said: every word of
    more than three letters capitalised, and no other word in lower case but a title's small words."""
    long = long_words(words)
    lower = [w for w in re.findall(r"[^\W\d_][\w'’]*", words) if w[0].islower()]
    return len(long) >= 2 and all(w[0].isupper() for w in long) and all(w in TITLE_SMALL_WORDS for w in lower)


def speakers_across_paragraphs(quotes: list[Quote], text: str) -> list[Quote]:
    """A quote over several paragraphs leaves each paragraph but the last open (no closing mark)
    and opens the next one with a quote mark: a paragraph that is all quote, after a quote left
    open, goes on with that quote's speaker, whoever a pronoun or the last name would suggest;
    a quote left open with no speaker of its own is spoken by whoever closes it later. Quotes
    with no speaker found after that are left out."""
    resolved = list(quotes)
    for index in range(1, len(resolved)):
        before, quote = resolved[index - 1], resolved[index]
        if before.speaker and left_open(before, text) and goes_on(before, quote, text):
            resolved[index] = Quote(quote.start, quote.end, before.speaker, before.role, quote.text)
    for index in range(len(resolved) - 2, -1, -1):
        quote, after = resolved[index], resolved[index + 1]
        if quote.speaker is None and left_open(quote, text) and after.speaker:
            resolved[index] = Quote(quote.start, quote.end, after.speaker, after.role, quote.text)
    return [quote for quote in resolved if quote.speaker]


def left_open(quote: Quote, text: str) -> bool:
    return text[quote.end:quote.end + 1] in ("", "\n")


def goes_on(before: Quote, quote: Quote, text: str) -> bool:
    """Whether ``quote`` is the whole of the paragraph right after ``before``'s: nothing between
    them but the paragraph break and the opening mark, nothing after it but the closing mark."""
    paragraph_end = text.find("\n", quote.end)
    return (not text[before.end:quote.start].strip(MARKS_AND_SPACE)
            and not text[quote.end:None if paragraph_end < 0 else paragraph_end].strip(MARKS_AND_SPACE + ".,"))


def speech_subjects(doc, offset: int, mentions: list[Mention]) -> list[Mention]:
    """Named subjects of speech verbs ("Salame says ...", "The UN envoy, Ghassan Salame, said"):
    who a later "he said" (label SPEAKER)
    or "it said" (label SPEAKER_ORG) most likely is, and, where two names speak together ("Lee
    and Reyes said"), who "they said" is (label SPEAKER_GROUP, by the first name). A name the
    tagger calls a common noun counts when the article has named it before ("Tom Harlow ...
    Harlow cried")."""
    named = {word for m in mentions if m.label in ("PERSON", "ORG") for word in fold(m.text).split()}
    found = []
    for verb in doc:
        if not is_speech_verb(verb):
            continue
        for subject in verb.children:
            person = appositive_person(subject) if subject.dep_ in ("nsubj", "nsubjpass") else None
            subject = person or subject  # "The head of the programme, Ivo Lang, said"
            is_name = subject.pos_ == "PROPN" or subject.text[:1].isupper() and fold(subject.text) in named
            if subject.dep_ in ("nsubj", "nsubjpass", "appos") and is_name:
                label = "SPEAKER_ORG" if subject.ent_type_ in ORGANISATION_LABELS and person is None else "SPEAKER"
                found.append(Mention(offset + subject.idx, offset + subject.idx + len(subject.text), name_of(subject, doc), label))
                if any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in subject.children):
                    found.append(dataclasses.replace(found[-1], label="SPEAKER_GROUP"))
    return found


def person_subjects(doc, offset: int, surnames: frozenset[str] = frozenset()) -> list[Mention]:
    """People who are the subject of a main clause outside any quote ("Ann Lee was all smiles"),
    label SUBJECT: the person a later "she said" most likely is, by the subject's pull on the
    next pronoun (centering). Only where the sentence names no one else outside the subject's
    own phrase: in "Ann met Tom", "he" is Tom, and a name does not tell us so; in "Ann Lee, from
    Port Ellen, was all smiles" the place the tagger takes for a person is part of the subject.
    A sentence that names no one may have a described person as its subject ("An official at the
    ministry said ..."): that subject counts too, as the source the annotation guide credits.
    A person the article named in full counts by the surname alone however the tagger takes it
    (``surnames``, folded: "Drew Fox ..." then "But Fox sees", "Fox" tagged an organisation)."""
    found = []
    for sentence, people, quoted in people_by_sentence(doc, surnames):
        subjects = [p for p in people if is_main_subject(p.root)]
        if not people:
            # "An official at the ministry said"; not "Witnesses told", whom no "he" or "she" stands for
            subjects = [doc[t.i:t.i + 1] for t in sentence if t.tag_ == "NN" and t.lemma_.lower() in PERSON_NOUNS
                        and is_main_subject(t) and not within(t.idx, quoted)]
        if len(subjects) != 1:
            continue
        [person] = subjects
        phrase = range(person.root.left_edge.i, person.root.right_edge.i + 1)
        if all(other.start in phrase for other in people):
            found.append(Mention(offset + person.start_char, offset + person.end_char, name_of(person.root, doc), "SUBJECT"))
    return found


def keeps_subject(doc) -> bool:
    """Whether a paragraph goes on about the person the paragraph before was about, who then
    stays the subject a later pronoun most likely means: it opens with a quote (that person's
    words, often) or on "he" or "she" as its main subject ("He said the road was closed.")."""
    first = next(iter(doc.sents), None)
    if first is None:
        return False
    return first.text.lstrip()[:1] in QUOTE_MARKS or any(t.lower_ in ("he", "she") and is_main_subject(t) for t in first)


def is_main_subject(token) -> bool:
    return token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ == "ROOT"


def people_by_sentence(doc, surnames: frozenset[str] = frozenset()):
    """(sentence, the people it names outside quotes, the quotes' spans) for each sentence; a
    name that is one of ``surnames`` is a person's whatever its entity label."""
    quoted = [match.span() for match in QUOTED.finditer(doc.text)]
    for sentence in doc.sents:
        people = [e for e in sentence.ents if (e.label_ == "PERSON" or fold(e.text) in surnames)
                  and not within(e.start_char, quoted)]
        yield sentence, people, quoted


def within(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)


def gender_cues(doc, offset: int) -> list[Mention]:
    """People whose sex the text shows, label "m" or "f": by a title ("Ms Lee") or, in a sentence
    that names no one else, by the first subject pronoun after the name ("Ann Lee said she ...";
    not "Tom Lee, her brother, ...")."""
    found = []
    for sentence, people, quoted in people_by_sentence(doc):
        for person in people:
            titled = TITLE_GENDER.match(doc[max(person.start - 1, 0):person.end].text) or TITLE_GENDER.match(person.text)
            pronoun = next((PRONOUN_GENDER[t.lower_] for t in doc[person.end:sentence.end]
                            if t.lower_ in PRONOUN_GENDER and t.dep_ in ("nsubj", "nsubjpass")
                            and not within(t.idx, quoted)), None)
            gender = titled.lastgroup if titled else pronoun if len(people) == 1 else None
            if gender:
                found.append(Mention(offset + person.start_char, offset + person.end_char, untitled(person.text), gender))
    return found


def gender_of(name: str, mentions: list[Mention]) -> str | None:
    """A person's sex as the article shows it (see gender_cues), None when it does not or when
    two people the name could be differ ("Lee" for Ann Lee and Tom Lee)."""
    titled = TITLE_GENDER.match(name)
    if titled:
        return titled.lastgroup
    words = fold(untitled(name)).split()
    # a cue holding the whole name: "Ms Lee" says nothing of which Lee "Tom Lee" is
    shown = {m.label for m in mentions if m.label in ("m", "f") and contains(fold(m.text).split(), words)}
    return shown.pop() if len(shown) == 1 else None


def is_speech_verb(token) -> bool:
    """A verb of saying, by its lemma or, where the lemmatiser slips ("texted" -> "texte"), by
    its regular stem (worked out only then: this runs on every token)."""
    if token.pos_ not in ("VERB", "AUX"):
        return False
    lemma = token.lemma_.lower()
    if lemma in QUOTE_VERBS or REGULAR_ENDING.sub("", token.lower_) in QUOTE_VERBS:
        return True
    if lemma in NAMING_VERBS:  # naming the thing it has as its object
        return any(c.dep_ == "dobj" for c in token.children)
    particles = PHRASAL_QUOTE_VERBS.get(lemma)
    return bool(particles) and any(c.dep_ in ("prt", "advmod") and c.lower_ in particles for c in token.children)


def speaker_of(doc, start: int, end: int, offset: int, mentions: list[Mention]) -> tuple[str | None, str | None]:
    """Who speaks a quote, from its own sentence: the subject of the nearest speech verb outside
    the quote (after it first, then before), else an "according to" source or a "Name:" label."""
    window = attribution_window(doc, start, end)
    verbs = [t for t in window if is_speech_verb(t) and not start <= t.idx < end]
    after = [t for t in verbs if t.idx >= end]
    before = [t for t in reversed(verbs) if t.idx < start]
    subjects = (subject_of(verb, start, end) for verb in governing(before, doc, start, end)[:1] + after[:2] + before[:2])
    speaker = next((t for t in subjects if t is not None and (t.lower_ in ANTECEDENT_PRONOUNS or t.pos_ != "PRON")), None)
    speaker = (speaker or according_to(window, start, end) or colon_label(doc, start) or clause_subject(doc, start, end)
               or said_before(doc, start, end))
    if speaker is not None and speaker.lemma_.lower() in DOCUMENT_NOUNS:
        speaker = author_of(speaker)
    if speaker is None or speaker.lower_ in CROWD_NOUNS or is_share(speaker):
        return None, None
    if speaker.lower_ in ANTECEDENT_PRONOUNS:
        return latest_speaker(mentions, offset + start, person=speaker.lower_ not in ORGANISATION_PRONOUNS,
                              gender=PRONOUN_GENDER.get(speaker.lower_), group=speaker.lower_ in GROUP_PRONOUNS,
                              paragraph_start=offset), None
    person = appositive_person(speaker)
    if person is not None:
        return name_of(person, doc), role_before(speaker, person)
    if is_definite_description(speaker):
        return DEFINITE + name_of(speaker, doc), None  # tells speaker_name it may be someone named
    return name_of(speaker, doc), role_of(speaker)


def said_before(doc, start: int, end: int):
    """The speaker of the sentence right before a quote that opens a sentence of its own with no
    attribution in it ("..., says Lena Brandt. “Everyone else pays.”"; "It is her favourite
    walk, she said. “...”"): the quote goes on with what they said."""
    sentences = list(doc.sents)
    at = next((i for i, s in enumerate(sentences) if s.start_char <= start < s.end_char), 0)
    if at == 0 or doc.text[sentences[at].start_char:start].strip(MARKS_AND_SPACE):
        return None
    verbs = [t for t in sentences[at - 1] if is_speech_verb(t)]
    subject = subject_of(verbs[-1], start, end) if verbs else None
    return subject if subject is not None and (subject.lower_ in ANTECEDENT_PRONOUNS or subject.pos_ != "PRON") else None


def is_share(subject) -> bool:
    """A count or share of people ("38 percent said", "two-thirds told pollsters"): a survey's
    answer, no one's words."""
    return subject.like_num or subject.ent_type_ in ("PERCENT", "CARDINAL") or any(
        c.dep_ == "nummod" and c.lower_ != "one" for c in subject.children)  # "one pilot" is a person


def is_definite_description(subject) -> bool:
    """"The lawyer", "the former House speaker": a common noun the text may use for someone it
    has named. Not "the victim's mother" or "the commander of the base", whose own words say who
    they are."""
    return (subject.pos_ == "NOUN" and not subject.ent_type_
            and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
            and not any(c.dep_ in ("poss", "prep") for c in subject.children))


def appositive_person(subject):
    """The person a described subject names: in apposition ("The head of the aid group, Mara
    Lindqvist, has warned"; "Harbour District Del. Mara Lindqvist confirmed", a title the parser
    makes the head) or by "named" ("a captain named Lindqvist said")."""
    if subject.pos_ not in ("NOUN", "PROPN") or subject.ent_type_ in ("PERSON", *ORGANISATION_LABELS):
        return None
    for clause in subject.children:
        if clause.dep_ == "acl" and clause.lemma_ in ("name", "call"):
            named = next((t for t in clause.children if t.dep_ in ("oprd", "dobj", "attr") and t.pos_ == "PROPN"), None)
            if named is not None:
                return named
    # a person's role in apposition to a name makes it a person's, whatever the tagger calls it
    # ("ZHDA president, Tawanda Zvakada said", the name tagged an organisation)
    person_role = is_person_noun(subject.lemma_.lower())
    return next((t for t in phrase_of(subject) if t.dep_ == "appos" and (t.ent_type_ == "PERSON" or (
        person_role and t.head == subject and t.pos_ == "PROPN" and t.ent_type_ not in ("GPE", "LOC", "FAC")))), None)


def phrase_of(head):
    """The words of a noun phrase up to the first clause that describes it: in "Ann Lee of Leeds,
    tweeted after calling her son, Tom Lee", misparsed as a clause and an appositive on "Lee",
    Tom is not Ann."""
    words, pending = [], [head]
    while pending:
        word = pending.pop()
        words.append(word)
        pending.extend(phrase_children(word))
    return sorted(words, key=lambda t: t.i)


def phrase_children(head) -> list:
    """A word's dependents before the first clause on it (see phrase_of)."""
    children = []
    for child in head.children:
        if child.dep_ in CLAUSE_DEPS:
            break
        children.append(child)
    return children


def role_before(subject, person) -> str | None:
    """The description before the appositive name: "head of the aid group"."""
    first_name = min(t.i for t in person.subtree)
    return role_words([t for t in subject.subtree if t.i < first_name])


def governing(verbs: list, doc, start: int, end: int) -> list:
    """The speech verbs whose own clause the quote is part of ("X said his daughter had "been
    through a lot"", not "X said so. "...""), in the order given."""
    inside = doc.char_span(start, end, alignment_mode="expand")
    heads = {ancestor.i for ancestor in inside.root.ancestors} if inside is not None else set()
    return [verb for verb in verbs if verb.i in heads]


def author_of(document):
    """Who a statement, report or study is from ("a statement from the federation ... The
    statement added", "his proclamation", "the letter signed by seven doctors"), looking back
    through the paragraph; None when it is not said. A date is no author: "Monday's report" is
    from whoever issued it."""
    earlier = [t for t in document.doc[:document.i + 1] if t.lemma_ == document.lemma_]
    for mention in reversed(earlier):
        owner = next((c for c in mention.children if c.dep_ == "poss" and c.ent_type_ not in ("DATE", "TIME")), None)
        if owner is not None:
            return owner
        # "a statement from the federation"; "the letter signed by seven physicians" (the agent of a participle)
        agents = (a for c in mention.children if c.dep_ == "acl" for a in c.children if a.dep_ == "agent")
        preps = [*mention.children, *agents]
        for prep in preps:
            source = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if prep.lower_ in ("from", "by", "of") and source is not None and source.pos_ in ("PROPN", "NOUN"):
                return source
    return None


def attribution_window(doc, start: int, end: int):
    """The sentences a quote stands in, and the next one when the attribution runs on after the
    closing mark (", he said"; "?" Mr Lee asked.) or the one before when it ends with a colon."""
    sentences = list(doc.sents)
    inside = [i for i, s in enumerate(sentences) if s.end_char > start and s.start_char <= end]
    first, last = inside[0], inside[-1]
    if first > 0 and sentences[first - 1].text.rstrip().endswith(":"):
        first -= 1
    following = doc.text[end:].lstrip("”\"' ")
    # the parser ends a sentence at "Cmdr." before the name it titles
    if last + 1 < len(sentences) and (following[:1].islower() or following[:1] == ","
                                      or sentences[last][-1].text in TITLE_ABBREVIATIONS
                                      or is_attribution(sentences[last + 1], end)):
        last += 1
    return doc[sentences[first].start:sentences[last].end]


def is_attribution(sentence, quote_end: int) -> bool:
    """A sentence right after a quote that says who said it: a short one with a speech verb ("Mr.
    Lee said." after "...?"), or one that opens on a speech verb with nothing reported of its own
    ("Lee said on ABC's "This Week."")."""
    right_after = not sentence.doc.text[quote_end:sentence.start_char].strip(" ”\"'’")
    if not right_after:
        return False
    if len(sentence) <= MAX_ATTRIBUTION_TOKENS:
        return any(is_speech_verb(t) for t in sentence)
    return any(is_speech_verb(t) and not any(c.dep_ == "ccomp" for c in t.children)
               for t in sentence[:MAX_ATTRIBUTION_TOKENS // 2])


def subject_of(verb, start: int, end: int):
    """A speech verb's subject; a participle or conjoined verb ("..., saying", "said and added")
    takes its head's ("he was quoted as saying" through its preposition) or its head's object
    ("led the paper to conclude"), a relative pronoun is the noun its clause describes ("a
    producer who told them"), a subject after the verb read as its object is the subject ("moaned a
    commuter"), of a subject before the verb and one after it the one after ("The book, says Klein,
    “...”"), and "said Malkan" misparsed takes the name beside the verb."""
    if verb.idx >= end and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        inverted = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
        if inverted is not None:
            return inverted  # "“...,” moaned a commuter", the subject read as an object
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and not start <= c.idx < end]
        # of two, the one after the verb: in "The book, says Klein, “contains ...”" the parse gives both to "says"
        subject = max(subjects, key=lambda c: c.i > verb.i) if subjects else None
        if subject is not None and subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            return verb.head
        if subject is not None and not in_brackets(subject):
            return subject
        controller = next((c for c in verb.head.children if c.dep_ == "dobj"), None) if verb.dep_ == "xcomp" else None
        if controller is not None and not start <= controller.idx < end:
            return controller  # "led the paper to conclude": the paper concludes
        if verb.dep_ not in ("advcl", "xcomp", "pcomp", "conj", "prep") or verb.head == verb:
            break
        verb = verb.head
    if verb.dep_ == "acl" and verb.head.pos_ == "PROPN" and not start <= verb.head.idx < end:
        return verb.head  # "..., Ann Lee of Leeds, tweeted" parsed as a clause on the name
    doc = verb.doc
    after = doc[verb.i + 1] if verb.i + 1 < len(doc) and verb.idx >= end else None
    if after is not None and after.pos_ == "PROPN":
        while after.dep_ == "compound" and after.head.i > after.i:
            after = after.head
        return after  # "..." said Ann Lee, 55, a salesman worried that ...": the parse gave the name to "worried"
    beside = [doc[i] for i in (verb.i + 1, verb.i - 1) if 0 <= i < len(doc)]
    return next((t for t in beside if t.ent_type_ == "PERSON" and not start <= t.idx < end), None)


def in_brackets(token) -> bool:
    """A word in a bracketed aside ("(Update 1:15 a.m.) President X said") is nobody's subject."""
    brackets = [t.text for t in token.doc[:token.i] if t.text in ("(", ")")]
    return brackets[-1:] == ["("]


def clause_subject(doc, start: int, end: int):
    """The named subject of the clause a quoted phrase is part of ("Baker called it "a minor
    event"", "Trump asked him to "lift the cloud""): the words are the subject's even with no
    speech verb. Crowds and pronouns are left out: a chant or a slogan is no one's statement."""
    inside = doc.char_span(start, end, alignment_mode="expand")
    if inside is None or inside.root.head == inside.root:
        return None
    verb = inside.root.head
    for _ in range(4):
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and not start <= c.idx < end), None)
        if verb.pos_ in ("VERB", "AUX") and subject is not None:
            named = subject.ent_type_ in ("PERSON", "ORG") or appositive_person(subject) is not None
            return subject if named else None  # "the regulator, Ann Lee, called it "..."" is Lee's
        if verb.head == verb:
            return None
        verb = verb.head
    return None


def according_to(window, start: int, end: int):
    """The source in "according to X" outside the quote."""
    for token in window:
        if token.lower_ == "according" and not start <= token.idx < end:
            to = next((c for c in token.children if c.lower_ == "to"), None)
            source = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
            if source is not None:
                return source
    return None


def colon_label(doc, start: int):
    """The named speaker of a transcript line: 'BBC's Jonathan Head: "..."'."""
    before = doc.char_span(0, start, alignment_mode="contract")
    tokens = [t for t in (before or []) if not t.is_space and t.text not in QUOTE_MARKS]
    if len(tokens) >= 2 and tokens[-1].text == ":" and tokens[-2].ent_type_ in ("PERSON", *ORGANISATION_LABELS):
        return tokens[-2]
    return None


def name_of(token, doc) -> str:
    """The entity a subject token belongs to (cut after the token's own name, since NER sometimes
    runs on into the verb: "Graf told Shots"), or its noun phrase without determiners."""
    for ent in doc.ents:
        if ent.start <= token.i < ent.end:
            stop = token.i + 1
            while stop < ent.end and doc[stop].pos_ == "PROPN":
                stop += 1
            first = ent.start
            while first < token.i and doc[first].pos_ in ("DET", "ADJ"):  # "the", "Ghanaian" before a name
                first += 1
            return doc[first:stop].text
    words = [t for t in token.subtree if t.i <= token.i and (t.dep_ in ("compound", "amod", "poss") or t.i == token.i
                                                             or t.dep_ == "case" and t.head.dep_ == "poss")]  # "Lee's lawyer"
    return "".join(t.text_with_ws for t in words[:-1]) + words[-1].text


def role_of(token) -> str | None:
    """A speaker's role when the text gives it in apposition ("X, a spokesman for Y") or as a
    title before the name ("UN envoy X", "Foreign Secretary X")."""
    for child in phrase_children(token):
        if child.dep_ == "appos" and not child.like_num:  # "Lee, 45, said": an age is no role
            return role_words(phrase_of(child))  # "a salesman who has ...": the noun phrase, not its clause
    return title_before(token)


def role_words(words: list) -> str | None:
    """A role as the text words it, without the article ("a spokesman", "one pilot")."""
    role = words[0].doc[words[0].i:words[-1].i + 1].text.strip(" ,") if words else ""
    return re.sub(r"^(a|an|the|one)\s+", "", role, flags=re.I) or None


def title_before(token) -> str | None:
    """The modifiers a person's name opens with, when one of them says what the person is: a
    common noun ("correspondent") or a title ("President"); "CNN's Ivan Watson" and "Mr X" have none."""
    doc = token.doc
    name = next((e for e in doc.ents if e.start <= token.i < e.end and e.label_ == "PERSON"), None)
    if name is None:
        return None
    first = name.start
    while first > 0 and doc[first - 1].dep_ in ("compound", "amod", "nmod") and first <= doc[first - 1].head.i < name.end:
        first -= 1
    words = doc[first:name.start]
    if any(w.pos_ == "NOUN" or ROLE_TITLE.fullmatch(w.text) for w in words):
        return words.text
    return None


def latest_speaker(mentions: list[Mention], position: int, person: bool, gender: str | None = None,
                   group: bool = False, by_name: bool = True, paragraph_start: int | None = None) -> str | None:
    """The usual antecedent of "he" (``person``) or "it": the last speaker of that kind (for
    "they", a ``group`` of people who spoke together too), or person who is the subject of a
    sentence in this paragraph or the one before (SUBJECT), if recent and not of the other sex
    than the pronoun (``gender``); else, ``by_name``, the one person or
    organisation named recently, or of several people the one named in the quote's own paragraph
    (from ``paragraph_start``). With none, or several and none of them a speaker, the pronoun
    is left unresolved: on bench/facts.py's dev set the old guess, the last name before the
    quote, was wrong 6 times in 8."""
    window = [m for m in mentions if position - RECENT_SPEAKER_CHARS <= m.end <= position]
    recent = [m for m in window if (m.label in SPEAKER_LABELS and is_person(m, mentions) == person
                                    or person and m.label == "SUBJECT" or group and m.label == "SPEAKER_GROUP")
              and not differs(gender, gender_of(m.text, mentions))]
    if recent:
        return max(recent, key=lambda m: m.end).text
    if not by_name:
        return None
    # each name with where it was last mentioned (named mentions come in the article's order)
    named = {full_name(m.text, mentions): m.start for m in window if m.label == ("PERSON" if person else "ORG")
             and not differs(gender, gender_of(m.text, mentions))}
    if len(named) > 1 and person and paragraph_start is not None:
        named = {name: start for name, start in named.items() if start >= paragraph_start}
    return next(iter(named)) if len(named) == 1 else None


def differs(gender: str | None, other: str | None) -> bool:
    return gender is not None and other is not None and gender != other


def is_person(speaker: Mention, mentions: list[Mention]) -> bool:
    """Whether a speaker is a person: the tagger is trusted on a full name more than on a bare
    surname, which it often calls an organisation ("Ron Meyer" ... "Meyer said")."""
    words = fold(speaker.text).split()
    longer = (fold(m.text).split() for m in mentions if m.label == "PERSON")
    return speaker.label == "SPEAKER" or any(len(name) > len(words) and contains(name, words) for name in longer)


def fold(name: str) -> str:
    """Lower case without accents, for matching name variants."""
    stripped = unicodedata.normalize("NFKD", name)
    return "".join(c for c in stripped if not unicodedata.combining(c)).lower()


def full_name(speaker: str | None, mentions: list[Mention], position: int | None = None) -> str | None:
    """The fullest name the article gives the speaker: "Salame" or "Dr Salame" → "Ghassan Salamé",
    "Sir Liam" → "Liam Donaldson", "the institute" → "State Serum Institute". Given ``position``
    (the quote's start), the full name given last before it: where two people share a surname,
    the one the text has just named."""
    if speaker is None:
        return None
    bare = untitled(speaker)
    words = fold(bare).split()
    if not words:
        return speaker
    if bare[:1].islower():  # a common noun: the organisation of that name
        candidates = [(m, m.text) for m in mentions if m.label == "ORG" and words[-1] in organisation_heads(fold(m.text))]
    else:
        # a name the tagger calls an organisation counts when it ends with the speaker's name
        # ("Aiko Tanabe" tagged ORG, then "Tanabe said"), not when it merely holds it ("Tanabe Motors"),
        # and only as long as a person's name: a longer run is a headline ending in the name
        candidates = [(m, untitled(m.text)) for m in mentions
                      if (m.label in ("PERSON", *SPEAKER_LABELS) and contains(fold(untitled(m.text)).split(), words))
                      or (m.label == "ORG" and ends_with(fold(untitled(m.text)).split(), words)
                          and len(m.text.split()) <= MAX_NAME_WORDS)]
    fuller = least_extended([(m, name) for m, name in candidates if len(name.split()) > len(words)])
    if not fuller:
        return bare
    if position is None:
        return max((name for _, name in fuller), key=lambda name: len(name.split()))
    spoke = {fold(name) for m, name in fuller if m.label in SPEAKER_LABELS}
    gender = gender_of(speaker, mentions)
    # a name the text shows to be of the speaker's sex beats one whose sex it does not show:
    # "Ms Lee said" is Ann Lee (of whom it says "she") before Tom Lee, named last
    return max(fuller, key=lambda found: (not differs(gender, other := gender_of(found[1], mentions)),
                                          gender is not None and gender == other, fold(found[1]) in spoke,
                                          found[0].end <= position, -abs(found[0].end - position)))[1]


def speaker_name(speaker: str | None, text: str, mentions: list[Mention], position: int) -> str | None:
    """The name a quote's speaker goes by in the article: the person a role noun stands for (see
    role_holder), else the fullest form of the name (see full_name). A speaker that speaker_of
    marked as a definite description ("the lawyer") goes without its article."""
    bare = speaker.removeprefix(DEFINITE) if speaker else speaker
    definite = speaker != bare
    return role_holder(bare, definite, text, mentions, position) or full_name(bare, mentions, position)


def role_holder(speaker: str | None, definite: bool, text: str, mentions: list[Mention], position: int) -> str | None:
    """The person a role noun stands for ("the senator said" → the person the text introduced as
    "Senator Mara Lindqvist" or as "Mara Lindqvist, the senator from ..."): the last person named
    before the quote with that noun as a title (see role_nouns). An age ("the 52-year-old said")
    stands for the person just named, as "he" does. So does a definite description of a person
    that no one holds as a title and that the text did not bring in as someone new, when a
    person spoke or was the subject in this paragraph or the one before ("Ivo Brandt was
    charged ... the lawyer said" is Brandt; "a lawyer for the family ... the lawyer said" stays
    that lawyer). None where the speaker is a name, or no person has the role."""
    if speaker and AGE.fullmatch(speaker):
        return latest_speaker(mentions, position, person=True)
    if not speaker or not speaker[:1].islower():
        return None
    role = speaker.split()[-1].lower()
    holders = [m for m in mentions if m.label == "PERSON" and m.end <= position and role in role_nouns(m, text)]
    if holders:
        return max(holders, key=lambda m: m.end).text
    if definite and is_person_noun(role) and not introduced(role, text[:position]):
        since = paragraph_before(text, position)
        person = latest_speaker([m for m in mentions if m.start >= since], position, person=True, by_name=False)
        # "the actress" is a woman the text shows to be one
        return None if FEMININE_NOUN.search(role) and gender_of(person or "", mentions) != "f" else person
    return None


def paragraph_before(text: str, position: int) -> int:
    """Where the paragraph before the one holding ``position`` starts, over any blank lines."""
    own_start = text.rfind("\n", 0, position) + 1
    return text.rfind("\n", 0, len(text[:own_start].rstrip())) + 1


def is_person_noun(noun: str) -> bool:
    """Whether a common noun names a person: a known one ("official", "senator") or an agent noun
    ("lawyer", "rapper", "actress", "economist") that is not a company's ("the retailer")."""
    return (noun in PERSON_NOUNS or bool(ROLE_TITLE.fullmatch(noun))
            or bool(AGENT_NOUN.search(noun)) and noun not in ORGANISATION_AGENT_NOUNS)


def introduced(noun: str, before: str) -> bool:
    """Whether the text brought in someone new by this noun: "a lawyer for the family", "one witness"."""
    return re.search(rf"\b(?:a|an|one|another)\s+(?:[\w-]+\s+){{0,3}}{re.escape(noun)}\b", before, re.I) is not None


def role_nouns(person: Mention, text: str) -> set[str]:
    """The nouns that say what a named person is: the title just before the name ("Coach Ivan
    Petrov"), one the tagger took into the name, and the head of a description set off after
    it ("Ann Lee, the club's head coach, said"; "Ann Lee, the senator from Ohio,")."""
    words = re.findall(r"\w+", text[max(0, person.start - ROLE_REACH):person.start].split("\n")[-1])[-1:]
    words += re.findall(r"\w+", person.text)
    after = APPOSITION.match(text, person.end)
    if after:
        words += re.findall(r"\w+", DESCRIPTION_TAIL.sub("", after.group("description")))[-1:]
    return {w.lower() for w in words}


def organisation_heads(name: str) -> set[str]:
    """The words a common noun may take an organisation's name by: its last word ("the company"
    for "Harbour Shipping Company") and the word before its "of" ("the ministry" for "Ministry of Health")."""
    words = name.split()
    heads = set(words[-1:])
    if "of" in words[1:]:
        heads.add(words[words.index("of", 1) - 1])
    return heads


def least_extended(found: list[tuple[Mention, str]]) -> list[tuple[Mention, str]]:
    """The names that hold no other of the names found: "Ann Lee" and not "Ann Lee Sr" or a
    headline run into it ("Star Thanks Ann Lee"), which the tagger may take as one name."""
    folded = [fold(name).split() for _, name in found]
    return [pair for pair, words in zip(found, folded)
            if not any(len(other) < len(words) and contains(words, other) for other in folded)]


def untitled(name: str) -> str:
    """A name without the titles and ranks before it ("Sgt Hasan Akbar" → "Hasan Akbar"), nor
    the words run into it ahead of an honorific ("Essex Mr Fisher" → "Fisher")."""
    name = BEFORE_HONORIFIC.sub("", name)
    while (stripped := TITLES.sub("", name)) != name:
        name = stripped
    return name.strip()


def ends_with(words: list[str], part: list[str]) -> bool:
    return len(words) > len(part) and all(map(same_word, words[-len(part):], part))


def contains(words: list[str], part: list[str]) -> bool:
    """Whether ``part`` is a run of whole words in ``words``, each spelled alike."""
    return any(all(map(same_word, words[i:i + len(part)], part)) for i in range(len(words) - len(part) + 1))


def same_word(x: str, y: str) -> bool:
    """One word of a name in two spellings: the same, or a transliteration variant ("gadhafi",
    "gaddafi") that starts alike and is nearly the same."""
    return x == y or x[:1] == y[:1] and min(len(x), len(y)) >= 4 and SequenceMatcher(None, x, y).ratio() >= SPELLING_SIMILARITY
