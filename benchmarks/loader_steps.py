"""Where the loader's time goes, step by step, and each database's own floor for the same rows (issue 19).

    python benchmarks/bench_loader.py --steps [--docs 200] [--repeat 3]

Every figure is CPU time (this process's, plus the server's
processes' for PostgreSQL), best of `--repeat`, so that a loaded machine inflates it less than the clock; MB/s
is the Parquet bytes on disk divided by that time, the loader's own measure.

SQLite: reading and checking the files; Arrow columns to Python lists; then the same rows inserted by SQLite
itself, with no Python in between (`INSERT … SELECT` from an in-memory copy made beforehand and not timed),
table by table, the FTS5 pair index alone, the secondary indexes built after: what SQLite costs for these rows
whatever path brings them. PostgreSQL: the client's reading and building of the binary COPY streams; then the
server's CPU for each COPY of the streams built beforehand, and for the indexes and foreign keys after.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from allyscope.scale.bulk import _SQLITE_INSERT, PostgresBulk, _columns, read_tables
from allyscope.scale.parquet import TABLES, partition_bytes, read_manifest
from allyscope.store import Store


def _best(repeat: int, fn: Callable[[], dict[str, float]]) -> dict[str, float]:
    runs = [fn() for _ in range(repeat)]
    return {k: min(r[k] for r in runs) for k in runs[0]}


def sqlite_steps(parts: Path, folder: Path) -> dict[str, float]:
    """CPU seconds of each step into a new SQLite file (see the module's docstring)."""
    manifest = read_manifest(parts)
    out: dict[str, float] = {}
    cpu = time.process_time()
    batches = [read_tables(parts, e) for e in manifest["batches"]]
    out["read and check the Parquet files"] = time.process_time() - cpu
    by_name = {t.name: t for t in TABLES}
    cpu = time.process_time()
    lists = [{n: _columns(b[n], by_name[n]) for n in by_name} for b in batches]
    out["Arrow columns to Python lists"] = time.process_time() - cpu
    db = folder / "floor.db"
    for suffix in ("", "-journal"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    Store(db).close()  # the store's schema
    conn = sqlite3.connect(db, isolation_level=None)
    try:
        for pragma in ("foreign_keys=ON", "synchronous=OFF", "journal_mode=MEMORY", "cache_size=-262144"):
            conn.execute(f"PRAGMA {pragma}")
        loaded = ",".join(f"'{n}'" for n in by_name)
        indexes = conn.execute(
            f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ({loaded})"
        ).fetchall()
        for name, _ in indexes:
            conn.execute(f'DROP INDEX "{name}"')
        conn.execute("ATTACH ':memory:' AS staged")
        for name in _SQLITE_INSERT:
            conn.execute(f"CREATE TABLE staged.{name} AS SELECT * FROM main.{name} WHERE 0")
        conn.execute('CREATE TABLE staged.entries (id, doc_id, kind, layer, start, "end", grams)')
        first = 1
        for batch, columns in zip(batches, lists, strict=True):
            for name, sql in _SQLITE_INSERT.items():
                if columns[name] and columns[name][0]:
                    staged = sql.replace("INTO ", "INTO staged.").replace("OR IGNORE ", "")
                    conn.executemany(staged, zip(*columns[name], strict=True))
            entries = batch["search_entries"]
            values = [entries.column(n).to_pylist() for n in ("doc_id", "kind", "layer", "start", "end", "grams")]
            numbers = range(first, first + entries.num_rows)
            conn.executemany("INSERT INTO staged.entries VALUES (?,?,?,?,?,?,?)", zip(numbers, *values, strict=True))
            first += entries.num_rows
        conn.execute("BEGIN")
        statements = {
            f"SQLite's own insert: {name}": f"INSERT OR IGNORE INTO main.{name} SELECT * FROM staged.{name}"
            for name in _SQLITE_INSERT
        }
        statements["SQLite's own insert: search_entries"] = (
            'INSERT INTO search_entries (id, doc_id, kind, layer, start, "end") '
            'SELECT id, doc_id, kind, layer, start, "end" FROM staged.entries'
        )
        statements["SQLite's own insert: FTS5 pair index"] = (
            "INSERT INTO search_pairs (rowid, grams) SELECT id, grams FROM staged.entries"
        )
        for label, sql in statements.items():
            cpu = time.process_time()
            conn.execute(sql)
            out[label] = time.process_time() - cpu
        cpu = time.process_time()
        for _, sql in indexes:
            conn.execute(sql)
        out["SQLite's own: secondary indexes after the load"] = time.process_time() - cpu
        cpu = time.process_time()
        conn.execute("COMMIT")
        out["SQLite's own: commit"] = time.process_time() - cpu
    finally:
        conn.close()
    return out


def postgres_steps(parts: Path, url: str, server_cpu: Callable[[], float]) -> dict[str, float]:
    """CPU seconds of each step into a new PostgreSQL database (see the module's docstring)."""
    manifest = read_manifest(parts)
    out: dict[str, float] = {}
    with Store(url) as store:
        store.conn.execute("BEGIN IMMEDIATE")
        writer = PostgresBulk(store)
        cpu = time.process_time()
        batches = [writer.read(parts, e) for e in manifest["batches"]]
        out["client: read, check, build binary COPY streams"] = time.process_time() - cpu
        raw = writer.raw
        with raw.cursor() as cursor:
            for _, streams in batches:
                for name, statement, stream in streams:
                    server = server_cpu() + time.process_time()
                    with cursor.copy(statement) as copy:
                        for piece in stream:
                            copy.write(piece)
                    if name == "entities":
                        cursor.execute(
                            "INSERT INTO entities SELECT * FROM allyscope_stage_entities ON CONFLICT DO NOTHING"
                        )
                        cursor.execute("TRUNCATE allyscope_stage_entities")
                    label = f"server: COPY {name} (and the client sending it)"
                    out[label] = out.get(label, 0.0) + server_cpu() + time.process_time() - server
        server = server_cpu() + time.process_time()
        writer.finish()
        out["server: indexes and foreign keys after the load"] = server_cpu() + time.process_time() - server
        server = server_cpu() + time.process_time()
        store.conn.execute("COMMIT")
        out["server: commit"] = server_cpu() + time.process_time() - server
    return out


def report(title: str, steps: dict[str, float], size: int) -> None:
    """Print each step's CPU seconds and the MB/s of Parquet it alone would allow."""
    print(f"{title} (CPU seconds, best of the runs; MB/s of Parquet that step alone would allow)")
    for label, seconds in steps.items():
        rate = f"{size / 1e6 / seconds:8.1f} MB/s" if seconds > 0 else "        —"
        print(f"  {label:62s} {seconds:6.3f} s  {rate}")
    total = sum(steps.values())
    print(f"  {'sum of the steps':62s} {total:6.3f} s  {size / 1e6 / total:8.1f} MB/s")


def run(parts: Path, folder: Path, repeat: int, pg_url: Callable[[], str] | None, server_cpu: Any) -> None:
    """Both breakdowns for the partitions in `parts` (PostgreSQL's when `pg_url` makes databases)."""
    size = partition_bytes(parts, read_manifest(parts))
    report("SQLite, step by step", _best(repeat, lambda: sqlite_steps(parts, folder)), size)
    if pg_url is not None:
        report(
            "PostgreSQL, step by step (server: its processes' CPU)",
            _best(repeat, lambda: postgres_steps(parts, pg_url(), server_cpu)),
            size,
        )
