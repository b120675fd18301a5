"""The desk in a SQLite file, the default: no server to run."""

from __future__ import annotations

import sqlite3

from ..errors import StoreError
from .sql import SQLStore

BUSY_SECONDS = 3600  # how long a build waits for another build of the same desk to finish

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


class SQLiteStore(SQLStore):
    SCHEMA = SCHEMA

    def __init__(self, path: str) -> None:
        self.path = path
        try:
            db = sqlite3.connect(path, timeout=BUSY_SECONDS)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open the desk at {path}: {exc}") from None
        try:
            super().__init__(db, path)
        except sqlite3.DatabaseError as exc:
            db.close()
            raise StoreError(f"{path} is not a storydesk desk ({exc})") from None

    def lock(self, wait: bool = True) -> bool:
        self.db.commit()
        if not wait:
            self.db.execute("PRAGMA busy_timeout = 0")  # ask once
        try:
            self.db.execute("BEGIN IMMEDIATE")  # the write lock, held until commit
        except sqlite3.OperationalError as exc:
            if not wait:
                return False
            raise StoreError(f"the desk at {self.path} stayed busy with another build for {BUSY_SECONDS} s ({exc})"
                             ) from None
        finally:
            self.db.execute(f"PRAGMA busy_timeout = {BUSY_SECONDS * 1000}")  # as the connection was opened
        return True
