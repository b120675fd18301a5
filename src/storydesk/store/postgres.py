"""The desk in a PostgreSQL database, for desks that many processes or machines share (extra ``postgres``)."""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

from ..errors import StoreError, one_line
from .sql import SQLStore

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY, content_hash TEXT UNIQUE, seq INTEGER, story_id TEXT, data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS signatures (id TEXT PRIMARY KEY, minhash BYTEA NOT NULL);
CREATE TABLE IF NOT EXISTS rejections (n BIGSERIAL, source TEXT, reason TEXT, UNIQUE(source, reason));
CREATE TABLE IF NOT EXISTS docfreq (term TEXT PRIMARY KEY, n INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS story_state (id TEXT PRIMARY KEY, data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS stories (id TEXT PRIMARY KEY, data TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS articles_story ON articles(story_id);
"""
SCHEMES = ("postgresql://", "postgres://")
CONNECT_SECONDS = 10  # a server that does not answer is an error, not a hang
BUILD_LOCK = 0x5D_E5C  # the advisory lock a build holds on its desk (one desk per database)
INIT_LOCK_KEY = BUILD_LOCK + 1  # the one held while the tables are made


def is_postgres(location: str) -> bool:
    return location.startswith(SCHEMES)


def shown(url: str) -> str:
    """The URL without its password, for messages."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(":" + parts.password + "@", ":***@", 1)
    return urlunsplit(parts._replace(netloc=netloc))


class PostgresStore(SQLStore):
    SCHEMA = SCHEMA
    PARAMETER = "%s"
    ARRIVAL = "n"
    JSON_FIELD = "data::json ->> '{name}'"
    EXISTS = "SELECT to_regclass('meta') IS NOT NULL"
    INIT_LOCK = f"SELECT pg_advisory_xact_lock({INIT_LOCK_KEY})"

    def __init__(self, url: str, create: bool = True) -> None:
        try:
            import psycopg
        except ImportError:
            raise StoreError("a PostgreSQL desk needs the postgres extra: pip install 'storydesk[postgres]'") from None
        try:
            db = psycopg.connect(url, connect_timeout=CONNECT_SECONDS)
        except psycopg.Error as exc:
            raise StoreError(f"cannot open the desk at {shown(url)}: {one_line(exc)}") from None
        if not create and not db.execute(self.EXISTS).fetchone()[0]:
            db.close()
            raise StoreError(f"no desk at {shown(url)}: run 'storydesk build' first")
        try:
            super().__init__(db, shown(url))
        except psycopg.Error as exc:
            db.close()
            raise StoreError(f"{shown(url)} is not a storydesk desk ({one_line(exc)})") from None

    def lock(self, wait: bool = True) -> bool:
        if wait:
            self.db.execute("SELECT pg_advisory_xact_lock(%s)", (BUILD_LOCK,))
            return True
        return bool(self.db.execute("SELECT pg_try_advisory_xact_lock(%s)", (BUILD_LOCK,)).fetchone()[0])
