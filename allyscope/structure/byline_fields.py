"""Byline lines made of fields: a dateline with a labelled byline among its fields, an issuing body or a post
before the names, labels and role words between names (a translator leaves the byline), spaced Japanese names."""

from __future__ import annotations

import re

from allyscope.layout.furniture import furniture_kind
from allyscope.layout.notes import any_label, fullmatches_label, label_patterns
from allyscope.model import Document, Span
from allyscope.structure.furniture import _front_furniture
from allyscope.structure.names import (
    _AUTHOR_SPLIT,
    _CJK_NAME,
    _KANJI_NAME,
    _NOT_A_NAME,
    _byline_end,
    _is_affiliation,
    _not_a_person,
    _piece_spans,
    _spaced_japanese_name,
    _trimmed,
)

_FIELDS = re.compile(r"(.*?\S)(?:\u3000+|[ \t]{2,})(\S.*)")


def _post_then_name(doc: Document, para: Span, kind: str) -> list[Span]:
    """A unit and a post, a wide space, then one writer's name (`政策研究部　主任研究官　山田　花子`, as a
    Japanese institute prints it): the unit and post an affiliation, the name (spaced or not) the author; []
    when the line is not one (what stands before the name must name a post or a unit)."""
    start, end = _trimmed(doc, para.start, para.end)
    text = doc.text[start:end]
    for cut in (m.end() for m in re.finditer(r"\u3000+|[ \t]{2,}", text)):
        name = text[cut:]
        joined = "".join(name.split())
        if " " in name or "\u3000" in name:  # `山田　花子`, `佐藤 みどり`: one spaced name
            if not _spaced_japanese_name(doc, start + cut, end) or _not_a_person(joined):
                continue
        elif not 2 <= len(joined) <= 5 or not _KANJI_NAME.fullmatch(joined) or _not_a_person(joined):
            continue
        before = text[:cut].rstrip(" \t\u3000")
        fields = before.split()  # `資料調査室　主任調査官`: a unit or a post among them
        if not any(_is_affiliation(f) or any(p.search(f) for p in label_patterns("unit")) for f in fields):
            return []
        if _front_furniture(before) is not None or _NOT_A_NAME.search(before):
            return []
        return [Span("affiliation", start, start + len(before), para.page), Span(kind, start + cut, end, para.page)]
    return []


def _issuer_and_names(doc: Document, para: Span, kind: str) -> list[Span]:
    """An issuing body's name, a wide space, then the names of its writers (`海洋政策研究所　山本健一`): the body
    an affiliation, the names authors; [] when the line is not one (a post after the body, `…研究所　主任研究員`,
    names no person)."""
    start, end = _trimmed(doc, para.start, para.end)
    fields = _FIELDS.fullmatch(doc.text, start, end)
    if fields is None or not fullmatches_label(fields.group(1), ("issuer",)):
        return []
    if _front_furniture(doc.text[start:end]) is not None:
        return []  # `海洋政策研究所　調査報告`: the body and the kind of its paper
    if _front_furniture(doc.text[fields.start(2) : end]) == "doctype":  # `某国大使館　報道発表`: the body, then
        # the kind of paper it issues, no writer's name
        return [Span("affiliation", start, fields.end(1), para.page), Span("doctype", fields.start(2), end, para.page)]
    names = _spaced_names_joined(doc, _piece_spans(doc, fields.start(2), end, _AUTHOR_SPLIT, kind))
    if not names or any(
        not (_KANJI_NAME.fullmatch(t := doc.span_text(n)) or _spaced_japanese_name(doc, n.start, n.end))
        or _not_a_person(t)
        for n in names
    ):
        return []
    body = Span("affiliation", start, fields.end(1), para.page)
    return [body, *[Span(kind, n.start, n.end, para.page) for n in names]]


