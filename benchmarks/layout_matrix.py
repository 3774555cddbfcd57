"""Exactness of layout repair over the layout generator's combinations, per family (issue 12).

Run: python benchmarks/layout_matrix.py [--sample 600] [--seed 12] [--failures 0]
Draws a fixed sample of the valid combinations (tests/corpora/layout_generator.py), renders each with an article
and parses it. A document is exact when every aspect is: notes' text, markers linked to the right note,
headings with their levels, no note text in the body, no body text lost, no space added in CJK text, title and
authors. Prints the share of exact documents overall, per aspect, and per value of each dimension (marker
family, note family, placement, …), for the tuned articles and, apart, for the held-out articles with
combinations never used to tune (every fifth draw).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from corpora.layout_articles import HELD_OUT, TUNED  # noqa: E402
from corpora.layout_generator import check, combinations, render  # noqa: E402

from allyscope import parse_text  # noqa: E402


def draw(sample: int, seed: int) -> tuple[list[object], list[object]]:
    """(tuned, held-out) combinations: a fixed sample, every fifth draw held out."""
    combos = list(combinations())
    chosen = random.Random(seed).sample(combos, min(sample, len(combos)))
    return [c for i, c in enumerate(chosen) if i % 5], [c for i, c in enumerate(chosen) if i % 5 == 0]


def evaluate(combos: list[object], articles: tuple[object, ...], failures: int) -> dict[str, object]:
    by_language = {a.language: a for a in articles}  # type: ignore[attr-defined]
    exact = 0
    aspects: dict[str, int] = defaultdict(int)
    families: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    shown = 0
    for combo in combos:
        generated = render(combo, by_language[combo.language])  # type: ignore[attr-defined]
        result = check(parse_text(generated.raw), generated)
        ok = all(result.values())
        exact += ok
        for aspect, value in result.items():
            aspects[aspect] += value
        for dimension, value in combo.families().items():  # type: ignore[attr-defined]
            families[(dimension, value)][0] += ok
            families[(dimension, value)][1] += 1
        if not ok and shown < failures:
            print(f"  not exact: {combo} {[a for a, v in result.items() if not v]}")
            shown += 1
    return {"n": len(combos), "exact": exact, "aspects": aspects, "families": families}


def report(name: str, result: dict[str, object]) -> None:
    n = int(result["n"])  # type: ignore[call-overload]
    print(f"{name}: {result['exact']}/{n} documents exact ({int(result['exact']) / max(n, 1):.3f})")  # type: ignore[call-overload]
    aspects = result["aspects"]
    print("  per aspect: " + ", ".join(f"{a} {v / max(n, 1):.3f}" for a, v in aspects.items()))  # type: ignore[attr-defined]
    dimension = ""
    for (dim, value), (ok, total) in sorted(result["families"].items()):  # type: ignore[attr-defined]
        if dim != dimension:
            print(f"  {dim}:")
            dimension = dim
        print(f"    {value:34s} {ok / total:.3f}  ({ok}/{total})")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sample", type=int, default=600)
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--failures", type=int, default=0, help="print this many inexact combinations")
    args = parser.parse_args()
    tuned, held = draw(args.sample, args.seed)
    start = time.perf_counter()
    report("tuned articles", evaluate(tuned, TUNED, args.failures))
    report("held-out articles and combinations", evaluate(held, HELD_OUT, args.failures))
    print(f"({len(list(combinations()))} valid combinations; {args.sample} drawn; {time.perf_counter() - start:.1f} s)")


if __name__ == "__main__":
    main()
