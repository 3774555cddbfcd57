"""Stage 2, *structure*: name the parts of the repaired body — title, authors, abstract, keywords, headings.

The front matter is what comes before the abstract label (`〔提 要〕`, `摘要：`, `Abstract`) or, without one, the
short lines before the first heading. Its first block is the title (a running copy of the title printed just
above it is dropped, and a trailing `*` note sign is left outside the title span); the short blocks after
it are the authors. Heading ranks become levels 1, 2, … for the shapes this document uses.
"""

from __future__ import annotations

import bisect
import re
from functools import cache

from allyscope.layout.affiliations import names_with_readings
from allyscope.layout.dating import (
    document_date,
    edge_line_counts,
    has_labelled_date,
    is_issue_line,
    is_numbered_dateline,
    max_dateline,
)
from allyscope.layout.furniture import agency_at_end, furniture_kind, is_agency
from allyscope.layout.headings import levels_for, nest_levels
from allyscope.layout.notes import any_label, front_furniture_kind, fullmatches_label, label_patterns
from allyscope.model import Document, Span, make_heading, make_marker, sorted_spans

_STAR = re.compile(
    r"[\s\u3000]*[*＊∗※☆★†‡§‖¶¹²³⁴⁵⁶⁷⁸⁹⁰]+$|(?<=[^\W\d_])[ \t]?[\[［]\d{1,2}(?:[,，]\d{1,2})*[\]］]$"
)  # a note sign or affiliation key (`¹`, ` [1]`), left outside
_SUBTITLE = re.compile(r"[—―─－~〜～]{1,2}[\s\u3000]*\S")  # `——以…為例`, `―…を中心に―`: a subtitle under the title
_KEYWORD_SPLIT = re.compile(r"[;；,，、]|\s{2,}|\u3000")
_AUTHOR_SPLIT = re.compile(
    r"\s*(?:[、,，;；&|｜]|\b(?:and|AND)\b|(?<![A-Za-zＡ-Ｚａ-ｚ.．])\u3000|\u3000(?![A-Za-zＡ-Ｚａ-ｚ])|\s{2,}"
    r"|(?<![\u30a1-\u30fa\u30fc])・(?![\u30a1-\u30fa\u30fc]))\s*"
)  # `Anna Lee | Ben Cho` too; `鈴木一郎＊・高橋美咲`, not the dot inside a katakana name (`ジョン・スミス`), nor the
# ideographic space between the words of one Latin name (`OKADA　Takeshi　and　Maria　REYES`, `Ｊｏｈｎ　Ｓｍｉｔｈ` in
# full-width letters)
_KANA = re.compile(r"[\u3041-\u30ff]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]")


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


def _trimmed(doc: Document, start: int, end: int) -> tuple[int, int]:
    while start < end and doc.text[start] in " \u3000\t\n":
        start += 1
    while end > start and doc.text[end - 1] in " \u3000\t\n":
        end -= 1
    return start, end


def _piece_spans(doc: Document, start: int, end: int, splitter: re.Pattern[str], kind: str) -> list[Span]:
    spans = []
    cursor = start
    text = doc.text[start:end]
    for match in [*splitter.finditer(text), None]:
        piece_end = start + match.start() if match else end
        a, b = _trimmed(doc, cursor, piece_end)
        if b > a:
            spans.append(Span(kind, a, b))
        if match:
            cursor = start + match.end()
    return spans


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
    if marks:
        spans += _second_language(doc, paragraphs, max(marks) + 1, used)
        front = paragraphs[: min(marks)]
    else:
        front = []
        labelled = 0  # the journal line above the title: not counted among the four
        posts = 0  # an author's post or a dateline under the title: two authors with a post each take four lines
        for para in paragraphs:
            text = doc.span_text(para)
            full = len(front) - labelled - posts >= 4 and _front_furniture(text) is None  # a date line may follow
            if para.start >= first_heading or full or (len(text) > 80 and not (
                len(front) > labelled and len(text) <= 160 and any(p.match(text) for p in label_patterns("byline"))
            )):  # a byline naming writers with their posts may be long (`Written by …, Senior Fellow, and …`)
                break
            if len(front) == labelled and (
                _front_furniture(text) is not None or fullmatches_label(text.strip(), ("issuer",))
            ):
                labelled += 1  # a journal, doctype, date or issuing body's line above the title
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
        ):
            front = front[:-1]  # the body's first paragraph, standing before the first heading
    spans += _labelled_front_lines(doc, paragraphs, used, first_heading)
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
        and (kind := _front_furniture(doc.span_text(front[0])) or _masthead(doc, front) or _issuer(doc, front, spans))
        and not _byline_above_title(doc, front)  # `Posted by … on March 3, 2025` over the title: a byline
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
    if len(spans) > before_title and (kind := _front_furniture(doc.span_text(title))) is not None:
        used.add(title.start)  # a release's label over its date alone: the date is no title
        spans.append(Span(kind, *_trimmed(doc, title.start, title.end), title.page))
        return spans, used
    if len(spans) > before_title and _CJK_SENTENCE.search(doc.span_text(title)):
        return spans, used  # a release's label and date over its text (`…新闻稿`, the date, `今天，…。`): no title
    if _byline_above_title(doc, front):  # `By … and …` over the title: the title is the next line
        title, rest = front[1], [front[0], *front[2:]]
    if rest and _STAR.sub("", doc.span_text(rest[0])).strip() == _STAR.sub("", doc.span_text(title)).strip():
        used.add(title.start)
        title, rest = rest[0], rest[1:]
    used.add(title.start)
    star = _STAR.search(doc.span_text(title))
    t_start, t_end = _trimmed(doc, title.start, title.start + star.start() if star else title.end)
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
    spans += _bylines(doc, rest, used, "author")
    return spans, used


