"""Full-text search of stored documents in Chinese, Japanese and English.

SQLite's trigram tokenizer finds any substring of three characters or more, but no two-character query, and two
characters is the commonest Chinese query (北约, 日本, 岸田). So every entry is indexed twice: by trigrams, and as
the sequence of its overlapping character pairs (`日本与北约` → `日本 本与 与北 北约`), in which a two-character
query is a single token. A one-character query falls back to a scan.
"""

from __future__ import annotations

import re
import sqlite3
from operator import add
from typing import Any

_RUNS = re.compile(r"[A-Za-z0-9]+|[^\W_A-Za-z0-9]+")


def bigrams(text: str) -> str:
    """`日本与北约 NATO` → `日本 本与 与北 北约 nato`: pairs of adjacent non-Latin characters, Latin words whole.

    Punctuation, spaces and Latin words end a run of non-Latin characters; a run of one character gives no pair."""
    out: list[str] = []
    for run in _RUNS.findall(text):
        if run[0].isascii():
            out.append(run.lower())
        else:
            out.extend(map(add, run, run[1:]))
    return " ".join(out)


Entry = tuple[str, str, str, int, int, str, str]


def index_rows(doc_id: str, data: dict[str, Any]) -> list[Entry]:
    """The search entries of a stored document: title, abstract, keywords, headings, paragraphs and notes, each
    with its character pairs (computed here, in the worker that parsed the document, not in the writer)."""
    text = data["text"]
    front = [s for s in data.get("spans", []) if s["kind"] in ("title", "abstract", "keywords")]
    rows = [(doc_id, s["kind"], "body", s["start"], s["end"], text[s["start"] : s["end"]]) for s in front]
    rows += [(doc_id, "heading", "body", h["start"], h["end"], text[h["start"] : h["end"]]) for h in data["headings"]]
    rows += [
        (doc_id, "paragraph", "body", p["start"], p["end"], text[p["start"] : p["end"]]) for p in data["paragraphs"]
    ]
    rows += [(doc_id, "note", "notes", 0, 0, note["text"]) for note in data["footnotes"]]
    return [(*row, bigrams(row[5])) for row in rows]


def add_to_index(conn: sqlite3.Connection, rows: list[Entry]) -> None:
    """Insert entries in both indexes (inside the caller's transaction, which makes the ids below safe)."""
    first = int(conn.execute("SELECT coalesce(max(id), 0) FROM search_entries").fetchone()[0]) + 1
    numbered = list(enumerate(rows, first))
    conn.executemany(
        'INSERT INTO search_entries (id, doc_id, kind, layer, start, "end", text) VALUES (?,?,?,?,?,?,?)',
        [(i, *row[:6]) for i, row in numbered],
    )
    conn.executemany("INSERT INTO search_trigram (rowid, text) VALUES (?, ?)", [(i, row[5]) for i, row in numbered])
    conn.executemany("INSERT INTO search_bigram (rowid, grams) VALUES (?, ?)", [(i, row[6]) for i, row in numbered])


def search(conn: sqlite3.Connection, query: str, limit: int = 20) -> list[dict[str, Any]]:
    """Entries containing `query`, in the order they were stored, each with its document, place and a snippet.

    Hits are not ranked: ranking every paragraph that holds a common term (北约) costs half a second over 10,000
    documents, while taking the first `limit` matches takes under a millisecond (benchmarks/bench_search.py)."""
    query = query.strip()
    if not query:
        return []
    if len(query) >= 3:
        sql = (
            'SELECT e.id, e.doc_id, d.title, e.kind, e.layer, e.start, e."end", e.text FROM search_trigram t '
            "JOIN search_entries e ON e.id = t.rowid JOIN documents d ON d.id = e.doc_id "
            "WHERE search_trigram MATCH ? LIMIT ?"
        )
        rows = conn.execute(sql, ('"' + query.replace('"', '""') + '"', limit)).fetchall()
    elif len(query) == 2 and not query.isascii():
        sql = (
            'SELECT e.id, e.doc_id, d.title, e.kind, e.layer, e.start, e."end", e.text FROM search_bigram b '
            "JOIN search_entries e ON e.id = b.rowid JOIN documents d ON d.id = e.doc_id "
            "WHERE search_bigram MATCH ? LIMIT ?"
        )
        rows = conn.execute(sql, ('"' + query + '"', limit)).fetchall()
    else:
        sql = (
            'SELECT e.id, e.doc_id, d.title, e.kind, e.layer, e.start, e."end", e.text FROM search_entries e '
            "JOIN documents d ON d.id = e.doc_id WHERE instr(lower(e.text), lower(?)) > 0 LIMIT ?"
        )
        rows = conn.execute(sql, (query, limit)).fetchall()
    hits = []
    for _id, doc_id, title, kind, layer, start, end, text in rows:
        at = text.lower().find(query.lower())
        snippet = text[max(0, at - 30) : at + len(query) + 30] if at >= 0 else text[:60]
        hits.append(
            {
                "doc": doc_id,
                "title": title,
                "kind": kind,
                "layer": layer,
                "start": start,
                "end": end,
                "offset": at,
                "snippet": snippet,
            }
        )
    return hits
