"""A department's own page calls its head `the Secretary`: under a head line naming the issuing state and its
department (`U.S. Department of State`, `U.S. Department of Defense`), the bare word is that state's office of the
department's role, and the holder of the event's date follows (enact78, issue 14 item 3;
allyscope/discourse_issuer_en.py `bare_titles`, discourse.json 'issuers' 'english' 'bare_titles'). Traps: the word
inside longer titles (`Secretary of State`, `the Secretary General`, `the Deputy Secretary`, `Secretary-General`),
before a name (`Secretary Esper`), in lower case, on a page with no department head (a news story, a government's
release, two issuers). The pages are written for these tests, about other states, people and dates than the dev
documents that showed the shape (`presser_en_us_denmark_dca_briefing`, `press_en_us_kazakhstan_astana_readout`)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import allyscope
from allyscope.discourse import issued_titles
from allyscope.entities import gazetteer

STATE = "U.S. Department of State\nOffice of the Spokesperson\nJune 3, 2019\n\n"
DEFENSE = "U.S. Department of Defense\nReadout\nMarch 16, 2022\n\n"


def _secretaries(text: str) -> list[tuple[str, tuple[str, ...]]]:
    """(the text of each mention `issued_titles` reads as a bare `Secretary`, its ids)."""
    g = gazetteer()
    return [(text[m.start : m.end], m.ids) for m in issued_titles(text, g.match(text), g) if m.alias == "Secretary"]


def test_the_secretary_of_a_state_department_page_is_its_secretary_of_state() -> None:
    text = STATE + "The Secretary met Foreign Minister Heiko Maas in Berlin on May 31."
    assert _secretaries(text) == [("Secretary", ("office:us-secstate",))]
    (event,) = allyscope.extract(text).events
    assert {"US", "person:pompeo", "DE", "person:heiko-maas"} <= set(event.actors)


def test_the_secretary_of_a_defense_page_is_its_secretary_of_defense() -> None:
    text = DEFENSE + "The Secretary hosted Indonesian Minister of Defense Prabowo Subianto in Washington today."
    assert _secretaries(text) == [("Secretary", ("office:us-secdef",))]
    (event,) = allyscope.extract(text).events
    assert {"US", "person:lloyd-austin", "ID", "person:prabowo"} <= set(event.actors)


def test_the_possessive_is_read_too() -> None:
    text = STATE + "During the Secretary's stop in Berlin on May 31 he met Foreign Minister Heiko Maas."
    assert _secretaries(text) == [("Secretary", ("office:us-secstate",))]


@pytest.mark.parametrize(
    "body",
    [
        "The Deputy Secretary met Foreign Minister Heiko Maas in Berlin on May 31.",
        "The Secretary General of NATO met Foreign Minister Heiko Maas in Berlin on May 31.",
        "The Secretary-General met Foreign Minister Heiko Maas in Berlin on May 31.",
        "The Secretary Esper met Foreign Minister Heiko Maas in Berlin on May 31.",
        "Foreign Minister Heiko Maas told the secretary of the committee on May 31 that he would come.",
        "The Secretary of the Navy met Foreign Minister Heiko Maas in Berlin on May 31.",
    ],
)
def test_the_word_inside_other_titles_is_not_read(body: str) -> None:
    assert _secretaries(STATE + body) == []


@pytest.mark.parametrize(
    "head",
    [
        "WASHINGTON, June 3 (Allyscope Wire) -\n\n",  # a news story's dateline
        "New Zealand Government\nMedia release\n3 June 2019\n\n",  # a government, not one department
        "U.S. Department of State\nAustralian Government\nJoint media statement\n\n",  # two issuers
        "Media note\nJune 3, 2019\n\n",  # no issuer at all
    ],
)
def test_without_a_departments_head_the_word_stays_unread(head: str) -> None:
    assert _secretaries(head + "The Secretary met Foreign Minister Heiko Maas in Berlin on May 31.") == []


@settings(max_examples=60, deadline=None)
@given(
    words=st.lists(
        st.sampled_from(
            ["The", "the", "Secretary", "Secretary's", "of", "General", "-", "Deputy", "Esper", "met", ".", "\n"]
        ),
        max_size=16,
    ),
    glue=st.sampled_from([" ", "", "\t"]),
    head=st.sampled_from([STATE, DEFENSE, "Media note\n\n"]),
)
def test_a_bare_secretary_is_read_only_after_the_and_before_no_name(words: list[str], glue: str, head: str) -> None:
    """Whatever the body, each mention the rule adds is a whole word `Secretary` with `the` or `The` before it and no
    `of`, hyphen or capitalised word after it, read as one US office of the head's department; the mentions the
    gazetteer read are kept as they were."""
    text = head + glue.join(words)
    g = gazetteer()
    before = g.match(text)
    after = issued_titles(text, before, g)
    added = [m for m in after if m.alias == "Secretary" and m.basis == "title" and m not in before]
    for m in added:
        assert text[m.start : m.end] == "Secretary"
        assert text[: m.start].rstrip(" \t").endswith(("the", "The"))
        assert not re.match(r"-|[ \t]+(?:of|for|to)\b|[ \t]+[A-Z]", text[m.end :])
        assert m.ids == ({STATE: "office:us-secstate", DEFENSE: "office:us-secdef"}[head],)
    assert {(m.start, m.end) for m in before} <= {(m.start, m.end) for m in after}
