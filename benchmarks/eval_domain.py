"""The domain classifier alone (issue 14, item 5): how often the words of an event give its annotated domain.

Run: python benchmarks/eval_domain.py [--split dev|test|test2|test3|test4|test5] [--cv]
     python benchmarks/eval_domain.py --classes [--cache FILE]   (dev only)

`eval_extraction.py` scores the domain an event ends with, where an event whose actors lack one side of the case
is `context` whatever its words say, so actor errors and classification errors mix. Here each corpus document is
extracted and the inputs of each call of `classify_domain` are recorded (the words of the event's clause, the
named entities' cue classes, the sentence); over the matched events whose annotated domain is an interaction
(not `context`) the share that the classifier (`events_domain.classify_domain`, with the shipped
`data/domain_model.json`) gives right is printed, per half and language. The dev half also prints its spread
over documents and its confusion matrix; `--cv` adds the leave-one-document-out comparison of the methods on the
dev half (`scripts/train_domain.py`), the generalisation estimate. The test half is held out: its aggregate
only, never to tune on.

`--classes` (thirty-second session, dom63; issue 14 item 5: do the cue lists hold across languages?) reads the dev
half alone and prints, per cue class of `domain_cues` and per language, how many matched interaction events the
class decides by the cues alone (`rule_domain`, no model) and the share of them right, twice: with the cue lists
as written, and leaving one language out, the cues that match only in that language's dev documents (and in no
other dev or tuning document: `train_domain.own_cues`) taken away, as `train_domain.py`'s leave-one-language-out
reads them (its `cues` row). A class decides an event when the cues-only domain is its domain and its cue of
lowest rank with that domain stands in the predicate's segment (else in the clause); an event decided otherwise
(a sentence's nearest cue, a frame, the default, a seed concept) is counted under `-`. The words of each event are
those of one extraction; `--cache FILE` keeps them (pickled) so that the cue lists, once edited, are measured
again without extracting dev again (the cues-only answers are always recomputed from the words with the lists as
they stand).
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


def deciding_class(data: dict[str, Any], example: Example, ruled: str) -> str:
    """The cue class that gives `ruled` to the example's clause (see `--classes` in the module docstring): of the
    cues of that domain, the one of lowest rank in the predicate's segment, else in the clause; `-` when no cue of
    the clause has that domain (the sentence's nearest cue, a frame, the default or a seed concept decided)."""
    from allyscope.event_domain_cues import _entity_cues
    from allyscope.events_domain import _scan

    clause, named, sentence, start = example.inputs
    scan = _scan(clause, sentence, start)
    cues = [*scan.domains, *_entity_cues(data, list(named))]
    a, b = scan.segment
    for lo, hi in ((a, b), (0, len(clause))):
        ranks = [rank for rank, at, domain in cues if lo <= at < hi and domain == ruled]
        if ranks:
            return str(data["class_of"].get((min(ranks), ruled), "-"))
    return "-"


def _cues_only(examples_: list[Example], data: dict[str, Any]) -> list[tuple[Example, str, str]]:
    """(example, cues-only domain, deciding class) of each example, read with `data` (the shipped lists or a
    fold's, as `events_domain.patterns` answers for the while)."""
    from allyscope.events_domain import rule_domain

    out = []
    for e in examples_:
        clause, named, sentence, start = e.inputs
        ruled, _ = rule_domain(data, clause, list(named), sentence, start)
        out.append((e, ruled, deciding_class(data, e, ruled)))
    return out


def class_table(every: list[Example]) -> dict[str, Any]:
    """Per language and per cue class: events decided and right, as written and leaving the language out."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from train_domain import _patterns_without, _texts, cue_documents, own_cues

    from allyscope.events_domain import clear_cue_caches, patterns

    dev = [e for e in every if not e.document.startswith("tuning/")]
    languages = sorted({e.language for e in dev})
    matches = cue_documents(_texts())
    clear_cue_caches()
    written = _cues_only(dev, patterns())
    held: list[tuple[Example, str, str]] = []
    removed: dict[str, int] = {}
    for language in languages:
        group = [e for e in dev if e.language == language]
        own = own_cues(matches, frozenset(e.document for e in group))
        removed[language] = len(own)
        with _patterns_without(own, frozenset()) as data:
            held += _cues_only(group, data)
    clear_cue_caches()

    def counts(rows: list[tuple[Example, str, str]]) -> dict[str, dict[str, list[int]]]:
        out: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
        for e, ruled, cls in rows:
            for lang in (e.language, "all"):
                for key in (cls, "all"):
                    out[key][lang][0] += 1
                    out[key][lang][1] += ruled == e.gold
        return out

    return {"languages": languages, "removed": removed, "written": counts(written), "held": counts(held),
            "confusions_held": Counter((e.language, e.gold, r, c) for e, r, c in held if r != e.gold)}  # fmt: skip


def _print_classes(table: dict[str, Any]) -> None:
    langs = [*table["languages"], "all"]
    print("cue classes on dev's matched interaction events, cues alone (no model): per language, events the class")
    print("decides n, right as written / right leaving that language out (its own cues removed) and n decided then")
    print(f"cues only one language's documents use: {table['removed']}")
    print(f"  {'class':<15}" + "".join(f"{lang:>26}" for lang in langs))
    written, held = table["written"], table["held"]
    order = ["all", *sorted(k for k in set(written) | set(held) if k not in ("all", "-")), "-"]
    for cls in order:
        cells = []
        for lang in langs:
            n, ok = written.get(cls, {}).get(lang, [0, 0])
            hn, hok = held.get(cls, {}).get(lang, [0, 0])
            a = f"{ok / n:.2f}" if n else "  - "
            b = f"{hok / hn:.2f}" if hn else "  - "
            cells.append(f"{n:>5} {a} / {b} n{hn:<5}")
        print(f"  {cls:<15}" + "".join(f"{c:>26}" for c in cells))
    print("leave-one-language-out misses, most common (language, gold -> cues, class):")
    for (lang, gold, got, cls), n in table["confusions_held"].most_common(15):
        print(f"  {lang:<8} {gold} -> {got} by {cls}: {n}")


def _print_misses(every: list[Example], cls: str) -> None:
    """Dev's events that cue class `cls` decides wrongly, cues alone (one line each: language, document, annotated
    and cued domain, the model's answer, the clause)."""
    from allyscope.events_domain import clear_cue_caches, patterns

    clear_cue_caches()
    dev = [e for e in every if not e.document.startswith("tuning/")]
    for e, ruled, got in _cues_only(dev, patterns()):
        if got == cls and ruled != e.gold:
            print(f"{e.language:<8} {Path(e.document).stem[:44]:<44} {e.gold[:12]:<12} cues {ruled[:12]:<12} "
                  f"model {e.decided[:12]:<12} | {e.inputs[0].strip()[:160]}")  # fmt: skip


def cached_examples(cache: Path | None) -> list[Example]:
    """The dev examples, from `cache` when it exists (written there when it does not)."""
    import pickle

    if cache is not None and cache.exists():
        loaded: list[Example] = pickle.loads(cache.read_bytes())  # our own file, written below
        return loaded
    every = examples("dev")
    if cache is not None:
        cache.write_bytes(pickle.dumps(every))
    return every


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=SPLITS, help="only this half")
    parser.add_argument("--cv", action="store_true", help="also the leave-one-document-out comparison on dev")
    parser.add_argument("--classes", action="store_true", help="dev only: per cue class and language, as written "
                        "and leaving the language out")  # fmt: skip
    parser.add_argument("--cache", type=Path, help="with --classes: keep the extracted dev examples in this file")
    parser.add_argument("--misses", metavar="CLASS", help="with --classes: also list dev's events this cue class "
                        "decides wrongly (cues alone, as written)")  # fmt: skip
    args = parser.parse_args(argv)
    if args.classes and args.misses:
        _print_misses(cached_examples(args.cache), args.misses)
        return 0
    if args.classes:
        _print_classes(class_table(cached_examples(args.cache)))
        return 0
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
