"""Exports of facts and candidates for the tools analysts use (the writers live in `allyscope.outputs`).

Every format writes records (see `allyscope.outputs.records`): each with its status, every source and every
evidence sentence. `export(records, fmt, options)` renders one format; `FORMATS` names them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from allyscope.outputs.graph import to_gexf, to_graphml
from allyscope.outputs.jsonld import DEFAULT_BASE, to_jsonld
from allyscope.outputs.plover import to_plover
from allyscope.outputs.records import from_fact
from allyscope.outputs.tabular import to_csv
from allyscope.outputs.timelines import to_timelinejs, to_vis


@dataclass(frozen=True)
class Options:
    """What some formats take besides the records."""

    title: str = "allyscope"
    base_iri: str = DEFAULT_BASE
    bom: bool = False


def to_json(records: list[dict[str, Any]]) -> str:
    import json

    return json.dumps(records, ensure_ascii=False, indent=2) + "\n"


FORMATS: dict[str, Callable[[list[dict[str, Any]], Options], str]] = {
    "csv": lambda records, o: to_csv(records, bom=o.bom),
    "json": lambda records, o: to_json(records),
    "graphml": lambda records, o: to_graphml(records),
    "gexf": lambda records, o: to_gexf(records),
    "timelinejs": lambda records, o: to_timelinejs(records, o.title),
    "plover": lambda records, o: to_plover(records),
    "jsonld": lambda records, o: to_jsonld(records, o.base_iri),
    "vis": lambda records, o: to_vis(records),
}


def export(records: list[dict[str, Any]], fmt: str, options: Options | None = None) -> str:
    """Render `records` in one of `FORMATS`."""
    return FORMATS[fmt](records, options or Options())


def fact_as_event(fact: dict[str, Any]) -> dict[str, Any]:
    """A reviewed fact (as `timeline` returns it) as the record every writer reads (kept under its old name for
    callers such as the web API)."""
    return from_fact(fact)


__all__ = ["FORMATS", "Options", "export", "fact_as_event", "to_csv", "to_json"]
