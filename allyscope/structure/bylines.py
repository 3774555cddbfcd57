"""The bylines under a title (`_bylines`): each front line read as names, names with posts, an affiliation, a
dateline or a credit, up to the first line that is none of these, which stays in the body."""

from __future__ import annotations

import re

from allyscope.layout.affiliations import names_with_readings
from allyscope.layout.byline_heads import names_post
from allyscope.layout.dating import document_date
from allyscope.layout.furniture import agency_at_end, furniture_kind, is_agency
from allyscope.layout.notes import fullmatches_label, label_patterns
from allyscope.model import Document, Span
from allyscope.structure.byline_fields import (
    _between_labels,
    _dated_names,
    _fielded_names,
    _issuer_and_names,
    _post_then_name,
    _spaced_names_joined,
    _without_roles,
)
from allyscope.structure.furniture import _front_furniture, _original_byline
from allyscope.structure.language import _LATIN, detect_language
from allyscope.structure.names import (
    _AUTHOR_SPLIT,
    _BRACKET_KEY,
    _CJK_NAME,
    _CJK_PERSON,
    _DATE_FIELD,
    _DATED_BY,
    _GLUED_KEY,
    _NAMES_SPLIT,
    _NOT_A_NAME,
    _ON_DATE,
    _PAREN_KEY,
    _POST,
    _POST_FIELD,
    _SENTENCE_TAIL,
    _STAR,
    _STARRED_KEY,
    _byline_end,
    _byline_opening,
    _honorific_length,
    _is_affiliation,
    _is_byline_label,
    _is_degree,
    _names_only,
    _piece_spans,
    _spaced_japanese_name,
    _trimmed,
    filed_from_start,
)

_ANNOUNCED_ITEMS = re.compile(r"[:：][\s\u3000]*(?:\d{1,2}|[（(]\d{1,2}[)）]|[①-⑳])")
"""A line announcing a list and its numbered items (`合作重點包括：1 建立研究平臺 2 …`): the text, though an
item names a school or a study, never an affiliation."""


_GIVEN_NAME = re.compile(r"([\u4e00-\u9fff々]{1,3})(?=\u3000|[ \t]{2,})")
"""A run of one to three kanji before a wide space: the given name of a spaced Japanese name (`伊藤　健　　…`)."""
_STAR_KEY_LINE = re.compile(
    r"[ \t\u3000]*(?:(?:[*＊∗]\d{1,2}|[*＊∗†‡]{1,3})(?:[ \t\u3000]|(?=[\u4e00-\u9fff]))|[*∗†‡](?=[A-Z][a-z]))"
)
"""A line opening with a star and a number or with signs (`＊1　…`, `† …`; one sign glued to a Latin name,
`*Naval Academy, …`, as IEEE fronts print it), the key of the affiliation it names under a keyed byline."""
_POST_WIDTH = 80  # a writer's post is a few words
_SENTENCE = re.compile(r"[。！？!?；;]|\.\s|\.$")


def _keyed_post(doc: Document, spans: list[Span], text: str, key: str) -> bool:
    """True for a line keyed by a sign under the affiliations of a keyed byline that names a post in words the
    affiliation data lacks (`* Independent consultant, Jakarta`): an affiliation already read above it, a name
    of the byline printed with the same sign, and after the key a few words, no sentence (a note on a writer,
    `† Ana Lima is a lecturer …`, is one)."""
    if not spans or spans[-1].kind != "affiliation":
        return False
    signed = any(s.kind == "author" and key in doc.text[s.end : s.end + len(key) + 3] for s in spans)
    rest = text.strip()[len(key) :].strip()
    return signed and 0 < len(rest) <= _POST_WIDTH and _SENTENCE.search(rest) is None


