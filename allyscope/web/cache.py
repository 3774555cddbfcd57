"""Answers kept while the knowledge base does not change: the bytes of a page or API answer, keyed by its URL and
the database's version, with an ETag so a client that has them gets 304 and no body.

Most of the desk's traffic asks the same few questions (a year of the timeline, a search word, the first page of
documents); answering them again from the database costs the queries, the records and the rendering each time.
An answer is valid as long as nothing was written: SQLite's `PRAGMA data_version` on a connection of our own
changes whenever another connection commits (ingest, review, merges, whatever process made them), and the
server's own writes also count one up. A kept answer of an older version is never served. The cache is bounded
in entries and bytes (least recently used go first), so the server's memory stays flat under any traffic.

A question asked by many clients at once before its answer is kept (the first minute of a crowd, or right after
a commit) is answered once: the first request makes the answer and the others of the same URL and version wait
for it (`Pending`), instead of each running the same queries while the others queue behind them."""

from __future__ import annotations

import asyncio
import hashlib
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from functools import wraps
from pathlib import Path
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

MAX_ENTRIES = 2048
MAX_BYTES = 48 * 1024 * 1024
MAX_ANSWER = 2 * 1024 * 1024  # larger answers (exports, whole lists) are made afresh each time
MAX_MEMO = 20_000  # values a memo holds before it starts again empty
MEMO_WAIT = 10.0  # seconds a reader waits for a value another is making before it looks again

Handler = Callable[[Request], Awaitable[Response]]


@dataclass(frozen=True)
class Kept:
    version: tuple[int, int]
    body: bytes
    media_type: str
    etag: str


def etag_of(body: bytes) -> str:
    return '"' + hashlib.blake2b(body, digest_size=12).hexdigest() + '"'


class AnswerCache:
    """Kept answers of one SQLite database; `version()` says which are still true."""

    def __init__(self, path: Path, max_entries: int = MAX_ENTRIES, max_bytes: int = MAX_BYTES) -> None:
        # read-only, never in a transaction: data_version then tells of every commit made by another connection
        self._watch = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None, check_same_thread=False
        )
        self._watch_lock = threading.Lock()
        self._writes = 0
        self._entries: OrderedDict[str, Kept] = OrderedDict()
        self._bytes = 0
        self.max_entries, self.max_bytes = max_entries, max_bytes
        self.hits = self.misses = 0
        self.shared = 0  # answers a request waited for while another request made them
        self._pending: dict[tuple[str, tuple[int, int]], Pending] = {}
        self._memos: dict[str, tuple[tuple[int, int], Memo]] = {}
        self._memo_lock = threading.Lock()

    def version(self) -> tuple[int, int]:
        """(our own writes, SQLite's data_version): different after any commit to the database."""
        with self._watch_lock:
            (data_version,) = self._watch.execute("PRAGMA data_version").fetchone()
        return self._writes, int(data_version)

    def wrote(self) -> None:
        """Our own write committed: every kept answer is of an older version now."""
        self._writes += 1

    def get(self, key: str, version: tuple[int, int]) -> Kept | None:
        kept = self._entries.get(key)
        if kept is None or kept.version != version:
            self.misses += 1
            return None
        self._entries.move_to_end(key)
        self.hits += 1
        return kept

    def put(self, key: str, kept: Kept) -> None:
        if len(kept.body) > MAX_ANSWER:
            return
        old = self._entries.pop(key, None)
        if old is not None:
            self._bytes -= len(old.body)
        self._entries[key] = kept
        self._bytes += len(kept.body)
        while len(self._entries) > self.max_entries or self._bytes > self.max_bytes:
            _, dropped = self._entries.popitem(last=False)
            self._bytes -= len(dropped.body)

    def pending(self, key: str, version: tuple[int, int]) -> Pending | None:
        """The answer of `key` at `version` being made now by another request on this event loop, if any."""
        found = self._pending.get((key, version))
        return found if found is not None and found.loop is asyncio.get_running_loop() else None

    def making(self, key: str, version: tuple[int, int]) -> Pending:
        """Say that this request makes the answer of `key` at `version`: others asking meanwhile wait for it.
        The maker must call `Pending.done` whatever happens (a failure tells the waiters to make their own)."""
        pending = self._pending[(key, version)] = Pending(self, (key, version))
        return pending

    def memo(self, name: str, version: tuple[int, int], limit: int = MAX_MEMO) -> Memo:
        """The values called `name` computed from the database at `version` (read before the data, as for
        answers), at most `limit` of them; a new version starts them again empty."""
        with self._memo_lock:
            found = self._memos.get(name)
            if found is None or found[0] != version:
                found = self._memos[name] = (version, Memo(limit))
            return found[1]

    def __len__(self) -> int:
        return len(self._entries)

    def close(self) -> None:
        self._watch.close()


class Pending:
    """An answer being made by one request, awaited by the others asking the same URL at the same version.

    Only the event loop's own tasks share it (an asyncio future belongs to its loop); what they get is the answer
    (`Kept`), or None when the maker failed, was cancelled or answered something not to be shared (an error, a
    cookie), and then each waiter makes its own answer as if nobody had been making it."""

    def __init__(self, cache: AnswerCache, key: tuple[str, tuple[int, int]]) -> None:
        self.loop = asyncio.get_running_loop()
        self._future: asyncio.Future[Kept | None] = self.loop.create_future()
        self._cache, self._key = cache, key

    async def wait(self) -> Kept | None:
        # shielded: a waiter whose client went away must not cancel the answer the others wait for
        return await asyncio.shield(self._future)

    def done(self, kept: Kept | None) -> None:
        if self._cache._pending.get(self._key) is self:
            del self._cache._pending[self._key]
        if not self._future.done():
            self._future.set_result(kept)


