"""Bare English titles of monarchs and heirs that refer back to the holder the text named with them
(enact72, issue 14 class 4; discourse.json `titles_back`, act62's rule): `the crown prince`, `the emir`, `the king`,
`the sultan` after the person was introduced with that title; and a
leader's earlier terms in the data, so a name of the 1990s stands for its state on the date. The sentences are
written for these tests, about other people and states than the dev documents that showed the classes."""

from __future__ import annotations

import pytest
from helpers import events_in_case as _events
from helpers import party_names as _names


def _dated(text: str, date: str, *sides: str) -> set[str]:
    found = [e for e in _events(text, *sides) if e.date == date]
    assert found, [(e.date, e.evidence.text) for e in _events(text, *sides)]
    return set().union(*(_names(e) for e in found))


BACK = [
    (
        "Qatar and Chile\n\nEmir Tamim bin Hamad Al Thani opened a trade fair in Doha that spring. On 4 May 2023 "
        "the emir signed a shipping accord with the Chilean foreign minister.\n",
        "2023-05-04", ("QA", "CL"), "Tamim bin Hamad Al Thani",
    ),
    (
        "Jordan and Chile\n\nKing Abdullah II toured the port of Aqaba with Chilean engineers that spring. On 4 May "
        "2023 the king signed a water accord with the Chilean foreign minister.\n",
        "2023-05-04", ("JO", "CL"), "Abdullah II of Jordan",
    ),
    (
        "United Arab Emirates and Chile\n\nCrown Prince Mohammed bin Zayed opened a solar plant near Abu Dhabi that "
        "spring. On 4 May 2019 the crown prince signed an energy accord with the Chilean foreign minister.\n",
        "2019-05-04", ("AE", "CL"), "Mohammed bin Zayed",
    ),
    (
        "Brunei and Chile\n\nSultan Hassanal Bolkiah opened a mosque in Bandar Seri Begawan that spring. On 4 May "
        "2023 the sultan signed a fisheries accord with the Chilean foreign minister.\n",
        "2023-05-04", ("BN", "CL"), "Hassanal Bolkiah",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "date", "sides", "person"), BACK)
def test_a_bare_title_is_the_holder_named_with_it_before(
    text: str, date: str, sides: tuple[str, str], person: str
) -> None:
    assert person in _dated(text, date, *sides)


def test_a_bare_title_with_no_holder_named_before_names_no_one() -> None:
    text = (
        "Jordan and Chile\n\nChilean engineers toured the port of Aqaba that spring. On 4 May 2023 the king signed a "
        "water accord with the Chilean foreign minister.\n"
    )
    assert "Abdullah II of Jordan" not in _dated(text, "2023-05-04", "JO", "CL")


def test_a_leaders_term_of_the_1990s_stands_for_the_state() -> None:
    text = (
        "Pakistan and Chile\n\nOn 3 March 1998 Nawaz Sharif received a Chilean trade mission in Islamabad and signed "
        "a textile accord with it.\n"
    )
    assert {"Nawaz Sharif", "Pakistan"} <= _dated(text, "1998-03-03", "PK", "CL")


def test_a_ministers_first_term_stands_for_the_state() -> None:
    text = (
        "Sri Lanka and Chile\n\nOn 3 March 2012 Foreign Minister G. L. Peiris received a Chilean trade mission in "
        "Colombo and signed a tea accord with it.\n"
    )
    assert {"G. L. Peiris", "Sri Lanka"} <= _dated(text, "2012-03-03", "LK", "CL")