def _byline_then_date(doc: Document, para: Span, kind: str) -> list[Span]:
    """The spans of a byline line that ends with its date in a field of its own (`By Jane Doe, Senior Fellow |
    14 May 2024`, `佐藤 花子（主任研究員）　2024年3月5日`, `作者：某某（某大学副教授）　2024年6月18日`): the part
    before the field read as a byline by itself (names with their posts), then the field as the dateline; [] when
    that part holds a date too (a dateline of several fields) or reads as no writer with a post."""
    text = doc.span_text(para)
    field = _DATE_FIELD.search(text)
    if field is None or field.start() == 0 or document_date([field.group(1)], []) is None:
        return []
    head_end = _trimmed(doc, para.start, para.start + field.start())[1]
    if _front_furniture(doc.text[para.start : head_end]) is not None:
        return []
    read = _bylines(doc, [Span(para.kind, para.start, head_end, para.page)], set(), kind)
    if not any(s.kind == kind for s in read) or not any(s.kind == "affiliation" for s in read):
        return []  # names alone before the date are read by the dateline's own branches (`原创　某号　2024-…`)
    return [*read, Span("dateline", para.start + field.start(1), para.start + field.end(1), para.page)]


_MAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_FIELD_CUT = re.compile(r"[ \t]*[|｜,，;；][ \t\u3000]*|\u3000+|[ \t]{2,}")
"""Where a byline's fields part: a gap, a bar, a comma or a semicolon."""


def _contact_field(text: str) -> tuple[int, int, int] | None:
    """The last field of a byline line when it gives a mail address alone or after its label (`电子邮箱：…@…`,
    `Email: …@…`): where the cut before it starts and where the field starts and ends; None otherwise."""
    for cut in reversed(list(_FIELD_CUT.finditer(text))):
        field = text[cut.end() :].strip()
        if cut.start() == 0 or not field or _MAIL.search(field) is None:
            continue
        if _MAIL.fullmatch(field) or furniture_kind(field) == "contact":
            return cut.start(), cut.end(), cut.end() + len(field)
        return None  # words around the address (`Follow on X: @…`, a sentence): no address field
    return None


def _byline_then_contact(doc: Document, para: Span, kind: str) -> list[Span]:
    """The spans of a byline line that ends with the writer's mail address in a field of its own (`作者：某某（某大学；
    某研究院）  电子邮箱：…@…`, `By Jane Doe, Senior Fellow | jane.doe@…`): the part before the field read as a
    byline by itself, then the field as a contact; [] when the field holds no mail address or the part before it
    names no writer."""
    text = doc.span_text(para)
    found = _contact_field(text) if "@" in text else None
    if found is None:
        return []
    cut, field_start, field_end = found
    field = _trimmed(doc, para.start + field_start, para.start + field_end)
    head_end = _trimmed(doc, para.start, para.start + cut)[1]
    if _front_furniture(doc.text[para.start : head_end]) is not None:
        return []
    read = _bylines(doc, [Span(para.kind, para.start, head_end, para.page)], set(), kind)
    if not any(s.kind == kind for s in read):
        return []
    return [*read, Span("contact", *field, para.page)]


def _shared_post(doc: Document, start: int, end: int, field: re.Match[str]) -> re.Match[str]:
    """The post field of a byline whose names share one post after the last of them (`By Ana Ruiz, Li Wei and
    Tom Cho, staff writers`): the first comma parts two names, not the names from their post, so the field moves
    on to a later one while the words before it are names alone and none of them names a post."""
    while (later := _POST_FIELD.search(doc.text, field.start(1), end)) is not None and later.start() > field.start():
        names = doc.text[start : later.start()]
        if not _is_affiliation(later.group(1)) or _is_affiliation(names) or not _names_only(names):
            break
        field = later
    return field


