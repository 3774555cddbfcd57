"""Page furniture read off the lines: page numbers, rules, running headers, labelled page lines.

A running header is a short line printed again at page boundaries (the journal's name, the article's short
title, a title abridged or printed with its page number); a page number stands alone, decorated or plain, or
after a publisher's name. These passes mark such lines' roles, which drop them from the body.
"""

from __future__ import annotations

import json
import re
from array import array
from collections import Counter
from collections.abc import Iterable, MutableSequence, Sequence
from functools import lru_cache
from importlib import resources
from itertools import pairwise
from typing import Any

from allyscope.layout.dating import heads_yearless_lines
from allyscope.layout.headings import heading_shape
from allyscope.layout.line_objects import (
    BLANK,
    BODY,
    FURNITURE,
    NOTE,
    NOTE_CONTINUED,
    PAGE_BREAK,
    PAGE_NUMBER,
    RUNNING_HEADER,
    Line,
    non_blank,
)
from allyscope.layout.lines import ends_sentence, header_never, typical_width

# page numbers and journal-issue lines, as data
_PAGES: dict[str, Any] = json.loads(resources.files("allyscope.data").joinpath("layouts/pages.json").read_text("utf-8"))
_DECORATIONS = re.escape(_PAGES["decorations"])
_PAGE_NUMBER_DECORATED = re.compile(
    rf"^[{_DECORATIONS}\s]*[{_DECORATIONS}]\s*\d{{1,4}}\s*[{_DECORATIONS}][{_DECORATIONS}\s]*$"
)
_PAGE_NUMBER_PLAIN = re.compile(r"^\d{1,4}$")
_PAGE_NUMBER_WORDED = re.compile("^(?:" + "|".join(_PAGES["worded"]) + ")$")
_FULL_WIDTH_DIGITS = "０１２３４５６７８９"
_NUMBER_LINE_CHARS = _PAGES["decorations"] + "0123456789" + _FULL_WIDTH_DIGITS + " \t\u3000\u00a0\u2002\u2003\u2009"
_WORDED_INITIALS = frozenset(_PAGES["worded_initials"])
_RULE = _PAGES.get("rule_characters", "")
_RULE_INITIALS = frozenset(_RULE)
_NUMBER_LINE_INITIALS = frozenset(_NUMBER_LINE_CHARS) | _WORDED_INITIALS  # what a page-number line starts with
_DIGITS = re.compile(r"\d+")
_SPACES = re.compile(r"\s+")
# Roman page numbers of front matter (`ii`, `- iii -`, `Page ix`): `pages.json`, 'roman' and 'roman_worded'
_ROMAN = _PAGES.get("roman", "")
_ROMAN_LETTERS = "ivxlcIVXLC"
_ROMAN_BARE = re.compile(rf"(?=[ivxlc]){_ROMAN}") if _ROMAN else None
_ROMAN_NUMERAL = f"(?=[{_ROMAN_LETTERS}])(?i:{_ROMAN})"  # either case, never empty
_ROMAN_MARKED = (
    re.compile(
        rf"[{_DECORATIONS}\s]*[{_DECORATIONS}]\s*{_ROMAN_NUMERAL}\s*[{_DECORATIONS}][{_DECORATIONS}\s]*"
        + "".join(f"|{pattern}" for pattern in _PAGES.get("roman_worded", [])).replace("{roman}", _ROMAN_NUMERAL)
    )
    if _ROMAN
    else None
)
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
_ROMAN_INITIALS = frozenset(_ROMAN_LETTERS) | frozenset(_PAGES["decorations"]) | frozenset("Pp")
_ROMAN_LONGEST = 16  # characters: `Page xxviii of xl` and shorter


def worded_page_number(content: str) -> bool:
    """True for a line that is a page's number in words (`第 2 頁，共 2 頁`, `Page 3 of 9`: `pages.json`'s 'worded'
    forms), whatever block of furniture stands above it: the number belongs to the page, not to the block."""
    content = content.strip()
    return bool(content) and content[0] in _WORDED_INITIALS and _PAGE_NUMBER_WORDED.match(content) is not None


def decorated_page_number(content: str) -> bool:
    """True for a line that is a page's number between decorations (`- 2 -`, `― 23 ―`, `· 41 ·`), whatever block of
    furniture stands above it: a release's contact block last on its page ends over the page's number."""
    content = content.strip()
    return bool(content) and content[0] in _NUMBER_LINE_INITIALS and _PAGE_NUMBER_DECORATED.match(content) is not None


def roman_value(numeral: str) -> int:
    """The value of a Roman numeral (`xiv` 14), either case; the caller has matched its shape."""
    total = 0
    values = [_ROMAN_VALUES[ch] for ch in numeral.lower()]
    for k, value in enumerate(values):
        total += -value if k + 1 < len(values) and values[k + 1] > value else value
    return total


