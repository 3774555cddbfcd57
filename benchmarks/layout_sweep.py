"""A large draw of the layout generator's dev side (issue 12): exactness per family over thousands of combinations.

Run: python benchmarks/layout_sweep.py [--draws 2000] [--seed 1] [--failures 0] [--only DIM=VALUE ...]
                                      [--articles tuned|extra]

benchmarks/layout_matrix.py scores a fixed sample of 600 (480 dev, 120 held out); a rule that holds there may still
fail on a combination that sample never drew. This script draws many more combinations, renders each with the
tuned (dev) article of its language only, and prints the share of exact documents overall, per aspect and per value
of each dimension. It keeps the dev / held-out split of the matrix exactly: the held-out articles are never
rendered here, and the combinations that layout_matrix.py and tests/test_layout_matrix.py hold out are left out of
the draw, so no held-out combination is ever looked at, not even with a dev article.
`--failures N` prints the first N inexact combinations (dev only) with the aspects they miss; `--only` keeps the
combinations whose dimension has that value (e.g. `--only marker=circled --only width=wrapped`). `--articles extra`
renders with the second dev article of each language (`DEV_EXTRA`, written for this sweep: numbers, bracketed years
and quotations in the text) instead of the tuned one.
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
sys.path.insert(0, str(ROOT / "benchmarks"))

from corpora.layout_articles import DEV_EXTRA, TUNED  # noqa: E402
from corpora.layout_generator import Combo, check, combinations, render  # noqa: E402
from layout_matrix import draw  # noqa: E402

from allyscope import parse_text  # noqa: E402


def held_out_combinations() -> set[Combo]:
    """The combinations the matrix (its default draw) and the floor test hold out: never drawn here."""
    combos = list(combinations())
    held = set(draw(600, 12)[1])
    held |= set(random.Random(2026).sample(combos, 100)[80:])
    return held


def dev_draw(draws: int, seed: int, only: list[tuple[str, str]]) -> list[Combo]:
    held = held_out_combinations()
    pool = [c for c in combinations() if c not in held and all(c.families()[d] == v for d, v in only)]
    return random.Random(seed).sample(pool, min(draws, len(pool)))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--draws", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--failures", type=int, default=0, help="print this many inexact dev combinations")
    parser.add_argument("--only", action="append", default=[], help="DIMENSION=VALUE, repeatable")
    parser.add_argument("--articles", choices=("tuned", "extra"), default="tuned")
    args = parser.parse_args()
    only = [tuple(o.split("=", 1)) for o in args.only]
    combos = dev_draw(args.draws, args.seed, only)  # type: ignore[arg-type]
    by_language = {a.language: a for a in (TUNED if args.articles == "tuned" else DEV_EXTRA)}
    start = time.perf_counter()
    exact = 0
    aspects: dict[str, int] = defaultdict(int)
    families: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    shown = 0
    for combo in combos:
        generated = render(combo, by_language[combo.language])
        result = check(parse_text(generated.raw), generated)
        ok = all(result.values())
        exact += ok
        for aspect, value in result.items():
            aspects[aspect] += value
        for dimension, value in combo.families().items():
            families[(dimension, value)][0] += ok
            families[(dimension, value)][1] += 1
        if not ok and shown < args.failures:
            print(f"  not exact: {combo} {[a for a, v in result.items() if not v]}")
            shown += 1
    n = max(len(combos), 1)
    name = f"dev sweep ({args.articles} articles, seed {args.seed})"
    print(f"{name}: {exact}/{len(combos)} documents exact ({exact / n:.4f})")
    print("  per aspect: " + ", ".join(f"{a} {v}/{len(combos)}" for a, v in aspects.items()))
    dimension = ""
    for (dim, value), (ok, total) in sorted(families.items()):
        if dim != dimension:
            print(f"  {dim}:")
            dimension = dim
        flag = "" if ok == total else "  <"
        print(f"    {value:34s} {ok / total:.3f}  ({ok}/{total}){flag}")
    print(f"({time.perf_counter() - start:.1f} s)")


if __name__ == "__main__":
    main()
