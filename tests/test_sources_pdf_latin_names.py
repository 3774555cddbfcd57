"""Latin names in CJK typesetting, read from a PDF rendered here by WeasyPrint: full-width letters
(`Ｊｏｈｎ　Ｓｍｉｔｈ`), an ideographic space between a family and a given name (`KISHIDA　Fumio`) and letters
spaced out one by one (CSS letter-spacing: PDFium reads `J o h n S m i t h`) come out as names in the byline and
in the text; two names parted by an ideographic space stay two."""

from __future__ import annotations

from pathlib import Path

import pytest

from allyscope.pipeline import parse

try:
    import weasyprint
except (ImportError, OSError) as exc:  # OSError: Pango is missing (.ci/run installs it)
    pytest.skip(f"WeasyPrint cannot run here ({exc})", allow_module_level=True)

_SOURCE = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
_LATIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_WIDE = "".join(chr(ord(c) + 0xFEE0) for c in _LATIN)

_JA = (
    "<h1>日英防衛協力の新段階</h1><p class='by'>Ｍａｒｙ　Ｃｏｌｌｉｎｓ</p>"
    "<p>会談には<span class='spaced'>Peter Hall</span>国防相とHAYASHI　Kenji外相が出席した。"
    "両氏は協力の拡大で一致した。</p>"
    "<p>会談後、Ｍａｒｙ　Ｃｏｌｌｉｎｓ氏は共同訓練の継続を表明した。</p>"
)
_EN = (
    "<h1>Allies Widen Naval Training</h1><p class='by'>Anna Berg　Tom Hale</p>"
    "<p>The defence ministers met on Tuesday and agreed to widen joint training in the region.</p>"
)


@pytest.fixture(scope="module")
def font(request: pytest.FixtureRequest) -> Path:
    from fontTools import subset, ttLib

    if not _SOURCE.exists():
        pytest.skip("Debian's fonts-noto-cjk is not installed (.ci/run installs it)")
    folder = Path(request.config.cache.mkdir("allyscope-latin-names-font"))
    target = folder / "LatinNames.otf"
    if not target.exists():
        options = subset.Options()
        options.name_IDs = ["*"]
        options.notdef_outline = True
        face = ttLib.TTFont(str(_SOURCE), fontNumber=0)
        subsetter = subset.Subsetter(options)
        subsetter.populate(text="".join(sorted(set(_JA + _EN + _LATIN + _WIDE + "0123456789 .,'　"))))
        subsetter.subset(face)
        partial = folder / "LatinNames.partial.otf"
        face.save(str(partial))
        partial.replace(target)
    return target


def _render(body: str, lang: str, font: Path, target: Path) -> Path:
    css = (
        f"@font-face {{ font-family: T; src: url('{font.as_uri()}') }}"
        "body { font-family: T; font-size: 10pt } h1 { font-size: 16pt } .spaced { letter-spacing: 0.6em }"
    )
    html = f"<html lang='{lang}'><head><meta charset='utf-8'><style>{css}</style></head><body>{body}</body></html>"
    weasyprint.HTML(string=html).write_pdf(str(target))
    return target


def test_latin_names_in_cjk_typesetting_read_as_names(font: Path, tmp_path: Path) -> None:
    doc = parse(_render(_JA, "ja", font, tmp_path / "ja.pdf"))
    assert doc.title == "日英防衛協力の新段階"
    assert doc.authors == ["Mary Collins"]
    assert "会談にはPeter Hall国防相とHAYASHI Kenji外相が出席した。" in doc.text
    assert "会談後、Mary Collins氏は" in doc.text
    assert "\u3000" not in doc.text and "Ｍ" not in doc.text


def test_two_names_parted_by_an_ideographic_space_stay_two(font: Path, tmp_path: Path) -> None:
    doc = parse(_render(_EN, "en", font, tmp_path / "en.pdf"))
    assert doc.authors == ["Anna Berg", "Tom Hale"]
    assert "agreed to widen joint training in the region." in doc.text
