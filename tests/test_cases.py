"""Cases as data: every shipped case loads and checks, a user's case made by `case new` serves every command,
broken case files are refused whole with a message naming file, item and problem, and review decisions survive
a parser that joins lines differently and a document whose lines were re-wrapped."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from conftest import HERE, ROOT

from allyscope.cli import main
from allyscope.edtf import bounds
from allyscope.knowledge.case import CaseError, active_case, load_case, load_case_dir, party_members, shipped_cases
from allyscope.knowledge.review import candidates, decide, orphans
from allyscope.pipeline import extract_file
from allyscope.store import Store

CASES = ROOT / "allyscope" / "data" / "cases"
NEW_DOC = HERE / "knowledge" / "partnership_2026.txt"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


# ---------------------------------------------------------------- shipped cases


def test_cases_lists_every_shipped_case() -> None:
    code, out, _ = run("cases", "--json")
    listed = {c["name"]: c for c in json.loads(out)}
    assert code == 0 and set(listed) == set(shipped_cases()) and "japan-nato" in listed
    for name, c in listed.items():
        case = load_case(name)
        assert c["parties"] == case.parties and c["facts"] == len(case.facts) and c["version"] == case.version


@pytest.mark.parametrize("name", shipped_cases())
def test_every_fact_is_sourced_and_every_decision_has_provenance(name: str) -> None:
    case = load_case(name)
    sources = {s["id"]: s for s in case.sources}
    for fact in case.facts:
        assert fact["sources"] and all(s["source"] in sources for s in fact["sources"]), fact["id"]
    for decision in case.decisions:
        assert case.curators in decision["by"] and decision.get("case_version")
        assert decision["at"] >= "2026-11-27" and "placeholder" not in decision["by"]
        assert {s["type"] for s in decision["target"]["selector"]} == {"TextQuoteSelector", "TextPositionSelector"}


@pytest.mark.parametrize("name", shipped_cases())
def test_each_side_of_a_case_is_a_group_of_members(name: str) -> None:
    case = load_case(name)
    for party in case.parties:
        members = party_members(case, party)
        assert party in members
    # an organisation's bodies belong to it through the gazetteer's part_of, not through a list in code
    nato = next(p for p in case.parties if p == "NATO")
    assert {"institution:nac", "office:nato-sg"} <= party_members(case, nato)


def _copy_case(tmp_path: Path, name: str = "japan-nato") -> Path:
    folder = tmp_path / name
    shutil.copytree(CASES / name, folder)
    return folder


def _edit(folder: Path, file: str, change: Any) -> None:
    path = folder / f"{file}.json"
    data = json.loads(path.read_text("utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")


def _set(items: list[dict[str, Any]], index: int, key: str, value: Any) -> None:
    items[index][key] = value


def _set_fact(data: dict[str, Any], ident: str, key: str, value: Any) -> None:
    """Change one fact, found by id (positions move as the chronology grows)."""
    next(f for f in data["facts"] if f["id"] == ident)[key] = value


BREAKAGES = [
    ("facts", lambda d: _set_fact(d, "jn-1990-06-security-conference", "sources", [{"source": "no-such-source"}]),
     "facts.json: fact jn-1990-06-security-conference: unknown source 'no-such-source'"),
    ("facts", lambda d: _set_fact(d, "jn-2004-contact-country", "involved", ["person:nobody"]),
     "facts.json: fact jn-2004-contact-country: unknown entity 'person:nobody'"),
    ("facts", lambda d: _set_fact(d, "jn-2005-nato-visit-tokyo", "date", "2005-02-30"),
     "facts.json: fact jn-2005-nato-visit-tokyo: impossible date: '2005-02-30': day 30 does not exist"),
    ("case", lambda d: d.update(merges=[{"entity": "person:aso", "into": "person:abe"},
                                        {"entity": "person:abe", "into": "person:aso"}]),
     "case.json: merges: a cycle of merges"),
    ("agreements", lambda d: _set(d["agreements"], 0, "fact", "jn-nope"),
     "agreements.json: agreement agreement:info-security-2010: unknown fact 'jn-nope'"),
    ("facts", lambda d: _set_fact(d, "jn-198x-first-contacts", "date", "yesterday"),
     "facts.json: fact jn-198x-first-contacts: date: 'yesterday' does not match"),
    ("facts", lambda d: _set_fact(d, "jn-2019-10-cyber-talks", "sources", [{"source": "zhu-2023"}]),
     "facts.json: fact jn-2019-10-cyber-talks: cites only documents under analysis"),
    ("facts", lambda d: _set_fact(d, "jn-2012-05-21-chicago-afghanistan", "date", "2011-05-21"),
     "audit.json: year 2011: facts disagree with facts.json (lacks jn-2012-05-21-chicago-afghanistan)"),
    ("audit", lambda d: d["years"].pop(5),
     "audit.json: years: must list every year of 1990/2025 once, in order (missing 1995)"),
    ("audit", lambda d: d["years"][3].update(note="searched but quiet"),
     "audit.json: year 1993: no facts, so its note must start with 'none found'"),
]  # fmt: skip


@pytest.mark.parametrize(("file", "change", "message"), BREAKAGES)
def test_a_broken_case_is_refused_whole_with_file_item_and_problem(
    tmp_path: Path, file: str, change: Any, message: str
) -> None:
    folder = _copy_case(tmp_path)
    _edit(folder, file, change)
    with pytest.raises(CaseError, match=None) as caught:
        load_case_dir(folder)
    assert message in str(caught.value)
    db = tmp_path / "kb.db"
    code, _, err = run("init", "--db", str(db), "--case", str(folder))
    assert code == 2 and message in err and "\n" not in err.strip()
    if db.exists():  # nothing of the case was loaded
        with Store(db) as store:
            assert store.fact_count() == 0


def test_a_case_file_of_the_wrong_shape_gets_one_short_line(tmp_path: Path) -> None:
    folder = _copy_case(tmp_path)
    facts = json.loads((folder / "facts.json").read_text("utf-8"))["facts"]
    (folder / "facts.json").write_text(json.dumps(facts), "utf-8")  # the list without its object
    code, _, err = run("init", "--db", str(tmp_path / "kb.db"), "--case", str(folder))
    assert code == 2 and "facts.json: top level:" in err and "is not of type 'object'" in err
    assert len(err.strip().splitlines()) == 1 and len(err) < 400


def test_a_case_folder_that_is_not_json_is_named(tmp_path: Path) -> None:
    folder = _copy_case(tmp_path)
    (folder / "ladders.json").write_text("{not json", "utf-8")
    with pytest.raises(CaseError, match=r"japan-nato/ladders.json: not JSON"):
        load_case_dir(folder)


def test_a_database_serves_one_case(tmp_path: Path) -> None:
    db = tmp_path / "kb.db"
    assert run("init", "--db", str(db))[0] == 0
    other = next((n for n in shipped_cases() if n != "japan-nato"), None)
    if other is None:
        pytest.skip("one shipped case only")
    code, _, err = run("init", "--db", str(db), "--case", other)
    assert code == 2 and "serves case 'japan-nato'" in err


# ---------------------------------------------------------------- a case of the user's own


def test_case_new_makes_a_case_every_command_serves(tmp_path: Path) -> None:
    code, out, err = run("case", "new", "fr-in", "--parties", "France", "India", "--dir", str(tmp_path))
    assert code == 0, err
    folder = tmp_path / "fr-in"
    case = load_case_dir(folder)
    assert case.parties == ["FR", "IN"] and case.title == "France–India relations"
    _edit(
        folder,
        "sources",
        lambda d: d["sources"].append(
            {
                "id": "elysee-2023",
                "type": "webpage",
                "title": "Horizon 2047 roadmap",
                "author": "Élysée",
                "url": "https://www.elysee.fr/en/emmanuel-macron/2023/07/14/horizon-2047",
                "issued": "2023-07-14",
            }
        ),
    )
    _edit(folder, "facts", lambda d: d["facts"].extend([
        {"id": "fi-2023-07-14-horizon", "date": "2023-07-14", "type": "AGREE", "cameo": "057",
         "domain": "institutional", "mode": "asserted", "level": "head-of-government",
         "actors": [{"id": "FR", "role": "source"}, {"id": "IN", "role": "target"}], "involved": [],
         "summary": "France and India adopt the Horizon 2047 roadmap", "sources": [{"source": "elysee-2023"}]},
        {"id": "fi-2023-07-13-visit", "date": "2023-07-13", "type": "CONSULT", "cameo": "042",
         "domain": "political-dialogue", "mode": "asserted", "level": "head-of-government",
         "actors": [{"id": "IN", "role": "source"}, {"id": "FR", "role": "target"}], "involved": [],
         "summary": "India's prime minister visits France for Bastille Day", "sources": [{"source": "elysee-2023"}]},
    ]))  # fmt: skip
    db = tmp_path / "own.db"
    code, out, err = run("init", "--db", str(db), "--case", str(folder))
    assert code == 0 and "case fr-in 0.1 loaded (2 facts" in out, err
    code, out, _ = run("timeline", "--db", str(db), "--dyad", "France", "India", "--json")
    assert [f["id"] for f in json.loads(out)] == ["fi-2023-07-13-visit", "fi-2023-07-14-horizon"]
    code, out, _ = run("ladders", "--db", str(db), "--json")
    political, institutional = json.loads(out)
    assert political["highest_by_year"]["2023"]["level"] == "head-of-government"
    assert institutional["steps"][0]["fact"]["id"] == "fi-2023-07-14-horizon"
    assert run("claims", "--db", str(db), "--json")[1].strip() == "[]"
    code, out, _ = run("obligations", "--db", str(db), "--json")
    assert code == 0 and json.loads(out)["parties"] == ["FR", "IN"]
    report = tmp_path / "report.html"
    assert run("report", "--db", str(db), "--out", str(report))[0] == 0
    html = report.read_text("utf-8")
    assert "<h1>France–India relations</h1>" in html and "Highest level of France–India political dialogue" in html
    assert "Japan" not in html
    exported = tmp_path / "facts.csv"
    code, _, err = run("export", "--db", str(db), "--facts", "--format", "csv", "--out", str(exported))
    assert code == 0, err
    assert "fi-2023-07-14-horizon" in exported.read_text("utf-8")
    # an extracted event is coded against this case's parties: France and India in one clause is the dyad
    doc = tmp_path / "note.txt"
    doc.write_text("A note\n\nOn 14 July 2023, France and India signed a roadmap. In 2024, Brazil held a summit.\n")
    assert run("ingest", "--db", str(db), str(doc))[0] == 0
    with Store(db) as store:
        domains = dict(store.conn.execute("SELECT date, domain FROM events").fetchall())
    assert domains["2023-07-14"] != "context" and domains["2024"] == "context"
    assert active_case().name == load_case().name  # the ingest's case did not outlive it


def test_case_new_refuses_a_party_twice_and_a_full_folder(tmp_path: Path) -> None:
    assert run("case", "new", "x", "--parties", "France", "FR", "--dir", str(tmp_path))[0] == 2
    assert run("case", "new", "y", "--parties", "France", "India", "--dir", str(tmp_path))[0] == 0
    code, _, err = run("case", "new", "y", "--parties", "France", "India", "--dir", str(tmp_path))
    assert code == 2 and "exists and is not empty" in err


def test_case_new_makes_a_minilateral_group_any_two_of_which_make_its_events(tmp_path: Path) -> None:
    """`--also` adds parties of a group, each a side: a meeting of two of them is the group's, a stranger's not."""
    parties = ["--parties", "Japan", "United States", "--also", "Philippines"]
    code, _, err = run("case", "new", "jp-us-ph", *parties, "--dir", str(tmp_path))
    assert code == 0, err
    case = load_case_dir(tmp_path / "jp-us-ph")
    assert case.sides == [["JP"], ["US"], ["PH"]] and case.title == "Japan–United States–Philippines relations"
    assert sorted(case.dyads) == [("JP", "PH"), ("JP", "US"), ("US", "PH")]
    db = tmp_path / "group.db"
    assert run("init", "--db", str(db), "--case", str(tmp_path / "jp-us-ph"))[0] == 0
    doc = tmp_path / "note.txt"
    doc.write_text(
        "A note\n\nOn 11 April 2024, the United States and the Philippines held defence talks in Manila. "
        "On 2 May 2024, France and India held talks in Paris.\n"
    )
    assert run("ingest", "--db", str(db), str(doc))[0] == 0
    with Store(db) as store:
        domains = dict(store.conn.execute("SELECT date, domain FROM events").fetchall())
    assert domains["2024-04-11"] != "context" and domains["2024-05-02"] == "context"
    assert run("case", "new", "z", "--parties", "Japan", "India", "--also", "JP", "--dir", str(tmp_path))[0] == 2


# ---------------------------------------------------------------- decisions that survive a new parser


def _loosely_joined(monkeypatch: pytest.MonkeyPatch, insert: str = " ") -> None:
    """A deliberate change to line joining: lines of Chinese and Japanese text are joined with `insert`."""
    from allyscope.layout import repair

    original = repair.join

    def join(previous: str, following: str) -> tuple[int, str]:
        drop, inserted = original(previous, following)
        return drop, inserted or insert

    monkeypatch.setattr(repair, "join", join)


def test_every_shipped_decision_reanchors_after_a_change_to_line_joining(
    tmp_path: Path, article_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    case = load_case()
    with Store(tmp_path / "before.db") as store:
        store.load_case(case)
        store.add(extract_file(article_path))
        before = dict(store.conn.execute("SELECT candidate, start FROM events").fetchall())
    _loosely_joined(monkeypatch)
    with Store(tmp_path / "after.db") as store:
        store.load_case(case)
        store.add(extract_file(article_path))
        moved = [k for k, start in store.conn.execute("SELECT candidate, start FROM events") if k not in before]
        assert moved, "the change to line joining should move the evidence"
        assert orphans(store.conn) == []
        decided = store.conn.execute("SELECT count(*) FROM events WHERE status != 'candidate'").fetchone()[0]
        assert decided == len(case.decisions)  # 100% of the shipped decisions re-anchored and applied
        evidence = store.conn.execute("SELECT count(*) FROM fact_evidence").fetchone()[0]
        merges = sum(d["action"] == "merge" for d in case.decisions)
        assert evidence >= merges


def test_decisions_that_cannot_be_found_are_reported_not_dropped(
    tmp_path: Path, article_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _loosely_joined(monkeypatch, insert="¤")  # a parser that damages the text: the quotes are gone
    db = tmp_path / "kb.db"
    code, out, err = run("init", "--db", str(db), "--with", str(article_path))
    assert code == 0 and "could not be re-anchored" in err
    code, out, err = run("review", "--db", str(db), "--orphans", "--json")
    lost = json.loads(out)
    assert lost and all(o["candidate"] and o["by"].startswith("japan-nato case curators") for o in lost)
    with Store(db) as store:  # still recorded: a later parser may anchor them again
        assert store.conn.execute("SELECT count(*) FROM decisions").fetchone()[0] == len(load_case().decisions)


def _rewrap(text: str, width: int) -> str:
    """The same document with each paragraph's lines broken again at about `width` characters."""
    out = []
    for paragraph in text.split("\n\n"):
        words, line, lines = paragraph.split(), "", []
        for word in words:
            if line and len(line) + 1 + len(word) > width:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}".strip()
        lines.append(line)
        out.append("\n".join(lines))
    return "\n\n".join(out) + "\n"


