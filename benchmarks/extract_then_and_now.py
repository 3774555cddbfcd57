"""`allyscope extract` of the reference article by this tree and by older revisions, on the same machine at the
same minutes (issue 14: "no slower than today").

Run: python benchmarks/extract_then_and_now.py REV [REV ...] [--rounds 6] [--calls 30] [--first-read] [--compiled]

A figure such as "about 21 ms" was read on the day an issue was written, on a machine whose neighbours change
its speed twofold from hour to hour; comparing today's reading with it compares the days, not the code. Here each
revision's package is written out (`git archive`) and timed in a fresh process of its own, the revisions taking
turns round after round (the order rotated each round), so every revision meets the same load. A process reads
the article once through `extract_json` to warm what the code keeps (as `bench_layout.py` does, which times the
same call), then times `--calls` more: the best CPU time of the calling thread and the best wall time. Printed:
each revision's best over the rounds and its median round, and this tree's ratio to each.

`--first-read` times what a user meets on a document the process has not read before: code that keeps what it
read of a sentence by its text (caches keyed by text) answers a second call on the same article from memory, so
"best of calls" flatters it. In this mode each process first reads every dev document of the events corpus (zh,
ja, en: modules, data and lazily compiled expressions are warm, and what is kept by text holds other documents'
sentences, none of the article's), then times one call on the article; `--rounds` processes a revision.

`--compiled` adds this tree built with its hot modules compiled by mypyc (as `ALLYSCOPE_COMPILE=1 pip install .`
does; `bench_layout.compiled_copy`, into a temporary copy) as one more contestant, timed in the same rounds, and
prints its build time and, after the rounds, its stage split by `extract_steps.py` beside that of this tree.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bare import ARTICLE
from bench_layout import compiled_copy
from parse_against import extract

ROOT = Path(__file__).resolve().parent.parent

TIMER = """
import json, sys, time
from allyscope.extraction import extract_json
path, calls = sys.argv[1], int(sys.argv[2])
extract_json(path)
cpu, wall = [], []
for _ in range(calls):
    c, w = time.thread_time(), time.perf_counter()
    extract_json(path)
    cpu.append(time.thread_time() - c)
    wall.append(time.perf_counter() - w)
import allyscope, allyscope.events
print(json.dumps({"cpu": min(cpu) * 1000, "wall": min(wall) * 1000, "file": allyscope.__file__,
                  "events": allyscope.events.__file__}))
"""


FIRST_READ = """
import json, sys, time
from allyscope.extraction import extract_json
path, folder = sys.argv[1], sys.argv[2]
from pathlib import Path
for other in sorted(Path(folder).glob("*.txt")):
    extract_json(other)
c, w = time.thread_time(), time.perf_counter()
extract_json(path)
cpu, wall = time.thread_time() - c, time.perf_counter() - w
import allyscope, allyscope.events
print(json.dumps({"cpu": cpu * 1000, "wall": wall * 1000, "file": allyscope.__file__,
                  "events": allyscope.events.__file__}))
