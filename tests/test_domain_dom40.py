"""Acts the type cues did not know, and their domains (issue 14, branch dom40).

Diplomatic acts done to the other side — an envoy summoned, diplomats expelled or an envoy recalled, a personal
letter handed over, a visitor welcomed at the airport, links cut off, an official refused entry, an apology asked
for — had no type cue of their own, so a sentence telling one of them beside another act stayed one event, and
the domain of the second act was borrowed from the first (`驱逐…外交官，并切断…交通`: the measure read as an act on
relations). These tests hold the rules that followed (`types`, `domain_cues` and `acts_apart_by_cameo` in
allyscope/data), on sentences written for them in other words about pairs the branch's documents do not name
(Chile and Peru), in each language the rule speaks of; and the limits: a destroyer is no expulsion, equipment
handed over stays an act on equipment, a letter handed over does not.
"""

from __future__ import annotations

import pytest
from helpers import case_of

from allyscope import parse_text
from allyscope.events import extract_events
from allyscope.events_domain import classify_domain, patterns, rule_domain
from allyscope.scripts import fold


def _events(text: str) -> list[tuple[str, str, str]]:
    with case_of("CL", "PE"):
        return [(e.date, e.type, e.domain) for e in extract_events(parse_text("智利与秘鲁\n\n" + text + "\n"), "t")]


def _domain(sentence: str) -> str:
    folded = fold(sentence)
    return classify_domain(patterns(), folded, [], folded, 0)


# -- two acts in one sentence: the second has a type of its own -------------------------------------------------

SUMMONS_AND_EXPULSION = [
    (
        "en",
        "On 3 March 2019 the Chilean foreign ministry summoned Peru's ambassador, and it expelled two Peruvian"
        " diplomats.",
    ),
    ("ja", "2019年3月3日、チリ外務省はペルーの大使を呼び出して抗議し、ペルーの外交官2人を国外追放とした。"),
    ("zh-Hans", "2019年3月3日，智利外交部召见秘鲁驻智利大使，并驱逐两名秘鲁外交官。"),
    ("zh-Hant", "2019年3月3日，智利外交部召見秘魯駐智利大使，並驅逐兩名秘魯外交官。"),
]


@pytest.mark.parametrize(("language", "text"), SUMMONS_AND_EXPULSION)
def test_a_summons_and_an_expulsion_are_two_acts_of_their_own_domains(language: str, text: str) -> None:
    events = _events(text)
    assert len(events) == 2, (language, events)
    assert {d for d, *_ in events} == {"2019-03-03"}, (language, events)
    # the summons is what one side says to the other; the expulsion acts on their diplomatic relations
    assert sorted(dom for *_, dom in events) == ["institutional", "political-dialogue"], (language, events)


WELCOME_AND_LETTER = [
    (
        "en",
        "On 4 August 2020 the Peruvian foreign minister arrived in Chile and handed over a letter from his president.",
    ),
    ("ja", "2020年8月4日、ペルー外相は来訪したチリ外相を空港で出迎え、大統領の親書を手渡した。"),
    ("zh-Hans", "2020年8月4日，秘鲁外长在利马机场迎接来访的智利外长，随后转交了秘鲁总统致智利总统的亲笔信。"),
    ("zh-Hant", "2020年8月4日，秘魯外長在利馬機場迎接來訪的智利外長，隨後轉交了秘魯總統致智利總統的親筆信。"),
]


@pytest.mark.parametrize(("language", "text"), WELCOME_AND_LETTER)
def test_a_letter_handed_over_after_a_visit_or_a_welcome_is_an_act_of_its_own(language: str, text: str) -> None:
    events = _events(text)
    assert len(events) == 2, (language, events)
    # a letter conveyed is a message between the sides, no equipment handed over
    assert {dom for *_, dom in events} == {"political-dialogue"}, (language, events)


MEASURE_AFTER_ANOTHER_ACT = [
    # a measure told after a statement or a break of relations keeps its own domain
    ("en", "On 9 June 2021 Chile's government issued a statement, and cut off rail links with Peru."),
    ("ja", "2021年6月9日、チリ政府は声明を発表し、ペルーとの陸路の交通を遮断した。"),
    ("zh-Hans", "2021年6月9日，智利政府发表声明，并切断与秘鲁的陆路交通。"),
    ("zh-Hant", "2021年6月9日，智利與秘魯斷交，並切斷與秘魯的陸路交通。"),
]


@pytest.mark.parametrize(("language", "text"), MEASURE_AFTER_ANOTHER_ACT)
def test_links_cut_off_are_a_measure_of_their_own(language: str, text: str) -> None:
    events = _events(text)
    assert len(events) == 2, (language, events)
    assert "SANCTION" in {t for _, t, _ in events}, (language, events)
    cut = [dom for _, t, dom in events if t == "SANCTION"][-1]
    assert cut == "political-dialogue", (language, events)


