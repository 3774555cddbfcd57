"""The head of a written answer printed under the question it answers, on one page (issue 12, lay87b).

A parliament's page of a written question may print the government's answer under the question (lay85's Diet
page): a second front inside the page. Between the question's last sentence (`右質問する。`) and the answer's number
(`答弁第三八号`, data/layouts/furniture.json 'answer_head' 'number') stand the answer's part label and its link row
(`答弁本文情報` over `経過へ | 質問本文(HTML) | …`, the page's own tabs, as over the question) and the day the
answer was received (`令和六年三月十二日受領`: a date and a word of handling, 'handled'); under the number, the
government's letter number (`内閣衆質二一三第三八号`, 'letter_number') and the letter's date alone, then the sender
and the addressee, the covering sentence, and the answer's own title (`…質問に対する答弁書`): a head over the
answer's items, as the question's title heads the question.

Only the answer's number standing after the text has begun (a sentence ends above it) marks the shape; a number
line at a page's top is the page's front, read as before (`mark_front_furniture`, `structure/front.py`). The
question's title stays the document's title and its date the document's date: the answer's dates are datelines of
its own head. The words are data; this module names none.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from functools import cache
from importlib import resources

from allyscope.layout.dating import find_dates
from allyscope.layout.edge_blocks import is_short, row_items
from allyscope.layout.line_objects import FURNITURE
from allyscope.layout.lines import BLANK, BODY, Line, ends_sentence

_ABOVE = 4  # lines between the question's last sentence and the answer's number: a label, a link row, a date
_BELOW = 8  # lines from the number to the covering sentence: numbers, the date, the sender, the addressee(s)


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None:
    data = json.loads(resources.files("allyscope.data").joinpath("layouts/furniture.json").read_text("utf-8"))
    head = data.get("answer_head")
    if not head:
        return None
    return re.compile(head["number"]), re.compile(head["letter_number"]), re.compile(rf"(?:{head['handled']})?")


@cache
def _first_words() -> tuple[str, ...]:
    """Literal openings of the answer's number: a document holding none of them is not asked line by line."""
    patterns = _patterns()
    if patterns is None:
        return ()
    match = re.match(r"[^\[\](){}?*+|\\]+", patterns[0].pattern)
    return (match.group(0),) if match else ()


def _dated(content: str, handled: re.Pattern[str]) -> bool:
    """A full date alone on its line, or followed by a word of handling only (`令和六年三月十二日受領`)."""
    found = find_dates(content)
    if len(found) != 1 or found[0].year_only or len(found[0].edtf) != 10 or found[0].start != 0:
        return False
    return handled.fullmatch(content[found[0].end :].strip()) is not None


def _take(line: Line, kind: str) -> None:
    line.role, line.furniture = FURNITURE, kind


def mark_answer_head(lines: Sequence[Line], raw: str) -> frozenset[int]:
    """Mark the head of an answer printed under its question (see the module) and return the index of the
    answer's title line, a head for the text's flow (`repair._body`); empty where no answer's number stands
    after a sentence of the text."""
    patterns = _patterns()
    words = _first_words()
    if patterns is None or not words or not any(word in raw for word in words):
        return frozenset()
    number, letter, handled = patterns
    for line in lines:
        if line.role not in (BODY, FURNITURE) or number.fullmatch(line.content.strip()) is None:
            continue
        top = _head_top(lines, line.index)
        if top < 0:
            continue
        if line.role == BODY:
            _take(line, "identifier")
        _over_number(lines, top, line.index, handled)
        title = _under_number(lines, line.index, letter, handled)
        return frozenset() if title < 0 else frozenset({title})
    return frozenset()


def _head_top(lines: Sequence[Line], index: int) -> int:
    """The first line of the answer's head: the line under the nearest text sentence above the number, within
    `_ABOVE` lines of it; -1 where no sentence ends there (the number opens the page, or stands in a list)."""
    seen = 0
    for k in range(index - 1, -1, -1):
        line = lines[k]
        if line.role == BLANK:
            continue
        if line.role == BODY and ends_sentence(line.content):
            return k + 1
        seen += 1
        if seen > _ABOVE or line.role not in (BODY, FURNITURE):
            return -1
    return -1


def _over_number(lines: Sequence[Line], top: int, index: int, handled: re.Pattern[str]) -> None:
    """The lines between the text and the number: a link row (navigation, and the short line right over it its
    label) and the day the answer was received (a dateline)."""
    for k in range(top, index):
        line = lines[k]
        if line.role != BODY:
            continue
        if _dated(line.content.strip(), handled):
            _take(line, "dateline")
        elif row_items(line.content) is not None:
            _take(line, "navigation")
            label = next((j for j in range(k - 1, top - 1, -1) if lines[j].role != BLANK), -1)
            if label >= 0 and lines[label].role == BODY and is_short(lines[label].content.strip()):
                _take(lines[label], "navigation")  # `答弁本文情報`: the part's label over its tabs


def _under_number(lines: Sequence[Line], index: int, letter: re.Pattern[str], handled: re.Pattern[str]) -> int:
    """The letter's number and its date alone under the answer's number (identifier, dateline); returns the line
    of the answer's title, the first text line under the covering sentence, ending no sentence, with text under
    it, or -1."""
    dated = False
    seen = 0
    for k in range(index + 1, len(lines)):
        line = lines[k]
        if line.role == BLANK:
            continue
        seen += 1
        if seen > _BELOW or line.role not in (BODY, FURNITURE):
            return -1
        content = line.content.strip()
        if line.role == BODY and letter.fullmatch(content) is not None:
            _take(line, "identifier")
        elif line.role == BODY and not dated and _dated(content, handled):
            _take(line, "dateline")
            dated = True
        elif line.role == BODY and ends_sentence(content):
            return _title_under(lines, k)
    return -1


def _title_under(lines: Sequence[Line], sentence: int) -> int:
    """The answer's title: the next text line under the covering sentence, ending no sentence, with a text line
    under it."""
    title = next((k for k in range(sentence + 1, len(lines)) if lines[k].role != BLANK), -1)
    if title < 0 or lines[title].role != BODY or ends_sentence(lines[title].content):
        return -1
    below = next((k for k in range(title + 1, len(lines)) if lines[k].role != BLANK), -1)
    return title if below >= 0 and lines[below].role == BODY else -1
