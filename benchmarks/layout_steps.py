"""Where the layout stage's time goes: each pass of `repair_layout` on the reference article, CPU time (issue 18).

Run: python benchmarks/layout_steps.py [--repeat 60] [--file PATH]

`--file` breaks down another input instead (a big file, a file of many short lines: issue 16), with `--repeat 1`
or a few; the bare pipeline's figure stays the article's.

Every function `allyscope.layout.repair.repair_layout` calls by name (read from its source, so that a pass added
to the stage is listed without an edit here) is wrapped, for the run, in a timer of this thread's CPU time; the
stage is run `--repeat` times and each pass's best is printed in the stage's order, then the whole stage (run
unwrapped); `other` is the stage less the passes listed (the glue between them, method calls). The bare
pipeline's CPU time (../shared/bench/bare_pipeline.py) is measured in the same process and every figure is also
printed as a ratio to it.
"""

from __future__ import annotations

import argparse
import ast
import inspect
import os
import textwrap
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import bare

from allyscope import reading
from allyscope.layout import repair


def called_passes() -> list[str]:
    """The names of the module's own functions `repair_layout` calls, in the order they first appear: those of
    `_repair_layout` where `repair_layout` only wraps it (the numbering of named notes around the passes)."""
    stage = getattr(repair, "_repair_layout", repair.repair_layout)
    tree = ast.parse(textwrap.dedent(inspect.getsource(stage)))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id not in names:
            target = vars(repair).get(node.func.id)
            if callable(target) and getattr(target, "__module__", "").startswith("allyscope."):
                names.append(node.func.id)
    lines = {name: min(n.lineno for n in ast.walk(tree) if isinstance(n, ast.Name) and n.id == name) for name in names}
    return sorted(names, key=lines.__getitem__)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=60)
    parser.add_argument("--file", type=Path, default=None, help="another input than the reference article")
    args = parser.parse_args()
    doc = reading.read(args.file or bare.ARTICLE)
    names = called_passes()
    spent: dict[str, float] = {}

    def timer(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*given: Any, **named: Any) -> Any:
            start = time.thread_time()
            try:
                return func(*given, **named)
            finally:
                spent[name] = spent.get(name, 0.0) + time.thread_time() - start

        return timed

    originals = {name: vars(repair)[name] for name in names}
    best: dict[str, float] = {}
    whole = float("inf")
    for _ in range(args.repeat):
        start = time.thread_time()
        repair.repair_layout(doc)
        whole = min(whole, time.thread_time() - start)
        for name, func in originals.items():
            setattr(repair, name, timer(name, func))
        try:
            spent.clear()
            # the passes themselves: `repair_layout`'s wrapper asks `note_start` for its cache (not wrapped)
            getattr(repair, "_repair_layout", repair.repair_layout)(doc)
        finally:
            for name, func in originals.items():
                setattr(repair, name, func)
        for name, seconds in spent.items():
            best[name] = min(best.get(name, float("inf")), seconds)
    base = bare.pipeline_cpu_ms()
    load = os.getloadavg()[0]
    print(f"load average {load:.1f} on {os.cpu_count()} cores; bare pipeline CPU time {base or 0:.2f} ms")
    listed = [(name, best[name]) for name in names if name in best]
    other = max(0.0, whole - sum(seconds for _, seconds in listed))
    for name, seconds in [*listed, ("other", other), ("whole stage", whole)]:
        ms = seconds * 1000
        ratio = f"  {ms / base:.2f}x" if base else ""
        print(f"{name:32s} {ms:6.3f} ms{ratio}")


if __name__ == "__main__":
    main()
