"""A visit, talks or an exercise told with one side of the pair keeps its domain; its actors stay as told (dom85).

Issue 14: a clause that names one side of the case only was `context` unless it told an act on the pair's
arrangement, a statement, relief or forces moved. The codebook reads a visit, a meeting, talks, an exercise or a
port call by their own words (rules 7, 10, 11; rule 14: one side acting on the other is not `context`; cb53's
visits: the host takes part in a visit), and keeps `context` for a side's own affair (rule 13: an election, taking
office, a law or a constitution, a drill held alone) and for a third party's act (rule 12). dom84 kept the domain and
read the unnamed side in by default; that side was then asserted with no evidence, and this rule leaves the actors as
the clause names them. The texts are written for these tests, in other words and on other pairs than dev's; traps:
taking office, an election, a constitution promulgated at a meeting, live-fire drills held alone, a homecoming, a
meeting with a third state or its president, a visit to a third state.
"""

from __future__ import annotations

import json
from importlib import resources

import pytest
from helpers import case_of
from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope import parse_text
from allyscope.evaluate import NOT_HAPPENED
from allyscope.events import extract_events
from allyscope.events_domain import act_of_two_sides, patterns
from allyscope.scripts import fold
from allyscope.topic_partner import UNTYPED, told_as_two_sided
from tests.event_generator import name_of, state_ids

PD, CTX, EX = "political-dialogue", "context", "military-exercise"
PAIRS = [("GH", "TG"), ("NO", "IS"), ("TH", "KH")]

# (language, text with {a} the named side's state, the domain of its one event): the act's own words decide
ONE_SIDE_ACTS = [
    ("en", "The prime minister of {a} paid an official visit on 14 June 2021.", PD),
    ("en", "The defence minister of {a} arrived in the capital on 3 May 2019.", PD),
    ("en", "A frigate of the navy of {a} made a port call on 9 October 2022.", EX),
    ("zh", "{a}国防部长于2021年6月14日进行正式访问。", PD),
    ("ja", "{a}の外相は2019年5月3日に首都を訪問した。", PD),
]
# a side's own affair (rule 13) or a third party's act (rule 12, {c} a third state): `context`
TRAPS = [
    ("en", "The president of {a} took office on 3 May 2019."),
    ("en", "{a} held a general election on 14 June 2021."),
    ("en", "The navy of {a} held live-fire drills on 9 October 2022."),
    ("en", "A constituent assembly of {a} met on 3 May 2019 and promulgated a new constitution."),
    ("en", "The prime minister of {a} returned home on 14 June 2021."),
    ("en", "The president of {a} met the president of {c} on 3 May 2019."),
    ("en", "The prime minister of {a} paid an official visit to {c} on 14 June 2021."),
    ("zh", "{a}总统于2019年5月3日宣誓就职。"),
]


def _events(text: str, pair: tuple[str, str]) -> list[tuple[str, set[str]]]:
    with case_of(*pair):
        events = extract_events(parse_text("Notes\n\n" + text + "\n"), "t")
    return [(e.domain, {*e.actors, *e.involved}) for e in events if e.mode not in NOT_HAPPENED]


def _third(pair: tuple[str, str]) -> str:
    return next(s for s in ("NE", "SE", "MM", "BO") if s not in pair)


@pytest.mark.parametrize(("lang", "text", "domain"), ONE_SIDE_ACTS)
@pytest.mark.parametrize("pair", PAIRS)
def test_an_act_of_two_sides_told_with_one_keeps_its_domain(
    lang: str, text: str, domain: str, pair: tuple[str, str]
) -> None:
    body = text.format(a=name_of(pair[0], lang))
    events = _events(body, pair)
    assert [d for d, _ in events] == [domain], body
    assert all(pair[1] not in ids for _, ids in events), body  # no side read in without a word of it


