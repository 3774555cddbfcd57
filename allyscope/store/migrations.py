"""Ordered, named schema migrations, each applied in one transaction together with its bookkeeping row.

Migrations are the SQL files in `migrations/`, applied in name order. The names applied are kept in the
table `_migrations`; a database that has a migration this code does not know was written by a newer
allyscope and is refused rather than guessed at.
"""

from __future__ import annotations

import sqlite3
import zlib
from datetime import UTC, datetime
from functools import cache
from importlib import resources

from allyscope.errors import StoreError


def available() -> list[tuple[str, str]]:
    """`(name, sql)` of every migration shipped with this version, in order."""
    return list(_shipped())


@cache
def _shipped() -> tuple[tuple[str, str], ...]:
    """Read once per process: a reader opens the database for every query (`serve`, the readers of the load
    benchmark), and reading fourteen files each time was a third of the cost of opening it."""
    folder = resources.files("allyscope.store").joinpath("migrations")
    return tuple(
        sorted(
            (entry.name.removesuffix(".sql"), entry.read_text("utf-8"))
            for entry in folder.iterdir()
            if entry.name.endswith(".sql")
        )
    )


def stamp() -> int:
    """The `PRAGMA user_version` of a database that has exactly this version's migrations: a fingerprint of their
    names (never 0, SQLite's default). A read-only open compares it with the header's value and, when equal,
    skips reading `_migrations`: one statement less per open for readers that open per request (CLI, `serve`)."""
    names = ",".join(name for name, _ in available())
    return zlib.crc32(names.encode("utf-8")) & 0x7FFFFFFF or 1


def applied(conn: sqlite3.Connection) -> list[str]:
    conn.execute("CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    return [row[0] for row in conn.execute("SELECT name FROM _migrations ORDER BY name")]


def migrate(conn: sqlite3.Connection) -> list[str]:
    """Apply every migration not applied yet; returns the names applied now."""
    done = applied(conn)
    known = [name for name, _ in available()]
    unknown = [name for name in done if name not in known]
    if unknown:
        raise StoreError(
            f"the database has migrations this allyscope does not know ({', '.join(unknown)}): "
            "it was written by a newer version"
        )
    # SQL functions a migration may call (rebuilding an index computes what Python computes on ingest)
    from allyscope.store.search import bigrams

    conn.create_function("allyscope_pairs", 1, bigrams, deterministic=True)
    now: list[str] = []
    for name, sql in available():
        if name in done:
            continue
        try:
            conn.execute("BEGIN IMMEDIATE")
            for statement in _statements(sql):
                conn.execute(statement)
            conn.execute(
                "INSERT INTO _migrations (name, applied_at) VALUES (?, ?)",
                (name, datetime.now(UTC).isoformat(timespec="seconds")),
            )
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            conn.execute("ROLLBACK")
            raise StoreError(f"migration {name} failed: {exc}") from exc
        now.append(name)
    _stamp(conn)
    return now


def _stamp(conn: sqlite3.Connection) -> None:
    """Record in the header that every migration of this version is applied (see `stamp`). Written once per
    database and version; the `BEGIN IMMEDIATE` waits for another writer as any write does."""
    want = stamp()
    if int(conn.execute("PRAGMA user_version").fetchone()[0]) == want:
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute(f"PRAGMA user_version = {want}")
    except sqlite3.Error:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _statements(sql: str) -> list[str]:
    """Split a migration file into statements: a statement ends at the first semicolon that completes it
    (`sqlite3.complete_statement`), so a trigger's body, whose statements end in semicolons too, stays whole."""
    statements: list[str] = []
    pending: list[str] = []
    for line in sql.splitlines():
        if not pending and line.strip().startswith("--"):
            continue
        pending.append(line)
        text = "\n".join(pending).strip()
        if text.endswith(";") and sqlite3.complete_statement(text):
            statements.append(text)
            pending = []
    rest = "\n".join(pending).strip()
    if rest and not all(line.strip().startswith("--") for line in pending if line.strip()):
        statements.append(rest)
    return statements
