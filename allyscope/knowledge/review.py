"""Review: extracted events are candidates until a person accepts, merges, edits or rejects them.

Decisions are rows of their own (who, when, what), never edits in place. Each keeps the name of the candidate it
was taken on and a target anchored like a W3C Web Annotation (`anchors`): the document by content, the evidence by
its quote and, as a hint, its position. So when the same document is ingested again — into this database or
another that holds the decisions, by this parser or a later one that joins lines differently — `replay()` finds
the candidate by its quote and applies the decision; a decision whose quote is nowhere is an orphan, listed by
`orphans()` (`allyscope review --orphans`), never dropped in silence. A fact is never created from a candidate
without a decision behind it, and a candidate without a decision is simply pending.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
import sqlite3
from collections.abc import Callable
from typing import Any

from allyscope.edtf import bounds
from allyscope.errors import AllyscopeError, NotFoundError
from allyscope.knowledge.anchors import Candidate, Squeezed, locate, make_target, text_digest
from allyscope.knowledge.case import case_of
from allyscope.knowledge.facts import (
    drop_fact,
    get_fact,
    index_fact,
    now,
    put_fact,
    record_decisions,
)
from allyscope.store.event_rows import SELECT as EVENT_SELECT
from allyscope.store.event_rows import WIDTH, event_json, with_evidence
from allyscope.vocabulary import ACTIONS, DOMAINS, LEVELS, MODES, PLOVER_TYPES


class ReviewError(AllyscopeError):
    """A review decision that cannot be applied (unknown candidate or fact, bad edit)."""


class DecisionConflict(ReviewError):
    """Another reviewer decided on the candidate after this one looked at it: nothing was recorded."""

    exit_status = 1
    code = "conflict"


_SHORT_DOC = re.compile(r"([0-9a-f]{6,}):(\d+-\d+:[^%_]+)")
"""A candidate id whose document part is shortened (`DOC:START-END:DATE`, DOC a prefix of the document's key)."""

EDITABLE = ("date", "type", "cameo", "domain", "mode", "level", "summary")


def _event(conn: sqlite3.Connection, candidate: str) -> tuple[dict[str, Any], str, str]:
    """(event JSON, document id, status) of a stored candidate."""
    select = f"SELECT {EVENT_SELECT}, e.doc_id, e.status FROM events e"
    row = conn.execute(f"{select} WHERE e.candidate = ?", (candidate,)).fetchone()
    if row is None:
        rows = conn.execute(f"{select} WHERE e.candidate LIKE ? || '%' OR e.id = ?", (candidate, candidate)).fetchall()
        shortened = _SHORT_DOC.fullmatch(candidate)
        if not rows and shortened:  # the document's id as `docs` and exports print it, shorter than the key's
            rows = conn.execute(
                f"{select} WHERE e.candidate LIKE ? || '%:' || ?", (shortened.group(1), shortened.group(2))
            ).fetchall()
        if not rows:
            raise NotFoundError(f"no candidate matches {candidate!r} (see 'allyscope review --list')")
        if len(rows) > 1:
            raise NotFoundError(
                f"{len(rows)} candidates match {candidate!r}: give more of its id (see 'allyscope review --list')"
            )
        row = rows[0]
    return with_evidence(conn, [event_json(row)])[0], str(row[WIDTH]), str(row[WIDTH + 1])


def level_of(entity_ids: list[str], date: str, office_levels: dict[str, str]) -> str:
    """The highest office among the people taking part, at the date (head of government > minister > …);
    which office ranks how is the case's data (`office_levels` of case.json)."""
    from allyscope.entities import gazetteer

    g = gazetteer().entities
    start, _, _ = bounds(date)
    best = len(LEVELS) - 2  # "official"
    for ident in entity_ids:
        for role in g.get(ident, {}).get("roles", []):
            if role.get("from", "0000") <= start[: len(role.get("from", ""))] and start < role.get("to", "9999"):
                level = office_levels.get(role["office"])
                if level:
                    best = min(best, LEVELS.index(level))
    return LEVELS[best]


SUGGESTION_READS = 10  # facts read per entity and per scan of a candidate's suggestions: bounded, not a scan


Merges = tuple[Callable[[str], str], Callable[[str], list[str]]]


def _canonical_of(conn: sqlite3.Connection) -> Merges:
    """`canonical` for many entities: the live merges read once, then followed in memory."""
    latest: dict[str, str] = {}
    live = "SELECT entity_id, into_id FROM entity_merges WHERE undone_at IS NULL ORDER BY id"
    for entity, into in conn.execute(live):
        latest[str(entity)] = str(into)
    merged_into: dict[str, list[str]] = {}
    for entity, into in latest.items():
        merged_into.setdefault(into, []).append(entity)

    def canonical_id(ident: str) -> str:
        seen = {ident}
        while ident in latest and latest[ident] not in seen:
            ident = latest[ident]
            seen.add(ident)
        return ident

    def members_of(root: str) -> list[str]:
        found, frontier = [root], [root]
        while frontier:
            frontier = [e for f in frontier for e in merged_into.get(f, []) if e not in found]
            found += frontier
        return found

    return canonical_id, members_of


def _days_before(day: str, days: int) -> str:
    from datetime import date, timedelta

    try:
        return (date.fromisoformat(day) - timedelta(days=days)).isoformat()
    except ValueError:  # a bound outside the calendar (0000-01-01): nothing starts before it
        return day


_ENTITIES_PER_QUERY = 100  # three parts each: SQLite allows 500 parts in a compound


@functools.lru_cache(maxsize=128)
def _suggestion_union(count: int, reads: int) -> str:
    """The query of `suggestions` for `count` entities: the same text for the same count, so that SQLite's cache
    of prepared statements keeps it (preparing a union of a hundred parts anew for each candidate of a review
    page cost more than running it)."""
    arms = [
        "SELECT num FROM timeline_actors WHERE entity_id = ? AND date_start >= ? AND date_start <= ?"
        f" ORDER BY date_start, num LIMIT {reads}",
        "SELECT num FROM timeline_actors WHERE entity_id = ? AND domain = ? AND type = ? AND date_start >= ?"
        f" AND date_start <= ? ORDER BY date_start, num LIMIT {reads}",
        "SELECT num FROM timeline_actors WHERE entity_id = ? AND date_start >= ? AND date_start < ?"
        f" ORDER BY date_start DESC, num DESC LIMIT {reads}",
    ] * count
    return " UNION ".join(f"SELECT num FROM ({arm}) AS a{i}" for i, arm in enumerate(arms))


def suggestions(
    conn: sqlite3.Connection, event: dict[str, Any], limit: int = 3, merges: Merges | None = None
) -> list[dict[str, Any]]:
    """Facts this candidate may duplicate: overlapping dates and shared entities, best first, with reasons.

    Found by index, a bounded number per entity (SUGGESTION_READS each): the entity's facts that start within the
    candidate's dates (those starting on its first day first, and apart those of its domain and type), and those
    that start up to LONG_DAYS before it, nearest first. Reading every fact of overlapping dates and then each
    one's actors made a review page over 600,000 events take minutes. Facts longer than LONG_DAYS that started
    before the candidate are not suggested (few: decades, open ranges)."""
    from allyscope.knowledge.facts import LONG_DAYS

    start, end, _ = bounds(event["date"])
    canonical_id, members_of = merges or _canonical_of(conn)
    ids = {canonical_id(i) for i in [*event["actors"], *event["involved"]]}
    scope = sorted({m for root in ids for m in members_of(root)})
    args: list[Any] = []
    for ident in scope:  # one query: per entity, three index scans of a few rows each
        args += [ident, start, end, ident, event["domain"], event["type"], start, end]
        args += [ident, _days_before(start, LONG_DAYS), start]
    nums: set[int] = set()
    for first in range(0, len(scope), _ENTITIES_PER_QUERY):  # within SQLite's limit on a compound's parts
        count = min(_ENTITIES_PER_QUERY, len(scope) - first)
        part = args[first * 11 : (first + count) * 11]
        nums.update(int(r[0]) for r in conn.execute(_suggestion_union(count, SUGGESTION_READS), part))
    if not nums:
        return []
    marks = ",".join("?" * len(nums))
    rows = conn.execute(  # the facts whose dates overlap, before their actors are read
        f"SELECT num, id, date, date_start, date_end, type, domain, summary FROM facts WHERE num IN ({marks})"
        " AND date_end >= ? AND date_start <= ?",
        [*nums, start, end],
    ).fetchall()
    if not rows:
        return []
    actors: dict[int, set[str]] = {}
    marks = ",".join("?" * len(rows))
    sql = f"SELECT fact_num, entity_id FROM fact_actors WHERE fact_num IN ({marks})"
    for num, entity in conn.execute(sql, [r[0] for r in rows]):
        actors.setdefault(int(num), set()).add(canonical_id(str(entity)))
    scored = []  # scored first, the reasons told only for the best `limit` (a page scores some 600 facts)
    for num, fact_id, date, f_start, f_end, type_, domain, summary in rows:
        shared = ids & actors.get(int(num), set())
        if not shared:
            continue
        same_span = f_start == start and f_end == end
        score = len(shared) + (2 if same_span else 0) + (1 if type_ == event["type"] else 0)
        score += 1 if domain == event["domain"] else 0
        scored.append((-score, fact_id, date, summary, shared, same_span, type_))
    scored.sort(key=lambda s: (s[0], s[1]))
    out = []
    for minus, fact_id, date, summary, shared, same_span, type_ in scored[:limit]:
        reasons = [f"shares {', '.join(sorted(shared))}", "same date" if same_span else f"date {date} overlaps"]
        if type_ == event["type"]:
            reasons.append(f"same type {type_}")
        out.append({"fact": fact_id, "date": date, "summary": summary, "score": -minus, "why": reasons})
    return out


_QUEUE_SELECT = (
    f"SELECT {EVENT_SELECT}, e.status, (SELECT max(x.id) FROM decisions x WHERE x.candidate = e.candidate)"
    " FROM events e"
)


def candidates(
    conn: sqlite3.Connection,
    *,
    doc: str | None = None,
    status: str | None = "candidate",
    after: tuple[Any, ...] | None = None,
    limit: int | None = None,
    known: Any = None,
) -> list[dict[str, Any]]:
    """Stored events with their review status and the facts each may duplicate, in document and text order;
    with `after` (an event's doc_id, start, id) and `limit`, the page of them that follows it (keyset paging;
    suggestions are looked up for the page's events only; `known`: see `_suggested`)."""
    if after is not None or limit is not None:
        rows = _queue_page(conn, doc, status, after, limit)
    else:
        sql, where, args = _QUEUE_SELECT, [], []
        if doc:
            where.append("e.doc_id = ?")
            args.append(doc)
        if status:
            where.append("e.status = ?")
            args.append(status)
        if where:
            sql += " WHERE " + " AND ".join(where)
        rows = conn.execute(sql + " ORDER BY e.doc_id, e.start, e.id", args).fetchall()
    merges = _canonical_of(conn)
    out = []
    for row in rows:
        event = event_json(row)
        key, (state, latest) = row[11], row[WIDTH:]
        event["candidate"] = key
        event["status"] = state
        event["decision"] = latest or 0  # the decision in force; `decide(seen=...)` is refused once it changed
        event["suggestions"] = _suggested(conn, event, merges, known)
        out.append(event)
    return with_evidence(conn, out)


def _suggested(conn: sqlite3.Connection, event: dict[str, Any], merges: Merges, known: Any) -> list[dict[str, Any]]:
    """`suggestions` of `event`, from `known` (a `Memo` kept while the database does not change) when a candidate
    of the same date, entities, domain and type asked already: they are all it depends on."""
    if known is None:
        return suggestions(conn, event, merges=merges)
    key = (event["date"], event["domain"], event["type"], frozenset([*event["actors"], *event["involved"]]))
    found = known.get(key)
    if found is None:  # made once however many readers ask at once (web/cache.py `Memo.made`)
        found = known.made(key, lambda: suggestions(conn, event, merges=merges))
    return [dict(s, why=list(s["why"])) for s in found]  # a copy: a caller may change what it is given


_DOCS_PER_READ = 100  # documents read at a time by a page of the queue


def _queue_page(
    conn: sqlite3.Connection, doc: str | None, status: str | None, after: tuple[Any, ...] | None, limit: int | None
) -> list[Any]:
    """The rows of one page of the queue, document by document in id order, each document's events in text order.

    Events have no index by document; their candidate keys do, and every key begins with its document's content
    hash (`candidate_key`), so a document's events are one range of `events_by_candidate`. A page reads the
    documents it covers (usually one or two), not every event sorted."""
    first = str(after[0]) if after is not None else ""
    if doc:
        first = max(first, doc)
    out: list[Any] = []
    docs = "SELECT id, sha256 FROM documents WHERE id >= ?" + (" AND id = ?" if doc else "")
    docs += f" ORDER BY id LIMIT {int(_DOCS_PER_READ)}"
    while limit is None or len(out) < limit:
        batch = conn.execute(docs, (first, doc) if doc else (first,)).fetchall()
        for ident, sha in batch:
            prefix = str(sha)[:16]
            sql = f"{_QUEUE_SELECT} WHERE e.candidate >= ? AND e.candidate < ? AND e.doc_id = ?"
            args: list[Any] = [f"{prefix}:", f"{prefix};", ident]
            if status:
                sql += " AND e.status = ?"
                args.append(status)
            rows = conn.execute(sql + " ORDER BY e.start, e.id", args).fetchall()
            if after is not None and ident == after[0]:
                rows = [r for r in rows if (int(r[9]), str(r[0])) > (int(after[1]), str(after[2]))]
            out.extend(rows)
            if limit is not None and len(out) >= limit:
                return out[:limit]
        if len(batch) < _DOCS_PER_READ:
            break
        first = str(batch[-1][0])
        docs = docs.replace("id >= ?", "id > ?")  # the next documents (the events' query is `sql`)
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
    seen: int | None = None,
) -> dict[str, Any]:
    """Record a decision on one candidate and apply it, in one transaction; what it did.

    `seen` is the decision in force when the reviewer looked (`candidates()` gives it as `decision`, 0 for none):
    when another reviewer has decided since, `DecisionConflict` is raised and nothing is recorded, so that two
    people deciding on one candidate at once never overwrite each other unknowingly. The check runs inside the
    writing transaction, which writers enter one at a time (in PostgreSQL too: see `allyscope.store.postgres`)."""
    if action not in ACTIONS:
        raise ReviewError(f"unknown action {action!r} (one of {', '.join(ACTIONS)})")
    event, doc_id, _ = _event(conn, candidate)
    key = event["candidate"]
    sha, text = conn.execute("SELECT sha256, text FROM documents WHERE id = ?", (doc_id,)).fetchone()
    evidence = event["evidence"]
    target = make_target(sha, text, evidence["start"], evidence["end"], event["date"], exact=True)
    if action == "merge" and not fact:
        raise ReviewError("merge needs the fact to merge into (--merge FACT_ID)")
    if action == "edit" and not changes:
        raise ReviewError("edit needs at least one change (--set FIELD=VALUE)")
    _check_changes(changes or {})
    conn.execute("BEGIN IMMEDIATE")
    try:
        if seen is not None:
            _check_seen(conn, key, seen)
        cursor = conn.execute(
            "INSERT INTO decisions (candidate, doc_sha, action, fact_id, changes, reason, by, at, target, text_digest)"
            " VALUES (?,?,?,?,?,?,?,?,?,?)",
            (
                key, sha, action, fact, json.dumps(changes, ensure_ascii=False) if changes else None, reason, by,
                now(), json.dumps(target, ensure_ascii=False), target["source"]["text_digest"],
            ),
        )  # fmt: skip
        result = _apply(conn, int(cursor.lastrowid or 0), event, doc_id, action, fact, changes or {}, by, key)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return result


