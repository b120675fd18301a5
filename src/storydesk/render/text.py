"""Markdown and HTML dossiers from the dossier JSON, through Jinja2 templates."""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import urlencode

import jinja2


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.PackageLoader("storydesk", "render/templates"),
                             autoescape=jinja2.select_autoescape(["html", "html.j2"]), trim_blocks=True, lstrip_blocks=True)
    env.filters["number"] = lambda v: f"{v:,.0f}" if float(v).is_integer() else f"{v:,}"
    env.filters["count"] = count
    env.filters["when"] = when
    return env


def count(n: int, noun: str, plural: str | None = None) -> str:
    """ "1 article", "2 articles"; "2 stories" with the plural given."""
    return f"{n} {noun}" if n == 1 else f"{n} {plural or noun + 's'}"


def when(figure: dict) -> str:
    """When a figure held, as a disagreement's list says it: "as of 2026-03-08", or why no date is given."""
    if figure.get("superseded"):
        return "earlier, as its sentence says"
    return f"as of {figure['as_of'] or 'an unknown date'}"


def view(dossier: dict) -> dict:
    """What the templates need beyond the JSON: articles by id and each citation's words."""
    articles = {a["id"]: a for a in dossier["articles"]}

    def cited(citation: dict) -> str:
        article = articles.get(citation["article"])
        return article["text"][citation["start"]:citation["end"]] if article else ""

    def label(article_id: str) -> str:
        article = articles.get(article_id) or {}
        return article.get("outlet") or article.get("title") or article.get("source", article_id).rsplit("/", 1)[-1]

    disputed = {i for s in dossier["stories"] for d in s["disagreements"] for i in d["figures"]}
    return {"dossier": dossier, "articles": articles, "cited": cited, "label": label, "disputed": disputed,
            "sides": sides}


def sides(story: dict, disagreement: dict) -> list[dict]:
    """A disagreement's figures, oldest first, so that who gave which count when reads down the list.
    A replaced count ("up from 30,000") goes with the date of the sentence that replaces it."""
    figures = [story["figures"][i] for i in disagreement["figures"]]
    dated = {sentence(f): f["as_of"] for f in figures if f["as_of"]}
    return sorted(figures, key=lambda f: (f["as_of"] or dated.get(sentence(f)) or "", f["value"]))


def sentence(figure: dict) -> tuple:
    return figure["citation"]["article"], figure["citation"]["start"]


def to_markdown(dossier: dict) -> str:
    return environment().get_template("dossier.md.j2").render(**view(dossier))


def to_html(dossier: dict, home: str | None = None) -> str:
    """One page with the dossier's stories (listed first when there are several); ``home``, where
    the page is served, is the address of the desk's index."""
    return environment().get_template("dossier.html.j2").render(**view(dossier), home=home,
                                                                anchor=lambda story: "#" + story["id"])


def to_index_html(index: dict) -> str:
    """The served desk's front page: its stories (see pipeline.desk_index), a search box and what it could not read."""
    return environment().get_template("index.html.j2").render(
        index=index, story_page=lambda story: "/?" + urlencode({"story": story["id"]}))
