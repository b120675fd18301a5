"""Where a desk lives: SQLite by default; a postgresql:// URL asks for PostgreSQL."""

from ..errors import StoreError
from .sqlite import SQLiteStore


def open_store(location: str) -> SQLiteStore:
    if location.startswith(("postgresql://", "postgres://")):
        raise StoreError("PostgreSQL desks are not available in this version; use a SQLite file path")
    return SQLiteStore(location)


__all__ = ["open_store", "SQLiteStore"]
