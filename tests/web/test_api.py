"""The JSON API: answers, paging, ETags, the one error shape, writes only with the token."""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import replace
from pathlib import Path
from typing import Any

from tests.web.conftest import TOKEN

LIST_ENDPOINTS = ["/api/documents", "/api/facts", "/api/events", "/api/review"]


def _decisions(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute("SELECT count(*) FROM decisions").fetchone()[0])


def test_every_documented_path_is_served(client: Any) -> None:
    spec = client.get("/api/openapi.json").json()
    assert spec["openapi"].startswith("3.")
    for path, item in spec["paths"].items():
        if "{" in path or "get" not in item:
            continue
        params = {p["name"]: "x" for p in item["get"]["parameters"] if p.get("required")}
        if path == "/api/obligations":
            params = {"a": "JP", "b": "NATO"}
        if path == "/api/search":
            params = {"q": "北约"}
        answer = client.get(path, params=params)
        assert answer.status_code == 200, (path, answer.text[:200])


def test_paging_by_cursor_covers_the_timeline_once(client: Any) -> None:
    everything = client.get("/api/facts", params={"limit": 500}).json()["items"]
    seen: list[str] = []
    cursor = None
    while True:
        params: dict[str, Any] = {"limit": 7}
        if cursor:
            params["cursor"] = cursor
        page = client.get("/api/facts", params=params).json()
        seen += [f["id"] for f in page["items"]]
        cursor = page["next_cursor"]
        if not cursor:
            break
    assert seen == [f["id"] for f in everything]
    assert len(seen) > 7


def test_keyed_pages_of_every_filter_mix_are_the_whole_list_in_order(client: Any) -> None:
    """A cursor names the last fact shown; each filter mix (a `from` date carries earlier facts that reach into
    it, an actor reads its own index, a dyad reads growing pages) pages through exactly its whole list."""
    mixes: list[dict[str, Any]] = [
        {},
        {"from": "2014"},
        {"from": "2018-06", "to": "2023"},
        {"actor": "NATO"},
        {"actor": "JP", "from": "2010", "domain": "institutional"},
        {"dyad": "JP,NATO", "from": "2012"},
        {"domain": "institutional", "to": "2015"},
    ]
    for mix in mixes:
        everything = client.get("/api/facts", params={**mix, "limit": 500}).json()["items"]
        seen: list[str] = []
        cursor = None
        for size in [2, 3, 5] * 100:
            page = client.get("/api/facts", params={**mix, "limit": size, **({"cursor": cursor} if cursor else {})})
            assert page.status_code == 200, (mix, page.text[:200])
            seen += [f["id"] for f in page.json()["items"]]
            cursor = page.json()["next_cursor"]
            if not cursor:
                break
        assert seen == [f["id"] for f in everything], mix
        assert len(everything) > 3, mix


def test_a_cursor_of_a_fact_that_is_gone_or_made_up_is_refused(client: Any) -> None:
    import base64

    for raw in [b"@no-such-fact", b"12", b"@"]:
        token = base64.urlsafe_b64encode(raw).decode().rstrip("=")
        answer = client.get("/api/facts", params={"cursor": token})
        assert answer.status_code == 400 and answer.json()["error"]["code"] == "bad_cursor", raw


def _walk(client: Any, path: str, params: dict[str, Any]) -> list[str]:
    """Every item's id, read a page at a time (pages of 2, 3 and 5) by following the cursors."""
    seen: list[str] = []
    cursor = None
    for size in [2, 3, 5] * 400:
        page = client.get(path, params={**params, "limit": size, **({"cursor": cursor} if cursor else {})})
        assert page.status_code == 200, (path, params, page.text[:200])
        seen += [item["id"] for item in page.json()["items"]]
        cursor = page.json()["next_cursor"]
        if not cursor:
            return seen
    raise AssertionError(f"{path} {params}: no last page")


def test_keyed_pages_of_events_are_the_library_list_in_order(client: Any, kb: Path) -> None:
    """Events are paged by key (date_sort, rowid) too: each filter mix, a `from` date with its long dates reaching
    into it included, pages through exactly what the library selects."""
    from allyscope.outputs.filters import candidate_records
    from allyscope.store import Store
    from allyscope.web.queries import build_filter

    mixes: list[dict[str, Any]] = [{}, {"from": "2014"}, {"from": "2018-06", "to": "2023"}, {"actor": "NATO"}]
    with Store(kb) as store:
        for mix in mixes:
            flt = build_filter(mix, ("accepted", "pending"))
            flt = replace(flt, statuses=flt.statuses | {"merged"})
            expected = [r["id"] for r in candidate_records(store.conn, flt)]
            assert len(expected) > 3, mix
            assert _walk(client, "/api/events", mix) == expected, mix


