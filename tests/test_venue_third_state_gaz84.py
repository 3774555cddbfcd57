"""A meeting held in a third state's capital is not that state's act (issue 14, fifty-third session, branch gaz84;
`topic_partner.venue_only`, read in `events`): a capital after a word of place (`topic.json` 'venue_before',
'venue_after') in a sentence whose act stands between two other states or organisations drops the capital's state
from the event when the relation (the case) holds neither. The capital's state stays a side when it is one of
the relation's, when the act is a visit or an arrival (its host), when the text
also names it by a name, a person or a body of its own, when the act has only two sides, and when the sentence tells
of speaking. Sentences written for these tests, in other words than the dev documents."""

from __future__ import annotations

import pytest
from helpers import case_of
from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope import parse_text
from allyscope.events import extract_events


def _all_ids(text: str, *sides: str) -> set[str]:
    """The actors of every event of `text`, read as a one-paragraph document under a `Notes` title in a case of
    `sides` (the relation the text is about; none: no case)."""
    doc = parse_text("Notes\n\n" + text + "\n")
    if not sides:
        return set().union(*(set(e.actors) for e in extract_events(doc, "t")), set())
    with case_of(*sides):
        return set().union(*(set(e.actors) for e in extract_events(doc, "t")), set())


@pytest.mark.parametrize(
    ("text", "sides", "venue"),
    [
        ("On 5 March 2019 the Japanese and Indian defence ministers held talks in Bangkok.", {"JP", "IN"}, "TH"),
        ("2019年3月5日，日本外相和印度外长在曼谷举行会谈。", {"JP", "IN"}, "TH"),
        ("On 12 May 2022 Kenya and Ethiopia signed a border accord in Kampala.", {"KE", "ET"}, "UG"),
        ("2022年5月12日、ケニアとエチオピアはカンパラで国境協定に署名した。", {"KE", "ET"}, "UG"),
    ],
)
def test_a_third_states_capital_as_the_place_is_no_side(text: str, sides: set[str], venue: str) -> None:
    named = _all_ids(text, *sorted(sides))
    assert sides <= named, (text, named)
    assert venue not in named, (text, named)


@pytest.mark.parametrize(
    ("text", "host"),
    [
        # the capital of one of the relation's own states: it hosts the pair's meetings
        ("On 5 March 2019 the Japanese and Indian defence ministers held talks in Tokyo.", "JP"),
        ("2019年3月5日，日本外相和印度外长在东京举行会谈。", "JP"),
        # a visit or an arrival: the capital's state is the host
        ("On 5 March 2019 the Japanese defence minister visited Bangkok.", "TH"),
        ("2019年3月5日，日本外相抵达曼谷。", "TH"),
        # the capital's state named by a person of its own: a side
        ("On 5 March 2019 the Japanese and Indian ministers met Thai Prime Minister Prayut in Bangkok.", "TH"),
        # two sides only: the host and its guest meet in the host's capital
        ("On 5 March 2019 the Japanese minister held talks with his counterpart in Bangkok.", "TH"),
    ],
)
def test_the_capitals_state_stays_a_side_when_the_text_makes_it_one(text: str, host: str) -> None:
    named = _all_ids(text, "JP", "IN")
    assert host in named, (text, named)


_CAPITALS = [("Bangkok", "TH"), ("Kampala", "UG"), ("Hanoi", "VN"), ("Lima", "PE")]
_PAIRS = [("Japanese", "Indian", "JP", "IN"), ("Kenyan", "Ethiopian", "KE", "ET"), ("French", "German", "FR", "DE")]


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(_CAPITALS), st.sampled_from(_PAIRS), st.sampled_from(["held talks", "signed an accord"]))
def test_any_pair_meeting_in_any_third_capital_keeps_its_two_sides_only(
    capital: tuple[str, str], pair: tuple[str, str, str, str], act: str
) -> None:
    """Whatever the pair and the third state's capital, the act's ids hold the pair and not the capital's state."""
    city, venue = capital
    first, second, a, b = pair
    text = f"On 5 March 2019 the {first} and {second} foreign ministers {act} in {city}."
    named = _all_ids(text, a, b)
    assert {a, b} <= named, (text, named)
    assert venue not in named, (text, named)
