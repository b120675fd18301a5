"""Timeline and summary: cited, bounded, non-repeating."""

import pytest

from storydesk import one_story, summarize, timeline

from .conftest import DEMO


def demo_articles():
    articles, rejections = one_story([str(DEMO)])
    assert rejections == []
    return articles


def test_summary_is_bounded_cited_and_points_at_its_words():
    articles = demo_articles()
    by_id = {a.id: a for a in articles}
    summary = summarize(articles, max_words=80)
    assert summary and sum(len(s.text.split()) for s in summary) <= 80 + 70
    for sentence in summary:
        first = sentence.citations[0]
        assert by_id[first.article].text[first.start:first.end] == sentence.text
    texts = [s.text for s in summary]
    assert len(set(texts)) == len(texts)


def test_copies_do_not_feed_the_summary():
    articles = demo_articles()
    copies = {a.id for a in articles if a.copy_of}
    assert copies, "the demo holds a wire copy"
    assert not any(c.article in copies for s in summarize(articles, 200) for c in s.citations)


def test_timeline_dates_are_ordered_and_each_entry_cites_a_sentence_with_that_date():
    entries = timeline(demo_articles(), max_dates=5, per_date=2)
    assert 0 < len(entries) <= 5
    assert [e.date for e in entries] == sorted(e.date for e in entries)
    assert all(1 <= len(e.sentences) <= 2 and e.citations for e in entries)


def test_timeline_never_repeats_a_sentence():
    entries = timeline(demo_articles(), max_dates=20, per_date=1)
    texts = [u.text for e in entries for u in e.sentences]
    assert len(texts) == len(set(texts))


def test_sentences_leaning_on_context_rank_lower():
    from storydesk.compose.summary import standalone

    assert standalone("But his campaign collapsed in June.") < standalone("The campaign collapsed in June.")
    assert standalone("“He said no,” she wrote.") < 1


def plain_article(article_id: str, text: str):
    from storydesk.model import Article

    return Article(id=article_id, source=article_id, text=text, content_hash=article_id)


def test_an_article_sharing_nothing_with_the_story_is_left_out():
    from storydesk.compose.units import on_topic

    story = demo_articles()
    stray = plain_article("stray", "These crawls are part of an effort to archive pages as they are created "
                                   "and archive the pages that they refer to, for the web's memory.")
    kept = on_topic(story + [stray])
    assert stray not in kept and set(a.id for a in kept) == {a.id for a in story}


def test_a_lone_unrelated_pair_keeps_the_longer_article():
    from storydesk.compose.units import on_topic

    long = plain_article("long", "Flood waters rose through the valley town overnight. " * 5)
    short = plain_article("short", "Enable JavaScript to watch this video player.")
    assert on_topic([short, long]) == [long]


def test_a_dateline_is_not_part_of_a_summary_line():
    from storydesk.compose.units import start_after_dateline

    text = "LONDON (Reuters) - The bank raised rates. It said more may follow."
    assert text[start_after_dateline(text, 0):].startswith("The bank")
    later = text.index("It said")
    assert start_after_dateline(text, later) == later


def test_the_summary_prefers_what_several_articles_say():
    from storydesk.annotate import annotate

    shared = "The dam on the northern river burst after three days of heavy rain, flooding two villages."
    articles = annotate([
        plain_article("a", f"{shared} Officials opened a shelter in the school gym for the night."),
        plain_article("b", f"Residents were woken by sirens. {shared}"),
        plain_article("c", f"{shared} A local bakery handed out free bread to families waiting outside."),
    ])
    summary = summarize(articles, max_words=20)
    assert [s.text for s in summary] == [shared]
    assert len(summary[0].citations) == 3


def test_a_date_named_in_passing_weighs_less_than_one_the_story_is_about():
    from dataclasses import replace
    from datetime import date

    from storydesk.annotate import annotate

    flood = "Water stood a metre deep in the town's streets and the flooded bridge was closed."
    texts = [
        f"The river flooded the town on Monday and destroyed the old bridge, officials said. {flood} "
        "In other news, the film festival opened on Wednesday with a comedy.",
        f"The flood on Monday cut the town's power and closed the bridge, residents said. {flood} "
        "Elsewhere, a chess club held its annual dinner on Wednesday evening.",
        f"Rescue teams reached the flooded town on Monday with boats after the bridge collapsed. {flood} "
        "A bakery contest crowned its winner on Wednesday afternoon.",
        "Tickets for the tennis final went on sale on Wednesday at noon.",
    ]
    friday = date(2020, 2, 7)
    articles = annotate([replace(plain_article(f"a{n}", t), published=friday) for n, t in enumerate(texts)])
    [entry] = timeline(articles, max_dates=1)
    assert entry.date == date(2020, 2, 3) and "flood" in entry.sentences[0].text