def roman_page_number(content: str) -> bool | None:
    """True for a Roman page number that is one wherever it stands (`- iii -`, `Page ix`), None for a bare one
    (`iv`: a page number only when the document's bare Roman numbers rise, as bare digits), False for neither."""
    if _ROMAN_MARKED is None or _ROMAN_BARE is None or len(content) > _ROMAN_LONGEST:
        return False
    if content[0] not in _ROMAN_INITIALS or content[-1] not in _ROMAN_INITIALS:
        return False
    if _ROMAN_BARE.fullmatch(content):
        return None
    return _ROMAN_MARKED.fullmatch(content) is not None


def _next_text(lines: Sequence[Line], index: int) -> str:
    """The content of the next non-blank line after line `index` (at most a few lines on), or ''."""
    for k in range(index + 1, min(len(lines), index + 4)):
        if lines[k].role != BLANK:
            return lines[k].content
    return ""


def mark_page_furniture(lines: Sequence[Line], protected: set[int]) -> None:
    """Mark page numbers and running headers, which stand between pages and belong to no text.

    A decorated number (`· 47 ·`, `— 5 —`) is always a page number; a bare number only when the document has
    several of them in rising order. A running header is a short line that recurs at least three times once
    its digits are ignored (journal name and issue, the article's short title). Lines in `protected` (notes)
    are left alone.
    """
    plain = array("i")  # the bare number lines' indexes (a big file's lines are made on each reading)
    roman = array("i")  # the bare Roman number lines' indexes (`ii`, `iii`: front matter's pages)
    # the lines the running-header test below looks at (at most 50 wide), in order: their numbers (a big file's
    # lines are made on each reading, and on a file of short lines nearly every line is one)
    short = array("i")
    for line in lines:
        if line.role != BODY or line.index in protected:
            continue
        if line.width <= 50:
            short.append(line.index)
        content = line.content
        if content[0] in _RULE_INITIALS and len(content) >= 5 and not content.strip(_RULE):
            line.role = BLANK  # a rule (`________`) parting the text from its notes: a separator, as a blank line
            continue
        if line.width <= _ROMAN_LONGEST and content[-1] in _ROMAN_INITIALS and content[0] in _ROMAN_INITIALS:
            found = roman_page_number(content)
            if found:
                line.role = PAGE_NUMBER
                continue
            if found is None:
                roman.append(line.index)
                continue
        # Cheap exact tests first: a decorated or plain number line holds nothing but digits, decorations and
        # spaces, so starts with one of them; a worded one starts with 第, P/p or a digit.
        if content[0] not in _NUMBER_LINE_INITIALS:
            continue
        if content.strip(_NUMBER_LINE_CHARS):
            if content[0] in _WORDED_INITIALS and _PAGE_NUMBER_WORDED.match(content):
                line.role = PAGE_NUMBER
        elif _PAGE_NUMBER_DECORATED.match(content) or _PAGE_NUMBER_WORDED.match(content):
            line.role = PAGE_NUMBER
        elif _PAGE_NUMBER_PLAIN.match(content):
            plain.append(line.index)
    if plain:  # a year over yearless dated lines heads a chronology (`2011` / `March 4 – …`): no page number
        plain = array("i", [i for i in plain if not heads_yearless_lines(lines[i].content, _next_text(lines, i))])
    if plain:  # one number alone on a line is a page number too: body text is never a bare number
        values = [int(lines[i].content) for i in plain]
        rising = sum(1 for a, b in pairwise(values) if b > a)
        if rising >= 0.7 * (len(values) - 1):
            for i in plain:
                lines[i].role = PAGE_NUMBER
    if roman:  # bare Roman numbers that rise: the front matter's pages (`i`, `ii`, `iii`); text is no numeral alone
        values = [roman_value(lines[i].content) for i in roman]
        if sum(1 for a, b in pairwise(values) if b > a) >= 0.7 * (len(values) - 1):
            for i in roman:
                lines[i].role = PAGE_NUMBER
    shapes: Counter[str] = Counter()
    # the candidates' indexes as machine integers (a dict of them weighed 40 bytes
    # a line on a big file of short lines, where nearly every line is one; a big file's line makes its index anew)
    indexes = array("i")
    for at in short:  # page numbers were taken from them since
        line = lines[at]
        if line.role != BODY or ends_sentence(line.content) or header_never(line.content):
            continue
        if line.content[0] in "12" and heads_yearless_lines(line.content, _next_text(lines, at)):
            continue  # `2018年` / `12月1日　…`, `2019年` / …: a chronology's years share a shape, but head its lines
        shape = line_shape(line.content)
        indexes.append(line.index)
        shapes[shape] += 1
    # A line recurring only twice is still a running header when it names a journal issue, or when it is a
    # shortened title (the article's running head) standing below the first lines, which hold the title.
    head = [line for line in lines[:12] if line.content][:4]
    head_end = head[-1].index if head else -1
    cover = head[0].index if head and title_over_issuer(lines) else -1  # a cover's title, however often repeated
    for index in indexes:
        content = lines[index].content
        count = shapes[line_shape(content)]  # remembered (`line_shape`): not kept a candidate
        if count >= 2 and _labels_notes(lines, index):
            continue  # `注释` over each chapter's notes: a label repeated with its notes, no running head
        if index == cover:
            continue  # a white paper's title over its issuing body: later pages' heads repeat it, it stays
        if head and index == head[0].index and count >= 2 and (kind := front_print(content)) is not None:
            lines[index].role, lines[index].furniture = FURNITURE, kind  # its first print is front matter
            continue
        if count >= 3 or (
            count == 2
            and (
                _JOURNAL_ISSUE.search(content) is not None
                or (index > head_end and any(content in h.content and content != h.content for h in head))
            )
        ):
            lines[index].role = RUNNING_HEADER
        elif count == 2 and not (head and index == head[0].index and title_over_name(lines)):
            lines[index].role = RUNNING_HEADER  # a masthead repeated, or one head of a pair, if confirmed (see below)


