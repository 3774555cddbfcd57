"""The gazetteer grown by list, not document by document (issue 14, item 3, forty-second session, branch gaz73):
regional organisations, minilateral groupings and formats, development banks, UN agencies, offices and missions,
the missions of the EU and NATO, defence-industrial programmes, and office holders of 2005–2025 of G20 states and
of states the people data held few of. An unseen document that names one of them should find it in any script,
bring in what it belongs to (a mission its organisation and the states it serves in, a programme its parties),
give a title on a date to the holder then, and never find it inside an ordinary word. Sentences written for these
tests, in other words than the dev documents."""

from __future__ import annotations

import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope import parse_text
from allyscope.entities import gazetteer, load_data
from allyscope.events import extract_events


def _named(text: str) -> set[str]:
    """The ids the gazetteer reads in `text` (names only, before the discourse)."""
    return {i for m in gazetteer().match_names(text) for i in m.ids}


def _events(body: str) -> list[set[str]]:
    """The ids of each event's actors and involved entities, for a one-paragraph document."""
    doc = parse_text("Notes\n\n" + body + "\n")
    return [set(e.actors) | set(e.involved) for e in extract_events(doc, "t")]


@pytest.mark.parametrize(
    ("text", "ident"),
    [
        ("Trade ministers of Asia-Pacific Economic Cooperation gathered in Lima.", "APEC"),
        ("亚太经合组织领导人非正式会议在旧金山召开。", "APEC"),
        ("亞太經合組織部長會議今年在秘魯舉行。", "APEC"),
        ("アジア太平洋経済協力の首脳会議が開かれた。", "APEC"),
        ("澜湄合作外长会在曼谷举行。", "LMC"),
        ("瀾湄合作第四次外長會議以視訊方式舉行。", "LMC"),
        ("大湄公河次区域经济合作领导人会议在昆明举行。", "GMS"),
        ("The finance ministers discussed a loan from the New Development Bank.", "NDB"),
        ("亚洲基础设施投资银行在北京举行理事会年会。", "AIIB"),
        ("Foreign ministers of the Weimar Triangle met near Paris.", "WEIMAR"),
        ("魏玛三角外长在巴黎附近会晤。", "WEIMAR"),
        ("The Normandy format leaders spoke by telephone.", "NORMANDY"),
        ("ノルマンディー・フォーマットの首脳が電話で協議した。", "NORMANDY"),
        ("诺曼底模式四国领导人举行视频会议。", "NORMANDY"),
        ("The Amazon Cooperation Treaty Organization met in Belém.", "ACTO"),
        ("亞馬遜合作條約組織外長會議召開。", "ACTO"),
        ("アマゾン協力条約機構の首脳会議が開かれた。", "ACTO"),
        ("The P5+1 and Tehran resumed talks.", "P5PLUS1"),
        ("The I2U2 leaders announced a food-security project.", "I2U2"),
        ("The Astana format guarantors met again.", "ASTANAFMT"),
        ("阿斯塔纳进程第二十轮会谈举行。", "ASTANAFMT"),
        ("The International Monetary Fund approved a new programme.", "IMF"),
        ("世界卫生组织宣布疫情构成国际关注的突发公共卫生事件。", "WHO"),
        ("世界保健機関が緊急事態を宣言した。", "WHO"),
        ("ユネスコの執行委員会が開かれた。", "UNESCO"),
        ("联合国难民署在日内瓦发表声明。", "institution:unhcr"),
        ("国連世界食糧計画が緊急支援を開始した。", "institution:wfp"),
        ("The OSCE Minsk Group co-chairs visited the region.", "institution:osce-minsk-group"),
        ("The European Defence Agency launched a joint procurement project.", "institution:european-defence-agency"),
        ("欧州共同軍備協力機構が契約を結んだ。", "OCCAR"),
        ("The Five Eyes partners issued a joint advisory.", "FIVEEYES"),
        ("五眼联盟发表联合声明。", "FIVEEYES"),
        ("Leaders of the European Political Community met in Granada.", "EPC"),
        ("グローバル戦闘航空プログラムの共同開発が進む。", "programme:gcap"),
        ("次世代戦闘航空システムの実証機の開発が始まった。", "programme:fcas"),
        # national security advisers, by name in each script
        ("The talks were led by Ajit Doval for the Indian side.", "person:ajit-doval"),
        ("沙姆哈尼与沙特方面在北京达成协议。", "person:ali-shamkhani"),
        ("帕特魯舍夫當天會見了來訪的代表團。", "person:nikolai-patrushev"),
        ("谷内正太郎国家安全保障局長が訪米した。", "person:shotaro-yachi"),
    ],
)
def test_a_body_of_the_lists_is_read_in_each_script(text: str, ident: str) -> None:
    assert ident in _named(text), (text, _named(text))


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        # a forum led by ASEAN brings ASEAN in
        ("2021年10月、東アジア首脳会議がオンラインで開かれた。", {"institution:east-asia-summit", "ASEAN"}),
        ("In August 2023 the ASEAN Regional Forum met in Jakarta.", {"institution:asean-regional-forum", "ASEAN"}),
        # a mission brings in its organisation and the states it serves in
        ("In June 2023 EULEX Kosovo handed its last cases to local prosecutors.", {"mission:eulex-kosovo", "EU", "XK"}),
        ("In February 2023 the EU Mission in Armenia began patrols.", {"mission:euma-armenia", "EU", "AM"}),
        # a defence-industrial programme brings in its parties
        ("In March 2024 the three governments agreed on the Global Combat Air Programme's next phase.",
         {"programme:gcap", "JP", "GB", "IT"}),
    ],
)  # fmt: skip
def test_a_body_brings_in_what_it_belongs_to(body: str, wanted: set[str]) -> None:
    events = _events(body)
    assert any(wanted <= ids for ids in events), events


