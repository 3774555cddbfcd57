"""The front of an international court's decision, read by the lines that mark it (lay85's court order, lay86b).

A court prints over its order, judgment or opinion its name, the year the case stands in (`YEAR 2022`,
data/layout.json 'court_year'), the day and the case's number in its list (`General List No. 182`,
'court_list_number'); then the case's name with its parties in brackets, the phase of the case in capitals and
the kind of decision alone ('court_decision': `ORDER`, `JUDGMENT`). Read only where the year line and the list's
number line stand among the first lines, the one under the other: a page with a capitals line over a kind of paper
and no such lines keeps the reading every other page gets, so nothing here moves where another page's title,
subtitle or writers are read.
"""

from __future__ import annotations

from allyscope.layout.dating import find_dates
from allyscope.layout.notes import label_patterns
from allyscope.model import Document, Span
from allyscope.structure.names import _trimmed

_YEAR_LINES = 3  # the year line stands under the court's name (one or two lines)
_NUMBER_LINES = 3  # the list's number stands under the year line and the day
_CASE_LINES = 4  # the case's name (its parties joined to it), the phase, the kind of decision


def _fullmatch(kind: str, text: str) -> bool:
    return any(p.fullmatch(text) for p in label_patterns(kind))


def court_front(doc: Document, paragraphs: list[Span], used: set[int]) -> list[Span] | None:
    """The front spans of a court's decision, or None where no year line (`court_year`) stands among the first
    lines with a list's number line (`court_list_number`) within two lines under it:
    - the lines over the year line: the court (affiliation);
    - the year line and a full date under it: datelines; the number line: identifier;
    - the next line, the case's name with its parties: the title; where the kind of decision alone
      (`court_decision`) stands within three lines under it, the lines between are the phase of the case (the
      first the subtitle, any other a doctype) and the kind of decision a doctype. With no kind of decision under
      it, the title alone is read here."""
    texts = [doc.span_text(p).strip() for p in paragraphs[: _YEAR_LINES + _NUMBER_LINES + _CASE_LINES + 1]]
    year = next((k for k, t in enumerate(texts[: _YEAR_LINES + 1]) if _fullmatch("court_year", t)), None)
    if year is None or year == 0:
        return None
    number = next(
        (
            k
            for k in range(year + 1, min(year + _NUMBER_LINES, len(texts)))
            if _fullmatch("court_list_number", texts[k])
        ),
        None,
    )
    if number is None or number + 1 >= len(texts):
        return None
    spans: list[Span] = []
    for k, para in enumerate(paragraphs[: number + 1]):
        if k < year:
            kind = "affiliation"
        elif k == number:
            kind = "identifier"
        elif k == year or any(len(d.edtf) == 10 for d in find_dates(texts[k])):
            kind = "dateline"
        else:
            kind = "identifier"
        spans.append(Span(kind, *_trimmed(doc, para.start, para.end), para.page))
    title = paragraphs[number + 1]
    spans.append(Span("title", *_trimmed(doc, title.start, title.end), title.page))
    taken = number + 2
    decision = next(
        (
            k
            for k in range(number + 2, min(number + 2 + _CASE_LINES, len(texts)))
            if _fullmatch("court_decision", texts[k])
        ),
        None,
    )
    if decision is not None:
        for k in range(number + 2, decision + 1):
            para = paragraphs[k]
            kind = "subtitle" if k == number + 2 and k < decision else "doctype"
            spans.append(Span(kind, *_trimmed(doc, para.start, para.end), para.page))
        taken = decision + 1
    used.update(p.start for p in paragraphs[:taken])
    return spans