def _bylines(doc: Document, paragraphs: list[Span], used: set[int], kind: str) -> list[Span]:
    """Author, affiliation and dateline spans of the front lines after a title, up to the first line that is none
    of these (which stays in the body)."""
    spans: list[Span] = []
    for at, para in enumerate(paragraphs):
        opened = para.start  # the paragraph's own start, the key `used` keeps
        text = doc.span_text(para)
        emphasis = _EMPHASIS.fullmatch(text)
        if emphasis is not None:  # `*By … · 3 June 2024*`: a Markdown export's emphasis; the line is read inside it
            para = Span(para.kind, para.start + emphasis.start(2), para.start + emphasis.end(2), para.page)
            text = emphasis.group(2)
        if _is_byline_label(text):
            used.add(opened)  # `AUTHORS` alone over the names: a label, no name
            continue
        if at == 0 and fullmatches_label(text.strip(), ("outlet_name",)):
            used.add(opened)  # `…新聞デジタル` right under a shared story's title: the site, no writer
            spans.append(Span("navigation", *_trimmed(doc, para.start, para.end), para.page))
            continue
        if (readings := _kana_readings(doc, para, spans, paragraphs[at + 1] if at + 1 < len(paragraphs) else None)):
            used.add(opened)  # `さとう けんいち　…` over (or under) `佐藤 健一　…`: how to say the names
            spans += readings
            continue
        if _romanized_names(doc, text, spans):
            used.add(opened)  # `NAKAMURA Taro` under `中村　太郎`: the names again, in Latin letters
            spans.append(Span("translated-author", *_trimmed(doc, para.start, para.end), para.page))
            continue
        if (star := _STAR_KEY_LINE.match(text)) and any(s.kind == kind for s in spans) and (
            _is_affiliation(text) or _keyed_post(doc, spans, text, star.group().strip())
        ):
            used.add(opened)  # `＊1　東都大学法学部` under `山田太郎＊1・…`: the affiliation its key names
            spans.append(Span("affiliation", *_trimmed(doc, para.start, para.end), para.page))
            continue
        furniture: str | None = _front_furniture(text)
        if furniture in (None, "dateline") and (posted_dated := _byline_then_date(doc, para, kind)):
            used.add(opened)  # `By Jane Doe, Senior Fellow | 14 May 2024`: the byline read alone, then its date
            spans += posted_dated
            continue
        if furniture is None and (mailed := _byline_then_contact(doc, para, kind)):
            used.add(opened)  # `作者：某某（某大学）  电子邮箱：…`: the byline read alone, then the writer's address
            spans += mailed
            continue
        start = para.start
        label = _byline_opening(text)
        if label is not None:
            start = para.start + label.end()  # `By …`, `研究員　…`, `撰文／…`: the name follows its (longest) label
        post = _POST.search(doc.text, start, para.end) if furniture is None else None
        field = _POST_FIELD.search(doc.text, start, para.end) if post is None and furniture is None else None
        given = _GIVEN_NAME.match(doc.text, field.start(1), para.end) if field is not None else None
        if field is not None and given is not None and _spaced_japanese_name(doc, start, given.end(1)):
            field = _POST_FIELD.search(doc.text, given.end(1), para.end)  # `伊藤　健　　…教授`: past the given name
        credited = _CREDIT_FIELD.search(doc.text, start, para.end) if furniture is None else None
        if credited is None and furniture is None and label is not None:
            credited = _staff_field(doc.text, start, para.end)  # `撰文／某　攝影／某`: the staff after the writer
        if credited is not None and credited.start() > start and (
            furniture_kind(credited.group(1)) == "credit" or credited.re is _STAFF_FIELD
        ):
            spans.append(Span("credit", credited.start(1), credited.end(1), para.page))  # `| Photographs by …`
            para = Span(para.kind, para.start, credited.start(), para.page)
            text = doc.span_text(para)
            field = _POST_FIELD.search(doc.text, start, para.end) if post is None else None
        if field is not None and _is_affiliation(field.group(1)):
            field = _shared_post(doc, start, para.end, field)  # `A, B and C, staff writers`: the last field
        if field is not None and _is_affiliation(field.group(1)) and not field.group(1).endswith("。"):
            # a field ending with a full stop is a sentence (a text's first line, with the next one joined to it
            # after a comma), no post
            post = None if _is_affiliation(doc.text[start : field.start()]) else field  # names, then a post
        names_end = post.start() if post is not None and post.start() > start else para.end
        agency = agency_at_end().search(doc.text, start, names_end) if furniture is None and post is None else None
        if agency is not None and agency.start() > start:  # `By A and B Associated Press`: their agency
            names_end = agency.start()
            post = agency
        dated = _DATE_FIELD.search(doc.text, start, names_end) if furniture is None else None
        if dated is None and furniture is None and start > para.start:  # `By Ana Lima on June 5, 2024`
            on = _ON_DATE.search(doc.text, start, names_end)
            dated = on if on is not None and _names_only(doc.text[start : on.start()]) else None
        if dated is not None and dated.start() > start and document_date([dated.group(1)], []) is not None:
            names_end = dated.start()  # `By Anna Berg | March 3, 2024`: the names, then the date in a field
            spans.append(Span("dateline", dated.start(1), dated.end(1), para.page))
        original = _original_byline(text) if furniture == "dateline" else None
        if original is not None:  # `原创 李明 南海研究 2024-05-10 08:30`: the writer, then the account and date
            at = para.start
            spans.append(Span(kind, at + original.start("names"), at + original.end("names"), para.page))
            spans.append(Span("dateline", *_trimmed(doc, para.start + original.end(), para.end), para.page))
            used.add(opened)
            continue
        by = _DATED_BY.search(text) if furniture == "dateline" else None
        if by is not None and not _NOT_A_NAME.search(by.group(1)):
            # `Posted on April 3, 2024 by Daniel Okafor`: the date, then the names
            spans.append(Span("dateline", *_trimmed(doc, para.start, para.start + by.start()), para.page))
            spans += _piece_spans(doc, para.start + by.start(1), para.start + by.end(1), _AUTHOR_SPLIT, kind)
        elif (
            furniture == "dateline"
            and start > para.start
            and (on := _ON_DATE.search(doc.text, start, para.end)) is not None
            and _names_only(doc.text[start : on.start()])
        ):  # `Posted by Rachel Green on March 3, 2025`: the names after their label, then the date
            spans += _piece_spans(doc, start, on.start(), _AUTHOR_SPLIT, kind)
            spans.append(Span("dateline", on.start(1), on.end(1), para.page))
        elif (
            furniture == "dateline"
            and (field := _DATE_FIELD.search(doc.text, start, para.end)) is not None
            and (start > para.start or _unlabelled_names_bar(doc, start, field))
            and document_date([field.group(1)], []) is not None
            and _names_only(doc.text[start : field.start()])
        ):  # `By Lucia Moreno · 3 June 2024`: the names after their label, then the date in a field of its own;
            # `Ana Lima | 4 May 2024`: names with no label, then a bar and the date
            spans += _piece_spans(doc, start, field.start(), _AUTHOR_SPLIT, kind)
            spans.append(Span("dateline", field.start(1), field.end(1), para.page))
        elif furniture == "dateline" and (named := _fielded_names(doc, para, kind) or _dated_names(doc, para, kind)):
            spans += named  # `2024-08-29 10:05　来源：某报　作者：郑凯`: the date and source, then the names
        elif furniture is not None:
            spans.append(Span(furniture, *_trimmed(doc, para.start, para.end), para.page))
        elif furniture is None and (posted := _names_with_posts(doc, start, para.end, kind, para.page)):
            spans += posted  # `作者：張家豪（…助理研究員）、蔡明哲（…研究員）`
        elif furniture is None and (
            issued := (label is None and _post_then_name(doc, para, kind)) or _issuer_and_names(doc, para, kind)
        ):
            spans += issued  # `海洋政策研究所　山本健一`, `政策研究部　主任研究官　山田　花子`
        elif furniture is None and is_agency(text.strip()):
            spans.append(Span("affiliation", *_trimmed(doc, para.start, para.end), para.page))  # `共同通信` alone
        elif readings := _names_with_readings(doc, start, para.end, kind, para.page):
            spans += readings  # `田中 一郎（たなか・いちろう）・鈴木 花子（すずき・はなこ）`
        elif furniture is None and fullmatches_label(text.strip(), ("issuer",)):
            spans.append(Span("affiliation", *_trimmed(doc, para.start, para.end), para.page))  # a body, no person
        elif (
            (
                _is_affiliation(doc.text[start:names_end])
                or (
                    start == para.start
                    and names_post(text.strip())
                    and not (post is not None and _names_only(doc.text[start:names_end]))
                )  # a name before the post in sentence case (`Ana Lima, PhD candidate, …`) is the writer's
            )
            and _ANNOUNCED_ITEMS.search(text) is None
            and not text.rstrip().endswith(("。", "！", "？"))  # a sentence of the text naming a ministry (`…省で`)
        ):
            spans.append(Span("affiliation", *_trimmed(doc, para.start, para.end), para.page))
        else:
            end = _byline_end(doc.text, start, names_end)
            name = doc.text[start:end]
            stretches = _between_labels(doc, start, end)
            printed = [p for a, b in stretches for p in _piece_spans(doc, a, b, _AUTHOR_SPLIT, kind)]
            pieces = _without_roles(doc, printed)
            pieces = _spaced_names_joined(doc, pieces)  # `中西　直樹`, `田中　美咲・鈴木　花子`: one name each
            pieces = [_filed_from_cut(doc, p) for p in pieces]  # `Priya Raman in New Delhi and …`
            for gone in printed:  # a translator left out (`翻译：李静`) is no part of the names checked below
                if not any(gone.start <= p.start and p.end <= gone.end for p in pieces):
                    name = name.replace(doc.span_text(gone), "")
            # `刘洋，陈静`, `赵文博¹，钱丽²`: names (each with its affiliation's key) and commas
            listed = all(_CJK_NAME.fullmatch(_STAR.sub("", doc.span_text(p))) for p in pieces)
            keys = [
                _GLUED_KEY.search(t) or _BRACKET_KEY.search(t) or _PAREN_KEY.search(t) or _STARRED_KEY.search(t)
                for t in (doc.span_text(p) for p in pieces)
            ]
            if pieces and all(keys):  # `Kwame Mensah1 and Claire Dubois2`: each name keyed to its affiliation
                name = "".join(doc.span_text(p)[: k.start()] for p, k in zip(pieces, keys, strict=True) if k)
            if (
                not pieces
                or any(p.end - p.start > 40 for p in pieces)
                or any(_long_cjk_piece(doc.span_text(p)) for p in pieces)
                or _NOT_A_NAME.search(name.replace("，", "") if listed else name)
                or _SENTENCE_TAIL.search(name)
                or text.rstrip().endswith((",", "，"))  # `Dear readers,`: a salutation, a clause running on
                or any(_UNCAPITALISED.fullmatch(doc.span_text(p).strip()) for p in pieces)  # `analysis on ports`
                or any(_LOANWORD.fullmatch(doc.span_text(p).strip()) for p in pieces)  # `ポイント`: a box's label
            ):
                break  # a name is short; a line of several names may be long; a sentence is no byline
            lettered = _letter_keyed(doc, pieces, paragraphs[at + 1] if at + 1 < len(paragraphs) else None)
            pieces = [p for p in pieces if not _is_degree(doc.span_text(p))]  # `Jane Whitaker, Ph.D.`
            for piece in pieces:
                star = _STAR.search(doc.span_text(piece)) or _GLUED_KEY.search(doc.span_text(piece))
                end = _trimmed(doc, piece.start, piece.start + star.start())[1] if star else piece.end
                end = end - 1 if lettered else end
                start_at = piece.start + _honorific_length(doc.span_text(piece))  # `Rear Admiral (ret.) …`
                if end > start_at:
                    spans.append(Span(kind, start_at, end, para.page))
            if names_end < para.end and post is not None and (post is agency or _is_affiliation(post.group(1))):
                label = next((m for p in label_patterns("affiliation_label") if (m := p.match(post.group(1)))), None)
                at = post.start(1) + (label.end() if label is not None else 0)  # `单位：…`: the post after its label
                spans.append(Span("affiliation", at, post.end(1), para.page))
        used.add(opened)
    return spans