_CJK_NAME = re.compile(r"[\u4e00-\u9fff]{1,2}[\u3000 ]?[\u4e00-\u9fff]{1,3}")


def title_over_name(lines: Sequence[Line]) -> bool:
    """True when the first line with content stands right over a line that is one person's name alone (`山口真理`,
    `陳　家豪`, `Hannah Kerr`): a report's title over its writer, which later pages may print again as their head;
    a masthead (a journal's or a series' name) stands over the title, never right over a name."""
    from allyscope.layout.byline_heads import latin_names  # byline_heads reads notes, which reads this module

    shown = [line for line in lines[:12] if line.content][:2]
    if len(shown) < 2:
        return False
    content = shown[1].content.strip()
    return (_CJK_NAME.fullmatch(content) is not None and len(content) <= 5) or latin_names(content)


def title_over_issuer(lines: Sequence[Line]) -> bool:
    """True when the first line with content stands right over an issuing body's name alone (`国务院新闻办公室`,
    `Ministry of Defence`: `layout.json` 'issuer'): a white paper's or report's cover, its title over the body that
    issues it, which later pages print again as their head; a masthead stands over the title, not over an issuer.
    A handling notice or protective marking over the cover (`OFFICIAL`, `DRAFT`) is no title: it is looked past."""
    from allyscope.layout.notes import fullmatches_label  # notes reads this module

    shown = [line for line in lines[:12] if line.content and not is_handling_notice(line.content)][:2]
    return len(shown) == 2 and fullmatches_label(shown[1].content.strip(), ("issuer",))


def _labels_notes(lines: Sequence[Line], index: int) -> bool:
    """True when line `index` is a notes label alone (`注释`, `Notes`) and the next text line opens a note: each
    chapter's notes under their label, a label a book repeats as often as it has chapters."""
    from allyscope.layout.notes import is_label_line, note_start  # notes reads this module's furniture

    if not is_label_line(lines[index].content, ("notes_section",)):
        return False
    following = next((line for line in lines[index + 1 : index + 4] if line.content), None)
    return following is not None and note_start(following.content) is not None


_JOURNAL_ISSUE = re.compile("|".join(_PAGES["journal_issue"]))
_NOTICE = re.compile("(?:" + "|".join(_PAGES.get("notices", [])) + ")") if _PAGES.get("notices") else None
_STATUS = re.compile("(?:" + "|".join(_PAGES["status_labels"]) + ")") if _PAGES.get("status_labels") else None
_HEADER_GAP = re.compile(r"[\t\u3000]+|\s{2,}")  # an issuer's name and its series' name on one header line
_FRONT_PRINT = 40  # characters at most of a header naming an issuer or a series


_CITATION_HEAD = (
    re.compile("(?:" + "|".join(_PAGES["citation_heads"]) + ")") if _PAGES.get("citation_heads") else None
)
CITATION_HEAD_INITIALS = frozenset("0123456789")
"""Every character a citation head opens with (a page number or a year): a cheap test before the expression."""


def is_citation_head(content: str) -> bool:
    """True for a law review's page head in its citation form (`216 JOURNAL [Vol. 45:213`, `2023] SHORT TITLE
    217`; `pages.json`, 'citation_heads'): text never opens with a year and a bracket nor closes on a volume and
    its first page, so the line is a head wherever it stands, even printed once."""
    return _CITATION_HEAD is not None and _CITATION_HEAD.fullmatch(content.strip()) is not None


def is_status_label(content: str) -> bool:
    """True for a line saying what state the copy is in, not who issued it (`仮訳`, `Provisional translation`,
    `草案`, `機密性2`, `For official use only`; `pages.json` 'status_labels', or a handling notice, 'notices'),
    the whole line only: printed on every page it is furniture on every print, the first page's included."""
    text = content.strip()
    return is_handling_notice(text) or (_STATUS is not None and _STATUS.fullmatch(text) is not None)


