"""Page furniture found by repetition and position, whatever its words: lines printed again, page after page, at
the page turns.

The word lists (`data/layouts/furniture.json`, `pages.json`) and the running-head passes (`page_furniture`,
`running_heads`) find heads they can read, or short heads by their rhythm. A word processor's header or footer,
a notice repeated on each page, a foot of two or three lines, a foot glued to its page number, escape them when
the words are new and the line is long, starts in lower case, ends with a full stop, or when nothing but the
furniture itself marks the turn. This pass reads only two facts of a line:

- **repetition**: lines are compared by their *key* (`repeat_key`: digits and roman numerals made one sign,
  spaces squeezed, case folded), so `Page 3 of 12` / `Page 4 of 12`, `- iv -` / `- v -`, `Draft — 12 May — 7` /
  `Draft — 12 May — 8` are prints of one line;
- **position**: a print stands at a page turn when the run of furniture around it (its own print and the lines
  next to it that are prints of other repeated lines, page numbers, heads, form feeds) touches a page number, a
  form feed, a known head, or the document's start or end; or, with nothing to mark the turns, the prints stand
  a regular period of lines apart (counting the body's lines, not the notes').

Text that repeats stays text, told by the same facts: prints closer together than a page's text
(`closer_than_pages`: table rows, a chronology's labels, a refrain in one passage), prints that mostly end a
sentence (a speech's refrain, a paragraph's short last line), lines that run on into the next line as a full line
of text does (a passage quoted again), two prints on opposite sides of their turns (above one page number, below
another), lines printed at irregular distances (list items beginning alike differ in their
words, so their keys differ; a heading-like line repeated in the text stands where the text puts it). The front
lines (title, byline) are never taken unless they open the document's first run of furniture.
"""

from __future__ import annotations

import itertools
import re
from array import array
from collections import Counter, defaultdict
from collections.abc import Sequence
from functools import lru_cache

from allyscope.layout.dating import heads_yearless_lines
from allyscope.layout.furniture import FURNITURE
from allyscope.layout.headings import heading_shape
from allyscope.layout.lines import (
    BODY,
    NOTE,
    NOTE_CONTINUED,
    PAGE_BREAK,
    PAGE_NUMBER,
    RUNNING_HEADER,
    Line,
    ends_sentence,
    non_blank,
    typical_width,
)
from allyscope.layout.page_furniture import (
    chronology_head,
    closer_than_pages,
    lone_date,
    title_over_issuer,
    title_over_name,
)
from allyscope.layout.running_heads import head_width, room_for_next_word

# a foot under a page's last note reads as that note's last line
_CANDIDATE_ROLES = (BODY, NOTE_CONTINUED, FURNITURE)
# a foot naming an address or a phone reads as a contact block (`furniture.py` takes the lines under a label as a
# block): printed on every page, it is the page's foot. Kinds read off each line's own words (a copyright line, a
# print stamp) keep their spans however often they are printed (the dev gold's convention).
_BLOCK_KINDS = ("contact", "related", "tags")
_TURN_ROLES = (PAGE_NUMBER, PAGE_BREAK, RUNNING_HEADER)
_NOTE_ROLES = (NOTE, NOTE_CONTINUED)
_WIDEST = 160.0  # a foot may name an institution, a series, a date and an address on one line; a paragraph is wider
_MOST_LINES = 400_000  # a file of more lines is a data dump, not a paginated document: the pass leaves it alone
_LONGEST_RUN = 8  # lines of furniture at one page turn: a foot of three lines, a number, a head of two, form feeds
_FRONT = 4  # the first text lines: title, byline; taken only when they open the first run of furniture
_ROMAN = re.compile(r"(?<![^\W\d_])m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})(?![^\W\d_])")
_DIGITS = re.compile(r"\d+")
_NUMERALS = re.compile("[〇一二三四五六七八九十百]+")  # `第三页`, `第二天`: counted in CJK numerals
_SPACES = re.compile(r"\s+")
_NUMBER_ONLY = re.compile(r"[\W#_]*#[\W#_]*")


