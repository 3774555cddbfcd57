"""Which states, scripts and ways of naming a side does extraction resolve? (issue 14, items 3 and 6)

Run: python benchmarks/generated_events.py [--seed N] [--per-cell K] [--half tuned|held_out] [--json]
     python benchmarks/generated_events.py --sweep talks   (every state × language × way, tuned half's act)

Documents are generated from templates (`tests/event_generator.py`): a dated act of a pair of states drawn from every
state of the data (the blind sets' reserved regions left out), in en, ja, zh (Simplified) and zh_Hant, each side
named one way (name, government, capital, foreign minister, defence ministry, navy), with gold by construction
(date, actors, domain). Each is extracted with a case of its pair active and scored with `allyscope.evaluate`'s
matching, as `eval_extraction.py` scores a corpus document. Printed per half, then per language × way: recall, date
exact, actors and domain of the found events; then the gaps of data that kept a document from being written (a
state with no capital or adjective in a script), and, for the TUNED half only, the states and ways whose side was
lost and the acts whose domain differed. The held-out half (other words, other date forms) is reported as figures
alone: never tune on it.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.event_generator import HALVES, LANGS, WAYS, Generated, GeneratorError, sample, score_generated


class Cell:
    """Counts of one cell: documents, found, actors right, domain right."""

    def __init__(self) -> None:
        self.n = self.found = self.actors = self.domain = 0

    def add(self, row: dict[str, Any]) -> None:
        self.n += 1
        self.found += row["found"]
        self.actors += row["actors"]
        self.domain += row["domain"]

    def figures(self) -> dict[str, float]:
        found = self.found or 1
        return {"n": self.n, "recall": round(self.found / (self.n or 1), 3), "date": 1.0 if self.found else 0.0,
                "actors": round(self.actors / found, 3), "domain": round(self.domain / found, 3)}  # fmt: skip


def run(seed: int, per_cell: int, halves: tuple[str, ...]) -> dict[str, Any]:
    """Figures per half and per half × language × way, the data gaps met, and the tuned half's failures."""
    cells: dict[tuple[str, ...], Cell] = defaultdict(Cell)
    gaps: Counter[str] = Counter()
    lost: Counter[str] = Counter()
    lost_acts: Counter[str] = Counter()  # the same losses by language, way and act: a rule's shape shows here
    domains: Counter[str] = Counter()
    missed: list[str] = []
    for doc in sample(seed, per_cell, halves):
        if isinstance(doc, GeneratorError):
            gaps[str(doc)] += 1
            continue
        assert isinstance(doc, Generated)
        row = score_generated(doc)
        for key in ((doc.half,), (doc.half, doc.lang, doc.way)):
            cells[key].add(row)
        if doc.half != "tuned":
            continue
        if not row["found"]:
            missed.append(f"{doc.lang} {doc.way} {doc.act}: {doc.text}")
        for side in row["lost"]:
            lost[f"{side} {doc.lang} {doc.way}"] += 1
            lost_acts[f"{doc.lang} {doc.way} {doc.act}"] += 1
        if row["found"] and not row["domain"] and row["actors"]:
            domains[f"{doc.lang} {doc.act} gold {doc.gold['events'][0]['domain']} got {row['got_domain']}"] += 1
    return {
        "halves": {h: cells[(h,)].figures() for h in halves},
        "cells": {" ".join(k): c.figures() for k, c in sorted(cells.items()) if len(k) == 3},
        "gaps": dict(gaps.most_common()),
        "lost": dict(lost.most_common()),
        "lost_acts": dict(lost_acts.most_common()),
        "domains": dict(domains.most_common()),
        "missed": missed,
    }


def sweep(act: str, seed: int) -> dict[str, Any]:
    """Every state of the draw as a side of the tuned half's `act`, in every language and way, against a partner
    drawn with `seed`: the gaps of data and the (state, language, way) whose side was lost or whose act was missed."""
    import random

    from tests.event_generator import TEMPLATES, generate, state_ids

    rng = random.Random(seed)
    states = state_ids()
    gaps: list[str] = []
    lost: list[str] = []
    for template in (t for t in TEMPLATES if t.half == "tuned" and t.act == act):
        for way in WAYS:
            for ident in states:
                other = rng.choice([s for s in states if s != ident])
                pair = (ident, other) if rng.random() < 0.5 else (other, ident)
                try:
                    doc = generate(template, *pair, way, rng)
                except GeneratorError as gap:
                    gaps.append(str(gap))
                    continue
                row = score_generated(doc)
                if not row["found"]:
                    lost.append(f"{ident} {template.lang} {way} not found: {doc.text}")
                elif ident in row["lost"]:
                    lost.append(f"{ident} {template.lang} {way} lost: {doc.text}")
    return {"gaps": sorted(set(gaps)), "lost": lost}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=24)
    parser.add_argument("--per-cell", type=int, default=3, help="pairs per template × way")
    parser.add_argument("--half", choices=HALVES, help="one half only")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--sweep", metavar="ACT", help="every state in every language and way, tuned ACT (talks…)")
    args = parser.parse_args(argv)
    if args.sweep:
        swept = sweep(args.sweep, args.seed)
        print("\n".join(["data gaps:", *swept["gaps"], "sides lost or acts missed:", *swept["lost"]]))
        return 0
    result = run(args.seed, args.per_cell, (args.half,) if args.half else HALVES)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
        return 0
    print("half      docs  recall  date  actors  domain")
    for half, f in result["halves"].items():
        print(f"{half:9} {f['n']:4}  {f['recall']:.3f}  {f['date']:.2f}  {f['actors']:.3f}   {f['domain']:.3f}")
    for half in result["halves"]:
        print(f"\n{half}: language × way   docs  recall  actors  domain")
        for lang in LANGS:
            for way in WAYS:
                f = result["cells"].get(f"{half} {lang} {way}")
                if f:
                    figures = f"{f['recall']:.2f}    {f['actors']:.2f}    {f['domain']:.2f}"
                    print(f"  {lang:8} {way:17} {f['n']:3}  {figures}")
    print("\ndata gaps (no document written):")
    for gap, count in result["gaps"].items():
        print(f"  {count:3}  {gap}")
    if "tuned" in result["halves"]:
        print("\ntuned half: sides lost (state, language, way)")
        for key, count in result["lost"].items():
            print(f"  {count:3}  {key}")
        print("\ntuned half: sides lost by language, way and act")
        for key, count in result["lost_acts"].items():
            print(f"  {count:3}  {key}")
        print("\ntuned half: domains differing (actors right)")
        for key, count in result["domains"].items():
            print(f"  {count:3}  {key}")
        print("\ntuned half: events not found")
        for line in result["missed"]:
            print(f"  {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
