"""Shapes of issue 14's seventeenth session (branch rec34): a chronology table whose year stands in a column of
its own and is left empty when it repeats, a bulleted timeline whose first entry is no dateline, a date told again
on another clock, a Japanese order to prepare that was given, an entry into force at the signing's own moment,
talks followed by a ceremony, and a visit told after `shortly after`. Sentences and tables written for these
tests, in other words than the dev documents that led to the rules; the facts in them need not be true."""

from __future__ import annotations

from allyscope import extract
from allyscope.dates.reading import read_dates
from allyscope.dates.table_years import row_years
from allyscope.dates.values import Anchor
from allyscope.event_clauses import carries_subject
from allyscope.event_segments import _leading
from allyscope.events_domain import patterns, rule_domain
from allyscope.layout.dating import document_date
from allyscope.scripts import fold


def _events(text: str) -> list[tuple[str, str]]:
    return sorted((e.date, e.type) for e in extract(text).events if e.mode == "asserted")


def _dates(text: str) -> list[str]:
    return [e.date for e in extract(text).events if e.mode == "asserted"]


# --- a chronology table with a year column ---------------------------------------------------------------------


def test_a_year_cell_dates_the_rows_day_and_an_empty_year_cell_repeats_the_year_above() -> None:
    text = (
        "Chile and Peru\n\nThe two navies have trained together since the 1990s. The first accord was signed on"
        " 4 May 2001 in Lima.\n\n"
        "| Year | Date | Event |\n| --- | --- | --- |\n"
        "| 2014 | 27 January | The court in The Hague gives its ruling on the maritime boundary |\n"
        "|  | 6 March | The foreign ministers of Chile and Peru meet in Santiago |\n"
        "| 2019 | 12 July | The two navies hold a search-and-rescue exercise off Arica |\n"
    )
    assert _dates(text) == ["2001-05-04", "2014-01-27", "2014-03-06", "2019-07-12"]


def test_a_year_column_in_chinese_and_japanese_rows_and_bare_years() -> None:
    zh = (
        "智利與秘魯\n\n兩國於2001年5月4日在利馬簽署合作協定。\n\n"
        "| 年 | 日期 | 事件 |\n| 2016 | 3月9日 | 兩國外長在聖地牙哥會晤 |\n"
        "|  | 11月2日 | 兩國海軍在阿里卡舉行聯合演習 |\n"
    )
    assert _dates(zh) == ["2001-05-04", "2016-03-09", "2016-11-02"]
    ja = (
        "チリとペルー\n\n両国は2001年5月4日に協力協定に署名した。\n\n"
        "| 年 | 月日 | 出来事 |\n| 2017年 | 4月3日 | 両国の国防相がリマで会談 |\n"
        "|  | 10月8日 | 両国海軍が合同演習を実施 |\n"
    )
    assert _dates(ja) == ["2001-05-04", "2017-04-03", "2017-10-08"]


def test_a_date_column_of_full_dates_gives_no_row_years() -> None:
    text = "| Date | Event |\n| 2019-07-12 | An exercise |\n|  | A second row |\n| 2020 | A year |\n"
    years = row_years(text)
    # the full date is the row's own, and the empty cell under it repeats none
    assert [y for y, _, _ in years.values()] == [2020]
    assert row_years("No table here, only prose written in 2014 and 2019.") == {}


# --- a bulleted timeline opening the body ----------------------------------------------------------------------


def test_a_date_after_a_bullet_is_a_timeline_entry_not_the_documents_date() -> None:
    lines = ["チリとペルーの関係", "年表", "* 2016年3月9日 ― 両国外相がサンティアゴで会談。", "- 2017年4月3日 – 会談。"]
    assert document_date(lines, ["最終更新：2024年5月1日"]) == ("2024-05-01", "last-updated")
    assert document_date(["• 2018年6月2日 — 両国が協定に署名"], []) is None
    # a dateline with a place before its date still dates the document
    assert document_date(["リマ 2018年6月2日", "両国は本日、協定に署名した。"], []) == ("2018-06-02", "dateline")


def test_a_timeline_under_bullets_keeps_its_acts_stated() -> None:
    text = (
        "Chile–Peru relations\n\nFrom Allyscope Encyclopedia\n\nTimeline\n\n"
        "* 9 March 2016 – The foreign ministers of Chile and Peru meet in Santiago.\n"
        "* 2 November 2016 – The two navies hold a joint exercise off Arica.\n\n"
        "Last edited on 1 May 2024.\n"
    )
    found = [(e.date, e.mode) for e in extract(text).events]
    assert ("2016-03-09", "asserted") in found and ("2016-11-02", "asserted") in found
    assert all(mode == "asserted" for _, mode in found)


# --- a date told again on another clock ------------------------------------------------------------------------


