"""Across articles: dates inferred, aliases merged, figure disagreements classified."""

from datetime import date

from storydesk import resolve
from storydesk.model import Annotations, Article, Citation, Mention, StoryFigure


def article(i, text="x", published=None, mentions=()):
    return Article(id=i, source=i, text=text, content_hash=i, published=published,
                   annotations=Annotations(mentions=tuple(mentions)))


def test_undated_article_takes_its_event_date():
    dated, undated = article("a", published=date(2020, 5, 4)), article("b")
    _, inferred = resolve.infer_dates([dated, undated], [["a", "b"]])
    assert (inferred.published, inferred.published_from) == (date(2020, 5, 4), "inferred")


def test_acronym_surname_and_accents_merge():
    text = "The Northern Farmers Union (NFU) met José Pérez. Perez said the NFU would strike."
    mentions = [Mention(4, 26, "Northern Farmers Union", "ORG"), Mention(28, 31, "NFU", "ORG"),
                Mention(37, 47, "José Pérez", "PERSON"), Mention(49, 54, "Perez", "PERSON"), Mention(68, 71, "NFU", "ORG")]
    actors = {a.name: a for a in resolve.merge_entities([article("a", text, mentions=mentions)])}
    assert set(actors) == {"Northern Farmers Union", "José Pérez"}
    assert actors["Northern Farmers Union"].aliases == ("NFU",)
    assert actors["José Pérez"].aliases == ("Perez",)


def figure(value, when):
    return StoryFigure("killed", value, "at_least", None, None, when, "", Citation("a", 0, 1))


def test_growing_count_over_time_is_an_update_and_same_day_difference_a_conflict():
    [update] = resolve.disagreements([figure(10, date(2020, 1, 1)), figure(25, date(2020, 1, 9))])
    [conflict] = resolve.disagreements([figure(10, date(2020, 1, 1)), figure(25, date(2020, 1, 1))])
    assert (update.kind, conflict.kind, conflict.conservative) == ("update", "conflict", 10)


def test_the_conservative_figure_is_the_lowest_count_no_later_count_updated():
    rising = [figure(40, date(2020, 1, 1)), figure(91, date(2020, 1, 6)), figure(97, date(2020, 1, 17)),
              figure(140, date(2020, 1, 17))]
    [disputed] = resolve.disagreements(rising)
    assert (disputed.kind, disputed.conservative) == ("conflict", 97)
    [grown] = resolve.disagreements(rising[:2])
    assert (grown.kind, grown.conservative) == ("update", 91)
    # a later, smaller count disputes the earlier one, which still stands
    [fallen] = resolve.disagreements([figure(2000, date(2020, 1, 1)), figure(1000, date(2020, 1, 9))])
    assert (fallen.kind, fallen.conservative) == ("conflict", 1000)


def test_a_count_an_article_gives_as_replaced_disputes_nothing():
    def given(value, when, sentence, superseded=False):
        return StoryFigure("displaced", value, "exact", None, None, when, "", Citation(sentence, 0, 1), superseded=superseded)

    earlier_source = given(30_000, date(2020, 1, 8), "a")
    rose = [given(38_000, date(2020, 1, 8), "b"), given(30_000, None, "b", superseded=True)]  # "38,000, up from 30,000"
    [update] = resolve.disagreements([earlier_source, *rose])
    assert (update.kind, update.conservative) == ("update", 38_000)
    # the other source's 30,000 is replaced only if it was given no later than the change
    [conflict] = resolve.disagreements([given(30_000, date(2020, 1, 9), "a"), *rose])
    assert (conflict.kind, conflict.conservative) == ("conflict", 30_000)


def test_equal_values_are_no_disagreement():
    assert resolve.disagreements([figure(10, date(2020, 1, 1)), figure(10, date(2020, 1, 3))]) == []


def test_transliteration_variants_of_a_person_merge_but_places_do_not():
    mentions = [Mention(0, 1, "Muammar Gaddafi", "PERSON"), Mention(0, 1, "Muammar Gaddafi", "PERSON"),
                Mention(0, 1, "Moammar Gadhafi", "PERSON"), Mention(0, 1, "Niger", "GPE"), Mention(0, 1, "Nigeria", "GPE")]
    actors = {a.name: a for a in resolve.merge_entities([article("a", mentions=mentions)])}
    assert set(actors) == {"Muammar Gaddafi", "Niger", "Nigeria"}
    assert actors["Muammar Gaddafi"].aliases == ("Moammar Gadhafi",)


