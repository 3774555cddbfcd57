"""The events stage's first reading, on the reference article and on ten dev documents of the events corpus (every
language and genre): CPU time of the stage on a document the process has not read, and on one read again.

Run: python benchmarks/events_first_read.py [--rounds 8]
     PYTHONPATH=OTHER_TREE python benchmarks/events_first_read.py     (the same figures for another tree)

Why apart from `extract_steps.py`: that script splits the whole extract of the article alone, and the events
stage's share of a first reading is a few milliseconds in a figure that swings by tens between processes. Here
only the events stage is timed, on eleven documents, so that a change to how it reads a sentence (its cues,
segments, ruled domain, coordinated predicates) shows in its own figure. `first`: every cache and memo keyed by
text (found as `extract_steps.TextCaches` finds them, after the dev documents were read) emptied and the stages
before the events run again untimed, then the events stage timed; `again`: the stage run once more on the same
document. Best of `--rounds`, CPU time of this thread. On a loaded machine compare two trees by running this
script in each in turn, more than once.
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path
from typing import Any

import extract_steps as steps

# one dev document of each of ten (genre, language) pairs: a spread of scripts and styles, not a sample tuned on
KINDS = (
    "academic_en",
    "brief_ja",
    "encyclo_zhs",
    "joint_zht",
    "news_en",
    "press_ja",
    "presser_zhs",
    "academic_zht",
    "joint_en",
    "encyclo_ja",
)


def documents() -> list[Path]:
    """The reference article, then the first dev document (by name) of each of `KINDS`."""
    names = sorted(steps.DEV.glob("*.txt"))
    chosen = [steps.ARTICLE]
    for kind in KINDS:
        chosen.append(next(path for path in names if path.name.startswith(kind + "_")))
    return chosen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=8)
    args = parser.parse_args()
    if not steps.ARTICLE.exists():
        raise SystemExit(f"the reference article is not at {steps.ARTICLE}")
    paths = documents()
    steps.warm_up()
    found = steps.TextCaches(lambda: steps.read_by_stage(str(paths[0])))
    parts = steps.stages()
    at = [name for name, _ in parts].index("events")
    events = parts[at][1]

    def before_events(path: Path) -> Any:
        value: Any = str(path)
        for _name, stage in parts[:at]:
            value = stage(value)
        return value

    first = dict.fromkeys(paths, float("inf"))
    again = dict.fromkeys(paths, float("inf"))
    for _ in range(args.rounds):
        for path in paths:  # the documents in turn, so that each round meets the same load
            found.empty()
            given = before_events(path)
            start = time.thread_time()
            events(given)
            first[path] = min(first[path], time.thread_time() - start)
            start = time.thread_time()
            events(given)
            again[path] = min(again[path], time.thread_time() - start)
    import allyscope

    print(
        f"events stage by {Path(allyscope.__file__).parent.parent}, CPU ms, best of {args.rounds} "
        f"(load {os.getloadavg()[0]:.1f})"
    )
    print(f"  {'':44}  {'first':>7}  {'again':>7}")
    for path in paths:
        print(f"  {path.name[:44]:44}  {first[path] * 1000:7.2f}  {again[path] * 1000:7.2f}")
    dev_first = sum(first[p] for p in paths[1:]) * 1000
    dev_again = sum(again[p] for p in paths[1:]) * 1000
    print(f"  {'ten dev documents':44}  {dev_first:7.2f}  {dev_again:7.2f}")


if __name__ == "__main__":
    main()
