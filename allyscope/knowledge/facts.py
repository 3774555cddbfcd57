"""Reviewed facts in the store: loading the case, adding facts, and the timeline query.

Facts live in SQLite next to the documents whose sentences support them. Each fact row keeps the first and
last day its date may stand for (`date_start`, `date_end`), so that imprecise dates (`2023-07`, `198X`) are
found by any date filter they overlap, and the timeline is one indexed range scan.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

import orjson

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


BUCKET_FIRST, BUCKET_LAST = 1900, 2100  # the years of timeline_years (migration 0009); beyond, the end year
OPEN_BUCKET = 9999  # facts that end after BUCKET_LAST: one row each (migration 0011)


def _bucket(day: str) -> int:
    """The timeline_years year a day belongs to (clamped as migration 0009 clamps it)."""
    return max(BUCKET_FIRST, min(BUCKET_LAST, int(day[:4])))


_FACT_INDEXES = {  # the index whose order is (date_start, num) under each mix of equality filters
    (False, False): "facts_by_date",
    (True, False): "facts_by_domain",
    (False, True): "facts_by_type",
    (True, True): "facts_by_domain_type",
}
_ACTOR_INDEXES = {
    (False, False): "",
    (True, False): " INDEXED BY timeline_actors_by_domain",
    (False, True): " INDEXED BY timeline_actors_by_type",
    (True, True): " INDEXED BY timeline_actors_by_domain_type",
}
_YEAR_INDEXES = {
    (False, False): "",
    (True, False): " INDEXED BY timeline_years_by_domain",
    (False, True): " INDEXED BY timeline_years_by_type",
    (True, True): " INDEXED BY timeline_years_by_domain",
}
_DETAILS = (
    "(SELECT json_group_array(json_array(entity_id, role)) FROM"
    " (SELECT entity_id, role FROM fact_actors WHERE fact_num = f.num ORDER BY rowid)),"
    " (SELECT json_group_array(json_array(source_id, locator, title, url)) FROM"
    " (SELECT fs.source_id, fs.locator, s.title, s.url FROM fact_sources fs JOIN sources s ON s.id = fs.source_id"
    "  WHERE fs.fact_num = f.num ORDER BY fs.rowid)),"
    ' (SELECT json_group_array(json_array(doc_id, candidate, start, "end", text, json(footnotes))) FROM'
    ' (SELECT doc_id, candidate, start, "end", text, footnotes FROM fact_evidence WHERE fact_num = f.num'
    "  ORDER BY rowid))"
)


def involving(conn: sqlite3.Connection, case: Case, entity_id: str) -> set[str]:
    """The entities that stand for `entity_id` in a filter: a party's members (case data) or an entity with those
    merged into it, in either case with the database's recorded merges."""
    from allyscope.knowledge.case import party_members

    roots = party_members(case, entity_id) if entity_id in case.parties else {entity_id}
    live = conn.execute("SELECT entity_id, into_id FROM entity_merges WHERE undone_at IS NULL ORDER BY id").fetchall()
    if not live:  # nothing merged: each root stands for itself (a party's 30-odd members, no query each)
        return set(roots)
    # the merges read once, then followed as `canonical` and `members` follow them one query at a time
    latest: dict[str, str] = {}
    merged_into: dict[str, list[str]] = {}
    for entity, into in live:
        latest[entity] = into
        merged_into.setdefault(into, []).append(entity)
    found: set[str] = set()
    for root in roots:
        seen = {root}
        while root in latest and latest[root] not in seen:
            root = latest[root]
            seen.add(root)
        group = [root]
        frontier = [root]
        while frontier:
            frontier = [e for into in frontier for e in merged_into.get(into, []) if e not in group]
            frontier = list(dict.fromkeys(frontier))
            group += frontier
        found.update(group)
    return found


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
    actors: Iterable[str] | None = None,
    after: tuple[str, int] | None = None,
) -> list[dict[str, Any]]:
    """Reviewed facts in date order, filtered; each with actors, sources and evidence — one query.

    `after`, a fact's (date_start, num), starts the page after that fact (keyset paging: a deep page reads its
    own rows through the same index scans, where an `offset` reads and drops every row before it).

    `actors`, when given, is a set of entity ids already expanded (a party with its members and merges): facts
    involving any of them, found through the same per-entity index scans as `actor`.

    A page is the union of index scans that each stop after `limit + offset` rows (see migration 0009):
    facts that start on or after `date_from` (or all, without it) through the index of the filter mix, one
    scan per entity merged with `actor`; and facts that start before `date_from` but reach into it, from
    `date_from`'s year in timeline_years and from its bucket of facts without an end (migration 0011).
    `exclude_domain` leaves a domain out in the query itself, so that a `limit` counts only facts that pass
    every filter (checked on each row the scans read)."""
    ids = sorted(set(actors)) if actors is not None else members(conn, actor) if actor else []
    if actors is not None and not ids:
        return []
    kind = (bool(domain), bool(type_))
    keep = f" LIMIT {int(limit) + int(offset)}" if limit is not None else ""
    filters: list[str] = []
    values: list[Any] = []
    if domain:
        filters.append("domain = ?")
        values.append(domain)
    if type_:
        filters.append("type = ?")
        values.append(type_.upper())
    if exclude_domain:
        filters.append("domain != ?")
        values.append(exclude_domain)
    if date_to:
        filters.append("date_start <= ?")
        values.append(query_bound(date_to, upper=True))
    if after is not None:  # each scan's own order is (date_start, num): it starts at the key
        filters.append("date_start >= ? AND (date_start > ? OR num > ?)")
        values += [after[0], after[0], int(after[1])]
    first = query_bound(date_from, upper=False) if date_from else None
    starting = [*filters, "date_start >= ?"] if first else filters
    starting_values = [*values, first] if first else values
    arms: list[str] = []
    args: list[Any] = []
    scans: list[str | None] = [*ids] or [None]
    for ident in scans:
        if ident is None:
            table, where, more = f"facts INDEXED BY {_FACT_INDEXES[kind]}", starting, starting_values
        else:
            table, where, more = (
                f"timeline_actors{_ACTOR_INDEXES[kind]}",
                ["entity_id = ?", *starting],
                [
                    ident,
                    *starting_values,
                ],
            )
        condition = " WHERE " + " AND ".join(where) if where else ""
        arms.append(f"SELECT date_start, num FROM {table}{condition} ORDER BY date_start, num{keep}")
        args += more
    if first:
        where = ["year = ?", "date_start < ?", "date_end >= ?", *filters]
        more = [_bucket(first), first, first, *values]
        if ids:
            where.append("(" + " OR ".join("instr(actors, char(31) || ? || char(31)) > 0" for _ in ids) + ")")
            more += ids
        bucket = _YEAR_INDEXES[kind]
        for year in (_bucket(first), OPEN_BUCKET):  # facts carried into `from`'s year, and those without an end
            arms.append(
                f"SELECT date_start, num FROM timeline_years{bucket} WHERE {' AND '.join(where)}"
                f" ORDER BY date_start, num{keep}"
            )
            args += [year, *more[1:]]
    page = f" LIMIT {int(limit)} OFFSET {int(offset)}" if limit is not None else ""
    union = " UNION ".join(f"SELECT date_start, num FROM ({arm})" for arm in arms)
    sql = (
        f"SELECT {_qualified()}, {_DETAILS} FROM ({union} ORDER BY date_start, num{page}) p"
        " JOIN facts f ON f.num = p.num ORDER BY p.date_start, p.num"
    )
    return _as_facts(conn, conn.execute(sql, args).fetchall())


