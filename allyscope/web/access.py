"""Database access for the web app: a read-only connection per request, one serialized writer.

Most reads run on pooled connections in worker threads. Small reads of bounded cost (a fact page: a few rows by
key, 0.1-0.3 ms) run instead on the event loop's own connection, without a thread hop: under load a worker thread
waits for the GIL at every SQLite call that released it, while the loop thread answers a thousand kept answers a
second, and a 0.2 ms read took 30-80 ms of waiting.

Readers open the SQLite file read-only (`mode=ro`), so a page can never change the knowledge base and, in WAL mode,
never waits for a writer. On PostgreSQL a reader is a read-only session on a connection of the pool, given back
after the request. Writes (review decisions, merges) go through one `Store` guarded by a lock, so two
reviewers deciding at once are applied one after the other, each in its own transaction."""

from __future__ import annotations

import queue
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

import anyio
import anyio.to_thread

from allyscope.store import Store
from allyscope.store.dialect import DatabaseURL
from allyscope.web.cache import AnswerCache

T = TypeVar("T")
READERS = 4  # requests reading at once; the rest wait their turn in the event loop, not in threads
# Each pooled reader: an 8 MiB page cache (bounded: READERS of them), sort B-trees in memory, and the statements
# of every filter mix kept compiled. The file is not memory-mapped (mmap_size): each connection maps it apart,
# so the server's resident size would count the same file pages once per reader and grow to several times the
# database under load.
READER_PRAGMAS = (
    "PRAGMA query_only = ON",
    "PRAGMA cache_size = -8192",
    "PRAGMA temp_store = MEMORY",
)


def _names_loaded() -> bool:
    """Whether the gazetteer (records name their entities) is built in this process: building it takes half a
    second, which a read on the event loop must not spend (app.py builds it in a thread at start-up)."""
    from allyscope.entities import gazetteer

    return gazetteer.cache_info().currsize > 0


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
            f"{path.resolve().as_uri()}?mode=ro",
            uri=True,
            isolation_level=None,
            check_same_thread=False,
            cached_statements=256,
        )
        for pragma in READER_PRAGMAS:
            self.conn.execute(pragma)


class Database:
    """Where the app's data lives: the path, a lock for the one writer."""

    def __init__(self, path: Path | DatabaseURL) -> None:
        with Store(path):  # creates and migrates once, before any request is served
            pass
        self.path = path
        self._write_lock = threading.Lock()
        self._idle: queue.SimpleQueue[ReadOnlyStore] = queue.SimpleQueue()
        self._readers: anyio.CapacityLimiter | None = None
        self._inline: ReadOnlyStore | None = None
        self._inline_lock = threading.Lock()
        self.inline_reads = 0  # reads answered on the event loop's own connection (tests and benchmarks)
        # answers kept until the next commit (SQLite only: PostgreSQL has no data_version to tell of one)
        self.cache = None if isinstance(path, DatabaseURL) else AnswerCache(path)

    async def read(self, work: Callable[[ReadOnlyStore], T], *, small: bool = False) -> T:
        """Run `work(store)` on a pooled read-only store in a worker thread, at most READERS at a time; a `small`
        one (bounded cost, see the module's docstring) on the loop's own connection when it can (`read_inline`).

        A bound on readers bounds the connections (and their caches) the server ever holds, so its memory stays
        flat under any load; and on a machine of few cores, more threads than cores only take turns at the GIL
        and the CPU, making every request slower."""
        if small:
            done, value = self.read_inline(work)
            if done:
                return value  # type: ignore[return-value]
        if self._readers is None:  # made inside the event loop that serves requests
            self._readers = anyio.CapacityLimiter(READERS)

        def run() -> T:
            with self.reading() as store:
                return work(store)

        return await anyio.to_thread.run_sync(run, limiter=self._readers)

    def read_inline(self, work: Callable[[ReadOnlyStore], T]) -> tuple[bool, T | None]:
        """(True, `work(store)`) run here, on the calling thread (the event loop), on a connection kept for it;
        (False, None) when that cannot be: PostgreSQL (its sessions come from a pool of their own), the entity
        names still loading in their thread (half a second the loop must not wait), or the connection busy on
        another loop's thread. Nothing awaits in between, so one loop never interleaves two reads on it."""
        if isinstance(self.path, DatabaseURL) or not _names_loaded():
            return False, None
        if not self._inline_lock.acquire(blocking=False):
            return False, None
        try:
            if self._inline is None:
                self._inline = ReadOnlyStore(self.path)
            store = self._inline
            try:
                value = work(store)
            finally:
                if store.conn.in_transaction:  # never left open: the next read must see the latest commits
                    self._inline = None
                    store.close()
            self.inline_reads += 1
            return True, value
        finally:
            self._inline_lock.release()

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
        with self._write_lock:
            try:
                with Store(self.path) as store:
                    yield store
            finally:  # committed (or not): kept answers are of an older version from now on
                if self.cache is not None:
                    self.cache.wrote()