_LATIN_NAME = re.compile(r"(?:[A-Z][A-Za-z'’-]+|[A-Z]\.)(?:[ \t]+(?:[A-Z][A-Za-z'’-]+|[A-Z]\.)){1,3}")
_CJK_PERSON = re.compile(r"[\u4e00-\u9fff々·]{2,4}|[\u4e00-\u9fff々]{1,3}[ \u3000]+[\u4e00-\u9fff々]{1,3}")
_NAMES_SPLIT = re.compile(r"[ \t]*(?:[、,，;；&]|\b(?:and|AND)\b|・)[ \t]*")


_STANDFIRST = (20, 200)  # a standfirst is a sentence or two: longer than a name, shorter than a paragraph


def _standfirst(doc: Document, rest: list[Span]) -> bool:
    """True when the first line under the title is its standfirst (`Crews practised boarding …` over `Rosa
    Delgado in Manila and agencies`): a line ending with no stop, neither names nor front furniture, standing
    right over the byline (its label and names, or names alone less the place they were filed from)."""
    if len(rest) < 2:
        return False
    text, below = doc.span_text(rest[0]).strip(), doc.span_text(rest[1]).strip()
    if not _STANDFIRST[0] <= len(text) <= _STANDFIRST[1] or text[-1] in "。．.!！?？:：" or _names_only(text):
        return False
    if _front_furniture(text) is not None or _is_byline_label(text) or _byline_opening(text) is not None:
        return False
    label = _byline_opening(below)
    start = label.end() if label is not None else 0
    end = min((below.find(bar) for bar in "|｜" if bar in below), default=len(below))  # `By … | Photographs by …`
    return _names_only(below[start : _byline_end(below, start, end)].rstrip())


def _names_only(text: str) -> bool:
    """True for a line of one or more persons' names and nothing else: Latin names of two to four capitalised
    words (not `Sea and Air`: one word each), Chinese or Japanese names of two to four characters or two runs
    parted by a space, parted by commas, `、`, `・` or `and`."""
    pieces = [p for p in _NAMES_SPLIT.split(text.strip()) if p]
    return bool(pieces) and all(_LATIN_NAME.fullmatch(p) or _CJK_PERSON.fullmatch(p) for p in pieces)


def _byline_opening(text: str) -> re.Match[str] | None:
    """The longest byline label opening `text` (`By`, `研究員`, `撰文／`; data/layout.json `byline`), or None."""
    return max((m for p in label_patterns("byline") if (m := p.match(text))), key=lambda m: m.end(), default=None)


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


def _translated_title(title: str, line: str) -> bool:
    """True for a title's English version printed right under a title in Chinese or Japanese (`日本の…支援の展開`
    over `Japan's Capacity Building Assistance for Coast Guards`): a line in Latin letters of four words or more,
    one a small word titles have and names do not (`for`, `of`, `the`; not `and`), ending with no full stop."""
    words = line.split()
    return (
        _CJK.search(title) is not None
        and _CJK.search(line) is None
        and len(words) >= 4
        and line[:1].isupper()
        and not line.rstrip().endswith(".")
        and any(w in _TITLE_WORDS for w in words[1:])
    )


_LEAD_NAMES = re.compile(r"(?:[、，,\s\u3000]|(?<![\u30a1-\u30fa\u30fc])・(?![\u30a1-\u30fa\u30fc]))+")
"""What parts the names of a lead or closing byline: not the dot inside a katakana name (`ソフィア・ベルク`)."""
_LEAD_PARAGRAPHS = 3  # a story's first paragraph stands within the first few, after a caption or a dateline


@cache
def _lead_patterns() -> list[re.Pattern[str]]:
    """The lead bylines' expressions, `{place}` standing for one of the places a story is filed from."""
    places = "|".join(p.pattern for p in label_patterns("dateline_places"))
    return [re.compile(p.pattern.replace("{place}", places)) for p in label_patterns("lead_byline")]


def _lead_bylines(doc: Document, paragraphs: list[Span], used: set[int]) -> list[Span]:
    """Author spans of a byline printed at the start of a story's first paragraph (`〔記者陳建宏／台北報導〕…`,
    `…11月8日电（记者 赵一鸣 孙婷）…`; `data/layout.json`, `lead_byline`), or [] when it has none: the names are the
    authors, the paragraph stays text."""
    for para in [p for p in paragraphs if p.start not in used][:_LEAD_PARAGRAPHS]:
        text = doc.span_text(para)
        match = next((m for p in _lead_patterns() if (m := p.match(text))), None)
        if match is None:
            continue
        at = para.start + match.start("names")
        latin = not _HAN.search(match.group("names"))  # `By Jane Doe and Li Wei WASHINGTON —`: names of words
        split = _AUTHOR_SPLIT if latin else _LEAD_NAMES
        spans = _piece_spans(doc, at, para.start + match.end("names"), split, "author")
        return [Span("author", s.start, s.end, para.page) for s in spans]
    return []


_END_PARAGRAPHS = 3  # a story's closing byline stands among its last paragraphs, above the page's furniture


def _end_bylines(doc: Document, paragraphs: list[Span], used: set[int]) -> list[Span]:
    """Author and affiliation spans of a byline in brackets standing as one of a story's last paragraphs
    (`（政治部　山口真一）`; `data/layout.json`, `end_byline`), or [] when there is none. The paragraph is the
    byline, no longer text."""
    for para in [p for p in paragraphs if p.start not in used][-_END_PARAGRAPHS:]:
        text = doc.span_text(para).strip()
        match = next((m for p in label_patterns("end_byline") if (m := p.fullmatch(text))), None)
        if match is None:
            continue
        at = doc.text.index(text, para.start)
        labels = any_label(("byline",))  # `（本报记者　某甲　通讯员　某乙）`: a label between names is no name
        spans = [
            Span("author", s.start + _filed_from(doc.span_text(s)), s.end, para.page)
            for s in _piece_spans(doc, at + match.start("names"), at + match.end("names"), _LEAD_NAMES, "author")
            if labels.fullmatch(doc.span_text(s) + " ") is None
        ]
        if "unit" in match.re.groupindex and match.group("unit"):
            spans.append(Span("affiliation", at + match.start("unit"), at + match.end("unit"), para.page))
        used.add(para.start)
        return spans
    return []


