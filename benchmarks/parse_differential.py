"""Differential guard for speed work on the parse stages (issue 18): the parse output of every test document,
recorded once and compared after each change.

Run: python benchmarks/parse_differential.py record OUT.json   (at the commit taken as the reference)
     python benchmarks/parse_differential.py check OUT.json    (after a change: names every document and field
                                                                that differs; exit status 1 when any does)
Documents: the reference article, the hand-written layouts (tests/layouts, held-out ones included), every text of
tests/corpora and tests/events, tests/knowledge, and the generated layout matrix (the same draw as
benchmarks/layout_matrix.py). Fields compared: clean text and its map, notes text and its map, spans, headings,
markers, footnotes, meta, language, date, layout report and references, each as its `repr`, hashed. Only hashes
and names are printed: the held-out documents' contents are never shown.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from corpora.layout_articles import HELD_OUT, TUNED  # noqa: E402
from corpora.layout_generator import combinations, render  # noqa: E402

from allyscope import parse_text  # noqa: E402

ARTICLE = ROOT.parent / "shared" / "corpus" / "000_c16b8f8118fbe296.txt"
FIELDS = (
    "text",
    "body_map",
    "notes_text",
    "notes_map",
    "language",
    "spans",
    "headings",
    "markers",
    "footnotes",
    "meta",
    "date",
    "date_source",
    "layout",
    "references",
)


def documents(sample: int, seed: int) -> Iterator[tuple[str, str]]:
    """(name, raw text) of every document compared."""
    import random

    if ARTICLE.exists():
        yield "article", ARTICLE.read_text("utf-8")
    for folder in ("layouts", "corpora", "events", "knowledge"):
        for path in sorted((ROOT / "tests" / folder).rglob("*.txt")):
            yield str(path.relative_to(ROOT)), path.read_text("utf-8")
    combos = list(combinations())
    chosen = random.Random(seed).sample(combos, min(sample, len(combos)))
    articles = {a.language: a for a in TUNED}
    held = {a.language: a for a in HELD_OUT}
    for i, combo in enumerate(chosen):
        article = (held if i % 5 == 0 else articles)[combo.language]  # type: ignore[attr-defined]
        yield f"matrix/{i}", render(combo, article).raw


def digest(raw: str) -> dict[str, str]:
    doc = parse_text(raw)
    return {name: hashlib.sha256(repr(getattr(doc, name)).encode("utf-8")).hexdigest()[:16] for name in FIELDS}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("action", choices=("record", "check"))
    parser.add_argument("file", type=Path)
    parser.add_argument("--sample", type=int, default=600)
    parser.add_argument("--seed", type=int, default=12)
    args = parser.parse_args()
    found = {name: digest(raw) for name, raw in documents(args.sample, args.seed)}
    if args.action == "record":
        args.file.write_text(json.dumps(found, indent=0, sort_keys=True), "utf-8")
        print(f"recorded {len(found)} documents")
        return
    recorded = json.loads(args.file.read_text("utf-8"))
    differing = 0
    for name in sorted(set(recorded) | set(found)):
        old, new = recorded.get(name), found.get(name)
        if old == new:
            continue
        differing += 1
        if old is None or new is None:
            print(f"{name}: {'new' if old is None else 'missing'}")
            continue
        print(f"{name}: differs in {', '.join(f for f in FIELDS if old.get(f) != new.get(f))}")
    print(f"{len(found)} documents, {differing} differ")
    sys.exit(1 if differing else 0)


if __name__ == "__main__":
    main()