def front_print(content: str) -> str | None:
    """The kind of front matter the first print of a header printed on every page is, by what it says: `doctype`
    for the kind of paper an issuer prints (`外交部新聞稿`, `Press Release`: layout.json 'doctype'), `journal` for an
    issuing body's name before its series' name, parted by a wide space (`國防安全研究院　國防安全即時評析`); None
    for a status label (`is_status_label`), a journal's issue line (`国际安全评论　2022年第6期`), a sentence, a body's
    name alone, anything else, whose every print stays furniture as before. Asked by the repeated-masthead pass
    (`mark_page_furniture`) and by `confirm_running_headers` alike: one question, so neither pass takes back what
    the other spared (the lead's convention of the fifty-third session)."""
    from allyscope.layout.notes import fullmatches_label  # notes reads this module

    text = content.strip()
    if not text or len(text) > _FRONT_PRINT or is_status_label(text) or _JOURNAL_ISSUE.search(text):
        return None
    if ends_sentence(text):
        return None
    if fullmatches_label(text, ("doctype",)):
        return "doctype"
    if fullmatches_label(text, ("book_series",)):
        return "journal"  # a book series' name (`东南亚蓝皮书`) over a chapter's first page and each head (lay86)
    parts = _HEADER_GAP.split(text)
    if len(parts) == 2 and fullmatches_label(parts[0], ("issuer",)) and not fullmatches_label(parts[1], ("issuer",)):
        return "journal"
    return None


def is_handling_notice(content: str) -> bool:
    """True for a draft's or a restricted paper's handling notice alone on its line (`DRAFT – NOT FOR CITATION`,
    `征求意见稿`, `取扱注意`): a word processor prints it over or under every page, so printed twice it is a head
    on each page, the first page's too, where a title would be printed once (`pages.json`, 'notices')."""
    return _NOTICE is not None and _NOTICE.fullmatch(content.strip()) is not None


@lru_cache(maxsize=1 << 14)
def line_shape(content: str) -> str:
    """A line with its digits and runs of spaces made alike: the prints of one running head share it.

    Remembered: the furniture passes and the running-head passes each ask for the shapes of the same short
    lines (up to five times a line), and a big file of short lines repeats the same few thousand contents."""
    return _DIGITS.sub("#", _SPACES.sub(" ", content))


def _wrapped_at_long_word(text_lines: Sequence[Line]) -> bool:
    """True when the first line is short only because the next line's first word would not have fitted on it
    (`日日 NATO` over `partnership …`): a line of text wrapped there, no masthead however short."""
    from allyscope.layout.running_heads import room_for_next_word  # that module builds on this one

    if len(text_lines) < 2 or text_lines[1].role != BODY or _JOURNAL_ISSUE.search(text_lines[0].content):
        return False
    full = typical_width(text_lines)
    return full > 0 and not room_for_next_word(text_lines[0], text_lines[1], full)


