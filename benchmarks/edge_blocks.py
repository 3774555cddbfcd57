"""Exactness of the edge-block reader (issue 12, allyscope/layout/edge_blocks.py) on generated web pages and
e-mails whose edge blocks are drawn in words made up at random (tests/corpora/edge_generator.py).

Run: python benchmarks/edge_blocks.py [--sample 400] [--seed 34] [--failures 0]
A page is exact when its title, its authors, every paragraph of its text and every edge line (with its kind, and
nothing else taken as furniture) are. Every fifth draw is held out: it sets a held-out article (never used to tune)
in edge blocks drawn from seeds never looked at while tuning, reported apart.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from corpora.edge_generator import check, draw  # noqa: E402
from corpora.layout_articles import HELD_OUT, TUNED  # noqa: E402

from allyscope import parse_text  # noqa: E402


def evaluate(seeds: list[int], articles: tuple[object, ...], failures: int) -> None:
    exact = 0
    aspects: dict[str, int] = defaultdict(int)
    shapes: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    shown = 0
    for seed in seeds:
        article = articles[seed % len(articles)]
        page = draw(seed, article)  # type: ignore[arg-type]
        result = check(parse_text(page.raw), page)
        ok = all(result.values())
        exact += ok
        for aspect, value in result.items():
            aspects[aspect] += value
        for dimension, value in page.shapes().items():
            shapes[(dimension, value)][0] += ok
            shapes[(dimension, value)][1] += 1
        if not ok and shown < failures:
            print(f"  not exact: seed {seed} {page.language} {[a for a, v in result.items() if not v]}")
            shown += 1
    n = max(len(seeds), 1)
    print(f"  {exact}/{len(seeds)} pages exact ({exact / n:.3f})")
    print("  per aspect: " + ", ".join(f"{a} {v / n:.3f}" for a, v in aspects.items()))
    for (dimension, value), (ok, total) in sorted(shapes.items()):
        print(f"    {dimension + ' ' + value:28s} {ok / total:.3f}  ({ok}/{total})")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sample", type=int, default=400)
    parser.add_argument("--seed", type=int, default=34)
    parser.add_argument("--failures", type=int, default=0, help="print this many inexact pages")
    args = parser.parse_args()
    seeds = [args.seed * 100_000 + i for i in range(args.sample)]
    print("tuned draws (tuned articles):")
    evaluate([s for i, s in enumerate(seeds) if i % 5], TUNED, args.failures)
    print("held-out draws (every fifth; held-out articles):")
    evaluate([s for i, s in enumerate(seeds) if i % 5 == 0], HELD_OUT, args.failures)


if __name__ == "__main__":
    main()