def test_keyed_pages_of_the_review_queue_are_the_whole_queue_in_order(client: Any, kb: Path) -> None:
    from allyscope.knowledge.review import candidates
    from allyscope.store import Store

    with Store(kb) as store:
        queue = [e["id"] for e in candidates(store.conn)]
        doc = store.conn.execute("SELECT doc_id FROM events WHERE status = 'candidate' LIMIT 1").fetchone()[0]
        of_doc = [e["id"] for e in candidates(store.conn, doc=doc)]
    assert len(queue) > 3
    assert _walk(client, "/api/review", {}) == queue
    assert _walk(client, "/api/review", {"doc": doc}) == of_doc


def test_a_cursor_of_an_event_that_is_gone_or_made_up_is_refused(client: Any) -> None:
    import base64

    for path in ("/api/events", "/api/review"):
        for raw in [b"@no-such-event", b"12", b"@", b"\xff"]:
            token = base64.urlsafe_b64encode(raw).decode().rstrip("=")
            answer = client.get(path, params={"cursor": token})
            assert answer.status_code == 400 and answer.json()["error"]["code"] == "bad_cursor", (path, raw)


def test_filters_match_the_library(client: Any, kb: Path) -> None:
    from allyscope.store import Store

    answer = client.get("/api/facts", params={"domain": "institutional", "from": "2014", "limit": 500}).json()
    with Store(kb) as store:
        expected = store.timeline(domain="institutional", date_from="2014")
    assert [f["id"] for f in answer["items"]] == [f["id"] for f in expected]
    assert expected


def test_one_fact_has_all_its_sources_and_evidence(client: Any) -> None:
    facts = client.get("/api/facts", params={"limit": 500}).json()["items"]
    richest = max(facts, key=lambda f: len(f["sources"]) + len(f["evidence"]))
    one = client.get(f"/api/facts/{richest['id']}").json()
    assert one["sources"] == richest["sources"]
    assert len(one["evidence_context"]) == len(one["evidence"])
    for ctx, ev in zip(one["evidence_context"], one["evidence"], strict=True):
        if ev["end"] > ev["start"]:
            assert ctx["sentence"] == ev["text"]


def test_errors_have_one_shape(client: Any) -> None:
    for url, status in [
        ("/api/facts/no-such-fact", 404),
        ("/api/facts?from=2023-13", 400),
        ("/api/facts?to=yesterday", 400),
        ("/api/facts?limit=0", 400),
        ("/api/facts?cursor=%%%", 400),
        ("/api/facts?domain=nonsense", 400),
        ("/api/no-such-endpoint", 404),
        ("/api/search?q=", 400),
        ("/api/export/pdf", 404),
    ]:
        answer = client.get(url)
        assert answer.status_code == status, url
        body = answer.json()
        assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}, url
        assert body["error"]["message"]


def test_etag_gives_304(client: Any) -> None:
    first = client.get("/api/facts", params={"limit": 3})
    tag = first.headers["etag"]
    again = client.get("/api/facts", params={"limit": 3}, headers={"If-None-Match": tag})
    assert again.status_code == 304 and not again.content


def test_two_character_cjk_search(client: Any) -> None:
    hits = client.get("/api/search", params={"q": "北约"}).json()
    assert hits["facts"] and hits["documents"]
    assert all("北约" in h["snippet"] for h in hits["documents"][:5])


def test_write_needs_the_token(client: Any, kb: Path) -> None:
    pending = client.get("/api/review", params={"limit": 1}).json()["items"]
    assert pending, "the English test document leaves candidates to review"
    candidate = pending[0]["candidate"]
    before = _decisions(kb)
    for headers in ({}, {"Authorization": "Bearer wrong-token"}, {"Authorization": TOKEN}):
        refused = client.post(f"/api/review/{candidate}", json={"action": "reject"}, headers=headers)
        assert refused.status_code == 403
        assert refused.json()["error"]["code"] == "forbidden"
    assert _decisions(kb) == before