def _masthead(text_lines: Sequence[Line]) -> Line | None:
    """The document's first line when it is a masthead (the journal's name): short beside the text's lines (half
    their median width at most), and not a line of text wrapped early at a long word; None otherwise."""
    widths = sorted((line.width for line in text_lines if line.role == BODY), key=float)  # see `typical_width`
    masthead = bool(text_lines) and bool(widths) and text_lines[0].width <= 0.5 * widths[len(widths) // 2]
    return text_lines[0] if masthead and not _wrapped_at_long_word(text_lines) else None


def confirm_running_headers(lines: Sequence[Line]) -> None:
    """Keep a running header only where it stands at a page boundary; anywhere else it is body text.

    A recurring line found by `mark_page_furniture` stands at a boundary when the line before it ends a page
    (a note, a page number, another header, a form feed) or a page number follows it. A shape whose
    occurrences mostly stand elsewhere is body text that happens to repeat; a confirmed shape is a header
    everywhere (also on a page without notes, where nothing marks the boundary).
    """
    text_lines = non_blank(lines)
    # for each shape, where its prints stand among `text_lines` and whether each stands at a page boundary (two
    # arrays kept in step: a tuple per print weighed more than the line on a big file of short lines, and a list
    # of int objects 40 bytes a print)
    at_boundary: dict[str, bytearray] = {}
    positions: dict[str, array[int]] = {}
    previous = PAGE_BREAK
    for i, line in enumerate(text_lines):
        if line.role == RUNNING_HEADER and (line._rare is None or not line.furniture):
            shape = line_shape(line.content)
            places = positions.get(shape)
            if places is None:
                places = positions[shape] = array("i")
                at_boundary[shape] = bytearray()
            places.append(i)
            following = text_lines[i + 1].role if i + 1 < len(text_lines) else PAGE_BREAK
            boundary = previous in (
                NOTE,
                NOTE_CONTINUED,
                PAGE_NUMBER,
                RUNNING_HEADER,
                PAGE_BREAK,
            ) or following in (
                PAGE_NUMBER,
                PAGE_BREAK,
            )
            at_boundary[shape].append(boundary or i < 2)
        previous = line.role
    head = [line.content for line in text_lines[:_HEAD_LINES] if line.role == BODY]
    # the masthead is asked of a head's prints only: with no head marked (most files) it is not read at all
    first = _masthead(text_lines) if at_boundary else None
    # the first line kept as front matter by `mark_page_furniture` (an issuer's or a series' header, `front_print`):
    # its later prints are that header printed again, the question that pass asked asked again here
    kept = text_lines[0] if at_boundary and text_lines[0].role == FURNITURE else None
    kept_shape = line_shape(kept.content) if kept is not None and front_print(kept.content) == kept.furniture else None

    def recurring(occurrences: bytearray, places: array[int]) -> bool:
        """On three pages or more at page boundaries, or the document's first line (a masthead) printed again."""
        hits = sum(occurrences)
        if first is not None and text_lines[places[0]].index == first.index:
            return len(occurrences) >= 2
        if kept_shape is not None and line_shape(text_lines[places[0]].content) == kept_shape:
            return hits >= max(1, 0.6 * len(occurrences))
        return len(occurrences) >= 3 and hits >= max(2, 0.6 * len(occurrences))

    numbered_paper = bool(at_boundary) and _paper_numbered(text_lines)
    widths_before = array("d")  # made on first use, once: the text's width before each line
    for shape, occurrences in at_boundary.items():
        places = positions[shape]
        hits = sum(occurrences)
        content = text_lines[places[0]].content
        issue_or_title = bool(_JOURNAL_ISSUE.search(content)) or _shortens(content, head) or is_handling_notice(content)
        if len(occurrences) <= 2 and not issue_or_title:
            # a line printed twice word for word is text unless it is a short masthead printed again
            confirmed = recurring(occurrences, places) or (
                hits >= 1 and numbered_paper and _series_pages(text_lines, places)
            )  # `委 67` … `委 68` on a bill that `院總第…號` numbers: its pages in the committee's series
        else:
            confirmed = (
                hits >= max(2, 0.6 * len(occurrences))
                or recurring(occurrences, places)
                or bool(_JOURNAL_ISSUE.search(content))
                or is_handling_notice(content)
                or ((hits >= 1 or len(occurrences) >= 2) and _shortens(content, head))
            )
        if not confirmed or (
            closer_than_pages(text_lines, places, widths_before) and not is_handling_notice(content)
        ):  # a marking printed at a page's head and at its foot stands twice at each page turn: still a head
            for i in places:
                text_lines[i].role = BODY
    _shortened_titles(text_lines, head)


_PAPER_NUMBER = re.compile("|".join(f"(?:{p})" for p in _PAGES.get("paper_numbers", ())) or r"(?!)")
_PAPER_LINES = 6  # a legislature's paper prints its number among its first lines, under the sitting's title
# A page number after a short series mark and a space (`委 67`: a legislature's committee numbers the pages of the
# papers it prints in its own series), lay84's bill
_SERIES_PAGE = re.compile(r"[\u4e00-\u9fff]{1,2}[ \u3000](\d{1,4})")


def _paper_numbered(text_lines: Sequence[Line]) -> bool:
    """True where one of the first lines holds a legislature's number of the paper (`pages.json` 'paper_numbers':
    `院總第1682號`): the mark of a bill or a motion printed in a legislature's series of papers (lay85b)."""
    return any(_PAPER_NUMBER.search(line.content) for line in text_lines[:_PAPER_LINES])


def _series_pages(text_lines: Sequence[Line], places: Sequence[int]) -> bool:
    """True when the two prints of a shape are a page number after one series mark, rising by one (`委 67`, then
    `委 68` at the next page's foot): a legislature's paper's page numbers, which a word-for-word repeat never is.
    Asked only on a paper a legislature numbers (`_paper_numbered`); a figure's or a table's number alone (`图 2`,
    `表 3`) rises too, and elsewhere stays text (lay84's bill, lay85b)."""
    found = [_SERIES_PAGE.fullmatch(text_lines[i].content.strip()) for i in places]
    if len(found) != 2 or found[0] is None or found[1] is None:
        return False
    return int(found[1].group(1)) == int(found[0].group(1)) + 1


# Less text than this (display width: a CJK character counts two; about one line of text) between most prints
# of a line: no page stands between them. Counted in text, not lines: an unwrapped page may be one long line.
_PAGE_TEXT_WIDTH = 100.0


def closer_than_pages(
    text_lines: Sequence[Line], positions: Sequence[int], total: MutableSequence[float] | None = None
) -> bool:
    """True when most prints of a recurring line (at `positions` of `text_lines`) stand closer together than a
    page's text: a cell repeated in a table or a chronology dumped as lines (`会谈`, `Tokyo`), a refrain, a
    list's label — text, not a head, which is printed once a page.

    `total`, the text's width before each line, is filled here when empty and reused by the caller for the
    next recurring line: summed again for each of them, a file of many short repeated lines took time in the
    square of its length (a million lines of a few words: minutes in this function alone)."""
    if len(positions) < 2:
        return False
    if total is None:
        total = array("d")  # a machine double a line, not a float object
    if not total:
        total.append(0.0)
        for line in text_lines:
            total.append(total[-1] + line.width)
    gaps = sorted(total[b] - total[a + 1] for a, b in pairwise(positions))
    return gaps[len(gaps) // 2] < _PAGE_TEXT_WIDTH


def _resume_spaces_possible(text_lines: Sequence[Line]) -> bool:
    """False where most lines start with one space (an extractor's habit): there the space marks no page start
    (`notes.resume_convention_possible`, which this module cannot import)."""
    spaced = sum(1 for line in text_lines if line.indent == " ")
    return spaced < 0.5 * len(text_lines)


def _shortens(content: str, head: list[str]) -> bool:
    """True when `content` is part of one of the first lines (the title) without being all of it."""
    return any(content in h and content != h for h in head)


_NOTE_SIGNS = "*＊†‡§¹²³⁴⁵⁶⁷⁸⁹⁰ \u3000"  # what a title line may end with after its last word: its note's sign


def abridges(content: str, title: str) -> bool:
    """True when `content` is the title with a middle part cut out: its start and its end, each two characters
    or more, joined (`国際緊急援助の課題` for `国際緊急援助と部隊派遣の課題*`, `Verification After the Treaties` for
    `Verification in Arms Control After the Treaties`), the way a running head abridges a title too long for it.
    As long as a heading or a phrase of the text could be no more (six CJK characters, twelve Latin ones); in
    Latin script the cut falls between words."""
    title = title.rstrip(_NOTE_SIGNS)
    size = len(content)
    latin = content.isascii()
    if size < (12 if latin else 6) or size >= len(title) - 1:
        return False
    lead = 0  # the longest start the two share
    while lead < size and content[lead] == title[lead]:
        lead += 1
    tail = 0  # the longest end the two share
    while tail < size and content[size - 1 - tail] == title[len(title) - 1 - tail]:
        tail += 1
    # a cut at k: content[:k] starts the title, content[k:] ends it, each two characters or more
    for k in range(max(2, size - tail), min(lead, size - 2) + 1):
        if not latin:
            return True
        j = len(title) - (size - k)  # where the kept end starts in the title
        if (
            (content[k - 1] == " " or content[k] == " ")
            and not (title[k - 1].isalnum() and title[k].isalnum())
            and not (title[j - 1].isalnum() and title[j].isalnum())
        ):
            return True
    return False


_HEAD_LINES = 4  # the first text lines, which hold the journal line and the title a running head repeats
_DECORATED_NUMBER = rf"[{_DECORATIONS}]\s*\d{{1,4}}\s*[{_DECORATIONS}]"
PAGE_NUMBER_EDGE = re.compile(
    r"^(?:\d{1,4}|" + _DECORATED_NUMBER + r")[\s\u3000·•|｜]+(?=\D)"
    r"|(?<=\D)[\s\u3000·•|｜]+(?:\d{1,4}|" + _DECORATED_NUMBER + r")$"
)
"""A page number at the edge of a running head (`124 JOURNAL`, `TITLE · 125`, `― 24 ―　刊名`, `題名　― 25 ―`)."""
EDGE_INITIALS = frozenset("0123456789" + _PAGES["decorations"])
"""What a running head printed with its page number starts or ends with."""
_AUTHOR_IN_PARENS = re.compile(r"^(.+?)[\s\u3000]*[（(]([^（()）]{1,12})[)）]$")


_WIDE_GAP = re.compile(r"[ \t]{3,}|\u3000+")
_MONTH_OR_DAY = re.compile(r"[A-Za-z年月日]")


def _dated_head(content: str) -> str | None:
    """The words of a running head printed with a date instead of a page number (a debate record's
    `16 SEPTEMBER 2021      AUKUS` or `AUKUS      16 SEPTEMBER 2021`): two parts set apart by a wide gap, one a date
    to the month or the day alone; None for any other line. The caller wants the words to be a front line's,
    whole (a timeline's entry, `16 September 2021   AUKUS announced`, names no title)."""
    parts = _WIDE_GAP.split(content.strip())
    if len(parts) != 2 or not all(parts):
        return None
    for date, words in (parts, parts[::-1]):
        if _MONTH_OR_DAY.search(date) and any(c.isdigit() for c in date) and lone_date(date):
            return words
    return None


def _running_head(content: str, head: list[str], names: list[str]) -> bool:
    """True for a running head printed with its page number (`124 JOURNAL NAME`, `SHORT TITLE 125`,
    `42 · 刊名　第12卷第3期`) or with the author's name after the title (`Title（Name）`): the text names the
    journal or the title of the first lines (letter case aside), the name stands in the author line."""
    dated = _dated_head(content)
    if dated is not None:  # `16 SEPTEMBER 2021      AUKUS`: the sitting's date and the debate's title, as printed
        return any(dated.casefold() == h.casefold() for h in head)
    # both patterns are tried only where they can match (a digit at an edge, a bracket at the end): most short
    # lines of a text have neither, and the second alternative of each would be tried at every position
    if content[:1] in EDGE_INITIALS or content[-1:] in EDGE_INITIALS:
        core, numbered = PAGE_NUMBER_EDGE.subn("", content)
    else:
        core, numbered = content, 0
    parens = _AUTHOR_IN_PARENS.match(core) if core[-1:] in ")）" else None
    if parens is not None and any(parens.group(2) in name for name in names):
        core, numbered = parens.group(1), 1
    if not numbered or len(core) < (12 if core.isascii() else 4):
        return False
    folded = core.casefold()
    return any(folded in h.casefold() for h in head)


def _numbered_on(text_lines: Sequence[Line], i: int) -> bool:
    """True when the line at `i` reads as a numbered heading whose number follows that of a heading of its family
    on an earlier line (`1　はじめに`, `2　…`, then `3　残された課題`): the text's next section, though its words end
    the title as a running head's would after its page number."""
    shape = heading_shape(text_lines[i].content)
    if shape is None or not shape.label.isdigit() or int(shape.label) < 2:
        return False
    wanted = int(shape.label) - 1
    for line in text_lines[:i]:
        earlier = heading_shape(line.content) if line.role == BODY and len(line.content) <= 60 else None
        if (
            earlier is not None
            and earlier.family == shape.family
            and earlier.label.isdigit()
            and int(earlier.label) == wanted
        ):
            return True
    return False


def _front_titles(text_lines: Sequence[Line]) -> list[str]:
    """The first lines that stand short of a full line (a title's lines). Made only when a line needs them or
    before the first role `_shortened_titles` changes (the full width is a sort of every line's width)."""
    full = typical_width(text_lines)
    # (or a line about as wide as the column right above a short one that ends no sentence: a long title over
    # its byline in a narrow column, whose start a running head may repeat all the same; a paragraph's last line
    # under its full first one ends a sentence)
    front = text_lines[: _HEAD_LINES + 1]
    return [
        line.content
        for k, line in enumerate(front[:_HEAD_LINES])
        if line.role == BODY
        and (
            line.width <= 0.8 * full
            or (k + 1 < len(front) and front[k + 1].width <= 0.5 * full and not ends_sentence(front[k + 1].content))
        )
    ]


def _shortened_titles(text_lines: Sequence[Line], head: list[str]) -> None:
    """A short line that repeats the start of the title (the article's running head) is a running header even
    where it stands once: right after a page's notes or number, before a line that resumes a page, or anywhere
    when it is long enough not to be a word of the text (six characters of CJK, twelve of Latin script), or when
    it is printed with its page number or the author's name (see `_running_head`)."""
    if not head:
        return
    names = [line.content for line in text_lines[1:8] if line.role == BODY and len(line.content) <= 40]
    # a title stands short of a full line: the body's first line, full and running on, is no title whose start
    # a later line could repeat (a line of the text that happens to begin with the same words stays text)
    titles: list[str] | None = None  # (`_front_titles`) made when first needed, or before a role first changes
    head_text = "\n".join(head)  # a line's content is in one of the head's lines only if it is in this
    resumes: bool | None = None  # whether a single leading space may mark a page's first body line, when needed
    for i in range(1, len(text_lines)):
        line = text_lines[i]
        content = line.content
        if line.role != BODY or not 2 <= len(content) <= 60:
            continue
        if (
            i >= _HEAD_LINES
            # `_running_head` needs a digit or a decoration at an edge, or a closing bracket: tested first, cheaper
            and (content[0] in EDGE_INITIALS or content[-1] in EDGE_INITIALS or content[-1] in ")）")
            and not ends_sentence(content)
            and _running_head(content, head, names)
            and not _numbered_on(text_lines, i)
        ):
            if titles is None:
                titles = _front_titles(text_lines)  # read before any role changes, as when made first
            line.role = RUNNING_HEADER
            continue
        if len(content) > 30:
            continue
        part = content in head_text and _shortens(content, head)
        # or a head abridging the title (its start and its end, a middle cut out: `国際緊急援助の課題` for
        # `国際緊急援助と部隊派遣の課題`; as long as a prefix must be to stand anywhere, see `abridges`)
        if not part and (content[:2] not in head_text or not any(abridges(content, h) for h in head)):
            continue
        before = text_lines[i - 1]
        after = text_lines[i + 1] if i + 1 < len(text_lines) else None
        if titles is None:
            titles = _front_titles(text_lines)
        prefix = (
            any(h.startswith(content) and h != content for h in titles)
            and len(content) >= (12 if content.isascii() else 6)
            if part
            else any(abridges(content, h) for h in titles)
        )
        if (
            before.role in (NOTE, NOTE_CONTINUED, PAGE_NUMBER)
            or (after is not None and after.indent == " " and before.indent != " ")
            or prefix
        ) and not ends_sentence(content):
            if line.indent == " " and before.indent != " " and not prefix:
                if resumes is None:
                    resumes = _resume_spaces_possible(text_lines)
                if resumes:
                    continue  # the single space of a page's first body line: the text resuming, not its head
            if after is not None and chronology_head(content, after.content):
                continue  # `平成26年5月` under a date line `平成26年5月26日`: a chronology's head over its entry
            line.role = RUNNING_HEADER


def lone_date(content: str) -> bool:
    """`dates.entry_heads.is_lone_date`, imported when asked (the dates package reads the layout's tables)."""
    from allyscope.dates.entry_heads import is_lone_date

    return is_lone_date(content)


def chronology_head(content: str, following: str) -> bool:
    """`dates.entry_heads.heads_an_entry` (a date alone over a line of its entry), imported when asked: the one
    door of the layout's passes (running heads, shortened titles, repeats) to it."""
    from allyscope.dates.entry_heads import heads_an_entry

    return heads_an_entry(content, following)


# a page number after a publisher's or series' name and a bar (`基金會｜第 1 頁，共 3 頁`), a spaced middle dot
# (`Example Centre · Paper 12 · Page 2`) or a full-width space (`某研究所　研究报告　第1页`, the way CJK feet part
# their items): the page's number line
_PAGE_NUMBER_LABELLED = re.compile(
    r"^[^|｜\n]{1,60}?(?:[\s\u3000]*[|｜][\s\u3000]*|[ \t]+[·•][ \t]+|\u3000+)(?:"
    + "|".join(_PAGES.get("labelled", []))
    + r")$"
)
LABELLED_PAGE_SEPARATORS = ("|", "｜", " · ", " • ", "\u3000第")
"""What a text must hold for `mark_labelled_page_numbers` to find anything (a substring test of the raw text)."""
_SEPARATOR_CHARS = tuple(frozenset(separator) for separator in LABELLED_PAGE_SEPARATORS)


def holds_labelled_page_separator(raw: str) -> bool:
    """True when `raw` holds one of `LABELLED_PAGE_SEPARATORS`. Each separator's characters are looked for one by
    one first: a search for one character runs many times faster than one for a string of several (`' · '`), and
    most texts lack the middle dot, the bullet or the full-width space."""
    return any(
        all(char in raw for char in chars) and separator in raw
        for separator, chars in zip(LABELLED_PAGE_SEPARATORS, _SEPARATOR_CHARS, strict=True)
    )


def mark_labelled_page_numbers(lines: Sequence[Line], protected: set[int]) -> None:
    """Mark as page numbers the lines that print one after a publisher's or series' name and a bar
    (`海洋政策研究基金會｜第 1 頁，共 3 頁`, `Example Institute | Page 2 of 9`; `data/layouts/pages.json`,
    `labelled`), a spaced middle dot or a full-width space (`某研究所　研究报告　第1页`). The caller runs it only on
    a text holding one of `LABELLED_PAGE_SEPARATORS`."""
    for line in lines:
        content = line.content
        if (
            line.role in (BODY, RUNNING_HEADER)  # a head it may be, tentatively: a page number it is
            and content
            and content[-1] in "页頁0123456789"
            and any(separator in content for separator in LABELLED_PAGE_SEPARATORS)
            and line.index not in protected
            and _PAGE_NUMBER_LABELLED.match(content)
        ):
            line.role = PAGE_NUMBER


# a page's number set on the same line as the page's last note, at the line's far end: a run of spaces (four or
# more, or two ideographic ones) between them, as a PDF export prints the note and the foot on one baseline
GLUED_FOOT = "glued_foot"  # the key, among a line's rare fields, of a line that held its page's number at its end
_GLUED_FOOT = re.compile(r"(?:[ \u00a0]{4,}|\u3000{2,})(\S(?:.*\S)?)$")


def trim_glued_page_numbers(lines: Sequence[Line], starts: Iterable[int]) -> None:
    """A note line that ends, after a wide run of spaces, with the page's number (`②同上，第5页。      · 1 ·`, `2 Ibid.,
    15.        14`): the number leaves the line (its content ends before the spaces, which join its trailing
    blanks), so that the note ends on its own words and the page's notes end there, as at a number line of its
    own. Only lines opening a note are read, and only a number in a page number's own shape (decorated, worded or
    bare digits) after the gap. Lines of a table of short lines (`LineTable`) keep their content."""
    for i in starts:
        line = lines[i]
        if type(line) is not Line:
            continue
        content = line.content
        # the gap's run of four spaces or no-break spaces holds four spaces or one of the latter (most note lines:
        # neither, told by `str`'s search instead of the expression tried at every space of the line)
        if "    " not in content and "\u00a0" not in content and "\u3000\u3000" not in content:
            continue
        found = _GLUED_FOOT.search(content)
        if found is None:
            continue
        foot = found.group(1)
        if not (
            _PAGE_NUMBER_DECORATED.match(foot) or _PAGE_NUMBER_PLAIN.match(foot) or _PAGE_NUMBER_WORDED.match(foot)
        ):
            continue
        kept = content[: found.start()].rstrip()
        if not kept:
            continue
        trail = line.end - (line.lo + len(kept))
        line.content = kept
        line._set("trail", trail)
        line._set(GLUED_FOOT, True)
