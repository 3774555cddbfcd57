"""A venue city that is no capital names its state as the place of an act (enact75, issue 14 item 3; states.json
`cities`, read like capitals): `flew to Larnaca` is a visit to Cyprus, a meeting `in St Petersburg` (the spelling
without a full stop too) is held in Russia, a handover `at Severodvinsk` is Russia's. Traps: a word that merely
begins like the city is no mention; the cities are no capital and no other state's name. The sentences are written
for these tests, about other people, partners and dates than the dev documents that showed the class
(`brief_en_us_cyprus_embargo`, `news_en_doval_security_diplomacy`, `encyclo_en_india_soviet_union_russia_arms`)."""

from __future__ import annotations

import pytest
from helpers import events_in_case as _events
from helpers import party_names as _names
from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.entities import gazetteer


def _dated(text: str, date: str, *sides: str) -> set[str]:
    found = [e for e in _events(text, *sides) if e.date == date]
    assert found, [(e.date, e.evidence.text) for e in _events(text, *sides)]
    return set().union(*(_names(e) for e in found))


NAMED = [
    (
        "Greece and Cyprus\n\nGreece and Cyprus signed a defence cooperation programme in Athens in 2021. A year "
        "later, on 12 May 2022, Nikos Dendias flew to Larnaca.\n",
        "2022-05-12",
        ("GR", "CY"),
        "Cyprus",
    ),
    (
        "China and Russia\n\nChina and Russia hold yearly talks on security. On 18 September 2024, Wang Yi attended "
        "the meeting of SCO national security advisers in St Petersburg.\n",
        "2024-09-18",
        ("CN", "RU"),
        "Russia",
    ),
]


@pytest.mark.parametrize(("text", "date", "sides", "state"), NAMED)
def test_the_venue_city_names_the_state_the_text_names(
    text: str, date: str, sides: tuple[str, ...], state: str
) -> None:
    assert state in _dated(text, date, *sides)


def test_a_word_that_begins_like_the_city_is_no_mention() -> None:
    g = gazetteer()
    for word, town in (("Larnacans", "Larnaca"), ("Limassolian", "Limassol"), ("Severodvinskiy", "Severodvinsk")):
        assert not [m for m in g.match(f"On 2 May 2022 the {word} delegation arrived.") if m.alias == town], word


TOWNS = {"CY": ["Larnaca", "Limassol"], "RU": ["St Petersburg", "Severodvinsk"]}


def test_every_town_is_a_city_of_its_state_and_no_capital() -> None:
    g = gazetteer()
    for ident, words in TOWNS.items():
        entity = g.entity(ident)
        assert entity["type"] == "state"
        capitals = entity.get("capitals", {}).get("en", [])
        for word in words:
            assert word not in capitals
            assert [m.ids for m in g.match(f"They met in {word} on Monday.") if m.alias == word] == [(ident,)]


@settings(max_examples=30, deadline=None)
@given(st.text(alphabet="abcdefghij klmnop,.", max_size=60), st.sampled_from(["Larnaca", "Cam Ranh", "St Petersburg"]))
def test_a_town_in_any_text_names_at_most_its_own_state(noise: str, town: str) -> None:
    """Whatever surrounds it, a town's mention names its own state or no one, never another entity."""
    g = gazetteer()
    own = {"Larnaca": {"CY"}, "Cam Ranh": {"VN"}, "St Petersburg": {"RU"}}[town]
    for m in g.match(f"{noise} {town} {noise}"):
        if m.alias == town:
            assert set(m.ids) <= own, (m.ids, own)
