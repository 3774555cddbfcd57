"""Train the domain classifier on the dev half of the events corpus and write it: `python scripts/train_domain.py`.

Why a model at all: the ranked cue classes of `data/event_patterns.json` decide well where the predicate's
segment names one domain only (`签署…协定`, `joint exercise`), and poorly where its cues disagree or it has none;
there a small linear model over the segment's words and cues, learnt from annotated documents, decides
(issue 14, item 5). Three methods are compared by cross-validation by document (ten folds of whole documents,
`--folds 0` for one document per fold) on the dev half only
(the held-out `test` half and the held-out sets `test2` and `test3` are never read here):

- `cues`: the ranked cue classes alone (`events_domain.rule_domain`);
- `model`: a multinomial logistic regression over `events_domain.domain_features` (the cue classes and the
  rule's answer among them, so it can learn where to trust them);
- `cues-then-model`: the cues where they are clear (the segment's cues name one domain, or a class ranked above
  the heads of objects decides: cyber, exercise, security topic, act on an instrument), the model elsewhere.

The method chosen (`chosen`: `cues` unless a method that reads the model beats it on the cross-validated events by
more than twice the standard error of the paired difference; then the more accurate, ties to the simpler, in the
order above) is written with the model trained on the whole dev half into `allyscope/data/domain_model.json`, with
the discordant counts it was chosen by (`cv_discordant`). The examples are the matched events of each dev document
whose annotated domain is an interaction (a `context` event is decided by its actors, not its words), read as
`benchmarks/eval_domain.py` reads them: extracted with a case without sides, the inputs of each `classify_domain`
call recorded. Training is deterministic (weights start at zero, full-batch gradient descent, a fixed number of
steps): the same documents give the same file.

Needs numpy (a dependency of matplotlib, so installed with allyscope); the package reads the JSON without it.
`--cv-only` prints the comparison without writing; `--json` prints it as JSON. About a minute with ten folds.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import re
import sys
from collections import Counter
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))  # eval_extraction: the corpus and its manifest

from eval_domain import Example, examples  # noqa: E402  (benchmarks/: the corpus, read as the extractor reads it)

from allyscope import events_domain  # noqa: E402
from allyscope.events_domain import (  # noqa: E402
    METHODS,
    _lowered,
    _top_alternatives,
    compiled,
    domain_features,
    patterns,
    rule_domain,
)
from allyscope.scripts import fold  # noqa: E402
from allyscope.vocabulary import DOMAINS  # noqa: E402

OUT = ROOT / "allyscope" / "data" / "domain_model.json"
INTERACTIONS = [d for d in DOMAINS if d != "context"]
L2 = 1.0  # the penalty on the summed log-loss, fixed before any run (not tuned on the folds)
STEPS = 600
RATE = 0.5
MIN_COUNT = 2  # a feature seen in fewer training events carries no weight
VERSION = 1
FOLDS = 10  # documents per fold: about a tenth of dev (`--folds 0`: one document per fold, some ten times slower)


def train(rows: list[Example]) -> dict[str, Any]:
    """A multinomial logistic regression over binary features, L2-penalised, by full-batch gradient descent
    from zero weights: the bias and weight rows of `domain_model.json`."""
    counts = Counter(f for e in rows for f in e.features)
    names = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    column = {f: j for j, f in enumerate(names)}
    # the binary features as (row, column) pairs: a sparse product costs what the features present cost
    pairs = [(i, column[f]) for i, example in enumerate(rows) for f in example.features if f in column]
    at_row = np.array([i for i, _ in pairs], dtype=np.intp)
    at_column = np.array([j for _, j in pairs], dtype=np.intp)
    y = np.zeros((len(rows), len(INTERACTIONS)))
    for i, example in enumerate(rows):
        y[i, INTERACTIONS.index(example.gold)] = 1.0
    w = np.zeros((len(names), len(INTERACTIONS)))
    b = np.zeros(len(INTERACTIONS))
    n = len(rows)
    for _ in range(STEPS):
        z = b + _summed(at_row, w[at_column], n)
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        residual = (p - y) / n
        gradient = L2 / n * w + _summed(at_column, residual[at_row], len(names))
        w -= RATE * gradient
        b -= RATE * residual.sum(axis=0)
    weights = {f: [round(float(v), 4) for v in w[j]] for f, j in column.items() if np.abs(w[j]).max() >= 5e-4}
    return {"bias": [round(float(v), 4) for v in b], "weights": weights}


def _summed(index: Any, values: Any, size: int) -> Any:
    """`values` (one row per pair) summed into `size` rows by `index`."""
    return np.stack([np.bincount(index, weights=values[:, k], minlength=size) for k in range(values.shape[1])], 1)


def _predict(model: dict[str, Any], features: tuple[str, ...]) -> str:
    from allyscope.events_domain import predict

    return predict({"domains": INTERACTIONS, **model}, list(features))


def decide(method: str, model: dict[str, Any], example: Example) -> str:
    if method == "cues" or (method == "cues-then-model" and example.clear):
        return example.ruled
    return _predict(model, example.features)


def cross_validate(rows: list[Example], folds: int = FOLDS) -> dict[str, Any]:
    """Cross-validation by document: the dev documents dealt, in the order of their names, into `folds` groups
    (0: one group per document, leave-one-document-out), each group scored by a model trained on the others (and
    on the tuning documents, which are never scored here), so no event is scored by a model that read its own
    document. Each group is read with the cue lists as they would be had its documents never been read: without the
    domain cues that match in them and in no other dev or tuning document (`own_cues`). The cue lists were written
    while reading the dev half, so scoring a document with the cues only it uses would flatter them;
    `cues-as-written` is that flattered figure, printed for comparison, never chosen."""
    documents = sorted({e.document for e in rows if not e.document.startswith("tuning/")})
    count = len(documents) if folds <= 0 else min(folds, len(documents))
    group_of = {document: k % count for k, document in enumerate(documents)}
    matches = cue_documents(_texts())
    scored = (*METHODS, "cues-as-written")
    right: dict[str, Counter[str]] = {m: Counter() for m in scored}
    total: Counter[str] = Counter()
    per_document: dict[str, dict[str, list[bool]]] = {m: {} for m in scored}
    every_hit: dict[str, list[bool]] = {m: [] for m in scored}  # each scored event's, in one order for all
    removed: dict[str, list[str]] = {}
    for group in range(count):
        held_documents = frozenset(d for d in documents if group_of[d] == group)
        model = train([e for e in rows if e.document not in held_documents])
        held = [e for e in rows if e.document in held_documents]
        own = own_cues(matches, held_documents)
        if own:
            removed[", ".join(sorted(held_documents))] = sorted(alternative for _, alternative in own)
        reread = _reread(held, own)
        for method in scored:
            if method == "cues-as-written":
                hits = [e.ruled == e.gold for e in held]
            else:
                hits = [decide(method, model, e) == e.gold for e in reread]
            every_hit[method].extend(hits)
            for e, hit in zip(held, hits, strict=True):
                per_document[method].setdefault(e.document, []).append(hit)
                right[method]["all"] += hit
                right[method][e.language] += hit
        for e in held:
            total["all"] += 1
            total[e.language] += 1
    return {
        "examples": total["all"],
        "documents": len(documents),
        "folds": count,
        "accuracy": {m: {k: right[m][k] / total[k] for k in sorted(total)} for m in scored},
        "per_document_min": {m: min(sum(h) / len(h) for h in per_document[m].values()) for m in scored},
        "discordant": {m: discordant(every_hit[m], every_hit[METHODS[0]]) for m in METHODS[1:]},
        "own_cues": removed,
    }


def discordant(hits: list[bool], simpler: list[bool]) -> list[int]:
    """[won, lost]: the events a method gets right and the simpler method wrong, and the reverse."""
    return [sum(h and not s for h, s in zip(hits, simpler, strict=True)),
            sum(s and not h for h, s in zip(hits, simpler, strict=True))]  # fmt: skip


def chosen(cv: dict[str, Any]) -> str:
    """The method the domain is decided by: the simplest (`cues`, no model at all, the cheapest per event) unless a
    method that reads the model beats it on the cross-validated events by more than chance would: by more than
    twice the standard error of the paired difference (a sign test on the discordant events, McNemar's: won -
    lost > 2 * sqrt(won + lost)); of several that do, the more accurate (ties: the simpler). A method ahead by a
    handful of the 1,500 events is not shown better, and it would cost each event the model's features."""
    simplest = METHODS[0]
    better = [m for m in METHODS[1:] if _significant(*cv["discordant"][m])]
    return max([simplest, *better], key=lambda m: (cv["accuracy"][m]["all"], -METHODS.index(m)))


