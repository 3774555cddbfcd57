"""Records as CSV for spreadsheets, pandas and R, with a Frictionless `datapackage.json` that types its columns.

One row per record. Source (initiator) and target columns give names and ids; `date_start`/`date_end` the days an
imprecise date may stand for; `cameo` is text (`040`, not 40). Every source and every evidence sentence is kept, as
JSON arrays in `sources` and `evidence` (each element says its kind). Cells a spreadsheet would run as formulas are
neutralised; `bom=True` starts the file with a byte-order mark so Excel in Chinese or Japanese locales reads UTF-8.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from allyscope.outputs.records import source_actors, target_actors
from allyscope.outputs.safety import spreadsheet_cell

# (column, Frictionless type, description)
COLUMNS: list[tuple[str, str, str]] = [
    ("id", "string", "fact id or event id"),
    ("kind", "string", "fact (reviewed) or candidate (extracted)"),
    ("status", "string", "pending, accepted, merged or rejected"),
    ("date", "string", "EDTF date as coded (2023-07, 198X, 2019-03/..)"),
    ("date_start", "date", "first day the date may stand for"),
    ("date_end", "date", "last day the date may stand for"),
    ("precision", "string", "day, month, year, decade, century or range"),
    ("type", "string", "PLOVER event type"),
    ("cameo", "string", "CAMEO code, as text"),
    ("domain", "string", "domain of cooperation"),
    ("mode", "string", "asserted, planned, possible or negated"),
    ("level", "string", "highest office taking part"),
    ("summary", "string", "one-line summary"),
    ("source_ids", "string", "initiators' entity ids, separated by ;"),
    ("source_names", "string", "initiators' names, separated by ;"),
    ("target_ids", "string", "targets' entity ids, separated by ;"),
    ("target_names", "string", "targets' names, separated by ;"),
    ("actor_ids", "string", "every actor's entity id, separated by ;"),
    ("actor_names", "string", "every actor's name, separated by ;"),
    ("involved_ids", "string", "entities involved (programmes, meetings, offices), separated by ;"),
    ("source_count", "integer", "number of sources"),
    ("evidence_count", "integer", "number of evidence sentences"),
    ("sources", "array", "JSON array of sources: kind, id, title, url, locator"),
    ("evidence", "array", "JSON array of sentences: kind, doc, start, end, text, footnotes, lang"),
    ("reviewed_by", "string", "who reviewed it"),
    ("reviewed_at", "datetime", "when it was reviewed"),
    ("fact", "string", "the fact a candidate became, if any"),
]


def _row(r: dict[str, Any]) -> list[Any]:
    sources, targets = source_actors(r), target_actors(r)
    values: dict[str, Any] = {
        **r,
        "source_ids": ";".join(a["id"] for a in sources),
        "source_names": ";".join(a["name"] for a in sources),
        "target_ids": ";".join(a["id"] for a in targets),
        "target_names": ";".join(a["name"] for a in targets),
        "actor_ids": ";".join(a["id"] for a in r["actors"]),
        "actor_names": ";".join(a["name"] for a in r["actors"]),
        "involved_ids": ";".join(i["id"] for i in r["involved"]),
        "source_count": len(r["sources"]),
        "evidence_count": len(r["evidence"]),
        "sources": json.dumps(r["sources"], ensure_ascii=False),
        "evidence": json.dumps(r["evidence"], ensure_ascii=False),
    }
    return [spreadsheet_cell(values.get(name) if values.get(name) is not None else "") for name, _, _ in COLUMNS]


def to_csv(records: list[dict[str, Any]], *, bom: bool = False) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([name for name, _, _ in COLUMNS])
    for r in records:
        writer.writerow(_row(r))
    return ("\ufeff" if bom else "") + out.getvalue()


def datapackage(csv_name: str, *, bom: bool = False) -> dict[str, Any]:
    """A Frictionless Data Package descriptor for the CSV written as `csv_name` beside it."""
    return {
        "profile": "tabular-data-package",
        "name": "allyscope-export",
        "resources": [
            {
                "name": "records",
                "path": csv_name,
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8-sig" if bom else "utf-8",
                "dialect": {"delimiter": ",", "lineTerminator": "\r\n", "header": True},
                "schema": {
                    "fields": [{"name": name, "type": kind, "description": about} for name, kind, about in COLUMNS],
                    "primaryKey": ["kind", "id"],
                },
            }
        ],
    }
