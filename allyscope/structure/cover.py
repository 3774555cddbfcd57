"""A thesis's or report's cover: the lines between the title and the abstract that no label names.

A cover prints its fields under labels (`指导教师：`, `Supervisor:`, `提出日期：`; `data/layout.json`,
'front_furniture'), and around them, unlabelled, the title in a second language, the school's name and the month
of submission, often as a second cover page in English. Where the front matter holds a cover's field (a credit:
who supervised the work), the unlabelled short lines left between the title and the abstract are read by what they
say: a title in another script (`_translated_title`), a school or institute (`affiliation` words), a date alone.
"""

from __future__ import annotations

from allyscope.layout.dating import document_date
from allyscope.model import Document, Span
from allyscope.structure.front import _translated_title
from allyscope.structure.names import _is_affiliation, _trimmed

_DATE_LINE = 30  # a date alone on a cover is short: `April 2024`, `二〇二四年四月`


def cover_lines(doc: Document, paragraphs: list[Span], used: set[int], front: list[Span]) -> list[Span]:
    """Spans of a cover's unlabelled lines (`translated-title`, `affiliation`, `dateline`); their paragraphs'
    starts are added to `used`, and author spans the byline reading made of the English title leave `front`."""
    title = next((s for s in front if s.kind == "title"), None)
    abstract = next((s for s in front if s.kind == "abstract"), None)
    if title is None or abstract is None:
        return []
    if not any(s.kind == "credit" and s.start < abstract.start for s in (*front, *doc.spans)):
        return []  # no cover's field: the lines are read as a paper's front
    title_text = doc.span_text(title)
    spans: list[Span] = []
    translated = any(s.kind == "translated-title" for s in front)
    for para in paragraphs:
        if para.start < title.end:
            continue
        if para.start >= abstract.start:
            break
        text = doc.span_text(para).strip()
        if not translated and _translated_title(title_text, text):
            # the title in English under the cover's fields, which the byline reading may have taken for names
            # (`Security of Sea Lanes` and `…`, parted at `and`): the title's
            front[:] = [s for s in front if not (s.kind == "author" and para.start <= s.start < para.end)]
        elif para.start in used:
            continue
        if not translated and _translated_title(title_text, text):
            kind = "translated-title"
            translated = True
        elif _is_affiliation(text) and not text.endswith((".", "。")):
            kind = "affiliation"
        elif len(text) <= _DATE_LINE and document_date([text], []) is not None:
            kind = "dateline"
        else:
            continue
        used.add(para.start)
        spans.append(Span(kind, *_trimmed(doc, para.start, para.end), para.page))
    return spans
