"""The knowledge base: case data, init and timeline, review decisions and their replay, merges, obligations."""

from __future__ import annotations

import copy
import dataclasses
import json
import sqlite3
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from click.testing import CliRunner
from conftest import HERE, ROOT

from allyscope.cli import main
from allyscope.edtf import bounds
from allyscope.knowledge.case import load_case, party_members, problems, shipped_cases
from allyscope.knowledge.review import ReviewError, candidates, decide, decision_history, orphans
from allyscope.pipeline import extract_file
from allyscope.store import Store

CASES_DIR = ROOT / "allyscope" / "data" / "cases"
NEW_DOC = HERE / "knowledge" / "partnership_2026.txt"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("name", shipped_cases())
def test_case_files_match_their_schema(name: str) -> None:
    schema = json.loads((CASES_DIR / "schema.json").read_text("utf-8"))
    folder = CASES_DIR / name
    data = {p.stem: json.loads(p.read_text("utf-8")) for p in folder.glob("*.json")}
    files = {"case", "sources", "facts", "agreements", "decisions", "ladders", "claims", "entities", "audit"}
    assert set(data) <= files
    errors = [e.message for e in jsonschema.Draft202012Validator(schema).iter_errors(data)]
    assert errors == []


@pytest.mark.parametrize("name", shipped_cases())
def test_case_cross_references_resolve(name: str) -> None:
    assert problems(load_case(name)) == []


def test_integrity_check_finds_broken_references() -> None:
    case = load_case()
    facts = copy.deepcopy(case.facts)
    facts[0]["sources"] = [{"source": "no-such-source"}]
    facts[1]["date"] = "2023-13"
    facts[2]["actors"] = [{"id": "person:nobody", "role": "source"}]
    agreements = copy.deepcopy(case.agreements)
    agreements[0]["obligations"]["ATOP"]["defense"] = {"status": "present", "clause": None, "reason": "a test case"}
    del agreements[1]["obligations"]["COW"]["entente"]
    broken = dataclasses.replace(case, facts=facts, agreements=agreements)
    found = "\n".join(problems(broken))
    assert "unknown source 'no-such-source'" in found
    assert "month 13 does not exist" in found
    assert "unknown entity 'person:nobody'" in found
    assert "defense is present but no clause shows it" in found
    assert "'entente' not coded" in found


def test_case_has_the_promised_breadth() -> None:
    case = load_case()
    in_period = [f for f in case.facts if "1990-01-01" <= bounds(f["date"])[0] <= "2025-12-31"]
    assert len(in_period) >= 80
    assert all(f["sources"] for f in case.facts)
    urls = {s["id"] for s in case.sources if s.get("url")}
    after_article = [f for f in case.facts if bounds(f["date"])[0] > "2023-09-30"]
    assert after_article and all(any(s["source"] in urls for s in f["sources"]) for f in after_article)
    for agreement in case.agreements:
        assert set(agreement["obligations"]) == {"ATOP", "COW"}


@pytest.fixture()
def initialised(db_location: str, article_path: Path) -> str:
    """The reference case with the article, in an SQLite file and (the same tests again) a PostgreSQL database."""
    db = db_location
    code, out, err = run("init", "--db", str(db), "--with", str(article_path), "--json")
    assert code == 0, err
    assert json.loads(out)["facts_total"] >= 89
    return db


def test_init_replays_the_article_review(initialised: str) -> None:
    with Store(initialised) as store:
        conn = store.conn
        # every shipped decision still anchors on a candidate and is applied; a candidate the extractor finds
        # that no decision covers is pending, not an error
        assert orphans(conn) == []
        shipped = len(load_case().decisions)
        decided = conn.execute("SELECT count(*) FROM events WHERE status != 'candidate'").fetchone()[0]
        assert decided == shipped
        statuses = dict(conn.execute("SELECT status, count(*) FROM events GROUP BY status").fetchall())
        assert statuses["merged"] >= 50
        text = conn.execute("SELECT text FROM documents").fetchone()[0]
        for start, end, sentence in conn.execute('SELECT start, "end", text FROM fact_evidence'):
            assert text[start:end] == sentence
        facts = store.timeline()
    keys = [(f["date"], f["type"], tuple(sorted(a["id"] for a in f["actors"])), f["summary"]) for f in facts]
    assert len(keys) == len(set(keys))
    madrid = next(f for f in facts if f["id"] == "jn-2022-06-29-madrid")
    assert madrid["evidence"] and "岸田" in madrid["evidence"][0]["text"]
    assert any(s["id"].startswith("doc:") for s in madrid["sources"])


