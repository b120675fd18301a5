"""Figures: measure, value and bound from the parsed sentence, in the number styles news uses."""

import pytest

from storydesk.annotate import annotate
from storydesk.annotate.figures import NUMBER, ungroup
from storydesk.model import Article


def found(sentence, language="en"):
    article = Article(id="f", source="f", text=sentence, content_hash="f", language=language)
    [done] = annotate([article])
    return done.annotations.figures


def figures(sentence, language="en"):
    return [(f.measure, f.value, f.bound) for f in found(sentence, language)]


@pytest.mark.parametrize("sentence, expected", [
    ("More than 1,000 people have been killed since April.", [("killed", 1000, "at_least")]),
    ("The fighting left more than 1 000 people dead and displaced some 140 000.",
     [("killed", 1000, "at_least"), ("displaced", 140000, "about")]),
    ("It has claimed more than 2,000 lives and displaced hundreds of thousands of people.",
     [("killed", 2000, "at_least"), ("displaced", 100000, "at_least")]),
    ("Up to 1.5 million people are refugees.", [("refugees", 1500000, "at_most")]),
    ("Police arrested dozens of protesters.", [("arrested", 12, "at_least")]),
    ("Nearly 300 were injured in the blast.", [("injured", 300, "at_most")]),
    ("Twenty-five soldiers were kidnapped.", [("kidnapped", 25, "exact")]),
    ("The two sides reached agreements to exchange prisoners.", []),
    ("The talks lasted 12 days and 40 people attended.", []),
    ("The number of people killed in the floods has risen to 91, officials said.", [("killed", 91, "exact")]),
    ("The death toll climbed to 36 on Sunday.", [("killed", 36, "exact")]),
    ("A reporter put the death toll at 2,000.", [("killed", 2000, "exact")]),
    ("The number of tourists rose to 5,000 this year.", []),
    # what the number counts comes from the parse, not from words nearby
    ("Dozens of people were wounded.", [("injured", 12, "at_least")]),
    ("More than 1,000 of the crew were killed.", [("killed", 1000, "at_least")]),
    ("The virus has infected 4,379 people in 29 countries.", [("infected", 4379, "exact")]),
    # a number word the parser hangs on the noun before the counted one
    ("Health officials confirmed forty flu cases on Monday.", [("infected", 40, "exact")]),
    ("The 2009 flu cases were mild.", []),
    # a run of modifiers between the number and its noun that throws the parse off
    ("There have been 4,312 probable and confirmed cases of the fever.", [("infected", 4312, "exact")]),
    ("There have been 950 probable and confirmed Canadian cases of the virus.", [("infected", 950, "exact")]),
    ("There were some 8,000 cases of the flu and 800 deaths.", [("infected", 8000, "about"), ("killed", 800, "exact")]),
    ("Thousands of people took to the streets of the capital.", [("protesters", 1000, "at_least")]),
    ("About 10,000 people lost their homes in the earthquake.", [("displaced", 10000, "about")]),
    ("Some 20,000 people have left their homes since the fighting began.", [("displaced", 20000, "about")]),
    ("About 5,000 families abandoned their homes.", [("displaced", 5000, "about")]),
    # a "to" clause that happened to its subject names the measure; one of intent does not
    ("About 5,000 families were forced to abandon their homes.", [("displaced", 5000, "about")]),
    ("Some 200 families plan to leave their homes.", []),
    ("Some 50 residents refused to flee.", []),
    ("Some 200 people were forced to flee.", [("displaced", 200, "about")]),
    ("The government sent 3,000 troops.", [("troops", 3000, "exact")]),
    ("Hundreds of people are feared to have died.", [("killed", 100, "at_least")]),
    ("The earthquake may have killed tens of thousands.", [("killed", 10000, "at_least")]),
    # the doer of a killing is not counted, nor a hypothetical, a denial, an age or a date
    ("Three storms killed 800 people.", [("killed", 800, "exact")]),
    ("He was shot dead by two men on a motorbike.", []),
    ("A pandemic could kill millions.", []),
    ("Not one soldier died.", []),
    ("Bryan Hale, 24, was found dead at his home.", []),
    ("The singer died on 25 June at the age of 50.", []),
    # a count the parser hangs on the weekday before it, and a day of the month that is no count
    ("The agency said on Saturday 72 people had died in the floods.", [("killed", 72, "exact")]),
    ("The ministry said on Sunday 45 civilians were killed in the shelling.", [("killed", 45, "exact")]),
    ("Officials said on Monday 12 March that the floods had killed 40 people.", [("killed", 40, "exact")]),
    ("The virus was found in 64 countries.", []),
    ("Two rescued soldiers were accused of the attack.", []),
    # a number tied to a figure in the parse takes its measure; a range gives two bounds
    ("The group said 15 people had been killed in the north, nine in the south.",
     [("killed", 15, "exact"), ("killed", 9, "exact")]),
    ("It will send two field hospitals and 200 soldiers.", [("troops", 200, "exact")]),
    ("Between 100,000 and 200,000 people are thought to have died.",
     [("killed", 100000, "at_least"), ("killed", 200000, "at_most")]),
    ("Between 50 and 80 people died in the attack.", [("killed", 50, "at_least"), ("killed", 80, "at_most")]),
    ("The museum was closed between 2001 and 2005 for repairs.", []),
    # the second half of "were killed and ... injured" leaves out its auxiliary, not its victims
    ("At least eight people were killed and 836 injured.", [("killed", 8, "at_least"), ("injured", 836, "exact")]),
    # a running total or an earlier value beside a figure is a figure of the same measure
    ("Officials reported 12 new flu cases in the region, bringing the total to 215.",
     [("infected", 12, "exact"), ("infected", 215, "exact")]),
    ("Officials reported 12 new flu cases as the total of visitors reached 5,000.", [("infected", 12, "exact")]),
    # the tagger runs a date on into the number before it; an age is still no count
    ("The agency has confirmed 109 flu cases, up from 91 yesterday.", [("infected", 109, "exact"), ("infected", 91, "exact")]),
    ("Ann Berg, 59, of Leeds is feared to have been killed.", []),
    # an event noun counts who it befell with "of", unless the event is only sought
    ("Rights groups condemned the killing of 14 protesters by security forces.", [("killed", 14, "exact")]),
    ("Police announced the arrest of 40 suspects on Monday.", [("arrested", 40, "exact")]),
    ("A judge issued a warrant for the arrest of two officers.", []),
    ("Officials counted 310 homicides in the region.", [("killed", 310, "exact")]),
    # illness, participles counted as nouns, and idioms of death and injury
    ("About 60 pupils fell ill after eating at the canteen.", [("infected", 60, "about")]),
    ("The disease has killed 30 people out of 95 infected.", [("killed", 30, "exact"), ("infected", 95, "exact")]),
    ("The new strain has been diagnosed in 2,300 people in 12 countries.", [("infected", 2300, "exact")]),
    ("The rebels beat 12 villagers to death.", [("killed", 12, "exact")]),
    ("Some 5,000 soldiers paid with their lives.", [("killed", 5000, "about")]),
    ("At least 30 people were treated for burns at the hospital.", [("injured", 30, "at_least")]),
    ("A ferry disappeared with 80 people on board.", [("missing", 80, "exact")]),
    ("A ferry sank with 80 people on board.", []),
    ("Five more flu cases were confirmed, taking the total to 40.", [("infected", 5, "exact"), ("infected", 40, "exact")]),
    # ranges: both ends bound, whatever the tagger calls them; a change is no range
    ("The disease killed between 2 million and 4 million people in the 1950s.",
     [("killed", 2000000, "at_least"), ("killed", 4000000, "at_most")]),
    ("Officials say the number who died is likely to be between 1,000 and 2,000.",
     [("killed", 1000, "at_least"), ("killed", 2000, "at_most")]),
    ("Officials said between 20,000 and 30,000 people had fled.",
     [("displaced", 20000, "at_least"), ("displaced", 30000, "at_most")]),
    ("The storm left as many as 400-500 dead.", [("killed", 400, "at_least"), ("killed", 500, "at_most")]),
    ("Estimates of the number killed ranged from 3,000 to at least 8,000.",
     [("killed", 3000, "at_least"), ("killed", 8000, "at_least")]),
    ("Flu cases rose from 226 to 286.", [("infected", 226, "exact"), ("infected", 286, "exact")]),
    ("Insurers put the toll at $2 billion.", []),
    # number styles and parses that hang the number on a word before its noun
    ("The virus has killed half a million people.", [("killed", 500000, "exact")]),
    ("Some 9,000 are dead, a quarter of a million have been injured and one and a half million are homeless.",
     [("killed", 9000, "about"), ("injured", 250000, "exact"), ("displaced", 1500000, "exact")]),
    ("Across the province, between 2,000 and 3,000 people were killed.",
     [("killed", 2000, "at_least"), ("killed", 3000, "at_most")]),
    ("Officials estimated that there were 5,000 to 10,000 protesters.",
     [("protesters", 5000, "at_least"), ("protesters", 10000, "at_most")]),
    ("A new virus that has killed up to 68 people in the region could start an epidemic, doctors warned.",
     [("killed", 68, "at_most")]),
    ("Five people were fatally shot and 60 were injured.", [("killed", 5, "exact"), ("injured", 60, "exact")]),
    ("The pandemic is said to have killed between 20 million to 100 million people.",
     [("killed", 20000000, "at_least"), ("killed", 100000000, "at_most")]),
    # a relative clause's subject did what the clause says, unless it suffered it
    ("The island was hit by four storms that killed hundreds.", [("killed", 100, "at_least")]),
    ("The 200 people who died were buried.", [("killed", 200, "exact")]),
    ("Influenza kills an estimated 250,000 to 500,000 people every year.",
     [("killed", 250000, "at_least"), ("killed", 500000, "at_most")]),
    # bounds after the number, and tallies that are estimated or "as high as"
    ("There are 1,000 or so flu cases worldwide.", [("infected", 1000, "about")]),
    ("Police arrested 50 or more protesters.", [("arrested", 50, "at_least")]),
    ("The death toll from the flood is estimated at 150,000.", [("killed", 150000, "about")]),
    ("Officials said the toll was as high as 300.", [("killed", 300, "at_most")]),
    ("In a story on flu, he reported two cases in which mothers are accused of theft.", []),
    ("The pandemic of 1918 killed tens of millions of people worldwide.", [("killed", 10000000, "at_least")]),
    ("The fund lost tens of millions of dollars.", []),
    ("Fears of the flu grew, with more than 200 people sickened.", [("infected", 200, "at_least")]),
    ("Dozens of political activists were rounded up last week.", [("arrested", 12, "at_least")]),
    ("Police locked up 30 protesters.", [("detained", 30, "exact")]),
    ("Rescuers searched a school where around 100 children remain missing.", [("missing", 100, "about")]),
    # "a total of": what happened to the total happened to the counted
    ("The virus has infected a total of 380 people.", [("infected", 380, "exact")]),
    ("Police arrested a total of 300 protesters.", [("arrested", 300, "exact")]),
    ("A total of 300 protesters marched.", [("protesters", 300, "exact")]),
    # scales inside a number in words
    ("The flood killed around two hundred and fifty thousand people.", [("killed", 250000, "about")]),
    ("A hundred and twenty people died and two thousand five hundred were hurt.",
     [("killed", 120, "exact"), ("injured", 2500, "exact")]),
    ("Twelve of the pupils tested positive for the virus.", [("infected", 12, "exact")]),
    ("Protesters marched through the capital by the thousands.", [("protesters", 1000, "at_least")]),
    ("Refugees arrived in their thousands.", [("refugees", 1000, "at_least")]),
    ("We had 250,000 British and American troops there.", [("troops", 250000, "exact")]),
    ("The navy is sending 2,200 marines.", [("troops", 2200, "exact")]),
    ("Thousands of foreign troops have now arrived in the capital.", [("troops", 1000, "at_least")]),
    ("The navy has 300 marine biologists.", []),
    ("Officials believe more than 100 pupils at the school had been sickened.", [("infected", 100, "at_least")]),
    # the near end of a range borrows the far end's scale; a condition counts no one
    ("Between one and two million people died in the famine.", [("killed", 1000000, "at_least"), ("killed", 2000000, "at_most")]),
    ("The storms displaced 3 to 4 million people.", [("displaced", 3000000, "at_least"), ("displaced", 4000000, "at_most")]),
    ("Between 500 and 2 million people fled.", [("displaced", 500, "at_least"), ("displaced", 2000000, "at_most")]),
    ("If a million people had died in the city, we would know.", []),
    # a count broken down by place; a share's value and a name with a number in it are no counts
    ("Labs have confirmed 125 flu cases in Norway, 103 in Chile and 101 in Peru.",
     [("infected", 125, "exact"), ("infected", 103, "exact"), ("infected", 101, "exact")]),
    ("The US declared an emergency as 20 flu cases were confirmed in the country, including eight in Ohio, two in Kansas "
     "and seven in Texas.",
     [("infected", 20, "exact"), ("infected", 8, "exact"), ("infected", 2, "exact"), ("infected", 7, "exact")]),
    ("Nearly 80% of those who died were between 20 and 54.", []),
    ("Planes joined the search for the missing Boeing 777.", []),
    ("The group said about 200 demonstrators were in the southern city of Lyon, 2,000 in the eastern city of Paris, and "
     "about 3,000 in the northern city of Lille.",
     [("protesters", 200, "about"), ("protesters", 2000, "exact"), ("protesters", 3000, "about")]),
    ("Relief workers believe 45-50,000 people died in the flood.", [("killed", 45000, "at_least"), ("killed", 50000, "at_most")]),
    # a live page's time of entry, ages beside a count and age limits are no counts
    ("1403 The peacekeeping chief Ann Lowe says “less than five” staff had been found dead at the base.",
     [("killed", 5, "at_most")]),
    ("1500 Britons were evacuated from the island.", [("evacuated", 1500, "exact")]),
    ("The weekend's toll included the deaths of two boys, 13 and 14.", [("killed", 2, "exact")]),
    ("The flu killed up to a million people, with those over 65 most likely to die.", [("killed", 1000000, "at_most")]),
    # crowds that protest, and a verb whose "as" names the measure
    ("Thousands were protesting in the capital.", [("protesters", 1000, "at_least")]),
    ("A total of 15 staff are now confirmed as dead.", [("killed", 15, "exact")]),
    # "kill" takes no clause: a parse that gives it one has misread its object as a subject
    ("The flu killed up to a million people.", [("killed", 1000000, "at_most")]),
    ("A survey found that between 8,000 and 194,000 extra people had died.",
     [("killed", 8000, "at_least"), ("killed", 194000, "at_most")]),
    ("Labs found 985 flu infections, including 590 people infected in Mexico and 226 people in Canada.",
     [("infected", 985, "exact"), ("infected", 590, "exact"), ("infected", 226, "exact")]),
    ("A further 141 patients were confirmed with swine flu today.", [("infected", 141, "exact")]),
    ("Swine flu has been confirmed in 14 more people at a school.", [("infected", 14, "exact")]),
    ("The plague outbreak has resulted in 10 human cases and 46 animal cases.", [("infected", 10, "exact")]),
    ("Isolated cases of plague spring up, with up to a dozen people diagnosed annually.", [("infected", 12, "at_most")]),
    ("Nearly a dozen people were killed.", [("killed", 12, "at_most")]),
    ("The doctors cited an estimated 200,000 children in federal custody over two years.", [("detained", 200000, "about")]),
    ("He taught 20 students in prison classes.", []),
    ("All the 150-plus deaths from the flu were recorded in one city.", [("killed", 150, "at_least")]),
    ("The 150-year-old hospital treated the sick.", []),
    ("About one and half million people were left homeless.", [("displaced", 1500000, "about")]),
    ("The ministry said the dead included 133 foreign nationals.", [("killed", 133, "exact")]),
    ("With the number of homeless people varying from 200,000 to 1.5 million, tents are scarce.",
     [("displaced", 200000, "at_least"), ("displaced", 1500000, "at_most")]),
    ("The ministry has scaled back its death toll from 159 to 56.", [("killed", 159, "exact"), ("killed", 56, "exact")]),
    ("Field hospitals in the capital were already treating hundreds of injured, according to the minister.",
     [("injured", 100, "at_least")]),
    ("A new virus has killed up to 149 people in Peru and the World Health Organisation moved closer on Monday to declaring "
     "it the first flu pandemic in 40 years.", [("killed", 149, "at_most")]),
])
def test_figures(sentence, expected):
    assert figures(sentence) == expected


