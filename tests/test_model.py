"""The document model: spans check their ranges; offsets are code points and map back to the raw input."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import allyscope
from allyscope import Document, Span, SpanError, parse_text
from allyscope.model import Marker, TextBuilder


def test_span_checks_its_range() -> None:
    with pytest.raises(SpanError):
        Span("paragraph", 5, 2)
    with pytest.raises(SpanError):
        Span("paragraph", -1, 2)
    with pytest.raises(SpanError):
        Marker(3, 3, (1,), "bracket", "[1]")
    with pytest.raises(SpanError):
        Document(raw="abc", text="abc", spans=(Span("paragraph", 0, 4),))


def test_offsets_are_code_points_outside_the_bmp() -> None:
    raw = "𠮷野家与北约的合作日益密切，双方\n在网络领域签署协议。[1]\n[1]　𠮷田：《论文》，2020 年。\n"
    doc = parse_text(raw)
    assert doc.text.startswith("𠮷野家") and "双方在网络" in doc.text
    marker = doc.markers[0]
    assert doc.text[marker.start : marker.end] == "[1]"
    raw_start, raw_end = doc.raw_span(marker)
    assert raw[raw_start:raw_end] == "[1]"
    note = doc.footnotes[0]
    assert doc.note_text(note) == "𠮷田：《论文》，2020 年。"


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.text(min_size=0, max_size=8), st.booleans()), max_size=20))
def test_text_builder_maps_every_copied_character_back(pieces: list[tuple[str, bool]]) -> None:
    raw = "".join(text for text, _ in pieces)
    builder = TextBuilder(raw)
    expected: list[int | None] = []
    pos = 0
    for text, copy in pieces:
        if copy:
            builder.copy(pos, pos + len(text))
            expected += list(range(pos, pos + len(text)))
        else:
            builder.insert(text, pos)
            expected += [None] * len(text)
        pos += len(text)
    clean, offsets = builder.build()
    assert len(clean) == len(expected)
    for i, raw_index in enumerate(expected):
        if raw_index is not None:
            assert offsets.to_raw(i) == raw_index and raw[raw_index] == clean[i]
            assert offsets.to_raw_end(i + 1) == raw_index + 1


def test_public_names_sorted_and_complete() -> None:
    assert allyscope.__all__ == sorted(allyscope.__all__)
    for name in allyscope.__all__:
        assert getattr(allyscope, name) is not None