def _significant(won: int, lost: int) -> bool:
    return won - lost > 2 * (won + lost) ** 0.5


def _texts() -> dict[str, str]:
    """The folded text of each dev and tuning document, by name."""
    from eval_domain import documents

    return {name: fold(source.read_text("utf-8")) for name, _, source, _ in documents("dev", with_tuning=True)}


def cue_documents(texts: dict[str, str]) -> dict[tuple[int, str], set[str]]:
    """For each domain cue, as (class index, alternative), the documents of `texts` it matches in."""
    classes = patterns()["domain_cues"]["classes"]
    out: dict[tuple[int, str], set[str]] = {}
    for index, cue_class in enumerate(classes):
        for alternative in _top_alternatives(cue_class["pattern"]):
            regex = re.compile(_lowered(alternative))
            out[(index, alternative)] = {name for name, text in texts.items() if regex.search(text)}
    return out


def own_cues(matches: dict[tuple[int, str], set[str]], held: str | frozenset[str]) -> set[tuple[int, str]]:
    """The cues that match in the `held` document (or documents) and in no other document: cues that could only
    have been learnt from them (`matches`: `cue_documents`)."""
    documents = frozenset([held]) if isinstance(held, str) else held
    return {cue for cue, names in matches.items() if names and names <= documents}


