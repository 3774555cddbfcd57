"""Build script: plain Python by default; with ALLYSCOPE_COMPILE=1 the hot modules are compiled with mypyc.

The compiled build extracts the reference article in about 0.75x the CPU time of pure Python, repeated or read for
the first time (`python benchmarks/extract_then_and_now.py e92a4d6 --compiled [--first-read]`); its parse gains
little (regular expressions do most of that work). It is opt-in because a compiled module shadows its .py file
(in an editable install edits would not take effect), monkeypatching a compiled module's names does not reach its
own calls, and the build needs a C compiler and minutes of CPU (about 5 CPU-minutes and 1.4 GB at -O3).
`allyscope/layout/line_objects.py` stays Python: its big-file lines reuse `Line`'s slot descriptors, which a native
class does not have; the passes over lines (`lines.py`, `page_furniture.py`) are compiled. CI (.ci/run) builds and
tests the pure wheel only: the compiled build alone would cost about half of its test time. To check a compiled
build by hand: record with the pure tree (`benchmarks/extraction_diff.py --record R.json`,
`benchmarks/parse_differential.py record P.json`), then run both checks with PYTHONPATH set to the compiled copy
(`bench_layout.compiled_copy`).
"""

import os

from setuptools import setup

COMPILED = [
    "allyscope/model.py",
    "allyscope/layout/joining.py",
    "allyscope/layout/lines.py",
    "allyscope/layout/page_furniture.py",
    "allyscope/layout/markers.py",
    "allyscope/layout/notes.py",
    "allyscope/layout/repair.py",
    "allyscope/layout/headings.py",
    "allyscope/layout/running_heads.py",
    "allyscope/layout/dating.py",
    "allyscope/layout/furniture.py",
    "allyscope/layout/catalogue.py",
    "allyscope/structure/language.py",
    "allyscope/structure/names.py",
    "allyscope/structure/furniture.py",
    "allyscope/structure/byline_fields.py",
    "allyscope/structure/bylines.py",
    "allyscope/structure/bios.py",
    "allyscope/structure/front.py",
    "allyscope/structure/stage.py",
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
    "allyscope/dates/values.py",
    "allyscope/dates/expression.py",
    "allyscope/dates/scan.py",
    "allyscope/dates/roles.py",
    "allyscope/dates/anchoring.py",
    "allyscope/dates/reading.py",
    "allyscope/dates/joins.py",
    "allyscope/dates/stage.py",
    "allyscope/entities.py",
    "allyscope/compounds.py",
    "allyscope/regex_firsts.py",
    "allyscope/events.py",
    "allyscope/events_domain.py",
    "allyscope/event_cues.py",
    "allyscope/event_segments.py",
    "allyscope/event_domain_model.py",
    "allyscope/event_clauses.py",
    "allyscope/event_reading.py",
    "allyscope/extraction.py",
    "allyscope/serialize.py",
    "allyscope/store/search.py",
]

ext_modules = []
if os.environ.get("ALLYSCOPE_COMPILE") == "1":
    from mypyc.build import mypycify

    ext_modules = mypycify(COMPILED, opt_level="3")

setup(ext_modules=ext_modules)
