"""Dates that date no act (issue 14, nineteenth session, branch prec38: precision on documents the rules were not
tuned on). Each class of such dates — an anniversary reached, a forecast, a condition, a date a future marker
governs in Traditional script, an as-of date, a year naming a document or a budget, a figure or a state, the base
of a comparison — in sentences written for these tests, in other words and scripts than the corpus documents that
showed the class; each with a sentence of the same shape that does tell an act, which must keep its event. The
facts in them need not be true."""

from __future__ import annotations

import pytest

from allyscope import extract


def _stated(text: str) -> list[str]:
    """The dates of the events the text states as done (planned, hypothetical and negated ones left out)."""
    return sorted(e.date for e in extract("Relations\n\n" + text + "\n").events if e.mode == "asserted")


@pytest.mark.parametrize(
    "text",
    [
        "两国于1965年建交，2015年适逢建交五十周年。",
        "2019年正值兩國海軍合作三十週年。",
        "両国は1972年に国交を正常化し、2022年には50周年を迎えた。",
        "The two navies first trained together in 1994, and 2024 marks the 30th anniversary of that exercise.",
    ],
)
def test_an_anniversary_reached_dates_no_act(text: str) -> None:
    found = _stated(text)
    assert all(date[:4] not in ("2015", "2019", "2022", "2024") for date in found), (text, found)


def test_the_act_an_anniversary_counts_from_and_acts_after_it_keep_their_dates() -> None:
    assert _stated("两国于1965年建交，2015年适逢建交五十周年。") == ["1965"]
    # a clause after the count may tell an act of that year
    assert _stated("2019年正值两国建交四十周年，双方互派了军事代表团。") == ["2019"]
    # marking an anniversary by meeting is a meeting
    met = "On 9 May 2022 the two ministers met to mark the 30th anniversary of their treaty."
    assert _stated(met) == ["2022-05-09"]


@pytest.mark.parametrize(
    "text",
    [
        "一部のアナリストは、両国の共同生産が早くても2028年になるとみている。",
        "政府は、新たな協定への署名が2026年になると予想している。",
        "防衛当局は、両軍の共同訓練が2027年に始まると見込んでいる。",
    ],
)
def test_a_japanese_forecast_dates_no_act(text: str) -> None:
    assert _stated(text) == [], text


def test_a_japanese_act_told_as_done_keeps_its_date() -> None:
    assert _stated("両国の海軍は2023年6月に共同訓練を実施した。") == ["2023-06"]


def test_a_chinese_condition_opened_by_ruo_dates_no_act() -> None:
    assert _stated("若双方2026年举行联合演习，将是两军首次合作。") == []
    # `若干` (several) and a name opening with 若 are no condition
    assert _stated("若干国家2021年举行了联合演习。") == ["2021"]
    assert _stated("2021年、若林外相はマニラを訪問した。") == ["2021"]


def test_a_future_marker_governs_its_date_in_traditional_script_too() -> None:
    for text in ("兩國的聯合巡邏將在2027年啟動。", "两国的联合巡逻将在2027年启动。", "雙方將於明年3月舉行第二輪對話。"):
        assert _stated(text) == [], text
    assert _stated("兩國的聯合巡邏於2021年啟動。") == ["2021"]


@pytest.mark.parametrize(
    "text",
    [
        "本報告の記述は2024年2月1日時点の情報による。",
        "2024年3月時点で、両国は共同訓練を5回重ねている。",
        "截至2024年3月时点，两国海军已举行五次联合演习。",
    ],
)
def test_an_as_of_date_dates_no_act(text: str) -> None:
    assert _stated(text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "2019年的諒解備忘錄並未規定共同防禦義務。",
        "2021年的联合声明强调了海上安全合作。",
        "2016年的年度报告列举了多项合作。",
    ],
)
def test_a_year_joined_by_de_to_a_document_name_names_it(text: str) -> None:
    assert _stated(text) == [], text


def test_a_year_joined_by_de_to_a_meeting_still_dates_the_act_at_it() -> None:
    assert _stated("2016年的会议上，两国签署了海关合作协定。") == ["2016"]
    assert _stated("2019年的峰会上，双方发表了联合声明。") == ["2019"]


@pytest.mark.parametrize(
    "text",
    [
        "政府は、平成30年度補正予算の事業により、港湾の整備を支援している。",
        "国防部在2024年预算中增加了维和经费。",
        "The 2025 defence budget pays for the new patrol boats.",
    ],
)
def test_a_year_or_era_year_naming_a_budget_dates_no_act(text: str) -> None:
    assert _stated(text) == [], text


