"""The review queue reads by index: a page of it is the queue's slice in order, and each candidate's suggestions
(facts it may duplicate), found through the timeline's per-entity index a bounded number at a time, are the best
of those an exhaustive scan of every fact finds."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from allyscope.edtf import bounds
from allyscope.knowledge import review
from allyscope.knowledge.facts import LONG_DAYS, canonical
from allyscope.store import Store


def _scanned(conn: Any, event: dict[str, Any]) -> list[tuple[int, str]]:
    """(score, fact id) of every fact the candidate may duplicate, by reading every fact: the definition."""
    from datetime import date, timedelta

    start, end, _ = bounds(event["date"])
    earliest = (date.fromisoformat(start) - timedelta(days=LONG_DAYS)).isoformat()
    ids = {canonical(conn, i) for i in [*event["actors"], *event["involved"]]}
    out = []
    sql = "SELECT num, id, date_start, date_end, type, domain FROM facts WHERE date_end >= ? AND date_start <= ?"
    for num, fact_id, f_start, f_end, type_, domain in conn.execute(sql, (start, end)).fetchall():
        if f_start < earliest:  # longer than LONG_DAYS and started before: not suggested (see `suggestions`)
            continue
        named = conn.execute("SELECT entity_id FROM fact_actors WHERE fact_num = ?", (num,))
        theirs = {canonical(conn, r[0]) for r in named}
        shared = ids & theirs
        if shared:
            score = len(shared) + 2 * ((f_start, f_end) == (start, end)) + (type_ == event["type"])
            out.append((score + (domain == event["domain"]), fact_id))
    return sorted(out, key=lambda s: (-s[0], s[1]))


def _events(conn: Any) -> list[dict[str, Any]]:
    from allyscope.store.event_rows import SELECT, event_json

    return [event_json(r) for r in conn.execute(f"SELECT {SELECT} FROM events e ORDER BY e.id")]


def test_suggestions_are_those_of_a_scan_of_every_fact(kb: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Unbounded, the index scans find what the scan of every fact finds; bounded as served, the best one."""
    with Store(kb) as store:
        events = _events(store.conn)
        assert len(events) > 20
        with_some = 0
        for event in events:
            expected = _scanned(store.conn, event)
            served = [(s["score"], s["fact"]) for s in review.suggestions(store.conn, event)]
            assert served[:1] == expected[:1], event["id"]
            with monkeypatch.context() as patch:
                patch.setattr(review, "SUGGESTION_READS", 10**6)
                found = [(s["score"], s["fact"]) for s in review.suggestions(store.conn, event)]
            with_some += bool(found)
            assert found == expected[:3], event["id"]
        assert with_some > 10


def test_suggestions_read_a_bounded_number_of_facts_per_entity(kb: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With one fact read per scan, every suggestion is still a true one with its true score."""
    monkeypatch.setattr(review, "SUGGESTION_READS", 1)
    with Store(kb) as store:
        for event in _events(store.conn):
            expected = dict((fact, score) for score, fact in _scanned(store.conn, event))
            for s in review.suggestions(store.conn, event):
                assert expected.get(s["fact"]) == s["score"], event["id"]


def test_pages_of_the_review_queue_are_its_slices(kb: Path) -> None:
    with Store(kb) as store:
        whole = review.candidates(store.conn, status=None)
        assert len(whole) > 20
        for size in (1, 7, 50):
            walked: list[str] = []
            after = None
            while True:
                page = review.candidates(store.conn, status=None, after=after, limit=size)
                walked += [e["id"] for e in page]
                if len(page) < size:
                    break
                last = page[-1]
                after = (last["evidence"]["doc"], last["evidence"]["start"], last["id"])
            assert walked == [e["id"] for e in whole], size
        paged = review.candidates(store.conn, status=None, limit=len(whole))
        assert [e["suggestions"] for e in paged] == [e["suggestions"] for e in whole]


def test_the_review_page_is_paged_by_key(client: Any, kb: Path) -> None:
    with Store(kb) as store:
        queue = [e["candidate"] for e in review.candidates(store.conn)]
    assert len(queue) > 3
    seen: list[str] = []
    url = "/review?limit=2"
    while url:
        page = client.get(url)
        assert page.status_code == 200
        seen += re.findall(r"<code>([^<]+)</code>", page.text)
        following = re.search(r'<a rel="next" href="([^"]+)"', page.text)
        url = "/review" + following.group(1).replace("&amp;", "&") if following else ""
    assert seen == queue
    assert client.get("/review?cursor=@nothing").status_code == 400


def test_a_page_reads_on_past_a_batch_of_documents(kb: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Documents are read a batch at a time: a page that needs the next batch reads it with the documents' query
    (it once ran the events' query with the documents' values and failed), whole and in order."""
    monkeypatch.setattr(review, "_DOCS_PER_READ", 1)
    with Store(kb) as store:
        docs = store.conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        assert docs > 1
        whole = review.candidates(store.conn, status=None)
        paged = review.candidates(store.conn, status=None, limit=len(whole) + 1)
        assert [e["id"] for e in paged] == [e["id"] for e in whole]
        assert review.candidates(store.conn, status="no such status", limit=5) == []
