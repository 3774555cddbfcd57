"""Parse and extract files into Parquet partitions, on a Dask cluster or in local processes; then load them.

Each task takes one batch of files (consecutive in the order given), parses them with the same function as
the local ingest (`allyscope.ingest._parse_one`), and writes the batch's partition files; the driver gathers
what each batch wrote or which files failed, and writes the manifest. Batches are numbered in the order of the
files, and the loader loads them in that order, so the database is the one the local ingest gives.

Without a scheduler address a `distributed.LocalCluster` of two worker processes is started (no dashboard,
loopback only) and always closed on the way out. Workers must see the files and the partition folder: local
paths on one machine, or a shared file system; files may also be fsspec URLs (s3://, gcs://, ...) when the
filesystem's package is installed where the workers run.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import uuid
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from allyscope.errors import AllyscopeError
from allyscope.limits import max_size
from allyscope.scale import ScaleError, require
from allyscope.scale.parquet import MANIFEST, TABLES, partition_name, write_manifest, write_partition
from allyscope.store.database import DocumentRows

if TYPE_CHECKING:
    from allyscope.knowledge.case import Case

BATCH_SIZE = 16


@dataclass
class BatchResult:
    """What one task did: its manifest entry (None when it wrote nothing) and the files that failed."""

    batch: int
    entry: dict[str, Any] | None
    failed: list[str] = field(default_factory=list)
    written: list[tuple[str, str]] = field(default_factory=list)  # (document id, source)


def _is_fsspec_url(path: str) -> bool:
    return "://" in path and not path.startswith(("http://", "https://"))


def _parse_fsspec(url: str, encoding: str | None) -> tuple[str, DocumentRows | None, str | None]:
    """Copy a file of another filesystem to a temporary file, parse that, and keep the URL as its source."""
    fsspec = require("fsspec")
    from allyscope.limits import check_size
    from allyscope.pipeline import extract_file
    from allyscope.store.database import rows_for

    with tempfile.TemporaryDirectory(prefix="allyscope-") as folder:
        local = Path(folder) / Path(url.rsplit("/", 1)[-1] or "document").name
        try:
            with fsspec.open(url, "rb") as handle:
                local.write_bytes(handle.read())
        except (OSError, ValueError, ImportError) as exc:
            return url, None, f"{url}: cannot be read ({exc})"
        try:
            check_size(local)
            return url, rows_for(extract_file(local, encoding).evolve(source=url)), None
        except AllyscopeError as exc:
            return url, None, str(exc).replace(str(local), url)


def parse_batch(
    batch: int,
    paths: Sequence[str],
    outdir: str,
    encoding: str | None = None,
    case: Case | None = None,
    limit: int | None = None,
) -> BatchResult:
    """The task: parse `paths`, write their rows as partition `batch` of `outdir`. Runs in a worker, with the
    driver's case and file size limit."""
    from allyscope.ingest import _parse_one
    from allyscope.knowledge.case import activate, restore
    from allyscope.limits import set_max_size

    if limit is not None:
        set_max_size(limit)
    previous = activate(case) if case is not None else None
    try:
        docs: list[DocumentRows] = []
        failed: list[str] = []
        for path in paths:
            if _is_fsspec_url(path):
                _, rows, problem = _parse_fsspec(path, encoding)
            else:
                _, rows, problem = _parse_one(path, limit, encoding)
            if problem is not None:
                failed.append(problem)
            elif rows is not None:
                docs.append(rows)
    finally:
        if previous is not None:
            restore(previous)
    entry = write_partition(Path(outdir), batch, docs) if docs else None
    return BatchResult(batch, entry, failed, [(rows.id, str(rows.doc[2])) for rows in docs])


def warm_worker() -> None:
    """Import the pipeline and build the gazetteer and patterns in a worker once, at start-up, instead of in its
    first task (the local ingest does the same before it forks its workers)."""
    import allyscope.pipeline  # noqa: F401
    from allyscope.ingest import _warm

    _warm()


def batches(paths: Sequence[str], size: int = BATCH_SIZE) -> list[list[str]]:
    return [list(paths[i : i + size]) for i in range(0, len(paths), max(1, size))]


@contextmanager
def dask_client(scheduler: str | None = None, workers: int = 2, allowed_failures: int | None = None) -> Iterator[Any]:
    """A client of the cluster at `scheduler`, or of a LocalCluster of `workers` processes started (and always
    closed) here. `allowed_failures` is how many worker deaths a task may survive (the scheduler's
    `allowed-failures`; 0 makes the first death fail the run at once), for a local cluster only."""
    distributed = require("distributed")  # untyped: its objects are Any here
    dask = require("dask")
    Client, LocalCluster = distributed.Client, distributed.LocalCluster

    if scheduler is not None:
        try:
            client = Client(scheduler, timeout="10s")
        except (OSError, TimeoutError) as exc:
            raise ScaleError(f"no Dask scheduler answers at {scheduler} ({exc})") from exc
        try:
            client.run(warm_worker)
            yield client
        finally:
            client.close()
        return
    config: dict[str, Any] = {"distributed.worker.daemon": False}
    if allowed_failures is not None:
        config["distributed.scheduler.allowed-failures"] = allowed_failures
    with dask.config.set(config):
        cluster = LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            host="127.0.0.1",
            silence_logs=50,  # shutdown noise of workers; task errors reach us through their futures
        )
    try:
        client = Client(cluster)
        try:
            client.run(warm_worker)
            yield client
        finally:
            client.close()
    finally:
        cluster.close()


