"""The domain model read only where no cue speaks (issue 14 item 5, branch dom76): the method `model-where-no-cue`
(the cues' answer wherever a cue class stands in the clause, clear or not; the model's only where none does), and
the training script's choice among the methods that read the model: those within two standard errors of the most
accurate, then the fewest decisions flipped over the same retrainings (`stabilities`). The rows and models here are
made up for the tests, not read from the corpus."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from helpers import load_repository_module as _load
from helpers import made_up_domain_rows
from hypothesis import given
from hypothesis import strategies as st

from allyscope import events_domain
from allyscope.event_domain_model import METHODS, cues_spoke
from allyscope.events_domain import classify_domain, model_features, patterns, rule_domain
from allyscope.scripts import fold
from allyscope.vocabulary import DOMAINS

INTERACTIONS = [d for d in DOMAINS if d != "context"]
DRILL = [0.0, 0.0, 0.0, 5.0]  # a bias that makes the model say military-exercise whatever it reads


def _drilling(method: str) -> dict[str, Any]:
    return {"method": method, "domains": INTERACTIONS, "bias": DRILL, "weights": {}}


def _decided(text: str) -> str:
    clause = fold(text)
    return classify_domain(patterns(), clause, [], clause, 0)


# clauses in other words than any dev document: silent ones (no cue word, no named body) and ones a cue speaks in
SILENT = ("They went home early on the Friday.", "两人当天晚上回国。", "彼らはその日のうちに帰った。")
SPOKEN_UNCLEAR = ("The minister attended a meeting of the partnership council.",)  # two heads: talk, a partnership
SPOKEN_CLEAR = ("The two ministers signed the pact.", "双方举行会谈。")


def test_the_method_stands_between_the_cues_and_cues_then_model() -> None:
    """Simplest first: it reads the model on fewer events than cues-then-model (only where the cues are silent)."""
    assert METHODS.index("cues") < METHODS.index("model-where-no-cue") < METHODS.index("cues-then-model")


@pytest.mark.parametrize("text", SILENT)
def test_where_no_cue_stands_the_model_decides(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(events_domain, "domain_model", lambda: _drilling("model-where-no-cue"))
    assert _decided(text) == "military-exercise"


@pytest.mark.parametrize("text", SPOKEN_UNCLEAR + SPOKEN_CLEAR)
def test_where_a_cue_stands_the_cues_decide_clear_or_not(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Trap: cues-then-model gives the unclear clause to the model; this method keeps the cues' answer."""
    clause = fold(text)
    ruled, clear = rule_domain(patterns(), clause, [], clause, 0)
    monkeypatch.setattr(events_domain, "domain_model", lambda: _drilling("model-where-no-cue"))
    assert _decided(text) == ruled
    monkeypatch.setattr(events_domain, "domain_model", lambda: _drilling("cues-then-model"))
    assert _decided(text) == (ruled if clear else "military-exercise")


@given(st.text(alphabet=st.sampled_from("双方会谈签署协定演习救灾 thesignedpactdrillmetvisit。，,."), max_size=40))
def test_the_method_gives_the_cues_answer_or_the_models_by_whether_a_cue_stands(text: str) -> None:
    clause = fold(text)
    data = patterns()
    ruled, clear = rule_domain(data, clause, [], clause, 0)
    spoke = cues_spoke(model_features(data, clause, [], clause, 0, ruled))
    original = events_domain.domain_model
    try:
        events_domain.domain_model = lambda: _drilling("model-where-no-cue")  # type: ignore[method-assign]
        got = classify_domain(data, clause, [], clause, 0)
    finally:
        events_domain.domain_model = original  # type: ignore[method-assign]
    assert got == (ruled if clear or spoke else "military-exercise")


def _row(trainer: Any, features: tuple[str, ...], clear: bool = False) -> Any:
    return trainer.Example("dev/x.txt", "en", INTERACTIONS[1], INTERACTIONS[1], clear, INTERACTIONS[1], features,
                           ("x", (), "x", 0))  # fmt: skip


def test_the_script_decides_as_the_reader_does() -> None:
    trainer = _load("scripts", "train_domain")
    model = {"bias": DRILL, "weights": {}}
    silent, spoken, clear = _row(trainer, ("w:home",)), _row(trainer, ("seg:dialogue",)), _row(trainer, (), True)
    assert trainer.decide("model-where-no-cue", model, silent) == "military-exercise"
    assert trainer.decide("model-where-no-cue", model, spoken) == INTERACTIONS[1]
    assert trainer.decide("model-where-no-cue", model, clear) == INTERACTIONS[1]
    assert trainer.decide("cues-then-model", model, spoken) == "military-exercise"  # the trap: unclear is not silent
    assert cues_spoke(("clause:instrument",)) and not cues_spoke(("near:dialogue", "rule:institutional", "w:seg"))


