"""Instructions of the events stage on the reference article, warm and cold, counted by callgrind: a figure that
does not move with the machine's load (CPU times on two cores shared by nine sessions move twofold).

Run: python benchmarks/events_instructions.py [--calls 5] [--keep FOLDER]
     PYTHONPATH=OTHER_TREE python benchmarks/events_instructions.py     (the same count for another tree)

First, in a plain process: every dev document of the events corpus is read (modules, data and lazily compiled
expressions warm), then the article, and the caches and memos its reading filled are found as
`extract_steps.TextCaches` finds them (keyed by what the article says); the article's parsed document (before the
dates and entities stages) is pickled with their names. Then, under `valgrind --tool=callgrind`, a second process
loads that document, runs the dates and entities stages on it, calls `extract_events` once untimed and then
`--calls` times inside `functools.reduce` (the only function callgrind counts, `--toggle-collect`). `warm`: as is.
`cold`: those caches emptied before each call and the dates and entities stages run again uncounted: what a
document the process has not read costs, its modules and data warm and what the earlier stages keep for the events
stage (the folded text) there, as `extract_steps.py`'s `cold`. Printed: instructions a call, each way.
`--keep FOLDER` keeps the prepared document and callgrind's outputs; `--reuse` takes a document prepared there.
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

DRIVER = """
import functools, importlib, pickle, sys
from allyscope import pipeline
from allyscope.events import extract_events
parsed, names = pickle.load(open(sys.argv[1], "rb"))
def earlier_stages():
    doc = parsed
    for stage in pipeline.EXTRACTION_STAGES[:-1]:
        doc = stage(doc)
    return doc
doc = earlier_stages()
calls, mode = int(sys.argv[2]), sys.argv[3]
""" + CACHE_EMPTIERS + """extract_events(doc, "article")
def one(_a, _b):
    extract_events(doc, "article")
if mode == "warm":
    functools.reduce(one, range(calls), None)
else:
    for _ in range(calls):
        for empty in emptiers:
            empty()
        doc = earlier_stages()  # what the dates and entities stages keep for this one (the folded text), uncounted
        functools.reduce(one, range(1), None)
"""

PREPARE = """
import pickle, sys
sys.path.insert(0, sys.argv[2])
import extract_steps as s
from allyscope import pipeline
s.warm_up()
found = s.TextCaches(lambda: s.read_by_stage(sys.argv[1]))
pickle.dump((pipeline.parse(sys.argv[1]), found.names()), open(sys.argv[3], "wb"))
"""


def count(driver: Path, prepared: Path, calls: int, mode: str, out: Path) -> int:
    """Instructions callgrind counted inside the `functools.reduce` of `calls` calls."""
    return collected([str(driver), str(prepared), str(calls), mode], out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="a folder to keep the callgrind outputs in (callgrind_annotate)")
    parser.add_argument("--reuse", action="store_true", help="with --keep: the document prepared there before")
    parser.add_argument("--modes", nargs="+", default=["warm", "cold"], choices=["warm", "cold"])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        where = args.keep or Path(folder)
        where.mkdir(parents=True, exist_ok=True)
        prepared, driver = where / "article_doc.pkl", where / "driver.py"
        driver.write_text(DRIVER)
        if not (args.reuse and prepared.exists()):
            subprocess.run([sys.executable, "-c", PREPARE, str(ARTICLE), str(HERE), str(prepared)], check=True)
        for mode in args.modes:
            total = count(driver, prepared, args.calls, mode, where / f"callgrind.{mode}.out")
            print(f"extract_events on the article, {mode}: {total / args.calls / 1e6:.2f} M instructions a call")


if __name__ == "__main__":
    main()
