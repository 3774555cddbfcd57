"""Database access for the web app: a read-only connection per request, one serialized writer.

Readers open the SQLite file read-only (`mode=ro`), so a page can never change the knowledge base and, in WAL mode,
never waits for a writer. On PostgreSQL a reader is a read-only session on a connection of the pool, given back
after the request. Writes (review decisions, merges) go through one `Store` guarded by a lock, so two
reviewers deciding at once are applied one after the other, each in its own transaction."""

from __future__ import annotations

import queue
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from allyscope.store import Store
from allyscope.store.dialect import DatabaseURL


class ReadOnlyStore(Store):
    """A `Store` over a read-only connection: it never migrates and every write raises."""

    def __init__(self, path: Path | DatabaseURL) -> None:
        if isinstance(path, DatabaseURL):  # a read-only session on a connection of the process's pool
            super().__init__(path, readonly=True)
            return
        self.path = path
        self.replayed = {}
        # Used by one request at a time, but not always on the thread that opened it (see `Database.reading`).
        self.conn = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None, check_same_thread=False
        )
        self.conn.execute("PRAGMA query_only=ON")


class Database:
    """Where the app's data lives: the path, a lock for the one writer."""

    def __init__(self, path: Path | DatabaseURL) -> None:
        with Store(path):  # creates and migrates once, before any request is served
            pass
        self.path = path
        self._write_lock = threading.Lock()
        self._idle: queue.SimpleQueue[ReadOnlyStore] = queue.SimpleQueue()

    @contextmanager
    def reading(self) -> Iterator[ReadOnlyStore]:
        """A read-only store for one request, taken from a pool of idle ones.

        Reusing connections keeps SQLite's parsed schema and page cache warm: a new connection per request cost
        more than most queries. A read transaction never spans requests (autocommit), so each request sees the
        latest committed writes."""
        try:
            store = self._idle.get_nowait()
        except queue.Empty:
            store = ReadOnlyStore(self.path)
        try:
            yield store
        except BaseException:
            store.close()
            raise
        if store.conn.in_transaction or isinstance(self.path, DatabaseURL):  # PostgreSQL: back to its pool
            store.close()
        else:
            self._idle.put(store)

    @contextmanager
    def writing(self) -> Iterator[Store]:
        with self._write_lock, Store(self.path) as store:
            yield store