def _filed_from_cut(doc: Document, piece: Span) -> Span:
    """A byline's piece without the place its writer filed from (`Priya Raman in New Delhi` -> `Priya Raman`):
    a byline of writers in several places prints one after each name, the last cut by its 'byline_suffix'."""
    at = filed_from_start(doc.span_text(piece))
    return piece if at is None else Span(piece.kind, piece.start, piece.start + at, piece.page)


_LOANWORD = re.compile(r"[\u30a1-\u30fa\u30fc]{2,12}")
"""One word in katakana alone (`ポイント`, `サマリー`): a loanword, no person's name. A Japanese text prints a
foreign writer's given and family names parted by a middle dot (`ジョン・スミス`), and a Japanese name in kanji or
hiragana; a box's label under an issuer's name (`防衛省` over `ポイント`) is no byline."""
_CJK_NAME_LONGEST = 12  # a Chinese or Japanese name is short; a longer stretch with no middle dot is a clause
_EMPHASIS = re.compile(r"(\*{1,2}|_{1,2})(?![*_\s])(.*\S)\1")
"""A line wrapped whole in Markdown's emphasis (`*…*`, `**…**`, `_…_`): the marks are markup, the words inside."""
_CJK_CHAR = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
_UNCAPITALISED = re.compile(r"[a-z][a-z'’-]*(?:[ \t]+[a-z][a-z'’-]*)*")
"""Latin words none of which is capitalised (`analysis on ports`): a piece of a phrase, no person's name (`de Souza`
and `van der Berg` hold a capital)."""


