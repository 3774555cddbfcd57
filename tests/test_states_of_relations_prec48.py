"""A state the relations or talks are in is no event (issue 14 items 2 and 4, twenty-fourth session, branch prec48):
a clause with no act cue whose predicate tells coolness, a stall or tension (`state_words` in `event_clauses.json`:
`两国关系一度冷淡`, `谈判在2018年后陷入停滞`, `在2019年下半年…關係緊張`, `交渉は停滞した`) dates a state, not a
happening, whatever the shape of its date, as dev's gold reads it in documents of several sessions. A clause with an
act cue is read by its act, and an act told beside the state stays an event. Sentences written for these tests, in
other words than the corpus, in the four languages; the facts need not be true."""

from __future__ import annotations

import pytest

from allyscope import extract
from allyscope.event_clauses import tells_a_state
from allyscope.scripts import fold


def _events(text: str) -> list[str]:
    return sorted(e.date for e in extract("Relations\n\n" + text + "\n").events if e.mode == "asserted")


@pytest.mark.parametrize(
    "text",
    [
        "2014年肯尼亚大选后，肯尼亚与加纳关系一度冷淡。",
        "肯亞與迦納在2019年下半年因漁業問題關係緊張。",
        "肯尼亚与加纳的渔业谈判在2018年后陷入停滞。",
        "2018年以降、ケニアとガーナの交渉は停滞した。",
        "Relations between Kenya and Ghana cooled after 2014.",
    ],
)
def test_a_state_of_the_relations_is_no_event(text: str) -> None:
    assert _events(text) == [], text


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("秘鲁与智利于2015年3月启动渔业协定谈判，但谈判在2018年后陷入停滞。", ["2015-03"]),
        ("2018年、ケニアはガーナとの交渉を中断した。", ["2018"]),
        ("On 4 May 2018 Kenya suspended the talks with Ghana, and relations cooled.", ["2018-05-04"]),
        ("2019年5月4日，肯亞與迦納關係緊張之際，兩國外長在奈洛比舉行會談。", ["2019-05-04"]),
    ],
)
def test_an_act_beside_the_state_stays_an_event(text: str, dates: list[str]) -> None:
    assert _events(text) == dates, text


def test_state_words_are_words_not_letters_of_others() -> None:
    assert tells_a_state(fold("两国关系一度冷淡"))
    assert tells_a_state("talks stalled")
    assert not tells_a_state("talks installed")  # a word inside another is none
    assert not tells_a_state(fold("两国关系稳步发展"))  # a trend alone is not a state


@pytest.mark.parametrize(
    "text",
    [
        "肯亞與迦納的防務合作在2022年後迅速加深。",
        "肯尼亚与加纳的防务合作在2022年后迅速扩大。",
        "肯尼亚与加纳的渔业合作2019年之后明显增多。",
    ],
)
def test_a_trend_after_a_year_is_no_event(text: str) -> None:
    assert _events(text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "2022年后，肯尼亚与加纳签署了防务协定。",
        "肯尼亚总统2022年后访问加纳，两国合作迅速加深。",
    ],
)
def test_an_act_after_a_year_stays_an_event(text: str) -> None:
    assert _events(text) == ["2022"], text
