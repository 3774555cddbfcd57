"""People the data lacks named in an English list beside people it knows or after a plural title (act53,
`allyscope.listed_people`)."""

from __future__ import annotations

from allyscope.adhoc_people import AS_WRITTEN
from allyscope.entities import gazetteer


def _written(text: str) -> set[str]:
    return {i[len(AS_WRITTEN) :] for m in gazetteer().match(text) for i in m.ids if i.startswith(AS_WRITTEN)}


def test_an_item_beside_known_people_is_a_person() -> None:
    text = "In May 2024 the foreign ministers, Penny Wong, Rosa Vargas and Antony Blinken, met in Lima."
    assert _written(text) == {"Rosa Vargas"}


def test_a_plural_title_opens_a_list_of_people() -> None:
    assert _written("On 3 May 2024 Prime Ministers Rosa Vargas and Pál Kovács opened the bridge.") == {
        "Rosa Vargas",
        "Pál Kovács",
    }
    assert _written("On 3 May 2024 the defence ministers of the two states, Rosa Vargas and Ana Okafor, met.") == {
        "Rosa Vargas",
        "Ana Okafor",
    }


def test_lists_that_name_no_people() -> None:
    assert _written("On 3 May 2024 Peru, Chile and Ecuador signed the accord in Lima.") == set()
    assert _written("On 3 May 2024 the Ministers of Foreign Affairs, Defence and Trade met.") == set()
    # capitalised words with no known person and no plural title: nothing marks them as names
    assert _written("On 3 May 2024 Rosa Vargas and Ana Okafor opened the bridge.") == set()
