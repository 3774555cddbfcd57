"""The pages: each one renders, hostile document text stays text, headers protect, writes need CSRF and token."""

from __future__ import annotations

import re
import sqlite3
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from tests.web.conftest import TOKEN

PAGES = ["/", "/timeline", "/timeline?from=2014&to=2014", "/documents", "/network", "/claims", "/indicators",
         "/search?q=北约", "/search", "/review", "/entities/NATO", "/entities/JP"]  # fmt: skip


class _Elements(HTMLParser):
    """Every element and attribute of a page, as a browser's parser would build them."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.append((tag, attrs))


def injected(page: str) -> list[str]:
    """Elements or attributes no page of ours makes: inline or foreign scripts, handlers, javascript: links."""
    parser = _Elements()
    parser.feed(page)
    bad = []
    for tag, attrs in parser.found:
        values = dict(attrs)
        if tag in {"script", "img", "style", "iframe", "object", "b"} and not (
            tag == "script" and str(values.get("src", "")).startswith("/static/")
        ):
            bad.append(tag)
        bad += [name for name, _ in attrs if name.startswith("on")]
        bad += [name for name, value in attrs if (value or "").strip().lower().startswith("javascript:")]
    return bad


def _payload_doc(client: Any) -> str:
    docs = client.get("/api/documents", params={"limit": 500}).json()["items"]
    return next(d["id"] for d in docs if "Partners" in (d["title"] or "") or "alert" in (d["title"] or ""))


def test_every_page_renders_with_security_headers(client: Any) -> None:
    for url in PAGES:
        answer = client.get(url)
        assert answer.status_code == 200, url
        policy = answer.headers["content-security-policy"]
        assert "script-src 'self'" in policy and "unsafe-inline" not in policy
        assert answer.headers["x-content-type-options"] == "nosniff"
        assert answer.headers["referrer-policy"] == "no-referrer"
        assert 'lang="' in answer.text


def test_fact_page_shows_evidence_in_its_paragraph_with_notes(client: Any) -> None:
    facts = client.get("/api/facts", params={"limit": 500}).json()["items"]
    with_notes = next(f for f in facts if any(e["footnotes"] and e["end"] > e["start"] for e in f["evidence"]))
    page = client.get(f"/facts/{with_notes['id']}").text
    evidence = next(e for e in with_notes["evidence"] if e["footnotes"])
    assert "<mark>" in page
    marked = re.search(r"<mark>(.*?)</mark>", page, re.S)
    assert marked and marked.group(1).strip()
    assert 'class="note"' in page
    assert f"/documents/{evidence['doc']}" in page


def test_document_reader_links_markers_to_notes_and_back(client: Any) -> None:
    doc = client.get("/api/documents").json()["items"][0]["id"]
    page = client.get(f"/documents/{doc}").text
    to_notes = re.findall(r'<sup><a id="(m\d+)" href="#(fn[\w.]+)"', page)
    assert len(to_notes) > 20
    anchor, note = to_notes[1]
    assert f"#{note}" in page and anchor.startswith("m")
    assert f'id="{note}"' in page
    assert 'href="#m' in page


def test_hostile_document_is_shown_as_text_everywhere(client: Any) -> None:
    doc = _payload_doc(client)
    for url in [f"/documents/{doc}", "/search?q=alert", "/search?q=partnership", "/documents", "/", "/review"]:
        page = client.get(url).text
        assert not injected(page), url
    reader = client.get(f"/documents/{doc}").text
    assert "&lt;script&gt;" in reader
    assert "{{ 7*7 }}" in reader or "{{ 7*7 }}".replace("{", "&#123;") in reader


def test_api_answers_keep_hostile_text_as_data(client: Any) -> None:
    doc = _payload_doc(client)
    answer = client.get(f"/api/documents/{doc}")
    assert answer.headers["content-type"].startswith("application/json")
    assert "<script>" in answer.json()["text"]


def test_the_injection_check_sees_an_injection() -> None:
    assert injected('<p><img src=x onerror=alert(1)><a href="javascript:x">y</a></p>') == ["img", "onerror", "href"]
    assert not injected('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p><script src="/static/review.js"></script>')


def test_javascript_urls_never_become_links() -> None:
    from allyscope.web.pages import safe_url

    assert safe_url("javascript:alert(1)") is None
    assert safe_url(" JavaScript:alert(1)") is None
    assert safe_url("data:text/html,x") is None
    assert safe_url("https://www.nato.int/") == "https://www.nato.int/"


def test_review_form_needs_csrf_and_token(client: Any, kb: Path) -> None:
    page = client.get("/review")
    match = re.search(r'name="csrf" value="([^"]+)"', page.text)
    assert match, "a writable server shows decision forms"
    csrf = match.group(1)
    action = re.search(r'action="(/review/[^"]+)"', page.text)
    assert action
    url = action.group(1).replace("&#34;", '"')

    def count() -> int:
        with sqlite3.connect(kb) as conn:
            return int(conn.execute("SELECT count(*) FROM decisions").fetchone()[0])

    before = count()
    no_csrf = client.post(url, data={"token": TOKEN, "action": "reject"})
    assert no_csrf.status_code == 403
    no_token = client.post(url, data={"csrf": csrf, "action": "reject"})
    assert no_token.status_code == 403
    assert count() == before
    done = client.post(url, data={"csrf": csrf, "token": TOKEN, "action": "reject", "by": "tester"},
                       follow_redirects=False)  # fmt: skip
    assert done.status_code == 303
    assert count() == before + 1


def test_read_only_server_shows_no_forms(readonly_client: Any) -> None:
    page = readonly_client.get("/review").text
    assert '<form method="post"' not in page
    assert "read-only" in page


def test_oversized_request_is_refused(client: Any) -> None:
    answer = client.post("/api/review/x", content=b"x" * 3_000_000, headers={"Authorization": f"Bearer {TOKEN}"})
    assert answer.status_code == 413
    assert answer.json()["error"]["code"] == "too_large"


def test_imprecise_dates_are_drawn_as_the_span_they_cover() -> None:
    from allyscope.web.pages import span_in_year

    day = span_in_year({"date_start": "2023-07-12", "date_end": "2023-07-12"}, "2023")
    month = span_in_year({"date_start": "2023-07-01", "date_end": "2023-07-31"}, "2023")
    year = span_in_year({"date_start": "2023-01-01", "date_end": "2023-12-31"}, "2023")
    decade = span_in_year({"date_start": "2020-01-01", "date_end": "2029-12-31"}, "2020")
    assert day["w"] == 2.0 and 60 < day["x"] < 64
    assert 9 < month["w"] < 11 and month["x"] == pytest.approx(day["x"] - 3.6, abs=0.5)
    assert year == {"x": 0.0, "w": 120.0, "beyond": 0.0}
    assert decade["beyond"] == 1.0 and decade["w"] == 120.0


def test_timeline_draws_a_span_per_fact(client: Any) -> None:
    page = client.get("/timeline?from=2019&to=2019").text
    assert page.count('<svg class="when"') == page.count('<li class="fact')
    assert page.count('<li class="fact') > 2


def test_documents_page_lists_every_document_a_page_at_a_time(client: Any, monkeypatch: Any) -> None:
    from allyscope.web import pages

    everything = [d["id"] for d in client.get("/api/documents", params={"limit": 500}).json()["items"]]
    assert len(everything) >= 3
    monkeypatch.setattr(pages, "PAGE_SIZE", 2)
    monkeypatch.setattr(pages, "HOME_DOCUMENTS", 2)
    seen: list[str] = []
    url = "/documents?fresh=1"  # a URL of its own: no answer kept from another test
    for _ in range(10):
        page = client.get(url).text
        seen += re.findall(r'<tr><td><a href="/documents/([^"]+)"', page)
        following = re.search(r'<a rel="next" href="\?([^"]+)"', page)
        if not following:
            break
        url = "/documents?fresh=1&" + following.group(1).replace("&amp;", "&")
    assert seen == everything
    home = client.get("/?fresh=1").text
    assert f"{len(everything)} documents" in home and 'href="/documents"' in home