def _between_labels(doc: Document, start: int, end: int) -> list[tuple[int, int]]:
    """The stretches of a byline's names between the byline labels standing inside it after a space (`周洋
    通讯员 李强`: a reporter, then a correspondent): each label parts the names as a comma does."""
    stretches: list[tuple[int, int]] = []
    cursor = start
    labels = any_label(("byline",))  # one expression: each gap tried once, not once per label
    for gap in _GAP.finditer(doc.text, start, end):
        label = labels.match(doc.text, gap.end(), end)
        if label is not None and label.end() > gap.end():
            stretches.append((cursor, gap.start()))
            cursor = label.end()
    stretches.append((cursor, end))
    return [(a, b) for a, b in stretches if b > a]


_FIELD_GAP = re.compile(r"\u3000+|[ \t]{2,}|[ \t]*[|｜][ \t]*")
_ONE_SPACE = re.compile(r"[ \t]")
_DATE_START = re.compile(r"\d{4}[-/.年]")


def _fielded_names(doc: Document, para: Span, kind: str) -> list[Span]:
    """Spans of a front line of three or more fields parted by wide spaces or bars (or by one space before a
    label or a date), one of them a labelled byline or an editor's credit (`来源：某部网　作者：王欣　责任编辑：
    刘丹　2024-07-11 16:40`, `Source: Xinhua | 2024-10-08 19:22 | Editor: …`): the byline's names are authors, a
    credit field (`data/layouts/furniture.json`) a credit, and the other fields, side by side, a dateline. []
    when the line is not one."""
    start, end = _trimmed(doc, para.start, para.end)
    byline, source = any_label(("byline",)), any_label(("source",))
    cuts = [(start, start)]
    for gap in _FIELD_GAP.finditer(doc.text, start, end):
        cuts.append((gap.start(), gap.end()))
    if len(cuts) < 3:  # `来源：某网 作者：刘强 责任编辑：孙悦 2024-10-08 08:30`: fields parted by one space each
        cuts = [(start, start)]
        for gap in _ONE_SPACE.finditer(doc.text, start, end):
            rest = doc.text[gap.end() : end]
            if byline.match(rest) or source.match(rest) or _DATE_START.match(rest) or furniture_kind(rest) == "credit":
                cuts.append((gap.start(), gap.end()))
    fields = [(a[1], b[0]) for a, b in zip(cuts, [*cuts[1:], (end, end)], strict=True) if b[0] > a[1]]
    if len(fields) < 3:
        return []
    kinds: list[str] = []
    for a, b in fields:
        text = doc.text[a:b]
        label = byline.match(text)
        if label is not None and label.end() > 0 and not _NOT_A_NAME.search(text[label.end() :]):
            kinds.append(kind)
        elif kinds and kinds[-1] == kind and _CJK_NAME.fullmatch(text):
            kinds.append(kind)  # `作者：王欣　李明`: the next name, parted as the fields are
        elif (field_furniture := furniture_kind(text)) in ("credit", "tools"):
            kinds.append(field_furniture)  # an editor's credit; a view count (`浏览次数：356`), a page tool
        else:
            kinds.append("dateline")
    if "dateline" not in kinds or (kind not in kinds and "credit" not in kinds):
        return []  # a byline's names or an editor's credit among the date and source
    spans: list[Span] = []
    for (a, b), field_kind in zip(fields, kinds, strict=True):
        if field_kind == kind:
            label = byline.match(doc.text, a, b)
            at = label.end() if label is not None else a
            spans += [Span(kind, n.start, n.end, para.page) for n in _piece_spans(doc, at, b, _AUTHOR_SPLIT, kind)]
        elif field_kind == "dateline" and spans and spans[-1].kind == "dateline":
            spans[-1] = Span("dateline", spans[-1].start, b, para.page)  # fields side by side: one dateline
        else:
            spans.append(Span(field_kind, a, b, para.page))
    return spans