def test_a_clock_time_holds_no_number():
    assert [m.group() for m in NUMBER.finditer("updated 22:16:00, when 40 were held")] == ["40"]


def test_thousands_separators_by_language():
    assert ungroup("1.500", "es") == "1500"
    assert ungroup("1.500", "en") == "1.500"
    assert ungroup("140 000", "en") == "140000"
    assert ungroup("2,000", "en") == "2000"


def test_attribution_by_according_to():
    [figure] = found("At least 40 people were killed, according to the Red Cross.")
    assert figure.attributed_to == "Red Cross"


def sources(text: str) -> dict[float, str | None]:
    return {f.value: f.attributed_to for f in found(text)}


def test_each_figure_is_given_by_the_source_that_says_or_counts_it():
    assert sources("The Port Authority put the death toll at 97, while the Velm Red Cross said more than 140 people "
                   "had been killed.") == {97: "Port Authority", 140: "Velm Red Cross"}
    assert sources("The Velm Red Cross has counted more than 140 deaths across the country.") == {140: "Velm Red Cross"}
    assert sources("Residents say more than 150 people died in the province alone.") == {150: "Residents"}
    assert sources("Forty flu cases were confirmed by the Health Office on Monday.") == {40: "Health Office"}
    assert sources("About 38,000 people have been displaced, the agency said.") == {38000: "agency"}


