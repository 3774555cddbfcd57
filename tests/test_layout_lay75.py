"""lay75 (forty-fourth session): shapes the dev layout set lacked (`tests/layouts/lay75_*`). A chronology's table
copied from a web page (rows parted by tabs, or by spaced bars with no bar opening them) and the note printed under
its last row; a subtitle naming the month it is about above the piece's own dateline. Each rule on text in other
words than the document that showed the miss (other states, other years, other scripts), with traps (lines that
look alike and must not change) and property tests where a line is parsed."""

from __future__ import annotations

from helpers import assert_offsets_valid
from helpers import outside_front_and_body as _furniture
from hypothesis import given
from hypothesis import strategies as st

from allyscope import parse_text
from allyscope.layout.running_heads import _table_row
from allyscope.layout.tables import cells_of, row_line, tables_in

# A zh-Hant page's chronology: its last row stands over a source note, the row over it ends with no stop.
_TAB_CHRONOLOGY = (
    "首頁 > 新聞 > 臺越交流\n"
    "臺越經貿合作大事紀\n"
    "更新日期：2023-11-20\n"
    "以下整理近年臺灣與越南經貿合作的重要事件。\n"
    "年月\t事件\n"
    "1993年4月\t雙方簽署投資保障協定\n"
    "1998年4月\t雙方簽署避免雙重課稅協定\n"
    "2019年10月\t舉辦第一屆臺越經貿論壇\n"
    "2021年6月\t臺灣捐贈防疫物資\n"
    "2023年9月\t雙方舉行經濟合作會議\n"
    "（註）依公開資料整理。\n"
    "相關連結\n"
    "臺越關係簡介\n"
)


def test_a_tab_tables_last_row_over_its_note_stays_text() -> None:
    doc = parse_text(_TAB_CHRONOLOGY)
    assert "雙方舉行經濟合作會議" in doc.text
    assert ("caption", "（註）依公開資料整理。") in _furniture(doc)


def test_a_note_under_a_paragraph_is_no_tables_note() -> None:
    """Trap: the same note label under a sentence of text, no table above it: left as it was."""
    text = _TAB_CHRONOLOGY.replace(
        "2023年9月\t雙方舉行經濟合作會議\n", "雙方於2023年9月舉行經濟合作會議，討論供應鏈議題。\n"
    )
    text = text.replace("年月\t事件\n1993年4月\t雙方簽署投資保障協定\n1998年4月\t雙方簽署避免雙重課稅協定\n", "")
    text = text.replace("2019年10月\t舉辦第一屆臺越經貿論壇\n2021年6月\t臺灣捐贈防疫物資\n", "")
    doc = parse_text(text)
    assert ("caption", "（註）依公開資料整理。") not in _furniture(doc)


def test_table_row_over_or_under_a_row_parted_alike() -> None:
    assert _table_row("2021年6月\t臺灣捐贈防疫物資", "2019年10月\t舉辦論壇", "（註）依公開資料整理。")
    assert _table_row("年月\t事件", "以下整理如下：", "1993年4月\t簽署協定")
    assert _table_row("Exercise    Year", "", "Cobra Gold    2024")
    # traps: a line with one cell, and a row whose neighbours part otherwise
    assert not _table_row("安全保障研究　第12巻", "本文の最後の行である。", "次のページの本文。")
    assert not _table_row("2021年6月\t臺灣捐贈", "一行の本文", "（註）依公開資料整理。")


# An English page's table in spaced bars with no bar opening a row (a spreadsheet or a web table copied as text).
_PIPE_TIMELINE = (
    "Germany and Japan: security milestones\n"
    "Last updated: 14 March 2024\n"
    "The list below gives the main steps in security ties between Germany and Japan since 2021.\n"
    "Year | Milestone\n"
    "2021 | The frigate Bayern calls at Tokyo during its Indo-Pacific deployment.\n"
    "2023 | The two governments hold their first intergovernmental consultations in Tokyo.\n"
    "2024 | An acquisition and cross-servicing agreement is signed in January.\n"
    "Share this page\n"
)


def test_a_pipe_tables_header_row_is_no_heading() -> None:
    doc = parse_text(_PIPE_TIMELINE)
    assert [h.title for h in doc.headings] == []
    assert "Year | Milestone" in doc.text
    assert "An acquisition and cross-servicing agreement is signed in January." in doc.text


