"""Time expressions resolved against the publication date: the nearest occurrence, leaning to the past, unless the text says which."""

from datetime import date

import pytest

from storydesk.annotate.times import find_calendar_dates, find_times, resolve

WEDNESDAY = date(2020, 2, 5)


def resolved(text, anchor=WEDNESDAY):
    return [(t, resolve(spec, anchor)) for _, _, t, spec in find_times(text)]


@pytest.mark.parametrize("text, expected", [
    ("They met on Tuesday.", (date(2020, 2, 4), "day")),
    ("They will meet on Friday.", (date(2020, 2, 7), "day")),
    ("It began last April.", (date(2019, 4, 1), "month")),
    ("It happened yesterday.", (date(2020, 2, 4), "day")),
    ("Signed on January 12.", (date(2020, 1, 12), "day")),
    ("Talks are scheduled to start on February 26.", (date(2020, 2, 26), "day")),
    ("Signed on 6 February 2019.", (date(2019, 2, 6), "day")),
    ("The war of 2011 ended.", None),
    ("Fighting since April has killed many.", (date(2019, 4, 1), "month")),
    ("The offensive of April 2019 failed.", (date(2019, 4, 1), "month")),
    ("It was agreed two weeks ago.", (date(2020, 1, 22), "day")),
    ("Prices rose last month.", (date(2020, 1, 1), "month")),
    # Unmarked: the nearest occurrence, unless the past one is not three times farther away.
    ("The concert takes place on Thursday.", (date(2020, 2, 6), "day")),
    ("The rally takes place on Saturday.", (date(2020, 2, 1), "day")),
    ("The gig takes place at the stadium on 8 April.", (date(2020, 4, 8), "day")),
    ("The strike began on 8 September.", (date(2019, 9, 8), "day")),
    ("The summit in March is the first in a decade.", (date(2020, 3, 1), "month")),
    ("Last Thursday the summit opened.", (date(2020, 1, 30), "day")),
    ("They met last Wednesday.", (date(2020, 1, 29), "day")),  # written on a Wednesday: a week ago
    ("They met on Wednesday.", (date(2020, 2, 5), "day")),
    ("The conflict escalated in early April of last year.", (date(2019, 4, 1), "month")),
    ("Elections are due in October next year.", (date(2021, 10, 1), "month")),
    ("The two leaders met on 16 April last year.", (date(2019, 4, 16), "day")),
    ("The talks will resume in two weeks.", (date(2020, 2, 19), "day")),
    ("We'll meet again in two days.", (date(2020, 2, 7), "day")),
    ("Forty people were killed in three days.", None),  # a span of time, not three days from now
    ("The ferry sank on August 3 this year.", (date(2020, 8, 3), "day")),
    # What was said may be future; the saying, named before "that", is past.
    ("The mayor said on Monday that the shelters would close.", (date(2020, 2, 3), "day")),
    ("The mayor said the shelters would close on Monday.", (date(2020, 2, 10), "day")),
    ("El alcalde dijo el lunes que los refugios serán cerrados.", (date(2020, 2, 3), "day")),
    ("The agency on Monday declared it would stop the trials.", (date(2020, 2, 3), "day")),
    ("The president said Monday he will resign.", (date(2020, 2, 3), "day")),
])
def test_resolution(text, expected):
    found = resolved(text)
    if expected is None:
        assert all(r[1] != "day" for _, r in found)
    else:
        assert found and found[0][1] == expected


def test_a_count_is_read_whole_not_from_its_last_digits():
    # "000 years ago" would be this very year
    assert all(r[0].year != WEDNESDAY.year for _, r in resolved("The Crusades began 1,000 years ago."))


def test_may_the_verb_is_not_a_month():
    assert resolved("Officials said talks may resume.") == []


def test_weekday_needs_an_anchor_but_full_dates_do_not():
    [(_, weekday)] = resolved("on Monday", anchor=None)
    [(_, full)] = resolved("on 3 March 2021", anchor=None)
    assert weekday is None and full == (date(2021, 3, 3), "day")


