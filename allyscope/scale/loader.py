"""Loading Parquet partitions into a store, all or nothing: a scratch copy swapped in whole.

The loader reads the manifest, then hands each batch to a `Sink`, which reads the batch's files (checked against
the hashes the manifest recorded) and stores its documents. A batch whose content hash was loaded already (a
partition written twice, or two runs' folders listed together) is loaded once and noted.

For SQLite the sink is the bulk writer (`allyscope.scale.bulk.SQLiteBulk`: Arrow columns into `executemany`,
indexes built after the load) working in one transaction on a copy of the store (or a new file): the same
content is stored once and review decisions are replayed on the new documents, as the local ingest does. Only
when every batch is in is the copy renamed over the store, so the store is as it was before or as it is
after, never half loaded. Into PostgreSQL the same batches go through `allyscope.scale.pg_load` (`COPY`), in
one transaction of the server's store.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from allyscope.errors import StoreError
from allyscope.scale import ScaleError
from allyscope.scale.bulk import Loaded, SQLiteBulk
from allyscope.scale.parquet import partition_bytes, read_manifest, uncompressed_bytes
from allyscope.store.database import Store, default_db_path

_LOAD_CACHE_KIB = 262144  # the scratch copy's page cache (256 MiB, taken only as pages are used)


class Sink(Protocol):
    """Where batches go: `read` reads and checks one manifest entry's tables (in any thread), `load` stores
    its documents (see `allyscope.scale.bulk.Loaded`), from the tables `read` gave or reading them itself."""

    def read(self, outdir: Path, entry: dict[str, Any]) -> Any: ...

    def load(self, outdir: Path, entry: dict[str, Any], tables: Any = None) -> Loaded: ...


@dataclass
class LoadReport:
    """What a load did: documents stored and already present, duplicate batches, bytes and seconds.

    `mb_per_s` is the loader's speed as the issue counts it: the bytes of the Parquet files on disk (as written,
    zstd-compressed) divided by the wall time of the whole load (reading, writing, building indexes, committing);
    `raw_mb_per_s` counts the same files' columns decompressed."""

    stored: list[dict[str, str]] = field(default_factory=list)
    skipped: list[dict[str, str]] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    bytes: int = 0  # Parquet files as stored (compressed)
    raw_bytes: int = 0  # their columns decompressed
    seconds: float = 0.0

    @property
    def mb_per_s(self) -> float:
        return self.bytes / 1e6 / self.seconds if self.seconds else 0.0

    @property
    def raw_mb_per_s(self) -> float:
        return self.raw_bytes / 1e6 / self.seconds if self.seconds else 0.0


class BatchLoader:
    """Loads manifest entries into a sink one at a time, in the order given; a content hash seen before is
    noted and passed over. `load_into` feeds it a finished manifest; a Dask run feeds it batches as they end."""

    def __init__(self, sink: Sink, note: Callable[[str], None] | None = None) -> None:
        self.sink = sink
        self.note = note
        self.report = LoadReport()
        self.seen: dict[str, int] = {}

    def load(self, outdir: Path, entry: dict[str, Any], tables: Any = None) -> None:
        started = time.perf_counter()
        first = self.seen.setdefault(entry["content_hash"], entry["batch"])
        if first != entry["batch"]:
            message = f"batch {entry['batch']} is batch {first} written twice (same content hash): loaded once"
            self.report.duplicates.append(message)
            if self.note is not None:
                self.note(message)
            return
        for ident, source, new in self.sink.load(outdir, entry, tables):
            (self.report.stored if new else self.report.skipped).append({"id": ident, "source": source})
        self.report.seconds += time.perf_counter() - started

    def load_all(self, outdir: Path, entries: list[dict[str, Any]]) -> None:
        """Load a finished manifest's entries in order, each batch's files read and checked in a second thread
        while the batch before it is written (reading, hashing and decoding Parquet run outside Python's lock,
        as the database's own work does), so the two overlap on a machine with a core to spare. A batch that
        repeats an earlier one's content hash is not read: it is noted and passed over, as `load` does."""
        first: dict[str, int] = {}
        wanted = [first.setdefault(e["content_hash"], i) == i for i, e in enumerate(entries)]

        def read(i: int) -> Any:
            return self.sink.read(outdir, entries[i]) if wanted[i] else None

        with ThreadPoolExecutor(1, thread_name_prefix="allyscope-read") as pool:
            ahead = pool.submit(read, 0) if entries else None
            for i, entry in enumerate(entries):
                assert ahead is not None
                tables = ahead.result()
                ahead = pool.submit(read, i + 1) if i + 1 < len(entries) else None
                self.load(outdir, entry, tables)


