"""The OpenAPI 3.1 description of /api/, written out so clients (and schemathesis) know every answer's shape."""

from __future__ import annotations

from typing import Any

from allyscope import vocabulary

_ERROR = {"$ref": "#/components/schemas/Error"}
_OBJECT = {"type": "object"}


def _param(name: str, where: str = "query", required: bool = False, **schema: Any) -> dict[str, Any]:
    return {"name": name, "in": where, "required": required, "schema": schema or {"type": "string"}}


def _answers(schema: dict[str, Any], *errors: int) -> dict[str, Any]:
    out: dict[str, Any] = {"200": {"description": "ok", "content": {"application/json": {"schema": schema}}}}
    for status in (400, *errors):
        out[str(status)] = {"description": "error", "content": {"application/json": {"schema": _ERROR}}}
    return out


def _get(summary: str, schema: dict[str, Any], params: list[dict[str, Any]], *errors: int) -> dict[str, Any]:
    return {"get": {"summary": summary, "parameters": params, "responses": _answers(schema, *errors)}}


PAGE = [_param("cursor"), _param("limit", type="integer", minimum=1, maximum=500)]
FILTERS = [
    _param("actor"),
    _param("domain", type="string", enum=list(vocabulary.DOMAINS)),
    _param("type", type="string", enum=[t.lower() for t in vocabulary.PLOVER_TYPES]),
    _param("from"),
    _param("to"),
    {
        "name": "dyad",
        "in": "query",
        "required": False,
        "schema": {"type": "array", "items": {"type": "string"}},
        "style": "form",
        "explode": True,
    },
    {
        "name": "status",
        "in": "query",
        "required": False,
        "style": "form",
        "explode": True,
        "schema": {"type": "array", "items": {"enum": ["pending", "accepted", "merged", "rejected", "all"]}},
    },
]


def _page_of(item: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "object",
        "required": ["items", "next_cursor"],
        "properties": {"items": {"type": "array", "items": item}, "next_cursor": {"type": ["string", "null"]}},
    }


def spec() -> dict[str, Any]:
    fact = {"$ref": "#/components/schemas/Fact"}
    return {
        "openapi": "3.1.0",
        "info": {"title": "allyscope", "version": "1", "description": "An evidence-linked knowledge base."},
        "paths": {
            "/api/documents": {
                **_get("Stored documents", _page_of(_OBJECT), PAGE),
                "post": {
                    "summary": "Ingest an uploaded file (needs the write token as a Bearer token)",
                    "parameters": [_param("name")],
                    "requestBody": {"content": {"application/octet-stream": {"schema": {"type": "string"}}}},
                    "responses": {**_answers(_OBJECT, 403, 413), "201": {"description": "stored"}},
                },
            },
            "/api/entities/{entity}/merge": {
                "post": {
                    "summary": "Merge an entity into another, or undo the merge (needs the write token)",
                    "parameters": [_param("entity", "path", True)],
                    "requestBody": {
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "properties": {
                                        "into": {"type": "string"},
                                        "undo": {"type": "boolean"},
                                        "by": {"type": "string"},
                                    },
                                }
                            }
                        }
                    },
                    "responses": _answers(_OBJECT, 403, 404),
                }
            },
            "/api/documents/{doc}": _get(
                "One document: outline, clean text, notes, markers", _OBJECT, [_param("doc", "path", True)], 404
            ),
            "/api/facts": _get("Reviewed facts in date order (timeline)", _page_of(fact), [*PAGE, *FILTERS]),
            "/api/timeline": _get("Same as /api/facts", _page_of(fact), [*PAGE, *FILTERS]),
            "/api/facts/{fact}": _get(
                "One fact with all sources and evidence", fact, [_param("fact", "path", True)], 404
            ),
            "/api/entities/{entity}": _get(
                "An entity: names, mentions, events, facts, merges", _OBJECT, [_param("entity", "path", True)], 404
            ),
            "/api/search": _get(
                "Full-text search of facts and documents", _OBJECT, [_param("q", required=True), *PAGE]
            ),
            "/api/events": _get("Extracted events (candidates and decided)", _page_of(_OBJECT), [*PAGE, *FILTERS]),
            "/api/review": _get("The review queue", _page_of(_OBJECT), [*PAGE, _param("doc")]),
            "/api/review/{candidate}": {
                "post": {
                    "summary": "Decide on a candidate (needs the write token as a Bearer token)",
                    "parameters": [_param("candidate", "path", True)],
                    "requestBody": {
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "required": ["action"],
                                    "properties": {
                                        "action": {"enum": ["accept", "merge", "edit", "reject"]},
                                        "fact": {"type": "string"},
                                        "reason": {"type": "string"},
                                        "by": {"type": "string"},
                                        "changes": {"type": "object", "additionalProperties": {"type": "string"}},
                                        # the candidate's `decision` in the review queue when the reviewer looked:
                                        # a decision taken since by someone else makes this one a 409 conflict
                                        "seen": {"type": "integer", "minimum": 0},
                                    },
                                }
                            }
                        }
                    },
                    "responses": _answers(_OBJECT, 403, 404, 409),
                }
            },
            "/api/claims": _get("The argument: claims with their evidence and status", {"type": "array"}, []),
            "/api/indicators": _get("Facts by year and domain", _OBJECT, []),
            "/api/ladders": _get("Ladders of the relationship", {"type": "array"}, []),
            "/api/obligations": _get(
                "Agreements between two parties and their obligations",
                _OBJECT,
                [_param("a", required=True), _param("b", required=True)],
            ),
            "/api/export/{fmt}": {
                "get": {
                    "summary": "Facts in an export format",
                    "parameters": [_param("fmt", "path", True), *FILTERS],
                    "responses": {
                        "200": {"description": "the export"},
                        "400": {"description": "error", "content": {"application/json": {"schema": _ERROR}}},
                        "404": {"description": "error", "content": {"application/json": {"schema": _ERROR}}},
                    },
                }
            },
            "/api/openapi.json": _get("This document", _OBJECT, []),
        },
        "components": {
            "schemas": {
                "Error": {
                    "type": "object",
                    "required": ["error"],
                    "properties": {
                        "error": {
                            "type": "object",
                            "required": ["code", "message"],
                            "properties": {"code": {"type": "string"}, "message": {"type": "string"}},
                        }
                    },
                },
                "Fact": {
                    "type": "object",
                    "required": ["id", "date", "summary", "actors", "sources", "evidence"],
                    "properties": {
                        "id": {"type": "string"},
                        "date": {"type": "string"},
                        "summary": {"type": "string"},
                        "actors": {"type": "array"},
                        "sources": {"type": "array"},
                        "evidence": {"type": "array"},
                    },
                },
            }
        },
    }