def _cv(flat: dict[str, float], discordant: dict[str, list[int]], paired: dict[str, dict[str, list[int]]]) -> Any:
    return {"accuracy": {m: {"all": a} for m, a in flat.items()}, "discordant": discordant, "paired": paired}


ACCURACY = {"cues": 0.9141, "model-where-no-cue": 0.9169, "cues-then-model": 0.9174, "model": 0.9150}
AGAINST_CUES = {"model-where-no-cue": [60, 10], "cues-then-model": [70, 15], "model": [90, 50]}


def _paired(nocue_against_ctm: list[int]) -> dict[str, dict[str, list[int]]]:
    won, lost = nocue_against_ctm
    return {
        "model-where-no-cue": {"cues-then-model": [won, lost], "model": [40, 30]},
        "cues-then-model": {"model-where-no-cue": [lost, won], "model": [45, 20]},
        "model": {"model-where-no-cue": [30, 40], "cues-then-model": [20, 45]},
    }


def test_within_chance_of_the_best_the_steadiest_is_chosen(monkeypatch: pytest.MonkeyPatch) -> None:
    """dom74's figures as made-up counts: cues-then-model most accurate, the new method 4 events behind of 50
    discordant (within 2 SE), flipping fewer decisions: the new method. The model alone beats cues by more than
    chance too ([90, 50]: 40 > 2 * sqrt(140)) but is behind the best by more than chance ([20, 45]), so its few flips
    do not count."""
    trainer = _load("scripts", "train_domain")
    monkeypatch.setattr(trainer, "CHOOSE_WHERE_NO_CUE", True)
    cv = _cv(ACCURACY, AGAINST_CUES, _paired([23, 27]))
    nocue = "model-where-no-cue"
    assert trainer.chosen(cv, None, {nocue: 3, "cues-then-model": 16, "model": 0}) == nocue
    assert trainer.chosen(cv, None, {nocue: 16, "cues-then-model": 3, "model": 0}) == "cues-then-model"
    assert trainer.chosen(cv, None, {nocue: 5, "cues-then-model": 5, "model": 0}) == nocue  # equal flips: the simpler


def test_a_steadier_method_behind_the_best_by_more_than_chance_is_not_chosen(monkeypatch: pytest.MonkeyPatch) -> None:
    trainer = _load("scripts", "train_domain")
    monkeypatch.setattr(trainer, "CHOOSE_WHERE_NO_CUE", True)
    cv = _cv(ACCURACY, AGAINST_CUES, _paired([5, 40]))  # 35 behind of 45: 35 > 2 * sqrt(45)
    assert trainer.chosen(cv, None, {"model-where-no-cue": 0, "cues-then-model": 16, "model": 0}) == "cues-then-model"


def test_without_flips_or_pairs_the_earlier_rule_stands(monkeypatch: pytest.MonkeyPatch) -> None:
    """No stability run (`--stability 0`) or figures stored before dom76: the stepwise rule (thirty-first session)."""
    trainer = _load("scripts", "train_domain")
    monkeypatch.setattr(trainer, "CHOOSE_WHERE_NO_CUE", True)
    cv = _cv(ACCURACY, AGAINST_CUES, _paired([23, 27]))
    cv["stepwise"] = {"model-where-no-cue": [60, 10], "cues-then-model": [27, 23], "model": [20, 45]}
    assert trainer.chosen(cv, None, None) == "model-where-no-cue"  # the later ones not better than the one before
    old = {k: v for k, v in ACCURACY.items() if k != "model-where-no-cue"}
    stored = {"accuracy": {m: {"all": a} for m, a in old.items()}, "discordant": {"cues-then-model": [70, 15],
              "model": [90, 50]}, "stepwise": {"cues-then-model": [70, 15], "model": [20, 45]}}  # fmt: skip
    assert trainer.chosen(stored) == "cues-then-model"


