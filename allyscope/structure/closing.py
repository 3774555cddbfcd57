"""What closes a text under its last paragraph when the page prints it bare: a writers' label alone on its line
over their names one a line (`Written by`, `文：`, `執筆：`), each name perhaps with the writer's post in brackets
(`王明（研究员）`), and a date alone on the text's last line (`May 2024`,
`2024年5月`), which dates the document rather than saying anything in it."""

from __future__ import annotations

import re

from allyscope.layout.dating import date_label_alone, find_dates
from allyscope.layout.furniture import is_disclaimer_label
from allyscope.layout.notes import label_patterns
from allyscope.model import Document, Span
from allyscope.structure.bylines import _bylines
from allyscope.structure.names import _is_affiliation, _is_byline_label, _names_only

_CLOSING_WIDTH = 40  # a line of names alone is short: a name or two, no sentence
_CLOSING_WRITERS = 6  # writers named one a line under a closing label: a handful
_BODY_ABOVE = 1  # a closing line closes a text: a paragraph of text at least stands above it
# a writer's post in brackets after the name (`王明（研究员）`, `Jane Doe (Senior Fellow)`): no sentence in it
_BRACKETED_POST = re.compile(r"[ \t\u3000]*[（(]([^（）()。．.!?！？；;]{1,20})[）)]$")


def closing_date_line(text: str) -> bool:
    """True for a line that is a date and nothing else, to the month or the day (`May 2024`, `2024年5月`,
    `12 May 2024`): a bare year (`2024`) may be a count or a heading, no date of the document."""
    line = text.strip()
    found = find_dates(line)
    return len(found) == 1 and not found[0].year_only and (found[0].start, found[0].end) == (0, len(line))


def signed_date_line(text: str) -> bool:
    """True for a line that is a date, to the day, and then the place a text was signed or issued at, nothing
    else (`2024年6月13日于惠灵顿`, `2024年6月13日　東京にて`, `13 June 2024, at Wellington`; `data/layout.json`
    `signing_place`): a joint statement's or agreement's signature line, which closes its text."""
    line = text.strip()
    found = find_dates(line)
    if len(found) != 1 or found[0].year_only or found[0].start != 0 or found[0].end == len(line):
        return False
    return any(p.fullmatch(line, found[0].end) for p in label_patterns("signing_place"))


def closing_label_names(doc: Document, paragraphs: list[Span], used: set[int]) -> list[Span]:
    """Author spans of the writers named one a line under a label standing alone (data/layout.json
    `byline_label`) among a text's last paragraphs (and an affiliation span for a post in brackets after a
    name, or on the line under it), with at most a date under the names: a bare date, or a date's label alone
    over it (`PUBLISHED` over `11 June 2024`, a page's box after the text: the label a dateline span), or [].
    The label and the names are no longer text."""
    rest = [p for p in paragraphs if p.start not in used]
    dates: list[Span] = []  # a date's label alone and the date under it, a line each
    if len(rest) > 1 and closing_date_line(doc.span_text(rest[-1])) and date_label_alone(doc.span_text(rest[-2])):
        dates = rest[-2:]
    elif rest and closing_date_line(doc.span_text(rest[-1])):
        rest = rest[:-1]  # a bare date: `closing_date`'s
    elif rest and date_label_alone(doc.span_text(rest[-1])) is not None and _date_under(doc, rest[-1]):
        dates = rest[-1:]  # the label over a date the page's tail has read already
    rest = rest[: len(rest) - len(dates)]
    dated = [Span("dateline", *_stripped(doc, p), p.page) for p in dates]
    for at in range(max(_BODY_ABOVE, len(rest) - 2 * _CLOSING_WRITERS - 1), len(rest) - 1):
        if not _is_byline_label(doc.span_text(rest[at])):
            continue
        names = rest[at + 1 :]
        spans = _names_and_posts(doc, names)
        if spans is None:
            continue
        used.update(p.start for p in (rest[at], *names))
        used.update(p.start for p in dates)
        return spans + dated
    return []


def _names_and_posts(doc: Document, names: list[Span]) -> list[Span] | None:
    """The author and affiliation spans of a closing box's lines: each a line of names (a post in brackets after
    a name, perhaps), and under a name line, it may be, one line naming the writer's post or body (`Senior
    Fellow, … Programme`); None when a line is neither, or when the box is longer than a handful of writers."""
    spans: list[Span] = []
    named = False  # the line above was a name line: a post may stand under it
    for para in names:
        text = doc.span_text(para).strip()
        found = _name_and_post(doc, para) if len(text) <= _CLOSING_WIDTH and _name_line(text) else []
        if any(s.kind == "author" for s in found):
            spans += found
            named = True
        elif named and _post_line(text):  # `Senior Fellow, … Programme` under the name: the writer's post
            spans.append(Span("affiliation", *_stripped(doc, para), para.page))
            named = False
        else:
            return None
    if not spans or sum(s.kind == "author" for s in spans) > _CLOSING_WRITERS:
        return None
    return spans


_POST_LINE = 80  # a writer's post is a few words


def _post_line(text: str) -> bool:
    """True for a line under a writer's name that names a post or a body and ends no sentence."""
    return len(text) <= _POST_LINE and _is_affiliation(text) and not text.endswith((".", "。", "!", "?", "！", "？"))


def _date_under(doc: Document, para: Span) -> bool:
    """True when the next line with words after the paragraph is a date alone (`11 June 2024`)."""
    below = doc.text[para.end :].lstrip().split("\n", 1)[0]
    return closing_date_line(below)


def _name_line(text: str) -> bool:
    """True for a line of names alone, or of a name and the writer's post in brackets after it."""
    return _names_only(text) or _names_only(_BRACKETED_POST.sub("", text))


