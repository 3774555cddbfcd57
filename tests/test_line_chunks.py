"""Lines are cut one at a time, exactly where `str.splitlines` cuts them (issue 16: memory proportional to input)."""

from itertools import pairwise
from unittest.mock import patch

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.layout import lines as lines_module
from allyscope.layout.lines import _SHARE_FROM, LineTable, _chunks, split_lines

BREAKS = list("\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
TEXT = st.text(alphabet=st.sampled_from([*BREAKS, "a", " ", "字", "\u3000"]), max_size=60)


@given(TEXT)
def test_chunks_cut_where_splitlines_cuts(raw: str) -> None:
    assert list(_chunks(raw)) == raw.splitlines(keepends=True)


@given(TEXT, st.integers(0, 12))
def test_chunks_cut_in_blocks_where_splitlines_cuts(raw: str, block: int) -> None:
    """A big file is cut a block at a time (blocks here of a few characters, in a file 4 M): same lines."""
    assert list(_chunks(raw, block)) == raw.splitlines(keepends=True)


@given(TEXT)
def test_lines_cover_the_raw_text_in_order(raw: str) -> None:
    lines = split_lines(raw)
    assert [line.index for line in lines] == list(range(len(lines)))
    for line in lines:
        assert 0 <= line.start <= line.lo <= line.hi <= line.end <= len(raw)
        assert raw[line.lo : line.hi] == line.content
    assert all(a.end <= b.start for a, b in pairwise(lines))


NEWLINES_ONLY = st.text(alphabet=st.sampled_from(["\n", "a", " ", "字", "\u3000", "\t"]), max_size=60)


@given(NEWLINES_ONLY)
def test_a_text_cut_at_newlines_only_gives_the_lines_splitlines_gives(raw: str) -> None:
    """Text whose only line end is `\\n` is cut by a faster path: the same lines, at the same offsets."""
    lines = split_lines(raw)
    chunks = raw.splitlines(keepends=True)
    assert len(lines) == len(chunks)
    pos = 0
    for line, chunk in zip(lines, chunks, strict=True):
        body = chunk.rstrip("\n")
        assert (line.start, line.end if body else line.start) == (pos, pos + len(body))
        assert line.content == body.strip() and raw[line.lo : line.hi] == line.content
        pos += len(chunk)


@settings(max_examples=30, deadline=None)
@given(st.lists(NEWLINES_ONLY, min_size=1, max_size=6), st.sampled_from(["\n", "\r\n"]))
def test_a_big_text_gives_the_lines_of_its_parts_with_short_contents_shared(parts: list[str], end: str) -> None:
    """A text past `_SHARE_FROM` characters is cut a block at a time and its equal short contents are one string
    (a file of short lines is mostly its lines' objects): the lines are those of the same text cut whole."""
    unit = end.join(parts) + end
    raw = unit * (_SHARE_FROM // len(unit) + 2)
    for columns in (False, True):  # lines as objects, and as a `LineTable` (a big file of short lines)
        with patch.object(lines_module, "_COLUMNS_BELOW", 10**9 if columns else 0):
            lines = split_lines(raw)
        assert isinstance(lines, LineTable) == columns
        assert len(raw) > _SHARE_FROM and len(lines) == len(raw.splitlines())
        pos = 0
        for line, chunk in zip(lines, raw.splitlines(keepends=True), strict=True):
            assert line.start == pos and raw[line.lo : line.hi] == line.content == chunk.strip()
            pos += len(chunk)
        if columns:
            continue  # a table keeps no content: each is cut from the text when read
        first: dict[str, str] = {}
        for line in lines:
            if line.content and len(line.content) <= 16:
                assert first.setdefault(line.content, line.content) is line.content  # one string per content
