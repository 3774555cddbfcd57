"""Actors of issue 14 (twenty-first session, branch act41), tested on sentences written for them, in other words
than the dev documents that showed the misses.

1. A one-character short form several states share before 国/國 (`馬國`, `巴國`, `索國`: states.json
   'shared_short_forms') names the one of its states the text names by a name of its own, none when it names
   several or none; a side read from the same character (`索方`) is no name of its own.
2. A record whose title names its issuer body alone (`外交部例行記者會`, `國防部新聞稿`) names its own leaders
   familiarly (`蔡總統`): when those are all of one state, its `我國` is that state."""

from __future__ import annotations

import pytest

from allyscope.entities import gazetteer, load_states
from tests.helpers import mention_ids


@pytest.mark.parametrize(
    ("text", "word", "state"),
    [
        ("馬爾地夫總統於3月訪問新德里。印度隨後承諾向馬國提供一艘海岸巡防艦。", "馬國", "MV"),
        ("巴拉圭外長本月抵達臺北訪問。巴國政府表示將擴大農業合作。", "巴國", "PY"),
        ("尼加拉瓜政府宣布与台湾断交。尼国外长随后访问北京。", "尼国", "NI"),
        ("所罗门群岛总理访问堪培拉。澳方应索方请求向索国派遣了警察。", "索国", "SB"),
        ("阿根廷国防部长访问哥本哈根，两国签署了采购协议。阿国空军将接收战机。", "阿国", "AR"),
    ],
)
def test_a_shared_short_form_names_the_state_the_text_names(text: str, word: str, state: str) -> None:
    assert mention_ids(text, word) and all(ids == (state,) for ids in mention_ids(text, word)), gazetteer().match(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("马来西亚与马尔代夫外长在吉隆坡会晤。马国官员表示会谈富有成果。", "马国"),  # two of its states
        ("马国官员表示会谈富有成果。", "马国"),  # none of them
    ],
)
def test_a_shared_short_form_names_nobody_when_the_text_does_not_tell(text: str, word: str) -> None:
    assert mention_ids(text, word) == [()], gazetteer().match(text)


def test_shared_short_forms_are_data_of_known_states() -> None:
    g = gazetteer()
    forms = load_states()["shared_short_forms"]["zh"]
    for word, states in forms.items():
        assert len(word) == 2 and word[1] in "国方" and states, word
        assert all(g.entities[s]["type"] == "state" for s in states), word


def _we(text: str) -> list[tuple[str, ...]]:
    return [m.ids for m in gazetteer().match(text) if m.alias in ("我國", "我国")]


def test_a_bodys_own_record_is_the_state_of_its_familiarly_named_leaders() -> None:
    text = (
        "外交部例行記者會\n\n2022年3月8日\n\n"
        "記者：蔡總統昨日接見美國國務卿布林肯率領的代表團，外交部有何評論？\n\n"
        "發言人：這次會見顯示美方對我國安全的高度重視，雙方將持續深化合作。\n"
    )
    assert _we(text) == [("TW",)], gazetteer().match(text)


@pytest.mark.parametrize(
    "text",
    [
        # the title names no body: a scholar's `我國` is nobody by default
        "兩岸關係評論\n\n2022年3月8日\n\n記者：蔡總統昨日接見美國國務卿布林肯，學者有何評論？\n\n學者：這次會見對我國意義重大。\n",
        # no leader named familiarly: the body's state is not told
        "外交部例行記者會\n\n2022年3月8日\n\n記者：近日區域情勢緊張，外交部有何評論？\n\n發言人：我國樂見各方對話。\n",
    ],
)
def test_a_first_person_state_stays_unresolved_without_a_familiar_leader_of_one_state(text: str) -> None:
    assert _we(text) in ([()], []), gazetteer().match(text)


def _events(body: str) -> list[tuple[str, set[str]]]:
    from allyscope import parse_text
    from allyscope.events import extract_events

    doc = parse_text("Notes\n\n" + body + "\n")
    return [(e.date, set(e.actors)) for e in extract_events(doc, "t")]


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            "2021年3月3日、ドイツはベトナムと防衛協力に関する覚書に署名した。同年4月5日、フランスも同様の覚書に署名した。",
            {"FR", "VN"},
        ),
        (
            "2018年6月12日、スペインはインドネシアと哨戒艇の調達契約を結んだ。イタリアも同年9月、同様の契約を結んだ。",
            {"IT", "ID"},
        ),
    ],
)
def test_a_japanese_subject_with_mo_does_the_act_before_with_its_partner(text: str, second: set[str]) -> None:
    events = _events(text)
    assert len(events) == 2 and events[1][1] == second, events


def test_mo_after_a_hiragana_word_is_no_subjects() -> None:
    """`今年にも` ('as early as this year') marks no subject: the clause keeps its own parties."""
    events = _events("2021年3月3日、ドイツはベトナムと覚書に署名した。2022年5月、カナダにも同様の提案を行った。")
    assert all(ids != {"CA", "VN"} for _, ids in events), events
