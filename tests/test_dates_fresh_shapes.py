"""Date shapes documents the dev half held little of (issue 14, dates on fresh documents): a range of
days whose first day has no 日 (`6月3～5日`, `六月三至五日`), the year and day before last counted from the
document's date (`一昨年`, `おととし`, Chinese `前年`, `一昨日`, `前天`, `前（28）日`), decades in Chinese numerals
(`二〇一〇年代`), the month before the date told last (`前月3日`), a weekday of an act still to come (`is
scheduled to … on Friday`), a release dated by the full date that opens its lead (`2023年6月12日，…`), a
chronology's entry headed by a word of time (`Early the following month – …`), a story's dateline in
lenticular brackets (`【6月3日 北京】`) and a year joined to a report (`2018年的年報`). Dates are generated
with their value known by construction (hypothesis) or written for these tests in other words than
the corpus documents."""

from __future__ import annotations

import datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope import extract
from allyscope.dates import Anchor, find_dates

_DIGITS = "〇一二三四五六七八九"
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _cjk_count(n: int) -> str:
    """1–99 in Chinese numerals as a month or day is written (`三`, `十二`, `二十一`, `三十`)."""
    tens, ones = divmod(n, 10)
    if not tens:
        return _DIGITS[ones]
    return ("" if tens == 1 else _DIGITS[tens]) + "十" + (_DIGITS[ones] if ones else "")


def _cjk_year(year: int) -> str:
    """A year digit by digit (`二〇二四`)."""
    return "".join(_DIGITS[int(c)] for c in str(year))


def _dated(text: str, document_date: Anchor | None) -> list[tuple[str, str]]:
    return [(m.text, m.edtf) for m in find_dates(text, document_date=document_date) if m.dates_event]


_days = st.dates(min_value=datetime.date(1990, 1, 1), max_value=datetime.date(2030, 12, 31))


@settings(deadline=None)  # the first example compiles the date expression
@given(
    day=st.dates(min_value=datetime.date(1990, 1, 1), max_value=datetime.date(2030, 12, 27)),
    length=st.integers(min_value=1, max_value=3),
    separator=st.sampled_from(["～", "〜", "~", "至", "-", "－", "–"]),
    cjk=st.booleans(),
    with_year=st.booleans(),
)
def test_a_range_of_days_whose_first_day_has_no_day_sign(
    day: datetime.date, length: int, separator: str, cjk: bool, with_year: bool
) -> None:
    last = day + datetime.timedelta(days=length)
    if last.month != day.month:
        return  # a range within one month (across months both ends name their month)
    number = _cjk_count if cjk else str
    year = (_cjk_year(day.year) if cjk else str(day.year)) + "年" if with_year else ""
    text = f"{year}{number(day.month)}月{number(day.day)}{separator}{number(last.day)}日，两国海军举行联合演习。"
    found = _dated(text, None if with_year else Anchor(day.year, day.month, 28))
    assert found == [(text[: text.index("日") + 1], f"{day.isoformat()}/{last.isoformat()}")]


def test_a_lone_hyphen_after_a_day_is_no_range() -> None:
    # `6月3-` with no second day and `日` is no range (nor any date of a day)
    assert [edtf for _, edtf in _dated("会议定于6月3-4点举行。", Anchor(2024, 6, 12))] == []


@settings(deadline=None)  # the first example compiles the date expression
@given(written=_days)
def test_the_year_before_last_counts_from_the_document(written: datetime.date) -> None:
    doc = Anchor(written.year, written.month, written.day)
    two_back = str(written.year - 2)
    assert _dated("一昨年、両国は防衛装備品協定に署名した。", doc) == [("一昨年", two_back)]
    assert _dated("おととし、両国は防衛装備品協定に署名した。", doc) == [("おととし", two_back)]
    # in Chinese `前年` is the year before last; `前年3月` that year's March
    assert _dated("前年，两国签署了防务合作协定。", doc) == [("前年", two_back)]
    assert _dated("前年3月，兩國簽署了防務合作協定。", doc) == [("前年3月", f"{two_back}-03")]


def test_japanese_previous_year_still_counts_from_the_date_before() -> None:
    # in Japanese `前年` is the year before the date told last, not counted from the document's date
    found = _dated("2019年5月、両国は協定に署名した。前年、両国は交渉を始めた。", Anchor(2024, 6, 12))
    assert found == [("2019年5月", "2019-05"), ("前年", "2018")]
    # in Chinese with no document date there is nothing to count `前年` from
    assert _dated("前年，两国签署了防务合作协定。", None) == []


