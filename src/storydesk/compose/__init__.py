"""Story → timeline and summary: extractive, every line cited back to its article offsets."""

from .summary import summarize
from .timeline import timeline

__all__ = ["summarize", "timeline"]
