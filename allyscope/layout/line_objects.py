"""The objects a physical line of a raw text is read as: `Line`, and the compact forms a big file's lines take.

Kept apart from the passes over lines (`lines`, `page_furniture`), and left to plain Python when the others are
compiled with mypyc (setup.py): a big file's lines (`_BlockLine`, a `LineTable`'s `_Row`) reuse `Line`'s slot
descriptors to keep a block or a table where `Line` keeps an int, which saves pure Python two int objects a line;
a native (compiled) class has no such descriptors, and would keep its ints unboxed anyway.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterator, Sequence
from itertools import compress
from operator import and_
from typing import Any, cast, overload

Role = str
BODY: Role = "body"
BLANK: Role = "blank"
PAGE_NUMBER: Role = "page-number"
RUNNING_HEADER: Role = "running-header"
PAGE_BREAK: Role = "page-break"
NOTE: Role = "note"
NOTE_CONTINUED: Role = "note-continued"
NOTES_HEADING: Role = "notes-heading"
FURNITURE: Role = "furniture"  # `Line.furniture` holds its kind
DROPPED = frozenset({BLANK, PAGE_NUMBER, RUNNING_HEADER, PAGE_BREAK, NOTES_HEADING})


class Line:
    """One physical line: `start`/`end` are raw offsets without the line break; `lo`/`hi` of its content.

    A big file is mostly these objects, so a line keeps only what every line has; `lo` and `hi` follow from the
    indent and the content, and what only note and furniture lines carry lives in one small dict made for them
    (as do the spaces after a line's content, which few lines have and only `end` reads: eight slots make an
    object of 96 bytes, nine one of 112).
    """

    __slots__ = ("_rare", "content", "indent", "index", "page", "role", "start", "width")

    def __init__(
        self,
        index: int,
        start: int,
        end: int,
        content: str,
        indent: str,
        role: Role = BODY,
        width: float = 0.0,
        trail: int = -1,
    ) -> None:
        self.index = index
        self.start = start
        self.content = content
        self.indent = indent
        self.role = role
        self.page = 1
        self.width = width
        # the end offset is not kept (a new int object a line of a big file): the spaces after the content, if any
        # (`trail`, when the caller knows it: nothing stripped, a blank line)
        if trail < 0:
            trail = end - start - len(indent) - len(content)
        self._rare: dict[str, Any] | None = {"trail": trail} if trail else None

    def __repr__(self) -> str:
        return f"Line({self.index}, {self.start}, {self.end}, {self.content!r}, role={self.role!r}, page={self.page})"

    @property
    def lo(self) -> int:
        return self.start + len(self.indent)

    @property
    def end(self) -> int:
        trail: int = self._get("trail", 0)
        return self.start + len(self.indent) + len(self.content) + trail

    @property
    def hi(self) -> int:
        return self.start + len(self.indent) + len(self.content)

    @property
    def blank(self) -> bool:
        return not self.content

    def _get(self, name: str, default: Any) -> Any:
        return default if self._rare is None else self._rare.get(name, default)

    def _set(self, name: str, value: Any) -> None:
        if self._rare is None:
            self._rare = {}
        self._rare[name] = value

    @property
    def note_number(self) -> int:
        number: int = self._get("note_number", 0)
        return number

    @note_number.setter
    def note_number(self, value: int) -> None:
        self._set("note_number", value)

    @property
    def note_style(self) -> str:
        style: str = self._get("note_style", "")
        return style

    @note_style.setter
    def note_style(self, value: str) -> None:
        self._set("note_style", value)

    @property
    def note_text_lo(self) -> int:
        lo: int = self._get("note_text_lo", 0)
        return lo

    @note_text_lo.setter
    def note_text_lo(self, value: int) -> None:
        self._set("note_text_lo", value)

    @property
    def furniture(self) -> str:
        """The furniture kind (caption, share, copyright, related, navigation) of a furniture line."""
        kind: str = self._get("furniture", "")
        return kind

    @furniture.setter
    def furniture(self, value: str) -> None:
        self._set("furniture", value)


# The two slots a line of a big file keeps otherwise: see `_BlockLine`.
_INDEX_SLOT = Line.__dict__["index"]
_START_SLOT = Line.__dict__["start"]
_BLOCK_LINES = 256  # lines of a big file a `_Block` describes: an offset within it is a small int, which Python shares


class _Block:
    """Consecutive lines of a big file: the first one's index and each one's raw start, as machine integers."""

    __slots__ = ("first", "starts")

    def __init__(self, first: int) -> None:
        self.first = first
        self.starts = array("q")


class _BlockLine(Line):
    """A line of a big file. Its index and raw start are read from its `_Block` (kept in the slots `start` and
    `index` of `Line`: the block, and the line's place in it), not kept as int objects of its own: on a file of
    short lines those two ints (60 bytes) weighed more than half the line object itself, for every line at once.
    Only big files pay the dearer reads; every other text keeps plain `Line`s."""

    __slots__ = ()

    def __init__(
        self, block: _Block, at: int, end: int, content: str, indent: str, role: Role, width: float, trail: int
    ) -> None:
        _START_SLOT.__set__(self, block)
        _INDEX_SLOT.__set__(self, at)
        self.content = content
        self.indent = indent
        self.role = role
        self.page = 1
        self.width = width
        if trail < 0:
            trail = end - block.starts[at] - len(indent) - len(content)
        self._rare = {"trail": trail} if trail else None

    # the two slots read under names of their own (the same slot descriptors as `Line.start` and `Line.index`,
    # set below): a read is then a plain slot read, not a call
    _block: _Block
    _at: int

    @property
    def index(self) -> int:  # type: ignore[override]
        return self._block.first + self._at

    @property
    def start(self) -> int:  # type: ignore[override]
        return self._block.starts[self._at]


setattr(_BlockLine, "_block", _START_SLOT)  # noqa: B010  # (not known to type checkers as class attributes)
setattr(_BlockLine, "_at", _INDEX_SLOT)  # noqa: B010


def _block_lines() -> Callable[[int, int, int, str, str, Role, float, int], Line]:
    """What makes a big file's lines, in order from the first: `Line`'s arguments, a `_BlockLine` made."""
    block = _Block(0)

    def make(index: int, start: int, end: int, content: str, indent: str, role: Role, width: float, trail: int) -> Line:
        nonlocal block
        at = index & (_BLOCK_LINES - 1)
        if not at:
            block = _Block(index)
        block.starts.append(start)
        return _BlockLine(block, at, end, content, indent, role, width, trail)

    return make


_WIDE = 0xFFFF  # a length or width a `LineTable` keeps aside, in `rare`, not in its 2-byte columns


class LineTable(Sequence[Line]):
    """The lines of a big file as columns of machine numbers, read as `Line`s made on each access.

    On a file of short lines a `Line` object a line (96 bytes, plus its list slot) weighed ten times the text it
    described; a table keeps 15 bytes a line: where each content starts in the raw text and how long it is, how
    long its indent and trailing spaces are, its role, page and display width. Contents are sliced from the raw
    text when read (a new string each time: none is kept);
    what note and furniture lines carry lives in a dict by line for them. A `_Row` made by indexing reads and
    writes these columns, so what one pass marks the next reads, and nothing a line holds outlives its use.
    Only big files of short lines pay the dearer reads (see `split_lines`)."""

    __slots__ = (
        "_added",
        "_codes",
        "_names",
        "indents",
        "last_page",
        "lengths",
        "los",
        "pages",
        "rare",
        "raw",
        "roles",
        "trails",
        "widths"
    )  # fmt: skip

    def __init__(self, raw: str, expected: int = 0) -> None:
        """An empty table with room for `expected` lines: columns made at their size, not grown a line at a time
        (a growing array leaves its old blocks free but held by the process, a third more memory)."""
        self.raw = raw
        code = "I" if len(raw) < 1 << 32 else "Q"
        zeros = bytes(array(code).itemsize * expected)
        self.los = array(code, zeros)  # raw offset of each content's first character
        self.lengths = array("H", bytes(2 * expected))  # each content's length, up to 65534; 65535: in `rare`
        self.indents = bytearray(expected)  # lo - start, up to 254; 255: in `rare` ("indent")
        self.trails = bytearray(expected)  # end - hi likewise ("trail")
        self.roles = bytearray(expected)
        self.pages = array("I", [1]) * expected
        # four times the width, plus one for a float (`_width`), up to 65534; 65535: in `rare` ("width")
        self.widths = array("H", bytes(2 * expected))
        self._added = 0  # lines added
        self.last_page = 0
        self.rare: dict[int, dict[str, Any]] = {}
        self._names: list[Role] = [BODY, BLANK, PAGE_BREAK]
        self._codes: dict[Role, int] = {role: i for i, role in enumerate(self._names)}

    def add(self, start: int, end: int, lo: int, hi: int, role: int, width: float) -> None:
        """Append a line: raw offsets of its start, end and content, the code of its role (0 body, 1 blank, 2
        page break) and its width."""
        index = self._added
        self._added = index + 1
        indent, trail = lo - start, end - hi
        if indent > 254:
            self.rare.setdefault(index, {})["indent"] = indent
            indent = 255
        if trail > 254:
            self.rare.setdefault(index, {})["trail"] = trail
            trail = 255
        kept = width << 2 if isinstance(width, int) else int(width * 2) << 1 | 1
        if kept >= _WIDE:
            self.rare.setdefault(index, {})["width"] = kept
            kept = _WIDE
        length = hi - lo
        if length >= _WIDE:
            self.rare.setdefault(index, {})["length"] = length
            length = _WIDE
        if index < len(self.roles):
            self.los[index] = lo
            self.lengths[index] = length
            self.indents[index] = indent
            self.trails[index] = trail
            self.roles[index] = role
            self.widths[index] = kept
        else:  # more lines than expected
            self.los.append(lo)
            self.lengths.append(length)
            self.indents.append(indent)
            self.trails.append(trail)
            self.roles.append(role)
            self.pages.append(1)
            self.widths.append(kept)

    def finish(self) -> None:
        """Drop the room left over once every line is added."""
        for column in (self.los, self.lengths, self.indents, self.trails, self.roles, self.pages, self.widths):
            del column[self._added :]

    def code(self, role: Role) -> int:
        """The number a role is kept as (a role not met before is given the next one)."""
        found = self._codes.get(role)
        if found is None:
            found = self._codes[role] = len(self._names)
            self._names.append(role)
        return found

    def __len__(self) -> int:
        return len(self.roles)

    @overload
    def __getitem__(self, index: int) -> Line: ...

    @overload
    def __getitem__(self, index: slice) -> LineSubset: ...

    def __getitem__(self, index: int | slice) -> Line | LineSubset:
        if isinstance(index, slice):  # a view: `lines[:limit]` of a whole file holds no line
            return LineSubset(self, range(len(self.roles))[index])
        if index < 0:
            index += len(self.roles)
        if not 0 <= index < len(self.roles):
            raise IndexError("line index out of range")
        return _row(self, index)

    def __iter__(self) -> Iterator[Line]:
        new, table, number = _new_row, _set_table, _set_number  # `_row`, inlined: a pass makes a row a line
        for i in range(len(self.roles)):
            row = new(_Row)
            table(row, self)
            number(row, i)
            yield row

    def subset(self, indexes: Sequence[int]) -> LineSubset:
        return LineSubset(self, indexes)

    def width_kept(self, index: int) -> int:
        """A line's width as kept (see `widths`), one kept aside in `rare` included."""
        kept = self.widths[index]
        return kept if kept != _WIDE else int(self.rare[index]["width"])

    def typical_width(self, indexes: Sequence[int] | None = None) -> float:
        """`typical_width` of these lines (of those at `indexes`), read from the columns: the same value."""
        body = bytes(1 if code == self.code(BODY) else 0 for code in range(256))
        # a body line with a content, as a column of 0 and 1 (`compress` keeps the widths where it is 1)
        kept = map(and_, self.roles.translate(body), map(bool, self.lengths))
        if _WIDE in self.widths:  # a width kept aside (a line of over 16,000 characters): read line by line
            kept_at = bytes(kept)
            rows = range(len(self)) if indexes is None else indexes
            widths = [self.width_kept(i) for i in rows if kept_at[i]]
        elif indexes is None:
            widths = list(compress(self.widths, kept))
        else:
            kept_at = bytes(kept)
            widths = [self.widths[i] for i in indexes if kept_at[i]]
        if not widths:
            return 0.0
        widths.sort()
        return _width(widths[min(len(widths) - 1, int(len(widths) * 0.8))])


class LineSubset(Sequence[Line]):
    """Some lines of a `LineTable` (those that are not blank, a slice), in order: their numbers (an array, a
    range), not their objects; a slice of it is another view."""

    __slots__ = ("indexes", "table")

    def __init__(self, table: LineTable, indexes: Sequence[int]) -> None:
        self.table = table
        self.indexes = indexes

    def __len__(self) -> int:
        return len(self.indexes)

    @overload
    def __getitem__(self, index: int) -> Line: ...

    @overload
    def __getitem__(self, index: slice) -> LineSubset: ...

    def __getitem__(self, index: int | slice) -> Line | LineSubset:
        if isinstance(index, slice):
            return LineSubset(self.table, self.indexes[index])
        return _row(self.table, self.indexes[index])

    def typical_width(self) -> float:
        return self.table.typical_width(self.indexes)

    def __iter__(self) -> Iterator[Line]:
        new, table, number, lines = _new_row, _set_table, _set_number, self.table
        for i in self.indexes:
            row = new(_Row)
            table(row, lines)
            number(row, i)
            yield row


class _Row(Line):
    """A line of a `LineTable`: its number (in `Line`'s slot `index`) and its table (in the slot `start`); every
    other field is read from the table's columns and written back to them."""

    __slots__ = ()

    _table: LineTable

    @property
    def start(self) -> int:  # type: ignore[override]
        return self.lo - self._indent_length()

    def _indent_length(self) -> int:
        table, i = self._table, self.index
        length = table.indents[i]
        return length if length < 255 else int(table.rare[i]["indent"])

    @property
    def lo(self) -> int:
        return self._table.los[self.index]

    @property
    def hi(self) -> int:
        table, i = self._table, self.index
        length = table.lengths[i]
        return table.los[i] + (length if length != _WIDE else int(table.rare[i]["length"]))

    @property
    def end(self) -> int:
        table, i = self._table, self.index
        trail = table.trails[i]
        return self.hi + (trail if trail < 255 else int(table.rare[i]["trail"]))

    @property
    def content(self) -> str:  # type: ignore[override]
        table, i = self._table, self.index
        lo, length = table.los[i], table.lengths[i]
        if length == _WIDE:
            length = int(table.rare[i]["length"])
        return table.raw[lo : lo + length]

    @property
    def indent(self) -> str:  # type: ignore[override]
        lo = self.lo
        return self._table.raw[lo - self._indent_length() : lo]

    @property
    def role(self) -> Role:
        table = self._table
        return table._names[table.roles[self.index]]

    @role.setter
    def role(self, value: Role) -> None:
        table = self._table
        table.roles[self.index] = table.code(value)

    @property
    def page(self) -> int:
        table = self._table
        page = table.pages[self.index]
        last = table.last_page  # the number read last, one object for the lines of a page (and their spans)
        if page == last:
            return last
        table.last_page = page
        return page

    @page.setter
    def page(self, value: int) -> None:
        self._table.pages[self.index] = value

    @property
    def width(self) -> float:  # type: ignore[override]
        table = self._table
        kept = table.widths[self.index]  # `_width`, inlined
        if kept == _WIDE:
            kept = int(table.rare[self.index]["width"])
        return (kept >> 1) / 2 if kept & 1 else kept >> 2

    @property
    def _rare(self) -> dict[str, Any] | None:  # type: ignore[override]
        return self._table.rare.get(self.index)

    def _get(self, name: str, default: Any) -> Any:
        found = self._table.rare.get(self.index)
        return default if found is None else found.get(name, default)

    def _set(self, name: str, value: Any) -> None:
        self._table.rare.setdefault(self.index, {})[name] = value


def _width(kept: int) -> float:
    """A width as `LineTable.widths` keeps it, read: an int for a line in ASCII, else a float (as `Line`)."""
    return (kept >> 1) / 2 if kept & 1 else kept >> 2


setattr(_Row, "_table", _START_SLOT)  # noqa: B010  # (not known to type checkers as a class attribute)
_new_row = _Row.__new__
_set_table = _START_SLOT.__set__
_set_number = _INDEX_SLOT.__set__


def _row(table: LineTable, index: int) -> Line:
    row = _new_row(_Row)
    _set_table(row, table)
    _set_number(row, index)
    return row


def non_blank(lines: Sequence[Line]) -> Sequence[Line]:
    """The lines that are not blank, in order: a list of them, or for a table (read as a list, as `repair_layout`
    reads it) a `LineSubset` read as one, which keeps only their numbers."""
    if isinstance(lines, LineTable):
        kept = bytes(0 if code == lines.code(BLANK) else 1 for code in range(256))  # 1 for a role not blank
        return cast(Sequence[Line], lines.subset(array("i", compress(range(len(lines)), lines.roles.translate(kept)))))
    return [line for line in lines if line.role != BLANK]