def test_an_era_year_that_dates_an_act_keeps_it() -> None:
    assert _stated("令和4年度に両国は初の共同訓練を実施した。") == ["2022"]
    assert _stated("平成30年に両国は協定に署名した。") == ["2018"]


@pytest.mark.parametrize(
    "text",
    [
        "In 2021 the two coast guards had more than 40 patrol vessels between them.",
        "Trade between the two countries reached 12 billion dollars in 2022.",
        "2021年の両国間の貿易額は2兆円に達した。",
        "2019年には港湾設備の老朽化が表面化した。",
        "2022年兩國貿易總額增長了一成。",
    ],
)
def test_a_figure_or_a_state_dates_no_act(text: str) -> None:
    assert _stated(text) == [], text


def test_a_meeting_in_the_same_shape_keeps_its_date() -> None:
    assert _stated("In 2021 the two coast guard chiefs met in Manila.") == ["2021"]
    assert _stated("2021年，两国海警负责人在马尼拉会晤。") == ["2021"]
    # a figure named in a clause with an act: the act is told (a contract worth a sum)
    assert _stated("In 2022 the two governments signed a contract worth 2 billion dollars.") == ["2022"]


@pytest.mark.parametrize(
    "text",
    [
        "演习规模比2018年扩大了一倍。",
        "The 2023 patrols covered a wider area than in 2019.",
        "与2020年相比，参演兵力有所增加。",
    ],
)
def test_the_base_of_a_comparison_dates_no_act(text: str) -> None:
    found = _stated(text)
    assert all(date[:4] not in ("2018", "2019", "2020") for date in found), (text, found)


def test_a_state_whose_name_opens_with_bi_is_no_comparison() -> None:
    assert _stated("比利时2019年加入了该机制。") == ["2019"]


def test_a_figures_year_does_not_date_what_the_sides_go_on_to_agree() -> None:
    # a statement's paragraph: the sides note a figure of a year, then agree (`并`): the agreement is not of that year
    assert _stated("五、双方注意到，2021年两国旅游人数较上一年有所增长，并同意简化签证手续。") == []
    assert _stated("五、雙方注意到，2021年兩國貿易額有所增長，並同意加強海關合作。") == []
    # an English date put first governs every clause after it
    assert _stated("In 2021 trade between the two rose sharply, and the two sides signed a customs pact.") == ["2021"]
    # a date whose own segment tells an act keeps it
    assert _stated("2021年两国签署海关合作协定，并同意加强执法合作。") == ["2021", "2021"]


def _dated(text: str) -> list[tuple[str, str]]:
    return [(e.date, e.evidence.text.strip()[:2]) for e in extract(text).events if e.mode == "asserted"]


def test_after_the_talks_takes_the_talks_day_not_a_span_recalled_in_between() -> None:
    for text in (
        "联合新闻公报\n\n一、2023年5月3日，两国外长在河内举行会谈。\n二、双方回顾了去年11月20日至22日的访问。\n"
        "三、会谈后，两国外长签署了引渡条约。\n四、同日，双方还发表了新闻公报。\n",
        "聯合新聞公報\n\n一、2023年5月3日，兩國外長在河內舉行會談。\n二、雙方回顧了去年11月20日至22日的訪問。\n"
        "三、會談後，兩國外長簽署了引渡條約。\n四、同日，雙方還發表了新聞公報。\n",
    ):
        assert _dated(text) == [
            ("2023-05-03", "一、"),
            ("2022-11-20/2022-11-22", "二、"),
            ("2023-05-03", "三、"),
            ("2023-05-03", "四、"),
        ], text


def test_after_the_talks_told_over_a_span_keeps_the_span_they_were_held_in() -> None:
    text = "联合新闻公报\n\n一、2023年5月3日至4日，两国外长在河内举行会谈。\n二、会谈后，两国外长签署了引渡条约。\n"
    assert [d for d, _ in _dated(text)] == ["2023-05-03/2023-05-04", "2023-05-03"]


