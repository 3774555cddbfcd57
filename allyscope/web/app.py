"""The ASGI application: API and pages over one database, security headers, one error shape."""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from allyscope.errors import AllyscopeError
from allyscope.store.dialect import DatabaseURL
from allyscope.web import api, pages
from allyscope.web.access import Database
from allyscope.web.responses import ApiError, error_response
from allyscope.web.security import SecurityHeaders


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or "application/json" in request.headers.get("accept", "")


def _answer(request: Request, status: int, code: str, message: str) -> Response:
    if _wants_json(request):
        return error_response(status, code, message)
    html = pages.templates.get_template("error.html").render(status=status, message=message, query="")
    return HTMLResponse(html, status_code=status)


async def _api_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiError)
    return _answer(request, exc.status, exc.code, exc.message)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
    return _answer(request, exc.status_code, code, str(exc.detail))


async def _library_error(request: Request, exc: Exception) -> Response:
    return _answer(request, 400, "bad_request", str(exc))


async def _server_error(request: Request, exc: Exception) -> Response:
    return _answer(request, 500, "internal", "the server failed on this request; it has been logged")


def _load_gazetteer() -> None:
    from allyscope.entities import gazetteer

    gazetteer()


@asynccontextmanager
async def _warm(app: Starlette) -> AsyncIterator[None]:
    """Load the gazetteer (entity names for every fact and event record: half a second) in a thread of its own as
    the server starts, once for the process, instead of in the first request that needs it. Start-up does not
    wait for it: the first answers (the API's description, cached pages) need no names."""
    threading.Thread(target=_load_gazetteer, name="allyscope-warm", daemon=True).start()
    yield


def create_app(db_path: Path | DatabaseURL, write_token: str | None = None) -> Starlette:
    """The app over `db_path`; writes are enabled only when `write_token` is given."""
    app = Starlette(
        routes=[*api.routes, *pages.routes],
        exception_handlers={
            ApiError: _api_error,
            HTTPException: _http_error,
            AllyscopeError: _library_error,
            Exception: _server_error,
        },
        lifespan=_warm,
    )
    app.state.db = Database(db_path)
    app.state.cache = app.state.db.cache
    app.state.write_token = write_token
    app.add_middleware(SecurityHeaders)
    return app
