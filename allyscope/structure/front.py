"""The front matter before the first heading: the abstract and keywords (in one language or two), the lines
above the title (journal, doctype, dateline, issuer), the title, a subtitle, a translated title, a standfirst, and
the bylines under them.

The front matter is what comes before the abstract label (`〔提 要〕`, `摘要：`, `Abstract`) or, without one, the
short lines before the first heading. Its first block is the title (a running copy of the title printed just
above it is dropped, and a trailing `*` note sign is left outside the title span); the short blocks after
it are the authors.

The decision, in order (lay50, issue 12 item 3). Which lines can be the title: the first front block that no rule
takes for something else. Lines above it are taken off first, each by its shape or label, never by its place
alone: a browser tab's title (the headline, a bar or a dash, a site's name; `layout/title_bar.py`), a breadcrumb
or a site's name over a kicker (navigation); a journal, series or issue line (`Vol.`, `第n号`, `… Working Paper
2024/07`) and a date line (`_front_furniture`); a kicker or doctype (`ANALYSIS`, `深度報導`, a short CJK run over a
longer line that a labelled byline follows or ends); an issuing body or a research group over the title; a byline
printed above it (`By … and …` over a line that is no names). What disqualifies a line as the title is thus
being one of these, or a byline, a section label, a page's running head (dropped in `layout/`), or a line that
repeats the title (the cover's title again over page 2 stays out of the front). How wrapped titles join: in
`layout/repair.py`, before this module, a front line in title case goes on over the next when it ends on a small
word, a possessive or a preposition, on a colon over a line in title case, or when the column wrapped it
(`_title_runs_on`, `_title_wraps`; an en dash or accents keep a line Latin, `_latin`); a CJK line ending on a word
that wants its noun (`的`, `における`, `をめぐる`; `layout.json` `title_open_end`) goes on; any two lines the tab's
title runs together before its bar are one title (`edges.tab_title_runs_on`); a dashed line under the title
(`——…`, `―…―`, `— …`) is its subtitle, a line in Latin letters under a CJK title its translated title. How authors
are told: a byline is a label (`By`, `文／`, `撰文：`, `聞き手＝`; `layout.json` `byline`) and names alone, or
names alone (Latin names of two to four capitalised words with particles between them, `van der`, `bin`, `de
los`; CJK names of two to four characters, two runs parted by a space, or parts joined by `·`), whether on a
line of its own or after a wide gap at the title line's end (`_byline_after_title`). Keys after the names
(`¹,²`, `1,2`, `*`, `＊1`, `(1)`) are left outside them; the lines those keys open under the byline are
affiliations when they name a post or a body (`layout.json` `affiliation` words, or a few words and no sentence
under a sign the byline prints), notes when each name carries a sign of its own. Posts after a comma or in
brackets, a degree, an honorific are left out of the names; a translator (`譯／`), a photographer (`攝影／`,
`写真＝`, `Photographs by`) and an editor (`责任编辑：`) are credits or leave the byline, never authors; a line of
the names again in Latin letters or in kana is a translated-author, one span a name."""

from __future__ import annotations

import re

from allyscope.event_clauses import opens_question_turn
from allyscope.layout.dating import document_date, find_dates, has_labelled_date
from allyscope.layout.furniture import follow_button
from allyscope.layout.header_fields import header_author
from allyscope.layout.headings import title_offset
from allyscope.layout.notes import any_label, front_furniture_kind, fullmatches_label, label_patterns
from allyscope.layout.speakers import sitting_time
from allyscope.layout.tables import cells_of
from allyscope.layout.yaml_front import field_value, in_front_matter, title_field
from allyscope.model import Document, Span
from allyscope.structure.author_columns import column_cells
from allyscope.structure.byline_fields import _issuer_and_names
from allyscope.structure.bylines import _bylines
from allyscope.structure.closing import closing_date_line
from allyscope.structure.court_order import court_front
from allyscope.structure.furniture import (
    _CJK_LEAD,
    _CJK_SENTENCE,
    _front_furniture,
    _issuer,
    _labelled_front_lines,
    _masthead,
    _original_byline,
    _site_name,
    event_fields,
    record_dateline,
    record_fields,
)
from allyscope.structure.gazette import gazette_front
from allyscope.structure.judgment import judgment_front
from allyscope.structure.names import (
    _KEYED,
    _NAMES_SPLIT,
    _NOT_A_NAME,
    _ON_DATE,
    _POST,
    _STAR,
    _byline_end,
    _byline_opening,
    _is_affiliation,
    _is_byline_label,
    _names_only,
    _piece_spans,
    _trimmed,
    places_dropped,
)
from allyscope.structure.question_notice import question_front

_SUBTITLE = re.compile(r"[—―─－~〜～]{1,2}[\s\u3000]*\S")  # `——以…為例`, `―…を中心に―`: a subtitle under the title
_KEYWORD_SPLIT = re.compile(r"[;；,，、]|\s{2,}|\u3000")
_CJK_SENTENCES = re.compile(r"[，、][^。！？\n]{6,}[。！？][\u3000 ]?[^\s」』）)。！？][^\n]{4,}$")
"""A CJK sentence with a comma in it, finished by its stop, and more words after the stop on the same line: a
paragraph of text (`…菲美兩國約1萬6千名官兵參加。和往年相比，這次有幾點不一樣：`), never a title, which holds no
finished sentence before other words."""


def _event_venue(text: str) -> bool:
    """True for a line that is nothing but where an event is held when it is held on line or both ways (data/
    layout.json 'event_venue': `Virtual`, `Online`, `Hybrid`, `線上`, `オンライン開催`): an event page prints it
    under the event's title and time, as it prints a hall's name; it names no writer (lay83)."""
    line = text.strip()
    return len(line) <= _VENUE_WIDTH and any(p.fullmatch(line) for p in label_patterns("event_venue"))


_VENUE_WIDTH = 24


def _tab_row(doc: Document, paragraphs: list[Span], at: int) -> bool:
    """True when paragraph `at` is a row of cells parted by tabs over or under another row of as many cells (an
    encyclopedia's infobox copied as text, `種類<tab>二国間協定`, or a table): a table's row, whose cells are the
    page's facts, never a byline, a date line or the title."""
    text = doc.span_text(paragraphs[at]).strip()
    if "\t" not in text:
        return False
    way, cells = cells_of(text)
    if way != "tabs":
        return False
    if len(cells) == 2 and (has_labelled_date(text) or front_furniture_kind(text) is not None):
        return False  # `發布日期<tab>2024-03-27`: the page's own field in a table of labels, as `發布日期：` is
    for other in (at - 1, at + 1, at - 2, at + 2):  # two rows may stand apart by a label alone (`代表機構`)
        if 0 <= other < len(paragraphs):
            other_text = doc.span_text(paragraphs[other]).strip()
            if "\t" not in other_text:
                continue
            other_way, other_cells = cells_of(other_text)
            if other_way == "tabs" and len(other_cells) == len(cells):
                return True
    return False


_LEAD_REACH = 8  # paragraphs after an infobox's first row looked at for the lead


