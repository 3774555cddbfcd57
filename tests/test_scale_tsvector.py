"""The bulk loader's tsvector text (Arrow kernels over a whole column) against `postgres_search.as_tsvector`
(one entry at a time, the path every other write takes): the same text for any entry's pairs, with quotes,
backslashes, empty entries and words too long for a PostgreSQL lexeme."""

from __future__ import annotations

import pyarrow as pa
from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.scale.bulk import tsvector_text
from allyscope.store.postgres_search import as_tsvector
from allyscope.store.search import bigrams

_TEXT = st.text(
    alphabet=st.sampled_from(list("日本北约与演习岸田abcXYZ'\\ 。,\n")) | st.characters(codec="utf-8"), max_size=80
)
_LONG_WORD = st.integers(min_value=0, max_value=3).map(lambda n: "w" * (n * 700))


@settings(deadline=None)  # the first example pays for loading the pair tables
@given(st.lists(st.tuples(_TEXT, _LONG_WORD), max_size=8))
def test_tsvector_text_is_what_as_tsvector_writes(entries: list[tuple[str, str]]) -> None:
    # each entry's pairs as the parser gives them, once each (the server drops repeated lexemes of either form)
    grams = [" ".join(dict.fromkeys(g for g in f"{bigrams(text)} {word}".split(" ") if g)) for text, word in entries]
    assert tsvector_text(pa.array(grams, pa.string())).to_pylist() == [as_tsvector(g) for g in grams]


def test_a_word_too_long_for_a_lexeme_is_left_out_and_quotes_are_doubled() -> None:
    out = tsvector_text(pa.chunked_array([pa.array(["it's a\\b", "x" * 2000 + " 北约", ""], pa.string())]))
    assert out.to_pylist() == ["'it''s' 'a\\\\b'", "'北约'", ""]
