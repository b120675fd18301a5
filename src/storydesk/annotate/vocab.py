"""Word lists the annotators use, kept as data apart from the rules (as trafilatura keeps xpaths)."""

import re

MONTHS = {
    # English
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    # Spanish
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    # French
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12,
    "decembre": 12,
    # Italian
    "gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7,
    "settembre": 9, "ottobre": 10, "dicembre": 12,
    # German
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "maerz": 3, "juni": 6, "juli": 7,
    "oktober": 10, "dezember": 12,
}

WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    # Spanish
    "lunes": 0, "martes": 1, "miércoles": 2, "miercoles": 2, "jueves": 3, "viernes": 4, "sábado": 5,
    "sabado": 5, "domingo": 6,
    # French
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6,
    # Italian
    "lunedì": 0, "lunedi": 0, "martedì": 1, "martedi": 1, "mercoledì": 2, "mercoledi": 2, "giovedì": 3,
    "giovedi": 3, "venerdì": 4, "venerdi": 4, "sabato": 5, "domenica": 6,
}

# Words before or after a weekday that say which one: -1 the last, +1 the next.
WEEKDAY_BEFORE = {"last": -1, "since": -1, "pasado": -1, "next": 1, "by": 1, "until": 1, "próximo": 1,
                  "proximo": 1, "prossimo": 1}
WEEKDAY_AFTER = {"pasado": -1, "dernier": -1, "passé": -1, "scorso": -1, "próximo": 1, "proximo": 1,
                 "prochain": 1, "prossimo": 1}

# Years named relative to the year of writing, after a day or a month ("16 April last year",
# "el 3 de mayo del año pasado"): how many years from it. An apostrophe stands for either kind.
YEAR_SHIFT = {
    "last year": -1, "this year": 0, "next year": 1,
    "del año pasado": -1, "de este año": 0, "del próximo año": 1, "del año que viene": 1,
    "de l'année dernière": -1, "de l'an dernier": -1, "de cette année": 0, "de l'année prochaine": 1,
    "dell'anno scorso": -1, "dell'anno passato": -1, "di quest'anno": 0, "del prossimo anno": 1,
    "dell'anno prossimo": 1,
    "letzten jahres": -1, "vergangenen jahres": -1, "dieses jahres": 0, "nächsten jahres": 1,
}

