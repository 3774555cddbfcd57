"""Kept answers (allyscope/web/cache.py): served while nothing is written, never after a write, whoever wrote it."""

from __future__ import annotations

import shutil
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from allyscope.cli import main
from allyscope.web.cache import AnswerCache, Kept

from .conftest import TOKEN

HERE = Path(__file__).parent


@pytest.fixture()
def own_kb(kb: Path, tmp_path: Path) -> Path:
    """A copy of the web tests' knowledge base that these tests may write to."""
    copy = tmp_path / "kb.db"
    shutil.copy(kb, copy)
    return copy


@pytest.fixture()
def app_client(own_kb: Path) -> Iterator[Any]:
    from starlette.testclient import TestClient

    from allyscope.web import create_app

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        yield TestClient(create_app(own_kb, TOKEN))


def _cache(client: Any) -> AnswerCache:
    cache: AnswerCache = client.app.state.cache
    return cache


def test_a_repeated_question_is_answered_from_the_cache(app_client: Any) -> None:
    first = app_client.get("/timeline", params={"from": "2020"})
    hits = _cache(app_client).hits
    again = app_client.get("/timeline", params={"from": "2020"})
    assert _cache(app_client).hits == hits + 1
    assert again.text == first.text and again.headers["etag"] == first.headers["etag"]
    assert again.headers["content-type"] == first.headers["content-type"] == "text/html; charset=utf-8"
    assert "content-security-policy" in again.headers, "kept answers pass through the security headers too"
    other = app_client.get("/timeline", params={"from": "2021"})
    assert other.headers["etag"] != first.headers["etag"], "the query string is part of the key"


def test_a_page_etag_gives_304(app_client: Any) -> None:
    first = app_client.get("/search", params={"q": "北约"})
    assert first.status_code == 200 and "set-cookie" not in first.headers, "a page without forms sets no cookie"
    again = app_client.get("/search", params={"q": "北约"}, headers={"If-None-Match": first.headers["etag"]})
    assert again.status_code == 304 and not again.content


def test_a_decision_changes_every_kept_answer(app_client: Any) -> None:
    queue = app_client.get("/api/review", params={"limit": 500})
    events = app_client.get("/api/events", params={"status": "all", "limit": 500})
    review_page = app_client.get("/review")
    assert review_page.headers.get("set-cookie"), "the review form's page carries the CSRF cookie"
    candidate = queue.json()["items"][0]["candidate"]
    app_client.get("/api/review", params={"limit": 500})  # kept now
    decided = app_client.post(
        f"/api/review/{candidate}",
        json={"action": "reject", "reason": "cache test", "by": "tester"},
        headers={"Authorization": f"Bearer {TOKEN}"},
    )
    assert decided.status_code == 200
    after = app_client.get("/api/review", params={"limit": 500}, headers={"If-None-Match": queue.headers["etag"]})
    assert after.status_code == 200 and after.headers["etag"] != queue.headers["etag"]
    assert candidate not in {c["candidate"] for c in after.json()["items"]}
    statuses = {
        e["candidate"]: e["status"]
        for e in app_client.get("/api/events", params={"status": "all", "limit": 500}).json()["items"]
    }
    before = {e["candidate"]: e["status"] for e in events.json()["items"]}
    assert before[candidate] == "pending" and statuses[candidate] == "rejected"
    assert candidate not in app_client.get("/review").text


def test_a_write_by_another_process_changes_kept_answers(app_client: Any, own_kb: Path, tmp_path: Path) -> None:
    listed = app_client.get("/api/documents", params={"limit": 500}).json()["items"]
    app_client.get("/api/documents", params={"limit": 500})
    extra = tmp_path / "later.txt"
    extra.write_text(
        "A later note.\n\nOn 3 March 2024 two ministers met in Canberra to talk about shipyards.\n", "utf-8"
    )
    result = CliRunner().invoke(main, ["ingest", "--db", str(own_kb), str(extra)])  # its own connection
    assert result.exit_code == 0, result.output
    now = app_client.get("/api/documents", params={"limit": 500}).json()["items"]
    assert len(now) == len(listed) + 1