@lru_cache(maxsize=1 << 14)
def repeat_key(content: str) -> str:
    """The key prints of one furniture line share: digits, CJK numerals and roman numerals one sign (`#`), runs
    of spaces one space, case folded (`Page 3 of 12`, `PAGE 4 OF 12` → `page # of #`; `- xii -` → `- # -`)."""
    folded = _NUMERALS.sub("#", _DIGITS.sub("#", _SPACES.sub(" ", content.strip()).casefold()))
    return _ROMAN.sub(lambda m: "#" if m.group() else "", folded)


def _number(content: str) -> int | None:
    """The page number a number-only line prints (arabic or roman), or None."""
    digits = _DIGITS.search(content)
    if digits is not None:
        return int(digits.group())
    letters = next((m.group() for m in _ROMAN.finditer(content.casefold()) if m.group()), "")
    if not letters:
        return None
    values = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}
    total = 0
    for a, b in itertools.zip_longest(letters, letters[1:]):
        value = values[a]
        total += -value if b is not None and values[b] > value else value
    return total


_KEPT_STARTS = 64  # the raw starts of the first lines marked, kept for the document's date (the front's lines)


def find_repeated_furniture(lines: Sequence[Line]) -> tuple[int, ...]:
    """Mark as furniture the lines printed again at page turns or at a regular period (see the module); return
    the raw starts of the first running heads and feet (this pass's and the earlier passes'), in order: a date
    printed in a page's foot or head (a word processor's stamp) dates the print, not the document, and is read
    only when the front gives none."""
    text_lines = non_blank(lines)
    if len(text_lines) < 8 or len(text_lines) > _MOST_LINES:
        return ()
    # the lines whose key is printed twice or more in the whole text, found once for both rounds: only they can
    # fall in a group (a group's prints are some of the text lines, taken by role and width), and a line's key,
    # read off its content, never changes (`repeated_key_lines`); most lines of a text are printed once
    screened = repeated_key_lines(text_lines)
    for _ in range(2):  # a second round: the runs of furniture grow by the lines the first one took
        if not screened or not _round(text_lines, screened):
            break
    _shorter_prints(text_lines)
    heads = (line.start for line in text_lines if line.role == RUNNING_HEADER)
    return tuple(itertools.islice(heads, _KEPT_STARTS))


_GAP = re.compile(r"[ \t\u3000]{3,}")  # the wide gap parting a foot's cells (`RELEX.1      EN`)


def _shorter_prints(text_lines: Sequence[Line]) -> None:
    """A foot printed with a cell fewer on one page (`RELEX.1   EN` under the first page's foot, where the later
    pages print `ANNEX   RELEX.1   EN`): a text line of two cells or more parted by wide gaps, right under a line
    taken as a page's head or foot and last before the page's turn, whose cells all stand, in order, among the
    cells of a line taken as furniture elsewhere, is furniture too (lay78's council document)."""
    feet = {
        tuple(_GAP.split(line.content.strip()))
        for line in text_lines
        if line.role == RUNNING_HEADER and _GAP.search(line.content)
    }
    if not feet:
        return
    for at in range(1, len(text_lines)):
        line = text_lines[at]
        if line.role != BODY or text_lines[at - 1].role != RUNNING_HEADER or not _GAP.search(line.content):
            continue
        if at + 1 < len(text_lines) and text_lines[at + 1].role != PAGE_BREAK:
            continue
        cells = tuple(_GAP.split(line.content.strip()))
        if len(cells) >= 2 and any(_in_order(cells, foot) for foot in feet if len(foot) > len(cells)):
            line.role = RUNNING_HEADER


def _in_order(cells: tuple[str, ...], foot: tuple[str, ...]) -> bool:
    """True when `cells` are some of `foot`'s cells, in the same order."""
    rest = iter(foot)
    return all(cell in rest for cell in cells)


