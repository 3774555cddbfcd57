"""The output of `allyscope extract`: the document with its entities and events, as JSON.

The document comes out of the one pipeline (`pipeline.extract_file`), the same path `ingest` takes; this only
says it in JSON."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from allyscope.entities import gazetteer
from allyscope.model import Document
from allyscope.pipeline import Progress, extract_file
from allyscope.serialize import document_json


def extract_json(path: str | Path, encoding: str | None = None, progress: Progress | None = None) -> dict[str, Any]:
    """`{"document": …as parse…, "entities": [...], "events": [...], "warnings": [...]}` for one file (or URL)."""
    return document_extraction_json(extract_file(path, encoding, progress))


def entities_json(doc: Document) -> list[dict[str, Any]]:
    """The entities a document names, each with where it is mentioned and, for a mention that is not a name as
    such (a compound, a collective, a generic agreement, a title), the `basis` on which it was read."""
    g = gazetteer()
    places: dict[str, list[dict[str, Any]]] = {}
    found_for = places.get
    for start, end, alias, ids, basis in doc.entities:
        # how a reference that names no entity by itself was read (discourse.py): `basis`, when there is one
        if basis:
            place = {"start": start, "end": end, "text": alias, "basis": basis}
        else:
            place = {"start": start, "end": end, "text": alias}
        if len(ids) == 1:
            found = found_for(ids[0])
            if found is None:
                places[ids[0]] = [place]
            else:
                found.append(place)
            continue
        for entity_id in ids:  # each entity its own copy: a reader may change one without the others
            places.setdefault(entity_id, []).append(dict(place))
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
    return entities


def document_extraction_json(doc: Document) -> dict[str, Any]:
    """The JSON of an extracted document: the document, its entities, its events and what could not be read."""
    return {
        "document": document_json(doc),
        "entities": entities_json(doc),
        "events": [e.as_json() for e in doc.events],
        "warnings": list(doc.warnings),
    }