REFUSED_AND_APOLOGY = [
    ("zh-Hans", "2022年1月12日，秘鲁议员代表团被拒于智利边境门外，并要求智方正式道歉。"),
    ("zh-Hant", "2022年1月12日，智利拒絕秘魯議員代表團入境，並要求秘方正式道歉。"),
    ("ja", "2022年1月12日、チリはペルーの議員団の入国を拒否し、謝罪を求めた。"),
    ("en", "On 12 January 2022 Chile denied entry to a Peruvian delegation and asked for a formal apology."),
]


@pytest.mark.parametrize(("language", "text"), REFUSED_AND_APOLOGY)
def test_an_entry_refused_and_an_apology_asked_for_are_two_acts(language: str, text: str) -> None:
    events = _events(text)
    assert sorted(t for _, t, _ in events) == ["REJECT", "REQUEST"], (language, events)
    assert {dom for *_, dom in events} == {"political-dialogue"}, (language, events)


# -- domains of the acts alone ------------------------------------------------------------------------------------

ON_RELATIONS = [
    ("en", "Chile expelled two Peruvian embassy employees."),
    ("en", "Chile ordered Peru to cut the size of its embassy in Santiago."),
    ("en", "Santiago set a ceiling on the Peruvian embassy staff."),
    ("ja", "チリ政府はペルー大使館の職員3人を追放した。"),
    ("zh-Hans", "智利驱逐了秘鲁驻圣地亚哥使馆的三名工作人员。"),
    ("zh-Hant", "智利驅逐秘魯駐聖地牙哥的代辦。"),
    ("zh-Hant", "智利隨後撤回駐利馬大使。"),
]


@pytest.mark.parametrize(("language", "sentence"), ON_RELATIONS)
def test_expulsions_recalls_and_an_embassy_cut_act_on_relations(language: str, sentence: str) -> None:
    assert rule_domain(patterns(), fold(sentence)) == ("institutional", True), (language, sentence)


MEASURES_AND_WORDS = [
    ("en", "Chile imposed travel bans on Peruvian officials."),
    ("en", "The ministry summoned the Peruvian envoy."),
    ("ja", "チリ政府はペルーの高官に渡航禁止の措置をとった。"),
    ("zh-Hans", "智利对秘鲁军政官员实施旅行禁令。"),
    ("zh-Hant", "智利外交部召見秘魯大使。"),
    ("zh-Hans", "秘鲁外长向智利总统转交了亲笔信。"),
]


@pytest.mark.parametrize(("language", "sentence"), MEASURES_AND_WORDS)
def test_summons_letters_and_travel_bans_are_political_dialogue(language: str, sentence: str) -> None:
    assert _domain(sentence) == "political-dialogue", (language, sentence)


def test_a_destroyer_is_no_expulsion_and_equipment_handed_over_stays_on_equipment() -> None:
    # 驱逐舰 (a destroyer) holds the characters of an expulsion
    assert _domain("智利海军驱逐舰停靠秘鲁卡亚俄港。") == "military-exercise"
    assert all(t != "SANCTION" for _, t, _ in _events("2023年5月2日，智利海军驱逐舰停靠秘鲁卡亚俄港。"))
    assert _domain("Chile handed over two patrol boats to the Peruvian navy.") == "institutional"
    assert _domain("The minister handed over a letter from the Chilean president.") == "political-dialogue"


# -- a cyber operation told without a cyber word -------------------------------------------------------------------

INTRUSIONS = [
    ("en", "Hackers working for Peru's intelligence service broke into the Chilean navy's computer systems."),
    ("en", "Chilean officials found malware planted on servers of the Peruvian defence ministry."),
    ("ja", "ペルー軍の関係者がチリ国防省のシステムに侵入し、マルウェアを仕掛けた。"),
    ("zh-Hans", "秘鲁情报部门人员侵入智利海军的计算机系统，植入恶意软件。"),
    ("zh-Hant", "秘魯駭客潛入智利國防部的內部系統。"),
]


@pytest.mark.parametrize(("language", "sentence"), INTRUSIONS)
def test_an_intrusion_into_systems_is_cyber_defence_without_the_word(language: str, sentence: str) -> None:
    assert rule_domain(patterns(), fold(sentence)) == ("non-traditional-security", True), (language, sentence)


def test_a_network_of_roads_or_an_intrusion_into_airspace_is_no_cyber_operation() -> None:
    assert _domain("两国外长讨论了边境交通网络建设。") == "political-dialogue"
    assert _domain("秘魯軍機侵入智利領空。") != "non-traditional-security"
    assert _domain("ペルー軍機がチリの領空に侵入した。") != "non-traditional-security"


# -- a measure whose verb reads as an act on an arrangement ---------------------------------------------------------

MEASURES = [
    ("en", "Chile suspended visa services for Peruvian citizens."),
    ("en", "Peru lifted its travel ban on Chilean officials."),
    ("en", "Chile joined the export controls on Peru."),
    ("ja", "チリはペルーへの開発援助を停止した。"),
    ("zh-Hans", "智利宣布暂停对秘鲁的发展援助。"),
    ("zh-Hans", "智利宣布加入对秘鲁的制裁。"),
    ("zh-Hant", "秘魯暫停受理智利公民的簽證申請。"),
    ("zh-Hant", "秘魯解除對智利官員的入境禁令。"),
]


