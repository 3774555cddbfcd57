"""Ingesting many files: parse in worker processes, write from one process, in one transaction.

Parsing is pure work on one document, so it spreads over cores; SQLite has one writer, so every write goes
through the parent's `Store`, while the workers go on parsing. The whole ingest is one transaction: when a
file cannot be read (and not --keep-going), everything written is rolled back, so nothing of it is stored, and
parsing goes on only to report every bad file by name with its problem.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from allyscope.errors import AllyscopeError
from allyscope.store.database import DocumentRows, Store, rows_for

Outcome = tuple[str, DocumentRows | None, str | None]


def _parse_one(path: str) -> Outcome:
    from allyscope.pipeline import parse

    try:
        return path, rows_for(parse(path)), None
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


def _outcomes(paths: list[str], jobs: int) -> Iterator[Outcome]:
    if jobs <= 1 or len(paths) < 4:
        for path in paths:
            yield _parse_one(path)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from pool.map(_parse_one, paths, chunksize=max(1, min(32, len(paths) // (jobs * 8))))


def ingest_files(
    files: list[Path],
    db: Path | None = None,
    *,
    jobs: int | None = None,
    keep_going: bool = False,
    progress: bool = False,
) -> IngestReport:
    """Parse `files` and store them. Unless `keep_going`, nothing is stored when any file fails."""
    paths = [str(f) for f in files]
    workers = jobs if jobs is not None else (os.cpu_count() or 1 if len(paths) >= 8 else 1)
    report = IngestReport()
    results = _outcomes(paths, workers)
    with Store(db) as store, ExitStack() as stack:
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