def repeated_key_lines(text_lines: Sequence[Line]) -> array[int]:
    """The positions among `text_lines` (ascending) of the lines whose `repeat_key` is some other text line's
    too: the only lines `_groups` can put in a group of two prints or more, whatever their roles, since a
    group's prints are text lines of one key. Counted in one `Counter` over every line's key (no per-line
    test in the interpreter), then the few repeated keys' lines picked out."""
    keys = list(map(repeat_key, [line.content for line in text_lines]))
    counts = Counter(keys)
    if len(counts) == len(keys):
        return array("i")  # every key printed once: no group anywhere
    return array("i", [i for i, key in enumerate(keys) if counts[key] >= 2])


def _groups(text_lines: Sequence[Line], screened: Sequence[int] | None = None) -> dict[str, list[int]]:
    """The prints of each repeated key, a head already marked among them (its other prints are what this pass
    looks for), each with one print or more still in the text. A bare arabic number is left to the page-number
    pass (`mark_page_furniture`), which knows a chronology's years; a bare roman one is this pass's. `screened`:
    the positions of the lines whose key repeats (`repeated_key_lines`), the only ones read when given."""
    groups: dict[str, list[int]] = defaultdict(list)
    for i in range(len(text_lines)) if screened is None else screened:
        line = text_lines[i]
        role = line.role
        if role == FURNITURE and line.furniture not in _BLOCK_KINDS:
            continue
        if (role in _CANDIDATE_ROLES or role == RUNNING_HEADER) and line.width <= _WIDEST and line.content:
            if _a_year_heading(text_lines, i):
                continue  # `2018年` over `12月1日　…`, `2019年` over …: a chronology's years, each heading its lines
            if _an_entry_head(text_lines, i, screened):
                continue  # `平成12年8月` over `<首相>が<首都>を訪問した。`: a chronology's head over its entry
            key = repeat_key(line.content)
            if key != "#" or not _DIGITS.search(line.content):
                groups[key].append(i)
    return {
        key: places
        for key, places in groups.items()
        if len(places) >= 2 and any(text_lines[i].role in _CANDIDATE_ROLES for i in places)
    }


def _a_year_heading(text_lines: Sequence[Line], i: int) -> bool:
    """Is text line `i` a year alone (`2018年`) over a line opening with a yearless day or month: a chronology's
    year heading, which several years share the shape of, not a head printed again at each page turn?"""
    content = text_lines[i].content
    return (
        len(content) <= 6
        and content[0] in "12"
        and i + 1 < len(text_lines)
        and heads_yearless_lines(content, text_lines[i + 1].content)
    )


def _an_entry_head(text_lines: Sequence[Line], i: int, screened: Sequence[int] | None) -> bool:
    """Is text line `i` a date alone over a line of its entry (`dates.entry_heads.heads_an_entry`), and printed
    once (a running head prints the same words at each page turn; a chronology's heads differ in their figures)?"""
    content = text_lines[i].content
    if i + 1 >= len(text_lines) or len(content) > 40:
        return False
    others = range(len(text_lines)) if screened is None else screened
    if any(j != i and text_lines[j].content == content for j in others):
        return False
    return lone_date(content) and chronology_head(content, text_lines[i + 1].content)


def _round(text_lines: Sequence[Line], screened: Sequence[int] | None = None) -> bool:
    """One pass over the repeated lines (those at `screened` only, when given: see `_groups`); True when it
    marked any."""
    groups = _groups(text_lines, screened)
    if not groups:
        return False
    repeated = {i for places in groups.values() for i in places}
    # a stamp the word lists read (`Downloaded by … on …`, `下载时间：…`) printed again at each turn keeps its span,
    # so it is in no group; it stands in the turn's run as a repeated head does (a title's head under it)
    repeated.update(i for i in screened or () if text_lines[i].role == FURNITURE)
    full = typical_width(text_lines)
    body_before = _body_counts(text_lines)
    widths = array("d")  # the text's width before each line, made by `closer_than_pages` once for every group
    marked = False
    for key, places in groups.items():
        places = [i for i in places if _front_allowed(text_lines, i, places, full)]
        if len(places) < 2:
            continue
        if closer_than_pages(text_lines, places, widths):
            _text_again(text_lines, places)
            continue
        if _numbered_heads(text_lines, places):
            continue  # `Article 1` … `Article 4`: a numbered family's heads, no line printed again (lay88b)
        if not _furniture(text_lines, places, repeated, full, body_before):
            continue
        number_only = _NUMBER_ONLY.fullmatch(key) is not None
        if number_only and not _rising(text_lines, places):
            continue
        if _chapter_opened(text_lines, places):
            places = places[1:]
        places = [i for i in places if not _cover_print(text_lines, i, places, repeated, full)]
        for i in places:
            if text_lines[i].role in _CANDIDATE_ROLES:
                text_lines[i].role = PAGE_NUMBER if number_only else RUNNING_HEADER
                marked = True
    return marked


