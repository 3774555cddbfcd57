"""lay25a's rules of notes, markers, headings and running heads (issue 12), each tried on text written in other
words than the generated dev draws that asked for it: a weak marker whose digits end a line read with the next
line's start, a running head abridging the title, printed once."""

from __future__ import annotations

import pytest
from corpora.layout_articles import DEV_EXTRA, TUNED
from corpora.layout_generator import Combo, check, render
from hypothesis import example, given, settings
from hypothesis import strategies as st

from allyscope import parse_text
from allyscope.layout.markers import find_markers
from allyscope.layout.page_furniture import abridges

_JA_STAR = """漁業監視の現状と課題
山田花子
要旨：本稿は漁業監視の体制を概観する。
一　監視の体制
沿岸の監視は水産庁と海上保安庁が分担しており、両者の連携が重視されて
いる。*1昨年は違法操業の取締りが大きく増えた。*2{wrap}
{next}の外国漁船が拿捕され、その多くは夜間に操業していた。
二　今後の方向
監視船の更新が遅れており、予算の確保が急がれる。*3
注
*1 水産庁「漁業取締りの概要」2021年。
*2 海上保安庁「海上保安レポート」2022年。
*3 農林水産省「水産基本計画」2022年。
"""


def _cited(doc: object) -> list[tuple[str, str | None]]:
    """Each marker as printed in the clean text, with the text of the note it cites (None: none)."""
    notes = {f.id: doc.note_text(f) for f in doc.footnotes}  # type: ignore[attr-defined]
    return [
        (doc.text[m.start : m.end], notes.get(m.footnotes[0]) if m.footnotes else None)  # type: ignore[attr-defined]
        for m in doc.markers  # type: ignore[attr-defined]
    ]


@pytest.mark.parametrize(
    "wrap,following,marker,count",
    [
        ("1", "隻", "*2", "1隻の外国漁船"),  # `。*21` over `隻の…`: note 2, then a count of ships
        ("", "12隻", "*2", "12隻の外国漁船"),  # the count on the next line whole: nothing to read across
        ("1", "度", "*2", "1度の外国漁船"),  # a count of times
    ],
)
def test_a_star_marker_ending_its_line_is_read_with_the_count_the_next_line_opens(
    wrap: str, following: str, marker: str, count: str
) -> None:
    doc = parse_text(_JA_STAR.format(wrap=wrap, next=following))
    assert [m for m, _ in _cited(doc)] == ["*1", marker, "*3"]
    assert all(note is not None for _, note in _cited(doc))
    assert f"{marker}{count}" in doc.text
    assert not doc.layout.warnings


@pytest.mark.parametrize("heading", ["2．今後の方向", "1.2　今後の方向", "2　今後の方向", "今後の方向"])
def test_a_marker_ending_its_line_over_a_heading_keeps_its_digits(heading: str) -> None:
    # the next line opens a heading, not a count: `*2` is the marker as the line prints it
    text = _JA_STAR.format(wrap="", next="漁船").replace("二　今後の方向", heading)
    # with a note on the title (`*` alone: the `symbol` family is looked for too)
    text = text.replace("漁業監視の現状と課題\n", "漁業監視の現状と課題*\n")
    text = text.replace("\n一　監視", "\n* 本稿は学会での報告に加筆したものである。\n一　監視")
    text = text.replace("漁船の外国漁船が拿捕され、その多くは夜間に操業していた。\n", "")
    doc = parse_text(text)
    assert [m for m, _ in _cited(doc)] == ["*", "*1", "*2", "*3"]
    assert all(note is not None for _, note in _cited(doc))


def test_a_zhu_marker_ending_its_line_leaves_the_year_the_next_line_finishes() -> None:
    text = (
        "渔业执法合作的回顾\n王立新\n"
        "一、合作的起点\n"
        "两国的渔业执法合作起步较早，最初以交换信息为主，逐步扩大到联合巡航。注11\n"
        "998年双方签署了渔业协定，合作从此有了制度保障。注2\n"
        "二、合作的前景\n"
        "今后双方仍需加强执法人员的培训与交流。注3\n"
        "注释\n"
        "注1：农业部渔业局编《渔业执法年报》，1997年。\n"
        "注2：外交部条约法律司编《双边条约集》，2000年。\n"
        "注3：李明《海上执法合作研究》，海洋出版社2015年版。\n"
    )
    doc = parse_text(text)
    assert [m for m, _ in _cited(doc)] == ["注1", "注2", "注3"]
    assert all(note is not None for _, note in _cited(doc))
    assert "注11998年双方" in doc.text


_COUNTS = ("隻", "回", "名", "年", "件", "か国", "度", "个", "艘")
_WORDS = ("名古屋", "回顧", "日本", "政府", "これ", "海上", "双方", "（", "）")


