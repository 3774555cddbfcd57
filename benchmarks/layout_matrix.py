"""Exactness of layout repair over the layout generator's combinations, per family (issue 12).

Run: python benchmarks/layout_matrix.py [--sample 600] [--seed 12] [--failures 0]
Also scores the hand-written documents (tests/layouts) and, apart, the held-out ones (tests/layouts/held_out,
written after the rules were frozen, never tuned on) against their hand gold, aspect by aspect, and, apart again,
the second held-out set (tests/layouts/held_out2, thirteenth session: written without reading the parser's code,
data or earlier held-out documents, gold committed before its first run), the third (tests/layouts/held_out3,
fifteenth session, written blind the same way) on a line of its own, the fourth (tests/layouts/held_out4,
sixteenth session, written blind the same way) on a line of its own, the fifth (tests/layouts/held_out5,
seventeenth session, written blind the same way) on a line of its own, and the sixth (tests/layouts/held_out6,
eighteenth session, written blind the same way), whose aggregate is the last line printed.
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

from corpora.hand_scoring import aspects  # noqa: E402
from corpora.layout_articles import HELD_OUT, TUNED  # noqa: E402
from corpora.layout_generator import check, combinations, render  # noqa: E402

from allyscope import parse, parse_text  # noqa: E402

LAYOUTS = ROOT / "tests" / "layouts"
GOLD = ROOT / "tests" / "gold"


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


def hand_written(folder: Path, gold: Path) -> tuple[int, int, dict[str, list[int]]]:
    """(exact documents, documents, per aspect [right, stated]) of the hand-written documents in `folder`."""
    import json

    exact = total = 0
    per_aspect: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for path in sorted(folder.glob("*.txt")):
        result = aspects(parse(path), json.loads((gold / f"{path.stem}.layout.json").read_text("utf-8")))
        total += 1
        exact += all(result.values())
        for aspect, ok in result.items():
            per_aspect[aspect][0] += ok
            per_aspect[aspect][1] += 1
    return exact, total, per_aspect


def report_hand(name: str, figures: tuple[int, int, dict[str, list[int]]]) -> None:
    exact, total, per_aspect = figures
    print(f"{name}: {exact}/{total} documents exact")
    print("  per aspect: " + ", ".join(f"{a} {ok}/{n}" for a, (ok, n) in per_aspect.items()))


def report_hand_one_line(name: str, figures: tuple[int, int, dict[str, list[int]]]) -> None:
    """The same figures on one line, so that a set's aggregate can be read off the last line of the output."""
    exact, total, per_aspect = figures
    aspects = ", ".join(f"{a} {ok}/{n}" for a, (ok, n) in per_aspect.items())
    print(f"{name}: {exact}/{total} documents exact; per aspect: {aspects}")


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
    report_hand("hand-written documents (tests/layouts)", hand_written(LAYOUTS, GOLD))
    held_out = hand_written(LAYOUTS / "held_out", GOLD / "held_out")
    report_hand("held-out hand-written documents (tests/layouts/held_out)", held_out)
    held_out2 = hand_written(LAYOUTS / "held_out2", GOLD / "held_out2")
    report_hand("second held-out hand-written documents (tests/layouts/held_out2)", held_out2)
    held_out3 = hand_written(LAYOUTS / "held_out3", GOLD / "held_out3")
    report_hand_one_line("third held-out hand-written documents (tests/layouts/held_out3)", held_out3)
    held_out4 = hand_written(LAYOUTS / "held_out4", GOLD / "held_out4")
    report_hand_one_line("fourth held-out hand-written documents (tests/layouts/held_out4)", held_out4)
    held_out5 = hand_written(LAYOUTS / "held_out5", GOLD / "held_out5")
    report_hand_one_line("fifth held-out hand-written documents (tests/layouts/held_out5)", held_out5)
    held_out6 = hand_written(LAYOUTS / "held_out6", GOLD / "held_out6")
    report_hand_one_line("sixth held-out hand-written documents (tests/layouts/held_out6)", held_out6)


if __name__ == "__main__":
    main()
