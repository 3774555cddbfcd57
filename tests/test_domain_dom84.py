"""A visit, arrival, meeting or talks told with one side only is the pair's dialogue, not `context` (dom84).

Issue 14: on dev at START, 639 matched events had actors the extractor got wrong and 386 of them the domain wrong
too; 337 of these had lost one side of the pair and were read `context` by the rule that an act naming one side
only is that side's own affair. For a visit, an arrival or talks that reading cannot hold: no side visits or talks
alone, so the side the clause leaves unnamed (a pronoun's referent, a host named by its city, a title's mission) is
the other party (codebook rule 14, cb53's visits). The texts here are written for these tests in other words and on
other pairs than dev's; traps: taking office and an election (one side's own affair, `context`), a meeting with a
third state (`context`).
"""

from __future__ import annotations

import pytest
from helpers import case_of
from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope import parse_text
from allyscope.evaluate import NOT_HAPPENED
from allyscope.events import extract_events
from allyscope.events_domain import TWO_SIDED_CAMEOS, talk_across
from tests.event_generator import name_of, state_ids

PD, CTX, EX = "political-dialogue", "context", "military-exercise"

# (text with {a} the named side's state; the domains of its events in order)
ONE_SIDE_TALKS = [
    ("The president of {a} arrived on 3 May 2019 for a two-day state visit.", [PD]),
    ("The foreign minister of {a} paid an official visit on 14 June 2021.", [PD]),
    ("A frigate of the navy of {a} made a port call on 9 October 2022.", [EX]),
]
TRAPS = [
    ("The president of {a} took office on 3 May 2019.", [CTX]),  # one side's own affair
    ("{a} held a general election on 14 June 2021.", [CTX]),
]


def _domains(text: str, pair: tuple[str, str]) -> list[str]:
    with case_of(*pair):
        events = extract_events(parse_text("Notes\n\n" + text + "\n"), "t")
        return [e.domain for e in events if e.mode not in NOT_HAPPENED]


@pytest.mark.parametrize(("text", "domains"), [*ONE_SIDE_TALKS, *TRAPS])
@pytest.mark.parametrize("pair", [("KE", "UG"), ("CL", "PE"), ("VN", "LA")])
def test_a_visit_told_with_one_side_is_the_pairs_dialogue(text: str, domains: list[str], pair: tuple[str, str]) -> None:
    body = text.format(a=name_of(pair[0], "en"))
    assert _domains(body, pair) == domains, body


@pytest.mark.parametrize("pair", [("KE", "UG"), ("CL", "PE")])
def test_a_meeting_with_a_third_state_stays_context(pair: tuple[str, str]) -> None:
    third = "ET" if pair[0] != "ET" else "GH"
    body = f"The president of {name_of(pair[0], 'en')} met the president of {name_of(third, 'en')} on 3 May 2019."
    assert _domains(body, pair) == [CTX], body


@pytest.mark.parametrize(
    ("cameo", "domain", "ids", "expected"),
    [
        ("042", PD, {"KE", "person:x"}, True),  # a visit of one side's president
        ("040", PD, {"KE"}, True),
        ("042", PD, {"KE", "ET"}, False),  # a third state named
        ("042", PD, {"KE", "UG"}, False),  # both sides: no question to ask
        ("010", PD, {"KE"}, False),  # a statement: other rules decide
        ("042", "institutional", {"KE"}, False),  # the act's own domain is not talk
        ("062", EX, {"KE"}, True),  # an exercise or a port call
        ("062", PD, {"KE"}, False),
    ],
)
def test_talk_across_asks_the_act_and_the_sides(cameo: str, domain: str, ids: set[str], expected: bool) -> None:
    assert talk_across(cameo, domain, ids, [frozenset({"KE"}), frozenset({"UG"})]) is expected


@settings(max_examples=40, deadline=None)
@given(
    cameo=st.sampled_from(sorted(TWO_SIDED_CAMEOS[PD])),
    third=st.sampled_from([s for s in state_ids() if s not in ("KE", "UG")]),
    people=st.sets(st.sampled_from(["person:a", "person:b", "office:c"]), max_size=2),
)
def test_a_clause_naming_a_third_party_is_never_the_pairs(cameo: str, third: str, people: set[str]) -> None:
    sides = [frozenset({"KE"}), frozenset({"UG"})]
    assert not talk_across(cameo, PD, {"KE", third, *people}, sides)
    assert talk_across(cameo, PD, {"KE", *people}, sides)


@settings(max_examples=6, deadline=None)
@given(pair=st.lists(st.sampled_from(state_ids()), min_size=2, max_size=2, unique=True))
def test_renaming_the_states_keeps_the_visit_the_pairs(pair: list[str]) -> None:
    body = ONE_SIDE_TALKS[0][0].format(a=name_of(pair[0], "en"))
    assert _domains(body, (pair[0], pair[1])) == [PD], body
