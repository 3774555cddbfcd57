"""When a full stop ends an English sentence (issue 14, fifty-third session, branch gaz84;
`allyscope/sentence_stops.py`, data `sentence_stops.json`): a name written with an initial or a title before it
(`Dr. S. Jaishankar`, `H.E. Mr. …`, `Brig. Gen. …`, `Adm. …`) is not cut at the initial's or the title's stop,
while a single capital or an abbreviation that closes its sentence (`… Sultan Muhammad V. That evening …`,
`… with the U.S. The talks …`) is. Sentences written for these tests, in other words than the dev documents."""

from __future__ import annotations

import json
import re
from importlib import resources

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.events import sentences
from allyscope.sentence_stops import latin_sentence_end, sentence_ends


def _data(name: str) -> object:
    return json.loads(resources.files("allyscope.data").joinpath(name).read_text("utf-8"))


def _split(text: str) -> list[str]:
    return [text[a:b].strip() for a, b in sentences(text, 0, len(text))]


def test_the_data_keeps_its_schema() -> None:
    jsonschema.validate(_data("sentence_stops.json"), _data("sentence_stops.schema.json"))


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Secretary Dr. V. K. Singh opened the dialogue with his counterpart.",
        "The ambassador H.E. Mr. Ahmed Ali presented his credentials to the president.",
        "Maj. Gen. Ahmad Khan and Adm. John Aquilino reviewed the drill at the base.",
        "Air Force Brig. Gen. Maria Lopez briefed the committee on the deployment.",
        "President George W. Bush received Prime Minister Koizumi at the ranch.",
        "Capt. Lee and Cmdr. Tan signed the port-visit arrangement.",
        "Sen. Marco Rubio and Rep. Ami Bera met the delegation.",
        "Prof. A. Rahman chaired the panel on maritime law.",
    ],
)
def test_an_initial_or_a_title_before_a_name_does_not_end_the_sentence(text: str) -> None:
    assert _split(text) == [text], _split(text)


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            "The crown was passed to King Charles I. The ceremony ended at noon.",
            ["The crown was passed to King Charles I.", "The ceremony ended at noon."],
        ),
        (
            "The guests were welcomed by Sultan Ahmad V. After the banquet they left for the airport.",
            ["The guests were welcomed by Sultan Ahmad V.", "After the banquet they left for the airport."],
        ),
        (
            "The minister then flew to the U.S. The talks there lasted two days.",
            ["The minister then flew to the U.S.", "The talks there lasted two days."],
        ),
        (
            "Both sides signed annex B. It sets out the timetable.",
            ["Both sides signed annex B.", "It sets out the timetable."],
        ),
        (
            "The review was due in Jan. During the review the ministers met twice.",
            ["The review was due in Jan.", "During the review the ministers met twice."],
        ),
    ],
)
def test_a_capital_or_an_abbreviation_that_closes_its_sentence_ends_it(text: str, parts: list[str]) -> None:
    assert _split(text) == parts


def test_a_word_after_an_initial_that_opens_no_sentence_keeps_the_name_whole() -> None:
    """`Then` opens sentences, `Thenmozhi` is a name: only the whole word counts, and a word a sentence opens with
    must stand alone (followed by no stop or hyphen of a name)."""
    text = "The delegation was led by K. Thenmozhi and arrived on Monday."
    assert _split(text) == [text]


def test_the_discourse_reads_the_same_ends() -> None:
    """`sentence_ends` (the English discourse's sentence boundaries) agrees with the splitter on a title and on a
    regnal numeral that ends a sentence."""
    text = "Brig. Gen. Omar Said met Sultan Ahmad V. Then they left."
    ends = sentence_ends(text)
    assert ends == [text.index(" Then")]


_TITLES = ["Dr.", "Mr.", "Gen.", "Brig.", "Adm.", "Maj.", "Capt.", "Prof.", "Amb."]
_NAME = st.from_regex(r"[A-Z][a-z]{3,8}", fullmatch=True)
_OPENERS = _data("sentence_stops.json")["openers"]  # type: ignore[index]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(_TITLES), st.lists(st.sampled_from("ABCDEFGHJKLMNPRSTVW"), max_size=2), _NAME, _NAME)
def test_any_titled_name_with_initials_stays_in_one_sentence(
    title: str, initials: list[str], given_: str, family: str
) -> None:
    """Whatever the title and the initials, a name `<title> <initials> <Name> <Name>` inside a sentence does not
    cut it, unless a part of it is a word a sentence opens with (then it may: that is the rule)."""
    if given_ in _OPENERS or family in _OPENERS:
        return
    name = " ".join([title, *(f"{i}." for i in initials), given_, family])
    text = f"The talks were chaired by {name} in the capital. The next round follows in May."
    assert len(_split(text)) == 2, _split(text)


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(_OPENERS), st.sampled_from("IVX"), _NAME)
def test_a_regnal_numeral_before_an_opener_ends_the_sentence(opener: str, numeral: str, name: str) -> None:
    text = f"They were received by King {name} {numeral}. {opener} the talks continued."
    assert len(_split(text)) == 2, _split(text)


def test_a_stop_before_lower_case_never_ends_a_sentence() -> None:
    text = "The figure rose to 3.5 per cent, i.e. more than expected."
    at = text.index("i.e.") + 3
    assert not latin_sentence_end(text, at, len(text))
    assert re.search(r"\bi\.e\.", text)
