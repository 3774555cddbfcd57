"""Loading Parquet partitions into a PostgreSQL store: every batch in one transaction, committed at the end.

The SQLite loader (`allyscope.scale.loader.SQLiteLoad`) fills a copy of the file and renames it over the store.
A server has no file to swap, so here the whole load is one transaction of the store: each batch's Arrow
columns reach the server as `COPY … FROM STDIN` (`allyscope.scale.bulk.PostgresBulk`: the same content stored
once, entities through a temporary staging table), review decisions are replayed on the new
documents after the last batch, and nothing is visible to anyone — nor left behind by a failure — until
`commit`. The transaction holds the store's write lock for the whole run, so other writers (reviewers) wait for
it (up to `--wait`): load large corpora outside review hours.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from allyscope.scale.bulk import PostgresBulk
from allyscope.scale.loader import BatchLoader, LoadReport
from allyscope.scale.parquet import partition_bytes, read_manifest, uncompressed_bytes
from allyscope.store.database import Store
from allyscope.store.dialect import DatabaseURL


class PostgresLoad:
    """A load into the PostgreSQL store at `url`, all or nothing (see the module's docstring)."""

    def __init__(self, url: DatabaseURL, note: Callable[[str], None] | None = None) -> None:
        self.url = url
        self.note = note
        self.store: Store | None = None
        self.writer: PostgresBulk | None = None
        self.loader: BatchLoader | None = None

    def __enter__(self) -> PostgresLoad:
        self.store = Store(self.url)
        try:
            self.store.conn.execute("BEGIN IMMEDIATE")
            self.writer = PostgresBulk(self.store)
        except BaseException:
            self.__exit__()
            raise
        self.loader = BatchLoader(self.writer, self.note)
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

    def load_all(self, outdir: Path, entries: list[dict[str, Any]]) -> None:
        assert self.loader is not None, "use PostgresLoad in a with block"
        self.loader.load_all(outdir, entries)

    def commit(self) -> None:
        assert self.store is not None and self.writer is not None, "use PostgresLoad in a with block"
        self.writer.finish()
        self.store.conn.execute("COMMIT")


def load_postgres(outdir: Path, url: DatabaseURL, note: Callable[[str], None] | None = None) -> LoadReport:
    """Load the partitions in `outdir` into the PostgreSQL store at `url` (made if new), all or nothing."""
    manifest = read_manifest(outdir)
    started = time.perf_counter()
    with PostgresLoad(url, note) as load:
        load.load_all(outdir, manifest["batches"])
        load.commit()
        report = load.report
    report.seconds = time.perf_counter() - started  # the whole load: batches, replay, commit
    report.bytes = partition_bytes(outdir, manifest)
    report.raw_bytes = uncompressed_bytes(outdir, manifest)
    return report
