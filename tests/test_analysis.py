"""Analysis: ladders and claims are data checked against the case, evaluated from facts, and change with them."""

from __future__ import annotations

import copy
import dataclasses
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from allyscope.cli import main
from allyscope.knowledge.analysis import claims, ladders, meets
from allyscope.knowledge.case import load_case
from allyscope.store import Store

CRITERIA = {"any", "fact", "type", "cameo", "domain", "level", "mode", "source_party", "involves_all", "involves_any",
            "involves_prefix", "obligation", "after"}  # fmt: skip


def _criteria(match: dict) -> list[dict]:  # type: ignore[type-arg]
    return [c for alt in match.get("any", [match]) for c in ([alt] if "any" not in alt else _criteria(alt))]


def test_analysis_data_refers_to_real_facts_and_entities() -> None:
    from allyscope.entities import gazetteer

    facts = {f["id"] for f in load_case().facts}
    entities = gazetteer().entities
    case = load_case()
    matches = [s["match"] for ladder in case.ladders for s in ladder["steps"]]
    for document in case.claims:
        kinds = {c["kind"] for c in document["claims"]}
        assert kinds == {"driver", "constraint", "impact", "prediction"}
        for claim in document["claims"]:
            assert set(claim["supports"] + claim["weakens"]) <= facts
            assert claim["supports"] or claim["weakens"] or claim.get("indicators")
            if claim["kind"] in ("constraint", "prediction"):
                assert claim["indicators"]
            matches += [i["match"] for i in claim.get("indicators", [])]
    for match in matches:
        for criterion in _criteria(match):
            assert set(criterion) <= CRITERIA
            assert criterion.get("fact", next(iter(facts))) in facts
            for key in ("involves_all", "involves_any"):
                assert all(e in entities for e in criterion.get(key, []))


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory, article_path: Path) -> Path:
    db = tmp_path_factory.mktemp("analysis") / "kb.db"
    assert CliRunner().invoke(main, ["init", "--db", str(db), "--with", str(article_path)]).exit_code == 0
    return db


def test_ladders_reach_their_steps_in_order(kb: Path) -> None:
    with Store(kb) as store:
        political, institutional = ladders(store.conn)
    reached = {s["id"]: s["fact"]["date"] if s["fact"] else None for s in institutional["steps"]}
    assert reached["contact-country"] == "2004" and reached["ipcp"] == "2014-05-06" and reached["itpp"] == "2023-07-12"
    assert reached["liaison-office"] is None and reached["alliance"] is None
    summit = next(s for s in political["steps"] if s["id"] == "pm-at-summit")
    assert summit["fact"]["id"] == "jn-2022-06-29-madrid"
    dates = [s["fact"]["date"].replace("X", "0") for s in political["steps"] if s["fact"]]
    assert dates == sorted(dates)  # each rung was reached after the one below
    levels = political["highest_by_year"]
    assert levels["2007"]["level"] == "head-of-government" and levels["2022"]["fact"]["id"] == "jn-2022-06-29-madrid"


def test_claims_have_citations_evidence_and_status(kb: Path) -> None:
    with Store(kb) as store:
        result = claims(store.conn)
    assert len(result) == 14
    for claim in result:
        assert claim["supports"] or claim["weakens"] or claim["indicators"]
        if claim["kind"] != "prediction":
            assert claim["citations"], claim["id"]  # the notes of its section
    by_id = {c["id"]: c for c in result}
    assert by_id["zhu-p1"]["status"] == "holds"  # no defence obligation in any agreement
    office = by_id["zhu-c1"]["indicators"][0]
    assert office["observed"] is False and office["status"].startswith("holds as of 2025")
    practical = by_id["zhu-p2"]["indicators"][0]["facts"]
    assert practical and all(f["date"] > "2023-09" for f in practical)
    assert len(by_id["zhu-d4"]["citations"]) == 4 and len(by_id["zhu-c3"]["citations"]) >= 10


def test_a_new_fact_moves_the_ladder_and_breaks_a_prediction(tmp_path: Path) -> None:
    case = load_case()
    facts = copy.deepcopy(case.facts)
    facts.append(
        {"id": "jn-2027-01-tokyo-office", "date": "2027-01", "type": "COOPERATE", "cameo": "064",
         "domain": "institutional", "mode": "asserted", "level": "official",
         "actors": [{"id": "NATO", "role": "source"}, {"id": "JP", "role": "target"}],
         "involved": ["office:nato-liaison-tokyo"], "summary": "Test: NATO opens a liaison office in Tokyo",
         "sources": [{"source": "zhu-2023"}]}
    )  # fmt: skip
    with Store(tmp_path / "kb.db") as store:
        store.load_case(dataclasses.replace(case, facts=facts))
        institutional = ladders(store.conn)[1]
        result = {c["id"]: c for c in claims(store.conn)}
    step = next(s for s in institutional["steps"] if s["id"] == "liaison-office")
    assert step["fact"]["id"] == "jn-2027-01-tokyo-office"
    assert result["zhu-c1"]["status"] == "contradicted"
    assert meets(
        {"id": "x", "mode": "asserted", "type": "AGREE", "cameo": "057", "level": "minister", "domain": "institutional",
         "date_start": "2024-01-01", "actors": [{"id": "JP", "role": "source"}], "involved": []},
        {"after": "2023-09", "source_party": "JP", "domain": ["institutional"]},
    )  # fmt: skip


def test_claims_and_ladders_commands(kb: Path) -> None:
    out = CliRunner().invoke(main, ["claims", "--db", str(kb), "--doc", "599928ad", "--json"]).stdout
    assert len(json.loads(out)) == 14
    out = CliRunner().invoke(main, ["ladders", "--db", str(kb)]).stdout
    assert "not reached" in out and "jn-2023-07-12-itpp" in out