@pytest.mark.parametrize(("lang", "text"), TRAPS)
@pytest.mark.parametrize("pair", PAIRS)
def test_a_sides_own_affair_or_a_third_partys_act_stays_context(lang: str, text: str, pair: tuple[str, str]) -> None:
    body = text.format(a=name_of(pair[0], lang), c=name_of(_third(pair), lang))
    assert [d for d, _ in _events(body, pair)] == [CTX], body


SIDES = [frozenset({"GH"}), frozenset({"TG"})]


@pytest.mark.parametrize(
    ("cameo", "domain", "parties", "expected"),
    [
        ("042", PD, {"GH"}, True),  # a visit of one side
        (UNTYPED, PD, {"GH"}, True),  # an arrival
        ("062", EX, {"GH"}, True),  # an exercise or a port call
        ("043", PD, {"GH", "NE"}, False),  # a third state, or a third state's president (its state counted)
        ("043", PD, {"GH", "TG"}, False),  # both sides: the pair's act already
        ("043", PD, set(), False),  # no side named
        ("010", PD, {"GH"}, False),  # a statement: other rules decide
        ("042", "institutional", {"GH"}, False),  # the words read another domain
        ("062", PD, {"GH"}, False),
        ("043", PD, {"GH", "person:x"}, True),  # a person the gazetteer gives no state stays out of the question
    ],
)
def test_act_of_two_sides_asks_the_code_the_domain_and_the_parties(
    cameo: str, domain: str, parties: set[str], expected: bool
) -> None:
    assert act_of_two_sides(patterns(), cameo, domain, parties, SIDES) is expected


@pytest.mark.parametrize(
    ("cameo", "clause", "expected"),
    [
        ("042", "the prime minister paid an official visit on 14 june 2021", True),
        (UNTYPED, "the minister arrived in the capital on 3 may 2019", True),
        (UNTYPED, "the minister returned home on 3 may 2019", False),  # a homecoming
        ("043", "a constituent assembly met and promulgated a new constitution", False),  # its own law
        ("062", "the navy held live-fire drills on 9 october", False),  # a drill held alone
        ("062", "a frigate made a port call on 9 october", True),
        ("010", "the ministry said on 3 may", False),
    ],
)
def test_told_as_two_sided_reads_the_clause_words(cameo: str, clause: str, expected: bool) -> None:
    assert told_as_two_sided(cameo, fold(clause), "") is expected


def test_the_codes_are_two_sided_by_the_topic_rules_and_their_domains_are_interactions() -> None:
    raw = json.loads(resources.files("allyscope.data").joinpath("event_patterns.json").read_text("utf-8"))
    topic = json.loads(resources.files("allyscope.data").joinpath("topic.json").read_text("utf-8"))
    acts = raw["one_sided"]["two_sided_acts"]
    assert acts and set(acts) <= {"political-dialogue", "institutional", "non-traditional-security", EX}
    known = {str(rule["cameo"]) for rule in raw["types"]} | {UNTYPED}
    for codes in acts.values():
        assert set(codes) <= set(topic["two_sided_cameo"]) | {UNTYPED}
        assert set(codes) <= known  # a code no type rule gives would never be asked


@settings(max_examples=8, deadline=None)
@given(
    states=st.lists(st.sampled_from(state_ids()), min_size=3, max_size=3, unique=True),
    text=st.sampled_from([t for lang, t, _ in ONE_SIDE_ACTS if lang == "en"]),
)
def test_renamed_states_keep_the_act_and_a_third_state_makes_it_context(states: list[str], text: str) -> None:
    a, b, c = states
    body = text.format(a=name_of(a, "en"))
    events = _events(body, (a, b))
    assert [d for d, _ in events] in ([PD], [EX]), body
    assert all(b not in ids for _, ids in events), body
    third = f"The president of {name_of(a, 'en')} met the president of {name_of(c, 'en')} on 3 May 2019."
    assert [d for d, _ in _events(third, (a, b))] == [CTX], third
