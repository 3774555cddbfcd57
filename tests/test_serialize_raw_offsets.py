"""`OffsetMap.to_raw` and `to_raw_span`, which `serialize.document_json` asks for every heading, paragraph and
marker, read the map's arrays in one call each: for any map and any span they give what the map's definition
says (the segment holding the offset, by `_segment`; a span's end by `to_raw_end`)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from allyscope.model import OffsetMap
from allyscope.serialize import _raw_span


@st.composite
def offset_maps(draw: st.DrawFn) -> OffsetMap:
    """A map of segments in clean order, copied or inserted, with raw starts that need not be monotonic."""
    count = draw(st.integers(0, 8))
    lengths = draw(st.lists(st.integers(0, 6), min_size=count, max_size=count))
    clean_starts, at = [], draw(st.integers(0, 3))
    for length in lengths:
        clean_starts.append(at)
        at += length
    raw_starts = draw(st.lists(st.integers(0, 60), min_size=count, max_size=count))
    copied = draw(st.lists(st.integers(0, 1), min_size=count, max_size=count))
    return OffsetMap(tuple(clean_starts), tuple(raw_starts), tuple(lengths), tuple(copied))


def _to_raw(body_map: OffsetMap, offset: int) -> int:
    """The definition: the raw offset inside the segment `_segment` finds, or that segment's raw start."""
    if not body_map.clean_starts:
        return 0
    i = body_map._segment(offset)
    if body_map.copied[i]:
        return body_map.raw_starts[i] + min(offset - body_map.clean_starts[i], body_map.lengths[i])
    return body_map.raw_starts[i]


@given(offset_maps(), st.integers(-2, 40), st.integers(-2, 40))
def test_raw_span_is_the_maps(body_map: OffsetMap, start: int, end: int) -> None:
    raw_start = _to_raw(body_map, start)
    raw_end = raw_start if end <= start else max(raw_start, body_map.to_raw_end(end))
    assert body_map.to_raw_span(start, end) == (raw_start, raw_end)
    assert _raw_span(body_map, start, end) == {"raw_start": raw_start, "raw_end": raw_end}


@given(offset_maps(), st.integers(-2, 40))
def test_raw_start_is_the_maps(body_map: OffsetMap, offset: int) -> None:
    assert body_map.to_raw(offset) == _to_raw(body_map, offset)


def test_a_copied_and_an_inserted_segment() -> None:
    # `ab` copied from raw 10, an inserted space, `cd` copied from raw 20
    body_map = OffsetMap((0, 2, 3), (10, 12, 20), (2, 1, 2), (1, 0, 1))
    assert _raw_span(body_map, 0, 5) == {"raw_start": 10, "raw_end": 22}
    assert _raw_span(body_map, 2, 3) == {"raw_start": 12, "raw_end": 12}
    assert body_map.to_raw(4) == 21
