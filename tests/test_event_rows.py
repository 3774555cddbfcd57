"""Event rows that say each thing once (migration 0012, allyscope/store/event_rows.py), on SQLite and PostgreSQL.

A stored event must read back as the pipeline made it, though its evidence sentence is cut from the document's
text and its dated, typed fields come from the row's columns; a knowledge base written before must upgrade to
the same answers, and a row whose JSON says something its columns do not is kept as written.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

import allyscope.store.migrations as migrations
from allyscope.model import Document
from allyscope.pipeline import extract_file
from allyscope.serialize import dumps
from allyscope.store import Store
from allyscope.store.database import DocumentRows, rows_for


@pytest.fixture(scope="module")
def extracted(article_path: Path) -> Document:
    return extract_file(article_path)


def expected_events(rows: DocumentRows, doc: Document) -> list[dict[str, Any]]:
    keys = {row[0]: row[14] for row in rows.events}
    made = [e.as_json() | {"candidate": keys[e.id], "status": "candidate"} for e in doc.events]
    return sorted(made, key=lambda e: (e["date"].split("/")[0].replace("X", "0"), e["id"]))


def test_stored_events_read_back_as_extracted(db_location: str, extracted: Document) -> None:
    rows = rows_for(extracted)
    assert len(rows.events) > 20
    with Store(db_location) as store:
        store.add(rows)
        got = store.events()
        stored = [json.loads(r[0]) for r in store.conn.execute("SELECT data FROM events")]
        actor = rows.event_actors[0][1]
        by_actor = store.events(actor=actor)
    assert [list(e) for e in got] == [list(e) for e in expected_events(rows, extracted)]  # keys in the same order
    assert got == expected_events(rows, extracted)
    assert by_actor and all(actor in e["actors"] or actor in e["involved"] for e in by_actor)
    assert all("text" not in s.get("evidence", {}) and "summary" not in s for s in stored)


def test_a_knowledge_base_written_with_whole_events_upgrades(
    db_location: str, extracted: Document, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rows written before 0012 carry the whole JSON; one of them says a summary its column does not."""
    shipped = migrations.available()
    monkeypatch.setattr(migrations, "available", lambda: [m for m in shipped if m[0] < "0012"])
    rows = rows_for(extracted)
    whole = {e.id: e.as_json() for e in extracted.events}
    odd = rows.events[3][0]
    old_events = []
    for row in rows.events:
        data = whole[row[0]] | {"candidate": row[14]}
        if row[0] == odd:
            data["summary"] = "said otherwise in the JSON"
        old_events.append((*row[:13], dumps(data), row[14]))
    with Store(db_location) as old:
        old.add(replace(rows, events=old_events))
    monkeypatch.setattr(migrations, "available", lambda: shipped)
    with Store(db_location) as new:
        got = new.events()
        data = {r[0]: json.loads(r[1]) for r in new.conn.execute("SELECT id, data FROM events")}
        expected = expected_events(rows, extracted)
        for event in expected:
            if event["id"] == odd:
                event["summary"] = "said otherwise in the JSON"
        assert got == expected
        assert data[odd]["evidence"]["text"] and data[odd]["summary"] == "said otherwise in the JSON"
        assert all("evidence" not in d or "text" not in d["evidence"] for i, d in data.items() if i != odd)
        new.remove(rows.id)
        assert new.events() == []


def test_removing_a_document_removes_who_took_part_in_its_events(db_location: str, extracted: Document) -> None:
    """event_actors is keyed by entity (migration 0013); its rows still go with their events."""
    rows = rows_for(extracted)
    with Store(db_location) as store:
        store.add(rows)
        count = store.conn.execute("SELECT count(*) FROM event_actors").fetchone()[0]
        assert count == len(rows.event_actors) > 0
        store.remove(rows.id)
        assert store.conn.execute("SELECT count(*) FROM event_actors").fetchone()[0] == 0
