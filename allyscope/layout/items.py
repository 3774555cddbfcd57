"""Items of a newsletter: several short stories under one masthead, each under a headline of its own.

A newsletter's issue prints a masthead and an issue line (`Issue 42 | March 2025`, `第27期｜2025年5月`) over its
items; each item opens with a headline (a short line with no stop), maybe a writer's line (`By …`, `撰稿：…`) and
a date line of its own, then a few sentences. No blank line parts the items, so the wrapped-text reading, which
joins an unstopped line to the sentence above it where nothing says it stands alone, made each later headline the
tail of the item above. What tells a headline here is the document's own shape: a short unstopped line after a
finished sentence with a writer's or a date line under it heads an item; once the issue holds such an item after
text, a line of the same shape with text right under it heads one too (`tests/layouts/unsolved/README.md` tells
the convention the gold follows: each headline is an unnumbered level-1 heading). A mailed newsletter may part its
items by rules (`━━━━`, read as blank lines) instead of writers' lines: two or more short unstopped lines that
open a part of the issue (under a rule or a section's label in brackets, `【本期焦點】`), each with text right under
it, head items too.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from allyscope.layout.dating import is_dateline, is_issue_line
from allyscope.layout.headings import list_item_number
from allyscope.layout.lines import BLANK, BODY, Line

_MASTHEAD_LINES = 3  # the issue line stands right under the masthead, among the first body lines
_HEAD_SHARE = 0.85  # a headline stops short of the column's width; a wrapped sentence's first line fills it
_BARE_HEAD_SHARE = 0.7  # a headline with text right under it is shorter still: nothing else says it heads
_NO_HEAD_END = frozenset("-‐,，、；;:：")  # a line ending so goes on over the next one
_ITEM_LINES = 2  # under a headline: a writer's line, a date line, or both
_SECTION_LABEL = re.compile(r"[【〔［]\s*[^【】〔〕［］\s]{2,12}\s*[】〕］]\s*")
"""A section's label standing alone over an item's headline (`【本期焦點】`, `【国際動向】`): it parts the items as a
rule does, and heads none itself."""
_PARTED_HEADS = 2  # headlines that open a part of the issue (after a rule or a blank line) with nothing under them


@dataclass(frozen=True)
class Items:
    """The line indices of a newsletter's item headlines, and of the writer's and date lines under them."""

    heads: frozenset[int]
    under: frozenset[int]


_NONE = Items(frozenset(), frozenset())


def _body_lines(lines: Sequence[Line]) -> list[Line]:
    return [line for line in lines if line.role == BODY and line.content]


def _head_shape(line: Line, closing: bytes, typical: float, share: float) -> bool:
    """A short line with no stop at its end that cannot go on over the next line."""
    content = line.content
    return (
        closing[line.index] == 0 and content[-1] not in _NO_HEAD_END and (typical <= 0 or line.width < share * typical)
    )


def _after_blank(lines: Sequence[Line]) -> frozenset[int]:
    """The indices of the body lines right after a blank line or a rule (a rule is read as a blank line)."""
    return frozenset(line.index for before, line in pairwise(lines) if before.role == BLANK and line.role == BODY)


def _item_lines(body: list[Line], at: int, byline: Callable[[str], object]) -> list[int]:
    """The positions in `body` of the writer's and date lines right under the line at `at` (none, one or two)."""
    found: list[int] = []
    for k in range(at + 1, min(len(body), at + 1 + _ITEM_LINES)):
        content = body[k].content
        if byline(content) is not None or is_dateline(content):
            found.append(k)
        else:
            break
    return found


def newsletter_items(lines: Sequence[Line], typical: float, closing: bytes, byline: Callable[[str], object]) -> Items:
    """The item headlines of a newsletter (`Items`), or none where the text is no newsletter: an issue line among
    its first body lines, and at least one headline after a finished sentence with a writer's or date line under
    it. `closing` tells whether each line ends a sentence (as `repair._sentence_ends` reads it); `byline` matches
    a writer's line."""
    first = []
    for line in lines:
        if line.role == BODY and line.content:
            first.append(line)
            if len(first) == _MASTHEAD_LINES:
                break
    issue = next((k for k, line in enumerate(first) if is_issue_line(line.content)), None)
    if issue is None:
        return _NONE
    body = _body_lines(lines)
    heads: set[int] = set()
    under: set[int] = set()
    after_text = False  # an item headline stands after a finished sentence of the item above
    parted = _after_blank(lines)
    parted_heads: list[tuple[int, bool]] = []  # (line index, opens the issue) of headlines opening a part
    for k in range(issue + 1, len(body) - 1):
        line = body[k]
        opens_issue = k == issue + 1  # the first item's headline, right under the issue line
        labelled = _SECTION_LABEL.fullmatch(body[k - 1].content) is not None  # `【本期焦點】` over the headline
        if not (opens_issue or labelled or closing[body[k - 1].index] == 1) or not _head_shape(
            line, closing, typical, _HEAD_SHARE
        ):
            continue
        if _SECTION_LABEL.fullmatch(line.content):
            continue  # the section's label: no headline
        item = _item_lines(body, k, byline)
        if (
            not item
            and (line.index in parted or labelled)
            and list_item_number(line.content) is None  # `1．…`: a numbered head, the heading systems' to read
            and not _head_shape(body[k + 1], closing, typical, _HEAD_SHARE)
        ):
            parted_heads.append((line.index, opens_issue))  # a part's headline, its text right under it
            continue
        if not item or item[-1] + 1 >= len(body):  # an item's text follows its lines
            continue
        heads.add(line.index)
        under.update(body[j].index for j in item)
        after_text = after_text or not opens_issue
    if len(parted_heads) >= _PARTED_HEADS:
        heads.update(index for index, _ in parted_heads)
        after_text = after_text or any(not opens for _, opens in parted_heads)
    if not after_text:
        return _NONE
    for k in range(issue + 2, len(body) - 1):  # headlines with text right under them, in an issue that has items
        line, following = body[k], body[k + 1]
        if line.index in heads or line.index in under or body[k - 1].index in heads:
            continue
        if _SECTION_LABEL.fullmatch(line.content):
            continue  # a section's label heads no item
        if closing[body[k - 1].index] != 1 or not _head_shape(line, closing, typical, _BARE_HEAD_SHARE):
            continue
        if following.index in under or (following.content.isascii() and not following.content[0].isupper()):
            continue  # a Latin sentence opens with a capital; one in lower case goes on from the line above
        heads.add(line.index)
    return Items(frozenset(heads), frozenset(under))
