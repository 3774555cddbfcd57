"""The bulk loader's tsvector receive forms (Arrow and NumPy kernels over a whole column) against
`postgres_search.as_tsvector` (one entry at a time, the path every other write takes): the same lexemes, each
once, in the server's bytewise order, for any entry's pairs — with quotes, backslashes, repeats, empty entries
and words too long for a PostgreSQL lexeme. The binary COPY fields around them are checked by decoding."""

from __future__ import annotations

import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.scale import ScaleError
from allyscope.scale.pg_binary import SIGNATURE, TRAILER, copy_stream, tsvector_binary
from allyscope.store.postgres_search import as_tsvector
from allyscope.store.search import bigrams

_CHARACTERS = st.characters(codec="utf-8", exclude_characters="\x00")  # PostgreSQL's text holds no NUL
_TEXT = st.text(alphabet=st.sampled_from(list("日本北约与演习岸田abcXYZ'\\ 。,\n")) | _CHARACTERS, max_size=80)
_LONG_WORD = st.integers(min_value=0, max_value=3).map(lambda n: "w" * (n * 700))


def lexemes(form: bytes) -> list[str]:
    """A tsvector receive form read back: its lexemes in order (every position count must be 0)."""
    count, at, out = int.from_bytes(form[:4], "big", signed=True), 4, []
    for _ in range(count):
        end = form.index(b"\x00", at)
        out.append(form[at:end].decode())
        assert form[end + 1 : end + 3] == b"\x00\x00"
        at = end + 3
    assert at == len(form)
    return out


def quoted(lexeme: str) -> str:
    return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'"


@settings(deadline=None)  # the first example pays for loading the pair tables
@given(st.lists(st.tuples(_TEXT, _LONG_WORD, st.booleans()), max_size=8))
def test_tsvector_forms_hold_what_as_tsvector_writes(entries: list[tuple[str, str, bool]]) -> None:
    grams = [f"{bigrams(text)} {word}" + (f" {bigrams(text)}" if twice else "") for text, word, twice in entries]
    forms = tsvector_binary(pa.array(grams, pa.string())).to_pylist()
    for gram, form in zip(grams, forms, strict=True):
        expected = sorted(set(as_tsvector(gram).split(" ")) - {""}, key=lambda q: q.encode())
        got = lexemes(form)
        assert [quoted(x) for x in got] == expected
        assert [x.encode() for x in got] == sorted(x.encode() for x in got)  # the server's order


def test_a_word_too_long_for_a_lexeme_is_left_out_and_nul_is_refused() -> None:
    out = tsvector_binary(pa.chunked_array([pa.array(["it's a\\b a", "x" * 2000 + " 北约", "", None], pa.string())]))
    assert [lexemes(f) for f in out.to_pylist()] == [["a", "a\\b", "it's"], ["北约"], [], []]
    with pytest.raises(ScaleError, match="NUL"):
        tsvector_binary(pa.array(["a\x00b"]))


def test_a_copy_stream_is_postgresql_binary_copy() -> None:
    ints = pa.array([1, None, -2], pa.int64())
    texts = pa.array(["é", "", None], pa.string())
    blobs = pa.array([b"\x00\x01", None, b""], pa.binary())
    head, body, tail = copy_stream([ints, texts, blobs], ["integer", "text", "bytea"], ["i", "t", "b"])
    assert head == SIGNATURE and tail == TRAILER and len(SIGNATURE) == 19
    rows, at = [], 0
    data = bytes(body)
    while at < len(data):
        fields = int.from_bytes(data[at : at + 2], "big")
        at, row = at + 2, []
        for _ in range(fields):
            size = int.from_bytes(data[at : at + 4], "big", signed=True)
            at += 4
            row.append(None if size < 0 else data[at : at + size])
            at += max(size, 0)
        rows.append(row)
    assert rows == [
        [(1).to_bytes(4, "big"), "é".encode(), b"\x00\x01"],
        [None, b"", None],
        [(-2).to_bytes(4, "big", signed=True), None, b""],
    ]
    with pytest.raises(ScaleError, match="does not fit"):
        copy_stream([pa.array([2**31])], ["integer"], ["n"])
