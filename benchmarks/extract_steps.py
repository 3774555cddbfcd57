"""Where the time of `allyscope extract` goes on the reference article: each stage of the one pipeline, CPU time,
for a repeated reading and for a first reading.

Run: python benchmarks/extract_steps.py [--repeat 40] [--first-reads 0] [--names] [--per-cache]
     PYTHONPATH=OTHER_TREE python benchmarks/extract_steps.py     (the same split for another tree)

Issue 14 asks the extract of the reference article to be no slower than on the day it was written; the whole
call is timed against older code by `extract_then_and_now.py`. This splits the call of this tree into its parts
(reading, layout repair, structure, note links, references, dates, entities, events, the JSON) so that work on
one stage can be seen in its own figure: each part is timed alone on the output of the parts before it, as CPU
time of this thread, best of `--repeat`.

Four columns. `warm`: each part run again and again on the same input, as a benchmark of repeated calls reads the
article. `cold`: the same with every cache and memo keyed by a line's, sentence's or note's text emptied before each
call and the parts before it run again (untimed: what one document's earlier parts keep for its later ones, the
folded text, is there as in a first reading), what a document the process has not read costs. `anew`: cold, and
every part's input made anew each time (the whole extract run from the file, each part timed; the best of each
part's times is printed): a part reading objects just made, not the same ones again, as a first reading does. Those
caches are not named here but found: the process first reads every dev document of the events corpus (so modules,
data and lazily compiled expressions are warm, as in `extract_then_and_now.py --first-read`), then reads the article
once, and a `functools` cache that missed during that reading, or a module- or class-level dict or set that changed
size, is keyed by what the article says (a cache keyed by a language or a pattern does not miss on it). That one
reading is the fourth column, `first`: the honest cost of a new document, but a single sample (`--first-reads N`
repeats it in N fresh processes and prints the best and the median). An older tree without the extraction stages
(before the one pipeline) shows its extraction as one part.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from bare import ARTICLE

from allyscope import pipeline

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "tests" / "corpora" / "events" / "dev"


def best_ms(call: Callable[[], object], repeat: int, before: Callable[[], None] | None = None) -> float:
    """Best CPU milliseconds of `call` over `repeat` runs (`before` run untimed ahead of each), after one run to
    warm what the code keeps."""
    call()
    best = float("inf")
    for _ in range(repeat):
        if before is not None:
            before()
        start = time.thread_time()
        call()
        best = min(best, time.thread_time() - start)
    return best * 1000


def _modules() -> Iterator[tuple[str, Any]]:
    for name, module in list(sys.modules.items()):
        if name.startswith("allyscope") and module is not None:
            yield name, module


def functools_caches() -> dict[str, Any]:
    """Every `functools.cache`/`lru_cache` function defined at module level in the package, by dotted name."""
    found = {}
    for name, module in _modules():
        for attr, obj in list(vars(module).items()):
            if hasattr(obj, "cache_info") and getattr(obj, "__module__", None) == name:
                found[f"{name}.{attr}"] = obj
    return found


def memos() -> dict[str, dict[Any, Any] | set[Any]]:
    """Every dict and set held at module or class level in the package (memos among them), by dotted name."""
    found: dict[str, dict[Any, Any] | set[Any]] = {}
    for name, module in _modules():
        for attr, obj in list(vars(module).items()):
            if isinstance(obj, dict | set) and not attr.startswith("__"):
                found[f"{name}.{attr}"] = obj
            elif isinstance(obj, type) and obj.__module__ == name:
                for inner, held in list(vars(obj).items()):
                    if isinstance(held, dict | set) and not inner.startswith("__"):
                        found[f"{name}.{attr}.{inner}"] = held
    return found


class TextCaches:
    """The caches and memos a new document's text fills, found by reading the article after other documents."""

    def __init__(self, read_article: Callable[[], dict[str, float]]) -> None:
        caches, held = functools_caches(), memos()
        misses = {name: c.cache_info().misses for name, c in caches.items()}
        sizes = {name: len(m) for name, m in held.items()}
        self.first = read_article()
        caches, held = functools_caches(), memos()
        self.caches = {n: c for n, c in caches.items() if c.cache_info().misses != misses.get(n, 0)}
        self.memos = {n: m for n, m in held.items() if len(m) != sizes.get(n, 0)}

    def empty(self) -> None:
        for cache in self.caches.values():
            cache.cache_clear()
        for memo in self.memos.values():
            memo.clear()

    def names(self) -> list[str]:
        return sorted(self.caches) + sorted(self.memos)