_BIO_WIDTH = 300
"""A closing bio is a sentence or two about the writer: a longer paragraph is text."""


def _closing_bio(doc: Document, paragraphs: list[Span], used: set[int]) -> list[Span]:
    """The author and author-bio spans of a text that names its writer only in a bio closing it (`Grace Okafor is
    a senior fellow at …`, `About the author: …`, `（本文作者王海涛系…副教授）`, `（陳柏宇／…研究員）`,
    `山本一郎（やまもと・いちろう）　東都大学…教授。`; `data/layout.json`, `closing_bio`), or [] when it has
    none. Read only in the last paragraph and the author-bio lines after it, and only where the post a pattern
    names is an affiliation."""
    boxed = _author_box(doc, paragraphs, used)
    if boxed:
        return boxed
    tail = [p for p in paragraphs if p.start not in used][-1:]
    after = tail[0].start if tail else 0
    lines = [*tail, *(s for s in doc.spans if s.kind == "author-bio" and s.start >= after)]
    for span in lines:
        text = doc.span_text(span).rstrip()
        # the bio opens the paragraph, or is glued to the end of its last sentence (a short closing line read
        # as the end of the paragraph above it): each sentence's start, the first that opens a bio
        for start in [0, *(m.end() for m in _SENTENCE_END.finditer(text) if m.end() < len(text))]:
            if len(text) - start > _BIO_WIDTH:
                continue
            match = next((m for p in label_patterns("closing_bio") if (m := p.match(text, start))), None)
            if match is None or ("post" in match.re.groupindex and not _is_affiliation(match.group("post"))):
                continue
            found = [Span("author", span.start + match.start("names"), span.start + match.end("names"), span.page)]
            if span.kind == "paragraph":
                found.append(Span("author-bio", *_trimmed(doc, span.start + start, span.end), span.page))
            return found
    return []


_BOX_LABEL_WIDTH = 40


def _author_box(doc: Document, paragraphs: list[Span], used: set[int]) -> list[Span]:
    """The author and affiliation spans of an author box closing a page: a bare author-section label (`ABOUT THE
    AUTHOR`, `著者紹介`: an author-bio line of no sentence), then a line of names alone, then, it may be, a line
    naming where they work, and nothing after them. [] when the page has no such box."""
    for label in (s for s in doc.spans if s.kind == "author-bio" and s.end - s.start <= _BOX_LABEL_WIDTH):
        below = [p for p in paragraphs if p.start >= label.end and p.start not in used]
        if not 1 <= len(below) <= 2 or not _names_only(doc.span_text(below[0])):
            continue
        if len(below) == 2 and not _is_affiliation(doc.span_text(below[1])):
            continue
        found = [Span("author", *_trimmed(doc, below[0].start, below[0].end), below[0].page)]
        if len(below) == 2:
            found.append(Span("affiliation", *_trimmed(doc, below[1].start, below[1].end), below[1].page))
        return found
    return []


def _filed_from(piece: str) -> int:
    """Where a closing byline's name starts after the place it was filed from (`北京＝田村亮`): after the sign."""
    return max(piece.rfind("＝"), piece.rfind("=")) + 1


def _labelled_front_lines(doc: Document, paragraphs: list[Span], used: set[int], first_heading: int) -> list[Span]:
    """The labelled front lines (`DOI:`, `收稿日期：`, `Funding:`) standing after the abstract or keywords and
    before the first heading: front matter, not the body's first paragraph."""
    spans: list[Span] = []
    for para in paragraphs[:12]:
        if para.start >= first_heading:
            break
        if para.start in used:
            continue
        kind = front_furniture_kind(doc.span_text(para))
        if kind is not None and any(p.start in used for p in paragraphs if p.start < para.start):
            used.add(para.start)
            spans.append(Span(kind, *_trimmed(doc, para.start, para.end), para.page))
    return spans


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


def _masthead(doc: Document, front: list[Span]) -> str | None:
    """`journal` for a first front line printed over the journal's issue line (`Journal of …` above `Vol. 14,
    No. 2 (2024)`): a journal's name set on a line of its own, with two lines still below for title and author."""
    if len(front) < 4 or _front_furniture(doc.span_text(front[1])) != "journal":
        return None
    text = doc.span_text(front[0]).strip()
    if text.endswith((".", "。")) or _NOT_A_NAME.search(text) is not None:
        return None
    return "journal"


def _issuer(doc: Document, front: list[Span], before: list[Span]) -> str | None:
    """`affiliation` for the short line naming who issues a release (`海上保安庁`), printed under its label and
    date and above the title (`報道発表資料`, `令和6年6月3日`, `海上保安庁`, then the title), or first, over the
    title and its date (`某某研究室`, the title, `（2024年3月）`)."""
    if len(front) < 2:
        return None
    text = doc.span_text(front[0]).strip()
    if any(p.match(doc.span_text(front[1])) for p in label_patterns("byline")):
        return None  # a byline under it (`研究主持人：…`): the line is the title, whatever word it ends with
    if before and before[-1].kind in ("dateline", "doctype"):
        short = len(text) <= 15 and _is_affiliation(text) and not _NOT_A_NAME.search(text)
        named = before[-1].kind == "doctype" and fullmatches_label(text, ("issuer",))
        if named and fullmatches_label(doc.span_text(front[1]).strip(), ("issuer",)):
            named = False  # `Fact Sheet`, `… Training Initiative`, `Office of the Spokesperson`: the body issuing
            # it stands under the title naming a body
        return "affiliation" if short or named else None  # `Press release`, then `Office of the Spokesperson`
    # first, over a longer title with a date under it or under its byline (`某某研究室`, the title, `（2024年3月）`)
    if not fullmatches_label(text, ("issuer",)):
        return None
    below = [(doc.span_text(p), _front_furniture(doc.span_text(p))) for p in front[2:8]]
    if not any(kind == "dateline" for _, kind in below):
        return None
    # the line under it is the title when it is the longer, or when names stand under that line (a title naming
    # a body, `The Pacific Islands Forum`, over `Mere Vaka` and a date keeps its place)
    longer = len(doc.span_text(front[1]).strip()) > len(text)
    named = any(_is_byline_label(t) or (kind is None and not _is_affiliation(t)) for t, kind in below)
    return "affiliation" if longer or named else None


