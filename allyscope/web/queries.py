"""What pages and API answers are made of: library calls on a read-only store, with the request's filters checked.

Both faces (JSON and HTML) use these functions, so a page shows exactly what the API answers."""

from __future__ import annotations

from typing import Any

from allyscope import vocabulary
from allyscope.edtf import DateError, query_bound
from allyscope.errors import AllyscopeError, NotFoundError
from allyscope.store import Store
from allyscope.web.responses import ApiError

FILTERS = ("actor", "domain", "type", "from", "to")


def filters(params: Any) -> dict[str, Any]:
    """Timeline filters from query parameters, validated as the CLI validates them."""
    from allyscope.entities import resolve_entity

    out: dict[str, Any] = {}
    actor = (params.get("actor") or "").strip()
    if actor:
        try:
            out["actor"] = resolve_entity(actor)
        except AllyscopeError as exc:
            raise ApiError(400, "bad_actor", str(exc)) from exc
    domain = params.get("domain") or ""
    if domain:
        if domain not in vocabulary.DOMAINS:
            raise ApiError(400, "bad_domain", f"unknown domain {domain!r} (one of {', '.join(vocabulary.DOMAINS)})")
        out["domain"] = domain
    type_ = (params.get("type") or "").lower()
    if type_:
        if type_ not in vocabulary.PLOVER_TYPES:
            raise ApiError(400, "bad_type", f"unknown type {type_!r}")
        out["type_"] = type_
    for key, name, upper in (("from", "date_from", False), ("to", "date_to", True)):
        value = (params.get(key) or "").strip()
        if value:
            try:
                query_bound(value, upper=upper)
            except DateError as exc:
                raise ApiError(400, "bad_date", str(exc)) from exc
            out[name] = value
    return out


def timeline_page(store: Store, params: Any, offset: int, limit: int) -> list[dict[str, Any]]:
    """One page of facts plus one more row, which tells whether a next page exists."""
    return store.timeline(**filters(params), limit=limit + 1, offset=offset)


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


def events(store: Store, params: Any) -> list[dict[str, Any]]:
    chosen = filters(params)
    return store.events(
        actor=chosen.get("actor"),
        date_from=chosen.get("date_from"),
        date_to=chosen.get("date_to"),
        domain=chosen.get("domain"),
    )


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