def _long_cjk_piece(text: str) -> bool:
    """True for a stretch of CJK characters longer than a name runs, with no middle dot parting a transliterated
    name's parts (`小さな島を結ぶ定期航路の維持が難しくなっている` after `、`: a lead's clause, no name)."""
    text = text.strip()
    return len(text) > _CJK_NAME_LONGEST and "・" not in text and "·" not in text and bool(_CJK_CHAR.search(text))


_ROMANIZED = re.compile(r"[A-Z][A-Za-z'’-]*(?:[ \t]+[A-Z][A-Za-z'’-]*){1,3}")
"""A name in Latin letters (`NAKAMURA Taro`, `Chen Yi-an`): two to four capitalised words, no post."""


_READING = re.compile(r"[\u3041-\u309f\u30a0-\u30ff]{1,8}(?:[ \t・][\u3041-\u309f\u30a0-\u30ff]{1,8})?")
"""One name's reading in kana, family and given names parted by a space or a dot (`さとう けんいち`)."""
_READINGS_SPLIT = re.compile(r"[ \t]*(?:\u3000|[ \t]{2,}|[、,，])[ \t\u3000]*")


def _kana_readings(doc: Document, para: Span, spans: list[Span], below: Span | None) -> list[Span]:
    """The translated-author spans of a line of the names' readings in kana (ruby printed over the names and
    flattened to a line of its own by the copy, or a reading line under them): as many readings as the byline
    has names, each kana alone, the byline right under it or just read above it. [] for any other line."""
    text = doc.span_text(para).strip()
    pieces = [p for p in _READINGS_SPLIT.split(text) if p]
    if not pieces or not all(_READING.fullmatch(p) for p in pieces):
        return []
    if spans and spans[-1].kind == "author":
        names = len([s for s in spans if s.kind == "author"])
    elif below is not None:
        persons = [_STAR.sub("", p) for p in _AUTHOR_SPLIT.split(doc.span_text(below).strip()) if p]
        names = len(persons) if all(_CJK_PERSON.fullmatch(p) for p in persons) else 0
    else:
        return []
    if names != len(pieces):
        return []
    return [Span(s.kind, s.start, s.end, para.page) for s in _piece_spans(doc, para.start, para.end,
                                                                         _READINGS_SPLIT, "translated-author")]


