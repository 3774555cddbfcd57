"""Which kind of store a `--db` names, and the few operations whose SQL cannot be shared between the two.

`--db` (or `$ALLYSCOPE_DB`) is a path to an SQLite file — the embedded default — or a `postgresql://` URL
(`postgres://` too) naming a shared PostgreSQL database. A URL is kept as a `DatabaseURL`, a string that
answers the few questions commands ask of a path (`exists()`, `resolve()`), so that code handing the location
around need not know which it is.

Nearly all of the store's SQL is written once, in SQLite's dialect, and rewritten for PostgreSQL by
`allyscope.store.postgres_sql`. What cannot be rewritten — the document search index, an FTS5 table in SQLite, a
`tsvector` of character pairs in PostgreSQL — is an `Index` of each dialect, chosen here by the connection.
"""

from __future__ import annotations

from pathlib import Path
from types import ModuleType
from typing import Any

URL_SCHEMES = ("postgresql://", "postgres://")


class DatabaseURL(str):
    """A `postgresql://user@host/dbname` location (the password, when given in it, is never printed)."""

    __slots__ = ()

    def exists(self) -> bool:
        """A server is asked when the store opens; here, a URL always names something that may exist."""
        return True

    def resolve(self) -> DatabaseURL:
        return self

    @property
    def shown(self) -> str:
        """The URL without its password, for messages."""
        from urllib.parse import urlsplit, urlunsplit

        raw = self.secret
        parts = urlsplit(raw)
        if parts.password is None:
            return raw
        host = parts.hostname or ""
        user = parts.username or ""
        netloc = f"{user}:***@{host}" + (f":{parts.port}" if parts.port else "")
        return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))

    @property
    def secret(self) -> str:
        """The URL as given, password included: for the driver only."""
        return str.__str__(self)

    def __str__(self) -> str:
        return self.shown

    def __format__(self, spec: str) -> str:
        return format(self.shown, spec)


def is_url(location: object) -> bool:
    """Whether `location` names a PostgreSQL database rather than an SQLite file."""
    return isinstance(location, str) and location.lower().startswith(URL_SCHEMES)


def location(explicit: str | Path) -> Path | DatabaseURL:
    """A `--db` value as a path or, for a `postgresql://` URL, a `DatabaseURL`."""
    if isinstance(explicit, DatabaseURL):
        return explicit
    if isinstance(explicit, str) and is_url(explicit):
        return DatabaseURL(explicit)
    return Path(explicit)


def sqlite_file(where: Path | DatabaseURL) -> Path | None:
    """The SQLite file of a store, for the tools that read it directly (DuckDB's scanner); None on PostgreSQL."""
    return None if isinstance(where, DatabaseURL) else where


def is_postgres(conn: Any) -> bool:
    return getattr(conn, "dialect", "sqlite") == "postgresql"


def index_of(conn: Any) -> ModuleType:
    """The module that keeps the document search index on this connection: `add_to_index`, `remove_from_index`,
    `search` (the same signatures in both)."""
    if is_postgres(conn):
        from allyscope.store import postgres_search

        return postgres_search
    from allyscope.store import search

    return search
