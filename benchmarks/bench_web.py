"""Figures of the web desk (issue 17): start-up of `allyscope serve` on the case database, and p95 latency of
timeline pages, fact pages, search and the API's list endpoints at 20 concurrent clients over 1,000,000 generated
facts and 10,000 documents, with the server's CPU time per request and its memory sampled through the run.

    python benchmarks/bench_web.py --build BIG.db [--facts 1000000] [--docs 10000]
    python benchmarks/bench_web.py --db BIG.db [--clients 20] [--seconds 60] [--solo 3] [--flat 5] [--uncached]

`--build` makes the database and stops (benchmarks/web_data.py: renamed copies of the reference article with
all their events and search entries, bench_knowledge's generated facts each with one or two evidence sentences
of those copies, their actors and search entries; bulk settings, indexes and timeline rows built once at the
end: minutes rather than the hour the writers' row-by-row path took). Keep it outside the repository.
Without --db (or --build) a small database is made in a temporary folder for the run.
`--uncached` adds a unique parameter to every request, so that no answer comes from the desk's kept answers
(cache.py) and each one costs its queries and rendering: the figure of questions nobody asked before.
The mixed run prints p95 by route and the server's CPU ms per request; `--solo S` then runs each route alone for
S seconds, which attributes CPU time to routes, and then two routes measured only alone: the events of an actor
(JP, NATO, CN, KR or RU, with or without a `from` year) and one document's review page. Memory is sampled every
second and printed as a curve; the verdict is "flat" when the resident size grows less than --flat percent over
the last half of the run (use --seconds 600 for the ten-minute soak). Every figure line carries the load average:
the machine's 2 cores are shared.

Traffic goes only to 127.0.0.1; the run is bounded by --seconds and stops by itself.
"""

from __future__ import annotations

import argparse
import http.client
import os
import random
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import closing
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
import web_data

from allyscope.store import Store

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT.parent / "shared" / "corpus" / "000_c16b8f8118fbe296.txt"
TICKS = os.sysconf("SC_CLK_TCK")
ROUTES = ("timeline page", "fact page", "search", "api facts", "api documents", "api events")
# measured alone (--solo) only, so the mixed run stays the one earlier figures were measured with
ALONE = ("api events actor", "review page")


