"""A page's comment section under its text: each comment's header (who wrote it, when) and its reply button.

A blog or a news page may print its readers' comments after the text, under a line counting them or naming the
list (`3 Comments`, `留言（2）`, `コメント一覧`). Each comment opens with a header, a name and the day (and time)
it was posted, on one line (`<name> · March 3, 2025 at 9:12 am`, `<name> 2024-07-10 12:01`, `<name> 於 … 留言`),
and may close with a reply button alone on its line (`Reply`, `回覆`, `返信`). The headers are dateline spans
that date no document (their raw starts are returned, for the date reader to skip), the buttons tools; the
comments' words stay text (`data/layouts/furniture.json` 'comments').

A social platform prints the stamp under the comment instead (lay83): the writer's name (alone, or before a colon
and the words), the comment, then its age or day (`3 週`, `4月13日 21:40`), maybe the app it was sent from
(`来自 iPhone客户端`) and its buttons with their counts (`回复    赞 45`), then like and reply buttons alone
(`讚`, `回覆`), under a label such as `热门评论` or `最相關`. Those stamps are the section's datelines.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from allyscope.layout.dating import find_dates
from allyscope.layout.furniture import FURNITURE
from allyscope.layout.lines import BODY, SENTENCE_STOPS, Line


@dataclass(frozen=True, slots=True)
class _Rules:
    opening: re.Pattern[str]  # the line over the comments: their count or the list's label
    header: re.Pattern[str]  # a comment's header: group `name`, then group `when` (the day, maybe a time)
    after_date: re.Pattern[str]  # what may follow the day on a header (a time of day, `留言`, `said:`)
    reply: re.Pattern[str]  # a reply (or like) button alone on its line
    stamp: re.Pattern[str]  # a comment's stamp under its words: its age or day, maybe the client, maybe buttons


@cache
def _rules() -> _Rules:
    data: dict[str, Any] = json.loads(
        resources.files("allyscope.data").joinpath("layouts/furniture.json").read_text("utf-8")
    )["comments"]

    def whole(patterns: list[str]) -> re.Pattern[str]:
        return re.compile("|".join(f"(?:{p})" for p in patterns))

    return _Rules(
        whole(data["opening"]),
        re.compile(data["header"]),
        re.compile(data["after_date"]),
        whole(data["reply"]),
        re.compile(data.get("stamp", r"(?!)")),
    )


_NAME_WIDTH = 30  # a commenter's name or handle: a few words


def comment_header(content: str) -> bool:
    """True for a comment's header: a short name with no sentence's stop, then (after a dot, a bar, `於`, or
    spaces) a full day, and after it at most a time of day and a word saying it was posted."""
    r = _rules()
    match = r.header.fullmatch(content.strip())
    if match is None:
        return False
    name, when = match.group("name").strip(), match.group("when")
    if not name or len(name) > _NAME_WIDTH or any(c in SENTENCE_STOPS for c in name):
        return False
    dates = [f for f in find_dates(when) if len(f.edtf) == 10]
    if not dates or dates[0].start != 0:
        return False
    return r.after_date.fullmatch(when[dates[0].end :]) is not None


def _next_text(lines: Sequence[Line], j: int) -> int:
    while j < len(lines) and not lines[j].content:
        j += 1
    return j


def comment_stamp(content: str) -> bool:
    """True for a comment's stamp as a social platform prints it under the comment's words: its age (`3 週`,
    `2小时前`, `5h`) or its day and time (`4月13日 21:40`), maybe the app it was sent from (`来自 iPhone客户端`) and
    the comment's buttons with their counts (`回复    赞 45`), nothing else."""
    return _rules().stamp.fullmatch(content.strip()) is not None


_STAMP_REACH = 3  # lines with content from a comment section's label to the first stamp: a name and a comment


def _stamped(lines: Sequence[Line], j: int) -> bool:
    """True when a comment's stamp stands among the first lines with content from `j` on (its writer's name and
    words over it), each of them body text but the stamp."""
    seen = 0
    while j < len(lines) and seen < _STAMP_REACH:
        content = lines[j].content.strip()
        if content:
            if comment_stamp(content):
                return seen > 0
            if lines[j].role != BODY:
                return False
            seen += 1
        j += 1
    return False


def mark_comments(lines: Sequence[Line]) -> tuple[int, ...]:
    """Mark each comment section's headers (dateline) and reply buttons (tools); return the headers' raw starts.

    A section opens under a furniture line counting or naming the comments (`3 Comments`, `热门评论`, `最相關`),
    whose next line with content is a comment's header; or, on a social platform's page, whose next lines hold a
    comment's words and then its stamp (`comment_stamp`: the stamps are the section's datelines, and a like or a
    reply button alone on its line is a tool there, even where a share row took it). It runs on while its lines
    are headers or stamps, buttons or the comments' text, and ends at a line of other furniture (`Leave a Reply`,
    a copyright line) or the page's end."""
    r = _rules()
    starts: list[int] = []
    for line in lines:
        if line.role != FURNITURE or r.opening.fullmatch(line.content.strip()) is None:
            continue
        j = _next_text(lines, line.index + 1)
        if j >= len(lines):
            continue
        stamped = not comment_header(lines[j].content) and _stamped(lines, j)
        if not stamped and not comment_header(lines[j].content):
            continue
        while j < len(lines):
            current = lines[j]
            content = current.content.strip()
            button = bool(content) and r.reply.fullmatch(content) is not None
            if stamped and button and current.role == FURNITURE and current.furniture == "share":
                current.furniture = "tools"  # `讚` under a comment: its like button, no share row's
            elif current.role == FURNITURE and current.furniture != "dateline":
                break  # the section's end: the form to comment, the site's footer
            if content and (comment_stamp(content) if stamped else comment_header(content)):
                current.role, current.furniture = FURNITURE, "dateline"
                starts.append(current.start)
            elif button and current.role == BODY:
                current.role, current.furniture = FURNITURE, "tools"
            j += 1
    return tuple(starts)
