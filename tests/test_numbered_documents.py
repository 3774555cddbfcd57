"""Migration 0020 (issue 18): spans, notes, markers, mentions and search entries keyed by a growing document number.

Their rows used to be keyed by the document's text id (a hash), so each new document's rows landed at a random
place in those b-trees. Now each document gets a number in the order written (`document_keys`), the rows live
in `*_rows` tables keyed by it, and views with the old names show the text id. A store written before must
upgrade to the same rows, search and `remove`; documents written after go after the old ones; other writers that
insert through the views (the bulk loader, `copy`) still can.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from test_ordered_keys import copy_of

import allyscope.store.migrations as migrations
from allyscope.pipeline import extract_file
from allyscope.store import Store
from allyscope.store.database import DocumentRows, rows_for

VIEWS = {"spans": "doc_id", "footnotes": "doc_id", "markers": "doc_id", "entity_mentions": "doc_id"}


@pytest.fixture(scope="module")
def template(article_path: Path) -> DocumentRows:
    return rows_for(extract_file(article_path))


def width(template: DocumentRows) -> int:
    return len(template.id)


def rows_of(store: Store) -> dict[str, list[tuple[object, ...]]]:
    """Every row of the five tables as their old names show them (search entries without their numbers)."""
    found = {table: sorted(store.conn.execute(f"SELECT * FROM {table}").fetchall(), key=repr) for table in VIEWS}
    found["search_entries"] = sorted(
        store.conn.execute('SELECT doc_id, kind, layer, start, "end" FROM search_entries').fetchall(), key=repr
    )
    return found


def test_a_store_written_before_0020_upgrades_to_the_same_rows(
    tmp_path: Path, template: DocumentRows, monkeypatch: pytest.MonkeyPatch
) -> None:
    shipped = migrations.available()
    monkeypatch.setattr(migrations, "available", lambda: [m for m in shipped if m[0] < "0020"])
    docs = [copy_of(template, c * width(template)) for c in "f3a"]  # ids in no particular order
    path = tmp_path / "old.db"
    with Store(path) as old:
        for rows in docs:
            old.add(rows)
        assert old.conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'document_keys'").fetchone() is None
        before = rows_of(old)
        found = old.search("北约", limit=1000)
    monkeypatch.setattr(migrations, "available", lambda: shipped)
    with Store(path) as new:
        assert rows_of(new) == before
        assert new.search("北约", limit=1000) == found and found
        numbered = [r[0] for r in new.conn.execute("SELECT id FROM document_keys ORDER BY num")]
        assert numbered == [d.id for d in docs]  # numbered in the order they were written
        for table in ("spans_rows", "footnotes_rows", "markers_rows", "entity_mentions_rows", "search_entries_rows"):
            assert new.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] > 0, table
        # a document written after the upgrade: numbered after the old ones, its rows found under its id
        later = copy_of(template, "0" * width(template))
        new.add(later)
        last = new.conn.execute("SELECT id FROM document_keys ORDER BY num DESC LIMIT 1").fetchone()[0]
        assert last == later.id
        assert len(new.conn.execute("SELECT * FROM spans WHERE doc_id = ?", (later.id,)).fetchall()) == len(
            template.spans
        )
        assert {h["doc"] for h in new.search("北约", limit=1000)} == {d.id for d in [*docs, later]}
        # remove: nothing of the document is left under either name
        new.remove(docs[0].id)
        num_left = new.conn.execute("SELECT count(*) FROM document_keys WHERE id = ?", (docs[0].id,)).fetchone()[0]
        assert num_left == 0
        for table, column in [*VIEWS.items(), ("search_entries", "doc_id")]:
            left = new.conn.execute(f"SELECT count(*) FROM {table} WHERE {column} = ?", (docs[0].id,))
            assert left.fetchone()[0] == 0, table
        for table in ("spans_rows", "footnotes_rows", "markers_rows", "entity_mentions_rows", "search_entries_rows"):
            orphans = new.conn.execute(f"SELECT count(*) FROM {table} WHERE doc NOT IN (SELECT num FROM document_keys)")
            assert orphans.fetchone()[0] == 0, table
        assert all(h["doc"] != docs[0].id for h in new.search("北约", limit=1000))


def test_rows_written_through_the_old_names_are_numbered(tmp_path: Path, template: DocumentRows) -> None:
    """The bulk loader and `copy` insert into `spans`, `footnotes`… as before: the view's trigger numbers the
    document; a row naming a document that is not stored is refused, as the foreign key refused it before."""
    with Store(tmp_path / "kb.db") as store:
        conn = store.conn
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(
            "INSERT INTO documents (id, sha256, source, encoding, title, language, raw, text, notes_text, structure,"
            " ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            template.doc[:11],
        )
        conn.executemany("INSERT INTO spans VALUES (?,?,?,?,?,?,?)", template.spans)
        conn.executemany("INSERT INTO footnotes VALUES (?,?,?,?,?,?,?,?,?,?,?)", template.footnotes)
        conn.execute("COMMIT")
        assert conn.execute("SELECT count(*) FROM document_keys").fetchone()[0] == 1
        got = sorted(conn.execute("SELECT * FROM spans").fetchall(), key=repr)
        assert got == sorted(template.spans, key=repr)
        assert len(conn.execute("SELECT * FROM footnotes WHERE doc_id = ?", (template.id,)).fetchall()) == len(
            template.footnotes
        )
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute("INSERT INTO markers VALUES (?,?,?,?,?,?,?)", ("nosuchdocument", *template.markers[0][1:]))


def test_the_writer_numbers_documents_in_the_order_it_writes_them(tmp_path: Path, template: DocumentRows) -> None:
    """Ids are hashes; numbers follow the writing, so each batch's rows go after every row stored before."""
    idents = ["9" * width(template), "1" * width(template), "e" * width(template), "5" * width(template)]
    with Store(tmp_path / "kb.db") as store:
        store.add_many([copy_of(template, i) for i in idents[:2]])
        store.add_many([copy_of(template, i) for i in idents[2:]])
        order = [r[0] for r in store.conn.execute("SELECT id FROM document_keys ORDER BY num")]
        assert order == idents
        by_doc = store.conn.execute("SELECT doc FROM spans_rows ORDER BY rowid").fetchall()
        assert [r[0] for r in by_doc] == sorted(r[0] for r in by_doc)  # appended: never before a stored one