@pytest.mark.parametrize(("language", "sentence"), MEASURES)
def test_suspending_aid_or_visas_and_joining_sanctions_are_measures(language: str, sentence: str) -> None:
    assert rule_domain(patterns(), fold(sentence)) == ("political-dialogue", True), (language, sentence)


ARRANGEMENTS_STILL = [
    # suspending cooperation or an agreement, lifting a ban on arms sales: acts on an arrangement or on equipment
    ("en", "Chile suspended its defence cooperation agreement with Peru."),
    ("zh-Hans", "智利暂停与秘鲁的防务合作。"),
    ("zh-Hant", "智利宣布解除對秘魯的武器銷售禁令。"),
    ("ja", "チリはペルーとの防衛協力を停止した。"),
]


@pytest.mark.parametrize(("language", "sentence"), ARRANGEMENTS_STILL)
def test_suspending_cooperation_stays_an_act_on_the_arrangement(language: str, sentence: str) -> None:
    assert _domain(sentence) == "institutional", (language, sentence)


ON_RELATIONS_AND_FACILITIES = [
    ("en", "Chile and Peru restored relations after a decade."),
    ("en", "Chile said three Peruvian diplomats had to leave within two days."),
    ("zh-Hans", "智利要求秘鲁使馆三名外交官在48小时内离境。"),
    ("zh-Hans", "两国总统出席了秘鲁驻智利大使馆开馆仪式。"),
    ("zh-Hant", "兩國元首共同出席跨境鐵路通車典禮。"),
    ("ja", "両国の国防相が新型哨戒機の配備式に出席した。"),
]


@pytest.mark.parametrize(("language", "sentence"), ON_RELATIONS_AND_FACILITIES)
def test_leaving_orders_restored_ties_and_openings_into_use_are_institutional(language: str, sentence: str) -> None:
    assert _domain(sentence) == "institutional", (language, sentence)


UNITS_AND_CHOICES = [
    # a unit formed is founded (as a command is); equipment chosen in Japanese, as `chose` in English
    ("zh-Hans", "智利与秘鲁联合组成的工兵营正式成军。"),
    ("zh-Hant", "由兩國空軍人員共同組成的第5中隊去年重新成軍。"),
    ("ja", "ペルー空軍は次期練習機としてチリ製の機体を選んだ。"),
]


@pytest.mark.parametrize(("language", "sentence"), UNITS_AND_CHOICES)
def test_a_unit_formed_and_equipment_chosen_are_institutional(language: str, sentence: str) -> None:
    assert _domain(sentence) == "institutional", (language, sentence)


SANCTIONS_AND_EXPULSION = [
    ("zh-Hans", "2022年4月4日，智利对秘鲁实施制裁，并驱逐两名秘鲁外交官。"),
    ("zh-Hant", "2022年4月4日，智利對秘魯實施制裁，並驅逐兩名秘魯外交官。"),
    ("en", "On 4 April 2022 Chile imposed sanctions on Peru and expelled two Peruvian diplomats."),
]


@pytest.mark.parametrize(("language", "text"), SANCTIONS_AND_EXPULSION)
def test_sanctions_and_an_expulsion_are_two_measures(language: str, text: str) -> None:
    events = _events(text)
    assert sorted(dom for *_, dom in events) == ["institutional", "political-dialogue"], (language, events)


ONE_SIDE_SAYS = [
    ("zh-Hans", "2023年3月10日，智利外交部表示，该国不会改变立场。"),
    ("zh-Hant", "2023年3月10日，秘魯外長回應稱，秘方對此深感遺憾。"),
    ("zh-Hans", "2023年3月10日，秘鲁国防部指出，边境局势总体稳定。"),
]


@pytest.mark.parametrize(("language", "text"), ONE_SIDE_SAYS)
def test_one_sides_statement_with_a_plain_verb_of_saying_is_the_pairs(language: str, text: str) -> None:
    events = _events(text)
    assert [dom for *_, dom in events] == ["political-dialogue"], (language, events)


def test_a_third_partys_statement_stays_context() -> None:
    events = _events("2023年3月10日，阿根廷外交部表示，该国不会改变立场。")
    assert [dom for *_, dom in events] == ["context"], events


LEADER_SAYS = [
    ("en", "On 10 March 2023 President Gabriel Boric told reporters that relations were stable."),
    ("ja", "2023年3月10日、チリの大統領は両国関係は安定していると述べた。"),
    ("zh-Hans", "2023年3月10日，智利总统表示，两国关系总体稳定。"),
    # `回應稱，`: a verb ending in 稱 before the comma is a verb of saying (dom42), so the cues are clear and no model
    # decides (the model retrained on the 460 dev documents read `institutional` here: a strict xfail until dom42)
    ("zh-Hant", "2023年3月10日，秘魯總理回應稱，兩國關係總體穩定。"),
]


@pytest.mark.parametrize(("language", "text"), LEADER_SAYS)
def test_a_leader_of_one_side_speaking_is_the_pairs_political_dialogue(language: str, text: str) -> None:
    events = _events(text)
    assert events and {dom for *_, dom in events} == {"political-dialogue"}, (language, events)
