"""Date shapes issue 14 left open (dates34), each a pattern of the language, with its value known by construction:

- three or more days in a list (`3、5、7日`, `5日、7日和9日`, `3・5・7日`, `3, 5 and 7 June`, `June 3, 5, and 7,
  2023`) are each a day, a date of its own; days each next to the one before (`11、12、13日`) stay one interval, as
  the events README writes coordinated days;
- what follows a list of days counts from its last day (`… on 3 and 5 June. Two days later`, `…和5日…，次日`);
- a season or a part of a year opening a span (`since the autumn of 2023`, `2021年底以來`, `2022年秋以降`) is a period,
  no date of an act, while a season that dates an act stays a date and a month opening a span stays an open start;
- a chronology in a table (bars or tabs): the year cell heads its row (no date of its own), a row whose year cell is
  left empty takes the year of the row above, not the document's, and a month alone in a cell is a date;
- months, weeks and years counted from the document's date (`last month`, `上个月`, `先月`, `上周`, `前年`, `来年`).

The sentences around the dates are written for these tests, in other words than the dev documents."""

from __future__ import annotations

import calendar
import datetime
import itertools

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from allyscope import parse_text
from allyscope.dates import Anchor, find_dates, mark_dates

_MONTHS = list(calendar.month_name)[1:]
_CJK_DIGITS = "〇一二三四五六七八九"


def _dated(text: str, document_date: Anchor | None = None) -> list[str]:
    """The values of the dates of `text` that may date an act, in order."""
    return [m.edtf for m in find_dates(text, document_date=document_date) if m.dates_event]


@st.composite
def _listed_days(draw: st.DrawFn, consecutive: bool = False) -> tuple[int, int, list[int]]:
    """(year, month, three to four days of that month in order), not all next to each other unless `consecutive`."""
    year = draw(st.integers(1995, 2030))
    month = draw(st.integers(1, 12))
    last = calendar.monthrange(year, month)[1]
    count = draw(st.integers(3, 4))
    if consecutive:
        first = draw(st.integers(1, last - count + 1))
        return year, month, list(range(first, first + count))
    days = sorted(draw(st.sets(st.integers(1, last), min_size=count, max_size=count)))
    assume(any(b - a > 1 for a, b in itertools.pairwise(days)))
    return year, month, days


def _values(year: int, month: int, days: list[int]) -> list[str]:
    return [datetime.date(year, month, d).isoformat() for d in days]


@settings(deadline=None)
@given(listed=_listed_days(), form=st.sampled_from(["bare", "each", "dot"]), last_joiner=st.sampled_from("和及と、"))
def test_three_or_more_listed_days_in_chinese_or_japanese_are_each_a_day(
    listed: tuple[int, int, list[int]], form: str, last_joiner: str
) -> None:
    year, month, days = listed
    if form == "bare":  # `2023年6月3、5、7日`
        written = f"{year}年{month}月" + "、".join(str(d) for d in days) + "日"
    elif form == "each":  # `2023年6月3日、5日和7日`
        written = f"{year}年{month}月" + "、".join(f"{d}日" for d in days[:-1]) + f"{last_joiner}{days[-1]}日"
    else:  # `2023年6月3・5・7日`
        written = f"{year}年{month}月" + "・".join(str(d) for d in days) + "日"
    assert _dated(f"{written}，两国海军在近海举行了联合训练。") == _values(year, month, days)


@settings(deadline=None)
@given(listed=_listed_days())
def test_listed_days_in_chinese_numerals_are_each_a_day(listed: tuple[int, int, list[int]]) -> None:
    year, month, days = listed

    def numeral(n: int) -> str:
        tens, ones = divmod(n, 10)
        return ("" if tens < 2 else _CJK_DIGITS[tens]) + ("十" if tens else "") + (_CJK_DIGITS[ones] if ones else "")

    year_cjk = "".join(_CJK_DIGITS[int(c)] for c in str(year))
    written = f"{year_cjk}年{numeral(month)}月" + "、".join(numeral(d) for d in days) + "日"
    assert _dated(f"{written}，双方工作组在边境口岸会面。") == _values(year, month, days)


@settings(deadline=None)
@given(listed=_listed_days(consecutive=True), form=st.sampled_from(["bare", "each"]))
def test_listed_days_each_next_to_the_one_before_stay_one_interval(
    listed: tuple[int, int, list[int]], form: str
) -> None:
    year, month, days = listed
    joined = "、".join(str(d) for d in days) + "日" if form == "bare" else "、".join(f"{d}日" for d in days)
    values = _values(year, month, days)
    found = _dated(f"{year}年{month}月{joined}，两国举行了磋商。")
    assert found == [f"{values[0]}/{values[-1]}"] if form == "bare" else found[0].startswith(values[0])


