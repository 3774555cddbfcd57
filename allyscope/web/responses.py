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


def page_params(request: Request) -> tuple[int, int]:
    """(offset, limit) from `cursor` and `limit`; a bad value is the client's error."""
    try:
        limit = int(request.query_params.get("limit", PAGE_DEFAULT))
    except ValueError as exc:
        raise ApiError(400, "bad_limit", "limit must be a whole number") from exc
    if not 1 <= limit <= PAGE_MAX:
        raise ApiError(400, "bad_limit", f"limit must be between 1 and {PAGE_MAX}")
    cursor = request.query_params.get("cursor")
    if not cursor:
        return 0, limit
    try:
        offset = int(base64.urlsafe_b64decode(cursor.encode() + b"==").decode())
    except (ValueError, UnicodeDecodeError) as exc:
        raise ApiError(400, "bad_cursor", "cursor is not one this API gave out") from exc
    if offset < 0:
        raise ApiError(400, "bad_cursor", "cursor is not one this API gave out")
    return offset, limit


def paged(items: list[Any], offset: int, limit: int) -> dict[str, Any]:
    """A page of `items` fetched with one extra row, and the cursor of the next page when there is one."""
    more = len(items) > limit
    token = base64.urlsafe_b64encode(str(offset + limit).encode()).decode().rstrip("=") if more else None
    return {"items": items[:limit], "next_cursor": token}
