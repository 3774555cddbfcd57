"""JSON answers of the API: one error shape, ETags, cursors.

Every error is `{"error": {"code", "message"}}` (as datasette does), whatever raised it. A GET answer carries an
ETag made from its bytes; a client that sends it back in If-None-Match gets 304 and no body. A cursor is an opaque
token for "the next page", so clients never build offsets themselves."""

from __future__ import annotations

import base64
import hashlib
from typing import Any

import orjson
from starlette.requests import Request
from starlette.responses import Response

PAGE_DEFAULT = 50
PAGE_MAX = 500


class ApiError(Exception):
    """An answer the client caused: bad parameters (400), missing token (403), unknown item (404)."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


def error_response(status: int, code: str, message: str) -> Response:
    body = orjson.dumps({"error": {"code": code, "message": message}})
    return Response(body, status_code=status, media_type="application/json")


def json_response(request: Request, data: Any, status: int = 200) -> Response:
    body = orjson.dumps(data, option=orjson.OPT_NON_STR_KEYS)
    tag = '"' + hashlib.blake2b(body, digest_size=12).hexdigest() + '"'
    if request.method == "GET" and request.headers.get("if-none-match") == tag:
        return Response(status_code=304, headers={"etag": tag})
    return Response(body, status_code=status, media_type="application/json", headers={"etag": tag})


def _limit(request: Request) -> int:
    try:
        limit = int(request.query_params.get("limit", PAGE_DEFAULT))
    except ValueError as exc:
        raise ApiError(400, "bad_limit", "limit must be a whole number") from exc
    if not 1 <= limit <= PAGE_MAX:
        raise ApiError(400, "bad_limit", f"limit must be between 1 and {PAGE_MAX}")
    return limit


def _cursor(request: Request) -> str | None:
    cursor = request.query_params.get("cursor")
    if not cursor:
        return None
    try:
        return base64.urlsafe_b64decode(cursor.encode() + b"==").decode()
    except (ValueError, UnicodeDecodeError) as exc:
        raise ApiError(400, "bad_cursor", "cursor is not one this API gave out") from exc


def page_params(request: Request) -> tuple[int, int]:
    """(offset, limit) from `cursor` and `limit`; a bad value is the client's error."""
    limit = _limit(request)
    cursor = _cursor(request)
    if cursor is None:
        return 0, limit
    if not cursor.isdigit():
        raise ApiError(400, "bad_cursor", "cursor is not one this API gave out")
    return int(cursor), limit


def keyed_page_params(request: Request) -> tuple[str | None, int]:
    """(the key of the last item of the previous page, limit) for a list paged by key (facts, the timeline):
    the next page starts after that item, however deep, instead of reading and dropping `offset` rows."""
    limit = _limit(request)
    cursor = _cursor(request)
    if cursor is None:
        return None, limit
    if not cursor.startswith(_KEYED) or len(cursor) == 1:
        raise ApiError(400, "bad_cursor", "cursor is not one this API gave out")
    return cursor[1:], limit


_KEYED = "@"


def paged(items: list[Any], offset: int, limit: int) -> dict[str, Any]:
    """A page of `items` fetched with one extra row, and the cursor of the next page when there is one."""
    more = len(items) > limit
    token = base64.urlsafe_b64encode(str(offset + limit).encode()).decode().rstrip("=") if more else None
    return {"items": items[:limit], "next_cursor": token}


def paged_by_key(items: list[dict[str, Any]], limit: int) -> dict[str, Any]:
    """A page of `items` (each with an `id`) fetched with one extra row; the next page's cursor names the last
    item shown."""
    more = len(items) > limit
    shown = items[:limit]
    key = _KEYED + str(shown[-1]["id"]) if more and shown else None
    token = base64.urlsafe_b64encode(key.encode()).decode().rstrip("=") if key else None
    return {"items": shown, "next_cursor": token}