def test_a_dates_sentence_is_its_first_report_rather_than_a_later_recollection():
    from dataclasses import replace
    from datetime import date

    from storydesk.annotate import annotate

    texts = [
        ("The river flooded the town on 3 February 2020 and the bridge was closed to traffic.", date(2020, 2, 4)),
        ("Residents recalled how the river flooded the town and the old river bridge on 3 February 2020 "
         "and how the town bridge was closed.", date(2020, 5, 1)),
        ("The town is rebuilding the river bridge after the flood, the mayor said on Friday.", date(2020, 5, 2)),
    ]
    articles = annotate([replace(plain_article(f"a{n}", t), published=p) for n, (t, p) in enumerate(texts)])
    [entry] = timeline(articles, max_dates=1)
    assert entry.date == date(2020, 2, 3) and entry.sentences[0].text.startswith("The river flooded")


def test_a_day_the_coverage_came_out_on_outranks_a_day_named_as_often():
    from dataclasses import replace
    from datetime import date

    from storydesk.annotate import annotate

    texts = [  # each names both days once; three of the four were published the day after the storm
        ("The storm hit the coast on 9 March 2021, a week after the harbour board met on 2 March 2021.", date(2021, 3, 10)),
        ("Boats sank in the harbour on 9 March 2021; the harbour board had met on 2 March 2021.", date(2021, 3, 10)),
        ("On 9 March 2021 the storm flooded the harbour, which the board inspected on 2 March 2021.", date(2021, 3, 10)),
        ("The harbour board met on 2 March 2021 and the storm struck the harbour on 9 March 2021.", date(2021, 3, 20)),
    ]
    articles = annotate([replace(plain_article(f"a{n}", t), published=p) for n, (t, p) in enumerate(texts)])
    [entry] = timeline(articles, max_dates=1)
    assert entry.date == date(2021, 3, 9)


def test_a_dates_line_is_a_report_rather_than_a_question_or_a_first_person_remark():
    from storydesk.compose.timeline import is_report
    from storydesk.compose.units import Unit

    def unit(text: str) -> Unit:
        return Unit(plain_article("a", text), 0, len(text), 0)

    assert is_report(unit("The council voted on Tuesday to close the old bridge to traffic."))
    assert is_report(unit("US troops left the base on Tuesday, the ministry said."))
    assert is_report(unit("The ministry closed the border crossings, i.e. all four of them, on Tuesday."))
    assert is_report(unit('The mayor said on Tuesday: "We will rebuild the bridge."'))
    assert not is_report(unit("What does the vote on Tuesday mean for the town?"))
    assert not is_report(unit("I think the vote on Tuesday was a mistake for the town."))
    assert not is_report(unit("March 2, 2021 at 6:27 pm | The vote on Tuesday was a mistake."))
    assert not is_report(unit("Nous avons voté mardi pour fermer le vieux pont."))


def test_a_dates_sentence_is_a_report_before_a_remark_in_the_first_person():
    from dataclasses import replace
    from datetime import date

    from storydesk.annotate import annotate

    texts = [  # the remark shares more of the story's words than the report does
        "I think the river flooded the town and the town bridge on Monday.",
        "The river flooded the town on Monday.",
        "The town council met about the river, the town bridge and the town dam.",
    ]
    articles = annotate([replace(plain_article(f"a{n}", t), published=date(2020, 2, 4)) for n, t in enumerate(texts)])
    [entry] = timeline(articles, max_dates=1)
    assert entry.sentences[0].text.startswith("The river flooded")


def test_a_dates_sentence_reports_it_rather_than_forecasts_it():
    from dataclasses import replace
    from datetime import date

    from storydesk.annotate import annotate

    texts = [  # the forecast shares more of the story's words than the report does
        ("The two ministers are due to sign the river treaty and the dam treaty in the town hall on 12 May 2021.",
         date(2021, 5, 1)),
        ("The ministers signed the treaty on 12 May 2021.", date(2021, 5, 25)),
        ("The river treaty and the dam treaty divide the river between the two towns.", date(2021, 5, 26)),
    ]
    articles = annotate([replace(plain_article(f"a{n}", t), published=p) for n, (t, p) in enumerate(texts)])
    [entry] = timeline(articles, max_dates=1)
    assert entry.date == date(2021, 5, 12) and entry.sentences[0].text.startswith("The ministers signed")