@pytest.mark.parametrize("text, language, expected", [
    ("Los manifestantes volvieron ayer a la plaza.", "es", date(2020, 2, 4)),
    ("El presidente dimitió el pasado lunes.", "es", date(2020, 2, 3)),
    ("Le ministre a démissionné hier soir.", "fr", date(2020, 2, 4)),
    ("Les négociations reprendront lundi prochain.", "fr", date(2020, 2, 10)),
    ("Il vertice si è concluso lunedì scorso.", "it", date(2020, 2, 3)),
    ("Oggi il parlamento vota la legge.", "it", date(2020, 2, 5)),
    ("El acuerdo se firmó el 3 de mayo del año pasado.", "es", date(2019, 5, 3)),
    ("L'accord a été signé le 3 mai de l’année dernière.", "fr", date(2019, 5, 3)),
    ("L'accordo è stato firmato il 3 maggio dell'anno scorso.", "it", date(2019, 5, 3)),
])
def test_spanish_french_and_italian_days_resolve(text, language, expected):
    found = [resolve(spec, WEDNESDAY) for _, _, _, spec in find_times(text, language=language)]
    assert found and found[0] == (expected, "day")


def test_a_day_word_counts_only_in_its_own_language():
    assert list(find_times("Wir sind hier, sagte er.", language="de")) == []
    assert list(find_times("Il est parti hier.", language="fr"))


def test_a_dateline_ends_at_its_line_not_at_the_next_sentences_tense():
    [(_, _, _, spec)] = find_calendar_dates("Monday 3 February 2020\nThe council will vote on the plan.")
    assert spec[4] == 0  # neither past nor future: the line says nothing of it


def parsed_days(text, anchor=WEDNESDAY):
    from storydesk.annotate import annotate
    from storydesk.model import Article

    [done] = annotate([Article(id="a", source="a", text=text, content_hash="a", published=anchor)])
    return [resolve(ref.spec, anchor)[0] for ref in done.annotations.times]


@pytest.mark.parametrize("text, expected", [
    # a future elsewhere in the sentence does not make a past clause's weekday future
    ("The auction opened on Friday and will run for ten days.", date(2020, 1, 31)),
    ("On Tuesday his brothers, who will play at the concert, defended the decision.", date(2020, 2, 4)),
    ("Egyptian banks will stay closed, state television announced Sunday.", date(2020, 2, 2)),
    ("By Friday night, the protesters had won.", date(2020, 1, 31)),
    ("An EU meeting will discuss travel restrictions on Thursday, she added.", date(2020, 2, 6)),
    ("Talks on Monday.", date(2020, 2, 3)),  # no verb to ask: the words decide
])
def test_the_tense_of_the_expressions_own_clause_places_it(text, expected):
    assert parsed_days(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    # Counted from the date told last, not from the day of writing, as HeidelTime does.
    ("The siege began on 3 March 2015. The following day, the port fell.", (date(2015, 3, 4), "day")),
    ("Talks opened on Monday. Two days later they collapsed.", (date(2020, 2, 5), "day")),
    ("The fair opened on 2 May 2016 and closed a week later.", (date(2016, 5, 9), "day")),
    ("The mayor resigned on 9 June 2014. The previous day, the council had met.", (date(2014, 6, 8), "day")),
    ("The dam burst on 4 July 2012; hours later the valley was flooded.", (date(2012, 7, 4), "day")),
    ("She took office in 2011, and on 25 June that year she signed the decree.", (date(2011, 6, 25), "day")),
    ("The strike began on 3 October 2017. Later that month, the mines closed.", (date(2017, 10, 1), "month")),
    ("The plant opened in May 2013 and three months later it shut.", (date(2013, 8, 1), "month")),
])
def test_a_day_counted_from_the_date_told_before_it(text, expected):
    assert resolved(text)[-1][1] == expected


def test_a_chain_of_counted_days_counts_from_each_in_turn():
    text = "The rally was held on 1 April 2018. The next day police made arrests, and three days later the trial began."
    assert [when for _, when in resolved(text)][1:] == [(date(2018, 4, 2), "day"), (date(2018, 4, 5), "day")]


@pytest.mark.parametrize("text", [
    "The following day was quiet.",  # nothing before it to count from
    "In 2010 the bridge opened. The next day traffic doubled.",  # a year does not say which day
    "The day after the vote, the streets were calm.",  # counted from the vote, whose date is not told
])
def test_a_counted_day_with_no_day_to_count_from_is_no_date(text):
    assert [when for _, when in resolved(text) if when and when[1] == "day"] == []


