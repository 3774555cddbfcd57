"""Domain on text not tuned on (thirty-sixth session, dom67; issue 14 item 5: the acts of forces and the model).

- The model's features name the act and its object by class, in every script (`data/domain_roles.json`,
  `event_domain_roles.role_features`): an act of arriving on a force is one feature whether it is written
  `troops arrived`, `官兵抵达` or `部隊が到着`, so what the model learns of it in three languages holds in the fourth.
- A force and its equipment told together (`data/event_patterns.json` `domain_cues.force_with_equipment`): where
  the heads of objects decide, a force of people joined to a word of equipment by a conjunction is the move of
  forces (the codebook's rule 11), whichever head stands last; an act on equipment (handed over, delivered) is a
  class ranked above the heads and still decides (rule 4).
- A first batch of troops with their vehicles arriving is no delivery: the instrument-act cue of a first batch of
  aircraft, ships or vehicles arriving (`首批…抵达`) leaves out a batch of people.

Sentences written for these tests, in other words, states and scripts than the corpus documents that prompted them.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from allyscope import events_domain
from allyscope.errors import DataFileError
from allyscope.event_cues import _top_alternatives
from allyscope.event_domain_roles import LANGUAGES, compiled_roles, domain_roles, role_features, roles_in
from allyscope.events_domain import domain_features, patterns, rule_domain
from allyscope.scripts import fold

PD, INS, ME = "political-dialogue", "institutional", "military-exercise"


def _ruled(text: str) -> tuple[str, bool]:
    folded = fold(text)
    return rule_domain(patterns(), folded, [], folded, 0)


# --- the roles of the act and its object, one class in every script ---

ARRIVALS = [
    "Two companies of Kenyan troops arrived in the capital of Haiti on 4 May.",
    "蒙古国维和官兵5月4日抵达哈萨克斯坦首都。",
    "蒙古國維和官兵5月4日抵達哈薩克首都。",
    "モンゴル軍の部隊が5月4日、カザフスタンの首都に到着した。",
]


@pytest.mark.parametrize("text", ARRIVALS)
def test_an_arrival_of_a_force_is_one_feature_in_every_script(text: str) -> None:
    features = role_features(fold(text))
    assert {"act:arrive", "obj:force", "ao:arrive+force"} <= features


@pytest.mark.parametrize(
    "text",
    [
        "The coast guard of Ghana trained boarding teams of the navy of Togo.",
        "越南海警为柬埔寨海上执法人员开设培训课程。",
        "越南海警為柬埔寨海上執法人員開設培訓課程。",
        "インドネシアの海上保安機関の職員に研修を行った。",
    ],
)
def test_a_course_for_enforcement_is_one_pair_in_every_script(text: str) -> None:
    assert "ao:train+enforcement" in role_features(fold(text))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The ministry said more soldiers would be sent to the base next month.", "aa:send+say"),
        ("该国国防部宣布，将向邻国增派部队。", "aa:send+say"),
        ("防衛省は部隊を派遣すると発表した。", "aa:send+say"),
    ],
)
def test_a_move_said_is_a_pair_of_acts(text: str, pair: str) -> None:
    assert pair in role_features(fold(text))


def test_every_class_has_a_form_in_each_language_and_a_role() -> None:
    raw = _roles_file()
    assert raw["languages"] == list(LANGUAGES)
    for entry in raw["roles"]:
        assert set(entry["forms"]) == set(LANGUAGES), entry["class"]
        assert entry["role"] in ("act", "object")
    assert len(domain_roles()) == len(raw["roles"])


@pytest.mark.parametrize(
    "broken",
    [
        {"roles": []},
        {"roles": [{"class": "x", "role": "verb", "forms": dict.fromkeys(LANGUAGES, "a")}]},
        {"roles": [{"class": "x", "role": "act", "forms": {"en": "a"}}]},
        {"roles": [{"class": "x", "role": "act", "forms": dict.fromkeys(LANGUAGES, "a")}] * 2},
        {"roles": [{"class": "x", "role": "act", "forms": dict.fromkeys(LANGUAGES, "")}]},
    ],
)
def test_a_broken_roles_file_is_a_data_error(broken: dict[str, object]) -> None:
    with pytest.raises(DataFileError):
        compiled_roles(broken)


@given(st.text(max_size=80))
def test_role_features_name_only_the_files_classes(text: str) -> None:
    classes = {name for name, _, _ in domain_roles()}
    for feature in role_features(fold(text)):
        kind, _, rest = feature.partition(":")
        assert kind in {"act", "obj", "ao", "aa"}
        assert set(rest.split("+")) <= classes


@given(st.text(alphabet="官兵部队抵达派遣装备协定 troopsarivedquipmn.,，。", max_size=60))
def test_acts_and_objects_are_apart(text: str) -> None:
    acts, objects = roles_in(fold(text))
    roles = {name: role for name, role, _ in domain_roles()}
    assert all(roles[a] == "act" for a in acts) and all(roles[o] == "object" for o in objects)


def test_the_model_reads_the_roles_only_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    folded = fold(ARRIVALS[1])
    monkeypatch.setattr(events_domain, "ROLES", True)
    assert "ao:arrive+force" in domain_features(patterns(), folded, [], folded, 0)
    monkeypatch.setattr(events_domain, "ROLES", False)
    features = domain_features(patterns(), folded, [], folded, 0)
    assert not any(f.startswith(("act:", "obj:", "ao:", "aa:")) for f in features)


# --- a force and its equipment told together: the move of forces ---

CARRIED = [
    "蒙古国军队的官兵和装备于6月陆续抵达哈萨克斯坦。",
    "肯亞部隊及裝備於6月抵達海地首都。",
    "ケニア軍の部隊と装備が6月、ハイチの首都に到着した。",
    "The Ghanaian troops and their equipment arrived in Liberia in June.",
]


@pytest.mark.parametrize("text", CARRIED)
def test_troops_and_their_equipment_arriving_are_forces_moved(text: str) -> None:
    assert _ruled(text) == (ME, True)


@pytest.mark.parametrize(
    ("text", "domain"),
    [
        ("蒙古国向哈萨克斯坦移交了一批装备和部队营房。", INS),
        ("The government of Ghana handed over vehicles and equipment to the troops of Togo.", INS),
        ("哈萨克斯坦向蒙古国交付了两架运输机。", INS),
    ],
)
def test_equipment_handed_over_stays_an_act_on_equipment(text: str, domain: str) -> None:
    assert _ruled(text)[0] == domain


def test_without_the_tie_break_the_last_head_decides(monkeypatch: pytest.MonkeyPatch) -> None:
    data = dict(patterns())
    data["force_with_equipment_re"] = None
    folded = fold(CARRIED[0])
    assert events_domain._rule_domain(data, folded, [], folded, 0)[0] == INS


# --- a first batch: of aircraft or vehicles a delivery, of troops a move ---


@pytest.mark.parametrize(
    ("text", "domain"),
    [
        ("蒙古国首批40名官兵和3辆装甲车抵达哈萨克斯坦。", ME),
        ("肯亞首批120名官兵連同兩輛裝甲車抵達海地。", ME),
        ("哈萨克斯坦订购的首批两架运输机抵达蒙古国。", INS),
    ],
)
def test_a_first_batch_of_troops_is_no_delivery(text: str, domain: str) -> None:
    assert _ruled(text)[0] == domain


def _roles_file() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(
        resources.files("allyscope.data").joinpath("domain_roles.json").read_text("utf-8")
    )
    return loaded


def test_each_role_form_matches_its_own_word_folded() -> None:
    """Every plain word of every form, written in its own script, is found once folded."""
    for entry in _roles_file()["roles"]:
        expression = next(e for name, _, e in domain_roles() if name == entry["class"])
        for language, form in entry["forms"].items():
            for alternative in _top_alternatives(form):
                if any(mark in alternative for mark in "\\()[]?*+|"):
                    continue  # an expression, not a plain word
                assert expression.search(fold(alternative)), (entry["class"], language, alternative)


def test_no_role_form_names_an_entity() -> None:
    """No class names an entity of a case: no alias of the gazetteer is a role form's whole match."""
    gazetteer = json.loads(resources.files("allyscope.data").joinpath("gazetteer.json").read_text("utf-8"))
    aliases = {
        fold(alias)
        for entity in gazetteer["entities"]
        for names in entity.get("aliases", {}).values()
        for alias in names
    }
    for name, _, expression in domain_roles():
        named = [alias for alias in aliases if expression.fullmatch(alias)]
        assert not named, (name, named)
