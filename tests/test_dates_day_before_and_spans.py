"""Dates counted back and forth from the date before (issue 14, thirteenth session): the day before (`the day
before`, `前一天`, and in Japanese `前日` alone), counts of weeks and months (`two weeks later`, `两个月前`,
`3か月後`, `six months ago`), `直到…才` / `not … until` (when the act happened at last, not the end of a period),
and a range of years written as a span (`在2021年至2022年期間`). Sentences written for these tests, in other words
than the corpus documents the rules were found on."""

from __future__ import annotations

import datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.dates import Anchor, find_dates

_DOC = Anchor(2022, 9, 30)
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]  # fmt: skip
_CN = "一二三四五六七八九十"
_EN = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]


def _dated(text: str, document_date: Anchor | None = _DOC) -> list[tuple[str, str]]:
    return [(m.text, m.edtf) for m in find_dates(text, document_date=document_date) if m.dates_event]


def _roles(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.role) for m in find_dates(text, document_date=_DOC)]


_days = st.dates(min_value=datetime.date(1950, 1, 1), max_value=datetime.date(2049, 12, 31))


@settings(deadline=None)
@given(_days)
def test_the_day_before_is_counted_back_from_the_date_told_last(day: datetime.date) -> None:
    before = (day - datetime.timedelta(days=1)).isoformat()
    english = f"The envoys signed the plan on {day.day} {_MONTHS[day.month - 1]} {day.year}. The day before, they met."
    assert _dated(english)[-1] == ("The day before", before)
    chinese = f"两国于{day.year}年{day.month}月{day.day}日签署协议。前一天，双方举行了预备会谈。"
    assert _dated(chinese)[-1] == ("前一天", before)
    japanese = f"両国は{day.year}年{day.month}月{day.day}日に協定に署名した。前日、事務レベルで協議した。"
    assert _dated(japanese)[-1] == ("前日", before)


def test_zenjitsu_alone_is_read_only_in_japanese_and_never_inside_another_word() -> None:
    # in Chinese `前日` is also the day before yesterday: left out rather than guessed
    assert [t for t, _ in _dated("双方于2021年5月6日会谈。前日，特使抵达。")] == ["2021年5月6日"]
    assert [t for t, _ in _dated("2021年5月6日に会談した。以前日本は参加しなかった。")] == ["2021年5月6日"]
    assert [t for t, _ in _dated("2021年5月6日に会談し、前日程を確認した。")] == ["2021年5月6日"]
    # `前日6日`, the day told with its number, is read as before
    assert _dated("2021年5月7日に会談した。前日6日には外相が到着した。")[-1] == ("前日6日", "2021-05-06")


def test_the_day_before_another_happening_is_not_counted_from_the_date_before() -> None:
    assert [t for t, _ in _dated("The fleet sailed on 4 June 2021. The day before the review, crews rested.")] == [
        "4 June 2021"
    ]


@settings(deadline=None)
@given(_days, st.integers(min_value=1, max_value=10))
def test_weeks_later_and_earlier_move_a_day_by_seven_each(day: datetime.date, weeks: int) -> None:
    later = (day + datetime.timedelta(days=7 * weeks)).isoformat()
    earlier = (day - datetime.timedelta(days=7 * weeks)).isoformat()
    head_en = f"The cabinet approved it on {_MONTHS[day.month - 1]} {day.day}, {day.year}."
    assert _dated(f"{head_en} {_EN[weeks - 1].capitalize()} weeks later, the ship sailed.")[-1][1] == later
    assert _dated(f"{head_en} {weeks} weeks earlier, talks had ended.")[-1][1] == earlier
    head = f"{day.year}年{day.month}月{day.day}日"
    assert _dated(f"内阁于{head}批准该计划，{_CN[weeks - 1]}周后舰艇启航。")[-1][1] == later
    assert _dated(f"{head}に閣議決定し、その{weeks}週間後に艦艇が出港した。")[-1][1] == later
    assert _dated(f"內閣於{head}批准，{weeks}個星期後艦艇啟航。")[-1][1] == later


@settings(deadline=None)
@given(_days, st.integers(min_value=1, max_value=10))
def test_months_later_and_earlier_move_the_month_and_give_a_month(day: datetime.date, months: int) -> None:
    def shifted(step: int) -> str:
        index = day.year * 12 + day.month - 1 + step
        return f"{index // 12:04d}-{index % 12 + 1:02d}"

    head_en = f"The two navies met on {day.day} {_MONTHS[day.month - 1]} {day.year}."
    assert _dated(f"{head_en} {_EN[months - 1].capitalize()} months later they drilled.")[-1][1] == shifted(months)
    assert _dated(f"{head_en} {months} months earlier the deal was done.")[-1][1] == shifted(-months)
    head = f"{day.year}年{day.month}月{day.day}日"
    assert _dated(f"两国海军于{head}会晤，{_CN[months - 1]}个月后举行联合演习。")[-1][1] == shifted(months)
    assert _dated(f"両国海軍は{head}に会合し、{months}か月後に共同訓練を行った。")[-1][1] == shifted(months)
    assert _dated(f"兩國海軍於{head}會晤。{_CN[months - 1]}個月前，雙方已簽署協議。")[-1][1] == shifted(-months)


