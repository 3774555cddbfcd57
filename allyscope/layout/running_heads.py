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

import bisect
import itertools
import math
import re
from array import array
from collections import defaultdict
from collections.abc import Iterable, Sequence
from itertools import accumulate
from operator import attrgetter

from allyscope.layout.dating import heads_yearless_lines, is_dateline, is_issue_line
from allyscope.layout.headings import (
    answer_item,
    bullet_item,
    heading_shape,
    list_item_number,
    may_announce_list,
    opens_list,
    unnumbered_heading,
)
from allyscope.layout.line_objects import FURNITURE
from allyscope.layout.lines import (
    BODY,
    NOTE,
    NOTE_CONTINUED,
    PAGE_BREAK,
    PAGE_NUMBER,
    RUNNING_HEADER,
    Line,
    ends_sentence,
    header_never,
    non_blank,
    typical_width,
)
from allyscope.layout.notes import opens_event_field
from allyscope.layout.page_furniture import (
    CITATION_HEAD_INITIALS,
    EDGE_INITIALS,
    PAGE_NUMBER_EDGE,
    chronology_head,
    closer_than_pages,
    is_citation_head,
    is_handling_notice,
    line_shape,
)

_HEAD_LINES = 4  # the front lines: title, byline, journal line; a head repeats one of them further down
_BOUNDARY = (NOTE, NOTE_CONTINUED, PAGE_NUMBER, PAGE_BREAK)
_WINDOW = (0.3, 0.7)  # where, between two prints of a head of period two, the other page's head stands
_JOINING = "-\u2010\u00ad、"  # a line ending in a hyphen runs on into the next one: text, never a head; so does a
# line ending on a clause's comma (`…を希望して、`, a treaty's preamble broken at the column's edge, lay87b)


def find_periodic_heads(lines: Sequence[Line]) -> None:
    """Mark as running headers the short lines that recur at page turns by their rhythm (see the module)."""
    text_lines = non_blank(lines)
    if len(text_lines) < 8:
        return
    full = typical_width(text_lines)
    front_end = _front_end(text_lines)
    for line in text_lines:
        if line.role == BODY and line.content[:1] in CITATION_HEAD_INITIALS and is_citation_head(line.content):
            line.role = RUNNING_HEADER  # `2023] SHORT TITLE 217`: a law review's head by its form alone
    _front_kept(text_lines, front_end)
    _beside_page_numbers(text_lines)
    _masthead_again(text_lines)
    _heading_again(text_lines)
    # a head printed on several pages may run longer (a journal's full name and issue) than one printed once
    widest = 0.9 * full if full else 50.0
    recurring = {
        i for i, line in enumerate(text_lines) if line.width <= widest and line.role == BODY and _candidate(line)
    }
    if not recurring:
        return
    _alternating(text_lines, recurring, full)
    _numbered_pages(text_lines, recurring | _numbered_like_headings(text_lines, widest))
    short = min(50.0, 0.8 * full if full else 50.0)
    candidates = {i for i in recurring if text_lines[i].width <= short}
    _half_way(text_lines, candidates)
    _bylines(text_lines, candidates, front_end, full)
    _out_of_place(text_lines, candidates, full)
    _everywhere(text_lines, candidates, front_end)
    _front_kept(text_lines, front_end)  # a rhythm found through the title's own print leaves the title


_PADDING = re.compile(r"(?<=\S)[ \u00a0]{4,}(?=\S)")
"""A run of plain spaces inside a line: a PDF's padding that sets a head's two parts at the line's two ends
(`防衛装備移転三原則等の見直しについて<46 spaces>防衛装備庁`), no words of the head (lay81)."""


def _unpadded(content: str) -> str:
    """The line's words with its padding squeezed to one wide space: what a head holds, whatever width it is set to."""
    return _PADDING.sub("\u3000", content) if "    " in content else content


def head_width(line: Line) -> float:
    """The width a head is weighed by: a padded head's words and one gap, not the full line its padding fills."""
    if "    " not in line.content:
        return line.width
    words = _unpadded(line.content)
    return (len(words.encode("utf-8")) + len(words)) / 2  # as `split_lines` weighs a line: a CJK character two