def _reread(held: list[Example], own: set[tuple[int, str]]) -> list[Example]:
    """The held-out examples read again with the cue lists without `own` (their rule, clearness and features)."""
    if not own:
        return held
    raw = json.loads(resources.files("allyscope.data").joinpath("event_patterns.json").read_text("utf-8"))
    classes = []
    for index, cue_class in enumerate(raw["domain_cues"]["classes"]):
        kept = [a for a in _top_alternatives(cue_class["pattern"]) if (index, a) not in own]
        if kept:
            classes.append({**cue_class, "pattern": "|".join(kept)})
    raw["domain_cues"]["classes"] = classes
    raw["entity_cue_classes"] = {
        kind: name for kind, name in raw["entity_cue_classes"].items() if name in {c["class"] for c in classes}
    }
    data = compiled(raw)
    original = events_domain.patterns
    events_domain.clear_cue_caches()  # the shipped cues' scans and answers, cached while the examples were read
    setattr(events_domain, "patterns", lambda: data)  # noqa: B010 (the cues of this fold, for a while)
    try:
        out = []
        for e in held:
            clause, named, sentence, start = e.inputs
            ruled, clear = rule_domain(data, clause, list(named), sentence, start)
            features = tuple(domain_features(data, clause, list(named), sentence, start, ruled))
            out.append(dataclasses.replace(e, ruled=ruled, clear=clear, features=features))
        return out
    finally:
        setattr(events_domain, "patterns", original)  # noqa: B010
        events_domain.clear_cue_caches()


def _dumped(model: dict[str, Any]) -> str:
    """The model as JSON, one line per feature's weights (a diff of two trainings stays readable)."""
    head = {k: v for k, v in model.items() if k != "weights"}
    text = json.dumps(head, ensure_ascii=False, indent=1)[: -len("\n}")]
    rows = ",\n".join(
        f"  {json.dumps(name, ensure_ascii=False)}: {json.dumps(row)}" for name, row in sorted(model["weights"].items())
    )
    return f'{text},\n "weights": {{\n{rows}\n }}\n}}\n'


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cv-only", action="store_true", help="print the comparison, write nothing")
    parser.add_argument("--json", action="store_true", help="print the comparison as JSON")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--folds", type=int, default=FOLDS, help="groups of documents (0: one per document)")
    args = parser.parse_args(argv)
    every = examples("dev", with_tuning=True)  # never the held-out half
    cv = cross_validate(every, args.folds)
    best = chosen(cv)
    cv["chosen"] = best
    if args.json:
        print(json.dumps(cv, indent=1))
    else:
        print(f"cross-validation by document on the dev half: {cv['examples']} events, {cv['documents']} documents "
              f"in {cv['folds']} folds")  # fmt: skip
        languages = [k for k in cv["accuracy"]["cues"] if k != "all"]
        print(f"  {'method':<17} {'all':>5} " + " ".join(f"{k:>7}" for k in languages) + "  worst document")
        for m in (*METHODS, "cues-as-written"):
            acc = cv["accuracy"][m]
            print(f"  {m:<17} {acc['all']:>5.3f} " + " ".join(f"{acc[k]:>7.3f}" for k in languages)
                  + f"  {cv['per_document_min'][m]:.2f}")  # fmt: skip
        for m, (won, lost) in cv["discordant"].items():
            print(f"  {m} against cues: {won} events won, {lost} lost")
        print(f"  chosen: {best}  (a method that reads the model only if it beats cues by more than 2 standard errors; "
              "cues-as-written: with the cues only the scored document uses, in-sample)")  # fmt: skip
        for document, cues in cv["own_cues"].items():
            print(f"    cues only {document} use: {' '.join(cues)}")
    if args.cv_only:
        return 0
    model = train(every)
    documents = sorted({e.document for e in every})
    out = {
        "version": VERSION,
        "about": "The domain classifier of allyscope/events_domain.py, written by scripts/train_domain.py: a "
        "multinomial logistic regression over the features of events_domain.domain_features, trained on the "
        "matched interaction events of the dev half of tests/corpora/events; 'method' says how it is used, chosen "
        "by cross-validated accuracy by document on the dev half ('cv', folds of whole documents). Never edit by "
        "hand: rerun the script.",
        "method": best,
        "domains": INTERACTIONS,
        "hyperparameters": {"l2": L2, "steps": STEPS, "rate": RATE, "min_count": MIN_COUNT, "folds": cv["folds"]},
        "trained_on": documents,
        "examples": len(every),
        "examples_sha256": hashlib.sha256(
            json.dumps([[e.document, e.gold, e.features] for e in every]).encode()
        ).hexdigest(),
        "cv": {m: round(cv["accuracy"][m]["all"], 4) for m in METHODS},
        "cv_discordant": cv["discordant"],
        **model,
    }
    args.out.write_text(_dumped(out), "utf-8")
    print(f"wrote {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}: "
          f"{len(model['weights'])} features")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
