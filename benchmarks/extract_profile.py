"""Where the time of one warm stage of `allyscope extract` goes on the reference article, by function (cProfile).

Run: python benchmarks/extract_profile.py [--repeat 10] [--stage _entities] [--sort tottime] [--rows 45]

Each stage of the one pipeline (the parse stages, then the extraction stages) is timed alone on the output of the
stages before it, CPU time of this process, best of `--repeat` (as `extract_steps.py`'s `warm` column), then the
whole `extract_file` and its JSON. With `--stage`, that stage is called five times more under cProfile and its
functions are printed: cProfile's own cost inflates small functions and generator expressions, so read it for
where to look, and count instructions (`extraction_instructions.py`, `layout_instructions.py`) for the figure.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import time

from bare import ARTICLE

from allyscope import pipeline
from allyscope.extraction import document_extraction_json
from allyscope.model import Document
from allyscope.sources import read_source


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--stage", default=None, help="a stage's function name, e.g. repair_layout or _entities")
    parser.add_argument("--sort", default="tottime")
    parser.add_argument("--rows", type=int, default=45)
    args = parser.parse_args()
    path = str(ARTICLE)
    order = [*pipeline.STAGES, *pipeline.EXTRACTION_STAGES]
    inputs: list[Document] = []
    for _ in range(3):  # modules, data and lazily compiled expressions warm
        inputs = []
        doc = read_source(path, None)
        for stage in order:
            inputs.append(doc)
            doc = stage(doc)
    for stage, given in zip(order, inputs, strict=True):
        best = float("inf")
        for _ in range(args.repeat):
            began = time.process_time()
            stage(given)
            best = min(best, time.process_time() - began)
        print(f"{stage.__name__:16s} {best * 1000:7.2f} ms")
    best = float("inf")
    for _ in range(args.repeat):
        began = time.process_time()
        document_extraction_json(pipeline.extract_file(path))
        best = min(best, time.process_time() - began)
    print(f"{'whole + JSON':16s} {best * 1000:7.2f} ms (best of {args.repeat})")
    if args.stage:
        stage = next(s for s in order if s.__name__ == args.stage)
        given = inputs[order.index(stage)]
        profile = cProfile.Profile()
        profile.enable()
        for _ in range(5):
            stage(given)
        profile.disable()
        out = io.StringIO()
        pstats.Stats(profile, stream=out).sort_stats(args.sort).print_stats(args.rows)
        print(out.getvalue())


if __name__ == "__main__":
    main()
