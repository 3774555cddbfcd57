"""Fuzzing the readers: any bytes, and damaged copies of real PDF, Word and HTML files, give a document or one
of our own errors, never another exception."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from source_documents import html_page, make_article, write_docx

from allyscope.errors import AllyscopeError
from allyscope.pipeline import STAGES, run
from allyscope.sources import is_laid_out, read_bytes_as


def _read(data: bytes) -> None:
    try:
        doc = read_bytes_as(data, "fuzzed")
        run(doc, STAGES[1:] if is_laid_out(doc) else STAGES)
    except AllyscopeError:
        pass


@cache
def _samples() -> dict[str, bytes]:
    import tempfile

    import pypdfium2 as pdfium

    folder = Path(tempfile.mkdtemp())
    docx = write_docx(make_article("zh", "docx", 0, sections=2), folder / "a.docx").read_bytes()
    html = html_page(make_article("ja", "html", 0, sections=2), "wiki", "time element").html.encode("utf-8")
    pdf = pdfium.PdfDocument.new()
    pdf.new_page(200, 200)
    pdf.save(str(folder / "blank.pdf"))
    pdf.close()
    return {"docx": docx, "html": html, "pdf": (folder / "blank.pdf").read_bytes()}


FUZZ = settings(
    max_examples=int(os.environ.get("ALLYSCOPE_FUZZ_EXAMPLES", "40")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


@FUZZ
@given(st.binary(max_size=4000))
def test_any_bytes(data: bytes) -> None:
    _read(data)


@FUZZ
@given(st.sampled_from(["docx", "html", "pdf"]), st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)),
                                                          max_size=12), st.floats(0.05, 1.0))
def test_damaged_files(kind: str, flips: list[tuple[int, int]], keep: float) -> None:
    data = bytearray(_samples()[kind])
    for position, value in flips:
        data[position % len(data)] = value
    _read(bytes(data[: max(1, int(len(data) * keep))]))


@FUZZ
@given(st.text(max_size=300), st.sampled_from(["<p>", "<sup><a href='#x'>", "<ol class='references'><li id='x'>",
                                               "<aside id='x'>", "<h2>", "<script>", "<nav>"]))
def test_html_fragments(text: str, tag: str) -> None:
    _read(f"<!DOCTYPE html><html><body><article>{tag}{text}<p>{text}</p></article></body></html>".encode())
