"""Exports of stored events for the tools analysts use: CSV, JSON, GraphML (Gephi), TimelineJS, PLOVER JSON.

Every row keeps its evidence: the document, the sentence offsets and text, and the notes it cites. Imprecise
dates stay imprecise: TimelineJS gets the earliest day of the period as its start and the EDTF value as its
`display_date`; PLOVER gets the EDTF value with its precision.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any
from xml.sax.saxutils import escape

from allyscope.entities import gazetteer

CSV_COLUMNS = [
    "id",
    "date",
    "date_precision",
    "domain",
    "type",
    "cameo",
    "mode",
    "actors",
    "summary",
    "doc",
    "start",
    "end",
    "evidence",
    "footnotes",
    "status",
]


def _name(entity_id: str) -> str:
    entity = gazetteer().entities.get(entity_id)
    return str(entity["name"]) if entity else entity_id


def to_csv(events: list[dict[str, Any]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for e in events:
        ev = e["evidence"]
        writer.writerow(
            [
                e["id"],
                e["date"],
                e["date_precision"],
                e["domain"],
                e["type"],
                e["cameo"],
                e["mode"],
                ";".join(e["actors"]),
                e["summary"],
                ev["doc"],
                ev["start"],
                ev["end"],
                ev["text"],
                ";".join(ev["footnotes"]),
                e.get("status", ""),
            ]
        )
    return out.getvalue()


def to_json(events: list[dict[str, Any]]) -> str:
    return json.dumps(events, ensure_ascii=False, indent=2) + "\n"


def to_graphml(events: list[dict[str, Any]]) -> str:
    """Actors as nodes; an edge for each pair of actors in an event, weighted by how many events they share."""
    nodes: dict[str, str] = {}
    edges: dict[tuple[str, str], list[str]] = {}
    for e in events:
        actors = list(dict.fromkeys(e["actors"]))
        for actor in actors:
            nodes.setdefault(actor, _name(actor))
        for i, a in enumerate(actors):
            for b in actors[i + 1 :]:
                edges.setdefault((min(a, b), max(a, b)), []).append(e["id"])
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
        '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
        '  <key id="type" for="node" attr.name="type" attr.type="string"/>',
        '  <key id="weight" for="edge" attr.name="weight" attr.type="int"/>',
        '  <key id="events" for="edge" attr.name="events" attr.type="string"/>',
        '  <graph id="allyscope" edgedefault="undirected">',
    ]
    g = gazetteer()
    for ident, label in nodes.items():
        kind = g.entities.get(ident, {}).get("type", "")
        lines.append(
            f'    <node id="{escape(ident, {chr(34): "&quot;"})}"><data key="label">{escape(label)}</data>'
            f'<data key="type">{escape(kind)}</data></node>'
        )
    for n, ((a, b), ids) in enumerate(sorted(edges.items())):
        lines.append(
            f'    <edge id="e{n}" source="{escape(a, {chr(34): "&quot;"})}" target="{escape(b, {chr(34): "&quot;"})}">'
            f'<data key="weight">{len(ids)}</data><data key="events">{escape(" ".join(ids))}</data></edge>'
        )
    lines += ["  </graph>", "</graphml>"]
    return "\n".join(lines) + "\n"


def _start_parts(edtf: str) -> dict[str, str]:
    """TimelineJS date parts of the earliest day an EDTF value allows (`198X` → 1980, `2019-03/..` → 2019-03)."""
    first = edtf.split("/")[0].replace("X", "0")
    pieces = first.split("-")
    parts = {"year": pieces[0]}
    if len(pieces) > 1:
        parts["month"] = str(int(pieces[1]))
    if len(pieces) > 2:
        parts["day"] = str(int(pieces[2]))
    return parts


def to_timelinejs(events: list[dict[str, Any]], headline: str = "Japan–NATO events") -> str:
    """TimelineJS3 JSON: `{"title": …, "events": [{"start_date", "display_date", "text", "group"}]}`."""
    slides = []
    for e in events:
        slides.append(
            {
                "start_date": _start_parts(e["date"]),
                "display_date": e.get("date_readable", e["date"]),
                "text": {"headline": e["summary"], "text": e["evidence"]["text"]},
                "group": e["domain"],
                "unique_id": e["id"],
            }
        )
    data = {
        "title": {"text": {"headline": headline, "text": "Extracted by allyscope, each with its sentence."}},
        "events": slides,
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def to_plover(events: list[dict[str, Any]]) -> str:
    """PLOVER-style event records (one JSON object per line) with the CAMEO code beside the PLOVER type."""
    lines = []
    for e in events:
        roles = e.get("roles", {})
        lines.append(
            json.dumps(
                {
                    "event_id": e["id"],
                    "event_date": e["date"],
                    "date_precision": e["date_precision"],
                    "event_type": e["type"],
                    "event_mode": e["mode"],
                    "cameo_code": e["cameo"],
                    "actor": _name(roles["source"]) if "source" in roles else None,
                    "recipient": _name(roles["target"]) if "target" in roles else None,
                    "actors": [_name(a) for a in e["actors"]],
                    "domain": e["domain"],
                    "source_doc": e["evidence"]["doc"],
                    "source_text": e["evidence"]["text"],
                    "source_offsets": [e["evidence"]["start"], e["evidence"]["end"]],
                    "footnotes": e["evidence"]["footnotes"],
                },
                ensure_ascii=False,
            )
        )
    return "\n".join(lines) + ("\n" if lines else "")


_BASE = "https://allyscope.invalid/"


def to_jsonld(events: list[dict[str, Any]]) -> str:
    """JSON-LD: each event a schema.org Event whose provenance (PROV-O) is the sentence of its source document."""
    g = gazetteer()
    graph = []
    for e in events:
        ev = e["evidence"]
        participants = []
        for actor in e["actors"]:
            entity = g.entities.get(actor, {})
            node: dict[str, Any] = {"@id": f"{_BASE}entity/{actor}", "name": _name(actor)}
            if entity.get("qid"):
                node["sameAs"] = f"http://www.wikidata.org/entity/{entity['qid']}"
            participants.append(node)
        graph.append(
            {
                "@id": f"{_BASE}event/{e['id']}",
                "@type": ["Event", "prov:Entity"],
                "name": e["summary"],
                "startDate": e["date"],
                "additionalType": e["type"],
                "keywords": [e["domain"], e["mode"], f"CAMEO {e['cameo']}"],
                "participant": participants,
                "prov:wasDerivedFrom": {
                    "@id": f"{_BASE}document/{ev['doc']}#char={ev['start']},{ev['end']}",
                    "@type": "prov:Entity",
                    "prov:value": ev["text"],
                    "prov:wasQuotedFrom": {"@id": f"{_BASE}document/{ev['doc']}"},
                },
            }
        )
    data = {"@context": {"@vocab": "https://schema.org/", "prov": "http://www.w3.org/ns/prov#"}, "@graph": graph}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def to_vis(events: list[dict[str, Any]]) -> str:
    """vis-timeline data: `{"items": [...], "groups": [...]}`, one group per domain."""
    domains = list(dict.fromkeys(e["domain"] for e in events))
    items = []
    for e in events:
        parts = _start_parts(e["date"])
        start = "-".join([parts["year"], parts.get("month", "1").zfill(2), parts.get("day", "1").zfill(2)])
        items.append(
            {
                "id": e["id"],
                "content": e["summary"],
                "start": start,
                "group": e["domain"],
                "title": e["evidence"]["text"],
            }
        )
    groups = [{"id": d, "content": d} for d in domains]
    return json.dumps({"items": items, "groups": groups}, ensure_ascii=False, indent=2) + "\n"


FORMATS = {
    "csv": to_csv,
    "json": to_json,
    "graphml": to_graphml,
    "timelinejs": to_timelinejs,
    "plover": to_plover,
    "jsonld": to_jsonld,
    "vis": to_vis,
}


def fact_as_event(fact: dict[str, Any]) -> dict[str, Any]:
    """A reviewed fact in the shape the exporters read: its first evidence sentence, else its first source."""
    evidence = fact["evidence"][0] if fact["evidence"] else None
    first = fact["sources"][0] if fact["sources"] else {"id": "", "title": "", "url": None}
    cited = f"{first['title']} <{first['url']}>" if first.get("url") else first["title"]
    roles = {a["role"]: a["id"] for a in fact["actors"] if a["role"] in ("source", "target")}
    return {
        "id": fact["id"],
        "date": fact["date"],
        "date_precision": fact["precision"],
        "date_readable": fact["date_readable"],
        "actors": [a["id"] for a in fact["actors"]],
        "roles": roles,
        "involved": [i["id"] for i in fact["involved"]],
        "type": fact["type"],
        "cameo": fact["cameo"] or "",
        "domain": fact["domain"],
        "mode": fact["mode"],
        "level": fact["level"],
        "summary": fact["summary"],
        "sources": fact["sources"],
        "evidence": {
            "doc": evidence["doc"] if evidence else first["id"],
            "start": evidence["start"] if evidence else 0,
            "end": evidence["end"] if evidence else 0,
            "text": evidence["text"] if evidence else cited,
            "footnotes": evidence["footnotes"] if evidence else [],
        },
    }


def export(events: list[dict[str, Any]], fmt: str) -> str:
    """Render `events` in one of `FORMATS`."""
    return FORMATS[fmt](events)