_CJK_SENTENCE = re.compile(r"[，、].{8,}。\s*$")
"""A CJK sentence of some length ending with a full stop: text, never a title."""
_DOCTYPE_DATE = re.compile(
    r"([^,，|｜]{2,40}?)[ \t]*[,，|｜][ \t]*"
    r"(?=\d{1,2}[ \t]+[A-Z][a-z]+[ \t]+\d{4}$|[A-Z][a-z]+[ \t]+\d{1,2},[ \t]*\d{4}$)"
)
"""A front line naming the kind of paper and then its date (`Commentary, 14 May 2024`)."""


def _front_furniture(text: str) -> str | None:
    """The kind of a front line that is neither title nor author: `journal`, `doctype`, `dateline`, a labelled
    line (`identifier`, `history`, `funding`, `author-bio`), or None."""
    labelled = front_furniture_kind(text)
    if labelled is not None:
        return labelled
    if has_labelled_date(text):
        return "dateline"
    if is_issue_line(text):
        return "dateline" if is_numbered_dateline(text.strip()) else "journal"
    if fullmatches_label(text.strip(), ("doctype",)):
        return "doctype"
    if (dated := _DOCTYPE_DATE.match(text.strip())) is not None and fullmatches_label(dated[1], ("doctype",)):
        return "doctype"  # `Commentary, 14 May 2024`: the kind of paper, then its date (read as the date still)
    if any(p.match(text) for p in label_patterns("source")) or document_date([text], []) is not None:
        return "dateline"
    return None


_DATE_FIELD = re.compile(r"(?:[ \t]*[|｜·•][ \t]*|\u3000+|[ \t]{2,})([^|｜·•\u3000\n]{4,40}?)[\s\u3000]*$")
"""A byline's last field after a gap or a bar (`By … | March 3, 2024`): a dateline when it holds a date."""
_ON_DATE = re.compile(r"[ \t]+on[ \t]+([^|｜·•\u3000\n]{4,40}?)[\s\u3000]*$")
"""A labelled byline's date after `on` (`Posted by … on March 3, 2025`): read only where the label opens the line
and names alone stand between it and `on` (a sentence of the text may end `… on 12 July 2016.`)."""
_CJK_NAME = re.compile(r"[\u4e00-\u9fff·]{2,6}")
_DATED_BY = re.compile(r"[ \t]+(?:by|By|BY)[ \t]+([A-Z][^|｜\n]{1,80}?)[ \t]*$")
"""A dateline's last words naming who wrote it (`Posted on April 3, 2024 by Daniel Okafor`)."""
_NOT_A_NAME = re.compile(r"[。，；！？!?:：]|\d")
_SENTENCE_TAIL = re.compile(r"[a-z]{2,}\.\s*$")
"""A line ending with a full stop after a lowercase word (`… share patrol duties.`): a sentence, not names."""
_KEYED = re.compile(r"[¹²³⁴⁵⁶⁷⁸⁹⁰]|[（(]?\d{1,2}[.．、)）]?[\s\u3000]|[\[［]\d{1,2}[\]］][\s\u3000]?")
"""A keyed affiliation's key (`2 Institute for …`, `2. 某大学…`): such a line is front matter, not the text."""
_BRACKET_KEY = re.compile(r"(?<=[^\W\d_])[ \t]?[\[［]\d{1,2}(?:[,，]\d{1,2})*[\]］]$")
"""An affiliation's key in brackets after a name (`Elena Marsh [1]`)."""
_GLUED_KEY = re.compile(r"(?<=[^\W\d_])\d{1,2}[)）]?\*?$")
"""An affiliation key glued to the end of a name (`Mensah1`): left outside the name when every name has one."""
_POST = re.compile(r"[\s\u3000]*[（(]([^（）()]{2,40})[）)][\s\u3000]*$")
"""A post in brackets after a byline's names (`王大明（某研究所助理研究員）`): an affiliation, not a name."""
_POST_FIELD = re.compile(r"(?:[ \t]*[,，|｜／][ \t]*|\u3000+|[ \t]+[—–][ \t]+)([^\n]{2,80}?)[\s\u3000]*$")
"""A post after a comma, a bar, a full-width slash or a spaced dash following a byline's names (`by Laura Chen,
Senior Fellow`, `Nina Patel | Research Fellow, …`, `林志明／某研究院副研究員`, `佐藤健一　主任研究員`, `… — former
envoy to …`): an affiliation when it names one and the names before it do not."""


def _is_byline_label(text: str) -> bool:
    """True for a label standing alone over a byline's names (`AUTHORS`, `著者`; data/layout.json `byline_label`)."""
    return fullmatches_label(text.strip(), ("byline_label",))


def _is_affiliation(text: str) -> bool:
    """True for a front line naming where an author works (a university, an institute, a post such as
    `Senior Fellow`): `data/layout.json`, `affiliation`."""
    return any(p.search(text) for p in label_patterns("affiliation"))


@cache
def _suffix_patterns() -> list[re.Pattern[str]]:
    """The byline suffixes' expressions, `{place}` standing for one of the places a story is filed from."""
    places = "|".join(p.pattern for p in label_patterns("dateline_places"))
    return [re.compile(p.pattern.replace("{place}", places)) for p in label_patterns("byline_suffix")]


def _byline_end(text: str, start: int, end: int) -> int:
    """Where the names of a byline end: before the place it was reported from (`記者陳怡君／台北報導`, and with
    no slash, `记者张明北京报道`: a known place glued to the names)."""
    for pattern in _suffix_patterns():
        match = pattern.search(text, start, end)
        if match:
            return match.start()
    return end


