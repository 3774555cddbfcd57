"""Acts a careful reader counts that the extractor left out (issue 14, recall on text not tuned on; branch rec40).

Each test names a pattern of the language, in sentences written for it (other pairs, other words than the dev
documents that showed the miss): a chronology's list item that tells its act first and its date last; a clause
with a subject of its own after `, and`; an act done at a meeting told after `, where`; a verb with a hyphenated
prefix after `and then`; an occasion phrase (`访问期间`, `during that visit`) pointing back past days of the
occasion, or standing after its clause's verb in English; what was done at the end of or just before an act told
before (`At the end of the talks`, `会谈前，`); a founding told as done after a meeting (`，创立了…`); an adoption
of a counted document (`并通过一份…`); and a span opened from a month of a year told before (`自同年4月起`)."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from helpers import asserted_events
from hypothesis import given
from hypothesis import strategies as st

from allyscope.dates.occasions import _within
from allyscope.dates.reading import read_dates
from allyscope.event_segments import coordinated_cuts

_events = asserted_events


def _dates_of(events: list[tuple[str, str]], words: str) -> list[str]:
    return [date for date, sentence in events if words in sentence]


def test_list_items_dated_last_are_a_chronology_not_date_lines(tmp_path: Path) -> None:
    text = (
        "チリとアルゼンチンの関係\n\n出典: 百科事典\n\n"
        "両国は南米南部で長い国境を接している。\n\n主な出来事\n"
        "・両国外相が平和友好条約に署名 ― 1984年11月\n"
        "・両国の国防相がサンティアゴで会談 ― 2005年6月14日\n"
        "・合同平和維持部隊の創設に関する覚書に署名 ― 翌月\n\n"
        "最終更新 2024年2月1日\n"
    )
    events = _events(tmp_path, text)
    assert _dates_of(events, "平和友好条約") == ["1984-11"]
    assert _dates_of(events, "サンティアゴで会談") == ["2005-06-14"]
    assert _dates_of(events, "覚書に署名") == ["2005-07"]  # the month after the day told last


def test_an_english_list_item_dated_last_is_read_too(tmp_path: Path) -> None:
    text = (
        "Chile and Argentina\n\nFrom the encyclopedia\n\nKey events\n"
        "• The two foreign ministers sign a treaty of peace and friendship — 29 November 1984\n"
        "• Defence ministers meet in Santiago — 14 June 2005\n"
    )
    events = _events(tmp_path, text)
    assert _dates_of(events, "treaty of peace") == ["1984-11-29"]
    assert _dates_of(events, "meet in Santiago") == ["2005-06-14"]


def test_a_date_line_is_still_a_date_line(tmp_path: Path) -> None:
    # a line holding a place and a date, with no bullet and no item before it, dates the document, not an act
    text = "Chile and Argentina\n\nSantiago — 14 June 2005\n\nThe defence ministers met in Santiago today.\n"
    events = _events(tmp_path, text)
    assert _dates_of(events, "14 June 2005") == []
    assert _dates_of(events, "met in Santiago today") == ["2005-06-14"]


def test_a_subject_of_its_own_after_a_comma_and_and_opens_another_act(tmp_path: Path) -> None:
    text = (
        "Chile and Argentina\n\n"
        "On 2 March 2018 the Chilean foreign minister landed in Buenos Aires, and President Mauricio Macri "
        "held talks with him at the Casa Rosada.\n"
    )
    assert _dates_of(_events(tmp_path, text), "landed in Buenos Aires") == ["2018-03-02", "2018-03-02"]


def test_a_list_of_subjects_before_and_is_one_subject() -> None:
    sentence = "On 2 March 2018 Chile, Peru, and Argentina signed a joint declaration in Lima."
    assert not [c for c in coordinated_cuts(sentence, 0, len(sentence)) if sentence.startswith(", and", c)]


def test_an_act_done_at_a_meeting_after_where_is_its_own(tmp_path: Path) -> None:
    text = (
        "Chile and Argentina\n\n"
        "On 5 May 2021 the two presidents opened the binational council, where their defence ministers signed "
        "a protocol on joint training.\n"
    )
    assert len(_dates_of(_events(tmp_path, text), "binational council")) == 2
    # a meeting named as the venue of another act only sets its scene
    sentence = "In May 2021 they signed a treaty at the Lima summit, where President Boric met President Castillo."
    assert not [c for c in coordinated_cuts(sentence, 0, len(sentence)) if sentence.startswith(", where", c)]
    # after a place, `where` is left to the clause before it
    sentence = "The minister visited Lima on 5 May 2021, where the two sides agreed to meet again."
    assert not [c for c in coordinated_cuts(sentence, 0, len(sentence)) if sentence.startswith(", where", c)]


def test_a_hyphenated_past_after_and_then_is_a_predicate() -> None:
    sentence = "On 5 May 2021 the leaders held talks and then co-signed a statement."
    assert sentence.index(" and then") in coordinated_cuts(sentence, 0, len(sentence))


def test_an_occasion_phrase_reaches_past_days_of_the_occasion(tmp_path: Path) -> None:
    text = (
        "智利与阿根廷关系\n\n"
        "一、阿根廷总统于2019年4月对智利进行国事访问。\n\n"
        "二、4月12日，两国总统在圣地亚哥举行会谈。访问期间，两国政府签署了防务合作协定。\n"
    )
    assert _dates_of(_events(tmp_path, text), "访问期间") == ["2019-04"]


def test_an_occasion_phrase_does_not_reach_past_a_date_outside_it(tmp_path: Path) -> None:
    text = (
        "智利与阿根廷关系\n\n"
        "一、阿根廷总统于2019年4月对智利进行国事访问。\n\n"
        "二、2020年6月，两国外长举行视频会谈。访问期间，两国政府签署了防务合作协定。\n"
    )
    assert _dates_of(_events(tmp_path, text), "访问期间") == []  # a reader could not tell which occasion is meant


def test_an_english_occasion_phrase_after_its_verb_dates_its_sentence(tmp_path: Path) -> None:
    text = (
        "Chile and Argentina\n\n"
        "President Gabriel Boric visited Buenos Aires in January 2023. "
        "A protocol on Antarctic cooperation was signed during that visit.\n"
    )
    assert _dates_of(_events(tmp_path, text), "during that visit") == ["2023-01"]


def test_the_end_of_talks_told_before_dates_what_was_done_then(tmp_path: Path) -> None:
    text = (
        "Chile and Argentina\n\nSantiago, 9 October 2019\n\n"
        "The two presidents held talks in Santiago today. "
        "At the end of the talks the presidents adopted a joint declaration on the border.\n"
    )
    assert _dates_of(_events(tmp_path, text), "joint declaration") == ["2019-10-09"]


def test_what_was_done_just_before_talks_told_before_is_of_that_day(tmp_path: Path) -> None:
    before = "智利与阿根廷关系\n\n2019年4月12日上午，两国总统在圣地亚哥举行会谈。"
    events = _events(tmp_path, before + "会谈前，智利总统为阿根廷总统举行欢迎仪式。\n")
    assert _dates_of(events, "欢迎仪式") == ["2019-04-12"]
    # a count of days before the talks is no such phrase: the day before
    events = _events(tmp_path, before + "会谈前一天，阿根廷总统抵达圣地亚哥。\n")
    assert _dates_of(events, "抵达") == ["2019-04-11"]


@pytest.mark.parametrize(
    "sentence",
    [
        "2019年5月3日，智利和阿根廷两国外长在圣地亚哥会晤，创立了两国联合工作组。",
        "2019年5月3日，智利和阿根廷两国总统在圣地亚哥主持双边磋商，并通过一份行动计划。",
    ],
)
def test_an_act_on_a_body_or_a_text_after_a_meeting_is_its_own(tmp_path: Path, sentence: str) -> None:
    events = _events(tmp_path, "智利与阿根廷关系\n\n" + sentence + "\n")
    assert [d for d, _ in events] == ["2019-05-03", "2019-05-03"]


def test_a_span_opens_from_a_month_of_the_year_told_before() -> None:
    text = "2011年2月，两国签署协定；智利空军自同年4月起参与联合巡逻。"
    reading = read_dates(text, None, None, None, None)
    assert [m.edtf for m in reading.mentions] == ["2011-02", "2011-04/.."]
    # with no word of a span the month is the month
    reading = read_dates("2011年2月，两国签署协定；同年4月，双方举行会谈。", None, None, None, None)
    assert [m.edtf for m in reading.mentions] == ["2011-02", "2011-04"]


@given(st.dates(datetime.date(1990, 1, 1), datetime.date(2030, 12, 31)), st.integers(0, 40))
def test_a_day_lies_within_its_month_and_year_and_a_range_around_it(day: datetime.date, width: int) -> None:
    iso = day.isoformat()
    assert _within(iso, iso[:7]) and _within(iso, iso[:4])
    span = f"{(day - datetime.timedelta(days=width)).isoformat()}/{(day + datetime.timedelta(days=width)).isoformat()}"
    assert _within(iso, span)
    later = day + datetime.timedelta(days=width + 1)
    assert not _within(later.isoformat(), span)
    assert not _within(iso, f"{iso}/..")  # an open span is no occasion a phrase can point back to


def test_every_act_of_a_list_item_dated_last_is_of_its_date(tmp_path: Path) -> None:
    text = (
        "チリとアルゼンチンの関係\n\n出典: 百科事典\n\n主な出来事\n"
        "・ボリッチ大統領がブエノスアイレスを公式訪問し、フェルナンデス大統領と会談 ― 2022年4月4日\n\n"
        "最終更新 2024年2月1日\n"
    )
    assert _dates_of(_events(tmp_path, text), "公式訪問し") == ["2022-04-04", "2022-04-04"]


def test_attending_an_opening_ceremony_on_a_visit_is_an_act_of_its_own(tmp_path: Path) -> None:
    text = "智利与阿根廷关系\n\n智利总统于2019年7月对阿根廷进行国事访问，并出席泛美运动会开幕式。\n"
    assert _dates_of(_events(tmp_path, text), "国事访问") == ["2019-07", "2019-07"]


_STATEMENT = (
    "智利共和国和阿根廷共和国联合声明\n\n（2019年4月12日，圣地亚哥）\n\n"
    "一、应智利总统邀请，阿根廷总统于2019年4月11日至12日对智利进行国事访问。\n\n"
    "二、双方回顾，两国于1984年签署和平友好条约。\n\n"
)


def test_an_occasion_phrase_after_recalled_years_is_the_statement_s_own_visit(tmp_path: Path) -> None:
    # a recalled year stands between: the visit meant is the one the statement is dated by
    events = _events(tmp_path, _STATEMENT + "三、访问期间，双方签署了防务、能源等领域的合作文件。\n")
    assert _dates_of(events, "访问期间") == ["2019-04-11/2019-04-12"]


def test_a_visit_named_in_an_occasion_phrase_is_no_new_visit(tmp_path: Path) -> None:
    events = _events(tmp_path, _STATEMENT + "三、阿根廷总统访问期间，阿根廷驻智利武官处在圣地亚哥揭牌。\n")
    assert _dates_of(events, "访问期间") == ["2019-04-11/2019-04-12"]  # the unveiling alone


def test_not_announcing_during_an_occasion_is_negated(tmp_path: Path) -> None:
    events = _events(tmp_path, _STATEMENT + "访问期间双方未宣布新的军购项目。\n")
    assert _dates_of(events, "未宣布") == []


def test_meeting_another_leader_after_talks_is_an_act_of_its_own(tmp_path: Path) -> None:
    text = "智利与阿根廷关系\n\n2019年4月12日，智利总统同阿根廷总统举行会谈，并会见阿根廷副总统。\n"
    assert _dates_of(_events(tmp_path, text), "举行会谈") == ["2019-04-12", "2019-04-12"]


def test_attending_a_closing_ceremony_after_talks_is_an_act_of_its_own(tmp_path: Path) -> None:
    text = "智利与阿根廷关系\n\n2019年4月12日，两国总统举行会谈，并共同出席两国企业家论坛闭幕式。\n"
    assert _dates_of(_events(tmp_path, text), "举行会谈") == ["2019-04-12", "2019-04-12"]


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Argentina\n\n"
        "On 5 May 2021 the two presidents held talks and then co-chaired the binational council.\n",
        "智利与阿根廷关系\n\n2021年5月5日，智利总统同阿根廷总统举行会谈，并共同主持两国一体化委员会首次会议。\n",
    ],
)
def test_co_chairing_a_body_s_meeting_after_talks_is_an_act_of_its_own(tmp_path: Path, text: str) -> None:
    assert [d for d, _ in _events(tmp_path, text)] == ["2021-05-05", "2021-05-05"]