@settings(deadline=None)
@given(listed=_listed_days(), form=st.sampled_from(["dmy", "mdy", "dm", "md"]), comma=st.booleans())
def test_three_or_more_listed_days_in_english_are_each_a_day(
    listed: tuple[int, int, list[int]], form: str, comma: bool
) -> None:
    year, month, days = listed
    name = _MONTHS[month - 1]
    head = ", ".join(str(d) for d in days[:-1]) + ("," if comma else "") + f" and {days[-1]}"
    written = {
        "dmy": f"on {head} {name} {year}",
        "mdy": f"on {name} {head}, {year}",
        "dm": f"on {head} {name}",
        "md": f"on {name} {head}",
    }[form]
    document = Anchor(year, month, 28)  # a date without a year takes the document's year
    assert _dated(f"The coast guards trained together {written}.", document) == _values(year, month, days)


def test_a_comma_before_a_year_is_no_word_of_a_list() -> None:
    assert _dated("They met on December 28 and 30, 2023, in Manila.") == ["2023-12-28", "2023-12-30"]
    assert _dated("Between June 3 and 5, 2023, the talks went on.") == ["2023-06-03/2023-06-05"]
    assert "2023-06-05" not in _dated("On June 3, 5 soldiers and 7 sailors were hurt.", Anchor(2023, 7, 1))


@settings(deadline=None)
@given(
    day=st.dates(min_value=datetime.date(1995, 1, 1), max_value=datetime.date(2030, 12, 20)),
    gap=st.integers(2, 6),
    count=st.sampled_from([("Two", 2), ("Three", 3), ("Four", 4)]),
)
def test_what_follows_a_list_counts_from_its_last_day(day: datetime.date, gap: int, count: tuple[str, int]) -> None:
    later = day + datetime.timedelta(days=gap)
    assume(later.month == day.month)
    name = _MONTHS[day.month - 1]
    text = f"The envoys met on {day.day} and {later.day} {name} {day.year}. {count[0]} days later, they signed a note."
    assert _dated(text)[-1] == (later + datetime.timedelta(days=count[1])).isoformat()
    cjk = f"{day.year}年{day.month}月{day.day}日和{later.day}日，两国特使举行会谈，次日签署了纪要。"
    assert _dated(cjk)[-1] == (later + datetime.timedelta(days=1)).isoformat()
    ja = f"{day.year}年{day.month}月{day.day}日と{later.day}日に協議し、翌日覚書に署名した。"
    assert _dated(ja)[-1] == (later + datetime.timedelta(days=1)).isoformat()
    since = f"The envoys met on {day.day} and {later.day} {name} {day.year}; since then the channel has stayed open."
    assert [m.edtf for m in find_dates(since)][-1] == f"{later.isoformat()}/.."


_SEASONS_EN = {"spring": 21, "summer": 22, "autumn": 23, "fall": 23, "winter": 24}
_SEASONS_CJK = {"春": 21, "夏": 22, "秋": 23, "冬": 24}


@settings(deadline=None)
@given(
    year=st.integers(1995, 2030),
    season=st.sampled_from(sorted(_SEASONS_EN)),
    part=st.sampled_from(["early", "mid", "late"]),
    cjk_part=st.sampled_from(["年底", "年初", "年中", "年末", "底", "初"]),
    cjk_season=st.sampled_from(sorted(_SEASONS_CJK)),
    opener=st.sampled_from(["以来", "以來", "以降", "起"]),
)
def test_a_season_or_part_of_a_year_opening_a_span_is_a_period(
    year: int, season: str, part: str, cjk_part: str, cjk_season: str, opener: str
) -> None:
    assert _dated(f"Joint patrols have gone on since the {season} of {year}, officials said.") == []
    assert _dated(f"Since {part}-{year}, the two coast guards have shared radar data.") == []
    assert (
        _dated(f"{year}{'年' if not cjk_part.startswith('年') else ''}{cjk_part}{opener}，两国边境贸易屡受影响。") == []
    )
    assert _dated(f"{year}年{cjk_season}{opener}、両国の往来は増え続けている。") == []
    # a season that dates an act stays a date; a month opening a span stays an open start
    assert _dated(f"In the {season} of {year}, the two ministers signed a note.") == [f"{year}-{_SEASONS_EN[season]}"]
    assert _dated(f"{year}年{cjk_season}，两国外长签署了备忘录。") == [f"{year}-{_SEASONS_CJK[cjk_season]}"]
    assert _dated(f"{year}年3月起，两国开始联合巡航。") == [f"{year}-03/.."]


def _row_dates(text: str) -> list[tuple[str, str]]:
    """(value, role) of the dates of the rows of a document's table (lines holding a bar or a tab)."""
    doc = mark_dates(parse_text(text))
    out = []
    for d in doc.dates:
        begin, end = doc.text.rfind("\n", 0, d.start) + 1, doc.text.find("\n", d.end)
        line = doc.text[begin : len(doc.text) if end < 0 else end]
        if "|" in line or "\t" in line:
            out.append((d.edtf, d.role))
    return out


