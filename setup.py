"""Build script: plain Python by default; with ALLYSCOPE_COMPILE=1 the hot modules are compiled with mypyc.

The compiled build parses about 1.3× faster (see benchmarks/bench_layout.py --compiled). It is opt-in
because a compiled module shadows its .py file: in an editable install, edits would not take effect.
"""

import os

from setuptools import setup

COMPILED = [
    "allyscope/model.py",
    "allyscope/layout/lines.py",
    "allyscope/layout/joining.py",
    "allyscope/layout/markers.py",
    "allyscope/layout/notes.py",
    "allyscope/layout/repair.py",
    "allyscope/layout/headings.py",
    "allyscope/structure.py",
    "allyscope/linking.py",
    "allyscope/references/fields.py",
    "allyscope/references/citations.py",
    "allyscope/references/registry.py",
    "allyscope/dates/values.py",
    "allyscope/dates/expression.py",
    "allyscope/dates/scan.py",
    "allyscope/dates/roles.py",
    "allyscope/dates/anchoring.py",
    "allyscope/dates/reading.py",
    "allyscope/dates/joins.py",
    "allyscope/dates/stage.py",
    "allyscope/entities.py",
    "allyscope/events.py",
    "allyscope/store/search.py",
]

ext_modules = []
if os.environ.get("ALLYSCOPE_COMPILE") == "1":
    from mypyc.build import mypycify

    ext_modules = mypycify(COMPILED, opt_level="3")

setup(ext_modules=ext_modules)
