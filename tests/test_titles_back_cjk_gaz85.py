"""A bare Chinese or Japanese monarch's title that refers back to the monarch the text named (gaz85, issue 14;
`allyscope/discourse_titles_cjk.py`, discourse.json `titles_back_cjk`): `苏丹`, `蘇丹` after a sultan named with
his title is that sultan, not Sudan; `国王`, `國王` after a king so named is that king, not the king of the state
its sentence names, nor `同国` read inside `同国王`. Traps: Sudan the state beside a sultan (a state act, a state
noun after it, a state joined to it), a text that names no sultan, a title glued to a state or to a name, two
fitting monarchs in one sentence. The sentences are written for these tests, about other monarchs and states than
the dev documents that showed the class (`presser_zht_china_brunei_xi_san_francisco`,
`news_zhs_oman_iran_sultan_haitham_tehran`, `press_en_uk_jordan_king_abdullah_downing_street`)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from allyscope.entities import gazetteer


def _at(text: str, word: str, nth: int = -1) -> tuple[str, ...]:
    """The ids of the mention that covers the `nth` occurrence of `word` in `text` (() when none)."""
    spots = [i for i in range(len(text)) if text.startswith(word, i)]
    at = spots[nth]
    for m in gazetteer().match(text):
        if m.start <= at < m.end:
            return m.ids
    return ()


BACK = [
    # a sultan introduced with the title before his name, met by a host the next day
    ("文莱苏丹哈桑纳尔3月2日抵达河内。次日，越南国家主席同苏丹举行会谈。", "苏丹", "person:hassanal-bolkiah"),
    # the title after the name, Traditional characters, the title as the object of 會見
    ("哈桑納爾蘇丹5月抵達東京。岸田首相隨後會見了蘇丹。", "蘇丹", "person:hassanal-bolkiah"),
    # the sultan named by his office (`阿曼苏丹`), then the bare title as the subject of a later sentence
    ("阿曼苏丹卡布斯1月访问印度。苏丹在新德里出席了欢迎仪式。", "苏丹", "person:qaboos"),
    # a king introduced with his name first and the title after; the host's state is a kingdom too
    ("哇集拉隆功国王11月抵达伦敦。英国首相斯塔默在唐宁街会见了国王。", "国王", "person:vajiralongkorn"),
    # `同国王`: the preposition and the title, not `同国` (`the said country`) and `王`
    ("摩洛哥国王穆罕默德六世抵达北京。李强总理同国王举行会谈。", "国王", "person:mohammed-vi"),
    # Traditional characters, the honorific form of the title, after a preposition
    ("費利佩六世國王抵達曼谷。泰國總理在總理府會見了國王陛下。", "國王陛下", "person:felipe-vi"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "title", "person"), BACK)
def test_a_bare_title_is_the_monarch_named_before(text: str, title: str, person: str) -> None:
    assert _at(text, title) == (person,)


STATE = [
    # a state act in the title's clause: relations are broken by states
    ("文莱苏丹哈桑纳尔3月访问伊朗。同年，苏丹宣布同伊朗断交。", "苏丹"),
    # a state noun right after it
    ("阿曼苏丹卡布斯5月访问开罗。苏丹政府随后表示欢迎。", "苏丹"),
    # joined to another state's name by a coordinating character, after it and before it
    ("文莱苏丹哈桑纳尔抵达利雅得。沙特、苏丹和埃及的代表出席了会议。", "苏丹"),
    ("阿曼苏丹卡布斯访问德黑兰。此前伊朗同苏丹举行了磋商。", "苏丹"),
    # no sultan named before: Sudan
    ("越南外长3月访问喀土穆。越南同苏丹签署了合作文件。", "苏丹"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "title"), STATE)
def test_a_title_that_is_a_states_name_stays_the_state_where_the_text_says_so(text: str, title: str) -> None:
    assert _at(text, title) == ("SD",)


OWN_OFFICE = [
    # the title stage reads the title by the king's own state (the host's kingdom aside): its office stays
    ("泰国国王哇集拉隆功11月抵达马德里。西班牙首相为国王举行了欢迎宴会。", "国王", "office:th-king"),
    ("巴林國王哈瑪德國王抵達首爾。韓國總統與國王陛下舉行會談。", "國王陛下", "office:bh-king"),
    ("穆罕默德六世國王抵達倫敦。英國首相與國王陛下舉行會談。", "國王陛下", "office:ma-king"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "title", "office"), OWN_OFFICE)
def test_a_title_read_as_the_monarchs_own_office_keeps_it(text: str, title: str, office: str) -> None:
    assert _at(text, title) == (office,)


def test_a_title_glued_to_a_state_is_that_states_office() -> None:
    text = "巴林国王哈马德国王访问东京。泰国国王随后也访问了东京。"
    assert _at(text, "国王", 2) == ("office:th-king",)


def test_a_title_before_a_name_introduces_that_name() -> None:
    text = "泰国国王哇集拉隆功访问北京。国王普密蓬曾于上世纪访问中国。"
    assert _at(text, "普密蓬") == ("person:bhumibol",)
    assert "person:vajiralongkorn" not in _at(text, "国王", 1)


def test_two_fitting_monarchs_in_one_sentence_name_nobody() -> None:
    text = "文莱苏丹哈桑纳尔和阿曼苏丹卡布斯抵达新德里。印度总理同苏丹举行会谈。"
    assert _at(text, "苏丹", -1) not in (("person:hassanal-bolkiah",), ("person:qaboos",))


def test_a_title_the_title_stage_gave_the_monarchs_own_state_keeps_its_office() -> None:
    text = "ヨルダンのアブドッラー2世国王が来日した。翌日、首相は国王と会談した。"
    assert _at(text, "国王") == ("office:jo-king",)


def test_an_event_with_the_bare_title_names_the_sultan_and_his_state() -> None:
    from helpers import events_in_case, party_names

    text = (
        "文莱与越南关系\n\n2019年3月3日\n\n文莱苏丹哈桑纳尔2019年3月2日抵达河内，开始国事访问。3月3日，越南国家主席"
        "阮富仲同苏丹举行会谈。\n"
    )  # fmt: skip
    found = [e for e in events_in_case(text, "BN", "VN") if e.date == "2019-03-03"]
    assert found
    names = set().union(*(party_names(e) for e in found))
    assert "Hassanal Bolkiah" in names and "Brunei" in names and "Sudan" not in names


_SULTANS = [("文莱苏丹哈桑纳尔", "person:hassanal-bolkiah"), ("阿曼苏丹卡布斯", "person:qaboos"),
            ("阿曼苏丹海赛姆", "person:haitham-bin-tariq"), ("海赛姆苏丹", "person:haitham-bin-tariq")]  # fmt: skip
_VERBS = ["抵达河内", "访问东京", "出席了峰会", "发表了讲话", "会见了记者"]
_AFTER = ["举行会谈", "共进午餐", "交换了意见", "签署了协议"]
_HOSTS = ["越南国家主席", "日本首相", "印度总理", "韩国总统"]


@given(st.sampled_from(_SULTANS), st.sampled_from(_VERBS), st.sampled_from(_HOSTS), st.sampled_from(_AFTER))
def test_any_bare_sultan_after_a_sultan_is_him(sultan: tuple[str, str], verb: str, host: str, after: str) -> None:
    text = f"{sultan[0]}{verb}。次日，{host}同苏丹{after}。"
    assert _at(text, "苏丹") == (sultan[1],)


@given(st.sampled_from(_SULTANS), st.sampled_from(_VERBS),
       st.sampled_from(["宣布同伊朗断交", "同以色列建交", "关闭了驻华大使馆", "宣布同卡塔尔复交"]))  # fmt: skip
def test_any_state_act_keeps_sudan_beside_a_sultan(sultan: tuple[str, str], verb: str, act: str) -> None:
    text = f"{sultan[0]}{verb}。此后，苏丹{act}。"
    assert _at(text, "苏丹") == ("SD",)