def test_spaced_bars_part_a_row_only_beside_a_row_parted_alike() -> None:
    way, cells = cells_of("2023 | The two governments hold consultations.")
    assert way == "pipes" and len(cells) == 2
    assert row_line("Year | Milestone", "The list below.", lambda: "2021 | The frigate calls at Tokyo.")
    # traps: a running head or a byline with one bar, alone among lines of text; an empty cell; an opening bar
    assert not row_line("Policy Brief No. 12 | June 2024", "A sentence of text.", lambda: "Another sentence.")
    assert cells_of("Left |  | Right") == ("", [])
    assert cells_of("| 2021 | Bayern |")[0] == "bars"


def test_pipe_rows_make_one_table() -> None:
    text = "Year | Milestone\n2021 | Bayern calls at Tokyo.\n2023 | First consultations.\n"
    tables = tables_in(text)
    assert len(tables) == 1 and len(tables[0].rows) == 3
    assert tables_in("Policy Brief No. 12 | June 2024\nA sentence.\n") == []
    # traps: labelled fields and a kicker over a byline, set with bars, no row dated
    assert tables_in("作者 | 林嘉树\n来源 | 海洋观察\n编辑 | 王一\n") == []
    assert not row_line("Analysis | Why navies visit", "", lambda: "Anna Berg | Senior Fellow")


# A zh-Hans commentary whose subtitle names the month of the meeting it discusses, its dateline under the byline.
_SUBTITLED = (
    "中德安全对话的回顾\n"
    "——兼论2023年6月柏林政府磋商\n"
    "作者：林嘉树\n"
    "2023年7月5日\n"
    "2023年6月20日，中德两国政府在柏林举行第七轮政府磋商。双方讨论了经贸与气候议题。\n"
    "两国还同意继续就地区安全问题保持沟通。\n"
)


def test_a_subtitle_naming_a_month_dates_no_piece() -> None:
    doc = parse_text(_SUBTITLED)
    assert (doc.date, doc.date_source) == ("2023-07-05", "dateline")


def test_a_dash_alone_before_a_date_still_dates() -> None:
    """Trap: a date after a dash and a space only (a closing or opening date set off by a dash) is a dateline."""
    text = (
        "中德安全对话的回顾\n作者：林嘉树\n—— 2023年7月5日\n"
        "两国同意继续就地区安全问题保持沟通。双方将于明年再次会晤。\n"
    )
    doc = parse_text(text)
    assert doc.date == "2023-07-05"


_DAY = st.builds(lambda y, m: f"{y}年{m}月", st.integers(1990, 2030), st.integers(1, 12))
_ACT = st.text(alphabet="雙方簽署協定舉行會議臺越經貿論壇捐贈物資", min_size=2, max_size=14)


@given(st.lists(st.tuples(_DAY, _ACT), min_size=2, max_size=6), st.sampled_from(["\t", " | "]))
def test_rows_keep_every_character(rows: list[tuple[str, str]], gap: str) -> None:
    """Property: a table of rows (tabs or spaced bars) under a sentence and over a note loses no cell's text, and
    every span stays inside the text."""
    lines = [f"{a}{gap}{b}" for a, b in rows]
    text = "以下整理雙方的重要事件。\n" + "\n".join(lines) + "\n（註）依公開資料整理。\n"
    doc = parse_text(text)
    assert_offsets_valid(doc)
    kept = doc.text + doc.notes_text
    for a, b in rows:
        assert a in kept and b in kept


@given(st.text(alphabet="ab |\t　 12", max_size=40))
def test_cells_lie_inside_the_line(line: str) -> None:
    """Property: every cell `cells_of` finds lies inside the line, in order, none holding a spaced bar."""
    way, cells = cells_of(line)
    at = 0
    for start, end in cells:
        assert at <= start <= end <= len(line)
        at = end
        if way == "pipes":
            assert " | " not in line[start:end]


def test_a_journals_numbered_heads_set_with_a_bar_are_no_rows() -> None:
    """Trap: `3 | FINDINGS` over `3.1 | Sources` (a journal's heads numbered before a bar) part alike: heads."""
    assert cells_of("3 | FINDINGS") == ("", [])
    assert not row_line("3 | FINDINGS", "A sentence ends here.", lambda: "3.1 | Sources")
    text = (
        "Naval Diplomacy in the Baltic\nAnna Berg | Lukas Weber\n"
        "1 | INTRODUCTION\nNavies visit ports to signal intent.\n"
        "2 | FINDINGS\n2.1 | Sources\nWe read every port call reported since 2010.\n"
    )
    assert [h.label for h in parse_text(text).headings][-2:] == ["2", "2.1"]
