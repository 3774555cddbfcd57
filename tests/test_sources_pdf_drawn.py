"""A PDF drawn object by object with PDFium (another producer than WeasyPrint, a standard font, no CJK): lines
drawn bottom-up, markers drawn after all the text, a running head and page numbers on every page. Reading
order, markers, notes and furniture must come out as for any PDF."""

from __future__ import annotations

import ctypes
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from allyscope.pipeline import parse

PAGES = [
    (
        ["Ministers agreed on a new framework for regular talks,", "and their deputies began to meet twice",
         "a year in the capital of each side in turn."],
        "A summary of the first meeting, 2019.",
    ),
    (
        ["The framework was widened to cover training", "for disaster relief and the exchange of",
         "liaison officers between the two staffs."],
        "Joint statement of the second meeting, 2021.",
    ),
]


def _text(doc: pdfium.PdfDocument, page: pdfium.PdfPage, text: str, x: float, y: float, size: float) -> float:
    """Draw `text` at `(x, y)`; returns the x where it ends."""
    obj = pdfium_c.FPDFPageObj_NewTextObj(doc.raw, b"Helvetica", ctypes.c_float(size))
    data = (text + "\0").encode("utf-16-le")
    pdfium_c.FPDFText_SetText(obj, (ctypes.c_ushort * (len(data) // 2)).from_buffer_copy(data))
    pdfium_c.FPDFPageObj_Transform(obj, 1, 0, 0, 1, x, y)
    pdfium_c.FPDFPage_InsertObject(page.raw, obj)
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    pdfium_c.FPDFPageObj_GetBounds(obj, left, bottom, right, top)
    return right.value


def _drawn(path: Path) -> Path:
    doc = pdfium.PdfDocument.new()
    for number, (lines, note) in enumerate(PAGES, start=1):
        page = doc.new_page(400, 600)
        ends = {}
        for i, line in reversed(list(enumerate(lines))):  # bottom-up
            ends[i] = _text(doc, page, line, 50, 500 - i * 14, 10)
        _text(doc, page, note, 62, 80, 7)
        _text(doc, page, "1", 50, 80, 7)
        _text(doc, page, f"{number}", 195, 30, 8)  # page number
        _text(doc, page, "Review of Security Studies", 140, 570, 8)  # running head
        _text(doc, page, "1", ends[len(lines) - 1] + 0.5, 500 - (len(lines) - 1) * 14 + 4, 6)  # marker, drawn last
        pdfium_c.FPDFPage_GenerateContent(page.raw)
        page.close()
    doc.save(str(path))
    doc.close()
    return path


def test_a_pdf_drawn_out_of_order_reads_in_order(tmp_path: Path) -> None:
    doc = parse(_drawn(tmp_path / "drawn.pdf"))
    expected = [" ".join(lines) for lines, _ in PAGES]
    body = doc.text.replace("[1]", "")
    assert body.index(expected[0][:40]) < body.index(expected[1][:40])
    assert "Review of Security Studies" not in doc.text
    assert not any(line.strip().isdigit() for line in doc.text.split("\n"))
    notes = {f.id: doc.note_text(f) for f in doc.footnotes}
    assert sorted(notes.values()) == sorted(note for _, note in PAGES)
    linked = [notes[m.footnotes[0]] for m in doc.markers if m.footnotes]
    assert linked == [note for _, note in PAGES]  # each page's marker to its own page's note 1
    for marker in doc.markers:
        assert doc.text[marker.start - 1] == "."  # glued to the end of its sentence
