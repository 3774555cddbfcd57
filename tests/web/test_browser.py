"""The desk in a real browser (Debian's Chromium driven by Playwright): follow a fact to its evidence and document,
review a candidate with the token, see that without it nothing changes, and that hostile text never runs.

Screenshots go to `.artifacts/screenshots/` for a person to look at."""

from __future__ import annotations

import os
import socket
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.web.conftest import TOKEN

CHROMIUM = Path(os.environ.get("ALLYSCOPE_CHROMIUM", "/usr/bin/chromium"))
SHOTS = Path(__file__).parent.parent.parent / ".artifacts" / "screenshots"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]  # fmt: skip


def _need_browser() -> None:
    missing = [] if CHROMIUM.exists() else [str(CHROMIUM)]
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        missing.append("the playwright package")
    if missing:
        if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
            pytest.fail(f"browser tests need {', '.join(missing)} (.ci/run installs them)")
        pytest.skip(f"browser tests need {', '.join(missing)}")


@pytest.fixture(scope="module")
def server(kb: Path) -> Iterator[str]:
    _need_browser()
    import uvicorn

    from allyscope.web import create_app

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = uvicorn.Config(create_app(kb, TOKEN), host="127.0.0.1", port=port, log_level="warning")
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not running.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert running.started, "the server did not start"
    yield f"http://127.0.0.1:{port}"
    running.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser(server: str) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as play:
        launched = play.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=FLAGS)
        yield launched
        launched.close()


@pytest.fixture()
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context()
    opened = context.new_page()
    opened.dialogs: list[str] = []  # type: ignore[misc]
    opened.on("dialog", lambda d: (opened.dialogs.append(d.message), d.dismiss()))
    yield opened
    context.close()


def _shot(page: Any, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=False)


def test_follow_a_fact_to_its_evidence_and_document(page: Any, server: str) -> None:
    page.goto(f"{server}/timeline?from=2019&to=2023")
    _shot(page, "timeline")
    links = page.locator("ul.facts a")
    assert links.count() > 3
    with_evidence = page.locator("li.fact:has(span.count) a").first
    with_evidence.click()
    page.wait_for_load_state()
    assert "/facts/" in page.url
    assert page.locator("blockquote.evidence mark").count() >= 1
    _shot(page, "fact")
    page.locator("p.cite a[href^='/documents/']").first.click()
    page.wait_for_load_state()
    assert "/documents/" in page.url
    assert page.locator("section.notes li").count() > 10
    _shot(page, "document")
    page.locator("sup a").nth(2).click()
    assert page.evaluate("location.hash").startswith("#fn")


def _decisions(kb: Path) -> int:
    with sqlite3.connect(kb) as conn:
        return int(conn.execute("SELECT count(*) FROM decisions").fetchone()[0])


def test_review_with_and_without_the_token(page: Any, server: str, kb: Path) -> None:
    page.goto(f"{server}/review")
    _shot(page, "review")
    first = page.locator("li.candidate").first
    candidate = first.locator("code").first.inner_text()
    before = _decisions(kb)
    first.locator("input[name=token]").fill("not-the-token")
    first.locator("button[value=reject]").click()
    page.wait_for_load_state()
    assert "403" in page.title() or "token" in page.content()
    assert _decisions(kb) == before
    page.goto(f"{server}/review")
    first = page.locator("li.candidate").first
    assert first.locator("code").first.inner_text() == candidate
    first.locator("input[name=token]").fill(TOKEN)
    first.locator("input[name=by]").fill("browser test")
    first.locator("button[value=reject]").click()
    page.wait_for_load_state()
    assert _decisions(kb) == before + 1
    assert candidate not in page.content()


def test_hostile_text_never_runs(page: Any, server: str, kb: Path) -> None:
    with sqlite3.connect(kb) as conn:
        doc = conn.execute("SELECT id FROM documents WHERE text LIKE '%<script>%'").fetchone()[0]
    for url in [f"/documents/{doc}", "/search?q=alert", "/search?q=partnership", "/documents", "/", "/review",
                "/timeline"]:  # fmt: skip
        page.goto(server + url)
        page.wait_for_load_state()
        injected = page.evaluate(
            "document.querySelectorAll('img, iframe, object, style, script:not([src^=\"/static/\"]), b').length"
        )
        assert injected == 0, url
        handlers = page.evaluate(
            "[...document.querySelectorAll('*')].filter(e => [...e.attributes].some(a => a.name.startsWith('on')))"
            ".length"
        )
        assert handlers == 0, url
    assert page.dialogs == []
    page.goto(f"{server}/documents/{doc}")
    assert "<script>" in page.locator("article").inner_text()
    _shot(page, "hostile-document")
