"""The front of a court's judgment as a judgment database prints it, read by the lines that mark it (issue 12,
lay89b; lay88's parked judgment).

A Chinese-language judgment opens with the court and the kind of decision alone on a line (data/layout.json
'judgment_head': `臺灣高等法院刑事判決`, `最高法院民事裁定`) right over the case's number alone
(`112年度上訴字第4127號`, 'judgment_number'); a database prints the record's fields over them (the record's number
after its label, 'judgment_record_label', `裁判字號：…`; the day of the decision, `裁判日期：…`; the cause,
`裁判案由：…`). Read only where
the head stands right over the number among the first lines: the head is the title, the number an identifier, the
record's number an identifier and its day a dateline; the cause and the parties under the number (`上　訴　人　…`,
`被　　　告　…`) are the judgment's text, no writers. A page with no such pair keeps every other reading.
"""

from __future__ import annotations

import re

from allyscope.layout.dating import find_dates, has_labelled_date
from allyscope.layout.notes import label_patterns
from allyscope.model import Document, Span
from allyscope.structure.names import _trimmed

_HEAD_LINES = 8  # the database's fields (three or four), then the court's head
_LABEL = re.compile(r"[\u4e00-\u9fff]{2,6}[ \t\u3000]*[:：]")  # a field's label (`裁判日期：`)


def _full_day(text: str) -> bool:
    return any(len(d.edtf) == 10 for d in find_dates(text))


def _fullmatch(kind: str, text: str) -> bool:
    return any(p.fullmatch(text) for p in label_patterns(kind))


def judgment_front(doc: Document, paragraphs: list[Span], used: set[int]) -> list[Span] | None:
    """The front spans of a judgment (see the module), or None where no judgment head stands right over the case's
    number among the first lines."""
    texts = [doc.span_text(p).strip() for p in paragraphs[: _HEAD_LINES + 1]]
    head = next(
        (
            k
            for k in range(min(_HEAD_LINES, len(texts) - 1))
            if _fullmatch("judgment_head", texts[k]) and _fullmatch("judgment_number", texts[k + 1])
        ),
        None,
    )
    if head is None:
        return None
    spans: list[Span] = []
    for k, para in enumerate(paragraphs[:head]):
        if any(p.match(texts[k]) for p in label_patterns("judgment_record_label")):
            kind = "identifier"  # `裁判字號：…`: the record's number
        elif has_labelled_date(texts[k]) or (_LABEL.match(texts[k]) and _full_day(texts[k])):
            kind = "dateline"  # `裁判日期：…`: the day of the decision
        else:
            continue  # `裁判案由：…`: the cause, the record's text
        spans.append(Span(kind, *_trimmed(doc, para.start, para.end), para.page))
        used.add(para.start)
    title, number = paragraphs[head], paragraphs[head + 1]
    spans.append(Span("title", *_trimmed(doc, title.start, title.end), title.page))
    spans.append(Span("identifier", *_trimmed(doc, number.start, number.end), number.page))
    used.update((title.start, number.start))
    return spans
