"""An instrument told beside a meeting is an act of its own; dev's two largest domain confusions (dom88).

Issue 14, domain and type of an act. Three rules, each a pattern of the language counted over all of dev:

- `relationship_made` (event_clauses.json, `event_clauses.makes_a_relationship`): a coordinated piece that sets up
  or raises the pair's relationship to a named level after the visit or talks of its clause (`其间两国宣布将双边关系
  提升为…伙伴关系`, `両国は戦略的パートナーシップを樹立した`, `… held talks and decided to raise the relationship …
  to a strategic partnership`) is an act of its own, `institutional` (the codebook's rule 1), beside the meeting
  (`political-dialogue`). With it, two type cues (event_patterns.json): an English relationship raised `to` a
  partnership or level, a Japanese partnership `樹立`/`結ん`.
- the class `furthering` (event_patterns.json, domain cues; the cell political-dialogue read institutional): an
  agreement to further what stands, with an adverbial between the agreeing and the furthering verb (`双方一致同意在
  …之际深化…`, `同意尽早推进…`, `同意在…中加强协调`) is talk (rule 7), unless an instrument is made later in the
  same clause (`…深化合作，将…走廊延伸至…`).
- the class `instrument-act` (the cell institutional read political-dialogue): a joint text issued whose name has a
  word inside (`发表了联合愿景声明`, `发表联合新闻公报`), a Japanese joint declaration or action plan `を発表/発出`.

The texts are written for these tests, in other words and on other pairs than dev's. Traps: a relationship
deepened (no new level), concerns raised about a relationship, two establishments recalled (no meeting before),
views exchanged, a statement of one side, an agreement to sign or to launch (instrument acts).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.event_clauses import makes_a_relationship
from allyscope.events_domain import patterns, predicates, rule_domain
from allyscope.scripts import fold
from tests.event_generator import name_of
from tests.test_domain_dom85 import _events  # a one-sentence document's events

PD, INST = "political-dialogue", "institutional"
PAIRS = [("GH", "CI"), ("CL", "AR"), ("PE", "CO")]

# a meeting or visit, then the relationship set up or raised in the next piece of its clause: two events
RAISED = [
    ("zh", "2019年4月8日，{a}总统对{b}进行国事访问，其间两国宣布将双边关系提升为全面战略伙伴关系。"),
    ("zh_Hant", "2019年4月8日，{a}總統對{b}進行國事訪問，其間兩國宣布將雙邊關係提升為戰略夥伴關係。"),
    ("ja", "2019年4月、{a}の大統領が{b}を訪問し、両国は戦略的パートナーシップを樹立した。"),
    ("ja", "2019年4月、{a}の大統領が{b}を公式訪問し、両国は包括的パートナーシップを結んだ。"),
    (
        "en",
        "On 8 April 2019 the presidents of {a} and {b} held talks in the capital and decided to raise the"
        " relationship between the two countries to a strategic partnership.",
    ),
    (
        "en",
        "On 8 April 2019 the two presidents met in the capital of {a} and raised the relationship between {a}"
        " and {b} to a comprehensive partnership.",
    ),
]
# no level set up or raised, or no meeting before: one event (traps)
ONE_EVENT = [
    ("zh", "2019年4月8日，{a}总统对{b}进行国事访问，其间两国同意进一步深化战略伙伴关系。"),
    (
        "en",
        "On 8 April 2019 the presidents of {a} and {b} held talks in the capital and raised concerns about the"
        " relationship with a third state.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), RAISED)
@pytest.mark.parametrize("pair", PAIRS)
def test_a_relationship_raised_at_a_meeting_is_an_instrument_beside_it(
    lang: str, text: str, pair: tuple[str, str]
) -> None:
    body = text.format(a=name_of(pair[0], lang), b=name_of(pair[1], lang))
    assert sorted(d for d, _ in _events(body, pair)) == [INST, PD], body


@pytest.mark.parametrize(("lang", "text"), ONE_EVENT)
@pytest.mark.parametrize("pair", PAIRS)
def test_a_relationship_deepened_or_talked_about_is_no_second_act(lang: str, text: str, pair: tuple[str, str]) -> None:
    body = text.format(a=name_of(pair[0], lang), b=name_of(pair[1], lang))
    domains = [d for d, _ in _events(body, pair)]
    assert INST not in domains, body


@pytest.mark.parametrize(
    ("piece", "made"),
    [
        ("，其间两国宣布将双边关系提升为全面战略伙伴关系。", True),
        ("、两国は戦略的パートナーシップを树立した。", True),  # folded, as the caller passes it
        ("、両国関係を包括的パートナーシップに格上げすることで一致した。", True),
        (" and decided to elevate the relationship to a strategic partnership.", True),
        (" and established a strategic partnership.", True),
        ("，双方同意进一步深化全面战略伙伴关系。", False),  # furthering what stands: no new level
        ("、戦略的パートナーシップを一層強化していくことで一致した。", False),
        (" and agreed to strengthen their strategic partnership.", False),
        (" and discussed the partnership.", False),
        ("，建立了联合工作组。", False),  # something set up, but no level of the relationship
    ],
)
def test_a_piece_that_makes_a_relationship(piece: str, made: bool) -> None:
    assert makes_a_relationship(fold(piece)) is made, piece


def test_a_relationship_after_an_establishment_recalled_keeps_the_clause_as_it_was() -> None:
    # the piece before is no meeting (diplomatic relations established): the rule is not asked, and the clause stays
    # one piece, as it was before the rule (no second event dated by the first piece's date)
    sentence = (
        "The two ministers recalled that Santiago established diplomatic relations with Lima on 3 March 1950, and that"
        " Chile and Peru established their strategic partnership in May 2002."
    )
    assert predicates(sentence, 0, len(sentence), patterns()) == [(0, len(sentence))]


@pytest.mark.parametrize(
    ("clause", "domain"),
    [
        # an agreement to further what stands, an adverbial between: talk (rule 7)
        ("双方一致同意在建交30周年之际深化全面战略伙伴关系", PD),
        ("双方同意尽快推进投资保护协定相关工作", PD),
        ("兩國一致同意在多邊機制中加強協調", PD),
        ("双方同意以明年建交周年为契机加强发展战略对接", PD),
        # an instrument made in the agreement or later in its clause: not mere furthering (traps)
        ("双方同意在年内签署投资保护协定", INST),
        ("双方同意在共建框架下深化合作，将经济走廊延伸至第三国", INST),
        ("双方同意尽快启动自由贸易协定谈判", INST),
        # a joint text issued whose name has a word inside: an instrument (rule 1)
        ("三国领导人发表了联合愿景声明", INST),
        ("双方还就口岸建设发表了联合新闻公报", INST),
        ("両外相は「海洋協力に関する行動計画」を発表した", INST),
        ("両国は移民問題に関する共同宣言を発出した", INST),
        # talk, not a text both are bound to (traps)
        ("双方就联合声明的内容交换了意见", PD),
        ("外交部发言人发表了谈话", PD),
    ],
)
def test_the_two_largest_confusions_read_by_the_act(clause: str, domain: str) -> None:
    assert rule_domain(patterns(), fold(clause))[0] == domain, clause


@settings(max_examples=30, deadline=None)
@given(
    subject=st.sampled_from(["双方", "两国", "双方一致", "两国领导人一致"]),
    adverbial=st.sampled_from(
        ["在建交周年之际", "尽早", "尽快", "在新时代", "在多边机制中", "以此访为契机", "在各领域"]
    ),
    verb=st.sampled_from(["深化", "推进", "推动", "加强", "促进"]),
    thing=st.sampled_from(["全面战略伙伴关系", "务实合作", "相关工作", "协调", "人文交流"]),
    maker=st.sampled_from(["签署", "启动", "建立", "设立"]),
)
def test_any_furthering_agreed_is_talk_unless_an_instrument_is_made(
    subject: str, adverbial: str, verb: str, thing: str, maker: str
) -> None:
    assert rule_domain(patterns(), fold(f"{subject}同意{adverbial}{verb}{thing}"))[0] == PD
    # the same agreement whose words make an instrument before the furthering verb is no furthering
    assert rule_domain(patterns(), fold(f"{subject}同意{adverbial}{maker}合作协定"))[0] == INST


@settings(max_examples=30, deadline=None)
@given(
    who=st.sampled_from(["两国领导人", "双方", "三国外长", "两国政府"]),
    tense=st.sampled_from(["", "了"]),
    word=st.sampled_from(["愿景", "新闻", "行动", "合作"]),
    text=st.sampled_from(["声明", "宣言", "公报"]),
)
def test_any_joint_text_issued_is_an_instrument(who: str, tense: str, word: str, text: str) -> None:
    assert rule_domain(patterns(), fold(f"{who}发表{tense}联合{word}{text}"))[0] == INST
