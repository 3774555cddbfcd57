"""English shapes of the partner a writer takes for granted (enact72, issue 14 class 4): an untyped clause that
moves people or equipment from one side to the other — a delivery or transfer named as a noun, a landing, a
reaching, a port call (`called at`) — leaves the giver to the paragraph, as an arrival does (act54); an exercise a
side hosts, joins or brings others together for is no exercise held alone. The sentences are written for these
tests in other words than the dev documents that showed the classes; each positive case fails without its rule."""

from __future__ import annotations

import pytest
from helpers import events_in_case as _events
from helpers import only_event as _only
from helpers import party_names as _names

from allyscope.topic_partner import topic_rules

# the paragraph names the giver in an undated sentence; the dated clause names only the receiver, or no one
MOVES = [
    "Chile and Norway\n\nChile has bought patrol boats from Norway for years. On 8 March 2021 the navy took "
    "delivery of the second boat of the Chilean order at Valparaíso.\n",
    "Chile and Norway\n\nChile has bought patrol boats from Norway for years. On 8 March 2021 the Chilean cabinet "
    "cleared the transfer of two more boats.\n",
    "Chile and Norway\n\nChile has trained with Norway for years. On 8 March 2021 a Chilean transport aircraft "
    "landed at the air station of Ørland.\n",
    "Chile and Norway\n\nChile has trained with Norway for years. On 8 March 2021 the Chilean training ship called "
    "at the port of Bergen.\n",
    "Chile and Norway\n\nChile has bought vaccines from Norway for years. On 8 March 2021 the first doses for the "
    "Chilean clinics reached Santiago.\n",
]


@pytest.mark.parametrize("text", MOVES)
def test_an_untyped_move_takes_the_giver_from_the_paragraph(text: str) -> None:
    event = _only(text, "CL", "NO")
    assert {"Chile", "Norway"} <= _names(event)


def test_a_home_coming_landing_takes_no_partner() -> None:
    text = (
        "Chile and Norway\n\nChile has trained with Norway for years. On 8 March 2021 the Chilean contingent "
        "landed back home at Santiago.\n"
    )
    for event in _events(text, "CL", "NO"):
        assert "Norway" not in _names(event)


def test_the_move_words_are_whole_words() -> None:
    rules = topic_rules()
    for clause in ("the delivery of six jets", "approved the transfer of the frigate", "landed at the airfield",
                   "the ship reached the port", "the ship called at the port"):  # fmt: skip
        assert rules.untyped_two_sided.search(clause), clause
    for clause in ("the outreach office opened", "a recall at the embassy", "transference of power"):
        assert not rules.untyped_two_sided.search(clause), clause


# an exercise one side hosts or joins: the topic's partner is in it
HOSTED = [
    "Chile and Norway\n\nNorway has invited Chile to its winter drills for years. In March 2021 Chilean marines "
    "joined a cold-weather exercise near Narvik.\n",
    "Chile and Norway\n\nNorway has sent observers to Chile for years. In March 2021 Chile hosts the mountain "
    "exercise Andes Shield near Punta Arenas.\n",
]


@pytest.mark.parametrize("text", HOSTED)
def test_an_exercise_hosted_or_joined_is_held_with_the_partner(text: str) -> None:
    event = _only(text, "CL", "NO")
    assert {"Chile", "Norway"} <= _names(event)


def test_an_exercise_held_alone_takes_no_partner() -> None:
    text = (
        "Chile and Norway\n\nNorway has sent observers to Chile for years. In March 2021 the Chilean army held a "
        "live-fire exercise near Punta Arenas.\n"
    )
    for event in _events(text, "CL", "NO"):
        assert "Norway" not in _names(event)
