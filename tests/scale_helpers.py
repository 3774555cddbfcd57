"""Shared by the scale tests: a small corpus of test documents, and a row-by-row dump of a store."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
EVENT_DOCS = HERE / "corpora" / "events" / "dev"
ARTICLE = HERE.parent.parent / "shared" / "corpus" / "000_c16b8f8118fbe296.txt"
# columns that say when a row was written, not what it holds
TIMESTAMPS = {"ingested_at", "applied_at", "at", "created_at", "updated_at", "loaded_at"}


def corpus(folder: Path, count: int = 6) -> Path:
    """A folder of `count` test documents in English, Chinese and Japanese, plus the reference article."""
    folder.mkdir(parents=True, exist_ok=True)
    for path in sorted(EVENT_DOCS.glob("*.txt"))[:count]:
        shutil.copy(path, folder / path.name)
    if ARTICLE.exists():
        shutil.copy(ARTICLE, folder / ARTICLE.name)
    return folder


def dump(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows in storage order, timestamps left out. Full-text indexes are compared by what they
    hold (their rows), not by their internal segments, which depend on how many transactions wrote them."""
    conn = sqlite3.connect(db)
    try:
        tables = [
            name
            for name, sql in conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name")
            if name != "_migrations" and not _fts_shadow(conn, name)
        ]
        out: dict[str, list[tuple[Any, ...]]] = {}
        for name in tables:
            columns = [row[1] for row in conn.execute(f'PRAGMA table_info("{name}")')]
            kept = [c for c in columns if c not in TIMESTAMPS]
            virtual = "VIRTUAL" in (
                conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (name,)).fetchone()[0] or ""
            )
            order = "rowid" if virtual or _has_rowid(conn, name) else ", ".join(f'"{c}"' for c in columns)
            select = ", ".join(f'"{c}"' for c in kept)
            prefix = "rowid, " if virtual else ""
            out[name] = conn.execute(f'SELECT {prefix}{select} FROM "{name}" ORDER BY {order}').fetchall()
        return out
    finally:
        conn.close()


def _fts_shadow(conn: sqlite3.Connection, name: str) -> bool:
    suffixes = ("_data", "_idx", "_content", "_docsize", "_config")
    return any(
        name.endswith(s)
        and conn.execute(
            "SELECT 1 FROM sqlite_master WHERE name = ? AND sql LIKE 'CREATE VIRTUAL%'", (name.removesuffix(s),)
        ).fetchone()
        is not None
        for s in suffixes
    )


def _has_rowid(conn: sqlite3.Connection, name: str) -> bool:
    try:
        conn.execute(f'SELECT rowid FROM "{name}" LIMIT 1')
    except sqlite3.OperationalError:
        return False
    return True


def assert_same_store(a: Path, b: Path) -> None:
    left, right = dump(a), dump(b)
    assert sorted(left) == sorted(right)
    for table in left:
        assert left[table] == right[table], f"table {table} differs"
    assert left["documents"], "the stores hold no documents: nothing was compared"
