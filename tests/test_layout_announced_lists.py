"""Lists a sentence announces, heads and feet printed beside page numbers, bylines and datelines on lines of
their own (issue 12, fifth session), on documents written here in other words than the hand-written layout
documents (tests/layouts) and the generator's articles."""

from __future__ import annotations

import pytest
from helpers import assert_copied_pieces_match_raw, assert_no_space_added_in_cjk, assert_offsets_valid
from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope import parse_text
from allyscope.layout.dating import is_dateline
from allyscope.layout.headings import may_announce_list, opens_list

_ZH = ["仓库", "码头", "吊车", "泊位", "航道", "灯塔", "拖船", "货场", "闸门", "堤岸"]
_EN = ["warehouse", "quay", "crane", "berth", "channel", "lighthouse", "tug", "yard", "lock", "pier"]
_NUMBERS = {"dot": "{n}．", "paren": "（{n}）", "half": "{n}）", "circled": "{c}"}
_CIRCLED = "①②③④⑤⑥"


@settings(max_examples=40, deadline=None)
@given(
    items=st.lists(st.lists(st.sampled_from(_ZH), min_size=1, max_size=4), min_size=2, max_size=5),
    numbering=st.sampled_from(sorted(_NUMBERS)),
    announcer=st.sampled_from(["港口的建设包括以下几项。", "港口的建设包括以下几项：", "港口的建设有三个方面。"]),
    stop=st.sampled_from(["", "；", "。"]),
)
def test_an_announced_chinese_list_is_neither_heading_nor_note(
    items: list[list[str]], numbering: str, announcer: str, stop: str
) -> None:
    """However the items are numbered and whether or not they close with a stop, a list announced by a finished
    sentence or a colon keeps one item a paragraph, in the body: no item is a heading or a note, and the numbered
    heading after it is still one."""
    lines = [_NUMBERS[numbering].format(n=n, c=_CIRCLED[n - 1]) + "".join(w) + stop for n, w in enumerate(items, 1)]
    raw = (
        "港口建设的新阶段\n王海\n一、规划\n港口规划由地方政府负责，并报上级部门批准。[1]\n"
        + announcer
        + "\n"
        + "\n".join(lines)
        + "\n二、实施\n各项工程将在五年内陆续完成。[2]\n[1] 交通部：《港口规划规定》，2010年。\n[2] 同上。\n"
    )
    doc = parse_text(raw)
    assert_offsets_valid(doc)
    assert_copied_pieces_match_raw(doc)
    assert_no_space_added_in_cjk(doc)
    assert [(h.label, h.title) for h in doc.headings] == [("一", "规划"), ("二", "实施")]
    assert [doc.note_text(f) for f in doc.footnotes] == ["交通部：《港口规划规定》，2010年。", "同上。"]
    assert [m.numbers for m in doc.markers] == [(1,), (2,)]
    paragraphs = [doc.span_text(s) for s in doc.paragraphs]
    assert all(line in paragraphs for line in lines)


@settings(max_examples=30, deadline=None)
@given(items=st.lists(st.lists(st.sampled_from(_EN), min_size=1, max_size=4), min_size=2, max_size=5))
def test_items_of_a_list_a_colon_announces_are_never_headings(items: list[list[str]]) -> None:
    """An item without a stop (`(2) cranes and berths; and` or a bare `(2) Cranes Berths`) is shaped as a
    heading; after a colon it is an item all the same."""
    lines = [f"({n}) " + " ".join(w.capitalize() for w in words) for n, words in enumerate(items, 1)]
    raw = (
        "Harbour Works\nLena Fischer\n1. Plans\nThe harbour board approved a plan with several parts in the spring "
        "of that year, after a long consultation with the shipping lines and the city.\nThe plan has these parts:\n"
        + "\n".join(lines)
        + "\n2. Costs\nThe costs are shared between the board and the city over ten years of work on the quays.\n"
    )
    doc = parse_text(raw)
    assert [(h.label, h.title) for h in doc.headings] == [("1", "Plans"), ("2", "Costs")]
    assert not doc.footnotes


def test_a_line_beside_each_page_number_is_a_foot_and_the_same_words_elsewhere_are_text() -> None:
    raw = (
        "5/6/24, 9:12 AM\nQuays and Cranes\nOmar Haddad\nI. Quays\n"
        "Quays are rebuilt every few decades, when ships outgrow them and the water beside them is dredged again.1\n"
        "https://ports.example/quays-and-cranes\nPage 1 of 2\n5/6/24, 9:12 AM\n"
        "II. Cranes\nCranes are replaced more often than quays, as their lifting power grows.2\n"
        "Notes\n1. Harbour survey, 2019.\n2. Ibid.\n"
        "https://ports.example/quays-and-cranes\nPage 2 of 2\n"
    )
    doc = parse_text(raw)
    assert "ports.example" not in doc.text and "9:12" not in doc.text
    assert [doc.note_text(f) for f in doc.footnotes] == ["Harbour survey, 2019.", "Ibid."]
    assert [(h.label, h.title) for h in doc.headings] == [("I", "Quays"), ("II", "Cranes")]
    once = raw.replace("https://ports.example/quays-and-cranes\nPage 2 of 2\n", "Page 2 of 2\n")
    assert "ports.example" in parse_text(once).text  # beside one page number only: a line of the text


