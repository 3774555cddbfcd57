"""A newsletter's items in the front matter's terms: the issue is the document, each item's writer an author.

The layout reads each item's headline as a heading (`layout/items.py`) and the writer's and date lines under it
as lines of their own. Here the issue is read the way `tests/layouts/unsolved/README.md` sets down: its title is
the masthead (the one line naming the whole, which the front matter already takes, the headlines being headings),
the issue line a journal line that dates it; each item's writer (`By …`, `撰稿：…`, `文／…`) is an author of the
document, in order; an item's own date line is a dateline span that dates no document, since an issue keeps one
date, its own (the event reader dates an item's acts from the item's text).
"""

from __future__ import annotations

from allyscope.layout.dating import document_date, is_dateline, is_issue_line
from allyscope.layout.notes import any_label
from allyscope.model import Document, Span
from allyscope.structure.bylines import _bylines

_ITEM_LINES = 2  # under a headline: a writer's line, a date line, or both
_NEXT_TO = 2  # characters between a heading's end and the paragraph under it (the line break)


def issue_line(doc: Document, front: list[Span]) -> Span | None:
    """The issue line of a newsletter (a journal span reading as an issue, with two item headlines or more after
    it), or None where the document is no newsletter."""
    journal = next((s for s in front if s.kind == "journal" and is_issue_line(doc.span_text(s))), None)
    if journal is None or not any(s.kind == "title" and s.end <= journal.start for s in front):
        return None  # the masthead, read as the title, stands over the issue line
    heads = [h for h in doc.headings if h.start > journal.start and not h.label]
    return journal if len(heads) >= 2 and heads[0].start - journal.end <= _NEXT_TO else None


def item_lines(doc: Document, paragraphs: list[Span], used: set[int], journal: Span) -> list[Span]:
    """Author and dateline spans of the writer's and date lines right under each item's headline; their
    paragraphs join `used` (no longer text)."""
    byline = any_label(("byline", "source")).match
    starts = [p.start for p in paragraphs]
    spans: list[Span] = []
    for head in doc.headings:
        if head.start < journal.start or head.label:
            continue
        under: list[Span] = []
        end = head.end
        for para in paragraphs[_first_after(starts, end) :][:_ITEM_LINES]:
            text = doc.span_text(para).strip()
            if para.start - end > _NEXT_TO or not (byline(text) is not None or is_dateline(text)):
                break
            under.append(para)
            end = para.end
        spans += _bylines(doc, under, used, "author")
    return spans


def _first_after(starts: list[int], at: int) -> int:
    return next((k for k, start in enumerate(starts) if start >= at), len(starts))


def issue_date(doc: Document, journal: Span) -> tuple[str, str] | None:
    """The date of the issue, from its issue line alone (an item's date line dates that item, not the issue)."""
    return document_date([doc.span_text(journal).strip()], [])
