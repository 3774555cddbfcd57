"""Chronology layouts of encyclopedia pages (issue 14): dates written in figures, and a year alone on its line
heading the month-and-day lines under it. Written in other words than the dev pages these rules came from."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from allyscope.dates.reading import find_dates
from allyscope.extraction import extract_json


@given(
    year=st.integers(1900, 2099),
    month=st.integers(1, 12),
    day=st.integers(1, 28),
    sep=st.sampled_from([".", "-", "/"]),
    padded=st.booleans(),
)
def test_a_date_in_figures_opening_a_line_is_read_whole(
    year: int, month: int, day: int, sep: str, padded: bool
) -> None:
    written = f"{year}{sep}{month:02d}{sep}{day:02d}" if padded else f"{year}{sep}{month}{sep}{day}"
    found = find_dates(f"{written}　两国外长在河内会谈。")
    assert [(d.text, d.edtf, d.role) for d in found] == [(written, f"{year:04d}-{month:02d}-{day:02d}", "")]


def test_a_year_and_month_in_figures_is_a_date_only_opening_its_line() -> None:
    assert [d.edtf for d in find_dates("2013.07　两国海军首次举行联合演习。")] == ["2013-07"]
    assert find_dates("该国当年的军费约为2013.07亿元。") == []


def test_figures_inside_a_line_are_a_stamp_that_dates_no_act() -> None:
    found = find_dates("Downloaded by a reader on 2022-11-30 from the archive")
    assert [(d.edtf, d.role) for d in found] == [("2022-11-30", "furniture")]
    assert [d.role for d in find_dates("投稿日：2020/4/9")] == ["furniture"]


def test_figures_in_a_path_are_no_date() -> None:
    assert find_dates("see /2018/05/06/page") == []


def test_a_table_row_opening_with_figures_is_a_chronology_entry() -> None:
    found = find_dates("| 1999-03-12 | Three states join the alliance. |")
    assert [(d.edtf, d.role) for d in found] == [("1999-03-12", "")]


def _events(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    path = tmp_path / "page.txt"
    path.write_text(text, "utf-8")
    return sorted((e["date"], e["evidence"]["text"][:12]) for e in extract_json(path)["events"])


def test_a_year_on_its_own_line_dates_the_day_lines_under_it(tmp_path: Path) -> None:
    text = (
        "越南與澳洲的防務關係\n\n條目　最後修訂於2024年6月1日\n\n"
        "兩國的合作以人員培訓和維和為主，澳方每年為越南軍官提供英語培訓。"
        "\n\n年表\n\n2009年\n　9月9日　兩國國防部長在坎培拉簽署防務合作備忘錄。\n"
        "　10月　澳方開始為越南軍官提供維和培訓。\n\n"
        "2018年\n　3月15日　兩國總理在坎培拉宣布建立戰略夥伴關係。\n　11月　兩國舉行首次防務政策對話。\n\n"
        "此後兩國合作不斷加深。\n"
    )
    dates = [d for d, _ in _events(tmp_path, text)]
    assert {"2009-09-09", "2009-10", "2018-03-15", "2018-11"} <= set(dates)
    assert not any(d.startswith(("2023", "2024")) for d in dates)


def test_a_year_heading_ends_where_a_line_opens_without_a_date(tmp_path: Path) -> None:
    text = (
        "日本とベトナムの防衛協力\n\n事典　最終更新 2024年6月1日\n\n"
        "両国の協力は人材育成と平和維持活動の支援が中心である。\n\n"
        "年表\n\n2011年\n　10月24日　両国の防衛相が東京で防衛協力の覚書に署名。\n"
        "　12月　ハノイで初の次官級協議を開催。\n\n"
        "その後、両国の防衛相は3月5日にも東京で会談した。\n"
    )
    dates = [d for d, _ in _events(tmp_path, text)]
    assert {"2011-10-24", "2011-12"} <= set(dates)
    assert "2011-03-05" not in dates  # prose after the chronology is no line under its heading
