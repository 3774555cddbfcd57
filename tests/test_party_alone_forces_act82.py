"""A state's ruling party word alone after a partner word (`與中共建交`) is the state, and `衣軍` is Ethiopia's forces
(issue 14; fifty-first session, branch act82, pair81's parked items: `中共` alone and one-character short forms of a
state's forces; allyscope/data/force_short_forms.json). The party word is still no state inside other words: after
anything but a partner word (`其中共有`), or before a word opening with 共 (`與中共同發表`, `和中共享`); `衣軍` glued to
an ideograph is the end of another word (`便衣軍警`). Sentences written for these tests, in other words than the dev
documents."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope import parse_text
from allyscope.entities import mark_entities


def _ids(text: str, word: str) -> list[tuple[str, ...]]:
    return [m.ids for m in mark_entities(parse_text(text)).entities if m.alias == word]


def test_the_party_word_after_a_partner_word_is_its_state() -> None:
    assert _ids("紀要\n\n甘比亞政府於1974年與中共建交，並互派大使。\n", "中共") == [("CN",)]


def test_the_party_word_after_a_word_of_direction_is_its_state() -> None:
    assert _ids("紀要\n\n美國商務部當天宣布對中共擴大晶片出口管制。\n", "中共") == [("CN",)]


def test_the_party_word_inside_other_words_is_no_state() -> None:
    # traps: `中` ending a word before `共有`; `中` (China's abbreviation) before `共同`, `共享` after a partner word
    assert _ids("紀要\n\n此次會議中共有十二國代表出席。\n", "中共") == []
    assert _ids("紀要\n\n2019年，東協和中共同發表聯合聲明。\n", "中共") == []
    assert _ids("紀要\n\n該國同意與中共享漁業資料。\n", "中共") == []


def test_the_ethiopian_forces_short_form() -> None:
    assert _ids("紀要\n\n2009年1月，衣軍撤出索馬利亞首都。\n", "衣軍") == [("ET",)]


def test_the_short_form_glued_to_a_word_is_no_state() -> None:
    # trap: `便衣軍警` (plain-clothes military police)
    assert _ids("紀要\n\n當天現場有大批便衣軍警戒備。\n", "衣軍") == []


_PARTNERS = st.sampled_from(["與", "和", "對", "向", "跟"])
_AFTER = st.sampled_from(["建交", "斷交", "交涉", "提出抗議", "簽署協定"])
_BLOCKED = st.sampled_from(["同", "享", "識", "贏", "榮", "謀", "商", "存", "處", "用", "有"])


@settings(max_examples=25, deadline=None)
@given(_PARTNERS, _AFTER)
def test_after_any_partner_word_the_party_word_is_china(partner: str, after: str) -> None:
    assert _ids(f"紀要\n\n2001年，該國政府{partner}中共{after}。\n", "中共") == [("CN",)]


@settings(max_examples=25, deadline=None)
@given(_PARTNERS, _BLOCKED)
def test_before_a_word_opening_with_gong_the_party_word_is_never_read(partner: str, blocked: str) -> None:
    assert _ids(f"紀要\n\n2001年，該國政府{partner}中共{blocked}各項成果。\n", "中共") == []
