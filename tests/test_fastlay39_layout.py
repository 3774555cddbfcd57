"""Speed work on the layout stage (fastlay39): each shortcut against the reading it replaces, on generated
lines, so that a shortcut that answers otherwise fails here (outputs identical is the rule of this work)."""

from __future__ import annotations

from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.layout import dating, edge_blocks
from allyscope.layout.furniture import FURNITURE
from allyscope.layout.lines import split_lines
from allyscope.layout.repair import repair_layout
from allyscope.model import Document
from allyscope.structure import stage as structure_stage

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


_EDGE_LINES = [
    "",
    "Coast Guard Talks Resume",
    "发布时间：2023-06-15",
    "June 3, 2024",
    "Published: 12 May 2022 | Updated: 14 May 2022",
    "Vol. 12, No. 3, 2021",
    "（2024年3月）",
    "第 231 號　2024/07/09",
    "The ministers met on 4 April 2023 in Manila.",
    "© 2020 Example Press",
    "Accepted 21 Dec 2023, Published online: 12 Feb 2024",
]


@settings(max_examples=150)
@given(
    st.lists(
        st.tuples(
            st.lists(st.sampled_from(_EDGE_LINES), max_size=8), st.lists(st.sampled_from(_EDGE_LINES), max_size=6)
        ),
        min_size=1,
        max_size=4,
    )
)
def test_document_date_with_lines_read_once_as_without(readings: list[tuple[list[str], list[str]]]) -> None:
    """The date of one document's edge lines asked several times (as `structure` asks it, with and without the
    title's line) with each line's reading kept, as asked afresh each time: front and last lines read alike
    kept apart (a last line gives a labelled date only)."""
    read: dating.DateReadings = {}
    for front, tail in readings:
        assert dating.document_date(front, tail, read) == dating.document_date(front, tail)


_PRINTED = "\n".join(
    [
        "Port State Review  12 May 2024",
        "Coast Guard Talks Resume",
        "Ana Cruz",
        "Published: 12 May 2024",
        "",
        "The two ministers met in Manila on Monday and agreed to meet again.1",
        "Crews practised boarding a ship at dawn near the port.",
        "",
        "1 Joint statement, 11 May 2024.",
        "",
        "Updated: 14 May 2024",
        "© 2024 Port State Review",
    ]
)


@cache
def _printed() -> Document:
    return structure_stage.structure(repair_layout(Document(raw=_PRINTED)))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sets(st.integers(0, len(_PRINTED))), min_size=1, max_size=4), st.integers(0, 6), st.integers(0, 4))
def test_edge_lines_read_once_as_read_afresh(skips: list[set[int]], count: int, tail_count: int) -> None:
    """The edge lines of one document read several times with different lines skipped (the title's, a stamp's),
    by one reader, as by a reader made for each reading: line starts and offsets inside lines skipped alike."""
    doc = _printed()
    starts = [0, *(k + 1 for k, ch in enumerate(_PRINTED) if ch == "\n")]
    reader = structure_stage._EdgeLines(doc)
    for skipped in skips:
        chosen = frozenset(skipped) | frozenset(starts[k % len(starts)] for k in skipped)
        fresh = structure_stage._EdgeLines(doc).read(count, tail_count, chosen)
        assert reader.read(count, tail_count, chosen) == fresh
    assert structure_stage._EdgeLines(doc).read(3, 2)[0][:1] == ["Port State Review  12 May 2024"]