def _author_bios(doc: Document, paragraphs: list[Span], used: set[int], authors: list[str]) -> list[Span]:
    """Paragraphs presenting an author (`Jane Roe is a senior fellow…`, `周某，现任…`): an author's name opens
    them and a presentation follows (`data/layout.json`, `author_bio`). They are about the author, not the text:
    `author-bio` spans wherever they stand."""
    names = [a for a in authors if len(a) >= 2]
    if not names:
        return []
    spans = []
    for para in paragraphs:
        if para.start in used:
            continue
        text = doc.span_text(para)
        # `（林怡君為…研究員；許文彥為…）`: writers presented in brackets, each name followed by what they are
        titled = 1 if text[:1] in "（(" and text.rstrip()[-1:] in "）)" else 0
        name = next((n for n in names if text.startswith(n, titled)), None)
        if name is None and "A" <= text[:1] <= "Z":  # `Dr. Ana Ruiz is …`, `DR. ANA RUIZ is …`
            titled = _honorific_length(text[:40])
            name = next((n for n in names if text[titled : titled + len(n)].casefold() == n.casefold()), None)
        if name is None or not (
            any(p.match(text, titled + len(name)) for p in label_patterns("author_bio"))
            or (titled == 1 and text[1 + len(name) : 2 + len(name)] in _IS)
        ):
            glued = _glued_bio(text, names)
            if glued is None:
                continue
            cuts = [glued]  # a page's last text line and the bio under it, read as one paragraph
        else:
            cuts = [0]
        # one author presented after another in one paragraph: each presentation a span of its own
        for stop in _SENTENCE_END.finditer(text, cuts[0]):
            at = stop.end()
            word = text[max(0, stop.start() - 12) : stop.start() + 1].split()
            if word and _honorific_length(word[-1] + " A"):
                continue  # the stop of `Dr.`: no sentence ends there
            named = at + _honorific_length(text[at : at + 40])
            other = next((n for n in names if text[named : named + len(n)].casefold() == n.casefold()), None)
            if other is not None and any(p.match(text, named + len(other)) for p in label_patterns("author_bio")):
                cuts.append(at)
        for a, b in zip(cuts, [*cuts[1:], len(text)], strict=True):
            spans.append(Span("author-bio", *_trimmed(doc, para.start + a, para.start + b), para.page))
    return spans


_SECTION_BIOS = 3  # an author section holds a paragraph or two about the writers (or the programme writing)


def _section_bios(doc: Document, paragraphs: list[Span], used: set[int], closing: list[Span]) -> list[Span]:
    """The paragraphs under a bare author-section label closing a page (`About the Authors`, `About the Asia
    Program`, `著者紹介`), to the text's end: author-bio spans, whatever they open with (a body's description
    names no writer). Only where nothing else stands after the label: at most three short paragraphs (each a
    bio's width), no heading, no author box read there."""
    if any(s.kind == "author" for s in closing):
        return []  # an author box under the label: its names and posts are read already
    headings_after = [h.start for h in doc.headings]
    for label in (s for s in doc.spans if s.kind == "author-bio" and s.end - s.start <= _BOX_LABEL_WIDTH):
        if _SENTENCE_END.search(doc.span_text(label)) or any(h >= label.end for h in headings_after):
            continue
        below = [p for p in paragraphs if p.start >= label.end]
        if not 1 <= len(below) <= _SECTION_BIOS or any(p.end - p.start > _BIO_WIDTH for p in below):
            continue
        return [Span("author-bio", *_trimmed(doc, p.start, p.end), p.page) for p in below if p.start not in used]
    return []


_SENTENCE_END = re.compile(r"[。！？]|[.!?](?:\s+|$)")
_IS = frozenset("為为")
"""`X為…`: what a writer presented in brackets is (`（林怡君為…助理研究員）`)."""


def _glued_bio(text: str, names: list[str]) -> int | None:
    """Where a presentation of an author (`… licence. Jane Roe is a fellow at …`) starts inside a paragraph
    that opens with text, when it runs to the paragraph's end: a page prints the bio on the line under its last
    paragraph, and the two lines are read as one. The earliest such sentence is taken; None when there is none.
    Only where an author's name stands in the paragraph (a substring test: most paragraphs name none)."""
    found = []
    for name in names:
        at = text.find(name, 1)
        while at > 0:
            # `…力量。（林怡君為…研究員）`: a bio in brackets opens with its bracket
            opens = at - 1 if text[at - 1] in "（(" and text.rstrip()[-1:] in "）)" else at
            before = text[:opens].rstrip(" \u3000\n")
            if (
                before
                and before[-1] in _BIO_AFTER
                and len(text) - opens <= _GLUED_BIO_MAX
                and (
                    any(p.match(text, at + len(name)) for p in label_patterns("author_bio"))
                    or (opens < at and text[at + len(name) : at + len(name) + 1] in _IS)
                )
            ):
                found.append(opens)
                break
            at = text.find(name, at + 1)
    return min(found, default=None)


_BIO_AFTER = frozenset("。！？.!?")


_GLUED_BIO_MAX = 400
"""A bio glued to a paragraph is a sentence or two: a longer run is text that names the author."""


def _before_bio(doc: Document, para: Span, bios: list[Span]) -> Span:
    """The paragraph without the author's bio glued to its end (`_glued_bio`)."""
    inside = [b.start for b in bios if para.start < b.start < para.end]
    if not inside:
        return para
    return Span(para.kind, *_trimmed(doc, para.start, min(inside)), para.page)


_ANNOUNCED_ITEMS = re.compile(r"[:：][\s\u3000]*(?:\d{1,2}|[（(]\d{1,2}[)）]|[①-⑳])")
"""A line announcing a list and its numbered items (`合作重點包括：1 建立研究平臺 2 …`): the text, though an
item names a school or a study, never an affiliation."""


