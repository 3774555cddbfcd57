"""Differential guard for speed work on the parse stages (issue 18): the parse output of every test document,
recorded once and compared after each change.

Run: python benchmarks/parse_differential.py record OUT.json   (at the commit taken as the reference)
     python benchmarks/parse_differential.py check OUT.json    (after a change: names every document and field
                                                                that differs; exit status 1 when any does)
Documents: the reference article, the hand-written layouts (tests/layouts, held-out ones included), every text of
tests/corpora and tests/events, tests/knowledge, and the generated layout matrix (the same draw as
benchmarks/layout_matrix.py). Fields compared: clean text and its map, notes text and its map, spans, headings,
markers, footnotes, meta, language, date, layout report and references, each as its `repr`, hashed. Only hashes
and names are printed: the held-out documents' contents are never shown. With `--dev-only` (what a helper session
may read) no held-out document is parsed: no `held_out*` folder, no events half but `dev`, and the matrix's draws
all rendered from the tuned articles.
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
if not ARTICLE.exists():  # a helper's worktree stands one folder deeper
    ARTICLE = Path("/work/shared/corpus/000_c16b8f8118fbe296.txt")
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


def held_out(folder: Path) -> bool:
    """True for a folder of a held-out set: `held_out*`, or an events half other than dev."""
    parts = folder.relative_to(ROOT / "tests").parts
    if any(part.startswith("held_out") for part in parts):
        return True
    return parts[:2] == ("corpora", "events") and len(parts) > 2 and parts[2] != "dev"


def dev_texts(folder: Path) -> list[Path]:
    """The `.txt` files under `folder`, held-out folders not entered (their files are not even listed)."""
    found: list[Path] = []
    for path in sorted(folder.iterdir()):
        if path.is_dir():
            if not held_out(path):
                found += dev_texts(path)
        elif path.suffix == ".txt":
            found.append(path)
    return sorted(found)


def documents(sample: int, seed: int, dev_only: bool = False) -> Iterator[tuple[str, str]]:
    """(name, raw text) of every document compared."""
    import random

    if ARTICLE.exists():
        yield "article", ARTICLE.read_text("utf-8")
    for folder in ("layouts", "corpora", "events", "knowledge"):
        top = ROOT / "tests" / folder
        for path in dev_texts(top) if dev_only else sorted(top.rglob("*.txt")):
            yield str(path.relative_to(ROOT)), path.read_text("utf-8")
    combos = list(combinations())
    chosen = random.Random(seed).sample(combos, min(sample, len(combos)))
    articles = {a.language: a for a in TUNED}
    held = articles if dev_only else {a.language: a for a in HELD_OUT}
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
    parser.add_argument("--dev-only", action="store_true", help="no document of a held-out set")
    args = parser.parse_args()
    found = {name: digest(raw) for name, raw in documents(args.sample, args.seed, args.dev_only)}
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
