"""A pair written as two one-character short forms before a collective of two (`中伊两国`, `中尼兩國政府`, `中马两国`)
whose second character begins several states' names, so that it is no abbreviation of one state, names the first
character's state and the one state of the second's that the text names elsewhere by a name of its own (issue 14,
fifty-second session, branch act83: act82's `中X两国` lacking China, dev's `presser_zhs_china_iran_russia_exercise`
E6 and `academic_zhs_nepal_china_us_balance` E1, documents of two sessions). Where the text names several such
states or none, the pair is left unread, as it was without the rule (`joint_zht_saudi_iran_beijing`'s `沙伊雙方`
in a text naming Iran and Iraq keeps its collective's reading). The character glued to a word before it,
and a character no state's name begins with, are read as before. Sentences written for these tests, in other words
than the dev documents."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope import parse_text
from allyscope.compounds import read_side_pairs
from allyscope.entities import gazetteer, mark_entities


def _states_at(text: str, word: str, last: bool = True) -> set[str]:
    """The ids the entities stage reads for the mentions inside `word` (its last or first place in the parsed
    text, whose offsets the entities are given in)."""
    marked = mark_entities(parse_text(text))
    at = marked.text.rindex(word) if last else marked.text.index(word)
    return {i for m in marked.entities if at <= m.start and m.end <= at + len(word) for i in m.ids}


def _pair(text: str, pair: str) -> set[str]:
    return _states_at(text, pair)


def test_the_state_the_text_names_is_the_second_of_the_pair() -> None:
    text = "中国—伊朗关系简报\n\n伊朗总统于2016年1月访华。2021年3月，中伊两国外长签署了一份为期25年的合作文件。\n"
    assert _pair(text, "中伊") == {"CN", "IR"}


def test_traditional_script_and_a_government_after_the_collective() -> None:
    text = "政策簡報\n\n尼泊爾地處中印之間。2019年10月，中尼兩國政府在加德滿都發表聯合聲明。\n"
    assert _pair(text, "中尼") == {"CN", "NP"}


def test_the_maldives_not_malaysia_where_the_text_names_the_maldives() -> None:
    text = "纪要\n\n马尔代夫外长于2014年8月访华。同年9月，中马两国签署了关于共建海上丝绸之路的谅解备忘录。\n"
    assert _pair(text, "中马") == {"CN", "MV"}


def test_two_states_of_the_character_named_leave_the_pair_unread() -> None:
    # trap: the text names Iran and Iraq, both beginning with 伊: the pair is read as without the rule (not at all)
    text = "纪要\n\n伊拉克与伊朗均为海湾国家。2016年1月，中伊两国发表联合声明。\n"
    assert _pair(text, "中伊") == set()


def test_no_state_of_the_character_named_leaves_the_pair_unread() -> None:
    # trap: no state whose name begins with 埃 is named: no default reading (Egypt or Ethiopia)
    text = "纪要\n\n2014年12月，中埃两国宣布建立全面战略伙伴关系。\n"
    assert _pair(text, "中埃") == set()


def test_a_character_after_a_word_that_is_no_state_opens_no_pair() -> None:
    # trap: 兵 is no state's short form, so 兵马两国 reads no Malaysia or Maldives even in a text naming one
    text = "纪要\n\n马来西亚与泰国接壤。双方在边境调集兵马两国关系一度紧张。\n"
    assert _states_at(text, "兵马") == set()


def test_a_name_found_is_not_cut_into_a_pair() -> None:
    # trap: 伊朗 is a name found; 朗 before 两国 opens nothing and 伊朗 stays Iran
    text = "纪要\n\n2016年1月，沙特与伊朗两国断绝外交关系。\n"
    assert _states_at(text, "伊朗") == {"IR"}


_HEAD = st.sampled_from(["两国", "兩國", "双方", "雙方", "两军", "兩軍", "关系", "。"])
_CHAR = st.sampled_from(list("中伊尼马埃阿朗兵日美韩俄的在与年，"))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.lists(_CHAR, min_size=0, max_size=4), _HEAD), min_size=1, max_size=5))
def test_a_shared_second_is_read_only_right_before_a_collective_after_a_short_form(
    parts: list[tuple[list[str], str]],
) -> None:
    text = "".join("".join(chars) + head for chars, head in parts)
    rules = gazetteer().compound_rules
    table = rules.tables["zh"]
    for c in read_side_pairs(text, text, rules, []):
        assert 0 <= c.start < c.end <= len(text) and c.ids
        if text[c.start] in rules.shared_pairs and text[c.start] not in table and text[c.start] not in rules.sides:
            assert c.end - c.start == 1 and text.startswith(rules.pair_heads, c.end)
            assert c.ids == rules.shared_pairs[text[c.start]]
            assert text[c.start - 1] in table or text[c.start - 1] in rules.sides
