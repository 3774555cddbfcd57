"""A collective of two states after a clause that only sets the scene (issue 14; fifty-fourth session, branch act85).

`2022年2月俄羅斯全面入侵烏克蘭後，英國…，兩國並於同年舉行…` (dev `news_zht_uk_estonia_roadmap` E7–E9): the states of
the opening clause that ends in `後` are the setting — a third state's act before the pair's — not the two the
collective stands for, which the rest of the sentence and the discourse before it name. Their states come after every
other step of the collective's reading (`discourse_setting`, `discourse._Discourse._setting`). Traps: a setting that
names the pair itself, a collective in the same clause as the state its sentence names (`…在两国之间`), a setting
that names no state. Sentences written for these tests, in other words than the dev document."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import allyscope.discourse as discourse
from allyscope import parse_text
from allyscope.discourse_setting import clause_start, setting_spans
from allyscope.entities import mark_entities


def _ids(text: str, word: str) -> set[str] | None:
    found = [m for m in mark_entities(parse_text(text)).entities if m.alias == word]
    return set(found[-1].ids) if found else None


_POLAND_LITHUANIA = (
    "波蘭與立陶宛的防務合作\n\n"
    "波蘭與立陶宛於1991年建交，兩國邊界相鄰。"
    "2014年俄羅斯併吞克里米亞後，波蘭增派部隊參加北約空中巡邏，兩國並於同年簽署防務合作協定。\n"
)


def test_a_third_states_act_before_the_pair_is_the_setting_not_the_pair() -> None:
    assert _ids(_POLAND_LITHUANIA, "兩國") == {"PL", "LT"}


def test_simplified_characters_and_a_setting_ending_in_zhihou() -> None:
    text = (
        "挪威与芬兰的边境合作\n\n"
        "挪威与芬兰在北极地区有漫长的共同边界。"
        "2022年2月俄罗斯对乌克兰发动军事行动之后，芬兰加强边境管控，两国随即举行边境安全磋商。\n"
    )
    assert _ids(text, "两国") == {"NO", "FI"}


def test_english_after_clause() -> None:
    text = (
        "Norway and Finland: a northern border\n\n"
        "Norway and Finland share a long border in the Arctic. "
        "After Russia attacked Ukraine in February 2022, Finland tightened its border controls, and the two "
        "countries held border security talks that spring.\n"
    )
    assert _ids(text, "the two countries") == {"NO", "FI"}


def test_without_the_rule_the_setting_states_are_read() -> None:
    # the check that the positive tests depend on the rule
    switch = discourse.SETTING_CLAUSE
    try:
        discourse.SETTING_CLAUSE = False
        assert _ids(_POLAND_LITHUANIA, "兩國") != {"PL", "LT"}
    finally:
        discourse.SETTING_CLAUSE = switch


def test_a_setting_that_names_the_pair_itself_stays_the_pair() -> None:
    # trap: the setting clause is the pair's own act; its states are the collective's
    text = (
        "中國與甘比亞關係\n\n"
        "中國曾長期與甘比亞保持往來。2016年中國與甘比亞復交後，甘比亞總統訪華，兩國簽署多項合作文件。\n"
    )
    assert _ids(text, "兩國") == {"CN", "GM"}


def test_a_collective_in_the_clause_of_the_state_its_sentence_names_is_read_as_before() -> None:
    # trap: `…，土耳其在两国之间…`: the collective does not open a clause of its own after the setting
    text = "土耳其与乌克兰关系\n\n土耳其与乌克兰于1992年建交。俄乌冲突爆发后，土耳其在两国之间扮演调解者的角色。\n"
    with_rule = _ids(text, "两国")
    switch = discourse.SETTING_CLAUSE
    try:
        discourse.SETTING_CLAUSE = False
        assert _ids(text, "两国") == with_rule
    finally:
        discourse.SETTING_CLAUSE = switch


def test_a_setting_that_names_no_state_changes_nothing() -> None:
    text = (
        "中国与新西兰关系\n\n国务院总理李强同新西兰总理拉克松举行会谈。会谈后，两国总理共同见证了多项合作文件的签署。\n"
    )
    assert _ids(text, "两国总理") is not None
    assert {"CN", "NZ"} <= (_ids(text, "两国总理") or set())


def test_the_spans_of_setting_clauses() -> None:
    text = "甲國宣布乙事後，丙國加強部署，兩國並舉行演習。"
    assert [text[a:b] for a, b in setting_spans(text, 0, len(text))] == ["甲國宣布乙事後"]
    mediated = "在丁國斡旋下，戊方宣布恢復兩國關係。"
    assert [mediated[a:b] for a, b in setting_spans(mediated, 0, len(mediated))] == ["在丁國斡旋下"]
    english = "After the war ended, the two countries signed a treaty."
    assert [english[a:b] for a, b in setting_spans(english, 0, len(english))] == ["After the war ended,"]
    # a clause with no such ending is none
    assert setting_spans("兩國隨即舉行演習。", 0, 9) == []
    assert clause_start(text, 0, text.index("兩國")) == text.index("兩國")


_CLAUSE = st.text(alphabet="甲乙丙丁國方宣布簽署部署演習舉行後在下斡旋", min_size=1, max_size=12)


@settings(max_examples=60, deadline=None)
@given(st.lists(_CLAUSE, min_size=1, max_size=5))
def test_spans_are_whole_clauses_within_the_sentence(clauses: list[str]) -> None:
    text = "，".join(clauses) + "。"
    spans = setting_spans(text, 0, len(text))
    for a, b in spans:
        assert 0 <= a < b <= len(text)
        assert "，" not in text[a:b]
        assert text[a:b].strip().endswith(("後", "后", "之後", "之后", "以後", "以后", "斡旋下", "調停下", "调停下"))
        assert text[b] == "，"
    # every clause but the last (the act's own) that ends in a setting word, or runs from `在` to `斡旋下`
    expected = [c for c in clauses[:-1] if c.endswith(("後", "后")) or (c.startswith("在") and c.endswith("斡旋下"))]
    assert len(spans) == len(expected)


@pytest.mark.parametrize("opening", ["After", "Following", "Amid", "In the wake of"])
def test_english_openings(opening: str) -> None:
    text = f"{opening} the crisis, the two governments met."
    assert [text[a:b] for a, b in setting_spans(text, 0, len(text))] == [f"{opening} the crisis,"]