def _cover_print(text_lines: Sequence[Line], i: int, places: list[int], repeated: set[int], full: float) -> bool:
    """True for a print on the first page, before any page turn, that stands at no turn with a line of text right
    under it, where every other print stands at a turn: a report's cover names its issuing body over the body's
    site and the report's number (`Congressional Research Service` over `https://…` and `R48215`), and the
    same name is every later page's foot, right over each page's turn. The feet leave the text; the cover's line
    is the cover's (lay72)."""
    if i + 1 >= len(text_lines) or text_lines[i + 1].role not in (BODY, FURNITURE):
        return False  # the cover's lines under it: text, or a labelled line of the front (an identifier)
    if any(line.role == PAGE_BREAK for line in text_lines[:i]):
        return False
    others = [p for p in places if p != i]
    last = len(text_lines) - 1
    return (
        bool(others)
        and not _at_turn(text_lines, i, repeated, full)
        and all(p == last or text_lines[p + 1].role in (PAGE_BREAK, PAGE_NUMBER) for p in others)
    )  # the others are feet, each the last line over its page's turn: no head over a page, which a cover's
    # last line may be where the first page prints no number


def _chapter_opened(text_lines: Sequence[Line], places: list[int]) -> bool:
    """True when the prints are a numbered chapter's heading (`第2章　…`, `Chapter 3 …`) whose first print still
    stands in the text and opens its chapter, the next line being a heading of its own (`第1節　…`): a report
    prints a chapter's heading once where the chapter starts and again as the head of the pages after it, so
    the first print is the heading, the later ones the heads."""
    first = places[0]
    return (
        text_lines[first].role in _CANDIDATE_ROLES
        and heading_shape(text_lines[first].content) is not None
        and first + 1 < len(text_lines)
        and text_lines[first + 1].role == BODY
        and heading_shape(text_lines[first + 1].content) is not None
        and all(p > first for p in places[1:])
    )


def _numbered_heads(text_lines: Sequence[Line], places: list[int]) -> bool:
    """True when every print is a heading of a numbered family (`Article 1`, `Chapter 2`: `heading_shape` gives a
    label) and no two carry the same number: a treaty's articles or a book's chapters, each printed once, which
    the key (digits made one sign) makes one line. A head printed again at page turns repeats its number
    (`Chapter 3` over every page of chapter 3); a page number is no heading."""
    labels = []
    for i in places:
        shape = heading_shape(text_lines[i].content)
        if shape is None or not shape.label:
            return False
        labels.append(shape.label)
    return len(set(labels)) == len(labels)


def _text_again(text_lines: Sequence[Line], places: list[int]) -> None:
    """Prints of one key closer together than a page's text (`Day 1  talks`, `Day 2  talks`: a table's rows)
    are text, all of them: a print an earlier pass took for a head by its rhythm alone (a short line half-way
    between two heads) goes back to the text with the others. Unless the prints in the text are one heading of a
    numbered family: its later prints are the chapter's head repeated at page turns (`第三章　港灣治理`)."""
    in_text = [i for i in places if text_lines[i].role == BODY]
    if len(in_text) == 1 and heading_shape(text_lines[in_text[0]].content) is not None:
        return
    if in_text:
        for i in places:
            if text_lines[i].role == RUNNING_HEADER:
                text_lines[i].role = BODY


