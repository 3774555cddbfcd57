"""Ingesting many files: parse in worker processes, write from one process, one transaction per document.

Parsing is pure work on one document, so it spreads over cores; SQLite has one writer, so every write goes
through the parent's `Store`. Files that cannot be read are reported by name with their problem.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from allyscope.errors import AllyscopeError
from allyscope.store.database import DocumentRows, Store, rows_for

BATCH = 20  # documents per write transaction
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
    parsed: list[DocumentRows] = []
    results = _outcomes(paths, workers)
    if progress:
        import click

        with click.progressbar(results, length=len(paths), label="parsing", file=sys.stderr) as bar:
            outcomes = list(bar)
    else:
        outcomes = list(results)
    for _path, rows, problem in outcomes:
        if problem is not None:
            report.failed.append(problem)
        elif rows is not None:
            parsed.append(rows)
    if report.failed and not keep_going:
        return report
    with Store(db) as store:
        for first in range(0, len(parsed), BATCH):
            batch = parsed[first : first + BATCH]
            for rows, new in zip(batch, store.add_many(batch), strict=True):
                item = {"id": rows.id, "source": str(rows.doc[2])}
                (report.stored if new else report.skipped).append(item)
    return report
