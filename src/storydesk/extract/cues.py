"""Boilerplate cues for plain text, by the reason a line is removed (data, not logic)."""

import re

# The label of a tag list: "Tags: ...", "Filed under: ...".
TAG_LABEL = r"(tags?|tagged( with)?|filed under|schlagworte|etiquetas|étiquettes)"

# A line matching one of these (and short enough to be page furniture) is boilerplate. They are
# written in lower case and run on the lower-cased line: the same search with re.I costs four
# times as much. CASED_CUES run on the line as written.
LINE_CUES: dict[str, re.Pattern] = {
    "advertisement": re.compile(
        r"^\W*(advertisement|advertising|sponsored( content)?|ad|anzeige|publicidad|publicité|pubblicità)\W*$"
        r"|\b(sponsored by|paid content|partner content)\b",
    ),
    "subscription prompt": re.compile(
        r"\b(subscribe|subscription|subscriber|sign up|newsletter|free (trial|days?)|billed|"
        r"cancel (at )?any ?time|paywall|log ?in to (read|continue)|register to (read|continue)|"
        r"unlimited access|support (our|independent) journalism|become a member|abonn|suscr|abbonat|"
        r"right in your inbox|delivered (to|through) your|for as little as|click here)\w*",
    ),
    "poll": re.compile(
        r"\b(voting booth|poll|vote now|cast your vote|select an option|do you think|"
        r"what do you think|\d+% ?- ?[\d,]+ votes?|[\d,]+ votes)\b",
    ),
    "related links": re.compile(
        r"^\W*(read|read more|read also|also read|see also|related|related articles?|related stories|"
        r"more from|more on|more stories|recommended|don'?t miss|most (read|popular|viewed)|"
        r"trending|top stories|watch|listen|you may also like|see what everyone|leer más|lire aussi|"
        r"leggi anche|mehr zum thema|i più letti|les plus lus|lo más leído|los más leídos|mais lidas|meistgelesen)\b[^.!?]*$"
        r"|^\W*(read|watch|listen|see also|see more|related( post)?)\s*[|:>]"
        # a teaser headline tagged like "... [VIDEO]" or "... [INSIGHT]"
        r"|\[[a-z]{3,}( [a-z]{3,})?\]\W*$",
    ),
    "share prompt": re.compile(
        r"^\W*(share|share this|share on|tweet|email|print|facebook|twitter|whatsapp|linkedin|"
        r"copy link|short link|permalink)\b[^.!?]*$",
    ),
    "account prompt": re.compile(
        r"\b((reset|forgot|change) (your )?password|(create|choose|enter|pick) (a|your) (screen name|user ?name|password)|"
        r"your e-?mail address below|create an account|already (a member|have an account|registered)|"
        r"registering for (this|our) (service|site)s?)\b",
    ),
    "comments": re.compile(r"^\W*(show |view |post a |leave a |add a )?comments?\W*(\(\d*\))?\W*$|\bcomments? \(\d*\)"),
    "photo credit": re.compile(
        r"^\W*(photo|image|picture|foto|credit|photograph|file photo)s?\b\s*[:/|]"
        r"|^[\w.\-]+(/[\w.\-]+){2,}$"
        r"|\b(getty images|shutterstock|via reuters|via ap)\b|\b(photo|image|picture|foto)s?\s*(©|\(c\)|courtesy)",
    ),
    "footer": re.compile(
        r"\b(all rights reserved|copyright|©|terms of (use|service)|privacy (policy|notice)|"
        r"cookie (policy|settings)|contact us|contact the|editorial feedback|comments or complaints|"
        r"responsible for (their|its) own content|legal right to|data delayed|"
        r"follow us on|download (our|the) app)\b",
    ),
    "site notice": re.compile(
        r"\b(please try again|(enable|turn on|activate) javascript|javascript is (disabled|required|turned off|not enabled)|"
        r"your browser (does not|doesn't|is not able to) support|(update|upgrade) your browser|"
        r"(this|the) (feature|video|content|page|player) is (not|no longer|currently not|currently un)\s?available|"
        r"(transcript|video|page|content|player) could not be loaded)",
    ),
    "tags": re.compile(rf"^\W*{TAG_LABEL}\s*:"),
    "author note": re.compile(
        r"\b(may be reached at|can be reached at|follow (him|her|them|me) on|contributed to this report)\b"
        r"|^\W*(reporting|editing|writing|additional reporting) by\b|^\W*have a (news )?tip\b|^\W*email \w+( \w+)? at \S+@",
    ),
}