# Days named relative to the day of writing, per language: a word that is a time in one
# language can be another word in the next ("hier" is "here" in German).
DEICTIC_DAYS = {
    "en": {"the day before yesterday": -2, "the day after tomorrow": 2, "yesterday": -1, "last night": -1, "today": 0,
           "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0, "tomorrow": 1},
    "es": {"anteayer": -2, "antier": -2, "ayer": -1, "anoche": -1, "hoy": 0, "esta mañana": 0,
           "esta tarde": 0, "esta noche": 0, "pasado mañana": 2},
    "fr": {"avant-hier": -2, "hier": -1, "aujourd'hui": 0, "aujourd’hui": 0, "ce matin": 0,
           "ce soir": 0, "demain": 1, "après-demain": 2},
    "it": {"l'altro ieri": -2, "ieri": -1, "oggi": 0, "stamattina": 0, "stasera": 0, "domani": 1,
           "dopodomani": 2},
}
DEICTIC_SHIFT = {word: shift for words in DEICTIC_DAYS.values() for word, shift in words.items()}

# Days named relative to the date the text gave last ("the next day"), per language, in days.
# "The day after", "the day before", "la veille" and "le jour suivant" are left out: they mostly go on
# to name the day they count from ("the day before the vote"), which need not be the date told last.
ANAPHORIC_DAYS = {
    "en": {"the next day": 1, "the following day": 1, "the next morning": 1, "the following morning": 1,
           "the previous day": -1, "that day": 0, "the same day": 0, "that same day": 0,
           "that morning": 0, "that afternoon": 0, "that evening": 0, "that night": 0, "hours later": 0},
    "es": {"al día siguiente": 1, "el día siguiente": 1, "el día anterior": -1, "ese día": 0, "ese mismo día": 0,
           "el mismo día": 0, "esa noche": 0, "esa misma noche": 0},
    "fr": {"le lendemain": 1, "le jour même": 0, "ce jour-là": 0,
           "le même jour": 0, "ce soir-là": 0},
    "it": {"il giorno successivo": 1, "il giorno seguente": 1, "il giorno precedente": -1,
           "quel giorno": 0, "lo stesso giorno": 0, "quella sera": 0, "quella notte": 0},
}
ANAPHORIC_SHIFT = {word: shift for words in ANAPHORIC_DAYS.values() for word, shift in words.items()}
# A year named relative to the date the text gave last: "on 25 June that year".
ANAPHORIC_YEAR_SHIFT = {"that year": 0, "the same year": 0, "that same year": 0, "the following year": 1,
                        "the next year": 1, "the previous year": -1}

# Spanish, French and Italian counts and units of time, for "hace dos días", "il y a deux jours",
# "due giorni fa" (see times.patterns_for); English ones are NUMBER_WORDS and times.UNIT_RE.
TIME_COUNTS = {
    "es": {"un": 1, "una": 1, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
           "nueve": 9, "diez": 10, "quince": 15, "veinte": 20, "treinta": 30},
    "fr": {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
           "dix": 10, "quinze": 15, "vingt": 20, "trente": 30},
    "it": {"un": 1, "una": 1, "uno": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7, "otto": 8,
           "nove": 9, "dieci": 10, "quindici": 15, "venti": 20, "trenta": 30},
}
TIME_UNITS = {
    "es": {"día": "day", "días": "day", "semana": "week", "semanas": "week", "mes": "month", "meses": "month",
           "año": "year", "años": "year"},
    "fr": {"jour": "day", "jours": "day", "semaine": "week", "semaines": "week", "mois": "month", "an": "year",
           "ans": "year", "année": "year", "années": "year"},
    "it": {"giorno": "day", "giorni": "day", "settimana": "week", "settimane": "week", "mese": "month", "mesi": "month",
           "anno": "year", "anni": "year"},
}
# "N units ago" and "N units later" per language: {count} and {unit} stand for the words above.
# "Después", "après" and "dopo" alone count only before a pause: "deux jours après l'attaque"
# counts from the attack.
AGO_PHRASES = {"es": r"hace\s+{count}\s+{unit}", "fr": r"il\s+y\s+a\s+{count}\s+{unit}", "it": r"{count}\s+{unit}\s+fa"}
LATER_PHRASES = {
    "es": r"{count}\s+{unit}\s+(?P<mod>más\s+tarde|antes(?=\s*[,.;:])|después(?=\s*[,.;:]))",
    "fr": r"{count}\s+{unit}\s+(?P<mod>plus\s+tard|plus\s+tôt|avant(?=\s*[,.;:])|après(?=\s*[,.;:]))",
    "it": r"{count}\s+{unit}\s+(?P<mod>più\s+tardi|prima(?=\s*[,.;:])|dopo(?=\s*[,.;:]))",
}
EARLIER_WORDS = {"earlier", "antes", "plus tôt", "avant", "prima"}
# A month or year named relative to the month or year of writing: (unit, step).
RELATIVE_PERIODS = {
    "es": {"el mes pasado": ("month", -1), "este mes": ("month", 0), "el próximo mes": ("month", 1),
           "el mes que viene": ("month", 1), "el año pasado": ("year", -1), "este año": ("year", 0),
           "el próximo año": ("year", 1), "el año que viene": ("year", 1)},
    "fr": {"le mois dernier": ("month", -1), "ce mois-ci": ("month", 0), "le mois prochain": ("month", 1),
           "l'année dernière": ("year", -1), "l'an dernier": ("year", -1), "l'an passé": ("year", -1),
           "cette année": ("year", 0), "l'année prochaine": ("year", 1), "l'an prochain": ("year", 1)},
    "it": {"il mese scorso": ("month", -1), "lo scorso mese": ("month", -1), "questo mese": ("month", 0),
           "il mese prossimo": ("month", 1), "il prossimo mese": ("month", 1), "l'anno scorso": ("year", -1),
           "lo scorso anno": ("year", -1), "l'anno passato": ("year", -1), "quest'anno": ("year", 0),
           "l'anno prossimo": ("year", 1), "il prossimo anno": ("year", 1)},
}

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "m": 1_000_000,
          "billion": 1_000_000_000, "bn": 1_000_000_000}