def _candidate(line: Line, headed: bool = False) -> bool:
    """A short body line (the caller tests the width) that could be a head by what it holds; `headed` lets a
    line shaped as a numbered heading be one (see `_numbered_like_headings`)."""
    content = line.content
    return (
        2 <= len(content) <= 60
        and not content[0].islower()  # a head starts with a capital, a digit or a CJK character
        and content[-1] not in _JOINING
        and not ends_sentence(content)
        and not header_never(content)
        and (headed or heading_shape(content) is None)
        and not answer_item(content)  # `一について` under an answer's title: the answer's item, text
        and unnumbered_heading(content) is None
    )


def _numbered_like_headings(text_lines: Sequence[Line], widest: float) -> set[int]:
    """Lines shaped as numbered headings (`56  LOPEZ AND SATO`: a number, then capitals) printed twice or more
    with only their number changed: a heading's title is printed once, so these may be heads numbered with
    their page; `_numbered_pages` keeps those whose numbers run on with a known head's."""
    shaped: dict[str, list[int]] = defaultdict(list)
    for i, line in enumerate(text_lines):
        if line.role == BODY and line.width <= widest and line.content[:1] in EDGE_INITIALS:
            shaped[line_shape(line.content)].append(i)
    return {
        i
        for places in shaped.values()
        if len(places) >= 2  # the shape test first: the heading test only for lines printed again
        for i in places
        if heading_shape(text_lines[i].content) is not None and _candidate(text_lines[i], headed=True)
    }


def _positions(text_lines: Sequence[Line], indexes: Iterable[int]) -> dict[str, array[int]]:
    """The positions `indexes` (ascending) by the shape of their lines, each shape's as an array: on a file of
    short lines nearly every line is a head, and a list of int objects weighed 40 bytes a print."""
    by_shape: dict[str, array[int]] = {}
    for i in indexes:
        shape = line_shape(text_lines[i].content)
        places = by_shape.get(shape)
        if places is None:
            places = by_shape[shape] = array("i")
        places.append(i)
    return by_shape


def _heads(text_lines: Sequence[Line]) -> dict[str, array[int]]:
    """Positions of the confirmed running headers (and of a first line printed again as one), by shape."""
    heads = _positions(text_lines, (i for i, line in enumerate(text_lines) if line.role == RUNNING_HEADER))
    first = line_shape(text_lines[0].content)
    if first in heads:
        heads[first].insert(0, 0)
    return heads


def _alternating(text_lines: Sequence[Line], candidates: set[int], full: float) -> None:
    """Two shapes taking turns (`A B A B`, each at least twice, at even spacing) are the heads of facing pages;
    one of them may be a head already known. A shape whose prints are mostly full lines of text, each running
    on into the next line, takes no turns: a passage printed twice (a paragraph quoted again) prints its lines
    in the same order, `A B A B`, and those lines are text (see `_runs_on_mostly`)."""
    shapes = {
        s: p
        for s, p in _positions(text_lines, sorted(candidates)).items()
        if len(p) >= 2 and not _runs_on_mostly(text_lines, p, full)
    }
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


def _runs_on_mostly(text_lines: Sequence[Line], places: Sequence[int], full: float) -> bool:
    """True when more than half of a shape's prints with text after them are lines of running text: the next
    line is text whose first word would not have fitted on the print (`_wrapped`), so the print was set as a
    full line and wrapped there. A head is short beside the text's lines on every page, whatever text follows
    it; a line that measures short only because it holds narrow Latin letters among CJK ones (`际网 summit 话序…`)
    is as full as any. The text a print runs on into may stand past the page's turn: its notes, its number and
    the next page's head are passed over (a line at a page's foot runs on at the next page's top). Only the
    prints with a text line after them say it; more than half of them, not every one: a head may, once, stand
    over a line opening with a long word."""
    following = [(i, _next_text(text_lines, i)) for i in places]
    followed = [(i, k) for i, k in following if k is not None]
    wrapped = sum(_wrapped(text_lines[i], text_lines[k], full) for i, k in followed)
    return 2 * wrapped > len(followed)


_PASSED = (NOTE, NOTE_CONTINUED, PAGE_NUMBER, PAGE_BREAK, RUNNING_HEADER)


