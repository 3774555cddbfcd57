"""lay46 (twenty-third session): layouts — note systems. A note marker printed inside a heading cites a note on
the section; it is no word of the heading's title, and it stays a marker linked to its note. Text in other words
than the blind documents (`tests/layouts/l46_*`) that showed the miss."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope import parse_text
from allyscope.layout.heading_markers import MarkerStarts, title_without_markers
from allyscope.model import make_marker

_EN = """Fisheries Enforcement in the Barents Sea

Ingrid Solberg

Background

Norway and Russia have managed the cod stock together since 1976.1 Their joint commission meets every autumn.2

Lessons of the G7

The two coast guards exchange inspection reports.3

Inspections at Sea4

Boardings follow a common protocol.5

Notes

1. Solberg, Shared Stocks, 12.
2. Ibid., 19.
3. Solberg, Shared Stocks, 40.
4. The protocol was revised in 2016.
5. Ibid., 44.
"""


def _linked(text: str) -> tuple[list[str], list[tuple[tuple[int, ...], list[int]]]]:
    doc = parse_text(text)
    by_id = {f.id: f.number for f in doc.footnotes}
    return [h.title for h in doc.headings], [(m.numbers, [by_id[x] for x in m.footnotes]) for m in doc.markers]


def test_a_glued_marker_ending_a_heading_leaves_its_title_and_keeps_its_note() -> None:
    titles, markers = _linked(_EN)
    assert titles == ["Background", "Lessons of the G7", "Inspections at Sea"]
    assert markers == [((n,), [n]) for n in range(1, 6)]


def test_a_number_glued_in_a_heading_that_no_note_answers_stays_in_the_title() -> None:
    titles, _ = _linked(_EN)
    assert "Lessons of the G7" in titles  # no note 7: `G7` is a name, not a marker


def test_a_bracket_marker_on_a_chinese_numbered_heading() -> None:
    text = (
        "湄公河流域的执法合作\n\n王立新\n\n一、缘起\n\n四国于2011年启动联合巡逻。[1]\n\n"
        "二、联合巡逻的指挥体系[2]\n\n巡逻由四国轮流担任指挥。[3]\n\n注释\n\n"
        "[1] 王立新：《流域安全》，2019年，第5页。\n[2] 本节依据四国公开发布的资料。\n[3] 同上，第9页。\n"
    )
    titles, markers = _linked(text)
    assert titles == ["缘起", "联合巡逻的指挥体系"]
    assert markers == [((n,), [n]) for n in range(1, 4)]


def test_a_star_number_marker_on_a_traditional_chinese_heading() -> None:
    text = (
        "臺美海巡合作的進展\n\n林志明\n\n壹、背景\n\n雙方於2021年簽署海巡合作備忘錄*1，並成立工作小組*2。\n\n"
        "貳、聯合訓練的內容*3\n\n訓練包括搜救與執法演練*4。\n\n註釋\n"
        "*1 海洋委員會新聞稿。\n*2 林志明，《海巡外交》，頁12。\n*3 本節資料截至2024年底。\n*4 同上，頁30。\n"
    )
    titles, markers = _linked(text)
    assert titles == ["背景", "聯合訓練的內容"]
    assert markers == [((n,), [n]) for n in range(1, 5)]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.text(alphabet="ab 海の", min_size=0, max_size=6), min_size=1, max_size=5),
    st.lists(st.sampled_from(["[1]", "*2", "³", "①"]), min_size=0, max_size=4),
)
def test_cutting_the_markers_out_of_a_title_leaves_every_other_character(pieces: list[str], signs: list[str]) -> None:
    """Text pieces between marker signs: the title is the pieces joined and stripped, whatever lies around."""
    signs = signs[: len(pieces)]
    text = "xx"  # something before the heading, never part of its title
    markers = []
    for k, piece in enumerate(pieces):
        text += piece
        if k < len(signs):
            markers.append(make_marker(len(text), len(text) + len(signs[k]), (k + 1,), "bracket", str(k + 1), ()))
            text += signs[k]
    start, end = 2, len(text)
    text += "yy[9]"  # a marker after the heading is none of its
    markers.append(make_marker(end + 2, end + 5, (9,), "bracket", "9", ()))
    assert title_without_markers(text, start, end, MarkerStarts(markers[::-1])) == "".join(pieces).strip()


_TABLE = (
    "中越北部湾渔业合作\n\n孙立平\n\n一、合作机构\n\n双方于2004年设立北部湾渔业联合委员会，下设两个小组，分工负责具体事务。¹各小组的分工如下：\n\n"
    "小组　　　　　分工\n资源小组　　　评估渔业资源²\n执法小组　　　联合检查渔船\n\n"
    "二、成效\n\n双方已举行多次联合检查。³\n\n注释\n"
    "¹ 孙立平：《北部湾》，2020年，第8页。\n² 同上，第12页。\n³ 双方2023年新闻公报。\n"
)


def test_a_table_head_row_under_a_line_announcing_it_is_no_head_of_a_new_page() -> None:
    """`…分工如下：` over `小组　　　　　分工` over rows parted alike: the table's head row stays text, so the page
    does not turn there and the notes stay on page one."""
    doc = parse_text(_TABLE)
    assert "小组　　　　　分工" in doc.text
    assert {f.page for f in doc.footnotes} == {1}
    assert [m.numbers for m in doc.markers] == [(1,), (2,), (3,)]


def test_a_short_line_with_no_row_under_it_may_still_be_read_as_cut_text() -> None:
    """The guard asks for a row parted alike under the line: one wide gap in a line over plain text is no table."""
    from allyscope.layout.running_heads import _head_row

    assert _head_row("小组　　　　　分工", "资源小组　　　评估渔业资源")
    assert _head_row("Unit     Task", "Survey team     Count the stock")
    assert not _head_row("小组　　　　　分工", "双方已举行多次联合检查。")
    assert not _head_row("北部湾渔业合作", "资源小组　　　评估渔业资源")
