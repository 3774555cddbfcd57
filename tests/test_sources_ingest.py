"""`allyscope ingest DIR`: folders read recursively, kinds told by content, --glob, the same content stored once,
source type and origin stored; bad files stop the ingest (nothing stored) unless --keep-going. Also the
encoding of Western text files and `--encoding`."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner
from source_documents import html_page, make_article, write_docx

from allyscope.cli import main
from allyscope.pipeline import parse

ENGLISH_1252 = (
    "The \u201cJoint\u201d question \u2014 a partnership\u2019s r\u00e9sum\u00e9\n\n"
    "Defence ministers met in Brussels in 2014 and agreed on a cooperation programme.\n"
)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "library"
    (root / "web" / "deep").mkdir(parents=True)
    (root / "word").mkdir()
    (root / ".hidden").mkdir()
    page = html_page(make_article("en", "html", 0), "sup", "time element")
    (root / "web" / "deep" / "story.html").write_text(page.html, "utf-8")
    (root / "web" / "copy-of-story.htm").write_text(page.html, "utf-8")  # same content: stored once
    write_docx(make_article("ja", "docx", 0), root / "word" / "paper.docx")
    (root / "notes.txt").write_bytes(ENGLISH_1252.encode("cp1252"))
    (root / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(300))
    (root / ".hidden" / "secret.txt").write_text("not to be read", "utf-8")
    return root


def _rows(db: Path) -> list[tuple[str, str, str]]:
    with sqlite3.connect(db) as conn:
        return sorted(conn.execute("SELECT source_type, origin, title FROM documents").fetchall())


def test_a_folder_is_ingested_recursively_by_content(folder: Path, tmp_path: Path) -> None:
    db = tmp_path / "kb.db"
    result = CliRunner().invoke(main, ["ingest", "--db", str(db), "--json", str(folder)])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert len(report["stored"]) == 3 and len(report["present"]) == 1  # the copy of the page
    rows = _rows(db)
    assert [r[0] for r in rows] == ["docx", "html", "text"]
    assert {Path(r[1]).name for r in rows} >= {"paper.docx", "notes.txt"}
    assert not any("secret" in r[1] or "picture" in r[1] for r in rows)
    assert "picture.png" in result.stderr and "secret" not in result.stderr


def test_glob_picks_files_in_folders(folder: Path, tmp_path: Path) -> None:
    db = tmp_path / "kb.db"
    result = CliRunner().invoke(main, ["ingest", "--db", str(db), "--glob", "*.docx", str(folder)])
    assert result.exit_code == 0, result.output
    assert [r[0] for r in _rows(db)] == ["docx"]


def test_a_bad_file_stops_the_ingest_unless_keep_going(folder: Path, tmp_path: Path) -> None:
    bad = folder / "broken.pdf"
    bad.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 4)
    db = tmp_path / "kb.db"
    result = CliRunner().invoke(main, ["ingest", "--db", str(db), str(folder)])
    assert result.exit_code == 2
    assert "broken.pdf" in result.output and "PDF" in result.output
    assert _rows(db) == []
    kept = CliRunner().invoke(main, ["ingest", "--db", str(db), "--keep-going", str(folder)])
    assert kept.exit_code == 2
    assert len(_rows(db)) == 3


def test_a_word_file_cut_short_in_a_folder_is_told_not_passed_over(folder: Path, tmp_path: Path) -> None:
    """A .docx cut short by a download is a damaged document, not some other file: its problem is printed and
    the ingest stops; a zip archive under its own name is still passed over."""
    whole = (folder / "word" / "paper.docx").read_bytes()
    (folder / "word" / "download.docx").write_bytes(whole[: len(whole) // 2])
    (folder / "bundle.zip").write_bytes(whole[: len(whole) // 2])
    db = tmp_path / "kb.db"
    result = CliRunner().invoke(main, ["ingest", "--db", str(db), str(folder)])
    assert result.exit_code == 2
    assert "download.docx" in result.output and "damaged or truncated" in result.output
    assert "skipped  " + str(folder / "bundle.zip") in result.stderr
    assert _rows(db) == []


def test_an_empty_folder_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = CliRunner().invoke(main, ["ingest", "--db", str(tmp_path / "kb.db"), str(tmp_path / "empty")])
    assert result.exit_code == 2 and "no documents" in result.output


def test_windows_1252_english_is_not_read_as_shift_jis(tmp_path: Path) -> None:
    path = tmp_path / "english.txt"
    path.write_bytes(ENGLISH_1252.encode("cp1252"))
    doc = parse(path)
    assert doc.encoding == "cp1252"
    assert "\u201cJoint\u201d" in doc.text and "r\u00e9sum\u00e9" in doc.text


def test_encoding_option_overrides_detection(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    text = "Ελληνικά κείμενα για τη συνεργασία ασφαλείας.\n\nΔεύτερη παράγραφος του άρθρου.\n"
    path.write_bytes(text.encode("cp1253"))
    result = CliRunner().invoke(main, ["parse", "--json", "--encoding", "cp1253", str(path)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["encoding"] == "cp1253" and "συνεργασία" in data["text"]
    wrong = CliRunner().invoke(main, ["parse", "--encoding", "no-such-codec", str(path)])
    assert wrong.exit_code == 2 and "latin.txt" in wrong.output


def test_extract_takes_any_kind_of_file(folder: Path) -> None:
    result = CliRunner().invoke(main, ["extract", "--json", str(folder / "word" / "paper.docx")])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["document"]["source_type"] == "docx"


def _blank_pdf() -> bytes:
    """A one-page PDF with no text layer at all (what a scan without OCR looks like to a reader)."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument.new()
    doc.new_page(300, 400)
    import io

    buffer = io.BytesIO()
    doc.save(buffer)
    doc.close()
    return buffer.getvalue()


