"""The domain classifier alone (issue 14, item 5): how often the words of an event give its annotated domain.

Run: python benchmarks/eval_domain.py [--split dev|test|test2|test3|test4|test5] [--cv]

`eval_extraction.py` scores the domain an event ends with, where an event whose actors lack one side of the case
is `context` whatever its words say, so actor errors and classification errors mix. Here each corpus document is
extracted and the inputs of each call of `classify_domain` are recorded (the words of the event's clause, the
named entities' cue classes, the sentence); over the matched events whose annotated domain is an interaction
(not `context`) the share that the classifier (`events_domain.classify_domain`, with the shipped
`data/domain_model.json`) gives right is printed, per half and language. The dev half also prints its spread
over documents and its confusion matrix; `--cv` adds the leave-one-document-out comparison of the methods on the
dev half (`scripts/train_domain.py`), the generalisation estimate. The test half is held out: its aggregate
only, never to tune on.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eval_extraction import CORPUS, DOMAINS, MANIFEST, ROOT, SPLITS, TITLES  # run from benchmarks/, beside it


@dataclass(frozen=True)
class Example:
    """One matched event with an interaction domain: its document, the annotated domain, what the ranked cue
    classes give (and whether clearly), what the shipped classifier gives, and the model's features."""

    document: str
    language: str
    gold: str
    ruled: str
    clear: bool
    decided: str
    features: tuple[str, ...]
    inputs: tuple[str, tuple[tuple[int, str], ...], str, int]  # classify_domain's: clause, named, sentence, start


def _no_sides_case() -> Any:
    from allyscope.knowledge.case import Case

    meta = {"name": "words", "title": "words", "version": "0", "parties": [], "sides": []}
    return Case(name="words", version="0", title="words", meta=meta, sources=[], facts=[], agreements=[],
                decisions=[])  # fmt: skip


def documents(split: str, with_tuning: bool = False) -> list[tuple[str, str, Path, Path]]:
    """(name, language, text file, annotation file) of the corpus half; with the in-repo tuning documents of
    `tests/eval_baseline.json` (the reference article and its companions, language `tuning`) when asked."""
    manifest = json.loads(MANIFEST.read_text("utf-8"))
    out = [
        (entry["file"], entry["language"], CORPUS / entry["file"], CORPUS / entry["annotation"])
        for entry in manifest["documents"]
        if entry["split"] == split
    ]
    if with_tuning:
        baseline = json.loads((ROOT / "tests" / "eval_baseline.json").read_text("utf-8"))
        for name, entry in sorted(baseline["documents"].items()):
            source = (ROOT / entry["file"]).resolve()
            if source.exists():
                out.append((f"tuning/{name}", "tuning", source, ROOT / entry["gold"]))
    return out


def examples(split: str, with_tuning: bool = False) -> list[Example]:
    """The examples of one half (see `Example`), read as the extractor reads each document, with a case without
    sides active (the words decide; no event is made `context`)."""
    from allyscope import events as events_module
    from allyscope.evaluate import match_events
    from allyscope.events_domain import classify_domain, domain_features, patterns, rule_domain
    from allyscope.extraction import extract_json
    from allyscope.knowledge.case import activate, restore

    data = patterns()
    calls: list[tuple[str, list[tuple[int, str]], str, int]] = []

    def recording(
        data: dict[str, Any],
        clause: str,
        named: list[tuple[int, str]] | None = None,
        sentence: str = "",
        clause_start: int = 0,
    ) -> str:
        calls.append((clause, list(named or []), sentence, clause_start))
        return classify_domain(data, clause, named, sentence, clause_start)

    out: list[Example] = []
    setattr(events_module, "classify_domain", recording)  # noqa: B010 (a module attribute, replaced for a while)
    previous = activate(_no_sides_case())
    try:
        for name, language, source, gold_file in documents(split, with_tuning):
            calls.clear()
            extracted = extract_json(source)
            annotation = json.loads(gold_file.read_text("utf-8"))
            if len(calls) != len(extracted["events"]):
                raise SystemExit(f"eval_domain: {name}: events and domain calls differ in number")
            index = {event["id"]: k for k, event in enumerate(extracted["events"])}
            for gold, event in match_events(extracted["events"], annotation["events"]):
                if gold["domain"] == "context":
                    continue
                clause, named, sentence, start = calls[index[event["id"]]]
                ruled, clear = rule_domain(data, clause, named, sentence, start)
                features = tuple(domain_features(data, clause, named, sentence, start, ruled))
                decided = classify_domain(data, clause, named, sentence, start)
                inputs = (clause, tuple(named), sentence, start)
                out.append(Example(name, language, gold["domain"], ruled, clear, decided, features, inputs))
    finally:
        setattr(events_module, "classify_domain", classify_domain)  # noqa: B010
        restore(previous)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=SPLITS, help="only this half")
    parser.add_argument("--cv", action="store_true", help="also the leave-one-document-out comparison on dev")
    args = parser.parse_args(argv)
    for split in (args.split,) if args.split else SPLITS:
        every = examples(split)
        by_language: dict[str, list[Example]] = defaultdict(list)
        by_document: dict[str, list[Example]] = defaultdict(list)
        for example in every:
            by_language[example.language].append(example)
            by_document[example.document].append(example)
        agree = sum(e.gold == e.decided for e in every)
        print(f"== {TITLES[split]}")
        share = agree / len(every) if every else 0.0
        print(f"  domain by the words (interaction events, no context rule): {share:.2f} ({agree}/{len(every)})")
        if split == "dev":  # the held-out half's spread and confusions would invite tuning
            for language, group in sorted(by_language.items()):
                right = sum(e.gold == e.decided for e in group)
                print(f"  {language:<8} {right / len(group):.2f} ({right}/{len(group)})")
            per_document = [sum(e.gold == e.decided for e in g) / len(g) for g in by_document.values()]
            print(
                f"  per document: min {min(per_document):.2f}, median {statistics.median(per_document):.2f}, "
                f"documents at 1.00: {sum(1 for a in per_document if a == 1)}/{len(per_document)}"
            )
            confusion = Counter((e.gold, e.decided) for e in every)
            interactions = [d for d in DOMAINS if d != "context"]
            print("  rows annotated, columns by the words:", " ".join(d.split("-")[0][:6] for d in interactions))
            for gold in interactions:
                print(f"    {gold:<26}" + "".join(f"{confusion.get((gold, got), 0):>7}" for got in interactions))
        print()
    if args.cv:
        sys.path.insert(0, str(ROOT / "scripts"))
        from train_domain import main as train_main

        train_main(["--cv-only"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