def _next_text(text_lines: Sequence[Line], i: int) -> int | None:
    """The next body line after line `i`, past a page's notes, number and head; None when there is none."""
    for k in range(i + 1, len(text_lines)):
        role = text_lines[k].role
        if role == BODY:
            return k
        if role not in _PASSED:
            return None
    return None


def _take_turns(a: Sequence[int], b: Sequence[int]) -> bool:
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


_MARKED = (PAGE_NUMBER, PAGE_BREAK, RUNNING_HEADER)
_ROLE = attrgetter("role")
_WALKED = 200  # a stretch of up to this many lines (a few pages) is walked, a longer one read from counts


def _half_way(text_lines: Sequence[Line], candidates: set[int]) -> None:
    """A candidate alone in the middle of the two pages between two prints of a head (or half a period after
    its last print, with text left after it) is the head of the page in between.

    Whether a long stretch between two prints holds a line marked already is read from a count of the marked
    lines before each line (one subtraction, the counts made once, when first needed) and a sorted list of the
    heads marked here (a bisection), and its candidates are looked for in the window only, not over the whole
    stretch: on a file of 200,000 short lines the walks were 40% of the periodic-heads passes. A short stretch
    is walked (cheaper than making the counts for a document of a few pages)."""
    marked = array("i")  # the count of lines marked before each line, made on first use
    turns: list[int] = []  # the heads marked by this pass, in order
    for places in _heads(text_lines).values():
        if len(places) < 2 or _on_every_page(text_lines, places):
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
            end = min(b, len(text_lines))
            if end - a <= _WALKED:
                if any(text_lines[i].role in _MARKED for i in range(a + 1, end)):
                    continue  # the pages between are marked already
            else:
                if not marked:
                    marked.extend(accumulate(map(_MARKED.__contains__, map(_ROLE, text_lines)), initial=0))
                if marked[end] > marked[a + 1]:
                    continue  # the pages between were marked before this pass
                k = bisect.bisect_right(turns, a)
                if k < len(turns) and turns[k] < end:
                    continue  # marked by this pass
            lo, hi = a + _WINDOW[0] * (b - a), a + _WINDOW[1] * (b - a)
            found = [i for i in range(max(a + 1, math.ceil(lo)), min(end, math.floor(hi) + 1)) if i in candidates]
            if len(found) != 1:
                continue
            i = found[0]
            text_lines[i].role = RUNNING_HEADER
            bisect.insort(turns, i)


_NUMBER = re.compile(r"\d+")


def _on_every_page(text_lines: Sequence[Line], places: Sequence[int]) -> bool:
    """True when a head's prints count on by one from each to the next (`…第 2 期`, `…第 3 期`; `12 JOURNAL`,
    `13 JOURNAL`): it is printed with its page's number on every page, so no page between two prints lacks
    its head, and a short line half-way between them is text, not the head of a page in between."""
    numbers = [[int(n) for n in _NUMBER.findall(text_lines[i].content)] for i in places]
    if not numbers[0] or any(len(n) != len(numbers[0]) for n in numbers):
        return False
    for before, after in itertools.pairwise(numbers):
        steps = [b - a for a, b in zip(before, after, strict=True) if b != a]
        if steps != [1]:
            return False
    return True


def _bylines(text_lines: Sequence[Line], candidates: set[int], front_end: int, full: float) -> None:
    """A candidate after the front matter printed exactly as a short front line (the byline, or the title) is a
    head naming the author or the article; a front line short only because the next line's first word would
    not have fitted on it is a line of text, whose words may come again."""
    front = {
        line.content
        for k, line in enumerate(text_lines[:front_end])
        if line.role == BODY and not _wrapped(line, text_lines[k + 1] if k + 1 < len(text_lines) else None, full)
    }
    last = len(text_lines) - 1
    for i in candidates:
        if i < front_end or text_lines[i].role != BODY:
            continue
        content = text_lines[i].content
        at_turn = any(text_lines[j].role in _TURN for j in (i - 1, i + 1) if 0 <= j <= last)
        if content in front or (at_turn and _joined(content, front)):
            text_lines[i].role = RUNNING_HEADER


_BYLINE_JOINERS = ("：", ": ", ":", "，", ", ", "\u3000", " ")
"""What a journal's head prints between the author and the title, both of which the first page prints on lines of
their own (`周明远` over `南海仲裁案…`, then `周明远：南海仲裁案…` over a later page)."""