def test_summary_concepts_are_stemmed_so_inflections_count_as_one():
    from storydesk.compose.summary import concepts

    assert concepts("The talks collapsed.", "en") == concepts("The talk collapses.", "en")
    assert concepts("The talks collapsed.", "xx") != concepts("The talk collapses.", "xx")  # no stemmer: words as written


def test_an_events_lead_that_tells_another_day_is_not_filed_under_the_events_day():
    from dataclasses import replace
    from datetime import date

    from storydesk.annotate import annotate
    from storydesk.model import Event
    from storydesk.pipeline import story_timeline

    sunday = date(2020, 2, 9)
    texts = {"a1": "RIVERTON (Wire) — Rescuers reached the flooded valley on Tuesday after three days of rain.",
             "a2": "Schools in the flooded valley reopened as the water fell back and families returned home."}
    articles = annotate([replace(plain_article(i, t), published=sunday) for i, t in texts.items()])
    events = [Event("e1", "rescue", sunday, ("a1",)), Event("e2", "schools", sunday, ("a2",))]
    entries = story_timeline(articles, events, {a.id: a for a in articles})
    on_sunday = [e.text for e in entries if e.date == sunday]
    assert on_sunday == [texts["a2"]]


def units_of(texts: list[str]):
    from storydesk.annotate import annotate
    from storydesk.compose.units import story_units

    articles = annotate([plain_article(f"a{n}", text) for n, text in enumerate(texts)])
    return {u.text: u for u in story_units(articles)}


def test_a_sentence_sharing_only_a_name_and_role_does_not_back_a_claim():
    from storydesk.compose.units import says_same

    units = units_of(["Marta Quell, the head of the port authority, rejected the criticism.",
                      "“The cranes are working again,” said Marta Quell, the head of the port authority.",
                      "Officials said the harbour would reopen to ships on Friday after the storm.",
                      "Three berths had been damaged by the storm, the officials said."])
    claim, other, *_ = units.values()
    assert not says_same(claim, other)


def test_who_a_sentence_is_about_is_its_names_titles_and_descriptions():
    from storydesk.compose.units import who_words

    units = units_of(["“The cranes are working again,” said Marta Quell, the head of the port authority.",
                      "Interior Minister Oren Vask, who toured the harbour, said repairs would take a month.",
                      "Jon Ebbe, a veteran crane driver from the harbour district, died on Tuesday at age 42."])
    quell, vask, ebbe = (" ".join(who_words(u)) for u in units.values())
    assert "head of the port authority" in quell
    assert "Interior Minister" in vask and "toured" not in vask
    assert "veteran crane driver" in ebbe and "died" not in ebbe


def test_a_sentence_with_another_number_does_not_back_a_claim():
    from storydesk.compose.units import says_same

    units = units_of(["The storm has displaced more than 150,000 people along the coast, officials said.",
                      "The storm has displaced more than 140 000 people along the coast, officials said.",
                      "Officials said the storm has displaced more than 150 000 people along the coast."])
    claim, other_number, same_number = units.values()
    assert not says_same(claim, other_number)
    assert says_same(claim, same_number)


def test_a_timeline_entry_cites_only_sentences_that_tell_the_same():
    from dataclasses import replace
    from datetime import date

    from storydesk.annotate import annotate

    told = "The ferry sank off the northern cape on Monday with forty passengers on board."
    texts = [told, "Rescue boats searched the northern cape on Monday after the ferry sank with forty passengers.",
             "The cape lighthouse reopened to visitors on Monday after its repairs."]
    friday = date(2021, 5, 7)
    articles = annotate([replace(plain_article(f"a{n}", t), published=friday) for n, t in enumerate(texts)])
    [entry] = timeline(articles, max_dates=1)
    cited = {c.article for c in entry.citations}
    assert entry.sentences[0].article.id in cited and "a2" not in cited and len(cited) == 2


def test_an_events_line_cites_only_the_leads_that_say_what_it_says():
    from dataclasses import replace
    from datetime import date

    from storydesk.annotate import annotate
    from storydesk.model import Event
    from storydesk.pipeline import story_timeline

    sunday = date(2020, 2, 9)
    texts = {"a1": "Schools in the flooded valley reopened as the water fell back and families returned home.",
             "a2": "Schools in the flooded valley reopened as the water fell back and many families returned.",
             "a3": "The valley's only bridge stayed closed to lorries while engineers checked its pillars."}
    articles = annotate([replace(plain_article(i, t), published=sunday) for i, t in texts.items()])
    [entry] = story_timeline(articles, [Event("e1", "schools", sunday, tuple(texts))], {a.id: a for a in articles})
    assert entry.text == texts["a1"] and [c.article for c in entry.citations] == ["a1", "a2"]


