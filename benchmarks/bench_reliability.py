"""Benchmark for issue 16's figures: kills at random moments, several users at once, big files.

Run: python benchmarks/bench_reliability.py [--part kills|load|size|payload|all] [--kills 200] [--seconds 300]
     [--readers 8] [--cli-readers 1] [--max-mb 20] [--nice N] [--stages] [--keep PATH]

- kills: `kill -9` at random moments of `init`, `ingest`, `review` and `remove` (run as commands, as a user
  would). After each kill the database must pass `integrity_check` and be exactly as before or after the command
  (ingest, which commits in batches of whole documents, may also hold any subset of whole documents, each exactly
  as the uninterrupted run wrote it); then a rerun must reach the uninterrupted run's result.
- load: 4 writers (two ingests that also remove, review decisions, entity merges and unmerges), 8 readers that
  keep their connection as the web desk and the API do (`allyscope.web.access.ReadOnlyStore`; search, timeline)
  and 1 reader at a shell (a CLI process per read, a second apart) on one database: every write reported done is
  found at the end, no command prints a traceback or fails, and each reader kind's latency (p50, p95, p99) is
  printed — the figure is the held-connection readers'; a CLI read is mostly the interpreter's start-up — with
  where the slowest reads spent their time (on a CPU, runnable but queued for one, neither), the same readers'
  p95 alone just before (what the machine's other load costs them), the write-ahead log's largest size and the
  load average; each writer's commands (wall and CPU time, waits for another writer; --keep PATH keeps the final
  database) and a read's CPU in one process on the final database, on a held connection and opening one per read.
- size: parse time per MB and peak memory for inputs from 10 KB up to --max-mb (each size in a fresh process;
  --stages adds each stage's CPU seconds per MB).
- payload: hostile documents through every command on a pseudo-terminal and every file output, each output read
  as its consumer reads it (terminal, browser, Markdown viewer, spreadsheet, XML and JSON readers).

The reference article (../shared/corpus) is read at run time and varied by a numbered line so that every copy is
a new document; nothing of it is stored in this repository.
"""

from __future__ import annotations