def get_fact(conn: sqlite3.Connection, fact_id: str) -> dict[str, Any]:
    """One fact with its actors, sources and evidence, in one query."""
    rows = conn.execute(f"SELECT {_qualified()}, {_DETAILS} FROM facts f WHERE f.id = ?", (fact_id,)).fetchall()
    if not rows:
        raise NotFoundError(f"no fact {fact_id!r}")
    return _as_facts(conn, rows)[0]


def _qualified() -> str:
    return ", ".join(f"f.{name}" for name in FACT_COLUMNS.split(", "))


def _as_facts(conn: sqlite3.Connection, rows: list[tuple[Any, ...]]) -> list[dict[str, Any]]:
    """Facts as dicts from rows of FACT_COLUMNS followed by the three JSON arrays of `_DETAILS`; an entity's
    name from the gazetteer, or from the database for a case's own entities.

    A timeline page is 100 of these: the rows are turned into dicts directly (orjson for the three arrays, a
    name and a readable date looked up once per page), because building them cost more than the query."""
    from allyscope.entities import gazetteer

    g = gazetteer().entities
    names: dict[str, Any] = {}

    def name_of(entity_id: str) -> Any:
        known = g.get(entity_id)
        if known is None:
            known = _stored_entity(conn, entity_id) or {}
        return known.get("name", entity_id)

    dates: dict[str, str] = {}
    facts: list[dict[str, Any]] = []
    loads = orjson.loads
    for row in rows:
        (_, ident, date, date_start, date_end, precision, type_, cameo, domain, mode, level, summary, origin,
         created_by, created_at, actors_json, sources_json, evidence_json) = row  # fmt: skip
        actors: list[dict[str, Any]] = []
        involved: list[dict[str, Any]] = []
        for entity_id, role in loads(actors_json):
            name = names.get(entity_id)
            if name is None:
                name = names[entity_id] = name_of(entity_id)
            if role == "involved":
                involved.append({"id": entity_id, "name": name})
            else:
                actors.append({"id": entity_id, "name": name, "role": role})
        shown = dates.get(date)
        if shown is None:
            shown = dates[date] = readable(date)
        facts.append(
            {
                "id": ident,
                "date": date,
                "date_start": date_start,
                "date_end": date_end,
                "precision": precision,
                "type": type_,
                "cameo": cameo,
                "domain": domain,
                "mode": mode,
                "level": level,
                "summary": summary,
                "origin": origin,
                "created_by": created_by,
                "created_at": created_at,
                "date_readable": shown,
                "actors": actors,
                "involved": involved,
                "sources": [
                    {"id": i, "title": t, "url": u, "locator": loc} for i, loc, t, u in loads(sources_json)
                ],
                "evidence": [
                    {"doc": d, "candidate": c, "start": s, "end": e, "text": t, "footnotes": n}
                    for d, c, s, e, t, n in loads(evidence_json)
                ],
            }
        )
    return facts


