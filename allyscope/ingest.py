"""Ingesting many files: parse first (in worker processes), then write in short transactions.

Parsing is pure work on one document, so it spreads over cores, and it takes no lock: other commands (a
review, a second ingest) go on writing while files are parsed. Only when every file is parsed does ingest
write, in batches of a fraction of a second each, so that a waiting writer gets its turn between them. Each
batch is one transaction holding whole documents together with their replayed review decisions, so a kill
at any moment leaves every document either absent or complete. When a file cannot be read (and not
--keep-going), nothing is written at all, and every bad file is reported by name with its problem.
Workers die with the ingest that started them (see `allyscope.workers`).
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator, Sequence
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
        parsed = at_lower_priority(niceness, partial(_collect, results, report, progress, len(paths), stack))
        if report.failed and not keep_going:
            return report
        write_parsed(store, parsed, report)
    return report


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

    def add(self, rows: DocumentRows | bytes) -> None:
        """Keep one document's rows: as they are, or pickled already (by the worker that made them)."""
        if isinstance(rows, bytes):
            self._file.write(rows)
        else:
            pickle.dump(rows, self._file, protocol=pickle.HIGHEST_PROTOCOL)
        self.count += 1

    def __iter__(self) -> Iterator[DocumentRows]:
        self._file.seek(0)
        for _ in range(self.count):
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