def test_a_short_form_joins_the_one_name_it_stands_for():
    mentions = [Mention(0, 1, "Coastal Relief Agency", "ORG"), Mention(0, 1, "C.R.A", "ORG"),
                Mention(0, 1, "Harbour Port Authority", "ORG"), Mention(0, 1, "Port Authority", "ORG")]
    actors = {a.name: a for a in resolve.merge_entities([article("a", mentions=mentions)])}
    assert set(actors) == {"Coastal Relief Agency", "Harbour Port Authority"}
    assert actors["Coastal Relief Agency"].aliases == ("C.R.A",)
    assert actors["Harbour Port Authority"].aliases == ("Port Authority",)


def test_a_short_form_that_could_stand_for_two_names_or_a_persons_initials_stays_apart():
    mentions = [Mention(0, 1, "North Supreme Court", "ORG"), Mention(0, 1, "South Supreme Court", "ORG"),
                Mention(0, 1, "Supreme Court", "ORG"), Mention(0, 1, "Anna Petrova", "PERSON"), Mention(0, 1, "AP", "ORG")]
    actors = resolve.merge_entities([article("a", mentions=mentions)])
    assert len(actors) == 5


def test_an_actor_goes_by_the_spelling_nearest_its_other_spellings():
    mentions = [Mention(0, 1, "Amadou Kouyatee", "PERSON"), Mention(0, 1, "Amadou Kouyate", "PERSON"),
                Mention(0, 1, "Amadu Kuyate", "PERSON")]
    [actor] = resolve.merge_entities([article("a", mentions=mentions)])
    assert actor.name == "Amadou Kouyate"


def test_quotes_are_credited_to_the_actor_and_actors_get_roles_and_quotes():
    from storydesk.model import Actor, Article, Citation, StoryQuote
    from storydesk.resolve import cast

    text = "Ghassan Salamé, the UN envoy for Libya, met both sides. Salame said talks would go on."
    article = Article(id="a", source="a", text=text, content_hash="a")
    actors = [Actor("Ghassan Salamé", "PERSON", ("Salame",), 1, article_ids=("a",)), Actor("Geneva", "GPE", (), 1)]
    quotes = [StoryQuote("Ghassan Salame", None, "We will go on", Citation("a", 0, 5)),
              StoryQuote("Salame", "UN envoy", "The talks resume", Citation("a", 0, 5)),
              StoryQuote("Jean Alam", None, "Under way again", Citation("a", 0, 5))]
    actors, quotes = cast(actors, quotes, [article])
    assert [q.speaker for q in quotes] == ["Ghassan Salamé", "Ghassan Salamé", "Jean Alam"]
    assert actors[0].quotes == (0, 1) and actors[1].quotes == ()
    assert actors[0].roles == ("UN envoy", "UN envoy for Libya")


def test_a_title_before_a_name_is_a_role_but_an_honorific_is_not():
    text = ("Talks resumed, said U.N. envoy Mara Lindqvist on Monday. Prime Minister Mara Lindqvist left. "
            "Mr Mara Lindqvist spoke. On Monday. Envoy Mara Lindqvist.")
    assert resolve.titles_before("Mara Lindqvist", text) == ["U.N. envoy", "Prime Minister", "Envoy"]


def test_a_name_the_story_also_gives_with_a_place_noun_is_a_place_not_a_person():
    mentions = [Mention(0, 1, "Kerla", "PERSON"), Mention(0, 1, "Kerla", "PERSON"), Mention(0, 1, "Kerla province", "GPE"),
                Mention(0, 1, "Odran", "PERSON"), Mention(0, 1, "Odran Relief Fund", "ORG")]
    types = {a.name: a.type for a in resolve.merge_entities([article("a", mentions=mentions)])}
    assert types == {"Kerla": "GPE", "Kerla province": "GPE", "Odran": "PERSON", "Odran Relief Fund": "ORG"}


def test_an_adjective_of_nationality_describes_and_is_no_actor_but_the_people_it_names_are():
    from storydesk.annotate import annotate

    text = ("Rival Peruvian military factions met in the South American country on Monday. "
            "The Chileans agreed to the plan, and non-Peruvian fighters must leave.")
    [done] = annotate([Article(id="a", source="a", text=text, content_hash="a")])
    names = {a.name for a in resolve.merge_entities([done])}
    assert "Chileans" in names
    assert not names & {"Peruvian", "South American", "non-Peruvian"}
    # the words still say what the story is about: the clustering reads every mention
    assert {"Peruvian", "South American"} <= {m.text for m in done.annotations.mentions}
