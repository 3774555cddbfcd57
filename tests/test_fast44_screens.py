"""Layout repair's passes read only the lines a per-document screen keeps (fast44): the repeated-furniture pass
groups only the lines whose key another line shares (`repeats.repeated_key_lines`). A screened pass finds what
the pass over every line finds, on drawn lines and at every call on the dev and layout documents; and the
screened pass reads only the lines kept (the structural property the speed comes from)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.layout import edge_blocks, repair, repeats
from allyscope.layout.furniture import FURNITURE
from allyscope.layout.lines import (
    BODY,
    NOTE,
    NOTE_CONTINUED,
    PAGE_NUMBER,
    RUNNING_HEADER,
    Line,
    split_lines,
    typical_width,
)
from allyscope.layout.repair import repair_layout
from allyscope.model import Document

_ROOT = Path(__file__).parent
_DEV = _ROOT / "corpora" / "events" / "dev"
_LAYOUTS = _ROOT / "layouts"

# what a drawn line is made of: words in three scripts, numbers arabic, roman and CJK (one key sign), spaces of
# several widths and cases, so that lines printed "again" differ in their digits, spaces or case only
_PIECES = st.sampled_from(
    [
        "Page",
        "page",
        "PAGE",
        "of",
        "Journal of Studies",
        "第",
        "页",
        "三",
        "十二",
        "2018年",
        "12月1日",
        "iv",
        "XII",
        "mmxx",
        " ",
        "  ",
        "\u3000",
        "—",
        "·",
        "3",
        "12",
        "2019",
        "Draft",
        "防衛協力",
        "双方",
        "。",
        ".",
        "-",
    ]
)
_ROLES = st.sampled_from([BODY, BODY, BODY, RUNNING_HEADER, NOTE, NOTE_CONTINUED, PAGE_NUMBER, FURNITURE])


def _line(index: int, content: str, role: str, width: float) -> Line:
    return Line(index, 10 * index, 10 * index + len(content), content, "", role, width)


@st.composite
def _text_lines(draw: st.DrawFn) -> list[Line]:
    contents = draw(st.lists(st.lists(_PIECES, min_size=1, max_size=5).map("".join), min_size=1, max_size=40))
    lines = []
    for index, content in enumerate(contents):
        content = content.strip() or "x"
        lines.append(_line(index, content, draw(_ROLES), draw(st.sampled_from([4.0, 40, 120.5, 200.0]))))
    return lines


@settings(max_examples=300, deadline=None)
@given(_text_lines())
def test_the_groups_of_the_screened_lines_are_the_groups_of_every_line(text_lines: list[Line]) -> None:
    screened = repeats.repeated_key_lines(text_lines)
    assert repeats._groups(text_lines, screened) == repeats._groups(text_lines)
    assert list(screened) == sorted(screened)


class _Reading(Sequence[Line]):
    """Lines that count which of them a pass reads by position."""

    def __init__(self, lines: list[Line]) -> None:
        self.lines = lines
        self.read: set[int] = set()

    def __len__(self) -> int:
        return len(self.lines)

    def __getitem__(self, i: int) -> Line:  # type: ignore[override]  # positions only
        self.read.add(i)
        return self.lines[i]

    def __iter__(self) -> Iterator[Line]:
        self.read.update(range(len(self.lines)))
        return iter(self.lines)


def test_the_groups_read_only_the_lines_whose_key_repeats() -> None:
    """Among 300 lines of prose, each printed once, and a head printed on four pages with its page number, the
    grouping reads the head's prints only."""
    lines = [_line(k, f"Sentence number {'x' * (k % 7)} of the text, word {k * 'y'}.", BODY, 80.0) for k in range(300)]
    for k in (40, 110, 180, 250):
        lines[k] = _line(k, f"Journal of Studies {k // 70}", BODY, 20.0)
    screened = repeats.repeated_key_lines(lines)
    assert list(screened) == [40, 110, 180, 250]
    reading = _Reading(lines)
    groups = repeats._groups(reading, screened)
    assert groups == {"journal of studies #": [40, 110, 180, 250]}
    assert reading.read == {40, 110, 180, 250}
    assert len(repeats.repeated_key_lines(lines[:40])) == 0  # every key printed once: nothing to group


def _documents() -> list[Path]:
    paths = sorted(_DEV.glob("*.txt")) + sorted(_LAYOUTS.glob("*.txt"))
    assert len(paths) > 1000  # 496 dev texts, 600 layout documents and more
    return paths


