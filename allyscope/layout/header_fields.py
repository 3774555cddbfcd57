"""A post's header of labelled fields, as a bulletin board prints it over the text (lay82).

A board's post opens with its fields one a line, each a label and two spaces or a colon before its value:
`作者  seawatcher (看海的人)`, `看板  Military`, `標題  [心得] …`, `時間  Sat Aug 10 21:04:33 2024`. The writer's
field names an account (letters and digits, a nickname in brackets after it), the title's field the title. The
lines are short and stand alone, so the edge reader would take the writer's line for a menu item over the title;
read as a header instead, the account is the author (`data/layout.json` 'header_author'), the title field the
title ('title_label', `structure/front._form_front`), the board and the time the page's (furniture.json).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from allyscope.layout.lines import BLANK, Line
from allyscope.layout.notes import label_patterns

_HEADER_REACH = 6  # the header's fields are the post's first lines: writer, board, title, time
_TITLE_REACH = 3  # the title's field stands within three lines under the writer's


def header_author(content: str) -> re.Match[str] | None:
    """The writer's field of a post's header (group `name`: the account), or None."""
    text = content.strip()
    return next((m for p in label_patterns("header_author") if (m := p.match(text))), None)


def _title_field(content: str) -> bool:
    text = content.strip()
    for pattern in label_patterns("title_label"):
        match = pattern.match(text)
        if match is not None and text[match.end() :].strip():
            return True
    return False


def header_author_lines(lines: Sequence[Line]) -> set[int]:
    """The indexes of the writer's field of a post's header: among the first lines, with a title field within
    `_TITLE_REACH` lines under it (a writer's field alone, with no title field, is left to the byline readers)."""
    filled = [line for line in lines[: _HEADER_REACH * 3] if line.role != BLANK and line.content.strip()]
    filled = filled[:_HEADER_REACH]
    found: set[int] = set()
    for at, line in enumerate(filled):
        if header_author(line.content) is None:
            continue
        if any(_title_field(below.content) for below in filled[at + 1 : at + 1 + _TITLE_REACH]):
            found.add(line.index)
    return found
