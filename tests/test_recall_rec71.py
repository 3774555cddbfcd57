"""Recall of further acts told in one sentence (branch rec71, issue 14 item 5, "Assembly").

Each test names a pattern of the language, in sentences written for it (Indonesia, the Philippines, New Zealand,
Mongolia, Kazakhstan: not the pairs of the dev documents that showed the miss):

- a visit, then a meeting whose Chinese verb opens its piece and takes the counterpart as its object
  (`访问…，并会见…`, `訪問…，會見…`) is two acts, as `visited …, and met …` is in English (`event_clauses.json`
  `acts_apart_by_cameo`, 042 then 043, verb only);
- a welcome ceremony is a hosting act (`data/event_patterns.json`, the rule of banquets and guards of honour, CAMEO
  043): with no cue of its own it was read as the setting of the talks after it and merged with them;
- a host who `received him` (a pronoun object: a person, not a letter) meets the visitor, an act of its own
  (the meeting rule of `data/event_patterns.json`);
- a piece opening with a word of the day's next act (`、その後、`, `，之后`) is an act of its own even when it shares
  the kind of the piece before (`event_clauses.opens_the_next_act`, its words `next_act_openers` and
  `next_on_the_day` openers), as `随后` and `and then` already were."""

from __future__ import annotations

import json
import re
import string
from importlib import resources
from pathlib import Path

from helpers import stated_events
from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.event_clauses import acts_apart_by_cameo, opens_the_next_act, rules
from allyscope.scripts import fold


def _dated(events: list[tuple[str, str, str]], piece: str) -> list[str]:
    """The dates of the stated events whose sentence holds `piece`, once per event (a sentence may tell two)."""
    return [date for date, _, sentence in events if piece in sentence]


# --- a visit, then a meeting with the counterpart as the verb's object (Chinese)


def test_chinese_visit_then_bing_huijian_is_two_acts(tmp_path: Path) -> None:
    text = "印尼外长访问马尼拉\n\n2023年3月5日，印度尼西亚外长访问马尼拉，并会见菲律宾总统马科斯。\n"
    assert _dated(stated_events(tmp_path, text), "并会见菲律宾总统") == ["2023-03-05", "2023-03-05"]


def test_traditional_visit_then_huijian_without_a_conjunction_is_two_acts(tmp_path: Path) -> None:
    text = "蒙古外長訪問阿斯塔納\n\n2022年6月8日，蒙古國外長訪問阿斯塔納，會見哈薩克總統托卡耶夫。\n"
    assert _dated(stated_events(tmp_path, text), "會見哈薩克總統") == ["2022-06-08", "2022-06-08"]


def test_meeting_word_not_opening_the_piece_is_no_second_meeting() -> None:
    assert acts_apart_by_cameo("042", "043", fold("，并会见菲律宾总统。"))
    assert acts_apart_by_cameo("042", "043", fold("，會晤哈薩克總統。"))
    # the meeting named inside the piece, not its verb: the visit's own words
    assert not acts_apart_by_cameo("042", "043", fold("，并在会见记者时表示满意。"))


# --- a welcome ceremony, then talks


def test_chinese_welcome_ceremony_then_talks_after_suihou_is_two_acts(tmp_path: Path) -> None:
    text = (
        "哈萨克斯坦总统访问蒙古国\n\n"
        "2024年11月9日上午，蒙古国总统在国家宫为来访的哈萨克斯坦总统举行隆重欢迎仪式，随后两国元首举行会谈。\n"
    )
    assert _dated(stated_events(tmp_path, text), "欢迎仪式") == ["2024-11-09", "2024-11-09"]


def test_japanese_welcome_ceremony_then_talks_after_sono_ato_is_two_acts(tmp_path: Path) -> None:
    text = (
        "インドネシア大統領の訪問\n\n"
        "フィリピンのマルコス大統領は2024年2月20日、インドネシアのプラボウォ大統領のための歓迎式典を行い、"
        "その後、首脳会談を行った。\n"
    )
    assert _dated(stated_events(tmp_path, text), "歓迎式典") == ["2024-02-20", "2024-02-20"]


