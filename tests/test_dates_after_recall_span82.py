"""span82: a clause told after an act (`After the signing`, `会談後`, `签署仪式后`) finds its act across a recall told
between them, and by the act's verb (`allyscope/dates/stage.py` `_after_acts_on_their_act`, data
`after_an_act.act_forms`). Dates that lie wholly before the date the clause was given (a recall: `In June 2019 …`,
`昨年4月…`, `since November 2022`) are no candidates for the act and do not count among the few dates looked at.
Sentences written for these tests (Chile–Peru, Uruguay–Paraguay, Norway–Iceland, Vietnam–Laos), not dev text."""

from __future__ import annotations

import datetime
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.dates import Anchor, find_dates
from allyscope.dates.stage import _after_acts_on_their_act
from allyscope.extraction import extract_json


def _after(text: str, document: Anchor) -> list[tuple[str, str]]:
    found = _after_acts_on_their_act(text, find_dates(text, document_date=document))
    return [(d.text, d.edtf) for d in found if d.basis == "after-act"]


def test_english_after_the_signing_across_recalled_years_takes_the_signing_day() -> None:
    text = (
        "This morning the two ministers signed a defence cooperation agreement. In June 2019 they had met in Lima, "
        "on 3 May 2021 the navies exercised together off Callao, and since November 2022 officers have trained "
        "at each other's schools. Yesterday the delegations toured the naval school. "
        "After the signing, the ministers took questions."
    )
    assert _after(text, Anchor(2024, 3, 14)) == [("After the signing", "2024-03-14")]


def test_chinese_after_a_signing_ceremony_across_a_recall_takes_the_day_of_the_signing() -> None:
    text = (
        "12日上午，两国外长在蒙得维的亚签署了引渡条约。两国曾于2019年5月签署司法协助协定，"
        "2021年10月又举行了首轮领事磋商。2024年6月11日晚，亚松森代表团抵达。签署仪式后，两国外长共同会见记者。"
    )
    assert _after(text, Anchor(2024, 6, 12)) == [("签署仪式后", "2024-06-12")]


def test_japanese_after_the_talks_across_recalled_months_keeps_the_talks_day() -> None:
    # the reader already finds the talks by their clause here; the recall skipped by the stage must not move it
    text = (
        "両国外相は15日、オスロで会談した。前日の14日夕方、アイスランド外相はオスロに到着した。"
        "両国は2022年9月に漁業協定を改定し、同年12月には合同訓練も行っている。会談後、両外相は記者会見に臨んだ。"
    )
    assert _after(text, Anchor(2024, 2, 16)) == [("会談後", "2024-02-15")]


def test_trap_the_day_told_last_that_names_the_act_keeps_it() -> None:
    # the signing is the day told last: nothing before it is looked at
    text = "In 2019 the two states agreed to talk. On 4 March 2024 the ministers signed the treaty. "
    text += "After the signing, they spoke."
    assert _after(text, Anchor(2024, 3, 5)) == [("After the signing", "2024-03-04")]


def test_trap_a_story_that_went_forward_is_no_recall() -> None:
    # the day told last is after the signing, not before the clause's date: no recall, left as the reader gave it
    text = (
        "On 4 March 2024 the ministers signed the treaty in Hanoi. On 6 March 2024 they toured a port in Vientiane. "
        "After the signing, trade officials met."
    )
    assert _after(text, Anchor(2024, 3, 7)) == [("After the signing", "2024-03-06")]


def test_trap_no_sentence_names_the_act_leaves_the_date_told_last() -> None:
    text = "On 2 May 2024 the minister arrived in Vientiane. In 2019 he had visited Hanoi. "
    text += "On 3 May 2024 he toured a dam. After the signing, he left."
    assert _after(text, Anchor(2024, 5, 4)) == [("After the signing", "2024-05-03")]


def test_an_after_clause_a_paragraph_later_dates_its_event_by_the_signing(tmp_path: Path) -> None:
    text = (
        "Joint press conference (excerpt)\n\nLima, 14 March 2024\n\n"
        "This morning Peru's defence minister and I signed a defence cooperation agreement. "
        "In June 2019 our navies exercised together off Callao. Yesterday our delegations toured the naval school.\n\n"
        "After the signing, the two ministers held talks with Peruvian officers on coastal surveillance.\n"
    )
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    events = extract_json(path)["events"]
    assert [e["date"] for e in events if "coastal surveillance" in e["evidence"]["text"]] == ["2024-03-14"]


@settings(max_examples=30, deadline=None)
@given(
    day=st.integers(min_value=2, max_value=28),
    recalled=st.integers(min_value=1990, max_value=2022),
    month=st.integers(min_value=1, max_value=12),
)
def test_any_recall_between_the_signing_and_the_after_clause_is_skipped(day: int, recalled: int, month: int) -> None:
    signed = datetime.date(2024, 7, day)
    text = (
        f"On {signed.day} July 2024 the two ministers signed a treaty. "
        f"In {datetime.date(recalled, month, 1):%B} {recalled} they had first met. "
        f"On {(signed - datetime.timedelta(days=1)).day} July 2024 the delegations arrived. "
        "After the signing, they spoke to the press."
    )
    assert _after(text, Anchor(2024, 7, 28)) == [("After the signing", signed.isoformat())]


def test_trap_a_day_counted_from_the_talks_is_not_the_talks() -> None:
    # `会谈次日` names the talks only as the base of the next day: the talks are the 22nd, not the 23rd
    text = (
        "越南国家主席于2023年11月20日至24日访问老挝。11月22日，两国元首在万象举行会谈。会谈次日，老挝总理会见了越方代表团。"
        "双方回顾了1962年9月5日建交以来的关系。2019年4月，两国签署边境协定。会谈后，两国元首共同会见记者。"
    )
    assert _after(text, Anchor(2023, 11, 24)) == [("会谈后", "2023-11-22")]
