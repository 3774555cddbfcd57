"""The raw offsets `serialize.document_json` writes for headings, paragraphs and markers are read from the offset
map's arrays in one call (`_raw_span`, `_raw_start`): for any map and any span they are the map's own
`to_raw_span` and `to_raw`."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from allyscope.model import OffsetMap
from allyscope.serialize import _raw_span, _raw_start


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


@given(offset_maps(), st.integers(-2, 40), st.integers(-2, 40))
def test_raw_span_is_the_maps(body_map: OffsetMap, start: int, end: int) -> None:
    raw_start, raw_end = body_map.to_raw_span(start, end)
    assert _raw_span(body_map, start, end) == {"raw_start": raw_start, "raw_end": raw_end}


@given(offset_maps(), st.integers(-2, 40))
def test_raw_start_is_the_maps(body_map: OffsetMap, offset: int) -> None:
    assert _raw_start(body_map, offset) == body_map.to_raw(offset)


def test_a_copied_and_an_inserted_segment() -> None:
    # `ab` copied from raw 10, an inserted space, `cd` copied from raw 20
    body_map = OffsetMap((0, 2, 3), (10, 12, 20), (2, 1, 2), (1, 0, 1))
    assert _raw_span(body_map, 0, 5) == {"raw_start": 10, "raw_end": 22}
    assert _raw_span(body_map, 2, 3) == {"raw_start": 12, "raw_end": 12}
    assert _raw_start(body_map, 4) == 21
