"""Terms of office at work in extraction: what a named person brings in depends on the offices they held on the
event's date, and an office named on a date brings in its holder (basis `term-of-office`).

The sentences are written for this test; the facts (who held which office when) are public.
"""

from __future__ import annotations

import pytest

from allyscope.entities import acting_for, gazetteer
from allyscope.events import Event
from allyscope.model import Document
from allyscope.pipeline import analyse, parse_text


def _events(body: str) -> list[Event]:
    doc: Document = analyse(parse_text(f"Test document\n\n{body}\n"))
    return list(doc.events)


def _only(body: str) -> Event:
    events = _events(body)
    assert len(events) == 1, [e.summary for e in events]
    return events[0]


def test_a_person_in_office_brings_in_what_the_office_acts_for() -> None:
    event = _only("In March 2017, Stoltenberg visited Tokyo for talks.")
    assert "person:stoltenberg" in event.actors and "NATO" in event.actors
    assert "person:stoltenberg" not in event.actor_basis


def test_a_person_outside_every_term_stays_without_the_office_inference() -> None:
    event = _only("In March 2026, Stoltenberg visited Tokyo for talks.")  # no longer Secretary General
    assert "person:stoltenberg" in event.actors and "NATO" not in event.actors
    assert event.actor_basis["person:stoltenberg"] == "out-of-term"


def test_a_person_with_offices_in_two_bodies_acts_for_the_one_held_on_the_date() -> None:
    assert acting_for("person:solana", "1997-05") == ["NATO"]
    assert acting_for("person:solana", "2005") == ["EU"]
    assert acting_for("person:solana", "199X") is None  # too vague to check a term
    assert acting_for("person:robertson", "1998-06-01") == ["GB"]


@pytest.mark.parametrize(
    ("sentence", "holder"),
    [
        ("2016年5月，北约秘书长访问日本并举行会谈。", "person:stoltenberg"),
        ("2005年，北约秘书长访问日本并举行会谈。", "person:de-hoop-scheffer"),
        ("On 18 May 2023 the British Prime Minister met his Japanese counterpart in Hiroshima.", "person:sunak"),
        ("2012年10月，美國國務卿訪問日本並舉行會談。", "person:hillary-clinton"),
    ],
)
def test_an_office_named_on_a_date_brings_in_its_holder(sentence: str, holder: str) -> None:
    event = _only(sentence)
    assert holder in event.actors
    assert event.actor_basis[holder] == "term-of-office"


def test_an_office_that_changed_hands_within_the_date_names_no_one() -> None:
    event = _only("2014年，北约秘书长访问日本并举行会谈。")  # Rasmussen until October, then Stoltenberg
    assert not [i for i in event.actors if gazetteer().entity(i)["type"] == "person"]


def test_a_former_holders_title_brings_in_no_holder() -> None:
    event = _only("2025年7月，前英国首相访问日本并举行会谈。")
    assert not [i for i in event.actors if gazetteer().entity(i)["type"] == "person"]
    assert "GB" in event.actors


def test_a_title_beside_a_person_who_held_it_is_theirs_not_the_holders_on_the_date() -> None:
    event = _only("In June 2021, Prime Minister Abe visited Brussels.")  # Suga was prime minister then
    assert "person:abe" in event.actors and "person:suga" not in event.actors


def test_people_who_share_a_name_are_told_apart_by_their_terms() -> None:
    assert "person:kono" in _only("In 2018, Kono met NATO officials in Brussels.").actors
    assert "person:kono-yohei" in _only("In 2000, Kono met NATO officials in Brussels.").actors


def test_a_person_is_never_dropped_for_another_persons_term() -> None:
    event = _only("On 1 November 2024, Iwaya met Solana in Tokyo.")  # Solana long out of office: still named
    assert {"person:iwaya", "person:solana"} <= set(event.actors)
    assert event.actor_basis.get("person:solana") == "out-of-term"


def test_the_event_json_carries_the_basis() -> None:
    event = _only("2016年5月，北约秘书长访问日本并举行会谈。")
    assert event.as_json()["actor_basis"] == {"person:stoltenberg": "term-of-office"}
