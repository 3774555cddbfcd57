"""Dates counted from another (issue 14): counts of days in words (`Eight days later`, `三天后`, `その5日後`), a
year named after a date without one (`on Feb. 16 that year`, `in March the following year`), and a day told again
in brackets after a word of that day (`本日（22日）`, `今日（5日）`, `today (June 20)`), on sentences written for
these tests."""

from __future__ import annotations

import datetime

from hypothesis import given
from hypothesis import strategies as st

from allyscope.dates import Anchor, find_dates, rules

_DOC = Anchor(2023, 11, 20)


def _dated(text: str, document_date: Anchor | None = _DOC) -> list[tuple[str, str, str]]:
    return [(m.text, m.edtf, m.basis) for m in find_dates(text, document_date=document_date) if m.dates_event]


def test_a_count_of_days_in_words_counts_from_the_date_before() -> None:
    assert _dated("The talks opened on 16 March 2021. Eight days later the envoys signed.")[-1] == (
        "Eight days later",
        "2021-03-24",
        "relative",
    )
    assert _dated("Twelve days later the pact was signed.") == []  # no date before it to count from
    assert _dated("2021年3月16日，双方举行会谈。三天后，双方签署协定。")[-1][1:] == ("2021-03-19", "relative")
    assert _dated("2021年3月16日に会談した。その5日後、協定に署名した。")[-1][1:] == ("2021-03-21", "relative")


def test_the_number_words_are_clean() -> None:
    words = rules()["number_words_en"]
    # counts up to ninety: a treaty takes effect thirty, sixty or ninety days after its last instrument (rec64)
    assert all(w == w.lower().strip() and isinstance(v, int) and 0 < v <= 90 for w, v in words.items())


@given(
    st.sampled_from(sorted(rules()["number_words_en"].items())),
    st.dates(datetime.date(1990, 1, 1), datetime.date(2080, 12, 31)),
)
def test_any_count_in_words_is_that_many_days_after(word_value: tuple[str, int], day: datetime.date) -> None:
    word, value = word_value
    text = f"The envoys met on {day.day} {day.strftime('%B')} {day.year}. {word.capitalize()} days later they signed."
    found = _dated(text, None)
    assert found[-1][1] == (day + datetime.timedelta(days=value)).isoformat()


def test_a_year_named_after_a_yearless_date_counts_from_the_date_before() -> None:
    found = _dated("Britain signed on Jan. 12 last year; Germany signed on Feb. 16 that year.")
    assert found == [
        ("Jan. 12 last year", "2022-01-12", "document-date"),
        ("Feb. 16 that year", "2022-02-16", "relative"),
    ]
    assert _dated("The envoys met in 2017. In March the following year they signed.")[-1][1] == "2018-03"
    assert _dated("The talks of 2016 failed; on 3 May the next year they resumed.")[-1][1] == "2017-05-03"
    assert _dated("The forum of 2016 met; in June the previous year it had been founded.")[-1][1] == "2015-06"


def test_a_day_told_again_in_brackets_is_one_date() -> None:
    doc = Anchor(2021, 3, 22)
    assert _dated("本日（22日）、東京において協定の署名が行われた。", doc) == [
        ("本日（22日）", "2021-03-22", "document-date")
    ]
    assert _dated("今日（5日）、両外相が会談した。", Anchor(2021, 3, 5)) == [
        ("今日（5日）", "2021-03-05", "document-date")
    ]
    assert [d[1] for d in _dated("昨天（21日），两国外长通电话。", doc)] == ["2021-03-21"]
    assert [d[1] for d in _dated("The ministers met today (March 22) in Manila.", doc)] == ["2021-03-22"]
    # a date in numbers with another in brackets is not a word of a day told again
    assert len(_dated("They met on 3 May (4 May in Tokyo).", doc)) == 2


def test_a_day_or_month_counted_from_the_documents_with_its_number_in_brackets() -> None:
    doc = Anchor(2020, 9, 1)
    assert _dated("韋德齊議長今（1）日上午在立法院發表演說。", doc) == [("今（1）日", "2020-09-01", "document-date")]
    assert _dated("訪問團於上（8）月30日搭乘專機抵達。", doc)[0][:2] == ("上（8）月30日", "2020-08-30")
    assert _dated("代表團明（2）日將前往臺南。", doc)[0][1] == "2020-09-02"
    assert _dated("外交部昨（31）日表示歡迎。", doc)[0][1] == "2020-08-31"  # yesterday was in the month before
    assert _dated("上（12）月10日雙方簽署協定。", Anchor(2021, 1, 5))[0][1] == "2020-12-10"
    assert _dated("今（1）日上午", None) == []  # nothing to count from


@given(
    st.dates(datetime.date(1990, 1, 1), datetime.date(2080, 12, 31)),
    st.sampled_from(sorted(rules()["glossed_days"].items())),
)
def test_a_glossed_day_is_the_counted_day(day: datetime.date, word_count: tuple[str, int]) -> None:
    word, count = word_count
    meant = day + datetime.timedelta(days=count)
    found = _dated(f"部長{word}（{meant.day}）日表示支持。", Anchor(day.year, day.month, day.day))
    assert found[0][1] == meant.isoformat()


def test_a_season_of_a_year_counted_from_the_documents() -> None:
    assert _dated("双方在今年夏天举行了首次联合演习。")[0][1] == "2023-22"
    assert _dated("兩國去年秋季簽署協定。")[0][1] == "2022-23"
    assert _dated("両国は昨年春に協定に署名した。")[0][1] == "2022-21"


def test_the_day_before_with_its_number_counts_from_the_date_before() -> None:
    assert _dated("2022年5月2日に会談した。なお、総理は前日1日にバンコク入りした。")[-1] == (
        "前日1日",
        "2022-05-01",
        "relative",
    )
    assert _dated("2022年1月1日に着任。前日31日に東京を発った。")[-1][1] == "2021-12-31"  # the month and year before
    assert _dated("前日の19日には首脳会談を行いました。")[0][1:] == ("2023-11-19", "document-date")
    assert _dated("事前日程の調整を行った。") == []  # `前日` inside a word, no day after it


@given(st.dates(datetime.date(1990, 1, 1), datetime.date(2080, 12, 31)))
def test_the_numbered_day_before_is_the_day_before(day: datetime.date) -> None:
    before = day - datetime.timedelta(days=1)
    found = _dated(f"{day.year}年{day.month}月{day.day}日に会談した。前日{before.day}日に到着した。", None)
    assert found[-1][1] == before.isoformat()


def test_a_storys_dateline_is_the_date_its_words_of_today_count_from() -> None:
    text = "（新华社东京2022年7月20日电）两国外长昨天在东京会谈，今天将共同会见记者。"
    assert [(m.text, m.edtf, m.role) for m in find_dates(text)] == [
        ("2022年7月20日", "2022-07-20", "dateline"),
        ("昨天", "2022-07-19", ""),
        ("今天", "2022-07-20", ""),
    ]
    # a document date of its own stays the anchor
    assert find_dates(text, document_date=Anchor(2022, 7, 21))[1].edtf == "2022-07-20"
