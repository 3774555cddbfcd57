"""Loading Parquet partitions into a PostgreSQL store: every batch in one transaction, committed at the end.

The SQLite loader (`allyscope.scale.loader.SQLiteLoad`) fills a copy of the file and renames it over the store.
A server has no file to swap, so here the whole load is one transaction of the store: each batch goes through
`Store.add_many` (a savepoint of it: the same content stored once, review decisions replayed), whose plain
inserts reach the server as `COPY` (`allyscope.store.postgres.PgConnection.executemany`), and nothing is visible
to anyone — nor left behind by a failure — until `commit`. The transaction holds the store's write lock for the
whole run, so other writers (reviewers) wait for it (up to `--wait`): load large corpora outside review hours.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from allyscope.scale.loader import BatchLoader, LoadReport
from allyscope.store.database import DocumentRows, Store
from allyscope.store.dialect import DatabaseURL


class _StoreSink:
    def __init__(self, store: Store) -> None:
        self.store = store

    def load(self, batch: list[DocumentRows]) -> list[bool]:
        return self.store.add_many(batch)


class PostgresLoad:
    """A load into the PostgreSQL store at `url`, all or nothing (see the module's docstring)."""

    def __init__(self, url: DatabaseURL, note: Callable[[str], None] | None = None) -> None:
        self.url = url
        self.note = note
        self.store: Store | None = None
        self.loader: BatchLoader | None = None

    def __enter__(self) -> PostgresLoad:
        self.store = Store(self.url)
        try:
            self.store.conn.execute("BEGIN IMMEDIATE")
        except BaseException:
            self.store.close()
            self.store = None
            raise
        self.loader = BatchLoader(_StoreSink(self.store), self.note)
        return self

    def __exit__(self, *exc: object) -> None:
        if self.store is not None:
            if self.store.conn.in_transaction:
                self.store.conn.execute("ROLLBACK")
            self.store.close()
            self.store = None

    @property
    def report(self) -> LoadReport:
        assert self.loader is not None, "use PostgresLoad in a with block"
        return self.loader.report

    def load(self, outdir: Path, entry: dict[str, Any]) -> None:
        assert self.loader is not None, "use PostgresLoad in a with block"
        self.loader.load(outdir, entry)

    def commit(self) -> None:
        assert self.store is not None, "use PostgresLoad in a with block"
        self.store.conn.execute("COMMIT")