def _lead_restates(doc: Document, paragraphs: list[Span], at: int, title: Span) -> bool:
    """True when a paragraph after the rows at `at` opens with the title's words and goes on (`臺灣與菲律賓關係
    是指…`): an encyclopedia's lead names its subject again, so the page has no writers, and the short lines
    between its title and its infobox's rows are the box's head, no byline."""
    name = doc.span_text(title).strip()
    if len(name) < 4:
        return False
    # the printed lines, not the paragraphs: a row with no stop at its end may be read as the lead's first line
    start = doc.body_map.to_raw(paragraphs[at].start)
    lines = doc.raw[start:].split("\n", _LEAD_REACH + 1)[1 : _LEAD_REACH + 1]
    return any((text := line.strip()).startswith(name) and len(text) > len(name) + 8 for line in lines)


_ROW_REACH = 12  # the front's rows: an infobox stands among the page's first lines


def _names_again(doc: Document, front: list[Span], text: str) -> bool:
    """True when `text` is a front line above it word for word: a page printing its title again under it (an
    encyclopedia's infobox heads its box with the page's name) starts a box of the page's facts there, and the
    short lines of that box (`Poland`, `South Korea`, `Diplomatic mission`) are no writers' names."""
    line = text.strip()
    return bool(line) and any(doc.span_text(para).strip() == line for para in front)


def front_rows(doc: Document, paragraphs: list[Span]) -> frozenset[int]:
    """Raw offsets of the rows of cells parted by tabs among the first paragraphs (`_tab_row`): lines whose dates
    are a table's facts (`署名<tab>2024年7月8日`, `Signed<tab>8 July 2024`), none the document's date."""
    reach = paragraphs[:_ROW_REACH]
    return frozenset(doc.body_map.to_raw(p.start) for at, p in enumerate(reach) if _tab_row(doc, reach, at))


def _label_end(text: str, kind: str) -> int | None:
    """Where the text after an abstract or keywords label starts, or None when `text` has no such label."""
    if any_label((kind,)).match(text) is None:
        return None  # no label of the kind: one expression of them all says it (most paragraphs asked)
    for pattern in label_patterns(kind):
        match = pattern.match(text)
        if match:
            end = match.end()
            while end < len(text) and text[end] in " \u3000\t:：":
                end += 1
            return end
    return None


def _closes_text(doc: Document, paragraphs: list[Span], at: int) -> bool:
    """True when paragraph `at` (a keywords label's) stands under the text and closes it: a paragraph ending a
    sentence stands before it and none after it. A web page prints its tags so (`キーワード：…` under the story);
    a paper's keywords stand over its text."""

    def ends(p: Span) -> bool:
        return doc.span_text(p).rstrip()[-1:] in "。.!?！？"

    return any(ends(p) for p in paragraphs[:at]) and not any(ends(p) for p in paragraphs[at + 1 :])


_KEYWORDS_REACH = 4  # the keywords follow the abstract's label, its text (a paragraph or two) and nothing else


