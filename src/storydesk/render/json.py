"""The dossier JSON (``storydesk.dossier/1``) and its validation against the kept JSON Schema."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from ..model import Article, Rejection, to_plain

SCHEMA_ID = "storydesk.dossier/1"
ARTICLE_FIELDS = ("id", "source", "url", "title", "outlet", "byline", "dateline", "language", "published",
                  "published_from", "text", "removed", "captions", "copy_of")


def article_record(article: Article) -> dict:
    plain = to_plain(article)
    return {key: plain[key] for key in ARTICLE_FIELDS}


def make_dossier(articles: list[Article], stories: list[dict], rejections: list[Rejection] = ()) -> dict:
    return {
        "schema": SCHEMA_ID,
        "articles": [article_record(a) for a in articles],
        "stories": stories,
        "rejected": [{"source": r.source, "reason": r.reason} for r in rejections],
    }


@lru_cache(maxsize=1)
def schema() -> dict:
    return json.loads(resources.files("storydesk").joinpath("schema/dossier.schema.json").read_text())


def validate(dossier: dict) -> None:
    """Raise ``jsonschema.ValidationError`` when the dossier breaks the published format."""
    import jsonschema

    jsonschema.validate(dossier, schema())
