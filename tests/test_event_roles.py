"""Who took part in which event, keyed by the event's rowid (migration 0023, `event_roles`).

The pairs hang on the events' rowids, so these must hold: a store written before 0023 keeps every pair and key;
a pair of an event that does not exist is refused, as the foreign key refused it; a pair goes with its event;
VACUUM (allowed to renumber the rows of a table without an index) leaves every event its actors; an actor's
events are found through an index, not by reading every pair. Checked on the reference article's rows, a
second copy under another id, and one document removed to leave gaps in the rowids.
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

import allyscope.store.migrations as migrations
from allyscope.pipeline import extract_file
from allyscope.store import Store
from allyscope.store.database import DocumentRows, rows_for


@pytest.fixture(scope="module")
def template(article_path: Path) -> DocumentRows:
    return rows_for(extract_file(article_path))


def copy_of(rows: DocumentRows, ident: str) -> DocumentRows:
    """`rows` as those of another document `ident` (another hash, other event ids and candidate keys)."""
    old = rows.id

    def swap(found: list[tuple[Any, ...]], at: int) -> list[tuple[Any, ...]]:
        return [(*r[:at], ident, *r[at + 1 :]) for r in found]

    return replace(
        rows,
        doc=(ident, ident * (64 // len(ident) + 1), f"{ident}.txt", *rows.doc[3:]),
        spans=swap(rows.spans, 0),
        footnotes=swap(rows.footnotes, 0),
        markers=swap(rows.markers, 0),
        mentions=swap(rows.mentions, 1),
        events=[(str(e[0]).replace(old, ident), ident, *e[2:14], f"{e[14]}/{ident}") for e in rows.events],
        event_actors=[(str(a[0]).replace(old, ident), *a[1:]) for a in rows.event_actors],
        search=[(ident, *entry[1:]) for entry in rows.search],  # type: ignore[misc]
    )


def pairs(conn: sqlite3.Connection) -> list[tuple[Any, ...]]:
    return sorted(conn.execute("SELECT event_id, entity_id, role FROM event_actors"))


def keys(conn: sqlite3.Connection) -> set[tuple[Any, ...]]:
    sql = "SELECT k.entity_id, e.id FROM event_actor_dates k JOIN events e ON e.rowid = k.event_row"
    return set(conn.execute(sql))


def test_pairs_and_keys_survive_the_upgrade_removal_and_vacuum(
    template: DocumentRows, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shipped = migrations.available()
    monkeypatch.setattr(migrations, "available", lambda: [m for m in shipped if m[0] < "0023"])
    db = tmp_path / "old.db"
    first, second, third = (copy_of(template, name) for name in ("aaaa1111", "bbbb2222", "cccc3333"))
    with Store(db) as old:
        old.add(first)
        old.add(second)
        before = pairs(old.conn)
    monkeypatch.setattr(migrations, "available", lambda: shipped)
    with Store(db) as new:
        assert new.conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'event_roles'").fetchone()
        assert pairs(new.conn) == before
        assert keys(new.conn) == {(entity, event) for event, entity, _ in before}
        new.add(third)
        new.remove(first.id)
        left = [p for p in before if not p[0].startswith(first.id)]
        added = sorted((str(a[0]), str(a[1]), str(a[2])) for a in third.event_actors)
        assert pairs(new.conn) == sorted([*left, *added])
        assert len(pairs(new.conn)) == len(template.event_actors) * 2
        assert keys(new.conn) == {(entity, event) for event, entity, _ in pairs(new.conn)}
        kept = pairs(new.conn)
        new.conn.execute("VACUUM")
        assert pairs(new.conn) == kept
        assert keys(new.conn) == {(entity, event) for event, entity, _ in kept}


def test_a_pair_of_no_event_is_refused_and_goes_with_its_event(template: DocumentRows, tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        store.add(template)
        with pytest.raises(sqlite3.IntegrityError):
            store.conn.execute("INSERT INTO event_actors VALUES ('no-such-event', 'XX', 'actor')")
        with pytest.raises(sqlite3.IntegrityError):
            store.add(replace(copy_of(template, "dddd4444"), event_actors=[("no-such-event", "XX", "actor")]))
        event = str(template.event_actors[0][0])
        store.conn.execute("INSERT INTO event_actors VALUES (?, 'XX', 'involved')", (event,))
        assert ("XX", event) in keys(store.conn)
        store.conn.execute("UPDATE event_actors SET entity_id = 'YY' WHERE entity_id = 'XX'")
        assert ("YY", event) in keys(store.conn) and ("XX", event) not in keys(store.conn)
        store.conn.execute("DELETE FROM events WHERE id = ?", (event,))
        assert not [p for p in pairs(store.conn) if p[0] == event]
        assert not [k for k in keys(store.conn) if k[1] == event]
        assert store.conn.execute("SELECT count(*) FROM event_roles").fetchone()[0] == len(pairs(store.conn))


def test_an_actors_events_are_read_through_an_index(template: DocumentRows, tmp_path: Path) -> None:
    """`Store.events(actor=...)` finds the actor's events, and its query reads no table whole (the pairs keep no
    index by entity since 0023: an actor is looked up in `event_actor_dates`)."""
    with Store(tmp_path / "s.db") as store:
        store.add(template)
        actor = str(template.event_actors[0][1])
        statements: list[str] = []
        store.conn.set_trace_callback(statements.append)
        found = store.events(actor=actor)
        store.conn.set_trace_callback(None)
        assert {e["id"] for e in found} == {str(a[0]) for a in template.event_actors if a[1] == actor}
        query = next(s for s in statements if "FROM events e" in s and actor in s)
        plan = " ".join(str(row[-1]) for row in store.conn.execute(f"EXPLAIN QUERY PLAN {query}"))
        assert "event_actor_dates" in plan and "SCAN event_actor_dates" not in plan and "event_roles" not in plan
