"""Benchmark for issue 16's figures: kills at random moments, several users at once, big files.

Run: python benchmarks/bench_reliability.py [--part kills|load|size|all] [--kills 200] [--seconds 300]
     [--max-mb 20]

- kills: `kill -9` at random moments of `init`, `ingest`, `review` and `remove` (run as commands, as a user
  would). After each kill the database must pass `integrity_check` and be exactly as before or after the command
  (ingest, which commits in batches of whole documents, may also hold any subset of whole documents, each exactly
  as the uninterrupted run wrote it); then a rerun must reach the uninterrupted run's result.
- load: 4 writers (two ingests that also remove, review decisions, entity merges and unmerges) and 8 readers
  (search, timeline) on one database: every write reported done is found at the end, no command prints a
  traceback or fails, and the readers' latency (p50, p95) is printed.
- size: parse time per MB and peak memory for inputs from 10 KB up to --max-mb (each size in a fresh process).

The reference article (../shared/corpus) is read at run time and varied by a numbered line so that every copy is
a new document; nothing of it is stored in this repository.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT.parent / "shared" / "corpus" / "000_c16b8f8118fbe296.txt"
ENV = {**os.environ, "ALLYSCOPE_USER": "bench", "PYTHONPATH": str(ROOT)}
TIME_COLUMNS = {"at", "ingested_at", "applied_at", "undone_at", "created_at"}


def allyscope(*args: str | Path) -> list[str]:
    return [sys.executable, "-m", "allyscope", *map(str, args)]


def variants(folder: Path, count: int, start: int = 0) -> list[Path]:
    """`count` distinct documents: the reference article with a numbered closing line."""
    base = ARTICLE.read_text("utf-8")
    paths = []
    for i in range(start, start + count):
        path = folder / f"variant{i:04d}.txt"
        path.write_text(f"{base}\n（编号 {i}）\n", "utf-8")
        paths.append(path)
    return paths


# --- what a database holds, timestamps aside ---------------------------------------------------------------


def snapshot(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (virtual tables through their own query, not their shadow tables), sorted,
    without the columns that hold the time of the write. An absent or empty file is the empty snapshot."""
    if not db.exists() or db.stat().st_size == 0:
        return {}
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        tables = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'").fetchall()
        virtual = [n for n, sql in tables if sql and sql.upper().startswith("CREATE VIRTUAL")]
        out: dict[str, list[tuple[Any, ...]]] = {}
        for name, _ in tables:
            if name.startswith("sqlite_") or any(name.startswith(v + "_") for v in virtual) or name == "_migrations":
                continue
            columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{name}")')]
            keep = [c for c in columns if c not in TIME_COLUMNS] or columns
            select = ", ".join(f'"{c}"' for c in keep)
            rows = conn.execute(f'SELECT {select} FROM "{name}"').fetchall()
            if rows:  # an empty table is no content: a database with its schema and nothing else is "before"
                out[name] = sorted(rows, key=repr)
        return out
    finally:
        conn.close()


def integrity(db: Path) -> str:
    if not db.exists():
        return "ok"
    conn = sqlite3.connect(db)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def whole_documents(state: dict[str, Any], before: dict[str, Any], after: dict[str, Any]) -> bool:
    """True when `state` is `before` plus whole documents of `after`: every row of it is a row of before or
    after, and every document present has exactly the rows the uninterrupted run gave it."""
    if not state:
        return False
    for table, rows in state.items():
        allowed = Counter(before.get(table, [])) | Counter(after.get(table, []))
        if Counter(rows) - allowed:
            return False
    present = {row[0] for row in state.get("documents", [])}
    for table in ("spans", "footnotes", "markers", "events", "entity_mentions"):
        index = _doc_column(table)
        got = Counter(row[index] for row in state.get(table, []))
        want = Counter(row[index] for row in after.get(table, []))
        if any(got[d] != want[d] for d in present):
            return False
    return True


def _doc_column(table: str) -> int:
    return {"spans": 0, "footnotes": 0, "markers": 0, "events": 1, "entity_mentions": 1}[table]


# --- kills ---------------------------------------------------------------------------------------------------