@pytest.mark.parametrize(
    ("body", "holder", "other"),
    [
        # Spain's defence ministers: the term on the date decides
        ("In June 2016 the Spanish defence minister visited Riga.", "person:pedro-morenes", "person:cospedal"),
        ("In June 2017 the Spanish defence minister visited Riga.", "person:cospedal", "person:pedro-morenes"),
        # Argentina's and Syria's defence ministers
        ("2018年5月，阿根廷国防部长访问了巴西利亚。", "person:oscar-aguad", "person:agustin-rossi"),
        ("2022年10月，阿根廷国防部长访问了巴西利亚。", "person:jorge-taiana", "person:oscar-aguad"),
        ("In 2016 the Syrian defence minister travelled to Tehran.", "person:fahd-jassem-al-freij",
         "person:ali-abdullah-ayyoub"),
        ("In 2019 the Syrian defence minister travelled to Tehran.", "person:ali-abdullah-ayyoub",
         "person:fahd-jassem-al-freij"),
        # a national security adviser's office named on a date
        ("In March 2018 the U.S. National Security Advisor visited Seoul.", "person:mcmaster", "person:john-bolton"),
        ("In March 2019 the U.S. National Security Advisor visited Seoul.", "person:john-bolton", "person:mcmaster"),
    ],
)  # fmt: skip
def test_a_title_on_a_date_names_the_holder_then(body: str, holder: str, other: str) -> None:
    events = _events(body)
    assert any(holder in ids and other not in ids for ids in events), events


@pytest.mark.parametrize(
    "text",
    [
        "他们计划重新开发银行系统。",  # 重新 + 开发: no bank
        "重新開發銀行系統需要時間。",
        "东南亚投行业务去年增长。",  # investment banks of Southeast Asia, not the AIIB
        "The apex court ruled on the appeal.",
        "They spoke of the worldbank of seeds.",
    ],
)
def test_an_alias_inside_an_ordinary_word_names_nothing(text: str) -> None:
    added = {"NDB", "AIIB", "APEC", "WORLDBANK"}
    assert not (_named(text) & added), (text, _named(text))


def _acronyms() -> list[tuple[str, str]]:
    """(alias, id) of the organisations' and programmes' names written in capitals and figures (APEC, I2U2)."""
    out = []
    for entity in load_data()["entities"]:
        if entity["type"] not in ("organization", "institution", "programme"):
            continue
        for alias in entity.get("aliases", {}).get("en", []):
            if alias.isascii() and alias.replace("+", "").isalnum() and alias.upper() == alias and len(alias) >= 3:
                out.append((alias, entity["id"]))
    return sorted(out)


_ACRONYMS = _acronyms()


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(_ACRONYMS),
    st.text(alphabet=string.ascii_letters, min_size=1, max_size=3),
    st.booleans(),
)
def test_an_acronym_glued_to_letters_names_nothing(pair: tuple[str, str], letters: str, before: bool) -> None:
    """An acronym of the data is a name only as a word of its own: glued to letters (`XAPEC`, `APECs`-like
    runs of capitals) it is part of another word."""
    alias, ident = pair
    word = letters + alias if before else alias + letters
    text = f"The {word} report was published."
    assert not any(m.alias == alias and ident in m.ids for m in gazetteer().match_names(text)), word
