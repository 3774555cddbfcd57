"""lay28b's note systems (issue 12), each tried on text written in other words than the dev documents that asked
for them (tests/layouts): an encyclopedia's lettered notes and `^` back-links, a reference list after the endnotes,
a reference list no marker cites under a document whose notes are of another family, an author-date reference
entry and a fiscal year that date no document. A hypothesis test reads back-linked note lines generated with any
number, back-link letters and text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope import parse_text
from allyscope.layout.dating import document_date, is_dateline
from allyscope.layout.notes import note_start


def _notes(text: str) -> list[tuple[int, int, str]]:
    doc = parse_text(text)
    return [(f.block, f.number, doc.note_text(f)) for f in doc.footnotes]


_WIKI = (
    "River Pilots of the Lower Delta\n"
    "From Wikipedia, the free encyclopedia\n"
    "River pilots guide sea-going ships through the shifting channels of the lower delta.[1] Their guild is "
    "older than the port authority itself.[2][a]\n"
    "Training\n"
    "A new pilot serves several years as an apprentice before taking a ship alone.[1][b]\n"
    "Notes\n"
    "a. ^ The guild kept its own register of members until the port took it over.\n"
    "b. ^ Apprentices may take small craft alone after their second year.\n"
    "References\n"
    "1. ^ a b c Ortega, L. (2015). Pilots of the Delta. Estuary Press. p. 12.\n"
    '2. ^ Jump up to: a b "Guild history". Delta Pilots\' Guild. Retrieved 8 June 2020.\n'
)


def test_lettered_notes_and_backlinked_references_are_two_blocks() -> None:
    notes = _notes(_WIKI)
    assert notes == [
        (0, 1, "The guild kept its own register of members until the port took it over."),
        (0, 2, "Apprentices may take small craft alone after their second year."),
        (1, 1, "Ortega, L. (2015). Pilots of the Delta. Estuary Press. p. 12."),
        (1, 2, '"Guild history". Delta Pilots\' Guild. Retrieved 8 June 2020.'),
    ]
    doc = parse_text(_WIKI)
    by_id = {f.id: (f.block, f.number) for f in doc.footnotes}
    assert [[by_id[x] for x in m.footnotes] for m in doc.markers] == [[(1, 1)], [(1, 2)], [(0, 1)], [(1, 1)], [(0, 2)]]
    assert "Notes" not in [h.title for h in doc.headings]


@pytest.mark.parametrize(
    ("line", "number", "text"),
    [
        ("4. ^ Lee, J. Harbours.", 4, "Lee, J. Harbours."),
        ("4. ^ a b Lee, J. Harbours.", 4, "Lee, J. Harbours."),
        ("12. ^ a b c d Lee, J.", 12, "Lee, J."),
        ("3. ^ a study of harbours.", 3, "a study of harbours."),  # one letter alone is the text's word
    ],
)
def test_back_links_are_not_the_note_text(line: str, number: int, text: str) -> None:
    start = note_start(line)
    assert start is not None and start.style == "caret-number" and start.number == number
    assert line[start.text_offset :] == text


def test_a_bracketed_letter_is_no_marker_without_lettered_notes() -> None:
    doc = parse_text("Harbours\n\nThe clerk wrote [a]nd crossed it out, then wrote it again [a] second time.\n")
    assert doc.markers == () or not any(m.style == "bracket-letter" for m in doc.markers)


_BACKLINK = st.lists(st.sampled_from("cdefgh"), max_size=3).map(lambda extra: " ".join(["a", "b", *extra]))


@settings(max_examples=60, deadline=None)
@given(
    number=st.integers(1, 150),
    links=st.one_of(st.just(""), _BACKLINK),
    words=st.lists(st.sampled_from(["Harbour", "Press", "Lee,", "J.", "(2011).", "Tides", "p.", "40."]), min_size=1),
)
def test_backlinked_note_lines_read_their_number_and_text(number: int, links: str, words: list[str]) -> None:
    text = " ".join(words)
    line = f"{number}. ^ {links + ' ' if links else ''}{text}"
    start = note_start(line)
    assert start is not None and start.number == number and start.strong
    assert line[start.text_offset :] == text


_ENDNOTES_THEN_LIST = (
    "Tides and Harbours\n\nAnna Lindqvist\n\nIntroduction\n\n"
    "Harbour masters have always watched the tides.1 Their tables were printed every year.2\n\n"
    "Notes\n\n"
    "1. Olsen, Tide Tables of the North Coast (Bergen: Fjord Press, 1998), 4.\n"
    "2. Ibid., 9.\n\n"
    "{label}\n\n"
    "Olsen, K. (1998). Tide tables of the north coast. Fjord Press.\n"
    "Vik, H. (2004). Harbour masters and their logs. Coastal History, 3(1), 20–41.\n"
)


@pytest.mark.parametrize("label", ["Bibliography", "References", "Works Cited"])
def test_a_reference_list_after_the_endnotes_is_neither_note_nor_paragraph(label: str) -> None:
    text = _ENDNOTES_THEN_LIST.format(label=label)
    doc = parse_text(text)
    assert [doc.note_text(f) for f in doc.footnotes] == [
        "Olsen, Tide Tables of the North Coast (Bergen: Fjord Press, 1998), 4.",
        "Ibid., 9.",
    ]
    entries = [doc.span_text(s) for s in doc.spans if s.kind == "references"]
    assert entries == [
        "Olsen, K. (1998). Tide tables of the north coast. Fjord Press.",
        "Vik, H. (2004). Harbour masters and their logs. Coastal History, 3(1), 20–41.",
    ]
    assert not any("Vik, H." in doc.text[p.start : p.end] for p in doc.paragraphs)


def test_a_second_notes_label_is_no_reference_list() -> None:
    doc = parse_text(_ENDNOTES_THEN_LIST.format(label="Notes").replace("Notes\n\n1.", "Endnotes\n\n1.", 1))
    assert not any(s.kind == "references" for s in doc.spans)


def test_a_reference_list_no_marker_cites_stays_text_under_circled_notes() -> None:
    text = (
        "河口引航制度的沿革\n李晓东\n"
        "一、引航员的出现\n"
        "早期的引航工作由熟悉水道的渔民兼任。①港口设立以后，引航才成为一种专门的职业。②\n"
        "① 参见《河口港志》，第 12 页。\n"
        "② 同上，第 15 页。\n"
        "《港口史研究》第 2 期\n"
        "二、结语\n"
        "引航制度的演变反映了港口管理的专业化。\n\n"
        "参考文献\n"
        "[1] 王平. 河口港的兴起[M]. 上海: 海事出版社, 2012.\n"
        "[2] 赵云. 引航员的职业化[J]. 港口经济, 2019(3): 5-9.\n"
    )
    doc = parse_text(text)
    assert [doc.note_text(f) for f in doc.footnotes] == ["参见《河口港志》，第 12 页。", "同上，第 15 页。"]
    assert "[2] 赵云. 引航员的职业化[J]" in doc.text
    assert all(m.style == "circled" for m in doc.markers) and len(doc.markers) == 2


def test_a_cited_reference_list_is_still_the_notes() -> None:
    text = (
        "河口引航的规则\n李晓东\n\n一、规则\n\n引航员须持证上岗[1]，并定期接受考核[2]。\n\n"
        "参考文献\n[1] 王平. 河口港的兴起[M]. 2012.\n[2] 赵云. 引航员的职业化[J]. 2019.\n"
    )
    assert [n for _, n, _ in _notes(text)] == [1, 2]


@pytest.mark.parametrize(
    "line",
    [
        "Olsen, K. (1998). Tide tables. Coastal Review, 7(2), 11–30.",
        "Park, S. J., & Moreau, A. (2020). Harbour pilots. Maritime Studies, 14(1), 3–19.",
    ],
)
def test_an_author_date_reference_entry_dates_no_document(line: str) -> None:
    assert document_date([line], []) is None


def test_a_journal_issue_line_still_dates() -> None:
    assert document_date(["Coastal Review, 7(2), 11–30, 2019"], []) is not None


@pytest.mark.parametrize("line", ["平成30年度　4　2", "令和5年度　予算額", "令和 2 年度"])
def test_a_fiscal_year_is_no_dateline(line: str) -> None:
    assert not is_dateline(line)


def test_an_era_date_is_still_a_dateline() -> None:
    assert is_dateline("令和5年4月1日")


@pytest.mark.parametrize(
    ("line", "number", "text"),
    [
        ("7. ^ 7.0 7.1 王立. 灯塔史话. 2001.", 7, "王立. 灯塔史话. 2001."),
        ("12. ^ 12.0 12.1 12.2 Lee, J.", 12, "Lee, J."),
        ("7. ^ 8.0 8.1 Lee, J.", 7, "8.0 8.1 Lee, J."),  # another note's number: no back-link of this note
    ],
)
def test_numbered_back_links_are_the_notes_own_number(line: str, number: int, text: str) -> None:
    start = note_start(line)
    assert start is not None and start.number == number
    assert line[start.text_offset :] == text


def test_a_notes_label_repeated_at_each_chapters_end_is_no_running_head() -> None:
    text = (
        "灯塔的变迁\n\n"
        "第一章　早期的灯塔\n早期的灯塔以燃油照明。[1]守塔人需要每晚添油。[2]\n注\n"
        "[1] 王立：《灯塔史话》，第 4 页。\n[2] 同上，第 6 页。\n\n"
        "第二章　电力照明\n电力照明普及以后，灯塔逐步实现了无人值守。[1]\n注\n"
        "[1] 赵云：《航标技术》，第 30 页。\n\n"
        "第三章　卫星导航\n卫星导航并没有让灯塔完全退出历史。[1]\n注\n"
        "[1] 刘青：《导航与航标》，第 2 页。\n"
    )
    doc = parse_text(text)
    assert [(f.block, f.number, f.page) for f in doc.footnotes] == [(0, 1, 1), (0, 2, 1), (1, 1, 1), (2, 1, 1)]
    by_id = {f.id: (f.block, f.number) for f in doc.footnotes}
    assert [[by_id[x] for x in m.footnotes] for m in doc.markers] == [[(0, 1)], [(0, 2)], [(1, 1)], [(2, 1)]]


def test_a_numbered_reference_list_under_author_date_citations_is_no_notes() -> None:
    text = (
        "Lighthouse Automation\n\nMarta Oyelaran\n\nIntroduction\n\n"
        "Automation spread along most coasts within two decades (Okafor, 2011). Keepers were moved to other posts "
        "(Lund & Berg, 2015).\n\n"
        "References\n\n"
        "1. Okafor, D. (2011). The last keepers. Lantern Books.\n"
        "2. Lund, E., & Berg, T. (2015). Coastal lights. Nordic Maritime Review, 4(1), 7–19.\n"
    )
    doc = parse_text(text)
    assert doc.footnotes == ()
    assert "2. Lund, E., & Berg, T. (2015). Coastal lights." in doc.text
    assert doc.date is None


def test_a_cited_numbered_reference_list_is_still_the_notes() -> None:
    text = (
        "Lighthouse Automation\n\nMarta Oyelaran\n\nIntroduction\n\n"
        "Automation spread along most coasts within two decades.1 Keepers were moved to other posts.2\n\n"
        "References\n\n"
        "1. Okafor, D. (2011). The last keepers. Lantern Books.\n"
        "2. Lund, E., & Berg, T. (2015). Coastal lights. Nordic Maritime Review, 4(1), 7–19.\n"
    )
    assert [n for _, n, _ in _notes(text)] == [1, 2]
_KOME_BODY = (
    "灯台守の記録\n高橋陽子\n\n"
    "　灯台の当直日誌は、沿岸の気象を知る手がかりとして読まれてきた{m1}"
    "灯台守の多くは、日誌を毎日欠かさず付けていた{m2}\n"
    "※写真は当時の灯台です。\n\n"
    "※1　日誌の多くは地方の資料館に残る。\n"
    "※2　欠けている日付は嵐の日が多い。\n"
)


@pytest.mark.parametrize(("m1", "m2"), [("※1。", "※2。"), ("。※1", "。※2"), ("※1、そして", "※2。")])
def test_reference_marks_in_running_text_cite_their_notes(m1: str, m2: str) -> None:
    doc = parse_text(_KOME_BODY.format(m1=m1, m2=m2))
    assert [doc.note_text(f) for f in doc.footnotes] == [
        "日誌の多くは地方の資料館に残る。",
        "欠けている日付は嵐の日が多い。",
    ]
    assert [m.numbers for m in doc.markers] == [(1,), (2,)]
    assert "※写真は当時の灯台です。" in doc.text


def test_reference_marks_in_table_cells_leave_their_lines_in_the_text() -> None:
    text = (
        "灯台の整備状況\n\n"
        "区分　　　　前年度　　本年度※1\n"
        "有人灯台　　12基　　　10基※2\n"
        "※1　本年度は見込み。\n"
        "※2　休止中のものを含む。\n"
    )
    doc = parse_text(text)
    assert doc.footnotes == ()
    assert "※1　本年度は見込み。" in doc.text and "※2　休止中のものを含む。" in doc.text


def test_uncited_numbered_reference_marks_stay_text() -> None:
    text = (
        "灯台の見学\n\n　見学は事前の予約が必要です。\n\n"
        "※1　団体での見学は十名までです。\n※2　雨天の場合は中止します。\n"
    )
    doc = parse_text(text)
    assert doc.footnotes == ()
    assert "※2　雨天の場合は中止します。" in doc.text
