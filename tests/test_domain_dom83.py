"""Talks and the instrument made at them, told in one sentence, are two events, each with its own domain (dom83).

Issue 14's largest class of domain misses on dev is talk against instrument (216 at START). Read event by event,
45 of them were one shape: a meeting or a visit and the instrument signed, issued or agreed at it, told in one
sentence, where the extractor found one event for the two acts — so the meeting took the instrument's domain, or the
instrument the visit's. The codebook (rule 1 and rule 7; "A visit that also establishes something", dom60; "A visit
and what is done during it", rec47) counts them as two events, each coded by its own act. Two ways of telling the
second act were not cut off:

- English: `met … and they signed …`, `held talks …, and the two signed …` — a subject of the two sides named by
  `they` or by a number alone (the cut knew `the two leaders signed`, a number and a noun);
- Chinese: `…总统访捷期间，两国建立…`, `…訪蒙期間，兩國將關係提升為…` — a visit written as `访`/`訪` and the host's
  one-character short form, when that form is not among the few the visit cue listed (`访华`, `訪日`).

The sentences here are written for these tests, with other states and other words than dev's; traps: talks about
an instrument (one act), an instrument to be signed later (not done), an interview (`访谈期间`, no visit).
"""

from __future__ import annotations

import re

import pytest
from helpers import case_of
from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope import parse_text
from allyscope.evaluate import NOT_HAPPENED
from allyscope.event_segments import coordinated_cuts
from allyscope.events import extract_events
from allyscope.events_domain import patterns
from allyscope.scripts import fold
from tests.event_generator import name_of, state_ids

PD, INST = "political-dialogue", "institutional"
_CLDR = {"en": "en", "zh-Hans": "zh", "zh-Hant": "zh_Hant"}

# (language, sentence, the domains of its events in order): talks or a visit and the instrument made at them
TWO_ACTS = [
    (
        "en",
        "The foreign ministers of {a} and {b} met in the capital on 3 May 2019 and they signed an extradition treaty.",
        [PD, INST],
    ),
    (
        "en",
        "On 12 June 2021 the defence ministers of {a} and {b} held talks in the capital, and the two signed a "
        "memorandum on logistics.",
        [PD, INST],
    ),
    (
        "en",
        "The prime minister of {a} held talks with the president of {b} on 8 March 2018 and they issued a joint "
        "statement on trade.",
        [PD, INST],
    ),
]
# (language, text with {a} the visitor's state, the host's one-character short form written in, domains)
VISIT_SPANS = [
    ("zh-Hans", "2019年5月，{a}总统访缅期间，两国签署了投资保护协定。", "MM", [PD, INST]),
    ("zh-Hant", "2010年6月，{a}總理訪柬期間，兩國將關係提升為全面合作夥伴關係。", "KH", [PD, INST]),
    ("zh-Hans", "2016年9月，{a}总理访泰期间，两国建立全面战略伙伴关系。", "TH", [PD, INST]),
]
# traps: one act, or a second act that is not done
ONE_ACT = [
    (
        "en",
        "The foreign ministers of {a} and {b} met in the capital on 3 May 2019 and discussed the extradition treaty.",
        [PD],
    ),
    (
        "en",
        "The foreign ministers of {a} and {b} met in the capital on 3 May 2019, and they will sign a treaty next year.",
        [PD],
    ),
]
INTERVIEW = ("zh-Hans", "2019年5月，{a}外长在接受媒体访谈期间表示，两国关系良好。", "MM", [PD])


def _domains(language: str, text: str, pair: tuple[str, str]) -> list[str]:
    """The domains of the events the extractor finds in `text`, in order, with the pair's case active."""
    a, b = (name_of(i, _CLDR[language]) for i in pair)
    body = "Notes\n\n" + text.format(a=a, b=b) + "\n"
    with case_of(*pair):
        # what the text states as done, as the scorer reads it (a treaty to be signed is no happening)
        return [e.domain for e in extract_events(parse_text(body), "t") if e.mode not in NOT_HAPPENED]


@pytest.mark.parametrize(("language", "text", "domains"), TWO_ACTS + ONE_ACT)
@pytest.mark.parametrize("pair", [("KE", "UG"), ("VN", "LA"), ("MN", "KZ")])
def test_talks_and_the_instrument_signed_at_them_are_two_events(
    language: str, text: str, domains: list[str], pair: tuple[str, str]
) -> None:
    """Each act of the sentence is an event of its own domain; talks about an instrument, or an instrument to be
    signed, stay one event (the talks)."""
    assert _domains(language, text, pair) == domains, text


@pytest.mark.parametrize(("language", "text", "host", "domains"), [*VISIT_SPANS, INTERVIEW])
@pytest.mark.parametrize("visitor", ["SG", "KE", "CL"])
def test_a_visit_span_written_with_the_hosts_short_form_is_the_visit(
    language: str, text: str, host: str, domains: list[str], visitor: str
) -> None:
    """`…访缅期间，两国签署…`: the visit, then the act done during it (rec47, dom60); an interview is no visit."""
    assert _domains(language, text, (visitor, host)) == domains, text


@pytest.mark.parametrize(
    ("sentence", "cut"),
    [
        ("They met on Monday and they signed a plan.", True),
        ("They held talks, and the two signed a roadmap.", True),
        ("They held talks, and the two leaders witnessed the signing.", True),  # as before (a number and a noun)
        ("They met on Monday and discussed the plan.", True),  # a verb in the past after `and`, as before
        ("They met on Monday and they will sign a plan.", False),  # not done
        ("The ministers who met said they would sign.", False),
    ],
)
def test_the_sides_named_by_they_or_a_number_open_a_clause_of_their_own(sentence: str, cut: bool) -> None:
    assert bool(coordinated_cuts(sentence, 0, len(sentence))) is cut


@pytest.mark.parametrize(
    ("clause", "visit"),
    [
        ("总统访缅期间", True),
        ("總理訪柬期間", True),
        ("外长访捷之行", True),
        ("访华期间", True),  # as before
        ("接受媒体访谈期间", False),
        ("代表团访团期间", False),
        ("访问期间", True),  # as before, by `访问`
    ],
)
def test_the_visit_cue_reads_a_short_form_before_a_word_of_the_trip(clause: str, visit: bool) -> None:
    visits = next(t for t in patterns()["types"] if t["cameo"] == "042")
    assert bool(re.search(visits["pattern"], fold(clause))) is visit


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=120))
def test_cuts_are_ordered_places_inside_the_sentence(text: str) -> None:
    """`coordinated_cuts` answers for any text with places inside it, in order."""
    cuts = coordinated_cuts(text, 0, len(text))
    assert cuts == sorted(cuts)
    assert all(0 <= cut <= len(text) for cut in cuts)


@settings(max_examples=25, deadline=None)
@given(
    case=st.sampled_from(TWO_ACTS),
    pair=st.lists(st.sampled_from(state_ids()), min_size=2, max_size=2, unique=True),
)
def test_renaming_the_states_never_changes_the_two_events(case: tuple[str, str, list[str]], pair: list[str]) -> None:
    """Whatever two states the sentence names, its two acts keep their domains: the cut reads words, no state."""
    language, text, domains = case
    assert _domains(language, text, (pair[0], pair[1])) == domains, (pair, text)
