"""The document model: spans check their ranges; offsets are code points and map back to the raw input."""

from __future__ import annotations

import re

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


@st.composite
def _builder_steps(draw: st.DrawFn) -> list[tuple[str, int, int]]:
    """Copies (adjacent to the last one or not), inserts and take-backs, as a layout pass makes them."""
    steps: list[tuple[str, int, int]] = []
    for _ in range(draw(st.integers(0, 25))):
        kind = draw(st.sampled_from(["copy", "copy", "next", "insert", "drop"]))
        steps.append((kind, draw(st.integers(0, 30)), draw(st.integers(0, 6))))
    return steps


@settings(max_examples=300, deadline=None)
@given(_builder_steps())
def test_text_builder_merges_only_copies_that_continue_the_last_piece(steps: list[tuple[str, int, int]]) -> None:
    """The builder keeps its last copy's raw end to extend it: after any mix of copies, inserts and take-backs
    its text and pieces are those of a plain list of pieces merged only where a copy continues a copied one."""
    raw = "".join(chr(0x4E00 + i) for i in range(40))
    builder = TextBuilder(raw)
    pieces: list[list[int | str]] = []  # [raw start, length, inserted text or ""]
    raw_end = 0
    for kind, at, size in steps:
        if kind in ("copy", "next"):
            start = raw_end if kind == "next" else at
            end = min(len(raw), start + size)
            builder.copy(start, end)
            if end > start:
                last = pieces[-1] if pieces else None
                if last is not None and not last[2] and int(last[0]) + int(last[1]) == start:
                    last[1] = int(last[1]) + end - start
                else:
                    pieces.append([start, end - start, ""])
                raw_end = end
        elif kind == "insert":
            text = "x" * size
            builder.insert(text, at)
            if text:
                pieces.append([at, size, text])
        else:
            builder.drop_last(size)
            count = size
            while count and pieces:
                cut = min(count, int(pieces[-1][1]))
                if cut == pieces[-1][1]:
                    pieces.pop()
                else:
                    pieces[-1][1] = int(pieces[-1][1]) - cut
                    pieces[-1][2] = str(pieces[-1][2])[: int(pieces[-1][1])]
                count -= cut
    clean, offsets = builder.build()
    expected = "".join(str(p[2]) or raw[int(p[0]) : int(p[0]) + int(p[1])] for p in pieces)
    assert clean == expected
    assert list(offsets.raw_starts) == [p[0] for p in pieces]
    assert list(offsets.lengths) == [p[1] for p in pieces]
    assert builder.position == len(clean)


@settings(max_examples=200, deadline=None)
@given(
    st.integers(-3, 40),
    st.integers(-3, 40),
    st.lists(st.integers(1, 99), max_size=3).map(tuple),
    st.one_of(st.none(), st.integers(1, 9)),
    st.booleans(),
)
def test_slotted_constructors_make_what_the_classes_make(
    start: int, end: int, numbers: tuple[int, ...], page: int | None, front: bool
) -> None:
    """The faster makers of markers, spans, headings and notes give equal objects (same repr, hash and fields),
    take the same keywords and defaults, and refuse what the class refuses, with the same error."""
    from allyscope.model import Footnote, Heading, make_footnote, make_heading, make_marker, make_span

    cases = [
        (Marker, make_marker, (start, end, numbers, "bracket", "[1]"), {"page": page, "front": front}),
        (Span, make_span, ("paragraph", start, end), {"page": page}),
        (Heading, make_heading, (start, end, 1 + int(front), "1", "", "1."), {"family": "arabic"}),
        (Footnote, make_footnote, ("fn0.1", 0, 1, 1, start, end, 0, max(0, end)), {"style": "bracket"}),
    ]
    for cls, make, args, keywords in cases:
        try:
            expected = cls(*args, **keywords)
        except SpanError as exc:
            with pytest.raises(SpanError, match=re.escape(str(exc))):
                make(*args, **keywords)
            continue
        made = make(*args, **keywords)
        assert type(made) is cls and made == expected and repr(made) == repr(expected)
        assert hash(made) == hash(expected)


def test_slotted_constructor_refuses_fields_it_cannot_fill() -> None:
    from allyscope.model import slotted_constructor

    with pytest.raises(TypeError):
        slotted_constructor(Document)  # fields made by a default factory
