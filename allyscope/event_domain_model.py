"""The linear domain model of `data/domain_model.json`, read without numpy or scikit-learn: loaded and checked
(`domain_model`, `checked_model`) and applied to a clause's features (`predict`).

Why a module of its own: what the model is (a bias and a weight per feature and domain, and the method that says
when it decides) is apart from what it reads of a clause (`events_domain.domain_features`) and from when it is
asked (`events_domain.classify_domain`). `classify_domain` calls `domain_model` through `events_domain`'s own
name, so a test that swaps `events_domain.domain_model` still reaches it.
"""

from __future__ import annotations

import json
from functools import cache, reduce
from importlib import resources
from operator import add
from typing import Any

from allyscope.errors import DataFileError
from allyscope.vocabulary import DOMAINS

# how the domain is decided (`data/domain_model.json`), simplest first: `model-where-no-cue` (dom76) reads the model
# only where the cues are unclear and no cue class stands in the clause at all (`cues_spoke`), `cues-then-model`
# wherever they are unclear
METHODS = ("cues", "model-where-no-cue", "cues-then-model", "model")
SPOKEN = ("seg:", "clause:")  # the features that say a cue class stands in the predicate's segment or its clause


def cues_spoke(features: list[str] | tuple[str, ...]) -> bool:
    """Whether a cue class (a cue word or a named entity's class) stands in the clause whose model features are
    `features`. Why the model waits for silence under `model-where-no-cue`: where the cues are unclear but present,
    the model's weights mostly re-weigh the same cue classes, and the decisions it moves there are the ones a retrain
    flips (dom74, dom75: 0.746 right where the model decided against 0.913 where a cue was clear); where no cue
    stands, the words are all there is to read."""
    return any(f.startswith(SPOKEN) for f in features)


@cache
def domain_model() -> dict[str, Any]:
    """The linear model of `data/domain_model.json` (see `scripts/train_domain.py`): the method that decides
    (`cues`, `model`, `cues-then-model`), the domains, a bias per domain and a weight per feature and domain."""
    return checked_model(json.loads(resources.files("allyscope.data").joinpath("domain_model.json").read_text("utf-8")))


def checked_model(model: dict[str, Any]) -> dict[str, Any]:
    """`model` itself when what `predict` and `classify_domain` read of it is sound (the full schema is
    `data/domain_model.schema.json`, checked by the tests); else a `DataFileError`."""
    width = len(model.get("domains", ()))
    if (
        set(model.get("domains", ())) != set(DOMAINS) - {"context"}
        or model.get("method") not in METHODS
        or len(model.get("bias", ())) != width
        or any(len(row) != width for row in model.get("weights", {}).values())
    ):
        raise DataFileError(
            "allyscope/data/domain_model.json: its method, domains, bias or weights break its schema; "
            "rerun scripts/train_domain.py"
        )
    return model


def predict(model: dict[str, Any], features: list[str]) -> str:
    """The domain of highest score: the bias plus the weights of the features present (a multinomial logistic
    regression over binary features; the softmax does not change which is highest). Ties go to the earlier
    domain in the model's order."""
    domains: list[str] = model["domains"]
    scores = domain_scores(model, features)
    best = max(range(len(domains)), key=lambda k: (scores[k], -k))
    return domains[best]


def domain_scores(model: dict[str, Any], features: list[str]) -> list[float]:
    """Each domain's score (in the model's order of domains): the bias plus the weights of the features present;
    `predict` takes the highest, `events_domain.classify_domain` weighs it against the cues' domain's when the model
    may overrule the cues only by a margin (`overrule_margin`)."""
    weights: dict[str, list[float]] = model["weights"]
    rows = [row for row in map(weights.get, features) if row is not None]
    # each domain's score summed in the features' order, one column at a time (`reduce` in C, the same additions in
    # the same order as a running sum over the rows, so the same floats); `checked_model` made every row as wide
    bias: list[float] = model["bias"]
    columns = zip(*rows, strict=True)
    return [reduce(add, column, b) for b, column in zip(bias, columns, strict=True)] if rows else list(bias)
