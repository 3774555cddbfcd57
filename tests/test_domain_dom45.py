"""A visit told as the occasion of another act keeps the visit's domain (issue 14 item 5, branch dom45).

The codebook (tests/corpora/events/README.md) counts a visit and an act done during it in one sentence as two events,
the visit first, `political-dialogue`. Where the extractor reads one event at the visit's date, its domain came from
the act done during the visit (a signing, a joint statement: `institutional`), so the visit took the other act's
segment. `visit_as_occasion` (allyscope/events_domain.py; data `domain_cues.occasion`) reads the domain in the visit's
own words when a visitor's visit is told as the occasion (`…訪問の際に`, `…访问期间`, `during his visit`, `paid a
visit to …, where`) and an act follows it. The sentences are written for these tests about a pair no rule names
(Chile and Peru); each is checked against its contrast: a visit referred back without its visitor (`访问期间，双方…`)
or the occasion of an act whose subject stands before it (`两国在…访问期间签署`) leaves the act its own domain.
"""

from __future__ import annotations

import pytest
from helpers import case_of

from allyscope import parse_text
from allyscope.events import extract_events
from allyscope.events_domain import patterns, rule_domain, visit_as_occasion
from allyscope.scripts import fold

PD, INS = "political-dialogue", "institutional"


def _events(text: str) -> list[tuple[str, str]]:
    with case_of("CL", "PE"):
        return [(e.date, e.domain) for e in extract_events(parse_text("Chile and Peru\n\n" + text + "\n"), "t")]


OCCASIONS = [
    ("ja", "2019年3月4日、チリ大統領のリマ訪問の際に両国は漁業協定に署名した。"),
    ("zh-Hans", "2019年3月4日，智利总统此次访问期间两国签署了渔业协定。"),
    ("zh-Hant", "2019年3月4日，智利總統訪秘期間兩國簽署了漁業協定。"),
]


@pytest.mark.parametrize(("language", "text"), OCCASIONS)
def test_the_visit_told_as_an_occasion_keeps_its_own_domain(language: str, text: str) -> None:
    found = _events(text)
    assert found and found[0][1] == PD, (language, found)


CONTRASTS = [
    # the visit referred back without its visitor: the act told is the event
    ("zh-Hans", "2019年3月4日，访问期间，双方签署了渔业协定。"),
    # no visit told as an occasion at all
    ("ja", "2019年3月4日、両国はリマで漁業協定に署名した。"),
]


@pytest.mark.parametrize(("language", "text"), CONTRASTS)
def test_an_act_not_done_on_a_visitors_occasion_keeps_the_acts_domain(language: str, text: str) -> None:
    assert _events(text) == [("2019-03-04", INS)], (language, text)


def test_an_act_whose_subject_stands_before_a_visitors_occasion_keeps_the_acts_domain() -> None:
    """The subject before the occasion did the act, so the signing keeps its own domain; the visit told with its
    visitor and its place (`智利總統訪秘期間`) is an act of its own as well (dom83; the corpus's golds read such a
    visit so, as one82's convention for a visit as the setting of an act says), with the visit's domain."""
    found = _events("兩國在2019年3月4日智利總統訪秘期間簽署了漁業協定。")
    assert ("2019-03-04", INS) in found, found
    assert all(domain in (INS, PD) for _, domain in found) and len(found) <= 2, found


def test_an_english_visit_paid_or_during_which_an_act_was_done_is_read_in_its_own_words() -> None:
    # (the extractor mostly reads two events here, each from its own piece; a clause read as one is the visit's)
    for clause in (
        "In March 2019 the Chilean president paid a visit to Lima, where he and his host signed a fisheries treaty.",
        "During her visit to Santiago in May 2020, the Peruvian minister signed a memorandum on fisheries.",
    ):
        assert visit_as_occasion(patterns(), fold(clause), INS) == PD, clause
    # a visit referred back (`during the visit`) is no visitor's occasion: the act's domain stands
    clause = fold("During the visit in May 2020, the two ministers signed a memorandum on fisheries.")
    assert visit_as_occasion(patterns(), clause, INS) == INS


def test_a_visit_with_no_act_after_it_is_left_as_the_clause_gave_it() -> None:
    # the occasion with nothing done after it: the domain the clause gave stands (here a cue of the clause's own)
    clause = fold("2019年3月4日、チリ大統領のリマ訪問の際の漁業協定")
    assert visit_as_occasion(patterns(), clause, INS) == INS
    assert visit_as_occasion(patterns(), clause, PD) == PD


EXPLAINED = [
    "2020年4月2日、ペルー国防省は、チリへの装備供与は訓練用であると説明した。",
    "2020年4月2日、チリ外務省は、ペルーとの防衛協定は第三国を対象とするものではないと説明しました。",
]


@pytest.mark.parametrize("text", EXPLAINED)
def test_what_a_ministry_explains_is_what_it_says(text: str) -> None:
    # `…と説明した`: a verb of saying closing what was said, as `…と述べた` does (data `domain_cues.speech`)
    folded = fold(text)
    assert rule_domain(patterns(), folded, [], folded, 0)[0] == PD, text