def _bylines(doc: Document, paragraphs: list[Span], used: set[int], kind: str) -> list[Span]:
    """Author, affiliation and dateline spans of the front lines after a title, up to the first line that is none
    of these (which stays in the body)."""
    spans: list[Span] = []
    for at, para in enumerate(paragraphs):
        text = doc.span_text(para)
        if _is_byline_label(text):
            used.add(para.start)  # `AUTHORS` alone over the names: a label, no name
            continue
        if _romanized_names(doc, text, spans):
            used.add(para.start)  # `NAKAMURA Taro` under `中村　太郎`: the names again, in Latin letters
            spans.append(Span("translated-author", *_trimmed(doc, para.start, para.end), para.page))
            continue
        furniture: str | None = _front_furniture(text)
        start = para.start
        label = _byline_opening(text)
        if label is not None:
            start = para.start + label.end()  # `By …`, `研究員　…`, `撰文／…`: the name follows its (longest) label
        post = _POST.search(doc.text, start, para.end) if furniture is None else None
        field = _POST_FIELD.search(doc.text, start, para.end) if post is None and furniture is None else None
        credited = _CREDIT_FIELD.search(doc.text, start, para.end) if furniture is None else None
        if credited is not None and credited.start() > start and furniture_kind(credited.group(1)) == "credit":
            spans.append(Span("credit", credited.start(1), credited.end(1), para.page))  # `| Photographs by …`
            para = Span(para.kind, para.start, credited.start(), para.page)
            text = doc.span_text(para)
            field = _POST_FIELD.search(doc.text, start, para.end) if post is None else None
        if field is not None and _is_affiliation(field.group(1)):
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
            used.add(para.start)
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
            _is_affiliation(doc.text[start:names_end])
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
            for gone in printed:  # a translator left out (`翻译：李静`) is no part of the names checked below
                if not any(gone.start <= p.start and p.end <= gone.end for p in pieces):
                    name = name.replace(doc.span_text(gone), "")
            # `刘洋，陈静`, `赵文博¹，钱丽²`: names (each with its affiliation's key) and commas
            listed = all(_CJK_NAME.fullmatch(_STAR.sub("", doc.span_text(p))) for p in pieces)
            keys = [_GLUED_KEY.search(doc.span_text(p)) or _BRACKET_KEY.search(doc.span_text(p)) for p in pieces]
            if pieces and all(keys):  # `Kwame Mensah1 and Claire Dubois2`: each name keyed to its affiliation
                name = "".join(doc.span_text(p)[: k.start()] for p, k in zip(pieces, keys, strict=True) if k)
            if (
                not pieces
                or any(p.end - p.start > 40 for p in pieces)
                or _NOT_A_NAME.search(name.replace("，", "") if listed else name)
                or _SENTENCE_TAIL.search(name)
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
        used.add(para.start)
    return spans


_ROMANIZED = re.compile(r"[A-Z][A-Za-z'’-]*(?:[ \t]+[A-Z][A-Za-z'’-]*){1,3}")
"""A name in Latin letters (`NAKAMURA Taro`, `Chen Yi-an`): two to four capitalised words, no post."""


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
    r"([^（）()、,，;；\s\u3000][^（）()、,，;；]{0,30}?)[\s\u3000]*[（(]([^（）()]{2,40})[）)]"
    r"[\s\u3000]*(?:[、,，;；&]|\band\b|$|(?<=[\s\u3000]))[\s\u3000]*"
)
"""One name of a byline with its post in brackets after it, and the separator after them (a space will do:
`马某（…研究员）　宋某（…助理研究员）`)."""


_LATIN_NAMED_POST = re.compile(
    r"([A-Z][^,;()\d]{1,40}?),[ \t]+([^,;()]{2,60}?)[ \t]*(?:,?[ \t]+(?:and|&)[ \t]+|;[ \t]*|$)"
)
"""One name of an English byline with its post after a comma, writers parted by `and` or a semicolon (`Dr. Ana
Ruiz, Senior Fellow, and Li Wei, Research Associate`)."""


def _is_degree(text: str) -> bool:
    """True for a degree printed after a name and a comma (`Ph.D.`; `data/layout.json`, `degree`): no name."""
    return fullmatches_label(text.strip(), ("degree",))


def _honorific_length(name: str) -> int:
    """How many characters of an honorific or title open a name (`Dr. `, `Prof. `): left outside the name."""
    match = next((m for p in label_patterns("honorific") if (m := p.match(name))), None)
    return match.end() if match is not None and match.end() < len(name) else 0


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
        )
        if match is None:
            return []
        name, post = match.group(1), match.group(2)
        if not _is_affiliation(post) or _is_affiliation(name) or _NOT_A_NAME.search(name):
            return []
        name_start = match.start(1) + _honorific_length(name)
        spans.append(Span(kind, *_trimmed(doc, name_start, match.end(1)), page))
        spans.append(Span("affiliation", *match.span(2), page))
        cursor = match.end()
    return spans if len(spans) >= 4 else []  # one name with its post: the single post rule above reads it


def _names_with_readings(doc: Document, start: int, end: int, kind: str, page: int | None) -> list[Span]:
    """Author spans of a byline whose names each carry their reading in kana in brackets, or [] when the line is
    not one (`allyscope/layout/affiliations.py`, `names_with_readings`)."""
    start, end = _trimmed(doc, start, end)
    return [Span(kind, start + a, start + b, page) for a, b in names_with_readings(doc.text[start:end])]


def _not_a_person(text: str) -> bool:
    """True for a word after an issuing body that names a post or a part of it (`主任研究員`, `法学部`)."""
    return _is_affiliation(text) or any(p.search(text) for p in label_patterns("unit"))


_FIELDS = re.compile(r"(.*?\S)(?:\u3000+|[ \t]{2,})(\S.*)")
_KANJI_NAME = re.compile(
    r"[\u4e00-\u9fff々]{2,5}|[\u4e00-\u9fff々]{1,3} [\u4e00-\u9fff々]{1,3}|[\u30a0-\u30ff·・]{2,16}"
)
"""A person's name in a byline of CJK names: two to five kanji (family and given name parted by a space or not),
or a name in katakana."""


_CREDIT_FIELD = re.compile(r"[ \t]*[|｜][ \t]*([^|｜\n]{4,80}?)[ \t]*$")
"""A byline's last field after a bar, where it may credit a photographer (`By … | Photographs by Ana Cruz`)."""

_UNIT_POST = re.compile(r"(.*?\S)(?:\u3000+|[ \t]{2,})([\u4e00-\u9fff々]{1,3}(?:[ \u3000][\u4e00-\u9fff々]{1,3})?)")


