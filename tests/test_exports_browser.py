"""TimelineJS 3 and vis-timeline load our exports in a real browser (Debian's Chromium through Playwright).

The libraries come from the npm registry (`.ci/run` installs them into `.artifacts/js/`); without them, or without
Chromium, these tests skip: the JSON checks in test_exports.py hold either way. Every slide and item must be drawn,
spans must keep their end, and the payload document's markup must never run or become an element.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from allyscope.cli import main

ROOT = Path(__file__).parent.parent
JS = Path(os.environ.get("ALLYSCOPE_JS", ROOT / ".artifacts" / "js" / "node_modules"))
TIMELINEJS = JS / "@knight-lab" / "timelinejs" / "dist"
VIS = JS / "vis-timeline" / "standalone" / "umd" / "vis-timeline-graph2d.min.js"
CHROMIUM = Path(os.environ.get("ALLYSCOPE_CHROMIUM", "/usr/bin/chromium"))
PAYLOAD = Path(__file__).parent / "exports" / "payload.txt"
FLAGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-sync"]


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    missing = [str(p) for p in (CHROMIUM, TIMELINEJS / "js" / "timeline.js", VIS) if not p.exists()]
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        missing.append("the playwright package")
    if missing:
        pytest.skip(f"needs {', '.join(missing)} (.ci/run installs them)")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        tab = browser.new_page()
        tab.dialogs = []  # type: ignore[attr-defined]
        tab.on("dialog", lambda d: (tab.dialogs.append(d.message), d.dismiss()))  # type: ignore[attr-defined]
        yield tab
        browser.close()


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory, article_path: Path) -> str:
    db = str(tmp_path_factory.mktemp("browser") / "kb.db")
    result = CliRunner().invoke(main, ["init", "--db", db, "--with", str(article_path), "--with", str(PAYLOAD)])
    assert result.exit_code == 0, result.output
    return db


def _export(db: str, fmt: str) -> dict[str, Any]:
    result = CliRunner().invoke(main, ["export", "--db", db, "--format", fmt, "--facts", "--status", "all"])
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def _script_json(data: Any) -> str:
    """JSON inside a <script> element: `</` cannot close it."""
    return json.dumps(data, ensure_ascii=False).replace("</", "<\\/")


def _open(page: Any, tmp: Path, head: str, body: str) -> None:
    html = tmp / "page.html"
    html.write_text(
        f'<!DOCTYPE html><html><head><meta charset="utf-8">{head}</head><body>{body}</body></html>', "utf-8"
    )
    page.goto(html.as_uri())


def test_timelinejs_draws_every_slide_and_span(page: Any, kb: str, tmp_path: Path) -> None:
    data = _export(kb, "timelinejs")
    head = (
        f'<link rel="stylesheet" href="{(TIMELINEJS / "css" / "timeline.css").as_uri()}">'
        f'<script src="{(TIMELINEJS / "js" / "timeline.js").as_uri()}"></script>'
    )
    body = (
        '<div id="tl" style="width:1000px;height:600px"></div>'
        f"<script>window.tl = new TL.Timeline('tl', {_script_json(data)}, {{hash_bookmark: false}});</script>"
    )
    _open(page, tmp_path, head, body)
    page.wait_for_function("document.querySelectorAll('.tl-slide').length > 1", timeout=20000)
    slides = page.evaluate("document.querySelectorAll('.tl-slide').length")
    assert slides == len(data["events"]) + 1  # and the title slide
    spans = page.evaluate("window.tl.config.events.filter(e => e.end_date).length")
    assert spans == sum("end_date" in e for e in data["events"]) > 0
    assert not page.dialogs
    injected = page.evaluate(
        "[...document.querySelectorAll('.tl-slide img, .tl-slide script, .tl-slide [onerror], .tl-slide iframe')]"
        ".length"
    )
    assert injected == 0
    texts = page.evaluate("[...document.querySelectorAll('.tl-slide')].map(s => s.textContent).join(' ')")
    assert "<script>alert(1)</script>" in texts  # the payload is shown as text
    links = page.evaluate("[...document.querySelectorAll('.tl-slide a[href]')].map(a => a.href)")
    assert links and all(link.startswith(("http://", "https://")) for link in links)


def test_vis_timeline_draws_every_item_and_range(page: Any, kb: str, tmp_path: Path) -> None:
    data = _export(kb, "vis")
    head = f'<script src="{VIS.as_uri()}"></script>'
    body = (
        '<div id="vis" style="width:1200px"></div><script>'
        f"const data = {_script_json(data)};"
        "window.items = new vis.DataSet(data.items);"
        "window.timeline = new vis.Timeline(document.getElementById('vis'), window.items,"
        " new vis.DataSet(data.groups), {stack: true});"
        "</script>"
    )
    _open(page, tmp_path, head, body)
    page.wait_for_function("document.querySelectorAll('.vis-item').length > 0", timeout=20000)
    assert page.evaluate("window.items.length") == len(data["items"])
    ranges = page.evaluate("window.items.get().filter(i => i.end).length")
    assert ranges == sum("end" in i for i in data["items"]) > 0
    page.evaluate("window.timeline.fit({animation: false})")
    page.wait_for_timeout(300)
    assert page.evaluate("document.querySelectorAll('.vis-item.vis-range').length") > 0
    assert not page.dialogs
    assert page.evaluate("document.querySelectorAll('.vis-item img, .vis-item script').length") == 0
