"""A fact page reads only what it shows (paragraphs and notes by offsets and ids): the same as reading each
evidence item's document whole, on every fact of the test knowledge base."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from allyscope.web import queries
from allyscope.web.access import ReadOnlyStore


def _whole(store: ReadOnlyStore, evidence: dict[str, Any]) -> dict[str, Any]:
    """The evidence's lines cut from the document read whole, and its notes from the structure JSON."""
    data = store.document_json(evidence["doc"])
    text = data["text"]
    start, end = evidence["start"], evidence["end"]
    left = text.rfind("\n", 0, start) + 1
    right = text.find("\n", end)
    right = len(text) if right < 0 else right
    notes = {n["id"]: (n["number"], n["text"]) for n in data["footnotes"] if n["id"] in evidence["footnotes"]}
    return {"before": text[left:start], "sentence": text[start:end], "after": text[end:right], "notes": notes}


def test_paragraphs_and_notes_read_by_offsets_match_the_whole_documents(kb: Path) -> None:
    store = ReadOnlyStore(kb)
    try:
        sql = "SELECT id FROM facts WHERE num IN (SELECT fact_num FROM fact_evidence)"
        ids = [r[0] for r in store.conn.execute(sql)]
        assert ids
        checked = with_notes = 0
        for ident in ids:
            found, notes = queries.fact_page(store, ident)
            for ev, ctx in zip(found["evidence"], found["evidence_context"], strict=True):
                if ev["end"] <= ev["start"]:
                    continue
                whole = _whole(store, ev)
                assert {k: ctx[k] for k in ("before", "sentence", "after")} == {
                    k: whole[k] for k in ("before", "sentence", "after")
                }, ident
                assert ctx["sentence"] == ev["text"]
                for note, (number, text) in whole["notes"].items():
                    assert notes[note]["number"] == number and notes[note]["text"] == text
                    with_notes += 1
                checked += 1
        assert checked >= 10 and with_notes >= 5
    finally:
        store.close()


def test_an_evidence_outside_any_paragraph_is_shown_in_its_lines(kb: Path) -> None:
    store = ReadOnlyStore(kb)
    try:
        doc, start, end = store.conn.execute(
            "SELECT doc_id, start + 1, \"end\" - 1 FROM spans WHERE kind = 'heading' AND \"end\" > start + 2 LIMIT 1"
        ).fetchone()
        evidence = {"doc": doc, "start": start, "end": end, "text": "", "footnotes": []}
        whole = _whole(store, evidence)
        ctx = queries.Passages(store).context(evidence)
        assert whole["sentence"].strip()
        assert {k: ctx[k] for k in ("before", "sentence", "after")} == {
            k: whole[k] for k in ("before", "sentence", "after")
        }
    finally:
        store.close()
