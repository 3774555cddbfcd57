"""lay73 (forty-second session): shapes the dev layout set lacked (`tests/layouts/lay73_*`): a journal's issue line
printing the year between the issue's bracket and the pages, a glued digit after a closing quote and a stop citing
`註n` notes, a box of the byline's writers under a bare `Authors` label over a `Disclaimer` label, a question as
the headline under a section's name, and a category field among a release's rows. Each rule on text in other words
than the documents that showed the miss (other states, journals, labels), with traps and property tests where a
line is parsed."""

from __future__ import annotations

import json
from pathlib import Path

from helpers import assert_offsets_valid
from hypothesis import given
from hypothesis import strategies as st

from allyscope import parse_text
from allyscope.layout.dating import is_issue_line
from allyscope.layout.notes import front_furniture_kind
from allyscope.model import Document
from allyscope.structure.furniture import _front_furniture

_KEPT = {"title", "author", "abstract", "keywords", "keyword", "paragraph"}


def _furniture(doc: Document) -> list[tuple[str, str]]:
    return [(s.kind, doc.span_text(s)) for s in doc.spans if s.kind not in _KEPT]


# -- an issue line with the year before the pages' colon ----------------------------------------------------------


def test_an_issue_line_with_the_year_before_the_pages_is_the_journal_line() -> None:
    for line in (
        "Pacific Affairs Review 9 (4) 2021: 55–78",
        "Journal of Maritime Policy 31 (1-2) 2019: 7-30",
        "Ocean Governance 4(3) 2023, 101–119",
    ):
        assert is_issue_line(line), line
        assert _front_furniture(line) == "journal", line


def test_an_issue_line_dates_the_article_by_its_year() -> None:
    doc = parse_text(
        "Coastal Studies Quarterly 27 (3) 2022: 210–231\n"
        "Patrol Boats and Partners in the South Pacific\n"
        "Hannah Whitcombe\n"
        "Introduction\n"
        "Australia handed the first Guardian-class patrol boat to Papua New Guinea in 2018, and others followed.\n"
    )
    assert doc.title == "Patrol Boats and Partners in the South Pacific"
    assert doc.authors == ["Hannah Whitcombe"]
    assert (doc.date, doc.date_source) == ("2022", "issue")
    assert ("journal", "Coastal Studies Quarterly 27 (3) 2022: 210–231") in _furniture(doc)
    assert_offsets_valid(doc)


def test_a_sentence_naming_a_count_a_bracket_and_a_year_is_no_issue_line() -> None:
    """The trap: a sentence with a number, a bracket and a year after it, no colon and pages."""
    assert not is_issue_line("The fleet grew to 12 (2) 2020 vessels and then shrank")
    assert not is_issue_line("Group 3 (2) met in 2021 to plan the exercise")


@given(
    st.integers(1, 999),
    st.integers(1, 12),
    st.integers(1950, 2039),
    st.integers(1, 900),
)
def test_any_volume_issue_year_and_pages_make_an_issue_line(volume: int, issue: int, year: int, page: int) -> None:
    assert is_issue_line(f"Strategic Review {volume} ({issue}) {year}: {page}–{page + 20}")


# -- a glued digit after a quote and a stop, citing 註n notes ----------------------------------------------------


def test_a_digit_after_a_closing_quote_and_a_stop_cites_a_zhu_note() -> None:
    doc = parse_text(
        "越南海洋政策的轉變\n"
        "林志明\n"
        "壹、前言\n"
        "越南於2019年發表國防白皮書，重申「四不」政策。1其後，越南逐步擴大與區域國家的防務交流。\n"
        "越南與印度在2022年簽署後勤互助備忘錄。2\n"
        "註釋\n"
        "註1　越南國防部，《2019年越南國防白皮書》。\n"
        "註2　印度國防部新聞稿，2022年6月8日。\n"
    )
    assert [list(m.numbers) for m in doc.markers] == [[1], [2]]
    assert [doc.note_text(f) for f in doc.footnotes] == [
        "越南國防部，《2019年越南國防白皮書》。",
        "印度國防部新聞稿，2022年6月8日。",
    ]
    assert "其後，越南逐步擴大" in doc.text
    assert_offsets_valid(doc)


def test_a_count_after_a_closing_quote_and_a_stop_is_no_marker() -> None:
    """The trap: the number out of the notes' order (a count of ships) stays text."""
    doc = parse_text(
        "越南海洋政策的轉變\n"
        "林志明\n"
        "壹、前言\n"
        "越南海軍宣布「擴編計畫」。5艘新艦將於2025年服役。1\n"
        "註釋\n"
        "註1　越南國防部新聞稿。\n"
    )
    assert [list(m.numbers) for m in doc.markers] == [[1]]
    assert "5艘新艦" in doc.text
    assert_offsets_valid(doc)


# -- a box of the byline's writers under `Authors`, then a disclaimer ---------------------------------------------

_PAGE = (
    "Home / Research / Oceans\n"
    "ANALYSIS\n"
    "India and Vietnam Widen Their Naval Ties\n"
    "By Meera Pillai and Tran Van Long\n"
    "4 March 2025\n"
    "India and Vietnam signed a memorandum on mutual logistics support in June 2022.\n"
    "Indian warships now call at Cam Ranh Bay more often than they did a decade ago.\n"
    "{label}\n"
    "Meera Pillai\n"
    "Visiting Fellow, Indian Ocean Programme\n"
    "Tran Van Long\n"
    "Associate Fellow\n"
    "Hanoi Office\n"
    "Disclaimer\n"
    "The views expressed here are the writers' own and are not those of the centre.\n"
)