def prepare(folder: Path, ingest_files: int = 10) -> dict[str, Any]:
    """The databases and commands of the four scenarios, each with its state before and after."""
    base = folder / "base.db"
    extra = variants(folder, 1, 900)[0]  # a document no shipped decision is about: its candidates are pending
    subprocess.run(
        allyscope("init", "--db", base, "--with", ARTICLE, "--with", extra), env=ENV, check=True, capture_output=True
    )
    pending = json.loads(
        subprocess.run(
            allyscope("review", "--db", base, "--list", "--json"), env=ENV, check=True, capture_output=True
        ).stdout
    )
    doc_id = json.loads(subprocess.run(allyscope("docs", "--db", base, "--json"), env=ENV, capture_output=True).stdout)[
        0
    ]["id"]
    files = variants(folder, ingest_files)
    scenarios = {
        "init": (None, ["init", "--with", ARTICLE]),
        "ingest": (base, ["ingest", "--jobs", "2", *files]),
        "review": (base, ["review", pending[0]["candidate"], "--accept"]),
        "remove": (base, ["remove", doc_id]),
    }
    out: dict[str, Any] = {}
    for name, (start, command) in scenarios.items():
        db = folder / f"{name}-after.db"
        if start is not None:
            shutil.copy(start, db)
        began = time.perf_counter()
        subprocess.run(allyscope(*command, "--db", db), env=ENV, check=True, capture_output=True)
        took = time.perf_counter() - began
        out[name] = {
            "start": start,
            "command": command,
            "before": snapshot(start) if start else {},
            "after": snapshot(db),
            "seconds": took,
        }
    return out


