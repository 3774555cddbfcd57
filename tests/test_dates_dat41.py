"""Dates told twice in one expression (a year glossed in brackets in the other count) and era years in Chinese
numerals written digit by digit. Sentences written for these tests (Chile–Peru, Spain–Morocco)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.dates import find_dates

_CJK = "〇一二三四五六七八九"


def _found(text: str) -> list[tuple[str, str]]:
    return [(d.text, d.edtf) for d in find_dates(text) if not d.document]


def test_a_western_year_glossed_by_an_era_year_is_one_date() -> None:
    text = "チリは2008年（平成20年）6月にペルーとの防衛協議を始めた。"
    assert _found(text) == [("2008年（平成20年）6月", "2008-06")]


def test_an_era_year_glossed_by_a_western_year_is_one_date() -> None:
    text = "令和2年（2020年）11月9日、スペインとモロッコの外相が電話で協議した。"
    assert _found(text) == [("令和2年（2020年）11月9日", "2020-11-09")]


def test_a_glossed_year_without_a_month_is_one_date() -> None:
    assert _found("両国は平成9年（1997年）に協定を改正した。") == [("平成9年（1997年）", "1997")]


def test_a_bracket_that_is_no_year_is_left_alone() -> None:
    # a figure in brackets after a year (a count, not a year) does not join the year to a later month
    found = _found("2016年（第3回）の会合を経て、5月に合意した。")
    assert ("2016年", "2016") in found


def test_a_roc_year_in_chinese_numerals_digit_by_digit() -> None:
    assert _found("民國一〇五年三月，兩國簽署漁業協定。") == [("民國一〇五年三月", "2016-03")]
    assert _found("民国九八年，双方建立对话。") == [("民国九八年", "2009")]


def test_a_year_after_a_digit_by_digit_roc_year_counts_from_it() -> None:
    found = _found("民國一一〇年五月，兩國簽署協定；翌年，雙方舉行首次聯合演習。")
    assert found == [("民國一一〇年五月", "2021-05"), ("翌年", "2022")]


@settings(max_examples=150, deadline=None)
@given(st.integers(1, 114), st.integers(1, 12))
def test_any_roc_year_digit_by_digit_reads_as_its_year(year: int, month: int) -> None:
    digits = "".join(_CJK[int(c)] for c in str(year))
    months = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]
    text = f"民國{digits}年{months[month - 1]}月，兩國外長會晤。"
    found = _found(text)
    assert found and found[0].__getitem__(1) == f"{1911 + year:04d}-{month:02d}"


@settings(max_examples=150, deadline=None)
@given(st.integers(1990, 2030), st.integers(1, 12), st.booleans())
def test_any_glossed_year_reads_as_one_date(year: int, month: int, era_first: bool) -> None:
    era, base = ("令和", 2018) if year >= 2019 else ("平成", 1988)
    western, japanese = f"{year}年", f"{era}{year - base}年"
    first, gloss = (japanese, western) if era_first else (western, japanese)
    text = f"{first}（{gloss}）{month}月、両国の防衛相が会談した。"
    assert _found(text) == [(f"{first}（{gloss}）{month}月", f"{year:04d}-{month:02d}")]


def _event_dates(text: str) -> list[tuple[str, str]]:
    import allyscope

    return [(e.date, e.date_text) for e in allyscope.extract(text).events]


def test_a_dateline_with_its_year_in_brackets_dates_the_story() -> None:
    page = (
        "Chile and Peru sign border accord\n\nLIMA, March 9 (2022) -\n\n"
        "Chile and Peru on Wednesday signed an agreement on border patrols, officials said. "
        "The defence ministers of the two states had met in Santiago on Monday.\n"
    )
    found = [d for d in find_dates(page)]
    assert ("March 9 (2022)", "2022-03-09", "dateline") in [(d.text, d.edtf, d.role) for d in found]
    dates = _event_dates(page)
    assert ("2022-03-09", "Wednesday") in dates
    assert ("2022-03-07", "Monday") in dates
    assert all(date_text != "March 9 (2022)" for _, date_text in dates)  # the dateline is no event


def test_a_day_month_dateline_with_a_bracketed_year() -> None:
    found = _found("MADRID, 14 June (2023) — Spain and Morocco held talks on Tuesday.")
    assert found[0] == ("14 June (2023)", "2023-06-14")
    assert ("Tuesday", "2023-06-13") in found


def test_a_year_in_brackets_after_a_full_date_is_left_alone() -> None:
    # a bracket that holds more than a year is no year of the date before it
    found = _found("They met on June 14 (2023 talks) in Madrid.")
    assert ("June 14 (2023", "2023-06-14") not in found


def test_a_japanese_wire_dateline_with_an_equals_sign_is_no_event() -> None:
    page = "チリ・ペルー外相会談\n\n2022年3月11日\n\n【リマ＝9日】チリとペルーの外相は同日、リマで会談した。\n"
    roles = {(d.text, d.role) for d in find_dates(page)}
    assert ("9日", "dateline") in roles
    assert _event_dates(page) == [("2022-03-09", "同日")]


def test_a_japanese_wire_dateline_crediting_its_agency() -> None:
    page = "チリ・ペルー外相会談\n\n2022年3月11日\n\n【サンティアゴ9日＝共同】チリとペルーの国防相は同日、会談した。\n"
    assert ("9日", "dateline") in {(d.text, d.role) for d in find_dates(page)}


def test_a_deadline_at_an_hour_of_a_day_is_no_date_of_an_act() -> None:
    page = (
        "Chile and Peru trade demands\n\nLIMA, March 9 (2022) -\n\n"
        "On Tuesday Peru gave Chile until midnight on Wednesday to answer its note.\n"
    )
    dates = _event_dates(page)
    assert ("2022-03-08", "Tuesday") in dates
    assert all(date != "2022-03-09" for date, _ in dates)
    roles = {(d.text, d.role) for d in find_dates(page)}
    assert ("Wednesday", "period-end") in roles


def test_the_same_evening_is_the_day_before_it() -> None:
    page = (
        "Chile and Peru trade demands\n\nLIMA, March 9 (2022) -\n\n"
        "Peru summoned the Chilean ambassador on Monday. Chile recalled its envoy from Lima the same evening.\n"
    )
    assert ("2022-03-07", "the same evening") in _event_dates(page)


def test_a_dateline_joined_to_the_first_word_of_the_story_is_still_a_dateline() -> None:
    found = find_dates("LIMA, March 9 (2022) -Chile and Peru signed a border accord on Wednesday.")
    assert found[0].role == "dateline"


def test_a_counted_year_opens_a_span_as_a_year_does() -> None:
    found = _found("2017年5月，兩國簽署漁業協定。該聯絡處自同年9月1日起暫停運作。")
    assert found == [("2017年5月", "2017-05"), ("同年9月1日起", "2017-09-01/..")]
    assert _found("2015年に協定が発効し、翌年以降は合同演習が毎年行われている。")[-1] == ("翌年以降", "2016/..")


def test_a_counted_year_without_an_opening_word_stays_a_date() -> None:
    assert _found("2017年5月，兩國簽署協定。同年9月1日，雙方會晤。")[-1] == ("同年9月1日", "2017-09-01")
