"""Reviewed facts in the store: loading the case, adding facts, and the timeline query.

Facts live in SQLite next to the documents whose sentences support them. Each fact row keeps the first and
last day its date may stand for (`date_start`, `date_end`), so that imprecise dates (`2023-07`, `198X`) are
found by any date filter they overlap, and the timeline is one indexed range scan.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from typing import Any

from allyscope.edtf import bounds, query_bound, readable
from allyscope.errors import NotFoundError
from allyscope.knowledge.case import Case
from allyscope.store.search import bigrams

LONG_DAYS = 400  # facts whose date spans more than this are few (decades, open ranges) and queried apart
FACT_COLUMNS = (
    "num, id, date, date_start, date_end, precision, type, cameo, domain, mode, level, summary, origin, "
    "created_by, created_at"
)


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _stored_entity(conn: sqlite3.Connection, ident: str) -> dict[str, Any] | None:
    """An entity stored in the database but not in the gazetteer (one of a case's own, from its entities.json)."""
    row = conn.execute("SELECT data FROM entities WHERE id = ?", (ident,)).fetchone()
    return json.loads(row[0]) if row else None


def _names(entity_ids: Iterable[str], conn: sqlite3.Connection | None = None) -> str:
    """Every name and alias of the entities, so that a search for a name in Chinese or Japanese finds facts
    written in English."""
    from allyscope.entities import gazetteer

    g = gazetteer().entities
    words: list[str] = []
    for ident in entity_ids:
        entity = g.get(ident) or (_stored_entity(conn, ident) if conn is not None else None)
        if entity:
            words.append(entity["name"])
            for aliases in entity.get("aliases", {}).values():
                words.extend(aliases)
    return " ".join(dict.fromkeys(words))


def index_fact(conn: sqlite3.Connection, num: int) -> None:
    """(Re)write the search entry of one fact: summary, the names of its entities, its evidence sentences."""
    row = conn.execute("SELECT summary FROM facts WHERE num = ?", (num,)).fetchone()
    ids = [r[0] for r in conn.execute("SELECT entity_id FROM fact_actors WHERE fact_num = ?", (num,))]
    evidence = [r[0] for r in conn.execute("SELECT text FROM fact_evidence WHERE fact_num = ?", (num,))]
    text = " ".join([row[0], _names(ids, conn), *evidence])
    conn.execute("DELETE FROM fact_search_trigram WHERE rowid = ?", (num,))
    conn.execute("DELETE FROM fact_search_bigram WHERE rowid = ?", (num,))
    conn.execute("INSERT INTO fact_search_trigram (rowid, text) VALUES (?, ?)", (num, text))
    conn.execute("INSERT INTO fact_search_bigram (rowid, grams) VALUES (?, ?)", (num, bigrams(text)))


def drop_fact(conn: sqlite3.Connection, num: int) -> None:
    """Delete one fact with its search entry (its actors, sources and evidence go by cascade)."""
    conn.execute("DELETE FROM fact_search_trigram WHERE rowid = ?", (num,))
    conn.execute("DELETE FROM fact_search_bigram WHERE rowid = ?", (num,))
    conn.execute("DELETE FROM facts WHERE num = ?", (num,))


def put_fact(
    conn: sqlite3.Connection, fact: dict[str, Any], *, origin: str, by: str, at: str, index: bool = True
) -> int:
    """Insert or replace one fact with its actors and sources (inside the caller's transaction); its number."""
    start, end, precision = bounds(fact["date"])
    old = conn.execute("SELECT num FROM facts WHERE id = ?", (fact["id"],)).fetchone()
    values = (
        fact["id"], fact["date"], start, end, int(is_long(start, end)), precision, fact["type"], fact.get("cameo"),
        fact["domain"], fact.get("mode", "asserted"), fact.get("level", "official"), fact["summary"], origin, by, at,
        json.dumps(fact, ensure_ascii=False),
    )  # fmt: skip
    if old:
        num = int(old[0])
        conn.execute(
            "UPDATE facts SET id=?, date=?, date_start=?, date_end=?, long=?, precision=?, type=?, cameo=?, domain=?,"
            " mode=?, level=?, summary=?, origin=?, created_by=?, created_at=?, data=? WHERE num = ?",
            (*values, num),
        )
        conn.execute("DELETE FROM fact_actors WHERE fact_num = ?", (num,))
        # stored documents cited through review evidence stay; the fact's own sources are replaced
        conn.execute("DELETE FROM fact_sources WHERE fact_num = ? AND source_id NOT LIKE 'doc:%'", (num,))
    else:
        cursor = conn.execute(
            "INSERT INTO facts (id, date, date_start, date_end, long, precision, type, cameo, domain, mode, level,"
            " summary, origin, created_by, created_at, data) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            values,
        )
        num = int(cursor.lastrowid or 0)
    rows = [(num, a["id"], a["role"]) for a in fact["actors"]] + [
        (num, i, "involved") for i in fact.get("involved", [])
    ]
    conn.executemany("INSERT INTO fact_actors VALUES (?,?,?)", rows)
    conn.executemany(
        "INSERT INTO fact_sources VALUES (?,?,?)", [(num, s["source"], s.get("locator")) for s in fact["sources"]]
    )
    if index:
        index_fact(conn, num)
    return num


def is_long(start: str, end: str) -> bool:
    """Whether a date's span exceeds LONG_DAYS (open ends count as long)."""
    from datetime import date

    if end.startswith("9999") or start.startswith("0001"):
        return True
    return (date.fromisoformat(end) - date.fromisoformat(start)).days > LONG_DAYS


def load_case_into(conn: sqlite3.Connection, case: Case, *, by: str | None = None) -> dict[str, int]:
    """Write the case's sources, facts, agreements, own entities and merges, record its review decisions, and
    record which case the database serves (one transaction: all of it or nothing).

    Loading again replaces the case's own facts by their new version and keeps everything reviewed since. A
    database serves one case: loading another into it is refused (make another database with --db)."""
    from allyscope.knowledge.case import CaseError, recorded

    by = by or f"{case.curators}, case version {case.version}"
    at = now()
    served = recorded(conn)
    if served and served[0] != case.name:
        raise CaseError(f"this database serves case {served[0]!r}, not {case.name!r}: give another --db")
    conn.execute("BEGIN IMMEDIATE")
    try:
        for e in case.entities:
            conn.execute(
                "INSERT OR REPLACE INTO entities (id, type, name, qid, data) VALUES (?,?,?,?,?)",
                (e["id"], e["type"], e["name"], e.get("qid"), json.dumps(e, ensure_ascii=False)),
            )
        live = "SELECT entity_id, into_id FROM entity_merges WHERE undone_at IS NULL"
        merged = {tuple(r) for r in conn.execute(live)}
        for m in case.merges:
            if (m["entity"], m["into"]) not in merged:
                conn.execute(
                    "INSERT INTO entity_merges (entity_id, into_id, by, at) VALUES (?,?,?,?)",
                    (m["entity"], m["into"], by, at),
                )
        for s in case.sources:
            conn.execute(
                "INSERT OR REPLACE INTO sources VALUES (?,?,?,?,?,?)",
                (s["id"], s["type"], s["title"], s.get("url"), s.get("issued"), json.dumps(s, ensure_ascii=False)),
            )
        for fact in case.facts:
            put_fact(conn, fact, origin="case", by=by, at=at)
        for a in case.agreements:
            conn.execute(
                "INSERT OR REPLACE INTO agreements VALUES (?,?,?)",
                (a["id"], a.get("signed"), json.dumps(a, ensure_ascii=False)),
            )
            conn.execute("DELETE FROM agreement_parties WHERE agreement_id = ?", (a["id"],))
            conn.executemany("INSERT INTO agreement_parties VALUES (?,?)", [(a["id"], p) for p in a["parties"]])
        added = record_decisions(conn, case.decisions, by=by, at=at)
        conn.executemany(
            "INSERT OR REPLACE INTO case_meta VALUES (?, ?)",
            [("case", case.label), ("case_name", case.name), ("case_dir", case.directory)],
        )
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return {
        "sources": len(case.sources),
        "facts": len(case.facts),
        "agreements": len(case.agreements),
        "decisions": added,
    }


def record_decisions(conn: sqlite3.Connection, decisions: list[dict[str, Any]], *, by: str, at: str) -> int:
    """Add review decisions (inside the caller's transaction), skipping any already recorded — the same
    candidate, action, fact, reviewer and time; `by` and `at` stand in where a decision lacks them."""
    known = {tuple(r) for r in conn.execute("SELECT candidate, action, ifnull(fact_id, ''), by, at FROM decisions")}
    added = 0
    for d in decisions:
        who, when = d.get("by", by), d.get("at", at)
        if (d["candidate"], d["action"], d.get("fact") or "", who, when) in known:
            continue
        target: dict[str, Any] = d.get("target") or {}
        conn.execute(
            "INSERT INTO decisions (candidate, doc_sha, action, fact_id, changes, reason, by, at, target, text_digest)"
            " VALUES (?,?,?,?,?,?,?,?,?,?)",
            (
                d["candidate"], d.get("doc_sha") or target.get("source", {}).get("sha256"), d["action"], d.get("fact"),
                json.dumps(d["changes"], ensure_ascii=False) if d.get("changes") else None, d.get("reason"), who, when,
                json.dumps(target, ensure_ascii=False) if target else None,
                target["source"].get("text_digest") if target else None,
            ),
        )  # fmt: skip
        added += 1
    return added


def canonical(conn: sqlite3.Connection, entity_id: str) -> str:
    """The entity `entity_id` is merged into (following chains of merges), or itself."""
    seen = {entity_id}
    current = entity_id
    while True:
        row = conn.execute(
            "SELECT into_id FROM entity_merges WHERE entity_id = ? AND undone_at IS NULL ORDER BY id DESC LIMIT 1",
            (current,),
        ).fetchone()
        if not row or row[0] in seen:
            return current
        current = row[0]
        seen.add(current)


def members(conn: sqlite3.Connection, entity_id: str) -> list[str]:
    """`entity_id`'s canonical entity and every entity merged into it."""
    root = canonical(conn, entity_id)
    found = [root]
    frontier = [root]
    while frontier:
        rows = conn.execute(
            "SELECT entity_id FROM entity_merges WHERE undone_at IS NULL"
            f" AND into_id IN ({','.join('?' * len(frontier))})",
            frontier,
        ).fetchall()
        frontier = [r[0] for r in rows if r[0] not in found]
        found += frontier
    return found


def involving(conn: sqlite3.Connection, case: Case, entity_id: str) -> set[str]:
    """The entities that stand for `entity_id` in a filter: a party's members (case data) or an entity with those
    merged into it, in either case with the database's recorded merges."""
    from allyscope.knowledge.case import party_members

    roots = party_members(case, entity_id) if entity_id in case.parties else {entity_id}
    return {m for root in roots for m in members(conn, root)}


def timeline(
    conn: sqlite3.Connection,
    *,
    actor: str | None = None,
    domain: str | None = None,
    type_: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    limit: int | None = None,
    offset: int = 0,
    exclude_domain: str | None = None,
) -> list[dict[str, Any]]:
    """Reviewed facts in date order, filtered; each with actors, sources and evidence. `exclude_domain` leaves
    a domain out in the query itself, so that a `limit` counts only facts that pass every filter."""
    where: list[str] = []
    args: list[Any] = []
    if actor:
        ids = members(conn, actor)
        where.append(
            "EXISTS (SELECT 1 FROM fact_actors a WHERE a.fact_num = f.num"
            f" AND a.entity_id IN ({','.join('?' * len(ids))}))"
        )
        args += ids
    if domain:
        where.append("f.domain = ?")
        args.append(domain)
    if type_:
        where.append("f.type = ?")
        args.append(type_.upper())
    if exclude_domain:
        where.append("f.domain != ?")
        args.append(exclude_domain)
    if date_to:
        where.append("f.date_start <= ?")
        args.append(query_bound(date_to, upper=True))
    page = f" LIMIT {int(limit)} OFFSET {int(offset)}" if limit is not None else ""
    if not date_from:
        sql = f"SELECT {FACT_COLUMNS} FROM facts f"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY f.date_start, f.num" + page
        return _with_details(conn, conn.execute(sql, args).fetchall())
    # A fact overlaps [from, …] when it ends on or after `from`. For the many facts no longer than LONG_DAYS
    # that also bounds where they start, so the date index is scanned from just before `from`, not from 1990;
    # the few long facts are looked up apart through their own index.
    first = query_bound(date_from, upper=False)
    lowest = (date.fromisoformat(first) - timedelta(days=LONG_DAYS + 1)).isoformat() if first > "0002" else first
    extra = "".join(f" AND {w}" for w in where)
    short = (
        "SELECT num FROM (SELECT f.num FROM facts f WHERE f.long = 0 AND f.date_start >= ? AND f.date_end >= ?"
        f"{extra} ORDER BY f.date_start, f.num"
        + (f" LIMIT {int(limit) + int(offset)}" if limit is not None else "")
        + ")"
    )
    long = (
        "SELECT num FROM (SELECT f.num FROM facts f INDEXED BY facts_long WHERE f.long = 1 AND f.date_end >= ?"
        f"{extra} ORDER BY f.date_start, f.num"
        + (f" LIMIT {int(limit) + int(offset)}" if limit is not None else "")
        + ")"
    )
    sql = (
        f"SELECT {FACT_COLUMNS} FROM facts f WHERE f.num IN ({short} UNION ALL {long})"
        " ORDER BY f.date_start, f.num" + page
    )
    return _with_details(conn, conn.execute(sql, [lowest, first, *args, first, *args]).fetchall())


def get_fact(conn: sqlite3.Connection, fact_id: str) -> dict[str, Any]:
    rows = conn.execute(f"SELECT {FACT_COLUMNS} FROM facts f WHERE id = ?", (fact_id,)).fetchall()
    if not rows:
        raise NotFoundError(f"no fact {fact_id!r}")
    return _with_details(conn, rows)[0]


def _with_details(conn: sqlite3.Connection, rows: list[tuple[Any, ...]]) -> list[dict[str, Any]]:
    from allyscope.entities import gazetteer

    g = gazetteer().entities
    keys = FACT_COLUMNS.split(", ")
    facts = [dict(zip(keys, row, strict=True)) for row in rows]
    if not facts:
        return []
    by_num = {f["num"]: f for f in facts}
    for f in facts:
        f.update(date_readable=readable(f["date"]), actors=[], involved=[], sources=[], evidence=[])
    marks = ",".join("?" * len(by_num))
    nums = list(by_num)
    for num, entity_id, role in conn.execute(
        f"SELECT fact_num, entity_id, role FROM fact_actors WHERE fact_num IN ({marks}) ORDER BY rowid", nums
    ):
        known = g.get(entity_id) or _stored_entity(conn, entity_id) or {}
        name = known.get("name", entity_id)
        if role == "involved":
            by_num[num]["involved"].append({"id": entity_id, "name": name})
        else:
            by_num[num]["actors"].append({"id": entity_id, "name": name, "role": role})
    for num, source_id, locator, title, url in conn.execute(
        "SELECT fs.fact_num, fs.source_id, fs.locator, s.title, s.url FROM fact_sources fs "
        f"JOIN sources s ON s.id = fs.source_id WHERE fs.fact_num IN ({marks}) ORDER BY fs.rowid",
        nums,
    ):
        by_num[num]["sources"].append({"id": source_id, "title": title, "url": url, "locator": locator})
    for num, doc_id, candidate, start, end, text, footnotes in conn.execute(
        'SELECT fact_num, doc_id, candidate, start, "end", text, footnotes FROM fact_evidence '
        f"WHERE fact_num IN ({marks}) ORDER BY rowid",
        nums,
    ):
        by_num[num]["evidence"].append(
            {
                "doc": doc_id,
                "candidate": candidate,
                "start": start,
                "end": end,
                "text": text,
                "footnotes": json.loads(footnotes),
            }
        )
    for f in facts:
        del f["num"]
    return facts


def search_facts(conn: sqlite3.Connection, query: str, limit: int = 20) -> list[dict[str, Any]]:
    """Facts whose summary, entity names or evidence contain `query` (any script, two characters and up)."""
    # NUL ends an FTS5 string early ("unterminated string"): no stored text holds one, so it can be dropped.
    query = query.replace("\x00", "").strip()
    if not query:
        return []
    if len(query) >= 3:
        sql = "SELECT rowid FROM fact_search_trigram WHERE fact_search_trigram MATCH ? LIMIT ?"
        nums = [r[0] for r in conn.execute(sql, ('"' + query.replace('"', '""') + '"', limit))]
    elif len(query) == 2 and not query.isascii():
        sql = "SELECT rowid FROM fact_search_bigram WHERE fact_search_bigram MATCH ? LIMIT ?"
        nums = [r[0] for r in conn.execute(sql, ('"' + query.replace('"', '""') + '"', limit))]
    else:
        sql = "SELECT rowid FROM fact_search_trigram WHERE text LIKE ? LIMIT ?"
        nums = [r[0] for r in conn.execute(sql, (f"%{query}%", limit))]
    if not nums:
        return []
    rows = conn.execute(
        f"SELECT {FACT_COLUMNS} FROM facts f WHERE num IN ({','.join('?' * len(nums))}) ORDER BY date_start", nums
    ).fetchall()
    return _with_details(conn, rows)
