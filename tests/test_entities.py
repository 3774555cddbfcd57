"""Entities: the gazetteer data is sound, and matching is one pass, longest first, never inside longer words."""

from __future__ import annotations

import itertools
import re
from typing import Any

import pytest

from allyscope.entities import LANGUAGES, gazetteer, load_data


def test_gazetteer_file_integrity() -> None:
    data = load_data()
    assert data["version"] == 1
    types = set(data["types"])
    ids = [e["id"] for e in data["entities"]]
    assert len(ids) == len(set(ids))
    offices = {e["id"] for e in data["entities"] if e["type"] == "office"}
    for entity in data["entities"]:
        assert entity["type"] in types, entity["id"]
        assert entity["name"].strip(), entity["id"]
        assert set(entity["aliases"]) <= set(LANGUAGES), entity["id"]
        assert any(entity["aliases"].get(language) for language in LANGUAGES), entity["id"]
        if "qid" in entity:
            assert re.fullmatch(r"Q\d+", entity["qid"]), entity["id"]
        assert entity.get("part_of", "NATO") in gazetteer().entities, entity["id"]
        for role in entity.get("roles", []):
            assert role["office"] in offices and role["from"] <= role.get("to", "9999"), entity["id"]
    from allyscope.entities import load_states

    states = load_states()
    for compound in data["compounds"]:
        assert any(ch in states["abbreviations"]["zh"] for ch in compound), compound
    known = set(gazetteer().entities)
    for table in states["abbreviations"].values():
        assert set(table.values()) <= known
        assert all(len(abbreviation) == 1 for abbreviation in table)
    assert set(data["standalone"].values()) <= set(ids)
    kinds = {e["id"] for e in data["entities"] if e.get("generic")}
    for entity in data["entities"]:
        if "instance_of" in entity:  # a specific agreement of a generic kind names its parties
            assert entity["instance_of"] in kinds and len(entity["parties"]) == 2, entity["id"]
            assert set(entity["parties"]) <= known, entity["id"]


def test_every_state_has_names_in_four_languages() -> None:
    g = gazetteer()
    states = [e for e in g.entities.values() if e["type"] == "state"]
    assert len(states) > 190
    germany = g.entity("DE")
    assert germany["name"] == "Germany"
    assert "德国" in germany["aliases"]["zh"] and "德國" in germany["aliases"]["zh_Hant"]
    assert "ドイツ" in germany["aliases"]["ja"] and "German" in germany["aliases"]["en"]  # CLDR's and the data's


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "日本首相岸田文雄出席北约峰会",
            [("日本首相", "office:jp-pm"), ("岸田文雄", "person:kishida"), ("北约", "NATO")],
        ),
        ("岸田表示", [("岸田", "person:kishida")]),
        ("Kishida and Stoltenberg met.", [("Kishida", "person:kishida"), ("Stoltenberg", "person:stoltenberg")]),
        ("斯托尔滕贝格", [("斯托尔滕贝格", "person:stoltenberg")]),
        ("史托騰伯格", [("史托騰伯格", "person:stoltenberg")]),
        ("ストルテンベルグ事務総長", [("ストルテンベルグ事務総長", "person:stoltenberg")]),  # name and title
        ("日本海上自卫队参加演习", [("日本海上自卫队", "force:jmsdf")]),
        ("JMSDF", [("JMSDF", "force:jmsdf")]),
        ("签署 IPCP 与 ITPP", [("IPCP", "programme-type:ipcp"), ("ITPP", "programme-type:itpp")]),  # no parties
        ("加入 CCDCOE 并参加“锁盾”演习", [("CCDCOE", "institution:ccdcoe"), ("锁盾", "exercise:locked-shields")]),
        ("北约“空中卫士 2023”演习", [("北约", "NATO"), ("空中卫士 2023", "exercise:air-defender-2023")]),
        ("中导（INF）问题", []),
        ("日本海", []),
        ("us and them", []),
        ("NATOs", []),
    ],
)
def test_matching(text: str, expected: list[tuple[str, str]]) -> None:
    found = gazetteer().match(text)
    assert [(m.alias, m.ids[0]) for m in found] == expected
    for m in found:
        assert text[m.start : m.end] == m.alias


def test_compounds_resolve_to_their_states() -> None:
    found: list[Any] = gazetteer().match("日美同盟、中欧关系与对华政策")
    assert [m.ids for m in found] == [("JP", "US"), ("CN", "EU"), ("CN",)]


def test_reference_article_names_the_parties(article: Any) -> None:
    ids = {i for m in gazetteer().match(article.text) for i in m.ids}
    for expected in (
        "JP",
        "NATO",
        "US",
        "CN",
        "RU",
        "UA",
        "FI",
        "person:kishida",
        "person:stoltenberg",
        "person:aso",
        "person:abe",
        "person:hayashi",
        "programme:ipcp",
        "programme:itpp",
        "institution:ccdcoe",
        "exercise:locked-shields",
        "exercise:air-defender-2023",
        "exercise:noble-partner-2022",
        "force:jmsdf",
        "force:jgsdf",
        "programme:osa",
    ):
        assert expected in ids, expected


def test_terms_of_office_do_not_overlap_and_titles_name_roles() -> None:
    data = load_data()
    offices = {e["id"]: e for e in data["entities"] if e["type"] == "office"}
    roles = {o.get("role") for o in offices.values()} | set(data.get("roles_without_office", {}).get("roles", []))
    assert {role.removeprefix("deputy-") for role in data["titles"].values()} <= roles
    terms: dict[str, list[tuple[str, str, str]]] = {}
    for entity in data["entities"]:
        for role in entity.get("roles", []):
            terms.setdefault(role["office"], []).append((role["from"], role.get("to", "9999-12-31"), entity["id"]))
    for office, held in terms.items():
        if any(r.get("approximate") for e in data["entities"] for r in e.get("roles", []) if r["office"] == office):
            continue  # several spokespeople serve at once
        held.sort()
        for (_, end, who), (start, _, after) in itertools.pairwise(held):
            assert end <= start, (office, who, after)  # one holder at a time: a term ends when the next begins


def test_an_office_and_a_date_name_its_holder() -> None:
    from allyscope.entities import holders

    assert holders("office:jp-pm", "2016-05") == ["person:abe"]
    assert holders("office:nato-sg", "1997") == ["person:solana"]
    assert holders("office:jp-fm", "199X") == []  # a decade names no one


def test_a_leaders_family_name_and_a_word_for_government_name_the_leader() -> None:
    """`シン政権`, `辛格政府`, `the Singh government`: the government a head of government leads, named by the
    family name, is that leader (and so the state); a minister who shares the family name leads no government."""
    from allyscope import parse_text
    from allyscope.entities import _leaders_with_governments, mark_entities
    from allyscope.events import extract_events

    for body, phrase in [
        ("2008年10月、シン政権は米国と原子力協定に署名した。", "シン政権"),
        ("2008年10月，辛格政府与美国签署民用核能协定。", "辛格政府"),
        (
            "In October 2008 the Singh government signed a civil nuclear deal with the United States.",
            "Singh government",
        ),
    ]:
        doc = mark_entities(parse_text("Title\n\n1. Body\n\n" + body + "\n"))
        found = {doc.text[m.start : m.end]: m.ids for m in doc.entities}
        assert found.get(phrase) == ("person:manmohan-singh",), (body, found)
        assert "IN" in extract_events(doc, "t")[0].actors
    named = {a for _, a in _leaders_with_governments(gazetteer().entities, load_data()["leader_governments"])}
    assert "ジャイシャンカル政権" not in named and "Jaishankar administration" not in named  # a minister leads none
