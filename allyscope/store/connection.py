"""Opening the SQLite file: ours or refused, read-only when only reading, and writers that wait their turn.

Three things every command needs and none should repeat:

- **Whose file is it.** Our databases carry `PRAGMA application_id` = `APPLICATION_ID`. A file with another id,
  or with tables but none of our bookkeeping, belongs to another application and is refused before anything
  is written to it (not even the switch to WAL). Files made before the id existed are recognised by their
  `_migrations` table and marked when next opened for writing.
- **Read-only commands open read-only** (`mode=ro`): they cannot change a file, and never migrate it.
- **One writer at a time, the others wait and say so.** SQLite lets one connection write; `BEGIN IMMEDIATE`
  takes that lock. `StoreConnection` retries it until the configured wait (`--wait`, `$ALLYSCOPE_WAIT`) runs
  out, tells the user once that it is waiting, and then fails with `DatabaseLockedError` (one line). A
  `BEGIN` inside a transaction becomes a savepoint, so the functions that make their own transaction
  (review decisions, loading a case, replaying) compose into one when a caller wraps them: `init` and the
  write of a document with its replay are each all-or-nothing.
- **A waiting writer raises its hand.** While it waits for the lock it touches a file next to the database
  (`hand_of`), so that a long writer (an ingest) can keep the lock as long as nobody waits — fewer, larger
  transactions rewrite fewer index pages per document — and give it up within its short bound once somebody does
  (`someone_waiting`). SQLite itself does not say whether a writer waits.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote

from allyscope.errors import DatabaseLockedError, ForeignDatabaseError, ReadOnlyDatabaseError, StoreError

APPLICATION_ID = 0x414C5343  # "ALSC"
WAIT_ENV = "ALLYSCOPE_WAIT"
DEFAULT_WAIT = 60.0
_HEADER = b"SQLite format 3\x00"
# The write-ahead log's upkeep, set by every writer. Readers keep their connections (`serve`'s pool) and read in
# autocommit, so between two queries none holds a snapshot and SQLite's own checkpoint, run by the committing
# writer once the log passes 1,000 pages (4 MB), copies it all back and lets the next writer start the log over;
# readers are never made to wait for it (PASSIVE). A large transaction (an ingest batch of 200 documents) still
# grows the file, and SQLite keeps a log file at its largest size: the size limit truncates it again at the
# next restart, so the log on disk stays bounded however long writers and readers run together.
WAL_PRAGMAS = ("PRAGMA wal_autocheckpoint = 1000", "PRAGMA journal_size_limit = 33554432")
_POLL_MS = 100  # how long one attempt at the write lock blocks before we look at the clock again


def _stderr_notice(message: str) -> None:
    print(f"allyscope: {message}", file=sys.stderr, flush=True)


class _Settings:
    wait: float | None = None
    notify: Callable[[str], None] = staticmethod(_stderr_notice)


def set_lock_wait(seconds: float | None = None, notify: Callable[[str], None] | None = None) -> None:
    """How long a writer waits for another one (None: `$ALLYSCOPE_WAIT`, else 60 s), and how it says so."""
    _Settings.wait = seconds
    if notify is not None:
        _Settings.notify = notify


def lock_wait() -> float:
    """Seconds a writer waits for the write lock before giving up."""
    if _Settings.wait is not None:
        return max(0.0, _Settings.wait)
    raw = os.environ.get(WAIT_ENV)
    if raw:
        try:
            return max(0.0, float(raw))
        except ValueError:
            raise StoreError(f"${WAIT_ENV}={raw!r}: expected a number of seconds") from None
    return DEFAULT_WAIT


def hand_of(path: Path) -> Path:
    """The file a writer waiting for the database at `path` touches (see the module docstring)."""
    return path.with_name(path.name + "-waiting")


def someone_waiting(conn: sqlite3.Connection, since: float) -> bool:
    """Has a writer waited for this database's lock since `since` (`time.time()`)? True when the connection
    cannot tell (another database's, which raises no hand): a long writer then ends its batches short."""
    hand: Path | None = getattr(conn, "hand", None)
    if hand is None:
        return True
    try:
        return hand.stat().st_mtime >= since
    except OSError:
        return False


class StoreConnection(sqlite3.Connection):
    """A connection whose `BEGIN` waits for the write lock, and nests (as a savepoint) inside a transaction."""

    label = "the database"
    hand: Path | None = None  # the file this connection touches while it waits for the write lock
    _nested = 0

    def execute(self, sql: str, parameters: Any = (), /) -> sqlite3.Cursor:
        head = sql.lstrip()[:9].upper()
        if head.startswith("BEGIN"):
            if self.in_transaction:
                self._nested += 1
                return super().execute(f"SAVEPOINT nested_{self._nested}")
            self._nested = 0
            return self._begin(sql)
        if self._nested and head in ("COMMIT", "END"):
            self._nested -= 1
            return super().execute(f"RELEASE nested_{self._nested + 1}")
        if head == "ROLLBACK" and sql.strip().upper() == "ROLLBACK":
            if not self.in_transaction:  # SQLite rolled back already (disk full, say): nothing left to undo
                self._nested = 0
                return self.cursor()
            if self._nested:
                name = f"nested_{self._nested}"
                self._nested -= 1
                super().execute(f"ROLLBACK TO {name}")
                return super().execute(f"RELEASE {name}")
        return super().execute(sql, parameters)

    def _begin(self, sql: str) -> sqlite3.Cursor:
        wait = lock_wait()
        deadline = time.monotonic() + wait
        told = False
        previous = self._busy_timeout()
        try:
            super().execute(f"PRAGMA busy_timeout = {min(_POLL_MS, int(wait * 1000))}")
            raised = False
            while True:
                try:
                    cursor = super().execute(sql)
                except sqlite3.OperationalError as exc:
                    if not is_locked(exc):
                        raise
                else:
                    if raised:
                        self._lower_hand()
                    return cursor
                raised = self._raise_hand()
                if time.monotonic() >= deadline:
                    raise DatabaseLockedError(
                        f"{self.label}: another allyscope command is writing to it; gave up after {wait:g} s "
                        f"(wait longer with --wait SECONDS or ${WAIT_ENV})"
                    )
                if not told:
                    _Settings.notify(f"{self.label}: another command is writing; waiting up to {wait:g} s for it")
                    told = True
        finally:
            super().execute(f"PRAGMA busy_timeout = {previous}")

    def _raise_hand(self) -> bool:
        if self.hand is None:
            return False
        try:
            self.hand.touch()
        except OSError:
            return False  # a folder we cannot write to: the other writer ends its batches short, as it used to
        return True

    def _lower_hand(self) -> None:
        if self.hand is not None:
            self.hand.unlink(missing_ok=True)  # another writer still waiting raises it again within _POLL_MS

    def _busy_timeout(self) -> int:
        return int(super().execute("PRAGMA busy_timeout").fetchone()[0])


def is_locked(exc: sqlite3.Error) -> bool:
    text = str(exc).lower()
    return "locked" in text or "busy" in text


def identify(path: Path) -> str:
    """'empty' (nothing there yet, ours to create) or 'ours'; raises ForeignDatabaseError otherwise.

    Reads the header first (no SQLite involved); only a file with no application id is opened, read-only
    and immutable, to look for our bookkeeping table."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return "empty"
    except OSError as exc:
        raise StoreError(f"{path}: cannot read it ({exc.strerror})") from exc
    if size == 0:
        return "empty"
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except IsADirectoryError:
        raise StoreError(f"{path}: is a folder, not a database file") from None
    except OSError as exc:
        raise StoreError(f"{path}: cannot read it ({exc.strerror})") from exc
    if len(header) < 100 or not header.startswith(_HEADER):
        raise ForeignDatabaseError(f"{path}: not a usable allyscope database (not an SQLite file); left untouched")
    app_id = int.from_bytes(header[68:72], "big")
    if app_id == APPLICATION_ID:
        return "ours"
    if app_id != 0:
        raise ForeignDatabaseError(_foreign(path, f"application id {app_id:#x}"))
    wal = header[18] == 2
    conn = sqlite3.connect(_uri(path, "ro" if wal else "ro&immutable=1"), uri=True)
    try:
        if int(conn.execute("PRAGMA application_id").fetchone()[0]) == APPLICATION_ID:
            return "ours"
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
        if not tables:
            return "empty"
        if "_migrations" in tables and "documents" in tables:
            from allyscope.store.migrations import available

            known = {name for name, _ in available()}
            names = {r[0] for r in conn.execute("SELECT name FROM _migrations")}
            if names and min(names) == min(known, default=""):
                return "ours"  # made before databases were marked (a newer version's migrations are refused later)
    except sqlite3.DatabaseError as exc:
        raise ForeignDatabaseError(f"{path}: not a usable allyscope database ({exc}); left untouched") from exc
    finally:
        conn.close()
    raise ForeignDatabaseError(_foreign(path, "tables of its own"))


def _foreign(path: Path, what: str) -> str:
    return f"{path}: not an allyscope database ({what}); left untouched — give another --db"


def _uri(path: Path, mode: str) -> str:
    return f"file:{quote(str(path.resolve()))}?mode={mode}"


def open_read_only(path: Path) -> StoreConnection:
    """Open an existing database of ours for reading; nothing is written to the file."""
    if identify(path) == "empty":
        raise StoreError(f"{path}: no database here (run 'allyscope ingest FILE' first)")
    try:
        conn = sqlite3.connect(_uri(path, "ro"), uri=True, factory=StoreConnection, isolation_level=None)
        conn.label = str(path)
        conn.execute("PRAGMA query_only = ON")
        conn.execute(f"PRAGMA busy_timeout = {int(lock_wait() * 1000)}")
        return conn
    except sqlite3.Error as exc:
        raise StoreError(f"{path}: cannot open it for reading ({exc})") from exc


def open_for_writing(path: Path) -> StoreConnection:
    """Open (or create) a database of ours for writing, in WAL mode; refuses other applications' files."""
    identify(path)
    if not path.parent.is_dir():
        raise StoreError(f"{path}: the folder {path.parent} does not exist")
    try:
        conn = sqlite3.connect(path, factory=StoreConnection, isolation_level=None, timeout=lock_wait())
    except sqlite3.Error as exc:
        raise ReadOnlyDatabaseError(f"{path}: cannot open it for writing ({exc})") from exc
    conn.label = str(path)
    conn.hand = hand_of(path)
    try:
        mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
        if mode != "wal":
            conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA foreign_keys=ON")
        for pragma in WAL_PRAGMAS:
            conn.execute(pragma)
    except sqlite3.OperationalError as exc:
        conn.close()
        if is_read_only(exc):
            raise ReadOnlyDatabaseError(f"{path}: the database (or its folder) is read-only") from exc
        if is_locked(exc):
            raise DatabaseLockedError(f"{path}: another program holds the database locked ({exc})") from exc
        raise StoreError(f"{path}: not a usable allyscope database ({exc})") from exc
    return conn


def is_read_only(exc: sqlite3.Error) -> bool:
    text = str(exc).lower()
    return "readonly" in text or "read-only" in text or "unable to open" in text


def mark_ours(conn: sqlite3.Connection) -> None:
    """Stamp the application id (a header field; no-op when present)."""
    if int(conn.execute("PRAGMA application_id").fetchone()[0]) != APPLICATION_ID:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
