"""fast55: `mark_numbered_feet` and `mark_facing_heads` read the lines `edge_lines` picks once for both, and must
mark what they mark reading every line (`benchmarks/parse_differential.py` checks the documents; these draw
lines to hit the screen's edges: digits of three scripts, decorations, gaps, widths about the widest line)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from allyscope.layout import facing_heads, running_heads
from allyscope.layout.lines import RUNNING_HEADER, Line, split_lines

_WORDS = ["Harbour Report", "第五章　港口與腹地", "PART TWO", "貨櫃碼頭的出現", "Ports remain tools.", "x" * 118]
_EDGES = ["", "52", "53", "118", "119", "０３", "٣", "·72·", "·73·", "- 4 -", "—"]
_GAPS = ["", " ", "   ", "\u3000", " | ", "\t"]


@st.composite
def _line(draw: st.DrawFn) -> str:
    words = draw(st.sampled_from(_WORDS))
    lead = draw(st.sampled_from(_EDGES))
    tail = draw(st.sampled_from(_EDGES))
    return f"{lead}{draw(st.sampled_from(_GAPS))}{words}{draw(st.sampled_from(_GAPS))}{tail}"


def _roles(raw: str, *, shared: bool) -> list[str]:
    lines = split_lines(raw)
    edged = facing_heads.edge_lines(lines) if shared else None
    running_heads.mark_numbered_feet(lines, edged)
    facing_heads.mark_facing_heads(lines, edged)
    return [line.role for line in lines]


@given(st.lists(st.one_of(_line(), st.just("")), min_size=1, max_size=24))
def test_both_passes_mark_from_the_shared_lines_what_they_mark_from_every_line(drawn: list[str]) -> None:
    raw = "\n".join(drawn)
    assert _roles(raw, shared=True) == _roles(raw, shared=False)


def test_heads_found_from_the_shared_lines() -> None:
    """A foot counting its pages (1, 2, 3) and two pairs of facing heads (52 first, 53 last; `·72·` first, `·73·`
    last) are among the lines picked."""
    raw = "\n".join(
        [
            "Harbour Report | 1",
            "Port cities tied inland producers to distant buyers, and their rise shaped the routes of trade.",
            "Harbour Report | 2",
            "52　第二部　區域秩序",
            "貨櫃碼頭的出現則徹底改變了港口的規模與經營方式。",
            "Harbour Report | 3",
            "第五章　港口與腹地　53",
            "·72·　刊名　2023年第3期",
            "港口城市長期連結內陸生產者與遠方買主，其興衰影響貿易路線的走向。",
            "各港的商人也常借款給地方統治者，以換取貿易上的特權與保護。",
            "作者：题名　·73·",
        ]
    )
    roles = _roles(raw, shared=True)
    assert roles == _roles(raw, shared=False)
    assert [k for k, role in enumerate(roles) if role == RUNNING_HEADER] == [0, 2, 3, 5, 6, 7, 10]


def test_the_shared_lines_are_as_wide_as_either_pass_takes() -> None:
    """The screen keeps no narrower lines than the widest each pass may take (a head up to its width)."""
    assert facing_heads.EDGE_WIDEST >= running_heads._NUMBERED_FOOT_WIDTH
    assert facing_heads.EDGE_WIDEST >= facing_heads._WIDEST
    wide = Line(0, 0, 130, "Harbour Report " + "x" * 105 + " | 3", "", width=facing_heads.EDGE_WIDEST + 1)
    assert facing_heads.edge_lines([wide]) == []