def _name_and_post(doc: Document, para: Span) -> list[Span]:
    """The author span of a closing line of names, and an affiliation span of the post in brackets after the
    name, if any: under a writers' label the bracket says what the writer is, whatever words it uses."""
    text = doc.span_text(para).rstrip()
    post = _BRACKETED_POST.search(text)
    if post is None:
        return [s for s in _bylines(doc, [para], set(), "author") if s.kind == "author"]
    name = Span(para.kind, para.start, para.start + post.start(), para.page)
    inner = para.start + post.start(1)
    return [
        *(s for s in _bylines(doc, [name], set(), "author") if s.kind == "author"),
        Span("affiliation", inner, inner + len(post.group(1)), para.page),
    ]


def closing_date(doc: Document, paragraphs: list[Span], used: set[int], front: list[Span]) -> list[Span]:
    """The dateline span of a date alone on a text's last line (`May 2024` under the writers), or [] when the
    front already prints a dateline or no paragraph of text stands above it; a date with the place of signing
    (`signed_date_line`) is a dateline there even under a front's dateline. The line is no longer text."""
    rest = [p for p in paragraphs if p.start not in used]
    if len(rest) <= _BODY_ABOVE:
        return []
    signer = rest[-1]
    if (
        len(rest) > _BODY_ABOVE + 1
        and _signature(doc.span_text(signer).strip(), _SIGNER)
        and closing_date_line(doc.span_text(rest[-2]))
        and not any(s.start > signer.start and s.kind == "paragraph" for s in doc.spans)
    ):  # `令和6年5月10日` over `支出負担行為担当官　…課長`: a Japanese notice's date, then who gives it (lay88b)
        used.update((rest[-2].start, signer.start))
        return [
            Span("dateline", *_stripped(doc, rest[-2]), rest[-2].page),
            Span("affiliation", *_stripped(doc, signer), signer.page),
        ]
    if not signed_date_line(doc.span_text(rest[-1])) and (  # a signature line closes its text, whatever else
        # dates the page (`2024-06-14 09:00` under the title of a statement signed the day before)
        any(s.kind == "dateline" for s in front) or not closing_date_line(doc.span_text(rest[-1]))
    ):
        return []
    last = rest[-1]
    if any(s.start > last.start and s.kind == "paragraph" for s in doc.spans):
        return []
    used.add(last.start)
    text = doc.span_text(last)
    lead = len(text) - len(text.lstrip())
    spans = [Span("dateline", last.start + lead, last.start + len(text.rstrip()), last.page)]
    above = rest[-2]
    if len(rest) > _BODY_ABOVE + 1 and _signature(doc.span_text(above).strip()):
        used.add(above.start)  # `市渔业局` over the date: the issuing body's signature, no text
        spans.append(Span("affiliation", *_stripped(doc, above), above.page))
    return spans


_SIGNATURE = 20  # an issuing body's name is short
_SIGNER = 30  # a signer's post and body under the date (`支出負担行為担当官　外務省大臣官房会計課長`): a little longer


def _signature(text: str, widest: int = _SIGNATURE) -> bool:
    """True for a short line naming an issuing body and nothing else (`市渔业局`; `data/layout.json`,
    `affiliation`), with no stop, comma or colon: a notice's signature over (or under) its closing date."""
    return 0 < len(text) <= widest and _NOT_SIGNATURE.search(text) is None and _is_affiliation(text)


_NOT_SIGNATURE = re.compile(r"[。．.，,、；;：:！!？?]")


def _stripped(doc: Document, span: Span) -> tuple[int, int]:
    text = doc.span_text(span)
    return span.start + len(text) - len(text.lstrip()), span.start + len(text.rstrip())


_DISCLAIMER_PARAGRAPHS = 3  # a disclaimer under its label: a short paragraph or two
_DISCLAIMER_WIDTH = 600  # characters of one such paragraph: a few sentences, no section of the text


def _disclaimer_under(doc: Document, label: Span) -> bool:
    """True when the first span after the label's paragraph is a disclaimer's (its words read line by line)."""
    after = next((s for s in doc.spans if s.start >= label.end and s.kind != "paragraph"), None)
    return after is not None and after.kind == "disclaimer" and not doc.text[label.end : after.start].strip()


def disclaimer_section(doc: Document, paragraphs: list[Span], used: set[int]) -> list[Span]:
    """The disclaimer spans of a disclaimer section closing the text: a bare label (`Disclaimer`, `免責事項`;
    furniture.json 'disclaimer_label') with one to three short paragraphs under it and nothing after them, no
    heading past the label. A report prints its legal notice so after its text and its authors' box, in words of
    its own (`This report was written by … staff …`) that no disclaimer line reads: the label says what they are.
    [] where the label heads more (a section of the text named so, a longer passage) or stands in the front.
    The label may also be the last paragraph, its words read already as a disclaimer's (`The views expressed …`, a
    disclaimer span right under it): the label is the disclaimer's too (lay73)."""
    free = [p for p in paragraphs if p.start not in used]
    for at in range(max(0, len(free) - _DISCLAIMER_PARAGRAPHS - 1), len(free)):
        label = free[at]
        if not is_disclaimer_label(doc.span_text(label)):
            continue
        below = free[at + 1 :]
        if not below and not _disclaimer_under(doc, label):
            continue
        if any(p.end - p.start > _DISCLAIMER_WIDTH for p in below) or any(h.start > label.start for h in doc.headings):
            return []
        if any(p.start > label.start and p.start in used for p in paragraphs):
            return []  # a paragraph read already as something else stands among them
        return [Span("disclaimer", *_stripped(doc, p), p.page) for p in (label, *below)]
    return []