def test_timeline_filters_respect_imprecise_dates(initialised: str) -> None:
    _, out, _ = run("timeline", "--db", str(initialised), "--from", "2023-07-15", "--to", "2023-07-31", "--json")
    ids = {f["id"] for f in json.loads(out)}
    assert "jn-2023-07-liaison-office-blocked" in ids  # dated 2023-07: may be any day of July
    assert "jn-2023-07-12-itpp" not in ids
    _, out, _ = run("timeline", "--db", str(initialised), "--actor", "北约", "--type", "agree", "--json")
    facts = json.loads(out)
    assert facts and all(f["type"] == "AGREE" for f in facts)
    assert all(any(a["id"] == "NATO" for a in f["actors"] + f["involved"]) for f in facts)
    assert "jn-2023-07-12-itpp" in {f["id"] for f in facts}
    _, out, _ = run("timeline", "--db", str(initialised), "--domain", "military-exercise")
    assert "Noble Partner 2022" in out and "1990s" not in out
    _, out, _ = run("timeline", "--db", str(initialised), "--dyad", "JP", "NATO", "--to", "1999")
    assert "1980s" in out and "Jun 1990" in out and "context" not in out
    _, out, _ = run("timeline", "--db", str(initialised), "--dyad", "Japan", "北约", "--json")
    facts = json.loads(out)
    first, second = (party_members(load_case(), p) for p in ("JP", "NATO"))
    involved = [{e["id"] for e in f["actors"] + f["involved"]} for f in facts]
    assert len(facts) >= 60 and all(ids & first and ids & second for ids in involved)


def test_review_accept_reject_edit_and_replay(db_location: str) -> None:
    db = db_location
    assert run("init", "--db", str(db))[0] == 0
    assert run("ingest", "--db", str(db), str(NEW_DOC))[0] == 0
    code, out, _ = run("review", "--db", str(db), "--list", "--json")
    pending = json.loads(out)
    assert len(pending) == 2 and [c["date"] for c in pending] == ["2026-03", "2026-03-20"]
    exercise, arrangement = pending
    assert "exercise" in exercise["evidence"]["text"]
    code, out, _ = run("review", exercise["candidate"], "--db", str(db), "--accept", "--by", "tester", "--json")
    assert code == 0
    fact_id = json.loads(out)["fact"]
    code, out, err = run("review", arrangement["candidate"], "--db", str(db), "--edit", "bogus=1")
    assert code == 2 and "cannot edit 'bogus'" in err
    code, out, _ = run(
        "review", arrangement["candidate"], "--db", str(db), "--edit", "summary=Japan and NATO sign a space deal",
        "--edit", "domain=institutional", "--by", "tester",
    )  # fmt: skip
    assert code == 0
    code, out, _ = run("timeline", "--db", str(db), "--from", "2026", "--json")
    facts = {f["id"]: f for f in json.loads(out)}
    assert fact_id in facts and facts[fact_id]["evidence"][0]["text"].startswith("In March 2026")
    edited = [f for f in facts.values() if f["summary"] == "Japan and NATO sign a space deal"]
    assert edited and edited[0]["domain"] == "institutional"
    with Store(db) as store:
        history = decision_history(store.conn, exercise["candidate"])
        assert history[0]["by"] == "tester" and history[0]["at"]
        # the same document ingested again (after it was removed) gets the same decisions back
        store.remove(NEW_DOC.name)
        assert store.timeline(date_from="2026") == [] and store.search_facts("space arrangement") == []
        assert store.add(extract_file(NEW_DOC))
        assert store.replayed["accept"] == 1 and store.replayed["edit"] == 1
        assert {f["id"] for f in store.timeline(date_from="2026")} == set(facts)