"""

WARM_UP = ROOT / "tests" / "corpora" / "events" / "dev"


STEPS = Path(__file__).resolve().parent / "extract_steps.py"


def timed(tree: Path, calls: int, first_read: bool = False, compiled: bool = False) -> dict[str, float]:
    """Best CPU and wall milliseconds of `extract_json` on the article in a fresh process importing `tree` (with
    `first_read`, the one call on the article after reading the dev documents); with `compiled`, the events module
    must have been loaded from a compiled extension, not from its source."""
    program = f"import sys; sys.path.insert(0, {str(tree)!r})\n{FIRST_READ if first_read else TIMER}"
    second = str(WARM_UP) if first_read else str(calls)
    out = subprocess.run(
        [sys.executable, "-I", "-B", "-c", program, str(ARTICLE), second],
        check=True,
        capture_output=True,
        text=True,
        cwd=tree,
    ).stdout
    reading = json.loads(out.strip().splitlines()[-1])
    if not str(Path(reading["file"]).resolve()).startswith(str(tree.resolve())):
        raise SystemExit(f"timed {reading['file']}, not the package in {tree}")
    if compiled and reading["events"].endswith(".py"):
        raise SystemExit(f"timed {reading['events']}: the compiled build was not loaded")
    return reading


def stage_split(tree: Path, repeat: int) -> str:
    """`extract_steps.py`'s lines for the package in `tree` (PYTHONPATH, which comes after the script's own folder
    on sys.path but before any installed package)."""
    env = {**os.environ, "PYTHONPATH": str(tree)}
    command = [sys.executable, "-B", str(STEPS), "--repeat", str(repeat)]
    return subprocess.run(command, check=True, capture_output=True, text=True, env=env).stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("revs", nargs="+", help="older revisions to time beside this tree")
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--calls", type=int, default=30)
    parser.add_argument(
        "--first-read", action="store_true", help="time one call on the article after reading other documents"
    )
    parser.add_argument("--compiled", action="store_true", help="also time this tree compiled with mypyc")
    parser.add_argument(
        "--compiled-copy", type=Path, help="with --compiled: a copy already built by bench_layout.compiled_copy"
    )
    parser.add_argument("--steps", type=int, default=20, help="with --compiled, repeats of each stage's split")
    args = parser.parse_args()
    if not ARTICLE.exists():
        raise SystemExit(f"the reference article is not at {ARTICLE}")
    with tempfile.TemporaryDirectory() as folder:
        trees: dict[str, Path] = {"this tree": ROOT}
        if args.compiled and args.compiled_copy:
            trees["compiled"] = args.compiled_copy
        elif args.compiled:
            began = time.perf_counter()
            trees["compiled"] = compiled_copy(Path(folder))
            took = time.perf_counter() - began
            print(f"compiled build (mypyc): {took:.0f} s to build (load {os.getloadavg()[0]:.1f})", flush=True)
        for rev in args.revs:
            place = Path(folder) / rev.replace("/", "_")
            place.mkdir()
            trees[rev] = extract(rev, place)
        names = list(trees)
        runs: dict[str, list[dict[str, float]]] = {name: [] for name in names}
        for round_ in range(args.rounds):
            order = names[round_ % len(names) :] + names[: round_ % len(names)]
            for name in order:
                runs[name].append(timed(trees[name], args.calls, args.first_read, name == "compiled"))
        splits = {name: stage_split(trees[name], args.steps) for name in ("this tree", "compiled") if args.compiled}
    load = os.getloadavg()[0]
    what = "first read after the dev documents" if args.first_read else f"best of {args.calls} calls a process"
    print(f"extract_json of the reference article, {what}, {args.rounds} rounds (load {load:.1f})")
    best = {name: min(r["cpu"] for r in runs[name]) for name in names}
    for name in names:
        cpu = [r["cpu"] for r in runs[name]]
        wall = [r["wall"] for r in runs[name]]
        print(
            f"  {name:>12}: CPU best {min(cpu):6.2f} ms (median round {statistics.median(cpu):6.2f}), "
            f"wall best {min(wall):6.2f} ms (median round {statistics.median(wall):6.2f})"
        )
    for mine in [name for name in ("this tree", "compiled") if name in names]:
        for name in [n for n in names if n not in ("this tree", "compiled")]:
            print(f"  {mine} / {name}: CPU best {best[mine] / best[name]:.3f}")
    if args.compiled:
        print(f"  compiled / this tree: CPU best {best['compiled'] / best['this tree']:.3f}")
    for name, split in splits.items():
        print(f"stage split of {name} ({'compiled, mypyc' if name == 'compiled' else 'pure Python'}):")
        print("\n".join("  " + line for line in split.strip().splitlines()))


if __name__ == "__main__":
    main()
