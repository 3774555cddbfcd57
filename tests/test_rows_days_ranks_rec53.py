"""Chronology rows and news stories that lost or misread acts (issue 14's recall, twenty-sixth session, branch rec53):

- a day in Chinese numerals where a clause opens (`十日，…`, `，十九日出席…`) is a day of the month told before, as a
  chronology written in Chinese numerals tells the days of a visit it dated as a range; `三日后`, `为期十日` and a day
  in figures followed by `之` (`16日之會談`) keep their readings;
- a military rank ending in `将` (`少将`, `上将`, `准将`) is no future marker: `…少将在马累签署…` was read as planned;
- an embassy opening its doors (`开馆`, `開館`) is an act of its own, also beside the visit it took place during;
- `…で一致しています` after a past date is an agreement told as done, as `一致しました` is; a state of agreeing
  (`利益は…一致している`) is no agreement;
- a tenure told with no act (`在位自1986年起`, `在任自2019年起`) is a state, no happening of the year it began;
- an armed clash (`clashed`, `exchanged fire`, `交火`, `武装冲突`) is an act (ASSAULT), not a clash of views;
- a sentence with no date right after one that only said when a turn came (`The largest step came on …`) tells the
  act that was the turn, on its date, unless it reports what is to come.

Sentences written for these tests, in other words than the corpus; the facts need not be true."""

from __future__ import annotations

import pytest

from allyscope import extract


def _events(text: str) -> list[tuple[str, str]]:
    return [(e.date, e.type) for e in extract(text).events if e.mode == "asserted"]


def _dates(text: str) -> list[str]:
    return [date for date, _ in _events(text)]


def _read_dates(text: str) -> list[str]:
    """The dates of every event, whatever its mode: what the dates stage read."""
    return [e.date for e in extract(text).events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day opening a sentence after a range of days told in Chinese numerals
        (
            "越南与老挝关系\n\n二〇一九年五月三日至六日：老挝总理对越南进行正式访问。四日，两国总理在河内举行会谈。\n",
            ["2019-05-03/2019-05-06", "2019-05-04"],
        ),
        # a day after a comma, inside the range's sentence (Traditional script)
        (
            "越南與寮國關係\n\n二〇二一年八月九日至十一日：寮國總理訪問越南，十日出席兩國友好年開幕式。\n",
            ["2021-08-09/2021-08-11", "2021-08-10"],
        ),
    ],
)
def test_a_day_in_chinese_numerals_opening_a_clause_is_a_day_of_the_month_before(
    text: str, expected: list[str]
) -> None:
    assert _dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count of days after a date is no day of the month
        ("越南与老挝关系\n\n2019年5月3日，老挝代表团抵达河内，三日后双方签署协议。\n", ["2019-05-03", "2019-05-06"]),
        # a length of days is no day
        ("越南与老挝关系\n\n2019年5月3日，老挝代表团开始为期十日的访问。\n", ["2019-05-03"]),
        # a day in figures before `之` stays a day
        (
            "越南與寮國關係\n\n2019年7月16日，寮國總理抵達河內。兩國總理於17日之會談中同意加強合作。\n",
            ["2019-07-16", "2019-07-17"],
        ),
    ],
)
def test_counts_and_lengths_of_days_keep_their_readings(text: str, expected: list[str]) -> None:
    assert _read_dates(text) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "2022年9月8日，斯里兰卡国防部次长同巴基斯坦空军某部少将在科伦坡签署训练合作协议。",
        "2022年9月8日，斯里蘭卡國防部次長同巴基斯坦空軍某部上將在可倫坡舉行會談。",
        "2022年9月8日，巴基斯坦空军准将于科伦坡出席交接仪式。",
    ],
)
def test_a_rank_ending_in_jiang_is_no_future_marker(sentence: str) -> None:
    events = extract("斯里兰卡与巴基斯坦关系\n\n" + sentence + "\n").events
    assert [e.mode for e in events] == ["asserted"], sentence


