"""Build script: plain Python by default; with ALLYSCOPE_COMPILE=1 the hot modules are compiled with mypyc.

The compiled build parses about 1.3× faster (see benchmarks/bench_layout.py --compiled). It is opt-in
because a compiled module shadows its .py file: in an editable install, edits would not take effect.
"""

import os

from setuptools import setup

COMPILED = [
    "allyscope/model.py",
    "allyscope/layout/joining.py",
    "allyscope/layout/markers.py",
    "allyscope/layout/notes.py",
    "allyscope/layout/repair.py",
    "allyscope/layout/headings.py",
    "allyscope/layout/running_heads.py",
    "allyscope/layout/dating.py",
    "allyscope/layout/furniture.py",
    "allyscope/layout/catalogue.py",
    "allyscope/structure.py",
    "allyscope/linking.py",
    "allyscope/regions.py",
    "allyscope/discourse.py",
    "allyscope/scripts.py",
    "allyscope/references/fields.py",
    "allyscope/references/citations.py",
    "allyscope/references/registry.py",
    "allyscope/references/labeller.py",
    "allyscope/references/features.py",
    "allyscope/references/names.py",
    "allyscope/references/shapes.py",
    "allyscope/dates.py",
    "allyscope/entities.py",
    "allyscope/compounds.py",
    "allyscope/regex_firsts.py",
    "allyscope/events.py",
    "allyscope/events_domain.py",
    "allyscope/event_clauses.py",
    "allyscope/extraction.py",
    "allyscope/serialize.py",
    "allyscope/store/search.py",
]

ext_modules = []
if os.environ.get("ALLYSCOPE_COMPILE") == "1":
    from mypyc.build import mypycify

    ext_modules = mypycify(COMPILED, opt_level="3")

setup(ext_modules=ext_modules)