def kill_once(
    folder: Path, name: str, scenario: dict[str, Any], delay: float, index: int, at_write: bool = False
) -> str:
    """Run the scenario's command, SIGKILL it after `delay` s (with `at_write`: `delay` s after its first write
    reaches the write-ahead log); check; rerun when needed. Returns the outcome."""
    db = folder / f"kill-{name}-{index}.db"
    if scenario["start"] is not None:
        shutil.copy(scenario["start"], db)
    process = subprocess.Popen(
        allyscope(*scenario["command"], "--db", db),
        env=ENV,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    if at_write:
        _wait_for_a_write(db, process)
    time.sleep(delay)
    finished = process.poll() is not None
    if not finished:
        os.kill(process.pid, signal.SIGKILL)
    if finished:
        scenario["seconds"] *= 0.9  # the command was quicker than thought: aim earlier next time
    process.wait()
    if process.returncode not in (0, -signal.SIGKILL):
        raise AssertionError(
            f"{name}: exit {process.returncode}: {process.stderr.read().decode() if process.stderr else ''}"
        )
    if process.stderr:
        process.stderr.close()
    _wait_for_children(process.pid)
    check = integrity(db)
    if check != "ok":
        raise AssertionError(f"{name} killed after {delay:.2f} s: integrity_check says {check}")
    state = snapshot(db)
    if state == scenario["after"]:
        outcome = "after"
    elif state == scenario["before"]:
        outcome = "before"
    elif name == "ingest" and whole_documents(state, scenario["before"], scenario["after"]):
        outcome = "whole documents"
    else:
        raise AssertionError(f"{name} killed after {delay:.2f} s: neither before nor after ({db})")
    if outcome != "after":
        began = time.perf_counter()
        rerun = subprocess.run(allyscope(*scenario["command"], "--db", db), env=ENV, capture_output=True)
        if rerun.returncode != 0 or snapshot(db) != scenario["after"]:
            raise AssertionError(f"{name}: the rerun after a kill did not complete: {rerun.stderr.decode()}")
        if outcome == "before":  # a full run from the same start: how long the command takes under today's load
            scenario["seconds"] = 0.7 * scenario["seconds"] + 0.3 * (time.perf_counter() - began)
    if finished:
        outcome = "ended before the kill"
    for leftover in folder.glob(f"kill-{name}-{index}.db*"):
        leftover.unlink()
    return outcome


def _wait_for_a_write(db: Path, process: subprocess.Popen[bytes]) -> None:
    """Return when the write-ahead log of `db` grows (a transaction is being written) or the process ends."""
    wal = db.with_name(db.name + "-wal")
    while process.poll() is None:
        try:
            if wal.stat().st_size > 0:
                return
        except FileNotFoundError:
            pass
        time.sleep(0.001)


def _wait_for_children(pid: int, timeout: float = 5.0) -> None:
    """Wait until no process has `pid` as parent any more (the workers of a killed ingest die with it)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not children_of(pid):
            return
        time.sleep(0.05)
    raise AssertionError(f"workers of killed process {pid} still alive: {children_of(pid)}")


def children_of(pid: int) -> list[int]:
    """Live processes whose parent is `pid` (read from /proc; empty where there is no /proc)."""
    found = []
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid and fields[0] != "Z":
            found.append(int(entry.name))
    return found


def run_kills(kills: int, seed: int = 16) -> dict[str, Counter[str]]:
    rng = random.Random(seed)
    results: dict[str, Counter[str]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        scenarios = prepare(folder)
        names = list(scenarios)
        for i in range(kills):
            name = names[i % len(names)]
            scenario = scenarios[name]
            if (i // len(names)) % 2:  # every other round: a moment within the writes, where it matters
                outcome = kill_once(folder, name, scenario, rng.uniform(0, 0.3), i, at_write=True)
                name += ", while writing"
            else:
                delay = rng.uniform(0.3, 1.05) * scenario["seconds"]  # start-up is most of the first third
                outcome = kill_once(folder, name, scenario, delay, i)
            results.setdefault(name, Counter())[outcome] += 1
    return results


# --- several users at once -----------------------------------------------------------------------------------


THINK_SECONDS = 0.1  # a reader's pause between queries: people read what they asked for
READER_QUERIES = ["合作", "security", "安全保障", "伙伴关系"]


def _schedstat() -> tuple[float, float]:
    """(seconds on a CPU, seconds runnable but waiting for one) of this thread so far, from the kernel's
    scheduler statistics; (process CPU time, 0) where /proc has none."""
    try:
        on_cpu, waiting, _ = Path("/proc/thread-self/schedstat").read_text().split()
        return int(on_cpu) / 1e9, int(waiting) / 1e9
    except (OSError, ValueError):
        return time.process_time(), 0.0


def _one_read(db: str, i: int) -> None:
    """Open read-only, one search (odd `i`) or timeline page (even), close: what a reader does per request."""
    from allyscope.store import Store

    with Store(db, readonly=True) as store:
        if i % 2:
            store.search(READER_QUERIES[i % len(READER_QUERIES)], 20)
        else:
            store.timeline(limit=50)


def _reader(db: str, until: float, queue: Any) -> None:
    times: list[tuple[float, float, float]] = []  # per read: wall, on CPU, waiting for a CPU
    i = 0
    while time.time() < until:
        started, (cpu, waited) = time.perf_counter(), _schedstat()
        _one_read(db, i)
        cpu_after, waited_after = _schedstat()
        times.append((time.perf_counter() - started, cpu_after - cpu, waited_after - waited))
        i += 1
        time.sleep(THINK_SECONDS)
    queue.put(times)


class Writer(threading.Thread):
    """Runs commands one after another until the time is up; records what each did and any failure."""

    def __init__(self, name: str, db: Path, steps: Any, until: float) -> None:
        super().__init__(name=name)
        self.db, self.steps, self.until = db, steps, until
        self.done: list[tuple[str, ...]] = []
        self.failures: list[str] = []

    def run(self) -> None:
        for step in self.steps:
            if time.time() >= self.until:
                return
            command, record = step
            result = subprocess.run(allyscope(*command, "--db", self.db), env=ENV, capture_output=True, text=True)
            if result.returncode != 0 or "Traceback" in result.stderr:
                self.failures.append(f"{' '.join(map(str, command))}: exit {result.returncode}: {result.stderr[-300:]}")
            else:
                self.done.append(record)


def run_load(seconds: float, quiet: float = 0) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = folder / "kb.db"
        extra = variants(folder, 1, 900)[0]  # no shipped decision is about it: its candidates are pending
        subprocess.run(
            allyscope("init", "--db", db, "--with", ARTICLE, "--with", extra), env=ENV, check=True, capture_output=True
        )
        pending = json.loads(
            subprocess.run(allyscope("review", "--db", db, "--list", "--json"), env=ENV, capture_output=True).stdout
        )
        alone = _p95(_read(db, time.time() + quiet)) if quiet else None  # the machine's floor, no writer running
        until = time.time() + seconds

        def ingest_steps(start: int) -> Any:
            for i, path in enumerate(variants(folder, 200, start)):
                yield ["ingest", path], ("ingest", path.name)
                if i % 2:
                    yield ["remove", path.name], ("remove", path.name)

        def review_steps() -> Any:
            for i, event in enumerate(pending):
                action = "--accept" if i % 2 else "--reject"
                yield ["review", event["candidate"], action, "--by", "writer-review"], (action, event["candidate"])

        def merge_steps() -> Any:
            pairs = [("person:a", "person:b")]
            entities = _two_entities(db)
            pairs = [entities] if entities else pairs
            for i in range(10_000):
                if i % 2 == 0:
                    yield ["entity", pairs[0][0], "--merge-into", pairs[0][1], "--by", "writer-merge"], ("merge",)
                else:
                    yield ["entity", pairs[0][0], "--unmerge", "--by", "writer-merge"], ("unmerge",)

        writers = [
            Writer("ingest-a", db, ingest_steps(0), until),
            Writer("ingest-b", db, ingest_steps(1000), until),
            Writer("review", db, review_steps(), until),
            Writer("merge", db, merge_steps(), until),
        ]
        for w in writers:
            w.start()
        reads = _read(db, until)
        for w in writers:
            w.join()
        lost = _lost_writes(db, writers)
        latencies = sorted(wall for wall, _, _ in reads)
        slow = [r for r in reads if r[0] >= latencies[int(len(latencies) * 0.95)]] if reads else []
        return {
            "seconds": seconds,
            "writes": {w.name: len(w.done) for w in writers},
            "failures": [f for w in writers for f in w.failures],
            "lost": lost,
            "reads": len(latencies),
            "p50_ms": statistics.median(latencies) * 1000 if latencies else None,
            "p95_ms": latencies[int(len(latencies) * 0.95)] * 1000 if latencies else None,
            "cpu_p50_ms": statistics.median(cpu for _, cpu, _ in reads) * 1000 if reads else None,
            # where the slowest 5 % of reads spent their time: working, queued for a CPU, or neither (I/O, locks)
            "slow_split_ms": [statistics.mean(r[k] for r in slow) * 1000 for k in range(3)] if slow else None,
            "integrity": integrity(db),
            "alone_p95_ms": alone,
        }


def _read(db: Path, until: float, count: int = 8) -> list[tuple[float, float, float]]:
    """Run `count` reader processes until `until`; every read's (wall, on CPU, queued for a CPU) seconds. The
    modules and data a read loads on first use are loaded here first, so the readers (forked) time reads only."""
    for i in range(len(READER_QUERIES)):
        _one_read(str(db), i)
    queue: Any = multiprocessing.get_context("fork").Queue()
    readers = [
        multiprocessing.get_context("fork").Process(target=_reader, args=(str(db), until, queue)) for _ in range(count)
    ]
    for r in readers:
        r.start()
    reads: list[tuple[float, float, float]] = []
    for _ in readers:
        reads += queue.get()
    for r in readers:
        r.join()
    return reads


def _p95(reads: list[tuple[float, float, float]]) -> float | None:
    walls = sorted(wall for wall, _, _ in reads)
    return walls[int(len(walls) * 0.95)] * 1000 if walls else None


def _two_entities(db: Path) -> tuple[str, str] | None:
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute("SELECT id FROM entities ORDER BY id LIMIT 2").fetchall()
    finally:
        conn.close()
    return (rows[0][0], rows[1][0]) if len(rows) == 2 else None


def _lost_writes(db: Path, writers: list[Writer]) -> list[str]:
    """Writes a writer saw succeed that the database does not hold at the end."""
    conn = sqlite3.connect(db)
    lost: list[str] = []
    try:
        sources = {Path(r[0]).name for r in conn.execute("SELECT source FROM documents")}
        for w in writers:
            if w.name.startswith("ingest"):
                last: dict[str, str] = {}
                for action, name in w.done:
                    last[name] = action
                for name, action in last.items():
                    if (action == "ingest") != (name in sources):
                        lost.append(f"{w.name}: {action} {name}")
            elif w.name == "review":
                decided = {
                    (r[0], r[1])
                    for r in conn.execute("SELECT candidate, action FROM decisions WHERE by = 'writer-review'")
                }
                for action, candidate in w.done:
                    if (candidate, action.lstrip("-")) not in decided:
                        lost.append(f"review: {action} {candidate}")
            elif w.name == "merge":
                merges = conn.execute("SELECT count(*) FROM entity_merges WHERE by = 'writer-merge'").fetchone()[0]
                undone = conn.execute("SELECT count(*) FROM entity_merges WHERE undone_by = 'writer-merge'").fetchone()[
                    0
                ]
                want = Counter(r[0] for r in w.done)
                if (merges, undone) != (want["merge"], want["unmerge"]):
                    lost.append(f"merge: {merges} merges, {undone} undone; expected {want['merge']}, {want['unmerge']}")
    finally:
        conn.close()
    return lost


# --- big files -------------------------------------------------------------------------------------------------

SIZE_PROBE = """
import resource, sys, time
from allyscope.pipeline import parse
started, cpu = time.perf_counter(), time.process_time()
parse(sys.argv[1])
took, cpu = time.perf_counter() - started, time.process_time() - cpu
print(took, cpu, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024)
"""


def run_sizes(max_mb: float) -> list[dict[str, float]]:
    base = ARTICLE.read_text("utf-8")
    sizes = [s for s in (0.01, 0.1, 0.5, 1, 2, 5, 10, 20, 50, 100) if s <= max_mb]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        idle = subprocess.run(
            [sys.executable, "-c", "import resource; from allyscope.pipeline import parse; "
             "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024)"],
            env=ENV, capture_output=True, text=True, check=True,
        )  # fmt: skip
        baseline = int(idle.stdout)
        for mb in sizes:
            path = Path(tmp) / f"size{mb}.txt"
            target = int(mb * 1024 * 1024)
            text = (base * (target // len(base.encode("utf-8")) + 1)).encode("utf-8")[:target].decode("utf-8", "ignore")
            path.write_text(text, "utf-8")
            size = path.stat().st_size
            probe = subprocess.run(
                [sys.executable, "-c", SIZE_PROBE, str(path)], env=ENV, capture_output=True, text=True, check=True
            )
            took, cpu, peak = probe.stdout.split()
            rows.append(
                {
                    "mb": size / 1024 / 1024,
                    "seconds": float(took),
                    "cpu_seconds": float(cpu),
                    "cpu_per_mb": float(cpu) / (size / 1024 / 1024),
                    "peak_mb": int(peak) / 1024 / 1024,
                    "peak_over_size": (int(peak) - baseline) / size,
                }
            )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=["kills", "load", "size", "all"], default="all")
    parser.add_argument("--kills", type=int, default=8, help="kill moments in all (default 8; the figure: 200)")
    parser.add_argument("--seconds", type=float, default=15, help="duration of the load (default 15; figure: 300)")
    parser.add_argument("--max-mb", type=float, default=5, help="largest input of the size curve (default 5)")
    parser.add_argument(
        "--nice", type=int, default=None, help="niceness of the load's ingests (default: ingest's own, 10; 0: none)"
    )
    args = parser.parse_args()
    if args.nice is not None:
        ENV["ALLYSCOPE_NICE"] = str(args.nice)
    if not ARTICLE.exists():
        sys.exit(f"the reference article is not at {ARTICLE}")
    if args.part in ("kills", "all"):
        started = time.perf_counter()
        results = run_kills(args.kills)
        print(
            f"kill -9 at {args.kills} random moments ({time.perf_counter() - started:.0f} s), every database passed "
            "integrity_check, was before or after, and a rerun completed. State found after the kill:"
        )
        for name, counts in sorted(results.items()):
            print(f"  {name:<22} " + ", ".join(f"{k}: {v}" for k, v in sorted(counts.items())))
    if args.part in ("load", "all"):
        load = run_load(args.seconds, quiet=min(20.0, args.seconds / 3))
        nice = ENV.get("ALLYSCOPE_NICE") or "10 (default)"
        print(f"4 writers and 8 readers for {load['seconds']:g} s, ingests at nice {nice}: writes {load['writes']}")
        print(f"  failures: {len(load['failures'])}  lost writes: {len(load['lost'])}  integrity: {load['integrity']}")
        for problem in load["failures"][:5] + load["lost"][:5]:
            print(f"    {problem}")
        print(
            f"  reads (open read-only, search or timeline, close; {THINK_SECONDS:g} s pause between): "
            f"{load['reads']}, p50 {load['p50_ms']:.1f} ms, p95 {load['p95_ms']:.1f} ms"
        )
        if load["alone_p95_ms"] is not None:
            print(
                f"  the same 8 readers alone just before (the machine's own load, no writer): p95 "
                f"{load['alone_p95_ms']:.1f} ms"
            )
        if load["slow_split_ms"]:
            wall, cpu, queued = load["slow_split_ms"]
            print(
                f"  a read's own CPU p50 {load['cpu_p50_ms']:.1f} ms; the slowest 5 % took {wall:.0f} ms on average: "
                f"{cpu:.0f} ms on a CPU, {queued:.0f} ms queued for one, {wall - cpu - queued:.0f} ms neither "
                "(I/O, locks)"
            )
    if args.part in ("size", "all"):
        print("parse time and peak memory by input size (tiled reference article, fresh process each):")
        print(f"  {'MB':>8} {'wall s':>8} {'CPU s':>8} {'CPU s/MB':>9} {'peak MB':>8} {'peak-idle / size':>17}")
        for row in run_sizes(args.max_mb):
            print(
                f"  {row['mb']:>8.2f} {row['seconds']:>8.2f} {row['cpu_seconds']:>8.2f} {row['cpu_per_mb']:>9.2f} "
                f"{row['peak_mb']:>8.0f} {row['peak_over_size']:>17.1f}"
            )


if __name__ == "__main__":
    main()
