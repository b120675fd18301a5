"""The errors a user can cause, each with one clear line to show them."""


class StorydeskError(Exception):
    """An error whose message is fit to show the user as it is, on one line."""


class InputError(StorydeskError):
    """An input path or record that cannot be read at all."""


class StoreError(StorydeskError):
    """The desk database cannot be opened or is not a storydesk desk."""


def one_line(exc: Exception) -> str:
    """A library's error message on one line, to show inside ours."""
    return " ".join(str(exc).split())


# Reasons recorded for inputs that do not become articles (a catalogue, so tests and
# users see the same words).
EMPTY = "empty: no text in the input"
BINARY = "binary: not text or HTML"
TOO_LARGE = "too large: {size} bytes exceeds the {limit}-byte limit for one article"
NO_TEXT = "no article text left after removing boilerplate"
BAD_JSON = "malformed JSON line: {error}"
BAD_RECORD = "JSON line lacks a \"text\" or \"html\" string"
BAD_DATE = "given \"published\" is not an ISO date: {value!r}"
NO_WARC_PAGES = "no HTML response records in this WARC file"
NO_FEED_ENTRIES = "no entries in this feed"
UNREADABLE = "unreadable: {error}"
