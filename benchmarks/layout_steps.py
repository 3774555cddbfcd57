"""Where the layout stage's time goes: each pass of `repair_layout` on the reference article, CPU time (issue 18).

Run: python benchmarks/layout_steps.py [--repeat 60] [--file PATH]

`--file` breaks down another input instead (a big file, a file of many short lines: issue 16), with `--repeat 1`
or a few; the bare pipeline's figure stays the article's.

Replays the passes of `allyscope.layout.repair.repair_layout` one by one, in its order, each timed as CPU time of
this thread (best of `--repeat`), then the whole stage; `other` is the stage less the passes listed (a pass added
to the stage and not here shows there). The bare pipeline's CPU time (../shared/bench/bare_pipeline.py) is
measured in the same process and every figure is also printed as a ratio to it.
"""

from __future__ import annotations

import argparse
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import bare

from allyscope import reading
from allyscope.layout import repair
from allyscope.layout.furniture import FURNITURE, initials, mark_front_furniture, mark_furniture
from allyscope.layout.lines import is_double_spaced, split_lines, typical_width
from allyscope.layout.notes import (
    find_note_blocks,
    mark_page_breaks,
    note_start,
    resume_convention_possible,
    settle_placements,
)
from allyscope.layout.page_furniture import confirm_running_headers, mark_page_furniture
from allyscope.layout.running_heads import find_periodic_heads
from allyscope.model import TextBuilder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=60)
    parser.add_argument("--file", type=Path, default=None, help="another input than the reference article")
    args = parser.parse_args()
    doc = reading.read(args.file or bare.ARTICLE)
    best: dict[str, float] = {}

    def timed(name: str, func: Callable[[], Any]) -> Any:
        start = time.thread_time()
        result = func()
        best[name] = min(best.get(name, float("inf")), time.thread_time() - start)
        return result

    for _ in range(args.repeat):
        watched: list[int] = []
        lines = timed("cut the lines", lambda: split_lines(doc.raw, initials(), watched))  # noqa: B023
        starts = timed(
            "note starts",
            lambda: {
                line.index: start
                for line in lines  # noqa: B023
                if line.content and (start := note_start(line.content))
            },
        )
        timed("page furniture", lambda: mark_page_furniture(lines, set(starts)))  # noqa: B023
        timed("furniture", lambda: mark_furniture(lines, watched))  # noqa: B023
        timed("front furniture", lambda: mark_front_furniture(lines))  # noqa: B023
        resume = timed("resume convention", lambda: resume_convention_possible(lines))  # noqa: B023
        blocks = timed("note blocks", lambda: find_note_blocks(lines, [], resume, starts))  # noqa: B023
        timed("running heads (confirm)", lambda: confirm_running_headers(lines))  # noqa: B023
        timed("running heads (periodic)", lambda: find_periodic_heads(lines))  # noqa: B023
        timed("page breaks", lambda: mark_page_breaks(lines, blocks, resume))  # noqa: B023
        timed("placements", lambda: settle_placements(lines, blocks, resume, FURNITURE))  # noqa: B023
        flow = timed(
            "widths, spacing",
            lambda: repair._Flow(TextBuilder(doc.raw), typical_width(lines), is_double_spaced(lines)),  # noqa: B023
        )
        timed("body loop", lambda: repair._body(doc, lines, blocks, flow))  # noqa: B023
        timed("write the notes", lambda: repair._notes(doc, lines, blocks))  # noqa: B023
        timed("build the body text", lambda: flow.builder.build())  # noqa: B023
        timed("whole stage", lambda: repair.repair_layout(doc))
    base = bare.pipeline_cpu_ms()
    whole = best.pop("whole stage") * 1000
    load = os.getloadavg()[0]
    print(f"load average {load:.1f} on {os.cpu_count()} cores; bare pipeline CPU time {base or 0:.2f} ms")
    other = max(0.0, whole / 1000 - sum(best.values()))
    for name, seconds in [*best.items(), ("other", other), ("whole stage", whole / 1000)]:
        ms = seconds * 1000
        ratio = f"  {ms / base:.2f}x" if base else ""
        print(f"{name:26s} {ms:6.3f} ms{ratio}")


if __name__ == "__main__":
    main()
