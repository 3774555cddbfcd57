"""Physical lines of a raw text, with their raw offsets, widths and the layout facts read off them.

A PDF extractor leaves a page as lines: body lines broken where the page broke them, running headers,
page-number lines, note blocks. Everything downstream works on these `Line`s, never on copies of the text.
Here: cutting a text into lines and the facts every pass asks of them (a full line's width, whether blank lines
mean anything, whether a line ends a sentence); the line objects are in `line_objects`, the page furniture passes
(page numbers, running headers) in `page_furniture`.
"""

from __future__ import annotations

import json
import re
from array import array
from collections.abc import Iterator, MutableSequence, Sequence
from importlib import resources

from allyscope.layout.catalogue import catalogue
from allyscope.layout.line_objects import (
    BLANK,
    BODY,
    DROPPED,
    NOTE,
    NOTE_CONTINUED,
    NOTES_HEADING,
    PAGE_BREAK,
    PAGE_NUMBER,
    RUNNING_HEADER,
    Line,
    LineSubset,
    LineTable,
    Role,
    _block_lines,
    non_blank,
)

__all__ = [
    "BLANK",
    "BODY",
    "DROPPED",
    "MAY_TRAIL_STOP",
    "NOTE",
    "NOTES_HEADING",
    "NOTE_CONTINUED",
    "PAGE_BREAK",
    "PAGE_NUMBER",
    "RUNNING_HEADER",
    "SENTENCE_STOPS",
    "Line",
    "LineFacts",
    "LineSubset",
    "LineTable",
    "Role",
    "ends_sentence",
    "header_never",
    "is_double_spaced",
    "non_blank",
    "split_lines",
    "typical_width",
]

_SENTENCE_END = "。．.！!？?；;"

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


class LineFacts:
    """What layout repair asks of every line that no pass changes (a line's content and indent are never
    rewritten, only its role), counted while the lines are cut instead of in a pass of their own each:

    - `text`: lines with content; `spaced`: those of them indented by one space (`resume_convention_possible`);
    - `followed`: text lines with a line without content right after them (`is_double_spaced`);
    - `noted`: the indexes of the lines whose content starts with a character of `initials` (a note's first
      character: only they may start a note, `notes.note_start`)."""

    __slots__ = ("followed", "initials", "noted", "spaced", "text")

    def __init__(self, initials: frozenset[str]) -> None:
        self.initials = initials
        self.noted = array("i")
        self.text = 0
        self.spaced = 0
        self.followed = 0

    def double_spaced(self) -> bool:
        """`is_double_spaced` of the lines counted."""
        return self.text >= 4 and self.followed >= 0.6 * self.text

    def resume_possible(self) -> bool:
        """`notes.resume_convention_possible` of the lines counted."""
        return self.spaced == 0 or self.spaced < 0.5 * self.text


def split_lines(
    raw: str,
    watch: frozenset[str] = frozenset(),
    watched: MutableSequence[int] | None = None,
    facts: LineFacts | None = None,
) -> Sequence[Line]:
    """Split a raw text into lines, keeping every line's raw offsets; a form feed is a line of its own.

    The indexes of the lines whose content starts with a character of `watch` are added to `watched` on the way
    (the few lines that may be page furniture: found here, no second pass over the file is needed); `facts`, when
    given, is filled the same way (see `LineFacts`)."""
    lines: list[Line] = []
    append = lines.append
    widths: dict[float, float] = {}
    width: int | float  # an int for a line in ASCII (shared by Python below 257): not made a float when compiled
    pos = 0
    note = watched.append if watched is not None and watch else None
    initials = facts.initials if facts is not None else frozenset()
    noted = facts.noted.append if facts is not None else None
    text = spaced = followed = 0  # `LineFacts`' counts
    filled = False  # the line before had content
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
            if noted is not None and content[0] in initials:
                noted(index)
            text += 1
            if indent == " ":
                spaced += 1
            filled = True
            pos += size + 1 if plain else len(chunk)
            continue
        if filled:
            followed += 1
            filled = False
        if add is not None:
            add(pos, end, end, end, 2 if "\x0c" in chunk else 1, 0.0)
        else:
            append(make(index, pos, end, "", body, PAGE_BREAK if "\x0c" in chunk else BLANK, 0.0, 0))
        pos += size + 1 if plain else len(chunk)
    if facts is not None:
        facts.text, facts.spaced, facts.followed = text, spaced, followed
    if table is not None:
        table.finish()
        return table
    return lines


def is_double_spaced(lines: Sequence[Line]) -> bool:
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


def typical_width(lines: Sequence[Line]) -> float:
    """The width of a full body line: a high percentile of the widths of lines still marked as body."""
    if isinstance(lines, (LineTable, LineSubset)):
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
_NOTE_LIST_SIGNS = frozenset("、，,・･～〜~-–")  # between the numbers of one `注` citing several notes (`注2・3`)
_HEADER_PUNCTUATION = "。，；！？"
# the sentence punctuation and every character a strong marker starts with, in one class: one search a line
_HEADER_NEVER = re.compile(f"[{re.escape(''.join(sorted(set(_HEADER_PUNCTUATION) | _CATALOGUE.strong_chars)))}]")


def _editor_tag() -> re.Pattern[str] | None:
    """An encyclopedia editor's tag closing a line (`[citation needed]`, `[要出典]`: `notes.json` 'editor_tags')."""
    data = json.loads(resources.files("allyscope.data").joinpath("layouts/notes.json").read_text("utf-8"))
    return re.compile(data["editor_tags"]) if data.get("editor_tags") else None


_EDITOR_TAG = _editor_tag()


def header_never(content: str) -> bool:
    """A running header holds no sentence punctuation and no note marker."""
    return _HEADER_NEVER.search(content) is not None


def ends_sentence(content: str) -> bool:
    """True when a line's last character (before markers, closing quotes and brackets) ends a sentence. An
    editor's tag after the stop (`… manufacturing.[citation needed]`, `notes.json` 'editor_tags') is looked past."""
    if not content:
        return False
    last = content[-1]
    if last in _SENTENCE_END:
        return True
    if last in "]］" and _EDITOR_TAG is not None and (tag := _EDITOR_TAG.search(content, max(0, len(content) - 60))):
        return ends_sentence(content[: tag.start()])
    if last not in _CLOSERS:
        if "0" <= last <= "9":  # a bare number glued after the stop: `summit.12`, or a note word's or sign's:
            bare = content.rstrip("0123456789")  # `擴大。註1`, `結んだ。*2`
            if bare[-1:] in _NOTE_LIST_SIGNS and "0" <= bare[-2:-1] <= "9":  # `合作。注1、2`, `。註4-6`: one
                listed = bare[:-1].rstrip("0123456789")  # note word citing several notes
                if listed[-1:] in ("注", "註"):
                    bare = listed
            if bare[-1:] in ("注", "註", "※", "*", "＊"):
                bare = bare[:-1]
            return bool(bare) and bare[-1] in _SENTENCE_END
        return False
    # markers of any family may follow the stop: `。[3]`, `.(2)`, `.¹²`; only the line's tail can hold them, so
    # the expression is tried there rather than from every position of the line
    tail = content[-24:]
    stripped = _TRAILING_ANY.sub("", tail).rstrip("”’\"'」』）)]］】〕 ")
    return bool(stripped) and stripped[-1] in _SENTENCE_END