def test_review_rejects_and_explains(db_location: str) -> None:
    db = db_location
    with Store(db) as store:
        store.load_case()
        store.add(extract_file(NEW_DOC))
        first = candidates(store.conn)[0]
        with pytest.raises(ReviewError, match="merge needs the fact"):
            decide(store.conn, first["candidate"], "merge", by="t")
        with pytest.raises(ReviewError, match="no fact 'jn-nope'"):
            decide(store.conn, first["candidate"], "merge", fact="jn-nope", by="t")
        assert candidates(store.conn)[0]["status"] == "candidate"  # the failed decision left nothing behind
        decide(store.conn, first["candidate"], "reject", reason="not a happening", by="t")
        statuses = [s for (s,) in store.conn.execute("SELECT status FROM events ORDER BY start")]
        assert statuses == ["rejected", "candidate"]
    code, _, err = run("review", "nope", "--db", str(db), "--accept")
    assert code == 2 and "no candidate matches 'nope'" in err


def test_a_candidate_is_named_with_the_document_id_that_docs_prints(db_location: str, tmp_path: Path) -> None:
    """`docs`, `extract --json` and exports print a document's short id; a candidate named with it (the short id,
    the evidence offsets and the date) is found, and a prefix several candidates share is refused with their count."""
    source = tmp_path / "visits.txt"
    source.write_text(
        "Two defence ministers meet\n\n"
        "On 4 February 2021, the defence ministers of Chile and Peru met in Lima and agreed to hold joint "
        "naval drills.\n\nOn 9 October 2022, the two ministers met again in Santiago and signed a plan for "
        "maritime search and rescue.\n",
        encoding="utf-8",
    )
    assert run("ingest", "--db", db_location, str(source))[0] == 0
    with Store(db_location) as store:
        rows = candidates(store.conn)
        short = str(store.conn.execute("SELECT id FROM documents").fetchone()[0])[:12]
    assert len(rows) >= 2
    first = rows[0]["candidate"]
    doc_part, rest = first.split(":", 1)
    assert len(doc_part) > len(short) and doc_part.startswith(short)
    code, out, err = run("review", f"{short}:{rest}", "--db", db_location, "--accept")
    assert code == 0, err
    assert first in out
    code, _, err = run("review", short, "--db", db_location, "--reject")
    assert code == 2 and f"{len(rows)} candidates match" in err


def test_entity_merges_are_recorded_and_reversible(initialised: str) -> None:
    def actor_facts(actor: str) -> set[str]:
        return {f["id"] for f in json.loads(run("timeline", "--db", str(initialised), "--actor", actor, "--json")[1])}

    person = actor_facts("山崎幸二")
    office = actor_facts("office:jp-chod")
    assert person and not office
    code, _, _ = run(
        "entity", "person:yamazaki", "--db", str(initialised), "--merge-into", "office:jp-chod", "--by", "t"
    )
    assert code == 0
    assert actor_facts("office:jp-chod") == person == actor_facts("person:yamazaki")
    profile = json.loads(run("entity", "office:jp-chod", "--db", str(initialised), "--json")[1])
    assert profile["merged"] == ["person:yamazaki"] and profile["merge_history"][0]["by"] == "t"
    assert run("entity", "person:yamazaki", "--db", str(initialised), "--merge-into", "office:jp-chod")[0] == 2
    assert run("entity", "person:yamazaki", "--db", str(initialised), "--unmerge")[0] == 0
    assert actor_facts("office:jp-chod") == set()
    history = json.loads(run("entity", "person:yamazaki", "--db", str(initialised), "--json")[1])["merge_history"]
    assert history[0]["undone_at"]
    japan = json.loads(run("entity", "Japan", "--db", str(initialised), "--json")[1])
    assert japan["agreements"] and japan["fact_roles"]["source"] > 10


def test_obligations_answer_is_it_an_alliance(initialised: str, tmp_path: Path) -> None:
    _, out, _ = run("obligations", "Japan", "北约", "--db", str(initialised), "--json")
    answer = json.loads(out)
    assert answer["alliance"] == {"ATOP": False, "COW": False}
    assert answer["verdict"].startswith("not an alliance") and len(answer["agreements"]) == 6
    # a defence clause in the data changes the answer, with the clause as evidence
    case = load_case()
    agreements = copy.deepcopy(case.agreements)
    agreements[0]["obligations"]["ATOP"]["defense"] = {
        "status": "present", "clause": "Art. 5 (test): an attack on one is an attack on both", "reason": "test data"
    }  # fmt: skip
    other = tmp_path / "other.db"
    with Store(other) as store:
        store.load_case(dataclasses.replace(case, agreements=agreements))
    answer = json.loads(run("obligations", "JP", "NATO", "--db", str(other), "--json")[1])
    assert answer["alliance"]["ATOP"] and answer["obligations_found"][0]["clause"].startswith("Art. 5")