@settings(deadline=None)  # the first example compiles the date expression
@given(written=_days)
def test_the_day_before_yesterday_counts_from_the_document(written: datetime.date) -> None:
    doc = Anchor(written.year, written.month, written.day)
    two_back = written - datetime.timedelta(days=2)
    assert _dated("一昨日、両国の外相は電話会談を行った。", doc) == [("一昨日", two_back.isoformat())]
    assert _dated("前天，两国外长通了电话。", doc) == [("前天", two_back.isoformat())]
    # `前（N）日`: the day before yesterday, its number glossed in brackets
    glossed = f"前（{two_back.day}）日"
    assert _dated(f"外交部{glossed}表示，兩國將擴大合作。", doc) == [(glossed, two_back.isoformat())]


def test_day_before_yesterday_is_no_date_inside_other_words() -> None:
    doc = Anchor(2024, 6, 12)
    assert _dated("目前天气良好，演习照常进行。", doc) == []
    assert _dated("前天津市长率团访问首尔。", doc) == []
    assert _dated("当前天下形势复杂。", doc) == []


@settings(deadline=None)  # the first example compiles the date expression
@given(decade=st.integers(min_value=190, max_value=209), suffix=st.sampled_from(["", "以来", "初", "末"]))
def test_decades_in_chinese_numerals(decade: int, suffix: str) -> None:
    text = f"{_cjk_year(decade * 10)}年代{suffix}，两国关系发展较快。"
    found = [(m.edtf, m.role) for m in find_dates(text)]
    assert found == [(f"{decade}X", "period" if suffix else "")]


@settings(deadline=None)  # the first example compiles the date expression
@given(day=st.dates(min_value=datetime.date(1990, 2, 1), max_value=datetime.date(2030, 12, 31)))
def test_the_month_before_the_date_told_last(day: datetime.date) -> None:
    earlier = (day.replace(day=1) - datetime.timedelta(days=1)).replace(day=min(day.day, 28))
    text = f"{day.year}年{day.month}月{day.day}日、両国は協定に署名した。前月{earlier.day}日、両国の外相が会談した。"
    assert [edtf for _, edtf in _dated(text, None)] == [day.isoformat(), earlier.isoformat()]
    english = f"{day.year}年{day.month}月{day.day}日，两国签署协定。 The month before, the ministers met."
    assert [edtf for _, edtf in _dated(english, None)][-1] == earlier.isoformat()[:7]


def test_the_month_before_is_no_date_inside_a_chinese_word() -> None:
    assert _dated("2019年5月3日，两国签署协定。目前月度贸易额稳定。", None) == [("2019年5月3日", "2019-05-03")]


@settings(deadline=None)  # the first example compiles the date expression
@given(written=_days, weekday=st.integers(min_value=0, max_value=6))
def test_a_weekday_of_an_act_to_come_is_the_next_such_day(written: datetime.date, weekday: int) -> None:
    doc = Anchor(written.year, written.month, written.day)
    name = _WEEKDAYS[weekday]
    ahead = written + datetime.timedelta(days=(weekday - written.weekday()) % 7)
    behind = written - datetime.timedelta(days=(written.weekday() - weekday) % 7)
    assert _dated(f"The minister is scheduled to visit the base on {name}.", doc) == [(name, ahead.isoformat())]
    assert _dated(f"The two navies will hold a drill on {name}.", doc) == [(name, ahead.isoformat())]
    assert _dated(f"The minister visited the base on {name}.", doc) == [(name, behind.isoformat())]
    # a past act inside the sentence of a future one keeps its own weekday in the past
    past = f"The coast guards will share data under an agreement signed on {name}."
    assert _dated(past, doc) == [(name, behind.isoformat())]
    short = "一二三四五六日"[weekday]
    assert _dated(f"两国将于周{short}举行会谈。", doc) == [(f"周{short}", ahead.isoformat())]
    assert _dated(f"两国周{short}举行了会谈。", doc) == [(f"周{short}", behind.isoformat())]


def test_a_release_is_dated_by_the_full_date_opening_its_lead() -> None:
    text = (
        "外交部新闻稿\n\n两国元首举行会谈\n\n2021年9月14日，两国元首在首都举行会谈。\n\n"
        "昨天，两国外长签署了合作文件。上周五，代表团抵达首都。今年3月，双方宣布建立伙伴关系。同月26日，双方互设使馆。"
    )
    dates = [(m.text, m.edtf) for m in extract(text).dates]
    assert ("昨天", "2021-09-13") in dates
    assert ("上周五", "2021-09-10") in dates  # 14 September 2021 was a Tuesday
    assert ("今年3月", "2021-03") in dates
    assert ("同月26日", "2021-03-26") in dates


