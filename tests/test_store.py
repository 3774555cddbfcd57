"""The store: migrations, one transaction per document, the same content stored once."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import LAYOUTS

from allyscope import parse
from allyscope.errors import StoreError
from allyscope.pipeline import extract_file
from allyscope.store import Store
from allyscope.store.database import rows_for
from allyscope.store.migrations import available


def test_schema_is_migrated_and_wal(tmp_path: Path) -> None:
    with Store(tmp_path / "a.db") as store:
        names = [r[0] for r in store.conn.execute("SELECT name FROM _migrations")]
        assert names == [name for name, _ in available()]
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    with Store(tmp_path / "a.db") as store:  # opening again applies nothing twice
        assert store.count() == 0


def test_newer_database_is_refused(tmp_path: Path) -> None:
    with Store(tmp_path / "a.db") as store:
        store.conn.execute("INSERT INTO _migrations VALUES ('9999_future', 'now')")
    with pytest.raises(StoreError, match="newer version"):
        Store(tmp_path / "a.db")


def test_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="not a usable"):
        Store(path)


def test_same_content_stored_once(tmp_path: Path) -> None:
    doc = parse(LAYOUTS / "zh_zhu_pages.txt")
    copy = tmp_path / "copy.txt"
    copy.write_bytes((LAYOUTS / "zh_zhu_pages.txt").read_text("utf-8").encode("gb18030"))
    with Store(tmp_path / "a.db") as store:
        assert store.add(doc) is True
        assert store.add(parse(copy)) is False
        assert store.count() == 1


def test_a_failed_document_leaves_nothing_half_written(tmp_path: Path) -> None:
    rows = rows_for(parse(LAYOUTS / "zh_zhu_pages.txt"))
    broken = replace(rows, markers=[*rows.markers, (rows.id, 0, 0, 1, "[1]", "x", "[]")])  # duplicate key
    with Store(tmp_path / "a.db") as store:
        with pytest.raises(sqlite3.IntegrityError):
            store.add(broken)
        for table in ("documents", "spans", "footnotes", "markers"):
            assert store.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
        assert store.add(rows) is True
        assert store.conn.execute("SELECT count(*) FROM markers").fetchone()[0] == len(rows.markers)


def test_a_database_of_the_previous_release_is_upgraded_in_place(tmp_path: Path) -> None:
    """Events stored before the knowledge base existed get their candidate keys, and decisions apply to them."""
    from allyscope.knowledge.review import candidates, decide
    from allyscope.store import migrations as m

    db = tmp_path / "old.db"
    conn = sqlite3.connect(db, isolation_level=None)
    old = [(name, sql) for name, sql in m.available() if name < "0004"]
    conn.execute("CREATE TABLE _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    for name, sql in old:
        conn.executescript(sql)
        conn.execute("INSERT INTO _migrations VALUES (?, 'then')", (name,))
    rows = rows_for(extract_file(LAYOUTS / "en_glued_pages.txt"))
    conn.execute("INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows.doc[:11])  # the columns before 0007
    conn.executemany("INSERT INTO events VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", [e[:14] for e in rows.events])
    conn.close()
    with Store(db) as store:
        keys = [k for (k,) in store.conn.execute("SELECT candidate FROM events ORDER BY start")]
        assert keys == [e[14] for e in sorted(rows.events, key=lambda e: e[10])]  # the key a new ingest gives
        pending = candidates(store.conn)
        assert pending and decide(store.conn, pending[0]["candidate"], "reject", by="t")["action"] == "reject"


def test_mentions_of_an_older_database_become_one_row_per_entity(tmp_path: Path) -> None:
    """A database written with one row per mention (before 0006) keeps every mention after the upgrade."""
    from allyscope.store import migrations as m

    db = tmp_path / "old.db"
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("CREATE TABLE _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    for name, sql in m.available():
        if name >= "0006":
            break
        conn.executescript(sql)
        conn.execute("INSERT INTO _migrations VALUES (?, 'then')", (name,))
    doc = extract_file(LAYOUTS / "en_glued_pages.txt")
    rows = rows_for(doc)
    conn.execute("INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows.doc[:11])  # the columns before 0007
    mentions = [(rows.id, i, x.start, x.end, x.alias) for x in doc.entities for i in x.ids]
    assert len(mentions) > len({mention[1] for mention in mentions})  # some entity is named more than once
    conn.executemany("INSERT INTO mentions VALUES (?,?,?,?,?)", mentions)
    conn.close()
    with Store(db) as store:
        upgraded = store.conn.execute("SELECT entity_id, count, first, places FROM entity_mentions").fetchall()
        assert sorted(r[:3] for r in upgraded) == sorted((r[0], r[2], r[3]) for r in rows.mentions)  # as ingest writes
        places = sorted((e, *p) for e, _, _, text in upgraded for p in json.loads(text))
        assert places == sorted((e, s, end, alias) for _, e, s, end, alias in mentions)
        first_entity = upgraded[0][0]
        profile = store.entity_profile(first_entity)
        assert profile["mentions"][0]["count"] == sum(1 for x in mentions if x[1] == first_entity)


def test_a_page_of_documents_is_the_same_rows_as_the_whole_list(tmp_path: Path) -> None:
    with Store(tmp_path / "a.db") as store:
        for path in sorted(LAYOUTS.glob("*.txt"))[:5]:
            store.add(parse(path))
        everything = store.documents()
        assert len(everything) == store.count() >= 3
        for offset in range(len(everything) + 1):
            assert store.documents(2, offset) == everything[offset : offset + 2]


def test_every_migration_has_a_number_of_its_own() -> None:
    """Two branches once both shipped a 0015: the order of migrations is their number, so each is used once."""
    from allyscope.store.migrations import available

    numbers = [name.split("_", 1)[0] for name, _ in available()]
    assert len(numbers) == len(set(numbers)), numbers
    assert numbers == sorted(numbers)
