"""Exactness of layout repair over the layout generator's combinations, per family (issue 12).

Run: python benchmarks/layout_matrix.py [--sample 600] [--seed 12] [--failures 0] [--json] [--dev-only]
Also scores the hand-written documents (tests/layouts) and, apart, the held-out ones (tests/layouts/held_out,
written after the rules were frozen, never tuned on) against their hand gold, aspect by aspect, and, apart again,
the second held-out set (tests/layouts/held_out2, thirteenth session: written without reading the parser's code,
data or earlier held-out documents, gold committed before its first run), the third (tests/layouts/held_out3,
fifteenth session, written blind the same way) on a line of its own, the fourth (tests/layouts/held_out4,
sixteenth session, written blind the same way) on a line of its own, the fifth (tests/layouts/held_out5,
seventeenth session, written blind the same way) on a line of its own, the sixth (tests/layouts/held_out6,
eighteenth session, written blind the same way) on a line of its own, the seventh (tests/layouts/held_out7,
nineteenth session, written blind the same way) on a line of its own, the eighth (tests/layouts/held_out8,
twentieth session, written blind the same way) on a line of its own, the ninth (tests/layouts/held_out9,
twenty-first session, written blind the same way) on a line of its own, the tenth (tests/layouts/held_out10,
twenty-second session, written blind the same way) on a line of its own, the eleventh
(tests/layouts/held_out11, twenty-third session, written blind the same way) on a line of its own, the twelfth
(tests/layouts/held_out12, twenty-fourth session, written blind the same way) on a line of its own, the
thirteenth (tests/layouts/held_out13, twenty-fifth session, written blind the same way) on a line of its own, the
fourteenth (tests/layouts/held_out14, twenty-sixth session, written blind the same way) on a line of its own, the
fifteenth (tests/layouts/held_out15, twenty-seventh session, written blind the same way) on a line of its own, the
sixteenth (tests/layouts/held_out16, twenty-eighth session, written blind the same way) on a line of its own, the
seventeenth (tests/layouts/held_out17, thirtieth session, written blind the same way) on a line of its own, the
eighteenth (tests/layouts/held_out18, thirty-first session, written blind the same way) on a line of its own, the
nineteenth (tests/layouts/held_out19, thirty-second session, written blind the same way) on a line of its own, the
twentieth (tests/layouts/held_out20, thirty-third session, written blind the same way) on a line of its own, the
twenty-first (tests/layouts/held_out21, thirty-fourth session, written blind the same way) on a line of its own, the
twenty-second (tests/layouts/held_out22, thirty-fifth session, written blind the same way) on a line of its own, the
twenty-third (tests/layouts/held_out23, thirty-sixth session, written blind the same way) on a line of its own, the
twenty-fourth (tests/layouts/held_out24, thirty-seventh session, written blind the same way) on a line of its own, the
twenty-fifth (tests/layouts/held_out25, thirty-eighth session, written blind the same way) on a line of its own, the
twenty-sixth (tests/layouts/held_out26, thirty-ninth session, written blind the same way) on a line of its own, the
twenty-seventh (tests/layouts/held_out27, fortieth session, written blind the same way) on a line of its own, the
twenty-eighth (tests/layouts/held_out28, forty-first session, written blind the same way) on a line of its own, the
twenty-ninth (tests/layouts/held_out29, forty-second session, written blind the same way) on a line of its own, the
thirtieth (tests/layouts/held_out30, forty-third session, written blind the same way) on a line of its own, the
thirty-first (tests/layouts/held_out31, forty-fourth session, written blind the same way) on a line of its own, the
thirty-second (tests/layouts/held_out32, forty-fifth session, written blind the same way) on a line of its own, the
thirty-third (tests/layouts/held_out33, forty-sixth session, written blind the same way) on a line of its own, the
thirty-fourth (tests/layouts/held_out34, forty-seventh session, written blind the same way) on a line of its own, the
thirty-fifth (tests/layouts/held_out35, forty-eighth session, written blind the same way) on a line of its own, the
thirty-sixth (tests/layouts/held_out36, forty-ninth session, written blind the same way) on a line of its own, the
thirty-seventh (tests/layouts/held_out37, fiftieth session, written blind the same way) on a line of its own, the
thirty-eighth (tests/layouts/held_out38, fifty-first session, written blind the same way) on a line of its own, the
thirty-ninth (tests/layouts/held_out39, fifty-second session, written blind the same way) on a line of its own, the
fortieth (tests/layouts/held_out40, fifty-third session, written blind the same way) on a line of its own, the
forty-first (tests/layouts/held_out41, fifty-fourth session, written blind the same way) on a line of its own, the
forty-second (tests/layouts/held_out42, fifty-fifth session, written blind the same way) on a line of its own, the
forty-third (tests/layouts/held_out43, fifty-sixth session, written blind the same way) on a line of its own, the
forty-fourth (tests/layouts/held_out44, fifty-seventh session, written blind the same way) on a line of its own, the
forty-fifth (tests/layouts/held_out45, fifty-eighth session, written blind the same way) on a line of its own, and the
forty-sixth (tests/layouts/held_out46, fifty-ninth session, written blind the same way), whose aggregate is the last
line printed.
Draws a fixed sample of the valid combinations (tests/corpora/layout_generator.py), renders each with an article
and parses it. A document is exact when every aspect is: notes' text, markers linked to the right note,
headings with their levels, no note text in the body, no body text lost, no space added in CJK text, title and
authors. Prints the share of exact documents overall, per aspect, and per value of each dimension (marker
family, note family, placement, …), for the tuned articles and, apart, for the held-out articles with
combinations never used to tune (every fifth draw).
Each hand-written set also gets a line of graded (partial-credit) figures, micro-averaged over its documents,
printed just before its exact figures (tests/corpora/hand_scoring.py `graded` defines them): a blind set with no
document exact still shows how much of each aspect is right. `--json` adds one JSON line per set at the end.
Large draws of the dev side alone: benchmarks/layout_sweep.py.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from corpora.hand_scoring import Tally, aspects, graded, graded_figures  # noqa: E402
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


def hand_written(
    folder: Path, gold: Path, tallies: dict[str, Tally] | None = None
) -> tuple[int, int, dict[str, list[int]]]:
    """(exact documents, documents, per aspect [right, stated]) of the hand-written documents in `folder`; when
    `tallies` is given, the graded (partial-credit) tallies of every document are summed into it."""
    exact = total = 0
    per_aspect: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for path in sorted(folder.glob("*.txt")):
        doc = parse(path)
        stated = json.loads((gold / f"{path.stem}.layout.json").read_text("utf-8"))
        result = aspects(doc, stated)
        if tallies is not None:
            for aspect, tally in graded(doc, stated).items():
                tallies[aspect] = tallies.get(aspect, Tally()) + tally
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


def report_graded(name: str, tallies: dict[str, Tally]) -> None:
    """A set's graded (partial-credit) figures on one line, micro-averaged over its documents: P/R/F1 for the
    aspects matched as sets, one score for the others (definitions: tests/corpora/hand_scoring.py `graded`)."""
    parts = []
    for aspect, value in graded_figures(tallies).items():
        if isinstance(value, dict):
            parts.append(f"{aspect} P {value['p']:.3f} R {value['r']:.3f} F1 {value['f1']:.3f}")
        else:
            parts.append(f"{aspect} {value:.3f}")
    print(f"{name} graded: " + ", ".join(parts))


def graded_json(name: str, figures: tuple[int, int, dict[str, list[int]]], tallies: dict[str, Tally]) -> str:
    """One line of JSON for one hand-written set: its exact figures and its graded ones (one line each, so that
    a set's line can be kept or left out by its name, as the printed lines are)."""
    exact, total, per_aspect = figures
    return json.dumps(
        {
            "set": name,
            "documents": total,
            "exact": exact,
            "exact_per_aspect": {a: [ok, n] for a, (ok, n) in per_aspect.items()},
            "graded": graded_figures(tallies),
        },
        ensure_ascii=False,
    )


HAND_SETS = (  # (name, folder under tests/layouts and tests/gold, printed on one line)
    ("hand-written documents (tests/layouts)", "", False),
    ("held-out hand-written documents (tests/layouts/held_out)", "held_out", False),
    ("second held-out hand-written documents (tests/layouts/held_out2)", "held_out2", False),
    ("third held-out hand-written documents (tests/layouts/held_out3)", "held_out3", True),
    ("fourth held-out hand-written documents (tests/layouts/held_out4)", "held_out4", True),
    ("fifth held-out hand-written documents (tests/layouts/held_out5)", "held_out5", True),
    ("sixth held-out hand-written documents (tests/layouts/held_out6)", "held_out6", True),
    ("seventh held-out hand-written documents (tests/layouts/held_out7)", "held_out7", True),
    ("eighth held-out hand-written documents (tests/layouts/held_out8)", "held_out8", True),
    ("ninth held-out hand-written documents (tests/layouts/held_out9)", "held_out9", True),
    ("tenth held-out hand-written documents (tests/layouts/held_out10)", "held_out10", True),
    ("eleventh held-out hand-written documents (tests/layouts/held_out11)", "held_out11", True),
    ("twelfth held-out hand-written documents (tests/layouts/held_out12)", "held_out12", True),
    ("thirteenth held-out hand-written documents (tests/layouts/held_out13)", "held_out13", True),
    ("fourteenth held-out hand-written documents (tests/layouts/held_out14)", "held_out14", True),
    ("fifteenth held-out hand-written documents (tests/layouts/held_out15)", "held_out15", True),
    ("sixteenth held-out hand-written documents (tests/layouts/held_out16)", "held_out16", True),
    ("seventeenth held-out hand-written documents (tests/layouts/held_out17)", "held_out17", True),
    ("eighteenth held-out hand-written documents (tests/layouts/held_out18)", "held_out18", True),
    ("nineteenth held-out hand-written documents (tests/layouts/held_out19)", "held_out19", True),
    ("twentieth held-out hand-written documents (tests/layouts/held_out20)", "held_out20", True),
    ("twenty-first held-out hand-written documents (tests/layouts/held_out21)", "held_out21", True),
    ("twenty-second held-out hand-written documents (tests/layouts/held_out22)", "held_out22", True),
    ("twenty-third held-out hand-written documents (tests/layouts/held_out23)", "held_out23", True),
    ("twenty-fourth held-out hand-written documents (tests/layouts/held_out24)", "held_out24", True),
    ("twenty-fifth held-out hand-written documents (tests/layouts/held_out25)", "held_out25", True),
    ("twenty-sixth held-out hand-written documents (tests/layouts/held_out26)", "held_out26", True),
    ("twenty-seventh held-out hand-written documents (tests/layouts/held_out27)", "held_out27", True),
    ("twenty-eighth held-out hand-written documents (tests/layouts/held_out28)", "held_out28", True),
    ("twenty-ninth held-out hand-written documents (tests/layouts/held_out29)", "held_out29", True),
    ("thirtieth held-out hand-written documents (tests/layouts/held_out30)", "held_out30", True),
    ("thirty-first held-out hand-written documents (tests/layouts/held_out31)", "held_out31", True),
    ("thirty-second held-out hand-written documents (tests/layouts/held_out32)", "held_out32", True),
    ("thirty-third held-out hand-written documents (tests/layouts/held_out33)", "held_out33", True),
    ("thirty-fourth held-out hand-written documents (tests/layouts/held_out34)", "held_out34", True),
    ("thirty-fifth held-out hand-written documents (tests/layouts/held_out35)", "held_out35", True),
    ("thirty-sixth held-out hand-written documents (tests/layouts/held_out36)", "held_out36", True),
    ("thirty-seventh held-out hand-written documents (tests/layouts/held_out37)", "held_out37", True),
    ("thirty-eighth held-out hand-written documents (tests/layouts/held_out38)", "held_out38", True),
    ("thirty-ninth held-out hand-written documents (tests/layouts/held_out39)", "held_out39", True),
    ("fortieth held-out hand-written documents (tests/layouts/held_out40)", "held_out40", True),
    ("forty-first held-out hand-written documents (tests/layouts/held_out41)", "held_out41", True),
    ("forty-second held-out hand-written documents (tests/layouts/held_out42)", "held_out42", True),
    ("forty-third held-out hand-written documents (tests/layouts/held_out43)", "held_out43", True),
    ("forty-fourth held-out hand-written documents (tests/layouts/held_out44)", "held_out44", True),
    ("forty-fifth held-out hand-written documents (tests/layouts/held_out45)", "held_out45", True),
    ("forty-sixth held-out hand-written documents (tests/layouts/held_out46)", "held_out46", True),
)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sample", type=int, default=600)
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--failures", type=int, default=0, help="print this many inexact combinations")
    parser.add_argument("--json", action="store_true", help="also one JSON line per hand-written set, at the end")
    parser.add_argument(
        "--dev-only",
        action="store_true",
        help="only what may be tuned on: the tuned articles' combinations and the dev hand-written documents (no "
        "held-out combination, set or line is read or printed; for helpers, whom `grep -v held` does not protect)",
    )
    args = parser.parse_args()
    tuned, held = draw(args.sample, args.seed)
    start = time.perf_counter()
    report("tuned articles", evaluate(tuned, TUNED, args.failures))
    if not args.dev_only:
        report("held-out articles and combinations", evaluate(held, HELD_OUT, args.failures))
    print(f"({len(list(combinations()))} valid combinations; {args.sample} drawn; {time.perf_counter() - start:.1f} s)")
    lines = []
    for name, folder, one_line in HAND_SETS:
        if args.dev_only and folder:
            continue
        tallies: dict[str, Tally] = {}
        figures = hand_written(LAYOUTS / folder, GOLD / folder, tallies)
        report_graded(name, tallies)  # before the exact figures: a set's exact aggregate stays the last line
        (report_hand_one_line if one_line else report_hand)(name, figures)
        lines.append(graded_json(name, figures, tallies))
    if args.json:
        print("\n".join(lines))


if __name__ == "__main__":
    main()
