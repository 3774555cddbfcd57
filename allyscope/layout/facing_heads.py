"""Heads of facing pages told by where their page numbers stand: a book or journal prints the number at the
outer edge of its head, at the start of a left page's (`52　第Ⅰ部　同盟と地域`, `·72·　刊名　2023年第3期`) and at
the end of a right page's (`第3章　章名　53`, `作者，等：题名　·73·`).

Each such head may be printed once in a copy (a chapter excerpt of three pages), so neither its words nor its
rhythm can tell it. Its number can: a line with a number at its start and a later line with the next number at
its end (or the other way round), each number set off from the words by a wide gap, count two facing pages.
A numbered heading puts its number at its start only, never at its end, so it finds no partner; a page count
starts at 1 on a first page that prints no head, so a leading 1 is a heading's number, never a head's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from allyscope.layout.lines import BODY, RUNNING_HEADER, Line, ends_sentence

_GAP = r"(?:\u3000+|[ \t]{2,}|[ \t\u3000]*[|｜][ \t\u3000]*)"  # a wide gap or a bar, never one plain space
_DECORATIONS = "·•-–—―－~〜～─"
_DECORATED = rf"[{re.escape(_DECORATIONS)}]\s*\d{{1,4}}\s*[{re.escape(_DECORATIONS)}]"
_LEADING = re.compile(rf"^(?:(\d{{1,4}})|({_DECORATED})){_GAP}(?=\S)")
_TRAILING = re.compile(rf"(?<=\S){_GAP}(?:(\d{{1,4}})|({_DECORATED}))$")
_DECORATED_GAP = re.compile(rf"^({_DECORATED})[ \t\u3000]*(?=\S)|(?<=\S)[ \t\u3000]*({_DECORATED})$")
# A gazette numbers its pages over the whole year (`20434`): a five-digit number at a head's edge counts a page only
# where the two facing heads print the same words beside it (the gazette's name and the date, `THE …
# GAZETTE, 19 OCTOBER 2023`), which a journal's two heads (its name, an article's title) and text never do (lay85b)
_LEADING_WIDE = re.compile(rf"^(\d{{5}}){_GAP}(?=\S)")
_TRAILING_WIDE = re.compile(rf"(?<=\S){_GAP}(\d{{5}})$")
# A law report's text dump runs a head's number into its words with one plain space (`212 ALLEGATIONS OF GENOCIDE
# (ORDER 16 III 22)`, `… 213`): a numbered heading or list item looks the same, so such a number counts a page only
# where the facing head prints the same words, three or more (lay85's court order; lay86b)
_LEADING_CLOSE = re.compile(r"^(\d{1,4}) (?=\S)")
_TRAILING_CLOSE = re.compile(r"(?<=\S) (\d{1,4})$")
_CLOSE_WORDS = 3
_WIDEST = 120.0  # a head may name the journal, its issue and the page: wider than a short line, not a paragraph
_NEAREST = 3  # two facing heads stand a page of text apart


def _may_edge(content: str) -> bool:
    """Whether `_edge` may find a number: each of its expressions needs a digit or a decoration at one of the
    line's two ends, told here with no search (most lines have neither)."""
    first, last = content[0], content[-1]
    return first.isdecimal() or last.isdecimal() or first in _DECORATIONS or last in _DECORATIONS


def _edge(content: str) -> tuple[int, int] | None:
    """(side, page number) of a number at the line's edge set off from its words: side 0 at the start, 1 at the
    end. A decorated number (`·72·`) is set off by its decorations, a bare one by a wide gap or a bar."""
    if not _may_edge(content):
        return None
    for side, match in ((0, _LEADING.match(content)), (1, _TRAILING.search(content))):
        if match is not None:
            return side, int(re.sub(r"\D", "", match.group(1) or match.group(2)))
    decorated = _DECORATED_GAP.search(content)
    if decorated is not None:
        side = 0 if decorated.group(1) else 1
        return side, int(re.sub(r"\D", "", decorated.group(1) or decorated.group(2)))
    return None


