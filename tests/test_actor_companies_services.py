"""Companies, armed services and agencies as actors (issue 14, ext30a): a company named as a party to an act brings
the state it belongs to (the corpus lists a company beside the states of its contract), and a state's service or
agency named without the state's own name (`the Royal Navy`, `the Pentagon`, `三菱重工`) is that state's. Data:
allyscope/data/gazetteer/forces.json. Sentences written for these tests, in other words than the corpus."""

from __future__ import annotations

import json
from importlib import resources

from helpers import event_actor_names as _actors

from allyscope.entities import gazetteer


def test_every_company_and_service_belongs_to_a_state() -> None:
    data = json.loads(resources.files("allyscope.data").joinpath("gazetteer", "forces.json").read_text("utf-8"))
    g = gazetteer()
    assert data["entities"]
    for entity in data["entities"]:
        assert entity["type"] in ("company", "force"), entity["id"]
        assert g.entity(entity["part_of"])["type"] == "state", entity["id"]
        assert entity["name"] in entity["aliases"].get("en", []) or entity["type"] == "force", entity["id"]


def test_a_company_brings_its_state_in_four_scripts() -> None:
    cases = [
        "On 3 March 2019, Estonia signed a contract with Naval Group for two patrol vessels.",
        "2019年3月3日，爱沙尼亚与海军集团签署两艘巡逻舰的合同。",
        "2019年3月3日，愛沙尼亞與海軍集團簽署兩艘巡邏艦的合約。",
        "2019年3月3日、エストニアはナバル・グループと哨戒艦2隻の契約を結んだ。",
    ]
    for text in cases:
        assert {"Estonia", "Naval Group", "France"} <= _actors(text)[0], text


def test_a_company_alone_with_its_buyer() -> None:
    assert {"Chile", "BAE Systems", "United Kingdom"} <= _actors("2018年6月，智利与BAE系统公司签订护卫舰维修合同。")[0]
    assert {"Morocco", "Lockheed Martin", "United States"} <= _actors(
        "In May 2021, Lockheed Martin signed a radar contract with Morocco."
    )[0]
    found = _actors("2020年4月、三菱重工はノルウェーと部品供給の契約を結んだ。")[0]
    assert {"Norway", "Mitsubishi Heavy Industries", "Japan"} <= found


def test_a_service_or_agency_without_its_state_name_is_its_states() -> None:
    found = _actors("On 8 July 2022, the Royal Navy and the Chilean Navy held a drill off Valparaíso.")[0]
    assert {"United Kingdom", "Chile"} <= found
    found = _actors("2022年7月8日，解放军与柬埔寨军队在磅士卑举行联合演习。")[0]
    assert {"China", "Cambodia"} <= found
    found = _actors("On 9 May 2021, the Pentagon announced a training programme with Ghana.")[0]
    assert {"United States", "Ghana"} <= found
    found = _actors("2021年5月9日、国務省はガーナへの装備売却を承認した。")[0]
    assert {"United States", "Ghana"} <= found


def test_a_state_named_with_its_service_is_not_doubled() -> None:
    """`英国皇家海军` is the Royal Navy (the United Kingdom through it), not a second party beside the state."""
    found = _actors("2022年7月8日，英国皇家海军与智利海军在瓦尔帕莱索附近举行演习。")[0]
    assert {"United Kingdom", "Chile"} <= found and "Royal Navy" in found
