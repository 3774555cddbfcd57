"""Parse speed of this tree against another revision, measured in one process, interleaved (issue 18).

Run: python benchmarks/parse_against.py [REV] [--rounds 5] [--repeat 20]      (REV: a git revision, default main)
     python benchmarks/parse_against.py REV --extraction    (also the dates, entities and events stages, each on
                                                            the output of the stages before it)

On this shared machine two runs of one benchmark differ by more than most changes make: timing the two trees in
separate processes, minutes apart, compares the neighbours' load rather than the code. Here the other revision
is extracted (`git archive`) into a temporary folder and both packages are loaded in turn into this one process,
round after round; each stage is timed as CPU time of this thread, best of `--repeat` calls, best over the
rounds, and printed with its ratio to the bare pipeline (../shared/bench/bare_pipeline.py) measured here too.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import bare

ROOT = Path(__file__).resolve().parent.parent


def extract(rev: str, folder: Path) -> Path:
    """The `allyscope` package of revision `rev`, written under `folder`."""
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", "--format=tar", rev, "allyscope"], check=True, capture_output=True
    ).stdout
    target = folder / "tree"
    target.mkdir()
    tar = folder / "tree.tar"
    tar.write_bytes(archive)
    with tarfile.open(tar) as opened:
        opened.extractall(target, filter="data")
    return target


def load(tree: Path) -> tuple[ModuleType, ModuleType]:
    """`allyscope.pipeline` and `allyscope.reading` of the package in `tree`, every module of another dropped."""
    for name in [n for n in sys.modules if n == "allyscope" or n.startswith("allyscope.")]:
        del sys.modules[name]
    # an editable install finds `allyscope` before sys.path does: its finder is set aside
    sys.meta_path[:] = [f for f in sys.meta_path if "editable" not in repr(f).lower()]
    sys.path.insert(0, str(tree))
    try:
        import allyscope.pipeline as pipeline
        import allyscope.reading as reading
    finally:
        sys.path.remove(str(tree))
    if not str(Path(pipeline.__file__ or "").resolve()).startswith(str(tree.resolve())):
        raise SystemExit(f"loaded {pipeline.__file__}, not the package in {tree}")
    return pipeline, reading


def best(func: Callable[[], Any], repeat: int) -> float:
    func()
    low = float("inf")
    for _ in range(repeat):
        start = time.thread_time()
        func()
        low = min(low, time.thread_time() - start)
    return low * 1000


def figures(tree: Path, repeat: int, extraction: bool = False) -> dict[str, float]:
    pipeline, reading = load(tree)
    doc = reading.read(bare.ARTICLE)
    out = {"parse": best(lambda: pipeline.run(doc), repeat)}
    for stage in pipeline.STAGES:
        given = doc
        out[stage.__name__] = best(lambda: stage(given), repeat)  # noqa: B023 (called here, now)
        doc = stage(given)
    if extraction:  # the package just loaded: its modules resolve inside `tree`
        from allyscope.dates import mark_dates
        from allyscope.entities import mark_entities
        from allyscope.events import mark_events

        for extract_stage in (mark_dates, mark_entities, mark_events):
            given = doc
            out[extract_stage.__name__] = best(lambda: extract_stage(given), repeat)  # noqa: B023 (called now)
            doc = extract_stage(given)
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("rev", nargs="?", default="main")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--extraction", action="store_true", help="also time the dates, entities and events stages")
    args = parser.parse_args()
    if not bare.ARTICLE.exists():
        raise SystemExit(f"the reference article is missing: {bare.ARTICLE}")
    with tempfile.TemporaryDirectory() as tmp:
        trees = {args.rev: extract(args.rev, Path(tmp)), "this tree": ROOT}
        results: dict[str, dict[str, float]] = {name: {} for name in trees}
        bare_cpu = bare.pipeline_cpu_ms(50) or 0.0
        for _ in range(args.rounds):
            for name, tree in trees.items():
                for stage, ms in figures(tree, args.repeat, args.extraction).items():
                    results[name][stage] = min(results[name].get(stage, float("inf")), ms)
        bare_cpu = min(bare_cpu, bare.pipeline_cpu_ms(50) or bare_cpu)
    print(f"{bare.load()}; bare pipeline CPU time {bare_cpu:.2f} ms; {args.rounds} rounds interleaved")
    for name, found in results.items():
        cells = "; ".join(f"{stage} {ms:.2f} ms ({ms / bare_cpu:.2f}x)" for stage, ms in found.items())
        print(f"{name}: {cells}")


if __name__ == "__main__":
    main()