def test_the_same_day_on_another_clock_is_no_second_date() -> None:
    day = Anchor(2019, 4, 10)
    one = read_dates("本10日（水曜日）（日本時間同日）、両国は協定に署名した。", None, day).mentions
    assert len(one) == 1
    zh = read_dates("4日（當地時間3日），兩國外長舉行會談。", None, day).mentions
    assert len(zh) == 1
    # two days of their own stay two (no clock in the bracket)
    two = read_dates("10日（水曜日）と11日に会談した。", None, day).mentions
    assert len(two) == 2


# --- an order to prepare that was given ------------------------------------------------------------------------


def test_an_order_to_prepare_given_is_done_and_a_chinese_zhunbei_stays_planned() -> None:
    ja = "派遣\n\n2011年5月6日、防衛大臣は輸送機派遣の準備を命じた。\n"
    assert [(e.date, e.mode) for e in extract(ja).events] == [("2011-05-06", "asserted")]
    zh = "访问\n\n文件日期：2011年5月1日\n\n该国外长准备于2011年5月6日访问利马。\n"
    assert all(e.mode != "asserted" for e in extract(zh).events if e.date == "2011-05-06")


# --- an act at another act's own moment ------------------------------------------------------------------------


def test_an_entry_into_force_at_the_signing_takes_the_signings_date() -> None:
    ja = "協定\n\n2012年8月20日、チリとペルーは防衛協力協定に署名した。本協定は、署名と同時に効力を生じた。\n"
    assert _dates(ja).count("2012-08-20") == 2
    other = "協定\n\n2012年8月20日、チリとペルーは防衛協力協定に署名した。本協定は、署名の後に効力を生じた。\n"
    assert _dates(other).count("2012-08-20") == 2


def test_a_signing_told_later_without_a_word_of_the_same_moment_gets_no_date() -> None:
    text = "协定\n\n2012年8月20日，智利和秘鲁外长举行会谈。协定的签署仍在讨论之中。\n"
    assert _dates(text) == ["2012-08-20"]


# --- talks, then a ceremony attended -----------------------------------------------------------------------------


def test_talks_and_a_ceremony_attended_after_them_are_two_acts() -> None:
    for text in (
        "仪式\n\n2019年4月，秘鲁总统访问圣地亚哥，同智利总统举行会谈，并共同出席了纪念碑落成仪式。\n",
        "儀式\n\n2019年4月，秘魯總統訪問聖地牙哥，與智利總統舉行會談，並出席了紀念碑落成儀式。\n",
    ):
        assert len(_events(text)) == 3, text
    # attending talks is the talks themselves: one act after the visit
    assert len(_events("会谈\n\n2019年4月，秘鲁总统访问圣地亚哥，同智利总统举行会谈。\n")) == 2


# --- a scene set by `shortly after` ----------------------------------------------------------------------------


def test_shortly_after_an_occasion_sets_the_scene() -> None:
    assert _leading("战争结束后不久，")
    assert _leading("会談の直後に、")
    assert not _leading("两国外长举行会谈，")


def test_a_bullet_after_a_year_is_no_table_row_year() -> None:
    # a timeline line is no table: no row years for it
    assert row_years("* 2016 – a line of a list\n* 2017 – another\n") == {}


# --- a port call told by the ship's arrival ----------------------------------------------------------------------


def test_ships_sailing_into_a_port_make_a_port_call_and_a_truck_arriving_does_not() -> None:
    found = extract("港口\n\n2019年5月2日，秘鲁海军两艘护卫舰驶抵瓦尔帕莱索港，开始为期三天的访问。\n").events
    assert [e.type for e in found] == ["COOPERATE"]
    found = extract("边境\n\n2019年5月2日，一辆卡车驶抵边境检查站。\n").events
    assert all(e.type != "COOPERATE" for e in found)


# --- a joint statement issued is an act on an instrument -------------------------------------------------------


def test_issuing_a_joint_statement_decides_the_domain_over_what_it_confirms() -> None:
    data = patterns()
    for clause in (
        "双方在3日发表联合声明，确认驻军将于年底前撤离",
        "兩國並在3日發表聯合聲明，確認部隊撤出時間表",
        "the two governments issued a joint statement on 3 May confirming the troops' withdrawal",
    ):
        assert rule_domain(data, fold(clause))[0] == "institutional", clause
    # a statement one side makes stays what one side says
    assert rule_domain(data, fold("外交部3日发表声明，确认驻军将撤离"))[0] != "institutional"


# --- an instrument referred back to carries its parties ---------------------------------------------------------


def test_an_instrument_named_by_a_demonstrative_carries_the_parties_before() -> None:
    for piece in (
        "本協定は、署名と同時に効力を生じた",
        "该协定于同日生效",
        "The agreement entered into force that day",
    ):
        assert carries_subject(fold(piece)), piece
    assert not carries_subject(fold("本周双方将继续磋商"))
    text = "協定\n\n2012年8月20日、チリとペルーは防衛協力協定に署名した。本協定は、署名と同時に効力を生じた。\n"
    events = extract(text).events
    assert len(events) == 2 and set(events[1].actors) == set(events[0].actors) >= {"CL", "PE"}