def _with_details(conn: sqlite3.Connection, rows: list[tuple[Any, ...]]) -> list[dict[str, Any]]:
    """Facts as dicts from rows of FACT_COLUMNS, with their details (one more query for all of them)."""
    if not rows:
        return []
    nums = [row[0] for row in rows]
    found = {
        r[0]: r
        for r in conn.execute(
            f"SELECT {_qualified()}, {_DETAILS} FROM facts f WHERE f.num IN ({','.join('?' * len(nums))})", nums
        )
    }
    return _as_facts(conn, [found[n] for n in nums if n in found])


def search_facts(conn: sqlite3.Connection, query: str, limit: int = 20) -> list[dict[str, Any]]:
    """Facts whose summary, entity names or evidence contain `query` (any script, two characters and up)."""
    # NUL ends an FTS5 string early ("unterminated string"): no stored text holds one, so it can be dropped.
    query = query.replace("\x00", "").strip()
    if not query:
        return []
    # the first `limit` matches in fact order (FTS5's own order; stated, so that PostgreSQL answers the same)
    if len(query) >= 3:
        sql = "SELECT rowid FROM fact_search_trigram WHERE fact_search_trigram MATCH ? ORDER BY rowid LIMIT ?"
        nums = [r[0] for r in conn.execute(sql, ('"' + query.replace('"', '""') + '"', limit))]
    elif len(query) == 2 and not query.isascii():
        sql = "SELECT rowid FROM fact_search_bigram WHERE fact_search_bigram MATCH ? ORDER BY rowid LIMIT ?"
        nums = [r[0] for r in conn.execute(sql, ('"' + query.replace('"', '""') + '"', limit))]
    else:
        sql = "SELECT rowid FROM fact_search_trigram WHERE text LIKE ? ORDER BY rowid LIMIT ?"
        nums = [r[0] for r in conn.execute(sql, (f"%{query}%", limit))]
    if not nums:
        return []
    rows = conn.execute(
        f"SELECT {FACT_COLUMNS} FROM facts f WHERE num IN ({','.join('?' * len(nums))}) ORDER BY date_start, num", nums
    ).fetchall()
    return _with_details(conn, rows)
