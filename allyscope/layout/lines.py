"""Physical lines of a raw text, with their raw offsets, widths and the layout facts read off them.

A PDF extractor leaves a page as lines: body lines broken where the page broke them, running headers,
page-number lines, note blocks. Everything downstream works on these `Line`s, never on copies of the text.
"""

from __future__ import annotations

import json
import re
from array import array
from collections import Counter
from collections.abc import Callable, Iterator, MutableSequence, Sequence
from functools import lru_cache
from importlib import resources
from itertools import compress, pairwise
from operator import and_
from typing import Any, cast, overload

from allyscope.layout.catalogue import catalogue

# page numbers and journal-issue lines, as data
_PAGES: dict[str, Any] = json.loads(resources.files("allyscope.data").joinpath("layouts/pages.json").read_text("utf-8"))
_DECORATIONS = re.escape(_PAGES["decorations"])
_PAGE_NUMBER_DECORATED = re.compile(
    rf"^[{_DECORATIONS}\s]*[{_DECORATIONS}]\s*\d{{1,4}}\s*[{_DECORATIONS}][{_DECORATIONS}\s]*$"
)
_PAGE_NUMBER_PLAIN = re.compile(r"^\d{1,4}$")
_PAGE_NUMBER_WORDED = re.compile("^(?:" + "|".join(_PAGES["worded"]) + ")$")
_FULL_WIDTH_DIGITS = "０１２３４５６７８９"
_NUMBER_LINE_CHARS = _PAGES["decorations"] + "0123456789" + _FULL_WIDTH_DIGITS + " \t\u3000\u00a0\u2002\u2003\u2009"
_WORDED_INITIALS = frozenset(_PAGES["worded_initials"])
_RULE = _PAGES.get("rule_characters", "")
_RULE_INITIALS = frozenset(_RULE)
_NUMBER_LINE_INITIALS = frozenset(_NUMBER_LINE_CHARS) | _WORDED_INITIALS  # what a page-number line starts with
_DIGITS = re.compile(r"\d+")
_SPACES = re.compile(r"\s+")
_SENTENCE_END = "。．.！!？?；;"

Role = str
BODY: Role = "body"
BLANK: Role = "blank"
PAGE_NUMBER: Role = "page-number"
RUNNING_HEADER: Role = "running-header"
PAGE_BREAK: Role = "page-break"
NOTE: Role = "note"
NOTE_CONTINUED: Role = "note-continued"
NOTES_HEADING: Role = "notes-heading"
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


def non_blank(lines: list[Line]) -> list[Line]:
    """The lines that are not blank, in order: a list of them, or for a table (read as a list, as `repair_layout`
    reads it) a `LineSubset` read as one, which keeps only their numbers."""
    if isinstance(lines, LineTable):
        kept = bytes(0 if code == lines.code(BLANK) else 1 for code in range(256))  # 1 for a role not blank
        return cast(list[Line], lines.subset(array("i", compress(range(len(lines)), lines.roles.translate(kept)))))
    return [line for line in lines if line.role != BLANK]


_LINE_ENDS = "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
# the line boundaries of `str.splitlines`, one at a time
_LINE_BREAK = re.compile("\r\n|[" + _LINE_ENDS + "]")


_OTHER_LINE_ENDS = _LINE_ENDS.replace("\n", "")
# looked for one at a time (`in`: a fast search for one character, five times faster than a class's search)
_WHOLE = 1 << 22  # lines are cut by `str.splitlines` in blocks of about 4 M characters: eight times faster than
# one at a time, and a block's list of lines, not the whole file's, is all that is held


