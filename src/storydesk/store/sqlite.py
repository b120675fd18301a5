"""SQLite desk: articles, rejections, copy signatures, story state and composed stories."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from datetime import date

from ..cluster import DocFreq, StoryState
from ..errors import StoreError
from ..model import Article, Rejection, Story, article_from_plain, to_plain

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY, content_hash TEXT UNIQUE, seq INTEGER, story_id TEXT, data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS signatures (id TEXT PRIMARY KEY, minhash BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS rejections (source TEXT, reason TEXT, UNIQUE(source, reason));
CREATE TABLE IF NOT EXISTS docfreq (term TEXT PRIMARY KEY, n INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS story_state (id TEXT PRIMARY KEY, data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS stories (id TEXT PRIMARY KEY, data TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS articles_story ON articles(story_id);
"""
FORMAT = "storydesk-desk/2"  # 2: copy signatures hash words with CRC-32 (desk/1 signatures do not compare)


class SQLiteStore:
    def __init__(self, path: str) -> None:
        try:
            self.db = sqlite3.connect(path)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open the desk at {path}: {exc}") from None
        try:
            self.db.executescript(SCHEMA)
            found = self.db.execute("SELECT value FROM meta WHERE key='format'").fetchone()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{path} is not a storydesk desk ({exc})") from None
        if found is None:
            self.db.execute("INSERT INTO meta VALUES ('format', ?)", (FORMAT,))
        elif found[0] != FORMAT:
            raise StoreError(f"{path} holds a desk of format {found[0]}, expected {FORMAT}")

    def close(self) -> None:
        self.db.commit()
        self.db.close()

    def commit(self) -> None:
        self.db.commit()

    # articles
    def known_hashes(self) -> set[str]:
        return {row[0] for row in self.db.execute("SELECT content_hash FROM articles")}

    def known_ids(self) -> set[str]:
        return {row[0] for row in self.db.execute("SELECT id FROM articles")}

    def next_seq(self) -> int:
        return (self.db.execute("SELECT MAX(seq) FROM articles").fetchone()[0] or 0) + 1

    def save_articles(self, articles: list[Article], story_of: dict[str, str], seq: dict[str, int]) -> None:
        self.db.executemany(
            "INSERT INTO articles (id, content_hash, seq, story_id, data) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET story_id=COALESCE(excluded.story_id, articles.story_id), data=excluded.data",
            [(a.id, a.content_hash, seq.get(a.id, 0), story_of.get(a.id), json.dumps(to_plain(a))) for a in articles],
        )

    def articles(self, story_id: str | None = None) -> list[Article]:
        query = "SELECT data FROM articles" + (" WHERE story_id = ?" if story_id else "") + " ORDER BY seq"
        return [article_from_plain(json.loads(row[0])) for row in self.db.execute(query, (story_id,) if story_id else ())]

    def articles_by_id(self, ids: set[str]) -> list[Article]:
        found = []
        for article_id in sorted(ids):
            row = self.db.execute("SELECT data FROM articles WHERE id = ?", (article_id,)).fetchone()
            if row:
                found.append(article_from_plain(json.loads(row[0])))
        return found

    def article_facts(self) -> tuple[dict[str, str | None], dict[str, date | None], dict[str, int], dict[str, str]]:
        """copy_of, published, arrival order and story of every article, without loading texts."""
        copy_of, published, order, story_of = {}, {}, {}, {}
        rows = self.db.execute(
            "SELECT id, json_extract(data, '$.copy_of'), json_extract(data, '$.published'), seq, story_id FROM articles")
        for article_id, original, when, seq, story in rows:
            copy_of[article_id] = original
            published[article_id] = date.fromisoformat(when) if when else None
            order[article_id] = seq
            story_of[article_id] = story
        return copy_of, published, order, story_of

    # rejections
    def save_rejections(self, rejections: list[Rejection]) -> None:
        self.db.executemany("INSERT OR IGNORE INTO rejections VALUES (?, ?)", [(r.source, r.reason) for r in rejections])

    def rejections(self) -> list[Rejection]:
        return [Rejection(*row) for row in self.db.execute("SELECT source, reason FROM rejections ORDER BY rowid")]

    # dedupe
    def save_signatures(self, signatures: dict[str, bytes]) -> None:
        self.db.executemany("INSERT OR REPLACE INTO signatures VALUES (?, ?)", signatures.items())

    def signatures(self) -> dict[str, bytes]:
        return dict(self.db.execute("SELECT id, minhash FROM signatures"))

    # clustering state
    def docfreq(self) -> DocFreq:
        n = self.db.execute("SELECT value FROM meta WHERE key='docs'").fetchone()
        return DocFreq(int(n[0]) if n else 0, Counter(dict(self.db.execute("SELECT term, n FROM docfreq"))))

    def save_docfreq(self, df: DocFreq) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta VALUES ('docs', ?)", (str(df.n),))
        self.db.executemany("INSERT OR REPLACE INTO docfreq VALUES (?, ?)", ((t, df.counts[t]) for t in df.changed))
        df.changed.clear()

    def story_states(self) -> dict[str, StoryState]:
        states = {}
        for story_id, data in self.db.execute("SELECT id, data FROM story_state"):
            raw = json.loads(data)
            states[story_id] = StoryState(story_id, raw["centroid"], raw["size"],
                                          *(date.fromisoformat(raw[k]) if raw[k] else None for k in ("first", "last")))
        return states

    def save_story_states(self, states: list[StoryState]) -> None:
        self.db.executemany("INSERT OR REPLACE INTO story_state VALUES (?, ?)", [
            (s.id, json.dumps({"centroid": s.centroid, "size": s.size, "first": s.first and s.first.isoformat(),
                               "last": s.last and s.last.isoformat()})) for s in states])

    def merge_stories(self, merged: dict[str, str]) -> None:
        """Move the articles of each absorbed story to the story it merged into, and drop its state."""
        self.db.executemany("UPDATE articles SET story_id = ? WHERE story_id = ?", [(b, a) for a, b in merged.items()])
        self.db.executemany("DELETE FROM story_state WHERE id = ?", [(a,) for a in merged])
        self.db.executemany("DELETE FROM stories WHERE id = ?", [(a,) for a in merged])

    # composed stories
    def save_story(self, story: Story) -> None:
        self.db.execute("INSERT OR REPLACE INTO stories VALUES (?, ?)", (story.id, json.dumps(to_plain(story))))

    def stories(self) -> list[dict]:
        """Composed stories as JSON-ready data, largest first."""
        found = [json.loads(row[0]) for row in self.db.execute("SELECT data FROM stories")]
        return sorted(found, key=lambda s: (-len(s["articles"]), s["id"]))
