"""A year before `convention` or `compact` names the instrument, not the date of the sentence's act (prec76).

`the 1997 convention that bans anti-personnel mines` (a dev story of another session) and `Like the 1986 compact`
(prec76's brief) name a treaty by its year as `the 2016 Joint Declaration` does; the nouns join
`document_nouns_en`. The words and states here are other ones; the traps are a convention or compact signed on a
date the sentence tells, which stays an event's date.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from allyscope.dates import find_dates


def _roles(text: str) -> dict[str, tuple[str, bool]]:
    return {m.text: (m.edtf, m.document) for m in find_dates(text)}


def test_a_year_before_convention_or_compact_names_the_instrument() -> None:
    got = _roles("Chile and Peru invoked the 1929 convention on their land border in talks on 4 May 2021.")
    assert got["1929"][1] is True
    assert got["4 May 2021"] == ("2021-05-04", False)
    got = _roles("Unlike the 2003 compact with Palau, the new text sets up a trust fund.")
    assert got["2003"][1] is True
    got = _roles("Both states had ratified the 1982 conventions on fisheries long before.")
    assert got["1982"][1] is True


def test_traps_a_convention_signed_on_a_date_keeps_its_date() -> None:
    got = _roles("In 2010 the two governments signed a convention on extradition.")
    assert got["2010"] == ("2010", False)
    got = _roles("The compact was signed on 16 October 2023 in Honolulu.")
    assert got["16 October 2023"] == ("2023-10-16", False)


@given(st.integers(1900, 2030), st.sampled_from(["convention", "compact", "Convention", "compacts"]))
def test_any_year_after_the_and_before_the_noun_names_a_document(year: int, noun: str) -> None:
    got = _roles(f"Officials cited the {year} {noun} in the talks.")
    assert got[str(year)][1] is True
