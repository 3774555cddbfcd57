"""The document's date of a PDF is never read off a body paragraph's wrapped line: a sentence may wrap so that a
printed line holds a place and a date alone (`Manila on 12 November 2017.`), which a dateline rule takes for
the article's date. A journal page written here and rendered with the tests' font; the wrapped line is checked
to be there (else the test would prove nothing), and the article states no date of its own.

A date printed beside the byline still dates the document."""

from __future__ import annotations

from pathlib import Path

import pytest
from source_documents import Article, make_font, pdf_html

from allyscope.layout.dating import is_dateline
from allyscope.pipeline import parse

_SENTENCES = [
    "The four governments first held talks at the level of officials in May 2007 on the sidelines of a "
    "regional forum in Manila.",
    "After a long pause, officials of the four countries met again in Manila on 12 November 2017.",
    "Foreign ministers held their first separate meeting in Tokyo on 6 October 2020, and leaders met in "
    "person for the first time in Washington on 24 September 2021.",
]


@pytest.fixture(scope="module")
def font(request: pytest.FixtureRequest) -> Path:
    if not Path("/usr/share/fonts/opentype/noto").exists():
        pytest.skip("Debian's fonts-noto-cjk is not installed (.ci/run installs it)")
    return make_font(Path(request.config.cache.mkdir("allyscope-test-font")))


def _pdf(font: Path, target: Path, authors: list[str]) -> Path:
    weasyprint = pytest.importorskip("weasyprint")
    article = Article(
        language="en", family="footnote", seed=0, title="Four Countries at Sea: A Dialogue Revived",
        authors=authors, running="Journal of Sea Studies",
        blocks=[("h", 1, "1. Origins"), *(("p", [(s, None)]) for s in _SENTENCES * 2)],
    )
    bold = font.with_name("TestCJK-Bold.otf")
    css = (f"@font-face {{ font-family: TestCJK; src: url('{font.as_uri()}') }}"
           f"@font-face {{ font-family: TestCJK; font-weight: bold; src: url('{bold.as_uri()}') }}")
    weasyprint.HTML(string=pdf_html(article, css)).write_pdf(str(target))
    return target


def test_a_wrapped_line_of_a_body_paragraph_does_not_date_the_pdf(font: Path, tmp_path: Path) -> None:
    doc = parse(_pdf(font, tmp_path / "paper.pdf", ["Hannah Okafor"]))
    wrapped = [line.strip() for line in doc.raw.splitlines() if "2017" in line]
    assert any(is_dateline(line) for line in wrapped), wrapped  # the case is there
    assert doc.date is None
    assert "met again in Manila on 12 November 2017." in doc.text


def test_a_date_beside_the_byline_still_dates_the_pdf(font: Path, tmp_path: Path) -> None:
    doc = parse(_pdf(font, tmp_path / "dated.pdf", ["Hannah Okafor", "3 May 2024"]))
    assert doc.date == "2024-05-03"
