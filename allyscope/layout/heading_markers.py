"""Note markers printed inside a heading (`2. The Commission[3]`, `貳、歐盟的回應*3`).

A marker on a heading cites a note about the section it opens; it is no word of the heading's title, as a marker
on the document's title is none of the title. The marker stays a marker of the body (its note is cited), only the
title read for the heading leaves it out.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from allyscope.model import Marker

__all__ = ["MarkerStarts", "title_without_markers"]


class MarkerStarts:
    """The body's markers sorted by where they start, looked up once per heading (bisect, not a scan)."""

    def __init__(self, markers: Sequence[Marker]) -> None:
        self.markers = sorted(markers, key=lambda m: m.start)
        self.starts = [m.start for m in self.markers]

    def inside(self, start: int, end: int) -> list[Marker]:
        """The markers lying wholly inside `[start, end)`, in order."""
        k = bisect.bisect_left(self.starts, start)
        found = []
        while k < len(self.markers) and self.markers[k].start < end:
            if self.markers[k].end <= end:
                found.append(self.markers[k])
            k += 1
        return found


def title_without_markers(text: str, start: int, end: int, markers: MarkerStarts) -> str:
    """The heading title `text[start:end]` with the note markers inside it cut out, stripped."""
    pieces = []
    cursor = start
    for marker in markers.inside(start, end):
        pieces.append(text[cursor : marker.start])
        cursor = marker.end
    pieces.append(text[cursor:end])
    return "".join(pieces).strip()
