"""The JSON API under /api/: the knowledge base for other programs, described at /api/openapi.json."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from allyscope.errors import AllyscopeError
from allyscope.web import queries
from allyscope.web.access import Database
from allyscope.web.cache import cached, memo_of, tagged
from allyscope.web.openapi import spec
from allyscope.web.responses import ApiError, json_response, keyed_page_params, page_params, paged, paged_by_key
from allyscope.web.security import bearer, token_matches

EVENTS_KEPT = 6_000  # events and records kept for the events pages (3.4 KB a value measured: some 20 MB at most)
EXPORT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "graphml": "application/xml",
    "gexf": "application/xml",
    "jsonld": "application/ld+json",
    "plover": "application/x-ndjson",
}


def _db(request: Request) -> Database:
    db: Database = request.app.state.db
    return db


async def _read(request: Request, work: Any, small: bool = False) -> Response:
    """Run `work(store)` on a read-only store in a worker thread (a `small` one of bounded cost on the event
    loop's own connection, access.py) and answer its result as JSON."""

    return json_response(request, await _db(request).read(work, small=small))


async def openapi(request: Request) -> Response:
    return json_response(request, spec())


@cached
async def documents(request: Request) -> Response:
    offset, limit = page_params(request)
    return await _read(request, lambda s: paged(s.documents(limit + 1, offset), offset, limit))


@cached
async def document(request: Request) -> Response:
    ref = request.path_params["doc"]
    return await _read(request, lambda s: queries.document(s, ref))


@cached
async def facts(request: Request) -> Response:
    after, limit = keyed_page_params(request)
    return await _read(
        request, lambda s: paged_by_key(queries.timeline_page(s, request.query_params, after, limit), limit)
    )


@tagged
async def fact(request: Request) -> Response:
    fact_id = request.path_params["fact"]
    return await _read(request, lambda s: queries.fact(s, fact_id), small=True)  # a few rows by key


@cached
async def entity(request: Request) -> Response:
    ident = request.path_params["entity"]
    return await _read(request, lambda s: queries.entity(s, ident))


@cached
async def search(request: Request) -> Response:
    _, limit = page_params(request)
    query = request.query_params.get("q", "")
    return await _read(request, lambda s: queries.search(s, query, limit))


@cached
async def events(request: Request) -> Response:
    after, limit = keyed_page_params(request)
    known = memo_of(request, "events", EVENTS_KEPT)  # pages of neighbouring filters share their events
    return await _read(
        request, lambda s: paged_by_key(queries.events_page(s, request.query_params, after, limit, known), limit)
    )


@cached
async def review_queue(request: Request) -> Response:
    after, limit = keyed_page_params(request)
    doc = request.query_params.get("doc") or None
    known = memo_of(request, "suggestions")
    return await _read(request, lambda s: paged_by_key(queries.review_page(s, doc, after, limit, known), limit))


@cached
async def claims(request: Request) -> Response:
    return await _read(request, queries.claims)


@cached
async def indicators(request: Request) -> Response:
    return await _read(request, queries.indicators)


@cached
async def ladders(request: Request) -> Response:
    return await _read(request, queries.ladders)


@cached
async def obligations(request: Request) -> Response:
    first, second = request.query_params.get("a", ""), request.query_params.get("b", "")
    if not first or not second:
        raise ApiError(400, "bad_party", "give both parties: ?a=…&b=…")
    return await _read(request, lambda s: queries.obligations(s, first, second))


@cached
async def export(request: Request) -> Response:
    """The knowledge base (`?facts=1`) or stored events in one export format, with the CLI's filters."""
    from allyscope.exports import FORMATS, Options
    from allyscope.exports import export as render
    from allyscope.knowledge.case import headline

    fmt = request.path_params["fmt"]
    if fmt not in FORMATS:
        raise ApiError(404, "not_found", f"no export format {fmt!r} (one of {', '.join(FORMATS)})")
    facts = request.query_params.get("facts", "1") not in {"0", "false", "no"}

    def run(store: Any) -> str:
        chosen = queries.records(store, request.query_params, facts=facts)
        title = str(headline(store.conn)["title"])
        return render(chosen, fmt, Options(title=title))

    body = await _db(request).read(run)
    return Response(body, media_type=EXPORT_TYPES.get(fmt, "application/json"))


def _authorised(request: Request) -> None:
    if not token_matches(request.app.state.write_token, bearer(request)):
        raise ApiError(403, "forbidden", "writing needs the write token (Authorization: Bearer TOKEN)")


async def _json_object(request: Request) -> dict[str, Any]:
    try:
        body = await request.json()
    except ValueError as exc:
        raise ApiError(400, "bad_body", "the body must be a JSON object") from exc
    if not isinstance(body, dict):
        raise ApiError(400, "bad_body", "the body must be a JSON object")
    return body


async def decide(request: Request) -> Response:
    """Record one review decision; needs the write token as `Authorization: Bearer TOKEN`."""
    _authorised(request)
    candidate = request.path_params["candidate"]
    body = await _json_object(request)
    return json_response(request, await run_in_threadpool(apply_decision, _db(request), candidate, body))


async def merge(request: Request) -> Response:
    """Record that an entity is the same actor as another (`{"into", "by"}`), or undo it (`{"undo": true}`)."""
    _authorised(request)
    body = await _json_object(request)
    ident = request.path_params["entity"]

    def run() -> dict[str, Any]:
        from allyscope.entities import resolve_entity

        by = str(body.get("by") or "web reviewer")
        with _db(request).writing() as store:
            try:
                if body.get("undo"):
                    return store.unmerge_entity(resolve_entity(ident), by)
                into = body.get("into")
                if not isinstance(into, str) or not into:
                    raise ApiError(400, "bad_body", 'give the entity to merge into: {"into": ID}')
                return store.merge_entity(resolve_entity(ident), resolve_entity(into), by)
            except AllyscopeError as exc:
                raise ApiError(400, "bad_merge", str(exc)) from exc

    return json_response(request, await run_in_threadpool(run))


async def upload(request: Request) -> Response:
    """Ingest an uploaded file (the request body; its name in `?name=`); the same content is stored once."""
    _authorised(request)
    body = await request.body()
    if not body:
        raise ApiError(400, "bad_body", "the upload is empty")
    name = Path(request.query_params.get("name") or "upload.txt").name or "upload.txt"

    def run() -> dict[str, Any]:
        from allyscope.ingest import ingest_files

        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / name
            path.write_bytes(body)
            with _db(request).writing() as store:
                report = ingest_files([path], store.path, jobs=1)
        if report.failed:
            raise ApiError(400, "bad_document", "; ".join(report.failed))
        return report.as_json()

    return json_response(request, await run_in_threadpool(run), status=201)


def apply_decision(db: Database, candidate: str, body: dict[str, Any]) -> dict[str, Any]:
    """Apply `{"action", "fact"?, "changes"?, "reason"?, "by", "seen"?}` to a candidate: the same call the CLI
    makes. `seen` (the candidate's `decision` in the review queue when the reviewer looked) turns a decision
    taken meanwhile by someone else into a 409 conflict instead of a silent overwrite."""
    from allyscope.knowledge.review import DecisionConflict
    from allyscope.knowledge.review import decide as record

    action = body.get("action")
    by = str(body.get("by") or "web reviewer")
    changes = body.get("changes")
    if changes is not None and not (isinstance(changes, dict) and all(isinstance(v, str) for v in changes.values())):
        raise ApiError(400, "bad_body", "changes must be an object of field names to text values")
    seen = body.get("seen")
    if seen is not None and (isinstance(seen, bool) or not isinstance(seen, int) or seen < 0):
        raise ApiError(400, "bad_body", "seen must be the id of the decision in force when you looked (0: none)")
    with db.writing() as store:
        try:
            return record(
                store.conn,
                candidate,
                str(action),
                fact=body.get("fact"),
                changes=changes,
                reason=body.get("reason"),
                by=by,
                seen=seen,
            )
        except DecisionConflict as exc:
            raise ApiError(409, "conflict", str(exc)) from exc
        except AllyscopeError as exc:
            raise ApiError(400, "bad_decision", str(exc)) from exc


routes = [
    Route("/api/openapi.json", openapi),
    Route("/api/documents", documents),
    Route("/api/documents", upload, methods=["POST"]),
    Route("/api/documents/{doc}", document),
    Route("/api/facts", facts),
    Route("/api/timeline", facts),
    Route("/api/facts/{fact}", fact),
    Route("/api/entities/{entity}", entity),
    Route("/api/entities/{entity}/merge", merge, methods=["POST"]),
    Route("/api/search", search),
    Route("/api/events", events),
    Route("/api/review", review_queue),
    Route("/api/review/{candidate}", decide, methods=["POST"]),
    Route("/api/claims", claims),
    Route("/api/indicators", indicators),
    Route("/api/ladders", ladders),
    Route("/api/obligations", obligations),
    Route("/api/export/{fmt}", export),
]
