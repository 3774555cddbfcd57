"""Forces' acts coded by what the act does (thirty-fifth session, dom66; issue 14 item 5, the cue class `force`).

The codebook (tests/corpora/events/README.md, `domain`) codes a ship's call at a port by rule 11 only where no
topic of rule 9 stands: a ship carrying relief into a struck state's port serves the relief, as forces arriving in
the paragraph of a disaster do (dom51). `event_domain_topic` (`PORT_CALLS`) now reads the paragraph for a call too,
except a call that is a goodwill visit or whose own sentence tells a drill (a training cruise's call, rule 11).
The cue lists (`allyscope/data/event_patterns.json` `domain_cues`) learn: a Japanese handover in any form of the
verb (`引き渡された`, rule 4), officers and men (`官兵`) as forces, terms of reference (`付託事項`, `职权范围`) as a
text signed (rule 1 before the topic it is on), a representative recalled (`召回…代表`, rule 3), money donated for
a disaster's relief (`捐贈…協助…救災`, rule 9 as emergency aid for a disaster), a freeze of applications, visas
or assets as a measure (rule 5); the topic words
(`data/domain_topics.json`) a regional assistance or stabilisation mission (rule 9).

Sentences written for these tests, in other words, states and scripts than the corpus documents that prompted them.
"""

from __future__ import annotations

import pytest
from helpers import case_of
from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope import event_domain_topic, parse_text
from allyscope.event_domain_topic import _own_sentence
from allyscope.events import extract_events
from allyscope.events_domain import patterns, rule_domain
from allyscope.scripts import fold
from tests.event_generator import name_of, state_ids
from tests.test_domain_topic_dom51 import _CLDR, _CLOSING

PD, INS, ME = "political-dialogue", "institutional", "military-exercise"
NTS = "non-traditional-security"

# a disaster told in the paragraph, then a ship's call at a port with no topic word of its own: rule 9
RELIEF_CALLS = [
    (
        "en",
        "A cyclone flattened villages along the coast of {b} in March 2023. "
        "A supply ship of the navy of {a} docked at the main port of {b} on 9 March 2023.",
    ),
    ("ja", "2023年3月、{b}の沿岸をサイクロンが襲った。{a}海軍の補給艦は2023年3月9日、{b}の首都の港に寄港した。"),
    ("zh-Hans", "2023年3月，{b}沿海遭受飓风袭击。{a}海军补给舰于2023年3月9日驶抵{b}首都港口。"),
    ("zh-Hant", "2023年3月，{b}沿海遭受颶風襲擊。{a}海軍補給艦於2023年3月9日駛抵{b}首都港口。"),
]
# the same paragraphs where the call is a goodwill visit or comes with a drill: rule 11 whatever the paragraph names
TRAINING_CALLS = [
    (
        "ja",
        "2023年3月、{b}の沿岸をサイクロンが襲った。{a}海軍の練習艦は2023年3月9日、{b}の港に寄港し、"
        "同国海軍と親善訓練を行った。",
    ),
    ("zh-Hans", "2023年3月，{b}沿海遭受飓风袭击。{a}海军练习舰于2023年3月9日停靠{b}港口，进行友好访问。"),
    (
        "en",
        "A cyclone flattened villages along the coast of {b} in March 2023. "
        "A training ship of {a} called at the port on 9 March 2023 and held a drill with the navy of {b}.",
    ),
]


def _domains(language: str, paragraph: str, pair: tuple[str, str]) -> list[str]:
    """The domains of the events the extractor finds, in order, with the pair's case active."""
    a, b = (name_of(i, _CLDR[language]) for i in pair)
    text = "Notes\n\n" + paragraph.format(a=a, b=b) + "\n\n" + _CLOSING[language] + "\n"
    with case_of(*pair):
        return [e.domain for e in extract_events(parse_text(text), "t")]


@pytest.mark.parametrize(("language", "paragraph"), RELIEF_CALLS)
@pytest.mark.parametrize("pair", [("KE", "TZ"), ("VN", "ID"), ("MN", "KZ")])
def test_a_call_in_a_disasters_paragraph_serves_the_relief(
    language: str, paragraph: str, pair: tuple[str, str]
) -> None:
    assert _domains(language, paragraph, pair)[-1:] == [NTS]


