"""Acts told one after another in one English sentence (issue 14 recall, twenty-eighth session): a clause of
sequence (`, after which …`, `, following which …`), `and then` with no comma before it, and talks held after a
welcome in a series of predicates. Sentences written for these tests, in other words than the dev documents that
showed them."""

from __future__ import annotations

from allyscope import extract


def _events(text: str) -> list[tuple[str, str]]:
    return [(e.date, e.type) for e in extract(text).events if e.mode == "asserted"]


def test_a_clause_of_sequence_tells_an_act_of_its_own() -> None:
    found = _events(
        "Talks\n\nOn 14 March 2019 the president held talks with the prime minister in Canberra, following which the"
        " two leaders signed a defence cooperation arrangement.\n"
    )
    assert sorted(found) == [("2019-03-14", "AGREE"), ("2019-03-14", "CONSULT")]
    found = _events(
        "Talks\n\nOn 2 June 2022 the ministers met in Lima, after which the two governments established a strategic"
        " partnership.\n"
    )
    assert len(found) == 2


def test_and_then_needs_no_comma_to_open_the_next_act() -> None:
    found = _events(
        "News\n\nCanberra, 20 March 2019\n\nOn 15 March, the president held talks with the prime minister at"
        " Parliament House and then addressed a joint press conference.\n"
    )
    assert found == [("2019-03-15", "CONSULT"), ("2019-03-15", "CONSULT")]


def test_a_welcome_then_talks_in_a_series_are_two_acts() -> None:
    found = _events(
        "News\n\nCanberra, 20 March 2019\n\nOn 15 March, the president was given a ceremonial welcome at Parliament"
        " House, held official talks with the prime minister and then addressed the press with him.\n"
    )
    assert len(found) == 3


def test_one_meeting_told_with_its_place_stays_one_act() -> None:
    """What these rules must not cut: a meeting with a place and a time phrase after it is one act."""
    found = _events("News\n\nOn 15 March 2019, the president held talks with the prime minister in Canberra.\n")
    assert found == [("2019-03-15", "CONSULT")]


def test_a_joint_press_conference_is_an_act() -> None:
    """`聯合記者會`, `联合记者会`, `共同記者発表`: a joint press conference, as `記者会見` and `press conference` are,
    so it is an act of its own beside a signing."""
    found = _events("協定\n\n2019年4月2日，两国外长签署了引渡条约，并举行联合记者会。\n")
    assert sorted(found) == [("2019-04-02", "AGREE"), ("2019-04-02", "CONSULT")]


def test_an_act_after_a_meeting_named_as_a_meeting_takes_its_day() -> None:
    """`会合後`, `会议后`: what was done after a meeting (`会合`, `会議`, `会议`) told before, as after `会談`."""
    found = _events("閣僚会合\n\n2022年9月3日、3か国の閣僚会合が東京で開かれた。会合後、3大臣は共同声明を発出した。\n")
    assert found == [("2022-09-03", "CONSULT"), ("2022-09-03", "CONSULT")]