def test_a_source_is_not_the_counted_nor_a_pronoun_nor_an_unowned_figure():
    assert sources("The quake is slowly emerging as a disaster, with thousands of people feared dead.") == {1000: None}
    assert sources("They say 30 people were killed in the raid.") == {30: None}
    assert sources("Twelve people were killed, according to official figures.") == {12: None}
    assert sources("Twelve people were killed, according to Velm Ministry figures.") == {12: "Velm Ministry"}
    # the one who reports it, not the channel the report came through
    assert sources("The ministry reported three people were killed, according to state television.") == {3: "ministry"}


def test_background_figure_is_not_a_disagreement():
    from datetime import date

    from storydesk.annotate import annotate
    from storydesk.model import Article
    from storydesk.resolve import disagreements, story_figures

    texts = {"a": "At least 58 people were killed in the floods on Monday. The last comparable flood, in 1987, killed more than 300 people.",
             "b": "At least 58 people were killed in the floods this week, officials said on Tuesday.",
             "c": "At least 58 people have been killed since the floods began in early April of last year."}
    articles = list(annotate([Article(id=i, source=i, text=t, content_hash=i, published=date(2026, 3, 4)) for i, t in texts.items()]))
    figures = story_figures(articles)
    assert sorted(f.value for f in figures) == [58, 58, 58, 300]
    assert [f.as_of.year for f in figures if f.value == 300] == [1987]
    assert {f.as_of for f in figures if f.value == 58} == {date(2026, 3, 4)}
    assert disagreements(figures) == []