def stages() -> list[tuple[str, Callable[[Any], Any]]]:
    """(name, call) of every part of `extract_json`, each taking the previous part's output."""
    try:
        from allyscope.collector import collector_paused
        from allyscope.sources import read_source
    except ImportError:  # an older tree: plain text read by `reading.read`, the collector left alone
        from contextlib import nullcontext as collector_paused

        from allyscope.reading import read

        def read_source(path: str, _encoding: None) -> Any:
            return read(path)

    def paused(stage: Callable[[Any], Any]) -> Callable[[Any], Any]:
        def run(doc: Any) -> Any:
            with collector_paused():  # as `pipeline.parse` runs the reading stages
                return stage(doc)

        return run

    parts: list[tuple[str, Callable[[Any], Any]]] = [("read", lambda path: read_source(path, None))]
    parts += [(stage.__name__, paused(stage)) for stage in pipeline.STAGES]
    extraction = getattr(pipeline, "EXTRACTION_STAGES", None)
    if extraction is None:  # an older tree: extraction and JSON in one call on the parsed document
        from allyscope import extraction as old

        def extract_rest(doc: Any) -> Any:
            saved = old.parse
            old.parse = lambda _path: doc
            try:
                return old.extract_json("article")
            finally:
                old.parse = saved

        return [*parts, ("extraction and JSON", extract_rest)]
    from allyscope.extraction import document_extraction_json

    parts += [(stage.__name__.strip("_"), stage) for stage in extraction]
    return [*parts, ("JSON", document_extraction_json)]


def read_by_stage(path: str) -> dict[str, float]:
    """CPU milliseconds of each part of one extract of `path`, and their sum; `collector`: how much of that sum
    the cycle collector's passes took (each pass is paid by the part that happens to be running when the count of
    new objects crosses its threshold, a young-generation pass over everything the parse made among them)."""
    times: dict[str, float] = {}
    collected = [0.0, 0.0]  # CPU seconds in passes so far, and when the running pass began

    def count(phase: str, _info: dict[str, Any]) -> None:
        if phase == "start":
            collected[1] = time.thread_time()
        else:
            collected[0] += time.thread_time() - collected[1]

    value: Any = path
    gc.callbacks.append(count)
    try:
        for name, stage in stages():
            start = time.thread_time()
            value = stage(value)
            times[name] = (time.thread_time() - start) * 1000
    finally:
        gc.callbacks.remove(count)
    times["whole"] = sum(times.values())
    times["collector"] = collected[0] * 1000
    return times


def warm_up() -> None:
    """Read every dev document of the events corpus (all four languages): what a process has met before."""
    from allyscope.extraction import extract_json

    for other in sorted(DEV.glob("*.txt")):
        extract_json(other)


def first_reads(count: int) -> list[dict[str, float]]:
    """`read_by_stage` of the article's first reading in `count` fresh processes, each after the dev documents."""
    program = (
        f"import sys, json; sys.path.insert(0, {str(Path(__file__).parent)!r})\n"
        "import extract_steps as s\ns.warm_up()\nprint(json.dumps(s.read_by_stage(sys.argv[1])))"
    )
    readings = []
    for _ in range(count):
        out = subprocess.run(
            [sys.executable, "-c", program, str(ARTICLE)], check=True, capture_output=True, text=True
        ).stdout
        readings.append(json.loads(out.strip().splitlines()[-1]))
    return readings


