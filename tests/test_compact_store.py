"""The compact store (migration 0010): a contentless pair index, entries as offsets, compressed columns.

Search (two-character CJK, longer CJK, Latin, notes) must find what it found when the store kept copies,
`remove` must leave nothing of a document in the index, and a database written before must upgrade.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from conftest import LAYOUTS

import allyscope.store.migrations as migrations
from allyscope.pipeline import parse
from allyscope.scripts import to_simplified
from allyscope.serialize import dumps
from allyscope.store import Store
from allyscope.store.database import rows_for
from allyscope.store.search import bigrams

FILES = sorted(LAYOUTS.glob("*.txt"))


def entry_texts(store: Store) -> dict[int, tuple[str, str, str]]:
    """Every entry's (document, layer, text) as the store gives it back (from the document's texts)."""
    from allyscope.store.search import ENTRY_TEXT

    rows = store.conn.execute(
        f"SELECT e.id, e.doc_id, e.layer, {ENTRY_TEXT} FROM search_entries e JOIN documents d ON d.id = e.doc_id"
    )
    return {i: (doc, layer, text) for i, doc, layer, text in rows}


def pair_hits(store: Store, pair: str) -> set[int]:
    return {
        r[0] for r in store.conn.execute("SELECT rowid FROM search_pairs WHERE search_pairs MATCH ?", (f'"{pair}"',))
    }


@pytest.fixture()
def store(tmp_path: Path) -> Store:
    s = Store(tmp_path / "kb.db")
    for path in FILES:
        s.add(parse(path))
    return s


def test_entries_give_back_the_texts_they_were_cut_from(store: Store) -> None:
    """Each entry's offsets cut from the stored texts exactly what was indexed, notes included."""
    expected = {}
    for path in FILES:
        rows = rows_for(parse(path))
        for doc, _kind, layer, _start, _end, text, _ in rows.search:
            expected.setdefault((doc, layer), []).append(text)
    got: dict[tuple[str, str], list[str]] = {}
    for doc, layer, text in entry_texts(store).values():
        got.setdefault((doc, layer), []).append(text)
    assert got == expected
    assert any(layer == "notes" for _, layer in got)


def test_every_pair_of_every_entry_finds_it(store: Store) -> None:
    for ident, (_, _, text) in list(entry_texts(store).items())[::7]:
        for pair in list(dict.fromkeys(bigrams(text).split()))[:5]:
            assert ident in pair_hits(store, pair), (pair, text)


def test_search_two_character_longer_and_note_queries(store: Store) -> None:
    for query in ("北约", "日本", "同上", "北约伙伴关系", "NATO"):
        found = store.search(query, limit=50)
        simple = to_simplified(query).lower()  # a query is matched in the simplified script (北约 finds 北約)
        assert found and all(simple in to_simplified(str(h["snippet"])).lower() for h in found), query
    notes = [h for h in store.search("同上", limit=50) if h["layer"] == "notes"]
    assert notes, "a note is found by its text"


def test_remove_leaves_nothing_of_a_document_in_the_index(store: Store) -> None:
    texts = entry_texts(store)
    victim = next(doc for doc, _, _ in texts.values())
    gone = {i for i, (doc, _, _) in texts.items() if doc == victim}
    pairs = {p for i in gone for p in bigrams(texts[i][2]).split()}
    store.remove(victim)
    for pair in list(pairs)[:200]:
        assert not pair_hits(store, pair) & gone, pair
    store.conn.execute("INSERT INTO search_pairs (search_pairs) VALUES ('integrity-check')")
    kept = entry_texts(store)
    assert kept and all(doc != victim for doc, _, _ in kept.values())
    for ident, (_, _, text) in list(kept.items())[::5]:  # the others are still found
        first = bigrams(text).split()[:1]
        if first:
            assert ident in pair_hits(store, first[0])


def test_a_database_with_copies_upgrades(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Written before migration 0010 (entries with their text, notes at 0–0, a pair index with content)."""
    shipped = migrations.available()
    monkeypatch.setattr(migrations, "available", lambda: [m for m in shipped if m[0] < "0010"])
    path = tmp_path / "old.db"
    expected: dict[str, list[tuple[str, str]]] = {}
    with Store(path) as old:
        conn = old.conn
        for number, file in enumerate(FILES):
            doc = parse(file)
            rows = rows_for(doc)
            raw = doc.raw
            conn.execute(
                "INSERT INTO documents (id, sha256, source, encoding, title, language, raw, text, notes_text,"
                " structure, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (*rows.doc[:6], raw, doc.text, doc.notes_text, dumps({"headings": []}), "then"),
            )
            for i, (ident, kind, layer, start, end, text, grams) in enumerate(rows.search):
                entry = number * 10_000 + i + 1
                if layer == "notes":
                    start = end = 0
                conn.execute(
                    "INSERT INTO search_entries VALUES (?,?,?,?,?,?,?)", (entry, ident, kind, layer, start, end, text)
                )
                conn.execute("INSERT INTO search_pairs (rowid, grams) VALUES (?, ?)", (entry, grams))
                expected.setdefault(ident, []).append((layer, text))
    monkeypatch.setattr(migrations, "available", lambda: shipped)
    with Store(path) as new:
        got: dict[str, list[tuple[str, str]]] = {}
        for _, (doc, layer, text) in sorted(entry_texts(new).items()):
            got.setdefault(doc, []).append((layer, text))
        assert got == expected
        assert new.search("北约") and new.search("同上")
        victim = next(iter(expected))
        new.remove(victim)
        new.conn.execute("INSERT INTO search_pairs (search_pairs) VALUES ('integrity-check')")
        assert all(h["doc"] != victim for h in new.search("北约", limit=500))
        columns = {r[1] for r in new.conn.execute("PRAGMA table_info(search_entries)")}
        assert "text" not in columns
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM documents WHERE raw_chars IS NULL").fetchone()[0] == len(FILES) - 1
    conn.close()


def test_search_finds_either_script_with_either_and_the_snippet_holds_the_hit(tmp_path: Path) -> None:
    """A query in one script finds text in the other (the check converts only when the text as stored does not
    hold the query), and every snippet holds the hit in the text's own script."""
    traditional = tmp_path / "traditional.txt"
    traditional.write_text(
        "兩國關係的新階段\n\n王明\n\n一、背景\n\n兩國簽署夥伴關係文件，此後雙方合作擴大。\n", "utf-8"
    )
    simplified = tmp_path / "simplified.txt"
    simplified.write_text("两国关系的新阶段\n\n李华\n\n一、背景\n\n两国签署伙伴关系文件，此后双方合作扩大。\n", "utf-8")
    with Store(tmp_path / "kb.db") as s:
        s.add(parse(traditional))
        s.add(parse(simplified))
        for query in ("伙伴关系", "夥伴關係", "双方合作", "雙方合作"):
            hits = [h for h in s.search(query, limit=50) if h["kind"] == "paragraph"]
            assert len({h["doc"] for h in hits}) == 2, query
            for hit in hits:
                assert hit["offset"] >= 0
                assert hit["snippet"][30 if hit["offset"] >= 30 else hit["offset"] :][: len(query)] in (
                    "伙伴关系",
                    "夥伴關係",
                    "双方合作",
                    "雙方合作",
                )