def _zip() -> bytes:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("data.csv", "a,b\n1,2\n")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "data", "words"),
    [
        ("scan.pdf", _blank_pdf(), "OCR"),
        ("cut.pdf", _blank_pdf()[:200], "PDF"),
        ("report.docx", _zip(), "not a Word document"),
        ("page.html", b"<html><body><nav><a href='/'>Home</a></nav></body></html>", "no main text"),
    ],
)
def test_bad_files_get_one_line_exit_2_and_nothing_stored(tmp_path: Path, name: str, data: bytes, words: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    db = tmp_path / "kb.db"
    for command in (["parse", str(path)], ["ingest", "--db", str(db), str(path)]):
        result = CliRunner().invoke(main, command)
        assert result.exit_code == 2
        errors = [line for line in result.output.splitlines() if line.startswith("allyscope: error:")]
        assert len(errors) == 1 and name in errors[0] and words in errors[0], result.output
    assert _rows(db) == []


def test_empty_files_in_a_folder_are_named_as_empty_and_counted(folder: Path, tmp_path: Path) -> None:
    """An empty file (no bytes, or blank lines only) is told as empty, not as a file of another kind; the rest of
    the folder is stored and the exit status is that of the rest."""
    (folder / "web" / "empty.html").write_bytes(b"")
    (folder / "blank.txt").write_text("\n  \n\n", "utf-8")
    db = tmp_path / "kb.db"
    result = CliRunner().invoke(main, ["ingest", "--db", str(db), str(folder)])
    assert result.exit_code == 0, result.output
    assert f"skipped  {folder / 'web' / 'empty.html'}  (empty file)" in result.stderr
    assert f"skipped  {folder / 'blank.txt'}  (empty file)" in result.stderr
    assert "2 empty files skipped" in result.stderr
    assert "blank.txt  (not a PDF" not in result.stderr and "empty.html  (not a PDF" not in result.stderr
    assert f"skipped  {folder / 'picture.png'}  (not a PDF, Word, HTML or text file)" in result.stderr
    assert len(_rows(db)) == 3


def test_a_folder_of_empty_files_says_so(tmp_path: Path) -> None:
    root = tmp_path / "exports"
    root.mkdir()
    (root / "a.txt").write_bytes(b"")
    result = CliRunner().invoke(main, ["ingest", "--db", str(tmp_path / "kb.db"), str(root)])
    assert result.exit_code == 2
    assert "(empty file)" in result.stderr and "no documents to ingest there (1 empty file skipped)" in result.output