def _original_byline(text: str) -> re.Match[str] | None:
    """A social-media article's header naming its writer before the account and the date (`原创 李明 南海研究
    2024-05-10 08:30`; `data/layout.json`, `original_byline`), or None (`原创 南海研究 2024-05-10`: the account
    alone, no writer)."""
    return next((m for p in label_patterns("original_byline") if (m := p.match(text))), None)


def _post_then_name(doc: Document, para: Span, kind: str) -> list[Span]:
    """A unit and a post, a wide space, then one writer's name (`政策研究部　主任研究官　山田　花子`, as a
    Japanese institute prints it): the unit and post an affiliation, the name (spaced or not) the author; []
    when the line is not one (what stands before the name must name a post or a unit)."""
    start, end = _trimmed(doc, para.start, para.end)
    text = doc.text[start:end]
    for cut in (m.end() for m in re.finditer(r"\u3000+|[ \t]{2,}", text)):
        name = text[cut:]
        joined = "".join(name.split())
        if not 2 <= len(joined) <= 5 or not _KANJI_NAME.fullmatch(joined) or _not_a_person(joined):
            continue
        if (" " in name or "\u3000" in name) and not _spaced_japanese_name(doc, start + cut, end):
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
    names = _piece_spans(doc, fields.start(2), end, _AUTHOR_SPLIT, kind)
    if not names or any(not _KANJI_NAME.fullmatch(t := doc.span_text(n)) or _not_a_person(t) for n in names):
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


_SPACED_NAME = re.compile(r"[\u4e00-\u9fff々]{1,3}[ \u3000]+[\u4e00-\u9fff々]{1,3}")


def _spaced_japanese_name(doc: Document, start: int, end: int) -> bool:
    """True for one Japanese name printed with a space between family and given name (`中西　直樹`): in a Japanese
    text, two runs of kanji of one to three characters, five at most together (two full names run longer:
    `佐藤一郎　鈴木花子`). In Chinese text two such runs are two names (`李明　王芳`)."""
    text = _STAR.sub("", doc.text[start:end])  # `中川　聡子¹`: the affiliation's key is no part of the name
    if not _SPACED_NAME.fullmatch(text) or len("".join(text.split())) > 5:
        return False
    return detect_language(doc.text) == "ja"


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


def _second_language(doc: Document, paragraphs: list[Span], start: int, used: set[int]) -> list[Span]:
    """A bilingual front matter's second part (title, authors, abstract and keywords in another language)."""
    window = paragraphs[start : start + 8]
    abstract_at = next((i for i, p in enumerate(window) if _label_end(doc.span_text(p), "abstract") is not None), None)
    if abstract_at is None:
        return []
    spans: list[Span] = []
    head = window[:abstract_at]
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
        spans.append(Span(kind, a, b, para.page))
        if kind == "keywords":
            spans += _piece_spans(doc, a, b, _KEYWORD_SPLIT, "keyword")
    return spans


def _strip_trailing_markers(doc: Document, start: int, end: int) -> int:
    """The abstract ends before a note marker standing after its last sentence."""
    for marker in sorted(doc.markers, key=lambda m: -m.start):
        trailing = marker.end == end or (marker.end <= end and doc.text[marker.end : end].strip() == "")
        if trailing and marker.start >= start:
            end = marker.start
    return _trimmed(doc, start, end)[1]


_HAN_HIGH = bytes(range(0x4E, 0xA0))  # the high bytes of U+4E00–U+9FFF in UTF-16
_NOT_HAN_HIGH = bytes(b for b in range(256) if b not in _HAN_HIGH)
_KANA_HIGH = bytes(1 if b == 0x30 else 0 for b in range(256))  # U+3041–U+30FF: high byte 0x30 …
_KANA_LOW = bytes(1 if b >= 0x41 else 0 for b in range(256))  # … and low byte from 0x41
_NOT_LATIN = bytes(b for b in range(128) if not chr(b).isalpha())


def _script_counts(sample: str) -> tuple[int, int, int]:
    """How many characters of `sample` are kana (U+3041–U+30FF), hanzi (U+4E00–U+9FFF) and ASCII letters: what
    `_KANA`, `_HAN` and `_LATIN` would each match, counted by byte operations on the text's UTF-16 code units.

    Why: three expressions of one character each, run over 4,000 characters, were most of the structure stage
    (about 0.2 ms an article); translating and counting bytes is done in C without a test per character. A
    character outside the Basic Multilingual Plane is two surrogate units, whose high bytes (0xD8–0xDF) are
    neither 0x30 nor 0x4E–0x9F: it is counted as none, as the expressions count it."""
    units = sample.encode("utf-16-le", "surrogatepass")
    high, low = units[1::2], units[0::2]
    han = len(high.translate(None, _NOT_HAN_HIGH))
    both = int.from_bytes(high.translate(_KANA_HIGH), "big") & int.from_bytes(low.translate(_KANA_LOW), "big")
    latin = len(sample.encode("ascii", "ignore").translate(None, _NOT_LATIN))
    return both.bit_count(), han, latin


def detect_language(text: str) -> str:
    """`ja` when kana are common among the CJK characters, `zh` when hanzi lead, `en` for Latin text."""
    sample = text[:4000]
    kana, han, latin = _script_counts(sample)
    if kana + han == 0 and latin == 0:
        return "und"
    if kana + han >= latin / 3:
        return "ja" if kana >= 0.1 * (kana + han) else "zh"
    return "en"


_BODY_BLOCK = 120
"""Characters of a paragraph the file laid out as one block above which it is body text: a dateline, a byline
and a date, an issue line are shorter, even when a reader keeps them in one block."""


