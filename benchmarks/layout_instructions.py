"""Instructions of the layout repair stage and of the whole parse on the reference article, counted by callgrind:
figures that do not move with the machine's load (issue 12's parse figure is a best of CPU times, which move
twofold on two cores shared by nine sessions).

Run: python benchmarks/layout_instructions.py [--calls 5] [--only repair|parse]
     PYTHONPATH=OTHER_TREE python benchmarks/layout_instructions.py     (the same count for another tree)

Under `valgrind --tool=callgrind`, a process reads the article, parses it twice untimed (modules, data and lazily
compiled expressions warm: the state in which `bench_layout.py` takes its best of runs), then makes `--calls`
calls inside `functools.reduce`, the only function callgrind counts (`--toggle-collect`): of `repair_layout` on
the read document, then, in a second process, of the whole parse (`pipeline.run`). Printed: instructions a call.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from bare import ARTICLE
from callgrind import collected

_DRIVER = """
import functools, sys
from allyscope.layout.repair import repair_layout
from allyscope.pipeline import run
from allyscope.reading import read

doc = read(sys.argv[1])
run(doc)
run(doc)
call = repair_layout if sys.argv[3] == "repair" else run
functools.reduce(lambda _, __: call(doc), range(int(sys.argv[2])), None)
"""


def count(driver: Path, calls: int, mode: str, out: Path) -> int:
    """Instructions callgrind counted inside the `functools.reduce` of `calls` calls."""
    return collected([str(driver), str(ARTICLE), str(calls), mode], out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=5)
    parser.add_argument("--only", choices=("repair", "parse"), help="count one of the two")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        driver = Path(folder) / "driver.py"
        driver.write_text(_DRIVER, "utf-8")
        for mode, label in (("repair", "repair_layout"), ("parse", "whole parse")):
            if args.only not in (None, mode):
                continue
            total = count(driver, args.calls, mode, Path(folder) / f"{mode}.out")
            print(f"{label:14s} {total / args.calls / 1e6:7.2f} M instructions a call (callgrind, {args.calls} calls)")


if __name__ == "__main__":
    main()
