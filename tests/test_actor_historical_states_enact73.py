"""States under names of the past (issue 14 item 3, enact73). Sentences written for these tests, in other words and
about other events than the dev documents that prompted the data:

- a state that no longer exists (Yugoslavia, East Germany) is a state of the gazetteer, by its long official forms
  and its adjective as well as its short name, and its leader of the period is a person of it;
- a continuing state's former official name (the Polish People's Republic) or former short name (Ceylon, Zaire)
  is the state itself;
- the capital of a successor (Belgrade) stands for the state it served on its sentence's date.
"""

from __future__ import annotations

import allyscope
from allyscope.entities import mark_entities, resolve_entity


def _ids(text: str) -> set[str]:
    return {i for m in mark_entities(allyscope.parse_text(text)).entities for i in m.ids}


def _event_actors(text: str) -> list[set[str]]:
    """The actors of each event of `text` read as a page's body (a first line alone is its title)."""
    return [set(e.actors) for e in allyscope.extract("Notes\n\n" + text).events]


def test_states_of_the_past_resolve_by_every_form() -> None:
    for name in ("Yugoslavia", "Socialist Federal Republic of Yugoslavia", "SFRY", "Yugoslav"):
        assert resolve_entity(name) == "YU", name
    for name in ("German Democratic Republic", "GDR", "East German"):
        assert resolve_entity(name) == "DD", name


def test_former_names_of_continuing_states_are_the_state() -> None:
    assert resolve_entity("Polish People's Republic") == "PL"
    assert resolve_entity("Ceylon") == "LK"
    assert resolve_entity("Zaire") == "CD"


def test_long_form_wins_over_the_adjective_inside_it() -> None:
    ids = _ids("In 1972 the German Democratic Republic opened a trade mission in Helsinki.")
    assert "DD" in ids and "DE" not in ids


def test_a_leader_of_a_past_state_carries_it() -> None:
    actors = _event_actors("On 3 March 1961 Tito held talks with the Indonesian president in Jakarta.")
    assert actors and any({"person:tito", "YU"} <= a for a in actors), actors


def test_the_capital_of_the_successor_stands_for_the_past_state_on_its_date() -> None:
    then = _event_actors("On 12 May 1965 Moscow and Belgrade signed a defence agreement.")
    assert then and "YU" in then[0] and "RS" not in then[0], then
    now = _event_actors("On 12 May 2015 Moscow and Belgrade signed a defence agreement.")
    assert now and "RS" in now[0] and "YU" not in now[0], now
