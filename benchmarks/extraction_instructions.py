"""Instructions of the references, dates, entities and events stages on the reference article, warm and cold, counted by
callgrind: figures that do not move with the machine's load (a best of CPU times moves twofold on two shared cores,
and a warm best of forty calls of a few milliseconds each spans a fifth of a second: one busy moment of a neighbour
and the whole column is slow, which is how `extract_steps.py` printed the dates stage slower warm than cold).

Run: python benchmarks/extraction_instructions.py [--stages references dates entities events] [--calls 5]
                                                   [--modes warm cold]
     PYTHONPATH=OTHER_TREE python benchmarks/extraction_instructions.py     (the same count for another tree)

First, in a plain process: every dev document of the events corpus is read, then the article, and the caches and
memos its reading filled are found as `extract_steps.TextCaches` finds them; the article's document after the note
links (before the references stage) is pickled with their names. Then, under `valgrind --tool=callgrind`, a process
per stage and mode loads that document, runs the stages before the one counted, calls it once uncounted and then
`--calls` times inside `functools.reduce` (the only function callgrind counts, `--toggle-collect`). `warm`: as is.
`cold`: those caches emptied before each call and the stages before it run again uncounted, as `extract_steps.py`'s
`cold` (what a document the process has not read costs). Printed: instructions a call. `--keep FOLDER` keeps the
prepared document and callgrind's outputs (for `callgrind_annotate`); `--reuse` takes a document prepared there.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from bare import ARTICLE
from callgrind import CACHE_EMPTIERS, collected

HERE = Path(__file__).resolve().parent
STAGES = ("references", "dates", "entities", "events")

DRIVER = """
import functools, importlib, pickle, sys
from allyscope import pipeline
from allyscope.collector import collector_paused
linked, names = pickle.load(open(sys.argv[1], "rb"))
calls, mode, stage_name = int(sys.argv[2]), sys.argv[3], sys.argv[4]
order = [pipeline.STAGES[-1], *pipeline.EXTRACTION_STAGES]
named = {stage.__name__.strip("_"): stage for stage in order}
stage = named[stage_name]
def earlier_stages():
    doc = linked
    for other in order[: order.index(stage)]:
        with collector_paused():
            doc = other(doc)
    return doc
""" + CACHE_EMPTIERS + """doc = earlier_stages()
stage(doc)
def one(_a, _b):
    stage(doc)
if mode == "warm":
    functools.reduce(one, range(calls), None)
else:
    for _ in range(calls):
        for empty in emptiers:
            empty()
        doc = earlier_stages()  # what the stages before keep for this one (the folded text), uncounted
        functools.reduce(one, range(1), None)
"""

PREPARE = """
import pickle, sys
sys.path.insert(0, sys.argv[2])
import extract_steps as s
from allyscope import pipeline
from allyscope.collector import collector_paused
from allyscope.sources import read_source
s.warm_up()
found = s.TextCaches(lambda: s.read_by_stage(sys.argv[1]))
with collector_paused():
    doc = pipeline.run(read_source(sys.argv[1], None), pipeline.STAGES[:-1])
pickle.dump((doc, found.names()), open(sys.argv[3], "wb"))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stages", nargs="+", default=list(STAGES), choices=STAGES)
    parser.add_argument("--calls", type=int, default=5)
    parser.add_argument("--modes", nargs="+", default=["warm", "cold"], choices=["warm", "cold"])
    parser.add_argument("--keep", type=Path, help="a folder to keep the callgrind outputs in (callgrind_annotate)")
    parser.add_argument("--reuse", action="store_true", help="with --keep: the document prepared there before")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        where = args.keep or Path(folder)
        where.mkdir(parents=True, exist_ok=True)
        prepared, driver = where / "linked_doc.pkl", where / "driver.py"
        driver.write_text(DRIVER, "utf-8")
        if not (args.reuse and prepared.exists()):
            subprocess.run([sys.executable, "-c", PREPARE, str(ARTICLE), str(HERE), str(prepared)], check=True)
        for stage in args.stages:
            for mode in args.modes:
                out = where / f"callgrind.{stage}.{mode}.out"
                total = collected([str(driver), str(prepared), str(args.calls), mode, stage], out)
                print(f"{stage:>10} on the article, {mode}: {total / args.calls / 1e6:6.2f} M instructions a call")


if __name__ == "__main__":
    main()
