"""`allyscope ingest --engine dask` and `--to-parquet`: the glue between the command and the scale modules."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from allyscope.ingest import IngestReport


def _note(message: str) -> None:
    print(f"note: {message}", file=sys.stderr)


def ingest_scaled(
    items: Sequence[str],
    db: Path | None,
    *,
    engine: str = "local",
    scheduler: str | None = None,
    to_parquet: Path | None = None,
    jobs: int | None = None,
    keep_going: bool = False,
    encoding: str | None = None,
) -> IngestReport:
    """Write partitions (to `to_parquet`, and stop there) or write them to a scratch folder and load them into
    the store at `db`. On Dask when `engine` is "dask" (at `scheduler`, else on a two-worker LocalCluster)."""
    from contextlib import ExitStack, nullcontext
    from functools import partial

    from allyscope.knowledge.case import activate_recorded, active_case, restore
    from allyscope.scale.dask_ingest import dask_client, remove_folder, scratch_folder
    from allyscope.scale.dask_ingest import to_parquet as write_parts
    from allyscope.scale.loader import SQLiteLoad
    from allyscope.scale.pg_load import PostgresLoad
    from allyscope.store.database import default_db_path
    from allyscope.store.dialect import DatabaseURL

    target = default_db_path(db)
    previous = activate_recorded(db)  # events are coded against the parties of the case the store serves
    case = active_case()
    restore(previous)
    report = IngestReport()
    scratch_of = target if isinstance(target, Path) else Path.cwd() / "allyscope.db"
    outdir = to_parquet if to_parquet is not None else scratch_folder(scratch_of)
    try:
        with ExitStack() as stack:
            load: SQLiteLoad | PostgresLoad | None = None
            if to_parquet is None:
                if isinstance(target, DatabaseURL):
                    load = stack.enter_context(PostgresLoad(target, _note))
                else:
                    load = stack.enter_context(SQLiteLoad(db, _note))
            with dask_client(scheduler) if engine == "dask" else nullcontext() as client:
                run = write_parts(
                    items,
                    outdir,
                    client=client,
                    jobs=jobs or 1,
                    keep_going=keep_going,
                    encoding=encoding,
                    case=case,
                    on_batch=None if load is None else partial(load.load, outdir),
                )
            report.failed = run.failed
            if run.manifest is None:
                return report  # nothing loaded: the copy is discarded on the way out
            if load is None:
                report.stored = [{"id": ident, "source": source} for ident, source in run.written]
                return report
            load.commit()
            report.stored, report.skipped = load.report.stored, load.report.skipped
        return report
    finally:
        if to_parquet is None:
            remove_folder(outdir)
