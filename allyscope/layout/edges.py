"""Lines at a text's edges that stand alone though nothing but what they say parts them from the text: a CJK
title over the first line of a wrapped text, and a notice's closing signature (the issuing body over the date).

Both are lines the wrapped-text reading joined to their neighbours: the title to the text's first line when it
ran longer than 0.6 of the column, the signature to the last item or paragraph above it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from allyscope.layout.dating import is_dateline
from allyscope.layout.joining import is_cjk
from allyscope.layout.lines import BODY, Line
from allyscope.layout.notes import any_label

_FULL = 0.85  # a wrapped line fills its column; a line shorter than this share of it was cut short on purpose
_PUNCTUATION = re.compile(r"[。．，,、；;：:！!？?]")
_SIGNATURE = 20  # an issuing body's name is short


def cjk_title_line(content: str, width: float, typical: float) -> bool:
    """True for a CJK first line with no punctuation at all, shorter than the column (`中越举行…第十次会议` over
    `2025年4月9日，…`): a wrapped first sentence fills its line and holds a comma or a stop within a line's
    length; a title holds neither."""
    return (
        typical > 0
        and width < _FULL * typical
        and is_cjk(content[0])
        and is_cjk(content[-1])
        and _PUNCTUATION.search(content) is None
    )


def closing_signature(lines: Sequence[Line], index: int) -> bool:
    """True for a short line naming an issuing body (`data/layout.json`, `affiliation`: `…局`, `…部`) over a
    date alone on the text's last body line: a notice's or a letter's signature, a block of its own."""
    content = lines[index].content
    if len(content) > _SIGNATURE or _PUNCTUATION.search(content) is not None:
        return False
    following = [line for line in lines[index + 1 : index + 6] if line.role == BODY and line.content]
    if len(following) != 1 or not is_dateline(following[0].content):
        return False
    if any(line.role == BODY and line.content for line in lines[following[0].index + 1 :]):
        return False  # the date is the last body line
    return any_label(("affiliation",)).search(content) is not None
