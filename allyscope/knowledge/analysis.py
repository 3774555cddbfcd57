"""Ladders and the argument of documents, computed from the knowledge base.

Both are data of the case a database serves (its `ladders.json` and `claims.json`); this module only evaluates
their criteria against reviewed facts and coded agreements, with the case's parties for `source_party` and for
the dyad of a political ladder. A ladder step is reached by the first fact, in date
order, that meets its criteria; a claim's indicator has the status its expectation gives when the same
criteria are run, as of the latest fact. So a new reviewed fact can move a ladder or break a prediction
without a change of code. Criteria are evaluated in Python over the timeline, which suits knowledge bases of
the case's size (thousands of facts); aggregations over millions go through `indicators` and DuckDB.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from allyscope.edtf import query_bound
from allyscope.knowledge.case import Case, case_of, party_members, side_members
from allyscope.knowledge.facts import timeline
from allyscope.vocabulary import LEVELS

Fact = dict[str, Any]


def _members(case: Case) -> dict[str, frozenset[str]]:
    return {party: party_members(case, party) for party in case.parties}


def _entities(fact: Fact) -> set[str]:
    return {a["id"] for a in fact["actors"]} | {i["id"] for i in fact["involved"]}


def _present_obligations(conn: sqlite3.Connection) -> dict[str, list[str]]:
    """`"ATOP:defense"` → ids of agreements coded with that obligation present."""
    found: dict[str, list[str]] = {}
    for (data,) in conn.execute("SELECT data FROM agreements ORDER BY signed"):
        agreement = json.loads(data)
        for scheme, coded in agreement["obligations"].items():
            for name, value in coded.items():
                if value["status"] == "present":
                    found.setdefault(f"{scheme}:{name}", []).append(agreement["id"])
    return found


def meets(fact: Fact, criterion: dict[str, Any], members: dict[str, frozenset[str]] | None = None) -> bool:
    """Whether one fact meets a criterion of ladders.json / claims.json (obligation criteria excepted);
    `members` are the entities of each party (default: the reference case's)."""
    if "any" in criterion:
        return any(meets(fact, c, members) for c in criterion["any"])
    if "fact" in criterion:
        return bool(fact["id"] == criterion["fact"])
    if fact["mode"] != criterion.get("mode", "asserted"):
        return False
    for key in ("type", "cameo", "level"):
        if key in criterion and fact[key] != criterion[key]:
            return False
    if "domain" in criterion:
        allowed = criterion["domain"] if isinstance(criterion["domain"], list) else [criterion["domain"]]
        if fact["domain"] not in allowed:
            return False
    if "after" in criterion and fact["date_start"] <= query_bound(criterion["after"], upper=True):
        return False
    ids = _entities(fact)
    if not set(criterion.get("involves_all", [])) <= ids:
        return False
    if "involves_any" in criterion and not ids & set(criterion["involves_any"]):
        return False
    if "involves_prefix" in criterion and not any(i.startswith(criterion["involves_prefix"]) for i in ids):
        return False
    if "source_party" in criterion:
        if members is None:
            from allyscope.knowledge.case import load_case

            members = _members(load_case())
        source = next((a["id"] for a in fact["actors"] if a["role"] == "source"), None)
        if source not in members.get(criterion["source_party"], frozenset()):
            return False
    return True


def evaluate(
    conn: sqlite3.Connection, facts: list[Fact], criterion: dict[str, Any], members: dict[str, frozenset[str]]
) -> dict[str, Any]:
    """`{"facts": [matching facts, date order], "agreements": [...]}` for one criterion."""
    if "obligation" in criterion:
        return {"facts": [], "agreements": _present_obligations(conn).get(criterion["obligation"], [])}
    return {"facts": [f for f in facts if meets(f, criterion, members)], "agreements": []}


def _brief(fact: Fact) -> dict[str, Any]:
    return {
        "id": fact["id"],
        "date": fact["date"],
        "date_start": fact["date_start"],
        "date_readable": fact["date_readable"],
        "summary": fact["summary"],
    }


def ladders(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Every ladder of the case with each step reached (its first fact or agreement) or not; a political ladder
    also gives the highest level of dialogue between its dyad's parties by year."""
    case = case_of(conn)
    members = _members(case)
    facts = timeline(conn)
    out = []
    for ladder in case.ladders:
        steps = []
        for step in ladder["steps"]:
            found = evaluate(conn, facts, step["match"], members)
            first = found["facts"][0] if found["facts"] else None
            steps.append(
                {
                    "id": step["id"],
                    "label": step["label"],
                    "reached": bool(first or found["agreements"]),
                    "fact": _brief(first) if first else None,
                    "agreements": found["agreements"],
                }
            )
        dyad = list(ladder.get("dyad") or [])
        entry: dict[str, Any] = {
            "id": ladder["id"], "title": ladder["title"], "kind": ladder.get("kind", "other"), "dyad": dyad,
            "steps": steps,
        }  # fmt: skip
        if entry["kind"] == "political":  # between the dyad's parties, or between the case's two sides
            first, second = (members[p] for p in dyad) if len(dyad) == 2 else side_members(case)[:2]
            entry["highest_by_year"] = highest_by_year(facts, first, second)
        out.append(entry)
    return out


def highest_by_year(facts: list[Fact], first: frozenset[str], second: frozenset[str]) -> dict[str, Any]:
    """`{year: {level, fact}}`: the highest office in political dialogue between two parties' members, by year."""
    by_year: dict[str, dict[str, Any]] = {}
    for fact in facts:
        ids = _entities(fact)
        if fact["domain"] != "political-dialogue" or fact["mode"] != "asserted" or not (ids & first and ids & second):
            continue
        year = fact["date_start"][:4]
        best = by_year.get(year)
        if best is None or LEVELS.index(fact["level"]) < LEVELS.index(best["level"]):
            by_year[year] = {"level": fact["level"], "fact": _brief(fact)}
    return dict(sorted(by_year.items()))


def _section_notes(conn: sqlite3.Connection, doc_id: str, section: str) -> list[dict[str, Any]]:
    """Notes cited by markers inside a section (`二、/（一）`: the heading 二、… then its sub-heading （一）…)."""
    from allyscope.store.database import stored_structure

    data = stored_structure(conn, doc_id)
    text = conn.execute("SELECT text FROM documents WHERE id = ?", (doc_id,)).fetchone()[0]
    headings = sorted(data["headings"], key=lambda h: h["start"])
    start, end, level = 0, len(text), 0
    for label in section.split("/"):
        candidates = [
            h for h in headings if start <= h["start"] < end and text[h["start"] : h["end"]].startswith(label)
        ]
        if not candidates:
            return []
        heading = candidates[0]
        start, level = heading["start"], heading["level"]
        later = [h["start"] for h in headings if h["start"] > start and h["level"] <= level]
        end = min([end, *later])
    notes = {n["id"]: n for n in data["footnotes"]}
    cited: list[str] = []
    for marker in data["markers"]:
        if start <= marker["start"] < end:
            cited += [i for i in marker.get("footnotes", []) if i not in cited]
    return [{"id": i, "text": notes[i]["text"]} for i in cited if i in notes]


def claims(conn: sqlite3.Connection, doc: str | None = None) -> list[dict[str, Any]]:
    """Claims of documents with citations, supporting and weakening facts, and indicators with their status."""
    case = case_of(conn)
    members = _members(case)
    facts = timeline(conn)
    by_id = {f["id"]: f for f in facts}
    latest = max((f["date_start"] for f in facts if f["date_end"] < "9999"), default=None)
    out = []
    for document in case.claims:
        row = conn.execute("SELECT id FROM documents WHERE sha256 = ?", (document["sha256"],)).fetchone()
        doc_id = row[0] if row else None
        if doc and doc not in (doc_id, document["sha256"]) and not (doc_id and doc_id.startswith(doc)):
            continue
        for claim in document["claims"]:
            indicators = []
            for indicator in claim.get("indicators", []):
                found = evaluate(conn, facts, indicator["match"], members)
                seen = bool(found["facts"] or found["agreements"])
                met = seen == (indicator["expect"] == "present")
                verdict = ("holds" if met else "contradicted") + (f" as of {latest}" if latest else "")
                indicators.append(
                    {
                        "id": indicator["id"],
                        "label": indicator["label"],
                        "expect": indicator["expect"],
                        "observed": seen,
                        "status": verdict if latest else "unknown: the knowledge base has no facts",
                        "facts": [_brief(f) for f in found["facts"]],
                        "agreements": found["agreements"],
                    }
                )
            status: str | None = None
            if indicators and latest:
                held = [i["status"].startswith("holds") for i in indicators]
                status = "holds" if all(held) else "contradicted" if not any(held) else "mixed"
            elif indicators:
                status = "unknown"
            out.append(
                {
                    "id": claim["id"],
                    "kind": claim["kind"],
                    "summary": claim["summary"],
                    "document": {"sha256": document["sha256"], "id": doc_id, "title": document["title"]},
                    "section": claim["section"],
                    "citations": _section_notes(conn, doc_id, claim["section"]) if doc_id else [],
                    "supports": [_brief(by_id[i]) for i in claim["supports"] if i in by_id],
                    "weakens": [_brief(by_id[i]) for i in claim["weakens"] if i in by_id],
                    "indicators": indicators,
                    "status": status,
                }
            )
    return out
