"""Furniture a news page prints inside its article element, on pages written here: a picture's caption, a
row of share buttons named `sns`, an access ranking, and a byline that repeats the author the page also states
in its meta tags. None of it is text of the article; the caption's date must not date an event, a share button
must not be read as an author, and a name stated twice must be one author written once."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from allyscope.cli import main
from allyscope.pipeline import parse, parse_text

_BODY_EN = (
    "<p>Foreign ministers of Brazil and Argentina signed a border cooperation accord on 3 March 2019 in "
    "Buenos Aires, after two years of talks on river patrols.</p>"
    "<p>The accord sets up a joint commission that meets twice a year.</p>"
)


def _page(tmp_path: Path, name: str, head: str, article: str) -> Path:
    path = tmp_path / name
    path.write_text(
        f"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}</head><body><article>{article}</article>"
        "</body></html>",
        encoding="utf-8",
    )
    return path


def _extract(path: Path) -> dict[str, object]:
    result = CliRunner().invoke(main, ["extract", str(path), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert isinstance(data, dict)
    return data


def test_a_figure_caption_is_not_text_and_dates_no_event(tmp_path: Path) -> None:
    caption = "The two ministers at an earlier meeting in Brasília on 12 June 2016. (Archive picture)"
    path = _page(
        tmp_path, "caption.html", "<title>Border accord</title>",
        f"<h1>Border accord</h1><figure><img src='x.jpg'><figcaption>{caption}</figcaption></figure>{_BODY_EN}"
        f"<div class='wp-caption-text'>{caption}</div>",
    )
    doc = parse(path)
    assert "Archive picture" not in doc.text and "Archive picture" not in doc.raw
    assert "river patrols" in doc.text
    dates = [event["date"] for event in _extract(path)["events"]]  # type: ignore[index, union-attr]
    assert "2019-03-03" in dates
    assert not any(str(date).startswith("2016") for date in dates)


def test_share_buttons_and_a_ranking_are_neither_text_nor_authors(tmp_path: Path) -> None:
    path = _page(
        tmp_path, "sns.html", "<title>国境協定に署名</title>",
        "<h1>国境協定に署名</h1><div class='meta'><span class='date'>2019年3月4日 9時30分</span>"
        "<span class='author'>田中 一郎</span></div>"
        "<ul class='sns-buttons'><li>ツイート</li><li>シェア</li><li>ブックマーク</li></ul>"
        "<p>ブラジルとアルゼンチンの外相は3日、ブエノスアイレスで国境協力協定に署名した。</p>"
        "<p>両国は河川の合同巡視について二年間交渉を続けてきた。新設の合同委員会は年二回開かれる。</p>"
        "<div class='ranking'><h2>よく読まれている記事</h2><ol><li>週末の天気</li><li>新型スマホの評判</li></ol></div>",
    )
    doc = parse(path)
    for furniture in ("ツイート", "ブックマーク", "よく読まれている記事", "週末の天気"):
        assert furniture not in doc.text
    assert "ツイート" not in doc.authors
    assert "合同巡視" in doc.text
    assert not any(h.start < len(doc.text) and "記事" in doc.text[h.start : h.end] for h in doc.headings)


def test_an_author_in_the_meta_tags_and_the_byline_is_one_author_written_once(tmp_path: Path) -> None:
    path = _page(
        tmp_path, "byline.html", "<title>Border accord</title><meta name='author' content='Marta Quiroga'>",
        f"<h1>Border accord</h1><p class='byline'>By Marta Quiroga, Diplomatic Editor</p>{_BODY_EN}",
    )
    doc = parse(path)
    assert doc.authors == ["Marta Quiroga"]
    assert doc.text.count("Marta Quiroga") == 1


def test_an_author_only_in_the_meta_tags_is_still_an_author(tmp_path: Path) -> None:
    path = _page(
        tmp_path, "meta.html", "<title>Border accord</title><meta name='author' content='Marta Quiroga'>",
        f"<h1>Border accord</h1>{_BODY_EN}",
    )
    assert parse(path).authors == ["Marta Quiroga"]


def test_a_paragraph_naming_the_author_is_no_byline(tmp_path: Path) -> None:
    """A long first paragraph that happens to name the author does not stand for the byline."""
    body = ("<p>Marta Quiroga, who covered the talks from the start, reports that foreign ministers of Brazil and "
            "Argentina signed a border cooperation accord on 3 March 2019 in Buenos Aires.</p>" + _BODY_EN)
    path = _page(
        tmp_path, "long.html", "<title>Border accord</title><meta name='author' content='Marta Quiroga'>",
        f"<h1>Border accord</h1>{body}",
    )
    assert "Marta Quiroga" in parse(path).authors


@pytest.mark.parametrize("role", ["Security Editor", "Diplomatic Editor", "Asia editor"])
def test_an_editors_title_after_the_name_is_no_second_author(tmp_path: Path, role: str) -> None:
    path = _page(
        tmp_path, "editor.html", "<title>Border accord</title>",
        f"<h1>Border accord</h1><p class='byline'>By Tomás Ferreira, {role}</p>{_BODY_EN}",
    )
    assert parse(path).authors == ["Tomás Ferreira"]
    text = parse_text(f"Border accord\nBy Tomás Ferreira, {role}\n\n" + _BODY_EN.replace("<p>", "").replace(
        "</p>", "\n\n"))
    assert text.authors == ["Tomás Ferreira"]
