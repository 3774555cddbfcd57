"""lay89 (fifty-eighth session), issue 12: a report's numbered paragraphs wrapped at the page's width, heads parted
by a page's turn, and (below) the tools rules. Every input is written here, in other words than the dev and parked
documents, with traps."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from allyscope import parse_text

_WRAPPED = """Annual review of port safety
I. Overview
1. Inspectors visited every container terminal on the coast during the year and
reported that most operators had brought their cranes and lighting up to the code.
2. Two terminals were closed for a week after inspectors found damaged mooring gear
and unlit walkways, and both reopened once the repairs had been checked on site.
II. Findings
3. Accidents on the quays fell for the second year, while near misses reported by
crews rose, which the inspectors read as a sign that crews now report more often.
"""


def _heads(text: str) -> list[tuple[str, str]]:
    return [(h.label, h.title) for h in parse_text(text).headings]


def test_numbered_paragraphs_wrapped_at_the_width_are_no_heads() -> None:
    assert _heads(_WRAPPED) == [("I", "Overview"), ("II", "Findings")]
    doc = parse_text(_WRAPPED)
    assert "1. Inspectors visited every container terminal on the coast during the year and reported" in doc.text


def test_a_short_numbered_head_over_its_text_stays_a_head() -> None:
    text = """Annual review of port safety
1. Overview
Inspectors visited every container terminal on the coast during the year and
reported that most operators had brought their cranes and lighting up to the code.
2. Findings
Accidents on the quays fell for the second year, while near misses reported by
crews rose, which the inspectors read as a sign that crews now report more often.
"""
    assert _heads(text) == [("1", "Overview"), ("2", "Findings")]


def test_a_wide_head_wrapped_onto_a_short_line_stays_a_head() -> None:
    # the head's second line is short and ends no sentence: a head wrapped, not a paragraph
    text = """Annual review of port safety
1. Inspection of container terminals, bulk cargo quays and passenger piers along
the coast
Inspectors visited every container terminal on the coast during the year and
reported that most operators had brought their cranes and lighting up to the code.
2. Findings
Accidents on the quays fell for the second year, while near misses reported by
crews rose, which the inspectors read as a sign that crews now report more often.
"""
    labels = [label for label, _ in _heads(text)]
    assert labels == ["1", "2"]


_TURN = """Report of the harbour board
I. Work of the board
A. Dredging
The board dredged the outer channel twice, in spring and in autumn, to keep its depth.
- 2 -
B. Pilotage
Pilots guided more ships into the port than in any year before, most of them at night.
C. Moorings
New mooring buoys were laid in the anchorage, each of them checked by divers.
- 3 -
"""


def test_heads_parted_by_a_page_turn_are_no_list() -> None:
    heads = _heads(_TURN.replace("The board dredged the outer channel twice, in spring and in autumn, to keep its depth.\n", ""))
    assert ("A", "Dredging") in heads and ("B", "Pilotage") in heads  # `A.` empty at a page's foot, `B.` over the next


def test_a_list_running_over_a_page_turn_stays_a_list() -> None:
    text = """Report of the harbour board
The board set itself three tasks for the year, which it reports on below in turn.
1. dredge the outer channel
2. renew the pilots' launches
- 2 -
3. lay new mooring buoys
The first two were done by the summer, the third by the end of the year.
- 3 -
"""
    assert _heads(text) == []


_WORDS = st.lists(
    st.sampled_from(["survey", "teams", "reported", "the", "coast", "during", "inspection", "and", "of", "ports"]),
    min_size=30,
    max_size=30,
)
_FULL = [  # lines of 78 to 81 characters: the page's width
    "Inspectors visited every container terminal on the coast during the year and",
    "reported that most operators had brought their cranes and lighting up to code.",
    "Accidents on the quays fell for the second year, while near misses reported by",
    "crews rose, which the inspectors read as a sign that crews now report more often.",
]


def _fill(words: list[str], width: int) -> str:
    line = ""
    for word in words:
        if len(line) + 1 + len(word) > width:
            break
        line = f"{line} {word}" if line else word
    return line


@settings(max_examples=40, deadline=None)
@given(first=_WORDS, second=_WORDS, number=st.integers(min_value=1, max_value=40), width=st.integers(76, 80))
def test_a_numbered_line_running_on_in_lower_case_at_full_width_is_no_head(
    first: list[str], second: list[str], number: int, width: int
) -> None:
    head = _fill([f"{number}.", "Inspection", *first], width)
    rest = _fill(second, width)
    assume(len(head) >= 74 and len(rest) >= 74)  # nine tenths of the page's width or more
    text = "\n".join(["Annual review", *_FULL, head, rest, rest + ".", *_FULL]) + "\n"
    doc = parse_text(text)
    assert doc.headings == [] or all(not h.title.startswith("Inspection") for h in doc.headings)
    assert head in doc.text
