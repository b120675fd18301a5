"""Sources → Documents: files, folders, JSON Lines and WARC archives."""

from .sources import MAX_ARTICLE_BYTES, read_inputs

__all__ = ["read_inputs", "MAX_ARTICLE_BYTES"]