def _wide_edge(content: str) -> tuple[int, int, str] | None:
    """(side, page number, the words beside it) of a five-digit number at the line's edge set off by a wide gap
    (`20434　　THE LONDON GAZETTE, 19 OCTOBER 2023`): paired only with a head printing the same words."""
    for side, match in ((0, _LEADING_WIDE.match(content)), (1, _TRAILING_WIDE.search(content))):
        if match is not None:
            words = (content[match.end() :] if side == 0 else content[: match.start()]).strip()
            return side, int(match.group(1)), words
    return None


def _close_edge(content: str) -> tuple[int, int, str] | None:
    """(side, page number, the words beside it) of a number one plain space from a line's words of three words or
    more (`212 ALLEGATIONS OF GENOCIDE (ORDER 16 III 22)`): paired only with a head printing the same words."""
    for side, match in ((0, _LEADING_CLOSE.match(content)), (1, _TRAILING_CLOSE.search(content))):
        if match is not None:
            words = (content[match.end() :] if side == 0 else content[: match.start()]).strip()
            return (side, int(match.group(1)), words) if len(words.split()) >= _CLOSE_WORDS else None
    return None


EDGE_WIDEST = _WIDEST  # the widest line `edge_lines` keeps: no narrower than either pass reading them takes


def edge_lines(lines: Sequence[Line]) -> list[Line]:
    """The body lines and heads, at most `EDGE_WIDEST` wide, with a digit or a decoration at an edge: the only
    lines `mark_numbered_feet` (an ASCII digit at an edge) and `mark_facing_heads` (`_may_edge`) may take, read
    in one pass over the document's lines for both. Each pass still asks its own tests of these few lines; the
    first only turns some of them into heads, which the second takes as it takes body lines, so the lines picked
    before the first are every line the second may take."""
    roles = (BODY, RUNNING_HEADER)
    decorations = _DECORATIONS
    return [
        line
        for line in lines
        if (content := line.content)
        and (  # `_may_edge`, written out: asked of every line
            (first := content[0]).isdecimal()
            or (last := content[-1]).isdecimal()
            or first in decorations
            or last in decorations
        )
        and line.role in roles
        and line.width <= EDGE_WIDEST
    ]


def mark_facing_heads(lines: Sequence[Line], candidates: Sequence[Line] | None = None) -> None:
    """Mark as running heads two short lines whose edge numbers count on by one, printed on opposite edges (see
    the module): the left page's head carries its number first, the right page's last. A head known already
    (by its words: the title printed again) pairs with its facing page's head as well. `candidates`: the lines
    of `edge_lines(lines)` when the caller has read them (the lines it leaves out are never taken)."""
    numbered: list[tuple[Line, int, int, str]] = []  # (line, side, number, the words beside a five-digit one)
    for line in lines if candidates is None else candidates:
        content = line.content
        if not content or line.role not in (BODY, RUNNING_HEADER) or line.width > _WIDEST:
            continue
        if not _may_edge(content) or ends_sentence(content):  # the cheap test first
            continue
        edge = _edge(content)
        if edge is not None:
            numbered.append((line, *edge, ""))
        elif (wide := _wide_edge(content)) is not None:
            numbered.append((line, *wide))
        elif (close := _close_edge(content)) is not None:
            numbered.append((line, *close))
    for k, (b, side_b, n_b, words_b) in enumerate(numbered):
        # the head before: the nearest earlier line numbered one less on the other edge (numbered headings may
        # stand between two heads: `1　…` and `2　…` number sections, not pages)
        for a, side_a, n_a, words_a in reversed(numbered[:k]):
            if side_a == side_b or n_a != n_b - 1 or b.index - a.index < _NEAREST or words_a != words_b:
                continue
            if (n_a if side_a == 0 else n_b) >= 2:  # the first page prints no head: a leading 1 numbers a heading
                a.role = b.role = RUNNING_HEADER
            break
