"""PDFs rendered here by WeasyPrint from generated articles (gold by construction), read back by geometry.

Each language gets every note family: page-bottom footnotes numbered through the article, footnotes numbered
per page, endnotes under a notes label, and two columns; all with running heads and page numbers. Seeds 0 and
1 alternate across families so that both the tuning half and the held-out half are checked here (the benchmark
prints each half on more documents).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from helpers import assert_copied_pieces_match_raw, assert_no_space_added_in_cjk, assert_offsets_valid
from source_documents import FAMILIES, LANGUAGES, Article, make_font, render_article
from source_scores import Score, score

from allyscope.errors import DamagedInputError, InputError, NeedsOcrError
from allyscope.model import Document
from allyscope.pipeline import parse

try:
    import weasyprint
except (ImportError, OSError) as exc:  # OSError: Pango is missing (.ci/run installs it)
    pytest.skip(f"WeasyPrint cannot run here ({exc})", allow_module_level=True)

FLOORS = {"notes_exact": 0.99, "markers_linked": 0.99, "headings": 0.95, "title": 0.9, "authors": 0.9}


@pytest.fixture(scope="session")
def test_font(request: pytest.FixtureRequest) -> Path:
    if not Path("/usr/share/fonts/opentype/noto").exists():
        pytest.skip("Debian's fonts-noto-cjk is not installed (.ci/run installs it)")
    return make_font(Path(request.config.cache.mkdir("allyscope-test-font")))


@pytest.fixture(scope="session")
def rendered(test_font: Path, tmp_path_factory: pytest.TempPathFactory) -> list[tuple[Article, Path]]:
    folder = tmp_path_factory.mktemp("pdfs")
    out = []
    for i, language in enumerate(LANGUAGES):
        for j, family in enumerate(FAMILIES):
            out.append(render_article(language, family, (i + j) % 2, test_font, folder))
    return out


@pytest.fixture(scope="session")
def parsed(rendered: list[tuple[Article, Path]]) -> list[tuple[Article, Document]]:
    return [(article, parse(path)) for article, path in rendered]


@pytest.mark.parametrize("language", LANGUAGES)
def test_generated_pdfs_meet_the_floors(parsed: list[tuple[Article, Document]], language: str) -> None:
    total = Score()
    for article, doc in parsed:
        if article.language == language:
            total.add(score(article, doc))
    ratios = total.ratios()
    for name, floor in FLOORS.items():
        assert ratios[name] >= floor, (language, name, ratios)
    assert ratios["furniture_in_body"] == 0, ratios  # no running head or page number left in the body


def test_pdf_documents_are_read_as_pdf_with_pages(rendered: list[tuple[Article, Path]]) -> None:
    import pypdfium2 as pdfium

    for article, path in rendered:
        doc = parse(path)
        pdf = pdfium.PdfDocument(str(path))
        assert doc.get_meta("source_type") == "pdf"
        assert doc.get_meta("pages") == len(pdf)
        assert doc.language == article.language.split("-")[0]
        pdf.close()


def test_offsets_map_back_to_the_raw_text(parsed: list[tuple[Article, Document]]) -> None:
    for _article, doc in parsed:
        assert_offsets_valid(doc)
        assert_copied_pieces_match_raw(doc)
        assert_no_space_added_in_cjk(doc)


def test_every_span_knows_its_page_and_box(parsed: list[tuple[Article, Document]]) -> None:
    for _article, doc in parsed:
        for span in [*doc.paragraphs, *doc.headings, *doc.markers, *doc.footnotes]:
            where = doc.where(span)
            assert where, span
            for page, (x0, top, x1, bottom) in where:
                assert 1 <= page <= doc.get_meta("pages")
                assert 0 <= x0 < x1 <= 900 and 0 <= top < bottom <= 1200
        for marker in doc.markers:
            (page, box), *_ = doc.where(marker)
            paragraph = next(p for p in doc.paragraphs if p.start <= marker.start < p.end)
            boxes = dict(doc.where(paragraph))
            outer = boxes[page]
            assert outer[0] - 1 <= box[0] and box[2] <= outer[2] + 1 and outer[1] - 1 <= box[1] <= outer[3]


def test_footnotes_sit_on_the_page_of_their_markers(parsed: list[tuple[Article, Document]]) -> None:
    for article, doc in parsed:
        if article.family not in ("footnote", "footnote-page"):
            continue
        notes = {f.id: f for f in doc.footnotes}
        for marker in doc.markers:
            if marker.footnotes:  # a footnote that does not fit goes on at the foot of the next page
                assert marker.page is not None
                assert marker.page <= notes[marker.footnotes[0]].page <= marker.page + 1


def test_english_layout_hyphens_are_removed(parsed: list[tuple[Article, Document]]) -> None:
    english = [doc for article, doc in parsed if article.language == "en"]
    text = " ".join(doc.text for doc in english)
    assert "\u2010" not in text  # WeasyPrint's hyphenation points, all at line ends
    words = {w.strip(".,") for w in text.split()}
    assert "institutionalisation" in words or "considerably" in words


def test_endnotes_are_endnotes(parsed: list[tuple[Article, Document]]) -> None:
    for article, doc in parsed:
        if article.family == "endnote":
            assert doc.footnotes and all(f.kind == "endnote" for f in doc.footnotes)


def _pdf_bytes(rendered: list[tuple[Article, Path]]) -> bytes:
    return rendered[0][1].read_bytes()


def test_truncated_and_corrupt_pdfs_are_refused(rendered: list[tuple[Article, Path]], tmp_path: Path) -> None:
    data = _pdf_bytes(rendered)
    truncated = tmp_path / "truncated.pdf"
    truncated.write_bytes(data[: len(data) // 3])
    corrupt = tmp_path / "corrupt.pdf"
    corrupt.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 20)
    for path in (truncated, corrupt):
        with pytest.raises(InputError) as info:
            parse(path)
        assert str(path) in str(info.value)


def _tiny_pdf(objects: list[bytes], trailer: str) -> bytes:
    """A PDF written by hand: its objects in order, an exact cross-reference table, and `trailer` entries."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R {trailer} >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def _encrypted_pdf() -> bytes:
    """A tiny PDF with a standard security handler whose owner and user keys match no password."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
        b"<< /Filter /Standard /V 1 /R 2 /O <" + b"11" * 32 + b"> /U <" + b"22" * 32 + b"> /P -4 >>",
    ]
    return _tiny_pdf(objects, f"/Encrypt 4 0 R /ID [<{'ab' * 16}> <{'ab' * 16}>]")


def test_a_page_tree_bomb_is_refused(tmp_path: Path) -> None:
    """One page object listed 20,000 times: a tiny file that claims more pages than are ever read."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + b" ".join([b"3 0 R"] * 20000) + b"] /Count 20000 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
    ]
    path = tmp_path / "bomb.pdf"
    path.write_bytes(_tiny_pdf(objects, ""))
    with pytest.raises(DamagedInputError, match="20000 pages"):
        parse(path)