def _body_blocks(doc: Document) -> list[tuple[int, int]]:
    """Raw ranges of the body paragraphs of a laid-out file (PDF, Word, HTML), whose lines the reader printed one
    per physical line, so that only a block's first line can be a line of its own: a block is body text when it
    is long, or when its first line is longer than any dateline (the page's measure filled by running text). A
    text file's lines are left to the rules."""
    if doc.get_meta("source_type", "text") == "text":
        return []
    longest = max_dateline()
    raw = doc.raw
    blocks = []
    for span in doc.spans:
        if span.kind != "paragraph":
            continue
        start, end = doc.raw_span(span)
        first_end = raw.find("\n", start, end)
        if first_end < 0:
            continue  # one line: nothing continues it
        if end - start > _BODY_BLOCK or len(raw[start:first_end].strip()) > longest:
            blocks.append((start, end))
    return sorted(blocks)


def _edge_lines(doc: Document, count: int, tail_count: int) -> tuple[list[str], list[str]]:
    """The first and last `count` non-empty raw lines outside the notes, stripped (without splitting the whole
    file: a web page may be megabytes long)."""
    notes = sorted((f.raw_start, f.raw_end) for f in doc.footnotes)
    starts = [a for a, _ in notes]
    raw = doc.raw
    body = _body_blocks(doc)
    body_starts = [a for a, _ in body]

    def usable(lo: int, hi: int) -> str:
        content = raw[lo:hi].strip()
        if content and body:
            k = bisect.bisect_left(body_starts, lo) - 1  # the last body block starting before the line
            if k >= 0 and body[k][1] > lo:
                return ""  # a body paragraph's wrapped line is no line of its own (`Manila on 12 May 2017.`)
        if not content or not notes:
            return content
        k = bisect.bisect_right(starts, hi) - 1  # the last note starting before the line ends
        return "" if k >= 0 and notes[k][1] > lo else content

    front: list[str] = []
    pos = 0
    while pos < len(raw) and len(front) < count:
        end = raw.find("\n", pos)
        end = len(raw) if end < 0 else end
        content = usable(pos, end)
        if content:
            front.append(content)
        pos = end + 1
    tail: list[str] = []
    end = len(raw)
    while end > pos and len(tail) < tail_count:
        start = raw.rfind("\n", 0, end) + 1
        content = usable(start, end)
        if content:
            tail.append(content)
        end = start - 1
    return front, tail[::-1]


def structure(doc: Document) -> Document:
    """Stage 2: title, authors, abstract and keywords spans; heading levels and titles; language."""
    paragraphs = [s for s in doc.spans if s.kind == "paragraph"]
    first_heading = min((h.start for h in doc.headings), default=len(doc.text) + 1)
    front, used = _front_matter(doc, paragraphs, first_heading)
    if not any(s.kind == "author" for s in front):
        front += (
            _bylines_after_summary(doc, paragraphs, used, first_heading, front)
            or _lead_bylines(doc, paragraphs, used)
            or _end_bylines(doc, paragraphs, used)
        )
    closing = [] if any(s.kind == "author" for s in front) else _closing_bio(doc, paragraphs, used)
    front += [s for s in closing if s.kind == "author"]
    presented = [s for s in closing if s.kind in ("author-bio", "affiliation")]  # the bio (or its end), no text
    holding = {p.start for p in paragraphs for b in presented if p.start <= b.start < p.end}
    holding |= {s.start for s in closing if s.kind == "author" and s.start in {p.start for p in paragraphs}}
    bios = presented + _author_bios(
        doc, paragraphs, used | holding, [doc.span_text(s) for s in front if s.kind == "author"]
    )
    bios += _section_bios(doc, paragraphs, used | holding | {b.start for b in bios}, closing)
    if not any(s.kind == "title" for s in front) and doc.headings and doc.headings[0].start == 0:
        heading_title = next(
            (s for s in doc.spans if s.kind == "heading-title" and s.start <= doc.headings[0].end), None
        )
        if heading_title is not None:
            front.append(Span("title", heading_title.start, heading_title.end, heading_title.page))
    titles = sorted((s.start, s) for s in doc.spans if s.kind == "heading-title")
    title_starts = [start for start, _ in titles]
    given = levels_for([h.level for h in doc.headings if not h.family])  # levels a reader took from the source
    levels = nest_levels([h.family for h in doc.headings], [given.get(h.level, 1) for h in doc.headings])
    headings = []
    for h, level in zip(doc.headings, levels, strict=True):
        k = bisect.bisect_left(title_starts, h.start)  # the heading's title span starts inside it
        title_span = titles[k][1] if k < len(titles) and titles[k][0] <= h.end else None
        title = doc.text[title_span.start : title_span.end].strip() if title_span else ""
        headings.append(make_heading(h.start, h.end, level, h.label, title, h.numbering, h.page, h.family))
    replaced = used | {s.start for s in bios} | holding
    kept = [
        _before_bio(doc, s, bios) if bios and s.kind == "paragraph" else s
        for s in doc.spans
        if s.kind not in ("heading-title",) and not (s.kind == "paragraph" and s.start in replaced)
    ]
    front_ranges = [(s.start, s.end) for s in front if s.kind in ("title", "author", "abstract", "keywords")]
    tagged = {s.start for s in front if s.kind == "tags"}  # a web page's tag line under its text: no front matter
    front_end = max((p.end for p in paragraphs if p.start in used and p.start not in tagged), default=-1)
    last_front = max((b for _, b in front_ranges), default=-1)  # a marker after it is in no front range
    markers = tuple(
        make_marker(m.start, m.end, m.numbers, m.style, m.printed, m.footnotes, m.page, front=True)
        if m.start < front_end or (m.start < last_front and any(a <= m.start < b for a, b in front_ranges))
        else m
        for m in doc.markers
    )
    front_lines, tail_lines = _edge_lines(doc, *edge_line_counts())
    dated = document_date(front_lines, tail_lines) or next(
        (d for s in front if s.kind == "dateline" and (d := document_date([doc.span_text(s)], [])) is not None), None
    )  # else the date a byline printed in a field of its own (`By … | March 3, 2024`)
    return doc.evolve(
        date=dated[0] if dated else None,
        date_source=dated[1] if dated else None,
        spans=sorted_spans([*kept, *front, *bios]),
        headings=tuple(headings),
        markers=markers,
        language=detect_language(doc.text),
    )