def test_the_screened_groups_are_the_groups_of_every_line_in_the_documents(monkeypatch: pytest.MonkeyPatch) -> None:
    """At every call of the pass on every dev and layout document (the lines' roles as the passes before left
    them, both rounds), the screened grouping is the grouping of every line."""
    calls = 0
    original = repeats._groups

    def checked(text_lines: Sequence[Line], screened: Sequence[int] | None = None) -> dict[str, list[int]]:
        nonlocal calls
        calls += 1
        found = original(text_lines, screened)
        assert found == original(text_lines), text_lines[0].content
        return found

    monkeypatch.setattr(repeats, "_groups", checked)
    for path in _documents():
        raw = path.read_text(encoding="utf-8")
        repair_layout(Document(raw=raw, source=str(path)))
    assert calls > 100


def test_split_lines_text_is_what_the_screen_reads() -> None:
    """The screen reads the lines' contents as cut (stripped): a head indented differently is one key."""
    lines = [line for line in split_lines("  Journal 3\ntext one.\n\tJournal 4\ntext two.\n") if line.content]
    assert list(repeats.repeated_key_lines(lines)) == [0, 2]


def _address_kind_searching_every_line(content: str) -> str | None:
    """`edge_blocks.address_kind` as it read before the literal screen: both expressions searched on every line."""
    email = edge_blocks._EMAIL.search(content)
    found = edge_blocks._EMAIL if email is not None else edge_blocks._URL if edge_blocks._URL.search(content) else None
    if found is None:
        return None
    rest = found.sub("", content).strip()
    if edge_blocks.width(rest) > edge_blocks._shapes().address_text or edge_blocks.ends_sentence(rest):
        return None
    if email is None and edge_blocks._DIGIT.search(rest) is not None:
        return None
    return edge_blocks.CONTACT if email is not None else edge_blocks.NAVIGATION


_ADDRESS_PIECES = st.sampled_from(
    [
        "press",
        "@",
        "office",
        ".",
        "org",
        "https",
        "http",
        "://",
        "www",
        "www.",
        "WWW.",
        "example",
        "/",
        "-",
        "_",
        " ",
        "\u3000",
        "连络：",
        "View online: ",
        "(accessed 3 May 2024).",
        "。",
        "外交部",
        "12",
        "+",
        "mailto:",
    ]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_ADDRESS_PIECES, min_size=1, max_size=12).map("".join))
def test_an_address_line_is_told_as_by_searching_every_line(content: str) -> None:
    assert edge_blocks.address_kind(content) == _address_kind_searching_every_line(content)


def test_an_address_line_is_told_as_by_searching_every_line_in_the_documents() -> None:
    for path in _documents():
        for content in path.read_text(encoding="utf-8").splitlines():
            content = content.strip()
            if content:
                assert edge_blocks.address_kind(content) == _address_kind_searching_every_line(content), content


def _text_width_counting_every_line(lines: list[Line]) -> float:
    """`repair._text_width` as it read before the gap screen: every text line's cells counted."""
    text = [line for line in lines if line.role == BODY and line.content]
    cells = [repair._cells(line.content) for line in text]
    rows = {
        k
        for k, n in enumerate(cells)
        if n >= 3 and ((k and cells[k - 1] == n) or (k + 1 < len(cells) and cells[k + 1] == n))
    }
    if not rows or len(rows) == len(text):
        return typical_width(lines)
    widths = sorted((line.width for k, line in enumerate(text) if k not in rows), key=float)
    return float(widths[min(len(widths) - 1, int(len(widths) * 0.8))])


_CELL_PIECES = st.sampled_from(
    [
        "A国",
        "10a",
        "2018",
        "供与先",
        "隻数",
        "the ministers met",
        "  ",
        "   ",
        "\u3000\u3000",
        "\u3000",
        " ",
        "\t",
        "両国の防衛協力は進んだ。",
        "x",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(_CELL_PIECES, max_size=6).map("".join), min_size=0, max_size=30), st.data())
def test_the_text_width_is_the_width_counting_every_line(contents: list[str], data: st.DataObject) -> None:
    lines = split_lines("\n".join(contents))
    for line in lines:
        if line.content:
            line.role = data.draw(st.sampled_from([BODY, BODY, NOTE, PAGE_NUMBER]))
    found, expected = repair._text_width(lines), _text_width_counting_every_line(lines)
    assert (found, type(found)) == (expected, type(expected))  # an ASCII line's width is an int: kept


def test_the_text_width_is_the_width_counting_every_line_in_the_documents(monkeypatch: pytest.MonkeyPatch) -> None:
    """On every dev and layout document, with the roles the passes before the body left (the call's own lines)."""
    calls = 0
    original = repair._text_width

    def checked(lines: list[Line]) -> float:
        nonlocal calls
        calls += 1
        found, expected = original(lines), _text_width_counting_every_line(lines)
        assert (found, type(found)) == (expected, type(expected))
        return found

    monkeypatch.setattr(repair, "_text_width", checked)
    for path in _documents():
        repair_layout(Document(raw=path.read_text(encoding="utf-8"), source=str(path)))
    assert calls > 1000