CASED_CUES: dict[str, re.Pattern] = {
    "photo credit": re.compile(r"^[A-Z0-9][A-Z0-9 .\-]*(/[A-Z0-9][A-Za-z0-9 .\-]*)+$"),  # "AFP/GETTY IMAGES"
    "site notice": re.compile(r"(?:^|[.!?]\s+)Learn more\W{0,2}$"),  # a link's label after a site's notice
}

# Cues specific enough to mark a paragraph of any length (a comment form's data-use notice); in lower case.
STRONG_CUES: dict[str, re.Pattern] = {
    "privacy notice": re.compile(
        r"\b(by submitting this form|your personal data|data protection policy|revoke this consent|"
        r"spam filtering|collection ?, storage ?,? and use)",
    ),
}

# The heading of a comment section or tag list: what follows it is not the article.
SECTION_END = re.compile(
    r"^\W*(\d+\s+)?(comments?|responses?|replies|reactions)\W*$"
    r"|^\W*\d+ (thoughts?|responses?|comments?|replies) (on|to)\b"
    rf"|^\W*{TAG_LABEL}\s*:?\s*$"
    r"|^\W*(user comments|leave a (reply|comment)|post a comment|add a comment|comments are closed|"
    r"you must (be )?log(ged)? ?in to (post|leave) a comment|tell us what you think|join the (conversation|discussion))\b",
    re.I,
)
# The heading of recommendations for the reader: what follows it is other stories.
RECOMMENDATIONS = re.compile(
    r"^\W*(you (may|might) (also )?(like|enjoy)|você (também )?pode gostar|vous aimerez (aussi|également)|"
    r"(también )?te puede interesar|(ti )?potrebbe (anche )?interessarti|das könnte (sie|dich) auch interessieren)\W*$",
    re.I,
)
# A numeric date or a clock time: "05/10/2018", "2018-10-05", "20:13".
NUMERIC_DATE = re.compile(r"\b(\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2})\b")

# A whole-line photo credit in parentheses at the end of a caption: "(Reuters / Jane Doe)",
# "(AFP PHOTO)", "(Photo: ...)".
CAPTION_CREDIT = re.compile(
    r"\((?:[^()]*\b(?:photo|credit|image)\b[^()]*|[A-Z][\w.\-]*(?: [A-Z][\w.\-]*)*\s*/\s*[^()]+)\)\s*$", re.I
)
# A wire caption's opening: "In this Jan. 5, 2019, file photo, ...", "In this undated image provided by ...".
CAPTION_LEAD = re.compile(r"^\W*in this\b.{0,40}?\b(file |undated |handout )?(photo|image|picture|photograph|video)s?\b", re.I)
# "date 2020-01-01 ...", "Published: 3 March 2021", "Updated on ..." at the start of a line.
DATE_LABEL = re.compile(r"^\s*(date|published|posted|updated|last updated|publié|publicado|pubblicato)\s*(on|:)?\s*", re.I)
BYLINE = re.compile(r"^\s*(?i:by|von|por|par|di)\s+[A-Z][\w'’.\-]+(\s+[A-Z][\w'’.\-]+){0,3}\s*(,|$|\|)", re.M)
# "GENEVA — ...", "TRIPOLI, Libya (Reuters) - ...": a place in capitals or a name before a dash.
DATELINE = re.compile(r"^(?P<place>[A-Z][A-Za-z.'’ ]{1,40}?(?:,\s*[A-Z][\w.' ]{1,30})?(?:\s*\([\w .]+\))?)\s*[—–-]{1,2}\s+(?=[A-Z\"“])")
# A list item's bullet, as extractors and text dumps write it.
BULLET = re.compile(r"^\s*[-*+•·▪]\s+")
# Where a headline runs into the sentence after it with no space: "...Strike PossibleThe union".
# Three lower-case letters before the join and a lower-case word after it keep out names like
# "LeBron", "McDowell" and "IndieWire Alerts"; a quote mark counts only as a closing one.
# The capital is tested first: most places in a text fail there, three times faster.
GLUED_JOIN = re.compile(r"(?=[A-Z][a-z]*\s+[^\sA-Z])(?:(?<=[a-z]{3})|(?<=\S[?!”\")\]]))")
