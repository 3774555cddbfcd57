"""A Latin name's first word in lower case names it only where the whole name is in lower case (lead, thirty-sixth
session): `the main port of <state>` is the state, no capital called `Port of <state>`, and the shorter name a
turned-away stretch holds is still read. Found by dom66's property test when the reserved regions changed its draw."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.entities import gazetteer


def _targets(text: str) -> list[str]:
    return [i for m in gazetteer().match(text) for i in m.ids]


def _multi_word_capitals() -> list[tuple[str, str]]:
    """(alias, state id) of every English alias of a state that is a name of two words or more beginning with a
    capital letter, whose words after the first name no entity by themselves (so a lower-case first word leaves
    nothing of that state to read: `Port of <state>` is kept only if `of <state>` is not read as that state)."""
    g = gazetteer()
    found = []
    for ident, entity in g.entities.items():
        if entity.get("type") != "state":
            continue
        for alias in entity.get("aliases", {}).get("en", []):
            first, _, rest = alias.partition(" ")
            shape = rest and alias.isascii() and first[:1].isupper() and first.lower() != "the" and "&" not in alias
            if shape and ident not in _targets(f"It was {rest} then."):
                found.append((alias, ident))
    return sorted(found)


CAPITALS = _multi_word_capitals()


def test_there_are_capitals_to_try() -> None:
    assert len(CAPITALS) >= 5


@pytest.mark.parametrize(("name", "ident"), CAPITALS)
def test_a_capital_as_written_is_still_read(name: str, ident: str) -> None:
    assert ident in _targets(f"The envoys met in {name} on Monday.")


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(CAPITALS))
def test_a_lower_case_first_word_in_a_mixed_case_sentence_is_no_capital(capital: tuple[str, str]) -> None:
    name, ident = capital
    first, rest = name.split(" ", 1)
    text = f"The frigate stayed two days at the {first.lower()} {rest} last week."
    assert ident not in _targets(text), text


def test_the_shorter_name_inside_a_turned_away_stretch_is_read() -> None:
    g = gazetteer()
    spain = next(i for i, e in g.entities.items() if e.get("name") == "Spain")
    targets = _targets("A supply ship docked at the main port of Spain on 9 March 2023.")
    assert spain in targets
    assert all(g.entity(t).get("type") != "city" for t in targets if t in g.entities)


def test_a_name_wholly_in_lower_case_is_still_that_name() -> None:
    g = gazetteer()
    # an ordinary two-word state name written in lower case in an all-lower-case line (a tag or a slug)
    ident = next(i for i, e in g.entities.items() if e.get("name") == "New Zealand")
    assert ident in _targets("tags: defence, new zealand, pacific")
