"""Ingesting many files: parse in worker processes, write from one process, in one transaction.

Parsing is pure work on one document, so it spreads over cores; SQLite has one writer, so every write goes
through the parent's `Store`, while the workers go on parsing. The whole ingest is one transaction: when a
file cannot be read (and not --keep-going), everything written is rolled back, so nothing of it is stored, and
parsing goes on only to report every bad file by name with its problem.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from allyscope.errors import AllyscopeError
from allyscope.store.database import DocumentRows, Store, rows_for

if TYPE_CHECKING:
    from allyscope.knowledge.case import Case

Outcome = tuple[str, DocumentRows | None, str | None]


def _parse_one(path: str, encoding: str | None = None) -> Outcome:
    from allyscope.pipeline import extract_file

    try:
        return path, rows_for(extract_file(path, encoding)), None
    except AllyscopeError as exc:
        return path, None, str(exc)


@dataclass
class IngestReport:
    """What an ingest did: documents stored, already present, and files that failed with their problem."""

    stored: list[dict[str, str]] = field(default_factory=list)
    skipped: list[dict[str, str]] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {"stored": self.stored, "present": self.skipped, "failed": self.failed}


def _warm() -> None:
    """Build the gazetteer and compile the patterns in this process, so that forked workers inherit them
    instead of each building its own (a third of a second per worker)."""
    from allyscope.dates import _patterns
    from allyscope.entities import gazetteer
    from allyscope.events import patterns

    gazetteer()
    patterns()
    _patterns()


def _outcomes(paths: list[str], jobs: int, stack: ExitStack, encoding: str | None = None) -> Iterator[Outcome]:
    """Parse results in the order of `paths`. With several jobs, the worker processes start here, before the
    caller opens the database, so that no open connection is ever copied into a worker."""
    parse_one = partial(_parse_one, encoding=encoding)
    if jobs <= 1 or len(paths) < 4:
        return map(parse_one, paths)
    # fork (Linux only: elsewhere it is unsafe or missing) lets the workers inherit what _warm built
    context = multiprocessing.get_context("fork") if sys.platform.startswith("linux") else None
    if context is not None:
        _warm()
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=context)
    # on the way out, files not parsed yet are dropped: a failure (a database that cannot be opened, say) is
    # reported at once, not after every file was parsed
    stack.callback(pool.shutdown, wait=True, cancel_futures=True)
    return pool.map(parse_one, paths, chunksize=max(1, min(32, len(paths) // (jobs * 8))))


def ingest_files(
    files: Sequence[Path | str],
    db: Path | None = None,
    *,
    jobs: int | None = None,
    keep_going: bool = False,
    progress: bool = False,
    case: Case | None = None,
    encoding: str | None = None,
) -> IngestReport:
    """Parse `files` (paths or http(s) URLs) and store them. Unless `keep_going`, nothing is stored when any file
    fails. `encoding` names the encoding of text files instead of detecting it.

    Events are coded against the parties of `case`, else of the case the database serves (see knowledge.case)."""
    from allyscope.knowledge.case import activate, activate_recorded, restore

    previous = activate(case) if case is not None else activate_recorded(db)
    paths = [str(f) for f in files]
    workers = jobs if jobs is not None else ((os.cpu_count() or 1) if len(paths) >= 8 else 1)
    report = IngestReport()
    with ExitStack() as stack:
        stack.callback(restore, previous)  # the case served this ingest only
        results = _outcomes(paths, workers, stack, encoding)
        store = stack.enter_context(Store(db))
        if progress:
            import click

            results = stack.enter_context(
                click.progressbar(results, length=len(paths), label="ingesting", file=sys.stderr)
            )
        conn = store.conn
        new_ids: list[str] = []
        conn.execute("BEGIN IMMEDIATE")
        try:
            for _path, rows, problem in results:
                if problem is not None:
                    report.failed.append(problem)
                elif rows is not None and (keep_going or not report.failed):
                    new = store.write([rows])[0]
                    (report.stored if new else report.skipped).append({"id": rows.id, "source": str(rows.doc[2])})
                    if new:
                        new_ids.append(rows.id)
            if report.failed and not keep_going:
                conn.execute("ROLLBACK")
                report.stored.clear()
                report.skipped.clear()
                return report
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        store.replay(new_ids)
    return report
