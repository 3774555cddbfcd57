"""The title and the parties of the case loaded in a database, for report and export headings.

The database records which case it holds (`case_meta`); its title and its dyad are read from that case's data,
never written in code. A database without a case gets a neutral title.
"""

from __future__ import annotations

import sqlite3
from typing import Any


def case_info(conn: sqlite3.Connection) -> dict[str, Any]:
    """`{"name", "version", "title", "parties": [entity ids], "party_names": [names]}` of the loaded case."""
    from allyscope.entities import gazetteer

    row = conn.execute("SELECT value FROM case_meta WHERE key = 'case'").fetchone()
    name, _, version = (str(row[0]) if row else "").partition(" ")
    title, parties = "allyscope knowledge base", []
    if name:
        meta = _shipped_case_meta()
        if meta.get("name") == name:
            title, parties = str(meta.get("title") or name), [str(p) for p in meta.get("dyad", [])]
        else:
            title = name
    names = gazetteer().entities
    return {
        "name": name or None,
        "version": version or None,
        "title": title,
        "parties": parties,
        "party_names": [str(names.get(p, {}).get("name", p)) for p in parties],
    }


def _shipped_case_meta() -> dict[str, Any]:
    import json
    from importlib import resources

    try:
        data: dict[str, Any] = json.loads(
            resources.files("allyscope.data").joinpath("case", "case.json").read_text("utf-8")
        )
    except (FileNotFoundError, ValueError):
        return {}
    return data
