"""The layout stage's shortcuts (speed38) against the readings they replace: each must answer as the slow reading
does, on every input, so that the parse's output cannot move (`benchmarks/parse_differential.py` checks the
documents; these check the shortcuts on inputs drawn to hit their edges).
"""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from allyscope.layout import edge_blocks, facing_heads
from allyscope.layout.furniture import FURNITURE
from allyscope.layout.lines import split_lines

# digits of three scripts, every decoration, the gaps and bars, words
_EDGE_ALPHABET = "0123456789０１２３٣·•-–—―－~〜～─ \t\u3000|｜ab第章同盟。."


def _edge_by_search(content: str) -> tuple[int, int] | None:
    """`facing_heads._edge` without its first test: the three expressions tried on every line."""
    for side, match in ((0, facing_heads._LEADING.match(content)), (1, facing_heads._TRAILING.search(content))):
        if match is not None:
            return side, int(re.sub(r"\D", "", match.group(1) or match.group(2)))
    decorated = facing_heads._DECORATED_GAP.search(content)
    if decorated is not None:
        side = 0 if decorated.group(1) else 1
        return side, int(re.sub(r"\D", "", decorated.group(1) or decorated.group(2)))
    return None


@given(st.text(alphabet=_EDGE_ALPHABET, min_size=1, max_size=14))
def test_edge_number_told_by_the_line_ends_as_by_search(content: str) -> None:
    assert facing_heads._edge(content) == _edge_by_search(content)


def test_edge_numbers_of_facing_heads() -> None:
    assert facing_heads._edge("52　第Ⅰ部　同盟と地域") == (0, 52)
    assert facing_heads._edge("第3章　章名　53") == (1, 53)
    assert facing_heads._edge("作者，等：题名　·73·") == (1, 73)
    assert facing_heads._edge("·72·刊名") == (0, 72)
    assert facing_heads._edge("第3章 章名 53") is None  # one plain space sets nothing off
    assert facing_heads._edge("同盟と地域") is None


@given(
    st.lists(st.sampled_from(["", "In this issue", "Trade", "Talks", "A sentence ends.", "Trade"]), max_size=30),
    st.lists(st.booleans(), max_size=30),
    st.integers(0, 32),
    st.integers(1, 4),
    st.sampled_from([0, 10, 1 << 16]),
    st.data(),
)
def test_prints_below_as_a_scan(
    contents: list[str], furniture: list[bool], reach: int, kept: int, indexed: int, data: st.DataObject
) -> None:
    """Where a line is printed again below, by the index of prints, as by scanning the lines under it: files
    indexed whole and on their first lines only, lines beyond that reach, lines printed more often than kept,
    lines whose role a pass changed after the index was made (here: to furniture), which both pass over."""
    lines = split_lines("\n".join(contents))
    saved = edge_blocks._PRINTS_KEPT, edge_blocks._INDEXED_LINES
    edge_blocks._PRINTS_KEPT, edge_blocks._INDEXED_LINES = kept, indexed
    try:
        prints = edge_blocks._Prints(lines, reach)
        for line, taken in zip(lines, furniture, strict=False):
            if taken:
                line.role = FURNITURE
        for index in range(len(lines)):
            start = data.draw(st.integers(0, len(lines) + 1))
            assert prints.below(index, start) == edge_blocks._printed_below(lines, index, start)
    finally:
        edge_blocks._PRINTS_KEPT, edge_blocks._INDEXED_LINES = saved