# Vague quantities, following ACLED's coding conventions for fatalities ("tens" is recorded
# as 10, "dozens" as 12, "hundreds" as 100, "and so on" up the scale: the floor the words
# guarantee); the bound is always "at_least". "Several" and "many" give no number.
VAGUE_QUANTITIES = {
    "tens": 10, "a dozen": 12, "dozens": 12, "scores": 20, "several hundred": 100, "hundreds": 100,
    "several thousand": 1_000, "thousands": 1_000, "tens of thousands": 10_000,
    "hundreds of thousands": 100_000, "millions": 1_000_000, "tens of millions": 10_000_000,
    "hundreds of millions": 100_000_000,
}

# Words before a number that bound it.
BOUNDS = {
    "at_least": ["more than", "over", "at least", "upwards of", "in excess of", "no fewer than",
                 "no less than", "a minimum of", "above"],
    "at_most": ["up to", "at most", "fewer than", "less than", "no more than", "under", "nearly",
                "almost", "just under", "a maximum of", "as many as", "as high as"],
    "about": ["about", "around", "some", "roughly", "approximately", "an estimated", "estimated", "estimated at",
              "close to", "an approximate"],
}

# Words after a number that bound it: "1,000 or so", "50 or more", "150-plus".
TRAILING_BOUNDS = {"or so": "about", "or more": "at_least", "or fewer": "at_most", "or less": "at_most", "plus": "at_least"}

# What a number counts, by the lemma of the word that says so. An event (a verb, or an
# adjective such as "dead") outranks the counted noun: "20 protesters were killed" counts the
# killed, "20 protesters marched" counts protesters.
EVENT_MEASURES = {
    "killed": {"kill", "die", "slay", "murder", "massacre", "perish", "execute", "dead", "behead", "drown"},
    "injured": {"injure", "wound", "hurt", "injured", "wounded", "maim"},
    "displaced": {"displace", "flee", "uproot", "homeless", "displaced"},
    "evacuated": {"evacuate", "evacuated"},
    "arrested": {"arrest"},
    "detained": {"detain", "jail", "imprison", "detained"},
    "missing": {"missing", "disappear", "vanish", "unaccounted"},
    "kidnapped": {"kidnap", "abduct", "kidnapped", "abducted"},
    "infected": {"infect", "sicken", "diagnose", "infected", "ill", "sick"},
    "protesters": {"protest", "demonstrate"},
}
NOUN_MEASURES = {
    "killed": {"death", "fatality", "casualty", "body", "life", "dead", "corpse", "toll", "murder", "homicide", "killing"},
    "injured": {"injury", "wounded", "injured"},
    "refugees": {"refugee"},
    "evacuated": {"evacuee"},
    "arrested": {"arrest"},
    "detained": {"detainee", "prisoner", "detention"},
    "kidnapped": {"hostage", "captive", "kidnapping", "abduction"},
    "infected": {"case", "infection"},
    "protesters": {"protester", "protestor", "demonstrator", "marcher"},
    "troops": {"troop", "soldier", "fighter", "militant", "mercenary", "militiaman", "peacekeeper",
               "paratrooper", "marine"},
}
# Nouns of an event whose "of" names who it happened to: "the killing of 14 protesters".
EVENT_NOUNS = {
    "killed": {"killing", "murder", "massacre", "execution", "death", "slaying"},
    "injured": {"wounding", "injury", "maiming"},
    "displaced": {"displacement", "expulsion"},
    "evacuated": {"evacuation"},
    "arrested": {"arrest"},
    "detained": {"detention", "imprisonment", "jailing", "internment"},
    "kidnapped": {"kidnapping", "abduction", "kidnap"},
}
# Verbs of a count that changes or stands ("the toll rose to 36", "cut the toll to 56"): their
# subject or object says what is counted.
TALLY_VERBS = {"rise", "climb", "reach", "stand", "be", "grow", "increase", "jump", "hit", "pass", "top",
               "exceed", "surpass", "surge", "soar", "mount", "total", "remain", "bring", "take", "put", "raise",
               "double", "range", "amount", "estimate", "cut", "lower", "reduce", "revise", "scale", "vary", "include"}