def _joined(content: str, front: set[str]) -> bool:
    """True when `content` is two different front lines joined by a separator (`_BYLINE_JOINERS`): a head naming
    the author and the article at once. Only next to a page turn (the caller tests it): a speaker's turn in an
    interview prints a name and a colon too, but never the title word for word."""
    for first in front:
        if len(first) < len(content) and content.startswith(first):
            rest = content[len(first) :]
            for joiner in _BYLINE_JOINERS:
                if rest.startswith(joiner) and rest[len(joiner) :] in front - {first}:
                    return True
    return False


_SPACING = re.compile(r"[ \u3000]+")


def _unspaced(content: str) -> str:
    """A CJK line spread over the width, spaces after each character (`中　　華　　民　　國　　113　　年…`: a court's
    or an office's date line, lay88), with those spaces taken out; any other line (two CJK characters side by side,
    Latin letters, no space) as it is."""
    if (" " not in content and "\u3000" not in content) or re.search(r"[A-Za-z]|[\u3400-\u9fff]{2}", content):
        return content
    return _SPACING.sub("", content)


def mark_spaced_dates(lines: Sequence[Line], raw: str) -> None:
    """A date line spread over the width (`中　　華　　民　　國　　113　　年　　4　　月　　18　　日`: a judgment's or an
    office's day, the spaces after each character) whose unspaced form is a date alone is a dateline, as the same
    date set unspaced is (lay89b). Only a text holding a wide gap and the year's character is asked."""
    if "年" not in raw or ("\u3000\u3000" not in raw and "  " not in raw):
        return
    for line in lines:
        content = line.content
        if line.role != BODY or "年" not in content or len(content) > _SPREAD_LONGEST:
            continue
        unspaced = _unspaced(content)
        if unspaced != content and is_dateline(unspaced):
            line.role, line.furniture = FURNITURE, "dateline"


_SPREAD_LONGEST = 80  # characters of a date spread over a line's width


def _out_of_place(text_lines: Sequence[Line], candidates: set[int], full: float) -> None:
    """A candidate that cannot be text where it stands is a head: it cuts a sentence that a full line before it
    runs on with, or it is a heading with nothing under it (a finished sentence before, a numbered heading
    right after), or the line after it resumes a page with the leading space only page resumes carry (and the
    line after is not merely cut before a Latin word too wide to have fitted). A date line of several fields
    (`发布时间：…　更新时间：…　来源：…`) is as wide as a line of text but cuts no sentence: the byline under it is
    no head."""
    start = _body_start(text_lines)
    for i in candidates:
        if i <= start or i + 1 >= len(text_lines) or text_lines[i].role != BODY or _labelled(text_lines[i].content):
            continue
        before, after = text_lines[i - 1], text_lines[i + 1]
        if (before.role != BODY and before.role not in _BOUNDARY) or after.role != BODY:
            continue
        if _in_list(text_lines[i].content, before.content):
            continue  # an item under the line announcing its list, or under the item before: text
        if _table_row(text_lines[i].content, before.content, after.content):
            continue  # a table's row over or under a row parted alike (`工作组　　　职责`): text, no page's head
        if heads_yearless_lines(text_lines[i].content, after.content):
            continue  # `2010` over ` • 27 April – …`: a chronology's year over its entries, however they are indented
        text_before = before.role == BODY
        cuts = (
            text_before
            and not ends_sentence(before.content)
            and before.width >= 0.8 * full
            and (i - 1) not in candidates
            and _runs_on(after)
            and room_for_next_word(text_lines[i], after, full)
            and not is_dateline(before.content)  # a page's date line with its fields is whole, however wide
            and not is_dateline(_unspaced(before.content))  # `中　　華　　民　　國　　113　　年…`: spaced to the width
            and not opens_event_field(after.content)  # `主講人：…` under a field's wrapped value: no sentence cut
        )
        finished = not text_before or (ends_sentence(before.content) and (i - 1) not in candidates)
        empty = finished and heading_shape(after.content) is not None
        # a line that resumes a page after a head opens with one space; so does a line cut before a Latin word set
        # with spaces in CJK text: that word, with its spaces, would not have fitted on the line before it
        resumes = (
            after.indent == " "
            and (before.indent != " " or not text_before)
            and text_lines[i].indent != " "
            and room_for_next_word(text_lines[i], after, full)
        )
        if cuts or empty or resumes:
            text_lines[i].role = RUNNING_HEADER


