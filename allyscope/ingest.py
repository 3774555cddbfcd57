"""Ingesting many files: parse first (in worker processes), then write in short transactions.

Parsing is pure work on one document, so it spreads over cores. Nothing is committed before every file is
parsed; meanwhile the first documents parsed (up to BATCH_DOCUMENTS) are written into one open transaction, so
the writing overlaps the parse instead of following it on one core, but only while the write lock is free and
no other writer raises its hand for it (then that transaction is rolled back at once and its documents are
written after the parse). After the parse, ingest writes in batches of a fraction of a second each, so that a
waiting writer gets its turn between them. Each batch is one transaction holding whole documents together
with their replayed review decisions, so a kill at any moment leaves every document either absent or complete.
When a file cannot be read (and not --keep-going), nothing is written at all, and every bad file is reported by
name with its problem.
Workers die with the ingest that started them (see `allyscope.workers`).
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import queue
import sqlite3
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from allyscope.errors import AllyscopeError
from allyscope.limits import check_size, max_size, set_max_size
from allyscope.priority import at_lower_priority
from allyscope.store.connection import someone_waiting
from allyscope.store.database import DocumentRows, Store, rows_for
from allyscope.store.dialect import is_postgres
from allyscope.workers import pool

if TYPE_CHECKING:
    from allyscope.knowledge.case import Case

Outcome = tuple[str, DocumentRows | None, str | None]

BATCH_SECONDS = 0.5  # the longest a batch holds the write lock while another writer waits for it
# ... and while nobody waits, a batch goes on up to this many documents: each batch rewrites the index pages its
# documents' rows land on, so fewer, larger batches write fewer pages per document (issue 18)
BATCH_DOCUMENTS = 200
SPOOL_MEMORY = 64 * 1024 * 1024  # parsed rows kept in memory before they go to a temporary file
PAUSE_SECONDS = 0.12  # after a batch a writer waited for: longer than SQLite's longest busy-wait sleep, so it gets in
# documents written by one call of `Store.write` (one `executemany` per table for all of them): fewer statements
# than one call per document, and still a small part of a batch (a reference-size article takes about 4 ms)
WRITE_GROUP = 8


def _parse_one(path: str, limit: int | None = None, encoding: str | None = None) -> Outcome:
    from allyscope.pipeline import extract_file

    if limit is not None:  # the parent's limit, for workers that did not inherit it
        set_max_size(limit)
    try:
        check_size(path)
        return path, rows_for(extract_file(path, encoding)), None
    except AllyscopeError as exc:
        return path, None, str(exc)


def _parse_packed(
    path: str, limit: int | None = None, encoding: str | None = None
) -> tuple[str, bytes | None, str | None]:
    """`_parse_one` in a worker process, its rows pickled here: the ingesting process keeps them as these bytes
    until it writes them (`ParsedSpool.add`), instead of unpickling them on arrival and pickling them
    again into its spool, two steps of its own (serial) work per document."""
    path, rows, problem = _parse_one(path, limit, encoding)
    return path, None if rows is None else pickle.dumps(rows, protocol=pickle.HIGHEST_PROTOCOL), problem


@dataclass
class IngestReport:
    """What an ingest did: documents stored, already present, and files that failed with their problem."""

    stored: list[dict[str, str]] = field(default_factory=list)
    skipped: list[dict[str, str]] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {"stored": self.stored, "present": self.skipped, "failed": self.failed}


# A document in our own words that goes through every stage (layout, a note and its reference, dates, entities,
# events): reading it once builds what each stage builds on first use.
_WARM_UP = (
    "示例标题\n\n"
    "2023年7月12日，两国外长在首都举行会谈，并签署了合作协定。[1] 同年10月，双方又举行了联合演习。\n\n"
    "On 12 July 2023 the two ministers met and signed an agreement on training.[2]\n\n"
    "[1] 张华：《合作研究》，北京：示例出版社，2020年，第12页。\n"
    "[2] Smith, J. (2021). Partners in training. Journal of Examples, 3(2), 10-20.\n"
)


def _warm() -> None:
    """Build the gazetteer, compile the patterns, load the active case's sides and read one small document in
    this process, so that forked workers inherit all of it instead of each building its own (half a second of
    CPU per worker, as much as several articles' extraction)."""
    from allyscope.dates import _patterns
    from allyscope.entities import gazetteer
    from allyscope.events_domain import patterns
    from allyscope.knowledge.case import sides_in_use
    from allyscope.pipeline import extract

    gazetteer()
    patterns()
    _patterns()
    sides_in_use()
    rows_for(extract(_WARM_UP, "<warm-up>"))


def _outcomes(
    paths: list[str], jobs: int, stack: ExitStack, encoding: str | None = None, niceness: int = 0
) -> Iterator[tuple[str, DocumentRows | bytes | None, str | None]]:
    """Parse results in the order of `paths` (rows as pickled bytes when a worker process made them). With
    several jobs, the worker processes start here, before the caller opens the database, so that no open
    connection is ever copied into a worker; they parse at `niceness` (the caller consumes the results of an
    in-process parse at that niceness itself: see `ingest_files`)."""
    if jobs <= 1 or len(paths) < 4:
        return map(partial(_parse_one, encoding=encoding), paths)
    parse_one = partial(_parse_packed, limit=max_size(), encoding=encoding)  # the limit, for workers not forked
    # fork (Linux only: elsewhere it is unsafe or missing) lets the workers inherit what _warm built
    context = multiprocessing.get_context("fork") if sys.platform.startswith("linux") else None
    if context is not None:
        at_lower_priority(niceness, _warm)
    workers = pool(jobs, context, niceness)
    # on the way out, files not parsed yet are dropped: a failure (a database that cannot be opened, say) is
    # reported at once, not after every file was parsed
    stack.callback(workers.shutdown, wait=True, cancel_futures=True)
    return workers.map(parse_one, paths, chunksize=max(1, min(32, len(paths) // (jobs * 8))))


def ingest_files(
    files: Sequence[Path | str],
    db: str | os.PathLike[str] | None = None,
    *,
    jobs: int | None = None,
    keep_going: bool = False,
    progress: bool = False,
    case: Case | None = None,
    encoding: str | None = None,
    niceness: int = 0,
) -> IngestReport:
    """Parse `files` (paths or http(s) URLs) and store them. Unless `keep_going`, nothing is stored when any file
    fails. `encoding` names the encoding of text files instead of detecting it. The parsing runs at `niceness`
    (see `allyscope.priority`), the writing, which holds the write lock, at the caller's priority.

    Events are coded against the parties of `case`, else of the case the database serves (see knowledge.case)."""
    from allyscope.knowledge.case import activate, activate_recorded, restore

    previous = activate(case) if case is not None else activate_recorded(db)
    paths = [str(f) for f in files]
    workers = jobs if jobs is not None else ((os.cpu_count() or 1) if len(paths) >= 8 else 1)
    report = IngestReport()
    with ExitStack() as stack:
        stack.callback(restore, previous)  # the case served this ingest only
        results = _outcomes(paths, workers, stack, encoding, niceness)
        store = stack.enter_context(Store(db))
        early = EarlyBatch(store, keep_going)
        collect = partial(_collect, results, report, progress, len(paths), stack, early)
        parsed = _while_writing(niceness, collect, early, report)
        if report.failed and not keep_going:
            early.abandon()
            return report
        early.commit(report)  # (with --keep-going, earlier batches may be committed already)
        write_parsed(store, parsed.after(early.committed), report)
    return report


_END = object()  # the collector's last word to the writing thread


class _CollectStopped(Exception):
    """Raised in the parse thread when the writing thread has stopped: nothing more is handed over."""


class EarlyBatch:
    """The first documents written while the others are still being parsed (issue 18: two workers were only 1.4×
    one, because the ingesting process wrote every document after the last was parsed, on one core while the
    other stood idle).

    They go into one transaction left open until every file is parsed, then committed, so the promise holds that
    nothing is stored when a file fails (the transaction is rolled back) and that a killed ingest leaves whole
    documents (none of these). It holds at most BATCH_DOCUMENTS documents, so the log stays bounded; it is only
    begun when the write lock is free at once, and it is rolled back, and no more written early, as soon as
    another writer raises its hand (the ingest then writes everything after parsing, as before). With
    --keep-going a failed file stops nothing, so each BATCH_DOCUMENTS are committed as they fill and the writing
    follows the parse all along (a writer raising its hand then gets the lock after a commit). SQLite only."""

    def __init__(self, store: Store, keep_going: bool) -> None:
        self.store = store
        self.keep_going = keep_going
        self.accepting = not is_postgres(store.conn)  # the collector hands documents over while this is True
        self.count = 0  # documents taken (written, or found present) in the open transaction
        self.committed = 0  # documents taken in transactions committed already: the spool's first ones
        self.open = False
        self.since = time.time()
        self.outcomes: list[tuple[str, str, bool]] = []  # id, source, stored now (not the rows: memory stays flat)

    def take(self, items: list[DocumentRows | bytes], report: IngestReport) -> None:
        """Write parsed documents into the open transaction, in one `Store.write` (none: look around only)."""
        if not self.accepting and not self.open:
            return
        if report.failed and not self.keep_going:
            self.abandon()
            return
        if someone_waiting(self.store.conn, self.since):
            if self.keep_going:
                self._commit(report)  # what is written may stay: the other writer gets the lock now
                self.accepting = False
            else:
                self.abandon()
            return
        if not items or not self.accepting:
            return
        if not self.open and not self._begin():
            self.accepting = False
            return
        group = [pickle.loads(i) if isinstance(i, bytes) else i for i in items[: BATCH_DOCUMENTS - self.count]]
        stored = self.store.write(group)
        self.outcomes.extend((rows.id, str(rows.doc[2]), new) for rows, new in zip(group, stored, strict=True))
        self.count += len(group)
        if self.count >= BATCH_DOCUMENTS:
            if self.keep_going:
                self._commit(report)
                self.take(items[len(group) :], report)
            else:
                self.accepting = False  # the rest waits for the parse to end (the transaction stays open, bounded)

    def _begin(self) -> bool:
        """BEGIN IMMEDIATE without waiting: when another writer holds the lock, nothing is written early."""
        conn = self.store.conn
        previous = int(conn.execute("PRAGMA busy_timeout").fetchone()[0])
        conn.execute("PRAGMA busy_timeout = 0")
        try:
            sqlite3.Connection.execute(conn, "BEGIN IMMEDIATE")
        except sqlite3.OperationalError:
            return False
        finally:
            conn.execute(f"PRAGMA busy_timeout = {previous}")
        self.open = True
        return True

    def abandon(self) -> None:
        """Roll back the open transaction; its documents are written again after the parse."""
        self.accepting = False
        if self.open:
            self.store.conn.execute("ROLLBACK")
            self.open = False
        self.count = 0
        self.outcomes = []

    def _commit(self, report: IngestReport) -> None:
        """Replay decisions on the documents of the open transaction and commit it."""
        if self.open:
            self.store.replay([ident for ident, _, new in self.outcomes if new])
            self.store.conn.execute("COMMIT")
            self.open = False
            for ident, source, new in self.outcomes:
                (report.stored if new else report.skipped).append({"id": ident, "source": source})
            self.committed += self.count
        self.count = 0
        self.outcomes = []

    def commit(self, report: IngestReport) -> None:
        """Every file parsed and none failed (or --keep-going): commit what is written; `committed` documents of
        the spool are then stored."""
        self.accepting = False
        self._commit(report)


def _while_writing(
    niceness: int, collect: Callable[[Callable[[object], None]], ParsedSpool], early: EarlyBatch, report: IngestReport
) -> ParsedSpool:
    """Run `collect` (the parse, at `niceness`, in a thread) while this thread, at the caller's priority, writes
    the documents it hands over into `early`; returns what `collect` returns.

    The hand-over is a `SimpleQueue` (its put and get hold no Python-level lock): a Ctrl-C lands in this thread,
    and one landing inside a `queue.Queue` call could leave that queue's lock held, so that the parse thread's
    next `put` waited for ever and so did our `join` of it. When this thread stops (Ctrl-C, a failure), the
    parse thread is told to stop at its next document rather than parse every file left first."""
    handed: queue.SimpleQueue[object] = queue.SimpleQueue()
    stopping = threading.Event()

    def hand(item: object) -> None:
        if stopping.is_set():
            raise _CollectStopped
        handed.put(item)

    if not early.accepting:
        return at_lower_priority(niceness, lambda: collect(hand))
    done: list[ParsedSpool] = []
    failure: list[BaseException] = []

    def run() -> None:
        try:
            done.append(at_lower_priority(niceness, lambda: collect(hand)))
        except BaseException as exc:  # raised again in the calling thread
            failure.append(exc)
        finally:
            handed.put(_END)

    thread = threading.Thread(target=run, name="allyscope-collect", daemon=True)
    thread.start()
    try:
        finished = False
        while not finished:
            group: list[DocumentRows | bytes] = []  # what arrived meanwhile, up to WRITE_GROUP documents
            try:
                item = handed.get(timeout=0.1)
                while True:
                    if item is _END:
                        finished = True
                        break
                    if isinstance(item, DocumentRows | bytes):
                        group.append(item)
                    if len(group) >= WRITE_GROUP:
                        break
                    item = handed.get_nowait()
            except queue.Empty:
                pass
            early.take(group, report)
    except BaseException:
        stopping.set()
        early.abandon()
        raise
    finally:
        stopping.set()
        thread.join()
    if failure:
        early.abandon()
        raise failure[0]
    return done[0]


def parse_files(
    files: Sequence[Path | str], report: IngestReport, *, case: Case | None = None, encoding: str | None = None
) -> list[DocumentRows]:
    """Parse `files` one after another (no database involved), coding events against the parties of `case`;
    problems go to `report.failed`."""
    from allyscope.knowledge.case import activate, restore

    previous = activate(case) if case is not None else None
    try:
        parsed: list[DocumentRows] = []
        for _path, rows, problem in map(partial(_parse_one, encoding=encoding), [str(f) for f in files]):
            if problem is not None:
                report.failed.append(problem)
            elif rows is not None:
                parsed.append(rows)
        return parsed
    finally:
        if previous is not None:
            restore(previous)


class ParsedSpool:
    """Parsed documents waiting to be written, kept in memory up to `SPOOL_MEMORY` bytes and on disk beyond: an
    ingest of ten thousand files holds one document at a time in memory, not all of them."""

    def __init__(self) -> None:
        self._file = tempfile.SpooledTemporaryFile(max_size=SPOOL_MEMORY)  # noqa: SIM115 (closed by close())
        self.count = 0
        self._starts: list[int] = []  # where each document's rows begin in the file

    def add(self, rows: DocumentRows | bytes) -> None:
        """Keep one document's rows: as they are, or pickled already (by the worker that made them)."""
        self._starts.append(self._file.tell())
        if isinstance(rows, bytes):
            self._file.write(rows)
        else:
            pickle.dump(rows, self._file, protocol=pickle.HIGHEST_PROTOCOL)
        self.count += 1

    def __iter__(self) -> Iterator[DocumentRows]:
        return self.after(0)

    def after(self, first: int) -> Iterator[DocumentRows]:
        """The documents from number `first` on (those before were written already, see `EarlyBatch`)."""
        if first >= self.count:
            return
        self._file.seek(self._starts[first])
        for _ in range(first, self.count):
            rows: DocumentRows = pickle.load(self._file)
            yield rows

    def close(self) -> None:
        self._file.close()


def _collect(
    results: Iterator[tuple[str, DocumentRows | bytes | None, str | None]],
    report: IngestReport,
    progress: bool,
    total: int,
    stack: ExitStack,
    early: EarlyBatch,
    hand: Callable[[object], None],
) -> ParsedSpool:
    if progress:
        import click

        from allyscope.terminal import unfiltered

        results = stack.enter_context(
            click.progressbar(results, length=total, label="parsing", file=unfiltered(sys.stderr))
        )
    parsed = ParsedSpool()
    stack.callback(parsed.close)
    for _path, rows, problem in results:
        if problem is not None:
            report.failed.append(problem)
        elif rows is not None:
            parsed.add(rows)
            if early.accepting:
                hand(rows)
            elif early.open:
                hand(None)  # a look around: has another writer raised its hand meanwhile?
    return parsed


def write_parsed(store: Store, parsed: Iterable[DocumentRows], report: IngestReport) -> None:
    """Write parsed documents in transactions, each holding whole documents and their replays (inside the
    caller's transaction, when it holds one). A transaction ends after BATCH_DOCUMENTS documents, or after
    BATCH_SECONDS once another writer waits for the lock (it raises its hand: `someone_waiting`), and then
    the lock is left free a moment for that writer."""
    pause = not store.conn.in_transaction  # inside the caller's transaction the lock is held throughout
    remaining = iter(parsed)
    rows: DocumentRows | None = next(remaining, None)
    while rows is not None:
        since = time.time()
        with store.transaction():
            started = time.monotonic()
            written_here = 0
            new_ids: list[str] = []
            while rows is not None:
                group = [rows]
                rows = next(remaining, None)
                while rows is not None and len(group) < WRITE_GROUP:
                    group.append(rows)
                    rows = next(remaining, None)
                for written, new in zip(group, store.write(group), strict=True):
                    (report.stored if new else report.skipped).append({"id": written.id, "source": str(written.doc[2])})
                    if new:
                        new_ids.append(written.id)
                written_here += len(group)
                if written_here >= BATCH_DOCUMENTS or (
                    time.monotonic() - started > BATCH_SECONDS and someone_waiting(store.conn, since)
                ):
                    break
            store.replay(new_ids)
        if pause and rows is not None and someone_waiting(store.conn, since):
            time.sleep(PAUSE_SECONDS)