def _front_allowed(text_lines: Sequence[Line], i: int, places: list[int], full: float) -> bool:
    """A print among the front lines counts only as part of the head over page one: every line before it is
    furniture, and the line right before it (when there is one) is printed right before the group's other prints
    too (two lines of a head recurring together). A title printed again as the running head of later pages
    stands under the journal's line on page one only: it stays the title. The first line itself is a head when
    its prints differ in their digits (a page's number in it) or when it is short beside the text's lines (a
    masthead, as `running_heads` reads it); a title as wide as a line, printed again over later pages, stays."""
    if i >= _FRONT:
        return True
    if i == 0:
        contents = {text_lines[p].content for p in places}
        if len(contents) == 1 and (title_over_name(text_lines) or title_over_issuer(text_lines)):
            return False  # a report's title over its writer or its issuing body, printed again over later pages:
            # a masthead stands over the title, never right over a name or an issuer
        # a head padded to the line's full width by spaces (lay81) is weighed by its words
        return len(contents) > 1 or full <= 0 or head_width(text_lines[0]) <= 0.5 * full
    if any(line.role == BODY for line in text_lines[:i]):
        return False
    key = repeat_key(text_lines[i - 1].content)
    others = [p for p in places if p != i and p > 0]
    together = sum(repeat_key(text_lines[p - 1].content) == key for p in others)
    return bool(others) and 2 * together > len(others)


def _body_counts(text_lines: Sequence[Line]) -> list[int]:
    """The count of text lines that are no notes before each line: the measure of a period of pages, which the
    notes of each page lengthen unevenly."""
    counts = [0]
    for line in text_lines:
        counts.append(counts[-1] + (line.role not in _NOTE_ROLES))
    return counts


def _furniture(
    text_lines: Sequence[Line], places: list[int], repeated: set[int], full: float, body_before: list[int]
) -> bool:
    """Whether the prints at `places` are furniture: by where they stand and how regularly (see the module)."""
    n = len(places)
    strong = sum(_at_turn(text_lines, i, repeated, full) for i in places)
    sentences = sum(ends_sentence(text_lines[i].content) for i in places)
    if _runs_on(text_lines, places, full):
        return False
    if 2 * sentences > n:  # sentences printed again: a refrain, a paragraph's short last line (`Done.`)
        return False
    if strong == n and n == 2:  # two prints: a foot on both pages, or a head on both; above one number and
        # below another, a passage printed twice that happens to stand at two page turns
        first, second = (_side(text_lines, i, repeated) for i in places)
        same_side = first == second or 0 in (first, second)
        return sentences == 0 and same_side and not _runs_on(text_lines, places, full, by_room=True)
    if strong == n:
        return n >= 3 or sentences == 0
    if n < 3:
        return False
    regular, measured = _periodic([body_before[i] for i in places])
    return regular and (2 * strong >= n or (measured and _short(text_lines, places, full)))


def _at_turn(text_lines: Sequence[Line], i: int, repeated: set[int], full: float) -> bool:
    """True when the run of furniture around line `i` (prints of repeated lines, page numbers, heads, form
    feeds) touches a page number, a form feed, a known head, or the document's start or end, or when the run
    cuts a sentence: a full line of text that ends no sentence before it (past the page's notes), text after it.
    Text does not stop in the middle of a sentence for a line of other words; a page does."""
    last = len(text_lines) - 1
    ends = []
    for step in (-1, 1):
        k = i + step
        while 0 <= k <= last:
            role = text_lines[k].role
            if role in _TURN_ROLES:
                return True
            if (  # a foot a text dump printed among the page's last notes: notes above it, notes then a turn below
                step == 1
                and k - 1 == i
                and i > 0
                and role in _NOTE_ROLES
                and text_lines[i - 1].role in _NOTE_ROLES
                and _notes_then_turn(text_lines, k)
            ):
                return True
            if k not in repeated:
                break
            if abs(k - i) > _LONGEST_RUN:
                return False  # a page's furniture is a few lines: a longer run of repeated lines is text
            k += step
        else:
            return True  # the run reaches the document's start or end
        ends.append(k)
    before, after = ends
    while before > 0 and text_lines[before].role in _NOTE_ROLES:
        before -= 1
    return (
        full > 0
        and text_lines[before].role == BODY
        and text_lines[after].role == BODY
        and text_lines[before].width >= 0.8 * full
        and not ends_sentence(text_lines[before].content)
    )


