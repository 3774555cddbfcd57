"""Events pages that share events share their making (filters.select_events / candidate_records with `known`, the
desk's memo for one version of the database): every page made with what others kept is the page made afresh,
in pieces of any filter mix and page size, and a write never lets a record of before it be served after."""

from __future__ import annotations

import shutil
import warnings
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from allyscope.outputs import filters
from allyscope.store import Store
from allyscope.web.cache import Memo
from allyscope.web.queries import build_filter

from .conftest import TOKEN

MIXES: list[dict[str, Any]] = [
    {},
    {"actor": "JP"},
    {"actor": "NATO"},
    {"actor": "JP", "from": "2014"},
    {"actor": "JP", "from": "2015"},
    {"actor": "NATO", "from": "2018-06", "to": "2023"},
    {"status": "all"},
    {"status": "pending"},
    {"domain": "military-exercise"},
]


def _flt(params: dict[str, Any], limit: int | None) -> filters.Filter:
    flt = build_filter(params, ("accepted", "pending"))
    return replace(flt, statuses=flt.statuses | ({"merged"} if "accepted" in flt.statuses else set()), limit=limit)


def test_records_made_with_kept_events_are_those_made_afresh(kb: Path) -> None:
    known = Memo()
    with Store(kb) as store:
        for size in (3, 50, None):
            for params in [*MIXES, *reversed(MIXES)]:
                flt = _flt(params, size)
                fresh = filters.candidate_records(store.conn, flt)
                kept = filters.candidate_records(store.conn, flt, known)
                assert kept == fresh, (params, size)
                events = [(e, s, d) for e, s, d in filters.select_events(store.conn, flt, known)]
                assert events == filters.select_events(store.conn, flt), (params, size)
        assert any(key[0] == "record" for key in known) and any(key[0] == "event" for key in known)
        some = next(v for k, v in known.items() if k[0] == "event")
        assert some[0]["evidence"]["text"], "a kept event has its sentence"


def test_a_bounded_memo_gives_the_same_records(kb: Path) -> None:
    known = Memo(limit=5)
    with Store(kb) as store:
        for params in MIXES:
            flt = _flt(params, 20)
            assert filters.candidate_records(store.conn, flt, known) == filters.candidate_records(store.conn, flt)
            assert len(known) <= 5


@pytest.fixture()
def own_kb(kb: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "kb.db"
    shutil.copy(kb, copy)
    return copy


def test_a_decision_is_seen_by_the_next_events_page(own_kb: Path) -> None:
    from starlette.testclient import TestClient

    from allyscope.web import create_app

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        client = TestClient(create_app(own_kb, TOKEN))
    before = client.get("/api/events", params={"status": "all", "limit": 500}).json()["items"]
    client.get("/api/events", params={"status": "all", "limit": 7})  # other pages, made from the memo
    pending = next(e for e in before if e["status"] == "pending")
    decided = client.post(
        f"/api/review/{pending['candidate']}",
        json={"action": "reject", "by": "tester"},
        headers={"Authorization": f"Bearer {TOKEN}"},
    )
    assert decided.status_code == 200
    after = client.get("/api/events", params={"status": "all", "limit": 499}).json()["items"]
    now = {e["candidate"]: e for e in after}[pending["candidate"]]
    assert now["status"] == "rejected" and now["reviewed_by"] == "tester"
