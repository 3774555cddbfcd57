"""A sentence that only says when a relationship turned, entered a new stage or picked up speed dates no act (issue
14 item 2, false events; forty-ninth session, branch prec80). rec53's `turn_sentences` knew the nouns of a turn
(`転機`, `转折点`, `turning point`); dev's false events showed the same frame told with a verb or a cleft in three
languages and several sessions' documents (`…关系的提速始于2023年`, `转折出现在2019年`, `関係が新たな段階に入ったのは
2023年である`, `関与が本格化したのは…の際である`, `…は…で幕を開けた`, `Its character changed in 2022.`). Such a
sentence, with no act cue anywhere in it, names the time of a change; the act that made it is told in a sentence of
its own. The sentences here are written for these tests in other words than the dev documents; the facts in them
need not be true. Traps: the same frame with an act in the sentence keeps its event, and a plain act with the same
date and sides is read as before."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope import extract
from allyscope.event_clauses import names_a_turn
from allyscope.scripts import fold
from tests.helpers import case_of


def _stated(text: str, first: str, second: str) -> list[str]:
    """The dates of the events the text states as done, read with a case of the two sides active."""
    with case_of(first, second):
        events = extract("Relations\n\n" + text + "\n").events
    return sorted(e.date for e in events if e.mode == "asserted")


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("越南与澳大利亚防务合作的提速始于2018年。", ("VN", "AU")),
        ("越南與澳洲防務合作的提速始於2018年。", ("VN", "AU")),
        ("此后数年，两国交往有限，转折出现在2016年。", ("VN", "AU")),
        ("此後數年，兩國交往有限，轉折出現在2016年。", ("VN", "AU")),
        ("ベトナムとオーストラリアの防衛協力が新たな段階に入ったのは2018年である。", ("VN", "AU")),
        ("越南与澳大利亚的关系在2018年进入新阶段。", ("VN", "AU")),
        ("オーストラリアのベトナムへの関与が本格化したのは、2016年のことである。", ("AU", "VN")),
        ("2018年のベトナムとオーストラリアの関係は、明るい話題で幕を開けた。", ("VN", "AU")),
        ("Australia's defence ties with Vietnam changed in 2018.", ("AU", "VN")),
    ],
)
def test_a_sentence_that_only_names_a_turn_dates_no_act(text: str, sides: tuple[str, str]) -> None:
    assert _stated(text, *sides) == [], text


@pytest.mark.parametrize(
    ("text", "sides", "dates"),
    [
        # the same frame with an act of its own in the sentence keeps its event
        ("越南与澳大利亚防务合作的提速始于2018年3月两国签署的联合声明。", ("VN", "AU"), ["2018-03"]),
        (
            "両国関係が新たな段階に入ったのは、2018年3月にベトナムとオーストラリアが共同声明に署名した時である。",
            ("VN", "AU"),
            ["2018-03"],
        ),
        (
            "Australia's ties with Vietnam changed in March 2018, when the two leaders signed a joint statement.",
            ("AU", "VN"),
            ["2018-03"],
        ),
        # a plain act with the same date and sides, no frame
        ("2018年3月，越南与澳大利亚签署联合声明。", ("VN", "AU"), ["2018-03"]),
        ("In March 2018 Australia and Vietnam signed a joint statement.", ("AU", "VN"), ["2018-03"]),
    ],
)
def test_the_frame_with_an_act_or_an_act_alone_keeps_its_event(
    text: str, sides: tuple[str, str], dates: list[str]
) -> None:
    assert _stated(text, *sides) == dates, text


_WORDS = [
    "转折出现",
    "轉折出現",
    "新たな段階に入",
    "进入新阶段",
    "進入新階段",
    "提速始于",
    "提速始於",
    "本格化したのは",
    "幕を開け",
    "changed in",
]


@settings(max_examples=60, deadline=None)
@given(
    word=st.sampled_from(_WORDS),
    before=st.text(alphabet="两国关系合作のと、,. ab", max_size=8),
    after=st.text(alphabet="年月日2018 。.", max_size=8),
)
def test_every_new_word_names_a_turn_wherever_it_stands(word: str, before: str, after: str) -> None:
    """Each word added is found in a sentence folded as the events stage folds it (`scripts.fold`: case and script),
    whatever stands around it."""
    sentence = fold(before + " " + word + " " + after)
    assert names_a_turn(sentence)


@settings(max_examples=60, deadline=None)
@given(text=st.text(alphabet="两国关系合作签署访问会谈のと、年月日2018 。", max_size=30))
def test_text_without_a_turn_word_names_no_turn(text: str) -> None:
    """Text built from characters that spell none of the words never names a turn."""
    assert not names_a_turn(fold(text))
