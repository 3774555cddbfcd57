"""Which states, scripts and ways of naming a side does extraction resolve? (issue 14, items 3 and 6)

Run: python benchmarks/generated_events.py [--seed N] [--per-cell K] [--half tuned|held_out] [--json]
     python benchmarks/generated_events.py --sweep talks   (every state × language × way, tuned half's act)
     python benchmarks/generated_events.py --axes-only      (gen50's axes alone, `--axis-cell K` documents each)

First, per axis and half (gen50, `tests/event_generator_axes.py`): `ways` (gen48's one-sentence documents, each side
named one way), `carried` (a title and lead name the pair, later sentences one side or none), `domains` (one act per
rule of the codebook's decision procedure), `titled` (people of made-up names with a title and their state): events,
recall, date exact (of the events whose sentence was extracted at any date), actors and domain of the found, and
extracted events no gold holds (`extra`). The tuned half's misses of the three axes are listed; the held-out half's
never are.

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
from tests.event_generator_axes import AXES, axis_sample, score_axis_doc


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


class AxisCell:
    """Counts of one axis × half over gold events: found, located, actors, domain; extracted events of no gold."""

    def __init__(self) -> None:
        self.docs = self.n = self.found = self.located = self.actors = self.domain = self.extra = 0

    def add(self, rows: list[dict[str, Any]]) -> None:
        self.docs += 1
        for row in rows:
            self.n += 1
            self.found += row["found"]
            self.located += row["located"]
            self.actors += row["actors"]
            self.domain += row["domain"]
            self.extra += row.get("extra", 0)

    def figures(self) -> dict[str, float]:
        found = self.found or 1
        return {"docs": self.docs, "events": self.n, "recall": round(self.found / (self.n or 1), 3),
                "date": round(self.found / (self.located or 1), 3), "actors": round(self.actors / found, 3),
                "domain": round(self.domain / found, 3), "extra": self.extra}  # fmt: skip


def run_axes(seed: int, per_cell: int, halves: tuple[str, ...]) -> dict[str, Any]:
    """gen50's axes: figures per axis × half (and × language), gaps, and the tuned half's misses by kind."""
    cells: dict[str, AxisCell] = defaultdict(AxisCell)
    gaps: Counter[str] = Counter()
    tuned_misses: Counter[str] = Counter()
    for doc in axis_sample(seed, per_cell, halves):
        if isinstance(doc, GeneratorError):
            gaps[str(doc)] += 1
            continue
        rows = score_axis_doc(doc)
        cells[f"{doc.axis} {doc.half}"].add(rows)
        cells[f"{doc.axis} {doc.half} {doc.lang}"].add(rows)
        if doc.half != "tuned":
            continue
        for extra in rows[0].get("extra_evidence", []) if rows else []:
            tuned_misses[f"{doc.axis} {doc.lang} {doc.act} extracted, no gold: {extra}"] += 1
        for row in rows:
            where = f"{doc.axis} {doc.lang} {doc.act}"
            if not row["found"]:
                tuned_misses[f"{where} not found{' (date)' if row['located'] else ''}: {row['evidence']}"] += 1
            elif not row["actors"]:
                tuned_misses[f"{where} actors lost {row['lost']}: {row['evidence']}"] += 1
            elif not row["domain"]:
                tuned_misses[f"{where} domain {row['gold_domain']} got {row['got_domain']}: {row['evidence']}"] += 1
    return {"cells": {k: c.figures() for k, c in sorted(cells.items())}, "gaps": dict(gaps.most_common()),
            "tuned_misses": dict(sorted(tuned_misses.items()))}  # fmt: skip


def print_axes(result: dict[str, Any], ways: dict[str, Any] | None) -> None:
    print("axis      half      docs events recall  date  actors  domain  extra")
    for half in HALVES:
        if ways and half in ways:
            f = ways[half]
            print(f"{'ways':9} {half:9} {f['n']:4} {f['n']:6}  {f['recall']:.3f}  {f['date']:.2f}  {f['actors']:.3f}"
                  f"   {f['domain']:.3f}      -")  # fmt: skip
    for axis in AXES:
        for half in HALVES:
            f = result["cells"].get(f"{axis} {half}")
            if f:
                print(f"{axis:9} {half:9} {f['docs']:4} {f['events']:6}  {f['recall']:.3f}  {f['date']:.2f}  "
                      f"{f['actors']:.3f}   {f['domain']:.3f}  {f['extra']:5}")  # fmt: skip
    print("\naxis × half × language   events recall  date  actors  domain  extra")
    for key, f in result["cells"].items():
        if len(key.split()) == 3:
            print(f"  {key:24} {f['events']:4}  {f['recall']:.2f}   {f['date']:.2f}  {f['actors']:.2f}    "
                  f"{f['domain']:.2f}  {f['extra']:4}")  # fmt: skip
    if result["gaps"]:
        print("\naxes: data gaps (pair redrawn)")
        for gap, count in result["gaps"].items():
            print(f"  {count:3}  {gap}")
    if result["tuned_misses"]:
        print("\naxes, tuned half: misses")
        for key, count in result["tuned_misses"].items():
            print(f"  {count:3}  {key}")


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
    parser.add_argument("--axis-cell", type=int, default=3, help="documents per script or act of gen50's axes")
    parser.add_argument("--axes-only", action="store_true", help="gen50's axes alone")
    args = parser.parse_args(argv)
    if args.sweep:
        swept = sweep(args.sweep, args.seed)
        print("\n".join(["data gaps:", *swept["gaps"], "sides lost or acts missed:", *swept["lost"]]))
        return 0
    halves = (args.half,) if args.half else HALVES
    axes = run_axes(args.seed, args.axis_cell, halves)
    if args.axes_only:
        if args.json:
            print(json.dumps(axes, ensure_ascii=False, indent=1))
        else:
            print_axes(axes, None)
        return 0
    result = run(args.seed, args.per_cell, halves)
    if args.json:
        print(json.dumps(result | {"axes": axes}, ensure_ascii=False, indent=1))
        return 0
    print_axes(axes, result["halves"])
    print()
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
