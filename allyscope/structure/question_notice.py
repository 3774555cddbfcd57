"""The front of a parliament's question on notice, read by the fields that mark it (lay74's en page, lay85b).

A committee's or a house's written question prints, under the committee's name, the round of hearings and the
portfolio answering, the question's number (`Question No: SQ24-000318`, data/layout.json 'question_number') and then
its subject under a topic label (`Topic: …`, 'question_topic'), who asked it (`Asked by: …`, 'asker_label': the
byline, the lead's convention of the fifty-third session), what kind of question it is and when its answer is due.
Read only where the number line and, within two lines under it, the topic line stand among the first lines: a page
with a `Topic:` line alone keeps its tags, and nothing here moves another page's title, byline or date.
"""

from __future__ import annotations

import re

from allyscope.layout.dating import find_dates
from allyscope.layout.notes import fullmatches_label, label_patterns
from allyscope.model import Document, Span
from allyscope.structure.names import _trimmed

_NUMBER_LINES = 6  # the number line stands under the committee's, the round's and the portfolio's lines
_FIELD_LINES = 5  # the fields under the topic: who asked, the kind of question, the answer's due date
# `Defence Portfolio`, `Foreign Affairs and Trade Portfolio`: the department answering the question
_PORTFOLIO = re.compile(r"(?:[A-Z][\w'’&,-]*\s+(?:(?:and|of|for|the)\s+)?){1,6}Portfolio")


def _label(kind: str, text: str) -> re.Match[str] | None:
    return next((m for p in label_patterns(kind) if (m := p.match(text))), None)


def question_front(doc: Document, paragraphs: list[Span], used: set[int]) -> list[Span] | None:
    """The front spans of a question on notice, or None where its number line (`question_number`) with a topic line
    (`question_topic`) right under it (within two lines) does not stand among the first lines:
    - the lines over the number line: an issuing body (layout.json 'issuer', the committee) or a portfolio
      (`Defence Portfolio`) an affiliation, any other (`Budget Estimates 2024–25`) a doctype;
    - the number line an identifier, the topic's value the title;
    - under it, up to the first line that is no field (`Question:` over the question's text): the asker's value the
      byline, a field holding a full date its dateline (the day the answer is due), any other field a doctype
      (`Type of question: Written`)."""
    texts = [doc.span_text(p).strip() for p in paragraphs[: _NUMBER_LINES + _FIELD_LINES + 3]]
    number = next((k for k, t in enumerate(texts[:_NUMBER_LINES]) if _label("question_number", t)), None)
    if number is None:
        return None
    topic = next(
        (
            k
            for k in range(number + 1, min(number + 3, len(texts)))
            if (m := _label("question_topic", texts[k])) and texts[k][m.end() :].strip()
        ),
        None,
    )
    if topic is None:
        return None
    spans: list[Span] = []
    for k, para in enumerate(paragraphs[:topic]):
        if k == number:
            kind = "identifier"
        elif fullmatches_label(texts[k], ("issuer",)) or _PORTFOLIO.fullmatch(texts[k]):
            kind = "affiliation"
        else:
            kind = "doctype"
        spans.append(Span(kind, *_trimmed(doc, para.start, para.end), para.page))
    label = _label("question_topic", texts[topic])
    assert label is not None
    para = paragraphs[topic]
    spans.append(Span("title", *_trimmed(doc, para.start + label.end(), para.end), para.page))
    taken = topic + 1
    for k in range(topic + 1, min(topic + 1 + _FIELD_LINES, len(texts))):
        text, para = texts[k], paragraphs[k]
        field = re.match(r"[A-Z][\w ,'’-]{1,80}?:[ \t]+(?=\S)", text)
        if field is None:
            break  # `Question:` alone over the question's text: the fields end
        asker = _label("asker_label", text)
        if asker is not None:
            spans.append(Span("author", *_trimmed(doc, para.start + asker.end(), para.end), para.page))
        elif any(len(d.edtf) == 10 for d in find_dates(text[field.end() :])):
            spans.append(Span("dateline", *_trimmed(doc, para.start, para.end), para.page))
        else:
            spans.append(Span("doctype", *_trimmed(doc, para.start, para.end), para.page))
        taken = k + 1
    used.update(p.start for p in paragraphs[:taken])
    return spans
