"""What pages and API answers are made of: library calls on a read-only store, with the request's filters checked.

Both faces (JSON and HTML) use these functions, so a page shows exactly what the API answers."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from allyscope import vocabulary
from allyscope.edtf import DateError, bounds
from allyscope.errors import AllyscopeError, NotFoundError
from allyscope.outputs.filters import Filter
from allyscope.store import Store
from allyscope.web.responses import ApiError

FILTERS = ("actor", "domain", "type", "from", "to", "dyad", "status")


def build_filter(params: Any, default_status: tuple[str, ...] = ("accepted",)) -> Filter:
    """The shared filter of `events`, `export` and `timeline` from query parameters, checked as the CLI checks them.

    `dyad` is two entities, as `dyad=A&dyad=B` or `dyad=A,B`; `status` may repeat or be `all`."""
    from allyscope.outputs.filters import _statuses
    from allyscope.outputs.records import STATUSES

    domain = params.get("domain") or None
    if domain and domain not in vocabulary.DOMAINS:
        raise ApiError(400, "bad_domain", f"unknown domain {domain!r} (one of {', '.join(vocabulary.DOMAINS)})")
    type_ = (params.get("type") or "").upper() or None
    if type_ and type_.lower() not in vocabulary.PLOVER_TYPES:
        raise ApiError(400, "bad_type", f"unknown type {type_!r}")
    dates: dict[str, str | None] = {}
    for key in ("from", "to"):
        value = (params.get(key) or "").strip() or None
        if value:
            try:
                bounds(value)
            except DateError as exc:
                raise ApiError(400, "bad_date", str(exc)) from exc
        dates[key] = value
    if dates["from"] and dates["to"] and bounds(dates["from"])[0] > bounds(dates["to"])[1]:
        raise ApiError(400, "bad_date", f"from {dates['from']} is after to {dates['to']}")
    dyad_values = [v for item in _all(params, "dyad") for v in item.split(",") if v.strip()]
    if dyad_values and len(dyad_values) != 2:
        raise ApiError(400, "bad_dyad", "dyad takes two entities: dyad=A&dyad=B")
    statuses = _all(params, "status")
    unknown = [s for s in statuses if s not in {*STATUSES, "candidate", "all"}]
    if unknown:
        raise ApiError(400, "bad_status", f"unknown status {unknown[0]!r} (one of {', '.join(STATUSES)}, all)")
    return Filter(
        actor=(params.get("actor") or "").strip() or None,
        domain=domain,
        type=type_,
        date_from=dates["from"],
        date_to=dates["to"],
        dyad=(dyad_values[0].strip(), dyad_values[1].strip()) if dyad_values else None,
        statuses=_statuses(statuses, default_status),
    )


def _all(params: Any, key: str) -> list[str]:
    getter = getattr(params, "getlist", None)
    values = getter(key) if getter else ([params[key]] if params.get(key) else [])
    return [str(v) for v in values if v]


def _checked(work: Any) -> Any:
    """Run a selection; an entity the filter names that does not exist is the client's error (400)."""
    try:
        return work()
    except NotFoundError as exc:
        raise ApiError(400, "bad_actor", str(exc)) from exc


def timeline_page(store: Store, params: Any, offset: int, limit: int) -> list[dict[str, Any]]:
    """One page of facts plus one more row, which tells whether a next page exists."""
    from allyscope.outputs.filters import select_facts

    flt = replace(build_filter(params), limit=offset + limit + 1)
    return list(_checked(lambda: select_facts(store.conn, flt))[offset:])


def all_facts(store: Store, params: Any) -> list[dict[str, Any]]:
    from allyscope.outputs.filters import select_facts

    flt = build_filter(params)
    return list(_checked(lambda: select_facts(store.conn, flt)))


def records(store: Store, params: Any, *, facts: bool, limit: int | None = None) -> list[dict[str, Any]]:
    """Export records as `allyscope export` makes them: the knowledge base (`facts`) or stored events; the first
    `limit` of them when given (a page reads no further)."""
    from allyscope.outputs.filters import candidate_records, knowledge_records

    flt = replace(build_filter(params, ("accepted", "pending")), limit=limit)
    if not facts and "accepted" in flt.statuses:
        flt = replace(flt, statuses=flt.statuses | {"merged"})
    chosen = knowledge_records if facts else candidate_records
    return list(_checked(lambda: chosen(store.conn, flt)))


