"""A state's body written after ANOTHER state's name is that state's (issue 14 item 3, unr60,
allyscope/state_bodies.py, data/state_bodies.json): the data gives a name of a body to the state that uses it, and
texts write the same words for another state's body. Sentences written for these tests, in other words than the
corpus; the generated cases pair every state body of the data with states drawn from the data."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema
from helpers import event_actor_names as _actors
from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.entities import gazetteer
from allyscope.state_bodies import owned_by_named_state, rules


def _data(name: str) -> dict:
    return json.loads(resources.files("allyscope.data").joinpath(name).read_text("utf-8"))


def _ids(text: str) -> set[str]:
    return {i for m in gazetteer().match_names(text) for i in m.ids}


def test_the_data_keeps_its_schema() -> None:
    jsonschema.validate(_data("state_bodies.json"), _data("state_bodies.schema.json"))
    assert rules().organs == tuple(sorted(rules().organs, key=len, reverse=True))


def test_a_known_body_after_another_states_name_is_that_states() -> None:
    cases = {
        "2023年2月9日，韩国防卫省与越南国防部举行会谈。": ("institution:jp-mod", "KR"),
        "2023年2月9日、英国の国防総省はフランス国防省と協議した。": ("force:pentagon", "GB"),
        "2023年2月9日、インドネシアの防衛省は声明を出した。": ("institution:jp-mod", "ID"),
        "On 9 February 2023, the State Department of Palau received a delegation from Fiji.": (
            "force:us-state-department",
            "PW",
        ),
        "2023年2月9日、ベトナムの国務省は会見を開いた。": ("force:us-state-department", "VN"),
        "2023年2月9日，印尼海巡署巡邏艦停靠高雄港。": ("institution:tw-coast-guard", "ID"),
    }
    for text, (body, state) in cases.items():
        ids = _ids(text)
        assert body not in ids and state in ids, (text, ids)


def test_a_body_after_its_own_states_name_stays() -> None:
    assert "institution:jp-mod" in _ids("2023年2月9日、日本の防衛省はベトナム大使館と協議した。")
    assert "institution:jp-mod" in _ids("2023年2月9日、防衛省はベトナム国防省と会合を開いた。")
    assert "force:us-state-department" in _ids("On 9 February 2023, the US State Department briefed Fiji.")


def test_a_bodys_own_name_after_a_place_is_that_body_there() -> None:
    assert "force:jsdf" in _ids("2023年2月9日、エジプトの自衛隊派遣部隊が帰国した。")
    assert "force:bundeswehr" in _ids("On 9 February 2023, Lithuania's Bundeswehr brigade held a parade.")


def test_a_states_own_organ_is_never_the_international_body() -> None:
    for text in (
        "On 9 February 2023, Fiji's National Security Council met in Suva.",
        "On 9 February 2023, the National Security Council approved the plan.",
        "2023年2月9日、ベトナムの国家安全保障会議が開かれた。",
    ):
        assert "institution:un-security-council" not in _ids(text), text
    assert "institution:un-security-council" in _ids("On 9 February 2023, the Security Council met on Fiji.")


def test_the_state_of_the_body_is_the_events_actor() -> None:
    names = _actors("2023年2月9日，印度尼西亚防卫省与越南签署了合作备忘录。")[0]
    assert "Indonesia" in names and "Japan" not in names and "Ministry of Defense (Japan)" not in names


def _state_bodies() -> list[tuple[str, str, str]]:
    """(body id, its state, an alias) for every name of a kind of body the data gives one state's body."""
    g = gazetteer()
    out = []
    for ident, entity in g.entities.items():
        if entity.get("type") not in rules().body_types:
            continue
        owner = entity.get("part_of", "")
        if g.entities.get(owner, {}).get("type") != "state":
            continue
        for language in ("zh", "zh_Hant", "ja"):
            out += [
                (ident, owner, alias)
                for alias in entity["aliases"].get(language, [])
                if alias.casefold() in rules().kinds
            ]
    return out


def _cjk_states() -> list[tuple[str, str]]:
    """(state id, its Chinese name) for the states whose names the data gives in Chinese."""
    g = gazetteer()
    return [
        (ident, e["aliases"]["zh"][0])
        for ident, e in g.entities.items()
        if e.get("type") == "state" and e.get("aliases", {}).get("zh") and len(e["aliases"]["zh"][0]) >= 3
    ]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(_state_bodies()), st.sampled_from(_cjk_states()), st.sampled_from(["", "的", "の"]))
def test_any_body_after_any_other_state(body: tuple[str, str, str], state: tuple[str, str], joiner: str) -> None:
    ident, owner, alias = body
    state_id, name = state
    text = f"2023年2月9日，{name}{joiner}{alias}发表声明。"
    mentions = gazetteer().match_names(text)
    ids = {i for m in mentions for i in m.ids}
    if state_id == owner or state_id not in ids:
        return  # the body's own state, or a name that runs into the body's (no state read before it)
    assert ident not in ids, (text, ids)


def test_nothing_to_do_leaves_the_mentions_as_they_are() -> None:
    g = gazetteer()
    text = "On 9 February 2023, Fiji and Tonga met."
    found = g.match_names(text)
    assert owned_by_named_state(text, found, g) is found
