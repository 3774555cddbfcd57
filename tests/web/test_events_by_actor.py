"""A page of an actor's events is read by its keys (migration 0019: each entity's events in their order), a
party's members merged, the long dates reaching a `from` year apart: every page is the slice of the whole
selection (read without a limit, the other way: every event of the actor sorted), in order. The keys are kept
by triggers: after any write or removal they are exactly the pairs of who took part in which event."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from allyscope.outputs import filters
from allyscope.store import Store
from allyscope.web.queries import build_filter

MIXES: list[dict[str, Any]] = [
    {"actor": "JP"},
    {"actor": "NATO"},
    {"actor": "JP", "from": "2014"},
    {"actor": "CN", "from": "2010"},
    {"actor": "NATO", "from": "2018-06", "to": "2023"},
    {"actor": "JP", "domain": "military-exercise"},
    {"actor": "JP", "from": "2020"},  # 2019-03/.. reaches into it
    {"actor": "NATO", "from": "2015-06"},  # 2014/.. reaches into it
]


def _walk(conn: Any, flt: filters.Filter, size: int) -> list[str]:
    seen: list[str] = []
    after = None
    while True:
        page = filters.select_events(conn, replace(flt, limit=size, after_event=after))
        seen += [event["id"] for event, _, _ in page]
        if len(page) < size:
            return seen
        last = page[-1][0]
        key = conn.execute("SELECT date_sort, rowid FROM events WHERE id = ?", (last["id"],)).fetchone()
        after = (str(key[0]), int(key[1]))


@pytest.mark.parametrize("per_query", [1, 2, 400])
def test_pages_of_an_actor_are_slices_of_the_whole(kb: Path, monkeypatch: pytest.MonkeyPatch, per_query: int) -> None:
    """`per_query` entities a query: a party's members in one query or merged across several."""
    monkeypatch.setattr(filters, "_PARTS_PER_QUERY", per_query)
    long_dates = 0
    with Store(kb) as store:
        for mix in MIXES:
            flt = build_filter(mix, ("accepted", "pending", "rejected", "merged"))
            whole = filters.select_events(store.conn, flt)  # no limit: every event of the actor, sorted
            assert len(whole) > 3, mix
            if "from" in mix:
                long_dates += sum(event["date"] < mix["from"] for event, _, _ in whole)
            ids = [event["id"] for event, _, _ in whole]
            for size in (1, 4, 50):
                assert _walk(store.conn, flt, size) == ids, (mix, size)
    assert long_dates > 0  # some pages began with events dated before `from` that reach into it


def _pairs(conn: Any) -> int:
    """The derived keys are exactly the pairs of who took part in which event (and of a long date's events)."""
    pairs = "FROM event_actors a JOIN events e ON e.id = a.event_id"
    derived = set(conn.execute("SELECT entity_id, date_sort, event_row, long_date FROM event_actor_dates"))
    long = f"CASE WHEN {filters.LONG_DATE} THEN e.date END"
    assert derived == set(conn.execute(f"SELECT a.entity_id, e.date_sort, e.rowid, {long} {pairs}"))
    return len(derived)


def test_the_keys_follow_every_write(kb: Path, tmp_path: Path) -> None:
    """Ingest, removal of a document, an actor's row gone or moved, an event's date changed: the keys follow."""
    import shutil

    copy = tmp_path / "kb.db"
    shutil.copy(kb, copy)
    with Store(copy) as store:
        conn = store.conn
        before = _pairs(conn)
        assert before > 0
        assert conn.execute("SELECT count(*) FROM event_actor_dates WHERE long_date IS NOT NULL").fetchone()[0] > 0
        doc = conn.execute("SELECT doc_id FROM events GROUP BY doc_id ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
        store.remove(doc)
        after = _pairs(conn)
        assert 0 < after < before
        shared = "SELECT event_id FROM event_actors GROUP BY event_id HAVING count(DISTINCT entity_id) > 1"
        event, entity = conn.execute(
            f"SELECT event_id, entity_id FROM event_actors WHERE event_id IN ({shared}) LIMIT 1"
        ).fetchone()
        conn.execute("UPDATE event_actors SET entity_id = 'XX' WHERE event_id = ? AND entity_id = ?", (event, entity))
        assert ("XX",) in set(conn.execute("SELECT entity_id FROM event_actor_dates"))
        _pairs(conn)
        conn.execute("DELETE FROM event_actors WHERE entity_id = 'XX'")
        _pairs(conn)
        conn.execute("UPDATE events SET date_sort = '1001' WHERE id = ?", (event,))
        assert ("1001",) in set(conn.execute("SELECT date_sort FROM event_actor_dates"))
        _pairs(conn)
        conn.execute("UPDATE events SET date = '1001/..', date_sort = '1001' WHERE id = ?", (event,))
        assert ("1001/..",) in set(conn.execute("SELECT long_date FROM event_actor_dates"))
        _pairs(conn)
        conn.execute("UPDATE events SET date = '1001' WHERE id = ?", (event,))
        _pairs(conn)
        conn.commit()


def test_long_dates_found_by_seeks_are_those_of_a_scan(kb: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The distinct long dates reaching a year, found a seek each (all of them, one then the rest read on, none)."""
    with Store(kb) as store:
        for start in ("1985-01-01", "1995-06-01", "2015-01-01", "2020-03-01", "2030-01-01"):
            answers = []
            for seeks in (64, 1, 0):
                monkeypatch.setattr(filters, "LONG_DATE_SEEKS", seeks)
                answers.append(sorted(filters._long_dates_reaching(store.conn, start[:4], start, None)))
            assert answers[0] == answers[1] == answers[2], start
        reached = [filters._long_dates_reaching(store.conn, s[:4], s, None) for s in ("2015-01-01", "2020-03-01")]
        assert any(reached), "some year is reached by a long date of the knowledge base"
