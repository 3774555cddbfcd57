"""Yearless dates after a recall, and days counted from the document's own day (issue 14, dates; branch date81).

Dev's false events of wrong dates on annotated acts held two shapes this branch reads:

- A story told forward that recalls an earlier act by its date, then goes on with a yearless day or month
  (`8日…会见总统。中马于1972年10月14日建交…。9日，…会见…`, `兩國2014年12月簽署的協定。大國民議會於6月7日批准…`,
  `双方回顾了2016年10月…的国事访问，当时…。7月10日，…`, `…established diplomatic relations on Aug. 15, 1974. In
  May, …`): read under the recalled date, the yearless one would run back before it; a reader takes it as the
  story's next step, anchored as if the recall had not been told (`reading._runs_back_from`).
- A day written right after `本` or `昨` without brackets, as Japanese releases write it (`本2日、…決定しました`):
  a day of the document's own date, not of the date told earlier in the sentence (`date_rules.json`
  `glossed_days_bare`); and `本月` with a day in Chinese numerals (`本月十一日`).

The tests use other states and other words than those documents, with traps: a date after the recalled one stays
in it; a yearless date with no jump back before it keeps the date told last; `日本2日間` is no date."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from allyscope.dates import read_dates
from allyscope.dates.values import Anchor


def _dates(text: str, document: tuple[int, int, int]) -> list[tuple[str, str]]:
    return [(m.text, m.edtf) for m in read_dates(text, document_date=Anchor(*document)).mentions]


def test_a_day_after_a_recalled_day_goes_on_with_the_story_zh_hans() -> None:
    text = "5日，外长抵达万象，会见老挝总理。中老于1961年4月25日建交，六十多年来友好合作。6日，外长同老挝外长举行会谈。"
    assert _dates(text, (2024, 3, 8))[-1] == ("6日", "2024-03-06")


def test_a_day_after_a_document_year_in_a_modifier_zh_hant() -> None:
    text = (
        "答：4月15日，我方首批教官抵達利馬。\n\n"
        "此次派遣的依據是兩國2019年11月簽署的合作協定。智利國會於4月2日通過了執行辦法。"
    )
    assert _dates(text, (2023, 4, 20))[-1] == ("4月2日", "2023-04-02")


def test_a_month_after_a_recalled_visit_ja() -> None:
    text = (
        "両国は2023年9月に包括的戦略的パートナーシップを結んだ。\n\n"
        "両首脳は2018年11月の首相の訪問を振り返った。7月には外相会談が開かれた。"
    )
    assert _dates(text, (2024, 8, 1))[-1] == ("7月", "2024-07")


def test_a_month_after_a_recalled_establishment_en() -> None:
    text = (
        "BRASILIA, March 3, 2025 — The ministers met on Monday.\n\n"
        "The two states established relations on Oct. 2, 1960. In January, the envoy travelled to Santiago."
    )
    assert _dates(text, (2025, 3, 3))[-1][1] == "2025-01"


def test_trap_a_date_after_the_recalled_one_stays_in_it() -> None:
    text = "5日，外长抵达万象。中老于1961年4月25日建交。28日，两国互派大使。"
    assert _dates(text, (2024, 3, 8))[-1] == ("28日", "1961-04-28")


def test_trap_no_jump_back_keeps_the_date_told_last() -> None:
    text = "2016年10月，两国签署了联合声明。3月，双方举行了会谈。"
    assert _dates(text, (2024, 11, 20))[-1] == ("3月", "2016-03")


def test_trap_a_chronology_told_forward_keeps_each_year() -> None:
    text = "1998年5月，两国签署协定。6月，双方举行会谈。"
    assert _dates(text, (2024, 11, 20)) == [("1998年5月", "1998-05"), ("6月", "1998-06")]


def test_a_bare_day_after_hon_is_of_the_documents_day() -> None:
    text = (
        "1　日本政府は、4月27日に同国北部で発生した洪水の被害に対し、本3日、緊急援助物資を供与することを決定しました。"
    )
    assert _dates(text, (2024, 5, 3))[-1] == ("本3日", "2024-05-03")


def test_a_bare_day_after_saku_counts_back_from_the_document() -> None:
    assert _dates("外務省は昨14日、声明を発表した。", (2024, 5, 15)) == [("昨14日", "2024-05-14")]


def test_trap_hon_ending_another_word_is_no_date() -> None:
    assert _dates("日本2日間の日程で協議した。", (2024, 5, 3)) == []


def test_this_month_with_a_day_in_chinese_numerals() -> None:
    assert _dates("一、本月二十三日，兩國外長在台北舉行會談。", (2024, 5, 25)) == [("本月二十三日", "2024-05-23")]


@given(
    story_day=st.integers(min_value=2, max_value=27),
    recall=st.tuples(st.integers(min_value=1950, max_value=2015), st.integers(1, 12), st.integers(2, 28)),
)
def test_a_day_running_back_from_a_recall_is_the_storys(story_day: int, recall: tuple[int, int, int]) -> None:
    """Whatever the recalled date, a bare day before its day in its month goes on in the story's month."""
    year, month, day = recall
    text = f"{story_day}日，外长会见总统。两国于{year}年{month}月{day}日建交。{day - 1}日，双方举行会谈。"
    assert _dates(text, (2024, 3, 28))[-1] == (f"{day - 1}日", f"2024-03-{day - 1:02d}")


@given(
    day=st.integers(min_value=1, max_value=28),
    before=st.sampled_from(["", "3月28日に発生した地震に対し、", "昨年12月の会談を踏まえ、", "政府は"]),
)
def test_hon_day_is_always_the_documents(day: int, before: str) -> None:
    """Whatever stands before it in the sentence, `本N日` is that day of the document's month."""
    text = f"1　日本政府は、{before}本{day}日、医療チームを派遣することを決定しました。"
    assert _dates(text, (2025, 4, day))[-1] == (f"本{day}日", f"2025-04-{day:02d}")
