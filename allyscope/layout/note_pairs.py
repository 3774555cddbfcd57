"""Two page notes printed on one line (l52): a PDF's text layer may flatten a page's short notes side by side,
`1 …簽署。 2 兩國…。`, the second note's number standing after the first note's stop and a space.

Under a rule (`______`, the line over a page's notes), a line opening with a note's number and a space, which holds
after a CJK sentence's stop a space and the next number and a space before more text, is cut in two lines there: the
note reader (`notes.find_note_blocks`) then reads each note with its own number, and the notes that follow count on
from the second. A line of the text (no rule over it) and a number that is not the next one stay as they are.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from allyscope.layout.edge_blocks import width
from allyscope.layout.line_objects import BODY, Line

_OPENING = re.compile(r"(\d{1,2}) (?=\S)")  # `1 2024年…`: a note's number and a space
_SECOND = re.compile(r"(?<=[。．！？」）])[ \u3000](\d{1,2}) (?=[^\s\d])")  # `…簽署。 2 兩國…`: the next note
_RULE = re.compile(r"[_\-‐–—─━]{5,}")
_REACH = 4  # lines at most between the rule and a note line of its block


def may_hold_note_pairs(raw: str) -> bool:
    """A cheap screen: a CJK stop followed by a space and a digit, and a rule, somewhere in the text."""
    return ("。 " in raw or "。\u3000" in raw) and "_____" in raw


def _under_rule(lines: Sequence[Line], index: int) -> bool:
    for k in range(index - 1, max(-1, index - 1 - _REACH), -1):
        content = lines[k].content.strip()
        if _RULE.fullmatch(content):
            return True
        if not _OPENING.match(content) and lines[k].role == BODY:
            return False  # a text line between: the rule is not this block's
    return False


def split_note_pairs(lines: Sequence[Line]) -> list[Line] | None:
    """`lines` with every note line holding two notes cut in two (see the module), numbered again from 0; None
    when no line holds two."""
    out: list[Line] = []
    cut = False
    for line in lines:
        content = line.content
        opening = _OPENING.match(content) if line.role == BODY and content[:1].isdigit() else None
        second = None
        if opening is not None:
            number = int(opening.group(1))
            second = next((m for m in _SECOND.finditer(content) if int(m.group(1)) == number + 1), None)
        if second is None or not _under_rule(lines, line.index):
            line.index = len(out)
            out.append(line)
            continue
        cut = True
        head = content[: second.start()].rstrip()
        rest = content[second.start(1) :]
        lo = line.lo
        first = Line(len(out), line.start, lo + len(head), head, line.indent, BODY, width(head), 0)
        first.page = line.page
        out.append(first)
        piece = Line(len(out), lo + second.start(1), line.end, rest, "", BODY, width(rest))
        piece.page = line.page
        out.append(piece)
    return out if cut else None
