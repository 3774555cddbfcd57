"""The layout's shortcuts for files of many short lines give the answers of the long way round.

`confirm_running_headers` sums the text's widths once for all recurring lines (`closer_than_pages`'s `total`), and
`_take_turns` refuses two shapes whose counts differ by more than one before merging their positions, `_half_way`
reads whether a long stretch holds a marked line from counts: all were quadratic on a file of a million short
lines (`benchmarks/bench_reliability.py --part size --short-lines N`).
"""

from __future__ import annotations

import itertools
import tracemalloc
from collections.abc import Sequence

import pytest
from hypothesis import given
from hypothesis import strategies as st

from allyscope.layout import line_objects, running_heads
from allyscope.layout import lines as lines_module
from allyscope.layout.lines import (
    BODY,
    PAGE_NUMBER,
    RUNNING_HEADER,
    Line,
    LineTable,
    split_lines,
)
from allyscope.layout.page_furniture import closer_than_pages
from allyscope.layout.running_heads import _take_turns

widths = st.lists(st.floats(min_value=0, max_value=80, allow_nan=False), min_size=2, max_size=60)


@given(widths, st.data())
def test_widths_summed_once_give_what_each_call_summing_again_gives(
    line_widths: list[float], data: st.DataObject
) -> None:
    lines = [Line(i, i, i + 1, "x", "", width=w) for i, w in enumerate(line_widths)]
    shared: list[float] = []
    for _ in range(3):
        positions = sorted(data.draw(st.sets(st.integers(0, len(lines) - 1), max_size=len(lines))))
        assert closer_than_pages(lines, positions, shared) == closer_than_pages(lines, positions)
    assert not shared or len(shared) == len(lines) + 1


@given(st.sets(st.integers(0, 200)), st.sets(st.integers(0, 200)))
def test_shapes_that_take_turns_have_as_many_prints_give_or_take_one(a: set[int], b: set[int]) -> None:
    first, second = sorted(a - b), sorted(b - a)
    merged = sorted([(i, 0) for i in first] + [(i, 1) for i in second])
    alternate = all(x[1] != y[1] for x, y in itertools.pairwise(merged))
    if alternate:
        assert abs(len(first) - len(second)) <= 1
    if abs(len(first) - len(second)) > 1:
        assert not _take_turns(first, second)


@st.composite
def pages(draw: st.DrawFn) -> list[tuple[str, str]]:
    """Pages of body lines, each headed by a print of one of two heads, some of them already marked as heads,
    now and then a page number among the lines: the stretches `_half_way` looks into."""
    rows: list[tuple[str, str]] = []
    for _ in range(draw(st.integers(2, 8))):
        head = draw(st.sampled_from(["Head A", "Journal 12"]))
        rows.append((draw(st.sampled_from([RUNNING_HEADER, RUNNING_HEADER, BODY])), head))
        for _ in range(draw(st.integers(2, 14))):
            rows.append((draw(st.sampled_from([BODY] * 12 + [PAGE_NUMBER])), "text"))
    return rows


@given(pages(), st.data())
def test_half_way_reads_long_stretches_from_counts_as_a_walk_over_them_reads(
    rows: list[tuple[str, str]], data: st.DataObject
) -> None:
    """`_half_way` walks a short stretch between two prints of a head and reads a long one from counts of the
    lines marked before each line (plus the heads it marks itself): both readings mark the same lines."""
    body = [i for i, (role, _) in enumerate(rows) if role == BODY]
    candidates = set(data.draw(st.lists(st.sampled_from(body), max_size=12))) if body else set()
    marked: list[list[str]] = []
    saved = running_heads._WALKED
    try:
        for walked in (len(rows) + 1, 0):  # every stretch walked, then every stretch read from the counts
            running_heads._WALKED = walked
            lines = [Line(i, i, i + 1, text, "", role) for i, (role, text) in enumerate(rows)]
            running_heads._half_way(lines, candidates)
            marked.append([line.role for line in lines])
    finally:
        running_heads._WALKED = saved
    assert marked[0] == marked[1]


def _fields(line: Line) -> tuple[object, ...]:
    return (line.index, line.start, line.end, line.lo, line.hi, line.content, line.indent, line.role, line.width)


def test_a_big_files_lines_tell_the_offsets_a_small_files_lines_tell(monkeypatch: pytest.MonkeyPatch) -> None:
    # indents, trailing spaces, blank lines, form feeds, CRLF and CR line ends, over more than one block of lines
    pattern = ["条約", "  indented line  ", "", "\x0c", "第3章 まとめ\r", "tail  \r\n", "x" * 40, "\u3000全角"]
    raw = "\n".join(pattern[i % len(pattern)] + str(i % 7) * (i % 3) for i in range(lines_module._SHARE_FROM // 8))
    # and a line longer and wider than a table's two-byte columns hold, indented and trailed past a byte's reach
    raw += "\n" + " " * 300 + "字" * 40_000 + "a" * 30_000 + " " * 300 + "\nlast"
    assert len(raw) > lines_module._SHARE_FROM
    big = split_lines(raw)
    monkeypatch.setattr(lines_module, "_SHARE_FROM", len(raw) + 1)
    small = split_lines(raw)
    assert len(big) == len(small) > 2 * line_objects._BLOCK_LINES
    assert [_fields(line) for line in big] == [_fields(line) for line in small]
    for line in big[:: len(big) // 50]:
        assert raw[line.lo : line.hi] == line.content


def _split_and_measure(raw: str) -> tuple[Sequence[Line], int]:
    """The lines of `raw` and the bytes they hold (tracemalloc: allocations, not time)."""
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        lines = split_lines(raw)
        return lines, tracemalloc.get_traced_memory()[0] - base
    finally:
        tracemalloc.stop()


def test_a_file_of_short_lines_costs_less_than_two_ints_and_an_object_a_line() -> None:
    # a line object (about 100 bytes) plus its index and start as int objects (60 bytes) was the floor before
    count = 200_000
    raw = "".join(f"{'甲乙丙丁戊'[i % 5]}{'子丑寅'[i % 3]}\n" for i in range(count))
    lines, held = _split_and_measure(raw)
    assert len(lines) == count
    assert held / count < 140


def test_a_big_file_of_short_lines_holds_no_object_a_line() -> None:
    """Issue 16: a file of one-word lines parsed in under 10 times its size. Its lines are columns of machine
    numbers (`LineTable`, 15 bytes a line), not a `Line` each (96 bytes, more than ten times such a line's
    eight bytes of text); what a pass reads of a line is made when read and dropped after."""
    count = 200_000
    raw = "".join(f"{'甲乙丙丁戊'[i % 5]}{'子丑寅'[i % 3]}{i % 10}\n" for i in range(count))
    lines, held = _split_and_measure(raw)
    assert isinstance(lines, LineTable) and len(lines) == count
    assert held / count < 32
    # a line read from the table tells what a `Line` of it would
    for i in (0, 1, count // 2, count - 1):
        line = lines[i]
        content = raw.splitlines()[i]
        assert (line.index, line.start, line.end, line.content, line.indent, line.role) == (
            i, i * 4, i * 4 + 3, content, "", BODY,
        )  # fmt: skip
        assert line.width == 5.0  # two CJK characters and a digit: (7 UTF-8 bytes + 3 characters) / 2
    lines[7].role = RUNNING_HEADER  # a pass's mark is kept by the table, read by the next pass
    assert lines[7].role == RUNNING_HEADER and lines[8].role == BODY
