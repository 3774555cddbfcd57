"""Dates that name a span of time rather than the date of an act (parts of decades, decades after `through` or
`of`, targets ending `年度末までに` or `beyond`), days of `本月` in a range, and
the year heading a chronology's line, on sentences written for these tests (none from the corpus)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from allyscope.dates import Anchor, find_dates, rules

_DOC = Anchor(2021, 3, 14)


def _roles(text: str, document_date: Anchor | None = _DOC) -> list[tuple[str, str]]:
    return [(m.edtf, m.role) for m in find_dates(text, document_date=document_date)]


def test_a_part_of_a_decade_names_a_period_in_any_script() -> None:
    assert _roles("1980年代後期、両国の交流はごく限られていた。") == [("198X", "period")]
    assert _roles("二十世纪七十年代后期，两国几乎没有军事交流。") == [("197X", "period")]
    assert _roles("1990年代初頭には協議の枠組みもなかった。") == [("199X", "period")]


def test_a_decade_opening_a_trend_names_a_period() -> None:
    assert _roles("20世纪80年代以来，双方的海上合作不断扩大。") == [("198X", "period")]


def test_an_english_decade_after_through_or_of_is_a_span_and_so_is_the_one_joined_to_it() -> None:
    assert _roles("Throughout the 1960s and 1970s the two navies trained apart.") == [
        ("196X", "period"),
        ("197X", "period"),
    ]
    assert _roles("The frigates of the 1980s are long retired.") == [("198X", "period")]
    # a decade that dates what the clause tells stays a date
    assert _roles("In the 1960s, Canada sent observers to the truce commission.") == [("196X", "")]


def test_the_end_of_a_fiscal_year_or_a_year_beyond_which_nothing_is_planned_is_a_period_end() -> None:
    assert _roles("2026年度末までに新たな司令部を発足させる。") == [("2026", "period-end")]
    assert _roles("No budget has been set beyond 2032.") == [("2032", "period-end")]


def test_days_of_this_month_in_a_range() -> None:
    found = find_dates("部长本月3日至5日访问了三国。", document_date=Anchor(2022, 6, 20))
    assert [(m.edtf, m.precision) for m in found] == [("2022-06-03/2022-06-05", "range")]


def test_the_year_heading_a_chronology_line_dates_its_days_and_is_no_event_beside_them() -> None:
    text = "1999 – On 3 May the envoys signed the protocol.\n2001 – The two coast guards exercised together."
    found = [(m.text, m.edtf, m.basis, m.role) for m in find_dates(text, document_date=Anchor(2024, 2, 1))]
    assert found == [
        ("1999", "1999", "explicit", "heading"),
        ("3 May", "1999-05-03", "previous-date", ""),
        ("2001", "2001", "explicit", ""),
    ]
    # a year inside a sentence is background, not a line's head: the document's date anchors the day
    background = find_dates("Founded in 1999, the forum met on 3 May.", document_date=Anchor(2024, 6, 1))
    assert [(m.edtf, m.role) for m in background] == [("1999", ""), ("2024-05-03", "")]


def test_a_date_line_ending_in_an_abbreviated_place_dates_no_event() -> None:
    import allyscope
    from allyscope.dates import mark_dates

    doc = mark_dates(allyscope.parse_text("共同声明\n\n2021年5月7日　ワシントンD.C.\n\n1．本日、両首脳は会談した。\n"))
    assert [(m.edtf, m.role) for m in doc.dates] == [("2021-05-07", "dateline"), ("2021-05-07", "")]


@given(
    st.integers(min_value=1950, max_value=2040),
    st.sampled_from(["January", "March", "June", "September", "December"]),
    st.integers(min_value=1, max_value=28),
    st.sampled_from(["–", "—", ":"]),
)
def test_any_chronology_head_dates_the_day_on_its_line(year: int, month: str, day: int, dash: str) -> None:
    found = find_dates(f"{year} {dash} On {day} {month} the envoys met.", document_date=Anchor(2045, 1, 1))
    number = rules()["months_en"][month.lower()]
    assert [(m.edtf, m.role) for m in found] == [(str(year), "heading"), (f"{year}-{number:02d}-{day:02d}", "")]


def test_a_year_in_a_documents_name_after_a_possessive_or_before_a_named_document() -> None:
    assert [m.document for m in find_dates("Canada's 2017 Defence Policy Review set new goals.")] == [True]
    assert [m.document for m in find_dates("1951年の太平洋安全保障条約の下で協力してきた。")] == [True]
    # in Chinese `的` may run on over a verb: the year dates the summit
    assert [m.document for m in find_dates("2019年的峰会上发表联合声明。")] == [False]
    # a year before a signing is the signing's date
    assert [m.document for m in find_dates("1951年の協定署名から半世紀が過ぎた。")] == [False]


def test_two_english_days_joined_by_and_are_an_interval() -> None:
    assert [m.edtf for m in find_dates("The premier visited Hanoi on March 9 and 10, 2017.")] == [
        "2017-03-09/2017-03-10"
    ]
    assert [m.edtf for m in find_dates("Talks were held on 4 and 5 July 2019.")] == ["2019-07-04/2019-07-05"]


def test_an_earlier_month_after_a_date_counted_from_the_document_takes_the_documents_year() -> None:
    found = find_dates("両国は昨年9月に協議した。7月14日には艦艇が寄港した。", document_date=Anchor(2022, 8, 1))
    assert [(m.edtf, m.basis) for m in found] == [("2021-09", "document-date"), ("2022-07-14", "document-date")]
    # a later month runs on from it: November of last year
    found = find_dates("两国去年9月举行磋商，11月3日签署协定。", document_date=Anchor(2022, 8, 1))
    assert [(m.edtf, m.basis) for m in found] == [("2021-09", "document-date"), ("2021-11-03", "previous-date")]


def test_a_day_and_a_later_day_after_a_range_word_are_one_range() -> None:
    doc = Anchor(2019, 6, 4)
    found = find_dates("两国海军今天起至7日在南海举行联合演习。", document_date=doc)
    assert [(m.edtf, m.role) for m in found] == [("2019-06-04/2019-06-07", ""), ("2019-06-07", "period-end")]
    found = find_dates("本日から7日まで共同訓練を行う。", document_date=doc)
    assert [(m.edtf, m.role) for m in found] == [("2019-06-04/2019-06-07", ""), ("2019-06-07", "period-end")]
    # two days with no word of a range between them stay two dates
    assert [m.edtf for m in find_dates("今天，双方会谈；7日，舰队离港。", document_date=doc)] == [
        "2019-06-04",
        "2019-06-07",
    ]


def test_a_day_read_as_an_open_start_is_closed_by_a_later_day_before_nikakete() -> None:
    """`29日から30日にかけて`: `から` first reads as an open start; the later day and `にかけて`/`まで` close it."""
    found = find_dates("大統領は2024年1月29日から30日にかけてベトナムを訪問した。")
    assert [(m.edtf, m.role) for m in found] == [("2024-01-29/2024-01-30", ""), ("2024-01-30", "period-end")]
    found = find_dates("大統領は2024年1月29日から、30日に会談した。")  # no closing word: an open start and a day
    assert [m.edtf for m in found] == ["2024-01-29/..", "2024-01-30"]
