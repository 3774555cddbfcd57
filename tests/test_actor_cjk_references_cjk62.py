"""A state referred back to in Chinese and Japanese (`该国`, `同国`) and compounds of a side character (issue 14
item 4, cjk62). Sentences written for these tests, about pairs and in words that no corpus document uses.

- `该国`/`同国` points to a state the sentence before writes by a name (`秘鲁外长`, `インドネシアの国防相`), not to
  one written inside a verb (`访华`, `来日`: a word, not a phrase a later reference may point to) nor to one only
  implied by a person or a bare title (`外长王毅`), when the sentence writes one by a name;
- it is none of the states its own sentence names after it by a name of their own (`…、海上自衛隊と共同訓練`),
  while a capital or a person after it may be its own (`同国の首都リマ`);
- a compound whose second character is a state's side character (`中坦`, `中智`: data/states.json `sides`) names
  the pair before the nouns of a pair that data/discourse.json `compounds` `heads` lists (`双方`, `建交`).
"""

from __future__ import annotations

import string

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope import extract
from allyscope.entities import gazetteer, load_discourse, load_states


def _reference_ids(text: str, word: str) -> tuple[str, ...]:
    """The ids the first mention written `word` was resolved to."""
    doc = extract(text)
    found = [m for m in doc.entities if m.alias == word]
    assert found, f"no mention {word!r}"
    return found[0].ids


def _event_states(text: str, piece: str) -> set[str]:
    """The states among the actors of the event whose evidence holds `piece`."""
    g = gazetteer()
    doc = extract(text)
    events = [e for e in doc.events if piece in e.evidence.text]
    assert events, f"no event with {piece!r}"
    return {g.entity(a)["name"] for e in events for a in e.actors if g.entity(a)["type"] == "state"}


def test_a_state_in_a_verb_of_visiting_is_no_antecedent_of_gai_guo() -> None:
    """The visitor's state is written by its name; the host is written inside `访华` and implied by its minister:
    the ministry `该国` names is the visitor's."""
    text = "秘鲁与中国\n\n2024年6月3日，秘鲁外长冈萨雷斯访华，外长王毅同其举行会谈。该国外交部次日发表声明。\n"
    assert _reference_ids(text, "该国") == ("PE",)


def test_tong_koku_is_none_of_the_states_named_after_it_in_its_sentence() -> None:
    """`同国海軍は…海上自衛隊と`: the partner force named after the reference is another state's (the sentence
    before names both states, and the title too)."""
    text = (
        "日本とインドネシアの防衛交流\n\n2024年9月、インドネシアの国防相が来日し、日本の防衛相と会談した。"
        "同国海軍は9月20日、海上自衛隊と共同訓練を実施した。\n"
    )
    assert _reference_ids(text, "同国") == ("ID",)
    assert "Indonesia" in _event_states(text, "同国海軍")


def test_a_capital_after_tong_koku_stays_its_own() -> None:
    """`同国の首都リマ`: the capital after the reference names the same state; the visiting minister's state is
    only implied by her title and person."""
    text = (
        "ペルーとの関係\n\n2024年3月4日、上川外務大臣はペルーを訪問した。"
        "同国の首都リマでは3月5日、外相会談が行われた。\n"
    )
    assert _reference_ids(text, "同国") == ("PE",)


def test_a_side_character_compound_before_a_noun_of_the_pair() -> None:
    """`中坦建交`, `中智双方`: the side characters of Tanzania and Chile after an abbreviation, before a noun of a
    pair, name the two states."""
    assert set(_reference_ids("中坦建交六十年来，两国关系稳步发展。\n", "中坦")) == {"CN", "TZ"}
    assert set(_reference_ids("2024年5月，中智双方在圣地亚哥签署了合作文件。\n", "中智")) == {"CN", "CL"}


_SIDES = sorted(set(load_states()["sides"]["zh"]) - set("文"))
_HEADS = load_discourse()["compounds"]["heads"]
_FILLER = st.text(alphabet=string.digits + "年月日的了在是有人大小上下", min_size=1, max_size=6)


@settings(max_examples=60, deadline=None)
@given(side=st.sampled_from(_SIDES), after=_FILLER)
def test_a_side_character_compound_needs_a_noun_of_the_pair(side: str, after: str) -> None:
    """Property of the compound reader: `中` and a side character name a pair only before a noun of `heads`; before
    anything else (digits, function words) the two characters are left alone (`中老年`, `中巴士` stay words)."""
    from hypothesis import assume

    assume(not after.startswith(tuple(_HEADS)))
    text = f"，中{side}{after}。"
    doc = extract(text)
    assert not [m for m in doc.entities if m.alias == f"中{side}" and m.basis == "compound"]


def test_a_pair_opened_by_a_side_character_before_a_collective_of_two() -> None:
    """`博津两国` (Botswana's and Zimbabwe's side characters), `约叙双方`: two states' characters right before a
    collective of two (data/states.json `sides` `pair_heads`) name the two states, and the collective stands for
    them; the shared `吉` is Kyrgyzstan in a text naming Kyrgyzstan."""
    assert set(_reference_ids("2023年，博津两国签署防务合作协议。\n", "博津")) == {"BW", "ZW"}
    assert set(_reference_ids("2024年5月，约叙双方在安曼举行会谈。\n", "约叙")) == {"JO", "SY"}
    text = "吉尔吉斯斯坦与塔吉克斯坦\n\n2021年4月29日，吉塔两国边防部队发生冲突。\n"
    assert set(_reference_ids(text, "吉塔")) == {"KG", "TJ"}
    assert set(_reference_ids(text, "两国")) == {"KG", "TJ"}
    assert not [m for m in extract("2023年，博津建设两国合作。\n").entities if m.alias == "博津"]


def test_a_collective_after_a_heading_takes_the_abstracts_pair() -> None:
    """The title names no state, the abstract names the pair and then goes on for more sentences than the
    discourse's window, and a heading stands between: `两国` after the heading is the abstract's pair."""
    text = (
        "边境安全合作的新阶段\n\n摘要：本文讨论蒙古与哈萨克斯坦的边境安全合作。首先回顾合作历程。其次分析执法合作。"
        "再次讨论联合训练。然后考察地区背景。接着指出问题。最后提出展望。\n\n关键词：边境安全；执法合作\n\n"
        "一、合作历程\n\n两国于2022年9月签署边境执法合作协议。\n"
    )
    assert set(_reference_ids(text, "两国")) == {"MN", "KZ"}


def test_the_other_side_is_the_party_not_named_before_it() -> None:
    """`对方`, `相手国` (discourse.json collectives, `other_side`): the one party the discourse established that is
    not the one its sentence names before it; `双方…对方` (each other's) and `针对方案` (no such word) stay apart."""
    text = "中国与越南\n\n2024年5月，越南渔船进入相关海域。5月20日，中方就此向对方提出严正交涉。\n"
    assert _reference_ids(text, "对方") == ("VN",)
    text = (
        "日本とニュージーランド\n\n2024年7月3日、ニュージーランドの国防相が来日した。"
        "同日、日本側は相手国と防衛相会談を行った。\n"
    )
    assert _reference_ids(text, "相手国") == ("NZ",)
    assert _reference_ids("中国与越南\n\n2023年12月12日，中越双方同意尊重对方核心利益。\n", "对方") == ()
    assert not [m for m in extract("2024年5月20日，中方针对方案提出意见。\n").entities if m.alias == "对方"]