def _notes_then_turn(text_lines: Sequence[Line], k: int) -> bool:
    """True when the lines from `k` on are a few note lines and then a page's turn (its number, a form feed, a
    head) or the document's end: a page's last notes, under a foot the copy printed before them."""
    for j in range(k, min(len(text_lines), k + _LONGEST_RUN)):
        role = text_lines[j].role
        if role in _TURN_ROLES:
            return True
        if role not in _NOTE_ROLES:
            return False
    return k + _LONGEST_RUN >= len(text_lines)


def _periodic(positions: list[int]) -> tuple[bool, bool]:
    """(regular, measured): whether the prints stand a regular period apart, every gap within twice the
    shortest, and a page a few lines long; the last gap may be short (the last page is seldom full), and with
    four gaps or more one other gap may stray (a page a paragraph overran). `measured` is False when fewer
    than two gaps were left to compare: the period is then not shown, only allowed."""
    gaps = [b - a for a, b in itertools.pairwise(positions)]
    if len(gaps) >= 2 and gaps[-1] < min(gaps[:-1]):
        gaps.pop()
    gaps.sort()
    if len(gaps) >= 4:
        gaps = gaps[1:] if gaps[-1] <= 2 * gaps[1] else gaps[:-1]
    return gaps[0] >= 3 and gaps[-1] <= 2 * gaps[0], len(gaps) >= 2


def _short(text_lines: Sequence[Line], places: list[int], full: float) -> bool:
    """True when most prints are shorter than the text's full lines."""
    return full <= 0 or 2 * sum(text_lines[i].width <= 0.8 * full for i in places) > len(places)


def _runs_on(text_lines: Sequence[Line], places: list[int], full: float, by_room: bool = False) -> bool:
    """True when most prints are lines of running text wrapped into the next line of text (a passage printed
    twice): ending no sentence, with a body line after them (past a page's turn and its furniture) that goes on
    with the sentence. A print is wrapped when it is as wide as the text's lines and the line after opens in
    lower case or in CJK text (which wraps at any character; a line padded inside by spaces is weighed by its words,
    `head_width`: wrapped text is never padded); `by_room` (for two prints, the weakest evidence)
    asks only that the next line's first word would not have fitted on it (`room_for_next_word`: a line short by
    measure only for the Latin letters it holds is as full as any)."""
    if full <= 0:
        return False
    running = 0
    for i in places:
        line = text_lines[i]
        if ends_sentence(line.content):
            continue
        k = i + 1
        while k < len(text_lines) and text_lines[k].role in _TURN_ROLES and k - i <= _LONGEST_RUN:
            k += 1
        after = text_lines[k] if k < len(text_lines) else None
        if after is None or after.role != BODY:
            continue
        if by_room:
            running += not room_for_next_word(line, after, full)
        elif head_width(line) >= 0.9 * full and (not after.content.isascii() or after.content[:1].islower()):
            running += 1
    return 2 * running > len(places)


def _side(text_lines: Sequence[Line], i: int, repeated: set[int]) -> int:
    """-1 when the furniture run around line `i` ends at a turn after it (a foot), 1 when one before it (a head),
    0 when both or neither: which side of the page a print stands on."""
    sides = 0
    for step in (-1, 1):
        k = i + step
        while 0 <= k < len(text_lines) and k in repeated and abs(k - i) <= _LONGEST_RUN:
            k += step
        if not 0 <= k < len(text_lines) or text_lines[k].role in _TURN_ROLES:
            sides += step
    return -sides


def _rising(text_lines: Sequence[Line], places: list[int]) -> bool:
    """True when number-only prints count upwards (`xii`, `xiii`, …): page numbers, not a table's column."""
    values = [_number(text_lines[i].content) for i in places]
    if any(v is None for v in values):
        return False
    rising = sum(b > a for a, b in itertools.pairwise(values))  # type: ignore[operator]
    return rising >= 0.7 * (len(values) - 1)