def harbour_story(box_line: str):
    from dataclasses import replace
    from datetime import date

    from storydesk.annotate import annotate

    texts = [  # 4 March is named three times; 12 March only in the last article's box of key dates
        "The storm hit the harbour of Velmora on 4 March 2021 and sank two ferries at their moorings.",
        "Ferry crews in Velmora said the storm of 4 March 2021 was the worst the harbour had seen.",
        "On 4 March 2021 the storm flooded the harbour of Velmora and the sea wall gave way.",
        f"The harbour of Velmora is rebuilding its sea wall after the storm.\n\nKey dates\n\n{box_line}",
    ]
    return annotate([replace(plain_article(f"a{n}", t), published=date(2021, 3, 25)) for n, t in enumerate(texts)])


@pytest.mark.parametrize("box_line", ["12 March 2021 The harbour board approves a new sea wall for Velmora.",
                                      "12 March 2021: The harbour board approves a new sea wall for Velmora.",
                                      "March 12, 2021 - The harbour board approves a new sea wall for Velmora."])
def test_a_day_an_outlets_chronology_lists_comes_before_a_day_named_more_often(box_line):
    [entry] = timeline(harbour_story(box_line), max_dates=1)
    assert entry.date.day == 12 and entry.sentences[0].text == box_line  # the entry's date and its line, as one


@pytest.mark.parametrize("box_line", [
    "12 March 2021 Last updated at 10:15 GMT The harbour board approves a new sea wall for Velmora.",
    "12 March 2021 Mis à jour Le conseil du port de Velmora approuve un nouveau mur.",
])
def test_a_page_stamp_is_no_chronology_entry(box_line):
    [entry] = timeline(harbour_story(box_line), max_dates=1)
    assert entry.date.day == 4


def dam_story(lead: str):
    from dataclasses import replace
    from datetime import date

    from storydesk.annotate import annotate

    texts = [  # two later recollections name 4 March; the lead came out the next day and names no day
        ("Engineers recalled that the Tarsk dam burst on 4 March 2021 and flooded the lower valley villages.", date(2021, 3, 30)),
        ("The Tarsk dam burst on 4 March 2021, and the valley villages below it are still rebuilding.", date(2021, 4, 2)),
        (f"{lead}\n\nRescue teams worked through the night in the lower valley of Tarsk.", date(2021, 3, 5)),
    ]
    return annotate([replace(plain_article(f"a{n}", t), published=p) for n, (t, p) in enumerate(texts)])


def test_a_days_lead_that_names_no_day_may_tell_it():
    lead = "The Tarsk dam burst and floodwater swept through the lower valley villages below it."
    [entry] = timeline(dam_story(lead), max_dates=1)
    assert entry.date.day == 4 and entry.sentences[0].text == lead


def test_a_days_lead_that_says_nothing_its_mentions_say_does_not_tell_it():
    lead = "Shares in regional airlines rose sharply after quarterly results beat forecasts."
    [entry] = timeline(dam_story(lead), max_dates=1)
    assert entry.date.day == 4 and entry.sentences[0].text != lead


def test_a_dates_line_says_what_its_other_sentences_say_rather_than_what_the_story_is_mostly_about():
    from dataclasses import replace
    from datetime import date

    from storydesk.annotate import annotate

    texts = [  # three tell what happened on Tuesday; one names Tuesday for the wage talks most of the story is about
        ("Dock workers walked out at the Velm port on Tuesday and cargo ships queued offshore.", date(2022, 6, 8)),
        ("Cargo ships queued offshore after dock workers walked out at the Velm port on Tuesday.", date(2022, 6, 8)),
        ("On Tuesday dock workers walked out at the Velm port, leaving cargo ships queued offshore.", date(2022, 6, 8)),
        ("The union and the port authority said on Tuesday that wage talks on the port dispute would resume, "
         "as the union and the authority argued over the port wage offer.", date(2022, 6, 8)),
        ("The union rejected the port authority's wage offer in talks over the port dispute.", date(2022, 6, 20)),
        ("Wage talks between the union and the port authority over the port dispute stalled again.", date(2022, 6, 21)),
        ("The port authority said its wage offer to the union was final as talks on the dispute went on.", date(2022, 6, 22)),
    ]
    articles = annotate([replace(plain_article(f"a{n}", t), published=p) for n, (t, p) in enumerate(texts)])
    [entry] = timeline(articles, max_dates=1)
    assert entry.date == date(2022, 6, 7) and "walked out" in entry.sentences[0].text
