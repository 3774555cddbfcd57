"""A name read across a word before it (fiftieth session, fix81; issue 14): a short CJK name that begins on the last
character of a word (`达卡`, Dhaka, on the `达` of `抵达`; `加纳`, Ghana, on the `加` of `参加`) gives way to a longer
name that begins right after that character and runs past it (`抵达卡塔尔`: Qatar), by data `geography.json`
`word_tails` (`Gazetteer._past_word_tails`). The leftmost match preferred the short name and lost the state. Found by
`test_domain_dom72.py::test_renaming_the_states_never_changes_the_mixed_heads_reading` (zh-Hans, Andorra and Qatar).

Sentences written for these tests; states drawn from the generator's.
"""

from __future__ import annotations

import json
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.entities import gazetteer, word_tails
from allyscope.scripts import fold
from tests.event_generator import name_of, state_ids


def _spans(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(m.alias, m.ids) for m in gazetteer().match(text)]


def _ids(text: str) -> set[str]:
    return {i for m in gazetteer().match(text) for i in m.ids}


@pytest.mark.parametrize(
    ("text", "state", "not_read"),
    [
        ("2022年5月14日，安道尔两艘护卫舰抵达卡塔尔港口。", "QA", "BD"),  # the falsifying example of dom72
        ("代表团一行于当天下午到达卡塔尔首都。", "QA", "BD"),
        ("兩艘巡防艦昨日抵達卡達杜哈港。", "QA", "BD"),  # zh-Hant, Qatar's Taiwanese name
        ("外交部长请大使转达卡塔尔方面的关切。", "QA", "BD"),
        ("政府决定派员参加纳米比亚独立纪念活动。", "NA", "GH"),  # `加纳` (Ghana) on the `加` of `参加`
        ("海軍艦艇參加納米比亞舉辦的海上閱兵。", "NA", "GH"),
    ],
)
def test_the_longer_name_after_the_word_is_read(text: str, state: str, not_read: str) -> None:
    ids = _ids(text)
    assert state in ids
    assert not_read not in ids


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("护卫舰编队抵达达卡，开始为期三天的访问。", "BD"),  # Dhaka written after the whole verb
        ("護衛艦抵達達卡港外錨地。", "BD"),
        ("达卡是孟加拉国的首都。", "BD"),  # Dhaka alone
        ("航线从伊斯兰堡到达卡，每周两班。", "BD"),  # `到` + `达卡`: no longer name after, Dhaka stays
        ("舰队抵达达喀尔，补给后继续航行。", "SN"),  # Dakar after the verb
        ("两国海军参加加纳主办的演习。", "GH"),  # Ghana after the whole verb
    ],
)
def test_a_name_written_after_the_word_stays(text: str, state: str) -> None:
    assert state in _ids(text)


def test_the_word_tails_are_words_ending_in_their_character() -> None:
    data = json.loads(resources.files("allyscope.data").joinpath("geography.json").read_text("utf-8"))
    assert "word_tails" in data["about"]
    tails = word_tails()
    assert tails
    g = gazetteer()
    firsts = {p[0] for p, t in zip(g.patterns, g.targets, strict=True) if t and len(p) >= 2}
    for first, words in tails.items():
        assert len(first) == 1 and fold(first) in firsts, first  # a character some name begins with
        assert len(words) == len(set(words))
        for word in words:
            assert len(word) >= 2 and fold(word).endswith(fold(first)), word


VERBS = ["抵达", "到达", "抵達", "到達", "送达", "转达", "參加", "参加"]


@settings(max_examples=60, deadline=None)
@given(state=st.sampled_from(state_ids()), verb=st.sampled_from(VERBS), lang=st.sampled_from(["zh", "zh_Hant"]))
def test_a_state_after_the_word_is_always_read(state: str, verb: str, lang: str) -> None:
    name = name_of(state, lang)
    text = f"两艘军舰{verb}{name}。"
    assert state in _ids(text), (text, _spans(text))