def _front_matter(doc: Document, paragraphs: list[Span], first_heading: int) -> tuple[list[Span], set[int]]:
    """Spans of the front matter, and the start offsets of the paragraphs they replace."""
    spans: list[Span] = []
    used: set[int] = set()
    if (notice := question_front(doc, [p for p in paragraphs if p.start < first_heading], used)) is not None:
        return notice, used  # a question on notice: its number line and the topic under it
    if (court := court_front(doc, [p for p in paragraphs if p.start < first_heading], used)) is not None:
        return court, used  # a court's decision: its year line and the case's number in its list (lay86b)
    if (judgment := judgment_front(doc, [p for p in paragraphs if p.start < first_heading], used)) is not None:
        return judgment, used  # a judgment: the court's head over the case's number (lay89b)
    window = paragraphs[:10]
    abstract_at = next((i for i, p in enumerate(window) if _label_end(doc.span_text(p), "abstract") is not None), None)
    keywords_at = next((i for i, p in enumerate(window) if _label_end(doc.span_text(p), "keywords") is not None), None)
    if keywords_at is None and abstract_at is not None:  # a long front page (affiliations one a line, a title in
        # two languages) pushes the keywords past the window: they stand right under the abstract
        keywords_at = next(
            (
                i
                for i in range(abstract_at + 1, min(abstract_at + _KEYWORDS_REACH, len(paragraphs)))
                if _label_end(doc.span_text(paragraphs[i]), "keywords") is not None
            ),
            None,
        )
    if keywords_at is not None and abstract_at is None and _closes_text(doc, paragraphs, keywords_at):
        para = paragraphs[keywords_at]  # `キーワード：…` under a web page's text: its tags, not a paper's keywords
        used.add(para.start)
        spans.append(Span("tags", *_trimmed(doc, para.start, para.end), para.page))
        keywords_at = None
    if abstract_at is not None:
        para = paragraphs[abstract_at]
        offset = _label_end(doc.span_text(para), "abstract") or 0
        start, end = _trimmed(doc, para.start + offset, para.end)
        used.add(para.start)
        if end <= start and abstract_at + 1 < len(paragraphs):
            para = paragraphs[abstract_at + 1]
            start, end = _trimmed(doc, para.start, para.end)
            used.add(para.start)
        end = _strip_trailing_markers(doc, start, end)
        spans.append(Span("abstract", start, end, para.page))
    if keywords_at is not None:
        para = paragraphs[keywords_at]
        offset = _label_end(doc.span_text(para), "keywords") or 0
        start, end = _trimmed(doc, para.start + offset, para.end)
        used.add(para.start)
        if end <= start and keywords_at + 1 < len(paragraphs):  # `KEYWORDS` alone: the keywords are the next line
            para = paragraphs[keywords_at + 1]
            start, end = _trimmed(doc, para.start, para.end)
            used.add(para.start)
        spans.append(Span("keywords", start, end, para.page))
        spans += _piece_spans(doc, start, end, _KEYWORD_SPLIT, "keyword")
    marks = [i for i in (abstract_at, keywords_at) if i is not None]
    record_at = -1  # where a database record's fields open under its title (`record_fields`), if they do
    if marks:
        second = _second_language(doc, paragraphs, max(marks) + 1, used)
        spans += second or _closing_second_language(doc, paragraphs, max(marks) + 1, used)
        front = paragraphs[: min(marks)]
    elif (gazette := gazette_front(doc, paragraphs, used, first_heading)) is not None:
        return spans + gazette, used  # a gazette's notice page: its masthead, issue row, header and title
    elif (field := _title_field(doc, paragraphs, first_heading)) is not None:
        return spans + _form_front(doc, paragraphs, used, field) + _labelled_front_lines(
            doc, paragraphs, used, first_heading
        ), used
    else:
        front = []
        labelled = 0  # the journal line above the title: not counted among the four
        posts = 0  # an author's post or a dateline under the title: two authors with a post each take four lines
        for at, para in enumerate(paragraphs):
            text = doc.span_text(para)
            if _tab_row(doc, paragraphs, at):
                if len(front) > labelled + 1 and _lead_restates(doc, paragraphs, at, front[labelled]):
                    front = front[: labelled + 1]  # an infobox's head over its rows (`臺菲關係`), no writer
                break  # `署名<tab>2024年7月8日` under the title: an infobox's or a table's rows, no byline nor date
            if front and _names_again(doc, front, text):
                break  # the title printed again under it (an infobox's head on an encyclopedia page): no byline
            if front and event_fields(doc, paragraphs, at):
                break  # a notice's fields of its event (`活動日期：…`, `主講人：…`): its text, no byline or date
            if front and record_fields(doc, paragraphs, at, front[-1]):
                record_at = at  # `条约名称：<the title>` over `签订日期：…`: a record's fields, its text
                break
            if front and _event_venue(text):
                break  # `Virtual`, `線上` under an event's title and time: where it is held, no writer's name
            full = len(front) - labelled - posts >= 4 and _front_furniture(text) is None  # a date line may follow
            if para.start >= first_heading or full or (len(text) > 80 and not (
                len(front) > labelled and len(text) <= 160 and any(p.match(text) for p in label_patterns("byline"))
            ) and not _long_front_line(doc, paragraphs, para, len(front) - labelled)):
                break  # a byline naming writers with their posts may be long (`Written by …, Senior Fellow, and …`)
            if len(front) == labelled and (
                _front_furniture(text) is not None or fullmatches_label(text.strip(), ("issuer",))
            ):
                labelled += 1  # a journal, doctype, date or issuing body's line above the title
            elif len(front) == labelled + 1 and _front_furniture(text) == "doctype":
                labelled += 1  # a kicker under the site's name set first (`_site_name`), both above the title
            elif len(front) > labelled and _is_byline_label(text):
                posts += 1  # `AUTHORS` alone under the title, over the names
            elif len(front) > labelled + 1 and (_is_affiliation(text) or _front_furniture(text) is not None):
                posts += 1
            front.append(para)
        if (
            len(front) == len([p for p in paragraphs if p.start < first_heading])
            and len(front) > 1
            and _NOT_A_NAME.search(doc.span_text(front[-1]))
            and not any(p.match(doc.span_text(front[-1])) for p in label_patterns("byline"))  # `作者：…`
            and _front_furniture(doc.span_text(front[-1])) is None  # a date or journal line is front matter
            and not (_KEYED.match(doc.span_text(front[-1])) and _is_affiliation(doc.span_text(front[-1])))
            and not _over_doctype(doc, front[-1])
            and not _headline_under_labels(doc, front)
        ):
            front = front[:-1]  # the body's first paragraph, standing before the first heading
    spans += _labelled_front_lines(doc, paragraphs, used, first_heading)
    if record_at >= 0:
        spans += record_dateline(doc, paragraphs, record_at, used)  # `签订日期：2001-07-16` among the fields
    if not front or front[0].start > first_heading:
        return spans, used
    # lines above the title that are not it: the journal line, a press release's label, a dateline or source,
    # an issuing body with its writers' names (`防衛政策研究室　佐藤一郎、鈴木花子`)
    while len(front) > 1 and (issued := _issuer_and_names(doc, front[0], "author")):
        used.add(front[0].start)
        spans += issued
        front = front[1:]
    before_title = len(spans)
    while (
        len(front) > 1
        and (
            kind := _front_furniture(doc.span_text(front[0]))
            or _masthead(doc, front)
            or _site_name(doc, front)
            or _issuer(doc, front, spans)
            or _field_above_title(doc, front)
        )
        and not _byline_above_title(doc, front)  # `Posted by … on March 3, 2025` over the title: a byline
        and not (kind == "doctype" and _report_name_over_byline(doc, front))
    ):
        used.add(front[0].start)
        original = _original_byline(doc.span_text(front[0])) if kind == "dateline" else None
        if original is not None:  # `原创 李明 南海研究 2024-05-10 08:30` over the title: its writer, then the date
            at = front[0].start
            spans.append(Span("author", at + original.start("names"), at + original.end("names"), front[0].page))
            spans.append(Span(kind, *_trimmed(doc, at + original.end(), front[0].end), front[0].page))
        else:
            spans.append(Span(kind, *_trimmed(doc, front[0].start, front[0].end), front[0].page))
        front = front[1:]
    title = front[0]
    rest = front[1:]
    if (named := _record_named(doc, spans, before_title, title)) is not None:
        return named, used  # `第n回国会 … 第4号` over its date and `午前九時開議`: the issue line names the record
    sitting = next((k for k, p in enumerate(rest) if sitting_time(doc.span_text(p))), None)
    if sitting is not None:
        rest = rest[:sitting]  # the record's title, its date, `午前十時一分開議`: its text opens there, with no byline
    if len(spans) > before_title and (kind := _front_furniture(doc.span_text(title))) is not None:
        used.add(title.start)  # a release's label over its date alone: the date is no title
        spans.append(Span(kind, *_trimmed(doc, title.start, title.end), title.page))
        return _report_named(doc, spans, before_title), used
    if len(spans) > before_title and _CJK_SENTENCE.search(doc.span_text(title)):
        return spans, used  # a release's label and date over its text (`…新闻稿`, the date, `今天，…。`): no title
    if _CJK_SENTENCES.search(doc.span_text(title)):
        return spans, used  # a finished sentence and more words after it: the text's first paragraph, a post
        # that prints no title (`…參加。和往年相比，…：` under a fan page's name and stamp, lay83)
    if opens_question_turn(doc.span_text(title)):
        return spans, used  # `记者：…`, `Q: …` under a briefing's header line: a journalist's turn is text, no title
    if _byline_above_title(doc, front):  # `By … and …` over the title: the title is the next line
        title, rest = front[1], [front[0], *front[2:]]
    if rest and _STAR.sub("", doc.span_text(rest[0])).strip() == _STAR.sub("", doc.span_text(title)).strip():
        used.add(title.start)
        title, rest = rest[0], rest[1:]
    if _series_label_over_title(doc, title, rest) or _kicker_over_title(doc, title, rest) or _kind_opens_title(
        doc, title, rest
    ):
        used.add(title.start)  # `…年度報告` over the longer title its English version translates: a series label;
        # `港口新闻` over the longer title a labelled byline stands under: the page's kicker
        spans.append(Span("doctype", *_trimmed(doc, title.start, title.end), title.page))
        title, rest = rest[0], rest[1:]
    used.add(title.start)
    star = _STAR.search(doc.span_text(title))
    signed = title.start + title_offset(doc.span_text(title))  # `# Title`: the heading sign is no part of it
    t_start, t_end = _trimmed(doc, signed, title.start + star.start() if star else title.end)
    if (field := title_field(doc.span_text(title), doc.raw, doc.raw_span(title)[0])) is not None:
        t_start, t_end = title.start + field[0], title.start + field[1]  # `title: "Why …"` in a Markdown file's
        # front matter: the value, no key nor quotes
    if (glued := _glued_kicker(doc.text[t_start:t_end])) is not None:  # `ANALYSIS — …`: the kind, then the title
        spans.append(Span("doctype", t_start, t_start + glued.end(1), title.page))
        t_start += glued.end()
    if (signed_off := _byline_after_title(doc.text, t_start, t_end)) is not None:  # `…步伐　文／刘海峰`
        t_end = _trimmed(doc, t_start, signed_off[0])[1]
        spans.append(Span("title", t_start, t_end, title.page))
        spans += [Span("author", a, b, title.page) for a, b in signed_off[1]]
    else:
        spans.append(Span("title", t_start, t_end, title.page))
    if rest and _SUBTITLE.match(doc.span_text(rest[0])):
        used.add(rest[0].start)
        spans.append(Span("subtitle", *_trimmed(doc, rest[0].start, rest[0].end), rest[0].page))
        rest = rest[1:]
    if rest and _translated_title(doc.span_text(title), doc.span_text(rest[0])):
        used.add(rest[0].start)
        spans.append(Span("translated-title", *_trimmed(doc, rest[0].start, rest[0].end), rest[0].page))
        rest = rest[1:]
    if _standfirst(doc, rest):
        used.add(rest[0].start)
        spans.append(Span("subtitle", *_trimmed(doc, rest[0].start, rest[0].end), rest[0].page))
        rest = rest[1:]
    elif (alone := _standfirst_alone(doc, paragraphs, title, first_heading)) is not None:
        used.add(alone.start)
        spans.append(Span("subtitle", *_trimmed(doc, alone.start, alone.end), alone.page))
        rest = [p for p in rest if p.start != alone.start]
    cells, rows = column_cells(doc, rest)  # writers side by side, each over the cells of their affiliation
    if rows:
        used.update(rows)
        spans += cells
        rest = [p for p in rest if p.start not in rows]
    spans += _bylines(doc, rest, used, "author")
    return spans, used