# Tally verbs whose object a count has gone past: "cases surpassed 60,000" is more than 60,000.
EXCEEDING_VERBS = {"exceed", "surpass", "top", "pass"}
# Verbs of a count that changed: the number after their "from" is the count it changed from.
CHANGE_VERBS = {"rise", "climb", "grow", "increase", "jump", "surge", "soar", "mount", "double", "raise", "fall", "drop",
                "decline", "decrease", "cut", "lower", "reduce", "revise", "swell"}
# "Hundreds are feared to have died": these verbs pass their subject to the verb they govern.
RAISING_VERBS = {"fear", "believe", "report", "say", "think", "estimate", "expect", "confirm", "know"}

# Nouns that say who was counted; a figure keeps the one its number counts.
QUALIFIERS = r"people|persons|civilians|children|women|men|soldiers|troops|fighters|militants|" \
             r"protesters|demonstrators|migrants|refugees|residents|villagers|students|journalists|" \
             r"police(?:men)?|officers|workers|patients|prisoners|detainees|families|households|" \
             r"members|supporters|rebels|pilgrims|passengers|inmates"

# What a count of is no count of people: "the evacuation of 70 homes", "60,000 possible cases".
THING_NOUNS = {"home", "house", "building", "village", "town", "city", "country", "vehicle", "car", "truck",
               "school", "hospital", "shop", "property", "dose", "bed", "tent"}
# Verbs whose "about" is a preposition: "learning about two students" is no estimate.
ABOUT_VERBS = {"learn", "hear", "talk", "know", "think", "worry", "care", "write", "speak", "ask", "read", "complain",
               "forget", "dream", "argue", "wonder", "inform", "remind", "joke", "testify", "tell"}
HYPOTHETICAL_MODIFIERS = {"possible", "potential", "hypothetical", "projected"}
# Illnesses: a "case" of anything else ("adoption cases", "cases of abuse") counts no one infected.
DISEASES = frozenset("""flu influenza virus disease infection illness cholera measles malaria dengue polio
tuberculosis tb hepatitis hiv aids sars ebola covid coronavirus mumps meningitis pneumonia typhoid fever plague
anthrax zika mpox pox diphtheria rabies strain outbreak""".split())

# Sentence cues that a weekday or month with no year refers to the future.
FUTURE_CUES = re.compile(
    r"\b(will|['’]ll|shall|would|is due|are due|due to|scheduled|expected to|plans? to|planned|"
    r"upcoming|going to|is to|are to|next|"
    r"será|serán|próximo|próxima|prevista?|sera|seront|prochain|prochaine|prévue?|sarà|saranno|prossimo|prossima|previsto)\b",
    re.I,
)
# Auxiliaries of the verb a time expression hangs on (times.verb_direction): a future, a modal
# or conditional (which says nothing of when), and the perfect and passive ones of a past participle.
FUTURE_AUXILIARIES = {"will", "'ll", "’ll", "shall", "wo"}
MODAL_AUXILIARIES = {"would", "'d", "’d", "could", "should", "might", "may", "must", "can", "ca"}
PERFECT_AUXILIARIES = {"was", "were", "had", "has", "have", "'ve", "’ve", "been"}
SOFT_DIRECTION_WORDS = {"by", "until"}  # future as a deadline, past as what had happened by then
# A past speech verb just before a time expression ("Mubarak said Tuesday he will step down"):
# the expression dates the saying, and what follows is what was said.
SAYING_BEFORE = re.compile(
    r"\b(?:said|told|announced|declared|stated|added|warned|confirmed|reported|wrote|tweeted|insisted|claimed|"
    r"promised|pledged|vowed)(?:\s+[\w’']+){0,2}\s+$", re.I)
