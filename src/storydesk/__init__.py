"""storydesk: turn news articles from many outlets into one cited dossier per story."""

from .compose import summarize, timeline
from .extract import extract
from .pipeline import build, compose_story, desk_index, dossier, one_story
from .read import read_inputs
from .render import make_dossier, to_html, to_index_html, to_markdown, validate

__all__ = ["build", "compose_story", "desk_index", "dossier", "extract", "make_dossier", "one_story", "read_inputs",
           "summarize", "timeline", "to_html", "to_index_html", "to_markdown", "validate"]
