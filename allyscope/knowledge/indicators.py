"""Indicators of cooperation by year and domain, computed from reviewed facts, each number with its facts.

A number an analyst cannot trace is an opinion: every cell keeps the ids of the facts it counts, and the score
is the sum of per-fact weights whose parts (Goldstein value of the CAMEO root × level × mode) are listed with
the fact. Context facts (not interactions of the relationship's parties) are left out.
"""

from __future__ import annotations

import json
import sqlite3
from functools import cache
from importlib import resources
from typing import Any


@cache
def weights() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        resources.files("allyscope.data").joinpath("analysis", "weights.json").read_text("utf-8")
    )
    return data


def fact_weight(cameo: str | None, level: str, mode: str) -> float:
    """Goldstein value of the CAMEO root × level weight × mode weight (0 for facts without a CAMEO code)."""
    w = weights()
    if not cameo:
        return 0.0
    return (
        float(w["cameo_root"].get(cameo[:2], 0.0)) * float(w["level"].get(level, 1.0)) * float(w["mode"].get(mode, 1.0))
    )


def indicators(conn: sqlite3.Connection) -> dict[str, Any]:
    """`{"cells": [{year, domain, count, score, facts}], "years": {year: {count, score}}, "firsts": [...]}`."""
    rows = conn.execute(
        "SELECT id, substr(date_start, 1, 4), domain, cameo, level, mode, type, summary FROM facts "
        "WHERE domain != 'context' AND long = 0 ORDER BY date_start, num"
    ).fetchall()
    cells: dict[tuple[str, str], dict[str, Any]] = {}
    years: dict[str, dict[str, Any]] = {}
    firsts: dict[tuple[str, str, str], dict[str, Any]] = {}
    for fact_id, year, domain, cameo, level, mode, type_, summary in rows:
        weight = fact_weight(cameo, level, mode)
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
        "weights": "allyscope/data/analysis/weights.json",
        "cells": sorted(cells.values(), key=lambda c: (c["year"], c["domain"])),
        "years": years,
        "firsts": sorted(firsts.values(), key=lambda f: (f["year"], f["fact"])),
    }
