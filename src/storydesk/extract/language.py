"""Guess an article's language from its function words (enough to pick rules, not a classifier)."""

import re
from collections import Counter

FUNCTION_WORDS = {
    "en": {"the", "and", "of", "to", "in", "is", "that", "for", "was", "with", "said", "on", "has"},
    "es": {"el", "la", "los", "las", "de", "que", "y", "en", "por", "con", "para", "una", "del"},
    "fr": {"le", "la", "les", "de", "des", "et", "en", "un", "une", "du", "que", "pour", "est"},
    "it": {"il", "la", "di", "che", "e", "per", "un", "una", "del", "della", "con", "sono", "gli"},
    "de": {"der", "die", "das", "und", "ist", "nicht", "mit", "von", "den", "ein", "eine", "zu", "sich"},
}


def detect_language(text: str) -> str:
    words = Counter(re.findall(r"[a-zà-ÿ]+", text[:20000].lower()))
    if not words:
        return "en"
    scores = {lang: sum(words[w] for w in vocab) for lang, vocab in FUNCTION_WORDS.items()}
    return max(scores, key=scores.get)
