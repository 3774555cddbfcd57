"""Train the domain classifier on the dev half of the events corpus and write it: `python scripts/train_domain.py`.

Why a model at all: the ranked cue classes of `data/event_patterns.json` decide well where the predicate's
segment names one domain only (`签署…协定`, `joint exercise`), and poorly where its cues disagree or it has none;
there a small linear model over the segment's words and cues, learnt from annotated documents, decides
(issue 14, item 5). Three methods are compared by leave-one-document-out cross-validation on the dev half only
(the held-out `test` half is never read here):

- `cues`: the ranked cue classes alone (`events_domain.rule_domain`);
- `model`: a multinomial logistic regression over `events_domain.domain_features` (the cue classes and the
  rule's answer among them, so it can learn where to trust them);
- `cues-then-model`: the cues where the segment's cues all name one domain, the model elsewhere.

The method with the best cross-validated accuracy is written with the model trained on the whole dev half into
`allyscope/data/domain_model.json` (ties: the simpler method, in the order above). The examples are the matched
events of each dev document whose annotated domain is an interaction (a `context` event is decided by its
actors, not its words), read as `benchmarks/eval_domain.py` reads them: extracted with a case without sides, the
inputs of each `classify_domain` call recorded. Training is deterministic (weights start at zero, full-batch
gradient descent, a fixed number of steps): the same documents give the same file.

Needs numpy (a dependency of matplotlib, so installed with allyscope); the package reads the JSON without it.
`--cv-only` prints the comparison without writing; `--json` prints it as JSON. About 10 s.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))  # eval_extraction: the corpus and its manifest

from eval_domain import Example, examples  # noqa: E402  (benchmarks/: the corpus, read as the extractor reads it)

from allyscope.events_domain import METHODS  # noqa: E402
from allyscope.vocabulary import DOMAINS  # noqa: E402

OUT = ROOT / "allyscope" / "data" / "domain_model.json"
INTERACTIONS = [d for d in DOMAINS if d != "context"]
L2 = 1.0  # the penalty on the summed log-loss, fixed before any run (not tuned on the folds)
STEPS = 600
RATE = 0.5
MIN_COUNT = 2  # a feature seen in fewer training events carries no weight
VERSION = 1


def train(rows: list[Example]) -> dict[str, Any]:
    """A multinomial logistic regression over binary features, L2-penalised, by full-batch gradient descent
    from zero weights: the bias and weight rows of `domain_model.json`."""
    counts = Counter(f for e in rows for f in e.features)
    names = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    column = {f: j for j, f in enumerate(names)}
    x = np.zeros((len(rows), len(names)))
    for i, example in enumerate(rows):
        for f in example.features:
            if f in column:
                x[i, column[f]] = 1.0
    y = np.zeros((len(rows), len(INTERACTIONS)))
    for i, example in enumerate(rows):
        y[i, INTERACTIONS.index(example.gold)] = 1.0
    w = np.zeros((len(names), len(INTERACTIONS)))
    b = np.zeros(len(INTERACTIONS))
    n = len(rows)
    for _ in range(STEPS):
        z = x @ w + b
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        residual = (p - y) / n
        w -= RATE * (x.T @ residual + L2 / n * w)
        b -= RATE * residual.sum(axis=0)
    weights = {f: [round(float(v), 4) for v in w[j]] for f, j in column.items() if np.abs(w[j]).max() >= 5e-4}
    return {"bias": [round(float(v), 4) for v in b], "weights": weights}


def _predict(model: dict[str, Any], features: tuple[str, ...]) -> str:
    from allyscope.events_domain import predict

    return predict({"domains": INTERACTIONS, **model}, list(features))


def decide(method: str, model: dict[str, Any], example: Example) -> str:
    if method == "cues" or (method == "cues-then-model" and example.clear):
        return example.ruled
    return _predict(model, example.features)


def cross_validate(rows: list[Example]) -> dict[str, Any]:
    """Leave one document out: each dev document scored by a model trained on the others (and on the tuning
    documents, which are never scored here)."""
    documents = sorted({e.document for e in rows if not e.document.startswith("tuning/")})
    right: dict[str, Counter[str]] = {m: Counter() for m in METHODS}
    total: Counter[str] = Counter()
    per_document: dict[str, dict[str, float]] = {m: {} for m in METHODS}
    for document in documents:
        model = train([e for e in rows if e.document != document])
        held = [e for e in rows if e.document == document]
        for method in METHODS:
            hits = [decide(method, model, e) == e.gold for e in held]
            per_document[method][document] = sum(hits) / len(hits)
            for e, hit in zip(held, hits, strict=True):
                right[method]["all"] += hit
                right[method][e.language] += hit
        for e in held:
            total["all"] += 1
            total[e.language] += 1
    return {
        "examples": total["all"],
        "documents": len(documents),
        "accuracy": {m: {k: right[m][k] / total[k] for k in sorted(total)} for m in METHODS},
        "per_document_min": {m: min(per_document[m].values()) for m in METHODS},
    }


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
    args = parser.parse_args(argv)
    every = examples("dev", with_tuning=True)  # never the held-out half
    cv = cross_validate(every)
    best = max(METHODS, key=lambda m: (cv["accuracy"][m]["all"], -METHODS.index(m)))
    cv["chosen"] = best
    if args.json:
        print(json.dumps(cv, indent=1))
    else:
        print(f"leave-one-document-out on the dev half: {cv['examples']} events, {cv['documents']} documents")
        languages = [k for k in cv["accuracy"]["cues"] if k != "all"]
        print(f"  {'method':<17} {'all':>5} " + " ".join(f"{k:>7}" for k in languages) + "  worst document")
        for m in METHODS:
            acc = cv["accuracy"][m]
            print(f"  {m:<17} {acc['all']:>5.3f} " + " ".join(f"{acc[k]:>7.3f}" for k in languages)
                  + f"  {cv['per_document_min'][m]:.2f}")  # fmt: skip
        print(f"  chosen: {best}")
    if args.cv_only:
        return 0
    model = train(every)
    documents = sorted({e.document for e in every})
    out = {
        "version": VERSION,
        "about": "The domain classifier of allyscope/events_domain.py, written by scripts/train_domain.py: a "
        "multinomial logistic regression over the features of events_domain.domain_features, trained on the "
        "matched interaction events of the dev half of tests/corpora/events; 'method' says how it is used, chosen "
        "by leave-one-document-out accuracy on the dev half ('cv'). Never edit by hand: rerun the script.",
        "method": best,
        "domains": INTERACTIONS,
        "hyperparameters": {"l2": L2, "steps": STEPS, "rate": RATE, "min_count": MIN_COUNT},
        "trained_on": documents,
        "examples": len(every),
        "examples_sha256": hashlib.sha256(
            json.dumps([[e.document, e.gold, e.features] for e in every]).encode()
        ).hexdigest(),
        "cv": {m: round(cv["accuracy"][m]["all"], 4) for m in METHODS},
        **model,
    }
    args.out.write_text(_dumped(out), "utf-8")
    print(f"wrote {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}: "
          f"{len(model['weights'])} features")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
