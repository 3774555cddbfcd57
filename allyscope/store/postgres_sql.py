"""The store's SQL, written once in SQLite's dialect, rewritten for PostgreSQL.

The store and the knowledge base speak SQLite (the embedded default, whose speed is not to be traded away).
PostgreSQL gets the same statements rewritten here, once per distinct statement (cached), so that one text of
every query serves both stores and a change to a query is a change to both:

- placeholders `?` become `%s` (and a literal `%` becomes `%%`);
- `INSERT OR IGNORE` gets `ON CONFLICT DO NOTHING`; `INSERT OR REPLACE` gets `ON CONFLICT (key) DO UPDATE` of
  every column (the key and the columns are the table's, read from the catalog: `Catalog`);
- SQLite's functions become PostgreSQL's: `json_group_array` → `json_agg` (`[]` for no rows, as in SQLite; an
  array of `json_array`s → JSON text built by `string_agg`, several times faster),
  `json_array` → `json_build_array`, `ifnull` → `coalesce`, `char(n)` → `chr(n)`, the two-argument
  `max`/`min` → `greatest`/`least`, `group_concat` → `string_agg`; `instr` is a function of the PostgreSQL schema;
- `LIKE` becomes `ILIKE` (SQLite's LIKE ignores case), `INDEXED BY` hints go, a subquery in FROM gets the alias
  PostgreSQL requires, an FTS5 `MATCH` on the facts' search tables becomes the matching PostgreSQL test.

A statement that still holds something only SQLite understands raises `UntranslatableSQL` naming it, rather
than reaching the server as a puzzle.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from allyscope.errors import StoreError


class UntranslatableSQL(StoreError):
    """A statement written for SQLite that this module cannot rewrite for PostgreSQL."""


@dataclass
class Catalog:
    """What rewriting needs to know of the tables: each one's columns, conflict key and generated number column."""

    columns: dict[str, list[str]] = field(default_factory=dict)
    keys: dict[str, list[str]] = field(default_factory=dict)
    identity: dict[str, str] = field(default_factory=dict)


# SQLite-only words that must never reach PostgreSQL unrewritten
_SQLITE_ONLY = re.compile(
    r"\b(PRAGMA|WITHOUT\s+ROWID|VIRTUAL\s+TABLE|json_each|json_extract|typeof|zeroblob|hex|strftime|julianday|"
    r"printf|randomblob|last_insert_rowid)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_ALIAS_STOPS = {
    "WHERE", "ORDER", "GROUP", "UNION", "LIMIT", "OFFSET", "JOIN", "LEFT", "INNER", "CROSS", "ON", "HAVING",
    "EXCEPT", "INTERSECT", "WINDOW", "USING", "NATURAL", "FULL", "RIGHT",
}  # fmt: skip


def _segments(sql: str) -> list[tuple[bool, str]]:
    """`sql` cut into (is_code, text) pieces: string literals and quoted names are not code."""
    out: list[tuple[bool, str]] = []
    i = start = 0
    while i < len(sql):
        ch = sql[i]
        if ch in "'\"":
            if i > start:
                out.append((True, sql[start:i]))
            j = i + 1
            while j < len(sql):
                if sql[j] == ch:
                    if j + 1 < len(sql) and sql[j + 1] == ch:
                        j += 2
                        continue
                    break
                j += 1
            out.append((False, sql[i : j + 1]))
            i = start = j + 1
            continue
        if ch == "-" and sql.startswith("--", i):
            j = sql.find("\n", i)
            j = len(sql) if j < 0 else j
            if i > start:
                out.append((True, sql[start:i]))
            i = start = j
            continue
        i += 1
    if start < len(sql):
        out.append((True, sql[start:]))
    return out


def _closing(sql: str, open_at: int) -> int:
    """The index of the parenthesis closing the one at `open_at` (string literals skipped)."""
    depth = 0
    i = open_at
    while i < len(sql):
        ch = sql[i]
        if ch in "'\"":
            j = i + 1
            while j < len(sql) and not (sql[j] == ch and not sql.startswith(ch * 2, j)):
                j += 2 if sql.startswith(ch * 2, j) else 1
            i = j + 1
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    raise UntranslatableSQL(f"unbalanced parentheses in {sql[:80]!r}")