def _dated_names(doc: Document, para: Span, kind: str) -> list[Span]:
    """A dateline span and author spans for a dateline whose last field is a labelled byline (`… 来源：某报
    作者：郑凯`, `March 3, 2024 | By Anna Berg`), or [] when it has none."""
    parts = _between_labels(doc, para.start, para.end)
    if len(parts) == 2:  # `…　某報／記者林宜君／台北即時報導`: the names end before the place reported from
        parts[1] = (parts[1][0], _byline_end(doc.text, *parts[1]))
    if len(parts) != 2 or _NOT_A_NAME.search(doc.text[parts[1][0] : parts[1][1]]):
        return []
    names = _without_roles(doc, _piece_spans(doc, *parts[1], _AUTHOR_SPLIT, kind))
    if not names or any(n.end - n.start > 40 for n in names):
        return []
    dateline = _trimmed(doc, *parts[0])
    end = dateline[1]
    while end > dateline[0] and doc.text[end - 1] in "|｜·•／/":  # the bar or slash before the byline's field
        end = _trimmed(doc, dateline[0], end - 1)[1]
    return [Span("dateline", dateline[0], end, para.page), *[Span(kind, n.start, n.end, para.page) for n in names]]


_GAP = re.compile(r"[ \t\u3000]+|[ \t\u3000]*[／/][ \t\u3000]*")
_ROLE = re.compile(r"^(.*?)[\s\u3000]+(\S{1,6})$")
_ROLE_FIRST = re.compile(r"^([^\s\u3000／/:：＝=]{1,4}|[A-Za-z]{5,12})[\s\u3000]*[／/:：＝=]")
"""A role word before the name it labels (`译／陈晓`, `翻訳：…`, `訳＝…`): a translator so named leaves the byline."""


def _spaced_names_joined(doc: Document, pieces: list[Span]) -> list[Span]:
    """The pieces of a byline with each spaced Japanese name (`_spaced_japanese_name`) made one piece again,
    wherever it stands among the names (`田中　美咲・鈴木　花子`): two neighbours parted by spaces alone."""
    joined: list[Span] = []
    for piece in pieces:
        if joined and _spaced_japanese_name(doc, joined[-1].start, piece.end):
            joined[-1] = Span(piece.kind, joined[-1].start, piece.end, piece.page)
        else:
            joined.append(piece)
    return joined


def _without_roles(doc: Document, pieces: list[Span]) -> list[Span]:
    """The names of a byline whose names carry a role (`［美］约翰·卡特　著　王芳　译`): a role word after a name
    says what that name did; a writer stays an author (without the bracketed country before the name), a
    translator leaves the byline. A byline with no role word is returned as it is."""
    roles = label_patterns("author_role"), label_patterns("translator_role")
    kept: list[Span] = []
    for piece in pieces:
        text = doc.span_text(piece)
        first = _ROLE_FIRST.match(text)
        if first is not None and any(p.fullmatch(first.group(1)) for p in roles[1]):
            continue  # `译／陈晓`: the translator, named after the role
        role, name_end = text, piece.end
        glued = _ROLE.match(text)  # `约翰·卡特 著`: a role after one space
        if glued is not None and any(p.fullmatch(glued.group(2)) for kind in roles for p in kind):
            role, name_end = glued.group(2), piece.start + len(glued.group(1))
        if any(p.fullmatch(role) for p in roles[1]):
            if name_end == piece.end and kept:
                kept.pop()  # `王芳　译`: the name before the word
            continue
        if name_end == piece.end and any(p.fullmatch(role) for p in roles[0]):
            continue  # `著` alone: the name before it stays
        start = piece.start
        nationality = next((m for p in label_patterns("nationality") if (m := p.match(text))), None)
        if nationality is not None and nationality.end() < name_end - piece.start:
            start = _trimmed(doc, piece.start + nationality.end(), name_end)[0]
        kept.append(Span(piece.kind, start, name_end, piece.page))
    return kept