def _record_named(doc: Document, spans: list[Span], before_title: int, title: Span) -> list[Span] | None:
    """`spans` with the record of a sitting named: where the line under the front's furniture is the time the
    sitting opened (`午前十時開会`, text, no title), the issue line above it (`第n回国会　<house>　<committee>　第4号`)
    is the record's only name, its title; None for any other front."""
    if not sitting_time(doc.span_text(title)):
        return None
    at = next((k for k in range(before_title, len(spans)) if spans[k].kind == "journal"), None)
    if at is None:
        return None
    issue = spans[at]
    return [*spans[:at], Span("title", issue.start, issue.end, issue.page), *spans[at + 1 :]]


_REPORT_NAME = 8  # characters at least of a report's name read as a doctype (`中華民國113年國防報告書`)


def _report_name_over_byline(doc: Document, front: list[Span]) -> bool:
    """True for a report's name shaped as a kind of paper (`<region>海上执法合作研究报告`, at least `_REPORT_NAME`
    characters, in CJK) right over a labelled byline (`执笔：…`, `作者：…`): no other line is left to be the title,
    so the name is it (a short label, `研究报告` alone, stays the doctype, as a Latin kicker over a byline set above
    the title does: `ANALYSIS` over `By …`)."""
    name = doc.span_text(front[0]).strip()
    if len(front) < 2 or len(name) < _REPORT_NAME or _CJK.search(name) is None:
        return False
    below = doc.span_text(front[1]).strip()
    return any(p.match(below) for p in label_patterns("byline"))


def _report_named(doc: Document, spans: list[Span], before_title: int) -> list[Span]:
    """`spans` with a front that is all furniture given its title: a report's name read as a doctype line
    (`…國防報告書`), over the body issuing it (an affiliation: `國防部　編印`), names the document when no other
    line is left to (a release's short label over its issuer and date, `報道発表資料`, names no document)."""
    kinds = [s.kind for s in spans[before_title:]]
    if "doctype" not in kinds:
        return spans
    at = before_title + kinds.index("doctype")
    named = spans[at]
    issuers = [s for s in (*spans[at:], *doc.spans) if s.kind == "affiliation" and s.start > named.start]
    if len(doc.span_text(named).strip()) < _REPORT_NAME or not issuers:
        return spans
    return [*spans[:at], Span("title", named.start, named.end, named.page), *spans[at + 1 :]]


def _field_above_title(doc: Document, front: list[Span]) -> str | None:
    """"identifier" where `front[0]` is a field of a Markdown file's front matter other than its title and a later
    front line is the block's `title:` field: site generators order the fields as their writers please
    (`layout: post`, `permalink: …` over `title: …`), and such a field names how the page is built, not what it
    says; None otherwise."""
    first = front[0]
    if not in_front_matter(doc.raw, doc.raw_span(first)[0]) or field_value(doc.span_text(first).strip()) is None:
        return None
    if title_field(doc.span_text(first), doc.raw, doc.raw_span(first)[0]) is not None:
        return None
    later = (title_field(doc.span_text(p), doc.raw, doc.raw_span(p)[0]) for p in front[1:])
    return "identifier" if any(f is not None for f in later) else None


_FORM_FRONT = 4  # a form's title field stands among its first lines, under its kind and maybe its number


def _title_field(doc: Document, paragraphs: list[Span], first_heading: int) -> tuple[int, int] | None:
    """(index of the paragraph, end of its label) of a form's labelled title field (`題目：…`, `件名：…`;
    data/layout.json `title_label`) among the first front lines, or None: a form names its subject by a label
    instead of setting it apart as a title."""
    for at, para in enumerate(paragraphs[:_FORM_FRONT]):
        if para.start >= first_heading:
            break
        text = doc.span_text(para)
        label = next((m for p in label_patterns("title_label") if (m := p.match(text))), None)
        if label is not None and text[label.end() :].strip() and "。" not in text[label.end() :]:
            return at, label.end()  # a value holding a full stop is a statement (a bill's `案由：…爰擬具「…」。是否
            # 有當？敬請公決。`, lay84), never the subject's name a title field gives (`題目：有關…之因應作為`)
    return _memo_subject(doc, paragraphs, first_heading)


_MEMO_FRONT = 10  # a memo's subject field stands among its first lines, under its body, date, number and addresses


def _memo_subject(doc: Document, paragraphs: list[Span], first_heading: int) -> tuple[int, int] | None:
    """(index of the paragraph, end of its label) of a memo's subject field (`Subject:   …`, data/layout.json
    'memo_subject') right under one of its address fields (`To:   Delegations`, 'memo_field') among the first
    front lines, or None: a memo names its subject by the field, as a form does (lay78's council document)."""
    for at, para in enumerate(paragraphs[1:_MEMO_FRONT], 1):
        if para.start >= first_heading:
            break
        text = doc.span_text(para)
        label = next((m for p in label_patterns("memo_subject") if (m := p.match(text))), None)
        value = text[label.end() :].strip() if label is not None else ""
        if label is None or not value or _ends_sentence(value):
            continue
        above = doc.span_text(paragraphs[at - 1])
        if any(p.match(above) for p in label_patterns("memo_field")):
            return at, label.end()
    return None


def _form_front(doc: Document, paragraphs: list[Span], used: set[int], field: tuple[int, int]) -> list[Span]:
    """The front of a form: the lines above its title field name the kind of document (doctype; a board's writer
    field, `作者  account (nickname)`, names the writer: lay82), the words after
    the field's label are the title. The fields under it (who answered, when) are labelled lines read as such
    elsewhere, no byline; the member who asked a written question (data/layout.json `asker_label`: `質詢委員：`,
    `Asked by:`) is its byline, the lead's convention of the fifty-third session (lay85b)."""
    at, label_end = field
    spans = []
    for para in paragraphs[:at]:
        used.add(para.start)
        start, end = _trimmed(doc, para.start, para.end)
        if (writer := header_author(doc.text[start:end])) is not None:  # a board's `作者  account (nickname)`
            spans.append(Span("author", start + writer.start("name"), start + writer.end("name"), para.page))
            continue
        spans.append(Span("doctype", start, end, para.page))
    para = paragraphs[at]
    used.add(para.start)
    spans.append(Span("title", *_trimmed(doc, para.start + label_end, para.end), para.page))
    for para in paragraphs[at + 1 : at + 1 + _FORM_FRONT]:
        text = doc.span_text(para)
        asker = next((m for p in label_patterns("asker_label") if (m := p.match(text))), None)
        if asker is not None and text[asker.end() :].strip():  # `質詢委員：林宜君` under the title field
            used.add(para.start)
            spans.append(Span("author", *_trimmed(doc, para.start + asker.end(), para.end), para.page))
            break
    return spans


_STANDFIRST = (20, 200)  # a standfirst is a sentence or two: longer than a name, shorter than a paragraph


_LONG_TITLE = 160  # a title runs to two printed lines at most; a standfirst to a sentence or two