def _top_level_commas(inner: str) -> int:
    depth = 0
    count = 0
    for is_code, text in _segments(inner):
        if not is_code:
            continue
        for ch in text:
            if ch == "(":
                depth += 1
            elif ch == ")":
                depth -= 1
            elif ch == "," and depth == 0:
                count += 1
    return count


def _rewrite_calls(sql: str, name: str, make: Callable[[str], str | None]) -> str:
    """Replace each call `name(args)` by `make(args)` (None: leave it), innermost calls included."""
    pattern = re.compile(rf"(?<![\w.]){name}\s*\(", re.IGNORECASE)
    pos = 0
    while True:
        found = pattern.search(sql, pos)
        if not found:
            return sql
        if not _in_code(sql, found.start()):
            pos = found.end()
            continue
        open_at = found.end() - 1
        close = _closing(sql, open_at)
        inner = _rewrite_calls(sql[open_at + 1 : close], name, make)
        replacement = make(inner)
        if replacement is None:
            sql = sql[: open_at + 1] + inner + sql[close:]
            pos = found.end()
        else:
            sql = sql[: found.start()] + replacement + sql[close + 1 :]
            pos = found.start() + len(replacement)


def _in_code(sql: str, at: int) -> bool:
    seen = 0
    for is_code, text in _segments(sql):
        if seen <= at < seen + len(text):
            return is_code
        seen += len(text)
    return True


def _pairwise(function: str) -> Callable[[str], str | None]:
    return lambda inner: f"{function}({inner})" if _top_level_commas(inner) >= 1 else None


def _alias_subqueries(sql: str) -> str:
    """PostgreSQL (before 16) wants a name for every subquery in FROM; SQLite does not."""
    pattern = re.compile(r"\b(FROM|JOIN)\s*\(", re.IGNORECASE)
    pos = 0
    count = 0
    while True:
        found = pattern.search(sql, pos)
        if not found:
            return sql
        open_at = found.end() - 1
        close = _closing(sql, open_at)
        after = sql[close + 1 :].lstrip()
        word = _WORD.match(after)
        if not word or word.group(0).upper() in _ALIAS_STOPS:
            count += 1
            sql = f"{sql[: close + 1]} AS _q{count}{sql[close + 1 :]}"
        pos = open_at + 1


def _fts_match(sql: str) -> str:
    """The facts' search tables: the trigram one is a text column with a trigram index (`ILIKE`), the pair
    one a `tsvector` of character pairs (`@@`). Their FTS5 query, one quoted phrase, is rewritten by functions
    of the schema."""
    sql = re.sub(
        r"\bfact_search_trigram\s+MATCH\s+\?",
        "fact_search_trigram.text ILIKE allyscope_phrase_like(?)",
        sql,
        flags=re.IGNORECASE,
    )
    sql = re.sub(
        r"\bfact_search_bigram\s+MATCH\s+\?",
        "fact_search_bigram.pairs @@ allyscope_phrase_query(?)",
        sql,
        flags=re.IGNORECASE,
    )
    if re.search(r"\bMATCH\b", sql, re.IGNORECASE):
        raise UntranslatableSQL(f"an FTS5 MATCH outside the facts' search tables: {sql[:120]!r}")
    return sql


def _code_only(sql: str, change: Callable[[str], str]) -> str:
    # a literal's % is doubled too: the driver reads every % of a statement that has parameters
    return "".join(change(text) if is_code else text.replace("%", "%%") for is_code, text in _segments(sql))


def _code_words(text: str) -> str:
    text = re.sub(r"\s+(?:NOT\s+)?INDEXED(?:\s+BY\s+\w+)?", "", text, flags=re.IGNORECASE)
    text = re.sub(r"\bLIKE\b", "ILIKE", text, flags=re.IGNORECASE)
    text = re.sub(r"\bifnull\s*\(", "coalesce(", text, flags=re.IGNORECASE)
    text = re.sub(r"\bchar\s*\(", "chr(", text, flags=re.IGNORECASE)
    text = re.sub(r"\bjson_array\s*\(", "json_build_array(", text, flags=re.IGNORECASE)
    text = re.sub(r"\bBEGIN\s+(IMMEDIATE|DEFERRED|EXCLUSIVE)\b", "BEGIN", text, flags=re.IGNORECASE)
    return text.replace("%", "%%").replace("?", "%s")


