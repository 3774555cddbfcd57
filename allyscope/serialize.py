"""The JSON shape of a document (see docs/document-model.md); field names here are a public contract."""

from __future__ import annotations

from typing import Any

import orjson

from allyscope.model import Document, OffsetMap


def dumps(value: Any) -> str:
    """Compact JSON text, non-ASCII kept as is. orjson, because the store writes several JSON values per
    document and the standard encoder's time showed in every ingest profile."""
    return orjson.dumps(value).decode("utf-8")


def document_json(doc: Document) -> dict[str, Any]:
    """The structured document as plain JSON-ready data."""
    body_map = doc.body_map
    cited_by: dict[str, list[int]] = {}  # note id → indexes of the markers citing it (one pass, not one per note)
    for i, m in enumerate(doc.markers):
        for note_id in m.footnotes:
            cited_by.setdefault(note_id, []).append(i)
    return {
        "id": doc_id(doc),
        "source": doc.source,
        "encoding": doc.encoding,
        "sha256": doc.get_meta("sha256"),
        "title": doc.title,
        "authors": doc.authors,
        "language": doc.language,
        "date": doc.date,
        "date_source": doc.date_source,
        "date_modified": doc.date_modified,
        "date_modified_source": doc.date_modified_source,
        "abstract": doc.abstract,
        "keywords": doc.keywords,
        "pages": doc.get_meta("pages", 1),
        "layout": doc.layout.as_json(),
        "text": doc.text,
        "headings": [
            {
                "level": h.level,
                "label": h.label,
                "numbering": h.numbering,
                "title": h.title,
                "family": h.family or "given",
                "start": h.start,
                "end": h.end,
                "page": h.page,
                **_raw_span(body_map, h.start, h.end),
            }
            for h in doc.headings
        ],
        "paragraphs": [
            {
                "start": p.start,
                "end": p.end,
                "page": p.page,
                **_raw_span(body_map, p.start, p.end),
            }
            for p in doc.paragraphs
        ],
        "spans": [{"kind": s.kind, "start": s.start, "end": s.end} for s in doc.spans if s.kind != "paragraph"],
        "turns": [
            {
                "speaker": t.speaker,
                "role": t.role,
                "start": t.start,
                "end": t.end,
                "speaker_start": t.speaker_start,
                "speaker_end": t.speaker_end,
                "body_start": t.body_start,
                **_raw_span(body_map, t.start, t.end),
            }
            for t in doc.turns
        ],
        "stage_notes": [
            {"start": s.start, "end": s.end, "text": doc.span_text(s), **_raw_span(body_map, s.start, s.end)}
            for s in doc.stage_notes
        ],
        "footnotes": [
            {
                "id": f.id,
                "block": f.block,
                "page": f.page,
                "number": f.number,
                "kind": f.kind,
                "style": f.style,
                "text": doc.note_text(f),
                "raw_start": f.raw_start,
                "raw_end": f.raw_end,
                "cited_by": cited_by.get(f.id, []),
                "reference": doc.references.note_reference(f.id) if doc.references else None,
            }
            for f in doc.footnotes
        ],
        "references": doc.references.as_json() if doc.references else [],
        "markers": [
            {
                "start": m.start,
                "end": m.end,
                "number": m.number,
                "numbers": list(m.numbers),
                "printed": m.printed,
                "style": m.style,
                "page": m.page,
                "front": m.front,
                "footnote": m.footnotes[0] if m.footnotes else None,
                "footnotes": list(m.footnotes),
                "raw_start": body_map.to_raw(m.start),
            }
            for m in doc.markers
        ],
        **source_json(doc),
    }


def _raw_span(body_map: OffsetMap, start: int, end: int) -> dict[str, int]:
    """`raw_start` and `raw_end` of a body span, its raw span mapped once (not once for each)."""
    raw_start, raw_end = body_map.to_raw_span(start, end)
    return {"raw_start": raw_start, "raw_end": raw_end}


PAGE_META = ("title", "authors", "published", "updated", "date", "date_field", "site_name", "canonical_url",
             "final_url")


def source_json(doc: Document) -> dict[str, Any]:
    """What the document was read from: its type, the file name or URL given, what the page said of itself
    (HTML), and for files with pages (PDF) where each paragraph, heading, note and marker stands."""
    out: dict[str, Any] = {
        "source_type": doc.get_meta("source_type", "text"),
        "origin": doc.get_meta("origin", doc.source),
    }
    page_meta = {key: doc.get_meta(key) for key in PAGE_META if doc.get_meta(key)}
    if page_meta:
        out["page_meta"] = page_meta
    if doc.boxes is not None:
        out["boxes"] = {
            "paragraphs": [_boxes(doc, p) for p in doc.paragraphs],
            "headings": [_boxes(doc, h) for h in doc.headings],
            "footnotes": [_boxes(doc, f) for f in doc.footnotes],
            "markers": [_boxes(doc, m) for m in doc.markers],
        }
    return out


def _boxes(doc: Document, span: Any) -> list[list[float]]:
    """`[[page, x0, top, x1, bottom], …]` of a span, one box per page it touches."""
    return [[page, *box] for page, box in doc.where(span)]


def doc_id(doc: Document) -> str:
    """The short id of a document: the first 12 hex digits of its content hash."""
    sha = doc.get_meta("sha256") or ""
    return str(sha)[:12]
