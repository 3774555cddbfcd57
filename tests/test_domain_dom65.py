"""Readiness, cooperation over a list of fields, cyber exercises (thirty-fourth session, dom65; issue 14 item 5).
The codebook (tests/corpora/events/README.md, `domain`) codes an announced move of forces by the move (rule 6, then
11) and a readiness, intention or offer to move them as talk (rule 7); cyber (rule 8) whatever the act, talks on it
and a cyber exercise too, as the reference article's gold codes cyber defence staff talks and Locked Shields. A
readiness or willingness declared (`was ready to station`, `准备在…部署`, `愿意向…派遣`) is what one side says, not a
move decided: what follows it decides nothing, as what follows a demand or an offer (data `domain_cues.demand`).
Cooperation agreed over a list of fields in Chinese (`同意在<field>、<field>等领域加强合作`) is talk whatever the
fields, as the same agreement is when the verb of furthering comes first (`同意加强…合作`), also where the list's
marks cut the clause and the last item's segment holds the predicate (`_furthered`).

Sentences written for these tests, in other words, states and scripts than the corpus documents that prompted them.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.events_domain import patterns, rule_domain
from allyscope.scripts import fold

PD, INS, ME = "political-dialogue", "institutional", "military-exercise"
NTS = "non-traditional-security"


def _domain(text: str) -> str:
    return rule_domain(patterns(), fold(text))[0]


@pytest.mark.parametrize(
    "text",
    [
        # talks whose field is cyber: cyber whatever the act (the reference article's gold, cyber defence staff talks)
        "The third round of the Chile–Peru cyber policy dialogue took place in Lima on 9 October",
        "秘鲁和智利外交部于5日在利马举行网络安全磋商",
        "両国は8日、リマで第2回サイバー協議を開いた",
        # an exercise whose field is cyber: rule 8 before rule 10
        "Peruvian and Chilean specialists took part in a cyber defence exercise in Lima on 3 May",
        "两军网络部队首次举行网络攻防演练",
        "ペルー軍はチリ主催のサイバー防衛演習に参加した",
        # a text on cyber defence, a centre, an intrusion: cyber as before
        "両国はサイバー防衛に関する覚書に署名した",
        "The two ministers signed a memorandum on cyber security in Asunción",
        "黑客入侵了该国外交部的网络系统",
        "The ministry's servers were hit by a cyber attack in June",
    ],
)
def test_cyber_acts_and_talks_stay_cyber(text: str) -> None:
    assert _domain(text) == NTS


@pytest.mark.parametrize(
    "text",
    [
        "The defence minister said in Lima that Peru was ready to station a battalion in the north",
        "On 2 May the president declared that the country stood prepared to deploy two frigates",
        "The government is willing to send a company of engineers to the border",
        "国防部长宣布，秘鲁准备在边境长期部署一个营",
        "總統表示，智利願意向該國派遣一支部隊",
    ],
)
def test_a_readiness_to_move_forces_is_talk(text: str) -> None:
    assert _domain(text) == PD


@pytest.mark.parametrize(
    ("text", "domain"),
    [
        # a move decided and told, or forces moving: the move (the readiness words are absent)
        ("The navy deployed two frigates to the strait on 4 May", ME),
        ("秘鲁向边境部署了一个营", ME),
        ("The troops arrived at the base on Monday", ME),
        # the Chinese verb of preparing as a noun after the act is no readiness
        ("两艘舰艇于3日停靠卡亚俄港，为联合训练作准备", ME),
    ],
)
def test_moves_decided_keep_their_domain(text: str, domain: str) -> None:
    assert _domain(text) == domain


@pytest.mark.parametrize(
    "text",
    [
        "双方同意在网络安全、反恐及救灾等领域加强合作",
        "雙方同意在網路安全、維和及海上安全等領域深化合作",
        "两国商定在卫生、网络和防务方面进一步扩大合作",
    ],
)
def test_cooperation_agreed_over_a_list_of_fields_is_talk(text: str) -> None:
    assert _domain(text) == PD


_FIELDS = ["网络安全", "网络空间", "反恐", "维和", "救灾", "海上安全", "卫生", "防务", "联合训练", "网络防御"]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.sampled_from(_FIELDS), min_size=1, max_size=4, unique=True),
    st.sampled_from(["加强", "深化", "扩大", "推进", "拓展"]),
    st.sampled_from(["领域", "方面"]),
)
def test_any_list_of_fields_agreed_on_is_talk(fields: list[str], verb: str, word: str) -> None:
    text = f"双方同意在{'、'.join(fields)}等{word}{verb}合作"
    assert _domain(text) == PD


@pytest.mark.parametrize(
    ("text", "domain"),
    [
        # a war named as a time or as a state ended is no force: the act decides
        ("In 1995 the two presidents ended the state of war between their countries with a joint declaration", INS),
        ("战争爆发后，两国总理乘火车抵达对方首都", PD),
        ("戦争後、両国は国交を回復した", INS),
        # forces at war still decide
        ("The two armies fought a war over the border in 1941", ME),
        # asking troops to leave is a demand; what a letter says is said
        ("The senate voted to ask the foreign battalions to leave the country on 3 May", PD),
        ("The president wrote to his counterpart that the old battles had been a tragedy", PD),
    ],
)
def test_war_as_time_demands_and_letters(text: str, domain: str) -> None:
    assert _domain(text) == domain


@pytest.mark.parametrize(
    "text",
    [
        "秘鲁于2015年派遣部队赴该国参与地震灾后救援",
        "智利海軍派出兩艘艦艇投入救援",
        "哨戒機2機が首都に到着し、行方不明の漁船の捜索活動に加わった",
        "两艘舰船赶赴该海域搜寻失联客机",
        "Two frigates began search operations for the missing airliner on 9 March",
        "该国派出三艘舰船协助打捞沉没的潜艇",
        "The navy's supply ship arrived on Monday carrying 300,000 litres of fresh water",
        "向该国运送淡水的军舰于5日抵达",
        "国际监察团进驻该省，监督政府军与叛军的停火",
        "联合国特派团的工兵部队于3月撤离",
    ],
)
def test_forces_sent_for_a_topic_named_in_their_clause(text: str) -> None:
    assert _domain(text) == NTS


@pytest.mark.parametrize(
    ("text", "domain"),
    [
        # drills on the same topics stay exercises; patrols against crime stay operations
        ("两国海军举行联合救援演练", ME),
        ("The navies held a search-and-rescue exercise on 4 May", ME),
        ("两军开始联合巡逻，打击走私", ME),
    ],
)
def test_drills_on_a_topic_stay_exercises(text: str, domain: str) -> None:
    assert _domain(text) == domain