def _conflict(sql: str, catalog: Catalog) -> str:
    head = re.match(r"\s*INSERT\s+OR\s+(IGNORE|REPLACE)\s+INTO\s+(\w+)\s*(\(([^)]*)\))?", sql, re.IGNORECASE)
    if not head:
        return sql
    how, table = head.group(1).upper(), head.group(2)
    body = re.sub(r"^\s*INSERT\s+OR\s+\w+\s+INTO", "INSERT INTO", sql, flags=re.IGNORECASE).rstrip().rstrip(";")
    if how == "IGNORE":
        return f"{body} ON CONFLICT DO NOTHING"
    keys = catalog.keys.get(table)
    if not keys:
        raise UntranslatableSQL(f"INSERT OR REPLACE into {table}, which has no key to replace by")
    named = [c.strip().strip('"') for c in head.group(4).split(",")] if head.group(4) else None
    columns = named or [c for c in catalog.columns.get(table, []) if c != "rowid"]
    updates = [f'"{c}" = EXCLUDED."{c}"' for c in columns if c not in keys]
    if "rowid" in catalog.columns.get(table, []):
        updates.append("rowid = DEFAULT")  # a replaced row is a new row, after the others, as in SQLite
    action = "DO UPDATE SET " + ", ".join(updates) if updates else "DO NOTHING"
    return f"{body} ON CONFLICT ({', '.join(keys)}) {action}"


def _arguments(inner: str) -> list[str]:
    """The top-level, comma-separated arguments of a call (commas in parentheses or literals kept)."""
    out, depth, current = [], 0, ""
    for is_code, text in _segments(inner):
        if not is_code:
            current += text
            continue
        for ch in text:
            depth += (ch == "(") - (ch == ")")
            if ch == "," and depth == 0:
                out.append(current.strip())
                current = ""
            else:
                current += ch
    return [*out, current.strip()]


def _json_group_array(inner: str) -> str:
    """`json_group_array(x)`. An array of arrays (`json_array(a, b, ...)` per row, as every timeline page asks
    100 times over) is written as JSON text by string_agg of each value's `to_json`: PostgreSQL's json_agg of
    json_build_array costs several times more (benchmarks/bench_postgres.py). `json(x)`, text that is JSON
    already, goes in as it is. Anything else: `json_agg`."""
    call = re.fullmatch(r"\s*json_array\s*\((.*)\)\s*", inner, re.IGNORECASE | re.DOTALL)
    if call is None or _closing(inner, inner.index("(")) != len(inner.rstrip()) - 1:
        return f"coalesce(json_agg({inner}), '[]'::json)"
    values = []
    for argument in _arguments(call.group(1)):
        raw = re.fullmatch(r"json\s*\((.*)\)", argument, re.IGNORECASE | re.DOTALL)
        value = f"({raw.group(1)})::text" if raw else f"to_json({argument})::text"
        values.append(f"coalesce({value}, 'null')")
    row = " || ',' || ".join(values)
    return f"coalesce('[' || string_agg('[' || {row} || ']', ',') || ']', '[]')"


def _string_agg(inner: str) -> str:
    return f"string_agg({inner})" if _top_level_commas(inner) else f"string_agg({inner}, ',')"


def translate(sql: str, catalog: Catalog) -> str:
    """`sql` (SQLite's dialect, `?` placeholders) as PostgreSQL (`%s` placeholders); see the module's docstring."""
    if _SQLITE_ONLY.search("".join(t for c, t in _segments(sql) if c)):
        raise UntranslatableSQL(f"SQLite-only SQL: {' '.join(sql.split())[:160]!r}")
    sql = _fts_match(sql)
    sql = _conflict(sql, catalog)
    sql = _rewrite_calls(sql, "json_group_array", _json_group_array)
    sql = _rewrite_calls(sql, "group_concat", _string_agg)
    sql = _rewrite_calls(sql, "max", _pairwise("greatest"))
    sql = _rewrite_calls(sql, "min", _pairwise("least"))
    sql = _alias_subqueries(sql)
    return _code_only(sql, _code_words)


def returning(sql: str, catalog: Catalog) -> tuple[str, bool]:
    """An INSERT into a table with a generated number gets `RETURNING` it (for `lastrowid`)."""
    head = re.match(r"\s*INSERT\s+INTO\s+(\w+)", sql, re.IGNORECASE)
    if head and head.group(1) in catalog.identity and "RETURNING" not in sql.upper():
        return f"{sql} RETURNING {catalog.identity[head.group(1)]}", True
    return sql, False
