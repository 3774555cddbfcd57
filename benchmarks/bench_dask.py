"""Dask figures of issue 19: two Dask workers against the local two-worker ingest, and the loader's MB/s.

    python benchmarks/bench_dask.py [--docs 200] [--batch 16]      (--docs 2000 for the issue's figure)

The articles are the reference article made distinct (a numbered last paragraph each), so that every one is
stored and every one costs what a reference-size article costs. Printed: the local ingest (two processes,
one transaction), the Dask run (cluster start-up apart; batches loaded into SQLite as they are written), the
loader alone on the finished partitions, the ratio of Dask to local (target: within 1.3x), the loader's MB/s
of Parquet (target: 100), and the per-article cost in worker-seconds that docs/scaling.md reckons with.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from functools import partial
from pathlib import Path

from bare import load as machine_load

from allyscope.ingest import ingest_files
from allyscope.scale.dask_ingest import dask_client, to_parquet
from allyscope.scale.loader import SQLiteLoad, load_sqlite

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT.parent / "shared" / "corpus" / "000_c16b8f8118fbe296.txt"


def articles(folder: Path, count: int) -> list[str]:
    text = ARTICLE.read_text("utf-8").rstrip("\n")
    paths = []
    for i in range(count):
        path = folder / f"article_{i:05d}.txt"
        path.write_text(f"{text}\n\n{i:05d}\n", "utf-8")
        paths.append(str(path))
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--batch", type=int, default=16, help="documents per partition")
    parser.add_argument("--repeat", type=int, default=2, help="runs of each, alternating; the best counts")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-dask-") as tmp:
        folder = Path(tmp)
        (folder / "in").mkdir()
        files = articles(folder / "in", args.docs)
        size = sum(Path(f).stat().st_size for f in files)
        print(f"{args.docs} articles of {size / args.docs / 1024:.1f} KiB; {machine_load()}", flush=True)

        locals_: list[float] = []
        dasks: list[float] = []
        startups: list[float] = []
        with dask_client(None, workers=2):  # once before timing: the first start-up reads the libraries from disk
            pass
        for attempt in range(args.repeat):  # alternating, so that a busy spell of the machine hits both
            db = folder / f"local{attempt}.db"
            started = time.perf_counter()
            report = ingest_files(files, db, jobs=2)
            locals_.append(time.perf_counter() - started)
            assert len(report.stored) == args.docs, report.failed
            print(f"run {attempt + 1}: local {locals_[-1]:.1f} s; {machine_load()}", flush=True)

            parts = folder / f"parts{attempt}"
            started = time.perf_counter()
            with dask_client(None, workers=2) as client:
                startups.append(time.perf_counter() - started)
                started = time.perf_counter()
                # what `ingest --engine dask` does: each batch is loaded as soon as it and those before it are written
                with SQLiteLoad(folder / f"dask{attempt}.db") as load:
                    run = to_parquet(
                        files, parts, client=client, batch_size=args.batch, on_batch=partial(load.load, parts)
                    )
                    load.commit()
                dasks.append(time.perf_counter() - started)
            assert run.manifest is not None and not run.failed and len(load.report.stored) == args.docs
            print(f"run {attempt + 1}: dask {dasks[-1]:.1f} s; {machine_load()}", flush=True)
        local, dask_total, startup = min(locals_), min(dasks), min(startups)
        loaded = load_sqlite(folder / "parts0", folder / "loader.db")  # the loader alone, on finished partitions
        assert len(loaded.stored) == args.docs
        print(f"best of {args.repeat} runs each (all: local {fmt(locals_)}, dask {fmt(dasks)})")
        print(f"local ingest, 2 processes:            {local:7.2f} s  ({local / args.docs * 1000:.0f} ms/article)")
        print(f"dask: LocalCluster start-up + warm:   {startup:7.2f} s")
        print(
            f"dask: 2 workers, loaded as written:   {dask_total:7.2f} s  "
            f"({dask_total / args.docs * 1000:.0f} ms/article)"
        )
        print(
            f"loader alone, Parquet → SQLite:       {loaded.seconds:7.2f} s  "
            f"({loaded.bytes / 1e6:.1f} MB of Parquet, {loaded.mb_per_s:.2f} MB/s; target 100 MB/s; "
            f"{loaded.raw_bytes / 1e6:.1f} MB decompressed, {loaded.raw_mb_per_s:.2f} MB/s; "
            f"{loaded.seconds / args.docs * 1000:.0f} ms/article)"
        )
        print(f"ratio dask / local:                         {dask_total / local:.2f}  (target ≤ 1.3)")
        print(f"ratio dask / local with cluster start-up:   {(dask_total + startup) / local:.2f}")
        print(
            f"per-article cost: {2 * local / args.docs:.3f} worker-seconds (local), "
            f"{2 * dask_total / args.docs:.3f} (dask)"
        )
        print(machine_load())


def fmt(times: list[float]) -> str:
    return ", ".join(f"{t:.1f} s" for t in times)


if __name__ == "__main__":
    main()
