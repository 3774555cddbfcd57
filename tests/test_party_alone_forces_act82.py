"""`衣軍` is Ethiopia's forces (issue 14; fifty-first session, branch act82, pair81's parked item: one-character short
forms of a state's forces; allyscope/data/force_short_forms.json `state_short_forms`, read after no ideograph as
`國軍` is). Glued to an ideograph it is the end of another word (`便衣軍警`, plain-clothes military police). A party
word alone is still no state (`與中共同發表`: `中` + `共同`). Sentences written for these tests, in other words than
the dev documents."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope import parse_text
from allyscope.entities import mark_entities


def _ids(text: str, word: str) -> list[tuple[str, ...]]:
    return [m.ids for m in mark_entities(parse_text(text)).entities if m.alias == word]


def test_the_ethiopian_forces_short_form() -> None:
    assert _ids("紀要\n\n2009年1月，衣軍撤出索馬利亞首都。\n", "衣軍") == [("ET",)]


def test_the_short_form_glued_to_a_word_is_no_state() -> None:
    # trap: `便衣軍警` (plain-clothes military police)
    assert _ids("紀要\n\n當天現場有大批便衣軍警戒備。\n", "衣軍") == []


def test_the_party_word_alone_is_still_no_state() -> None:
    # trap: `中` (China's abbreviation) before `共同`
    assert _ids("紀要\n\n2019年，東協和中共同發表聯合聲明。\n", "中共") == []


_BEFORE = st.sampled_from(["，", "：", "，2009年1月，", "（"])
_AFTER = st.sampled_from(["撤出", "進駐", "越過邊界", "與索馬利亞政府軍"])
_GLUED = st.sampled_from(["便", "上", "大", "雨", "睡"])


@settings(max_examples=25, deadline=None)
@given(_BEFORE, _AFTER)
def test_after_no_ideograph_the_short_form_is_ethiopia(before: str, after: str) -> None:
    assert _ids(f"紀要\n\n據報導{before}衣軍{after}。\n", "衣軍") == [("ET",)]


@settings(max_examples=25, deadline=None)
@given(_GLUED, _AFTER)
def test_glued_to_an_ideograph_the_short_form_is_never_read(glued: str, after: str) -> None:
    assert _ids(f"紀要\n\n當天{glued}衣軍{after}。\n", "衣軍") == []
