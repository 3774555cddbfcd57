"""Where the time of `allyscope extract` goes on the reference article: each stage of the one pipeline, CPU time.

Run: python benchmarks/extract_steps.py [--repeat 40]

Issue 14 asks the extract of the reference article to be no slower than on the day it was written; the whole
call is timed against older code by `extract_then_and_now.py`. This splits the call of this tree into its parts
(reading stages, dates, entities, events, the JSON) so that work on one stage can be seen in its own figure:
each part is timed alone on the output of the parts before it, as CPU time of this thread, best of `--repeat`.
The events stage keeps what it read of a sentence or clause by its text, so a second reading of the article costs
less than the first: `events, caches emptied` times the stage with those emptied before each call.
"""

from __future__ import annotations

import argparse
import os
import time
from collections.abc import Callable

from bare import ARTICLE

from allyscope import pipeline
from allyscope.extraction import document_extraction_json, extract_json
from allyscope.model import Document


def best_ms(call: Callable[[], object], repeat: int) -> float:
    """Best CPU milliseconds of `call` over `repeat` runs, after one run to warm what the code keeps."""
    call()
    best = float("inf")
    for _ in range(repeat):
        start = time.thread_time()
        call()
        best = min(best, time.thread_time() - start)
    return best * 1000


def events_read_first(named: Document) -> Document:
    """The events stage with the caches it keeps by text (a sentence's cues, a clause's pieces and ruled domain)
    emptied first: what a document read for the first time costs. Run with PYTHONPATH set to another tree, the
    caches that tree has are emptied."""
    from allyscope import events_domain

    for name in ("_hits", "_scan", "_rule_domain_shipped", "_reports", "_quoted", "_predicates_shipped"):
        cached = getattr(events_domain, name, None)
        if cached is not None:
            cached.cache_clear()
    return pipeline.run(named, pipeline.EXTRACTION_STAGES[2:])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=40)
    args = parser.parse_args()
    if not ARTICLE.exists():
        raise SystemExit(f"the reference article is not at {ARTICLE}")
    path = str(ARTICLE)
    parsed = pipeline.parse(path)
    dated = pipeline.run(parsed, pipeline.EXTRACTION_STAGES[:1])
    named = pipeline.run(dated, pipeline.EXTRACTION_STAGES[1:2])
    extracted = pipeline.run(named, pipeline.EXTRACTION_STAGES[2:])
    parts: dict[str, Callable[[], object]] = {
        "parse (reading stages)": lambda: pipeline.parse(path),
        "dates": lambda: pipeline.run(parsed, pipeline.EXTRACTION_STAGES[:1]),
        "entities": lambda: pipeline.run(dated, pipeline.EXTRACTION_STAGES[1:2]),
        "events": lambda: pipeline.run(named, pipeline.EXTRACTION_STAGES[2:]),
        "events, caches emptied": lambda: events_read_first(named),
        "JSON": lambda: document_extraction_json(extracted),
        "whole extract_json": lambda: extract_json(path),
    }
    print(f"extract of the reference article, CPU ms, best of {args.repeat} (load {os.getloadavg()[0]:.1f})")
    for name, call in parts.items():
        print(f"  {name:>24}: {best_ms(call, args.repeat):7.2f}")


if __name__ == "__main__":
    main()
