"""A section head copied from an encyclopedia page with its edit link glued to its end (`Background[edit]`,
`経緯[編集]`, `<head>[编辑]`): the link is one of the page's tools, the words before it the head.

Such a line is cut in two at the link's opening bracket before any pass reads the lines: the head a body line
that the heading passes read as any other, the link a `tools` furniture line of its own. Both keep the raw
offsets of the line they were cut from. The links are data (`data/layouts/furniture.json` 'edit_links': whole
bracketed links, ending a line after some other text; a link alone on its line is no concern of this module).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from functools import cache
from importlib import resources
from typing import Any

from allyscope.event_cues import found_in
from allyscope.layout.furniture import FURNITURE
from allyscope.layout.line_objects import BODY, Line

TOOLS = "tools"


@cache
def _links() -> list[str]:
    """The edit links of the data, each an expression."""
    data: dict[str, Any] = json.loads(
        resources.files("allyscope.data").joinpath("layouts/furniture.json").read_text("utf-8")
    )
    return list(data.get("edit_links", []))


@cache
def _link() -> re.Pattern[str] | None:
    """An edit link ending a line (group `link`), after at least one character that is no space."""
    links = _links()
    if not links:
        return None
    return re.compile(rf"(?<=\S)[ \t\u3000]*(?P<link>(?:{'|'.join(links)}))[ \t\u3000]*$", re.MULTILINE)


@cache
def _link_alone() -> re.Pattern[str]:
    """Any edit link of the data, wherever it stands: every match of `_link` holds one."""
    return re.compile("|".join(f"(?:{link})" for link in _links()))


def edit_link_at(content: str) -> int | None:
    """Where the edit link ending `content` opens, when some words stand before it; else None."""
    link = _link()
    found = link.search(content) if link is not None else None
    return found.start("link") if found is not None else None


def holds_edit_links(raw: str) -> bool:
    """True when some line of `raw` ends with an edit link after other words (one search of the text)."""
    link = _link()
    if link is None:
        return False
    # `_link` opens with a look-behind that `re` tries at every character of the text; every match of it holds a
    # link, and the links open with a bracket: a text where none stands (found by the expression led by its first
    # characters, `found_in`) holds no match, and only one where some does is searched whole (fast64)
    return found_in(_link_alone(), raw) and link.search(raw) is not None


def _width(content: str) -> float:
    return len(content) if content.isascii() else (len(content.encode("utf-8")) + len(content)) / 2


def split_edit_links(lines: Sequence[Line]) -> list[Line] | None:
    """`lines` with every body line ending in an edit link cut in two (the head, then the link as a `tools`
    furniture line), numbered again from 0; None when no line holds one."""
    out: list[Line] = []
    cut = False
    for line in lines:
        at = edit_link_at(line.content) if line.role == BODY and line.content else None
        if at is None:
            line.index = len(out)
            out.append(line)
            continue
        cut = True
        content = line.content
        head = content[:at].rstrip()
        link = content[at:].rstrip()
        lo = line.lo
        out.append(Line(len(out), line.start, lo + len(head), head, line.indent, BODY, _width(head), 0))
        piece = Line(len(out), lo + at, line.end, link, "", FURNITURE, _width(link))
        piece.furniture = TOOLS
        piece.page = line.page
        out[-1].page = line.page
        out.append(piece)
    return out if cut else None
