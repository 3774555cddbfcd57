"""Database access for the web app: a read-only connection per request, one serialized writer.

Readers open the SQLite file read-only (`mode=ro`), so a page can never change the knowledge base and, in WAL mode,
never waits for a writer. Writes (review decisions, merges) go through one `Store` guarded by a lock, so two
reviewers deciding at once are applied one after the other, each in its own transaction."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from allyscope.store import Store


class ReadOnlyStore(Store):
    """A `Store` over a read-only connection: it never migrates and every write raises."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.replayed = {}
        self.conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
        self.conn.execute("PRAGMA query_only=ON")


class Database:
    """Where the app's data lives: the path, a lock for the one writer."""

    def __init__(self, path: Path) -> None:
        with Store(path):  # creates and migrates once, before any request is served
            pass
        self.path = path
        self._write_lock = threading.Lock()

    @contextmanager
    def reading(self) -> Iterator[ReadOnlyStore]:
        store = ReadOnlyStore(self.path)
        try:
            yield store
        finally:
            store.close()

    @contextmanager
    def writing(self) -> Iterator[Store]:
        with self._write_lock, Store(self.path) as store:
            yield store
