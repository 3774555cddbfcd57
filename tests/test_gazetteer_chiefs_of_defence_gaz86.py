"""Three chiefs of defence as whole offices (gaz86, issue 14: the chiefs of defence of the states dev names most):
the United Kingdom's Chief of the Defence Staff, Australia's Chief of the Defence Force and the Chairman of the US
Joint Chiefs of Staff (acting chairmen in the gaps), every holder since the late 1980s, each day held by one, named
with the state's title (`UK Chief of the Defence Staff`, `Australia's Chief of the Defence Force`, `英国国防参谋长`,
`澳洲國防軍司令`, `美军参谋长联席会议主席`) or by name; a US chairman's Japanese title only with `米`
(`統合参謀本部議長` alone is any state's). Days the checked pages gave are exact (Stirrup 28 April 2006, Carter 11
June 2018, Radakin 30 November 2021; Houston 4 July 2005, Binskin 30 June 2014, Campbell 6 July 2018; the US
chairmen's terms from 1 October of the year), the others marked approximate. A title of another state's chief
(`New Zealand's Chief of Defence Force`) is that state's, not Australia's."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from helpers import events_in_case, office_holder_terms
from hypothesis import given
from hypothesis import strategies as st

from allyscope.entities import gazetteer, holders


@pytest.mark.parametrize(
    ("office", "first"),
    [("office:gb-cds", date(1988, 12, 9)), ("office:au-cdf", date(1987, 4, 13)), ("office:us-cjcs", date(1989, 10, 1))],
)
def test_every_day_has_one_chief(office: str, first: date) -> None:
    terms = [(date.fromisoformat(a), date.fromisoformat(b), p) for a, b, p, _ in office_holder_terms(office)]
    day = first
    while day < date(2025, 12, 31):
        held = {p for a, b, p in terms if a <= day < b}
        assert len(held) == 1, (office, day, held)
        day += timedelta(days=7)


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2025, 12, 31)))
def test_any_day_since_1990_names_one_chief_of_each(day: date) -> None:
    assert len(holders("office:gb-cds", day.isoformat())) == 1
    assert len(holders("office:au-cdf", day.isoformat())) == 1
    assert len(holders("office:us-cjcs", day.isoformat())) == 1


@pytest.mark.parametrize(
    ("office", "day", "person"),
    [
        ("office:gb-cds", "2008-05-01", "person:jock-stirrup"),
        ("office:gb-cds", "2018-02-07", "person:peach"),
        ("office:gb-cds", "2019-03-12", "person:nick-carter"),
        ("office:gb-cds", "2023-01-10", "person:tony-radakin"),
        ("office:au-cdf", "2008-05-01", "person:angus-houston"),
        ("office:au-cdf", "2018-02-07", "person:mark-binskin"),
        ("office:au-cdf", "2020-06-01", "person:angus-campbell"),
        ("office:us-cjcs", "1991-02-01", "person:powell"),
        ("office:us-cjcs", "2019-03-12", "person:joseph-dunford"),
        ("office:us-cjcs", "2024-03-05", "person:charles-q-brown"),
    ],
)
def test_the_chief_of_a_day(office: str, day: str, person: str) -> None:
    assert holders(office, day) == [person]


@pytest.mark.parametrize(
    ("text", "ident"),
    [
        ("UK Chief of the Defence Staff", "office:gb-cds"),
        ("英国国防参谋长", "office:gb-cds"),
        ("英國國防參謀長", "office:gb-cds"),
        ("Australia's Chief of the Defence Force", "office:au-cdf"),
        ("澳洲國防軍司令", "office:au-cdf"),
        ("Chairman of the Joint Chiefs of Staff", "office:us-cjcs"),
        ("美军参谋长联席会议主席", "office:us-cjcs"),
        ("米統合参謀本部議長", "office:us-cjcs"),
        ("Angus Houston", "person:angus-houston"),
        ("Tony Radakin", "person:tony-radakin"),
    ],
)
def test_the_offices_and_names(text: str, ident: str) -> None:
    assert [m.ids for m in gazetteer().match(text)] == [(ident,)]


def _parties(text: str, *sides: str) -> list[set[str]]:
    return [set(e.actors) | set(e.involved) for e in events_in_case(text, *sides)]


def test_two_chiefs_named_by_their_titles_are_the_holders_of_the_day() -> None:
    text = (
        "Note\n\n1 July 2017\n\nOn 3 May 2016 the British Chief of the Defence Staff held talks in Canberra "
        "with Australia's Chief of the Defence Force.\n"
    )
    found = _parties(text, "GB", "AU")
    assert any({"person:nicholas-houghton", "person:mark-binskin"} <= ids for ids in found), found


def test_another_states_chief_of_defence_force_is_not_australias() -> None:
    text = "Note\n\n1 July 2024\n\nIn June 2023 New Zealand's Chief of Defence Force visited Canberra.\n"
    found = _parties(text, "NZ", "AU")
    assert not any("person:angus-campbell" in ids for ids in found), found


def test_another_states_joint_chiefs_chairman_in_japanese_is_not_americas() -> None:
    text = "報道発表\n\n令和6年3月8日\n\n7日、ヨルダン軍の統合参謀本部議長が東京で統合幕僚長と会談しました。\n"
    found = _parties(text, "JP", "JO")
    assert not any("person:charles-q-brown" in ids or "US" in ids for ids in found), found