def _hosting_rule() -> re.Pattern[str]:
    data = json.loads(resources.files("allyscope.data").joinpath("event_patterns.json").read_text("utf-8"))
    rule = next(t for t in data["types"] if "ceremonial welcome" in t["pattern"])
    assert (rule["plover"], rule["cameo"]) == ("CONSULT", "043")
    return re.compile(rule["pattern"])


def test_welcome_ceremony_is_a_hosting_cue_but_a_welcome_alone_is_not() -> None:
    hosting = _hosting_rule()
    for text in (
        "为来访总统举行欢迎仪式",
        "為來訪總統舉行歡迎儀式",
        "歓迎式典を行い",
        "歓迎行事を催した",
        "held a welcome ceremony",
    ):
        assert hosting.search(fold(text)), text
    for text in ("双方欢迎该协定生效", "welcomed the agreement", "the ceremony was held", "歓迎の意を表明した"):
        assert not hosting.search(fold(text)), text


# --- a word of the next act opens a piece


def test_next_act_openers_include_the_day_s_next_words() -> None:
    assert opens_the_next_act("歓迎式典を行い、その後、首脳会談を行った", 7)
    assert opens_the_next_act("举行欢迎仪式，之后举行会谈", 6)
    assert opens_the_next_act("held talks, and then hosted a dinner", 10)
    assert opens_the_next_act("held talks and then hosted a dinner", 10)
    assert not opens_the_next_act("held talks and thence", 10)


def test_next_act_words_are_the_data_s() -> None:
    r = rules()
    assert "随后" in r["next_act_openers"]["words"]
    for word in r["next_on_the_day"]["openers"]:
        assert opens_the_next_act("会談し、" + word + "、会見した", 3), word


@settings(max_examples=80)
@given(st.text(alphabet=string.ascii_letters + " ,、，。会談歓迎式典首脳", max_size=30), st.integers(0, 30))
def test_next_act_needs_one_of_its_words(text: str, at: int) -> None:
    assert not opens_the_next_act(text, min(at, len(text)))


@settings(max_examples=60)
@given(st.text(alphabet=string.ascii_letters + " 会談歓迎式典", max_size=20), st.sampled_from(["、", "，", ","]))
def test_next_act_word_after_a_comma_opens_whatever_came_before(before: str, comma: str) -> None:
    assert opens_the_next_act(before + comma + "その後首脳会談", len(before))
    assert opens_the_next_act(before + comma + " and then met", len(before))


# --- a host receiving the visitor, told by a pronoun object


def test_english_received_him_is_a_meeting_of_its_own(tmp_path: Path) -> None:
    text = (
        "Philippine President in Wellington\n\n"
        "President Marcos arrived in Wellington on 12 April 2024, and Governor-General Cindy Kiro received him at "
        "Government House.\n"
    )
    assert _dated(stated_events(tmp_path, text), "received him at") == ["2024-04-12", "2024-04-12"]


def _meeting_rule() -> re.Pattern[str]:
    data = json.loads(resources.files("allyscope.data").joinpath("event_patterns.json").read_text("utf-8"))
    rule = next(t for t in data["types"] if r"\btalks\b" in t["pattern"])
    assert (rule["plover"], rule["cameo"]) == ("CONSULT", "043")
    return re.compile(rule["pattern"])


def test_received_is_a_meeting_only_with_a_person_as_its_object() -> None:
    meeting = _meeting_rule()
    for text in ("the president received him at the palace", "the king receives her", "the emir received them"):
        assert meeting.search(fold(text)), text
    for text in ("the ministry received a letter", "received support from", "the hymn was sung", "rehearsed"):
        assert not meeting.search(fold(text)), text
