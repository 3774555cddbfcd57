"""Heading shapes of Chinese, Japanese and English articles, and how deep each one sits.

Each shape has a rank in the usual hierarchy (`第一章` > `第一节` > `一、` > `（一）` > `1.` > `1.1` > `（1）`;
`I.` > `A.` > `1.` in English). A document rarely uses all of them, so the ranks it does use are renumbered
from level 1 down.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_CN_NUM = "一二三四五六七八九十百零〇两"
_ROMAN = r"(?:X{0,3})(?:IX|IV|V?I{0,3})"

_SHAPES: tuple[tuple[str, int, re.Pattern[str]], ...] = (
    ("chapter", 0, re.compile(rf"(第\s*([{_CN_NUM}\d]+)\s*[章部编])[\s\u3000]*(.*)")),
    ("section", 1, re.compile(rf"(第\s*([{_CN_NUM}\d]+)\s*[节節])[\s\u3000]*(.*)")),
    ("cn", 2, re.compile(rf"(([{_CN_NUM}]+)\s*[、，．.])[\s\u3000]*(.+)")),
    ("roman", 2, re.compile(rf"(({_ROMAN})\.)[\s\u3000]+([A-Z].*)")),
    ("cn-paren", 3, re.compile(rf"([（(]\s*([{_CN_NUM}]+)\s*[）)])[\s\u3000]*(.+)")),
    ("latin", 3, re.compile(r"(([A-H])\.)[\s\u3000]+([A-Z].*)")),
    ("arabic-sub", 5, re.compile(r"((\d{1,2}\.\d{1,2}(?:\.\d{1,2})?)\.?)[\s\u3000]*(\S.*)")),
    ("arabic", 4, re.compile(r"((\d{1,2})\s*[.．、])[\s\u3000]*([^\d\s.].*)")),
    ("arabic-paren", 6, re.compile(r"([（(](\d{1,2})[）)])[\s\u3000]*(.+)")),
)
_NOT_HEADING_END = "，,、；;：:"


@dataclass(frozen=True, slots=True)
class HeadingShape:
    """What a heading line says of itself: its shape, rank, printed numbering, bare label and title offset."""

    shape: str
    rank: int
    numbering: str
    label: str
    title_offset: int


def heading_shape(content: str) -> HeadingShape | None:
    """The heading shape of a stripped line, or None when it does not look like a heading."""
    if not content or content[-1] in _NOT_HEADING_END:
        return None
    for shape, rank, pattern in _SHAPES:
        match = pattern.fullmatch(content)
        if not match:
            continue
        label = match.group(2)
        if shape == "roman" and not label:
            continue
        title = match.group(3)
        if shape.startswith("arabic") and title[:1] in "年月日%％":
            continue
        return HeadingShape(shape, rank, match.group(1).strip(), label, match.start(3))
    return None


def levels_for(ranks: list[int]) -> dict[int, int]:
    """Map the ranks a document uses onto levels 1, 2, 3, … in order of depth."""
    return {rank: level for level, rank in enumerate(sorted(set(ranks)), start=1)}
