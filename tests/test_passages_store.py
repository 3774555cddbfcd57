"""Paragraphs and notes kept as rows of their own (`passages`, migration 0018), on SQLite and PostgreSQL.

Each passage must be exactly the substring its span or note names in the document's text, for every paragraph
and note of a stored document, whether the document was stored after the migration (triggers) or before it (the
migration's own fill); and a removed document takes its passages with it."""

from __future__ import annotations

from pathlib import Path

import pytest

import allyscope.store.migrations as migrations
from allyscope.model import Document
from allyscope.pipeline import extract_file
from allyscope.store import Store
from allyscope.store.database import rows_for

EXPECTED = (
    'SELECT s.doc_id, \'body\', s.start, s."end", substr(d.text, s.start + 1, s."end" - s.start)'
    " FROM spans s JOIN documents d ON d.id = s.doc_id WHERE s.layer = 'body' AND s.kind = 'paragraph'"
    ' UNION ALL SELECT f.doc_id, \'notes\', f.start, f."end", substr(d.notes_text, f.start + 1, f."end" - f.start)'
    " FROM footnotes f JOIN documents d ON d.id = f.doc_id"
)


@pytest.fixture(scope="module")
def extracted(article_path: Path) -> Document:
    return extract_file(article_path)


def _passages(store: Store) -> list[tuple[object, ...]]:
    return sorted(tuple(r) for r in store.conn.execute('SELECT doc_id, layer, start, "end", text FROM passages'))


def _expected(store: Store) -> list[tuple[object, ...]]:
    return sorted(tuple(r) for r in store.conn.execute(EXPECTED))


def test_every_paragraph_and_note_is_a_passage_of_its_text(db_location: str, extracted: Document) -> None:
    rows = rows_for(extracted)
    with Store(db_location) as store:
        store.add(rows)
        got = _passages(store)
        layers = {layer for _, layer, *_ in got}
        assert layers == {"body", "notes"}
        assert got == _expected(store)
        assert all(text for *_, text in got)
        store.remove(rows.id)
        assert _passages(store) == []


def test_a_knowledge_base_stored_before_the_passages_gets_them(
    tmp_path: Path, extracted: Document, monkeypatch: pytest.MonkeyPatch
) -> None:
    shipped = migrations.available()
    monkeypatch.setattr(migrations, "available", lambda: [m for m in shipped if m[0] < "0018"])
    db = tmp_path / "old.db"
    rows = rows_for(extracted)
    with Store(db) as old:
        old.add(rows)
    monkeypatch.setattr(migrations, "available", lambda: shipped)
    with Store(db) as new:
        got = _passages(new)
        assert len(got) == len(rows.footnotes) + sum(1 for s in rows.spans if s[1:3] == ("body", "paragraph"))
        assert got == _expected(new)