def _chunks(raw: str, block: int = _WHOLE) -> Iterator[str]:
    """The lines of `raw` with their line ends, as `str.splitlines(keepends=True)` cuts them; in a big file, a
    block at a time: a list of every line of a 100 MB file would hold a second copy of the whole text while the
    lines are read. A block ends just after a newline (never inside a CRLF); text without newlines past that
    point (old Mac files: CR only) is cut one line at a time."""
    if len(raw) <= block:
        yield from raw.splitlines(keepends=True)
        return
    start = 0
    while len(raw) - start > block:
        cut = raw.find("\n", start + block)
        if cut < 0:
            break
        yield from raw[start : cut + 1].splitlines(keepends=True)
        start = cut + 1
    if len(raw) - start <= block:
        yield from raw[start:].splitlines(keepends=True)
        return
    for found in _LINE_BREAK.finditer(raw, start):
        end = found.end()
        yield raw[start:end]
        start = end
    if start < len(raw):
        yield raw[start:]


_SHARE_FROM = 1 << 19  # characters: a text this long or shorter is cut whole and its strings kept as cut
_BLOCK = 1 << 18  # characters cut at a time beyond that: a block of short lines is many strings
_SHARED = 1 << 16  # distinct short contents kept for sharing in a big file (a few MB at most)
_SHARED_LENGTH = 16  # contents this long or shorter are shared: where a line's string outweighs its text


def _share(shared: dict[str, str], content: str) -> str:
    """The string kept for `content` (equal contents, one object), keeping it if there is room."""
    kept = shared.get(content)
    if kept is not None:
        return kept
    if len(shared) < _SHARED:
        shared[content] = content
    return content


_SAMPLE = 1 << 16  # characters whose UTF-8 length tells a big text's bytes per character
_COLUMNS_BELOW = 32  # bytes of the file a line: a text of shorter lines keeps them as columns (`LineTable`)


def _columns(raw: str) -> bool:
    """Whether a big text's lines are kept as a `LineTable` rather than as `Line` objects: when its lines are
    short, about 32 bytes of the file or fewer (a line object and its slot weigh about 100 bytes, over 10 times
    the text of a file of one-word lines); a text of longer lines keeps the objects, whose reads are cheaper
    (the reference article: about 48 bytes a line, two lines of it a line object)."""
    sample = raw[:_SAMPLE]
    per_character = len(sample.encode("utf-8", "surrogatepass")) / max(1, len(sample))
    return len(raw) * per_character < _COLUMNS_BELOW * (raw.count("\n") + 1)


def split_lines(
    raw: str, watch: frozenset[str] = frozenset(), watched: MutableSequence[int] | None = None
) -> Sequence[Line]:
    """Split a raw text into lines, keeping every line's raw offsets; a form feed is a line of its own.

    The indexes of the lines whose content starts with a character of `watch` are added to `watched` on the way
    (the few lines that may be page furniture: found here, no second pass over the file is needed)."""
    lines: list[Line] = []
    append = lines.append
    widths: dict[float, float] = {}
    width: float
    pos = 0
    note = watched.append if watched is not None and watch else None
    # A text whose only line end is `\n` (nearly every file) is cut at it: the line end is then one character,
    # known without stripping each line of its end. In a big file, short contents are shared: one string for
    # each distinct short line (numbers, heads, the words of a file of one word a line) instead of one a line,
    # at most `_SHARED` of them; its lines are cut a block at a time, so that no list of every line's string is
    # held while the lines are made.
    big = len(raw) > _SHARE_FROM
    plain = not big and not any(end in raw for end in _OTHER_LINE_ENDS)
    pieces = raw.split("\n") if plain else _chunks(raw, _BLOCK if big else _WHOLE)
    # a big file of short lines: columns, with room for its lines
    table = LineTable(raw, raw.count("\n") + 1) if big and _columns(raw) else None
    shared: dict[str, str] | None = {} if big and table is None else None
    make = _block_lines() if big else Line  # a big file's lines keep their index and start in blocks
    add = table.add if table is not None else None
    if plain and (not raw or raw[-1] == "\n"):
        pieces.pop()  # type: ignore[union-attr]  # `splitlines` makes no line after a final line end
    for index, chunk in enumerate(pieces):
        body = chunk if plain else chunk.rstrip(_LINE_ENDS)
        size = len(body)
        content = body.strip()
        # Equal widths share one float, and a line keeps its trailing spaces' count, not its end offset: on a big
        # file of short lines these objects, not the text, set the peak memory.
        end = pos + size
        if content:
            if content is body:  # nothing stripped (`strip` returns the very string): no indent, most lines
                indent = ""
                trail = 0
            else:
                lead = size - len(body.lstrip())
                indent = body[:lead] if lead else ""
                trail = -1  # worked out by the line
            if shared is not None and len(content) <= _SHARED_LENGTH:
                content = _share(shared, content)
            # Display width: CJK characters count about two, Latin ones one (from the UTF-8 length, fast).
            if content.isascii():
                width = len(content)  # an int, shared by Python below 257
            else:
                width = (len(content.encode("utf-8")) + len(content)) / 2
                width = widths.setdefault(width, width)
            if add is not None:
                lo = pos + len(indent)
                add(pos, end, lo, lo + len(content), 0, width)
            else:
                append(make(index, pos, end, content, indent, BODY, width, trail))
            if note is not None and content[0] in watch:
                note(index)
        elif add is not None:
            add(pos, end, end, end, 2 if "\x0c" in chunk else 1, 0.0)
        else:
            append(make(index, pos, end, "", body, PAGE_BREAK if "\x0c" in chunk else BLANK, 0.0, 0))
        pos += size + 1 if plain else len(chunk)
    if table is not None:
        table.finish()
        return table
    return lines


