"""Ingest writes its first documents while the others are parsed (issue 18), without giving up its promises.

Nothing is committed before every file is parsed: a bad file among good ones still leaves the store as it was,
whether the good ones were written early or not; the early transaction is begun only when the write lock is free
at once, and rolled back as soon as another writer raises its hand.
"""

from __future__ import annotations

import shutil
import sqlite3
import time
from pathlib import Path

import pytest

from allyscope.ingest import EarlyBatch, IngestReport, ingest_files
from allyscope.pipeline import extract
from allyscope.store import Store
from allyscope.store.connection import hand_of
from allyscope.store.database import DocumentRows, rows_for

LAYOUTS = Path(__file__).parent / "layouts"


def good_files(folder: Path, count: int) -> list[Path]:
    files = sorted(LAYOUTS.glob("*.txt"))[:count]
    for source in files:
        shutil.copy(source, folder / source.name)
    return [folder / f.name for f in files]


@pytest.fixture(scope="module")
def rows() -> list[DocumentRows]:
    return [
        rows_for(extract(f"标题{i}\n\n2023年7月12日，两国外长举行会谈。第{i}段。\n", f"doc{i}.txt")) for i in range(3)
    ]


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_bad_file_after_good_ones_leaves_the_store_as_it_was(tmp_path: Path, jobs: int) -> None:
    files = good_files(tmp_path, 6)
    bad = tmp_path / "zz_empty.txt"  # parsed last: the good ones before it may be written early
    bad.write_bytes(b"")
    db = tmp_path / "kb.db"
    report = ingest_files([*files, bad], db, jobs=jobs)
    assert report.failed and not report.stored
    with Store(db, readonly=True) as store:
        assert store.count() == 0
    kept = ingest_files([*files, bad], tmp_path / "kept.db", jobs=jobs, keep_going=True)
    assert len(kept.stored) == len(files) and len(kept.failed) == 1
    with Store(tmp_path / "kept.db", readonly=True) as store:
        assert store.count() == len(files)
    assert [s["source"] for s in kept.stored] == [str(f) for f in files]  # in the order given


def test_the_early_transaction_is_committed_only_at_the_end(tmp_path: Path, rows: list[DocumentRows]) -> None:
    db = tmp_path / "kb.db"
    with Store(db) as store:
        early = EarlyBatch(store, keep_going=False)
        report = IngestReport()
        early.take(rows[:1], report)
        early.take(rows[1:], report)
        assert early.open and early.count == len(rows)
        with Store(db, readonly=True) as reader:
            assert reader.count() == 0  # written, not committed
        early.commit(report)
        assert [s["id"] for s in report.stored] == [r.id for r in rows]
    with Store(db, readonly=True) as reader:
        assert reader.count() == len(rows)


def test_another_writer_raising_its_hand_rolls_the_early_transaction_back(
    tmp_path: Path, rows: list[DocumentRows]
) -> None:
    db = tmp_path / "kb.db"
    with Store(db) as store:
        early = EarlyBatch(store, keep_going=False)
        report = IngestReport()
        early.take(rows[:1], report)
        assert early.open
        time.sleep(0.01)
        hand_of(db).touch()  # what a writer waiting for the lock does
        early.take(rows[1:], report)
        assert not early.open and early.count == 0 and not early.accepting
        other = sqlite3.connect(db, timeout=0)
        other.execute("BEGIN IMMEDIATE")  # the lock is free at once
        other.execute("ROLLBACK")
        other.close()
        early.commit(report)
        assert not report.stored and store.count() == 0


def test_no_early_transaction_while_another_writer_holds_the_lock(tmp_path: Path, rows: list[DocumentRows]) -> None:
    db = tmp_path / "kb.db"
    Store(db).close()
    other = sqlite3.connect(db, timeout=0)
    other.execute("BEGIN IMMEDIATE")
    try:
        with Store(db) as store:
            early = EarlyBatch(store, keep_going=False)
            started = time.monotonic()
            early.take(rows[:1], IngestReport())
            assert time.monotonic() - started < 1.0  # did not wait for the lock
            assert not early.open and not early.accepting and early.count == 0
    finally:
        other.execute("ROLLBACK")
        other.close()


@pytest.mark.parametrize("keep_going", [False, True])
def test_more_documents_than_one_early_batch_are_all_stored_in_order(
    tmp_path: Path, keep_going: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Early batches of 2 (BATCH_DOCUMENTS made small): without --keep-going the first 2 wait in the open
    transaction and the rest follow the parse; with it each batch is committed as it fills."""
    import allyscope.ingest as ingest

    monkeypatch.setattr(ingest, "BATCH_DOCUMENTS", 2)
    files = good_files(tmp_path, 7)
    report = ingest_files(files, tmp_path / "kb.db", jobs=2, keep_going=keep_going)
    assert [s["source"] for s in report.stored] == [str(f) for f in files] and not report.skipped
    again = ingest_files(files, tmp_path / "kb.db", jobs=2, keep_going=keep_going)
    assert not again.stored and [s["source"] for s in again.skipped] == [str(f) for f in files]
    with Store(tmp_path / "kb.db", readonly=True) as store:
        assert store.count() == len(files)
