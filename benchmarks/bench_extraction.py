"""Benchmark for issue 14: extraction of the reference article, stage by stage, and Chinese numerals.

Run: python benchmarks/bench_extraction.py
Prints one line per figure, best and median of repeated runs (on a shared machine the best run is what the code
costs). The numerals line compares `allyscope.dates.number` with cn2an (the library the issue names) when cn2an
is installed (`pip install cn2an`); it is not a dependency: this figure is why.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
from pathlib import Path

import bare as bare_pipeline
from bench_layout import cpu_line, timed  # one timing loop for every benchmark (run from benchmarks/, beside it)

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT.parent / "shared" / "corpus" / "000_c16b8f8118fbe296.txt"
NUMERALS = ["二〇二三", "二零一九", "十二", "二十一", "三十", "七", "十", "一九九〇"]


def spread(times: list[float], unit: float = 1000, label: str = "ms") -> str:
    return f"best {min(times) * unit:.2f} {label}, median {statistics.median(times) * unit:.2f} {label}"


def main() -> None:
    from allyscope.dates import mark_dates, number
    from allyscope.entities import mark_entities
    from allyscope.events import mark_events
    from allyscope.extraction import extract_json
    from allyscope.pipeline import parse

    if ARTICLE.exists():
        print(bare_pipeline.load())
        bare_ms = bare_pipeline.pipeline_ms(50)
        bare_cpu_ms = bare_pipeline.pipeline_cpu_ms(50)
        extract_times = timed(lambda: extract_json(ARTICLE), 30)
        print(
            f"extract reference article (read, parse, dates, entities, events; best of 30): "
            f"{spread(extract_times)}; {bare_pipeline.ratio(min(extract_times) * 1000, bare_ms)}  (target 7x)"
        )
        print(cpu_line("  the same", lambda: extract_json(ARTICLE), 30, bare_cpu_ms, "target 7x"))
        doc = parse(ARTICLE)
        print(f"  dates stage (best of 30): {spread(timed(lambda: mark_dates(doc), 30))}")
        print(f"  entities stage (best of 30): {spread(timed(lambda: mark_entities(doc), 30))}")
        dated = mark_entities(mark_dates(doc))
        print(f"  events stage (best of 30): {spread(timed(lambda: mark_events(dated), 30))}")
    ours = timed(lambda: [number(n) for n in NUMERALS], 2000)
    print(f"Chinese numerals, allyscope.dates.number, {len(NUMERALS)} numerals: {spread(ours, 1e6, 'µs')}")
    try:
        import cn2an
    except ImportError:
        print("cn2an not installed: no comparison")
        return
    theirs = timed(lambda: [cn2an.cn2an(n, "smart") for n in NUMERALS], 2000)
    print(f"Chinese numerals, cn2an.cn2an(smart), {len(NUMERALS)} numerals: {spread(theirs, 1e6, 'µs')}")
    assert [number(n) for n in NUMERALS] == [int(cn2an.cn2an(n, "smart")) for n in NUMERALS]
    command = [sys.executable, "-c", "import cn2an"]
    starts = timed(lambda: subprocess.run(command, check=True, capture_output=True), 3)
    bare = timed(lambda: subprocess.run([sys.executable, "-c", "pass"], check=True, capture_output=True), 3)
    print(f"import cn2an (a new interpreter, less a bare one; best of 3): {(min(starts) - min(bare)) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
