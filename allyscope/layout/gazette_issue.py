"""The heads of an official gazette's issue, read by the row that marks it (issue 12, lay88b).

A Japanese gazette's issue prints under its masthead one row with the issue's day, the weekday and the issue's
number (`令和7年9月11日　木曜日　　号外第203号`, data/layouts/furniture.json 'gazette_issue' 'row'); then its
contents, then its items sorted into groups by the kind of instrument, each group under its kind in tortoise-shell
brackets (`〔条約〕`, `〔告示〕`: 'group') and each item under a line opening with a circle (`○外務省告示第三百五号`,
`○…協定（条約第九号）`: 'entry'), the item's text under it. The groups are the issue's sections and the entries the
heads under them. Only a page with that row among its first lines is read so: elsewhere a bracketed word or a
circled line is what the other readings make of it. The words are data; this module names none.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from functools import cache
from importlib import resources

from allyscope.layout.headings import HeadingShape
from allyscope.layout.lines import BODY, Line, ends_sentence

GROUP = "gazette-group"  # family keys: the groups nest the entries (`headings.nest_levels`)
ENTRY = "gazette-entry"
_ROW_LINES = 4  # the issue row stands right under the masthead


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None:
    data = json.loads(resources.files("allyscope.data").joinpath("layouts/furniture.json").read_text("utf-8"))
    issue = data.get("gazette_issue")
    if not issue:
        return None
    return re.compile(issue["row"]), re.compile(issue["group"]), re.compile(issue["entry"])


def issue_row(content: str) -> bool:
    """True for a gazette issue's row: its day, weekday and number, nothing else
    (`令和6年6月3日　月曜日　　第1246号`)."""
    patterns = _patterns()
    return patterns is not None and patterns[0].fullmatch(content.strip()) is not None


def _row_index(lines: Sequence[Line]) -> int | None:
    """The issue row's index among the first text lines, or None."""
    seen = 0
    for line in lines:
        if not line.content:
            continue
        if issue_row(line.content):
            return line.index
        seen += 1
        if seen >= _ROW_LINES:
            return None
    return None


def gazette_heads(lines: Sequence[Line]) -> dict[int, HeadingShape]:
    """The heads of a gazette issue's text by line index (see the module), or {} where no issue row stands among
    the first lines. A group is a body line that is a kind in brackets alone; an entry a body line under a group
    opening with the circle, ending no sentence, with a text line under it that opens with no circle and no circled
    line right over it (circles running line after line are a list's bullets, no items' heads). The contents
    over the text (navigation by then) are left as they are."""
    patterns = _patterns()
    if patterns is None or not lines or _row_index(lines) is None:
        return {}
    _, group, entry = patterns
    body = [line for line in lines if line.role == BODY and line.content]
    heads: dict[int, HeadingShape] = {}
    in_group = False
    for k, line in enumerate(body):
        content = line.content.strip()
        kind = group.fullmatch(content)
        if kind is not None:
            heads[line.index] = HeadingShape(GROUP, "", "", kind.start(1), len(content) - kind.end(1))
            in_group = True
            continue
        mark = entry.match(content)
        if not in_group or mark is None or ends_sentence(content):
            continue
        above = body[k - 1].content.strip() if k else ""
        under = body[k + 1].content.strip() if k + 1 < len(body) else ""
        if not under or entry.match(under) or group.fullmatch(under) or entry.match(above):
            continue
        heads[line.index] = HeadingShape(ENTRY, "", "", mark.end())
    return heads
