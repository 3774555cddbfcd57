"""The extraction stages of this tree against another revision, timed call by call in one process (issue 18).

Run: python benchmarks/extraction_against.py [REV] [--calls 200]      (REV: a git revision, default main)

`parse_against.py --extraction` loads one tree, times it, then the other, round after round; on this shared
machine the tree timed second came out about a tenth slower in the parse stages even with the same code. Here both
packages are loaded once and kept (each one's modules set aside as a whole), and every call of a stage alternates
between the two trees, the modules of the tree being timed put back in `sys.modules` first (a stage imports some
modules when called); the order of the two is swapped at every call. Each stage (dates, entities, events, and the
extraction JSON of `allyscope extract`) is timed as CPU time of this thread on the reference article, each tree
reading the output of its own earlier stages; printed: best and median of each, their ratios, and the bare
pipeline's CPU time measured here too.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import bare
import parse_against
from parse_against import extract

ROOT = Path(__file__).resolve().parent.parent
STAGES = ("dates", "entities", "events", "json")


def load(tree: Path) -> tuple[dict[str, ModuleType], dict[str, Callable[[], Any]]]:
    """The modules of the package in `tree` and a call of each stage on the reference article, read by it."""
    pipeline, reading = parse_against.load(tree)  # the package `allyscope` now is the one in `tree`
    from allyscope.dates import mark_dates
    from allyscope.entities import mark_entities
    from allyscope.events import mark_events
    from allyscope.extraction import document_extraction_json

    parsed = pipeline.run(reading.read(bare.ARTICLE))
    dated = mark_dates(parsed)
    named = mark_entities(dated)
    extracted = mark_events(named)
    calls: dict[str, Callable[[], Any]] = {
        "dates": lambda: mark_dates(parsed),
        "entities": lambda: mark_entities(dated),
        "events": lambda: mark_events(named),
        "json": lambda: document_extraction_json(extracted),
    }
    modules = {n: m for n, m in sys.modules.items() if n == "allyscope" or n.startswith("allyscope.")}
    return modules, calls


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("rev", nargs="?", default="main")
    parser.add_argument("--calls", type=int, default=200, help="calls of each stage in each tree")
    args = parser.parse_args()
    if not bare.ARTICLE.exists():
        raise SystemExit(f"the reference article is missing: {bare.ARTICLE}")
    with tempfile.TemporaryDirectory() as tmp:
        trees = {args.rev: load(extract(args.rev, Path(tmp))), "this tree": load(ROOT)}
        names = list(trees)
        times: dict[str, dict[str, list[float]]] = {name: {stage: [] for stage in STAGES} for name in names}
        bare_cpu = bare.pipeline_cpu_ms(50) or 0.0
        for call in range(args.calls):
            for name in names if call % 2 == 0 else names[::-1]:
                modules, calls = trees[name]
                sys.modules.update(modules)
                for stage in STAGES:
                    started = time.thread_time()
                    calls[stage]()
                    times[name][stage].append((time.thread_time() - started) * 1000)
        bare_cpu = min(bare_cpu, bare.pipeline_cpu_ms(50) or bare_cpu)
    print(f"{bare.load()}; bare pipeline CPU time {bare_cpu:.2f} ms; {args.calls} calls a stage a tree, alternated")
    before, after = names
    for stage in STAGES:
        low = {name: min(times[name][stage]) for name in names}
        mid = {name: statistics.median(times[name][stage]) for name in names}
        print(
            f"{stage:8s} {before}: best {low[before]:.2f} ms ({low[before] / bare_cpu:.2f}x), median {mid[before]:.2f}"
            f" | {after}: best {low[after]:.2f} ms ({low[after] / bare_cpu:.2f}x), median {mid[after]:.2f}"
            f" | after / before: best {low[after] / low[before]:.3f}, median {mid[after] / mid[before]:.3f}"
        )


if __name__ == "__main__":
    main()
