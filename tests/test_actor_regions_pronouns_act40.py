"""Actors of issue 14 (twenty-first session, branch act40), tested on sentences written for them, in other words
than the dev documents that showed the misses.

1. A first-level region of a state (a province, an autonomous region, a prefecture, a state of a federation:
   states.json 'regions') acting or hosting an act names its state, as a city does.
2. An object pronoun (`会见了他`, `與她會談`, `彼と協議`, `with him`) names the person named before it who is not
   its own clause's subject; it is read only where it is a word of its own (`与他国` is "with other states",
   `彼ら` "they", `其他` "other").
3. People and offices the data lacked are named with their terms of office."""

from __future__ import annotations

import pytest

from allyscope import parse_text
from allyscope.entities import gazetteer, holders, load_states
from allyscope.events import extract_events


def _events(body: str) -> list[tuple[str, set[str]]]:
    """(date, ids of actors and involved entities) of each event of a document of the given paragraphs."""
    doc = parse_text("Notes\n\n" + body + "\n")
    return [(e.date, set(e.actors) | set(e.involved)) for e in extract_events(doc, "t")]


@pytest.mark.parametrize(
    ("text", "states"),
    [
        ("2019年8月，广西壮族自治区与越南谅山省在南宁签署边境合作备忘录。", {"CN", "VN"}),
        ("2022年6月、沖縄県の代表団がフィリピンを訪問し、交流事業について協議した。", {"JP", "PH"}),
        ("In March 2018 a trade mission from Queensland visited Port Moresby and met PNG ministers.", {"AU", "PG"}),
        ("2021年10月，印度古吉拉特邦政府与日本签署了产业合作协议。", {"IN", "JP"}),
        ("2016年4月，京畿道與越南廣寧省簽署友好合作協議。", {"KR", "VN"}),
    ],
)
def test_a_region_acting_names_its_state(text: str, states: set[str]) -> None:
    events = _events(text)
    assert events and states <= events[0][1], events


def test_regions_are_data_with_the_places_of_their_state() -> None:
    """Every region is a name of its own state only, and no region names another state's longer name away."""
    g = gazetteer()
    for state in load_states()["states"]:
        for language, names in state.get("regions", {}).items():
            for name in names:
                found = [m for m in g.match(name) if m.start == 0 and m.end == len(name)]
                assert found and found[0].ids == (state["id"],), (state["id"], language, name, found)


def test_a_region_inside_a_longer_name_gives_the_longer_reading() -> None:
    """`内蒙古` is China's region, not Mongolia; `Lao Cai` Vietnam's province, not Laos."""
    ids = {i for m in gazetteer().match("2018年，内蒙古自治区与蒙古国举行会谈。") for i in m.ids}
    assert "CN" in ids and "MN" in ids
    mentions = gazetteer().match("In 2020 officials of Lao Cai met a delegation from Yunnan.")
    assert all("LA" not in m.ids for m in mentions), mentions


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("2024年5月20日，印尼总统佐科抵达成都。当晚，习近平在宴会上会见了他。", "person:jokowi"),
        ("2023年4月5日，馬克宏總統抵達北京。次日，習近平與他舉行會談。", "person:macron"),
        ("2022年9月26日、アルバニージー首相が来日した。同日、岸田総理は彼と会談した。", "person:albanese"),
        (
            "On 9 June 2023 Prime Minister Rishi Sunak flew to Washington. On 10 June President Biden dined with him.",
            "person:sunak",
        ),
    ],
)
def test_an_object_pronoun_names_the_person_named_before(text: str, person: str) -> None:
    events = _events(text)
    assert len(events) >= 2 and person in events[-1][1], events


def test_an_object_pronoun_is_not_its_own_clause_subject() -> None:
    """`B…与他` after A and B in one sentence is A, not B who acts."""
    mentions = gazetteer().match("2019年3月，普京抵达北京，习近平随后与他举行会谈。")
    pronoun = [m for m in mentions if m.alias == "他"]
    assert pronoun and pronoun[0].ids == ("person:putin",), mentions


@pytest.mark.parametrize(
    "text",
    [
        "2020年，中方与他国举行会谈。",
        "2021年3月、彼らは東京で協議した。",
        "2022年，其他国家也会见了代表团。",
        "In 2019 the minister said he would visit Hanoi.",
    ],
)
def test_a_pronoun_inside_another_word_names_no_one(text: str) -> None:
    mentions = gazetteer().match("2018年，普京访问北京。 " + text)
    assert not [m for m in mentions if m.basis == "refer-back" and m.alias in ("他", "彼", "him")], mentions