def test_an_encrypted_pdf_is_named_as_such(tmp_path: Path) -> None:
    path = tmp_path / "locked.pdf"
    path.write_bytes(_encrypted_pdf())
    with pytest.raises(DamagedInputError, match="encrypted"):
        parse(path)


def test_a_scan_without_text_layer_needs_ocr(test_font: Path, tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    html = "<div style='width:100mm;height:150mm;background:#333'></div><div style='page-break-before:always;" \
           "width:100mm;height:50mm;background:#999'></div>"
    weasyprint.HTML(string=html).write_pdf(str(path))
    with pytest.raises(NeedsOcrError, match="ocrmypdf"):
        parse(path)


def test_a_page_with_too_many_characters_is_refused(
    rendered: list[tuple[Article, Path]], monkeypatch: pytest.MonkeyPatch
) -> None:
    from allyscope.sources import pdf

    monkeypatch.setattr(pdf, "MAX_CHARS", 10)
    with pytest.raises(DamagedInputError, match="characters"):
        parse(rendered[0][1])


def test_a_pdf_named_as_text_is_read_as_pdf(rendered: list[tuple[Article, Path]], tmp_path: Path) -> None:
    article, path = rendered[0]
    renamed = tmp_path / "article.txt"
    shutil.copy(path, renamed)
    doc = parse(renamed)
    assert doc.get_meta("source_type") == "pdf"
    assert score(article, doc).ratios()["notes_exact"] >= 0.99


def test_reopening_the_document_on_the_way_changes_nothing(
    rendered: list[tuple[Article, Path]], monkeypatch: pytest.MonkeyPatch
) -> None:
    from allyscope.sources import pdf

    path = max((p for _, p in rendered), key=lambda p: p.stat().st_size)
    before = parse(path)
    monkeypatch.setattr(pdf, "REOPEN_EVERY", 1)
    after = parse(path)
    assert (after.raw, after.text, after.notes_text) == (before.raw, before.text, before.notes_text)