def test_an_instrument_concluded_with_musubu_is_a_signing() -> None:
    # `契約が結ばれた`, `協定を結んだ`: an agreement concluded, as `締結した` is; ties made (`関係を結んだ`) are not
    for text in (
        "2021年4月、両国の国防省の間で訓練施設に関する契約が結ばれた。",
        "2019年5月、両国は防衛装備品協定を結んだ。",
    ):
        assert [e.type for e in extract("Relations\n\n" + text + "\n").events] == ["AGREE"], text
    assert [e.type for e in extract("Relations\n\n両国は2019年5月に友好関係を結んだ。\n").events] != ["AGREE"]


def _domains(text: str) -> list[str]:
    return [e.domain for e in extract("Relations\n\n" + text + "\n").events]


def test_a_word_of_training_naming_an_instrument_or_a_facility_is_no_exercise() -> None:
    # the object decides: a treaty, an agreement, a training centre or area signed for is an instrument
    assert _domains("2020年3月23日，日本和北约签署了军事训练条约。") == ["institutional"]
    assert _domains("2021年4月，日本與北約簽署訓練協定。") == ["institutional"]
    assert _domains("2021年4月、日本とNATOの間で飛行訓練センターに関する契約が結ばれた。") == ["institutional"]
    # training done together stays an exercise
    assert _domains("2021年4月，日本和北约举行联合训练。") == ["military-exercise"]
    assert _domains("2022年5月、日本とNATOは訓練を行った。") == ["military-exercise"]


@pytest.mark.parametrize(
    "text",
    [
        "北部では2019年以降、武装勢力による襲撃が続いている。",
        "両国の次官級協議は2018年以降途絶えている。",
        "自2021年以來，兩國邊境局勢持續緊張。",
        "自去年3月以来，两国边境冲突持续。",
    ],
)
def test_a_state_going_on_since_a_date_dates_no_act(text: str) -> None:
    assert _stated(text) == [], text


def test_acts_repeated_since_a_date_keep_their_open_start() -> None:
    assert _stated("自2016年起，两国海军每年举行联合演习。") == ["2016/.."]
    assert _stated("2012年から両国は共同訓練を重ねてきた。") == ["2012/.."]


def test_the_end_of_a_mission_told_by_lasting_until_dates_no_act() -> None:
    assert _stated("2008年5月，维和部队进驻该国，任务持续至2015年。") == ["2008-05"]
    assert _stated("2008年5月，維和部隊進駐該國，任務持續至2015年。") == ["2008-05"]


def test_a_start_planned_from_a_date_dates_no_act() -> None:
    for text in ("新型巡逻舰计划自2028年起交付。", "新型巡邏艦預計自2028年起交付。"):
        assert _stated(text) == [], text


def test_a_japanese_anniversary_counted_in_years_dates_no_act() -> None:
    assert _stated("本年は両国の防衛協力開始から30年に当たる。") == []
    assert _stated("2024年、両国は防衛協力開始から30年を迎えた。") == []


def test_the_act_an_anniversary_is_counted_from_keeps_its_year() -> None:
    # `から` makes the date the start of the count: the act of that year is told
    assert _stated("両首脳は、1965年の国交正常化から60年を迎えた両国の関係を振り返った。") == ["1965"]


def test_the_act_an_anniversary_counts_is_no_act_of_its_year() -> None:
    # the signing named in the count is not done in the year; what the clause goes on to tell decides
    assert _stated("2021年適逢協定簽署十週年，雙方預計將擴大聯合訓練。") == []
    assert _stated("2015年适逢两国签署协定十周年，两国签署了新的协定。") == ["2015"]


def test_a_date_line_of_a_place_the_date_and_a_note_in_brackets_dates_no_act() -> None:
    text = (
        "Press briefing\n\nCanberra, 14 February 2024 (transcript, edited for length; the briefer is not named)\n\n"
        "Q: What was agreed?\n\nA: Today the two ministers signed a logistics arrangement.\n"
    )
    assert _dated(text) == [("2024-02-14", "A:")]
    # a dateline that opens the story's sentence is that sentence's
    story = "Talks\n\nHanoi, 3 May 2023 (Reuters) — The two ministers met in Hanoi today.\n"
    assert [d for d, _ in _dated(story)] == ["2023-05-03"]


def test_a_date_line_naming_two_places_dates_no_act() -> None:
    for text in (
        "联合声明\n\n2023年5月3日，河内／万象\n\n一、三国外长今天举行会谈。\n",
        "共同声明\n\n2023年5月3日、ハノイ・ビエンチャン\n\n1　3か国の外相は本日、会談した。\n",
    ):
        assert [d for d, _ in _dated(text)] == ["2023-05-03"], text
