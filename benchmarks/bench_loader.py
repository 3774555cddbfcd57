"""The loader's speed (issue 19: at least 100 MB/s of Parquet into SQLite and into PostgreSQL).

    python benchmarks/bench_loader.py [--docs 200] [--batch 16] [--repeat 3] [--db postgresql://...] [--steps]

Partitions of `--docs` articles are written once (the reference article made distinct, as bench_dask.py makes
them, parsed in this process), then loaded into a new SQLite file and into a new PostgreSQL database (a
throwaway server unless --db names one) by the bulk path (`allyscope.scale.bulk`: Arrow columns into
`executemany`, or into `COPY`) and by the row path it replaced (`Store.add_many` on the rows rebuilt in Python,
one transaction per batch), best of `--repeat`, all in this one process. The CPU time of the parsing is
printed as the per-article cost that docs/scaling.md reckons with.

What MB/s measures: the bytes of the Parquet files on disk (as written, zstd-compressed) divided by the wall
time of the whole load — reading and checking the files, writing the rows, building indexes, replaying
decisions, committing (and for SQLite the fsync and rename of the new file). The same time against the files'
columns decompressed is printed beside it. The load average is printed: on a shared machine compare the
ratios, not the seconds. `--steps` then prints where the CPU time goes, step by step, beside each database's
own cost for the same rows (benchmarks/loader_steps.py): the floor no path from Parquet goes below.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "tests")]

from bare import load  # noqa: E402
from bench_dask import articles  # noqa: E402

from allyscope.scale.dask_ingest import to_parquet  # noqa: E402
from allyscope.scale.loader import load_sqlite  # noqa: E402
from allyscope.scale.parquet import partition_bytes, read_manifest, read_partition, uncompressed_bytes  # noqa: E402
from allyscope.scale.pg_load import load_postgres  # noqa: E402
from allyscope.store import Store  # noqa: E402
from allyscope.store.dialect import DatabaseURL  # noqa: E402


def by_rows(parts: Path, where: str) -> float:
    """The row path: each batch's rows rebuilt in Python and written by `Store.add_many` (seconds)."""
    started = time.perf_counter()
    manifest = read_manifest(parts)
    with Store(where) as store:
        for entry in manifest["batches"]:
            store.add_many(read_partition(parts, entry))
    return time.perf_counter() - started


def server_cpu(cluster: Any) -> float:
    """CPU seconds used so far by the throwaway server's processes (0 when the server is not ours)."""
    if cluster is None:
        return 0.0
    import psutil

    pid = int((cluster.folder / "data" / "postmaster.pid").read_text().split()[0])
    total = 0.0
    for proc in [psutil.Process(pid), *psutil.Process(pid).children()]:
        try:
            times = proc.cpu_times()
        except psutil.NoSuchProcess:
            continue
        total += times.user + times.system
    return total


def best(repeat: int, fn: Callable[[int], float], cluster: Any) -> tuple[float, float]:
    """Best wall time and best CPU time (this process and the server's) of `repeat` runs."""
    walls, cpus = [], []
    for i in range(repeat):
        cpu = time.process_time() + server_cpu(cluster)
        walls.append(fn(i))
        cpus.append(time.process_time() + server_cpu(cluster) - cpu)
    return min(walls), min(cpus)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--batch", type=int, default=16, help="documents per partition")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--db", help="an empty PostgreSQL server's admin URL (default: a throwaway server)")
    parser.add_argument("--steps", action="store_true", help="then the time of each step and the databases' floors")
    args = parser.parse_args()
    from pg_cluster import start_cluster

    print(load())
    cluster = None if args.db else start_cluster()
    admin = cluster.admin_url if cluster is not None else str(args.db)
    counter = iter(range(10_000))

    def pg() -> DatabaseURL:
        import psycopg

        name = f"allyscope_loader{next(counter)}"
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
            conn.execute(f"CREATE DATABASE {name}")
        return DatabaseURL(admin.rsplit("/", 1)[0] + "/" + name)

    try:
        with tempfile.TemporaryDirectory(prefix="bench-loader-") as tmp:
            folder = Path(tmp)
            (folder / "in").mkdir()
            files = articles(folder / "in", args.docs)
            parts = folder / "parts"
            started, cpu = time.perf_counter(), time.process_time()
            run = to_parquet(files, parts, client=None, jobs=1, batch_size=args.batch)
            cpu = time.process_time() - cpu
            assert run.manifest is not None and not run.failed
            manifest = read_manifest(parts)
            size, raw = partition_bytes(parts, manifest), uncompressed_bytes(parts, manifest)
            print(
                f"{args.docs} articles parsed into {len(manifest['batches'])} partitions in "
                f"{time.perf_counter() - started:.0f} s: {size / 1e6:.1f} MB of Parquet on disk, "
                f"{raw / 1e6:.1f} MB decompressed"
            )
            # the per-article cost docs/scaling.md reckons with: CPU time, which a loaded machine does not inflate
            print(f"per-article cost of reading, parsing, extracting and writing partitions, in this one process: "
                  f"{cpu / args.docs:.3f} CPU-seconds (start-up included)")  # fmt: skip

            def sqlite_bulk(i: int) -> float:
                report = load_sqlite(parts, folder / f"bulk{i}.db")
                assert len(report.stored) == args.docs
                return report.seconds

            def postgres_bulk(i: int) -> float:
                report = load_postgres(parts, pg())
                assert len(report.stored) == args.docs
                return report.seconds

            results = [
                ("SQLite, bulk path", best(args.repeat, sqlite_bulk, None)),
                ("SQLite, row path", best(args.repeat, lambda i: by_rows(parts, str(folder / f"rows{i}.db")), None)),
                ("PostgreSQL, bulk path (COPY)", best(args.repeat, postgres_bulk, cluster)),
                ("PostgreSQL, row path", best(args.repeat, lambda i: by_rows(parts, pg()), cluster)),
            ]
            print(f"best of {args.repeat}, whole load (read, check, write, index, commit); wall clock, then CPU time")
            print("of this process and the PostgreSQL server (what the load costs when it has its cores):")
            for label, (wall, cpu) in results:
                print(
                    f"  {label:30s} wall {wall:6.2f} s = {size / 1e6 / wall:6.2f} MB/s of Parquet "
                    f"({raw / 1e6 / wall:5.1f} MB/s decompressed);  CPU {cpu:6.2f} s = "
                    f"{size / 1e6 / cpu:6.2f} MB/s of Parquet ({raw / 1e6 / cpu:5.1f} decompressed), "
                    f"{cpu / args.docs * 1000:5.1f} ms/article"
                )
            print("  (target 100 MB/s of Parquet)")
            print(f"row path / bulk path, CPU: SQLite {results[1][1][1] / results[0][1][1]:.2f}x, "
                  f"PostgreSQL {results[3][1][1] / results[2][1][1]:.2f}x")  # fmt: skip
            if args.steps:  # the server's CPU is known only for a server of ours
                import loader_steps

                maker = (lambda: str(pg())) if cluster is not None else None
                loader_steps.run(parts, folder, args.repeat, maker, lambda: server_cpu(cluster))
            print(load())
    finally:
        from allyscope.store.postgres import close_pools

        close_pools()
        if cluster is not None:
            cluster.stop()


if __name__ == "__main__":
    main()