def _over_doctype(doc: Document, para: Span) -> bool:
    """True when the printed line right under `para` names the kind of paper (`Report of the Secretary-General`),
    whichever pass took it (a doctype line is taken wherever it stands in the front): a cover's title stands
    there, never the text's first paragraph."""
    under = doc.text[para.end :].lstrip("\n").split("\n", 1)[0]
    return _front_furniture(under) == "doctype"


def _long_front_line(doc: Document, paragraphs: list[Span], para: Span, at: int) -> bool:
    """True for a front line longer than a byline that is still front matter: the title (the first line past the
    journal and date lines, `Australia and Japan Sign a New Agreement on …` of a hundred characters) or the
    standfirst under it, ending with no stop, with a date line or a byline right under them (the text's first
    paragraph has neither under it). A title wrapped over two lines may stand right over its writers' names with
    no label (`Ana Lima and Ben Cho`): several names alone under the first line say it is the title too."""
    text = doc.span_text(para).strip()
    below = [p for p in paragraphs if p.start > para.start][: 2 - at + (at == 0)]  # a title: a doctype line may
    # stand between it and the names or the date (`A report of the … Project`)
    kind_under = at == 0 and _over_doctype(doc, para)
    longest = _STANDFIRST[1] if kind_under else _LONG_TITLE if at == 0 else _STANDFIRST[1]
    if (
        at == 1
        and text[-1:] in "。．."
        and len(text) <= longest
        and _stopped_standfirst(doc, [p for p in paragraphs if p.start > para.start][:2])
    ):
        return True  # a rubric written as a sentence over a labelled byline and the date line (`_stopped_standfirst`)
    following = [p for p in paragraphs if p.start > para.start][:1]
    if at == 1 and text[-1:] in "?？" and len(text) <= _STANDFIRST[1] and following:
        return _over_followed_name(doc, following[0])  # a subtitle asking a question over the writer's name and
        # follow button (lay82b, `_standfirst`)
    if at > 1 or len(text) > longest or text[-1:] in "。．.!！?？:：":
        return False
    if kind_under:
        return True  # the kind of paper right under it (`Report of the Secretary-General`): a long title's
        # cover, as an intergovernmental body's document prints it (three printed lines)
    if at == 0 and below and (
        _several_names(_KEY_SIGNS.sub("", doc.span_text(below[0])).strip()) or _keyed_name(doc.span_text(below[0]))
    ):
        return True
    if at == 0 and below and _in_capitals(text) and not _in_capitals(doc.span_text(below[0])):
        return True  # `AGREEMENT BETWEEN … CONCERNING …` wrapped over lines, then the text in mixed case: a treaty's
        # name set in capitals over its preamble, no byline nor date under it (lay88b)
    return any(
        _front_furniture(doc.span_text(p)) == "dateline" or _byline_opening(doc.span_text(p)) is not None
        for p in below
    )


_CAPITAL_WORDS = 6  # a line of capitals this many words long is set so as a title, no acronym or label


def _in_capitals(text: str) -> bool:
    """True for Latin text set wholly in capitals, of several words (`AGREEMENT BETWEEN THE GOVERNMENT OF …`)."""
    words = re.findall(r"[^\W\d_]+", text)
    return len(words) >= _CAPITAL_WORDS and all(w.isupper() for w in words)


_KEY_SIGNS = re.compile(r"[*＊∗†‡¹²³⁴⁵⁶⁷⁸⁹⁰ᵃᵇᶜᵈᵉᶠᵍʰ]+")
"""The signs keying names to affiliations or notes (`Ana Lima¹,²`), no part of the names."""


def _keyed_name(text: str) -> bool:
    """True for one person's name keyed to a note by a sign after it (`Maria Santos*`, `Ana Lima†`): a heading's
    capitalised words (`Key Findings`) carry no such key, a writer keyed to the note giving her post does."""
    text = text.strip()
    bare = _KEY_SIGNS.sub("", text).strip()
    return bare != text and text.startswith(bare) and _names_only(bare)


def _several_names(text: str) -> bool:
    """True for a line of two or more persons' names and nothing else (`Ana Lima and Ben Cho`, `Ana Lima, Ben
    Cho`): one name alone may be a heading's two capitalised words (`Key Findings`), two parted by `and` or commas
    are writers."""
    return _names_only(text) and len([p for p in _NAMES_SPLIT.split(text) if p]) >= 2


def _standfirst(doc: Document, rest: list[Span]) -> bool:
    """True when the first line under the title is its standfirst (`Crews practised boarding …` over `Rosa
    Delgado in Manila and agencies`): a line ending with no stop, neither names nor front furniture, standing
    right over the byline (its label and names, or names alone less the place they were filed from) or over
    the date line, in prose (`_is_prose`). With neither under it, the line may be the text's first sentence."""
    if len(rest) < 2:
        return False
    text, below = doc.span_text(rest[0]).strip(), doc.span_text(rest[1]).strip()
    if not _STANDFIRST[0] <= len(text) <= _STANDFIRST[1] or _names_only(text):
        return False
    if text[-1] in "。．.!！?？:：" and not (
        (text[-1] in "。．." and _stopped_standfirst(doc, rest[1:]))
        or (text[-1] in "?？" and _over_followed_name(doc, rest[1]))
    ):
        return False
    if _front_furniture(text) is not None or _is_byline_label(text) or _byline_opening(text) is not None:
        return False
    if _front_furniture(below) in ("dateline", "journal") and _is_prose(text):
        # `How a handful of …` over `12 May 2024` (or a newsletter's tagline over its issue line, `Issue 37 · …`):
        # front matter over the date, as over a byline; not a byline
        # the byline reader takes for names (`Tom Reed in Halifax and agencies`)
        return not any(s.kind == "author" for s in _bylines(doc, rest[:1], set(), "author"))
    label = _byline_opening(below)
    start = label.end() if label is not None else 0
    end = min((below.find(bar) for bar in "|｜" if bar in below), default=len(below))  # `By … | Photographs by …`
    return _names_only(places_dropped(below[start : _byline_end(below, start, end)].rstrip()))


def _over_followed_name(doc: Document, below: Span) -> bool:
    """True when `below` is a writer's name alone with a follow button right under it (`Daniel Okafor` over
    `Follow`; furniture.json 'follow_buttons'): a blogging platform's head, where the line between the title and
    the name is the post's subtitle even when it asks a question (`… What else has held?`, lay82b); a question
    that opens the text has no name with a follow button under it."""
    name = doc.span_text(below).strip()
    if not name or not _names_only(name):
        return False
    after = doc.text[below.end :].lstrip("\n \t\u3000")
    return follow_button(after.split("\n", 1)[0])


def _stopped_standfirst(doc: Document, under: list[Span]) -> bool:
    """True when a line under the title ending with a full stop may still be its standfirst (a web page's
    rubric written as a sentence, `Tracking dark shipping … act on what they see.`), given the paragraphs `under`
    it: a labelled byline stands right under it (`By Daniel Whitcombe`) and the date line right under that. A
    short text's only paragraph over a closing byline has no date line under the byline, and the text's first
    paragraph has no byline under it."""
    if len(under) < 2:
        return False
    below, date = doc.span_text(under[0]).strip(), doc.span_text(under[1]).strip()
    return _byline_opening(below) is not None and _front_furniture(date) == "dateline"


_EMPTY_BEFORE = re.compile(r"\n[ \t\u3000]*\n[ \t\u3000]*$")
_EMPTY_AFTER = re.compile(r"[ \t\u3000]*\n[ \t\u3000]*\n")


