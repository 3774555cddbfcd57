"""The domain classifier alone (issue 14, item 5): how often the words of an event give its annotated domain.

Run: python benchmarks/eval_domain.py [--split dev|test]

`eval_extraction.py` scores the domain an event ends with, where an event whose actors lack one side of the case
is `context` whatever its words say, so actor errors and classification errors mix. Here each corpus document is
extracted with a case that has no sides (no event is made `context`), and over the matched events whose annotated
domain is an interaction (not `context`) the share whose domain agrees is printed, per half and language. The rules
are not trained, so there is no fold to leave out; the spread over the dev documents (each document scored on its
own) shows whether a few documents carry the figure. The dev half also prints its confusion matrix. The test half
is held out: its aggregate only, never to tune on.
"""

from __future__ import annotations

import argparse
import json
import statistics
from collections import Counter, defaultdict
from typing import Any

from eval_extraction import CORPUS, DOMAINS, MANIFEST, TITLES  # run from benchmarks/, beside it


def _words_only_case() -> Any:
    """A case without sides: its events are never `context`, so the domain printed is the words' own."""
    from allyscope.knowledge.case import Case, activate

    meta = {"name": "words", "title": "words", "version": "0", "parties": [], "sides": []}
    return activate(Case(name="words", version="0", title="words", meta=meta, sources=[], facts=[], agreements=[],
                         decisions=[]))  # fmt: skip


def score(entry: dict[str, Any]) -> list[tuple[str, str]]:
    """(annotated, extracted) domain of each matched event of one document whose annotated domain is not
    `context`."""
    from allyscope.evaluate import match_events
    from allyscope.extraction import extract_json
    from allyscope.knowledge.case import restore

    annotation = json.loads((CORPUS / entry["annotation"]).read_text("utf-8"))
    previous = _words_only_case()
    try:
        data = extract_json(CORPUS / entry["file"])
    finally:
        restore(previous)
    return [
        (gold["domain"], event["domain"])
        for gold, event in match_events(data["events"], annotation["events"])
        if gold["domain"] != "context"
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=("dev", "test"), help="only this half")
    args = parser.parse_args(argv)
    manifest = json.loads(MANIFEST.read_text("utf-8"))
    for split in (args.split,) if args.split else ("dev", "test"):
        pairs_by_language: dict[str, list[tuple[str, str]]] = defaultdict(list)
        per_document: list[float] = []
        for entry in manifest["documents"]:
            if entry["split"] != split:
                continue
            pairs = score(entry)
            pairs_by_language[entry["language"]] += pairs
            if pairs:
                per_document.append(sum(g == e for g, e in pairs) / len(pairs))
        every = [p for pairs in pairs_by_language.values() for p in pairs]
        agree = sum(g == e for g, e in every)
        print(f"== {TITLES[split]}")
        share = agree / len(every) if every else 0.0
        print(f"  domain by the words (interaction events, no context rule): {share:.2f} ({agree}/{len(every)})")
        for language, pairs in sorted(pairs_by_language.items()):
            right = sum(g == e for g, e in pairs)
            print(f"  {language:<8} {right / len(pairs):.2f} ({right}/{len(pairs)})")
        if split == "dev":  # the held-out half's spread and confusions would invite tuning
            print(
                f"  per document: min {min(per_document):.2f}, median {statistics.median(per_document):.2f}, "
                f"documents at 1.00: {sum(1 for a in per_document if a == 1)}/{len(per_document)}"
            )
            confusion = Counter(every)
            interactions = [d for d in DOMAINS if d != "context"]
            print("  rows annotated, columns by the words:", " ".join(d.split("-")[0][:6] for d in interactions))
            for gold in interactions:
                print(f"    {gold:<26}" + "".join(f"{confusion.get((gold, got), 0):>7}" for got in interactions))
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