# The future seen from a past moment: after a time expression it is what was said then ("the
# ministry said on Monday it would close the camps"), so it does not make the expression future.
FUTURE_IN_PAST = re.compile(r"\bwould\b", re.I)  # the one future cue above that looks back
# "that" opening what was said: its future is the speaker's, not the saying's ("said on Monday that ... would")
REPORTED_CLAUSE = re.compile(r"\b(?:that|que|qu['’]|che|dass)\b", re.I)

# Verbs that introduce reported speech.
QUOTE_VERBS = {
    "say", "tell", "add", "state", "declare", "announce", "explain", "insist", "warn", "note",
    "claim", "argue", "write", "report", "stress", "ask", "reply", "respond", "urge", "deny",
    "acknowledge", "admit", "confirm", "conclude", "continue", "describe", "emphasise",
    "emphasize", "observe", "recall", "remark", "suggest", "tweet", "vow", "pledge", "promise",
    "predict", "caution", "complain", "contend", "maintain", "point", "quip", "shout", "hope",
    "cry", "exclaim", "reiterate", "recount", "joke", "plead", "testify", "assert", "lament", "mention",
    "text", "moan", "groan", "sigh", "laugh", "whisper", "murmur", "mutter", "scream", "yell", "snap", "boast",
    "concede", "counter", "retort", "interject", "marvel", "muse", "opine", "aver", "gush", "fume", "grumble",
    "scoff", "chuckle", "brag", "reassure", "remind", "speculate", "swear", "wonder", "answer", "proclaim",
    "bellow", "agree", "posit", "assure", "charge", "seethe", "interrupt", "beam", "enthuse", "sneer", "snort",
    "rule",  # "the court ruled that the law was “void”"
}
# Verbs that say something only as they name a thing: "called the plan “a dangerous gamble”",
# not "called for calm" or "called a meeting" (see is_speech_verb).
NAMING_VERBS = {"call", "brand", "dub", "label", "term"}

# The only words a title leaves in lower case ("Slapped in the Face by the Invisible Hand"): quoted
# words that lower-case any other word ("Federalism has to be in all of Iraq") are a sentence.
TITLE_SMALL_WORDS = {"a", "an", "the", "and", "but", "or", "nor", "for", "of", "in", "on", "at", "to", "by", "as", "up",
                     "via", "vs", "per", "off", "out", "with", "from", "into"}
# Verbs of saying made with a particle, by lemma: "shot back", "chimed in".
PHRASAL_QUOTE_VERBS = {"shoot": {"back"}, "fire": {"back"}, "hit": {"back"}, "chime": {"in"}, "speak": {"out"},
                       "lash": {"out"}}

# A quote from one of these is its author's words, and it is no quote when the author is not named.
DOCUMENT_NOUNS = {
    "statement", "report", "study", "filing", "complaint", "release", "letter", "document", "memo",
    "communique", "proclamation", "measure", "law", "bill", "resolution", "order", "decree", "ruling",
    "agreement", "suit", "lawsuit", "indictment", "petition",
}

# Verbs whose subject gives the figures under them: "the ministry said 12 died", "the agency
# confirmed 109 cases", "the Red Cross has counted 140 deaths"; "put" only as "put the toll at".
SOURCE_VERBS = {"say", "tell", "state", "announce", "declare", "report", "estimate", "confirm", "count", "record",
                "register", "tally", "put", "add", "claim", "believe", "fear", "describe", "write", "tweet", "testify",
                "note", "warn"}