def test_a_date_inside_the_first_sentence_dates_no_release() -> None:
    # the first date stands inside a sentence: nothing dates the document, so `昨天` is left out
    text = "两国关系\n\n两国于2021年9月14日举行会谈。\n\n昨天，两国外长签署了合作文件。"
    assert [m.text for m in extract(text).dates] == ["2021年9月14日"]
    # a month is no date of a release
    text = "两国关系\n\n2021年9月，两国举行会谈。\n\n昨天，两国外长签署了合作文件。"
    assert [m.text for m in extract(text).dates] == ["2021年9月"]


def test_a_chronology_entry_headed_by_a_word_of_time_is_no_dateline() -> None:
    text = "5 March 2019 – The two sides sign a framework.\nLate the following month – The senate ratifies it.\n"
    found = [(m.text, m.edtf, m.role) for m in find_dates(text)]
    assert found[1] == ("the following month", "2019-04", "")
    # a wire story's own dateline stays one
    wire = "OSLO, Oct. 22 (Allyscope Wire) — The two ministers met on Tuesday."
    assert find_dates(wire, document_date=Anchor(2024, 10, 25))[0].role == "dateline"


def test_a_dateline_in_lenticular_brackets() -> None:
    doc = Anchor(2024, 6, 12)
    texts = (
        "【6月3日 北京】两国外长举行会谈。",
        "【北京6月3日】两国外长举行会谈。",
        "〔東京6月3日 共同〕両外相は会談した。",
    )
    for text in texts:
        assert [(m.edtf, m.role) for m in find_dates(text, document_date=doc)] == [("2024-06-03", "dateline")], text
    # a bracket inside a sentence is no dateline
    assert find_dates("两国外长【6月3日】在北京举行会谈。", document_date=doc)[0].role == ""


def test_a_year_joined_to_a_report_names_the_report() -> None:
    texts = (
        "据港务局2018年的年報，该港货运量有限。",
        "据2018年报告，合作加深。",
        "2018年年次報告によれば、貿易は増えた。",
    )
    for text in texts:
        assert [(m.edtf, m.document) for m in find_dates(text)] == [("2018", True)], text
    assert [(m.edtf, m.document) for m in find_dates("2018年，两国签署协定。")] == [("2018", False)]


@settings(deadline=None)  # the first example compiles the date expression
@given(year=st.integers(min_value=100, max_value=119), month=st.integers(min_value=1, max_value=12))
def test_era_years_past_a_hundred_in_chinese_numerals(year: int, month: int) -> None:
    hundred = "一百" + ("" if year == 100 else ("零" + _DIGITS[year - 100] if year < 110 else _cjk_count(year - 100)))
    text = f"中華民國{hundred}年{_cjk_count(month)}月，兩國簽署合作協定。"
    assert [edtf for _, edtf in _dated(text, None)] == [f"{1911 + year}-{month:02d}"]


@settings(deadline=None)  # the first example compiles the date expression
@given(day=st.dates(min_value=datetime.date(1990, 1, 1), max_value=datetime.date(2030, 12, 1)))
def test_a_day_of_the_same_month_in_chinese_numerals(day: datetime.date) -> None:
    later = day.replace(day=min(28, day.day + 1 + (day.day % 5)))
    for same in ("同月", "當月"):
        text = f"{day.year}年{day.month}月{day.day}日，兩國簽署協定。{same}{_cjk_count(later.day)}日，雙方舉行會談。"
        assert [edtf for _, edtf in _dated(text, None)] == [day.isoformat(), later.isoformat()]


@settings(deadline=None)  # the first example compiles the date expression
@given(written=_days)
def test_a_season_written_as_one_word_counts_from_the_document(written: datetime.date) -> None:
    doc = Anchor(written.year, written.month, written.day)
    assert _dated("昨秋、両国は首脳会談を行った。", doc) == [("昨秋", f"{written.year - 1}-23")]
    assert _dated("今春、両国は首脳会談を行った。", doc) == [("今春", f"{written.year}-21")]
    assert _dated("去夏，两国举行了首脳会谈。", doc) == [("去夏", f"{written.year - 1}-22")]
    # `今春节`: this Spring Festival, no season; winter (across two years) is left out
    assert _dated("今春节期间，两国互致贺电。", doc) == []
    assert _dated("今冬，两国举行了会谈。", doc) == []
    assert _dated("海事局部署今冬明春的安全检查工作。", doc) == []  # the coming months, a span