def fact(store: Store, fact_id: str) -> dict[str, Any]:
    from allyscope.knowledge.facts import get_fact

    try:
        found = get_fact(store.conn, fact_id)
    except NotFoundError as exc:
        raise ApiError(404, "not_found", str(exc)) from exc
    found["evidence_context"] = [_context(store, item) for item in found["evidence"]]
    return found


def _context(store: Store, evidence: dict[str, Any]) -> dict[str, Any]:
    """The paragraph around an evidence sentence, split so a page can highlight the sentence itself."""
    row = store.conn.execute("SELECT text FROM documents WHERE id = ?", (evidence["doc"],)).fetchone()
    if row is None or evidence.get("end", 0) <= evidence.get("start", 0):
        return {"doc": evidence["doc"], "before": "", "sentence": evidence.get("text", ""), "after": ""}
    text: str = row[0]
    start, end = int(evidence["start"]), int(evidence["end"])
    left = text.rfind("\n", 0, start) + 1
    right = text.find("\n", end)
    right = len(text) if right < 0 else right
    return {"doc": evidence["doc"], "before": text[left:start], "sentence": text[start:end], "after": text[end:right]}


def document(store: Store, ref: str) -> dict[str, Any]:
    try:
        return store.document_json(ref)
    except NotFoundError as exc:
        raise ApiError(404, "not_found", str(exc)) from exc


def entity(store: Store, ident: str) -> dict[str, Any]:
    from allyscope.entities import resolve_entity

    try:
        return store.entity_profile(resolve_entity(ident))
    except AllyscopeError as exc:
        raise ApiError(404, "not_found", str(exc)) from exc


def search(store: Store, query: str, limit: int) -> dict[str, Any]:
    query = query.strip()
    if not query:
        raise ApiError(400, "bad_query", "q is empty")
    return {"query": query, "facts": store.search_facts(query, limit), "documents": store.search(query, limit)}


def events(store: Store, params: Any, limit: int | None = None) -> list[dict[str, Any]]:
    """Stored events (candidates and decided ones) as records with their status, filtered like `allyscope events`."""
    return records(store, params, facts=False, limit=limit)


def review_queue(store: Store, doc: str | None) -> list[dict[str, Any]]:
    from allyscope.knowledge.review import candidates

    return candidates(store.conn, doc=store.resolve(doc) if doc else None)


def claims(store: Store) -> list[dict[str, Any]]:
    from allyscope.knowledge.analysis import claims as argument

    return argument(store.conn)


def indicators(store: Store) -> dict[str, Any]:
    from allyscope.knowledge.indicators import indicators as cells

    return cells(store.conn, engine="python")


def ladders(store: Store) -> list[dict[str, Any]]:
    from allyscope.knowledge.analysis import ladders as steps

    return steps(store.conn)


def obligations(store: Store, first: str, second: str) -> dict[str, Any]:
    from allyscope.entities import resolve_entity
    from allyscope.knowledge.obligations import obligations as answer

    try:
        return answer(store.conn, resolve_entity(first), resolve_entity(second))
    except AllyscopeError as exc:
        raise ApiError(400, "bad_party", str(exc)) from exc


def network(facts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Who meets whom: one edge per pair of actors of a fact, with the facts (and years) behind it."""
    edges: dict[tuple[str, str], dict[str, Any]] = {}
    for item in facts:
        people = sorted({a["id"] for a in item["actors"]} | {i["id"] for i in item["involved"]})
        names = {a["id"]: a["name"] for a in [*item["actors"], *item["involved"]]}
        for i, first in enumerate(people):
            for second in people[i + 1 :]:
                edge = edges.setdefault(
                    (first, second),
                    {
                        "source": first,
                        "target": second,
                        "source_name": names[first],
                        "target_name": names[second],
                        "facts": [],
                        "years": [],
                    },
                )
                edge["facts"].append(item["id"])
                year = str(item["date"])[:4]
                if year[:3].isdigit() and year not in edge["years"]:
                    edge["years"].append(year)
    return sorted(edges.values(), key=lambda e: (-len(e["facts"]), e["source"], e["target"]))