@pytest.mark.parametrize(("language", "paragraph"), RELIEF_CALLS)
def test_without_the_port_call_rule_the_call_is_rule_eleven(
    language: str, paragraph: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(event_domain_topic, "PORT_CALLS", False)
    assert _domains(language, paragraph, ("KE", "TZ"))[-1:] == [ME]


@pytest.mark.parametrize(("language", "paragraph"), TRAINING_CALLS)
def test_a_goodwill_visit_or_a_call_with_a_drill_stays_rule_eleven(language: str, paragraph: str) -> None:
    domains = _domains(language, paragraph, ("VN", "ID"))
    assert ME in domains and NTS not in domains


@settings(max_examples=25, deadline=None)
@given(
    case=st.sampled_from(RELIEF_CALLS),
    pair=st.lists(st.sampled_from(state_ids()), min_size=2, max_size=2, unique=True),
)
def test_renaming_the_states_never_changes_the_calls_domain(case: tuple[str, str], pair: list[str]) -> None:
    language, paragraph = case
    assert _domains(language, paragraph, (pair[0], pair[1]))[-1:] == [NTS]


@given(st.text(alphabet="abc。. \n训练寄港", max_size=40))
def test_the_own_sentence_is_a_tail_of_the_paragraph(paragraph: str) -> None:
    assert paragraph.endswith(_own_sentence(paragraph))


def test_the_own_sentence_is_the_last() -> None:
    assert _own_sentence(fold("A storm struck. The ship called at the port.")) == fold(" The ship called at the port.")
    assert _own_sentence(fold("台风来袭。补给舰驶抵港口。")) == fold("补给舰驶抵港口。")
    assert _own_sentence(fold("补给舰驶抵港口")) == fold("补给舰驶抵港口")


def _domain(text: str) -> str:
    return rule_domain(patterns(), fold(text))[0]


@pytest.mark.parametrize(
    ("text", "domain"),
    [
        # equipment handed over, in any form of the Japanese verb (rule 4)
        ("中古の巡視艇3隻がケニア海軍に引き渡された", INS),
        ("モンゴル軍に輸送機1機を引き渡す式典", INS),
        ("政府は輸送ヘリコプター2機をタンザニア側に引き渡した", INS),
        # officers and men moved: forces (rule 11)
        ("两国参演官兵于5日抵达边境营地", ME),
        ("越方將士於同日進駐演訓場", ME),
        ("The servicemen of both armies reached the camp on Friday", ME),
        # terms of reference signed: a text both sides are bound to, whatever its topic (rule 1 before rule 9)
        ("両国政府は災害救援活動に関する付託事項に署名した", INS),
        ("双方签署了关于救灾合作的职权范围文件", INS),
        ("The two defence ministries signed terms of reference for relief operations in Nairobi", INS),
        # a representative recalled: an act on the pair's relations (rule 3)
        ("该国宣布召回驻蒙古代表", INS),
        ("外交部決定召回駐肯亞代表", INS),
        # money donated for a disaster's relief: emergency aid for a disaster stays rule 9 (cb53), as dev codes it
        ("政府宣布向该国捐赠50万美元，用于地震灾区重建", NTS),
        ("The ministry donated 300,000 euros to the cyclone relief effort in the islands", NTS),
        ("該國政府捐贈30萬美元，協助蒙古賑災", NTS),
        # a donation of equipment with no disaster: rule 4
        ("政府向该国捐赠两架运输机", INS),
        ("The navy donated two patrol boats to the coast guard of Kenya", INS),
    ],
)
def test_cues_of_the_act(text: str, domain: str) -> None:
    assert _domain(text) == domain


def test_a_delegation_called_back_is_no_envoy_recalled() -> None:
    assert _domain("该国宣布召回访问代表团") != INS


@pytest.mark.parametrize(
    "words",
    [
        "the Regional Assistance Mission sent at the government's request",
        "a stabilisation effort led by the neighbours",
        "a stabilization operation in the north",
        "地域支援ミッションの部隊",
        "多国籍の安定化部隊",
        "地区援助团抵达首都",
        "區域穩定部隊進駐",
    ],
)
def test_assistance_and_stabilisation_missions_are_rule_nines_topic(words: str) -> None:
    assert event_domain_topic.topic_words().search(fold(words)), words


@pytest.mark.parametrize("words", ["technical assistance programme", "a stable relationship", "经济援助"])
def test_assistance_and_stability_alone_are_no_topic(words: str) -> None:
    assert not event_domain_topic.topic_words().search(fold(words)), words


@pytest.mark.parametrize(
    ("text", "domain"),
    [
        # a measure: freezing applications, visas or assets (rule 5)
        ("行政院宣布凍結該國勞工來臺申請", PD),
        ("The government froze the assets of two officials of the neighbour", PD),
    ],
)
def test_a_freeze_is_a_measure(text: str, domain: str) -> None:
    assert _domain(text) == domain
