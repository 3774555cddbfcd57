"""Relief named by what it is (issue 14 item 5, branch dom79; docs/history.md, forty-eighth session).

Writers of every language tell relief by its goods as often as by a word for aid: tents, blankets and generators
flown to a capital, test kits and masks delivered, bottled water flown under an operation, `テント、毛布…が届けられた`.
The codebook already codes them (README.md, "vaccines, masks, donations after an earthquake and rescue teams are
`non-traditional-security`", rule 9); the cue lists knew `帐篷` and `tents` alone, so the clause was read by its
verb (`运抵`, `供与`: an act on an instrument, or a flight: forces moved). The class of relief goods joins the
security topic (`data/event_patterns.json`, class `security-topic`) only where a verb of giving, carrying or
arriving stands with it in the clause: the same nouns in a trade, a contract or a sale of goods are not relief, and
stay with their act. Tested in other words than the dev documents that showed the need, with traps.
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import load_repository_module as _load
from hypothesis import given
from hypothesis import strategies as st

from allyscope.events_domain import patterns, rule_domain
from allyscope.scripts import fold


def _ruled(text: str) -> tuple[str, bool]:
    clause = fold(text)
    return rule_domain(patterns(), clause, [], clause, 0)


RELIEF_BY_ITS_GOODS = (
    "两架运输机满载睡袋、毛毯和饮用水于次日飞抵首都机场。",
    "援助的呼吸机和检测试剂已于上周运抵该国卫生部。",
    "海軍艦艇運送瓶裝水、藥品和淨水設備抵達災區港口。",
    "政府が供与した毛布や寝袋、浄水器は翌日、被災した州に引き渡された。",
    "マスクと防護服、人工呼吸器が首都の病院に届けられた。",
    "Two air force transports flew tents, tarpaulins and water purification units to the capital on Sunday.",
    "The navy delivered ventilators and test kits to the island's hospital the next morning.",
    "Sandbags and drinking water were shipped to the flooded province within days.",
)


@pytest.mark.parametrize("text", RELIEF_BY_ITS_GOODS)
def test_relief_named_by_its_goods_is_relief(text: str) -> None:
    assert _ruled(text) == ("non-traditional-security", True)


# traps: the same goods traded, contracted or sold, an agreement on goods and services, food security talk
TRAPS = (
    ("两国签署药品贸易协定。", "institutional"),
    ("兩國簽署《相互提供物資與勞務協定》。", "institutional"),
    ("The two sides signed a contract for generators for the new power plant.", "institutional"),
    ("中方向该国出售一批发电机。", "institutional"),
    ("The leaders discussed food security and medicines pricing.", "political-dialogue"),
    ("両国の部隊は毛布の配布を想定した共同訓練を行った。", "military-exercise"),
    ("The two navies held a drill in which tents were delivered to a mock disaster zone.", "military-exercise"),
)


@pytest.mark.parametrize(("text", "domain"), TRAPS)
def test_goods_outside_relief_keep_their_act(text: str, domain: str) -> None:
    assert _ruled(text)[0] == domain


GOODS = st.sampled_from(("帐篷", "毛毯", "睡袋", "口罩", "防护服", "饮用水", "药品", "发电机", "检测试剂"))
ARRIVE = st.sampled_from(("运抵", "飞抵", "送抵", "抵达", "移交给"))
PLACE = st.sampled_from(("加德满都", "灾区", "该国首都", "港口"))
TEXT = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40)


@given(GOODS, GOODS, ARRIVE, PLACE, st.integers(min_value=1990, max_value=2030))
def test_any_list_of_goods_arriving_is_relief(first: str, last: str, arrive: str, place: str, year: int) -> None:
    text = f"{year}年，一批{first}、{last}由包机{arrive}{place}。"
    assert _ruled(text) == ("non-traditional-security", True)


@given(TEXT)
def test_any_text_gives_a_domain(text: str) -> None:
    domain, clear = _ruled(text)
    assert domain in {"political-dialogue", "institutional", "military-exercise", "non-traditional-security"}
    assert isinstance(clear, bool)


def _scan(rows: dict[float, tuple[float, list[float]]]) -> dict[str, Any]:
    """A scan as `l2_scan` writes it, from each penalty's accuracy and its per-fold accuracies (folds of sessions)."""
    return {
        str(l2): {"session": all_, "document": all_, "session_folds": {str(k): v for k, v in enumerate(folds)}}
        for l2, (all_, folds) in rows.items()
    }


def test_a_penalty_replaces_the_default_only_beyond_the_fold_spread() -> None:
    trainer = _load("scripts", "train_domain")
    even = [0.90, 0.91, 0.92, 0.93]
    # a steady lead of one point on every fold: beyond the spread of the differences (none), chosen
    steady = _scan({3.0: (0.915, even), 1.0: (0.925, [x + 0.01 for x in even])})
    assert trainer.chosen_l2(steady, 3.0)[0] == 1.0
    # the same mean lead made of one fold's swing: within the spread, the default stays
    swing = _scan({3.0: (0.915, even), 1.0: (0.925, [0.94, 0.89, 0.92, 0.93])})
    assert trainer.chosen_l2(swing, 3.0)[0] == 3.0
    # the default best, or tied: no scan result replaces it
    assert trainer.chosen_l2(_scan({3.0: (0.92, even), 10.0: (0.92, even)}), 3.0) == (3.0, 0.0)
    assert trainer.chosen_l2(_scan({3.0: (0.92, even), 0.3: (0.91, even)}), 3.0) == (3.0, 0.0)


@given(
    st.lists(st.floats(min_value=0.5, max_value=0.9), min_size=2, max_size=10),
    st.one_of(st.just(0.0), st.floats(min_value=1e-3, max_value=0.05)),
)
def test_a_lead_alike_on_every_fold_is_taken_and_none_is_not(folds: list[float], lead: float) -> None:
    trainer = _load("scripts", "train_domain")
    base = sum(folds) / len(folds)
    scan = _scan({3.0: (base, folds), 1.0: (base + lead, [x + lead for x in folds])})
    l2, spread = trainer.chosen_l2(scan, 3.0)
    assert spread >= 0.0
    assert l2 == (1.0 if lead > 0 else 3.0)


def test_training_takes_the_penalty_given() -> None:
    trainer = _load("scripts", "train_domain")
    rows = [
        trainer.Example(
            document=f"dev/d{i}.txt",
            language="en",
            gold=gold,
            ruled=gold,
            clear=True,
            decided=gold,
            features=(f"w:{gold}", "w:shared"),
            inputs=("", (), "", 0),
        )
        for i, gold in enumerate(("institutional", "political-dialogue") * 3)
    ]
    loose, tight = trainer.train(rows, 0.0), trainer.train(rows, 5.0)
    assert abs(loose["weights"]["w:institutional"][0]) > abs(tight["weights"]["w:institutional"][0])
    assert trainer.train(rows) == trainer.train(rows, trainer.L2)
