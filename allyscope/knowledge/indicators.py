"""Indicators of cooperation by year and domain, computed from reviewed facts, each number with its facts.

A number an analyst cannot trace is an opinion: every cell keeps the ids of the facts it counts, and the score
is the sum of per-fact weights whose parts (Goldstein value of the CAMEO root × level × mode) are listed with
the fact. Context facts (not interactions of the relationship's parties) are left out, and so are facts dated
more loosely than about a year (a decade, a long range), which belong to no single year. Over many facts the
cells give, instead of ids, the timeline filters (`facts_query`: year, domain, `long: false`) that list them.
"""

from __future__ import annotations

import json
import sqlite3
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any


@cache
def base_weights() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        resources.files("allyscope.data").joinpath("analysis", "weights.json").read_text("utf-8")
    )
    return data


def weights(overrides: dict[str, dict[str, float]] | None = None) -> dict[str, Any]:
    """The score's weights: `allyscope/data/analysis/weights.json`, with a case's overrides (its case.json
    `weights`) laid over them table by table."""
    base = base_weights()
    if not overrides:
        return base
    return base | {table: base[table] | values for table, values in overrides.items()}


def weights_of(conn: sqlite3.Connection) -> dict[str, Any]:
    from allyscope.knowledge.case import case_of

    return weights(case_of(conn).weights)


def fact_weight(cameo: str | None, level: str, mode: str, w: dict[str, Any] | None = None) -> float:
    """Goldstein value of the CAMEO root × level weight × mode weight (0 for facts without a CAMEO code)."""
    w = w or weights()
    if not cameo:
        return 0.0
    return (
        float(w["cameo_root"].get(cameo[:2], 0.0)) * float(w["level"].get(level, 1.0)) * float(w["mode"].get(mode, 1.0))
    )


LARGE = 20_000  # above this many facts, aggregations go through DuckDB


def indicators(
    conn: sqlite3.Connection, path: Path | None = None, engine: str = "auto", dyad: tuple[str, str] | None = None
) -> dict[str, Any]:
    """`{"cells": [{year, domain, count, score, facts}], "years": {year: {count, score}}, "firsts": [...]}`.

    `engine` is "python" (every cell lists its fact ids), "duckdb" (for large sets: every cell gives the
    timeline filters that list its facts), or "auto" (DuckDB above LARGE facts when the file is known).
    `dyad` (two entity ids, parties of the case or any) keeps the facts involving both, with their members."""
    if dyad is not None:
        return _with_python(conn, _involving_both(conn, dyad))
    if engine == "auto":
        many = conn.execute("SELECT count(*) FROM facts").fetchone()[0] > LARGE
        engine = "duckdb" if many and path is not None else "python"
    if engine == "duckdb":
        if path is None:
            raise ValueError("the DuckDB engine reads the database file: give its path")
        return _with_duckdb(conn, path)
    return _with_python(conn)


def _with_duckdb(conn: sqlite3.Connection, path: Path) -> dict[str, Any]:
    from allyscope.knowledge import engine

    cells, first_nums = engine.aggregate(path, weights_of(conn))
    firsts = []
    for domain, type_, level, year, num in first_nums:  # lookups stay in SQLite
        fact_id, summary = conn.execute("SELECT id, summary FROM facts WHERE num = ?", (num,)).fetchone()
        firsts.append(
            {"domain": domain, "type": type_, "level": level, "year": year, "fact": fact_id, "summary": summary}
        )
    firsts.sort(key=lambda f: (f["year"], f["fact"]))
    years: dict[str, dict[str, Any]] = {}
    for cell in cells:
        cell["facts_query"] = {"from": cell["year"], "to": cell["year"], "domain": cell["domain"], "long": False}
        total = years.setdefault(
            cell["year"], {"count": 0, "score": 0.0, "facts_query": {"from": cell["year"], "to": cell["year"]}}
        )
        total["count"] += cell["count"]
        total["score"] = round(total["score"] + cell["score"], 3)
    return {
        "engine": "duckdb",
        "weights": "allyscope/data/analysis/weights.json",
        "cells": cells,
        "years": years,
        "firsts": firsts,
    }


def _involving_both(conn: sqlite3.Connection, dyad: tuple[str, str]) -> set[str]:
    """Ids of the facts that involve a member of each of the two parties."""
    from allyscope.knowledge.case import case_of
    from allyscope.knowledge.facts import involving

    case = case_of(conn)
    found: list[set[str]] = []
    for party in dyad:
        members = sorted(involving(conn, case, party))
        rows = conn.execute(
            "SELECT DISTINCT f.id FROM facts f JOIN fact_actors a ON a.fact_num = f.num "
            f"WHERE a.entity_id IN ({','.join('?' * len(members))})",
            members,
        )
        found.append({r[0] for r in rows})
    return found[0] & found[1]


def _with_python(conn: sqlite3.Connection, only: set[str] | None = None) -> dict[str, Any]:
    rows = conn.execute(
        "SELECT id, substr(date_start, 1, 4), domain, cameo, level, mode, type, summary FROM facts "
        "WHERE domain != 'context' AND long = 0 ORDER BY date_start, num"
    ).fetchall()
    if only is not None:
        rows = [r for r in rows if r[0] in only]
    cells: dict[tuple[str, str], dict[str, Any]] = {}
    years: dict[str, dict[str, Any]] = {}
    firsts: dict[tuple[str, str, str], dict[str, Any]] = {}
    w = weights_of(conn)
    for fact_id, year, domain, cameo, level, mode, type_, summary in rows:
        weight = fact_weight(cameo, level, mode, w)
        counted = mode != "negated"
        cell = cells.setdefault((year, domain), {"year": year, "domain": domain, "count": 0, "score": 0.0, "facts": []})
        total = years.setdefault(year, {"count": 0, "score": 0.0, "facts": []})
        for bucket in (cell, total):
            bucket["count"] += int(counted)
            bucket["score"] = round(bucket["score"] + weight, 3)
            bucket["facts"].append(fact_id)
        key = (domain, type_, level)
        if counted and key not in firsts:
            firsts[key] = {
                "domain": domain,
                "type": type_,
                "level": level,
                "year": year,
                "fact": fact_id,
                "summary": summary,
            }
    return {
        "engine": "python",
        "weights": "allyscope/data/analysis/weights.json",
        "cells": sorted(cells.values(), key=lambda c: (c["year"], c["domain"])),
        "years": years,
        "firsts": sorted(firsts.values(), key=lambda f: (f["year"], f["fact"])),
    }
