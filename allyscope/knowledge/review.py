"""Review: extracted events are candidates until a person accepts, merges, edits or rejects them.

Decisions are rows of their own (who, when, what), never edits in place, and they name a candidate by its
document's content hash, sentence offsets and date. So when the same document is ingested again — into this
database or another that holds the decisions — `replay()` finds the same candidates and applies the same
decisions, and a fact is never created from a candidate without a decision behind it.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from typing import Any

from allyscope.edtf import bounds
from allyscope.errors import AllyscopeError, NotFoundError
from allyscope.knowledge.facts import (
    canonical,
    drop_fact,
    get_fact,
    index_fact,
    now,
    put_fact,
    record_decisions,
)
from allyscope.vocabulary import ACTIONS, DOMAINS, LEVELS, MODES, PLOVER_TYPES


class ReviewError(AllyscopeError):
    """A review decision that cannot be applied (unknown candidate or fact, bad edit)."""


EDITABLE = ("date", "type", "cameo", "domain", "mode", "level", "summary")
_LEVEL_OF_OFFICE = {
    "office:jp-pm": "head-of-government",
    "office:nato-sg": "head-of-government",
    "office:jp-fm": "minister",
    "office:jp-chod": "chief-of-defence",
}


def _event(conn: sqlite3.Connection, candidate: str) -> tuple[dict[str, Any], str, str]:
    """(event JSON, document id, status) of a stored candidate."""
    row = conn.execute("SELECT data, doc_id, status FROM events WHERE candidate = ?", (candidate,)).fetchone()
    if row is None:
        rows = conn.execute(
            "SELECT data, doc_id, status FROM events WHERE candidate LIKE ? || '%' OR id = ?", (candidate, candidate)
        ).fetchall()
        if len(rows) != 1:
            raise NotFoundError(f"no single candidate matches {candidate!r} (see 'allyscope review --list')")
        row = rows[0]
    return json.loads(row[0]), str(row[1]), str(row[2])


def level_of(entity_ids: list[str], date: str) -> str:
    """The highest office among the people taking part, at the date (head of government > minister > …)."""
    from allyscope.entities import gazetteer

    g = gazetteer().entities
    start, _, _ = bounds(date)
    best = len(LEVELS) - 2  # "official"
    for ident in entity_ids:
        for role in g.get(ident, {}).get("roles", []):
            if role.get("from", "0000") <= start[: len(role.get("from", ""))] and start < role.get("to", "9999"):
                level = _LEVEL_OF_OFFICE.get(role["office"])
                if level:
                    best = min(best, LEVELS.index(level))
    return LEVELS[best]


def suggestions(conn: sqlite3.Connection, event: dict[str, Any], limit: int = 3) -> list[dict[str, Any]]:
    """Facts this candidate may duplicate: overlapping dates and shared entities, best first, with reasons."""
    start, end, _ = bounds(event["date"])
    ids = {canonical(conn, i) for i in [*event["actors"], *event["involved"]]}
    rows = conn.execute(
        "SELECT num, id, date, date_start, date_end, type, domain, summary FROM facts"
        " WHERE date_end >= ? AND date_start <= ?",
        (start, end),
    ).fetchall()
    scored = []
    for num, fact_id, date, f_start, f_end, type_, domain, summary in rows:
        theirs = {
            canonical(conn, r[0]) for r in conn.execute("SELECT entity_id FROM fact_actors WHERE fact_num = ?", (num,))
        }
        shared = sorted(ids & theirs)
        if not shared:
            continue
        same_span = (f_start, f_end) == (start, end)
        score = len(shared) + (2 if same_span else 0) + (1 if type_ == event["type"] else 0)
        score += 1 if domain == event["domain"] else 0
        reasons = [f"shares {', '.join(shared)}", "same date" if same_span else f"date {date} overlaps"]
        if type_ == event["type"]:
            reasons.append(f"same type {type_}")
        scored.append((score, fact_id, date, summary, reasons))
    scored.sort(key=lambda s: (-s[0], s[1]))
    return [{"fact": f, "date": d, "summary": s, "score": sc, "why": r} for sc, f, d, s, r in scored[:limit]]


def candidates(
    conn: sqlite3.Connection, *, doc: str | None = None, status: str | None = "candidate"
) -> list[dict[str, Any]]:
    """Stored events with their review status and the facts each may duplicate, in document and text order."""
    sql = "SELECT data, status, candidate FROM events"
    where, args = [], []
    if doc:
        where.append("doc_id = ?")
        args.append(doc)
    if status:
        where.append("status = ?")
        args.append(status)
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY doc_id, start, id"
    out = []
    for data, state, key in conn.execute(sql, args).fetchall():
        event = json.loads(data)
        event["candidate"] = key
        event["status"] = state
        event["suggestions"] = suggestions(conn, event)
        out.append(event)
    return out


def decide(
    conn: sqlite3.Connection,
    candidate: str,
    action: str,
    *,
    fact: str | None = None,
    changes: dict[str, str] | None = None,
    reason: str | None = None,
    by: str,
) -> dict[str, Any]:
    """Record a decision on one candidate and apply it, in one transaction; what it did."""
    if action not in ACTIONS:
        raise ReviewError(f"unknown action {action!r} (one of {', '.join(ACTIONS)})")
    event, doc_id, _ = _event(conn, candidate)
    key = event["candidate"]
    sha = conn.execute("SELECT sha256 FROM documents WHERE id = ?", (doc_id,)).fetchone()[0]
    if action == "merge" and not fact:
        raise ReviewError("merge needs the fact to merge into (--merge FACT_ID)")
    if action == "edit" and not changes:
        raise ReviewError("edit needs at least one change (--set FIELD=VALUE)")
    _check_changes(changes or {})
    conn.execute("BEGIN IMMEDIATE")
    try:
        cursor = conn.execute(
            "INSERT INTO decisions (candidate, doc_sha, action, fact_id, changes, reason, by, at)"
            " VALUES (?,?,?,?,?,?,?,?)",
            (key, sha, action, fact, json.dumps(changes, ensure_ascii=False) if changes else None, reason, by, now()),
        )
        result = _apply(conn, int(cursor.lastrowid or 0), event, doc_id, action, fact, changes or {}, by)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return result


def _check_changes(changes: dict[str, str]) -> None:
    allowed = {"type": PLOVER_TYPES, "domain": DOMAINS, "mode": MODES, "level": LEVELS}
    for name, value in changes.items():
        if name not in EDITABLE:
            raise ReviewError(f"cannot edit {name!r} (editable: {', '.join(EDITABLE)})")
        if name in allowed and value not in allowed[name]:
            raise ReviewError(f"{name} {value!r} is not one of {', '.join(allowed[name])}")
        if name == "date":
            bounds(value)


def _doc_source(conn: sqlite3.Connection, doc_id: str) -> str:
    """The source row standing for a stored document, created the first time a fact cites it."""
    ident = f"doc:{doc_id}"
    title, source = conn.execute("SELECT title, source FROM documents WHERE id = ?", (doc_id,)).fetchone()
    data = {"id": ident, "type": "document", "title": title or source, "document": doc_id}
    conn.execute(
        "INSERT OR IGNORE INTO sources VALUES (?,?,?,?,?,?)",
        (ident, "document", title or source, None, None, json.dumps(data, ensure_ascii=False)),
    )
    return ident


def _add_evidence(conn: sqlite3.Connection, fact_id: str, event: dict[str, Any], doc_id: str, decision: int) -> None:
    num = conn.execute("SELECT num FROM facts WHERE id = ?", (fact_id,)).fetchone()
    if num is None:
        raise ReviewError(f"no fact {fact_id!r} to merge into")
    ev = event["evidence"]
    conn.execute(
        "INSERT OR REPLACE INTO fact_evidence VALUES (?,?,?,?,?,?,?,?)",
        (num[0], doc_id, event["candidate"], ev["start"], ev["end"], ev["text"], json.dumps(ev["footnotes"]), decision),
    )
    source = _doc_source(conn, doc_id)
    exists = conn.execute(
        "SELECT 1 FROM fact_sources WHERE fact_num = ? AND source_id = ?", (num[0], source)
    ).fetchone()
    if not exists:
        conn.execute("INSERT INTO fact_sources VALUES (?,?,?)", (num[0], source, f"sentence {ev['start']}-{ev['end']}"))
    index_fact(conn, num[0])


def accepted_id(candidate: str) -> str:
    """The id of the fact a candidate becomes when accepted (the same in every database)."""
    return "rv-" + hashlib.sha256(candidate.encode()).hexdigest()[:12]


def _undo(conn: sqlite3.Connection, key: str) -> None:
    """Take back what an earlier decision on this candidate did, so that a new decision replaces it:
    its evidence goes, and the fact it was accepted as goes unless other evidence still stands on it."""
    pairs = conn.execute("SELECT DISTINCT fact_num, doc_id FROM fact_evidence WHERE candidate = ?", (key,)).fetchall()
    touched = [num for num, _ in pairs]
    conn.execute("DELETE FROM fact_evidence WHERE candidate = ?", (key,))
    for num, doc_id in pairs:  # the document stops being a source of a fact none of its sentences supports now
        if not conn.execute("SELECT 1 FROM fact_evidence WHERE fact_num = ? AND doc_id = ?", (num, doc_id)).fetchone():
            conn.execute("DELETE FROM fact_sources WHERE fact_num = ? AND source_id = ?", (num, f"doc:{doc_id}"))
    row = conn.execute("SELECT num FROM facts WHERE id = ? AND origin = 'review'", (accepted_id(key),)).fetchone()
    if row and not conn.execute("SELECT 1 FROM fact_evidence WHERE fact_num = ?", (row[0],)).fetchone():
        drop_fact(conn, row[0])
    for num in touched:
        if conn.execute("SELECT 1 FROM facts WHERE num = ?", (num,)).fetchone():
            index_fact(conn, num)


def _apply(
    conn: sqlite3.Connection,
    decision: int,
    event: dict[str, Any],
    doc_id: str,
    action: str,
    fact: str | None,
    changes: dict[str, str],
    by: str,
) -> dict[str, Any]:
    key = event["candidate"]
    _undo(conn, key)
    if action == "reject":
        conn.execute("UPDATE events SET status = 'rejected' WHERE candidate = ?", (key,))
        return {"candidate": key, "action": action}
    if action == "merge":
        assert fact is not None
        _add_evidence(conn, fact, event, doc_id, decision)
        conn.execute("UPDATE events SET status = 'merged' WHERE candidate = ?", (key,))
        return {"candidate": key, "action": action, "fact": fact}
    new_id = fact or accepted_id(key)
    roles = event.get("roles", {})
    actors = [{"id": i, "role": next((r for r, v in roles.items() if v == i), "participant")} for i in event["actors"]]
    new = {
        "id": new_id,
        "date": event["date"],
        "type": event["type"],
        "cameo": event["cameo"],
        "domain": event["domain"],
        "mode": event["mode"],
        "level": level_of(event["actors"], event["date"]),
        "actors": actors,
        "involved": event["involved"],
        "summary": event["summary"],
        "sources": [
            {
                "source": _doc_source(conn, doc_id),
                "locator": f"sentence {event['evidence']['start']}-{event['evidence']['end']}",
            }
        ],
    } | changes
    if new.get("type") == "OTHER":
        new["cameo"] = None
    put_fact(conn, new, origin="review", by=by, at=now(), index=False)
    _add_evidence(conn, new_id, event, doc_id, decision)
    conn.execute("UPDATE events SET status = 'accepted' WHERE candidate = ?", (key,))
    return {"candidate": key, "action": action, "fact": new_id}


def replay(conn: sqlite3.Connection, doc_id: str | None = None) -> dict[str, int]:
    """Apply the latest decision of every candidate of stored documents (or one document) that has one."""
    sql = (
        "SELECT d.id, d.candidate, d.action, d.fact_id, d.changes, d.by, e.doc_id, e.data FROM decisions d "
        "JOIN events e ON e.candidate = d.candidate "
        "WHERE d.id = (SELECT max(id) FROM decisions x WHERE x.candidate = d.candidate)"
    )
    args: list[Any] = []
    if doc_id:
        sql += " AND e.doc_id = ?"
        args.append(doc_id)
    counts = dict.fromkeys(ACTIONS, 0)
    rows = conn.execute(sql, args).fetchall()
    if not rows:
        return counts
    conn.execute("BEGIN IMMEDIATE")
    try:
        for decision, key, action, fact, changes, by, doc, data in rows:
            event = json.loads(data) | {"candidate": key}
            _apply(conn, decision, event, doc, action, fact, json.loads(changes) if changes else {}, by)
            counts[action] += 1
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return counts


def decision_history(conn: sqlite3.Connection, candidate: str) -> list[dict[str, Any]]:
    keys = ("id", "candidate", "action", "fact", "changes", "reason", "by", "at")
    rows = conn.execute(
        "SELECT id, candidate, action, fact_id, changes, reason, by, at FROM decisions WHERE candidate = ? ORDER BY id",
        (candidate,),
    ).fetchall()
    return [dict(zip(keys, r, strict=True)) for r in rows]


def export_decisions(conn: sqlite3.Connection) -> dict[str, Any]:
    """Every decision, oldest first, in the form `import_decisions` reads (and the case's decisions.json uses)."""
    keys = ("candidate", "doc_sha", "action", "fact", "changes", "reason", "by", "at")
    rows = conn.execute(
        "SELECT candidate, doc_sha, action, fact_id, changes, reason, by, at FROM decisions ORDER BY id"
    ).fetchall()
    decisions = []
    for row in rows:
        item = {k: v for k, v in zip(keys, row, strict=True) if v is not None}
        if "changes" in item:
            item["changes"] = json.loads(item["changes"])
        decisions.append(item)
    return {"version": 1, "about": "allyscope review decisions", "decisions": decisions}


def import_decisions(conn: sqlite3.Connection, data: dict[str, Any]) -> dict[str, int]:
    """Add decisions exported from another database (those already here are skipped), then replay them."""
    if not isinstance(data, dict) or not isinstance(data.get("decisions"), list):
        raise ReviewError("not a decisions file: expected an object with a 'decisions' list")
    for d in data["decisions"]:
        missing = [k for k in ("candidate", "doc_sha", "action", "by", "at") if k not in d]
        if missing or d["action"] not in ACTIONS:
            raise ReviewError(f"decision {d.get('candidate', '?')}: missing {', '.join(missing) or 'a known action'}")
    conn.execute("BEGIN IMMEDIATE")
    try:
        added = record_decisions(conn, data["decisions"], by="", at="")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return {"added": added, **replay(conn)}


__all__ = [
    "ReviewError",
    "candidates",
    "decide",
    "decision_history",
    "export_decisions",
    "get_fact",
    "import_decisions",
    "replay",
    "suggestions",
]
