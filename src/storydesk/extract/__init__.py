"""Document → Article: clean text, boilerplate set aside, title, outlet, byline, date."""

from .article import extract

__all__ = ["extract"]
