"""References back to a named ship (issue 14 item 3, enact73, `allyscope/named_ships.py`). Sentences written for
these tests, about other navies, ships and acts than the dev documents that prompted the rule:

- a navy's prefix before a capitalised name (`HMCS Ottawa`) is a mention of the prefix's state;
- `the <noun>` with no name after it refers back to the ship of that class named before it, `the ship` or `the
  vessel` to any, and stands for the ship's state, told by the prefix or a state's adjective before the class;
- several ships of several states with nothing to choose between them, or a ship whose state nothing tells: no
  state is guessed.
"""

from __future__ import annotations

import json
from importlib import resources

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import allyscope
from allyscope.entities import EntityMention, gazetteer, mark_entities
from allyscope.named_ships import SHIP, NamedShipsError, _data, ship_references


def _ship_mentions(text: str) -> list[tuple[str, tuple[str, ...]]]:
    doc = mark_entities(allyscope.parse_text("Notes\n\n" + text))
    return [(m.alias, m.ids) for m in doc.entities if m.basis == SHIP]


def _event_actors(text: str) -> list[set[str]]:
    return [set(e.actors) for e in allyscope.extract("Notes\n\n" + text).events]


def test_named_ships_data_follows_its_schema() -> None:
    data_dir = resources.files("allyscope.data")
    schema = json.loads(data_dir.joinpath("named_ships.schema.json").read_text("utf-8"))
    jsonschema.validate(_data(), schema)


def test_every_prefix_names_a_state_of_the_gazetteer() -> None:
    g = gazetteer()
    for prefix, state in _data()["prefixes"].items():
        assert state in g.entities and g.entity(state)["type"] == "state", prefix


def test_a_general_noun_must_be_a_ship_noun(monkeypatch: pytest.MonkeyPatch) -> None:
    import allyscope.named_ships as named_ships

    broken = {**_data(), "general": ["boat"]}
    monkeypatch.setattr(named_ships, "_data", lambda: broken)
    named_ships._ships.cache_clear()
    try:
        with pytest.raises(NamedShipsError):
            named_ships._ships()
    finally:
        named_ships._ships.cache_clear()


def test_a_prefix_is_its_navys_state() -> None:
    assert ("HMCS", ("CA",)) in _ship_mentions("On 4 June 2019 HMCS Regina entered Qingdao harbour.")


def test_the_class_noun_refers_back_to_the_ship_of_that_class() -> None:
    text = ("The Spanish frigate Blas de Lezo sailed into Sydney on 9 March 2007. "
            "Two days later the frigate exercised with Australian warships off Jervis Bay.")  # fmt: skip
    assert ("frigate", ("ES",)) in _ship_mentions(text)
    assert any("ES" in actors for actors in _event_actors(text))


def test_the_vessel_is_the_ship_referred_back_to_most() -> None:
    text = ("The Dutch frigate HNLMS Tromp reached Tokyo on 28 August 2021. "
            "The frigate had drilled with the Canadian destroyer HMCS Winnipeg in the Philippine Sea. "
            "The next day the Japanese defence minister visited the vessel.")  # fmt: skip
    mentions = _ship_mentions(text)
    assert ("vessel", ("NL",)) in mentions


def test_ships_of_two_states_and_nothing_to_choose_leave_the_vessel_unread() -> None:
    text = ("HMAS Ballarat and ROKS Sejong the Great met at sea on 2 May 2022. "
            "The vessel then turned north.")  # fmt: skip
    assert all(alias != "vessel" for alias, _ in _ship_mentions(text))


def test_a_ship_whose_state_nothing_tells_is_no_antecedent() -> None:
    text = "The training ship Esmeralda reached Cadiz on 2 June 2015. The ship stayed four days."
    assert all(alias != "ship" for alias, _ in _ship_mentions(text))


def test_a_reference_followed_by_a_name_is_a_new_ship_not_a_reference() -> None:
    text = "The British destroyer HMS Dauntless arrived on 3 May 2014, and the destroyer Daring followed."
    assert [alias for alias, _ in _ship_mentions(text)] == ["HMS"]


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("the carrier vessel HMS INS Kaga Italian.,\n ")), max_size=120))
def test_reading_any_text_adds_only_mentions_of_its_own_words(text: str) -> None:
    g = gazetteer()
    mentions = g.match_names(text)
    out = ship_references(text, mentions, g)
    assert all(m in out for m in mentions)
    for m in out:
        if m.basis == SHIP:
            assert text[m.start : m.end] == m.alias and len(m.ids) == 1
    assert out == sorted(out, key=lambda m: (m.start, m.end))
    assert not any(isinstance(m, EntityMention) and m.end <= m.start for m in out)
