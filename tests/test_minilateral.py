"""A case of three or more parties among themselves (a minilateral group): any two sides make an event its own."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

from allyscope.events import between_sides
from allyscope.knowledge.case import Case, activate, restore
from allyscope.pipeline import extract


def _case(sides: list[list[str]]) -> Case:
    parties = [{"id": p} for side in sides for p in side]
    meta = {"name": "group", "title": "group", "version": "0", "parties": parties, "sides": sides}
    return Case(name="group", version="0", title="group", meta=meta, sources=[], facts=[], agreements=[], decisions=[])


@pytest.fixture
def trilateral() -> Iterator[Case]:
    case = _case([["JP"], ["US"], ["PH"]])
    previous = activate(case)
    yield case
    restore(previous)


def test_a_three_party_case_has_three_dyads() -> None:
    assert _case([["JP"], ["US"], ["PH"]]).dyads == [("JP", "US"), ("JP", "PH"), ("US", "PH")]
    assert _case([["NATO"], ["AU", "NZ"]]).dyads == [("NATO", "AU"), ("NATO", "NZ")]  # a hub and its partners


SIDES = st.lists(st.frozensets(st.sampled_from("abcdef"), min_size=1), min_size=2, max_size=5)


@given(SIDES, st.sets(st.sampled_from("abcdefg")))
def test_between_sides_means_two_sides_present(sides: list[frozenset[str]], ids: set[str]) -> None:
    present = [side for side in sides if ids & side]
    assert between_sides(ids, sides) == (len(present) >= 2)
    if len(sides) == 2:  # bilateral: one of each side, as before
        assert between_sides(ids, sides) == all(ids & side for side in sides)


def test_any_two_parties_of_a_group_make_its_event_and_a_stranger_does_not(trilateral: Case) -> None:
    text = (
        "防务往来两则\n\n"
        "2024年4月11日，美国与菲律宾在马尼拉举行防务会谈。\n\n"
        "2024年5月2日，日本与法国在巴黎举行外长会谈。\n"
    )
    domains = {e.date: e.domain for e in extract(text).events}
    first, second = domains["2024-04-11"], domains["2024-05-02"]
    assert first != "context"  # the United States and the Philippines: two of the group
    assert second == "context"  # Japan and France: one party of the group only
