"""The gazetteer grown by list, third round (issue 14, item 3, forty-fourth session, branch gaz75): eleven
arms-control treaties as agreements (the TPNW left out, see docs/history.md), the fora China holds with regions
(the China-Arab States Cooperation Forum, the China-CELAC Forum), the ASEAN Defence Ministers' Meeting and the
acronyms of the ARF and the EAS, and the vice-chairs of China's Central Military Commission by name.
Sentences written for these tests, in other words than the dev documents."""

from __future__ import annotations

import pytest
from helpers import actors_and_involved as _events
from helpers import gazetteer_ids_in as _named
from hypothesis import given, settings
from hypothesis import strategies as st


@pytest.mark.parametrize(
    ("text", "ident"),
    [
        ("Delegates reviewed the Non-Proliferation Treaty in New York.", "agreement:npt"),
        ("审议大会讨论了不扩散核武器条约的执行情况。", "agreement:npt"),
        ("審議大會討論了不擴散核武器條約的執行情況。", "agreement:npt"),
        ("核兵器不拡散条約の再検討会議が閉幕した。", "agreement:npt"),
        ("Inspectors work under the Chemical Weapons Convention.", "agreement:cwc"),
        ("化学兵器禁止条約の締約国会議が開かれた。", "agreement:cwc"),
        ("禁止生物武器公约缔约国会议在日内瓦举行。", "agreement:bwc"),
        ("The Comprehensive Nuclear-Test-Ban Treaty has not entered into force.", "agreement:ctbt"),
        ("美国于2019年退出中导条约。", "agreement:inf-treaty"),
        ("中距離核戦力全廃条約が失効した。", "agreement:inf-treaty"),
        ("Moscow suspended its part in New START.", "agreement:new-start"),
        ("新削減戰略武器條約將於2026年到期。", "agreement:new-start"),
        ("The Arms Trade Treaty regulates transfers of conventional arms.", "agreement:arms-trade-treaty"),
        ("対人地雷禁止条約の締約国が増えた。", "agreement:mine-ban-convention"),
        ("集束弹药公约禁止使用此类武器。", "agreement:cluster-munitions-convention"),
        ("Russia left the Open Skies Treaty in 2021.", "agreement:open-skies-treaty"),
        ("欧洲常规武装力量条约已名存实亡。", "agreement:cfe-treaty"),
        ("The China-Arab States Cooperation Forum met at ministerial level.", "CASCF"),
        ("中国－阿拉伯国家合作论坛第十届部长级会议开幕。", "CASCF"),
        ("中阿合作論壇成立二十年。", "CASCF"),
        ("中国・アラブ諸国協力フォーラムの閣僚会議が開かれた。", "CASCF"),
        ("The China-CELAC Forum held its fourth ministerial meeting.", "institution:china-celac-forum"),
        ("中国—拉共体论坛部长级会议在北京举行。", "institution:china-celac-forum"),
        ("The ASEAN Defence Ministers' Meeting adopted a statement.", "institution:admm"),
        ("东盟防长会议通过联合声明。", "institution:admm"),
        ("Ministers met on the sidelines of the ARF.", "institution:asean-regional-forum"),
        ("Leaders gathered for the EAS in Vientiane.", "institution:east-asia-summit"),
        ("中央军委副主席张又侠会见了来访的代表团。", "person:zhang-youxia"),
        ("許其亮出席了閱兵式。", "person:xu-qiliang"),
        ("何衛東中央軍事委員会副主席が演説した。", "person:he-weidong"),
    ],
)
def test_a_name_of_the_lists_is_read_in_each_script(text: str, ident: str) -> None:
    assert ident in _named(text), (text, _named(text))


def test_the_forum_with_celac_brings_celac_in() -> None:
    """The China-CELAC Forum is a body of CELAC: naming it keeps CELAC among the actors."""
    events = _events("2024年5月13日，中国—拉共体论坛第四届部长级会议在北京举行。")
    assert any("CELAC" in actors for actors, _ in events), events


def test_the_cmc_vice_chair_title_alone_names_no_holder() -> None:
    """Two vice-chairs serve at once (the people data holds one holder of an office at a time, so their terms are
    not roles): the title alone names neither of them, only China's office."""
    events = _events("2019年5月3日，中央军委副主席会见了来访的代表团。")
    held = {"person:zhang-youxia", "person:xu-qiliang"}
    assert all(not (actors & held) for actors, _ in events), events


@pytest.mark.parametrize(
    "text",
    [
        "The arf of the dog woke the house.",  # lower case: a sound, not the forum
        "The ease of travel grew; EASE is a trade fair.",  # EAS inside a word is no acronym
        "中拉两国的贸易额增长。",  # 中拉 without 论坛 is no forum
        "他参加了开放天空的摄影展。",  # open sky, not the treaty
        "防长会议在东京举行。",  # a meeting of defence ministers with no ASEAN
        "新しい条約の草案が公表された。",  # a new treaty, not New START
    ],
)
def test_a_trap_names_no_new_entity(text: str) -> None:
    added = {
        "institution:asean-regional-forum",
        "institution:east-asia-summit",
        "institution:china-celac-forum",
        "agreement:open-skies-treaty",
        "institution:admm",
        "agreement:new-start",
    }
    assert not (_named(text) & added), (text, _named(text))


_WORDS = ["arf", "eas", "ease", "npt", "cwc", "中拉", "中阿", "条约", "公约", "论坛", "副主席", "the", "treaty"]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=8), st.text(alphabet="的了在和与 ,.", max_size=6))
def test_lower_case_words_and_fragments_name_no_treaty_or_forum(words: list[str], filler: str) -> None:
    """Ordinary lower-case words and fragments of the new names, in any order, name none of the new entities."""
    text = filler.join(words)
    new = {i for i in _named(text) if i.startswith("agreement:") or i in ("CASCF", "institution:china-celac-forum")}
    assert not new, (text, new)