@pytest.mark.parametrize("width", [24, 37, 61])
def test_decisions_apply_to_a_document_whose_lines_were_rewrapped(tmp_path: Path, width: int) -> None:
    first = tmp_path / "first.db"
    with Store(first) as store:
        store.load_case()
        store.add(extract_file(NEW_DOC))
        exercise, arrangement = candidates(store.conn)
        decide(store.conn, exercise["candidate"], "accept", by="tester")
        decide(store.conn, arrangement["candidate"], "edit", changes={"domain": "institutional"}, by="tester")
    shared = tmp_path / "decisions.json"
    assert run("review", "--db", str(first), "--export-decisions", str(shared))[0] == 0
    rewrapped = tmp_path / "partnership_rewrapped.txt"
    rewrapped.write_text(_rewrap(NEW_DOC.read_text("utf-8"), width), "utf-8")
    assert rewrapped.read_bytes() != NEW_DOC.read_bytes()
    second = tmp_path / "second.db"
    assert run("init", "--db", str(second))[0] == 0
    assert run("review", "--db", str(second), "--import-decisions", str(shared))[0] == 0
    code, _, err = run("ingest", "--db", str(second), str(rewrapped))
    assert code == 0 and "could not be re-anchored" not in err
    with Store(second) as store:
        statuses = sorted(s for (s,) in store.conn.execute("SELECT status FROM events"))
        assert statuses == ["accepted", "accepted"] and orphans(store.conn) == []
        facts = store.timeline(date_from="2026")
    assert [f["domain"] for f in facts if f["date"] == "2026-03-20"] == ["institutional"]


