"""Full-text search of stored documents in Chinese, Japanese and English.

Two characters is the commonest Chinese query (北约, 日本, 岸田), and SQLite's trigram tokenizer cannot find it;
its word tokenizer sees a whole Chinese sentence as one word. So each entry is indexed as the sequence of its
overlapping character pairs (`日本与北约` → `日本 本与 与北 北约`), Latin words whole: a two-character query is one
token, a longer one the AND of its pairs, and every hit is checked against the text. A one-character query, or
one with no two adjacent characters, falls back to a scan. Traditional and Simplified characters are one
(`scripts.to_simplified`, OpenCC): entries are indexed, and queries asked and checked, in the simplified form,
so `日本與北約` finds `日本与北约` and the other way round.

The index keeps neither the pairs nor their positions (contentless, detail=none: migration 0010), and an entry
keeps only its offsets into the document's text or notes text, so the store holds the body once as text. A
contentless index forgets an entry only when told its pairs again: `remove_from_index` computes them with
`bigrams`, so a change to `bigrams` needs a migration that rebuilds the index.
"""

from __future__ import annotations

import re
import sqlite3
from operator import add
from typing import Any

from allyscope.scripts import to_simplified

_RUNS = re.compile(r"[A-Za-z0-9]+|[^\W_A-Za-z0-9]+")


def bigrams(text: str) -> str:
    """`日本与北约 NATO` → `日本 本与 与北 北约 nato`: pairs of adjacent non-Latin characters, Latin words whole.

    Punctuation, spaces and Latin words end a run of non-Latin characters; a run of one character gives no pair."""
    out: list[str] = []
    for run in _RUNS.findall(
        to_simplified(text).casefold()
    ):  # case folded here in every script (ß → ss): the index's tokenizer folds ASCII only
        if run[0].isascii():
            out.append(run)
        else:
            out.extend(map(add, run, run[1:]))
    return " ".join(out)


Entry = tuple[str, str, str, int, int, str, str]


def index_rows(doc_id: str, data: dict[str, Any], notes: list[tuple[int, int]] | None = None) -> list[Entry]:
    """The search entries of a stored document: title, abstract, keywords, headings, paragraphs and notes, each
    with its character pairs (computed here, in the worker that parsed the document, not in the writer).
    `notes` are the notes' offsets into the notes text, in the order of `data["footnotes"]`."""
    text = data["text"]
    front = [s for s in data.get("spans", []) if s["kind"] in ("title", "abstract", "keywords")]
    rows = [(doc_id, s["kind"], "body", s["start"], s["end"], text[s["start"] : s["end"]]) for s in front]
    rows += [(doc_id, "heading", "body", h["start"], h["end"], text[h["start"] : h["end"]]) for h in data["headings"]]
    rows += [
        (doc_id, "paragraph", "body", p["start"], p["end"], text[p["start"] : p["end"]]) for p in data["paragraphs"]
    ]
    places = notes or [(0, 0)] * len(data["footnotes"])
    rows += [
        (doc_id, "note", "notes", start, end, note["text"])
        for note, (start, end) in zip(data["footnotes"], places, strict=True)
    ]
    return [(*row, bigrams(row[5])) for row in rows]


def add_to_index(conn: sqlite3.Connection, rows: list[Entry], numbers: dict[str, int] | None = None) -> None:
    """Insert entries (their offsets) and their pairs (inside the caller's transaction, which makes the ids
    below safe). Entries are keyed by their document's number (`document_keys`, migration 0020), so a new
    document's entries go at the end of the index by document; `numbers` maps ids to numbers when the caller
    knows them (the writer), else they are looked up here."""
    if not numbered_documents(conn):  # a store before migration 0020 (tests write such stores)
        first = int(conn.execute("SELECT coalesce(max(id), 0) FROM search_entries").fetchone()[0]) + 1
        conn.executemany(
            'INSERT INTO search_entries (id, doc_id, kind, layer, start, "end") VALUES (?,?,?,?,?,?)',
            [(i, *row[:5]) for i, row in enumerate(rows, first)],
        )
        conn.executemany(
            "INSERT INTO search_pairs (rowid, grams) VALUES (?, ?)", [(i, row[6]) for i, row in enumerate(rows, first)]
        )
        return
    first = int(conn.execute("SELECT coalesce(max(id), 0) FROM search_entries_rows").fetchone()[0]) + 1
    if numbers is None:
        numbers = document_numbers(conn, {row[0] for row in rows})
    numbered = list(enumerate(rows, first))
    conn.executemany(
        'INSERT INTO search_entries_rows (id, doc, kind, layer, start, "end") VALUES (?,?,?,?,?,?)',
        [(i, numbers.get(row[0]), *row[1:5]) for i, row in numbered],
    )
    conn.executemany("INSERT INTO search_pairs (rowid, grams) VALUES (?, ?)", [(i, row[6]) for i, row in numbered])


def numbered_documents(conn: sqlite3.Connection) -> bool:
    """Whether this store keys documents' rows by number (migration 0020 applied)."""
    found = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'document_keys'").fetchone()
    return found is not None


def document_numbers(conn: sqlite3.Connection, ids: set[str]) -> dict[str, int]:
    """The numbers of stored documents (migration 0020), by id, a document without one numbered now (one
    written by other means than `Store.write`); a document not stored is not in the answer."""
    found: dict[str, int] = {}
    for ident in ids:
        if conn.execute("SELECT 1 FROM documents WHERE id = ?", (ident,)).fetchone() is None:
            continue
        conn.execute("INSERT OR IGNORE INTO document_keys (id) VALUES (?)", (ident,))
        row = conn.execute("SELECT num FROM document_keys WHERE id = ?", (ident,)).fetchone()
        if row is not None:
            found[ident] = int(row[0])
    return found