def test_heads_shaped_as_numbered_headings_whose_numbers_run_on_are_heads() -> None:
    raw = (
        "Harbour Studies, Vol. 3, No. 2 (2021), pp. 40–49\nDredging Small Harbours\nJane Roe and Li Wei\n"
        "1. Introduction\nSmall harbours silt up faster than large ones, since their channels are narrow.¹\n"
        "¹ Harbour survey, 2019.\n41  ROE AND WEI\n"
        "2. Methods\nWe compared the dredging records of twelve harbours over twenty years of operation.²\n"
        "² Records of the harbour boards.\nHARBOUR STUDIES  42\n"
        "3. Results\nThe smallest harbours were dredged every second year on average.³\n"
        "³ Ibid.\n43  ROE AND WEI\n"
    )
    doc = parse_text(raw)
    assert "ROE AND WEI" not in doc.text
    assert [(h.label, h.title) for h in doc.headings] == [("1", "Introduction"), ("2", "Methods"), ("3", "Results")]
    assert [f.page for f in doc.footnotes] == [1, 2, 3]


def test_a_byline_and_a_dateline_under_a_web_title_stand_on_their_own() -> None:
    raw = "首页 > 港口\n港口扩建工程启动\n2024-04-01 10:00　来源：港口日报\n作者：刘洋\n扩建工程预计三年完成。\n"
    doc = parse_text(raw)
    assert doc.title == "港口扩建工程启动"
    assert doc.authors == ["刘洋"]
    assert doc.date == "2024-04-01"


@pytest.mark.parametrize(
    "line,dateline",
    [("2024-04-01 10:00　来源：港口日报", True), ("Published: 3 May 2022", True), ("港口扩建工程启动", False),
     ("The port opened in 2001 and grew.", False)],
)
def test_datelines(line: str, dateline: bool) -> None:
    assert is_dateline(line) is dateline


def test_list_announcers() -> None:
    assert opens_list("as follows:") and opens_list("以下の三点：")
    assert may_announce_list("具體作法有三。") and not opens_list("具體作法有三。")
    assert not may_announce_list("港口扩建工程启动")


def test_a_title_printed_as_the_head_of_odd_pages_stays_the_title() -> None:
    """Heads taking turns (`Surnames`, `Title`) are found through the title's own print too; that print, in the
    front lines, is the title and stays one."""
    raw = (
        "Canal Review, Vol. 2, No. 1 (2020)\nLocks and Treaties\nAnna Berg and Tomas Ek\n1. Introduction\n"
        "A lock on a shared canal needs the consent of both banks, and the talks can take years to settle.¹\n"
        "¹ Canal commission report, 2018.\nBerg and Ek\n2. Talks\nThe talks were held in turn in each capital.²\n"
        "² Minutes of the fourth round.\nLocks and Treaties\n3. Outcome\nThe costs were split by length.³\n³ Ibid.\n"
        "Berg and Ek\n"
    )
    doc = parse_text(raw)
    assert doc.title == "Locks and Treaties"
    assert doc.authors == ["Anna Berg", "Tomas Ek"]
    assert [f.page for f in doc.footnotes] == [1, 2, 3]
    assert "Berg and Ek" not in doc.text and doc.text.count("Locks and Treaties") == 1


@pytest.mark.parametrize("bullet", ["・", "•", "■", "◆"])
def test_bulleted_items_a_sentence_announces_are_paragraphs_of_their_own(bullet: str) -> None:
    raw = (
        "港湾協力の現状\n小林健\nはじめに\n港湾当局の間では、近年いくつかの分野で協力が進んでいる。その主な分野は次の通りである。\n"
        f"{bullet}入港手続の電子化\n{bullet}保安検査の相互承認\n{bullet}職員の交流\nこのうち電子化が最も進んでいる。\n"
    )
    paragraphs = [parse_text(raw).span_text(p) for p in parse_text(raw).paragraphs]
    assert [f"{bullet}入港手続の電子化", f"{bullet}保安検査の相互承認", f"{bullet}職員の交流"] == paragraphs[1:4]


def test_a_bullet_inside_a_sentence_line_starts_no_paragraph() -> None:
    raw = (
        "Harbour Cooperation\nKen Kobayashi\nIntroduction\n"
        "Harbour authorities have cooperated in several fields over the\n"
        "• past decade, and three of them stand out above the others in the reports of the port.\n"
    )
    doc = parse_text(raw)
    assert len(doc.paragraphs) == 1
