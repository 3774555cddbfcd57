"""A force named for something else decides nothing (thirty-third session, dom64; issue 14 item 5). The cue class
`force` (rank 5, military exercise) decided 152 dev events at 0.56, the weakest class: a force word decided the
clause wherever it stood, also where it only names a person, a place or a body (`<navy>…司令官を表敬`,
`<force>の代表団が…を訪問`, `commander of the … forces`, `naval base`) or is where a visit went (`<force>を視察`,
`addressed the troops`). The codebook codes such acts by the visit, the call or the meeting (rule 7, talk); forces
decide where they are what the act moves or serves in (rule 11). Data: `domain_cues.force_named_for`.

Also here: an attendance that names back a bare ceremony (`…，<minister>出席仪式。`) attends the ceremony of the act
told before it, and Japanese and Chinese talks about a field (`…について協議した`, `就…进行了讨论`) are talk, as
`discussed` is (class `furthering`).

Sentences written for these tests, in other words, states and scripts than the corpus documents that prompted them.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from allyscope.event_domain_cues import _forces_named_for
from allyscope.events_domain import clause_domain_cues, patterns, rule_domain
from allyscope.scripts import fold

PD, INS, ME = "political-dialogue", "institutional", "military-exercise"
NTS = "non-traditional-security"
FORCE = (5, ME)


def _domain(text: str) -> str:
    return rule_domain(patterns(), fold(text))[0]


def _kept_forces(text: str) -> int:
    folded = fold(text)
    cues = _forces_named_for(patterns(), folded, clause_domain_cues(folded))
    return sum((rank, domain) == FORCE for rank, _, domain in cues)


@pytest.mark.parametrize(
    "text",
    [
        # a force word modifying a person's title, a delegation, a base, an academy (the head decides)
        "The chief of the Ghanaian navy visited Lagos on 4 May",
        "The commander of the Chilean armed forces met his Peruvian counterpart in Tacna",
        "秘鲁海军司令访问圣地亚哥",
        "智利海軍參謀長訪問利馬",
        "ペルー海軍太平洋艦隊司令官を表敬した",
        "チリ海軍の代表団がリマを訪問した",
        "Peru's naval academy hosted a delegation from Quito",
        # a force that is where a visit went (the object of inspecting, visiting, addressing)
        "国防相は護衛艦を視察した",
        "国防部长视察了驻地部队",
        "The president addressed the troops in Arica",
        "The minister toured the destroyers at the pier",
        "The senator spent an afternoon with the marines",
    ],
)
def test_a_force_named_for_a_head_or_visited_leaves_the_visit_to_decide(text: str) -> None:
    assert _kept_forces(text) == 0
    assert _domain(text) == PD


@pytest.mark.parametrize(
    ("text", "domain"),
    [
        # the force is what the act moves or serves in: it still decides
        ("Two frigates visited Valparaíso on 9 May", ME),
        ("The navy deployed two destroyers to the strait", ME),
        ("The troops arrived at the base on Monday", ME),
        ("部队进驻北部基地", ME),
        ("两艘驱逐舰抵达达喀尔", ME),
        ("陸上部隊が北部の基地に展開した", ME),
    ],
)
def test_a_force_that_moves_still_decides(text: str, domain: str) -> None:
    assert _kept_forces(text) >= 1
    assert _domain(text) == domain


def test_a_bare_ceremony_attended_is_the_ceremony_of_the_act_told_before() -> None:
    assert _domain("两国交付巡逻舰的交接仪式在卡亚俄举行，秘鲁国防部长出席仪式。") == INS
    # a meeting attended stays talk
    assert _domain("两国外长出席峰会。") == PD


@pytest.mark.parametrize(
    "text",
    [
        "両外相はサイバー分野の協力について協議した",
        "双方就网络安全合作进行了讨论",
        "雙方就反恐合作進行了磋商",
    ],
)
def test_talks_about_a_field_are_talk(text: str) -> None:
    assert _domain(text) == PD


_WORDS = ["海軍", "部队", "司令官", "基地", "の", "を視察", "进驻", "navy ", "naval ", "base ", "troops ",
          "commander of the ", "deployed ", "visited ", "，", "。", "a", "x"]  # fmt: skip


@given(st.lists(st.sampled_from(_WORDS), max_size=12))
def test_only_force_cues_are_ever_set_aside(words: list[str]) -> None:
    folded = fold("".join(words))
    cues = clause_domain_cues(folded)
    kept = _forces_named_for(patterns(), folded, cues)
    assert set(kept) <= set(cues)
    assert [c for c in cues if (c[0], c[2]) != FORCE] == [c for c in kept if (c[0], c[2]) != FORCE]


def test_a_force_that_is_the_subject_of_a_visit_makes_a_port_call() -> None:
    # the force before its subject particle is who visits (a ship calling at a port), not where a visit went
    assert _kept_forces("ペルー海軍の艦艇がバルパライソを訪問した") >= 1
    assert _domain("ペルー海軍の艦艇がバルパライソを訪問した") == ME


@pytest.mark.parametrize(
    "text",
    [
        "The coast guard rescued eleven fishermen off Mindanao on 3 June",
        "巡視船が漂流していた漁船の乗組員を救助した",
        "海军舰艇营救了遇险的货轮船员",
        "Two helicopters joined the rescue of the ferry's passengers",
    ],
)
def test_a_rescue_told_by_its_verb_is_a_security_topic(text: str) -> None:
    # the codebook's rule 9 (a rescue of the other side's crew), told by the verb in every language (dom64)
    assert _domain(text) == NTS


def test_a_rescue_drill_stays_an_exercise() -> None:
    assert _domain("The two navies held a rescue drill off Busan") == ME