def test_search_finds_facts_by_two_character_names(initialised: str) -> None:
    with Store(initialised) as store:
        hits = store.search_facts("岸田", 200)
        for f in hits:
            named = any(a["id"] == "person:kishida" for a in f["actors"] + f["involved"])
            assert named or any("岸田" in e["text"] for e in f["evidence"])
        assert len([f for f in hits if f["id"].startswith("jn-")]) >= 8
        assert {f["id"] for f in store.search_facts("Locked Shields")} >= {"jn-2021-locked-shields"}
    _, out, _ = run("search", "北约", "--db", str(initialised), "--json")
    hits = json.loads(out)
    assert any(h.get("fact") for h in hits) and any(h.get("doc") for h in hits)


def test_loading_the_case_twice_keeps_reviews(initialised: str) -> None:
    with Store(initialised) as store:
        before = store.conn.execute("SELECT count(*) FROM fact_evidence").fetchone()[0]
        counts: dict[str, Any] = store.load_case()
        assert counts["decisions"] == 0
        after = store.conn.execute("SELECT count(*) FROM fact_evidence").fetchone()[0]
        madrid = next(f for f in store.timeline(date_from="2022-06-29", date_to="2022-06-29") if "madrid" in f["id"])
    assert before == after > 0
    assert sum(s["id"].startswith("doc:") for s in madrid["sources"]) == 1


def test_init_with_a_bad_file_stores_nothing(tmp_path: Path) -> None:
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    db = tmp_path / "kb.db"
    code, _, err = run("init", "--db", str(db), "--with", str(bad))
    assert code == 2 and "empty.txt" in err
    if db.exists():
        assert sqlite3.connect(db).execute("SELECT count(*) FROM documents").fetchone()[0] == 0


def test_indicators_trace_every_number_to_facts(initialised: str) -> None:
    from allyscope.knowledge.indicators import fact_weight

    result = json.loads(run("indicators", "--db", str(initialised), "--json")[1])
    with Store(initialised) as store:
        facts = {f["id"]: f for f in store.timeline()}
    for cell in result["cells"]:
        behind = [facts[i] for i in cell["facts"]]
        assert all(f["domain"] == cell["domain"] and f["date_start"][:4] == cell["year"] for f in behind)
        assert cell["count"] == sum(f["mode"] != "negated" for f in behind)
        assert cell["score"] == pytest.approx(sum(fact_weight(f["cameo"], f["level"], f["mode"]) for f in behind))
    years = result["years"]
    assert years["2023"]["count"] > years["2013"]["count"]  # cooperation accelerated after 2022
    before = sum(years.get(str(y), {"score": 0})["score"] for y in range(1990, 2022)) / 32
    assert (years["2022"]["score"] + years["2023"]["score"]) / 2 > 5 * before  # accelerated after 2022
    firsts = {(f["level"], f["type"]): f["fact"] for f in result["firsts"] if f["domain"] == "political-dialogue"}
    # the Secretary General in Tokyo: Wörner in 1991, found by the year-by-year audit (before it: 2005)
    assert firsts[("head-of-government", "CONSULT")] == "jn-1991-09-18-woerner-tokyo"
    assert firsts[("minister", "CONSULT")] == "jn-2006-05-04-aso-nac"


def test_duckdb_and_python_engines_agree(initialised: str) -> None:
    from allyscope.knowledge.facts import is_long
    from allyscope.store.dialect import is_url

    if is_url(initialised):
        pytest.skip("DuckDB reads SQLite files; on PostgreSQL the python engine answers")
    from allyscope.knowledge.indicators import indicators

    with Store(initialised) as store:
        python = indicators(store.conn, store.path, engine="python")
        duck = indicators(store.conn, store.path, engine="duckdb")
        for cell in duck["cells"]:  # the filters a DuckDB cell gives list exactly the facts it counts
            query = cell["facts_query"]
            behind = [
                f
                for f in store.timeline(domain=query["domain"])
                if f["date_start"][:4] == query["from"] and not is_long(f["date_start"], f["date_end"])
            ]
            assert cell["count"] == sum(f["mode"] != "negated" for f in behind if f["domain"] != "context")
    strip = [{k: c[k] for k in ("year", "domain", "count", "score")} for c in python["cells"]]
    assert strip == [{k: c[k] for k in ("year", "domain", "count", "score")} for c in duck["cells"]]
    assert [f["fact"] for f in python["firsts"]] == [f["fact"] for f in duck["firsts"]]


