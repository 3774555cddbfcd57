"""The writer fills the keys of an actor's events by date itself (migration 0021), and they are the keys the
triggers give every other writer: raw SQL through the view `event_actors`, a store upgraded from before 0021,
a copy. Checked on the reference article's rows with some events given long dates (a range, unspecified
digits, a season) and an entity in two roles of one event."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import allyscope.store.migrations as migrations
from allyscope.outputs import filters
from allyscope.pipeline import extract_file
from allyscope.store import Store
from allyscope.store.copying import copy_store
from allyscope.store.database import DocumentRows, _write_named, is_long_date, rows_for

LONG = ("2019-03/..", "198X", "2014-21", "../2020", "2015-06-XX")


@pytest.fixture(scope="module")
def template(article_path: Path) -> DocumentRows:
    """The article's rows, five events re-dated to long dates, the first event's actor also `involved` in it."""
    rows = rows_for(extract_file(article_path))
    events = list(rows.events)
    for i, date in enumerate(LONG):
        at = 2 + 3 * i
        events[at] = (*events[at][:2], date, date.split("/")[0].replace("X", "0") or "0000", *events[at][4:])
    first = rows.event_actors[0]
    assert len({row[0] for row in rows.event_actors}) > 10
    return replace(rows, events=events, event_actors=[*rows.event_actors, (first[0], first[1], "involved")])


def keys(conn: sqlite3.Connection) -> set[tuple[Any, ...]]:
    """The keys, each naming its event by id (rowids differ between stores)."""
    sql = (
        "SELECT k.entity_id, k.date_sort, e.id, k.long_date FROM event_actor_dates k"
        " JOIN events e ON e.rowid = k.event_row AND e.date_sort = k.date_sort"
    )
    found = set(conn.execute(sql))
    assert len(found) == conn.execute("SELECT count(*) FROM event_actor_dates").fetchone()[0]  # none stale
    return found


def derived(conn: sqlite3.Connection) -> set[tuple[Any, ...]]:
    """The keys as 0019 defines them: one per entity and event it takes part in."""
    long = f"CASE WHEN {filters.LONG_DATE} THEN e.date END"
    pairs = "FROM event_actors a JOIN events e ON e.id = a.event_id"
    return set(conn.execute(f"SELECT DISTINCT a.entity_id, e.date_sort, e.id, {long} {pairs}"))


def test_the_writer_and_raw_sql_make_the_same_keys(template: DocumentRows, tmp_path: Path) -> None:
    with Store(tmp_path / "writer.db") as writer, Store(tmp_path / "raw.db") as raw:
        statements: list[str] = []
        writer.conn.set_trace_callback(statements.append)
        writer.add(template)
        writer.conn.set_trace_callback(None)
        with raw.transaction():  # every table by its old name, as any other program writes it
            _write_named(raw.conn, [template])
        made = keys(writer.conn)
        assert made == derived(writer.conn) == keys(raw.conn) == derived(raw.conn)
        assert set(LONG) <= {k[3] for k in made}
        assert len(made) < writer.conn.execute("SELECT count(*) FROM event_actors").fetchone()[0]  # two roles: one key
    assert not any("event_actors_insert" in s or "INSERT INTO event_actors " in s for s in statements)
    assert any("INSERT OR IGNORE INTO event_actor_dates" in s for s in statements)


def test_keys_after_upgrade_copy_and_removal(
    template: DocumentRows, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A store written before 0021 keeps its pairs and keys; documents written after it, a copy of the whole,
    a removal: the keys stay exactly those of the pairs."""
    shipped = migrations.available()
    monkeypatch.setattr(migrations, "available", lambda: [m for m in shipped if m[0] < "0021"])
    db = tmp_path / "old.db"
    with Store(db) as old:
        old.add(template)
        before = keys(old.conn)
        pairs = sorted(old.conn.execute("SELECT * FROM event_actors"))
    monkeypatch.setattr(migrations, "available", lambda: shipped)
    second = replace(template, doc=("0" * len(template.id), "0" * 64, "second.txt", *template.doc[3:]))
    second = _renamed(second, template.id, second.doc[0])
    with Store(db) as new:
        assert sorted(new.conn.execute("SELECT * FROM event_actors")) == pairs
        assert keys(new.conn) == before == derived(new.conn)
        new.add(second)
        assert keys(new.conn) == derived(new.conn) and len(keys(new.conn)) == 2 * len(before)
        with Store(tmp_path / "copy.db") as target:
            copy_store(new, target)
            assert keys(target.conn) == keys(new.conn)
        new.remove(template.id)
        assert keys(new.conn) == derived(new.conn) and len(keys(new.conn)) == len(before)


def _renamed(rows: DocumentRows, old: str, new: str) -> DocumentRows:
    def swap(found: list[tuple[Any, ...]], at: int) -> list[tuple[Any, ...]]:
        return [(*r[:at], new, *r[at + 1 :]) for r in found]

    return replace(
        rows,
        spans=swap(rows.spans, 0),
        footnotes=swap(rows.footnotes, 0),
        markers=swap(rows.markers, 0),
        mentions=swap(rows.mentions, 1),
        events=[(str(e[0]).replace(old, new), new, *e[2:14], str(e[14]) + "'") for e in rows.events],
        event_actors=[(str(a[0]).replace(old, new), *a[1:]) for a in rows.event_actors],
        search=[(new, *entry[1:]) for entry in rows.search],  # type: ignore[misc]
    )


@given(st.text(alphabet="0123456789X/.-~?", max_size=12) | st.sampled_from([*LONG, "2019", "2019-03", "2019-03-04"]))
def test_long_date_in_python_is_the_sql_test(date: str) -> None:
    conn = sqlite3.connect(":memory:")
    sql = filters.LONG_DATE.replace("e.date", "?")
    assert conn.execute(f"SELECT {sql}", [date] * sql.count("?")).fetchone()[0] == is_long_date(date)