def _everywhere(text_lines: Sequence[Line], candidates: set[int], front_end: int) -> None:
    """A shape found to be a head is a head on every page it is printed on (the last page's head as well, over
    nothing but that page's notes), not in the front lines: there the byline or title it repeats is itself."""
    heads = {line_shape(line.content) for line in text_lines if line.role == RUNNING_HEADER}
    for i in candidates:
        if i >= front_end and text_lines[i].role == BODY and line_shape(text_lines[i].content) in heads:
            if i + 1 < len(text_lines) and chronology_head(text_lines[i].content, text_lines[i + 1].content):
                continue  # `平成12年8月` over `<首相>が<首都>を訪問した。`: a chronology's head over its entry
            text_lines[i].role = RUNNING_HEADER


def _body_start(text_lines: Sequence[Line]) -> int:
    """Where the front matter ends: the first heading line (a head is printed from the second page on, below
    it), or the first few lines when the text has no heading."""
    for i, line in enumerate(text_lines[:200]):
        if heading_shape(line.content) is not None or unnumbered_heading(line.content) is not None:
            return i
    return _HEAD_LINES


_MOST_FRONT_LINES = 8  # journal line, doctype, title, subtitle, byline, affiliation: the front matter's lines


def _front_end(text_lines: Sequence[Line]) -> int:
    """How many first lines are the front matter a head may repeat: those before the first heading (a journal
    line, a label, a title and subtitle push the byline past the fourth line), at least four, at most eight."""
    return max(_HEAD_LINES, min(_body_start(text_lines), _MOST_FRONT_LINES))


_SPACED_ITEM = re.compile(r"(\d{1,2})[ \u3000]+(?=[^\s\d])")
"""An item numbered by a digit and a space (`1 a shared …`): a list item only where the count runs on from the
line before (item 1 under a line announcing a list, item n under item n-1), as a page's head never does."""


def _spaced_item(content: str) -> int | None:
    match = _SPACED_ITEM.match(content)
    return int(match.group(1)) if match else None


def _in_list(content: str, before: str) -> bool:
    """True for a numbered list item (`1）…`, `②…`) standing after a line announcing a list or after an item,
    or for an item numbered with a space whose count runs on from the line before, or for a bulleted item
    (`※ 招募人數…` under `主要限制如下：`) under such a line or under an item of the same bullet."""
    if bullet_item(content, before):
        return True
    if list_item_number(content) is not None:
        return opens_list(before) or may_announce_list(before) or list_item_number(before) is not None
    spaced = _spaced_item(content)
    if spaced is None:
        return False
    return (spaced == 1 and opens_list(before)) or (spaced > 1 and _spaced_item(before) == spaced - 1)


# a gap between a table's cells: a tab a word processor's or a web page's table is copied with (lay75:
# `2024年7月<TAB>…` rows), with any spaces beside it, or two spaces or more (ideographic ones too)
_CELL_GAP = re.compile(r"[ \u3000]*\t[ \t\u3000]*|[ \u3000]{2,}")


def parted_alike(content: str, other: str) -> bool:
    """Are `content` and `other` two rows of one table: `content` parted at tabs or wide gaps into two cells or
    more, `other` into as many? What the running-head check (`_head_row`, `_table_row`) and the table-note rule
    (`furniture._table_notes`) both ask."""
    cells = len(_CELL_GAP.split(content.strip()))
    return cells >= 2 and len(_CELL_GAP.split(other.strip())) == cells


def _head_row(content: str, after: str) -> bool:
    """Is `content` a table's first row: parted at wide gaps into two cells or more, over a line parted into as
    many? A page's head alone is one line; a row's cells come again in the row under it (a table announced by a
    sentence ending `如下：` stands where a cut sentence would, and its head row is no head of the next page)."""
    return parted_alike(content, after)


def _table_row(content: str, before: str, after: str) -> bool:
    """Is `content` a table's row: its first row (`_head_row`), or its last one, under a row parted into as many
    cells, over the note or the text that follows the table (lay75: `2024年7月<TAB>…` over `（注）…`)?"""
    return _head_row(content, after) or _head_row(content, before)


