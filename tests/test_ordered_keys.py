"""Migration 0018 (issue 18): events read in (date_sort, rowid) order; notes and markers keyed without a rowid.

The date index no longer ends in the event's id (a hash, which put every new event at a random place among the
events of its date) but in the rowid, so events of one date come in the order they were written. A page after
a cursor must continue exactly where the last stopped, on SQLite and PostgreSQL, and a knowledge base written
at migration 0017 must upgrade to the same events, notes and markers, search and `remove`.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

import allyscope.store.migrations as migrations
from allyscope.outputs.filters import Filter, select_events
from allyscope.pipeline import extract_file
from allyscope.store import Store
from allyscope.store.database import DocumentRows, rows_for
from allyscope.store.event_rows import SELECT, event_json, with_evidence


@pytest.fixture(scope="module")
def template(article_path: Path) -> DocumentRows:
    return rows_for(extract_file(article_path))


def copy_of(template: DocumentRows, ident: str) -> DocumentRows:
    """The article's rows as those of another document whose id is `ident` (its events' ids made from it)."""
    old = template.id
    sha = ident + hashlib.sha256(ident.encode()).hexdigest()[len(ident) :]

    def swap(rows: list[tuple[Any, ...]], at: int) -> list[tuple[Any, ...]]:
        return [(*r[:at], ident, *r[at + 1 :]) for r in rows]

    return replace(
        template,
        doc=(ident, sha, f"{ident}.txt", *template.doc[3:]),
        spans=swap(template.spans, 0),
        footnotes=swap(template.footnotes, 0),
        markers=swap(template.markers, 0),
        mentions=swap(template.mentions, 1),
        events=[
            (str(e[0]).replace(old, ident), ident, *e[2:14], str(e[14]).replace(template.sha256[:16], sha[:16]))
            for e in template.events
        ],
        event_actors=[(str(a[0]).replace(old, ident), *a[1:]) for a in template.event_actors],
        search=[(ident, *entry[1:]) for entry in template.search],  # type: ignore[misc]
    )


def stored_events(store: Store) -> list[dict[str, Any]]:
    """Every event as the reader makes it from its row (any schema since 0012), by id."""
    rows = store.conn.execute(f"SELECT {SELECT}, e.status FROM events e").fetchall()
    made = with_evidence(store.conn, [event_json(row) | {"status": row[-1]} for row in rows])
    return sorted(made, key=lambda e: e["id"])


def with_defaults(rows: DocumentRows) -> DocumentRows:
    """The rows with each event's `data` as written before 0018: its default fields in it too."""
    events = []
    for event in rows.events:
        data = json.loads(event[13])
        evidence = {"footnotes": []} | data.get("evidence", {})
        data = {"date_basis": "explicit", "actor_basis": {}, "where": "body"} | data | {"evidence": evidence}
        events.append((*event[:13], json.dumps(data, ensure_ascii=False), event[14]))
    return replace(rows, events=events)


def width(template: DocumentRows) -> int:
    return len(template.id)


def pages(store: Store, size: int) -> list[str]:
    """Every pending event, a page of `size` at a time, each page read after the last one's final event."""
    seen: list[str] = []
    after = None
    while True:
        flt = Filter(statuses=frozenset({"pending", "merged"}), limit=size, after_event=after)
        page = [event["id"] for event, _, _ in select_events(store.conn, flt)]
        seen += page
        if len(page) < size:
            return seen
        key = store.conn.execute("SELECT date_sort, rowid FROM events WHERE id = ?", (page[-1],)).fetchone()
        after = (str(key[0]), int(key[1]))


def test_events_of_a_date_come_as_written_and_pages_continue_by_key(db_location: str, template: DocumentRows) -> None:
    """Written first, the document whose id sorts last: within each date its events still come first."""
    first, second = "f" * width(template), "0" * width(template)
    with Store(db_location) as store:
        store.add(copy_of(template, first))
        store.add(copy_of(template, second))
        events = store.events()
        assert len(events) == 2 * len(template.events)
        dates: dict[str, list[str]] = {}
        for event in events:
            dates.setdefault(event["date"], []).append(event["id"][: len(first)])
        for date, docs in dates.items():
            assert docs == sorted(docs, reverse=True), date  # every event of `first` before any of `second`
        everything = pages(store, 10**6)
        assert everything == [e["id"] for e in events]
        for size in (1, 7, 50):
            assert pages(store, size) == everything


def test_a_knowledge_base_at_migration_0017_upgrades(
    db_location: str, template: DocumentRows, monkeypatch: pytest.MonkeyPatch
) -> None:
    shipped = migrations.available()
    monkeypatch.setattr(migrations, "available", lambda: [m for m in shipped if m[0] < "0018"])
    docs = [with_defaults(copy_of(template, c * width(template))) for c in "a3"]
    with Store(db_location) as old:
        for rows in docs:
            old.add(rows)
        before = {
            table: sorted(old.conn.execute(f"SELECT * FROM {table}").fetchall()) for table in ("footnotes", "markers")
        }
        events = stored_events(old)
        whole = sum(len(r[0]) for r in old.conn.execute("SELECT data FROM events"))
        found = old.search("北约", limit=1000)
    monkeypatch.setattr(migrations, "available", lambda: shipped)
    with Store(db_location) as new:
        assert "0018_smaller_ordered_keys" in {r[0] for r in new.conn.execute("SELECT name FROM _migrations")}
        for table, rows in before.items():
            got = new.conn.execute(f"SELECT * FROM {table}").fetchall()
            assert sorted(tuple(r[: len(rows[0])]) for r in got) == rows, table
        assert stored_events(new) == events  # every field, though `data` leaves out an event's defaults now
        assert sorted(new.events(), key=lambda e: e["id"]) == events
        slim = sum(len(r[0]) for r in new.conn.execute("SELECT data FROM events"))
        assert slim < 0.8 * whole  # the defaults left the rows written before
        assert pages(new, 9) == [e["id"] for e in new.events()]
        assert len(new.search("北约", limit=1000)) == len(found) > 0
        if isinstance(new.conn, sqlite3.Connection):
            keyed = new.conn.execute(
                "SELECT count(*) FROM sqlite_master"
                " WHERE name IN ('footnotes_rows', 'markers_rows') AND sql LIKE '%WITHOUT ROWID%'"  # 0020: by number
            )
            assert keyed.fetchone()[0] == 2
        new.remove(docs[0].id)
        for table in ("footnotes", "markers", "events", "event_actors", "spans", "search_entries"):
            column = "event_id" if table == "event_actors" else "doc_id"
            left = new.conn.execute(f"SELECT count(*) FROM {table} WHERE {column} LIKE ?", (docs[0].id + "%",))
            assert left.fetchone()[0] == 0, table
        assert len(new.events()) == len(template.events)
        assert all(h["doc"] != docs[0].id for h in new.search("北约", limit=1000))
        # a document written after the upgrade: its events go after the old ones of each date, and pages still work
        new.add(copy_of(template, "0" * width(template)))
        assert pages(new, 9) == [e["id"] for e in new.events()]
        latest = [e["id"][0] for e in new.events() if e["date"] == template.events[0][2]]
        assert latest == sorted(latest, reverse=True)  # "3…" (upgraded) before "0…" (written after)