def test_interactive_review_asks_for_each_candidate(tmp_path: Path) -> None:
    db = tmp_path / "kb.db"
    assert run("init", "--db", str(db), "--with", str(NEW_DOC))[0] == 0
    first = json.loads(run("review", "--db", str(db), "--json")[1])[0]
    target = first["suggestions"][0]["fact"] if first["suggestions"] else "jn-2021-locked-shields"
    answers = f"{target}\nr\nnot a happening\n"
    result = CliRunner().invoke(main, ["review", "--db", str(db), "--interactive", "--by", "ann"], input=answers)
    assert result.exit_code == 0, result.output
    assert "« In March 2026, Japan and NATO held a joint cyber defence exercise" in result.stdout
    with Store(db) as store:
        statuses = [s for (s,) in store.conn.execute("SELECT status FROM events ORDER BY start")]
        assert statuses == ["merged", "rejected"]
        evidence = store.conn.execute("SELECT count(*) FROM fact_evidence").fetchone()[0]
        assert evidence == 1
        assert {
            h["by"] for c in candidates(store.conn, status=None) for h in decision_history(store.conn, c["candidate"])
        } == {"ann"}


def test_a_later_decision_replaces_an_earlier_one(db_location: str) -> None:
    db = db_location
    with Store(db) as store:
        store.load_case()
        store.add(extract_file(NEW_DOC))
        key = candidates(store.conn)[0]["candidate"]
        accepted = decide(store.conn, key, "accept", by="a")["fact"]
        decide(store.conn, key, "merge", fact="jn-2021-locked-shields", by="b")
        ids = {f["id"] for f in store.timeline()}
        assert accepted not in ids  # the accepted fact went with the decision that made it
        merged = next(f for f in store.timeline() if f["id"] == "jn-2021-locked-shields")
        assert [e["candidate"] for e in merged["evidence"]] == [key]
        decide(store.conn, key, "reject", reason="changed my mind", by="c")
        merged = next(f for f in store.timeline() if f["id"] == "jn-2021-locked-shields")
        assert not any(s["id"].startswith("doc:") for s in merged["sources"])
        assert merged["evidence"] == [] and [h["action"] for h in decision_history(store.conn, key)] == [
            "accept", "merge", "reject"
        ]  # fmt: skip


def test_decisions_travel_between_databases(tmp_path: Path) -> None:
    first, second = tmp_path / "a.db", tmp_path / "b.db"
    for db in (first, second):
        assert run("init", "--db", str(db), "--with", str(NEW_DOC))[0] == 0
    pending = json.loads(run("review", "--db", str(first), "--list", "--json")[1])
    run("review", pending[0]["candidate"], "--db", str(first), "--accept", "--by", "ann")
    run("review", pending[1]["candidate"], "--db", str(first), "--reject", "--reason", "no", "--by", "ann")
    shared = tmp_path / "decisions.json"
    assert run("review", "--db", str(first), "--export-decisions", str(shared))[0] == 0
    code, _, err = run("review", "--db", str(second), "--import-decisions", str(shared))
    assert code == 0 and "2 decisions added" in err
    assert json.loads(run("review", "--db", str(second), "--list", "--json")[1]) == []
    ids = {f["id"] for f in json.loads(run("timeline", "--db", str(second), "--from", "2026", "--json")[1])}
    assert ids == {f["id"] for f in json.loads(run("timeline", "--db", str(first), "--from", "2026", "--json")[1])}
    assert "0 decisions added" in run("review", "--db", str(second), "--import-decisions", str(shared))[2]
    bad = tmp_path / "bad.json"
    bad.write_text('{"decisions": [{"candidate": "x"}]}', "utf-8")
    code, _, err = run("review", "--db", str(second), "--import-decisions", str(bad))
    assert code == 2 and "missing" in err
