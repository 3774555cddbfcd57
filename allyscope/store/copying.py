"""Copying a whole knowledge base from one store to another: SQLite to PostgreSQL (a team moving to a server),
PostgreSQL to SQLite (a snapshot for a laptop), or between two of a kind.

Everything a user made or reviewed is copied as it is, numbers included: documents with their spans, notes,
markers, entities, mentions and events (with their review status), and the knowledge base — sources, facts with
actors, sources and evidence, every review decision, agreements, merges, the case recorded. What each store
derives for itself is derived again in the target: the search index of documents (from the stored text), the
search entries of facts (`index_fact`), and the timeline's tables (its triggers). The target must be empty,
and the copy is one transaction of the target: all of it or nothing.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import Any

from allyscope.errors import StoreError
from allyscope.store.database import Store
from allyscope.store.dialect import index_of, is_postgres
from allyscope.store.packing import pack
from allyscope.store.search import ENTRY_TEXT, bigrams

# In the order their references need; each copied whole, its own numbers kept.
COPIED = (
    "documents", "spans", "footnotes", "markers", "entities", "entity_mentions", "events", "event_actors",
    "sources", "facts", "fact_actors", "fact_sources", "decisions", "fact_evidence", "agreements",
    "agreement_parties", "entity_merges", "case_meta",
)  # fmt: skip
# Derived by the target from what is copied (the search indexes, the timeline's tables), or bookkeeping.
DERIVED = (
    "search_entries", "search_pairs", "fact_search_trigram", "fact_search_bigram", "timeline_years",
    "timeline_actors", "event_actor_dates", "_migrations",
)  # fmt: skip
# SQLite keeps the rows of spans, notes, markers and mentions in these tables, keyed by a document number that
# the target gives each document it receives (migration 0020); they are copied through the views that carry
# the old names (spans, footnotes, markers, entity_mentions); who took part in which event likewise, through the
# view `event_actors` whose trigger derives each pair's key in the target (migrations 0021, 0023).
UNDER_VIEWS = (
    "document_keys", "spans_rows", "footnotes_rows", "markers_rows", "entity_mentions_rows", "event_roles",
)  # fmt: skip
COMPRESSED = {("documents", "raw"), ("documents", "structure"), ("entity_mentions", "places")}
_BATCH = 2000


class CopyError(StoreError):
    """The copy cannot be made (the target holds a knowledge base already, or a table is unknown)."""

    code = "copy"


def tables(conn: Any) -> list[str]:
    """The tables of a store (FTS5's shadow tables left out)."""
    if is_postgres(conn):
        sql = "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
    else:
        sql = "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
    names = {r[0] for r in conn.execute(sql)}
    return sorted(n for n in names if not any(n.startswith(f"{v}_") for v in DERIVED))


def columns(conn: Any, table: str) -> list[str]:
    if is_postgres(conn):
        rows = conn.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema()"
            " AND table_name = ? AND is_generated = 'NEVER' ORDER BY ordinal_position",
            (table,),
        )
        return [r[0] for r in rows if r[0] != "rowid"]
    return [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]


def _ordered(conn: Any, table: str) -> str:
    """Rows in the order they were written, where a query reads them in that order (`ORDER BY rowid`)."""
    if is_postgres(conn):
        has = conn.execute(
            "SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema()"
            " AND table_name = ? AND column_name = 'rowid'",
            (table,),
        ).fetchone()
        return " ORDER BY rowid" if has else ""
    kept = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE name = ? AND (type = 'view' OR sql LIKE '%WITHOUT ROWID%')", (table,)
    )  # a view (migration 0020) reads its table in the order written already
    return "" if kept.fetchone() else " ORDER BY rowid"


def _rows(conn: Any, sql: str) -> Iterator[list[tuple[Any, ...]]]:
    cursor = conn.execute(sql)
    while True:
        batch = cursor.fetchmany(_BATCH)
        if not batch:
            return
        yield batch


def _check_empty(target: Store) -> None:
    for table in ("documents", "facts", "decisions"):
        if target.conn.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone():
            raise CopyError(f"{target.path}: holds a knowledge base already ({table}); copy into an empty one")


def copy_store(source: Store, target: Store) -> dict[str, int]:
    """Copy everything from `source` into the empty `target` in one transaction; rows copied per table."""
    _check_empty(target)
    src, dst = source.conn, target.conn
    unknown = set(tables(src)) - set(COPIED) - set(DERIVED) - set(UNDER_VIEWS)
    if unknown:
        raise CopyError(f"{source.path}: tables this version does not know how to copy ({', '.join(sorted(unknown))})")
    counts: dict[str, int] = {}
    with target.transaction():
        for table in COPIED:
            names = [c for c in columns(src, table) if c in set(columns(dst, table))]
            packed = [i for i, c in enumerate(names) if (table, c) in COMPRESSED]
            quoted = ", ".join(f'"{c}"' for c in names)
            insert = f"INSERT INTO {table} ({quoted}) VALUES ({', '.join('?' * len(names))})"
            counts[table] = 0
            for batch in _rows(src, f"SELECT {quoted} FROM {table}{_ordered(src, table)}"):
                if packed:
                    batch = [_packed(row, packed) for row in batch]
                dst.executemany(insert, batch)
                counts[table] += len(batch)
        counts["search_entries"] = _copy_search(src, dst)
        counts["facts_indexed"] = _index_facts(dst)
        if is_postgres(dst):
            _advance_numbers(dst)
    return counts


def _packed(row: tuple[Any, ...], places: list[int]) -> tuple[Any, ...]:
    """Rows written before compression hold text where the target keeps compressed bytes."""
    values = list(row)
    for i in places:
        if isinstance(values[i], str):
            values[i] = pack(values[i])
    return tuple(values)


def _copy_search(src: Any, dst: Any) -> int:
    """The document index, made again from the stored text in the target's own form, entries in their order."""
    count = 0
    index = index_of(dst)
    for batch in _rows(
        src,
        f'SELECT e.doc_id, e.kind, e.layer, e.start, e."end", {ENTRY_TEXT} FROM search_entries e'
        " JOIN documents d ON d.id = e.doc_id ORDER BY e.id",
    ):
        index.add_to_index(dst, [(*row, bigrams(row[5])) for row in batch])
        count += len(batch)
    return count


def _index_facts(dst: Any) -> int:
    from allyscope.knowledge.facts import index_fact

    nums = [r[0] for r in dst.execute("SELECT num FROM facts ORDER BY num")]
    for num in nums:
        index_fact(dst, num)
    return len(nums)


def _advance_numbers(dst: Any) -> None:
    """Numbers copied as they were leave PostgreSQL's generators behind them: move each past the largest."""
    for table, column in dst.catalog.identity.items():
        dst.execute(
            f"SELECT setval(pg_get_serial_sequence('{table}', '{column}'), coalesce(max({column}), 0) + 1, false)"
            f" FROM {table}"
        )


def copy(source: str, target: str) -> dict[str, int]:
    """`allyscope copy --from SOURCE --to TARGET` (paths or postgresql:// URLs)."""
    if str(source) == str(target):
        raise CopyError("--from and --to name the same database")
    with Store(source, readonly=True) as src, Store(target) as dst:
        try:
            return copy_store(src, dst)
        except sqlite3.IntegrityError as exc:
            raise CopyError(f"{dst.path}: the copy was refused ({exc}); nothing was written") from exc
