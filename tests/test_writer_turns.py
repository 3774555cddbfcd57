"""An ingest keeps the write lock in large batches while nobody waits, and gives it up soon once a writer does."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from allyscope import ingest
from allyscope.ingest import IngestReport, write_parsed
from allyscope.pipeline import extract
from allyscope.store import Store
from allyscope.store.connection import hand_of, someone_waiting
from allyscope.store.database import DocumentRows, rows_for


def _documents(count: int) -> list[DocumentRows]:
    """Small documents of our own, each new content (a number in its title and its body)."""
    texts = [
        f"第{i}号报告\n\n{2000 + i % 20}年{1 + i % 12}月，两国代表在第{i}次会议上签署了协定。\n"
        for i in range(count)
    ]
    return [rows_for(extract(text, f"d{i}")) for i, text in enumerate(texts)]


def _counting(monkeypatch: pytest.MonkeyPatch, store: Store) -> list[int]:
    """Count the transactions `store` opens and the pauses the ingest makes (appended as 1 and 0)."""
    events: list[int] = []
    opened = store.transaction

    def transaction():  # type: ignore[no-untyped-def]
        events.append(1)
        return opened()

    monkeypatch.setattr(store, "transaction", transaction)
    monkeypatch.setattr(ingest.time, "sleep", lambda seconds: events.append(0))
    return events


def test_nobody_waiting_means_large_batches_and_no_pauses(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ingest, "BATCH_DOCUMENTS", 10)
    monkeypatch.setattr(ingest, "BATCH_SECONDS", 0.0)  # a batch would end at once if anybody waited
    docs = _documents(25)
    with Store(tmp_path / "kb.db") as store:
        events = _counting(monkeypatch, store)
        report = IngestReport()
        write_parsed(store, docs, report)
        assert len(report.stored) == 25 and store.count() == 25
    # ends after whole groups of ingest.WRITE_GROUP (8) documents: 16 + 9 (the last group short)
    assert events == [1, 1]


def test_a_waiting_writer_gets_in_before_the_ingest_ends(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ingest, "BATCH_DOCUMENTS", 10**6)  # only a waiting writer can end a batch
    monkeypatch.setattr(ingest, "BATCH_SECONDS", 0.02)
    docs = _documents(160)
    db = tmp_path / "kb.db"
    Store(db).close()
    finished: dict[str, float] = {}
    writing = threading.Event()

    def ingesting() -> None:
        with Store(db) as store:
            slow = store.write

            def write(batch: list[DocumentRows]) -> list[bool]:
                writing.set()
                time.sleep(0.05)  # a slow writer (20 groups: a second at least), so the other comes while it writes
                return slow(batch)

            store.write = write  # type: ignore[method-assign]
            write_parsed(store, docs, IngestReport())
            finished["ingest"] = time.monotonic()

    worker = threading.Thread(target=ingesting)
    worker.start()
    assert writing.wait(30)
    with Store(db) as other, other.transaction() as conn:
        conn.execute("PRAGMA user_version = 7")
        finished["other"] = time.monotonic()
    worker.join(60)
    assert finished["other"] < finished["ingest"]
    with Store(db) as store:
        assert store.count() == 160
    assert not hand_of(db).exists()  # lowered once the lock was had


def test_a_hand_raised_before_a_batch_began_is_not_seen_by_it(tmp_path: Path) -> None:
    with Store(tmp_path / "kb.db") as store:
        hand_of(tmp_path / "kb.db").touch()
        assert someone_waiting(store.conn, time.time() - 5)
        assert not someone_waiting(store.conn, time.time() + 5)
