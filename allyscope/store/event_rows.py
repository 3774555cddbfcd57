"""An event's stored row: its columns say most of it once, its `data` JSON only the rest.

Issue 18: the store was five times its input, and an event row said everything twice — the date, type, domain,
summary and offsets as columns and again in its JSON — and carried its evidence sentence, a copy of words the
document's `text` already holds (61 events of the reference article repeat 13 KB of it). So `data` keeps only
what no column holds (the date as written, actors, roles, where, the notes the sentence cites), and a reader
rebuilds the event's JSON, key for key as `Event.as_json()` gives it, from the columns, `data`, and the
sentence cut from the document's text by the event's offsets (`with_evidence`, one read of each text).

A field is left out of `data` only when its column holds the same value, or when it holds the value an `Event`
has unless told otherwise (`date_basis` explicit, `where` body, no `actor_basis`, no notes cited: together a
sixth of a row, migration 0018), so a row written otherwise (by an older version, or by hand) is read as it was
written: what `data` says wins over the columns and the defaults.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import orjson

from allyscope.serialize import dumps

# The columns a reader selects (of events `e`), in the order `event_json` takes them.
SELECT = (
    'e.id, e.doc_id, e.date, e.date_precision, e.type, e.cameo, e.domain, e.mode, e.summary, e.start, e."end",'
    " e.candidate, e.data"
)
WIDTH = 13  # how many values of a row `SELECT` gives

# The keys of an event's JSON in the order `Event.as_json()` gives them (the store adds `candidate`).
_ORDER = (
    "id", "date", "date_precision", "date_text", "date_basis", "actors", "actor_basis", "roles", "involved",
    "type", "cameo", "domain", "mode", "summary", "where", "evidence", "candidate",
)  # fmt: skip
_EVIDENCE_ORDER = ("doc", "start", "end", "text", "footnotes")


def _defaults() -> dict[str, Any]:
    """What an event's fields are unless its stage says otherwise (`allyscope.events.Event`'s defaults); a reader
    puts back each one `data` does not hold (a new dict each time: a caller may change the event it gets)."""
    return {"date_basis": "explicit", "actor_basis": {}, "where": "body"}


def slim(event: dict[str, Any], columns: dict[str, Any], sentence: str) -> str:
    """The `data` of an event row: its JSON without what `columns` (name → value of the row) and the
    document's `sentence` at its offsets say already."""
    said = columns | _defaults()
    data = {k: v for k, v in event.items() if not (k in said and said[k] == v) and k != "evidence"}
    evidence = dict(event.get("evidence", {}))
    said = {"doc": columns.get("doc_id"), "start": columns.get("start"), "end": columns.get("end"), "text": sentence}
    said["footnotes"] = []
    evidence = {k: v for k, v in evidence.items() if not (k in said and said[k] == v)}
    if evidence:
        data["evidence"] = evidence
    return dumps(data)


def event_json(row: Sequence[Any]) -> dict[str, Any]:
    """An event's JSON from the first `WIDTH` values of a row selected with `SELECT`; its evidence `text` is None
    until `with_evidence` cuts it from the document (unless the row's JSON holds it).

    Made for every row of a page of events or of the review queue, so made directly: `data` read by orjson
    (a fifth of the time; the standard parser for what orjson refuses, as NaN), the columns and defaults put in
    one dict that what `data` says then overrides, the evidence reordered only when `data` adds to it."""
    ident, doc, date, precision, type_, cameo, domain, mode, summary, start, end, candidate, data = row[:WIDTH]
    stored: dict[str, Any] = _loads(data)
    evidence: dict[str, Any] = {"doc": doc, "start": start, "end": end, "text": None, "footnotes": []}
    extra = stored.pop("evidence", None)
    if extra:
        evidence |= extra
        evidence = {k: evidence[k] for k in (*_EVIDENCE_ORDER, *evidence) if k in evidence}
    merged = {
        "id": ident, "date": date, "date_precision": precision, "type": type_, "cameo": cameo, "domain": domain,
        "mode": mode, "summary": summary, "candidate": candidate, "evidence": evidence,
        "date_basis": "explicit", "actor_basis": {}, "where": "body",
    }  # fmt: skip
    merged.update(stored)
    return {k: merged[k] for k in dict.fromkeys((*_ORDER, *merged)) if k in merged}


def _loads(data: str | bytes) -> Any:
    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError:
        return json.loads(data)


WHOLE_TEXT = 3  # a document with this many events of a list or more is read whole, once for all of them
_SENTENCE = "SELECT substr(text, ?, ?) FROM documents WHERE id = ?"


def with_evidence(conn: Any, events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """`events` (from `event_json`) with their evidence sentences cut from their documents' texts: a document
    with many of them read once for all (an SQL `substr` per event would read its text again for each: a
    reference article's 61 events would read its 41 KB 61 times), one with a few by `substr` (a page of 50
    events of 50 documents made each whole text a Python string to keep a sentence of it: 1 ms a page).
    SQLite's `substr` counts characters as Python's slices do."""
    missing: dict[str, list[dict[str, Any]]] = {}
    for event in events:
        evidence = event["evidence"]
        if evidence.get("text") is None:
            missing.setdefault(str(evidence["doc"]), []).append(evidence)
    for ident in [d for d, items in missing.items() if len(items) < WHOLE_TEXT]:
        for evidence in missing.pop(ident):
            start, end = int(evidence["start"]), int(evidence["end"])
            row = conn.execute(_SENTENCE, (start + 1, max(0, end - start), ident)).fetchone()
            evidence["text"] = "" if row is None else row[0]
    documents = list(missing)
    for first in range(0, len(documents), 500):
        chunk = documents[first : first + 500]
        marks = ",".join("?" * len(chunk))
        for ident, text in conn.execute(f"SELECT id, text FROM documents WHERE id IN ({marks})", chunk):
            for evidence in missing.pop(str(ident)):
                evidence["text"] = text[evidence["start"] : evidence["end"]]
    for left in missing.values():  # a document that is gone: no sentence to show
        for evidence in left:
            evidence["text"] = ""
    return events