def _set_apart(doc: Document, para: Span) -> bool:
    """True when the file sets the paragraph apart with an empty line above it and one below it."""
    start, end = doc.raw_span(para)
    return bool(_EMPTY_BEFORE.search(doc.raw, max(0, start - 80), start) and _EMPTY_AFTER.match(doc.raw, end))


_STOPPED_BELOW = 3  # paragraphs of the text under a standfirst (up to) that show the text's lines end with stops


def _every_line_apart(doc: Document) -> bool:
    """True for a file that sets every line apart with an empty line (a double-spaced export): there an empty
    line under a line marks no paragraph, so it is no evidence that the line stands alone."""
    filled = [bool(line.strip()) for line in doc.raw.splitlines()]
    while filled and not filled[-1]:
        filled.pop()
    return sum(filled) >= _STOPPED_BELOW + 1 and all(
        not filled[i + 1] for i in range(len(filled) - 1) if filled[i]
    )


def _stands_out(doc: Document, below: list[Span]) -> bool:
    """True when the paragraphs under a standfirst in a file of lines set apart (the first three, or as many as
    there are) are whole sentences, each ending with a stop and the first opening with no lower-case letter: the
    line without a stop above them then stands out as a standfirst, no line the text wraps at."""
    texts = [doc.span_text(p).strip() for p in below]
    texts = [t for t in texts if _byline_opening(t) is None and not closing_date_line(t)]  # the text's own lines
    return (
        bool(texts)
        and all(t[-1:] in "。．.!！?？" for t in texts)
        and not texts[0][:1].islower()
    )


def _standfirst_alone(doc: Document, paragraphs: list[Span], title: Span, first_heading: int) -> Span | None:
    """The standfirst standing alone under the title, with neither a byline nor a date under it (`Small states
    patrol vast waters with a few boats` over the text), or None: the paragraph right under the title, set apart
    by empty lines as the page printed it on its own, a sentence or two in prose ending with no stop, over a
    paragraph of the text that ends with one. The text's first sentence run on with the next (no empty line
    between them) stays text."""
    at = next((i for i, p in enumerate(paragraphs) if p.start >= title.end), None)
    if at is None or at + 1 >= len(paragraphs) or paragraphs[at + 1].start >= first_heading:
        return None
    para, below = paragraphs[at], doc.span_text(paragraphs[at + 1]).rstrip()
    text = doc.span_text(para).strip()
    if not _STANDFIRST[0] <= len(text) <= _STANDFIRST[1] or text[-1] in "。．.!！?？:：;；,，、" or _names_only(text):
        return None
    if _front_furniture(text) is not None or _is_byline_label(text) or _byline_opening(text) is not None:
        return None
    if below[-1:] not in "。．.!！?？" or not _is_prose(text) or not _set_apart(doc, para):
        return None
    if _every_line_apart(doc) and not _stands_out(doc, paragraphs[at + 1 : at + 1 + _STOPPED_BELOW]):
        return None  # every line set apart: the empty lines say nothing, the text under it must
    if any(len(found.edtf) == _DAY_PRECISION for found in find_dates(text)):
        return None  # `Tokyo, 27 March 2025 (transcript)`: a line giving the day is a dateline, no standfirst
    return para


_DAY_PRECISION = len("2025-03-27")


_PROSE_WORDS = 3  # a standfirst in Latin letters is prose: words in lower case, which a title in title case lacks


def _is_prose(text: str) -> bool:
    """True for a line of prose: in Latin letters, three words or more in lower case (a title's or a body's name
    in title case has none); in Chinese or Japanese, no affiliation named."""
    if _is_affiliation(text) and _CJK_LEAD.fullmatch(text.strip()) is None:
        return False  # a long CJK clause with a comma inside is prose, whatever word it holds (`朝市`, `都市`)
    return not _LATIN_WORD.match(text) or len(_LOWER_WORD.findall(text)) >= _PROSE_WORDS


_LATIN_WORD = re.compile(r"[A-Za-z]")
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]*")


def _byline_above_title(doc: Document, front: list[Span]) -> bool:
    """True when the first front line is a byline printed above the title (`By Elena Marsh and Kofi Mensah`,
    `作者：林怡君、許文彥`, `佐々木　優子（東都大学准教授）`, then the title): a byline's label with nothing but
    names after it, or names alone with a post in brackets, over a line that is neither names nor a byline.
    A title that opens like a byline (`By Sea and Air`) has no names after its first word."""
    if len(front) < 2:
        return False
    text, below = doc.span_text(front[0]).strip(), doc.span_text(front[1]).strip()
    if _names_only(below) or any(p.match(below) for p in label_patterns("byline")) or _front_furniture(below):
        return False
    label = _byline_opening(text)
    if label is not None:  # `記者陳美玲／高雄報導`: the names, less the place the story was filed from
        end = _byline_end(text, label.end(), len(text))
        dated = _ON_DATE.search(text, label.end(), end)  # `Posted by … on March 3, 2025`: less the date
        if dated is not None and document_date([dated.group(1)], []) is not None:
            end = dated.start()
        return _names_only(text[label.end() : end])
    post = _POST.search(text)
    if post is None or post.start() == 0:
        return False
    return _names_only(text[: post.start()]) and _is_affiliation(post.group(1))


_TITLE_WORDS = frozenset({"of", "for", "in", "the", "on", "to", "a", "an", "with", "between", "after", "from", "at"})
_CJK = re.compile(r"[\u3041-\u30ff\u4e00-\u9fff]")


def _series_label_over_title(doc: Document, first: Span, rest: list[Span]) -> bool:
    """True for a first front line in Chinese or Japanese that names a report's series, not the report: under it
    a longer line in the same script, neither a byline nor a date or label line, over its English version
    (`_translated_title`). The English title translates the line it stands under, so that line is the title; the
    shorter line above it, which nothing translates, labels the series (a yearly assessment, a working paper)."""
    if len(rest) < 2:
        return False
    label, title, english = (doc.span_text(p).strip() for p in (first, rest[0], rest[1]))
    return (
        _CJK.search(label) is not None
        and _CJK.search(title) is not None
        and len(title) > len(label)
        and not _CJK_SENTENCE.search(title)
        and _front_furniture(title) is None
        and not any(p.match(title) for p in label_patterns("byline"))
        and not _names_only(title)
        and _translated_title(title, english)
    )


_KICKER = re.compile(r"[\u3041-\u30ff\u4e00-\u9fff々]{2,6}")
"""A kicker in Chinese or Japanese: a short run of characters with no sign or space (`港口新闻`, `海と人`)."""
_KICKER_GAIN = 4  # characters at least by which the title under a kicker is the longer line
_CJK_STOP = re.compile(r"[。！？；]")


_HEADLINE_WIDTH = 120  # characters of a headline on one line: a question a page asks in its title is short


def _headline_under_labels(doc: Document, front: list[Span]) -> bool:
    """True for a front whose lines above its last are all labels (a kicker, a doctype, a journal or date line:
    `Explainers` over `What is …?`) and whose last is one short line asking a question: the page's only headline,
    not the body's first paragraph, which would leave a label as the title (lay73). A headline ending in `?` reads
    as a sentence; a body's first paragraph under a kicker is longer than a line or ends on a stop."""
    last = doc.span_text(front[-1]).strip()
    if len(front) < 2 or "\n" in last or len(last) > _HEADLINE_WIDTH or not last.endswith("?"):
        return False
    return all(_front_furniture(doc.span_text(p)) is not None for p in front[:-1])


