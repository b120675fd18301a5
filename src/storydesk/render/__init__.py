"""Dossiers out: JSON (the public format), Markdown and a self-contained HTML page."""

from .json import make_dossier, validate
from .text import to_html, to_index_html, to_markdown

__all__ = ["make_dossier", "validate", "to_html", "to_index_html", "to_markdown"]