import argparse
import csv
import html
import io
import json
import multiprocessing
import os
import random
import re
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
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT.parent / "shared" / "corpus" / "000_c16b8f8118fbe296.txt"
ENV = {**os.environ, "ALLYSCOPE_USER": "bench", "PYTHONPATH": str(ROOT)}
TIME_COLUMNS = {"at", "ingested_at", "applied_at", "undone_at", "created_at"}
ENDED = "ended before the kill"  # a kill moment that found the command already done


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
        # views too: spans, footnotes, markers and mentions show their rows by document id through them (0020)
        tables = conn.execute("SELECT name, sql FROM sqlite_master WHERE type IN ('table', 'view')").fetchall()
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
        outcome = ENDED
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
    """`kills` moments that found the command still running, shared evenly among the four scenarios; every
    other one of each scenario within its writes. A moment that found the command already ended is counted
    apart (as "ended before the kill") and another moment drawn, earlier (`kill_once` adapts the estimate)."""
    rng = random.Random(seed)
    results: dict[str, Counter[str]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        scenarios = prepare(folder)
        names = list(scenarios)
        want = {name: kills // len(names) + (i < kills % len(names)) for i, name in enumerate(names)}
        killed: Counter[str] = Counter()
        attempt = 0
        while any(killed[n] < want[n] for n in names) and attempt < 4 * kills:
            name = names[attempt % len(names)]
            attempt += 1
            if killed[name] >= want[name]:
                continue
            scenario = scenarios[name]
            if killed[name] % 2:  # every other moment: within the writes, where it matters
                outcome = kill_once(folder, name, scenario, rng.uniform(0, 0.3), attempt, at_write=True)
                label = name + ", while writing"
            else:
                delay = rng.uniform(0.3, 1.05) * scenario["seconds"]  # start-up is most of the first third
                outcome = kill_once(folder, name, scenario, delay, attempt)
                label = name
            results.setdefault(label, Counter())[outcome] += 1
            killed[name] += outcome != ENDED
    return results


# --- several users at once -----------------------------------------------------------------------------------


THINK_SECONDS = 0.1  # a reader's pause between queries: people read what they asked for
CLI_THINK_SECONDS = 1.0  # someone at a shell: a command, then a look at what it printed
READER_QUERIES = ["合作", "security", "安全保障", "伙伴关系"]
HELD_KINDS = ("search", "timeline")  # reads on a held connection: the figure
CLI_KINDS = ("CLI search", "CLI timeline")  # a new process per read: interpreter start-up and imports included


def _schedstat() -> tuple[float, float]:
    """(seconds on a CPU, seconds runnable but waiting for one) of this thread so far: its CPU clock, and the
    kernel's scheduler statistics for the wait (0 where /proc has none). The CPU is not read from schedstat: the
    kernel brings a running thread's figure there up to date only at a tick or a switch, so a read of 1 ms
    shows 0 or 4 ms."""
    try:
        waiting = int(Path("/proc/thread-self/schedstat").read_text().split()[1]) / 1e9
    except (OSError, ValueError, IndexError):
        waiting = 0.0
    return time.thread_time(), waiting


def _query(store: Any, i: int) -> str:
    """One search (odd `i`) or timeline page of 50 facts (even) on an open store; returns which."""
    if i % 2:
        store.search(READER_QUERIES[i % len(READER_QUERIES)], 20)
        return "search"
    store.timeline(limit=50)
    return "timeline"


def _one_read(db: str, i: int) -> None:
    """Open read-only, one search or timeline page, close: a reader that opens per request."""
    from allyscope.store import Store

    with Store(db, readonly=True) as store:
        _query(store, i)


def _held_store(db: str) -> Any:
    """The connection a reader keeps: the web desk's and API's pooled read-only store (`allyscope.web.access`)."""
    from allyscope.web.access import ReadOnlyStore

    return ReadOnlyStore(Path(db))


def _reader(db: str, until: float, queue: Any) -> None:
    """A reader of the web desk or the API: its connection is opened once and kept (as `serve` keeps a pool of
    them), each request one query in autocommit, so it sees every commit made before it."""
    times: list[tuple[str, float, float, float]] = []  # per read: kind, wall, on CPU, waiting for a CPU
    store = _held_store(db)
    for i in range(len(READER_QUERIES)):  # what a first read loads (modules, data), as a server has loaded it
        _query(store, i)
    i = 0
    try:
        while time.time() < until:
            # The wait is read from /proc outside the timed read: inside it, opening that file added ~25 ms to
            # the median timeline read under load (a read that took 1.3 ms of CPU showed 28 ms), and every
            # earlier figure of this benchmark included it.
            waited = _schedstat()[1]
            started, cpu = time.perf_counter(), time.thread_time()
            kind = _query(store, i)
            wall, cpu = time.perf_counter() - started, time.thread_time() - cpu
            times.append((kind, wall, cpu, _schedstat()[1] - waited))
            i += 1
            time.sleep(THINK_SECONDS)
    finally:
        store.close()
    queue.put(times)


class CliReader(threading.Thread):
    """Someone at a shell: `allyscope search` or `allyscope timeline` as a new process per read, a second apart.
    Its wall time is mostly the interpreter's start-up and imports, not the query: reported apart."""

    def __init__(self, db: Path, until: float) -> None:
        super().__init__(name="cli-reader")
        self.db, self.until = db, until
        self.reads: list[tuple[str, float, float, float]] = []
        self.failures: list[str] = []

    def run(self) -> None:
        i = 0
        while time.time() < self.until:
            if i % 2:
                command = ["search", READER_QUERIES[i % len(READER_QUERIES)], "--limit", "20"]
            else:
                command = ["timeline", "--limit", "50"]
            started = time.perf_counter()
            returncode, stderr, cpu = _run_timed(allyscope(*command, "--db", self.db))
            kind = CLI_KINDS[i % 2 == 0]
            self.reads.append((kind, time.perf_counter() - started, cpu, 0.0))
            if returncode != 0 or "Traceback" in stderr:
                self.failures.append(f"{' '.join(command)}: exit {returncode}: {stderr[-300:]}")
            i += 1
            time.sleep(CLI_THINK_SECONDS)


class Watch(threading.Thread):
    """Samples, every quarter second, the write-ahead log's size and the machine's load average."""

    def __init__(self, db: Path) -> None:
        super().__init__(name="watch", daemon=True)
        self.wal = db.with_name(db.name + "-wal")
        self.stop = threading.Event()
        self.wal_bytes: list[int] = []
        self.load: list[float] = []

    def run(self) -> None:
        while not self.stop.wait(0.25):
            try:
                self.wal_bytes.append(self.wal.stat().st_size)
            except FileNotFoundError:
                self.wal_bytes.append(0)
            self.load.append(os.getloadavg()[0])


def _run_timed(command: list[str]) -> tuple[int, str, float]:
    """Run a command to its end: (exit code, stderr, CPU seconds of it and the workers it waited for). The CPU
    comes from the command's own `wait4` usage, so writers running side by side each count only their own."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        process = subprocess.Popen(command, env=ENV, stdout=out, stderr=err)
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        return process.returncode, err.read().decode("utf-8", "replace"), usage.ru_utime + usage.ru_stime


class Writer(threading.Thread):
    """Runs commands one after another until the time is up; records what each did and any failure."""

    def __init__(self, name: str, db: Path, steps: Any, until: float) -> None:
        super().__init__(name=name)
        self.db, self.steps, self.until = db, steps, until
        self.done: list[tuple[str, ...]] = []
        self.failures: list[str] = []
        self.seconds: list[float] = []  # each command's wall time, start to exit
        self.cpu: list[float] = []  # each command's CPU time (user + system, its workers included)
        self.waited = 0  # commands that said they waited for another writer

    def run(self) -> None:
        for step in self.steps:
            if time.time() >= self.until:
                return
            command, record = step
            started = time.perf_counter()
            returncode, stderr, cpu = _run_timed(allyscope(*command, "--db", self.db))
            self.seconds.append(time.perf_counter() - started)
            self.cpu.append(cpu)
            self.waited += "waiting" in stderr
            if returncode != 0 or "Traceback" in stderr:
                self.failures.append(f"{' '.join(map(str, command))}: exit {returncode}: {stderr[-300:]}")
            else:
                self.done.append(record)


def run_load(
    seconds: float, quiet: float = 0, keep: Path | None = None, readers: int = 8, cli_readers: int = 1
) -> dict[str, Any]:
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
        # the machine's floor, no writer running
        alone = _p95(_read(db, time.time() + quiet, readers)) if quiet else None
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
        cli = [CliReader(db, until) for _ in range(cli_readers)]
        watch = Watch(db)
        watch.start()
        for w in [*writers, *cli]:
            w.start()
        reads = _read(db, until, readers)
        for w in [*writers, *cli]:
            w.join()
        watch.stop.set()
        watch.join()
        reads += [r for c in cli for r in c.reads]
        lost = _lost_writes(db, writers)
        read_cpu = _read_cpu(db)
        if keep is not None:  # the database as the readers last saw it, to profile their queries on it
            with sqlite3.connect(db) as source, sqlite3.connect(keep) as copy:
                source.backup(copy)
        held = [r for r in reads if r[0] in HELD_KINDS]
        latencies = sorted(wall for _, wall, _, _ in held)
        slow = [r for r in held if r[1] >= latencies[int(len(latencies) * 0.95)]] if held else []
        return {
            "seconds": seconds,
            "readers": readers,
            "cli_readers": cli_readers,
            "writes": {w.name: len(w.done) for w in writers},
            "commands": {
                w.name: {
                    "count": len(w.seconds),
                    "wall_p50": statistics.median(w.seconds) if w.seconds else 0.0,
                    "wall_max": max(w.seconds, default=0.0),
                    "cpu_p50": statistics.median(w.cpu) if w.cpu else 0.0,
                    "cpu_total": sum(w.cpu),
                    "waited": w.waited,
                }
                for w in writers
            },
            "failures": [f for w in [*writers, *cli] for f in w.failures],
            "lost": lost,
            "kinds": {kind: _percentiles([r for r in reads if r[0] == kind]) for kind in (*HELD_KINDS, *CLI_KINDS)},
            "reads": len(latencies),
            "p50_ms": _percentile(latencies, 0.50),
            "p95_ms": _percentile(latencies, 0.95),
            "p99_ms": _percentile(latencies, 0.99),
            "cpu_p50_ms": statistics.median(cpu for _, _, cpu, _ in held) * 1000 if held else None,
            # where the slowest 5 % of reads spent their time: working, queued for a CPU, or neither (I/O, locks)
            "slow_split_ms": [statistics.mean(r[k] for r in slow) * 1000 for k in (1, 2, 3)] if slow else None,
            "integrity": integrity(db),
            "alone_p95_ms": alone,
            "read_cpu_ms": read_cpu,
            "wal_max_mb": max(watch.wal_bytes, default=0) / 1024 / 1024,
            "wal_end_mb": (watch.wal_bytes or [0])[-1] / 1024 / 1024,
            "db_mb": db.stat().st_size / 1024 / 1024,
            "load_mean": statistics.mean(watch.load) if watch.load else os.getloadavg()[0],
            "load_max": max(watch.load, default=os.getloadavg()[0]),
            "process_start_cpu_ms": _process_start_cpu(),
        }


def _percentile(walls: list[float], q: float) -> float | None:
    """The `q` quantile (nearest rank) of sorted wall times, in ms."""
    return walls[min(len(walls) - 1, int(len(walls) * q))] * 1000 if walls else None


def _percentiles(reads: list[tuple[str, float, float, float]]) -> dict[str, Any]:
    walls = sorted(wall for _, wall, _, _ in reads)
    cpu = statistics.median(c for _, _, c, _ in reads) * 1000 if reads else None
    return {"count": len(walls), "cpu_p50": cpu} | {
        f"p{round(q * 100)}": _percentile(walls, q) for q in (0.50, 0.95, 0.99)
    }


def _process_start_cpu(runs: int = 5) -> dict[str, float]:
    """CPU ms (median) of a process that only starts Python, and of one that also imports the command line: the
    part of a CLI read that is no read at all."""
    out: dict[str, float] = {}
    for name, code in (("python", "pass"), ("python + allyscope.cli", "import allyscope.cli")):
        out[name] = statistics.median(_run_timed([sys.executable, "-c", code])[2] for _ in range(runs)) * 1000
    return out


def _read_cpu(db: Path, reads: int = 40) -> dict[str, float]:
    """A read's CPU (ms, median) in this process on the final database: on a held connection, and opening a
    new one per read (open read-only, query, close), each back to back and after a reader's pause. On a shared
    machine a read after a pause costs more (the CPU's caches hold other processes' data)."""
    for i in range(len(READER_QUERIES)):
        _one_read(str(db), i)
    held = _held_store(str(db))
    measured: dict[str, list[float]] = {}
    try:
        for paused in (False, True):
            for how in ("held", "open per read"):
                key = f"{how}{', after a pause' if paused else ''}"
                measured[key] = []
                for i in range(reads):
                    if paused:
                        time.sleep(THINK_SECONDS)
                    before = _schedstat()[0]
                    if how == "held":
                        _query(held, i)
                    else:
                        _one_read(str(db), i)
                    measured[key].append((_schedstat()[0] - before) * 1000)
    finally:
        held.close()
    return {key: statistics.median(values) for key, values in measured.items()}


def _read(db: Path, until: float, count: int = 8) -> list[tuple[str, float, float, float]]:
    """Run `count` reader processes until `until`; every read's (kind, wall, on CPU, queued for a CPU) seconds.
    Each reader is a process of its own (started fresh, as a server is: not forked from this one, whose writer
    threads and memory it would share), loads what a read needs and opens its connection before it times."""
    context = multiprocessing.get_context("spawn")
    queue: Any = context.Queue()
    readers = [context.Process(target=_reader, args=(str(db), until, queue)) for _ in range(count)]
    for r in readers:
        r.start()
    reads: list[tuple[str, float, float, float]] = []
    for _ in readers:
        reads += queue.get()
    for r in readers:
        r.join()
    return reads


def _p95(reads: list[tuple[str, float, float, float]]) -> float | None:
    return _percentile(sorted(wall for _, wall, _, _ in reads), 0.95)


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
import json, resource, sys, time
from allyscope.pipeline import parse
first = time.process_time()
parse(sys.argv[2])  # what any first parse of a file loads (readers, data, patterns), paid once
first = time.process_time() - first
import gc, os
gc.collect()
try:  # resident now, not the peak: the warm-up's own transient memory is free for the parse to reuse
    warm = int(open("/proc/self/statm").read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
except OSError:
    warm = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
stages, last = {}, [time.process_time()]
def progress(stage, seconds):  # told as each stage of `parse` ends: its CPU time since the previous one
    now = time.process_time()
    stages[stage] = now - last[0]
    last[0] = now
started = time.perf_counter()
cpu = time.process_time()
last[0] = cpu
parse(sys.argv[1], progress=progress)
took, cpu = time.perf_counter() - started, time.process_time() - cpu
try:  # this process's own peak: ru_maxrss keeps the peak of the forked parent from before the exec
    peak = next(int(l.split()[1]) * 1024 for l in open("/proc/self/status") if l.startswith("VmHWM:"))
except (OSError, StopIteration):
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
print(took, cpu, peak, warm, first, json.dumps(stages))
"""


def run_sizes(max_mb: float, short_lines: int = 0) -> list[dict[str, Any]]:
    """One row per size of the tiled article up to `max_mb`; with `short_lines`, one more row: a file of that
    many lines of one or two words (the worst case of the layout: one set of line objects per few bytes)."""
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
        warm_up = Path(tmp) / "warm-up.txt"  # the article's paragraphs in reverse order: same kind, other text
        warm_up.write_text("\n\n".join(reversed(base.split("\n\n"))), "utf-8")

        def inputs() -> Any:  # one at a time: the parent holds no 100 MB text while a probe runs
            for mb in sizes:
                target = int(mb * 1024 * 1024)
                tiled = (base * (target // len(base.encode("utf-8")) + 1)).encode("utf-8")[:target]
                yield f"{mb:g} MB", tiled.decode("utf-8", "ignore")
            if short_lines:
                words = base.split()
                rng = random.Random(16)
                yield f"{short_lines:,} lines", "".join(rng.choice(words)[:4] + "\n" for _ in range(short_lines))

        for label, text in inputs():
            path = Path(tmp) / "input.txt"
            path.write_text(text, "utf-8")
            size = path.stat().st_size
            probe = subprocess.run(
                [sys.executable, "-c", SIZE_PROBE, str(path), str(warm_up)],
                env=ENV, capture_output=True, text=True, check=True,
            )  # fmt: skip
            took, cpu, peak, warm, first, stages = probe.stdout.split(maxsplit=5)
            rows.append(
                {
                    "label": label,
                    "mb": size / 1024 / 1024,
                    "lines": text.count("\n") + 1,
                    "seconds": float(took),
                    "cpu_seconds": float(cpu),
                    "cpu_per_mb": float(cpu) / (size / 1024 / 1024),
                    "peak_mb": int(peak) / 1024 / 1024,
                    "peak_over_warm": (int(peak) - int(warm)) / size,
                    "warm_mb": int(warm) / 1024 / 1024,
                    "idle_mb": baseline / 1024 / 1024,
                    "first_use": float(first),
                    "stages_per_mb": {k: v / (size / 1024 / 1024) for k, v in json.loads(stages).items()},
                }
            )
    return rows


# --- hostile text -----------------------------------------------------------------------------------------------

PAYLOAD = ROOT / "tests" / "exports" / "payload.txt"  # markup, formulas, escapes and bidi around dated events
NESTING = 10_000
# what a terminal obeys (carriage return aside: the pseudo-terminal itself turns "\n" into "\r\n")
TERMINAL_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
FORMULA_START = ("=", "+", "-", "@")
JAVASCRIPT_LINK = re.compile(r"(?<!\\)\]\(\s*javascript:", re.I)  # [text](javascript:...), its ] not escaped


def payload_files(folder: Path) -> dict[str, Path]:
    """The payload document three ways, plus one with a NUL byte: as written, under a file name that holds a
    terminal escape and a bidi override; as an HTML page with an `&#0;`, a `javascript:` link, event handlers
    and a block 10,000 elements deep; after 10,000 nested brackets in plain text."""
    text = PAYLOAD.read_text("utf-8")
    title, *paragraphs = [p for p in text.split("\n\n") if p.strip()]
    named = folder / "payload-\x1b]0;owned\x07-\u202egnp.txt"
    named.write_text(text, "utf-8")
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    deep = (
        f"<!doctype html><html><head><title>{html.escape(title)}</title></head><body><article>"
        f"<h1>{html.escape(title)}</h1>{body}<p>A page with a block {NESTING} elements deep &#0; "
        f'<a href="javascript:alert(4)" onclick="alert(5)">a link</a>.</p>'
        + '<div onmouseover="alert(6)">' * NESTING
        + body  # below libxml2's depth limit (255): dropped, the page read without it
        + "</div>" * NESTING
        + "</article></body></html>"
    )
    nested = folder / "nested.html"
    nested.write_text(deep, "utf-8")
    brackets = folder / "brackets.txt"
    brackets.write_text(
        f"{title}\n\n" + "(" * NESTING + "nested" + ")" * NESTING + "\n\n" + "\n\n".join(paragraphs) + "\n", "utf-8"
    )
    nul = folder / "nul.txt"
    nul.write_text(f"{title}\n\n{paragraphs[0]}\x00 and a NUL.\n", "utf-8")
    return {"named": named, "nested": nested, "brackets": brackets, "nul": nul}


class _Markup(HTMLParser):
    """What a browser would run from an HTML or SVG page: script elements that are not the page's own,
    event-handler attributes, `javascript:` links, images (an `onerror` carrier)."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._in_script = tag == "script"
        if tag in ("img", "iframe", "object", "embed"):
            self.found.append(f"<{tag}>")
        for name, value in attrs:
            if name.startswith("on"):
                self.found.append(f"{name}= on <{tag}>")
            if name in ("href", "src", "xlink:href") and (value or "").strip().lower().startswith("javascript:"):
                self.found.append(f"{name}=javascript: on <{tag}>")

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script and "alert(" in data:
            self.found.append("a payload inside <script>")


def _html_strings(data: Any) -> list[str]:
    if isinstance(data, dict):
        return [s for v in data.values() for s in _html_strings(v)]
    if isinstance(data, list):
        return [s for v in data for s in _html_strings(v)]
    return [data] if isinstance(data, str) else []


def payload_problems(kind: str, text: str) -> list[str]:
    """What in `text`, an output of the given kind, would execute or escape in the tool that consumes it."""
    try:
        return _problems(kind, text)
    except (ValueError, ElementTree.ParseError) as exc:  # JSON or XML its reader cannot read
        return [f"not readable as {kind}: {exc}"]


def _problems(kind: str, text: str) -> list[str]:
    problems: list[str] = []
    if kind == "terminal":
        problems += [f"{m.group()!r} reaches the terminal" for m in TERMINAL_UNSAFE.finditer(text)][:3]
    elif kind in ("html", "svg"):
        parser = _Markup()
        parser.feed(text)
        problems += parser.found
    elif kind == "md":  # as a Markdown viewer shows it: rendered, its raw HTML passed through
        from markdown_it import MarkdownIt

        problems += payload_problems("html", MarkdownIt("commonmark").render(text))
        # a viewer less careful than markdown-it (which refuses to link javascript:) would make this a link
        problems += [f"{m.group()!r} in Markdown" for m in JAVASCRIPT_LINK.finditer(text)]
    elif kind == "csv":
        cells = [c for row in csv.reader(io.StringIO(text)) for c in row]
        problems += [f"cell {c[:30]!r} is a formula" for c in cells if c.startswith(FORMULA_START)]
    elif kind in ("json", "jsonld"):
        json.loads(text)
    elif kind == "plover":  # one JSON record a line
        for line in text.splitlines():
            json.loads(line)
    elif kind in ("timelinejs", "vis"):
        for fragment in _html_strings(json.loads(text)):
            problems += payload_problems("html", fragment)
            problems += [f"{m.group()!r} in an HTML fragment" for m in TERMINAL_UNSAFE.finditer(fragment)][:3]
    elif kind in ("graphml", "gexf"):
        ElementTree.fromstring(text.encode("utf-8"))
    return problems


TERMINAL_DRIVER = """
import json, sys, traceback
from allyscope.cli import main
for i, args in enumerate(json.loads(sys.argv[1])):
    print(f"\\n@@@ {i}", flush=True)
    try:
        main.main(args, prog_name="allyscope", standalone_mode=False)
    except SystemExit:
        pass
    except Exception:
        sys.__stdout__.write("@@@ TRACEBACK " + traceback.format_exc().replace("\\n", " | ") + "\\n")
    sys.stdout.flush(); sys.stderr.flush()
"""


def _on_a_terminal(commands: list[list[str]]) -> list[str]:
    """What each command printed (stdout and stderr) on a pseudo-terminal, run one after another in one process."""
    import pty

    leader, follower = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-c", TERMINAL_DRIVER, json.dumps(commands)], env=ENV, stdout=follower, stderr=follower
    )
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 1 << 16)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    process.wait()
    os.close(leader)
    shown = b"".join(chunks).decode("utf-8", "replace")
    return re.split(r"\r?\n@@@ \d+\r?\n", shown)[1:]


def run_payload() -> dict[str, Any]:
    """The payload documents through every command (on a terminal) and every file output (read as its
    consumer reads it). Returns the outputs checked and the problems found, each named by its command."""
    from click.testing import CliRunner

    from allyscope.cli import main as cli

    def invoke(*args: str | Path) -> str:
        result = CliRunner().invoke(cli, [str(a) for a in args])
        if result.exit_code != 0:
            raise AssertionError(f"allyscope {' '.join(map(str, args))}: exit {result.exit_code}: {result.output}")
        return result.stdout

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files = payload_files(folder)
        db = folder / "kb.db"
        readable = [files["named"], files["nested"], files["brackets"]]
        invoke("init", "--db", db, *[a for f in readable for a in ("--with", f)])
        pending = json.loads(invoke("review", "--db", db, "--list", "--json"))
        risky = "summary=<img src=x onerror=alert(7)> =1+1 \x1b[2J\u202e[x](javascript:alert(8))"
        edited = [c for c in pending if c["evidence"]["doc"]][:2]
        for candidate in edited:  # reviewed facts whose summary and evidence are hostile
            invoke("review", "--db", db, candidate["candidate"], "--edit", risky, "--by", "@reviewer")
        docs = json.loads(invoke("docs", "--db", db, "--json"))
        actor = edited[0]["actors"][0] if edited and edited[0]["actors"] else "person:none"
        checks: list[tuple[str, str, str]] = []  # (what, kind, output)
        for fmt in ("csv", "json", "graphml", "gexf", "timelinejs", "plover", "jsonld", "vis"):
            for extra in (["--facts", "--status", "all"], ["--status", "all"]):
                checks.append((f"export --format {fmt} {' '.join(extra)}", fmt, invoke("export", "--db", db,
                               "--format", fmt, *extra)))  # fmt: skip
        for fmt in ("html", "md"):
            out = folder / f"report.{fmt}"
            invoke("report", "--db", db, "--format", fmt, "--out", out)
            checks.append((f"report --format {fmt}", fmt, out.read_text("utf-8")))
        for name in ("indicators", "score", "ladder-political", "ladder-institutional"):
            out = folder / f"{name}.svg"
            invoke("chart", name, "--db", db, "--out", out)
            checks.append((f"chart {name}", "svg", out.read_text("utf-8")))
        checks.append(("events --csv", "csv", invoke("events", "--db", db, "--csv")))
        decisions = folder / "decisions.json"
        invoke("review", "--db", db, "--export-decisions", decisions)
        checks.append(("review --export-decisions", "json", decisions.read_text("utf-8")))
        terminal = [
            ["docs", "--db", str(db)],
            ["events", "--db", str(db)],
            ["timeline", "--db", str(db)],
            ["review", "--db", str(db), "--list"],
            ["search", "合作", "--db", str(db)],
            ["search", "script", "--db", str(db)],
            ["entity", actor, "--db", str(db)],
            ["claims", "--db", str(db)],
            ["obligations", "--db", str(db)],
            ["indicators", "--db", str(db)],
            ["ladders", "--db", str(db)],
        ]
        for doc in docs:
            terminal += [["show", doc["id"], "--db", str(db)], ["text", doc["id"], "--db", str(db)]]
        for path in readable:
            terminal += [["parse", str(path)], ["extract", str(path)], ["refs", str(path)]]
            terminal += [["refs", str(path), "--format", f] for f in ("bibtex", "ris", "csl-json")]
        terminal.append(["ingest", "--db", str(db), *map(str, readable)])
        names = {str(db): "KB", **{str(path): f"<{key} payload>" for key, path in files.items()}}
        for args, shown in zip(terminal, _on_a_terminal(terminal), strict=False):
            checks.append((" ".join(names.get(a, a) for a in args), "terminal", shown))
        problems = [f"{what}: {p}" for what, kind, text in checks for p in payload_problems(kind, text)]
        problems += [f"{what}: traceback" for what, _, text in checks if "@@@ TRACEBACK" in text]
        came_back = sum(kind == "terminal" for _, kind, _ in checks)
        if came_back != len(terminal):
            problems.append(f"{came_back} of {len(terminal)} terminal outputs came back")
        before = snapshot(db)
        refused = CliRunner().invoke(cli, ["ingest", "--db", str(db), str(files["nul"])])
        said = refused.stderr.strip().splitlines()[:1]
        if refused.exit_code != 2 or "NUL" not in "".join(said) or "Traceback" in refused.stderr:
            problems.append(f"a file with a NUL byte: exit {refused.exit_code}, {said}")
        if snapshot(db) != before:
            problems.append("a file with a NUL byte: refused but the database changed")
        return {
            "shown": {what: text for what, _, text in checks},
            "outputs": len(checks) + 1,
            "terminal": len(terminal),
            "files": len(checks) - len(terminal),
            "problems": problems,
            "facts_edited": len(edited),
        }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=["kills", "load", "size", "payload", "all"], default="all")
    parser.add_argument("--kills", type=int, default=8, help="kill moments in all (default 8; the figure: 200)")
    parser.add_argument("--seconds", type=float, default=15, help="duration of the load (default 15; figure: 300)")
    parser.add_argument("--max-mb", type=float, default=5, help="largest input of the size curve (default 5)")
    parser.add_argument("--stages", action="store_true", help="with the size curve: CPU s/MB of each stage")
    parser.add_argument(
        "--short-lines", type=int, default=0, help="with the size curve: a file of N one-word lines (issue: 1000000)"
    )
    parser.add_argument(
        "--nice", type=int, default=None, help="niceness of the load's ingests (default: ingest's own, 10; 0: none)"
    )
    parser.add_argument("--readers", type=int, default=8, help="load: readers on held connections (default 8)")
    parser.add_argument(
        "--cli-readers", type=int, default=1, help="load: readers running a CLI command per read, 1 s apart (default 1)"
    )
    parser.add_argument("--keep", type=Path, default=None, help="with the load: copy its database here at the end")
    args = parser.parse_args()
    if args.nice is not None:
        ENV["ALLYSCOPE_NICE"] = str(args.nice)
    if not ARTICLE.exists():
        sys.exit(f"the reference article is not at {ARTICLE}")
    if args.part in ("kills", "all"):
        started = time.perf_counter()
        results = run_kills(args.kills)
        killed = sum(n for counts in results.values() for k, n in counts.items() if k != ENDED)
        ended = sum(counts[ENDED] for counts in results.values())
        print(
            f"kill -9 at {killed} random moments of a running command ({time.perf_counter() - started:.0f} s; "
            f"{ended} more moments found the command ended and were drawn again): every database passed "
            "integrity_check, was before or after, and a rerun completed. State found after the kill:"
        )
        for name, counts in sorted(results.items()):
            print(f"  {name:<22} " + ", ".join(f"{k}: {v}" for k, v in sorted(counts.items())))
    if args.part in ("load", "all"):
        load = run_load(
            args.seconds, quiet=min(20.0, args.seconds / 3), keep=args.keep, readers=args.readers,
            cli_readers=args.cli_readers,
        )  # fmt: skip
        nice = ENV.get("ALLYSCOPE_NICE") or "10 (default)"
        print(
            f"4 writers, {load['readers']} readers on held connections and {load['cli_readers']} at a shell for "
            f"{load['seconds']:g} s, ingests at nice {nice}; load average {load['load_mean']:.1f} "
            f"(max {load['load_max']:.1f}) on {os.cpu_count()} CPUs: writes {load['writes']}"
        )
        print(f"  failures: {len(load['failures'])}  lost writes: {len(load['lost'])}  integrity: {load['integrity']}")
        for problem in load["failures"][:5] + load["lost"][:5]:
            print(f"    {problem}")
        for name, c in load["commands"].items():
            print(
                f"  {name:<9} {c['count']:>4} commands ({c['count'] / load['seconds'] * 60:.1f}/min), each p50 "
                f"{c['wall_p50']:.2f} s wall / {c['cpu_p50']:.2f} s CPU, longest {c['wall_max']:.1f} s; "
                f"{c['waited']} waited for another writer"
            )
        print(
            f"  write-ahead log: at most {load['wal_max_mb']:.1f} MB, {load['wal_end_mb']:.1f} MB at the end "
            f"(database {load['db_mb']:.1f} MB)"
        )
        print(
            f"  reads on held connections (web desk and API: one query per request, {THINK_SECONDS:g} s pause "
            f"between): {load['reads']}, p50 {load['p50_ms']:.1f} ms, p95 {load['p95_ms']:.1f} ms, "
            f"p99 {load['p99_ms']:.1f} ms  <- the figure (target: p95 under 50 ms)"
        )
        for kind, k in load["kinds"].items():
            if k["count"]:
                print(
                    f"    {kind:<13} {k['count']:>6} reads, p50 {k['p50']:7.1f} ms, p95 {k['p95']:7.1f} ms, "
                    f"p99 {k['p99']:7.1f} ms; CPU p50 {k['cpu_p50']:.1f} ms"
                )
        if load["cli_readers"]:
            start = load["process_start_cpu_ms"]
            print(
                "    (CLI: a new process per read, wall from start to exit, its CPU from wait4; a process that only "
                + ", ".join(f"starts {name}: {ms:.0f} ms CPU" for name, ms in start.items())
                + ")"
            )
        if load["alone_p95_ms"] is not None:
            print(
                f"  the same {load['readers']} held-connection readers alone just before (the machine's own load, "
                f"no writer): p95 {load['alone_p95_ms']:.1f} ms"
            )
        if load["slow_split_ms"]:
            wall, cpu, queued = load["slow_split_ms"]
            print(
                f"  a held read's own CPU p50 {load['cpu_p50_ms']:.1f} ms; the slowest 5 % took {wall:.0f} ms on "
                f"average: {cpu:.0f} ms on a CPU, {queued:.0f} ms queued for one (counted from just before to just "
                f"after the read), {max(0.0, wall - cpu - queued):.0f} ms neither (I/O, locks)"
            )
        print(
            "  a read's CPU in one process on the final database, median: "
            + ", ".join(f"{how} {ms:.2f} ms" for how, ms in load["read_cpu_ms"].items())
        )
    if args.part in ("payload", "all"):
        found = run_payload()
        print(
            f"payload documents (markup, handlers, javascript: links, formulas, terminal escapes, bidi overrides, "
            f"{NESTING:,}-level nesting, a NUL byte) through {found['terminal']} commands on a terminal and "
            f"{found['files']} file outputs (exports, reports, charts, decisions), with {found['facts_edited']} "
            f"reviewed facts of hostile summaries: {len(found['problems'])} problems"
        )
        for problem in found["problems"][:20]:
            print(f"    {problem}")
    if args.part in ("size", "all"):
        print("parse time and peak memory by input size (tiled reference article, fresh process each):")
        print(
            f"  {'input':>16} {'MB':>8} {'wall s':>8} {'CPU s':>8} {'CPU s/MB':>9} {'peak MB':>8} "
            f"{'(peak-warm) / size':>19} {'B / line':>9}"
        )
        rows = run_sizes(args.max_mb, args.short_lines)
        for row in rows:
            per_line = (row["peak_mb"] - row["warm_mb"]) * 1024 * 1024 / row["lines"]
            print(
                f"  {row['label']:>16} {row['mb']:>8.2f} {row['seconds']:>8.2f} {row['cpu_seconds']:>8.2f} "
                f"{row['cpu_per_mb']:>9.2f} {row['peak_mb']:>8.0f} {row['peak_over_warm']:>19.1f} {per_line:>9.0f}"
            )
        if rows:
            first_use = statistics.median(row["first_use"] for row in rows)
            loaded = statistics.median(row["warm_mb"] - row["idle_mb"] for row in rows)
            print(
                f"  timed after a first parse of another article, which loads the data and patterns every parse "
                f"needs ({first_use:.2f} s CPU and {loaded:.0f} MB, once per process); 'warm' is what it holds after"
            )
        if args.stages and rows:
            names = list(rows[0]["stages_per_mb"])
            print("  CPU s/MB by stage:")
            print(f"  {'input':>16} " + " ".join(f"{n:>14}" for n in names))
            for row in rows:
                print(f"  {row['label']:>16} " + " ".join(f"{row['stages_per_mb'][n]:>14.3f}" for n in names))


if __name__ == "__main__":
    main()