def test_days_joined_by_and_after_between_are_one_range() -> None:
    doc = Anchor(2024, 6, 20)
    found = _dated("The navies drilled between 3 and 5 June off Guam.", doc)
    assert found == [("3 and 5 June", "2024-06-03/2024-06-05")]
    assert _dated("Between 13 and 15 June the envoys met.", doc)[0][1] == "2024-06-13/2024-06-15"


def test_dates_of_a_source_date_no_act() -> None:
    doc = Anchor(2024, 6, 12)
    cited = (
        "两国海军举行联合演习（《解放军报》2024年6月3日）。",
        "兩國海軍舉行聯合演習（據中央社2024年6月3日報導）。",
        "据新华社6月3日报道，两国海军举行了联合演习。",
        "The navies drilled, according to a ministry statement dated June 3.",
        "The envoy handed over a letter dated 3 June 2024.",
        "6月3日付の書簡で、両国は協力を確認した。",
    )
    for text in cited:
        assert [m.role for m in find_dates(text, document_date=doc)] == ["citation"], text
    # the act's own dates stay: `付で` (as of), `据悉` (it is learnt) with the date of the act
    assert find_dates("6月3日付で大使が着任した。", document_date=doc)[0].role == ""
    assert find_dates("据悉，两国6月3日签署了协定。", document_date=doc)[0].role == ""
    assert find_dates("据2001年签署的条约，两国定期会晤。", document_date=doc)[0].role == ""


@settings(deadline=None)
@given(day=st.dates(min_value=datetime.date(1990, 1, 1), max_value=datetime.date(2030, 12, 27)))
def test_two_days_joined_by_japanese_and_are_one_range(day: datetime.date) -> None:
    after = day + datetime.timedelta(days=1)
    if after.month != day.month:
        return
    doc = Anchor(day.year, day.month, 28)
    for joiner in ("及び", "および"):
        text = f"外相は{day.day}日{joiner}{after.day}日に開かれた会合に出席した。"
        assert [edtf for _, edtf in _dated(text, doc)] == [f"{day.isoformat()}/{after.isoformat()}"]


def test_a_clause_after_talks_takes_the_date_of_the_talks() -> None:
    text = (
        "見出し\n\n【東京＝通信】2023年5月9日\n\n両国の外相は8日、東京で会談した。\n\n"
        "外相は7日夜に東京に到着した。両外相は会談後、共同文書に署名した。"
    )
    assert [(m.text, m.edtf) for m in extract(text).dates if m.basis == "after-act"] == [("会談後", "2023-05-08")]
    # the date told last is the act's when its sentence names the act
    text = "見出し\n\n【東京＝通信】2023年5月9日\n\n外相は7日夜に到着し、8日に会談した。両外相は会談後、署名した。"
    assert [m.edtf for m in extract(text).dates if m.basis == "after-act"] == ["2023-05-08"]


def test_a_transcript_dated_after_its_place_dates_its_words() -> None:
    text = (
        "Briefing on the minister's visit\n\nCanberra, 14 March 2022 (transcript; the official is not named)\n\n"
        "OFFICIAL: The ministers met yesterday. The prime minister visited Jakarta on 3 May last year."
    )
    dates = [(m.text, m.edtf) for m in extract(text).dates]
    assert ("yesterday", "2022-03-13") in dates
    assert ("3 May last year", "2021-05-03") in dates


@settings(deadline=None)
@given(day=st.dates(min_value=datetime.date(1990, 1, 1), max_value=datetime.date(2030, 12, 31)))
def test_the_second_day_month_and_year_after(day: datetime.date) -> None:
    told = f"{day.year}年{day.month}月{day.day}日、両国は協定に署名した。"
    index = day.year * 12 + day.month - 1 + 2
    expected = {
        "翌々日": (day + datetime.timedelta(days=2)).isoformat(),
        "翌々月": f"{index // 12}-{index % 12 + 1:02d}",
        "翌々年": str(day.year + 2),
    }
    for word, value in expected.items():
        assert [edtf for _, edtf in _dated(f"{told}{word}、両国の外相が会談した。", None)] == [day.isoformat(), value]