def _check_seen(conn: sqlite3.Connection, key: str, seen: int) -> None:
    row = conn.execute(
        "SELECT id, action, by, at FROM decisions WHERE candidate = ? ORDER BY id DESC LIMIT 1", (key,)
    ).fetchone()
    latest = int(row[0]) if row else 0
    if latest != seen:
        what = f"{row[2]} decided {row[1]} at {row[3]} (decision {latest})" if row else "its decision was withdrawn"
        raise DecisionConflict(
            f"{key}: {what} after you looked (you saw decision {seen}); nothing recorded — reload and decide again"
        )


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


def _undo(conn: sqlite3.Connection, key: str, name: str) -> None:
    """Take back what an earlier decision on this candidate did, so that a new decision replaces it:
    its evidence goes, and the fact it was accepted as (named after the decision's candidate `name`) goes
    unless other evidence still stands on it."""
    pairs = conn.execute("SELECT DISTINCT fact_num, doc_id FROM fact_evidence WHERE candidate = ?", (key,)).fetchall()
    touched = [num for num, _ in pairs]
    conn.execute("DELETE FROM fact_evidence WHERE candidate = ?", (key,))
    for num, doc_id in pairs:  # the document stops being a source of a fact none of its sentences supports now
        if not conn.execute("SELECT 1 FROM fact_evidence WHERE fact_num = ? AND doc_id = ?", (num, doc_id)).fetchone():
            conn.execute("DELETE FROM fact_sources WHERE fact_num = ? AND source_id = ?", (num, f"doc:{doc_id}"))
    row = conn.execute("SELECT num FROM facts WHERE id = ? AND origin = 'review'", (accepted_id(name),)).fetchone()
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
    name: str,
) -> dict[str, Any]:
    """Apply one decision to the candidate `event` it anchors to; `name` is the candidate it was taken on (the
    same when the parser has not changed), which names the fact an accepted candidate becomes."""
    key = event["candidate"]
    _undo(conn, key, name)
    if action == "reject":
        conn.execute("UPDATE events SET status = 'rejected' WHERE candidate = ?", (key,))
        return {"candidate": key, "action": action}
    if action == "merge":
        assert fact is not None
        _add_evidence(conn, fact, event, doc_id, decision)
        conn.execute("UPDATE events SET status = 'merged' WHERE candidate = ?", (key,))
        return {"candidate": key, "action": action, "fact": fact}
    new_id = fact or accepted_id(name)
    roles = event.get("roles", {})
    actors = [{"id": i, "role": next((r for r, v in roles.items() if v == i), "participant")} for i in event["actors"]]
    new = {
        "id": new_id,
        "date": event["date"],
        "type": event["type"],
        "cameo": event["cameo"],
        "domain": event["domain"],
        "mode": event["mode"],
        "level": level_of(event["actors"], event["date"], case_of(conn).office_levels),
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


def _documents_with_decisions(conn: sqlite3.Connection, doc_id: str | None) -> list[tuple[str, str, str]]:
    """(id, raw SHA-256, clean text) of stored documents some decision may target: by raw hash, or by the digest
    of their text when a decision's raw hash matches no stored document (the file was re-wrapped)."""
    if doc_id:
        return conn.execute("SELECT id, sha256, text FROM documents WHERE id = ?", (doc_id,)).fetchall()
    stray = conn.execute(
        "SELECT 1 FROM decisions WHERE text_digest IS NOT NULL AND doc_sha NOT IN (SELECT sha256 FROM documents)"
    ).fetchone()
    where = "" if stray else " WHERE sha256 IN (SELECT doc_sha FROM decisions)"
    return conn.execute(f"SELECT id, sha256, text FROM documents{where} ORDER BY id").fetchall()


def anchor(conn: sqlite3.Connection, doc_id: str, sha: str, text: str) -> tuple[dict[str, tuple[Any, ...]], list[Any]]:
    """Anchor the latest decision of every candidate name targeting one document: `{event key: decision row}`
    (a later decision on the same evidence wins) and the decision rows that anchor nowhere (orphans)."""
    digest = text_digest(text)
    rows = conn.execute(
        "SELECT d.id, d.candidate, d.action, d.fact_id, d.changes, d.by, d.target, d.reason, d.at FROM decisions d "
        "WHERE (d.doc_sha = ? OR d.text_digest = ?) "
        "AND d.id = (SELECT max(id) FROM decisions x WHERE x.candidate = d.candidate) ORDER BY d.id",
        (sha, digest),
    ).fetchall()
    if not rows:
        return {}, []
    events = [
        Candidate(key, date, start, end)
        for key, date, start, end in conn.execute(
            'SELECT candidate, date, start, "end" FROM events WHERE doc_id = ? ORDER BY start, candidate', (doc_id,)
        )
    ]
    keys = {c.key for c in events}
    squeezed = Squeezed(text)
    anchored: dict[str, tuple[Any, ...]] = {}
    orphaned: list[Any] = []
    claimed: dict[str, set[str]] = {}  # equal quotes (two events of one sentence and date) go one to each
    for row in rows:
        name, target = row[1], json.loads(row[6]) if row[6] else None
        if target is None:  # a decision recorded before anchors: its name is its only anchor
            key = name if name in keys else None
        else:
            group = json.dumps([target["date"], target["selector"][0]], sort_keys=True)
            taken = claimed.setdefault(group, set())
            key = name if name in keys and name not in taken and sha == target["source"]["sha256"] else None
            key = key or locate(target, events, squeezed, taken)
            if key:
                taken.add(key)
        if key is None:
            orphaned.append(row)
        else:
            anchored[key] = row
    return anchored, orphaned


def replay(conn: sqlite3.Connection, doc_id: str | None = None) -> dict[str, int]:
    """Apply the latest decision of every candidate of stored documents (or one document) that has one,
    re-anchoring each by its quote; see `orphans()` for those that anchor nowhere."""
    counts = dict.fromkeys(ACTIONS, 0)
    work = []
    for ident, sha, text in _documents_with_decisions(conn, doc_id):
        anchored, _ = anchor(conn, ident, sha, text)
        work += [(ident, key, row) for key, row in anchored.items()]
    if not work:
        return counts
    conn.execute("BEGIN IMMEDIATE")
    try:
        for ident, key, row in work:
            decision, name, action, fact, changes, by = row[:6]
            row = conn.execute(f"SELECT {EVENT_SELECT} FROM events e WHERE e.candidate = ?", (key,)).fetchone()
            event = with_evidence(conn, [event_json(row)])[0] | {"candidate": key}
            _apply(conn, decision, event, ident, action, fact, json.loads(changes) if changes else {}, by, name)
            counts[action] += 1
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return counts


def orphans(conn: sqlite3.Connection, doc_id: str | None = None) -> list[dict[str, Any]]:
    """Decisions on stored documents whose evidence can no longer be found (the quote is gone from the text, or
    no candidate with its date holds it): reported, never dropped, so that a person can decide again."""
    out = []
    for ident, sha, text in _documents_with_decisions(conn, doc_id):
        _, orphaned = anchor(conn, ident, sha, text)
        for decision, name, action, fact, _changes, by, target, reason, at in orphaned:
            found = json.loads(target) if target else {}
            hint: dict[str, Any] = next(
                (s for s in found.get("selector", []) if s["type"] == "TextPositionSelector"), {}
            )
            out.append(
                {
                    "decision": decision, "document": ident, "candidate": name, "action": action, "fact": fact,
                    "date": found.get("date"), "was_at": [hint.get("start"), hint.get("end")], "by": by, "at": at,
                    "reason": reason,
                }
            )  # fmt: skip
    return out


def orphan_count(db: str | os.PathLike[str] | None, doc_ids: list[str]) -> int:
    """How many decisions on these stored documents anchor nowhere (for the line `ingest` prints)."""
    from allyscope.store import Store

    with Store(db) as store:
        return sum(len(orphans(store.conn, ident)) for ident in doc_ids)


def decision_history(conn: sqlite3.Connection, candidate: str) -> list[dict[str, Any]]:
    keys = ("id", "candidate", "action", "fact", "changes", "reason", "by", "at")
    rows = conn.execute(
        "SELECT id, candidate, action, fact_id, changes, reason, by, at FROM decisions WHERE candidate = ? ORDER BY id",
        (candidate,),
    ).fetchall()
    return [dict(zip(keys, r, strict=True)) for r in rows]


def export_decisions(conn: sqlite3.Connection) -> dict[str, Any]:
    """Every decision, oldest first, in the form `import_decisions` reads (and the case's decisions.json uses)."""
    keys = ("candidate", "doc_sha", "action", "fact", "changes", "reason", "by", "at", "target")
    rows = conn.execute(
        "SELECT candidate, doc_sha, action, fact_id, changes, reason, by, at, target FROM decisions ORDER BY id"
    ).fetchall()
    decisions = []
    for row in rows:
        item = {k: v for k, v in zip(keys, row, strict=True) if v is not None}
        for name in ("changes", "target"):
            if name in item:
                item[name] = json.loads(item[name])
        decisions.append(item)
    return {"version": 1, "about": "allyscope review decisions", "decisions": decisions}


def import_decisions(conn: sqlite3.Connection, data: dict[str, Any]) -> dict[str, int]:
    """Add decisions exported from another database (those already here are skipped), then replay them."""
    if not isinstance(data, dict) or not isinstance(data.get("decisions"), list):
        raise ReviewError("not a decisions file: expected an object with a 'decisions' list")
    for d in data["decisions"]:
        if "doc_sha" not in d and isinstance(d.get("target"), dict):
            d["doc_sha"] = d["target"].get("source", {}).get("sha256")
        missing = [k for k in ("candidate", "doc_sha", "action", "by", "at") if not d.get(k)]
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
    "orphans",
    "replay",
    "suggestions",
]
