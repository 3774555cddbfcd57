"""Figures of the web desk (issue 17): start-up of `allyscope serve` on the case database, and p95 latency of
timeline pages, fact pages, search and the API's list endpoints at 20 concurrent clients over generated facts,
with the server's memory sampled through the run.

    python benchmarks/bench_web.py [--facts 1000000] [--clients 20] [--seconds 60] [--db FACTS.db]

Traffic goes only to 127.0.0.1; the run is bounded by --seconds and stops by itself.
"""

from __future__ import annotations

import argparse
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_knowledge import fill

from allyscope.store import Store

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT.parent / "shared" / "corpus" / "000_c16b8f8118fbe296.txt"


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


def routes(rng: random.Random, facts: int) -> tuple[str, str]:
    """A random request: (route name, path)."""
    year = rng.randint(1990, 2025)
    kind = rng.choice(["timeline page", "fact page", "search", "api facts", "api documents", "api events"])
    path = {
        "timeline page": f"/timeline?from={year}&domain=institutional",
        "fact page": f"/facts/g{rng.randint(1, facts)}",
        "search": "/search?q=" + rng.choice(["北约", "NATO", "generated", "安全"]),
        "api facts": f"/api/facts?from={year}&limit=50&actor=" + rng.choice(["JP", "NATO", "CN"]),
        "api documents": "/api/documents?limit=50",
        "api events": f"/api/events?from={year}&limit=50",
    }[kind]
    return kind, path


def load(port: int, pid: int, facts: int, clients: int, seconds: float) -> None:
    timings: dict[str, list[float]] = {}
    errors: list[str] = []
    memory: list[tuple[float, float]] = []
    stop = time.monotonic() + seconds
    lock = threading.Lock()

    def client(seed: int) -> None:
        rng = random.Random(seed)
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as http:
            while time.monotonic() < stop:
                kind, path = routes(rng, facts)
                began = time.perf_counter()
                answer = http.get(path)
                took = (time.perf_counter() - began) * 1000
                with lock:
                    timings.setdefault(kind, []).append(took)
                    if answer.status_code >= 500:
                        errors.append(f"{answer.status_code} {path}")

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    for t in threads:
        t.start()
    while time.monotonic() < stop:
        memory.append(rss_mb(pid))
        time.sleep(1)
    for t in threads:
        t.join()
    print(f"{clients} clients for {seconds:.0f} s, {sum(map(len, timings.values()))} requests, {len(errors)} errors")
    for kind, values in sorted(timings.items()):
        values.sort()
        p95 = values[int(0.95 * (len(values) - 1))]
        print(f"  {kind:<14} n={len(values):<6} median {statistics.median(values):7.1f} ms   p95 {p95:7.1f} ms")
    if memory:
        for label, values in (("resident", [m[0] for m in memory]), ("own (RssAnon)", [m[1] for m in memory])):
            print(
                f"server memory, {label}: first {values[0]:.0f} MB, last {values[-1]:.0f} MB, "
                f"peak {max(values):.0f} MB"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--facts", type=int, default=1_000_000)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--db", type=Path, help="a database of generated facts to reuse (made with --facts if absent)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        case_db = Path(tmp) / "case.db"
        command = [sys.executable, "-m", "allyscope", "init", "--db", str(case_db)]
        if ARTICLE.exists():
            command += ["--with", str(ARTICLE)]
        subprocess.run(command, check=True, capture_output=True)
        server, took = start(case_db, free_port())
        server.terminate()
        server.wait()
        print(f"serve start-up on the case database: {took:.2f} s (target < 1 s; includes Python start-up)")

        big = args.db or Path(tmp) / "big.db"
        if not big.exists():
            with Store(big) as store:
                fill(store, args.facts, random.Random(7))
        port = free_port()
        server, took = start(big, port)
        try:
            print(f"serve start-up on {args.facts:,} facts: {took:.2f} s")
            load(port, server.pid, args.facts, args.clients, args.seconds)
        finally:
            server.terminate()
            server.wait()


if __name__ == "__main__":
    main()
