"""A sentence opening with `Its <body>` carries the state that opens the sentence before it (enact76, issue 14 item 3;
english_references.json 'possessed', allyscope/discourse_possessed.py): `<State> … . Its parliament voted on <date>`
is that state's act. Traps: a sentence before that opens with something else (an organization, a ship named like a
capital, a date) or names the state only inside it, a noun that is no state's body (`Its provisions`, `Its crew`), and
`its` inside a sentence leave the pronoun unread. The sentences are written for these tests, about other states, bodies
and dates than the dev documents that showed the shape (`news_en_baltic_states_arms_control_treaties`,
`press_en_montenegro_nato_accession`)."""

from __future__ import annotations

import pytest
from helpers import events_in_case as _events
from helpers import party_names as _names
from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.discourse_possessed import POSSESSED, possessed_states
from allyscope.entities import EntityMention, gazetteer


def _read(text: str) -> list[EntityMention]:
    """The pronouns the gazetteer's matching (which runs the English references) read as possessed."""
    return [m for m in gazetteer().match(text) if m.basis == POSSESSED]


def test_the_stage_alone_reads_the_pronoun_once() -> None:
    text = "Chile sent engineers to Haiti in 2004. Its troops left on 14 October 2017."
    g = gazetteer()
    without = [m for m in g.match(text) if m.basis != POSSESSED]
    assert [m.ids for m in possessed_states(text, without, g)] == [("CL",)]
    assert possessed_states(text, g.match(text), g) == []  # a pronoun read already stays as it is


def _dated(text: str, date: str, *sides: str) -> set[str]:
    found = [e for e in _events(text, *sides) if e.date == date]
    assert found, [(e.date, e.evidence.text) for e in _events(text, *sides)]
    return set().union(*(_names(e) for e in found))


CARRIED = [
    (
        "Norway and the Treaty\n\nNorway has long argued for a ban on nuclear tests. Its parliament approved the "
        "ratification of the treaty on 2 June 1999.\n",
        "1999-06-02",
        ("NO",),
        "Norway",
    ),
    (
        "Chile and the United Nations\n\nChile sent a first company of engineers to Haiti in 2004. Its troops "
        "handed their camp to the mission's new contingent on 14 October 2017.\n",
        "2017-10-14",
        ("CL",),
        "Chile",
    ),
]


@pytest.mark.parametrize(("text", "date", "sides", "state"), CARRIED)
def test_its_body_is_the_state_opening_the_sentence_before(
    text: str, date: str, sides: tuple[str, ...], state: str
) -> None:
    assert state in _dated(text, date, *sides)


@pytest.mark.parametrize(
    "text",
    [
        # the sentence before opens with an organization, not a state
        "NATO opened a liaison office in 2019. Its soldiers trained in Estonia on 3 May 2021.",
        # the state is named inside the sentence before, not as its subject
        "The frigate sailed from Chile on 2 March 2020. Its crew reached port a week later.",
        "The treaty was signed in Norway. Its government approved it on 2 June 1999.",
        # a noun that is no state's body
        "Norway signed the treaty in 1998. Its provisions entered into force on 2 June 1999.",
        "Chile joined the programme in 2004. Its first phase ended on 14 October 2017.",
        # `its` inside the sentence
        "Chile said on 14 October 2017 that its troops would stay.",
        # a date opens the sentence before
        "In 2004 Chile sent engineers to Haiti. Its troops left on 14 October 2017.",
    ],
)
def test_traps_leave_the_pronoun_unread(text: str) -> None:
    assert _read(text) == []


def test_the_pronoun_is_read_with_its_own_basis() -> None:
    text = "Norway has argued for a ban. Its parliament approved the treaty on 2 June 1999."
    [m] = _read(text)
    assert (m.alias, m.ids, m.basis) == ("Its", ("NO",), POSSESSED)


@settings(max_examples=60, deadline=None)
@given(
    before=st.text(alphabet=st.sampled_from(list("abcdefgh .,\nItsNorwayChile")), max_size=80),
    after=st.text(alphabet=st.sampled_from(list("abcdefgh .,\nItsparliament")), max_size=80),
)
def test_a_read_pronoun_is_its_own_word_and_names_one_state(before: str, after: str) -> None:
    """Whatever the text around, a pronoun read is `Its` as written at its place and names one state alone."""
    text = f"{before}Norway voted. Its parliament met.{after}"
    g = gazetteer()
    for m in _read(text):
        assert text[m.start : m.end] == "Its" == m.alias
        assert len(m.ids) == 1 and g.entities[m.ids[0]]["type"] == "state"