def _run_dask(
    client: Any,
    work: list[list[str]],
    outdir: Path,
    encoding: str | None,
    case: Case | None,
    on_batch: Callable[[BatchResult], None],
) -> list[BatchResult]:
    distributed = require("distributed")
    KilledWorker = distributed.KilledWorker

    run = uuid.uuid4().hex[:8]
    keys = {f"allyscope-{run}-batch-{i}": i for i in range(len(work))}
    futures = [
        client.submit(parse_batch, i, paths, str(outdir), encoding, case, max_size(), pure=False, key=key)
        for key, (i, paths) in zip(keys, enumerate(work), strict=True)
    ]
    results: list[BatchResult] = []
    try:
        for future in futures:  # in batch order, each handed on as soon as it and those before it are done
            results.append(future.result())
            on_batch(results[-1])
    except KilledWorker as exc:
        distributed.wait(futures, timeout=120)  # let the other batches end before their files are discarded
        batch = keys.get(str(exc.args[0]) if exc.args else "", -1)
        files = ", ".join(work[batch][:3]) + (" ..." if len(work[batch]) > 3 else "") if batch >= 0 else "?"
        raise ScaleError(f"a Dask worker died while parsing batch {batch} ({files}): nothing stored") from exc
    finally:
        client.cancel(futures)
    return results


def _run_local(
    work: list[list[str]],
    outdir: Path,
    jobs: int,
    encoding: str | None,
    case: Case | None,
    on_batch: Callable[[BatchResult], None],
) -> list[BatchResult]:
    results: list[BatchResult] = []
    if jobs <= 1 or len(work) < 2:
        for i, paths in enumerate(work):
            results.append(parse_batch(i, paths, str(outdir), encoding, case, max_size()))
            on_batch(results[-1])
        return results
    import multiprocessing

    # fork where it is safe (Linux), as the local ingest does: workers start without importing allyscope again
    context = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        futures = [
            pool.submit(parse_batch, i, paths, str(outdir), encoding, case, max_size()) for i, paths in enumerate(work)
        ]
        for future in futures:
            results.append(future.result())
            on_batch(results[-1])
    return results


def _discard(outdir: Path, count: int) -> None:
    """Remove the partition files of this run (and nothing else of the folder)."""
    for table in TABLES:
        for i in range(count):
            (outdir / table.name / partition_name(i)).unlink(missing_ok=True)
        folder = outdir / table.name
        if folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()


@dataclass
class PartitionRun:
    """What writing partitions did: the manifest (None when nothing was written) and the documents."""

    manifest: dict[str, Any] | None
    written: list[tuple[str, str]]
    failed: list[str]


def to_parquet(
    paths: Sequence[str],
    outdir: Path,
    *,
    client: Any = None,
    jobs: int = 1,
    batch_size: int = BATCH_SIZE,
    keep_going: bool = False,
    encoding: str | None = None,
    case: Case | None = None,
    on_batch: Callable[[dict[str, Any]], None] | None = None,
) -> PartitionRun:
    """Parse `paths` into partitions in `outdir` (on `client`'s cluster, else in `jobs` local processes).

    `on_batch` gets each batch's manifest entry in batch order as soon as it is written (the loader loads it
    while later batches are parsed); once a file failed, unless `keep_going`, it gets no more. Unless
    `keep_going`, a file that fails leaves no partition and no manifest behind."""
    if (outdir / MANIFEST).exists():
        raise ScaleError(f"{outdir}: holds partitions of another run already ({MANIFEST}): choose a new folder")
    outdir.mkdir(parents=True, exist_ok=True)
    require("pyarrow")
    work = batches(paths, batch_size)
    failures: list[str] = []

    def handle(result: BatchResult) -> None:
        failures.extend(result.failed)
        if on_batch is not None and result.entry is not None and (keep_going or not failures):
            on_batch(result.entry)

    try:
        if client is not None:
            results = _run_dask(client, work, outdir, encoding, case, handle)
        else:
            results = _run_local(work, outdir, jobs, encoding, case, handle)
    except BaseException:
        _discard(outdir, len(work))
        raise
    failed = [problem for r in results for problem in r.failed]
    if failed and not keep_going:
        _discard(outdir, len(work))
        return PartitionRun(None, [], failed)
    manifest = write_manifest(outdir, [r.entry for r in results if r.entry is not None], failed)
    return PartitionRun(manifest, [w for r in results for w in r.written], failed)


def scratch_folder(db: Path) -> Path:
    """A temporary partition folder beside the store (same file system, so nothing crosses disks twice)."""
    db.parent.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f".{db.name}.parts-", dir=db.parent))


def remove_folder(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)
