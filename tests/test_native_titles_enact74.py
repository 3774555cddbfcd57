"""A national title written in the state's own language, as its government's English releases write it (enact74,
issue 14 item 3; discourse.json `titles_back`, act62's rule): `the Raksha Mantri` (India's defence minister, as the
Ministry of Defence's releases call the office) refers back to the holder the text named with that title or with an
English name of the office, like `the defence minister`. Traps: the title with no holder named before it names no
one; a named holder of another office (a prime minister) is not taken for it; the title followed by a name is read
as that name's own title, not referred back. The sentences are written for these tests, about other partners and
dates than the dev document that showed the class."""

from __future__ import annotations

import pytest
from helpers import events_in_case as _events
from helpers import party_names as _names
from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.entities import load_discourse


def _dated(text: str, date: str, *sides: str) -> set[str]:
    found = [e for e in _events(text, *sides) if e.date == date]
    assert found, [(e.date, e.evidence.text) for e in _events(text, *sides)]
    return set().union(*(_names(e) for e in found))


BACK = [
    "India and Chile\n\nRaksha Mantri Shri Rajnath Singh opened a defence expo in Chennai that spring. On 4 May 2023 "
    "the Raksha Mantri signed a naval training accord with the Chilean defence minister.\n",
    "India and Chile\n\nDefence Minister Rajnath Singh toured a shipyard in Kochi with Chilean officers that spring. "
    "On 4 May 2023 the Raksha Mantri received the Chilean navy chief in New Delhi.\n",
]


@pytest.mark.parametrize("text", BACK)
def test_the_title_in_the_states_language_is_the_holder_named_before(text: str) -> None:
    assert "Rajnath Singh" in _dated(text, "2023-05-04", "IN", "CL")


def test_the_title_with_no_holder_named_before_names_no_one() -> None:
    text = (
        "India and Chile\n\nChilean officers toured a shipyard in Kochi that spring. On 4 May 2023 the Raksha Mantri "
        "received the Chilean navy chief in New Delhi.\n"
    )
    assert "Rajnath Singh" not in _dated(text, "2023-05-04", "IN", "CL")


def test_a_holder_of_another_office_is_not_taken_for_the_title() -> None:
    text = (
        "India and Chile\n\nPrime Minister Narendra Modi toured a shipyard in Kochi with Chilean officers that spring. "
        "On 4 May 2023 the Raksha Mantri received the Chilean navy chief in New Delhi.\n"
    )
    assert "Narendra Modi" not in _dated(text, "2023-05-04", "IN", "CL")


def test_the_entry_fits_the_english_names_of_the_office() -> None:
    entries = {t["title"]: t for t in load_discourse()["titles_back"]["titles"]}
    native = entries["raksha mantri"]
    assert set(entries["defence minister"]["fits"]) < set(native["fits"])
    assert "raksha mantri" in native["fits"]


@settings(max_examples=20, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("Raksha Mantri the. \n1997")), max_size=60))
def test_any_text_of_the_titles_letters_extracts_without_error(text: str) -> None:
    _events("India and Chile\n\n" + text + "\n", "IN", "CL")
