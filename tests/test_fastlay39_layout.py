"""Speed work on the layout stage (fastlay39): each shortcut against the reading it replaces, on generated
lines, so that a shortcut that answers otherwise fails here (outputs identical is the rule of this work)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.layout import edge_blocks
from allyscope.layout.furniture import FURNITURE
from allyscope.layout.lines import split_lines

_WORDS = ["", "In this issue", "Trade", "Talks", "A sentence ends.", "Trade", "Tra", "de", "Talks and trade"]


@settings(max_examples=150)
@given(
    st.lists(st.sampled_from(_WORDS), max_size=30),
    st.lists(st.booleans(), max_size=30),
    st.integers(0, 32),
    st.data(),
)
def test_prints_screened_in_the_raw_text_as_a_scan(
    contents: list[str], furniture: list[bool], reach: int, data: st.DataObject
) -> None:
    """Where a line is printed again below, asked first of the raw text (a line whose words stand once in it is
    printed nowhere else), as by scanning the lines under it: words standing inside longer lines (`Tra`, `de`
    in `Trade`), lines whose role changed after the prints were made, starts at or above the line itself."""
    raw = "\n".join(contents)
    lines = split_lines(raw)
    prints = edge_blocks._Prints(lines, reach, raw)
    for line, taken in zip(lines, furniture, strict=False):
        if taken:
            line.role = FURNITURE
    for index in range(len(lines)):
        start = data.draw(st.integers(0, len(lines) + 1))
        assert prints.below(index, start) == edge_blocks._printed_below(lines, index, start)


def test_once_counts_places_of_the_text() -> None:
    assert edge_blocks._once("Trade\nTalks\n", "Talks")
    assert not edge_blocks._once("Trade\nTalks\nTalks", "Talks")
    assert not edge_blocks._once("aaa\naa", "aa")  # overlapping and inside a longer line: more than once
    assert not edge_blocks._once("Talks", "")


def test_contents_list_under_its_label_still_read() -> None:
    """A contents list (two entries under a short label, each printed again as a head over text) is taken with
    the raw text given, as without it."""
    raw = "\n".join(
        [
            "In this issue",
            "Port talks resume",
            "Coast guard drills",
            "",
            "Port talks resume",
            "The two ministers met on Monday and agreed to talk again.",
            "",
            "Coast guard drills",
            "Crews practised boarding a ship at dawn near the port.",
        ]
    )
    for given_raw in ("", raw):
        lines = split_lines(raw)
        edge_blocks._contents(lines, given_raw)
        assert [line.role for line in lines[:3]] == [FURNITURE] * 3
        assert lines[4].role != FURNITURE
