"""lay65 (thirty-fourth session): shapes the dev layouts held least of (issue 12) — a journal's first page printing
its English labels in brackets (`[Abstract]`, `[Key words]`) and its class codes in lenticular brackets
(`【中图分类号】…`), an update stamp whose time is written with 時 and 分 before `更新`, a live page's entry stamps
written so (`10時25分`), a header row of a menu button beside a search button, and a government's banner naming
the government and its office beside it, parted by a bar, over the site's menu. Each rule is tried on text in
other words than the dev documents that showed the miss (`tests/layouts/lay65_*`), with hypothesis properties
where a line is parsed."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from allyscope import parse_text
from allyscope.layout.edge_blocks import _band_fits
from allyscope.layout.furniture import furniture_kind
from allyscope.layout.notes import any_label
from allyscope.structure.furniture import _front_furniture


@pytest.mark.parametrize(
    "line", ["[Abstract] This paper asks why", "［ABSTRACT］ The essay", "【Abstract】Ports matter"]
)
def test_a_bracketed_english_abstract_label_is_one(line: str) -> None:
    assert any_label(("abstract",)).match(line) is not None


@pytest.mark.parametrize("line", ["[Keywords] ports; navies", "［Key Words］ straits", "【Key word】 fisheries"])
def test_a_bracketed_english_keywords_label_is_one(line: str) -> None:
    assert any_label(("keywords",)).match(line) is not None


def test_a_bracketed_english_word_inside_a_sentence_is_no_label() -> None:
    assert any_label(("abstract",)).match("The [abstract] idea of a port") is None


def test_a_bilingual_first_page_with_bracketed_labels_is_read() -> None:
    raw = (
        "南亚研究　2022年第2期\n"
        "印度洋港口网络与海上通道安全\n"
        "张志远\n"
        "（西南大学国际关系学院，重庆 400715）\n"
        "【摘　要】印度洋沿岸港口的建设改变了海上通道的安全格局。本文比较三类港口合作的做法。\n"
        "【关键词】印度洋；港口；海上通道\n"
        "【中图分类号】D815　【文献标识码】A　【文章编号】1004-1508（2022）02-0011-09\n"
        "Port Networks in the Indian Ocean and the Security of Sea Lanes\n"
        "ZHANG Zhiyuan\n"
        "(School of International Relations, Southwest University, Chongqing 400715, China)\n"
        "[Abstract] Ports built along the Indian Ocean have changed how its sea lanes are secured. The article "
        "compares three kinds of port cooperation.\n"
        "[Key words] Indian Ocean; ports; sea lanes\n"
        "一、问题的提出\n"
        "印度洋承载了大量的能源运输。\n"
    )
    doc = parse_text(raw)
    assert doc.keywords == ["印度洋", "港口", "海上通道", "Indian Ocean", "ports", "sea lanes"]
    kinds = [(s.kind, doc.span_text(s)) for s in doc.spans]
    assert ("identifier", "【中图分类号】D815　【文献标识码】A　【文章编号】1004-1508（2022）02-0011-09") in kinds
    assert ("translated-title", "Port Networks in the Indian Ocean and the Security of Sea Lanes") in kinds
    assert [(h.label, h.title) for h in doc.headings] == [("一", "问题的提出")]


_CODE_LABEL = st.sampled_from(["中图分类号", "中圖分類號", "文献标识码", "文獻標識碼", "文章编号", "文章編號"])
_BRACKETS = st.sampled_from([("【", "】"), ("［", "］"), ("[", "]"), ("〔", "〕")])


@given(_CODE_LABEL, _BRACKETS, st.from_regex(r"[A-Z]\d{1,3}(?:\.\d)?|\d{4}-\d{4}", fullmatch=True))
def test_any_bracketed_class_code_label_opens_an_identifier_line(
    label: str, brackets: tuple[str, str], code: str
) -> None:
    assert _front_furniture(f"{brackets[0]}{label}{brackets[1]}{code}") == "identifier"


def test_a_sentence_naming_a_class_code_is_no_identifier() -> None:
    assert _front_furniture("本文依照中图分类号的规定编目。") is None


@pytest.mark.parametrize(
    ("stamp", "source"),
    [
        ("2023年6月2日 21時05分 更新", "last-updated"),
        ("2023年6月2日　9時5分更新", "last-updated"),
        ("2023年6月2日 21時05分", "dateline"),
    ],
)
def test_a_date_closed_by_an_update_word_after_its_cjk_time_is_an_update_stamp(stamp: str, source: str) -> None:
    raw = (
        f"ホーム ＞ 国際\n台湾海峡で艦艇が通航\n{stamp}\n"
        "米海軍の駆逐艦が2日、台湾海峡を北へ通過した。\n国防部が発表した。\n"
    )
    doc = parse_text(raw)
    assert (doc.date, doc.date_source) == ("2023-06-02", source)


@given(st.integers(0, 23), st.integers(0, 59), st.sampled_from(["", "午前", "午後", "上午", "下午"]), st.booleans())
def test_a_time_of_day_alone_written_with_hour_and_minute_words_is_a_stamp(h: int, m: int, half: str, cn: bool) -> None:
    hour = "点" if cn else "時"
    assert furniture_kind(f"{half}{h}{hour}{m:02d}分") == "dateline"


@pytest.mark.parametrize("line", ["会談は15時05分に始まった。", "15時05分、艦艇が出港した", "所要時間は3時間20分"])
def test_a_sentence_holding_a_time_is_no_stamp(line: str) -> None:
    assert furniture_kind(line) != "dateline"


def test_live_entries_under_cjk_time_stamps_are_heads() -> None:
    raw = (
        "ホーム ＞ 国際\n"
        "ライブ\n"
        "南シナ海で比船と中国船が衝突　最新の動き\n"
        "2024年6月17日 18時40分 更新\n"
        "フィリピン軍によると、17日朝、補給任務中の船が中国海警局の船と衝突した。動きを随時伝える。\n"
        "18時40分\n"
        "比大統領府がコメント\n"
        "大統領府の報道官は、事態を注視していると述べた。\n"
        "12時15分\n"
        "比軍が映像を公開\n"
        "フィリピン軍は、衝突の様子を写した映像を公開した。\n"
    )
    doc = parse_text(raw)
    assert [h.title for h in doc.headings] == ["比大統領府がコメント", "比軍が映像を公開"]
    stamps = [doc.span_text(s) for s in doc.spans if s.kind == "dateline"]
    assert stamps == ["2024年6月17日 18時40分 更新", "18時40分", "12時15分"]
    assert (doc.date, doc.date_source) == ("2024-06-17", "last-updated")


@pytest.mark.parametrize(
    "line", ["Menu   Search", "MENU  SEARCH", "☰ Menu  Search", "メニュー　検索", "菜单　搜索", "選單　搜尋"]
)
def test_a_menu_button_beside_a_search_button_is_navigation(line: str) -> None:
    assert furniture_kind(line) == "navigation"


def test_a_sentence_about_a_menu_is_no_navigation() -> None:
    assert furniture_kind("Menu items were searched by the staff.") != "navigation"


@pytest.mark.parametrize(
    ("line", "fits"),
    [
        ("Government of Canada | Global Affairs Canada", True),
        ("New Zealand Government | Ministry of Foreign Affairs and Trade Manatū Aorere", True),
        ("Ministry of Defence", True),
        ("A | B | C", False),  # a row of links, no band of two names
        ("The ministry said the two navies would hold a joint exercise in the Coral Sea next year.", False),
    ],
)
def test_a_band_line_holds_a_name_or_two_names_parted_by_a_bar(line: str, fits: bool) -> None:
    assert _band_fits(line) is fits


def test_a_governments_banner_over_its_menu_and_trail_is_no_title() -> None:
    raw = (
        "Skip to content\n"
        "Government of Canada | Global Affairs Canada\n"
        "Menu   Search\n"
        "Home > International relations > Indo-Pacific > Canada and Korea: defence ties\n"
        "Canada and Korea: defence ties\n"
        "Canada and the Republic of Korea signed a security and defence cooperation arrangement in 2024.\n"
        "The arrangement covers information sharing and exercises at sea.\n"
        "Date modified: 2024-11-20\n"
    )
    doc = parse_text(raw)
    assert doc.title == "Canada and Korea: defence ties"
    assert doc.authors == []
    kinds = [(s.kind, doc.span_text(s)) for s in doc.spans]
    assert ("navigation", "Government of Canada | Global Affairs Canada") in kinds
    assert ("navigation", "Menu   Search") in kinds
