"""The desk's tables and queries, shared by the SQLite and PostgreSQL stores.

Statements are written once, in the SQL both databases speak (``INSERT ... ON CONFLICT``), with
``?`` for parameters; a store for another database gives its connection, its schema, its
parameter mark and the two expressions that differ (reading a JSON field, the order rows came in).
"""

from __future__ import annotations

import json
import re
from abc import ABC, abstractmethod
from collections import Counter
from datetime import date

from ..cluster import DocFreq, StoryState
from ..errors import StoreError
from ..model import Article, Rejection, Story, article_from_plain, to_plain

FORMAT = "storydesk-desk/2"  # 2: copy signatures hash words with CRC-32 (desk/1 signatures do not compare)


class SQLStore(ABC):
    """A desk in a SQL database: articles, rejections, copy signatures, story state and composed stories."""

    SCHEMA: str = ""  # CREATE ... IF NOT EXISTS statements, separated by ";"
    PARAMETER = "?"
    ARRIVAL = "rowid"  # a column that orders rejections as they were recorded
    JSON_FIELD = "json_extract(data, '$.{name}')"  # field ``name`` of the ``data`` column's JSON, as text
    EXISTS = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'"  # is there a desk here?
    # taken before a new desk's tables are made, so that processes opening it at once make it once
    INIT_LOCK = "BEGIN IMMEDIATE"

    def __init__(self, db, where: str) -> None:
        self.db = db
        if not self.exists():
            self.db.execute(self.INIT_LOCK)
        for statement in filter(str.strip, self.SCHEMA.split(";")):
            self.db.execute(statement)
        found = self.db.execute("SELECT value FROM meta WHERE key='format'").fetchone()
        if found is None:
            self.db.execute(self.sql("INSERT INTO meta VALUES ('format', ?)"), (FORMAT,))
        elif found[0] != FORMAT:
            raise StoreError(f"{where} holds a desk of format {found[0]}, expected {FORMAT}")
        self.db.commit()  # the tables exist for every other process from now on, whatever this one does

    def exists(self) -> bool:
        return bool(self.db.execute(self.EXISTS).fetchone()[0])

    @abstractmethod
    def lock(self, wait: bool = True) -> bool:
        """Take the desk for this build until the next commit, so that a second build waits here
        rather than read the clustering state this one is about to rewrite; with ``wait`` False,
        whether the desk was free (and is now taken). Each database locks in its own way."""

    def sql(self, statement: str) -> str:
        return statement.replace("?", self.PARAMETER)

    def rows(self, statement: str, parameters: tuple = ()) -> list[tuple]:
        return list(self.db.execute(self.sql(statement), parameters).fetchall())

    def run_many(self, statement: str, rows) -> None:
        self.db.cursor().executemany(self.sql(statement), list(rows))

    def close(self) -> None:
        self.db.commit()
        self.db.close()

    def commit(self) -> None:
        self.db.commit()

    # articles
    def known_hashes(self) -> set[str]:
        return {row[0] for row in self.rows("SELECT content_hash FROM articles")}

    def known_ids(self) -> set[str]:
        return {row[0] for row in self.rows("SELECT id FROM articles")}

    def next_seq(self) -> int:
        return (self.rows("SELECT MAX(seq) FROM articles")[0][0] or 0) + 1

    def save_articles(self, articles: list[Article], story_of: dict[str, str], seq: dict[str, int]) -> None:
        self.run_many(
            "INSERT INTO articles (id, content_hash, seq, story_id, data) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET story_id=COALESCE(excluded.story_id, articles.story_id), data=excluded.data",
            [(a.id, a.content_hash, seq.get(a.id, 0), story_of.get(a.id), json.dumps(to_plain(a))) for a in articles],
        )

    def articles(self, story_id: str | None = None) -> list[Article]:
        query = "SELECT data FROM articles" + (" WHERE story_id = ?" if story_id else "") + " ORDER BY seq"
        return [article_from_plain(json.loads(row[0])) for row in self.rows(query, (story_id,) if story_id else ())]

    def articles_by_id(self, ids: set[str]) -> list[Article]:
        found = []
        for article_id in sorted(ids):
            for (data,) in self.rows("SELECT data FROM articles WHERE id = ?", (article_id,)):
                found.append(article_from_plain(json.loads(data)))
        return found

    def article_facts(self) -> tuple[dict[str, str | None], dict[str, date | None], dict[str, int], dict[str, str]]:
        """copy_of, published, arrival order and story of every article, without loading texts."""
        copy_of, published, order, story_of = {}, {}, {}, {}
        fields = ", ".join(self.JSON_FIELD.format(name=name) for name in ("copy_of", "published"))
        rows = self.rows(f"SELECT id, {fields}, seq, story_id FROM articles")
        for article_id, original, when, seq, story in rows:
            copy_of[article_id] = original
            published[article_id] = date.fromisoformat(when) if when else None
            order[article_id] = seq
            story_of[article_id] = story
        return copy_of, published, order, story_of

    # rejections
    def save_rejections(self, rejections: list[Rejection]) -> None:
        self.run_many("INSERT INTO rejections (source, reason) VALUES (?, ?) ON CONFLICT DO NOTHING",
                      [(r.source, r.reason) for r in rejections])

    def rejections(self) -> list[Rejection]:
        return [Rejection(*row) for row in self.rows(f"SELECT source, reason FROM rejections ORDER BY {self.ARRIVAL}")]

    # dedupe
    def save_signatures(self, signatures: dict[str, bytes]) -> None:
        self.run_many("INSERT INTO signatures VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET minhash=excluded.minhash",
                      signatures.items())

    def signatures(self) -> dict[str, bytes]:
        return {article_id: bytes(blob) for article_id, blob in self.rows("SELECT id, minhash FROM signatures")}

    # clustering state
    def docfreq(self) -> DocFreq:
        n = self.rows("SELECT value FROM meta WHERE key='docs'")
        return DocFreq(int(n[0][0]) if n else 0, Counter(dict(self.rows("SELECT term, n FROM docfreq"))))

    def save_docfreq(self, df: DocFreq) -> None:
        self.run_many("INSERT INTO meta VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value=excluded.value",
                      [("docs", str(df.n))])
        self.run_many("INSERT INTO docfreq VALUES (?, ?) ON CONFLICT(term) DO UPDATE SET n=excluded.n",
                      ((t, df.counts[t]) for t in sorted(df.changed)))
        df.changed.clear()

    def story_states(self) -> dict[str, StoryState]:
        states = {}
        for story_id, data in self.rows("SELECT id, data FROM story_state"):
            raw = json.loads(data)
            states[story_id] = StoryState(story_id, raw["centroid"], raw["size"],
                                          *(date.fromisoformat(raw[k]) if raw[k] else None for k in ("first", "last")))
        return states

    def save_story_states(self, states: list[StoryState]) -> None:
        self.run_many("INSERT INTO story_state VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET data=excluded.data", [
            (s.id, json.dumps({"centroid": s.centroid, "size": s.size, "first": s.first and s.first.isoformat(),
                               "last": s.last and s.last.isoformat()})) for s in states])

    def merge_stories(self, merged: dict[str, str]) -> None:
        """Move the articles of each absorbed story to the story it merged into, and drop its state."""
        self.run_many("UPDATE articles SET story_id = ? WHERE story_id = ?", [(b, a) for a, b in merged.items()])
        self.run_many("DELETE FROM story_state WHERE id = ?", [(a,) for a in merged])
        self.run_many("DELETE FROM stories WHERE id = ?", [(a,) for a in merged])

    # composed stories
    def save_story(self, story: Story) -> None:
        self.run_many("INSERT INTO stories VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET data=excluded.data",
                      [(story.id, json.dumps(to_plain(story)))])

    def stories_mentioning(self, term: str) -> set[str]:
        """The stories with an article whose title or clean text holds ``term``, in any case."""
        fields = " || ' ' || ".join(f"COALESCE({self.JSON_FIELD.format(name=name)}, '')" for name in ("title", "text"))
        pattern = "%" + re.sub(r"([!%_])", r"!\1", term.lower()) + "%"
        query = f"SELECT DISTINCT story_id FROM articles WHERE story_id IS NOT NULL AND lower({fields}) LIKE ? ESCAPE '!'"
        return {row[0] for row in self.rows(query, (pattern,))}

    def stories(self, story_id: str | None = None) -> list[dict]:
        """Composed stories (or the one with ``story_id``) as JSON-ready data, largest first."""
        query = "SELECT data FROM stories" + (" WHERE id = ?" if story_id else "")
        found = [json.loads(row[0]) for row in self.rows(query, (story_id,) if story_id else ())]
        return sorted(found, key=lambda s: (-len(s["articles"]), s["id"]))
