"""One answer made for a crowd (cache.py `Pending`): concurrent requests for the same URL at the same version of
the database wait for the first one's answer instead of each running its queries; a different URL, a failure, or
a write in between is never answered with another request's work."""

from __future__ import annotations

import asyncio
import shutil
import threading
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from allyscope.web import create_app, queries
from allyscope.web.cache import AnswerCache


@pytest.fixture()
def own_kb(kb: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "kb.db"
    shutil.copy(kb, copy)
    return copy


def _app(db: Path) -> Any:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        return create_app(db)


def _slow_counted(monkeypatch: pytest.MonkeyPatch, name: str) -> list[str]:
    """Replace `queries.<name>` by a version that records each call and takes 50 ms, so requests overlap."""
    calls: list[str] = []
    real: Callable[..., Any] = getattr(queries, name)
    lock = threading.Lock()

    def slow(*args: Any, **kwargs: Any) -> Any:
        with lock:
            calls.append(threading.current_thread().name)
        time.sleep(0.05)
        return real(*args, **kwargs)

    monkeypatch.setattr(queries, name, slow)
    return calls


def _crowd(app: Any, urls: list[str], headers: dict[str, str] | None = None) -> list[httpx.Response]:
    async def visit() -> list[httpx.Response]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://desk") as client:
            return list(await asyncio.gather(*(client.get(url, headers=headers) for url in urls)))

    return asyncio.run(visit())


def test_identical_concurrent_requests_are_answered_by_one_computation(
    own_kb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = _app(own_kb)
    calls = _slow_counted(monkeypatch, "events_page")
    answers = _crowd(app, ["/api/events?limit=5&status=all"] * 8)
    assert [a.status_code for a in answers] == [200] * 8
    assert len(calls) == 1, "eight identical requests in flight at once ran the query once"
    assert len({a.content for a in answers}) == 1 and len({a.headers["etag"] for a in answers}) == 1
    assert len(answers[0].json()["items"]) == 5
    cache: AnswerCache = app.state.cache
    assert cache.shared == 7
    assert all("content-security-policy" in a.headers for a in answers), "shared answers get the headers too"
    app.state.db.cache.close()


def test_different_urls_are_not_shared(own_kb: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = _app(own_kb)
    calls = _slow_counted(monkeypatch, "events_page")
    answers = _crowd(app, [f"/api/events?limit={n}&status=all" for n in (1, 2, 3, 1, 2, 3)])
    assert len(calls) == 3
    assert [len(a.json()["items"]) for a in answers] == [1, 2, 3, 1, 2, 3]


def test_a_waiter_with_the_etag_gets_304(own_kb: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = _app(own_kb)
    first = _crowd(app, ["/api/events?limit=3&status=all"])[0]
    app.state.cache.wrote()  # a commit (as far as the cache knows): the kept answer is of an older version
    calls = _slow_counted(monkeypatch, "events_page")
    answers = _crowd(app, ["/api/events?limit=3&status=all"] * 4, headers={"If-None-Match": first.headers["etag"]})
    assert len(calls) == 1, "made again once for the new version"
    assert [a.status_code for a in answers] == [304] * 4, "the same bytes: the client's copy is still right"


def test_a_failed_answer_is_not_shared(own_kb: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An error answer is not kept: each request waiting on it makes (and gets) its own."""
    app = _app(own_kb)
    calls = _slow_counted(monkeypatch, "events_page")
    answers = _crowd(app, ["/api/events?limit=3&actor=nobody-of-that-name"] * 3)
    assert [a.status_code for a in answers] == [400] * 3
    assert all(a.json()["error"]["code"] == "bad_actor" for a in answers)
    assert len(calls) == 3
    assert not app.state.cache._pending, "nothing left waiting"


def test_a_write_between_is_never_answered_with_older_work(own_kb: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A request that arrives after a commit asks at the new version: it does not wait for an answer being made
    at the old one."""
    app = _app(own_kb)
    cache: AnswerCache = app.state.cache
    calls = _slow_counted(monkeypatch, "events_page")

    async def visit() -> list[httpx.Response]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://desk") as client:
            url = "/api/events?limit=4&status=all"
            early = asyncio.ensure_future(client.get(url))
            await asyncio.sleep(0.02)  # the first is making its answer now
            cache.wrote()
            late = await client.get(url)
            return [await early, late]

    early, late = asyncio.run(visit())
    assert len(calls) == 2
    assert early.status_code == late.status_code == 200


def test_a_memo_value_asked_by_many_threads_at_once_is_made_once(own_kb: Path) -> None:
    cache = AnswerCache(own_kb)
    memo = cache.memo("suggestions", cache.version())
    made: list[int] = []
    start = threading.Barrier(6)

    def make() -> list[str]:
        made.append(1)
        time.sleep(0.05)
        return ["value"]

    got: list[Any] = []

    def ask() -> None:
        start.wait()
        got.append(memo.made("key", make))

    threads = [threading.Thread(target=ask) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(made) == 1 and got == [["value"]] * 6
    assert memo.made("key", make) == ["value"] and len(made) == 1
    cache.close()


def test_a_failed_memo_value_is_made_by_the_next_asker(own_kb: Path) -> None:
    cache = AnswerCache(own_kb)
    memo = cache.memo("suggestions", cache.version())

    def fail() -> None:
        raise RuntimeError("no")

    with pytest.raises(RuntimeError):
        memo.made("key", fail)
    assert "key" not in memo
    assert memo.made("key", lambda: 5) == 5
    cache.close()


def test_concurrent_review_pages_compute_each_suggestion_once(own_kb: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Review pages opened together (each in its reader thread) share the suggestions they ask for: each
    candidate's key computed once, and every page shows what a page made alone shows."""
    from allyscope.knowledge import review

    alone = _crowd(_app(own_kb), ["/api/review?limit=30"])[0].json()["items"]
    app = _app(own_kb)
    keys: list[Any] = []
    real = review.suggestions

    def counted(conn: Any, event: dict[str, Any], *args: Any, **kwargs: Any) -> Any:
        keys.append((event["date"], event["domain"], event["type"], frozenset([*event["actors"], *event["involved"]])))
        time.sleep(0.002)
        return real(conn, event, *args, **kwargs)

    monkeypatch.setattr(review, "suggestions", counted)
    answers = _crowd(app, [f"/review?limit=30&n={i}" for i in range(4)] + ["/api/review?limit=30"])
    assert all(a.status_code == 200 for a in answers)
    assert keys and len(keys) == len(set(keys)), "a candidate's suggestions were computed twice"
    assert answers[-1].json()["items"] == alone