def _kicker_over_title(doc: Document, first: Span, rest: list[Span]) -> bool:
    """True for a first front line that is a page's kicker (the section or kind of piece), not its title: a short
    run of Chinese or Japanese characters alone, over a longer line with no sentence's stop that is neither names
    nor a byline nor a date or label line, under which (past a dashed subtitle) a byline opens with its label
    (`撰文／`, `作者：`, `文／`), or which ends with such a byline after a wide gap. The labelled byline names the
    writers of the line right above it: that line is the title, and the short line over it labels the page. A
    short title over a standfirst (a sentence) or over an unlabelled line keeps its place."""
    label = doc.span_text(first).strip()
    if not rest or (_KICKER.fullmatch(label) is None and not _ends_trail(doc, first, label)):
        return False
    glued = _byline_after_title(doc.text, *_trimmed(doc, rest[0].start, rest[0].end))
    if glued is not None:  # `菲律賓與日本的防衛合作　撰文：王大明`: the title and its labelled byline on one line
        title = doc.text[rest[0].start : glued[0]].strip()
        labelled = True
    elif len(rest) < 2:
        return False
    else:
        title = doc.span_text(rest[0]).strip()
        below = rest[2] if _SUBTITLE.match(doc.span_text(rest[1])) and len(rest) > 2 else rest[1]
        labelled = _byline_opening(doc.span_text(below).strip()) is not None
    return (
        _CJK.search(title) is not None
        and len(title) >= len(label) + _KICKER_GAIN
        and _CJK_STOP.search(title) is None
        and _front_furniture(title) is None
        and _byline_opening(title) is None
        and not _names_only(title)
        and labelled
    )


_KIND_WORDS = 5  # words at most of a kind of piece printed over a title that opens with it


def _kind_opens_title(doc: Document, first: Span, rest: list[Span]) -> bool:
    """True for a short first line that the next line opens with and goes on from (`Joint Press Conference` over
    `Joint Press Conference by the Defence Ministers of …`, `記者会見` over `記者会見（…）`): the page's kind of
    piece printed as a kicker, then again as the start of the full title; the longer line is the title."""
    label = doc.span_text(first).strip()
    below = doc.span_text(rest[0]).strip() if rest else ""
    if not label or len(label.split()) > _KIND_WORDS or not below.startswith(label):
        return False
    tail = below[len(label) :]
    return len(tail.strip()) >= 3 and (tail[0].isspace() or not label[-1].isascii()) and _CJK_STOP.search(below) is None


_TRAIL_STEP = re.compile(r"[ \t\u3000]*[>›»＞〉/／][ \t\u3000]*")


def _ends_trail(doc: Document, first: Span, label: str) -> bool:
    """True when `label` repeats the last step of the breadcrumb trail printed right above it (`首頁 > 出版品 >
    海洋安全即時評析` over `海洋安全即時評析`): the page names the section it stands in, its kicker, however
    long the section's name; the title is the next line."""
    above = [s for s in doc.spans if s.kind == "navigation" and s.end <= first.start]
    if not above or doc.text[above[-1].end : first.start].strip():
        return False
    steps = _TRAIL_STEP.split(doc.span_text(above[-1]).strip())
    return len(steps) >= 2 and steps[-1] == label


_GLUED_KICKER = re.compile(r"([A-Z][A-Z&' -]{2,30}?)[ \t]*(?:[—–]|--|:)[ \t]+(?=[\"“‘'A-Z0-9])")
"""A kicker in capitals printed on the title's line before a dash or a colon (`ANALYSIS — Why …`, `OPINION: …`)."""
_GLUED_BAR_KICKER = re.compile(r"([A-Z][a-z]+(?: [A-Za-z]+){0,2})[ \t]+[|｜][ \t]+(?=[\"“‘'A-Z0-9])")
"""A kicker in title case printed on the title's line before a bar (`Commentary | The quiet logic of …`): a kind of
piece (`piece_kickers`), the headline after the bar in sentence case (a programme's name after the bar, `Commentary |
Asia Program`, is the doctype's whole line, data/layout.json)."""
_GLUED_BRACKET_KICKER = re.compile(r"([【［\[][^】］\]\s]{2,6}[】］\]])[ \t\u3000]*(?=\S)")
"""A kind of piece in brackets glued before the headline (`【解説】日比…`): the doctype, the title after it."""
_GLUED_CJK_KICKER = re.compile(r"([\u3041-\u30ff\u4e00-\u9fff]{2,6})[ \t\u3000]*[｜丨|／][ \t\u3000]*(?=\S)")
"""A kicker in Chinese or Japanese printed on the title's line before a bar or a slash (`评论｜…`, `專訪／…`)."""


def _glued_kicker(title: str) -> re.Match[str] | None:
    """The kicker opening a title's line, or None: words in capitals naming the kind of piece (`data/layout.json`
    `piece_kickers` or `doctype`: `ANALYSIS`, `SPECIAL REPORT`), then a dash or a colon and the title in its own
    case; in Chinese or Japanese such a word before a bar or a slash (`评论｜…`, `專訪／…`). The kicker is the
    page's doctype, as on a line of its own over the title; words that name no kind of piece (`BREAKING`, a place's
    dateline `MANILA —`, a section `港口｜`) keep the title whole."""
    glued = (
        _GLUED_KICKER.match(title)
        or _GLUED_BAR_KICKER.match(title)
        or _GLUED_CJK_KICKER.match(title)
        or _GLUED_BRACKET_KICKER.match(title)
    )
    if glued is None or glued.end() >= len(title) or title[glued.end() :].isupper():
        return None
    kicker = glued.group(1).strip()
    return glued if fullmatches_label(kicker, ("piece_kickers",)) or fullmatches_label(kicker, ("doctype",)) else None


_WIDE_GAP = re.compile(r"\u3000+|[ \t]{2,}")


def _byline_after_title(text: str, start: int, end: int) -> tuple[int, list[tuple[int, int]]] | None:
    """(where the title ends, the writers' (start, end)) for a title line that ends with its byline after a wide
    gap (`…合作迈出新步伐　文／刘海峰`, `Why Small Navies Share Radars   By Ana Lima`): a byline's label
    (`data/layout.json` `byline`) and names alone after it, the title before the gap. None for any other title:
    a label with no names after it, or names with no label (a title may end on two capitalised words)."""
    for gap in _WIDE_GAP.finditer(text, start, end):
        label = _byline_opening(text[gap.end() : end])
        if label is None or gap.start() == start:
            continue
        names_at = gap.end() + label.end()
        names_end = names_at + _byline_end(text[names_at:end], 0, end - names_at)
        names = text[names_at:names_end].rstrip()
        if not names or not _names_only(names):
            return None
        pieces, cursor = [], 0
        for separator in _NAMES_SPLIT.finditer(names):
            pieces.append((cursor, separator.start()))
            cursor = separator.end()
        pieces.append((cursor, len(names)))
        return gap.start(), [(names_at + a, names_at + b) for a, b in pieces if b > a]
    return None


def _translated_title(title: str, line: str) -> bool:
    """True for a title's English version printed right under a title in Chinese or Japanese (`日本の…支援の展開`
    over `Japan's Capacity Building Assistance for Coast Guards`): a line in Latin letters of four words or more,
    one a small word titles have and names do not (`for`, `of`, `the`; not `and`), ending with no full stop."""
    words = line.split()
    return (
        _CJK.search(title) is not None
        and _CJK.search(line) is None
        and line[:1].isupper()
        and not line.rstrip().endswith(".")
        and (
            (len(words) >= 4 and any(w in _TITLE_WORDS for w in words[1:]))
            or _same_numbers(title, words)
        )
    )