def load_average() -> str:
    return "load {:.1f} {:.1f} {:.1f}".format(*os.getloadavg())


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start(db: Path, port: int) -> tuple[subprocess.Popen[bytes], float]:
    started = time.perf_counter()
    server = subprocess.Popen(
        [sys.executable, "-m", "allyscope", "serve", "--db", str(db), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    while True:
        try:
            httpx.get(f"http://127.0.0.1:{port}/api/openapi.json", timeout=0.5)
            return server, time.perf_counter() - started
        except httpx.HTTPError:
            if time.perf_counter() - started > 30:
                server.kill()
                raise SystemExit("the server did not start within 30 s") from None
            time.sleep(0.02)


def rss_mb(pid: int) -> tuple[float, float]:
    """(resident memory, of which the process's own: RssAnon) in MB; the rest is mapped files (libraries)."""
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "RssAnon"):
            fields[key] = int(value.split()[0]) / 1024
    return fields.get("VmRSS", 0.0), fields.get("RssAnon", 0.0)


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time of the process so far (all its threads)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


def route(
    rng: random.Random, facts: int, kind: str | None = None, nonce: int | None = None, docs: int = 1
) -> tuple[str, str]:
    """A random request: (route name, path); with `nonce`, a parameter no other request has (no kept answer).
    A review page is one document's queue (generated documents are named by their number in hexadecimal)."""
    year = rng.randint(1990, 2025)
    kind = kind or rng.choice(ROUTES)
    path = {
        "timeline page": f"/timeline?from={year}&domain=institutional",
        "fact page": f"/facts/g{rng.randint(1, facts)}",
        "search": "/search?q=" + rng.choice(["%E5%8C%97%E7%BA%A6", "NATO", "generated", "%E5%AE%89%E5%85%A8"]),
        "api facts": f"/api/facts?from={year}&limit=50&actor=" + rng.choice(["JP", "NATO", "CN"]),
        "api documents": "/api/documents?limit=50",
        "api events": f"/api/events?from={year}&limit=50",
        "api events actor": "/api/events?limit=50&actor="
        + rng.choice(["JP", "NATO", "CN", "KR", "RU"])
        + rng.choice(["", f"&from={year}"]),
        "review page": f"/review?limit=20&doc={rng.randrange(docs):012x}",
    }[kind]
    if nonce is not None:
        path += ("&" if "?" in path else "?") + f"n={nonce}"
    return kind, path


class Run:
    """Clients asking in a closed loop (each sends its next request when the last is answered) for `seconds`."""

    def __init__(self, port: int, pid: int, facts: int, clients: int, uncached: bool = False, docs: int = 1) -> None:
        self.port, self.pid, self.facts, self.clients, self.docs = port, pid, facts, clients, docs
        self.uncached = uncached
        self.sent = 0

    def go(self, seconds: float, only: str | None = None, sample: bool = False) -> dict[str, object]:
        timings: dict[str, list[float]] = {}
        errors: list[str] = []
        memory: list[tuple[float, float, float]] = []
        stop = time.monotonic() + seconds
        lock = threading.Lock()

        def client(seed: int) -> None:
            rng = random.Random(seed)
            # http.client keeps one connection open and costs the shared cores less than a richer client would
            conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
            try:
                while time.monotonic() < stop:
                    with lock:
                        self.sent += 1
                        nonce = self.sent if self.uncached else None
                    kind, path = route(rng, self.facts, only, nonce, self.docs)
                    began = time.perf_counter()
                    try:
                        conn.request("GET", path)
                        answer = conn.getresponse()
                        answer.read()
                    except (OSError, http.client.HTTPException) as exc:  # a timeout counts as an error, then on
                        with lock:
                            errors.append(f"{type(exc).__name__} {path}")
                        conn.close()
                        continue
                    took = (time.perf_counter() - began) * 1000
                    with lock:
                        timings.setdefault(kind, []).append(took)
                        if answer.status >= 500:
                            errors.append(f"{answer.status} {path}")
            finally:
                conn.close()

        threads = [threading.Thread(target=client, args=(i,)) for i in range(self.clients)]
        began, cpu0 = time.monotonic(), cpu_seconds(self.pid)
        for t in threads:
            t.start()
        while time.monotonic() < stop:
            if sample:
                memory.append((time.monotonic() - began, *rss_mb(self.pid)))
            time.sleep(min(1.0, max(0.0, stop - time.monotonic())))
        for t in threads:
            t.join()
        cpu = cpu_seconds(self.pid) - cpu0
        count = sum(map(len, timings.values()))
        return {"timings": timings, "errors": errors, "memory": memory, "cpu": cpu, "count": count}


def fact_reading(db: Path, facts: int, count: int = 200) -> None:
    """What a fact page's reading costs in this process, best of 3 over the same `count` facts: by offsets and ids
    (`queries.fact_page`) against each evidence item's document read whole (its structure JSON for the notes, its
    text for the lines), as the page read them before."""
    from allyscope.web import queries
    from allyscope.web.access import ReadOnlyStore

    store = ReadOnlyStore(db)
    rng = random.Random(3)
    ids = [f"g{rng.randint(1, facts)}" for _ in range(count)]

    def whole(ident: str) -> None:
        found = queries.fact(store, ident)
        for item in found["evidence"]:
            data = store.document_json(item["doc"])
            text = data["text"]
            text.rfind("\n", 0, item["start"])
            [n for n in data["footnotes"] if n["id"] in set(item["footnotes"] or [])]

    timings = {}
    for name, work in (("by offsets", lambda i: queries.fact_page(store, i)), ("whole documents", whole)):
        best = float("inf")
        for _ in range(3):
            began = time.perf_counter()
            for ident in ids:
                work(ident)
            best = min(best, (time.perf_counter() - began) * 1000 / count)
        timings[name] = best
    store.close()
    offsets, documents = timings["by offsets"], timings["whole documents"]
    print(
        f"fact page reading, {count} facts, best of 3 in one process: by offsets {offsets:.2f} ms, "
        f"documents whole {documents:.2f} ms ({documents / offsets:.1f}x)  ({load_average()})"
    )


def p95(values: list[float]) -> float:
    values = sorted(values)
    return values[int(0.95 * (len(values) - 1))]


def report_mixed(result: dict[str, object], clients: int, seconds: float) -> None:
    timings: dict[str, list[float]] = result["timings"]  # type: ignore[assignment]
    count: int = result["count"]  # type: ignore[assignment]
    cpu: float = result["cpu"]  # type: ignore[assignment]
    print(
        f"{clients} clients for {seconds:.0f} s: {count} requests ({count / seconds:.0f}/s), "
        f"{len(result['errors'])} errors, server CPU {1000 * cpu / max(count, 1):.2f} ms a request  "  # type: ignore[arg-type]
        f"({load_average()})"
    )
    for kind in ROUTES:
        values = sorted(timings.get(kind, []))
        if values:
            print(
                f"  {kind:<14} n={len(values):<6} median {values[len(values) // 2]:7.1f} ms   "
                f"p95 {p95(values):7.1f} ms  (target 50)"
            )


def report_memory(memory: list[tuple[float, float, float]], flat: float) -> None:
    if len(memory) < 4:
        return
    step = max(1, len(memory) // 12)
    curve = "  ".join(f"{at:.0f}s:{rss:.0f}" for at, rss, _ in memory[::step])
    print(f"server memory curve (s:MB resident): {curve}  end {memory[-1][0]:.0f}s:{memory[-1][1]:.0f}")
    half = memory[len(memory) // 2][1]
    last = memory[-1][1]
    growth = 100 * (last - half) / half
    verdict = "flat" if growth < flat else "GROWING"
    own_half, own_last = memory[len(memory) // 2][2], memory[-1][2]
    print(
        f"server memory: first {memory[0][1]:.0f} MB, at half time {half:.0f} MB, last {last:.0f} MB, peak "
        f"{max(m[1] for m in memory):.0f} MB; own (RssAnon) {own_half:.0f} -> {own_last:.0f} MB over the last half;"
        f" last half grows {growth:+.1f}% -> {verdict} (flat: under {flat:g}%)  ({load_average()})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--facts", type=int, default=1_000_000)
    parser.add_argument("--docs", type=int, default=10_000, help="documents in a database made here")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--solo", type=float, default=3, help="seconds of each route alone (0: skip)")
    parser.add_argument("--flat", type=float, default=5, help="memory growth over the last half called flat, in %%")
    parser.add_argument("--db", type=Path, help="the generated database to measure (made by --build)")
    parser.add_argument("--build", type=Path, help="make the database here (--facts, --docs) and stop")
    parser.add_argument("--uncached", action="store_true", help="every request a new URL: no kept answers")
    parser.add_argument("--no-startup", action="store_true", help="skip the start-up figure on the case database")
    args = parser.parse_args()
    if args.build:
        web_data.build(args.build, args.facts, args.docs)
        return
    with tempfile.TemporaryDirectory() as tmp:
        if not args.no_startup:
            case_db = Path(tmp) / "case.db"
            command = [sys.executable, "-m", "allyscope", "init", "--db", str(case_db)]
            if ARTICLE.exists():
                command += ["--with", str(ARTICLE)]
            subprocess.run(command, check=True, capture_output=True)
            best = float("inf")
            for _ in range(3):
                server, took = start(case_db, free_port())
                server.terminate()
                server.wait()
                best = min(best, took)
            print(f"serve start-up on the case database: best of 3 {best:.2f} s (target < 1 s; includes Python "
                  f"start-up)  ({load_average()})")  # fmt: skip

        big = args.db or Path(tmp) / "big.db"
        if not big.exists():
            if args.db:
                raise SystemExit(f"{big}: no such database (make it with --build {big})")
            web_data.build(big, min(args.facts, 20_000), min(args.docs, 200))
        with Store(big):  # migrated once here, so that start-up below is the server's own
            pass
        with closing(sqlite3.connect(f"{big.resolve().as_uri()}?mode=ro", uri=True)) as conn:  # the server migrates
            facts = conn.execute("SELECT max(num) FROM facts").fetchone()[0] or 1
            docs = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
            events = conn.execute("SELECT count(*) FROM events").fetchone()[0]
        fact_reading(big, facts)
        port = free_port()
        server, took = start(big, port)
        try:
            print(f"serve start-up on {facts:,} facts, {docs:,} documents, {events:,} events: {took:.2f} s")
            run = Run(port, server.pid, facts, args.clients, args.uncached, docs)
            if args.uncached:
                print("every request a new URL (--uncached): no answer comes from the kept answers")
            run.go(2)  # warm-up: page cache, pooled readers
            result = run.go(args.seconds, sample=True)
            report_mixed(result, args.clients, args.seconds)
            if args.solo:
                print(f"each route alone, {args.clients} clients for {args.solo:g} s:")
                for kind in (*ROUTES, *ALONE):
                    alone = run.go(args.solo, only=kind)
                    values = alone["timings"].get(kind, [])  # type: ignore[attr-defined]
                    count: int = alone["count"]  # type: ignore[assignment]
                    if values:
                        print(
                            f"  {kind:<16} n={count:<6} p95 {p95(values):7.1f} ms   server CPU "
                            f"{1000 * alone['cpu'] / count:6.2f} ms a request  ({load_average()})"  # type: ignore[operator]
                        )
            report_memory(result["memory"], args.flat)  # type: ignore[arg-type]
        finally:
            server.terminate()
            server.wait()


if __name__ == "__main__":
    main()
