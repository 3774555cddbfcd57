"""The layout's shortcuts for files of many short lines give the answers of the long way round.

`confirm_running_headers` sums the text's widths once for all recurring lines (`closer_than_pages`'s `total`), and
`_take_turns` refuses two shapes whose counts differ by more than one before merging their positions: both were
quadratic on a file of a million short lines (`benchmarks/bench_reliability.py --part size --short-lines N`).
"""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from allyscope.layout.lines import Line, closer_than_pages
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