@pytest.mark.parametrize(
    ("alias", "date", "person"),
    [
        ("哈萨克斯坦外长", "2024-06-01", "person:murat-nurtleu"),
        ("President of the Marshall Islands", "2022-05-01", "person:david-kabua"),
        ("President of the Marshall Islands", "2025-02-01", "person:hilda-heine"),
        ("Governor of Hawaii", "2023-03-01", "person:josh-green"),
        ("President of Sudan", "2015-03-23", "person:omar-al-bashir"),
    ],
)
def test_offices_bring_their_holder_on_a_date(alias: str, date: str, person: str) -> None:
    office = [m for m in gazetteer().match(f"The {alias} spoke.") if m.ids and m.ids[0].startswith("office:")]
    assert office, alias
    assert holders(office[0].ids[0], date) == [person]


@pytest.mark.parametrize(
    ("text", "alias", "person"),
    [
        ("2019年6月，文在寅总统访问挪威，索尔贝格首相迎接。文总统当天出席了论坛。", "文总统", "person:moon-jae-in"),
        (
            "2016年5月、蔡英文総統が就任し、翌月パナマを訪問した。蔡総統は同月、運河を視察した。",
            "蔡総統",
            "person:tsai-ing-wen",
        ),
    ],
)
def test_a_family_name_before_a_title_is_the_person_named_in_full(text: str, alias: str, person: str) -> None:
    """The title is that person's own, not the office of the state the paragraph names last."""
    found = [m for m in gazetteer().match(text) if m.alias == alias]
    assert found and found[0].ids == (person,), gazetteer().match(text)


def test_a_family_name_of_no_one_named_before_names_no_one() -> None:
    found = [m for m in gazetteer().match("2019年6月，文总统出席了论坛。") if m.basis == "refer-back"]
    assert not found


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("2024年3月，王毅抵达柏林。他同贝尔伯克外长举行会谈。", "person:wang-yi"),
        ("2023年8月、林芳正外相はマニラに到着した。彼は同日、マナロ外相と会談した。", "person:hayashi"),
    ],
)
def test_a_pronoun_opening_a_clause_is_the_person_named_first_before(text: str, person: str) -> None:
    pronoun = [m for m in gazetteer().match(text) if m.alias in ("他", "彼")]
    assert pronoun and pronoun[0].ids == (person,), gazetteer().match(text)


@pytest.mark.parametrize(
    "text",
    [
        "2022年5月10日、ベトナム国防省の代表団が防衛省を訪問した。代表団は翌日、陸上自衛隊の駐屯地を視察した。",
        "2019年9月3日，蒙古国议会代表团抵达北京，同中方举行会谈。代表团次日参观了天津港。",
    ],
)
def test_a_bare_delegation_is_the_delegation_named_before(text: str) -> None:
    """A delegation referred back to at a clause's start brings the sides of the sentence that named it."""
    events = _events(text)
    assert len(events) >= 2 and len(events[-1][1] & {"JP", "VN", "CN", "MN"}) == 2, events


@pytest.mark.parametrize(
    "text", ["2017年5月，菲律宾总统杜特尔特来华出席论坛。", "2015年9月，朴槿惠總統赴華出席閱兵式。"]
)
def test_coming_to_china_names_china(text: str) -> None:
    assert any("CN" in m.ids for m in gazetteer().match(text)), gazetteer().match(text)


def test_two_people_a_few_words_apart_are_two_people() -> None:
    """A name and its title are one person only when nothing but brackets or a Latin name stands between them:
    `普京总统5日在莫斯科同习近平主席…，6日又在圣彼得堡同他…` names two, and `他` is Xi, not Putin who acts."""
    text = "2019年6月，普京总统5日在莫斯科同习近平主席举行会谈，6日又在圣彼得堡同他共同出席论坛。"
    pronoun = [m for m in gazetteer().match(text) if m.alias == "他"]
    assert pronoun and pronoun[0].ids == ("person:xi-jinping",), gazetteer().match(text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "On 8 May 2023 President Yoon Suk Yeol received Fumio Kishida in Seoul. The Japanese leader then "
            "visited the National Cemetery.",
            "person:kishida",
        ),
        (
            "In July 2024 Narendra Modi flew to Moscow and met Vladimir Putin. The Indian leader also toured an "
            "exhibition with him.",
            "person:modi",
        ),
    ],
)
def test_the_leader_of_a_state_is_its_leader_named_before(text: str, person: str) -> None:
    leader = [m for m in gazetteer().match(text) if m.alias == "leader"]
    assert leader and leader[0].ids == (person,), gazetteer().match(text)


