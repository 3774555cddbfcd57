"""The reference article, checked against counts and links verified by hand (tests/gold/reference_article…)."""

from __future__ import annotations

import re
from typing import Any

from conftest import load_gold
from helpers import (
    assert_copied_pieces_match_raw,
    assert_no_space_added_in_cjk,
    assert_offsets_valid,
    squeeze,
)

from allyscope import document_json

URL = re.compile(r"(?:https?://|www\.)[^\s，。、）)]+[^\s，。、）).,]")
NOTE_LINE = re.compile(r"^\[(\d+)\]\u3000", re.MULTILINE)


def test_front_matter(article: Any) -> None:
    gold = load_gold("reference_article")
    assert article.title == gold["title"]
    assert article.authors == gold["authors"] == ["朱海燕"]
    assert article.language == "zh"
    assert article.abstract and not article.abstract.startswith("〔")
    assert article.abstract.endswith("。")


def test_every_heading(article: Any) -> None:
    gold = load_gold("reference_article")["headings"]
    got = [{"level": h.level, "label": h.label, "title": h.title} for h in article.headings]
    assert got == gold
    assert [h["level"] for h in gold].count(1) == 5 and len(gold) == 20
    assert gold[-1] == {"level": 1, "label": "五", "title": "结语"}


def test_notes_counted_by_hand(article: Any, article_path: Any) -> None:
    raw = article_path.read_text("utf-8")
    assert len(article.footnotes) == len(NOTE_LINE.findall(raw)) == 55
    assert len({f.block for f in article.footnotes}) == 19
    gold = load_gold("reference_article")["footnotes"]
    assert [(f.block, f.number, f.page) for f in article.footnotes] == [
        (g["block"], g["number"], g["page"]) for g in gold
    ]


def test_notes_complete_and_as_written(article: Any) -> None:
    """Each note is its raw lines joined: same characters, nothing dropped, nothing from the body."""
    for note in article.footnotes:
        text = article.note_text(note)
        raw = article.raw[note.raw_start : note.raw_end]
        assert squeeze(text) == squeeze(NOTE_LINE.sub("", raw).replace("\u3000", "")) or squeeze(text) == squeeze(
            re.sub(r"^\[\d+\]", "", raw)
        )
        assert "\n" not in text
        assert not text.startswith("[")


def test_urls_intact(article: Any) -> None:
    gold = load_gold("reference_article")["footnotes"]
    urls = [g.get("url") for g in gold]
    assert sum(1 for u in urls if u) == 35
    for note, url in zip(article.footnotes, urls, strict=True):
        found = URL.search(article.note_text(note))
        assert (found.group(0) if found else None) == url


def test_every_marker_linked_to_the_right_note(article: Any) -> None:
    gold = load_gold("reference_article")["markers"]
    by_id = {f.id: (f.block, f.number) for f in article.footnotes}
    got = [
        {"order": i, "numbers": list(m.numbers), "links": [list(by_id[x]) for x in m.footnotes]}
        for i, m in enumerate(article.markers)
    ]
    assert got == gold
    # checked by hand: the abstract's own note is not in the file; the first body marker cites Aso's 2006 visit
    assert article.markers[0].front and article.markers[0].footnotes == ()
    first = article.footnote(article.markers[1].footnotes[0])
    assert first is not None and "20060504" in article.note_text(first)
    # "[3]2022 年 5 月": the marker glued to a date cites Kishida's summit note of its page
    glued = next(m for m in article.markers if article.text[m.end : m.end + 4] == "2022")
    note = article.footnote(glued.footnotes[0])
    assert note is not None and "page4_005633" in article.note_text(note)
    every_note_cited = {i for m in article.markers for i in m.footnotes}
    assert every_note_cited == {f.id for f in article.footnotes}


def test_no_note_text_in_body(article: Any) -> None:
    assert not NOTE_LINE.search(article.text)
    assert "https://" not in article.text and "www." not in article.text
    assert "「" not in article.text  # every Japanese title quotation is in a note


def test_body_complete(article: Any) -> None:
    """Every character outside the notes is in the body, in order (markers and all)."""
    lines = article.raw.split("\n")
    note_ranges = [(f.raw_start, f.raw_end) for f in article.footnotes]
    pos = 0
    kept = []
    for line in lines:
        start, end = pos, pos + len(line)
        pos = end + 1
        if any(a <= start < b or (a == start) for a, b in note_ranges) or any(a < end <= b for a, b in note_ranges):
            continue
        kept.append(line)
    assert squeeze("".join(kept)) == squeeze(article.text)


def test_offsets_and_joins(article: Any) -> None:
    assert_offsets_valid(article)
    assert_copied_pieces_match_raw(article)
    assert_no_space_added_in_cjk(article)
    assert "ITPP" in article.text and "Individually Tailored Partnership Programme" in article.text


def test_json_shape(article: Any) -> None:
    data = document_json(article)
    for key in (
        "title",
        "authors",
        "language",
        "abstract",
        "keywords",
        "text",
        "headings",
        "paragraphs",
        "footnotes",
        "markers",
    ):
        assert key in data
    assert set(data["headings"][0]) >= {"level", "label", "title", "start", "end"}
    assert set(data["paragraphs"][0]) >= {"start", "end", "page"}
    assert set(data["footnotes"][0]) >= {"id", "page", "number", "text", "raw_start", "raw_end"}
    assert set(data["markers"][0]) >= {"start", "end", "number", "footnote", "footnotes"}
    for marker in data["markers"]:
        assert data["text"][marker["start"] : marker["end"]] == marker["printed"]
        assert marker["footnote"] == (marker["footnotes"][0] if marker["footnotes"] else None)
