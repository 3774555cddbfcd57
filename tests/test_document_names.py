"""`Store.resolve` names a document by its id's prefix, its SHA-256 or its source. In SQLite a prefix is read as
a range of the ids' index (database._naming) rather than by LIKE over every document: the documents it finds
must be exactly those LIKE finds, for any prefix (upper or lower case, LIKE's own wildcards, other scripts)."""

from __future__ import annotations

import sqlite3

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.store.database import _naming

ALPHABET = st.sampled_from(["a", "b", "A", "B", "0", "9", "_", "%", "[", "`", "~", "\x7f", "é", "北", "/"])
TEXT = st.text(ALPHABET, min_size=1, max_size=5)
LIKE = "SELECT id FROM documents WHERE id LIKE ? || '%' OR sha256 = ? OR source = ?"


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(TEXT, TEXT), min_size=1, max_size=40, unique_by=lambda t: t[0]), st.lists(TEXT, max_size=20))
def test_a_name_finds_the_documents_like_finds(documents: list[tuple[str, str]], names: list[str]) -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE documents (id TEXT PRIMARY KEY, sha256 TEXT NOT NULL UNIQUE, source TEXT NOT NULL)")
    conn.execute("CREATE INDEX documents_by_source ON documents(source)")
    for number, (ident, source) in enumerate(documents):
        conn.execute("INSERT INTO documents VALUES (?, ?, ?)", (ident, f"{number:064x}", source))
    for name in [*names, *(ident for ident, _ in documents), *(ident.swapcase()[:2] for ident, _ in documents)]:
        if not name:
            continue
        expected = sorted(r[0] for r in conn.execute(LIKE, (name, name, name)))
        assert sorted(r[0] for r in conn.execute(*_naming(conn, name))) == expected, name


def test_a_name_reads_indexes_not_every_document() -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE documents (id TEXT PRIMARY KEY, sha256 TEXT NOT NULL UNIQUE, source TEXT NOT NULL)")
    conn.execute("CREATE INDEX documents_by_source ON documents(source)")
    sql, values = _naming(conn, "00a1")
    plan = " ".join(str(row[-1]) for row in conn.execute("EXPLAIN QUERY PLAN " + sql, values))
    assert "SCAN documents" not in plan and plan.count("SEARCH documents") == 3, plan