# What a source publishes: "according to WHO figures" is the WHO's count, "according to figures" no one's.
DATA_NOUNS = {"figure", "data", "statistic", "tally", "count", "estimate", "report", "toll", "number", "record"}
# What a text calls a person right after the name: ", the UN envoy," in "Ghassan Salamé, the UN envoy, said".
APPOSITION = re.compile(r",\s+(?:the|a|an)\s+(?P<description>[^,.;:()\"“”\n]{3,80}?)\s*[,.;]")

# Events whose grammatical subject is the one it happens to ("11 soldiers died"), or the one
# counted ("thousands protested"); for the other event verbs an active subject is the doer
# ("three hurricanes killed 800").
SUBJECT_SUFFERS = {"die", "drown", "perish", "flee", "disappear", "vanish", "dead", "missing", "homeless",
                   "unaccounted", "protest", "demonstrate"}
# Events whose active subject suffered them when they take no object ("2,000 residents evacuated"),
# and did them when they do ("police evacuated 300 people").
SUFFERS_WITHOUT_OBJECT = {"evacuate"}
# Idioms that name a measure with a verb and its object or place ("lost their homes").
VERB_OBJECT_MEASURES = {
    ("lose", "home"): "displaced", ("flee", "home"): "displaced", ("leave", "home"): "displaced",
    ("abandon", "home"): "displaced", ("take", "street"): "protesters",
    ("take", "part"): "protesters", ("pour", "street"): "protesters", ("march", "street"): "protesters",
    ("claim", "life"): "killed", ("lose", "life"): "killed", ("pay", "life"): "killed",
    ("treat", "injury"): "injured", ("treat", "wound"): "injured", ("treat", "burn"): "injured",
    ("test", "positive"): "infected",
    ("force", "home"): "displaced", ("drive", "home"): "displaced",  # "forced from their homes"
    ("take", "hostage"): "kidnapped", ("take", "captive"): "kidnapped", ("take", "custody"): "detained",
    # "18 soldiers had the flu", "two nurses contracted the virus"
    **{(verb, disease): "infected" for verb in ("have", "contract", "catch")
       for disease in DISEASES},
}
# Verbs whose "to" clause happened to their subject ("were forced to leave their homes"), unlike
# those of intent ("plan to leave their homes").
COMPULSION_VERBS = {"force", "compel", "oblige", "make", "have"}
# Verbs whose "to" clause may never have happened: "refused to flee", "tried to flee", "wanted to leave".
INTENT_VERBS = {"want", "plan", "try", "attempt", "refuse", "hope", "intend", "threaten", "seek", "decide", "prepare",
                "wish", "aim", "vow", "promise", "fail", "need", "agree", "offer", "decline"}
# "Beaten to death", "stabbed to death": any verb with these words after it names the measure.
VERB_PHRASE_MEASURES = {("to", "death"): "killed"}
# "200,000 children in custody": people with these words after them are held.
NOUN_PHRASE_MEASURES = {("in", "custody"): "detained", ("in", "detention"): "detained", ("in", "prison"): "detained",
                        ("in", "jail"): "detained"}
# Verbs whose particle names the measure: "were rounded up", "locked up 30 protesters".
PARTICLE_MEASURES = {("round", "up"): "arrested", ("lock", "up"): "detained"}
# "Confirmed with flu", "admitted with the virus": the illness after "with" says they are infected.
ILLNESS_WITH_VERBS = {"confirm", "hospitalize", "hospitalise", "admit"}
# "Flu has been confirmed in 14 people": an illness these verbs find in people infected them.
ILLNESS_FOUND_VERBS = {"confirm", "detect", "find", "identify", "report"}
# "Fatally shot", "fatally injured": an adverb that names the measure whatever the verb.
ADVERB_MEASURES = {"fatally": "killed"}
# Verbs that put troops somewhere: a number of soldiers is a troop figure only with one of these.
DEPLOYMENT_VERBS = {"send", "deploy", "withdraw", "station", "have", "pull", "dispatch", "land", "keep", "base",
                    "bring", "commit", "mobilise", "mobilize", "mass", "amass", "drop", "number", "remain", "train", "arrive"}
