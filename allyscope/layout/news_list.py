"""A page's list of its latest notices under its label (issue 12, lay89b).

A site's page (a government division's top page, an office's home page) lists its latest notices under a label
alone (data/layout.json 'news_list_label': `新着情報`, `お知らせ`, `最新消息`, `What's new`), one a line, each a
full day, a gap and the notice's link (`2024年6月14日　…について`, 'news_list_item'). Those lines are links to other
pages, as a story's related list is: label and items are related furniture. The list ends at the first line of
another shape (the next section's head, a text line); an item ends no sentence (a chronology's dated entry ends on
its stop and stays text, and no chronology stands under such a label). The words are data; this module names none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from allyscope.layout.line_objects import BODY, FURNITURE, Line
from allyscope.layout.lines import ends_sentence
from allyscope.layout.notes import label_patterns

_ITEMS_LEAST = 2  # a list of notices holds two at least
_LABEL_LONGEST = 24  # a label alone, no sentence


def _label(line: Line) -> bool:
    content = line.content
    return (
        line.role == BODY
        and 0 < len(content) <= _LABEL_LONGEST
        and any(p.fullmatch(content) for p in label_patterns("news_list_label"))
    )


def _item(line: Line) -> bool:
    content = line.content
    return (
        line.role == BODY
        and not ends_sentence(content)
        and any(p.match(content) for p in label_patterns("news_list_item"))
    )


@cache
def _label_alone() -> re.Pattern[str]:
    """Any notices label alone on a line of the raw text: a text holding none is left at once."""
    branches = "|".join(f"(?:{p.pattern})" for p in label_patterns("news_list_label"))
    return re.compile(rf"^[ \t\u3000]*(?:{branches})[ \t\u3000]*\r?$", re.MULTILINE)


def mark_news_list(lines: Sequence[Line], raw: str) -> None:
    """Make a notices label and the dated items under it related furniture (see the module)."""
    if _label_alone().search(raw) is None:
        return
    for label in lines:
        if not label.content or not _label(label):
            continue
        run: list[Line] = []
        for line in lines[label.index + 1 :]:
            if not line.content:
                if run:
                    break
                continue
            if not _item(line):
                break
            run.append(line)
        if len(run) >= _ITEMS_LEAST:
            for line in (label, *run):
                line.role, line.furniture = FURNITURE, "related"