@settings(deadline=None, max_examples=25)
@given(
    first=st.integers(1995, 2020),
    months=st.lists(st.integers(1, 12), min_size=2, max_size=2, unique=True),
    day=st.integers(1, 28),
    bars=st.booleans(),
    language=st.sampled_from(["en", "zh"]),
)
def test_a_row_under_an_empty_year_cell_takes_the_year_of_the_row_above(
    first: int, months: list[int], day: int, bars: bool, language: str
) -> None:
    early, later = sorted(months)
    second = first + 2
    if language == "en":
        page, act = "Page updated 5 January 2025.", "The two navies held a joint drill."
        cells = [
            (str(first), f"{day} {_MONTHS[early - 1]}"),
            ("", _MONTHS[later - 1]),
            (str(second), _MONTHS[early - 1]),
        ]
        header = ("Year", "Date", "Event")
    else:
        page, act = "本页更新于2025年1月5日。", "两国海军举行联合演习。"
        cells = [(str(first), f"{early}月{day}日"), ("", f"{later}月"), (str(second), f"{early}月")]
        header = ("年", "日期", "事件")

    def row(year: str, date: str, event: str) -> str:
        return f"| {year} | {date} | {event} |" if bars else f"{year}\t{date}\t{event}"

    table = [row(*header)] + ([("| --- | --- | --- |")] if bars else [])
    table += [row(year, date, act) for year, date in cells]
    text = "Chronology of naval ties\n\n" + page + "\n\n" + "\n".join(table) + "\n"
    found = [value for value, role in _row_dates(text) if not role]
    expected = [f"{first}-{early:02d}-{day:02d}", f"{first}-{later:02d}", f"{second}-{early:02d}"]
    assert found == expected
    # the year cells head their rows: no date of an act of their own
    assert all(role == "heading" for value, role in _row_dates(text) if len(value) == 4)


@settings(deadline=None)
@given(today=st.dates(min_value=datetime.date(1996, 2, 1), max_value=datetime.date(2030, 11, 30)))
def test_months_weeks_and_years_counted_from_the_document_date(today: datetime.date) -> None:
    document = Anchor(today.year, today.month, today.day)
    before = today.replace(day=1) - datetime.timedelta(days=1)
    month_before = f"{before.year:04d}-{before.month:02d}"
    monday = today - datetime.timedelta(days=today.weekday() + 7)
    week_before = f"{monday.isoformat()}/{(monday + datetime.timedelta(days=6)).isoformat()}"
    for text in (
        "上个月，两国防长通了电话。",
        "先月、両国の防衛相が電話会談を行った。",
        "Last month the envoys met again.",
    ):
        found = find_dates(text, document_date=document)
        assert [(m.edtf, m.kind, m.basis) for m in found] == [(month_before, "relative", "document-date")]
    assert _dated("上周，两国海军完成了联合巡逻。", document) == [week_before]
    assert _dated("前年，两国签署了协定。", document) == [str(today.year - 2)]  # Chinese: the year before last
    assert _dated("来年、両国は演習を行う予定だ。", document) == [str(today.year + 1)]


@settings(deadline=None)
@given(
    year=st.integers(1995, 2029),
    told=st.integers(11, 12),
    then=st.integers(1, 2),
    day=st.integers(1, 28),
    form=st.sampled_from(["zh", "en_md", "en_month"]),
)
def test_a_yearless_month_after_a_late_date_runs_on_into_the_next_year(
    year: int, told: int, then: int, day: int, form: str
) -> None:
    assume(told - then >= 10)
    if form == "zh":
        text = f"{year}年{told}月{day}日，两国外长通话。{then}月{day}日，双方签署了纪要。"
        expected = f"{year + 1}-{then:02d}-{day:02d}"
    elif form == "en_md":
        text = (
            f"The envoys spoke on {_MONTHS[told - 1]} {day}, {year}. On {_MONTHS[then - 1]} {day} they signed a note."
        )
        expected = f"{year + 1}-{then:02d}-{day:02d}"
    else:
        text = f"The envoys spoke in {_MONTHS[told - 1]} {year}. In {_MONTHS[then - 1]} they signed a note."
        expected = f"{year + 1}-{then:02d}"
    assert _dated(text)[-1] == expected
    # `that January`, `that year` point back to the year told: no running on
    back = f"The envoys spoke in {_MONTHS[told - 1]} {year}. That {_MONTHS[then - 1]} they had signed a note."
    assert _dated(back)[-1] == f"{year}-{then:02d}"
    # a month later in the year than the one told, or a few months earlier, stays in its year
    assert _dated(f"{year}年{told}月，两国外长通话。{told - 3}月，双方签署了纪要。")[-1] == f"{year}-{told - 3:02d}"