def test_the_future_marker_itself_still_plans() -> None:
    events = extract("斯里兰卡与巴基斯坦关系\n\n两国国防部将于2026年5月在科伦坡举行会谈。\n").events
    assert [e.mode for e in events] == ["planned"]


def test_an_embassy_opening_during_a_visit_is_an_act_of_its_own() -> None:
    text = "新加坡与斐济关系\n\n2016年4月，新加坡外长访问斐济期间，新加坡驻斐济使馆在苏瓦开馆。\n"
    assert sorted(_events(text)) == [("2016-04", "CONSULT"), ("2016-04", "COOPERATE")]
    alone = "斐济与新加坡关系\n\n2016年4月，新加坡驻斐济使馆在苏瓦开馆。\n"
    assert _events(alone) == [("2016-04", "COOPERATE")]


def test_agreement_told_in_the_te_iru_form_after_a_past_date_is_an_agreement() -> None:
    text = (
        "日本とトンガの関係\n\n2025年6月20日\n\n"
        "今月3日には、防衛大臣が東京でトンガの首相と会談し、沿岸警備の研修の拡充で一致しています。\n"
    )
    assert sorted(_events(text)) == [("2025-06-03", "AGREE"), ("2025-06-03", "CONSULT")]


def test_interests_that_agree_are_no_agreement() -> None:
    text = "日本とトンガの関係\n\n2025年6月20日\n\n両国の利益は2024年以来一致している。\n"
    assert all(kind != "AGREE" for _, kind in _events(text))


@pytest.mark.parametrize(
    "sentence",
    ["汤加国王在位自2012年起。", "該國總統在任自2019年起。"],
)
def test_a_tenure_with_no_act_is_no_event(sentence: str) -> None:
    assert _dates("汤加与斐济关系\n\n" + sentence + "\n") == []


def test_an_act_beside_a_tenure_stays_an_event() -> None:
    text = "汤加与斐济关系\n\n2019年5月，在任的斐济总理访问汤加。\n"
    assert _dates(text) == ["2019-05"]


def test_what_happened_in_office_is_read_by_its_own_words() -> None:
    # `在任內`: during the tenure, no tenure told as a state
    text = "国际原子能机构\n\n前任总干事于2019年7月在任内病逝。\n"
    assert _dates(text) == ["2019-07"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Border guards of the two countries clashed near the pass in March 2019.",
        "In 2021 the two armies exchanged fire across the river.",
        "2023年5月，两国边防部队在边境交火。",
        "2023年5月，兩國邊防部隊在邊境爆發武裝衝突。",
    ],
)
def test_an_armed_clash_is_an_act(sentence: str) -> None:
    events = extract("Kyrgyzstan and Tajikistan\n\n" + sentence + "\n").events
    assert [e.type for e in events] == ["ASSAULT"], sentence


def test_a_clash_of_views_is_no_clash() -> None:
    events = extract("Kyrgyzstan and Tajikistan\n\nA clash of views marked the talks in June 2020.\n").events
    assert [e.type for e in events] == ["CONSULT"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Finland and Japan\n\nTheir ties were long commercial. The turning point came in March 2023. "
            "The two defence ministers met in Helsinki.\n",
            ["2023-03"],
        ),
        (
            "Finland and Japan\n\nThe breakthrough came in June 2022. Japan and Finland signed an agreement on the "
            "transfer of defence equipment.\n",
            ["2022-06"],
        ),
        ("中国与智利\n\n转折点出现在2019年5月。两国外长在圣地亚哥签署了合作协议。\n", ["2019-05"]),
    ],
)
def test_the_act_told_after_a_turn_takes_the_turns_date(text: str, expected: list[str]) -> None:
    # `The largest step came on …` dates no act itself; the sentence after it, with no date, tells the act
    assert _dates(text) == expected


def test_what_is_reported_as_to_come_after_a_turn_is_no_act() -> None:
    text = "Finland and Japan\n\nThe largest step came on 4 May 2021. Officials said more talks would follow.\n"
    assert _dates(text) == []