def test_case_facts_span_their_period() -> None:
    for name in shipped_cases():
        case = load_case(name)
        starts = [bounds(f["date"])[0] for f in case.facts]
        assert min(starts) < "2000" and max(starts) >= "2024", name


# ---------------------------------------------------------------- the second shipped case


def test_the_ip4_case_has_sixty_sourced_facts_from_1990_to_2025() -> None:
    case = load_case("nato-ip4")
    assert case.sides == [["NATO"], ["AU", "NZ", "KR"]]
    in_period = [f for f in case.facts if "1990-01-01" <= bounds(f["date"])[0] <= "2025-12-31"]
    assert len(in_period) >= 60
    sources = {s["id"]: s for s in case.sources}
    for s in sources.values():  # every source is public: a URL, a title and a date
        assert s["url"].startswith("http") and len(s["title"]) > 5 and bounds(s["issued"])
    for party in ("AU", "NZ", "KR"):
        mine = [
            f
            for f in case.facts
            if party in {a["id"] for a in f["actors"]} | set(f["involved"])
            or party_members(case, party) & ({a["id"] for a in f["actors"]} | set(f["involved"]))
        ]
        assert len(mine) >= 15, party
    kinds = {a["id"]: a for a in case.agreements}
    for party in ("au", "nz", "kr"):
        for programme in (f"programme:ipcp-{party}", f"programme:itpp-{party}"):
            coded = kinds[programme]["obligations"]
            assert all(v["status"] == "none found" for scheme in coded.values() for v in scheme.values())