def test_the_leader_of_a_state_whose_leader_was_not_named_is_no_one() -> None:
    text = "On 8 May 2023 Fumio Kishida flew to Seoul. The Korean leader was away."
    assert not [m for m in gazetteer().match(text) if m.alias == "leader" and m.ids]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("2008年2月，印度外长慕克吉访问北京。", "person:pranab-mukherjee"),
        ("1974年5月16日、インディラ・ガンディー首相はムジブル・ラフマン首相と会談した。", "person:mujibur-rahman"),
        ("In 1994 Lech Walesa received Algirdas Brazauskas in Warsaw.", "person:algirdas-brazauskas"),
    ],
)
def test_people_of_earlier_decades_are_named(text: str, person: str) -> None:
    assert any(person in m.ids for m in gazetteer().match(text)), gazetteer().match(text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("2018年4月，文總統在板門店會見了金正恩。", "person:moon-jae-in"),
        ("2017年，蔡总统出访巴拉圭。", "person:tsai-ing-wen"),
    ],
)
def test_a_one_character_family_name_before_a_title_names_the_holder(text: str, person: str) -> None:
    assert any(m.ids == (person,) for m in gazetteer().match(text)), gazetteer().match(text)


def test_a_state_character_before_a_title_stays_the_state() -> None:
    """`日韓防衛相` is the two states' ministers; `中国防相` China's minister: no person named Han or Zhong."""
    for text in ("2019年、日韓防衛相が会談した。", "2020年、中国防相が来日した。"):
        assert all(g_type(i) != "person" for m in gazetteer().match(text) for i in m.ids), gazetteer().match(text)


def g_type(ident: str) -> str:
    return str(gazetteer().entities.get(ident, {}).get("type"))


def _events_of_pair(body: str, first: str, second: str) -> list[tuple[str, str]]:
    """(date, domain) of each event of a document read with a case of the pair's two sides active."""
    from allyscope.knowledge.case import Case, activate, restore

    meta = {"name": "t", "title": "t", "version": "0", "parties": [{"id": first}, {"id": second}],
            "sides": [[first], [second]]}  # fmt: skip
    case = Case(name="t", version="0", title="t", meta=meta, sources=[], facts=[], agreements=[], decisions=[])
    previous = activate(case)
    try:
        doc = parse_text("Notes\n\n" + body + "\n")
        return [(e.date, e.domain) for e in extract_events(doc, "t")]
    finally:
        restore(previous)


def test_a_parliament_approving_the_pairs_agreement_acts_on_it() -> None:
    """`承認` (approving) an agreement is one side's act on the pair's arrangement, as ratifying is: not context."""
    events = _events_of_pair("2021年5月、フィリピン上院は訪問軍協定の改定議定書を承認した。", "PH", "US")
    assert events and events[0][1] == "institutional", events


@pytest.mark.parametrize(
    ("text", "guest"),
    [
        (
            "On 3 May 2022 President Emmanuel Macron arrived in Jakarta. On 4 May the Indonesian defence minister "
            "hosted the visiting delegation at his ministry.",
            "FR",
        ),
        (
            "Prime Minister Anthony Albanese landed in Hanoi on 3 June 2024, a day after talks in Singapore. "
            "On 4 June the Vietnamese foreign minister gave a lunch for the visiting delegation.",
            "AU",
        ),
    ],
)
def test_the_visiting_delegation_is_the_guests(text: str, guest: str) -> None:
    """A host's act naming the guest only as `the visiting delegation`: the state named before that the host's
    sentence does not name, by name (not the city it came from)."""
    events = _events(text)
    assert len(events) >= 2 and guest in events[-1][1], events


def test_a_delegation_named_by_no_guest_word_is_left_alone() -> None:
    events = _events("On 3 May 2022 Emmanuel Macron flew to Jakarta. On 4 May the Indonesian delegation met.")
    assert events and "FR" not in events[-1][1], events
