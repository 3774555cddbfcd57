"""`, where` after a meeting told by its verb and place opens an act of its own (issue 14, recall; branch rec87).

rec47 and dom58 cut `, where` and a subject with a past verb after a meeting's noun (`co-chaired the council, where
their ministers signed …`) or a visit to a named place (`visited Lima, where …`): the act done there is a second
event. Dev tells the same act after a meeting told by its verb and its place (`met the Italian and Japanese Defence
Ministers in Tokyo, where the three agreed …`, `presser_en_uk_italy_japan_gcap_written_answer`; `held talks with Modi
at Hyderabad House, where the two leaders agreed …`, `academic_en_uk_india_trade_partnership`):
documents of two sessions, read as one act before. A visit with its own date before `, where`
(`visited Lima on 5 May 2021, where …`) stays uncut, as tests/test_recall_second_acts.py reads it (tried and
dropped: it also cut `joint_en_us_philippines_leaders_2023`, whose gold leaves that agreement out).

The tests are in other words. Traps: a signing at a summit named as its venue (`signed … at the Vilnius summit,
where …`: the meeting sets the scene), a place with no meeting or visit before it, a plan."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.event_segments import coordinated_cuts


def _where_cut(sentence: str) -> bool:
    return any(sentence.startswith(", where", cut) for cut in coordinated_cuts(sentence, 0, len(sentence)))


def test_ministers_met_in_a_capital_where_they_agreed_is_cut() -> None:
    assert _where_cut(
        "On 4 May 2021 the foreign minister met her Korean counterpart in Seoul, where the two agreed to resume talks."
    )


def test_talks_held_at_a_named_house_where_the_leaders_signed_is_cut() -> None:
    assert _where_cut(
        "The prime minister held talks with Albanese at Parliament House, where the two leaders signed a roadmap."
    )


def test_a_visit_with_its_own_date_before_where_stays_uncut() -> None:
    assert not _where_cut("The minister paid an official visit to Vienna on 3 April 2019, where she met the premier.")


# --- traps ----------------------------------------------------------------------------------------------------------


def test_a_signing_at_a_summit_named_as_its_venue_is_not_cut() -> None:
    assert not _where_cut("The minister signed the accord at the Vilnius summit, where the allies also adopted a plan.")


def test_a_place_with_no_meeting_or_visit_before_it_is_not_cut() -> None:
    assert not _where_cut("The frigate was built in Nagasaki, where the yard employed thousands.")


def test_a_meeting_to_come_is_no_act_told_done() -> None:
    import allyscope

    doc = allyscope.extract(
        "Relations\n\nThe minister will meet his counterpart in Rome next week,"
        " where the two are expected to sign a plan.\n"
    )
    assert [e for e in doc.events if e.mode == "asserted"] == []


# --- properties -----------------------------------------------------------------------------------------------------

_PLACES = st.sampled_from(["Tokyo", "Hyderabad House", "the Elysee Palace", "Canberra", "New Delhi"])
_ACTS = st.sampled_from(["agreed to", "signed a", "held talks on", "witnessed the"])


@settings(max_examples=40)
@given(place=_PLACES, act=_ACTS)
def test_any_meeting_at_a_named_place_then_where_and_a_past_verb_is_cut(place: str, act: str) -> None:
    sentence = f"On 2 June 2022 the minister met her counterpart at {place}, where the two {act} plan."
    if place[0].isupper() or place.startswith("the "):
        assert _where_cut(sentence)
    for cut in coordinated_cuts(sentence, 0, len(sentence)):
        assert 0 < cut < len(sentence)
