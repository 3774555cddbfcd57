"""Dates that date no act, classes read from dev's extractions that match no annotation (issue 14 items 2 and 4,
twenty-third session, branch prec44): a year naming unrest, riots, a collapse or a break-up (`the 2019 riots`,
`1991年のソ連崩壊後`), a stance held since a change of a state's order (`1989年の体制転換以降…重視してきた`), a
happening's name as the subject of what it caused (`…危机使…`, `…事件导致…`) or with its doer joined by による
(`北朝鮮による核実験`), a decade entered (`2000年代に入ると`), a Chinese act negated by 未 before taking or
obtaining (`未采取`, `未获`), a figure of trade that came to or reached an amount, how far back a thing reaches (`as
far back as 2006`), a sentence that only says when a turn came (`転機となったのは…である`, `The largest step came
on …`), and a sentence announcing what follows (`双方声明如下：`), which tells no second act of the occasion before
it. Each in sentences written for these tests, in other words than the documents that showed the class, beside one
of the same shape that does tell an act and keeps its event. The facts in them need not be true."""

from __future__ import annotations

import pytest

from allyscope import extract


def _stated(text: str) -> list[str]:
    """The dates of the events the text states as done (planned, hypothetical and negated ones left out)."""
    return sorted(e.date for e in extract("Relations\n\n" + text + "\n").events if e.mode == "asserted")


@pytest.mark.parametrize(
    "text",
    [
        "Few officials forget the 2011 riots in the port city when they speak of trust.",
        "Investors still recall the 1989 unrest as the reason the railway was delayed.",
        "両国の交流は、1989年の冷戦体制崩壊後も途絶えなかった。",
        "1991年的苏联解体是该地区格局变化的起点。",
        "2015年的难民危机使两国的边境合作更加紧密。",
        "2019年的骚乱导致该国政府更迭。",
        "2017年9月の北朝鮮による核実験以降、周辺国は監視態勢を強めてきた。",
        "2000年代に入ると、両国の海軍は共同訓練の回数を増やした。",
        "1990年代に入って、両国の貿易は急速に伸びた。",
        "该提案2021年未获两国议会批准。",
        "2019年，该国政府未采取任何报复措施。",
        "Bilateral trade stood at about 12 billion euros in 2021.",
        "Trade came to roughly 3 billion dollars in 2018, officials said.",
        # a stance held since a change of a state's order: a state lasting since then, no act
        "ポーランドは1989年の体制転換以降、西側諸国との関係を重視してきた。",
        "自1991年苏联解体以来，该国一直坚持中立政策。",
        # how far back a thing reaches: the start of a span, no act then
        "Archives kept as far back as 1998 list only two visits.",
        "Their naval contacts go back to the 1960s.",
        # a figure that peaked, its thousands written with a comma that cuts no phrase
        "Rotations peaked at roughly 2,400 marines in 2017, most of them in the north.",
        # dates coordinated before one happening's name: the name is theirs too
        "2008年和2011年的金融危机使两国央行加强了合作。",
        # a sentence that only says when a turn came: its act is told after it
        "転換点となったのは2016年7月である。",
        "The turning point came in March 2020.",
        "关系的转折点出现在2019年。",
    ],
)
def test_dates_of_no_act_yield_no_event(text: str) -> None:
    assert _stated(text) == [], text


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # a verb after the name that tells the happening itself keeps the date its own
        ("2011年2月，该国首都爆发骚乱。", ["2011-02"]),
        # a decade that dates an act, with no word of entering it
        ("両国は1990年代に防衛交流覚書に署名した。", ["199X"]),
        # 未 before another verb is no negation of the act told after a comma
        ("2021年，两国签署了贸易协定。", ["2021"]),
        ("In 2021 the two governments signed a trade agreement.", ["2021"]),
        # a frame makes the happening the time of the act told with it
        ("During the 2011 riots, the embassy evacuated its staff by ship.", ["2011"]),
        # an activity carried on since a change of order keeps its open date
        ("自1994年民主轉型以來，南非每年與日本舉行防務對話。", ["1994/.."]),
        # `when` after the date tells the act it dates; `as early as` tells when an act took place
        ("Their ties went back to 1961, when the two states opened embassies.", ["1961"]),
        ("As early as 1996 the two coast guards held a joint drill.", ["1996"]),
        ("In 2017, 2,400 marines arrived in the north for the exercise.", ["2017"]),
        ("2008年和2011年，两国央行签署了两项货币互换协定。", ["2008", "2011"]),
        ("2019年5月、両国は転換点となる協定に署名した。", ["2019-05"]),
        ("The first step came on 2 May 2021, when the ministers signed a memorandum.", ["2021-05-02"]),
        # 轉機 is a change of planes too, no turn
        ("2018年12月1日，該部長在溫哥華轉機時與加拿大外長會晤。", ["2018-12-01"]),
    ],
)
def test_acts_of_the_same_shape_keep_their_dates(text: str, dates: list[str]) -> None:
    assert _stated(text) == dates, text


def test_a_sentence_announcing_what_follows_tells_no_second_act() -> None:
    text = "2023年5月8日，两国外长在河内举行会谈。双方宣布如下：\n\n一、双方同意加强合作。"
    assert _stated(text) == ["2023-05-08"]
    told = "2023年5月8日，两国外长在河内举行会谈。双方还签署了联合声明。"
    assert _stated(told) == ["2023-05-08", "2023-05-08"]


def test_what_a_side_hopes_to_do_is_planned() -> None:
    text = "The ministers signed no treaty, which Lisbon hopes to conclude in March 2026."
    events = extract("Relations\n\n" + text + "\n").events
    assert [e.mode for e in events if e.date == "2026-03"] == ["planned"]
