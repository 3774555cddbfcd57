"""What one side says, accuses or agrees to further is political dialogue whatever field it names (issue 14 item 5,
branch dom44).

The codebook (tests/corpora/events/README.md) codes an intention declared, an accusation and an agreement to further
cooperation in a list of fields as `political-dialogue`: the act they name is not done (an intention, a step agreed),
or is the other side's, told by the accuser. The cue classes ranked above the heads of objects (cyber, an exercise, a
security topic) decided them all the same, and dom44's blind documents and dev showed it in every language
(`…救援物資を供与する意向を伝えた`, `…指责…黑客组织`, `agreed to expand cooperation in cyber security`). The rules
(`_intention_rank`, `_accused_from`, `_furthered` in allyscope/events_domain.py; data `domain_cues.speech`,
`accusation`, `demand`) name patterns of each language; the sentences here are written for these tests about a pair
no document of the branch names (Uruguay and Paraguay), and each rule is checked against its contrast: the act told
in a clause of its own keeps its domain.
"""

from __future__ import annotations

import pytest
from helpers import case_of

from allyscope import parse_text
from allyscope.events import extract_events
from allyscope.events_domain import patterns, rule_domain
from allyscope.scripts import fold

PD, INS, NTS, MIL = "political-dialogue", "institutional", "non-traditional-security", "military-exercise"


def _events(text: str) -> list[tuple[str, str]]:
    with case_of("UY", "PY"):
        return [(e.date, e.domain) for e in extract_events(parse_text("乌拉圭与巴拉圭\n\n" + text + "\n"), "t")]


def _ruled(sentence: str) -> tuple[str, bool]:
    folded = fold(sentence)
    return rule_domain(patterns(), folded, [], folded, 0)


INTENTIONS = [
    ("ja", "2021年5月6日、ウルグアイ政府は、パラグアイに救援物資を送る意向を伝えた。"),
    ("ja", "2021年5月6日、パラグアイ国防省は、ウルグアイ海軍との合同演習に参加する方針を示した。"),
    ("ja", "2021年5月6日、パラグアイ政府は、ウルグアイへの医療チームの派遣を検討する考えを示した。"),
]


@pytest.mark.parametrize(("language", "text"), INTENTIONS)
def test_an_intention_declared_is_what_one_side_says(language: str, text: str) -> None:
    assert _ruled(text) == (PD, True), (language, text)
    assert _events(text) == [("2021-05-06", PD)], (language, text)


def test_an_intention_closing_a_chronology_line_is_what_one_side_says() -> None:
    # a chronology line ends on the verb of saying, with no ending after it (`…用意があると表明`)
    assert _ruled("パラグアイ政府が、ウルグアイへの医療チームの派遣を検討する用意があると表明") == (PD, True)


def test_an_act_reported_in_a_statement_keeps_its_topic_and_cyber_stays_in_an_intention() -> None:
    # a past verb closing what was said: an act reported, its topic decides (dom42's rule, unchanged)
    assert _ruled("2021年5月6日、ウルグアイ政府は、パラグアイに救援物資を送ったと語った。")[0] == NTS
    # cyber is coded whatever the act, in an intention too
    assert _ruled("2021年5月6日、ウルグアイ政府は、パラグアイとサイバー防衛で協力する意向を伝えた。")[0] == NTS


ACCUSATIONS = [
    ("zh-Hans", "2021年5月6日，乌拉圭政府指责巴拉圭黑客入侵其外交部系统。"),
    ("zh-Hant", "2021年5月6日，巴拉圭國防部譴責烏拉圭軍艦在其海域舉行演習。"),
    ("ja", "2021年5月6日、ウルグアイ政府はパラグアイのハッカー集団による不正アクセスを非難した。"),
    ("en", "On 6 May 2021 Uruguay accused Paraguay's intelligence service of hacking into its defence ministry."),
]


@pytest.mark.parametrize(("language", "text"), ACCUSATIONS)
def test_an_accusation_is_what_one_side_says_whatever_act_it_names(language: str, text: str) -> None:
    assert _ruled(text) == (PD, True), (language, text)


@pytest.mark.parametrize(
    ("text", "domain"),
    [
        ("2021年5月6日，巴拉圭黑客入侵乌拉圭外交部系统。", NTS),
        ("2021年5月6日，乌拉圭军舰在巴拉圭海域与巴拉圭海军举行联合演习。", MIL),
        ("On 6 May 2021 Paraguayan hackers broke into the computer network of Uruguay's defence ministry.", NTS),
    ],
)
def test_the_act_told_without_an_accusation_keeps_its_domain(text: str, domain: str) -> None:
    assert _ruled(text)[0] == domain, text


FURTHERED = [
    ("zh-Hans", "2021年5月6日，双方同意加强在网络安全、维和和救灾领域的合作。"),
    ("zh-Hant", "2021年5月6日，兩國外長同意擴大網絡安全與反恐合作。"),
    ("ja", "2021年5月6日、両外相はサイバー及び災害救援の分野で協力を強化することで一致した。"),
    ("en", "On 6 May 2021 the two ministers agreed to strengthen cooperation in cyber defence and disaster relief."),
    ("en", "The two presidents also agreed on 6 May 2021 to expand cooperation in cyber security and health security."),
]