class Memo(dict):  # type: ignore[type-arg]
    """Parts of answers that many answers share (the duplicates a review page suggests for a candidate: the
    same for every candidate of the same date, entities, domain and type, as when several documents report one
    event), kept for one version of the database by `AnswerCache.memo`; bounded: once MAX_MEMO values are kept,
    it starts again empty, so the server's memory stays flat.

    Readers in several threads fill it at once: `made` makes a value once, the other threads asking for it
    meanwhile wait for that one (twenty review pages opened together after a commit each computed the same
    suggestions, twenty times the work)."""

    def __init__(self, limit: int = MAX_MEMO) -> None:
        super().__init__()
        self.limit = limit
        self._lock = threading.Lock()
        self._making: dict[Any, threading.Event] = {}

    def keep(self, key: Any, value: Any) -> None:
        if len(self) >= min(self.limit, MAX_MEMO):
            self.clear()
        self[key] = value

    def kept_only(self) -> KeptOnly:
        """This memo read without making anything: a value not kept raises `NotKept`."""
        return KeptOnly(self)

    def made(self, key: Any, make: Callable[[], Any]) -> Any:
        """The value kept under `key`, made by `make()` when there is none; while another thread makes it, wait
        for that thread's value. A maker that fails leaves nothing: a waiter then makes the value itself."""
        while True:
            with self._lock:
                if key in self:
                    return self[key]
                making = self._making.get(key)
                if making is None:
                    making = self._making[key] = threading.Event()
                    break
            making.wait(MEMO_WAIT)
        try:
            value = make()
            with self._lock:
                self.keep(key, value)
            return value
        finally:
            with self._lock:
                del self._making[key]
            making.set()


class NotKept(LookupError):
    """A value the work needs is not in the memo yet: making it is for a reader thread, not the event loop."""


class KeptOnly:
    """A memo that gives what it keeps and makes nothing (`Memo.kept_only`): work run on the event loop, which
    must stay short, reads through it and gives up (`NotKept`) where a value would have to be computed."""

    def __init__(self, memo: Memo) -> None:
        self._memo = memo

    def get(self, key: Any) -> Any:
        return self._memo.get(key)

    def made(self, key: Any, make: Callable[[], Any]) -> Any:
        found = self._memo.get(key)
        if found is None:
            raise NotKept(key)
        return found


def memo_of(request: Request, name: str, limit: int = MAX_MEMO) -> Memo | None:
    """The app's memo called `name` at the database's version now, read before the request reads any data
    (None without a cache: PostgreSQL has no version to tell of a commit)."""
    cache: AnswerCache | None = getattr(request.app.state, "cache", None)
    return None if cache is None else cache.memo(name, cache.version(), limit)


def _answer(request: Request, kept: Kept) -> Response:
    if request.headers.get("if-none-match") == kept.etag:
        return Response(status_code=304, headers={"etag": kept.etag})
    return Response(kept.body, media_type=kept.media_type, headers={"etag": kept.etag})


def cached(handler: Handler) -> Handler:
    """A GET handler whose successful answers are kept until the database changes.

    Only answers that depend on nothing but the URL and the data may be wrapped: no cookie, no token, no form."""
    return _wrapped(handler, keep=True)


def tagged(handler: Handler) -> Handler:
    """A GET handler whose answers carry an ETag (a client holding them gets 304) but are never kept.

    For answers cheaper to make again than the room they take: a fact page is a few rows by key (0.2 ms), and
    each one is a new URL, so keeping them pushed the costly answers (a page of events, up to 200 ms) out of the
    bounded cache under a crowd of fact pages. The same rules as `cached` for what may be wrapped."""
    return _wrapped(handler, keep=False)


def _wrapped(handler: Handler, keep: bool) -> Handler:
    @wraps(handler)
    async def answer(request: Request) -> Response:
        cache: AnswerCache | None = getattr(request.app.state, "cache", None)
        if cache is None or request.method != "GET":
            return await handler(request)
        key = request.url.path + "?" + request.url.query
        version = cache.version()  # read before the data: an answer is never kept under a newer version than its own
        if not keep:
            response = await handler(request)
            made = _keepable(response, version)
            return response if made is None else _answer(request, made)
        kept = cache.get(key, version)
        if kept is not None:
            return _answer(request, kept)
        pending = cache.pending(key, version)
        if pending is not None:  # another request is making this very answer: wait for it
            kept = await pending.wait()
            if kept is not None:
                cache.shared += 1
                return _answer(request, kept)
            return await handler(request)  # it failed or is not to be shared: make our own
        pending = cache.making(key, version)
        made = None
        try:
            response = await handler(_unconditional(request))
            made = _keepable(response, version)
            if made is None:
                return response
            cache.put(key, made)
            return _answer(request, made)
        finally:
            pending.done(made)

    return answer


def _unconditional(request: Request) -> Request:
    """The request without its If-None-Match, for the handler making an answer to keep: the bytes are what is
    kept and shared (a handler of its own would answer 304 with none); `_answer` then tells 304 itself."""
    headers = request.scope["headers"]
    if not any(name == b"if-none-match" for name, _ in headers):
        return request
    scope = dict(request.scope)
    scope["headers"] = [(name, value) for name, value in headers if name != b"if-none-match"]
    return Request(scope, request.receive)


def _keepable(response: Response, version: tuple[int, int]) -> Kept | None:
    """The answer as kept bytes, or None when it must not be kept or shared: an error, a cookie, no body."""
    if response.status_code != 200 or b"set-cookie" in dict(response.raw_headers) or not response.body:
        return None
    body = bytes(response.body)
    return Kept(version, body, response.media_type or "application/octet-stream", etag_of(body))
