"""The spans a reading has taken, asked whether a new span overlaps one of them (fast50).

The readers that add mentions after the names (`person_references._refer_back`, `named_again.named_again`) keep a
new mention only where no mention already stands: the strict test `a < end and start < b` against every span
taken, a walk of the document's hundreds of mentions for each candidate. The spans are ordered by start once and
the running maximum of their ends kept (`itertools.accumulate`, in C): the spans with `a < end` are a prefix of that
order (`bisect`), and one of them has `start < b` exactly when the largest `b` of the prefix does. The answer is
the walk's for any spans (empty or overlapping ones included); the few spans a reading adds are walked.
"""

from __future__ import annotations

import bisect
import itertools
import operator
from collections.abc import Iterable

_FIRST, _SECOND = operator.itemgetter(0), operator.itemgetter(1)
SPAN = operator.itemgetter(0, 1)  # (start, end) of a mention (`EntityMention`), read in C: `SpanCover(map(SPAN, …))`


class SpanCover:
    """Spans taken so far (`add`), and whether a span overlaps one of them (`overlaps`), as the strict test over
    every taken span `(a, b)`: `a < end and start < b`."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = list(map(_FIRST, ordered))
        ends = list(map(_SECOND, ordered))
        # the largest end up to each span: the ends themselves where they never fall (mentions that do not nest,
        # most documents: told by a sort in C, ~4 µs for 700 spans, where `accumulate` calls `max` a span, ~60 µs)
        self._reach = ends if ends == sorted(ends) else list(itertools.accumulate(ends, max))
        self._added: list[tuple[int, int]] = []

    def overlaps(self, start: int, end: int) -> bool:
        """Does `[start, end)` overlap a span taken (`a < end and start < b` for one of them)?"""
        before = bisect.bisect_left(self._starts, end)  # the spans with a < end
        if before and self._reach[before - 1] > start:
            return True
        return any(a < end and start < b for a, b in self._added)

    def add(self, start: int, end: int) -> None:
        """Take `[start, end)`."""
        self._added.append((start, end))
