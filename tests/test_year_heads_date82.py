"""Heads that carry the year of the chronology under them (issue 14, dates of events; branch date82).

A chronology's rows (`10月21日　…`, `・5月27日、…`) stand under a head that gives their year in another form than a
Gregorian year alone on its line: an era's year with the Gregorian year in brackets (`平成18年（2006年）`), or a short
title ending with the year in brackets (`年表（2024年）`, `安倍首相のマルタ訪問（2017年）`). A reader takes the rows in
the head's year, before any date the text above told; so do the layout (no such line is the document's date line)
and the dates stage (`allyscope/dates/year_heads.py`). Written with other states and other words than the dev
pages the shape came from; traps: a sentence that ends with a bracketed year, a name glossed by its year inside a
line, a head naming two years, prose under a head."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from allyscope.dates.reading import read_dates
from allyscope.dates.year_heads import head_year
from allyscope.extraction import extract_json
from allyscope.layout.dating import document_date, heads_yearless_lines


def _year(line: str) -> int | None:
    return head_year(line, read_dates(line).mentions)


def _events(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    path = tmp_path / "page.txt"
    path.write_text(text, "utf-8")
    return sorted((e["date"], e["evidence"]["text"][:10]) for e in extract_json(path)["events"])


def test_an_era_year_glossed_by_its_gregorian_year_heads_its_rows_ja(tmp_path: Path) -> None:
    text = (
        "日本とエストニアの関係\n\n"
        "概要\n"
        "日本は1921年にエストニアを承認した。1991年10月、両国は外交関係を再開した。\n\n"
        "要人往来\n"
        "平成19年（2007年）\n"
        "5月24日　天皇・皇后がタリンを訪問し、イルヴェス大統領と会見した。\n"
        "平成30年（2018年）\n"
        "1月12日　安倍首相がタリンを訪問し、ラタス首相と会談した。\n"
        "令和5年（2023年）\n"
        "3月8日　カラス首相が訪日し、岸田首相と会談した。\n"
    )
    dates = [d for d, _ in _events(tmp_path, text)]
    assert "2018-01-12" in dates and "2023-03-08" in dates and "2007-05-24" in dates
    assert not any(d.startswith(("1991-01", "1991-03", "1991-05", "2007-01", "2007-03")) for d in dates)


def test_a_title_ending_with_its_year_in_brackets_heads_its_rows_zh_hant(tmp_path: Path) -> None:
    text = (
        "中國—蒙古關係\n\n"
        "兩國於1949年10月16日建交。2014年8月，兩國關係提升為全面戰略夥伴關係。\n\n"
        "大事記（2019年）\n"
        "4月25日　蒙古總統巴特圖勒嘎在北京同習近平舉行會談。\n"
        "10月16日　兩國外長在北京舉行會談，慶祝建交70週年。\n"
    )
    dates = [d for d, _ in _events(tmp_path, text)]
    assert "2019-04-25" in dates and "2019-10-16" in dates
    assert not any(d.startswith("2014-04") or d.startswith("2014-10") for d in dates)


def test_a_visit_headed_by_its_year_in_brackets_ja(tmp_path: Path) -> None:
    text = (
        "日本とキプロスの関係\n\n"
        "1960年8月、キプロスは英国から独立した。同年、両国は外交関係を樹立した。\n\n"
        "岸田外相のキプロス訪問（2015年）\n\n"
        "・4月30日、岸田外相はニコシアを訪問し、カスリデス外相と会談した。\n"
    )
    dates = [d for d, _ in _events(tmp_path, text)]
    assert "2015-04-30" in dates
    assert "1960-04-30" not in dates


def test_an_era_year_heading_rows_is_no_date_line_of_the_document() -> None:
    front = ["日本とエストニアの関係", "要人往来", "平成30年（2018年）", "1月12日　安倍首相がタリンを訪問。"]
    assert document_date(front, []) is None
    assert heads_yearless_lines("平成30年（2018年）", "1月12日　安倍首相がタリンを訪問。")
    assert heads_yearless_lines("令和元年", "10月22日　即位礼正殿の儀。")


def test_trap_an_era_year_over_prose_is_still_a_date_line() -> None:
    assert not heads_yearless_lines("令和5年", "外務省は本日、次のとおり発表した。")
    front = ["外務省報道発表", "令和5年", "外務省は本日、次のとおり発表した。"]
    assert document_date(front, []) == ("2023", "dateline")


def test_trap_a_sentence_ending_with_a_bracketed_year_is_no_head() -> None:
    assert _year("両国首脳は会談し、共同声明に署名した（2017年）") is None
    assert _year("兩國簽署了自由貿易協定，並於次年生效（2017年）") is None


def test_trap_a_year_glossing_a_name_inside_the_line_is_no_head() -> None:
    assert _year("ハルハ河戦争（1939年）の記憶") is None


def test_trap_a_head_naming_two_years_is_no_year_head() -> None:
    assert _year("年表（2019年—2020年）") is None
    assert _year("2015年の訪問（2017年）") is None


def test_trap_prose_under_a_year_head_keeps_its_own_reading(tmp_path: Path) -> None:
    text = (
        "中國—蒙古關係\n\n"
        "大事記（2019年）\n"
        "4月25日　蒙古總統巴特圖勒嘎在北京同習近平舉行會談。\n\n"
        "評價\n"
        "2022年11月，蒙古總統呼日勒蘇赫對中國進行國事訪問。28日，兩國元首舉行會談。\n"
    )
    dates = [d for d, _ in _events(tmp_path, text)]
    assert "2022-11-28" in dates and "2019-11-28" not in dates


@given(era=st.sampled_from([("平成", 1988), ("令和", 2018)]), number=st.integers(1, 30))
def test_any_era_year_with_its_gloss_heads_in_the_gregorian_year(era: tuple[str, int], number: int) -> None:
    name, offset = era
    if name == "令和" and number > 7:
        number = 7
    year = offset + number
    written = "元" if number == 1 else str(number)
    assert _year(f"{name}{written}年（{year}年）") == year
    assert heads_yearless_lines(f"{name}{written}年（{year}年）", "3月1日　両国外相が会談。")


_LETTERS = st.text(alphabet=st.sampled_from("年表日本中國關係訪問首相外務大臣の交流史略"), min_size=1, max_size=20)


@given(title=_LETTERS, year=st.integers(1950, 2030), bracket=st.sampled_from([("（", "）"), ("(", ")")]))
def test_any_short_title_ending_with_a_bracketed_year_is_a_head(
    title: str, year: int, bracket: tuple[str, str]
) -> None:
    line = f"{title}{bracket[0]}{year}年{bracket[1]}"
    found = _year(line)
    if len(read_dates(line).mentions) == 1:
        assert found == year


@given(title=_LETTERS, stop=st.sampled_from("。，、！？"), year=st.integers(1950, 2030))
def test_no_title_holding_a_sentence_stop_is_a_head(title: str, stop: str, year: int) -> None:
    assert _year(f"{title}{stop}{title}（{year}年）") is None