def test_place_and_period_are_the_ones_the_parse_ties_to_the_figure():
    [figure] = found("More than 1,000 people have been killed in Tripoli since April, when the offensive began.")
    assert (figure.place, figure.period) == ("Tripoli", "since April")
    [figure] = found("Officials reported 12 new flu cases in England last week.")
    assert (figure.place, figure.period) == ("England", "last week")
    [figure] = found("Officials said 12 people were killed.")
    assert (figure.place, figure.period) == (None, None)


def test_disagreements_are_grouped_by_measure_and_place_and_compare_only_one_scope():
    from datetime import date

    from storydesk.model import Citation, StoryFigure
    from storydesk.resolve import disagreements

    def figure(value, scope=None, place=None, day=4):
        return StoryFigure("killed", value, "at_least", scope, None, date(2026, 3, day), "", Citation("a", 0, 1), place=place)

    both = disagreements([figure(200, "civilians"), figure(1000, "people"), figure(2000), figure(30, place="Sirte")])
    [whole] = both
    assert whole.values == (200, 1000, 2000) and whole.kind == "conflict" and whole.conservative == 1000
    assert whole.scopes == ("civilians",) and whole.place is None and 3 not in whole.figures
    # a narrower count beside a whole one is no dispute; a count that grows days later is an update
    assert disagreements([figure(200, "civilians"), figure(1000)]) == []
    [grown] = disagreements([figure(30, place="Sirte"), figure(45, place="Sirte", day=20)])
    assert grown.kind == "update" and grown.place == "Sirte"


