"""Word files written here (python-docx plus a notes part put in by hand): notes read from the package and
linked by their ids, headings from paragraph styles, bad files refused."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import assert_offsets_valid
from source_documents import LANGUAGES, make_article, write_docx
from source_scores import score

from allyscope.cli import main
from allyscope.errors import DamagedInputError, InputError
from allyscope.pipeline import parse

pytest.importorskip("docx")


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", ["footnote", "endnote"])
@pytest.mark.parametrize("seed", [0, 1])  # 1: the held-out half
def test_word_files_are_read_exactly(tmp_path: Path, language: str, kind: str, seed: int) -> None:
    article = make_article(language, "docx", seed)
    path = write_docx(article, tmp_path / f"{article.name}.docx", kind)
    doc = parse(path)
    ratios = score(article, doc).ratios()
    assert ratios["notes_exact"] == 1.0 and ratios["markers_linked"] == 1.0, ratios
    assert ratios["headings"] == 1.0 and ratios["title"] == 1.0 and ratios["authors"] == 1.0, ratios
    assert {f.kind for f in doc.footnotes} == {kind}
    assert doc.get_meta("source_type") == "docx"
    assert_offsets_valid(doc)


def test_python_docx_reads_what_the_test_writes(tmp_path: Path) -> None:
    import docx

    path = write_docx(make_article("en", "docx", 0), tmp_path / "check.docx")
    assert docx.Document(str(path)).paragraphs


def test_a_renamed_zip_is_not_a_word_file(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("notes.txt", "hello")
    path = tmp_path / "report.docx"
    path.write_bytes(buffer.getvalue())
    with pytest.raises(DamagedInputError, match="zip archive, not a Word document") as info:
        parse(path)
    assert str(path) in str(info.value)


def test_a_truncated_word_file_is_refused(tmp_path: Path) -> None:
    path = write_docx(make_article("zh", "docx", 0), tmp_path / "whole.docx")
    cut = tmp_path / "cut.docx"
    cut.write_bytes(path.read_bytes()[:2000])
    with pytest.raises(InputError):
        parse(cut)


def test_an_oversized_part_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from allyscope.sources import docx as reader

    path = write_docx(make_article("ja", "docx", 0), tmp_path / "big.docx")
    monkeypatch.setattr(reader, "PART_LIMIT", 500)
    with pytest.raises(DamagedInputError, match="too big"):
        parse(path)


def test_entities_are_not_expanded(tmp_path: Path) -> None:
    """An XML bomb (entities defined in a DTD) is not expanded: the text keeps no expansion of it."""
    path = write_docx(make_article("en", "docx", 0), tmp_path / "bomb.docx")
    with zipfile.ZipFile(path) as source:
        files = {name: source.read(name) for name in source.namelist()}
    body = files["word/document.xml"].decode("utf-8")
    dtd = '<!DOCTYPE w:document [<!ENTITY a "LAUGHLAUGHLAUGH"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
    body = body.replace("?>", "?>" + dtd, 1).replace("<w:t>", "<w:t>&b;", 1)
    files["word/document.xml"] = body.encode("utf-8")
    with zipfile.ZipFile(path, "w") as out:
        for name, data in files.items():
            out.writestr(name, data)
    try:
        doc = parse(path)
    except InputError:
        return
    assert "LAUGH" not in doc.raw


def test_a_word_file_cut_short_is_called_damaged_not_a_plain_zip(tmp_path: Path) -> None:
    """A truncated .docx (a download cut short) is named damaged or truncated; it is no other archive."""
    path = write_docx(make_article("ja", "docx", 0), tmp_path / "whole.docx")
    cut = tmp_path / "cut.docx"
    cut.write_bytes(path.read_bytes()[: len(path.read_bytes()) // 3])
    with pytest.raises(DamagedInputError, match="damaged or truncated") as info:
        parse(cut)
    assert "not a Word document" not in str(info.value)
    result = CliRunner().invoke(main, ["extract", str(cut), "--json"])
    assert result.exit_code == 2 and "Traceback" not in result.output
