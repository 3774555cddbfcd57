"""The two states of a collective that restores relations after a break with a third are the document's own pair,
not the state that broke and the one it broke with, which its sentence names right before it (issue 14; fifty-first
session, branch act82, pair81's parked item 2: `news_zhs_china_nicaragua_fta` E7 and `news_zhs_china_kiribati_ties`
E5 of dev, two sessions' documents). A restoring act with no break before it, a break with no restoring act after it
and a break that names no third state are read as before. Sentences written for these tests, in other words than the
dev documents."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope import parse_text
from allyscope.discourse_restored import restores_after_break
from allyscope.entities import mark_entities


def _ids(text: str, word: str) -> set[str] | None:
    found = [m for m in mark_entities(parse_text(text)).entities if m.alias == word]
    return set(found[-1].ids) if found else None


def test_the_pair_that_restores_relations_after_a_break_with_a_third() -> None:
    text = (
        "中國與格瑞那達的關係\n\n"
        "中國與格瑞那達於1985年建交。1989年，格瑞那達轉與台灣當局「建交」，中方隨即中止兩國外交關係。"
        "2005年1月，格瑞那達政府宣布與台灣當局「斷交」；同月20日，兩國代表在北京簽署聯合公報，恢復大使級外交關係。\n"
    )
    assert _ids(text, "兩國") == {"CN", "GD"}


def test_the_pair_in_simplified_characters_after_a_break_told_the_sentence_before() -> None:
    text = (
        "中国与格林纳达的关系\n\n"
        "中国与格林纳达于1985年建交，中国政府此后多次派遣农业专家赴格林纳达。"
        "2005年1月，格林纳达政府宣布同台湾当局断绝所谓“外交关系”。当月，两国代表在北京签署关于恢复外交关系的联合公报。\n"
    )
    assert _ids(text, "两国") == {"CN", "GD"}


def test_a_restoring_act_with_no_break_before_it_is_read_as_before() -> None:
    # trap: the sentence before names a visit to a third state, no break: the pair near the collective stands
    text = "紀要\n\n2004年，格瑞那達總理訪問古巴。2005年1月，兩國恢復外交關係。\n"
    assert _ids(text, "兩國") == {"GD", "CU"}


def test_a_break_with_no_restoring_act_after_it_is_read_as_before() -> None:
    # trap: after the break, the two that meet are the two the sentence names, not the page's pair
    text = (
        "中國與格瑞那達的關係\n\n"
        "中國與格瑞那達於1985年建交。2005年1月，格瑞那達政府宣布與台灣當局「斷交」；次日，兩國代表在紐約舉行會談。\n"
    )
    assert _ids(text, "兩國") != {"CN", "GD"}


def test_the_words_restore_and_break() -> None:
    text = "乙國宣布與丙國斷交。兩國隨後恢復大使級外交關係。"
    at = text.index("兩國")
    assert restores_after_break(text, 0, at, (text.index("。") + 1, len(text)))
    # neither a restoring word alone nor a break alone
    assert not restores_after_break(text, at, at, (text.index("。") + 1, len(text)))
    other = "乙國宣布與丙國斷交。兩國隨後舉行會談。"
    assert not restores_after_break(other, 0, other.index("兩國"), (other.index("。") + 1, len(other)))
    japanese = "甲国は乙国との国交を断絶した。両国は翌年、国交を回復した。"
    assert restores_after_break(japanese, 0, japanese.index("両国"), (japanese.index("。") + 1, len(japanese)))


_PARTNERS = {"格瑞那達": "GD", "多米尼克": "DM", "聖露西亞": "LC", "哥斯大黎加": "CR", "巴拿馬": "PA"}
_RESTORE = st.sampled_from(["恢復外交關係", "恢復大使級外交關係", "宣布復交", "恢復邦交"])
_BREAK = st.sampled_from(["「斷交」", "斷絕外交關係", "終止外交關係"])


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(sorted(_PARTNERS)), _BREAK, _RESTORE)
def test_any_partner_breaking_with_taipei_then_restoring_with_beijing(partner: str, brk: str, restore: str) -> None:
    text = (
        f"中國與{partner}的關係\n\n"
        f"中國與{partner}曾有外交關係。2007年，{partner}政府宣布與台灣當局{brk}；同月，兩國代表在北京簽署聯合公報，{restore}。\n"
    )
    assert _ids(text, "兩國") == {"CN", _PARTNERS[partner]}


@settings(max_examples=25, deadline=None)
@given(st.text(alphabet="國交復斷絕恢外關係兩與乙丙。，的", max_size=40))
def test_the_words_never_fail_on_any_text(text: str) -> None:
    at = text.find("兩")
    restores_after_break(text, 0, max(at, 0), (0, len(text)))