def test_a_box_of_the_byline_s_writers_under_an_authors_label_is_author_bio() -> None:
    for label in ("Authors", "AUTHORS", "Contributors", "Written by"):
        doc = parse_text(_PAGE.format(label=label))
        assert doc.authors == ["Meera Pillai", "Tran Van Long"], label
        furniture = _furniture(doc)
        assert [t for k, t in furniture if k == "author-bio"] == [
            label,
            "Meera Pillai",
            "Visiting Fellow, Indian Ocean Programme",
            "Tran Van Long",
            "Associate Fellow",
            "Hanoi Office",
        ], label
        assert [t for k, t in furniture if k == "disclaimer"] == [
            "Disclaimer",
            "The views expressed here are the writers' own and are not those of the centre.",
        ], label
        assert_offsets_valid(doc)


def test_a_box_naming_someone_the_byline_does_not_is_not_taken_so() -> None:
    """The trap: the names under the label are not the byline's (a list of other people): no box of this reading."""
    doc = parse_text(_PAGE.format(label="Authors").replace("Meera Pillai\nVisiting", "Ravi Menon\nVisiting"))
    assert ("author-bio", "Ravi Menon") not in _furniture(doc)
    assert doc.authors == ["Meera Pillai", "Tran Van Long"]


def test_names_alone_under_the_label_are_no_box() -> None:
    """The trap: the writers' names with no post under them (a list of names): the label heads no box (the
    names may still be read as a writer's card, an older reading)."""
    doc = parse_text(
        "ANALYSIS\n"
        "India and Vietnam Widen Their Naval Ties\n"
        "By Meera Pillai and Tran Van Long\n"
        "4 March 2025\n"
        "India and Vietnam signed a memorandum on mutual logistics support in June 2022.\n"
        "Authors\n"
        "Meera Pillai\n"
        "Tran Van Long\n"
    )
    assert ("author-bio", "Authors") not in _furniture(doc)


# -- a question headline under a section's name -------------------------------------------------------------------


def test_a_question_under_a_section_name_is_the_title() -> None:
    for section in ("Explainers", "Analyses", "Commentaries", "Perspectives", "Explainer"):
        doc = parse_text(
            f"{section}\n"
            "Why did Canada send a frigate through the Taiwan Strait?\n"
            "Published 21 September 2023\n"
            "The background\n"
            "Canadian warships have sailed through the strait several times since 2019.\n"
            "What it means\n"
            "Ottawa says such transits keep international waters open to all.\n"
        )
        assert doc.title == "Why did Canada send a frigate through the Taiwan Strait?", section
        assert ("doctype", section) in _furniture(doc), section
        assert_offsets_valid(doc)


def test_a_lead_paragraph_under_a_title_is_still_dropped_from_the_front() -> None:
    """The trap: a kicker, a title and a lead sentence before the first heading: the lead is text."""
    doc = parse_text(
        "Commentary\n"
        "Canada in the Taiwan Strait\n"
        "Why did Canada send a frigate through the strait, and what will Ottawa do next?\n"
        "The background\n"
        "Canadian warships have sailed through the strait several times since 2019.\n"
    )
    assert doc.title == "Canada in the Taiwan Strait"


def test_a_long_question_under_a_kicker_is_the_text() -> None:
    """The trap: a question of several lines' width under a kicker is the body's opening, not a headline."""
    question = (
        "Why did Canada, whose navy has only twelve frigates and whose interests in the region are mostly commercial, "
        "choose to send one of them through the Taiwan Strait in September?"
    )
    doc = parse_text(f"Commentary\n{question}\nThe background\nCanadian warships have sailed there since 2019.\n")
    assert doc.title != question


# -- a category field among a release's rows ----------------------------------------------------------------------


def test_a_category_field_is_a_doctype() -> None:
    for line in (
        "Category: Media release",
        "Category\tJoint statement",
        "Content type: Speech",
        "Document type: Transcript",
    ):
        assert front_furniture_kind(line) == "doctype", line


def test_a_category_sentence_is_no_doctype_field() -> None:
    """The trap: a sentence opening with the word (a body's text), not a field."""
    assert front_furniture_kind("Category: the Senate has not yet ruled on the treaty. It will vote in May.") is None


def test_a_release_page_with_tab_rows_reads_its_fields() -> None:
    doc = parse_text(
        "Ministry of Defence\n"
        "News release\n"
        "South Korea and the Philippines hold their first navy staff talks\n"
        "Published\t7 May 2024\n"
        "Category\tNews release\n"
        "The navies of South Korea and the Philippines held their first staff talks in Manila on 6 May 2024.\n"
    )
    assert doc.title == "South Korea and the Philippines hold their first navy staff talks"
    assert ("doctype", "Category\tNews release") in _furniture(doc)
    assert (doc.date, doc.date_source) == ("2024-05-07", "published")


@given(st.sampled_from(["Category", "Content type", "Document type"]), st.text(max_size=60))
def test_a_category_field_never_crashes_and_is_read_alone(label: str, value: str) -> None:
    kind = front_furniture_kind(f"{label}: {value}")
    assert kind is None or isinstance(kind, str)


# -- the eight documents read exactly ------------------------------------------------------------------------------


def test_the_eight_documents_are_dev_documents_with_gold() -> None:
    root = Path(__file__).parent
    names = sorted(p.stem for p in (root / "layouts").glob("lay73_*.txt"))
    assert len(names) == 8
    for name in names:
        gold = json.loads((root / "gold" / f"{name}.layout.json").read_text("utf-8"))
        assert gold["document"] == f"{name}.txt"