@pytest.mark.parametrize("text, language, expected", [
    ("El ataque ocurrió el 3 de mayo de 2019. Al día siguiente hubo protestas.", "es", date(2019, 5, 4)),
    ("L'attaque a eu lieu le 3 mai 2019. Le lendemain, la ville était calme.", "fr", date(2019, 5, 4)),
    ("L'attacco è avvenuto il 3 maggio 2019. Il giorno successivo la città era calma.", "it", date(2019, 5, 4)),
])
def test_spanish_french_and_italian_counted_days_resolve(text, language, expected):
    found = [resolve(spec, WEDNESDAY) for _, _, _, spec in find_times(text, language=language)]
    assert found[-1] == (expected, "day")


def test_a_comparison_is_no_counted_day():
    assert resolved("The plan, agreed on 2 March 2019, ends troop deployments three months later than promised.")[1:] == []


def test_a_span_still_to_come_is_no_counted_day():
    assert resolved("Talks opened on Monday and a deal may come within the next day or two.")[1:] == []


def test_a_day_counted_from_a_named_event_is_no_counted_day():
    text = "Le vote a eu lieu le 3 mai 2019. Le lendemain de l'attaque, la ville était calme."
    assert [resolve(spec, WEDNESDAY) for _, _, _, spec in find_times(text, language="fr")][1:] == []


@pytest.mark.parametrize("text, language, first, last", [
    ("Talks ran from 3 to 5 March 2019.", None, date(2019, 3, 3), date(2019, 3, 5)),
    ("The fair runs on March 3-5, 2019.", None, date(2019, 3, 3), date(2019, 3, 5)),
    ("Strikes hit the port between 10 and 12 April 2018.", None, date(2018, 4, 10), date(2018, 4, 12)),
    ("La cumbre se celebró del 3 al 5 de marzo de 2019.", "es", date(2019, 3, 3), date(2019, 3, 5)),
    ("Le sommet s'est tenu du 3 au 5 mars 2019.", "fr", date(2019, 3, 3), date(2019, 3, 5)),
])
def test_a_range_of_days_gives_both_ends(text, language, first, last):
    found = [resolve(spec, WEDNESDAY) for _, _, _, spec in find_times(text, language=language)]
    assert found == [(first, "day"), (last, "day")]


def test_a_score_is_no_range_of_days():
    assert [when for _, when in resolved("They won 5-3 on 8 March 2019.")] == [(date(2019, 3, 8), "day")]


def test_the_day_before_yesterday_is_two_days_back():
    assert resolved("The day before yesterday the bridge closed.") == [("The day before yesterday", (date(2020, 2, 3), "day"))]


def test_the_following_weekday_counts_from_the_day_told_before_it():
    text = "The ballot was held on 14 March 2019. The following Monday the count began; the previous Friday polls had closed."
    assert [when for _, when in resolved(text)][1:] == [(date(2019, 3, 18), "day"), (date(2019, 3, 15), "day")]


@pytest.mark.parametrize("text, language, expected", [
    ("Hace dos días hubo protestas en la capital.", "es", (date(2020, 2, 3), "day")),
    ("Il y a trois jours, la grève a commencé.", "fr", (date(2020, 2, 2), "day")),
    ("Due giorni fa il porto è stato chiuso.", "it", (date(2020, 2, 3), "day")),
    ("El mes pasado murieron veinte personas.", "es", (date(2020, 1, 1), "month")),
    ("Le mois dernier, la ville a voté.", "fr", (date(2020, 1, 1), "month")),
    ("L’anno scorso il governo è caduto.", "it", (date(2019, 1, 1), "year")),
    ("La tregua se firmó el 3 de mayo de 2019. Dos días después, se rompió.", "es", (date(2019, 5, 5), "day")),
    ("La trêve a été signée le 3 mai 2019. Deux jours plus tard, elle a été rompue.", "fr", (date(2019, 5, 5), "day")),
])
def test_spanish_french_and_italian_counted_times_resolve(text, language, expected):
    assert [resolve(spec, WEDNESDAY) for _, _, _, spec in find_times(text, language=language)][-1] == expected


def test_a_time_counted_from_a_named_event_is_no_date_in_french_either():
    text = "La trêve a été signée le 3 mai 2019. Deux jours après l'attaque, la ville était calme."
    assert [resolve(spec, WEDNESDAY) for _, _, _, spec in find_times(text, language="fr")][1:] == []