@settings(max_examples=300, deadline=None)
@given(
    stop=st.sampled_from(["。", "！", "」", "、", "た"]),
    sign=st.sampled_from(["*", "＊", "注", "註", "（", "("]),
    digits=st.integers(min_value=1, max_value=999).map(str),
    cut=st.integers(min_value=1, max_value=3),
    word=st.sampled_from(_COUNTS + _WORDS + ("998年", "2019年")),
    weak=st.sets(st.sampled_from(["star-number", "zhu", "glued", "paren", "half-paren"]), min_size=1).map(frozenset),
)
@example(stop="。", sign="*", digits="21", cut=2, word="回", weak=frozenset({"star-number"}))
@example(stop="。", sign="注", digits="11", cut=2, word="998年", weak=frozenset({"zhu"}))
def test_a_line_break_among_a_markers_digits_reads_as_the_unbroken_text(
    stop: str, sign: str, digits: str, cut: int, word: str, weak: frozenset[str]
) -> None:
    """A line ending among a marker's digits, read with the next line's start, has the markers the unbroken text
    has within it, wherever the unbroken text has a marker there and none runs over the break (`*1` then
    `1政府`, `注1` then `）`: read as the line prints it, as where a count makes `*9回` no marker)."""
    whole = f"協力が進んだ{stop}{sign}{digits}{word}の船が参加した。"
    line = whole[: whole.index(sign) + 1 + min(cut, len(digits))]
    following = whole[len(line) :]
    unbroken = [m for m in find_markers(whole, weak) if m.start < len(line)]
    at_end = [m for m in unbroken if m.start >= len(line) - len(digits) - 1]
    if not at_end or any(m.end > len(line) for m in unbroken):
        return
    assert find_markers(line, weak, following) == unbroken


@pytest.mark.parametrize(
    "head,title,expected",
    [
        ("漁業監視の課題", "漁業監視と海上取締りの課題", True),
        ("漁业执法合作的回顾", "渔业执法合作的回顾", False),  # another script's characters: no part of it
        ("港口引航员的短缺", "港口引航员培训体系的短缺", True),
        ("Harbour Pilots and Their Future", "Harbour Pilots in Small Ports and Their Future", True),
        ("Harbour Pilo Future", "Harbour Pilots in Small Ports and Their Future", False),  # cut inside a word
        ("漁業の課題", "漁業監視と海上取締りの課題", False),  # too short to tell from a heading
        ("漁業監視と海上取締り", "漁業監視と海上取締りの課題", False),  # a part, not an abridgement
        ("漁業監視の課題", "漁業監視と海上取締りの課題*", True),  # the title's note sign aside
    ],
)
def test_an_abridged_title(head: str, title: str, expected: bool) -> None:
    assert abridges(head, title) is expected


_JA_HEADED = """海洋安全保障 第3号（2023年）
漁業監視と海上取締りの課題*
山田花子
要旨：本稿は漁業監視の体制を概観する。
一　監視の体制
沿岸の監視は水産庁と海上保安庁が分担しており、両者の連携が重視されてい
る。[1]昨年は違法操業の取締りが大きく増え、多くの外国漁船が拿捕された。
夜間の操業が多く、監視船だけでは追いつかないという声が現場から上がって
* 本稿は学会での報告に加筆したものである。
[1]　水産庁「漁業取締りの概要」2021年。
漁業監視の課題
いる。[2]
二　今後の方向
監視船の更新が遅れており、予算の確保が急がれる。[3]
[2]　海上保安庁「海上保安レポート」2022年。
[3]　農林水産省「水産基本計画」2022年。
"""


def test_a_running_head_abridging_the_title_printed_once_is_furniture() -> None:
    doc = parse_text(_JA_HEADED)
    assert "漁業監視の課題" not in doc.text
    assert "追いつかないという声が現場から上がっている。" in doc.text
    assert doc.title == "漁業監視と海上取締りの課題"


def test_a_heading_abridging_the_title_in_a_heading_system_stays_a_heading() -> None:
    # numbered like the other headings: a heading of the text, not the page's head
    text = _JA_HEADED.replace("漁業監視の課題\nいる。[2]", "いる。[2]").replace("二　今後の方向", "二　漁業監視の課題")
    doc = parse_text(text)
    assert [h.title for h in doc.headings] == ["監視の体制", "漁業監視の課題"]


