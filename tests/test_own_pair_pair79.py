"""A collective of two on a page whose title names no pair (a spokesperson's answers, a ministry's page of talks)
stands for the page's own pair — the states its lead and its sentences name most — when neither its own sentence
nor the one before names two states, over a third state named in passing nearer (pair79, issue 14 item 3). Its own
sentence's pair, the sentence before's pair and a lead naming three states (a journey) keep the nearer reading."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope import parse_text
from allyscope.entities import mark_entities


def _ids(text: str, word: str, nth: int = -1) -> set[str]:
    doc = parse_text(text)
    found = [m for m in mark_entities(doc).entities if m.alias == word]
    return set(found[nth].ids)


PAGE = (
    "外交部发言人答记者问\n\n"
    "问：哈萨克斯坦总统近日访华，中方如何评价此访？\n\n"
    "答：哈萨克斯坦总统托卡耶夫于5月17日抵达北京，中方为他举行了隆重的欢迎仪式。"
    "{between}"
    "两国元首还共同见证了合作文件的签署。\n"
)


def test_a_collective_past_a_state_named_in_passing_is_the_pages_pair() -> None:
    text = PAGE.format(between="会谈中，双方谈到了里海沿岸的航运。托卡耶夫总统此前刚刚结束对阿塞拜疆的访问。")
    assert {"KZ", "CN"} <= _ids(text, "两国元首")
    assert "AZ" not in _ids(text, "两国元首")


def test_the_pair_the_sentence_before_names_is_kept() -> None:
    # the sentence before names two states: the collective is read as before (nearest first), never the page's
    text = PAGE.format(between="同日，乌兹别克斯坦总统对土库曼斯坦进行国事访问。")
    ids = _ids(text, "两国元首")
    assert "UZ" in ids
    assert not {"KZ", "CN"} <= ids


def test_a_lead_naming_three_states_sets_no_pair() -> None:
    # one state's journey to several: the page has no pair of its own, so the collective is read as before
    text = (
        "外交部发言人答记者问\n\n"
        "问：日本首相近日先后访问了越南、老挝和柬埔寨，中方如何看待？\n\n"
        "答：我们注意到有关报道。会谈后，那位首相又去了一家工厂。两国元首共同见证了合作文件的签署。\n"
    )
    assert not {"VN", "JP"} <= _ids(text, "两国元首") or not {"LA", "KH"} & _ids(text, "两国元首")


STATES = {"蒙古": "MN", "尼泊尔": "NP", "斯里兰卡": "LK", "老挝": "LA", "柬埔寨": "KH", "越南": "VN"}


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(sorted(STATES)), st.sampled_from(sorted(STATES)))
def test_a_pair_the_collectives_own_sentence_names_always_wins(first: str, second: str) -> None:
    if first == second:
        return
    text = PAGE.format(between=f"另据报道，{first}和{second}两国元首当天在首都会晤。")
    ids = _ids(text, "两国元首", 0)
    assert {STATES[first], STATES[second]} <= ids
    assert "KZ" not in ids
