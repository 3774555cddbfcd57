"""Shapes of issue 14's nineteenth session (branch rec38), found in seven dev documents written blind to the rules:
a year counted from the document's date before a range of days (`昨年12月15日から17日まで`), a month and its third
opening a span (`自去年10月下旬以来`), `当时`/`at the time` as the date told last, the evening or morning before or
after a date (`前日夜`, `the evening before`, `翌朝`), a ceremony attended during a visit, a chronology's present
(`meet … and launch …`) and a briefing as a statement. Sentences written for these tests, in other words than the
dev documents that led to the rules; the facts in them need not be true."""

from __future__ import annotations

from allyscope import extract
from allyscope.dates import find_dates, read_dates
from allyscope.dates.values import Anchor
from allyscope.event_segments import coordinated_cuts

APRIL_2025 = Anchor(2025, 4, 5)


def _read(text: str, anchor: Anchor = APRIL_2025) -> list[tuple[str, str, str]]:
    return [(m.text, m.edtf, m.role) for m in read_dates(text, document_date=anchor).mentions]


def _asserted(text: str) -> list[str]:
    return sorted(e.date for e in extract(text).events if e.mode == "asserted")


# --- a year counted from the document's date before a range of days ----------------------------------------------


def test_a_relative_year_before_a_range_of_days_is_the_range() -> None:
    assert _read("外相は昨年3月2日から4日までハノイを訪れた。")[0][1] == "2024-03-02/2024-03-04"
    assert _read("首相は今年1月8日から10日にかけてマニラを訪問した。")[0][1] == "2025-01-08/2025-01-10"
    # a range that runs into the next month, and the same in Chinese (read before too)
    assert _read("大統領は昨年11月29日から12月2日まで滞在した。")[0][1] == "2024-11-29/2024-12-02"
    assert _read("总理去年6月3日至5日访问河内。")[0][1] == "2024-06-03/2024-06-05"


def test_a_relative_month_opening_a_span_with_kara_is_still_an_open_start() -> None:
    # `から` before no day: from that month on
    assert _read("昨年9月から両国の沿岸警備隊は合同訓練を重ねている。")[0][1] == "2024-09/.."


# --- a month and its third opening a span --------------------------------------------------------------------------


def test_a_month_and_its_third_open_a_span() -> None:
    assert _read("自去年3月中旬以来，两国海军已三次举行联合巡逻。")[0][1] == "2024-03/.."
    assert _read("自2022年8月上旬以來，兩國海警多次會晤。")[0][1] == "2022-08/.."
    assert _read("2023年5月下旬以降、両国の防衛当局は協議を重ねてきた。")[0][1] == "2023-05/.."
    # a year counted from the document's, alone or with a part of the year, is still the background of a trend
    assert _read("今年以来，两国贸易持续增长。")[0][2] == "period"
    assert _read("去年年底以来，局势趋于缓和。")[0][2] == "period"


def test_a_tension_since_a_month_is_a_trend_not_an_event() -> None:
    text = "泰国与柬埔寨\n\n2025年8月1日\n\n今年3月以来，两国边境局势持续紧张。\n"
    assert _asserted(text) == []


# --- `当时`, `at the time`: the date told last ---------------------------------------------------------------------


def test_at_the_time_in_the_next_sentence_takes_the_date_told_last_whole() -> None:
    found = _read("首相は昨年7月2日から4日までキャンベラを訪れた。当時首相は、防衛協力を深めると述べた。")
    assert found[-1][:2] == ("当時", "2024-07-02/2024-07-04")
    found = _read("The minister visited Manila in March 2019. At the time, she praised the coast guard.")
    assert found[-1][:2] == ("At the time", "2019-03")


def test_then_after_a_title_or_before_a_noun_is_no_date() -> None:
    assert [m[0] for m in _read("2019年5月、岩屋毅防衛相（当時）はマニラを訪問した。")] == ["2019年5月"]
    assert [m[0] for m in _read("2019年5月，当时的国防部长访问马尼拉。")] == ["2019年5月"]
    assert [m[0] for m in _read("In May 2019 the minister, at the time of the talks, said so.")] == ["May 2019"]


def test_at_the_time_after_a_comma_tells_another_act_of_that_date() -> None:
    zh = "越南与菲律宾\n\n2024年3月1日\n\n越南国防部长上次访问菲律宾是在2019年10月，当时他向菲方通报了南海局势。\n"
    assert _asserted(zh) == ["2019-10", "2019-10"]
    # the same act told again is one event
    zht = "越南與菲律賓\n\n2024年3月1日\n\n菲律賓總統上次訪問越南是在2015年11月，當時菲律賓總統訪問了河內。\n"
    assert _asserted(zht) == ["2015-11"]


# --- the evening or the morning before or after a date ----------------------------------------------------------


def test_the_evening_before_and_the_next_morning_count_days() -> None:
    found = _read("The two ministers met in Hanoi on 9 May 2023. The minister had arrived the evening before.")
    assert found[-1][:2] == ("the evening before", "2023-05-08")
    found = _read("They signed the plan on 9 May 2023. The next morning they flew to Da Nang.")
    assert found[-1][:2] == ("The next morning", "2023-05-10")
    assert _read("両外相は9日に会談した。外相は前日夜に到着した。")[-1][:2] == ("前日", "2025-04-08")
    assert _read("両外相は9日に会談した。翌朝、外相はダナンに移動した。")[-1][:2] == ("翌朝", "2025-04-10")
    # `前日` inside another word stays none
    assert [m[0] for m in _read("両外相は9日に会談した。前日程は未定。")] == ["9日"]


