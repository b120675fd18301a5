"""Article → annotations: sentences, entities, time expressions, figures, quotes, terms."""

from .pipeline import annotate, load_nlp

__all__ = ["annotate", "load_nlp"]
