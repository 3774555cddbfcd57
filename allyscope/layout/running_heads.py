"""Running heads found by where they stand, whatever they say: lines printed at page turns with a period of one
or two pages.

A journal prints its name over even pages and the article's short title (or its author) over odd ones; the
short title need not repeat a word of the title. `confirm_running_headers` (lines.py) keeps heads it can read
(a journal issue, a shortened title, a line printed on three pages); this pass finds the rest by their rhythm:

- two short lines that take turns, each printed at least twice and never twice in a row (`A B A B`), are the
  heads of even and odd pages;
- a short line standing once, alone, about half-way between two prints of a known head (or half a period
  after its last one) is the head of the page in between;
- a short line printed again word for word as the byline after the front matter is a head naming the author;
- a heading printed again word for word next to a page number or page break is the chapter's head.

A candidate is short (a head is never a full line of text), ends no sentence, holds no sentence punctuation
or note marker, and is no heading of a numbered or listed family: those are text wherever they stand.
"""

from __future__ import annotations

import itertools
from collections import defaultdict

from allyscope.layout.dating import is_issue_line
from allyscope.layout.headings import heading_shape, unnumbered_heading
from allyscope.layout.lines import (
    BLANK,
    BODY,
    EDGE_INITIALS,
    NOTE,
    NOTE_CONTINUED,
    PAGE_BREAK,
    PAGE_NUMBER,
    PAGE_NUMBER_EDGE,
    RUNNING_HEADER,
    Line,
    ends_sentence,
    header_never,
    line_shape,
    typical_width,
)

_HEAD_LINES = 4  # the front lines: title, byline, journal line; a head repeats one of them further down
_BOUNDARY = (NOTE, NOTE_CONTINUED, PAGE_NUMBER, PAGE_BREAK)
_WINDOW = (0.3, 0.7)  # where, between two prints of a head of period two, the other page's head stands
_JOINING = "-\u2010\u00ad"  # a line ending in a hyphen runs on into the next one: text, never a head


def find_periodic_heads(lines: list[Line]) -> None:
    """Mark as running headers the short lines that recur at page turns by their rhythm (see the module)."""
    text_lines = [line for line in lines if line.role != BLANK]
    if len(text_lines) < 8:
        return
    full = typical_width(text_lines)
    _front_kept(text_lines)
    _masthead_again(text_lines)
    _heading_again(text_lines)
    # a head printed on several pages may run longer (a journal's full name and issue) than one printed once
    widest = 0.9 * full if full else 50.0
    recurring = {
        i for i, line in enumerate(text_lines) if line.width <= widest and line.role == BODY and _candidate(line)
    }
    if not recurring:
        return
    _alternating(text_lines, recurring)
    _numbered_pages(text_lines, recurring)
    short = min(50.0, 0.8 * full if full else 50.0)
    candidates = {i for i in recurring if text_lines[i].width <= short}
    _half_way(text_lines, candidates)
    _bylines(text_lines, candidates)
    _out_of_place(text_lines, candidates, full)
    _everywhere(text_lines, candidates)


def _candidate(line: Line) -> bool:
    """A short body line (the caller tests the width) that could be a head by what it holds."""
    content = line.content
    return (
        2 <= len(content) <= 60
        and not content[0].islower()  # a head starts with a capital, a digit or a CJK character
        and content[-1] not in _JOINING
        and not ends_sentence(content)
        and not header_never(content)
        and heading_shape(content) is None
        and unnumbered_heading(content) is None
    )


def _positions(text_lines: list[Line], indexes: set[int] | range) -> dict[str, list[int]]:
    by_shape: dict[str, list[int]] = defaultdict(list)
    for i in sorted(indexes):
        by_shape[line_shape(text_lines[i].content)].append(i)
    return by_shape


def _heads(text_lines: list[Line]) -> dict[str, list[int]]:
    """Positions of the confirmed running headers (and of a first line printed again as one), by shape."""
    heads = _positions(text_lines, {i for i, line in enumerate(text_lines) if line.role == RUNNING_HEADER})
    first = line_shape(text_lines[0].content)
    if first in heads:
        heads[first].insert(0, 0)
    return heads


def _alternating(text_lines: list[Line], candidates: set[int]) -> None:
    """Two shapes taking turns (`A B A B`, each at least twice, at even spacing) are the heads of facing pages;
    one of them may be a head already known."""
    shapes = {s: p for s, p in _positions(text_lines, candidates).items() if len(p) >= 2}
    if not shapes:
        return
    known = {s: p for s, p in _heads(text_lines).items() if len(p) >= 2}
    pool = {**known, **shapes}
    for shape, places in shapes.items():
        for other, others in pool.items():
            if other == shape or not _take_turns(places, others):
                continue
            for i in places:
                text_lines[i].role = RUNNING_HEADER
            if other in shapes:
                for i in others:
                    text_lines[i].role = RUNNING_HEADER
            break


