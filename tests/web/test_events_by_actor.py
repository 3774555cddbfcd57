"""Events of a frequent actor are read by walking the date index in growing windows and checking who took part
in each, then (past a budget) through the actor's own events: every page of every way of reading is the slice
of the whole selection, in order."""

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


@pytest.mark.parametrize(
    ("many", "window", "budget"), [(0, 2, 0), (0, 2, 6), (0, 3, 10**6), (0, 500, 50_000), (10**9, 500, 50_000)]
)
def test_pages_of_an_actor_are_slices_of_the_whole(
    kb: Path, monkeypatch: pytest.MonkeyPatch, many: int, window: int, budget: int
) -> None:
    """Read as a frequent actor (`many` 0: the date index walked, then the actor's events) or as a rare one."""
    monkeypatch.setattr(filters, "MANY_EVENTS", many)
    monkeypatch.setattr(filters, "DENSE_WINDOW", window)
    monkeypatch.setattr(filters, "DENSE_BUDGET", budget)
    with Store(kb) as store:
        for mix in MIXES:
            flt = build_filter(mix, ("accepted", "pending", "rejected", "merged"))
            whole = [event["id"] for event, _, _ in filters.select_events(store.conn, flt)]  # no limit: by actor
            assert len(whole) > 3, mix
            for size in (1, 4, 50):
                assert _walk(store.conn, flt, size) == whole, (mix, size)


def test_a_frequent_actor_is_told_by_its_count(kb: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Store(kb) as store:
        count = store.conn.execute("SELECT count(*) FROM event_actors WHERE entity_id = 'JP'").fetchone()[0]
        assert count > 2
        monkeypatch.setattr(filters, "MANY_EVENTS", count - 1)
        assert filters._many_events(store.conn, ["JP"])
        monkeypatch.setattr(filters, "MANY_EVENTS", count)
        assert not filters._many_events(store.conn, ["JP"])
