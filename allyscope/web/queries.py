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


def timeline_page(store: Store, params: Any, after: str | None, limit: int) -> list[dict[str, Any]]:
    """One page of facts, after the fact `after` when given, plus one more row, which tells whether a next page
    exists."""
    from allyscope.outputs.filters import select_facts

    key = None
    if after is not None:
        key = store.conn.execute("SELECT date_start, num FROM facts WHERE id = ?", (after,)).fetchone()
        if key is None:
            raise ApiError(400, "bad_cursor", f"the cursor's fact {after!r} is gone; start again from the first page")
    flt = replace(build_filter(params), limit=limit + 1, after=(str(key[0]), int(key[1])) if key else None)
    return list(_checked(lambda: select_facts(store.conn, flt)))


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


def fact(store: Store, fact_id: str, passages: Passages | None = None) -> dict[str, Any]:
    """One fact with `evidence_context`: each evidence sentence in its paragraph, read by offsets."""
    from allyscope.knowledge.facts import get_fact

    try:
        found = get_fact(store.conn, fact_id)
    except NotFoundError as exc:
        raise ApiError(404, "not_found", str(exc)) from exc
    passages = passages or Passages(store)
    found["evidence_context"] = [passages.context(item) for item in found["evidence"]]
    return found


def fact_page(store: Store, fact_id: str) -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
    """What a fact page shows: the fact with its evidence in context, and the notes the evidence cites."""
    passages = Passages(store)
    found = fact(store, fact_id, passages)
    return found, passages.notes(found["evidence"])


class Passages:
    """The parts of stored documents a fact page shows, read by their offsets and ids and kept for one request.

    A fact page shows a sentence's paragraph and a few notes; reading each evidence item's document whole (its
    text, and its structure JSON unpacked and parsed for the notes) cost a thousand times what the page shows,
    once per evidence item. Here a paragraph is one row of `spans` and a `substr` of the text, a note one row of
    `footnotes` and a `substr` of the notes text; two evidence items of one paragraph or document read it once."""

    _PARAGRAPH = (
        'SELECT s.start, s."end", substr(d.text, s.start + 1, s."end" - s.start) FROM spans s '
        "JOIN documents d ON d.id = s.doc_id WHERE s.doc_id = ? AND s.layer = 'body' AND s.kind = 'paragraph' "
        "AND s.start <= ? ORDER BY s.start DESC LIMIT 1"
    )
    _NOTES = (
        'SELECT f.id, f.number, substr(d.notes_text, f.start + 1, f."end" - f.start) FROM footnotes f '
        "JOIN documents d ON d.id = f.doc_id WHERE f.doc_id = ? AND f.id IN ({})"
    )

    def __init__(self, store: Store) -> None:
        self.conn = store.conn
        self._paragraphs: dict[tuple[str, int], tuple[int, int, str] | None] = {}
        self._notes: dict[tuple[str, str], dict[str, Any] | None] = {}

    def context(self, evidence: dict[str, Any]) -> dict[str, Any]:
        """The paragraph around an evidence sentence, split so a page can highlight the sentence itself."""
        doc = evidence["doc"]
        start, end = int(evidence.get("start", 0)), int(evidence.get("end", 0))
        if end <= start:
            return {"doc": doc, "before": "", "sentence": evidence.get("text", ""), "after": ""}
        key = (doc, start)
        if key not in self._paragraphs:
            self._paragraphs[key] = self.conn.execute(self._PARAGRAPH, (doc, start)).fetchone()
        found = self._paragraphs[key]
        if found is None or found[1] < end:  # not inside one paragraph (a heading, a title): its lines
            found = self._lines(doc, start, end)
            if found is None:
                return {"doc": doc, "before": "", "sentence": evidence.get("text", ""), "after": ""}
        left, _, text = found
        a, b = start - left, end - left
        return {"doc": doc, "before": text[:a], "sentence": text[a:b], "after": text[b:]}

    def _lines(self, doc: str, start: int, end: int) -> tuple[int, int, str] | None:
        """The lines of the text that hold [start, end) (the document read whole: the rare case)."""
        row = self.conn.execute("SELECT text FROM documents WHERE id = ?", (doc,)).fetchone()
        if row is None:
            return None
        text: str = row[0]
        left = text.rfind("\n", 0, start) + 1
        right = text.find("\n", end)
        right = len(text) if right < 0 else right
        return left, right, text[left:right]

    def notes(self, evidence: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
        """The notes the evidence cites, by note id: their number and text."""
        wanted: dict[str, list[str]] = {}
        for item in evidence:
            for note in item.get("footnotes") or []:
                if (item["doc"], note) not in self._notes and note not in wanted.setdefault(item["doc"], []):
                    wanted[item["doc"]].append(note)
        for doc, ids in wanted.items():
            for i in range(0, len(ids), 500):
                part = ids[i : i + 500]
                sql = self._NOTES.format(",".join("?" * len(part)))
                for ident, number, text in self.conn.execute(sql, (doc, *part)):
                    self._notes[(doc, ident)] = {"text": text, "doc": doc, "number": number}
        out: dict[str, dict[str, Any]] = {}
        for item in evidence:
            for note in item.get("footnotes") or []:
                found = self._notes.get((item["doc"], note))
                if found is not None:
                    out[note] = found
        return out


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


def events_page(store: Store, params: Any, after: str | None, limit: int, known: Any = None) -> list[dict[str, Any]]:
    """One page of events in their order (date_sort, rowid), after the event `after` when given, plus one more row,
    which tells whether a next page exists: the page is read from the index where the last one stopped. `known`:
    the events and records made before at this version of the database (`filters.candidate_records`)."""
    from allyscope.outputs.filters import candidate_records

    key = None
    if after is not None:
        key = store.conn.execute("SELECT date_sort, rowid FROM events WHERE id = ?", (after,)).fetchone()
        if key is None:
            raise ApiError(400, "bad_cursor", f"the cursor's event {after!r} is gone; start again from the first page")
    flt = replace(build_filter(params, ("accepted", "pending")), limit=limit + 1)
    if "accepted" in flt.statuses:
        flt = replace(flt, statuses=flt.statuses | {"merged"})
    flt = replace(flt, after_event=(str(key[0]), int(key[1])) if key else None)
    return list(_checked(lambda: candidate_records(store.conn, flt, known)))


def review_page(
    store: Store, doc: str | None, after: str | None, limit: int, known: Any = None
) -> list[dict[str, Any]]:
    """One page of the review queue in its order (document, place in the text), after the candidate `after` when
    given, plus one more row; only the page's candidates get their suggestions (possible duplicates), from
    `known` when a candidate like one asked for before at this version of the database asks again (see
    `allyscope.knowledge.review._suggested`)."""
    from allyscope.knowledge.review import candidates

    key = None
    if after is not None:
        key = store.conn.execute("SELECT doc_id, start, id FROM events WHERE id = ?", (after,)).fetchone()
        if key is None:
            raise ApiError(400, "bad_cursor", f"the cursor's event {after!r} is gone; start again from the first page")
    ident = store.resolve(doc) if doc else None  # an unknown document: the client's error (400)
    return candidates(store.conn, doc=ident, after=tuple(key) if key else None, limit=limit + 1, known=known)


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
