"""Scoring a parsed document against the hand gold of tests/gold (*.layout.json), aspect by aspect.

Used by benchmarks/layout_matrix.py for the hand-written documents, the held-out ones (tests/layouts/held_out,
written after the rules were frozen and never tuned on) reported apart, and by the floor test of those.
"""

from __future__ import annotations

from typing import Any

from allyscope.model import Document

_KEPT = {"title", "author", "abstract", "keywords", "keyword", "paragraph"}


def aspects(doc: Document, gold: dict[str, Any]) -> dict[str, bool]:
    """Whether each aspect the gold states is right."""
    by_id = {f.id: [f.block, f.number] for f in doc.footnotes}
    result = {
        "title": doc.title == gold["title"],
        "authors": doc.authors == gold["authors"],
        "language": doc.language == gold["language"],
        "keywords": doc.keywords == gold["keywords"],
        "abstract": doc.abstract.startswith(gold["abstract_start"]) and doc.abstract.endswith(gold["abstract_end"]),
        "headings": [{"level": h.level, "label": h.label, "title": h.title} for h in doc.headings] == gold["headings"],
        "notes": [
            {"block": f.block, "number": f.number, "page": f.page, "text": doc.note_text(f)} for f in doc.footnotes
        ]
        == gold["footnotes"],
        "markers": [
            {"order": i, "numbers": list(m.numbers), "links": [by_id[x] for x in m.footnotes]}
            for i, m in enumerate(doc.markers)
        ]
        == gold["markers"],
        "date": (doc.date, doc.date_source) == (gold.get("date"), gold.get("date_source")),
    }
    if "furniture" in gold:
        furniture = [[s.kind, doc.span_text(s)] for s in doc.spans if s.kind not in _KEPT]
        result["furniture"] = furniture == gold["furniture"]
    if "not_in_text" in gold:  # page furniture the text must not keep (running heads), where the gold names it
        result["dropped"] = not any(piece in doc.text for piece in gold["not_in_text"])
    if "body_has" in gold:  # list items a sentence announces stay in the body, each piece as printed
        result["lists"] = all(piece in doc.text and piece not in doc.notes_text for piece in gold["body_has"])
    if "layout" in gold:
        result["layout"] = all(getattr(doc.layout, k) == v for k, v in gold["layout"].items())
    return result