def _labelled(content: str) -> bool:
    """A labelled line (`Keywords: …`, `キーワード：…`) is front matter or text, never a head standing once."""
    return ":" in content or "：" in content


def _runs_on(line: Line) -> bool:
    """True when a line goes on with a sentence: body text that is no heading (lower-case first in Latin)."""
    content = line.content
    if line.role != BODY or heading_shape(content) is not None or unnumbered_heading(content) is not None:
        return False
    return not content[0].isascii() or not content[0].isalpha() or content[0].islower()


def _wrapped(line: Line, after: Line | None, full: float) -> bool:
    """True when a body line is short only because the next body line's first word would not fit on it."""
    return after is not None and after.role == BODY and full > 0 and not room_for_next_word(line, after, full)


def room_for_next_word(line: Line, after: Line, full: float) -> bool:
    """True when the first word of `after` would have fitted at the end of `line`: the text did not wrap there,
    so the short line is not a line of that text (a line cut short before a long word or a URL is)."""
    first = after.content.split(maxsplit=1)[0]
    if not first.isascii():
        return _widest(line) + 1 + 2 <= full  # CJK text wraps at any character: one more would have fitted
    # a Latin word in CJK text, with the spaces around it, may be set as wide as CJK characters
    width = len(first) if line.content.isascii() else 2 * (len(first) + 2)
    return _widest(line) + 1 + width <= full


def _widest(line: Line) -> float:
    """The most a line can measure: Latin letters in CJK text counted as wide as CJK characters; a head padded to
    the line's width (lay81) by its words, as wrapped text is never padded inside."""
    if "    " in line.content:
        return head_width(line) if line.content.isascii() else 2.0 * len(_unpadded(line.content))
    return line.width if line.content.isascii() else 2.0 * len(line.content)


def _front_kept(text_lines: Sequence[Line], front_end: int) -> None:
    """The heads repeat the title or the byline; the front lines that print them first are the title and the
    byline themselves, not heads (only the first line, a masthead, or a journal line is page furniture there)."""
    for line in text_lines[1:front_end]:
        if line.role == RUNNING_HEADER and not is_issue_line(line.content) and not is_handling_notice(line.content):
            line.role = BODY


def _commenter(text_lines: Sequence[Line], line: Line) -> bool:
    """True where `line` heads a comment as a social platform prints it: its words on the next line, the comment's
    stamp (`2 週`, `4月13日 21:40`: `comments.comment_stamp`) on the one after. The page's name printed there is
    the page answering under its own post (lay83's fan page), a commenter's name, no masthead printed again."""
    from allyscope.layout.comments import comment_stamp  # comments reads furniture, which reads this module

    at = line.index
    following = [other for other in text_lines if other.index > at][:2]
    return len(following) == 2 and following[0].role == BODY and comment_stamp(following[1].content)


def _masthead_again(text_lines: Sequence[Line]) -> None:
    """The first line, when it is a masthead (naming a journal issue, or short beside the text's lines), printed
    again further down word for word but for its digits, is a head however long it is. A short first line the
    next line's first word would not have fitted on (`日日 NATO` over `partnership …`) is text wrapped there."""
    first = text_lines[0]
    if ends_sentence(first.content) or header_never(first.content):
        return
    shape = line_shape(first.content)
    # a shape with no digit and no space is only the shape of that very text: compared without making shapes
    plain = "#" not in shape and " " not in shape
    initial = first.content[:1]
    # its prints first (most first lines have none: then the text's width, a sort, is not weighed)
    again = [
        line
        for line in text_lines[_HEAD_LINES:]
        if line.role == BODY
        and line.content[:1] == initial
        and (line.content == shape if plain else line_shape(line.content) == shape)
    ]
    again = [line for line in again if not _commenter(text_lines, line)]
    if not again:
        return
    full = typical_width(text_lines)
    if not is_issue_line(first.content) and first.width > 0.5 * full:
        return  # a first line as wide as the text's and naming no issue is the text's own line
    if not is_issue_line(first.content) and _wrapped(first, text_lines[1], full):
        return  # short only because the next line's first word would not fit: a line of text, wrapped there
    for line in again:
        line.role = RUNNING_HEADER


