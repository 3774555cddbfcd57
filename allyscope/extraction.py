"""The output of `allyscope extract`: the parsed document, the entities it names, and its events."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from allyscope.entities import gazetteer
from allyscope.events import extract_events
from allyscope.pipeline import parse
from allyscope.serialize import doc_id, document_json


def extract_json(path: str | Path, encoding: str | None = None) -> dict[str, Any]:
    """`{"document": …as parse…, "entities": [...], "events": [...]}` for one file (or URL)."""
    doc = parse(path, encoding)
    ident = doc_id(doc)
    g = gazetteer()
    mentions = g.match(doc.text)
    events = [e.as_json() for e in extract_events(doc, ident, mentions)]
    places: dict[str, list[dict[str, Any]]] = {}
    for m in mentions:
        for entity_id in m.ids:
            places.setdefault(entity_id, []).append({"start": m.start, "end": m.end, "text": m.alias})
    entities = []
    for entity_id, found in places.items():
        entity = g.entity(entity_id)
        entities.append(
            {
                "id": entity_id,
                "name": entity["name"],
                "type": entity["type"],
                "aliases": entity.get("aliases", {}),
                "qid": entity.get("qid"),
                "mentions": found,
            }
        )
    return {"document": document_json(doc), "entities": entities, "events": events}