@pytest.mark.parametrize("sentence, expected", [
    ("About 38,000 people have been displaced, the agency said, up from 30,000 earlier in the week.",
     [(38_000, False), (30_000, True)]),
    ("The death toll rose from 40 to 91 on Saturday.", [(40, True), (91, False)]),
    ("The number of people killed has risen to 91 from 58, the agency said.", [(91, False), (58, True)]),
    ("Casualties ranged from 50 to 80 people killed.", [(50, False), (80, False)]),
    # a participle on the earlier count does not hide that it is the tally's value
    ("Deaths from the fever have risen to 1,210 from 275 announced by the ministry in May.", [(1210, False), (275, True)]),
])
def test_the_count_a_change_started_from_is_superseded(sentence, expected):
    assert [(f.value, f.superseded) for f in found(sentence)] == expected


def test_one_of_a_count_is_a_member_not_a_figure_but_the_count_keeps_its_measure():
    assert figures("Her son was one of six guards killed by the crowd at the border post in June.") == [("killed", 6, "exact")]
    assert figures("A reporter was detained on Monday, one of dozens who have been detained that way this week.") == \
        [("detained", 12, "at_least")]


@pytest.mark.parametrize("sentence, expected", [
    ("A bomb in the market left three dead and more than a dozen wounded, officials said.",
     [("killed", 3, "exact"), ("injured", 12, "at_least")]),
    ("The ministry says it has enough vaccine for 40,000 possible cases this winter.", []),
    ("Officials said 40 were confirmed dead, more than 200 missing.", [("killed", 40, "exact"), ("missing", 200, "at_least")]),
    ("Hundreds are feared dead and up to two million affected.", [("killed", 100, "at_least")]),
    ("Up to 9,000 have been killed and 70,000 made homeless.", [("killed", 9000, "at_most"), ("displaced", 70000, "exact")]),
    ("The blast caused the collapse of two houses and the evacuation of about 50 homes on the street.", []),
])
def test_a_number_takes_the_participle_after_it_and_counts_no_things_or_possibilities(sentence, expected):
    assert figures(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Eight people including three children were injured in the blast.", [("injured", 8, "exact"), ("injured", 3, "exact")]),
    ("Twelve people were killed, including four children.", [("killed", 12, "exact"), ("killed", 4, "exact")]),
    ("The storm hit five towns, including two on the coast.", []),
])
def test_a_part_of_a_count_takes_the_counts_measure(sentence, expected):
    assert figures(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Experts estimate that 1 in 3 cases could be prevented by exercise.", []),
    ("Officials said two out of five children in the camp were sick.", []),
    ("The storm killed 12 in three provinces.", [("killed", 12, "exact")]),  # a count, then a place
])
def test_a_rate_counts_no_one(sentence, expected):
    assert figures(sentence) == expected


