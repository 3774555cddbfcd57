"""Small reads on the event loop's own connection (access.py `read_inline`): fact pages are answered without a
thread hop, even several at once, and that connection still sees every commit made after it was opened."""

from __future__ import annotations

import asyncio
import shutil
import threading
import warnings
from pathlib import Path
from typing import Any

import httpx
import pytest
from click.testing import CliRunner

from allyscope.cli import main
from allyscope.entities import gazetteer
from allyscope.web import create_app, queries
from allyscope.web.access import Database


@pytest.fixture()
def own_kb(kb: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "kb.db"
    shutil.copy(kb, copy)
    return copy


def test_concurrent_fact_pages_are_read_on_the_event_loop(kb: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    gazetteer()  # what the server builds in a thread at start-up; until then fact pages go to the readers
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        app = create_app(kb)
    readers: list[int] = []
    real = queries.fact_page

    def recorded(store: Any, fact_id: str) -> Any:
        readers.append(threading.get_ident())
        return real(store, fact_id)

    monkeypatch.setattr(queries, "fact_page", recorded)

    async def visit() -> tuple[int, list[int]]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://desk") as client:
            facts = (await client.get("/api/facts", params={"limit": 8})).json()["items"]
            assert len(facts) >= 4
            # distinct URLs, so none is a kept answer; all in flight at once
            answers = await asyncio.gather(*(client.get(f"/facts/{f['id']}?n={i}") for i, f in enumerate(facts)))
        assert all(a.status_code == 200 and f["id"] in a.text for a, f in zip(answers, facts, strict=True))
        return threading.get_ident(), [a.status_code for a in answers]

    loop_thread, statuses = asyncio.run(visit())
    assert len(readers) == len(statuses)
    assert set(readers) == {loop_thread}  # no page waited for a worker thread to take the GIL
    db: Database = app.state.db
    assert db.inline_reads == len(statuses)


def test_the_loop_connection_sees_a_commit_made_after_it(own_kb: Path, tmp_path: Path) -> None:
    gazetteer()
    db = Database(own_kb)
    stores: list[Any] = []

    def count(store: Any) -> int:
        stores.append(store)
        return int(store.conn.execute("SELECT count(*) FROM documents").fetchone()[0])

    done, before = db.read_inline(count)
    assert done and before
    extra = tmp_path / "later.txt"
    extra.write_text(
        "A later note.\n\nOn 3 March 2024 two ministers met in Canberra to talk about shipyards.\n", "utf-8"
    )
    result = CliRunner().invoke(main, ["ingest", "--db", str(own_kb), str(extra)])  # another connection commits
    assert result.exit_code == 0, result.output
    done, after = db.read_inline(count)
    assert done and after == before + 1
    assert stores[0] is stores[1]  # the same kept connection both times, not a new one that would see it anyway


def test_a_busy_loop_connection_sends_the_read_to_a_worker_thread(own_kb: Path) -> None:
    gazetteer()
    db = Database(own_kb)
    seen: list[int] = []

    def nested(store: Any) -> int:
        seen.append(threading.get_ident())
        # a second read while the first holds the loop's connection (another loop's thread, in a real server)
        return asyncio.run(db.read(lambda s: threading.get_ident(), small=True))

    done, other = db.read_inline(nested)
    assert done and other != seen[0]  # served by a pooled reader in a worker thread, not on the busy connection


def test_a_review_page_of_kept_suggestions_is_read_on_the_event_loop(
    own_kb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first asking of a review page gives up on the loop (its suggestions are not kept yet) and makes them
    in a reader thread; asked again it is read on the loop, and shows the same candidates and suggestions."""
    import re

    from allyscope.web import pages

    gazetteer()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        app = create_app(own_kb, "token")
    readers: list[int] = []
    real = queries.review_page

    def recorded(*args: Any, **kwargs: Any) -> Any:
        readers.append(threading.get_ident())
        return real(*args, **kwargs)

    monkeypatch.setattr(queries, "review_page", recorded)

    async def visit() -> tuple[int, list[str]]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://desk") as client:
            texts = [(await client.get("/review", params={"limit": 10})).text for _ in range(2)]
        return threading.get_ident(), texts

    loop, (first, again) = asyncio.run(visit())
    assert len(readers) == 3 and readers[0] == loop and readers[1] != loop and readers[2] == loop
    assert "May duplicate" in first
    strip = re.compile(r'name="csrf" value="[^"]*"')  # each page a CSRF value of its own (no cookie sent back)
    assert strip.sub("", first) == strip.sub("", again)
    assert pages.INLINE_REVIEW < 500, "a page of hundreds of candidates never runs on the loop"