@pytest.mark.parametrize(("language", "text"), FURTHERED)
def test_cooperation_agreed_to_be_furthered_in_fields_is_political_dialogue(language: str, text: str) -> None:
    assert _ruled(text) == (PD, True), (language, text)
    assert _events(text) == [("2021-05-06", PD)], (language, text)


def test_a_field_decides_where_nothing_is_furthered() -> None:
    assert _ruled("2021年5月6日，双方签署网络安全合作备忘录。")[0] == NTS
    assert _ruled("On 6 May 2021 Uruguay sent a rescue team to Paraguay.")[0] == NTS


@pytest.mark.parametrize(
    "text",
    [
        "2021年5月6日，乌拉圭要求巴拉圭阻止向第三国交付装备。",
        "2021年5月6日，烏拉圭要求巴拉圭暫停交付軍艦。",
    ],
)
def test_asking_the_other_side_to_stop_a_delivery_is_a_demand(text: str) -> None:
    assert _ruled(text) == (PD, True), text


def test_malicious_activity_against_networks_is_cyber() -> None:
    assert _ruled("2021年5月6日，巴拉圭对乌拉圭国防部网络实施恶意活动。")[0] == NTS
    assert _ruled("On 6 May 2021 Paraguayan actors carried out malicious cyber activity against Uruguay.")[0] == NTS


@pytest.mark.parametrize(
    "text",
    [
        "2021年5月6日，乌拉圭为巴拉圭发射一颗通信卫星。",
        "On 6 May 2021 Uruguay launched Paraguay's first earth observation satellite.",
    ],
)
def test_a_satellite_launched_for_the_other_side_is_an_act_on_equipment(text: str) -> None:
    assert _ruled(text)[0] == INS, text


@pytest.mark.parametrize(
    "text",
    [
        "2021年5月6日，巴拉圭对乌拉圭政府網路系統發動網路攻擊。",
        "2021年5月6日，巴拉圭网络间谍窃取乌拉圭外交部文件。",
    ],
)
def test_a_cyber_attack_or_espionage_in_either_chinese_word_for_network_is_cyber(text: str) -> None:
    # Taiwan writes 網路 where the mainland writes 网络: folded to simplified they stay two words
    assert _ruled(text) == (NTS, True), text


@pytest.mark.parametrize(
    ("text", "domain"),
    [
        ("2021年5月6日，烏拉圭醫療團與巴拉圭衛生部合辦醫療訓練。", NTS),
        ("On 6 May 2021 Uruguayan doctors gave medical training to Paraguayan nurses.", NTS),
        ("2021年5月6日，两国军队举行联合训练。", MIL),
    ],
)
def test_medical_training_is_health_and_training_of_forces_an_exercise(text: str, domain: str) -> None:
    assert _ruled(text) == (domain, True), text


@pytest.mark.parametrize(
    "text",
    [
        "2011年3月、パラグアイ政府はウルグアイに対しお見舞いの書簡を寄せた。",
        "2021年5月6日，乌拉圭总统向巴拉圭总统致慰问电。",
        "On 6 May 2021 Uruguay's president sent a condolence message to Paraguay.",
        "On 6 May 2021 Uruguay's president wrote to his Paraguayan counterpart.",
    ],
)
def test_a_letter_or_message_sent_is_dialogue(text: str) -> None:
    assert _ruled(text) == (PD, True), text


def test_letters_exchanged_to_bring_an_agreement_into_force_stay_an_act_on_it() -> None:
    assert _ruled("2021年5月6日、両国は書簡を交換し、協定が発効した。")[0] == INS


@pytest.mark.parametrize(
    "text",
    [
        "2021年5月6日，乌拉圭对巴拉圭牛肉加征高额关税。",
        "In June 2021 Uruguay imposed heavy tariffs on Paraguayan beef.",
        # the measure decides over a topic named in the clause before it (what provoked it)
        "2020年4月にウルグアイが新型コロナの起源調査を求めると、パラグアイは翌月、ウルグアイ産牛肉に追加関税を課した。",
    ],
)
def test_tariffs_imposed_are_a_measure(text: str) -> None:
    # the codebook: a measure one side imposes on the other is political dialogue (trade is no security topic)
    assert _ruled(text) == (PD, True), text


@pytest.mark.parametrize(
    "text",
    [
        "In 2014 Uruguayan jets policed Paraguayan airspace for four months.",
        "2014年，乌拉圭战机执行巴拉圭空中警务任务。",
        "Uruguayan fighters first flew the air policing mission over Paraguay in 2014.",
    ],
)
def test_air_policing_is_an_operation_served_in(text: str) -> None:
    # one side's aircraft guarding the other's airspace: an operation (the codebook's patrols), not a dialogue
    assert _ruled(text) == (MIL, True), text