# --- an act during a visit, a chronology's present ----------------------------------------------------------------


def test_a_ceremony_attended_during_a_visit_is_an_act_of_its_own() -> None:
    text = "蒙古與日本\n\n2024年10月20日\n\n蒙古總統本月對日本進行國事訪問，其間出席了天皇舉行的歡迎儀式。\n"
    assert _asserted(text) == ["2024-10", "2024-10"]


def test_a_chronologys_present_after_and_is_a_second_act_but_not_a_plan() -> None:
    line = "3 March 2021 – The two defence ministers meet in Riga and sign a memorandum on air policing."
    assert len(coordinated_cuts(line, 0, len(line))) == 1
    for prose in (
        "The ministers agreed to meet in Riga and sign a memorandum.",
        "In March 2021 the ministers will meet in Riga and sign a memorandum.",
        "3 March 2021 – The ministers are to meet in Riga and sign a memorandum.",
    ):
        assert coordinated_cuts(prose, 0, len(prose)) == [], prose
    text = (
        "Latvia–Estonia relations\n\n"
        "3 March 2021 – The two defence ministers meet in Riga and sign a memorandum on air policing.\n"
    )
    assert _asserted(text) == ["2021-03-03", "2021-03-03"]


def test_a_passive_after_and_is_a_predicate_of_its_own() -> None:
    sentence = "The president landed in Hanoi on Monday and was welcomed by the deputy prime minister."
    assert coordinated_cuts(sentence, 0, len(sentence)) == [sentence.index(" and was")]


def test_since_a_happening_of_a_date_opens_a_span_but_a_framed_act_keeps_its_date() -> None:
    assert _read("自去年9月当地发生洪灾以来，两国救援队多次联合行动。")[0][1] == "2024-09/.."
    assert _read("自2020年7月邊境衝突爆發以來，兩國軍長已會晤十餘次。")[0][1] == "2020-07/.."
    # an act inside the frame is dated by it: the first drill, not a span
    assert _read("两国海军自2016年首次举行联合演习以来，合作不断深化。")[0][1] == "2016"


def test_a_span_counted_from_an_act_is_no_day_of_it() -> None:
    text = "They met in Rome on 3 June 2022. The visit came two years after the signing of the accord."
    assert [m[0] for m in _read(text)] == ["3 June 2022"]
    assert _read("They met in Rome on 3 June 2022. After the signing, they dined.")[-1][1] == "2022-06-03"


def test_the_day_before_a_named_act_counts_from_that_acts_day() -> None:
    text = "両首脳は12日に会談した。首相は10日から14日まで滞在する。首相は会談の前日夜に到着した。"
    # (the act named is found across the text, as the dates stage reads it: `dates.named_act`)
    assert [(m.text, m.edtf) for m in find_dates(text, document_date=APRIL_2025)][-1] == ("前日", "2025-04-11")
    # with no act named, the day before the date told last
    assert _read("両首脳は12日に会談した。首相は前日夜に到着した。")[-1][:2] == ("前日", "2025-04-11")


def test_since_a_month_opens_a_span_in_the_past_of_the_text() -> None:
    text = "On 2 February the two coast guards met. Since late November, their cutters have sailed together twice."
    assert _read(text)[-1][:2] == ("November", "2024-11/..")
    assert _read("The navies have met every month since early March 2021.")[-1][1] == "2021-03/.."
    # a month later in the year than the text's own date is last year's
    assert _read("The two navies have exercised together since June.")[-1][1] == "2024-06/.."


def test_a_yearless_month_opening_a_span_is_an_open_start() -> None:
    assert _read("自11月中旬以来，两国海警已三次联合巡逻。")[0][1] == "2024-11/.."
    assert _read("3月以降、両国の防衛当局は協議を重ねている。")[0][1] == "2025-03/.."
    # after a date with a year, the month runs on in that year
    assert _read("2021年5月，两国签署协定。自9月起，两国海军定期巡逻。")[-1][1] == "2021-09/.."


def test_a_year_joined_by_de_to_a_documents_name_it_speaks_of_names_it() -> None:
    def named(text: str) -> list[bool]:
        return [m.document for m in read_dates(text, document_date=APRIL_2025).mentions]

    assert named("论者认为，2015年的边界补充协定使两国边境趋于稳定。") == [True]
    assert named("2008年的聯合聲明確立了兩國的戰略互惠關係。") == [True]
    # a meeting of that year at which a statement was issued: the year dates the meeting
    assert named("2019年的峰会上，两国发表联合声明。") == [False]


def test_an_arrival_and_the_hosts_welcome_are_two_acts() -> None:
    text = (
        "Vietnam and the Philippines\n\nHanoi, 30 January 2024\n\n"
        "The Philippine president arrived in Hanoi on 29 January and was welcomed at Noi Bai airport by the "
        "Vietnamese deputy prime minister.\n"
    )
    assert _asserted(text) == ["2024-01-29", "2024-01-29"]
    one = (
        "Vietnam and the Philippines\n\nHanoi, 30 January 2024\n\n"
        "The Philippine president arrived in Hanoi on 29 January for a two-day state visit, his first.\n"
    )
    assert _asserted(one) == ["2024-01-29"]