def is_double_spaced(lines: list[Line]) -> bool:
    """True when blank lines merely separate every line (so they mean nothing), false when they mark paragraphs."""
    if isinstance(lines, LineTable):  # a text line's content ends after it starts
        filled = bytes(map(bool, lines.lengths))
    else:
        filled = bytes([bool(line.content) for line in lines])  # a column: 1 for a text line, 0 for a blank one
    text_lines = len(filled) - filled.count(0)
    if text_lines < 4:
        return False
    followed = filled.count(b"\x01\x00")  # a text line with a blank line after it
    return followed >= 0.6 * text_lines


def typical_width(lines: list[Line]) -> float:
    """The width of a full body line: a high percentile of the widths of lines still marked as body."""
    if isinstance(lines, LineTable | LineSubset):
        return lines.typical_width()
    widths = [line.width for line in lines if line.role == BODY and line.content]  # a list: sorted in place,
    # (a generator's values cost more to collect; asked six times a document) by their values as floats: the same
    # order, ties kept in place, but a sort of floats alone, three times faster than one of ints and floats mixed
    # (an ASCII line's width is an int, a CJK line's a float); no width reaches 2**53, where a float rounds
    widths.sort(key=float)
    if not widths:
        return 0.0
    return widths[min(len(widths) - 1, int(len(widths) * 0.8))]


_CATALOGUE = catalogue()
_TRAILING_ANY = _CATALOGUE.trailing_any
# What may stand after a sentence's last stop: closing quotes and brackets, and any strong marker.
_CLOSERS = frozenset("”’\"'」』）)]］】〕 ") | _CATALOGUE.strong_chars | _CATALOGUE.marker_chars
# the last characters of a line that `ends_sentence` must look behind: anything else ends it or not by itself
MAY_TRAIL_STOP = _CLOSERS | frozenset("0123456789")
SENTENCE_STOPS = frozenset(_SENTENCE_END)
_HEADER_PUNCTUATION = "。，；！？"
# the sentence punctuation and every character a strong marker starts with, in one class: one search a line
_HEADER_NEVER = re.compile(f"[{re.escape(''.join(sorted(set(_HEADER_PUNCTUATION) | _CATALOGUE.strong_chars)))}]")


def header_never(content: str) -> bool:
    """A running header holds no sentence punctuation and no note marker."""
    return _HEADER_NEVER.search(content) is not None


