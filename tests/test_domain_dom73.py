"""A domain model one added document cannot swing (issue 14 item 5, branch dom73): the training script's stability
measure (dev decisions that flip when the model is trained again without one dev document) and its bar on features
held by too few documents (`MIN_DOCUMENTS`). The rows here are made up for the tests, not read from the corpus."""

from __future__ import annotations

from typing import Any

from helpers import load_repository_module as _load
from helpers import made_up_domain_rows

from allyscope.events_domain import domain_model
from allyscope.vocabulary import DOMAINS

INTERACTIONS = [d for d in DOMAINS if d != "context"]


def test_a_feature_only_one_document_holds_carries_no_weight_when_two_are_asked(monkeypatch: Any) -> None:
    trainer = _load("scripts", "train_domain")
    monkeypatch.setattr(trainer, "STEPS", 40)
    monkeypatch.setattr(trainer, "MIN_DOCUMENTS", 1)
    assert "w:own" in trainer.train(made_up_domain_rows(trainer))["weights"]  # seen twice: MIN_COUNT alone lets it in
    monkeypatch.setattr(trainer, "MIN_DOCUMENTS", 2)
    weights = trainer.train(made_up_domain_rows(trainer))["weights"]
    assert "w:own" not in weights and {"w:talks", "w:drill"} <= set(weights)


def test_stability_counts_the_decisions_of_other_documents_that_flip(monkeypatch: Any) -> None:
    """Each retraining leaves one document out and compares the decisions on every other document's events with
    the whole model's; the left-out document's own events are not counted (they went from read to unread)."""
    trainer = _load("scripts", "train_domain")
    rows = made_up_domain_rows(trainer)
    trained: list[set[str]] = []

    def fake_train(training: list[Any]) -> dict[str, Any]:
        documents = {e.document for e in training}
        trained.append(documents)
        return {"odd": "dev/odd.txt" in documents}

    def fake_decide(method: str, model: dict[str, Any], example: Any) -> str:
        # without the odd document, the events that share its word `talks` change their answer
        return INTERACTIONS[1] if model["odd"] and "w:talks" in example.features else example.gold

    monkeypatch.setattr(trainer, "train", fake_train)
    monkeypatch.setattr(trainer, "decide", fake_decide)
    out = trainer.stability(rows, "cues-then-model", retrains=11)
    assert out["retrains"] == 11 == len(out["left_out"]) == len(trained) - 1
    assert out["left_out"] == sorted(out["left_out"]) and "dev/odd.txt" in out["left_out"]
    for left_out, documents in zip(out["left_out"], trained[1:], strict=True):
        assert left_out not in documents and len(documents) == 10
    # the odd document's retraining flips the ten `talks` events of the other documents; the others flip none
    assert out["per_retrain"] == [10 if d == "dev/odd.txt" else 0 for d in out["left_out"]]
    assert out["flips"] == 10 and out["decisions"] == len(rows)


def test_the_shipped_model_records_its_stability_when_measured() -> None:
    model = domain_model()
    steady = model.get("stability")
    if steady is not None:
        assert 0 <= steady["flips"] <= steady["retrains"] * steady["decisions"]
    assert model["hyperparameters"].get("min_documents", 1) >= 1