def per_cache(found: TextCaches, path: str, repeat: int) -> list[tuple[float, str, str]]:
    """(ms added to the part that pays most, name, parts that pay it) for each text cache or memo emptied alone,
    largest first (the sum over all parts would add their noise too): which cache's misses a first reading pays
    for. Each is timed as `anew` (the whole extract from the file, each part timed), alternating with a run that
    empties nothing, best of `repeat` of each, so that both meet the same load. Differences of a few tenths of a
    millisecond are noise on a loaded machine."""
    emptiers: dict[str, Callable[[], None]] = {n: c.cache_clear for n, c in found.caches.items()}
    emptiers |= {n: m.clear for n, m in found.memos.items()}
    shares = []
    for name, empty in emptiers.items():
        kept: dict[str, float] = {}
        emptied: dict[str, float] = {}
        for _ in range(repeat):
            for best, before in ((kept, None), (emptied, empty)):
                if before is not None:
                    before()
                for part, ms in read_by_stage(path).items():
                    best[part] = min(ms, best.get(part, ms))
        added = {part: emptied[part] - kept[part] for part in kept if part not in ("whole", "collector")}
        where = ", ".join(f"{part} {ms:+.2f}" for part, ms in added.items() if abs(ms) >= 0.3)
        shares.append((max(added.values()), name, where))
    return sorted(shares, reverse=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=40)
    parser.add_argument("--first-reads", type=int, default=0, help="fresh processes timing a first reading")
    parser.add_argument("--names", action="store_true", help="print the caches and memos emptied for `cold`")
    parser.add_argument(
        "--per-cache", action="store_true", help="what each cache or memo emptied alone adds to the parts (warm)"
    )
    args = parser.parse_args()
    if not ARTICLE.exists():
        raise SystemExit(f"the reference article is not at {ARTICLE}")
    path = str(ARTICLE)
    warm_up()
    found = TextCaches(lambda: read_by_stage(path))
    inputs: list[Any] = [path]
    for _name, stage in stages():
        inputs.append(stage(inputs[-1]))
    warm: dict[str, float] = {}
    cold: dict[str, float] = {}
    parts = stages()
    for k, ((name, stage), given) in enumerate(zip(parts, inputs, strict=False)):

        def replayed(k: int = k) -> None:
            """Empty the text caches, then run the parts before part `k` again untimed: what one document's
            earlier parts leave for the later ones (the folded text, the regions) is there, as in a first
            reading, and nothing of the article's reading before."""
            found.empty()
            value: Any = path
            for _name, earlier in parts[:k]:
                value = earlier(value)

        warm[name] = best_ms(lambda stage=stage, given=given: stage(given), args.repeat)
        cold[name] = best_ms(lambda stage=stage, given=given: stage(given), args.repeat, replayed)
    warm["whole"], cold["whole"] = sum(warm.values()), sum(cold.values())
    anew: dict[str, float] = {}
    for _ in range(args.repeat):
        found.empty()
        for name, spent in read_by_stage(path).items():
            anew[name] = min(spent, anew.get(name, spent))
    shares = per_cache(found, path, args.repeat) if args.per_cache else []
    fresh = first_reads(args.first_reads)
    import allyscope

    print(
        f"extract of the reference article by {Path(allyscope.__file__).parent.parent}, CPU ms, best of "
        f"{args.repeat} (load {os.getloadavg()[0]:.1f}; {len(found.caches)} caches and {len(found.memos)} memos "
        f"keyed by text emptied for `cold`; gc {'on' if gc.isenabled() else 'off'})"
    )
    header = f"  {'':>20}  {'warm':>7}  {'cold':>7}  {'anew':>7}  {'first':>7}"
    if fresh:
        header += f"  {'first, best / median of ' + str(len(fresh)) + ' processes':>40}"
    print(header)
    for name in warm:
        row = f"  {name:>20}: {warm[name]:7.2f}  {cold[name]:7.2f}  {anew[name]:7.2f}  {found.first[name]:7.2f}"
        if fresh:
            values = [reading[name] for reading in fresh]
            row += f"  {min(values):19.2f} / {statistics.median(values):7.2f}"
        print(row)
    row = f"  {'collector':>20}: {'':7}  {'':7}  {anew['collector']:7.2f}  {found.first['collector']:7.2f}"
    if fresh:
        values = [reading["collector"] for reading in fresh]
        row += f"  {min(values):19.2f} / {statistics.median(values):7.2f}"
    print(row + "  (of `whole`: the cycle collector's passes, paid by the part running then)")
    for added, name, where in shares:
        print(f"  {added:+6.2f} ms at most a part with {name} alone emptied ({where})")
    if args.names:
        print("  emptied for `cold`: " + ", ".join(found.names()))


if __name__ == "__main__":
    main()