def _romanized_names(doc: Document, text: str, spans: list[Span]) -> bool:
    """True for a line of names in Latin letters right under a Chinese or Japanese byline (`中村　太郎`, then
    `NAKAMURA Taro`): as many names as the byline's, each of capitalised words only, in a document that is not
    English. The same writers again, not more of them."""
    if not spans or spans[-1].kind != "author" or _LATIN.search(doc.span_text(spans[-1])):
        return False
    names = [s for s in spans if s.kind == "author"]
    pieces = [p for p in _NAMES_SPLIT.split(text.strip()) if p]
    return (
        len(pieces) == len(names)
        and all(_ROMANIZED.fullmatch(p) for p in pieces)
        and detect_language(doc.text) != "en"
    )


_LETTER_KEY = re.compile(r"(?:^|[;；][ \t]*)([a-h])(?=[A-Z][a-z])")
"""An affiliation's letter key glued to its first word (`aDepartment of …; bCentre for …`), as a superscript
letter reads once the PDF is text."""


def _letter_keyed(doc: Document, pieces: list[Span], below: Span | None) -> bool:
    """True when every name of a byline ends with a letter that keys one of the affiliations on the line below
    (`Sarah K. Lindqvista and Rahul Mehtab` over `aDepartment …; bCentre …`): that letter is no part of the name.
    The line below must name an affiliation, and the keys must be the names' last letters in order."""
    if below is None or not pieces:
        return False
    text = doc.span_text(below)
    keys = _LETTER_KEY.findall(text)
    if not keys or not _is_affiliation(text):
        return False
    last = [doc.span_text(p)[-1:] for p in pieces]
    return all(k in keys for k in last) and sorted(set(last)) == sorted(set(keys))[: len(set(last))]


