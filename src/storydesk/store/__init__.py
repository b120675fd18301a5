"""Where a desk lives: a SQLite file by default; a postgresql:// URL selects PostgreSQL."""

from pathlib import Path

from ..errors import StoreError
from .postgres import PostgresStore, is_postgres
from .sql import SQLStore
from .sqlite import SQLiteStore


def open_store(location: str, create: bool = True) -> SQLStore:
    """The desk at ``location``; with ``create`` False, a desk that is not there yet is an error."""
    if is_postgres(location):
        return PostgresStore(location, create)
    if not create and not Path(location).exists():
        raise StoreError(f"no desk at {location}: run 'storydesk build' first")
    return SQLiteStore(location)


__all__ = ["open_store", "PostgresStore", "SQLiteStore", "SQLStore"]
