"""Analysis figures of issue 6: the report for the full case, and indicators over 1,000,000 generated facts.

    python benchmarks/bench_analysis.py [--facts 1000000] [--runs 3]

The report is built for a database made by `allyscope init --with` the reference article (when the corpus is
there). The generated facts are those of bench_knowledge.py; indicators over them go through DuckDB.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_knowledge import ARTICLE, fill

from allyscope.knowledge.indicators import indicators
from allyscope.reporting.report import build, to_html
from allyscope.store import Store


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--facts", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "case.db"
        command = [sys.executable, "-m", "allyscope", "init", "--db", str(db)]
        subprocess.run(
            command + (["--with", str(ARTICLE)] if ARTICLE.exists() else []), check=True, capture_output=True
        )
        out = Path(tmp) / "report.html"
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "allyscope", "report", "--db", str(db), "--out", str(out)], check=True)
        whole = time.perf_counter() - started
        with Store(db) as store:
            started = time.perf_counter()
            html = to_html(build(store.conn, store.path))
            inside = time.perf_counter() - started
        print(
            f"report of the full case: {whole:.2f} s as a command, {inside * 1000:.0f} ms to build "
            f"({len(html):,} bytes)  (target 2 s)"
        )

        big = Store(Path(tmp) / "big.db")
        fill(big, args.facts, random.Random(7))
        times = []
        for _ in range(args.runs):
            started = time.perf_counter()
            result = indicators(big.conn, big.path)
            times.append(time.perf_counter() - started)
        print(
            f"indicators over {args.facts:,} facts ({result['engine']}): first call {times[0]:.2f} s (imports DuckDB, "
            f"loads its SQLite extension), then best {min(times[1:] or times):.2f} s, "
            f"worst {max(times[1:] or times):.2f} s  (target 1 s)"
        )
        big.close()


if __name__ == "__main__":
    main()