def _stamp(path: Path) -> tuple[tuple[int, int], ...]:
    """Size and change time of a database and its journal: what would show another writer at work."""
    stamps = []
    for suffix in ("", "-wal"):
        try:
            st = os.stat(f"{path}{suffix}")
            stamps.append((st.st_size, st.st_mtime_ns))
        except FileNotFoundError:
            stamps.append((0, 0))
    return tuple(stamps)


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


class SQLiteLoad:
    """A load into a copy of the SQLite store at `db` (or a new file), renamed over it by `commit`; leaving the
    `with` block without `commit` (or on an error) removes the copy, and the store is as it was."""

    def __init__(self, db: str | os.PathLike[str] | None = None, note: Callable[[str], None] | None = None) -> None:
        target = default_db_path(db)
        if not isinstance(target, Path):
            raise StoreError(f"{target}: the Dask loader writes SQLite files (see allyscope.scale.command)")
        self.target = target
        self.work = self.target.with_name(f".{self.target.name}.loading-{os.getpid()}")
        self.note = note
        self.before: Any = None
        self.store: Store | None = None
        self.loader: BatchLoader | None = None
        self.writer: SQLiteBulk | None = None

    def __enter__(self) -> SQLiteLoad:
        _remove(self.work)
        try:
            if self.target.exists():
                with Store(self.target) as store:  # migrates it, and refuses a file that is not a store
                    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                    copy = sqlite3.connect(self.work)
                    try:
                        store.conn.backup(copy)
                    finally:
                        copy.close()
                self.before = _stamp(self.target)
            self.store = Store(self.work)
            # the copy is a scratch file until it is renamed over the store: no fsync per batch, one at the end;
            # its rollback journal in memory, not a write-ahead log (which would write every page twice: into
            # the log, then into the file at the checkpoint), and a cache that holds the load's index pages
            self.store.conn.execute("PRAGMA synchronous=OFF")
            self.store.conn.execute("PRAGMA journal_mode=MEMORY")
            self.store.conn.execute(f"PRAGMA cache_size = -{_LOAD_CACHE_KIB}")
            self.store.conn.execute("BEGIN IMMEDIATE")  # one transaction for the whole load of the scratch copy
            self.writer = SQLiteBulk(self.store)
            self.loader = BatchLoader(self.writer, self.note)
        except BaseException:
            self._discard()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        self._discard()

    @property
    def report(self) -> LoadReport:
        assert self.loader is not None, "use SQLiteLoad in a with block"
        return self.loader.report

    def load(self, outdir: Path, entry: dict[str, Any]) -> None:
        assert self.loader is not None, "use SQLiteLoad in a with block"
        self.loader.load(outdir, entry)

    def load_all(self, outdir: Path, entries: list[dict[str, Any]]) -> None:
        assert self.loader is not None, "use SQLiteLoad in a with block"
        self.loader.load_all(outdir, entries)

    def commit(self) -> None:
        """Rename the loaded copy over the store (refused if another writer changed the store meanwhile)."""
        assert self.store is not None and self.writer is not None, "use SQLiteLoad in a with block"
        self.writer.finish()
        self.store.conn.execute("COMMIT")
        self.store.conn.execute("PRAGMA journal_mode=WAL")  # the store's own mode, as `Store` opens it
        self.store.close()
        self.store = None
        with open(self.work, "rb+") as handle:
            os.fsync(handle.fileno())
        if self.before is not None and _stamp(self.target) != self.before:
            raise ScaleError(f"{self.target}: the store changed while the partitions were loaded; nothing loaded")
        for suffix in ("-wal", "-shm"):
            Path(f"{self.target}{suffix}").unlink(missing_ok=True)
        os.replace(self.work, self.target)

    def _discard(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None
        _remove(self.work)


def load_sqlite(
    outdir: Path, db: str | os.PathLike[str] | None = None, note: Callable[[str], None] | None = None
) -> LoadReport:
    """Load the partitions in `outdir` into the SQLite store `db` (created if missing), all or nothing."""
    manifest = read_manifest(outdir)
    started = time.perf_counter()
    with SQLiteLoad(db, note) as load:
        load.load_all(outdir, manifest["batches"])
        load.commit()
        report = load.report
    report.seconds = time.perf_counter() - started  # the whole load: copy, batches, indexes, fsync, rename
    report.bytes = partition_bytes(outdir, manifest)
    report.raw_bytes = uncompressed_bytes(outdir, manifest)
    return report
