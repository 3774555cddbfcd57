"""Aggregations over many facts go through DuckDB, reading the SQLite file in place; lookups stay in SQLite.

DuckDB's `sqlite_scanner` extension is installed from the package index as a Python package
(`duckdb-extension-sqlite-scanner`) and loaded from its file, so nothing is downloaded at run time. Its binary
matches one DuckDB version exactly, which is why both are pinned to the same release in `pyproject.toml`.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

from allyscope.errors import AllyscopeError


class EngineError(AllyscopeError):
    """DuckDB or its SQLite extension is missing or does not match."""


def _extension() -> Path:
    try:
        import duckdb
        import duckdb_extension_sqlite_scanner as package  # type: ignore[import-untyped]
    except ImportError as exc:  # pragma: no cover - both are declared dependencies
        raise EngineError(f"DuckDB aggregation needs duckdb and duckdb-extension-sqlite-scanner ({exc})") from exc
    folder = Path(package.__file__).parent / "extensions" / f"v{duckdb.__version__}"
    found = sorted(folder.glob("sqlite_scanner.duckdb_extension*"))
    if not found:
        raise EngineError(f"no sqlite_scanner extension for DuckDB {duckdb.__version__} in {folder}")
    return found[0]


@cache
def _duckdb() -> Any:
    """One in-memory DuckDB per process with the SQLite extension loaded (loading it takes a quarter second)."""
    import duckdb

    con = duckdb.connect()
    con.execute(f"LOAD '{_extension()}'")
    return con


def connect(sqlite_path: Path) -> Any:
    """A DuckDB cursor with the allyscope database attached read-only as `kb` (detached again on close)."""
    cursor = _duckdb().cursor()
    cursor.execute("DETACH DATABASE IF EXISTS kb")
    cursor.execute(f"ATTACH '{sqlite_path}' AS kb (TYPE sqlite, READ_ONLY)")
    return cursor


def _score_sql(w: dict[str, Any]) -> str:
    """The per-fact weight as a DuckDB expression, from the same weights the Python path uses. Keys are codes
    and names (`05`, `head-of-government`) and values numbers, checked here because they are inlined."""

    def case(expr: str, table: dict[str, Any], default: float) -> str:
        bad = [key for key in table if not re.fullmatch(r"[\w-]+", key)]
        if bad:
            raise EngineError(f"weights.json: keys must be codes or names, not {bad}")
        whens = " ".join(f"WHEN '{key}' THEN {float(value)!r}" for key, value in table.items())
        return f"(CASE {expr} {whens} ELSE {default!r} END)"

    return "*".join(
        [
            case("substr(f.cameo, 1, 2)", w["cameo_root"], 0.0),
            case("f.level", w["level"], 1.0),
            case("f.mode", w["mode"], 1.0),
        ]
    )


def aggregate(
    sqlite_path: Path, w: dict[str, Any]
) -> tuple[list[dict[str, Any]], list[tuple[str, str, str, str, int]]]:
    """(cells, firsts) in one scan of the facts: count and weighted score of non-context facts by year and
    domain, and the number of the earliest fact of each (domain, type, level) with its year."""
    sql = (
        "SELECT substr(f.date_start, 1, 4) AS year, f.domain, f.type, f.level, grouping(year, f.domain) AS g, "
        "sum(CASE WHEN f.mode <> 'negated' THEN 1 ELSE 0 END), "
        f"sum({_score_sql(w)}), "
        "arg_min(f.num, (f.date_start, f.num)) FILTER (WHERE f.mode <> 'negated'), "
        "substr(min(f.date_start) FILTER (WHERE f.mode <> 'negated'), 1, 4) "
        "FROM kb.facts f WHERE f.domain <> 'context' AND f.long = 0 "
        "GROUP BY GROUPING SETS ((year, f.domain), (f.domain, f.type, f.level))"
    )
    con = connect(sqlite_path)
    try:
        rows = con.execute(sql).fetchall()
    finally:
        con.execute("DETACH DATABASE IF EXISTS kb")
        con.close()
    cells = [
        {"year": y, "domain": d, "count": int(c), "score": round(float(s or 0.0), 3)}
        for y, d, _t, _l, g, c, s, _n, _fy in rows
        if g == 0
    ]
    cells.sort(key=lambda c: (c["year"], c["domain"]))
    firsts = [(d, t, lv, fy, int(n)) for _y, d, t, lv, g, _c, _s, n, fy in rows if g != 0 and n is not None]
    return cells, firsts