def test_people_who_have_or_caught_a_disease_are_infected_not_troops():
    assert figures("Officials said 18 soldiers had the flu and two nurses contracted the virus.") == [
        ("infected", 18, "exact"), ("infected", 2, "exact")]


@pytest.mark.parametrize("sentence, expected", [
    ("Rescuers said 40 climbers are still missing on the mountain.", [("missing", 40, "exact")]),
    ("Two missing hikers were found dead near the river.", [("killed", 2, "exact")]),
])
def test_people_who_are_missing_are_counted_as_missing(sentence, expected):
    assert figures(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The flu has spread fast: in three other cases, the lender used loans to buy time.", []),
    ("The flu is back, and about 900 custody cases are pending before the court.", []),
    ("The flu is back, and the report lists more than a dozen cases of fraud at the firm.", []),
    ("Officials said 30 new cases of the flu were confirmed on Monday.", [("infected", 30, "exact")]),
])
def test_a_case_of_something_that_is_no_illness_counts_no_one(sentence, expected):
    assert figures(sentence) == expected


def test_cases_count_the_infected_only_in_a_text_about_an_illness():
    assert figures("Police said the two cases are connected.") == []
    assert figures("Doctors said the two cases are connected to the same outbreak.") == [("infected", 2, "exact")]


def test_a_tally_the_parser_reads_as_a_noun_takes_its_measure_from_the_words_it_hangs_on():
    # "rise" is read as a noun under "of": the count is of cases, not of the deaths beside it
    assert figures("The region has seen cases of the flu rise to 5,300 and reported nine deaths, officials said.") == [
        ("infected", 5300, "exact"), ("killed", 9, "exact")]


@pytest.mark.parametrize("sentence, expected", [
    ("The agency reported at least 60 arrests in the capital.", [("arrested", 60, "at_least")]),
    ("Monitors recorded 14 killings and three abductions in the district.", [("killed", 14, "exact"), ("kidnapped", 3, "exact")]),
])
def test_a_count_of_events_counts_the_people_they_befell(sentence, expected):
    assert figures(sentence) == expected


