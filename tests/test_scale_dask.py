"""Ingest on Dask: a LocalCluster of two worker processes (loopback, no dashboard), always closed. The store it
builds must equal the local ingest's row by row; a worker that dies mid-run stores nothing."""

from __future__ import annotations

import hashlib
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import cloudpickle
import psutil
import pytest
from click.testing import CliRunner
from scale_helpers import assert_same_store, corpus

from allyscope.cli import main
from allyscope.ingest import ingest_files
from allyscope.scale import ScaleError
from allyscope.scale.dask_ingest import BatchResult, dask_client, parse_batch, to_parquet
from allyscope.scale.loader import load_sqlite
from allyscope.scale.parquet import MANIFEST

cloudpickle.register_pickle_by_value(sys.modules[__name__])  # the workers need not import this test module


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    # a task may not outlive a worker's death: the first death fails the run (instead of three retries)
    with dask_client(None, workers=2, allowed_failures=0) as dask:
        pids = set(dask.run(os.getpid).values())
        yield dask
        pids |= set(dask.run(os.getpid).values())  # a worker restarted after a death has another
    # the cluster is closed on the way out: none of its worker processes is left
    assert not [pid for pid in pids if psutil.pid_exists(pid) and psutil.Process(pid).status() != "zombie"]


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return corpus(tmp_path_factory.mktemp("docs") / "in", count=5)


def test_dask_ingest_gives_the_store_the_local_ingest_gives(client: Any, docs: Path, tmp_path: Path) -> None:
    files = [str(p) for p in sorted(docs.iterdir())]
    local = tmp_path / "local.db"
    assert not ingest_files(files, local, jobs=1).failed
    run = to_parquet(files, tmp_path / "parts", client=client, batch_size=2)
    assert run.manifest is not None and len(run.manifest["batches"]) == 3
    # every batch was parsed by a worker process, not here
    workers = set(client.scheduler_info()["workers"])
    assert len(workers) == 2
    report = load_sqlite(tmp_path / "parts", tmp_path / "dask.db")
    assert [d["id"] for d in report.stored] == [d for e in run.manifest["batches"] for d in e["documents"]]
    assert_same_store(local, tmp_path / "dask.db")


def test_cli_engine_dask_on_a_scheduler(client: Any, docs: Path, tmp_path: Path) -> None:
    address = client.scheduler.address
    db = tmp_path / "kb.db"
    result = CliRunner().invoke(
        main, ["ingest", "--db", str(db), "--engine", "dask", "--scheduler", address, str(docs)]
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.count("stored") == len(list(docs.iterdir()))
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".kb.db")]  # no scratch partitions left
    again = CliRunner().invoke(main, ["ingest", "--db", str(db), "--scheduler", address, str(docs)])
    assert again.exit_code == 0 and again.stdout.count("present") == len(list(docs.iterdir()))


def test_an_unreadable_file_on_dask_stores_nothing(client: Any, docs: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02binary\x00")
    db = tmp_path / "kb.db"
    args = ["ingest", "--db", str(db), "--scheduler", client.scheduler.address, str(bad), str(docs)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2
    errors = [line for line in result.stderr.splitlines() if line.startswith("allyscope: error")]
    assert len(errors) == 1 and "bad.txt" in errors[0]
    assert not db.exists() or _documents(db) == 0


def _documents(db: Path) -> int:
    import sqlite3

    return int(sqlite3.connect(db).execute("SELECT count(*) FROM documents").fetchone()[0])


def _dies_on_batch_one(
    batch: int, paths: Sequence[str], outdir: str, encoding: str | None = None, case: Any = None, limit: Any = None
) -> BatchResult:
    if batch == 1:
        os._exit(1)  # the worker process dies, as one killed by the system would
    return parse_batch(batch, paths, outdir, encoding, case, limit)


def test_a_worker_that_dies_mid_run_leaves_the_store_as_it_was(
    client: Any, docs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = [str(p) for p in sorted(docs.iterdir())]
    db = tmp_path / "kb.db"
    assert not ingest_files(files[:1], db, jobs=1).failed
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    import allyscope.scale.dask_ingest as dask_ingest

    monkeypatch.setattr(dask_ingest, "parse_batch", _dies_on_batch_one)
    with pytest.raises(ScaleError, match=r"a Dask worker died while parsing batch 1 \(.*\): nothing stored"):
        to_parquet(files, tmp_path / "parts", client=client, batch_size=2)
    assert not (tmp_path / "parts" / MANIFEST).exists()
    assert not list((tmp_path / "parts").rglob("*.parquet"))
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