def test_ago_counts_from_the_documents_date_whatever_came_before() -> None:
    text = "The treaty dates from 12 May 1998. Two months ago the ministers met again."
    assert _dated(text)[-1] == ("Two months ago", "2022-07")
    assert _dated("Three weeks ago the envoys met in Hanoi.") == [("Three weeks ago", "2022-09-09")]


def test_counts_without_a_date_to_count_from_are_left_out() -> None:
    assert _dated("两周后，舰艇启航。", document_date=None) == []
    assert _dated("In 2019 the plan was drafted. Two weeks later it was shelved.")[-1] == ("2019", "2019")
    # `一周年` (an anniversary) and `两个国家` are no counts
    assert _dated("2021年5月6日，两国纪念建交一周年。两个国家的代表出席。") == [("2021年5月6日", "2021-05-06")]


def test_zhidao_cai_and_not_until_date_the_act_rather_than_end_a_period() -> None:
    assert _roles("两国直到2019年3月才恢复军事对话。") == [("2019年3月", "")]
    assert _roles("直到2019年，双方才重启谈判。") == [("2019年", "")]
    assert _roles("該協定直到去年秋天才生效。")[0][1] == ""
    assert _roles("The ministers did not meet again until June 2019.") == [("June 2019", "")]
    assert _roles("It was not until 2019 that the talks resumed.") == [("2019", "")]
    # without `才` or a negation, `until` still ends a period
    assert _roles("The mandate runs until June 2030.") == [("June 2030", "period-end")]
    assert _roles("该协定有效期直到2030年，届时可续签。") == [("2030年", "period-end")]
    # `刚才` is `just now`, not `only then`
    assert _roles("该计划直到2030年，刚才已经说明。") == [("2030年", "period-end")]


@settings(deadline=None)
@given(st.integers(min_value=1950, max_value=2040), st.integers(min_value=1, max_value=9))
def test_a_range_of_years_written_as_a_span_names_a_period(first: int, length: int) -> None:
    last = first + length
    for text in (
        f"在{first}年至{last}年期間，雙方舉行多次會談。",
        f"在{first}年至{last}年期间，双方多次会谈。",
        f"{first}年から{last}年までの間に、両国は数回会談した。",
    ):
        found = find_dates(text, document_date=_DOC)
        assert [(m.edtf, m.role) for m in found] == [(f"{first}/{last}", "period")], text
    # a range that opens its clause still dates what the clause tells
    assert _dated(f"{first}年から{last}年にかけて、両国は協議を重ねた。") == [
        (f"{first}年から{last}年にかけて", f"{first}/{last}")
    ]


def test_a_year_joined_to_the_text_of_a_document_names_it() -> None:
    found = find_dates("2016年5月3日，两国签署新协定，取代2004年的文本。", document_date=_DOC)
    assert [(m.text, m.dates_event) for m in found] == [("2016年5月3日", True), ("2004年", False)]


@settings(deadline=None)
@given(_days, st.integers(min_value=1, max_value=40))
def test_a_day_begun_on_and_a_later_day_run_until_are_one_range(day: datetime.date, length: int) -> None:
    last = day + datetime.timedelta(days=length)
    span = f"{day.isoformat()}/{last.isoformat()}"
    doc = Anchor(day.year, day.month, day.day)
    english = f"The naval drill begins today and runs until {last.day} {_MONTHS[last.month - 1]} {last.year}."
    assert [e for _, e in _dated(english, doc)] == [span]
    chinese = f"联合演习于今天开始，将持续至{last.year}年{last.month}月{last.day}日。"
    assert [e for _, e in _dated(chinese, doc)] == [span]
    japanese = f"共同訓練は本日始まり、{last.year}年{last.month}月{last.day}日まで続く。"
    assert [e for _, e in _dated(japanese, doc)] == [span]


def test_a_beginning_and_a_later_act_of_their_own_stay_two_days() -> None:
    # a second act on the later day, not the end of the first: two dates
    text = "The talks began on 3 May 2021 and the treaty was signed on 9 May."
    assert [e for _, e in _dated(text)] == ["2021-05-03", "2021-05-09"]
    # (`开始` right after a day also makes it an open start: from then on)
    assert [e for _, e in _dated("会谈于2021年5月3日开始，5月9日签署条约。")] == ["2021-05-03/..", "2021-05-09"]


def test_the_first_since_a_year_is_no_open_start_of_the_act() -> None:
    assert _roles("It was the first visit by a Chilean minister since 2015.") == [("since 2015", "period")]
    assert _roles("这是2015年以来两国海军首次联合巡逻。")[0][1] == "period"
    assert _roles("両国の外相会談は2015年以来初めてとなった。")[0][1] == "period"
    # an open start that dates a run of acts keeps its reading
    assert _dated("Since 2015 the two coast guards have trained together.") == [("Since 2015", "2015/..")]
    assert _dated("自2015年起，两国海警每年举行联合训练。") == [("2015年起", "2015/..")]