def test_about_after_a_verb_that_takes_it_is_no_estimate():
    assert figures("She was angry after learning about two students who had been arrested.") == [("arrested", 2, "exact")]
    assert figures("Police arrested about 20 students.") == [("arrested", 20, "about")]


def test_a_count_of_people_is_a_whole_number():
    assert figures("Sunday 12 March 2006 11.42 GMT Peace demonstrators gathered today for a march in the city.") == []


@pytest.mark.parametrize("sentence, expected", [
    ("The 4,000-strong peacekeeping mission lost two members in the storm.", [("troops", 4000, "exact")]),
    ("A 1,500-strong force was flown to the border.", [("troops", 1500, "exact")]),
    ("The firm's 20,000-strong workforce went on strike.", []),
    ("A 30-strong trade mission visited the port.", []),
    ("There are now 12,000 troops in the northern province.", [("troops", 12000, "exact")]),
    ("There were 12 soldiers among the dead.", []),
])
def test_a_units_strength_and_troops_somewhere_count_troops(sentence, expected):
    assert figures(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The crowd at the rally in Dorvik numbered into the thousands.", [("protesters", 1000, "at_least")]),
    ("The crowd at the match in Dorvik numbered into the thousands.", []),
])
def test_a_crowd_counts_protesters_only_at_a_protest(sentence, expected):
    assert figures(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The captain died along with 14 of his crew.", [("killed", 14, "exact")]),
    ("Police detained the organiser together with 25 supporters.", [("detained", 25, "exact")]),
    ("The colonel, along with 30 officers, arrested the governor.", []),  # they did it
    ("The minister travelled along with 40 journalists.", []),
])
def test_people_along_with_one_named_share_what_befell_them(sentence, expected):
    assert figures(sentence) == expected


def test_a_part_told_with_a_participle_after_with_takes_the_counts_measure():
    assert figures("There have been 310 deaths linked to the fever in Ostrelia, with 14 confirmed.") == [
        ("killed", 310, "exact"), ("killed", 14, "exact")]
    assert figures("The storm hit 30 towns, with 12 flooded.") == []


@pytest.mark.parametrize("sentence, expected", [
    ("More than 100 were taken into custody.", [("detained", 100, "at_least")]),
    ("Tens of thousands have been forced from their homes.", [("displaced", 10000, "at_least")]),
    ("Two aid workers were taken hostage.", [("kidnapped", 2, "exact")]),
    ("Nine fishermen drowned.", [("killed", 9, "exact")]),
    ("The fighting has claimed the lives of at least 300 people.", [("killed", 300, "at_least")]),
    ("The storm changed the lives of 300 families.", []),
    ("Five soldiers and two civilians were among the dead.", [("killed", 5, "exact"), ("killed", 2, "exact")]),
    ("Two policemen were among those injured.", [("injured", 2, "exact")]),
    ("The ministers were among 40 delegates at the summit.", []),
    ("Ahead of the storm nearly 2 million people evacuated.", [("evacuated", 2000000, "at_most")]),
    ("Forty soldiers evacuated the village.", []),  # they moved others
    ("New flu cases surpassed 6,000 on Monday.", [("infected", 6000, "at_least")]),
])
def test_idioms_that_name_what_befell_people(sentence, expected):
    assert figures(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("In 2018, when the storm struck, 12,000 people evacuated.", [("evacuated", 12000, "exact")]),
    ("Some 900 patients evacuated when the hospital flooded.", [("evacuated", 900, "about")]),
    ("Firefighters evacuated 300 people from the tower.", [("evacuated", 300, "exact")]),
])
def test_people_who_evacuated_are_evacuated_and_those_who_evacuated_others_are_not_counted(sentence, expected):
    assert figures(sentence) == expected


def test_the_deaths_of_people_a_word_describes_count_the_dead():
    assert figures("The shelling caused the deaths of at least 40 displaced people.") == [("killed", 40, "at_least")]


@pytest.mark.parametrize("sentence, expected", [
    ("Confirmed measles cases exceeded 8,000 on Tuesday.", [("infected", 8000, "at_least")]),
    ("The death toll topped 300 overnight.", [("killed", 300, "at_least")]),
    ("The death toll reached 300 overnight.", [("killed", 300, "exact")]),
])
def test_a_count_past_a_number_is_more_than_it(sentence, expected):
    assert figures(sentence) == expected


def test_a_number_set_off_by_commas_after_one_person_is_an_age():
    assert figures("A male teenager, 17, of Marlow, was arrested for burglary.") == []