_ZH_SENTENCE_NOTES = """海上搜救合作的进展与问题
李明
一、合作的基础
（一）协定的签署
两国于二〇一五年签署了海上搜救合作协定，此后每年都举行
一次联合演练，演练的科目和参加的部门也在不断地增加。¹
1．交通运输部《海上搜救年报2016》，2017年，第1
05页。
演练的规模逐年扩大，参加演练的船只和飞机也越来越多，双
方的协调程序日益成熟，联络的渠道也更加通畅和稳定了。²
2．王海《区域海上搜救机制研究》，海洋出版社，2019年。
- 12 -
（二）存在的问题
不过，两国的搜救责任区仍有部分重叠，协调时常出现延误，
这一问题至今没有得到解决，需要双方继续进行认真的磋商。³
3．李红《责任区划分》，《海洋法评论》2021年第2期，第12
3页。
{heading}
{opening}双方应当尽快完成责任区的划分，并建立常设的联络机制，以
提高救援的效率和水平，更好地保障海上人员和财产的安全。
"""


def test_a_note_line_cut_inside_a_number_is_no_heading_however_short_its_digits_measure() -> None:
    # `1．…第1` over `05页。`: shaped as heading 1, narrower than a full line by its Latin digits, but it runs on
    doc = parse_text(_ZH_SENTENCE_NOTES.format(heading="二、今后的方向", opening=""))
    assert [(h.level, h.label, h.title) for h in doc.headings] == [
        (1, "一", "合作的基础"),
        (2, "一", "协定的签署"),
        (2, "二", "存在的问题"),
        (1, "二", "今后的方向"),
    ]
    assert doc.note_text(doc.footnotes[0]) == "交通运输部《海上搜救年报2016》，2017年，第105页。"
    assert all(m.footnotes for m in doc.markers) and len(doc.markers) == 3


def test_a_heading_ending_in_a_year_over_a_line_opening_with_it_stays_a_heading() -> None:
    # no marker cites a note 4: `4．展望2030` over `2030年…` is a heading, though its year meets the next line's
    doc = parse_text(_ZH_SENTENCE_NOTES.format(heading="4．展望2030", opening="2030年以前，"))
    assert doc.headings[-1].title == "展望2030"
    assert len(doc.footnotes) == 3


def _combo(
    language: str,
    marker: str,
    notes: str,
    placement: str,
    numbering: str,
    headings: str,
    width: str,
    furniture: str,
    leading: str,
    front: str,
) -> Combo:
    return Combo(language, marker, notes, placement, numbering, headings, width, furniture, False, leading, front)


# dev combinations (benchmarks/layout_sweep.py, extra and tuned dev articles) this session's rules were written for
_FOUND = [
    # `。*21` over `回…` (seed 7, extra articles)
    (
        "extra",
        _combo(
            "ja",
            "star-number",
            "star-number",
            "endnotes",
            "reuse",
            "cn-space/cn-paren",
            "ragged",
            "none",
            "all",
            "author-notes",
        ),
    ),
    (
        "extra",
        _combo(
            "ja",
            "star-number",
            "star-number",
            "page-bottom",
            "per-page",
            "roman-unicode/arabic/paren-arabic",
            "wrapped",
            "dot",
            "all",
            "author-notes",
        ),
    ),
    # a running head abridging the title, printed once after a page's notes, and once between a heading and text
    (
        "extra",
        _combo(
            "ja",
            "bracket-range",
            "bracket",
            "sentence",
            "per-page",
            "cn-space/cn-paren",
            "ragged",
            "header",
            "all",
            "author-notes",
        ),
    ),
    (
        "extra",
        _combo(
            "ja",
            "bracket",
            "bracket-wide",
            "endnotes",
            "continuous",
            "roman-unicode/arabic/paren-arabic",
            "wrapped",
            "header",
            "all",
            "dateline",
        ),
    ),
    # `*2` over the heading `1.2　…` (seed 13, tuned articles)
    (
        "tuned",
        _combo(
            "ja",
            "star-number",
            "star-number",
            "endnotes",
            "reuse",
            "arabic/arabic-dotted",
            "wrapped",
            "none",
            "all",
            "author-notes",
        ),
    ),
    # a `n．` note line cut inside a number (`…、1` over `12頁。`; seed 9, extra articles)
    (
        "extra",
        _combo(
            "ja",
            "superscript",
            "number-dot",
            "sentence",
            "continuous",
            "cn-space/cn-paren",
            "narrow",
            "header-author",
            "page-resume",
            "plain",
        ),
    ),
]


@pytest.mark.parametrize("articles,combo", _FOUND)
def test_the_dev_combinations_these_rules_were_written_for_are_exact(articles: str, combo: Combo) -> None:
    article = {a.language: a for a in (DEV_EXTRA if articles == "extra" else TUNED)}[combo.language]
    generated = render(combo, article)
    result = check(parse_text(generated.raw), generated)
    assert all(result.values()), result
