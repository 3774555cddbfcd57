"""A Chinese `该国`/`該國` is never Taiwan, and `圣普`/`聖普` is São Tomé and Príncipe's short form (issue 14, act88).
Sentences written for these tests, in words no corpus document uses.

- Beijing's pages write Taiwan `台湾当局` or `台湾地区`, Taipei's `我國`: neither calls it `该国`/`該國`, so the state
  such a word refers back to is the other party of the break or of the ties told before it, or none when Taiwan is
  the only one named (data/discourse.json, the first collective's `not_parties`);
- Japanese `同国` and English `the country` are untouched (another entry of the same file);
- `圣普`/`聖普` names São Tomé and Príncipe (data/states.json), as its full name does.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope import extract
from tests.test_actor_cjk_references_cjk62 import _event_states, _reference_ids


def test_gai_guo_after_ties_with_the_taiwan_authorities_is_the_other_state() -> None:
    """The state that took up ties with Taipei is the one Beijing then suspends its relations with."""
    text = (
        "中国与尼日尔关系\n\n1974年7月20日，中国与尼日尔建交。\n\n"
        "1992年6月，尼日尔政府同台湾当局“复交”。同月30日，中国政府宣布中止同该国的外交关系。\n"
    )
    assert _reference_ids(text, "该国") == ("NE",)
    assert {"China", "Niger"} <= _event_states(text, "中止同该国")


def test_gai_guo_on_a_taipei_page_is_the_foreign_state() -> None:
    """A Traditional-script page of Taipei: `該國` past the partner's ties with Beijing is the partner."""
    text = (
        "外交部新聞稿\n\n塞內加爾政府於2005年10月25日宣布與北京建交。"
        "我國隨即於同日宣布中止與該國的外交關係，並撤回駐該國大使館人員。\n"
    )
    assert "TW" not in _reference_ids(text, "該國")


def test_gai_guo_with_only_taiwan_named_stays_unread() -> None:
    """Trap: the only state named before it is Taiwan; the word is left without a party, never Taiwan."""
    text = "两岸动态\n\n2019年9月，台湾当局宣布与所罗门群岛“断交”。\n\n该国政府随后发表声明。\n"
    assert "TW" not in _reference_ids(text, "该国政府")


def test_japanese_tong_koku_keeps_its_reading() -> None:
    """Trap: `同国` is another entry; a place named before it is still read as before (`トンガに移動し、…同国`)."""
    text = "外務副大臣の大洋州訪問\n\n5日、副大臣はトンガに移動し、同国の首相を表敬しました。\n"
    assert _reference_ids(text, "同国") == ("TO",)


def test_sheng_pu_is_sao_tome_and_principe() -> None:
    """The short form in Simplified and Traditional script names the state, as its full name does."""
    zhs = "中国与圣普关系\n\n2016年12月26日，中国同圣普恢复大使级外交关系。\n"
    assert "São Tomé & Príncipe" in _event_states(zhs, "中国同圣普恢复")
    zht = "外交部新聞稿\n\n2016年12月21日，我國宣布終止與聖普的外交關係。\n"
    assert "São Tomé & Príncipe" in _event_states(zht, "終止與聖普")


def test_the_full_name_still_reads_sao_tome() -> None:
    text = "非洲岛国外交\n\n1975年7月12日，中国同圣多美和普林西比建交。\n"
    assert "São Tomé & Príncipe" in _event_states(text, "圣多美和普林西比建交")


_STATES = {"尼日尔": "NE", "冈比亚": "GM", "乍得": "TD", "利比里亚": "LR", "塞内加尔": "SN", "格林纳达": "GD"}


@settings(max_examples=12, deadline=None)
@given(st.sampled_from(sorted(_STATES)), st.sampled_from(["复交", "建交", "“建交”", "“复交”"]))
def test_gai_guo_past_the_taiwan_authorities_is_never_taiwan(name: str, verb: str) -> None:
    """Property: whatever state took up ties with Taipei, the `该国` Beijing then suspends relations with is not
    Taiwan (it is that state, or left unread)."""
    text = f"中非关系回顾\n\n{name}政府同台湾当局{verb}。随后，中国政府宣布中止同该国的外交关系。\n"
    ids = _reference_ids(text, "该国")
    assert "TW" not in ids
    assert set(ids) <= {_STATES[name]}
    assert extract(text).events is not None
