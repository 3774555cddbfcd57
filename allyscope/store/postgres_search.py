"""The search index of documents in PostgreSQL: character pairs as a `tsvector` under a GIN index.

The same pairs as SQLite's FTS5 index (`allyscope.store.search.bigrams`: pairs of adjacent Chinese or Japanese
characters, Latin words whole, case-folded and simplified), kept in the entry's row as a `tsvector` built from
the array of pairs (`array_to_tsvector`: each pair a lexeme as it is, never parsed or stemmed — PostgreSQL's
parsers have no notion of a two-character CJK word). A query becomes the tsquery AND of its pairs and words
(the last Latin word a prefix, `:*`, when asked), the GIN index finds the entries holding them all, and every
hit is checked against the text exactly as in SQLite (`search.checked`), so both stores give the same hits in
the same order (the order entries were stored).

Why not pg_trgm: a trigram index cannot answer a two-character query (it has no trigram to look up and scans
every row), and in a database without a locale it drops CJK characters altogether (benchmarks/bench_postgres.py
measures both).
"""

from __future__ import annotations

from operator import add
from typing import Any

from allyscope.scripts import to_simplified
from allyscope.store.search import _COLUMNS, _RUNS, ENTRY_TEXT, Entry, _fold, checked

_BATCH = 1024  # the most rows one round trip asks for
_MAX_LEXEME = 2000  # bytes; PostgreSQL refuses a lexeme of 2 KiB or more (no query can name one that long)


def _lexemes(grams: str) -> list[str]:
    return list(dict.fromkeys(g for g in grams.split(" ") if g and len(g.encode()) < _MAX_LEXEME))


def as_tsvector(grams: str) -> str:
    """The pairs in tsvector's input form: each a quoted lexeme, taken as it is (no parser, no stemming)."""
    return " ".join("'" + g.replace("\\", "\\\\").replace("'", "''") + "'" for g in _lexemes(grams))


def add_to_index(conn: Any, rows: list[Entry]) -> None:
    """Insert entries with their pairs (inside the caller's transaction; ids are generated in order). A plain
    insert of many rows, which the connection sends as one COPY."""
    conn.executemany(
        'INSERT INTO search_entries (doc_id, kind, layer, start, "end", pairs) VALUES (?,?,?,?,?,?)',
        [(*row[:5], as_tsvector(row[6])) for row in rows],
    )


def remove_from_index(conn: Any, doc_id: str) -> None:
    """Delete a document's entries (inside the caller's transaction); their pairs go with them."""
    conn.execute("DELETE FROM search_entries WHERE doc_id = ?", (doc_id,))


def _quoted(term: str) -> str:
    return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'"


def tsquery(query: str, *, prefix: bool = False) -> str | None:
    """The tsquery text for `query` over the pair index (None when it has no run of two characters): the
    terms of `search.match_expression`, ANDed."""
    terms: list[str] = []
    runs = _RUNS.findall(to_simplified(query).casefold())
    for i, run in enumerate(runs):
        if run[0].isascii():
            terms.append(_quoted(run) + (":*" if prefix and i == len(runs) - 1 else ""))
        elif len(run) >= 2:
            terms.extend(_quoted(pair) for pair in dict.fromkeys(map(add, run, run[1:])))
    return " & ".join(terms) or None


def search(conn: Any, query: str, limit: int = 20) -> list[dict[str, Any]]:
    """Entries containing `query`, in the order they were stored: as `allyscope.store.search.search`."""
    query = query.strip()
    if not query:
        return []
    hits: dict[int, dict[str, Any]] = {}
    wanted = _fold(query)
    expressions = [tsquery(query)]
    last = _RUNS.findall(query.casefold())[-1:] or [""]
    if last[0].isascii() and len(last[0]) >= 3:
        expressions.append(tsquery(query, prefix=True))
    for expression in expressions:
        after = 0
        batch = max(1, limit)  # a pair's hits nearly all pass the check: the first page is usually the answer
        while len(hits) < limit:
            if expression is None:
                where, args = f"strpos(lower({ENTRY_TEXT}), lower(?)) > 0", [query]
            else:
                where, args = "e.pairs @@ CAST(? AS tsquery)", [expression]
            rows = conn.execute(
                f"SELECT {_COLUMNS} FROM search_entries e JOIN documents d ON d.id = e.doc_id "
                f"WHERE {where} AND e.id > ? ORDER BY e.id LIMIT ?",
                [*args, after, batch],
            ).fetchall()
            for row in rows:
                if row[0] not in hits:
                    hit = checked(row, query, wanted)
                    if hit is not None:
                        hits[row[0]] = hit
                if len(hits) >= limit:
                    break
            if len(rows) < batch:
                break
            after = rows[-1][0]
            batch = min(batch * 4, _BATCH)
        if len(hits) >= limit or expression is None:
            break
    return [hit for _, hit in sorted(hits.items())]