def ends_sentence(content: str) -> bool:
    """True when a line's last character (before markers, closing quotes and brackets) ends a sentence."""
    if not content:
        return False
    last = content[-1]
    if last in _SENTENCE_END:
        return True
    if last not in _CLOSERS:
        if "0" <= last <= "9":  # a bare number glued after the stop: `summit.12`, or a note word's or sign's:
            bare = content.rstrip("0123456789")  # `擴大。註1`, `結んだ。*2`
            if bare[-1:] in ("注", "註", "※", "*", "＊"):
                bare = bare[:-1]
            return bool(bare) and bare[-1] in _SENTENCE_END
        return False
    # markers of any family may follow the stop: `。[3]`, `.(2)`, `.¹²`; only the line's tail can hold them, so
    # the expression is tried there rather than from every position of the line
    tail = content[-24:]
    stripped = _TRAILING_ANY.sub("", tail).rstrip("”’\"'」』）)]］】〕 ")
    return bool(stripped) and stripped[-1] in _SENTENCE_END


def mark_page_furniture(lines: list[Line], protected: set[int]) -> None:
    """Mark page numbers and running headers, which stand between pages and belong to no text.

    A decorated number (`· 47 ·`, `— 5 —`) is always a page number; a bare number only when the document has
    several of them in rising order. A running header is a short line that recurs at least three times once
    its digits are ignored (journal name and issue, the article's short title). Lines in `protected` (notes)
    are left alone.
    """
    plain = array("i")  # the bare number lines' indexes (a big file's lines are made on each reading)
    # the lines the running-header test below looks at (at most 50 wide), in order: their numbers (a big file's
    # lines are made on each reading, and on a file of short lines nearly every line is one)
    short = array("i")
    for line in lines:
        if line.role != BODY or line.index in protected:
            continue
        if line.width <= 50:
            short.append(line.index)
        content = line.content
        if content[0] in _RULE_INITIALS and len(content) >= 5 and not content.strip(_RULE):
            line.role = BLANK  # a rule (`________`) parting the text from its notes: a separator, as a blank line
            continue
        # Cheap exact tests first: a decorated or plain number line holds nothing but digits, decorations and
        # spaces, so starts with one of them; a worded one starts with 第, P/p or a digit.
        if content[0] not in _NUMBER_LINE_INITIALS:
            continue
        if content.strip(_NUMBER_LINE_CHARS):
            if content[0] in _WORDED_INITIALS and _PAGE_NUMBER_WORDED.match(content):
                line.role = PAGE_NUMBER
        elif _PAGE_NUMBER_DECORATED.match(content) or _PAGE_NUMBER_WORDED.match(content):
            line.role = PAGE_NUMBER
        elif _PAGE_NUMBER_PLAIN.match(content):
            plain.append(line.index)
    if plain:  # one number alone on a line is a page number too: body text is never a bare number
        values = [int(lines[i].content) for i in plain]
        rising = sum(1 for a, b in pairwise(values) if b > a)
        if rising >= 0.7 * (len(values) - 1):
            for i in plain:
                lines[i].role = PAGE_NUMBER
    shapes: Counter[str] = Counter()
    # the candidates' indexes as machine integers (a dict of them weighed 40 bytes
    # a line on a big file of short lines, where nearly every line is one; a big file's line makes its index anew)
    indexes = array("i")
    for at in short:  # page numbers were taken from them since
        line = lines[at]
        if line.role != BODY or ends_sentence(line.content) or header_never(line.content):
            continue
        shape = line_shape(line.content)
        indexes.append(line.index)
        shapes[shape] += 1
    # A line recurring only twice is still a running header when it names a journal issue, or when it is a
    # shortened title (the article's running head) standing below the first lines, which hold the title.
    head = [line for line in lines[:12] if line.content][:4]
    head_end = head[-1].index if head else -1
    for index in indexes:
        content = lines[index].content
        count = shapes[line_shape(content)]  # remembered (`line_shape`): not kept a candidate
        if count >= 3 or (
            count == 2
            and (
                _JOURNAL_ISSUE.search(content) is not None
                or (index > head_end and any(content in h.content and content != h.content for h in head))
            )
        ):
            lines[index].role = RUNNING_HEADER
        elif count == 2:
            lines[index].role = RUNNING_HEADER  # a masthead repeated, or one head of a pair, if confirmed (see below)