_NUMBER = re.compile(r"\d+")


def _same_numbers(title: str, words: list[str]) -> bool:
    """True for a line of two or more words in capitals or digits that holds the numbers the title holds, and
    some (`外交青書2024` over `Diplomatic Bluebook 2024`): a yearbook's name in English repeats its year, which no
    writer's name nor a publisher's line (`Tokyo: Example Press`) does."""
    numbers = _NUMBER.findall(title)
    return (
        len(words) >= 2
        and bool(numbers)
        and _NUMBER.findall(" ".join(words)) == numbers
        and all(w[:1].isupper() or w.isdigit() for w in words)
    )


def _bylines_after_summary(
    doc: Document, paragraphs: list[Span], used: set[int], first_heading: int, front: list[Span]
) -> list[Span]:
    """Author spans of a byline standing under its label and a colon (`作者：…`, `Authors: …`) after the abstract
    or keywords and before the first heading: a brief that prints its summary before its writers. [] when the
    document has no abstract or keywords, or no such line."""
    if not any(s.kind in ("abstract", "keywords") for s in front):
        return []
    summary_end = max(s.end for s in front if s.kind in ("abstract", "keywords"))
    for para in paragraphs[:12]:
        if para.start >= first_heading:
            break
        if para.start in used or para.start < summary_end:
            continue
        text = doc.span_text(para)
        label = next((m for p in label_patterns("byline_label") if (m := p.match(text))), None)
        if label is not None and text[: label.end()].rstrip()[-1:] in (":", "："):
            return [s for s in _bylines(doc, [para], used, "author") if s.kind in ("author", "affiliation")]
    return []


def _second_language(doc: Document, paragraphs: list[Span], start: int, used: set[int]) -> list[Span]:
    """A bilingual front matter's second part (title, authors, abstract and keywords in another language)."""
    window = paragraphs[start : start + 8]
    abstract_at = next((i for i, p in enumerate(window) if _label_end(doc.span_text(p), "abstract") is not None), None)
    if abstract_at is None:
        return []
    spans: list[Span] = []
    head = window[:abstract_at]
    if len(head) > _SECOND_HEAD or any(_ends_sentence(doc.span_text(p)) for p in head):
        return []  # the text's paragraphs before a later abstract: no second front under the first
    if head:
        first = head[0]
        used.add(first.start)
        spans.append(Span("translated-title", *_trimmed(doc, first.start, first.end), first.page))
        spans += _bylines(doc, head[1:], used, "translated-author")
    for kind in ("abstract", "keywords"):
        para = next((p for p in window[abstract_at:] if _label_end(doc.span_text(p), kind) is not None), None)
        if para is None:
            continue
        offset = _label_end(doc.span_text(para), kind) or 0
        a, b = _trimmed(doc, para.start + offset, para.end)
        used.add(para.start)
        at = window.index(para)
        if b <= a and at + 1 < len(window) and _label_end(doc.span_text(window[at + 1]), "keywords") is None:
            para = window[at + 1]  # `ABSTRACT` alone over its text
            a, b = _trimmed(doc, para.start, para.end)
            used.add(para.start)
        spans.append(Span(kind, a, b, para.page))
        if kind == "keywords":
            spans += _piece_spans(doc, a, b, _KEYWORD_SPLIT, "keyword")
    return spans


_SECOND_HEAD = 4  # a second front's title and bylines over its abstract label: a few lines
_CLOSING_FRONT = 8  # paragraphs at the text's end a second front printed last may hold (title to keywords)


def _ends_sentence(text: str) -> bool:
    return text.rstrip()[-1:] in "。！？.!?"


def _closing_second_language(doc: Document, paragraphs: list[Span], start: int, used: set[int]) -> list[Span]:
    """A second language's front printed last, after the text and its reference list (Taiwanese journals print
    the English title, the writers' names, `Abstract` and its text and `Keywords:` so): the same reading as
    `_second_language`, from the title over the last abstract label among the text's last paragraphs."""
    first = max(start, len(paragraphs) - _CLOSING_FRONT)
    label = next(
        (i for i in range(len(paragraphs) - 1, first - 1, -1) if _label_end(doc.span_text(paragraphs[i]), "abstract")),
        None,
    )
    if label is None:
        return []
    head = label
    while head > first and label - head < _SECOND_HEAD and not _ends_sentence(doc.span_text(paragraphs[head - 1])):
        head -= 1
    if head == label:
        return []  # no title over the label: an abstract of nothing
    return _second_language(doc, paragraphs, head, used)


def _strip_trailing_markers(doc: Document, start: int, end: int) -> int:
    """The abstract ends before a note marker standing after its last sentence."""
    for marker in sorted(doc.markers, key=lambda m: -m.start):
        trailing = marker.end == end or (marker.end <= end and doc.text[marker.end : end].strip() == "")
        if trailing and marker.start >= start:
            end = marker.start
    return _trimmed(doc, start, end)[1]


_NAME_WORD = re.compile(r"[A-Z][a-z'’-]+|[A-Z]\.")
_CJK_SPEAKER = re.compile(r"[\u4e00-\u9fff]{2,3}|[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,8}")


def _speaker_in_title(doc: Document, front: list[Span]) -> list[Span]:
    """The author span of a speaker named in a speech's title (`Remarks by Deputy Secretary Ana Ruiz at the …
    Forum`; `data/layout.json`, `speaker_title`), or []: the last two capitalised words before the place or
    audience (three with an initial between them), none of them a word of a post (`speaker_post`), after a post
    or before a comma and a post (`Statement by Ana Ruiz, Director of …`). A post with no name (`Remarks by the
    Minister for Defence at …`, `… by Secretary of State Doe`: one name word) names no author."""
    title = next((s for s in front if s.kind == "title"), None)
    if title is None:
        return []
    text = doc.span_text(title)
    said = next((m for p in label_patterns("speaker_title") if (m := p.match(text))), None)
    if said is None:
        return []
    at = title.start + said.start("who")
    if _CJK.match(said.group("who")):  # `自然资源部副部长周海涛在…上的讲话`: the name after the last post word
        posts_cjk = [m for p in label_patterns("speaker_post_cjk") for m in p.finditer(said.group("who"))]
        cut = max((m.end() for m in posts_cjk), default=0)
        if not cut or not _CJK_SPEAKER.fullmatch(said.group("who"), cut):
            return []
        return [Span("author", at + cut, title.start + said.end("who"), title.page)]
    words = list(re.finditer(r"\S+", said.group("who")))
    size = 3 if len(words) >= 3 and re.fullmatch(r"[A-Z]\.", words[-2].group()) else 2
    if len(words) < size:
        return []
    name, post = words[-size:], words[:-size]
    posts = label_patterns("speaker_post")
    if any(not _NAME_WORD.fullmatch(w.group()) or any(p.fullmatch(w.group()) for p in posts) for w in name):
        return []
    if not any(p.fullmatch(w.group()) for p in posts for w in post) and not said.group(0).endswith(","):
        return []  # a name is known by a post before it or after its comma (`Remarks by Harbour Staff at …`)
    return [Span("author", at + name[0].start(), at + name[-1].end(), title.page)]