# A unit's strength counts troops when the unit, or a word on it, is military ("a 3,000-strong
# force", "its 9,000-strong peacekeeping mission"): a "20,000-strong workforce" or a "30-strong
# trade mission" counts none.
FORCE_WORDS = {"force", "army", "contingent", "battalion", "brigade", "garrison", "militia", "regiment", "corps",
               "peacekeeping", "military", "paramilitary", "troop", "peacekeeper"}
# A crowd counts protesters where its sentence names a protest ("the crowd at the rally numbered
# thousands"), not at a match or a concert.
CROWD_NOUNS = {"crowd", "throng"}
PROTEST_NOUNS = {"protest", "demonstration", "rally", "march", "sit-in"}
HYPOTHETICAL_AUX = {"could", "would", "might", "may", "will", "can", "should"}

# Titles and ranks before a name: left off when names are compared. Honorifics say nothing of a
# role; the other titles are one ("President", "UN envoy").
HONORIFICS = r"mr|mrs|ms|dr|prof|sir|dame|lord|rev"
ROLE_TITLES = (r"president|prime minister|minister|general|gen|gov|sen|rep|colonel|col|commander|envoy|king|"
               r"queen|sheikh|judge|sgt|sergeant|lieutenant|lt|captain|capt|major|senator|governor|mayor|"
               r"secretary|ambassador|justice")
# Abbreviated ranks and titles that spaCy's tokenizer splits from their stop; the parser ends a sentence
# at them, before the name they title ("“...,” Coast Guard Cmdr. Ivo Marek said"). Kept one token.
TITLE_ABBREVIATIONS = ("Cmdr.", "Cdr.", "Capt.", "Maj.", "Brig.", "Cpl.", "Pte.", "Pvt.", "Sgt.", "Lt.", "Col.", "Supt.",
                       "Insp.", "Det.", "Amb.", "Atty.", "Cllr.")
TITLES = re.compile(rf"^({HONORIFICS}|{ROLE_TITLES})\.?\s+", re.I)
# Words the tagger ran into a name ahead of its honorific: "Essex Mr Fisher" is Mr Fisher (of Essex).
BEFORE_HONORIFIC = re.compile(rf"^\S.*?\s+(?=(?:{HONORIFICS})\.?\s+[A-Z])", re.I)
# Nouns for a person a text describes rather than names: the subject a later "he said" may be.
PERSON_NOUNS = frozenset("""official spokesman spokeswoman spokesperson source officer doctor witness resident
diplomat analyst expert lawyer attorney insider aide adviser advisor soldier employee worker representative
negotiator researcher scientist teacher survivor relative friend neighbour neighbor""".split())
# Agent nouns that name an organisation: "the retailer said" is a company, not the person just quoted.
ORGANISATION_AGENT_NOUNS = frozenset("""newspaper paper broadcaster publisher carrier retailer lender insurer maker
manufacturer operator provider regulator monitor supplier exporter importer producer developer owner buyer seller
sector center press congress""".split())
ROLE_TITLE = re.compile(rf"(?:{ROLE_TITLES})\.?", re.I)

# What a pronoun or a title says of a person's sex: the only evidence of it the text gives.
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}
TITLE_GENDER = re.compile(r"^(?:(?P<m>mr|sir|lord|king|prince)|(?P<f>mrs|ms|miss|dame|lady|queen|princess))\.?\s+", re.I)

# First- and second-person words: a sentence that speaks as "I" or "we" or to "you", outside a
# quotation, is an interview, a column or a reader's comment, not a report of what happened.
SPEAKER_WORDS = frozenset("""i me my we us our you your
yo mi nosotros nosotras nuestro nuestra usted ustedes
je moi mon nous notre vous votre
io noi nostro nostra voi vostro""".split())  # English, Spanish, French, Italian
