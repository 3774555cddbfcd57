"""A stronger L2 penalty on the domain model (issue 14 item 5, branch dom74): chosen on dev by cross-validation by
document (within two standard errors of the best) and then by fewest decisions flipped when one dev document is left
out (`stability`). The rows here are made up for the tests, not read from the corpus."""

from __future__ import annotations

from typing import Any

from helpers import load_repository_module as _load
from helpers import made_up_domain_rows

from allyscope.events_domain import domain_model


def _own_weight(trainer: Any, l2: float, monkeypatch: Any) -> float:
    """The largest weight the odd document's own word carries, trained with the penalty `l2`."""
    monkeypatch.setattr(trainer, "L2", l2)
    monkeypatch.setattr(trainer, "STEPS", 200)
    return max(abs(v) for v in trainer.train(made_up_domain_rows(trainer))["weights"].get("w:own", [0.0]))


def test_a_stronger_penalty_gives_one_documents_wording_less_weight(monkeypatch: Any) -> None:
    """A word one document alone holds is that document's wording: under a stronger penalty it carries less of the
    document's domain. (The penalty also spreads that document's pull onto the words it shares with the others, so
    this alone does not make fewer decisions flip: that was measured on dev, `stability`; docs/history.md, dom74.)"""
    trainer = _load("scripts", "train_domain")
    weak, strong = _own_weight(trainer, 0.3, monkeypatch), _own_weight(trainer, 10.0, monkeypatch)
    assert 0 < strong < weak


def test_the_penalty_chosen_by_stability_is_at_least_three() -> None:
    """dom74: L2 3 kept the cross-validated decisions of 0.3 (both 0.9174 by document, +1/-1 paired) and flipped
    half as many over ten retrainings each without one document (2 against 4): the shipped model is trained with
    the script's penalty, and that penalty is the measured one."""
    trainer = _load("scripts", "train_domain")
    assert trainer.L2 >= 3.0
    assert domain_model()["hyperparameters"]["l2"] == trainer.L2