@pytest.fixture(scope="module")
def ip4(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("ip4") / "ip4.db"
    code, out, err = run("init", "--db", str(db), "--case", "nato-ip4", "--json")
    assert code == 0, err
    assert json.loads(out)["case"].startswith("nato-ip4 ")
    return db


def test_the_ip4_ladders_reach_each_partnership_step_when_it_happened(ip4: Path) -> None:
    ladders = {lad["id"]: lad for lad in json.loads(run("ladders", "--db", str(ip4), "--json")[1])}
    reached = {
        (lid, s["id"]): s["fact"]["date"] if s["fact"] else None for lid, lad in ladders.items() for s in lad["steps"]
    }
    assert reached["institutional-au", "ipcp"] == "2013-02-21" and reached["institutional-nz", "ipcp"] == "2012-06-04"
    assert reached["institutional-kr", "ipcp"] == "2012-09" and reached["institutional-kr", "itpp"] == "2023-07-11"
    assert reached["institutional-au", "jpd"] == "2012-06-14" and reached["institutional-nz", "itpp"] == "2024"
    for party in ("au", "nz", "kr"):
        assert reached[f"institutional-{party}", "leader-at-summit"] == "2022-06-29"
    assert reached["institutional", "alliance"] is None
    political = ladders["political-dialogue"]
    assert political["highest_by_year"]["2022"]["level"] == "head-of-government"


def test_the_ip4_report_reads_as_its_own_case(ip4: Path, tmp_path: Path) -> None:
    out = tmp_path / "ip4.md"
    assert run("report", "--db", str(ip4), "--format", "md", "--out", str(out))[0] == 0
    text = out.read_text("utf-8")
    assert text.startswith("# NATO's partnerships with Australia, New Zealand and the Republic of Korea")
    for pair in ("NATO–Australia: not an alliance", "NATO–New Zealand: not an alliance", "NATO–South Korea: not an"):
        assert pair in text
    assert "Japan–NATO" not in text and "argument" not in text  # no claims: no argument section
    obligations = json.loads(run("obligations", "--db", str(ip4), "--json")[1])
    assert [d["parties"] for d in obligations["dyads"]] == [["NATO", "AU"], ["NATO", "NZ"], ["NATO", "KR"]]
    assert obligations["alliance"] == {"ATOP": False, "COW": False}
    code, out_json, _ = run("timeline", "--db", str(ip4), "--dyad", "NATO", "New Zealand", "--json")
    assert code == 0 and all("NZ" in json.dumps(f) or "person:" in json.dumps(f) for f in json.loads(out_json))
    assert len(json.loads(out_json)) >= 15


def test_no_module_of_the_knowledge_base_names_a_case_or_its_entities() -> None:
    """Cases are data: the knowledge base, its commands and the report name no case and no entity of one."""
    import re

    names = re.compile(r"\bjapan\b|\bnato\b|\bJP\b|\bAU\b|\bNZ\b|\bKR\b|日本|北约|岸田|ip4", re.IGNORECASE)
    fonts = re.compile(r"(Noto|Source Han) (Sans|Serif)( CJK)? [A-Z]{2}\b")  # a script's region, not a party
    modules = [
        *(ROOT / "allyscope" / "knowledge").glob("*.py"),
        *(ROOT / "allyscope" / "reporting").glob("*.py"),
        ROOT / "allyscope" / "cli_knowledge.py",
    ]
    found = [
        f"{path.name}:{n}: {line.strip()}"
        for path in modules
        for n, line in enumerate(path.read_text("utf-8").splitlines(), 1)
        if names.search(fonts.sub("", line))
    ]
    assert found == []


def test_case_check_lists_every_problem_of_a_folder(tmp_path: Path) -> None:
    folder = _copy_case(tmp_path)
    code, out, _ = run("case", "check", str(folder))
    assert code == 0 and "is sound" in out
    for _file, change, _message in BREAKAGES[:3]:
        _edit(folder, "facts", change)
    code, out, err = run("case", "check", str(folder))
    lines = out.splitlines()
    assert code == 2 and len(lines) == 3 and "3 problems" in err
    assert all(line.startswith(f"{folder}/facts.json: fact ") for line in lines)


def test_indicators_of_one_dyad_count_only_its_facts(ip4: Path) -> None:
    total = json.loads(run("indicators", "--db", str(ip4), "--json")[1])
    counted = {f for cell in total["cells"] for f in cell["facts"]}
    per_partner = {}
    for partner in ("Australia", "New Zealand", "KR"):
        result = json.loads(run("indicators", "--db", str(ip4), "--dyad", "NATO", partner, "--json")[1])
        per_partner[partner] = {f for cell in result["cells"] for f in cell["facts"]}
        assert per_partner[partner] and per_partner[partner] <= counted
    assert all(f.startswith(("nz-", "ip-")) for f in per_partner["New Zealand"])
    assert all(f.startswith(("kr-", "ip-")) for f in per_partner["KR"])
    assert set().union(*per_partner.values()) == counted  # every fact of the case is one partner's or all three's