def remove_from_index(conn: sqlite3.Connection, doc_id: str) -> None:
    """Take a document's entries out of the index and delete them (inside the caller's transaction)."""
    cursor = conn.execute(
        f"SELECT e.id, {ENTRY_TEXT} FROM search_entries e JOIN documents d ON d.id = e.doc_id WHERE e.doc_id = ?",
        (doc_id,),
    )
    conn.executemany(
        "INSERT INTO search_pairs (search_pairs, rowid, grams) VALUES ('delete', ?, ?)",
        [(ident, bigrams(text)) for ident, text in cursor.fetchall()],
    )
    if numbered_documents(conn):
        conn.execute(
            "DELETE FROM search_entries_rows WHERE doc IN (SELECT num FROM document_keys WHERE id = ?)", (doc_id,)
        )
    else:
        conn.execute("DELETE FROM search_entries WHERE doc_id = ?", (doc_id,))


def match_expression(query: str, *, prefix: bool = False) -> str | None:
    """The FTS5 expression for `query` over the pair index, or None when it has no run of two characters.

    Each run of the query becomes terms ANDed together: a Chinese or Japanese run its pairs (the index keeps
    no positions, so they are not a phrase: the check against the text puts them in order), a Latin word
    itself, the last
    Latin word a prefix when `prefix` (`Stolten` finds `Stoltenberg`). A lone CJK character between
    punctuation makes no pair, so it is left to the check against the text that every hit gets."""
    phrases: list[str] = []
    runs = _RUNS.findall(to_simplified(query).casefold())
    for i, run in enumerate(runs):
        if run[0].isascii():
            star = "*" if prefix and i == len(runs) - 1 else ""
            phrases.append(f'"{run}"{star}')
        elif len(run) >= 2:
            phrases.extend(f'"{pair}"' for pair in dict.fromkeys(map(add, run, run[1:])))
    return " AND ".join(phrases) or None


def _fold(text: str) -> str:
    return " ".join(to_simplified(text).casefold().split())


# an entry's text: its stretch of the document's text, or of its notes text
ENTRY_TEXT = "substr(CASE e.layer WHEN 'notes' THEN d.notes_text ELSE d.text END, e.start + 1, e.\"end\" - e.start)"
_COLUMNS = f'e.id, e.doc_id, d.title, e.kind, e.layer, e.start, e."end", {ENTRY_TEXT}'


def checked(row: tuple[Any, ...], query: str, wanted: str, simple: str | None = None) -> dict[str, Any] | None:
    """A row of `_COLUMNS` as a hit when its text holds `query` (`wanted`: the query folded; `simple`: the
    query in simplified script and lower case, computed once per search), else None.

    The text is looked in as it is first and converted to the simplified script only when that fails: most
    stored text is in one script already, and converting every candidate paragraph was a third of a search's
    CPU. A hit found either way holds the query."""
    _, doc_id, title, kind, layer, start, end, text = row
    if simple is None:
        simple = to_simplified(query).lower()
    at = text.lower().find(simple)
    if at < 0:
        at = to_simplified(text).lower().find(simple)
    if at < 0 and wanted not in _fold(text):
        return None
    snippet = text[max(0, at - 30) : at + len(query) + 30] if at >= 0 else text[:60]
    return {
        "doc": doc_id,
        "title": title,
        "kind": kind,
        "layer": layer,
        "start": start,
        "end": end,
        "offset": at,
        "snippet": snippet,
    }


def search(conn: sqlite3.Connection, query: str, limit: int = 20) -> list[dict[str, Any]]:
    """Entries containing `query`, in the order they were stored, each with its document, place and a snippet.

    The pair index proposes entries and each is checked to hold the query itself (case and runs of spaces
    aside), so a hit always contains what was asked. Hits are not ranked: ranking every paragraph that holds a
    common term (北约) costs half a second over 10,000 documents, while taking the first `limit` matches takes
    under a millisecond (benchmarks/bench_search.py)."""
    query = query.strip()
    if not query:
        return []
    hits: dict[int, dict[str, Any]] = {}
    wanted = _fold(query)
    simple = to_simplified(query).lower()
    # Whole words first, which the index answers at once; a prefix query of the last Latin word (slower: it
    # visits every word that starts so) only when they give fewer than `limit` hits.
    expressions = [match_expression(query)]
    last = _RUNS.findall(query.casefold())[-1:] or [""]
    if last[0].isascii() and len(last[0]) >= 3:  # a shorter prefix would visit too many words
        expressions.append(match_expression(query, prefix=True))
    for expression in expressions:
        if expression is None:
            cursor = conn.execute(
                f"SELECT {_COLUMNS} FROM search_entries e "
                f"JOIN documents d ON d.id = e.doc_id WHERE instr(lower({ENTRY_TEXT}), lower(?)) > 0",
                (query,),
            )
        else:
            cursor = conn.execute(
                f"SELECT {_COLUMNS} FROM search_pairs b JOIN search_entries e ON e.id = b.rowid "
                "JOIN documents d ON d.id = e.doc_id WHERE search_pairs MATCH ?",
                (expression,),
            )
        for row in cursor:
            if row[0] in hits:
                continue
            hit = checked(row, query, wanted, simple)
            if hit is not None:
                hits[row[0]] = hit
            if len(hits) >= limit:
                break
        cursor.close()
        if len(hits) >= limit or expression is None:
            break
    return [hit for _, hit in sorted(hits.items())]
