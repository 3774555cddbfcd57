"""Parquet partitions and the loader, without Dask: written, read back by pyarrow and DuckDB, loaded into a
store that must equal the one the local ingest builds; duplicates, changed files, unreadable files."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import sys
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner
from scale_helpers import assert_same_store, corpus

from allyscope.cli import main
from allyscope.ingest import ingest_files
from allyscope.scale import ScaleError
from allyscope.scale.dask_ingest import to_parquet
from allyscope.scale.loader import load_sqlite
from allyscope.scale.parquet import MANIFEST, TABLES, migration_names
from allyscope.store.database import Store


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return corpus(tmp_path_factory.mktemp("docs") / "in")


@pytest.fixture(scope="module")
def parts(docs: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    outdir = tmp_path_factory.mktemp("parts") / "out"
    run = to_parquet([str(p) for p in sorted(docs.iterdir())], outdir, batch_size=2)
    assert run.manifest is not None and not run.failed
    return outdir


@pytest.fixture(scope="module")
def local_db(docs: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("local") / "local.db"
    report = ingest_files(sorted(docs.iterdir()), db, jobs=1)
    assert not report.failed
    return db


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_partitions_read_back_with_pyarrow_match_the_store_tables(parts: Path, docs: Path, local_db: Path) -> None:
    manifest = json.loads((parts / MANIFEST).read_text("utf-8"))
    assert manifest["migrations"] == migration_names()
    assert len(manifest["batches"]) == (len(list(docs.iterdir())) + 1) // 2
    conn = sqlite3.connect(local_db)
    for table in TABLES:
        files = sorted((parts / table.name).glob("*.parquet"))
        arrow = [pq.read_table(f) for f in files]
        assert sum(a.num_rows for a in arrow) == manifest["rows"][table.name]
        store_columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table.name})")]
        extra = ["doc_id"] if table.doc_prepended else []
        if table.name == "search_entries":
            # the partition carries each entry's text and pairs (what the index is built from); the store keeps
            # only offsets into the document and the index itself
            store_columns = [c for c in store_columns if c not in ("id", "text")]
            assert [c for c in arrow[0].column_names if c not in ("text", "grams")] == store_columns
            continue
        assert arrow[0].column_names == extra + store_columns
        # the partitions hold the rows of the local store, the store's own ids aside
        if table.name not in ("search_entries", "entities", "documents"):
            stored = conn.execute(f"SELECT count(*) FROM {table.name}").fetchone()[0]
            assert manifest["rows"][table.name] == stored
    for entry in manifest["batches"]:
        for record in entry["files"].values():
            assert _sha(parts / record["path"]) == record["sha256"]


def test_partitions_are_queried_with_duckdb(parts: Path, local_db: Path) -> None:
    per_doc = duckdb.sql(
        f"SELECT d.id, count(e.id) FROM read_parquet('{parts}/documents/*.parquet') d "
        f"LEFT JOIN read_parquet('{parts}/events/*.parquet') e ON e.doc_id = d.id GROUP BY d.id ORDER BY d.id"
    ).fetchall()
    conn = sqlite3.connect(local_db)
    expected = conn.execute(
        "SELECT d.id, count(e.id) FROM documents d LEFT JOIN events e ON e.doc_id = d.id GROUP BY d.id ORDER BY d.id"
    ).fetchall()
    assert per_doc == expected
    assert any(count > 0 for _, count in per_doc)


def test_loaded_partitions_give_the_store_the_local_ingest_gives(parts: Path, local_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "loaded.db"
    report = load_sqlite(parts, db)
    assert report.stored and not report.skipped and not report.duplicates
    assert_same_store(local_db, db)
    again = load_sqlite(parts, db)  # the same content is stored once
    assert not again.stored and len(again.skipped) == len(report.stored)
    assert_same_store(local_db, db)


def test_a_batch_written_twice_is_loaded_once(parts: Path, local_db: Path, tmp_path: Path) -> None:
    twice = tmp_path / "twice"
    shutil.copytree(parts, twice)
    manifest = json.loads((twice / MANIFEST).read_text("utf-8"))
    copy = json.loads(json.dumps(manifest["batches"][0]))
    copy["batch"] = len(manifest["batches"])
    for table, record in copy["files"].items():
        name = f"{table}/part-{copy['batch']:05d}.parquet"
        shutil.copy(twice / record["path"], twice / name)
        record["path"] = name
    manifest["batches"].append(copy)
    (twice / MANIFEST).write_text(json.dumps(manifest), "utf-8")
    notes: list[str] = []
    report = load_sqlite(twice, tmp_path / "kb.db", note=notes.append)
    assert len(notes) == 1 and "written twice" in notes[0] and "batch 0" in notes[0]
    assert_same_store(local_db, tmp_path / "kb.db")
    distinct = {ident for entry in manifest["batches"] for ident in entry["documents"]}
    assert len(report.stored) == len(distinct) and not report.skipped


def test_the_same_content_under_two_names_is_stored_once_as_the_local_ingest_does(tmp_path: Path) -> None:
    """A copy of a file in the same batch (the bulk path hands that batch to the row path) and in a later batch
    (the bulk path finds its content stored already): the store the local ingest gives, each copy reported."""
    from scale_helpers import EVENT_DOCS

    folder = tmp_path / "in"
    folder.mkdir()
    first, second, third = sorted(EVENT_DOCS.glob("*.txt"))[:3]
    for name, source in (("a.txt", first), ("a_again.txt", first), ("b.txt", second), ("c.txt", third)):
        shutil.copy(source, folder / name)
    shutil.copy(second, folder / "z_b_again.txt")
    files = [str(p) for p in sorted(folder.iterdir())]
    local = tmp_path / "local.db"
    assert not ingest_files(files, local, jobs=1).failed
    run = to_parquet(files, tmp_path / "parts", batch_size=2)
    assert run.manifest is not None and [len(e["documents"]) for e in run.manifest["batches"]] == [2, 2, 1]
    report = load_sqlite(tmp_path / "parts", tmp_path / "kb.db")
    assert sorted(Path(d["source"]).name for d in report.skipped) == ["a_again.txt", "z_b_again.txt"]
    assert len(report.stored) == 3
    assert_same_store(local, tmp_path / "kb.db")


def test_a_partition_changed_after_writing_is_refused_and_the_store_is_untouched(
    parts: Path, docs: Path, tmp_path: Path
) -> None:
    changed = tmp_path / "changed"
    shutil.copytree(parts, changed)
    last = sorted((changed / "events").glob("*.parquet"))
    shutil.copy(last[0], last[-1])  # a later batch's file overwritten by another's
    db = tmp_path / "kb.db"
    with Store(db) as store:
        store.add_many(ingest_rows(docs, 1))
    before = _sha(db)
    with pytest.raises(ScaleError, match="changed since it was written"):
        load_sqlite(changed, db)
    assert _sha(db) == before
    assert not list(tmp_path.glob(".kb.db.loading*"))


def ingest_rows(docs: Path, count: int) -> list:  # type: ignore[type-arg]
    from allyscope.pipeline import parse
    from allyscope.store.database import rows_for

    return [rows_for(parse(p)) for p in sorted(docs.iterdir())[:count]]


def test_partitions_of_other_migrations_are_refused(parts: Path, tmp_path: Path) -> None:
    old = tmp_path / "old"
    shutil.copytree(parts, old)
    manifest = json.loads((old / MANIFEST).read_text("utf-8"))
    manifest["migrations"] = manifest["migrations"][:-1]
    (old / MANIFEST).write_text(json.dumps(manifest), "utf-8")
    with pytest.raises(ScaleError, match="write them again"):
        load_sqlite(old, tmp_path / "kb.db")


def test_an_unreadable_file_writes_nothing(docs: Path, tmp_path: Path) -> None:
    bad = tmp_path / "in"
    shutil.copytree(docs, bad)
    (bad / "zz_empty.txt").write_text("   \n", "utf-8")
    result = CliRunner().invoke(
        main,
        ["ingest", "--to-parquet", str(tmp_path / "out"), str(bad / "zz_empty.txt"), *map(str, sorted(docs.iterdir()))],
    )
    assert result.exit_code == 2
    errors = [line for line in result.stderr.splitlines() if line.startswith("allyscope: error")]
    assert len(errors) == 1 and "zz_empty.txt" in errors[0]
    assert not (tmp_path / "out" / MANIFEST).exists()
    assert not list((tmp_path / "out").rglob("*.parquet"))


def test_cli_writes_partitions_and_refuses_a_used_folder(docs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["ingest", "--to-parquet", str(out), str(docs)])
    assert result.exit_code == 0, result.output
    assert result.stdout.count("written") == len(list(docs.iterdir()))
    again = CliRunner().invoke(main, ["ingest", "--to-parquet", str(out), str(docs)])
    assert again.exit_code == 2 and "holds partitions of another run" in again.stderr


def test_without_the_scale_extra_the_command_names_it(
    docs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # an import of it fails, as without the package
    result = CliRunner().invoke(main, ["ingest", "--to-parquet", str(tmp_path / "out"), str(docs)])
    assert result.exit_code == 2
    assert "allyscope[scale]" in result.stderr


def test_loading_replays_review_decisions_as_the_local_ingest_does(parts: Path, docs: Path, tmp_path: Path) -> None:
    from allyscope.knowledge.review import candidates, decide

    local, loaded = tmp_path / "local.db", tmp_path / "loaded.db"
    assert not ingest_files(sorted(docs.iterdir()), local, jobs=1).failed
    with Store(local) as store:
        events = candidates(store.conn)
        assert len(events) >= 2
        decide(store.conn, events[0]["candidate"], "accept", by="tester")
        decide(store.conn, events[-1]["candidate"], "reject", by="tester")
        for ident in {events[0]["evidence"]["doc"], events[-1]["evidence"]["doc"]}:
            store.remove(ident)  # the decisions stay, waiting for the documents to come back
    shutil.copy(local, loaded)
    assert not ingest_files(sorted(docs.iterdir()), local, jobs=1).failed
    load_sqlite(parts, loaded)
    with Store(loaded) as store:
        statuses = {e["candidate"]: e["status"] for e in candidates(store.conn, status=None)}
        assert store.fact_count() >= 1
    assert statuses[events[0]["candidate"]] == "accepted" and statuses[events[-1]["candidate"]] == "rejected"
    assert_same_store(local, loaded)


def test_files_of_an_fsspec_filesystem_are_read_and_keep_their_url(docs: Path, tmp_path: Path) -> None:
    import fsspec

    memory = fsspec.filesystem("memory")
    local = sorted(docs.iterdir())[:2]
    urls = []
    for path in local:
        memory.pipe(f"/scale-test/{path.name}", path.read_bytes())
        urls.append(f"memory://scale-test/{path.name}")
    missing = "memory://scale-test/missing.txt"
    run = to_parquet([*urls, missing], tmp_path / "out", keep_going=True)
    assert len(run.failed) == 1 and run.failed[0].startswith(missing)
    assert [source for _, source in run.written] == urls
    parsed = to_parquet([str(p) for p in local], tmp_path / "local")
    assert [ident for ident, _ in run.written] == [ident for ident, _ in parsed.written]  # same content, same id
    memory.rm("/scale-test", recursive=True)
