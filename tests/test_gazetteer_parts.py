"""The gazetteer's parts in data/gazetteer/ (people, offices, organizations): each file matches its schema, and
together with gazetteer.json they form one sound table — ids unique, every term of office a valid EDTF day span
that starts before it ends and names an office that exists, every office's and person's state or organization
present, one office per role of a state, and no alias naming two entities of one type unless listed as shared."""

from __future__ import annotations

import json
from collections import defaultdict
from importlib import resources
from typing import Any

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

from allyscope.edtf import bounds
from allyscope.entities import GAZETTEER_PARTS, LANGUAGES, family_first, gazetteer, load_data
from allyscope.scripts import fold


def _part(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(resources.files("allyscope.data").joinpath("gazetteer", name).read_text("utf-8"))
    return data


@pytest.mark.parametrize("name", GAZETTEER_PARTS)
def test_each_part_matches_the_schema(name: str) -> None:
    jsonschema.validate(_part(name), _part("schema.json"))


def test_the_schema_rejects_a_term_without_a_start() -> None:
    broken = {"version": 1, "about": "x", "entities": [
        {"id": "person:x", "type": "person", "name": "X", "aliases": {"en": ["X Y"]}, "part_of": "JP",
         "roles": [{"office": "office:jp-pm", "to": "2001-01-01"}]}]}  # fmt: skip
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, _part("schema.json"))


def test_ids_are_unique_across_all_files() -> None:
    ids = [e["id"] for e in load_data()["entities"]]
    assert len(ids) == len(set(ids)), sorted(i for i in set(ids) if ids.count(i) > 1)


def test_terms_are_valid_edtf_and_name_existing_offices() -> None:
    entities = gazetteer().entities
    for entity in load_data()["entities"]:
        for term in entity.get("roles", []):
            start, end, _ = bounds(f"{term['from']}/{term.get('to', '..')}")  # raises on a bad day or end < start
            assert start < end, (entity["id"], term)
            assert entities[term["office"]]["type"] == "office", (entity["id"], term)


def test_what_a_person_or_office_belongs_to_exists() -> None:
    entities = gazetteer().entities
    for entity in load_data()["entities"]:
        if entity["type"] in ("person", "office") or "part_of" in entity:
            assert entities[entity["part_of"]]["type"] in ("state", "organization"), entity["id"]


def test_one_office_per_role_of_a_state_or_organization() -> None:
    """A title given to a state (`英国首相`) must lead to one office, not to whichever was listed last."""
    seen: dict[tuple[str, str], str] = {}
    for entity in load_data()["entities"]:
        if entity["type"] == "office":
            key = (entity["part_of"], entity["role"])
            assert key not in seen, (entity["id"], seen.get(key))
            seen[key] = entity["id"]


def test_no_alias_names_two_entities_of_one_type_unless_shared_on_purpose() -> None:
    data = load_data()
    shared = {fold(a) for a in data["shared_aliases"]}
    owners: dict[tuple[str, str], set[str]] = defaultdict(set)
    for ident, entity in gazetteer().entities.items():
        for language in LANGUAGES:
            for alias in entity.get("aliases", {}).get(language, []):
                owners[(fold(alias), entity["type"])].add(ident)
    clashes = {k: v for k, v in owners.items() if len(v) > 1 and k[0] not in shared}
    assert not clashes, clashes
    assert shared <= {alias for (alias, _), v in owners.items() if len(v) > 1}  # no stale entry in the list


def test_every_person_has_a_term_and_a_name_in_english() -> None:
    for entity in load_data()["entities"]:
        if entity["type"] == "person":
            assert entity.get("roles"), entity["id"]
            assert entity["name"] in entity["aliases"]["en"], entity["id"]


def test_people_who_held_an_office_on_a_date_are_found() -> None:
    from allyscope.entities import holders

    assert holders("office:gb-pm", "2023-05-18") == ["person:sunak"]
    assert holders("office:us-president", "2024-04-10") == ["person:biden"]
    assert holders("office:eu-hr", "2024-11") == ["person:borrell"]  # Kallas took over on 1 December
    assert holders("office:jp-dm", "1997") == ["person:kyuma"]  # the Defense Agency's head before 2007


@given(st.from_regex(r"[A-Z][a-z]{1,8}(?:-[a-z]{2,5})? [A-Z][a-z]{1,10}", fullmatch=True))
def test_a_two_word_name_turned_family_first_turns_back(name: str) -> None:
    given_name, family = name.split()
    assert family_first(name) == f"{family} {given_name}"
    assert family_first(f"{family} {given_name}") == name


@pytest.mark.parametrize("name", ["George H. W. Bush", "Jaap de Hoop Scheffer", "Lula", "S. Jaishankar"])
def test_names_of_other_shapes_have_no_family_first_form(name: str) -> None:
    assert family_first(name) is None
