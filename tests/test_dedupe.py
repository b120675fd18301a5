"""Wire copies: edited reprints found, distinct articles left alone, the earliest is the original."""

from datetime import date

import numpy as np

from storydesk import dedupe

WIRE = ("Officials said on Tuesday that the northern highway would stay closed for at least a month after "
        "landslides buried two sections of the road. Engineers are assessing the damage and the transport "
        "ministry has opened a detour through the valley towns. Freight companies warned of delays and higher "
        "prices as trucks are forced onto narrow local roads. The ministry said repairs would cost millions.")
REPRINT = "Highway closed for a month. " + WIRE + " Local readers can find detour maps at the town hall."
OTHER = ("The city orchestra opened its season on Friday with a new symphony by a local composer, and critics "
         "praised the performance. Tickets for the remaining concerts are selling quickly, the orchestra said.")


def test_reprint_is_a_copy_of_the_earlier_original():
    index, copy_of = dedupe.CopyIndex(), {}
    published = {"wire": date(2020, 1, 2), "reprint": date(2020, 1, 3), "other": date(2020, 1, 2)}
    signatures = {i: dedupe.signature(t) for i, t in [("reprint", REPRINT), ("wire", WIRE), ("other", OTHER)]}
    dedupe.assign_copies(signatures, index, copy_of, published, {"reprint": 1, "wire": 2, "other": 3})
    assert copy_of == {"reprint": "wire", "wire": None, "other": None}


def test_signatures_survive_storage():
    sig = dedupe.signature(WIRE)
    again = dedupe.from_bytes(dedupe.to_bytes(sig))
    assert again.size == sig.size
    assert again.jaccard(dedupe.signature(REPRINT)) == sig.jaccard(dedupe.signature(REPRINT)) > 0.5


LONG_WIRE = " ".join(f"Paragraph {n} of the agency report says the relief convoy reached district {n} after the road reopened "
                     f"and aid workers handed out {n} tonnes of food to families waiting since dawn." for n in range(1, 13))


def test_trimmed_reprint_is_a_copy_but_a_story_on_the_same_topic_is_not():
    trimmed = " ".join(LONG_WIRE.split(". ")[:5]) + ". Our correspondent adds that local shops stayed shut."
    related = ("The relief convoy that reached the northern districts this week was the first since the road reopened, "
               "and aid workers said families had waited since dawn for food. Officials promised more convoys.")
    original = dedupe.signature(LONG_WIRE)
    assert dedupe.signature(trimmed).is_copy(original)
    assert not dedupe.signature(related).is_copy(original)


def test_copies_are_found_among_sorted_and_recently_added_signatures(monkeypatch):
    monkeypatch.setattr(dedupe, "UNSORTED_ARTICLES", 1)
    index = dedupe.CopyIndex()
    for n, text in enumerate((WIRE, OTHER, LONG_WIRE)):
        index.add(f"a{n}", dedupe.signature(text))
    assert len(index.sorted_keys) == 2 * dedupe.BANDS and len(index.recent) == dedupe.BANDS  # a0, a1 sorted; a2 waits
    assert index.copies_of(dedupe.signature(REPRINT)) == ["a0"]
    assert index.copies_of(dedupe.signature(LONG_WIRE + " Our correspondent adds a line.")) == ["a2"]
    assert index.copies_of(dedupe.signature(OTHER)) == ["a1"]


def test_signatures_sorted_in_two_steps_are_found_like_those_sorted_at_once(monkeypatch):
    monkeypatch.setattr(dedupe, "UNSORTED_ARTICLES", 1)
    index = dedupe.CopyIndex()
    texts = (OTHER, WIRE, LONG_WIRE, REPRINT)
    for n, text in enumerate(texts):
        index.add(f"a{n}", dedupe.signature(text))
    index._sort_recent()
    assert np.all(index.sorted_keys[1:] >= index.sorted_keys[:-1])
    assert sorted(index.sorted_rows.tolist()) == sorted(list(range(len(texts))) * dedupe.BANDS)
    assert sorted(index.copies_of(dedupe.signature(WIRE))) == ["a1", "a3"]
