"""lay64 (thirty-third session): page furniture of web pages and releases not yet read (issue 12) — a consent
notice's buttons naming the cookies, rows of social handles after a follow label, rows of tool buttons (print and
PDF links, bracketed font and print items, report and feedback links, font-size buttons before print buttons), a
page's last-update line opening with `ページの`, a related label naming the programme, a joint release's label, a
title in title case holding an en dash over its writers' line, and a kind of paper named again under the trail that
names it (the page's kicker). Each rule is tried on text in other words than the dev documents that showed the miss
(`tests/layouts/lay64_*`), with hypothesis properties where a line is parsed."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import allyscope
from allyscope import parse_text
from allyscope.layout.furniture import furniture_kind


def _kinds(doc: allyscope.Document) -> list[tuple[str, str]]:
    return [(s.kind, doc.span_text(s)) for s in doc.spans if s.kind not in ("paragraph", "heading-title")]


@pytest.mark.parametrize(
    "line",
    [
        "Find us: @harbourpress on Threads | @harbourpress on Bluesky",
        "Follow @tidewater_notes",
        "关注我们：X @haifeng_news｜Weibo @haifeng",
        "追踪我们：IG @example.cn",
        "公式Instagramアカウント：@kaiyou_jp",
        "Our official accounts: @navy_example, @coastguard_example",
    ],
)
def test_a_follow_label_over_handles_is_a_share_row(line: str) -> None:
    assert furniture_kind(line) == "share"


@pytest.mark.parametrize(
    "line",
    [
        "Follow us to the harbour, where the patrol boats of @navy moor.",  # a sentence quoting a handle
        "@harbourpress said the boats had left.",
        "Follow the money",
    ],
)
def test_a_sentence_naming_a_handle_is_no_share_row(line: str) -> None:
    assert furniture_kind(line) != "share"


_HANDLE = st.from_regex(r"@[a-z][a-z0-9_]{2,14}", fullmatch=True)
_PLATFORM = st.sampled_from(["", "X ", "FB ", "IG ", "Threads "])


@given(st.lists(st.tuples(_PLATFORM, _HANDLE), min_size=1, max_size=4), st.sampled_from([" | ", "｜", " · ", "、"]))
def test_any_row_of_handles_after_a_follow_label_is_share(items: list[tuple[str, str]], gap: str) -> None:
    row = gap.join(platform + handle for platform, handle in items)
    assert furniture_kind(f"Follow us: {row}") == "share"
    assert furniture_kind(f"追蹤我們：{row}") == "share"


@pytest.mark.parametrize(
    "line",
    [
        "Download as PDF | Print this article",
        "Save as PDF   Email this page   Print",
        "【字體 大 中 小】【列印】【關閉】",
        "【字号：大 中 小】【打印本页】",
        "投訴／糾錯",
        "纠错 | 反馈",
        "Ａ－　Ａ＋　印刷　シェア",
        "A+ A- Print Share",
    ],
)
def test_a_row_of_tool_buttons_is_tools(line: str) -> None:
    assert furniture_kind(line) == "tools"


@pytest.mark.parametrize(
    "line",
    [
        "A- grade cadets print the PDF of the drill.",
        "Print media reported the drill.",
        "【字號】",  # a label alone, no row (read by the older single-item expression or not at all)
    ],
)
def test_words_of_tools_in_a_sentence_are_no_tool_row(line: str) -> None:
    assert furniture_kind(line) in (None, "tools") and (furniture_kind(line) is None or "【" in line)


_TOOL = st.sampled_from(["Print this page", "Download as PDF", "Save as PDF", "Email this article", "Print"])


@given(st.lists(_TOOL, min_size=2, max_size=4, unique=True), st.sampled_from(["   ", " | ", " · "]))
def test_any_row_of_print_and_pdf_links_is_tools_or_share(items: list[str], gap: str) -> None:
    assert furniture_kind(gap.join(items)) in ("tools", "share")  # `Print   Share`-like rows of share words: share


@pytest.mark.parametrize(
    "line",
    ["このページの最終更新日：令和6年4月1日", "本ページの最終更新日 2024年4月1日", "ページの最終更新日：2025年2月3日"],
)
def test_a_page_s_last_update_line_is_a_dateline(line: str) -> None:
    assert furniture_kind(line) == "dateline"


def test_a_related_label_naming_its_programme_runs_to_forty_characters() -> None:
    assert furniture_kind("More from the Pacific Islands programme") == "related"  # 39 characters
    assert furniture_kind("Related media releases") == "related"
    assert furniture_kind("More from the Pacific Islands maritime programme") is None  # a headline's length


_RELEASE = """We use cookies to make this site work. Some are optional.
Allow all cookies | Decline optional cookies
Home › Newsroom › Media releases
Joint Media Release
New Zealand and Fiji agree to deepen maritime surveillance cooperation
3 May 2024
Ministers of the two governments met in Suva and agreed to share more patrol data.
The arrangement adds a liaison officer at the regional fusion centre.
Related media releases
Ministers meet Pacific police chiefs
Print this page   Download as PDF
"""


def test_a_joint_release_page_with_consent_buttons_and_a_tool_row() -> None:
    doc = parse_text(_RELEASE)
    assert doc.title == "New Zealand and Fiji agree to deepen maritime surveillance cooperation"
    kinds = _kinds(doc)
    assert ("cookie", "Allow all cookies | Decline optional cookies") in kinds
    assert ("doctype", "Joint Media Release") in kinds
    assert ("related", "Related media releases") in kinds
    assert ("related", "Ministers meet Pacific police chiefs") in kinds
    assert ("tools", "Print this page   Download as PDF") in kinds


_DASHED_TITLE = """Harbourline Institute
Research   Events   About
Research › Papers
Partners Across the Strait: What the India–Vietnam Defence Pact Adds to Regional Security
Maria Lopez and Daniel Kim
2 April 2024
The two governments signed a memorandum on mutual logistics support in New Delhi.
It lets each navy use the other's ports for repairs and supplies.
"""


def test_a_title_in_title_case_with_an_en_dash_ends_over_its_writers() -> None:
    doc = parse_text(_DASHED_TITLE)
    assert doc.title == "Partners Across the Strait: What the India–Vietnam Defence Pact Adds to Regional Security"
    assert doc.authors == ["Maria Lopez", "Daniel Kim"]


_ZH_TRAIL = """跳到主要内容
首页 > 新闻发布 > 新闻稿
新闻稿
两国海警举行第三次高级别对话
2024年10月9日
两国海警机构负责人9日在雅加达举行对话，同意加强海上执法合作。
双方还就搜救和渔业执法交换了意见。
"""


def test_a_kind_of_paper_named_again_under_its_trail_is_the_kicker() -> None:
    doc = parse_text(_ZH_TRAIL)
    assert doc.title == "两国海警举行第三次高级别对话"
    kinds = _kinds(doc)
    assert ("doctype", "新闻稿") in kinds and ("navigation", "新闻稿") not in kinds
    assert ("navigation", "首页 > 新闻发布 > 新闻稿") in kinds


_EN_TRAIL = """Skip to content
Home > Analysis > Commentary
Commentary
Why small navies train together
By Ana Ruiz
12 June 2024
Small navies gain more from joint training than from new ships, officers say.
They share the cost of ranges and targets.
"""


def test_an_english_kind_under_its_trail_is_the_kicker_too() -> None:
    doc = parse_text(_EN_TRAIL)
    assert doc.title == "Why small navies train together"
    assert ("doctype", "Commentary") in _kinds(doc)


_STEP_NOT_A_KIND = """首页 > 国际 > 亚太
亚太
两国海军举行联合演练
2024年10月9日
两国海军9日在南海北部海域举行联合演练。
"""


def test_a_section_that_is_no_kind_of_paper_is_not_read_as_a_kicker() -> None:
    doc = parse_text(_STEP_NOT_A_KIND)
    assert ("doctype", "亚太") not in _kinds(doc)  # a section of the site, not a kind of paper: no kicker rule


_KIND = st.sampled_from(["新闻稿", "新聞稿", "報道発表", "Media release", "Commentary"])
_STEP = st.sampled_from(["国际", "新闻", "Newsroom", "ニュース", "About"])


@given(_KIND, st.lists(_STEP, min_size=1, max_size=2), st.sampled_from([" > ", " ＞ ", " › "]))
def test_the_kicker_under_any_trail_leaves_the_title(kind: str, steps: list[str], arrow: str) -> None:
    text = (
        f"Home{arrow}{arrow.join(steps)}{arrow}{kind}\n{kind}\n两国海警举行第三次高级别对话\n2024年10月9日\n"
        "两国海警机构负责人9日举行对话，同意加强海上执法合作。\n双方还就搜救交换了意见。\n"
    )
    doc = parse_text(text)
    assert doc.title == "两国海警举行第三次高级别对话"
    assert all(doc.span_text(s) != kind for s in doc.spans if s.kind == "navigation")