def test_the_cache_is_bounded_in_entries_and_bytes(own_kb: Path) -> None:
    cache = AnswerCache(own_kb, max_entries=3, max_bytes=1000)
    version = cache.version()
    for i in range(5):
        cache.put(f"/a?{i}", Kept(version, b"x" * 100, "text/plain", f'"{i}"'))
    assert len(cache) == 3 and cache.get("/a?0", version) is None and cache.get("/a?4", version) is not None
    cache.put("/big", Kept(version, b"y" * 900, "text/plain", '"big"'))
    assert cache.get("/big", version) is not None and len(cache) == 2, "older entries make room for the bytes"
    cache.wrote()
    assert cache.get("/big", cache.version()) is None, "an entry of an older version is never served"
    cache.close()


def test_fact_answers_carry_an_etag_but_take_no_room(app_client: Any) -> None:
    """A fact page or fact answer is cheaper to make again than the room it takes: tagged, never kept, so a crowd
    of new fact pages cannot push the costly answers (a page of events) out of the bounded cache."""
    facts = app_client.get("/api/facts", params={"limit": 3}).json()["items"]
    assert facts
    app_client.get("/timeline", params={"from": "2020"})
    kept = len(_cache(app_client))
    for fact in facts:
        for url in (f"/facts/{fact['id']}", f"/api/facts/{fact['id']}"):
            first = app_client.get(url)
            assert first.status_code == 200 and first.headers["etag"]
            again = app_client.get(url, headers={"If-None-Match": first.headers["etag"]})
            assert again.status_code == 304 and not again.content
    assert len(_cache(app_client)) == kept, "fact answers were kept"
    hits = _cache(app_client).hits
    app_client.get("/timeline", params={"from": "2020"})
    assert _cache(app_client).hits == hits + 1, "the costly answer kept before is still kept"


def test_a_memo_lives_for_one_version_and_is_bounded(own_kb: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from allyscope.web import cache as module

    cache = AnswerCache(own_kb)
    memo = cache.memo("suggestions", cache.version())
    memo.keep("a", 1)
    assert cache.memo("suggestions", cache.version()) is memo and memo["a"] == 1
    assert cache.memo("other", cache.version()) is not memo
    cache.wrote()
    assert "a" not in cache.memo("suggestions", cache.version()), "a new version starts empty"
    monkeypatch.setattr(module, "MAX_MEMO", 2)
    memo = cache.memo("suggestions", cache.version())
    for key in "xyz":
        memo.keep(key, key)
    assert len(memo) <= 2 and memo["z"] == "z"
    cache.close()


def _suggested(items: list[dict[str, Any]]) -> dict[str, Any]:
    return {c["candidate"]: c["suggestions"] for c in items}


def test_suggestions_kept_for_a_version_are_those_made_afresh(
    app_client: Any, own_kb: Path, tmp_path: Path, article_path: Path
) -> None:
    """Two documents reporting the same events: a candidate of the second gets the suggestions found for its twin
    of the first (the memo), the same as made afresh; once the twin is accepted as a fact, that fact is
    suggested for it: nothing kept before the decision is served after it."""
    from allyscope.web import queries
    from allyscope.web.access import ReadOnlyStore

    def fresh() -> dict[str, Any]:
        store = ReadOnlyStore(own_kb)
        try:
            return _suggested(queries.review_page(store, None, None, 500)[:500])
        finally:
            store.close()

    copy = tmp_path / "copy.txt"
    copy.write_text(article_path.read_text("utf-8") + "\nA copy.\n", "utf-8")
    result = CliRunner().invoke(main, ["ingest", "--db", str(own_kb), str(copy)])
    assert result.exit_code == 0, result.output
    first = app_client.get("/api/review", params={"limit": 500}).json()["items"]
    assert _suggested(first) == fresh()
    twins: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
    for c in first:
        key = (c["date"], c["domain"], c["type"], frozenset([*c["actors"], *c["involved"]]), c["summary"])
        twins.setdefault(key, []).append(c)
    pair = next(found for found in twins.values() if len(found) == 2 and found[0]["actors"])
    decided = app_client.post(
        f"/api/review/{pair[0]['candidate']}",
        json={"action": "accept", "by": "tester"},
        headers={"Authorization": f"Bearer {TOKEN}"},
    )
    assert decided.status_code == 200
    fact = decided.json()["fact"]
    after = app_client.get("/api/review", params={"limit": 500}).json()["items"]
    assert _suggested(after) == fresh()
    assert fact in [s["fact"] for s in _suggested(after)[pair[1]["candidate"]]]
    assert fact not in [s["fact"] for s in _suggested(first)[pair[1]["candidate"]]]