def test_every_method_is_measured_on_the_same_retrainings(monkeypatch: pytest.MonkeyPatch) -> None:
    """The models do not depend on the method: one retraining per left-out document serves every method."""
    trainer = _load("scripts", "train_domain")
    rows = made_up_domain_rows(trainer)
    rows = [dataclasses.replace(e, features=(*e.features, "seg:dialogue")) if e.document == "dev/d3.txt" else e
            for e in rows]  # fmt: skip
    calls: list[int] = []
    real_train = trainer.train
    monkeypatch.setattr(trainer, "STEPS", 40)
    monkeypatch.setattr(trainer, "train", lambda training: calls.append(1) or real_train(training))
    out = trainer.stabilities(rows, ["model-where-no-cue", "cues-then-model"], retrains=4)
    assert len(calls) == 5
    assert out["model-where-no-cue"]["left_out"] == out["cues-then-model"]["left_out"]
    assert out["cues-then-model"] == {**trainer.stability(rows, "cues-then-model", retrains=4)}
    assert out["model-where-no-cue"]["flips"] <= out["cues-then-model"]["flips"]


def test_with_the_switch_off_the_new_method_is_measured_never_chosen(monkeypatch: pytest.MonkeyPatch) -> None:
    """dom76 shipped the switch off (the steadier method lowers the in-sample dev domain); the lead turned it on in the
    forty-fifth session (docs/history.md). Off, the script measures the method and stores its figures but chooses
    among the earlier methods by the same rule (within chance of the best, then fewest flips)."""
    trainer = _load("scripts", "train_domain")
    assert trainer.CHOOSE_WHERE_NO_CUE is True
    monkeypatch.setattr(trainer, "CHOOSE_WHERE_NO_CUE", False)
    cv = _cv(ACCURACY, AGAINST_CUES, _paired([23, 27]))
    assert trainer.chosen(cv, None, {"model-where-no-cue": 0, "cues-then-model": 16, "model": 0}) == "cues-then-model"


# --- the codebook's order to leave (tests/corpora/events/README.md, rule 3; dom76) ---------------------------------
# written in other words than the dev documents that showed the need (an expulsion answered, a break of relations)
ORDERS_TO_LEAVE = (
    "该国外交部随即要求我方使馆全体外交人员在七十二小时内离境。",
    "政府隨即要求對方代辦於本月底前離境。",
    "外交部当天作出对等回应，要求该国大使离开。",
    "政府は同国の外交官2人に対し、1週間以内に出国するよう求めた。",
    "The foreign ministry gave the ambassador 72 hours to leave the country.",
    "Warsaw ordered two diplomats to leave by Friday.",
    "The ministry asked the envoy to leave within 48 hours.",
)
# traps: a demand that the other state act (recall, withdraw, stop), a request of forces, a room left
DEMANDS = (
    "外交部召见对方大使，并要求对方召回驻华大使。",
    "外交部要求对方立即停止挑衅行为。",
    "Parliament asked foreign troops to leave the country.",
    "The ministry asked Ottawa to withdraw its envoy.",
    "政府は再発防止を強く求めた。",
    "主席要求该国代表离开会场。",
    "两国外长举行会谈，并要求双方团队尽快完成谈判。",
)


@pytest.mark.parametrize("text", ORDERS_TO_LEAVE)
def test_an_order_that_an_envoy_leave_is_an_expulsion(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(events_domain, "domain_model", lambda: _drilling("cues"))
    assert _decided(text) == "institutional"


@pytest.mark.parametrize("text", DEMANDS)
def test_a_demand_that_the_other_state_act_stays_talk(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(events_domain, "domain_model", lambda: _drilling("cues"))
    assert _decided(text) == "political-dialogue"


@given(
    st.sampled_from(("并要求", "並要求", "随即要求", "同时要求")),
    st.text(alphabet=st.sampled_from("对方该国尽快立即在月日前的两名人员"), max_size=10),
    st.sampled_from(("召回驻华大使", "撤回大使", "关闭领事馆", "停止挑衅")),
)
def test_a_demand_without_leaving_still_masks_what_it_asks(lead: str, filler: str, asked: str) -> None:
    """Whatever stands between the demand and what it asks (no word of leaving), the asked act decides nothing."""
    clause = fold(f"外交部发表声明，{lead}{filler}{asked}。")
    original = events_domain.domain_model
    try:
        events_domain.domain_model = lambda: _drilling("cues")  # type: ignore[method-assign]
        assert classify_domain(patterns(), clause, [], clause, 0) == "political-dialogue"
    finally:
        events_domain.domain_model = original  # type: ignore[method-assign]
