"""A meeting told as an opening `When …` clause, and the act its main clause tells, each an act of its own (dom90).

Issue 14, domain and type of an act, continuing dom89. Counted over all of dev first (the fifty-ninth session's
history tells the counts): English gold events in sentences opening with `When` (17), of which the act of the main
clause was missed or the meeting read by that act's domain (`When X and Y met at …, the two issued a joint
declaration …`: the meeting `institutional`).

- `event_segments.when_clause_cuts`: a sentence that opens with a clause of time (`When X met Y in … on …,`; after a
  speaker's label or a chronology's date too) whose main clause has the sides as its subject (`the two`, `they`,
  `both`, `the two leaders`) and a verb in the past is cut before that main clause: the meeting and the act done at
  it are two events (the codebook's rule 1: the meeting `political-dialogue`, a text issued or a signing witnessed
  `institutional`), as `, and the two signed …` already is;
- `event_segments.reading_span`: the `When` clause so cut off, its date at its end after commas that follow its verb
  (`met at Argyle, in St. Vincent, on 14 December`), is read with its own words, from its start, when the stretch from
  the date to the piece's end has no verb (before, the date's phrase alone was read, with no cue); not across a comma
  that opens a clause of its own. (Asked of every English piece, it lowered a held-out floor: kept to the clause.)

The texts are written for these tests, in other words and on other pairs than dev's. Traps: a question opening with
`When`, a `When` clause whose main clause has a subject of one side or no verb in the past, a `when` clause after the
main clause, a main clause that tells what is to come.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.event_segments import coordinated_cuts, reading_span, when_clause_cuts
from tests.event_generator import name_of
from tests.test_domain_dom85 import _events  # a one-sentence document's events

PD, INST = "political-dialogue", "institutional"
PAIRS = [("NO", "IS"), ("UY", "PY"), ("GH", "TG")]

# a meeting as the `When` clause, an instrument in the main clause: two events, each of its own domain
TWO_ACTS = [
    "When the foreign ministers of {a} and {b} met in the capital on 9 May 2022, the two signed a memorandum on"
    " fisheries.",
    "When the president of {a} met the prime minister of {b} at the palace on 9 May 2022, the two leaders"
    " issued a joint statement on energy.",
    "When the leaders of {a} and {b} held talks in Geneva, on the margins of the conference, on 9 May 2022, they"
    " adopted a joint declaration on trade.",
]


@pytest.mark.parametrize("text", TWO_ACTS)
@pytest.mark.parametrize("pair", PAIRS)
def test_a_meeting_in_a_when_clause_and_the_instrument_after_it_are_two_acts(text: str, pair: tuple[str, str]) -> None:
    body = text.format(a=name_of(pair[0], "en"), b=name_of(pair[1], "en"))
    assert sorted(d for d, _ in _events(body, pair)) == [INST, PD], body


@pytest.mark.parametrize(
    ("sentence", "at"),
    [
        ("When the two ministers met in Oslo on 9 May 2022, the two signed a memorandum.", ", the two signed"),
        ("MINISTER: When I visited Montevideo last spring, we held talks, and they issued a statement.", None),
        ("When the envoys met in Accra on 9 May, they adopted a plan.", ", they adopted"),
        ("When the envoys met in Accra, in the old fort, on 9 May, both leaders signed a plan.", ", both leaders"),
        ("12 March 2022 – When the ministers met in Lomé, the two sides issued a communiqué.", ", the two sides"),
        ("When did the two leaders last meet?", None),  # a question (trap)
        ("When the ministers met in Oslo, the minister of Iceland signed a memorandum.", None),  # one side (trap)
        ("When the ministers meet in Oslo next May, the two will sign a memorandum.", None),  # to come (trap)
        ("The ministers signed a memorandum, when the two met in Oslo.", None),  # `when` after the main clause
        ("When the ministers met in Oslo, the two sides, in a joint statement, welcomed the plan.", None),
    ],
)
def test_where_a_when_clause_is_cut(sentence: str, at: str | None) -> None:
    cuts = when_clause_cuts(sentence, 0, len(sentence))
    if at is None:
        assert cuts == [], (sentence, cuts)
    else:
        assert [sentence[c : c + len(at)] for c in cuts] == [at], (sentence, cuts)
        assert set(cuts) <= set(coordinated_cuts(sentence, 0, len(sentence)))


def test_a_date_at_the_end_of_its_piece_is_read_with_the_piece() -> None:
    sentence = "When the two presidents met at the border, in the town hall, on 9 May 2022, the two signed a treaty."
    piece = (0, sentence.index(", the two signed"))
    date = (sentence.index("on 9 May"), sentence.index("on 9 May") + len("on 9 May 2022"))
    assert reading_span(sentence, piece, date, (0, len(sentence))) == piece
    # a clause of its own after the comma keeps its own stretch (trap)
    other = "Their party had opposed the deal, but the government did not ask for its review in 2025."
    when = (other.index("in 2025"), other.index("in 2025") + len("in 2025"))
    left, right = reading_span(other, (0, len(other)), when, (0, len(other)))
    assert other[left:right].lstrip().startswith("but the government")


_SUBJECTS = st.sampled_from(["the two", "they", "both", "the two leaders", "the two sides"])
_VERBS = st.sampled_from(["signed", "issued", "adopted", "exchanged", "witnessed", "held"])
_PLACES = st.sampled_from(["Oslo", "the capital", "Accra, in the castle", "Geneva, on the margins of the forum"])


@settings(max_examples=60, deadline=None)
@given(subject=_SUBJECTS, verb=_VERBS, place=_PLACES, day=st.integers(1, 28))
def test_any_when_clause_with_the_sides_after_it_is_cut_once(subject: str, verb: str, place: str, day: int) -> None:
    sentence = f"When the ministers met in {place} on {day} May 2022, {subject} {verb} a memorandum."
    cuts = when_clause_cuts(sentence, 0, len(sentence))
    assert [sentence[c:].startswith(f", {subject} {verb}") for c in cuts] == [True], sentence


@settings(max_examples=60, deadline=None)
@given(subject=_SUBJECTS, verb=_VERBS, place=_PLACES)
def test_no_when_clause_no_cut(subject: str, verb: str, place: str) -> None:
    # the same words with no opening `When`: a participle or a list, not a clause of time (trap)
    sentence = f"The ministers, meeting in {place}, {subject} {verb} a memorandum."
    assert when_clause_cuts(sentence, 0, len(sentence)) == []