_TURN = (PAGE_NUMBER, PAGE_BREAK)
_FOOT_ROLES = (BODY, NOTE_CONTINUED)  # a foot under the last note of a page reads as that note's last line
_FULL_LINE = 0.95  # a line this share of the text's full width or wider is as wide as a line of text
_FOOT_WIDTH = 200.0  # a page's foot may print the page's address in full: wider than a head, not a paragraph


def _beside_page_numbers(text_lines: Sequence[Line]) -> None:
    """A line printed word for word next to the page number on two pages or more (a browser's print of a web
    page puts the page's address over `Page 1 of 3`, a report its title under `- 5 -`) is that page's head or
    foot however wide it is: text is not printed again beside each page number. A first line holding digits (the
    print's date and time) printed so counts as the first page's. Furniture stands on the same side of the
    number on every page: a line printed once above a number and once below another is text that happens to
    stand at two page turns. A line as wide as the text's full lines is the page's last (or first) line of text
    cut at the page's edge unless it stands beside more than half of the numbers: a foot that wide is printed on
    most pages, while a line of text that happens to read the same twice (a run of one repeated character, a
    refrain, a passage printed twice) stands at two page turns of many. A line that runs on into the next line
    as a full line does (`_runs_on_mostly`: one that measures short only for the Latin letters it holds) is
    such a line, however it measures; heads taking turns beside the numbers, each beside half of them, do not
    run on."""
    beside: dict[str, list[int]] = defaultdict(list)
    sides: dict[str, set[int]] = defaultdict(set)
    last = len(text_lines) - 1
    for i, line in enumerate(text_lines):
        if line.role != PAGE_NUMBER:
            continue
        for j in (i - 1, i + 1):
            if 0 <= j <= last and text_lines[j].role in _FOOT_ROLES and text_lines[j].width <= _FOOT_WIDTH:
                beside[text_lines[j].content].append(j)
                if not (0 < j < last and text_lines[2 * j - i].role == PAGE_NUMBER):
                    sides[text_lines[j].content].add(j - i)  # between two numbers (a page holding only its
                    # head and number: a figure's page), a print tells no side
    first = text_lines[0] if text_lines else None
    if (
        first is not None
        and first.role == BODY
        and first.content in beside
        and any(c.isdigit() for c in first.content)
        and not header_never(first.content)  # digits of a note marker after a full stop: the text's first line
    ):
        beside[first.content].append(0)  # a stamp over the first page too (`5/6/24, 9:12 AM`), not a title
    full: float | None = None  # the text's full width and its count of page numbers, made when first needed
    numbers = 0
    for content, places in beside.items():
        if len(set(places)) < 2 or ends_sentence(content) or heading_shape(content) is not None:
            continue
        if full is None:
            full = typical_width(text_lines)
            numbers = sum(line.role == PAGE_NUMBER for line in text_lines)
        if (
            full
            and 2 * len(set(places)) <= numbers
            and (
                text_lines[places[0]].width >= _FULL_LINE * full
                or _runs_on_mostly(text_lines, sorted(set(places)), full)
            )
        ):
            continue  # a full line of text at two page turns of many: text cut at the page's edge
        if len(sides[content]) > 1:
            continue  # above one page number and below another: text standing at two page turns
        if any(x.content == content and x.role in _FOOT_ROLES and k not in places for k, x in enumerate(text_lines)):
            continue  # printed elsewhere too: text that happens to stand at a page turn
        if not closer_than_pages(text_lines, _apart(text_lines, sorted(set(places)))):
            for k in places:
                text_lines[k].role = RUNNING_HEADER


def _apart(text_lines: Sequence[Line], places: list[int]) -> list[int]:
    """The prints of a line beside page numbers, less each print that only a page number parts from the print
    before it (`HEAD`, `35`, `HEAD`: a page holding nothing but its head and number, a figure's page): two
    prints so close are not a refrain of the text."""
    kept = places[:1]
    for before, place in itertools.pairwise(places):
        if not all(text_lines[k].role == PAGE_NUMBER for k in range(before + 1, place)):
            kept.append(place)
    return kept


def _heading_again(text_lines: Sequence[Line]) -> None:
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
        if _printed_before(text_lines, j, line.content):
            line.role = RUNNING_HEADER