_JOURNAL_ISSUE = re.compile("|".join(_PAGES["journal_issue"]))


@lru_cache(maxsize=1 << 14)
def line_shape(content: str) -> str:
    """A line with its digits and runs of spaces made alike: the prints of one running head share it.

    Remembered: the furniture passes and the running-head passes each ask for the shapes of the same short
    lines (up to five times a line), and a big file of short lines repeats the same few thousand contents."""
    return _DIGITS.sub("#", _SPACES.sub(" ", content))


def _wrapped_at_long_word(text_lines: list[Line]) -> bool:
    """True when the first line is short only because the next line's first word would not have fitted on it
    (`日日 NATO` over `partnership …`): a line of text wrapped there, no masthead however short."""
    from allyscope.layout.running_heads import room_for_next_word  # that module builds on this one

    if len(text_lines) < 2 or text_lines[1].role != BODY or _JOURNAL_ISSUE.search(text_lines[0].content):
        return False
    full = typical_width(text_lines)
    return full > 0 and not room_for_next_word(text_lines[0], text_lines[1], full)


def confirm_running_headers(lines: list[Line]) -> None:
    """Keep a running header only where it stands at a page boundary; anywhere else it is body text.

    A recurring line found by `mark_page_furniture` stands at a boundary when the line before it ends a page
    (a note, a page number, another header, a form feed) or a page number follows it. A shape whose
    occurrences mostly stand elsewhere is body text that happens to repeat; a confirmed shape is a header
    everywhere (also on a page without notes, where nothing marks the boundary).
    """
    text_lines = non_blank(lines)
    # for each shape, where its prints stand among `text_lines` and whether each stands at a page boundary (two
    # arrays kept in step: a tuple per print weighed more than the line on a big file of short lines, and a list
    # of int objects 40 bytes a print)
    at_boundary: dict[str, bytearray] = {}
    positions: dict[str, array[int]] = {}
    previous = PAGE_BREAK
    for i, line in enumerate(text_lines):
        if line.role == RUNNING_HEADER and (line._rare is None or not line.furniture):
            shape = line_shape(line.content)
            places = positions.get(shape)
            if places is None:
                places = positions[shape] = array("i")
                at_boundary[shape] = bytearray()
            places.append(i)
            following = text_lines[i + 1].role if i + 1 < len(text_lines) else PAGE_BREAK
            boundary = previous in (
                NOTE,
                NOTE_CONTINUED,
                PAGE_NUMBER,
                RUNNING_HEADER,
                PAGE_BREAK,
            ) or following in (
                PAGE_NUMBER,
                PAGE_BREAK,
            )
            at_boundary[shape].append(boundary or i < 2)
        previous = line.role
    head = [line.content for line in text_lines[:_HEAD_LINES] if line.role == BODY]
    widths = sorted((line.width for line in text_lines if line.role == BODY), key=float)  # see `typical_width`
    # a masthead (the journal's name as the document's first line) is short beside the text's lines
    masthead = bool(text_lines) and bool(widths) and text_lines[0].width <= 0.5 * widths[len(widths) // 2]
    first = text_lines[0] if masthead and not _wrapped_at_long_word(text_lines) else None

    def recurring(occurrences: bytearray, places: array[int]) -> bool:
        """On three pages or more at page boundaries, or the document's first line (a masthead) printed again."""
        hits = sum(occurrences)
        if first is not None and text_lines[places[0]].index == first.index:
            return len(occurrences) >= 2
        return len(occurrences) >= 3 and hits >= max(2, 0.6 * len(occurrences))

    widths_before = array("d")  # made on first use, once: the text's width before each line
    for shape, occurrences in at_boundary.items():
        places = positions[shape]
        hits = sum(occurrences)
        content = text_lines[places[0]].content
        issue_or_title = bool(_JOURNAL_ISSUE.search(content)) or _shortens(content, head)
        if len(occurrences) <= 2 and not issue_or_title:
            # a line printed twice word for word is text unless it is a short masthead printed again
            confirmed = recurring(occurrences, places)
        else:
            confirmed = (
                hits >= max(2, 0.6 * len(occurrences))
                or recurring(occurrences, places)
                or bool(_JOURNAL_ISSUE.search(content))
                or ((hits >= 1 or len(occurrences) >= 2) and _shortens(content, head))
            )
        if not confirmed or closer_than_pages(text_lines, places, widths_before):
            for i in places:
                text_lines[i].role = BODY
    _shortened_titles(text_lines, head)


# Less text than this (display width: a CJK character counts two; about one line of text) between most prints
# of a line: no page stands between them. Counted in text, not lines: an unwrapped page may be one long line.
_PAGE_TEXT_WIDTH = 100.0


def closer_than_pages(
    text_lines: list[Line], positions: Sequence[int], total: MutableSequence[float] | None = None
) -> bool:
    """True when most prints of a recurring line (at `positions` of `text_lines`) stand closer together than a
    page's text: a cell repeated in a table or a chronology dumped as lines (`会谈`, `Tokyo`), a refrain, a
    list's label — text, not a head, which is printed once a page.

    `total`, the text's width before each line, is filled here when empty and reused by the caller for the
    next recurring line: summed again for each of them, a file of many short repeated lines took time in the
    square of its length (a million lines of a few words: minutes in this function alone)."""
    if len(positions) < 2:
        return False
    if total is None:
        total = array("d")  # a machine double a line, not a float object
    if not total:
        total.append(0.0)
        for line in text_lines:
            total.append(total[-1] + line.width)
    gaps = sorted(total[b] - total[a + 1] for a, b in pairwise(positions))
    return gaps[len(gaps) // 2] < _PAGE_TEXT_WIDTH


def _resume_spaces_possible(text_lines: list[Line]) -> bool:
    """False where most lines start with one space (an extractor's habit): there the space marks no page start
    (`notes.resume_convention_possible`, which this module cannot import)."""
    spaced = sum(1 for line in text_lines if line.indent == " ")
    return spaced < 0.5 * len(text_lines)


def _shortens(content: str, head: list[str]) -> bool:
    """True when `content` is part of one of the first lines (the title) without being all of it."""
    return any(content in h and content != h for h in head)


_NOTE_SIGNS = "*＊†‡§¹²³⁴⁵⁶⁷⁸⁹⁰ \u3000"  # what a title line may end with after its last word: its note's sign


def abridges(content: str, title: str) -> bool:
    """True when `content` is the title with a middle part cut out: its start and its end, each two characters
    or more, joined (`国際緊急援助の課題` for `国際緊急援助と部隊派遣の課題*`, `Verification After the Treaties` for
    `Verification in Arms Control After the Treaties`), the way a running head abridges a title too long for it.
    As long as a heading or a phrase of the text could be no more (six CJK characters, twelve Latin ones); in
    Latin script the cut falls between words."""
    title = title.rstrip(_NOTE_SIGNS)
    size = len(content)
    latin = content.isascii()
    if size < (12 if latin else 6) or size >= len(title) - 1:
        return False
    lead = 0  # the longest start the two share
    while lead < size and content[lead] == title[lead]:
        lead += 1
    tail = 0  # the longest end the two share
    while tail < size and content[size - 1 - tail] == title[len(title) - 1 - tail]:
        tail += 1
    # a cut at k: content[:k] starts the title, content[k:] ends it, each two characters or more
    for k in range(max(2, size - tail), min(lead, size - 2) + 1):
        if not latin:
            return True
        j = len(title) - (size - k)  # where the kept end starts in the title
        if (
            (content[k - 1] == " " or content[k] == " ")
            and not (title[k - 1].isalnum() and title[k].isalnum())
            and not (title[j - 1].isalnum() and title[j].isalnum())
        ):
            return True
    return False


_HEAD_LINES = 4  # the first text lines, which hold the journal line and the title a running head repeats
_DECORATED_NUMBER = rf"[{_DECORATIONS}]\s*\d{{1,4}}\s*[{_DECORATIONS}]"
PAGE_NUMBER_EDGE = re.compile(
    r"^(?:\d{1,4}|" + _DECORATED_NUMBER + r")[\s\u3000·•|｜]+(?=\D)"
    r"|(?<=\D)[\s\u3000·•|｜]+(?:\d{1,4}|" + _DECORATED_NUMBER + r")$"
)
"""A page number at the edge of a running head (`124 JOURNAL`, `TITLE · 125`, `― 24 ―　刊名`, `題名　― 25 ―`)."""
EDGE_INITIALS = frozenset("0123456789" + _PAGES["decorations"])
"""What a running head printed with its page number starts or ends with."""
_AUTHOR_IN_PARENS = re.compile(r"^(.+?)[\s\u3000]*[（(]([^（()）]{1,12})[)）]$")


def _running_head(content: str, head: list[str], names: list[str]) -> bool:
    """True for a running head printed with its page number (`124 JOURNAL NAME`, `SHORT TITLE 125`,
    `42 · 刊名　第12卷第3期`) or with the author's name after the title (`Title（Name）`): the text names the
    journal or the title of the first lines (letter case aside), the name stands in the author line."""
    # both patterns are tried only where they can match (a digit at an edge, a bracket at the end): most short
    # lines of a text have neither, and the second alternative of each would be tried at every position
    if content[:1] in EDGE_INITIALS or content[-1:] in EDGE_INITIALS:
        core, numbered = PAGE_NUMBER_EDGE.subn("", content)
    else:
        core, numbered = content, 0
    parens = _AUTHOR_IN_PARENS.match(core) if core[-1:] in ")）" else None
    if parens is not None and any(parens.group(2) in name for name in names):
        core, numbered = parens.group(1), 1
    if not numbered or len(core) < (12 if core.isascii() else 4):
        return False
    folded = core.casefold()
    return any(folded in h.casefold() for h in head)


def _front_titles(text_lines: list[Line]) -> list[str]:
    """The first lines that stand short of a full line (a title's lines). Made only when a line needs them or
    before the first role `_shortened_titles` changes (the full width is a sort of every line's width)."""
    full = typical_width(text_lines)
    # (or a line about as wide as the column right above a short one that ends no sentence: a long title over
    # its byline in a narrow column, whose start a running head may repeat all the same; a paragraph's last line
    # under its full first one ends a sentence)
    front = text_lines[: _HEAD_LINES + 1]
    return [
        line.content
        for k, line in enumerate(front[:_HEAD_LINES])
        if line.role == BODY
        and (
            line.width <= 0.8 * full
            or (k + 1 < len(front) and front[k + 1].width <= 0.5 * full and not ends_sentence(front[k + 1].content))
        )
    ]


def _shortened_titles(text_lines: list[Line], head: list[str]) -> None:
    """A short line that repeats the start of the title (the article's running head) is a running header even
    where it stands once: right after a page's notes or number, before a line that resumes a page, or anywhere
    when it is long enough not to be a word of the text (six characters of CJK, twelve of Latin script), or when
    it is printed with its page number or the author's name (see `_running_head`)."""
    if not head:
        return
    names = [line.content for line in text_lines[1:8] if line.role == BODY and len(line.content) <= 40]
    # a title stands short of a full line: the body's first line, full and running on, is no title whose start
    # a later line could repeat (a line of the text that happens to begin with the same words stays text)
    titles: list[str] | None = None  # (`_front_titles`) made when first needed, or before a role first changes
    head_text = "\n".join(head)  # a line's content is in one of the head's lines only if it is in this
    resumes: bool | None = None  # whether a single leading space may mark a page's first body line, when needed
    for i in range(1, len(text_lines)):
        line = text_lines[i]
        content = line.content
        if line.role != BODY or not 2 <= len(content) <= 60:
            continue
        if (
            i >= _HEAD_LINES
            # `_running_head` needs a digit or a decoration at an edge, or a closing bracket: tested first, cheaper
            and (content[0] in EDGE_INITIALS or content[-1] in EDGE_INITIALS or content[-1] in ")）")
            and not ends_sentence(content)
            and _running_head(content, head, names)
        ):
            if titles is None:
                titles = _front_titles(text_lines)  # read before any role changes, as when made first
            line.role = RUNNING_HEADER
            continue
        if len(content) > 30:
            continue
        part = content in head_text and _shortens(content, head)
        # or a head abridging the title (its start and its end, a middle cut out: `国際緊急援助の課題` for
        # `国際緊急援助と部隊派遣の課題`; as long as a prefix must be to stand anywhere, see `abridges`)
        if not part and (content[:2] not in head_text or not any(abridges(content, h) for h in head)):
            continue
        before = text_lines[i - 1]
        after = text_lines[i + 1] if i + 1 < len(text_lines) else None
        if titles is None:
            titles = _front_titles(text_lines)
        prefix = (
            any(h.startswith(content) and h != content for h in titles)
            and len(content) >= (12 if content.isascii() else 6)
            if part
            else any(abridges(content, h) for h in titles)
        )
        if (
            before.role in (NOTE, NOTE_CONTINUED, PAGE_NUMBER)
            or (after is not None and after.indent == " " and before.indent != " ")
            or prefix
        ) and not ends_sentence(content):
            if line.indent == " " and before.indent != " " and not prefix:
                if resumes is None:
                    resumes = _resume_spaces_possible(text_lines)
                if resumes:
                    continue  # the single space of a page's first body line: the text resuming, not its head
            line.role = RUNNING_HEADER


# a page number after a publisher's or series' name and a bar (`基金會｜第 1 頁，共 3 頁`), a spaced middle dot
# (`Example Centre · Paper 12 · Page 2`) or a full-width space (`某研究所　研究报告　第1页`, the way CJK feet part
# their items): the page's number line
_PAGE_NUMBER_LABELLED = re.compile(
    r"^[^|｜\n]{1,60}?(?:[\s\u3000]*[|｜][\s\u3000]*|[ \t]+[·•][ \t]+|\u3000+)(?:"
    + "|".join(_PAGES.get("labelled", []))
    + r")$"
)
LABELLED_PAGE_SEPARATORS = ("|", "｜", " · ", " • ", "\u3000第")
"""What a text must hold for `mark_labelled_page_numbers` to find anything (a substring test of the raw text)."""
_SEPARATOR_CHARS = tuple(frozenset(separator) for separator in LABELLED_PAGE_SEPARATORS)


def holds_labelled_page_separator(raw: str) -> bool:
    """True when `raw` holds one of `LABELLED_PAGE_SEPARATORS`. Each separator's characters are looked for one by
    one first: a search for one character runs many times faster than one for a string of several (`' · '`), and
    most texts lack the middle dot, the bullet or the full-width space."""
    return any(
        all(char in raw for char in chars) and separator in raw
        for separator, chars in zip(LABELLED_PAGE_SEPARATORS, _SEPARATOR_CHARS, strict=True)
    )


def mark_labelled_page_numbers(lines: list[Line], protected: set[int]) -> None:
    """Mark as page numbers the lines that print one after a publisher's or series' name and a bar
    (`海洋政策研究基金會｜第 1 頁，共 3 頁`, `Example Institute | Page 2 of 9`; `data/layouts/pages.json`,
    `labelled`), a spaced middle dot or a full-width space (`某研究所　研究报告　第1页`). The caller runs it only on
    a text holding one of `LABELLED_PAGE_SEPARATORS`."""
    for line in lines:
        content = line.content
        if (
            line.role in (BODY, RUNNING_HEADER)  # a head it may be, tentatively: a page number it is
            and content
            and content[-1] in "页頁0123456789"
            and any(separator in content for separator in LABELLED_PAGE_SEPARATORS)
            and line.index not in protected
            and _PAGE_NUMBER_LABELLED.match(content)
        ):
            line.role = PAGE_NUMBER