def _take_turns(a: list[int], b: list[int]) -> bool:
    """True when the prints of `a` and `b`, merged, alternate strictly and stand at roughly even spacing."""
    if abs(len(a) - len(b)) > 1:  # strict turns need as many of each, give or take one: no merge to sort
        return False
    merged = sorted([(i, 0) for i in a] + [(i, 1) for i in b])
    if len(merged) < 4 or any(x[1] == y[1] for x, y in itertools.pairwise(merged)):
        return False
    gaps = [y[0] - x[0] for x, y in itertools.pairwise(merged)]
    # the last page may hold a line or two (its head over the last notes): its gap says nothing of the period
    inner = gaps[:-1]
    return min(gaps) >= 2 and min(inner) >= 3 and max(inner) <= 3 * min(inner)


def _half_way(text_lines: list[Line], candidates: set[int]) -> None:
    """A candidate alone in the middle of the two pages between two prints of a head (or half a period after
    its last print, with text left after it) is the head of the page in between."""
    for places in _heads(text_lines).values():
        if len(places) < 2:
            continue
        gaps = [b - a for a, b in itertools.pairwise(places)]
        spans = list(itertools.pairwise(places))
        last = places[-1]
        period = sorted(gaps)[len(gaps) // 2]
        if last + period // 2 + 2 < len(text_lines):
            spans.append((last, last + period))
        for a, b in spans:
            if b - a < 6:
                continue
            inside = range(a + 1, min(b, len(text_lines)))
            if any(text_lines[i].role in (PAGE_NUMBER, PAGE_BREAK, RUNNING_HEADER) for i in inside):
                continue  # the pages between are marked already
            lo, hi = a + _WINDOW[0] * (b - a), a + _WINDOW[1] * (b - a)
            found = [i for i in inside if i in candidates and lo <= i <= hi]
            if len(found) != 1:
                continue
            i = found[0]
            text_lines[i].role = RUNNING_HEADER


def _bylines(text_lines: list[Line], candidates: set[int]) -> None:
    """A candidate after the front matter printed exactly as a short front line that is not the first one
    (the byline, or the title) is a head naming the author or the article."""
    front = {line.content for line in text_lines[:_HEAD_LINES] if line.role == BODY}
    for i in candidates:
        if i >= _HEAD_LINES and text_lines[i].role == BODY and text_lines[i].content in front:
            text_lines[i].role = RUNNING_HEADER


def _out_of_place(text_lines: list[Line], candidates: set[int], full: float) -> None:
    """A candidate that cannot be text where it stands is a head: it cuts a sentence that a full line before it
    runs on with, or it is a heading with nothing under it (a finished sentence before, a numbered heading
    right after), or the line after it resumes a page with the leading space only page resumes carry."""
    start = _body_start(text_lines)
    for i in candidates:
        if i <= start or i + 1 >= len(text_lines) or text_lines[i].role != BODY or _labelled(text_lines[i].content):
            continue
        before, after = text_lines[i - 1], text_lines[i + 1]
        if before.role not in (BODY, *_BOUNDARY) or after.role != BODY:
            continue
        text_before = before.role == BODY
        cuts = (
            text_before
            and not ends_sentence(before.content)
            and before.width >= 0.8 * full
            and (i - 1) not in candidates
            and _runs_on(after)
            and _room_for_next_word(text_lines[i], after, full)
        )
        finished = not text_before or (ends_sentence(before.content) and (i - 1) not in candidates)
        empty = finished and heading_shape(after.content) is not None
        resumes = after.indent == " " and (before.indent != " " or not text_before) and text_lines[i].indent != " "
        if cuts or empty or resumes:
            text_lines[i].role = RUNNING_HEADER


def _everywhere(text_lines: list[Line], candidates: set[int]) -> None:
    """A shape found to be a head is a head on every page it is printed on (the last page's head as well, over
    nothing but that page's notes), not in the front lines: there the byline or title it repeats is itself."""
    heads = {line_shape(line.content) for line in text_lines if line.role == RUNNING_HEADER}
    for i in candidates:
        if i >= _HEAD_LINES and text_lines[i].role == BODY and line_shape(text_lines[i].content) in heads:
            text_lines[i].role = RUNNING_HEADER


def _body_start(text_lines: list[Line]) -> int:
    """Where the front matter ends: the first heading line (a head is printed from the second page on, below
    it), or the first few lines when the text has no heading."""
    for i, line in enumerate(text_lines[:200]):
        if heading_shape(line.content) is not None or unnumbered_heading(line.content) is not None:
            return i
    return _HEAD_LINES


def _labelled(content: str) -> bool:
    """A labelled line (`Keywords: …`, `キーワード：…`) is front matter or text, never a head standing once."""
    return ":" in content or "：" in content


def _runs_on(line: Line) -> bool:
    """True when a line goes on with a sentence: body text that is no heading (lower-case first in Latin)."""
    content = line.content
    if line.role != BODY or heading_shape(content) is not None or unnumbered_heading(content) is not None:
        return False
    return not content[0].isascii() or not content[0].isalpha() or content[0].islower()


def _room_for_next_word(line: Line, after: Line, full: float) -> bool:
    """True when the first word of `after` would have fitted at the end of `line`: the text did not wrap there,
    so the short line is not a line of that text (a line cut short before a long word or a URL is)."""
    first = after.content.split(maxsplit=1)[0]
    if not first.isascii():
        return _widest(line) + 1 + 2 <= full  # CJK text wraps at any character: one more would have fitted
    # a Latin word in CJK text, with the spaces around it, may be set as wide as CJK characters
    width = len(first) if line.content.isascii() else 2 * (len(first) + 2)
    return _widest(line) + 1 + width <= full


def _widest(line: Line) -> float:
    """The most a line can measure: Latin letters in CJK text counted as wide as CJK characters."""
    return line.width if line.content.isascii() else 2.0 * len(line.content)


def _front_kept(text_lines: list[Line]) -> None:
    """The heads repeat the title or the byline; the front lines that print them first are the title and the
    byline themselves, not heads (only the first line, a masthead, or a journal line is page furniture there)."""
    for line in text_lines[1:_HEAD_LINES]:
        if line.role == RUNNING_HEADER and not is_issue_line(line.content):
            line.role = BODY


def _masthead_again(text_lines: list[Line]) -> None:
    """The first line, when it is a masthead (naming a journal issue, or short beside the text's lines), printed
    again further down word for word but for its digits, is a head however long it is."""
    first = text_lines[0]
    if ends_sentence(first.content) or header_never(first.content):
        return
    if not is_issue_line(first.content) and first.width > 0.5 * typical_width(text_lines):
        return  # a first line as wide as the text's and naming no issue is the text's own line
    shape = line_shape(first.content)
    # a shape with no digit and no space is only the shape of that very text: compared without making shapes
    plain = "#" not in shape and " " not in shape
    initial = first.content[:1]
    for line in text_lines[_HEAD_LINES:]:
        content = line.content
        if (
            line.role == BODY
            and content[:1] == initial
            and (content == shape if plain else line_shape(content) == shape)
        ):
            line.role = RUNNING_HEADER


_TURN = (PAGE_NUMBER, PAGE_BREAK)


def _heading_again(text_lines: list[Line]) -> None:
    """A heading printed again word for word at a page turn (a thesis prints its chapter's heading over every
    page of the chapter) is a head there: the text names a section once."""
    last = len(text_lines) - 1
    at_turns = sorted(
        {j for i, line in enumerate(text_lines) if line.role in _TURN for j in (i - 1, i + 1) if 0 <= j <= last}
    )
    for j in at_turns:
        line = text_lines[j]
        if line.role != BODY or heading_shape(line.content) is None:
            continue
        content = line.content
        if any(other.content == content and other.role == BODY for other in text_lines[:j]):
            line.role = RUNNING_HEADER


def _numbered_pages(text_lines: list[Line], candidates: set[int]) -> None:
    """Heads printed with their page number (`43  JOURNAL`, `SHORT TITLE  44`) count the pages one by one:
    short lines whose edge numbers run on by one from a known head's are the heads of the following pages."""
    numbered: list[tuple[int, int]] = []  # (position, page number at the line's edge)
    for i, line in enumerate(text_lines):
        if line.role != RUNNING_HEADER and i not in candidates:
            continue
        content = line.content
        if not (content[:1] in EDGE_INITIALS or content[-1:] in EDGE_INITIALS):
            continue  # the expression is tried only where a digit or a decoration stands at an edge
        edge = PAGE_NUMBER_EDGE.search(content)
        if edge is not None:
            numbered.append((i, int("".join(ch for ch in edge.group() if ch.isdigit()))))
    if len(numbered) < 2 or not any(text_lines[i].role == RUNNING_HEADER for i, _ in numbered):
        return
    for (i, a), (j, b) in itertools.pairwise(numbered):
        if b == a + 1 and j - i >= 3:
            text_lines[i].role = text_lines[j].role = RUNNING_HEADER
