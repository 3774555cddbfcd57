"""Exactness of layout repair on documents whose page furniture has words no data file holds (issue 12).

Run: python benchmarks/furniture_repeats.py [--draws 250] [--failures 0]
Draws documents from tests/corpora/furniture_repeats.py (the layout generator's articles with running heads,
feet and page numbers of random Latin words, CJK characters or kana, at page turns marked by page numbers, form
feeds or nothing but their period) and parses each. A document is exact when every aspect of the layout
generator's check is (notes, links, headings, body, title, authors, date). Prints the share of exact documents
for the tuned draws and, apart, for the held-out ones (every fifth draw, rendered with the held-out articles,
never used to tune), per aspect and per variation.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from corpora.furniture_repeats import draw, split  # noqa: E402
from corpora.layout_generator import check  # noqa: E402

from allyscope import parse_text  # noqa: E402


def evaluate(seeds: list[int], failures: int) -> dict[str, object]:
    """Exact documents, failing aspects and exactness per variation over the draws `seeds`."""
    exact = 0
    aspects: dict[str, int] = defaultdict(int)
    variations: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    shown = 0
    for seed in seeds:
        made = draw(seed)
        result = check(parse_text(made.generated.raw), made.generated)
        ok = all(result.values())
        exact += ok
        for aspect, value in result.items():
            aspects[aspect] += value
        furniture = made.furniture
        for name, value in (
            ("language", made.combo.language),
            ("number", furniture.number),
            ("turn", furniture.turn),
            ("head lines", str(len(furniture.head))),
            ("foot lines", str(len(furniture.foot))),
            ("first page headed", str(furniture.first_head).lower()),
        ):
            variations[(name, value)][0] += ok
            variations[(name, value)][1] += 1
        if not ok and shown < failures:
            print(f"  not exact: seed {seed} {[a for a, v in result.items() if not v]}")
            shown += 1
    return {"n": len(seeds), "exact": exact, "aspects": aspects, "variations": variations}


def report(name: str, result: dict[str, object]) -> None:
    n = int(result["n"])  # type: ignore[call-overload]
    exact = int(result["exact"])  # type: ignore[call-overload]
    print(f"{name}: {exact}/{n} documents exact ({exact / max(n, 1):.3f})")
    aspects = result["aspects"]
    print("  per aspect: " + ", ".join(f"{a} {v / max(n, 1):.3f}" for a, v in aspects.items()))  # type: ignore[attr-defined]
    dimension = ""
    for (dim, value), (ok, total) in sorted(result["variations"].items()):  # type: ignore[attr-defined]
        if dim != dimension:
            print(f"  {dim}:")
            dimension = dim
        print(f"    {value:12s} {ok / total:.3f}  ({ok}/{total})")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--draws", type=int, default=250)
    parser.add_argument("--failures", type=int, default=0, help="print this many inexact tuned draws")
    args = parser.parse_args()
    start = time.perf_counter()
    seeds = range(args.draws)
    report("tuned draws", evaluate([s for s in seeds if split(s) == "tuned"], args.failures))
    report("held-out draws (every fifth, never tuned on)", evaluate([s for s in seeds if split(s) == "held"], 0))
    print(f"({args.draws} draws; {time.perf_counter() - start:.1f} s)")


if __name__ == "__main__":
    main()