_NAMED_COMMA_POST = re.compile(
    r"([^（）()、,，;；\s\u3000]{2,30}?)[,，][\s\u3000]*([^；;，,]{2,40}?)[\s\u3000]*(?:[；;]|$)[\s\u3000]*"
)
"""One name of a byline with its post after a comma, writers parted by semicolons (`孙某，某研究院研究员；…`)."""
_NAMED_POST = re.compile(
    r"([^（）()〔〕［］、,，;；\s\u3000][^（）()〔〕［］、,，;；]{0,30}?)[\s\u3000]*[（(〔［]([^（）()〔〕［］]{2,40})[）)〕］]"
    r"[\s\u3000]*(?:[、,，;；&・]|\band\b|$|(?<=[\s\u3000]))[\s\u3000]*"
)
"""One name of a byline with its post in brackets after it, and the separator after them (a space will do:
`马某（…研究员）　宋某（…助理研究员）`, a middle dot: `某（…教授）・某（同准教授）`); tortoise-shell and square
brackets as round ones (`某〔某大学〕、…`)."""
_LATIN_NAMED_POST = re.compile(
    r"([A-Z][^,;()\d]{1,40}?),[ \t]+([^,;()]{2,60}?)[ \t]*(?:,?[ \t]+(?:and|&)[ \t]+|;[ \t]*|$)"
)
"""One name of an English byline with its post after a comma, writers parted by `and` or a semicolon (`Dr. Ana
Ruiz, Senior Fellow, and Li Wei, Research Associate`)."""
_LATIN_NAMED_LONG_POST = re.compile(r"([A-Z][^,;()\d]{1,40}?),[ \t]+([^;()]{2,80}?)[ \t]*(?:;[ \t]*|$)")
"""The same with writers parted by semicolons, whose posts may hold a comma of their own (`<name>, Senior Fellow,
Asia Program; <name>, Research Associate`): the post runs to the semicolon."""
_NAMED_SPACE_POST = re.compile(
    r"([\u4e00-\u9fff々·]{2,5})\u3000+([^；;，,\u3000]{2,40}?)[\s\u3000]*(?:[；;]|$)[\s\u3000]*"
)
"""One name of a CJK byline with its post after an ideographic space, writers parted by semicolons
(`孙某　某研究院研究员；…`): tried only where the byline holds a semicolon."""


