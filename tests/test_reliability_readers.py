"""Readers beside writers (issue 16): a read-only open that trusts the header's stamp, readers that keep their
connection and never hold back the write-ahead log's checkpoint, and the log's upkeep set by every writer."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from conftest import LAYOUTS

from allyscope import parse
from allyscope.errors import StoreError
from allyscope.store import Store, migrations
from allyscope.store.connection import WAL_PRAGMAS
from allyscope.store.database import rows_for
from allyscope.web.access import ReadOnlyStore

FILES = sorted(LAYOUTS.glob("en_*.txt"))[:4]


def _raw(db: Path, *statements: str) -> None:
    conn = sqlite3.connect(db, isolation_level=None)
    try:
        for sql in statements:
            conn.execute(sql)
    finally:
        conn.close()


def _user_version(db: Path) -> int:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


@pytest.fixture
def store_db(tmp_path: Path) -> Path:
    db = tmp_path / "kb.db"
    with Store(db) as store:
        store.add(parse(FILES[0]))
    return db


def test_a_migrated_database_carries_the_stamp_of_its_migrations(store_db: Path) -> None:
    assert _user_version(store_db) == migrations.stamp() != 0


def test_a_stamped_database_is_opened_for_reading_without_reading_its_migrations(store_db: Path) -> None:
    """The stamp is what a read-only open trusts: with it, the bookkeeping table is not even read; without it,
    the table is read as before (and its absence refused)."""
    _raw(store_db, "DROP TABLE _migrations")
    with Store(store_db, readonly=True) as store:
        assert store.count() == 1
    _raw(store_db, "PRAGMA user_version = 0")
    with pytest.raises(StoreError, match="not a usable"):
        Store(store_db, readonly=True)


def test_a_stamp_of_another_version_is_checked_against_the_migrations(store_db: Path) -> None:
    _raw(store_db, "INSERT INTO _migrations VALUES ('9999_from_the_future', 'then')", "PRAGMA user_version = 7")
    with pytest.raises(StoreError, match="newer allyscope"):
        Store(store_db, readonly=True)


def test_an_older_database_is_refused_for_reading_and_upgraded_and_stamped_by_a_writer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shipped = migrations.available()
    db = tmp_path / "old.db"
    monkeypatch.setattr(migrations, "available", lambda: shipped[:-1])
    Store(db).close()
    older = _user_version(db)
    assert older == migrations.stamp()
    monkeypatch.setattr(migrations, "available", lambda: shipped)
    assert older != migrations.stamp()
    with pytest.raises(StoreError, match="older allyscope"):
        Store(db, readonly=True)
    Store(db).close()
    assert _user_version(db) == migrations.stamp()
    Store(db, readonly=True).close()


def test_a_writer_stamps_a_database_made_before_the_stamp(store_db: Path) -> None:
    _raw(store_db, "PRAGMA user_version = 0")
    Store(store_db).close()
    assert _user_version(store_db) == migrations.stamp()


def test_every_writer_keeps_the_log_bounded() -> None:
    """The upkeep every writer sets: SQLite's checkpoint at 1,000 pages, and a size the log file is cut back to."""
    assert "PRAGMA wal_autocheckpoint = 1000" in WAL_PRAGMAS
    assert any(p.startswith("PRAGMA journal_size_limit") for p in WAL_PRAGMAS)


def test_the_log_file_is_cut_back_after_a_write_larger_than_its_limit(
    store_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from allyscope.store import connection

    monkeypatch.setattr(connection, "WAL_PRAGMAS", ("PRAGMA journal_size_limit = 65536",))
    wal = store_db.with_name(store_db.name + "-wal")
    reader = ReadOnlyStore(store_db)
    try:
        with Store(store_db) as store:
            store.conn.execute("PRAGMA wal_autocheckpoint = 0")  # the log grows by the whole batch
            store.add_many([rows_for(parse(path)) for path in FILES[1:]])
            grown = wal.stat().st_size
            assert grown > 65536
            reader.search("the", 5)  # a held reader between writes
            assert store.conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()[0] == 0
            with store.transaction():  # the next commit starts the log over, and cuts the file back
                store.conn.execute("UPDATE documents SET title = title || '.' WHERE rowid = 1")
            assert wal.stat().st_size <= 65536 < grown
    finally:
        reader.close()


@pytest.mark.parametrize("held", ["search", "timeline", "documents", "facts", "entities"])
def test_a_held_reader_never_holds_back_the_checkpoint(store_db: Path, held: str) -> None:
    """Between two queries a reader that keeps its connection holds no snapshot: a full checkpoint (TRUNCATE)
    succeeds at once, with no wait, so the log never grows for want of one however long readers stay."""
    reader = ReadOnlyStore(store_db)
    queries = {
        "search": lambda: reader.search("the", 20),
        "timeline": lambda: reader.timeline(limit=50),
        "documents": lambda: reader.documents(10),
        "facts": lambda: reader.search_facts("the", 20),
        "entities": lambda: reader.conn.execute("SELECT id FROM entities").fetchone(),
    }
    try:
        with Store(store_db) as store:
            store.conn.execute("PRAGMA busy_timeout = 0")
            for path in FILES[1:3]:
                queries[held]()
                store.add(parse(path))
            queries[held]()
            busy, log, done = store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            assert (busy, log, done) == (0, 0, 0)
            store.add(parse(FILES[3]))
            cursor = reader.conn.execute("SELECT doc_id FROM spans")  # a reader stopped in the middle of its rows
            cursor.fetchone()
            busy, _, _ = store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            assert busy == 1  # ... does hold it back: what the assertion above would have seen
            cursor.close()
    finally:
        reader.close()


def test_a_held_reader_sees_each_commit_and_never_waits_for_a_writer(store_db: Path) -> None:
    reader = ReadOnlyStore(store_db)
    reader.conn.execute("PRAGMA busy_timeout = 0")  # a wait would be an error here, not a delay
    try:
        with Store(store_db) as store:
            with store.transaction():
                store.write([rows_for(parse(FILES[1]))])
                assert reader.count() == 1  # the writer's open transaction: not seen, not waited for
            assert reader.count() == 2
    finally:
        reader.close()


def test_a_command_does_not_check_the_shipped_case_again(monkeypatch: pytest.MonkeyPatch) -> None:
    """The shipped cases are held to their schema and references by tests/test_knowledge.py; a command that
    loads one (every CLI read of the timeline, every review) reads it without checking it again."""
    from allyscope.knowledge import case

    def checked(*_: object) -> list[str]:
        raise AssertionError("the shipped case was checked again")

    monkeypatch.setattr(case, "_schema_problems", checked)
    monkeypatch.setattr(case, "problems", checked)
    case._load_shipped.cache_clear()
    try:
        loaded = case.load_case()
        assert loaded.facts and loaded.parties
    finally:
        case._load_shipped.cache_clear()
