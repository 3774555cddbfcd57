"""The front of an official gazette's notice page, read by the row that marks it (lay84's gazette, lay85b).

A gazette prints, under its masthead, one row with the issue's date, its number and the page (`Thursday 19 October
2023        Issue No. 64210        Page 20433`), and each notice under it as its category, the office that gives
it, its number line and its title (in capitals, naming the instrument in full however long). Read by that row
alone: a page without it keeps the reading every other page gets, so nothing here moves where another page's
date, title or repeated lines are read. Which words mark the row and the number line is data (data/layout.json
'gazette_row', 'gazette_notice_number').
"""

from __future__ import annotations

import re

from allyscope.layout.dating import find_dates
from allyscope.layout.gazette_issue import issue_row
from allyscope.layout.notes import label_patterns
from allyscope.model import Document, Span
from allyscope.structure.names import _trimmed

_FIELD_GAP = re.compile(r"[ \t]{2,}|\t|\u3000+")
_ROW_LINES = 6  # the issue row stands under the masthead's few lines
_HEADER_LINES = 4  # a notice's category, its office (one or two lines) and its number line
_CATEGORY = re.compile(r"[A-Z][a-z]+(?: (?:and |& )?[A-Z][a-z]+){0,2}")  # `State`, `Public Finance`
_SUBTITLE = re.compile(r"[A-Z][a-z]+(?: [a-z]+){1,4}")  # `Entry into force`, `Designation order`
_SUBTITLE_WIDEST = 40
# the action line joined to the title in capitals over it (`… ORDER 2024 Designation order`)
_ACTION_JOINED = re.compile(r"(?<=[A-Z0-9)\]])[ \t\n]+([A-Z][a-z]+(?: [a-z]+){1,4})")
_BRACKETED_NUMBER = re.compile(r"[(（][ \t]*(\d{3,9})[ \t]*[)）]")


def gazette_row(text: str) -> bool:
    """True for a gazette's issue row: three fields parted by wide gaps, a full date, then the issue's number,
    then the page (`Thursday 19 October 2023        Issue No. 64210        Page 20433`; data/layout.json
    'gazette_row', the number's field and the page's). A newsletter's `Issue 37 · May 2024` has no page field;
    a sentence no wide gaps."""
    fields = [f for f in _FIELD_GAP.split(text.strip()) if f]
    patterns = label_patterns("gazette_row")
    if len(fields) != 3 or len(patterns) != 2:
        return False
    dates = [d for d in find_dates(fields[0]) if len(d.edtf) == 10]
    return bool(dates) and all(p.fullmatch(f) for p, f in zip(patterns, fields[1:], strict=True))


def _notice_number(text: str) -> bool:
    return any(p.match(text) for p in label_patterns("gazette_notice_number"))


def gazette_front(doc: Document, paragraphs: list[Span], used: set[int], first_heading: int) -> list[Span] | None:
    """The front spans of a gazette's notice page, or None where no issue row (`gazette_row`) stands among the
    first lines or no notice's number line (`Notice ID: …`, `GAZETTE NOTICE NO. …`) stands under it:
    - the masthead's lines and the row: journal lines (the gazette's name, `Published by Authority`, `Established
      1665`); the row dates the page as an issue line does;
    - under the row, the notice's category (a word or two in title case, `State`): a doctype; the lines between it
      and the number line, the office that gives the notice: affiliation; the number line: identifier;
    - the next line, the notice's title; a short line in sentence case with no stop right under it, the action
      the notice gives of the instrument (`Entry into force`): its subtitle;
    - the notice's number alone in brackets as the text's last line (`(4462917)`): the identifier again."""
    last = paragraphs[-1] if paragraphs else None
    paragraphs = [p for p in paragraphs if p.start < first_heading]
    texts = [doc.span_text(p).strip() for p in paragraphs]
    row = next((k for k, t in enumerate(texts[:_ROW_LINES]) if gazette_row(t)), None)
    if row is None or row == 0:
        return None
    number = next(
        (k for k in range(row + 1, min(row + 1 + _HEADER_LINES, len(texts))) if _notice_number(texts[k])), None
    )
    if number is None or number + 1 >= len(texts):
        return None
    spans = [Span("journal", *_trimmed(doc, p.start, p.end), p.page) for p in paragraphs[: row + 1]]
    for k in range(row + 1, number):
        kind = "doctype" if k == row + 1 and _CATEGORY.fullmatch(texts[k]) else "affiliation"
        spans.append(Span(kind, *_trimmed(doc, paragraphs[k].start, paragraphs[k].end), paragraphs[k].page))
    line = paragraphs[number]
    spans.append(Span("identifier", *_trimmed(doc, line.start, line.end), line.page))
    title = paragraphs[number + 1]
    start, end = _trimmed(doc, title.start, title.end)
    action = _ACTION_JOINED.search(doc.text, start, end)
    if action is not None and action.end() == end and len(action.group(1)) <= _SUBTITLE_WIDEST:
        # the title in capitals and the action line under it read as one title's two lines: told apart by case
        spans.append(Span("title", start, action.start(), title.page))
        spans.append(Span("subtitle", action.start(1), end, title.page))
    else:
        spans.append(Span("title", start, end, title.page))
    taken = number + 2
    below_title = texts[taken] if action is None and taken < len(texts) else ""
    if below_title and len(below_title) <= _SUBTITLE_WIDEST and _SUBTITLE.fullmatch(below_title):
        below = paragraphs[taken]
        spans.append(Span("subtitle", *_trimmed(doc, below.start, below.end), below.page))
        taken += 1
    used.update(p.start for p in paragraphs[:taken])
    closing = _BRACKETED_NUMBER.fullmatch(doc.span_text(last).strip()) if last and last.start not in used else None
    if last is not None and closing is not None and re.search(rf"(?<!\d){closing.group(1)}(?!\d)", texts[number]):
        used.add(last.start)  # the notice's number printed again where it ends
        spans.append(Span("identifier", *_trimmed(doc, last.start, last.end), last.page))
    return spans


def gazette_issue(doc: Document, front: list[Span]) -> Span | None:
    """The issue row of a gazette's notice page read by `gazette_front` (a journal span that is a `gazette_row`,
    with a notice's number line among the front's identifiers), or the row of a gazette's issue under its masthead
    (`令和6年6月3日　月曜日　　第1246号`, `layout/gazette_issue.issue_row`, lay88b), or None: that row dates the page,
    as a newsletter's issue line dates its issue, not the date a notice's signature closes on."""
    row = next((s for s in front if s.kind == "journal" and issue_row(doc.span_text(s))), None)
    if row is not None:
        return row
    if not any(s.kind == "identifier" and _notice_number(doc.span_text(s)) for s in front):
        return None
    return next((s for s in front if s.kind == "journal" and gazette_row(doc.span_text(s))), None)