def _names_with_posts(doc: Document, start: int, end: int, kind: str, page: int | None) -> list[Span]:
    """Author and affiliation spans of a byline naming several people each with a post in brackets
    (`張家豪（某中心助理研究員）、蔡明哲（某中心博士後研究員）`), or [] when the line is not one: every bracket
    names a post (`data/layout.json`, `affiliation`) and no name does."""
    end = _trimmed(doc, start, end)[1]
    spans: list[Span] = []
    cursor = _trimmed(doc, start, end)[0]
    while cursor < end:
        match = (
            _NAMED_POST.match(doc.text, cursor, end)
            or _NAMED_COMMA_POST.match(doc.text, cursor, end)
            or _LATIN_NAMED_POST.match(doc.text, cursor, end)
            or (_LATIN_NAMED_LONG_POST.match(doc.text, cursor, end) if ";" in doc.text[start:end] else None)
            or (_NAMED_SPACE_POST.match(doc.text, cursor, end) if "；" in doc.text[start:end] else None)
        )
        if match is None and (bare := _BARE_CJK_NAME.match(doc.text, cursor, end)) is not None:
            if not _CJK_PERSON.fullmatch(bare.group(1)):
                return []
            spans.append(Span(kind, *bare.span(1), page))  # `…（某大學教授）、林某`: a co-writer with no post
            cursor = bare.end()
            continue
        if match is None:
            return []
        name, post = match.group(1), match.group(2)
        if not _is_affiliation(post) or _is_affiliation(name) or _NOT_A_NAME.search(name):
            return []
        name_start = match.start(1) + _honorific_length(name)
        spans.append(Span(kind, *_trimmed(doc, name_start, match.end(1)), page))
        spans.append(Span("affiliation", *match.span(2), page))
        cursor = match.end()
    names = [s for s in spans if s.kind == kind]
    # one name with its post: the single post rule above reads it; two or more, one of them posted at least
    return spans if len(names) >= 2 and len(spans) > len(names) else []


_BARE_CJK_NAME = re.compile(r"([\u4e00-\u9fff々·．]{2,12})[\s\u3000]*(?:[、,，;；][\s\u3000]*|$)")
"""A CJK name with no post among names that have theirs, and the separator after it."""


def _names_with_readings(doc: Document, start: int, end: int, kind: str, page: int | None) -> list[Span]:
    """Author spans of a byline whose names each carry their reading in kana in brackets, or [] when the line is
    not one (`allyscope/layout/affiliations.py`, `names_with_readings`)."""
    start, end = _trimmed(doc, start, end)
    return [Span(kind, start + a, start + b, page) for a, b in names_with_readings(doc.text[start:end])]


_CREDIT_FIELD = re.compile(r"[ \t]*[|｜][ \t]*([^|｜\n]{4,80}?)[ \t]*$")
"""A byline's last field after a bar, where it may credit a photographer (`By … | Photographs by Ana Cruz`)."""
_STAFF_FIELD = re.compile(
    r"(?:\u3000+|[ \t]{2,})(([^\s\u3000／/:：＝=]{1,4})[ \t\u3000]*[／/:：＝=][ \t\u3000]*"
    r"[^\s\u3000／/:：＝=][^\n]{0,30}?)[\s\u3000]*$"
)
"""A labelled byline's last field after a wide space that names one of the page's staff by role, then a slash, a
colon or `＝` (`撰文／林某　攝影／張某`, `文／某　写真／某`, `作者：某　编辑：某`)."""


def _unlabelled_names_bar(doc: Document, start: int, field: re.Match[str]) -> bool:
    """True for a byline with no label whose names a bar parts from the date (`Ana Lima | 4 May 2024`, `王磊｜
    2024-05-10`): a bar parts a byline's fields as after `By …`. A place a story is filed from (`data/layout.json`
    `dateline_places`) before the bar dates a dateline, and a middle dot or a wide gap (`Hong Kong · 4 May`) is a
    dateline's separator, so neither names a writer."""
    names = doc.text[start : field.start()].strip()
    separator = doc.text[field.start() : field.start(1)]
    return ("|" in separator or "｜" in separator) and not any(
        p.fullmatch(names) for p in label_patterns("dateline_places")
    )


def _staff_field(text: str, start: int, end: int) -> re.Match[str] | None:
    """The last field of a labelled byline crediting the page's staff (a photographer, an editor: 'credit_role'
    of `data/layout.json`), or None. The writer named first keeps the byline; a staff credit after the writer is
    a credit, as `| Photographs by …` after an English byline is. A role that is itself a byline label (`文／`,
    a correspondent's `通讯员`) names a writer, no staff, and a translator's role leaves the byline elsewhere."""
    field = _STAFF_FIELD.search(text, start, end)
    if field is None or _byline_opening(field.group(1)) is not None:
        return None
    return field if any(p.fullmatch(field.group(2)) for p in label_patterns("credit_role")) else None
