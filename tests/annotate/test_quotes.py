"""Quotes and speakers, through the full annotate stage (spaCy included)."""

from storydesk.annotate import annotate
from storydesk.model import Article


def quotes_of(text):
    article = Article(id="q", source="q", text=text, content_hash="q")
    [done] = list(annotate([article]))
    return [(q.speaker, q.role, q.text) for q in done.annotations.quotes]


def test_speaker_after_the_quote_and_role_in_apposition():
    [(speaker, role, text)] = quotes_of('"The road will open again next week," said Maria Okafor, a spokeswoman for the transport ministry.')
    assert speaker == "Maria Okafor" and "spokeswoman" in role and text.startswith("The road will open")


def test_surname_and_pronoun_resolve_to_the_full_name():
    text = ("Transport minister Daniel Brooks visited the site on Monday.\n\n"
            "“We will rebuild the bridge within a year,” Brooks said.\n\n"
            "“Nobody will be left without a way to work,” he added.")
    found = quotes_of(text)
    assert [s for s, _, _ in found] == ["Daniel Brooks", "Daniel Brooks"]


def test_scare_quotes_and_unattributed_quotes_are_left_out():
    assert quotes_of('The so-called "peace plan" was announced.') == []


def test_text_offsets_point_at_the_quoted_words():
    text = 'Mayor Ana Lind said: "The park stays open all summer."'
    article = Article(id="q", source="q", text=text, content_hash="q")
    [done] = list(annotate([article]))
    [quote] = done.annotations.quotes
    assert text[quote.start:quote.end] == quote.text == "The park stays open all summer."
    assert quote.speaker == "Ana Lind"


def test_quote_left_open_at_a_paragraph_end_is_spoken_by_whoever_closes_it():
    text = ("“We will rebuild the bridge.\n\n"
            "It will take a year,” said Ana Lind, the city's engineer.")
    assert [(s, t) for s, _, t in quotes_of(text)] == [
        ("Ana Lind", "We will rebuild the bridge."), ("Ana Lind", "It will take a year,")]


def test_titles_are_left_off_and_the_full_name_found():
    text = ("Dr Roy Fey, a doctor at the clinic, examined the patients.\n\n"
            "“Nobody needs to panic about this,” Dr Fey said.")
    assert [s for s, _, _ in quotes_of(text)] == ["Roy Fey"]


def test_pronoun_is_the_last_speaker_rather_than_the_last_name():
    text = ("Pia Sand said the talks would go on. Her lawyer, Tom Berg, was not in court.\n\n"
            "“We are not giving up on an agreement,” she said.")
    assert [s for s, _, _ in quotes_of(text)] == ["Pia Sand"]