def test_read_only_server_refuses_every_write(readonly_client: Any, kb: Path) -> None:
    pending = readonly_client.get("/api/review", params={"limit": 1}).json()["items"]
    before = _decisions(kb)
    answer = readonly_client.post(
        f"/api/review/{pending[0]['candidate']}",
        json={"action": "reject"},
        headers={"Authorization": f"Bearer {TOKEN}"},
    )
    assert answer.status_code == 403
    assert _decisions(kb) == before


def test_two_reviewers_at_once_lose_no_decision(client: Any, kb: Path) -> None:
    pending = client.get("/api/review", params={"limit": 4}).json()["items"]
    assert len(pending) >= 2
    before = _decisions(kb)
    results: list[int] = []

    def decide(candidate: str, who: str) -> None:
        answer = client.post(
            f"/api/review/{candidate}",
            json={"action": "reject", "reason": "test", "by": who},
            headers={"Authorization": f"Bearer {TOKEN}"},
        )
        results.append(answer.status_code)

    threads = [threading.Thread(target=decide, args=(c["candidate"], f"r{i}")) for i, c in enumerate(pending[:2])]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [200, 200]
    assert _decisions(kb) == before + 2
    left = {c["candidate"] for c in client.get("/api/review", params={"limit": 500}).json()["items"]}
    assert not left & {c["candidate"] for c in pending[:2]}


def test_exports_in_every_format(client: Any) -> None:
    from allyscope.exports import FORMATS

    for fmt in FORMATS:
        answer = client.get(f"/api/export/{fmt}", params={"from": "2020"})
        assert answer.status_code == 200, fmt
        assert answer.content


def test_merge_and_upload_need_the_token_and_work_with_it(client: Any, kb: Path) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    assert client.post("/api/entities/person:kishida/merge", json={"into": "JP"}).status_code == 403
    merged = client.post("/api/entities/person:kishida/merge", json={"into": "JP", "by": "t"}, headers=auth)
    assert merged.status_code == 200, merged.text
    profile = client.get("/api/entities/JP").json()
    assert "person:kishida" in profile["merged"]
    undone = client.post("/api/entities/person:kishida/merge", json={"undo": True, "by": "t"}, headers=auth)
    assert undone.status_code == 200
    assert "person:kishida" not in client.get("/api/entities/JP").json()["merged"]

    text = "NATO and Australia\n\nOn 7 August 2013, NATO and Australia agreed an Individual Partnership Programme.\n"
    before = len(client.get("/api/documents", params={"limit": 500}).json()["items"])
    assert client.post("/api/documents?name=a.txt", content=text.encode()).status_code == 403
    stored = client.post("/api/documents?name=../../a.txt", content=text.encode(), headers=auth)
    assert stored.status_code == 201, stored.text
    assert len(stored.json()["stored"]) == 1
    again = client.post("/api/documents?name=b.txt", content=text.encode(), headers=auth)
    assert again.json()["stored"] == [] and len(again.json()["present"]) == 1
    assert len(client.get("/api/documents", params={"limit": 500}).json()["items"]) == before + 1
    bad = client.post("/api/documents?name=c.txt", content=b"\x00\x01\x02" * 100, headers=auth)
    assert bad.status_code == 400 and bad.json()["error"]["code"] == "bad_document"


def test_the_api_filters_as_the_cli_does(client: Any, kb: Path) -> None:
    from click.testing import CliRunner

    from allyscope.cli import main

    answer = client.get("/api/facts", params=[("dyad", "JP"), ("dyad", "NATO"), ("from", "2020"), ("limit", 500)])
    cli = CliRunner().invoke(main, ["timeline", "--db", str(kb), "--dyad", "JP", "NATO", "--from", "2020", "--json"])
    assert cli.exit_code == 0, cli.output
    assert [f["id"] for f in answer.json()["items"]] == [f["id"] for f in __import__("json").loads(cli.stdout)]
    assert answer.json()["items"]
    assert client.get("/api/facts", params={"dyad": "JP"}).json()["error"]["code"] == "bad_dyad"
    assert client.get("/api/facts", params={"actor": "nobody-at-all"}).json()["error"]["code"] == "bad_actor"
    events = client.get("/api/events", params={"status": "all", "limit": 500}).json()["items"]
    assert {e["status"] for e in events} >= {"pending", "accepted"}
    rejected_only = client.get("/api/events", params={"status": "rejected", "limit": 500}).json()["items"]
    assert all(e["status"] == "rejected" for e in rejected_only)