_HEAD_JOINERS = (": ", " – ", " — ", " | ", ". ", " ")
"""What a running head prints between a chapter's label and its title, which the chapter's opening page prints on
two lines (`Chapter 4` over `Partnerships …`, then `Chapter 4: Partnerships …` over later pages)."""


def _printed_before(text_lines: Sequence[Line], j: int, content: str) -> bool:
    """True when a body line before line `j` is `content` word for word, or a heading's label line whose next line
    is its title and `content` the two joined on one line by a separator (`_HEAD_JOINERS`)."""
    for k in range(j):
        other = text_lines[k]
        if other.role != BODY:
            continue
        if other.content == content:
            return True
        if k + 1 < j and content.startswith(other.content) and heading_shape(other.content) is not None:
            after, rest = text_lines[k + 1], content[len(other.content) :]
            if after.role == BODY and any(rest == joiner + after.content for joiner in _HEAD_JOINERS):
                return True
    return False


def _numbered_pages(text_lines: Sequence[Line], candidates: set[int]) -> None:
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


_EDGE_DIGITS = "0123456789"
_EDGE_DIGIT_SET = frozenset(_EDGE_DIGITS)
_EDGE_SEPARATORS = frozenset(" \t\u3000·•|｜")
_NUMBERED_FOOT_WIDTH = 120.0  # a foot printed with its page number may name the publisher and the series


def mark_numbered_feet(lines: Sequence[Line], candidates: Sequence[Line] | None = None) -> None:
    """Mark as running heads the lines printed two or more times alike but for a page number at their edge
    that counts on by one from print to print (`Example Institute | Policy Report No. 14 | 1`, `… | 2`,
    `… | 3`): a head or foot printed with its page's number, however wide (up to a foot's width) and whatever
    text runs on around it; text does not count the pages. `candidates`: the lines of `edge_lines(lines)`
    (facing_heads.py), when the caller has read them: every line this pass may take is among them."""
    by_shape: dict[str, list[tuple[Line, int]]] = defaultdict(list)
    for line in lines if candidates is None else candidates:
        content = line.content
        if not content or (content[-1] not in _EDGE_DIGIT_SET and content[0] not in _EDGE_DIGIT_SET):
            continue  # most lines: no number at an edge, told by two character tests
        if line.role not in (BODY, RUNNING_HEADER) or line.width > _NUMBERED_FOOT_WIDTH:
            continue  # a print taken for a head already counts with the others
        number = _edge_number(content)
        if number is not None:
            by_shape[line_shape(line.content)].append((line, number))
    for prints in by_shape.values():
        first = prints[0][0].content
        if (
            len(prints) >= 2
            and all(b == a + 1 and y.index - x.index >= 2 for (x, a), (y, b) in itertools.pairwise(prints))
            and not ends_sentence(first)
            and (heading_shape(first) is None or (len(prints) >= 3 and _BARRED.match(first) is not None))
        ):
            for line, _ in prints:
                line.role = RUNNING_HEADER


_BARRED = re.compile(r"\d{1,4}[ \t\u3000]*[|｜]|.*[|｜][ \t\u3000]*\d{1,4}$")
"""A page's number set off by a bar at the line's edge (`3 | Example Institute | www.example.org`): shaped as a
numbered heading, but a heading is not printed again on three pages counting on by one."""


def _edge_number(content: str) -> int | None:
    """The page number at a line's edge (`… | 3`, `12  JOURNAL`), read by string operations before the
    expression is tried: most lines have no number there."""
    rest = content.rstrip(_EDGE_DIGITS)
    gap = rest[len(rest.rstrip("".join(_EDGE_SEPARATORS))) :]
    if not 0 < len(content) - len(rest) <= 4 or not gap:
        rest = content.lstrip(_EDGE_DIGITS)
        gap = rest[: len(rest) - len(rest.lstrip("".join(_EDGE_SEPARATORS)))]
        if not 0 < len(content) - len(rest) <= 4 or not gap:
            return None
    if gap == " ":
        return None  # `Step 1`, `Step 2`: a word and its number; a foot sets its number off by a bar or a wide gap
    edge = PAGE_NUMBER_EDGE.search(content)
    digits = "".join(ch for ch in edge.group() if ch.isdigit()) if edge is not None else ""
    return int(digits) if digits else None
