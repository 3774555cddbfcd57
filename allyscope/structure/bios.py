"""Writers named in the body rather than under the title: a byline opening the first paragraph or closing the
last, a closing bio or author box, paragraphs presenting an author (`author-bio`), wherever they stand."""

from __future__ import annotations

import re
from functools import cache

from allyscope.layout.notes import any_label, fullmatches_label, label_patterns
from allyscope.model import Document, Span
from allyscope.structure.byline_fields import _spaced_names_joined
from allyscope.structure.bylines import _bylines
from allyscope.structure.furniture import in_event_fields
from allyscope.structure.language import _HAN
from allyscope.structure.names import (
    _AUTHOR_SPLIT,
    _byline_opening,
    _honorific_length,
    _is_affiliation,
    _names_only,
    _piece_spans,
    _trimmed,
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
            if in_event_fields(doc, paragraphs, para):
                continue  # `主講人：…` among a notice's fields: the event's speaker, no writer of the notice
            labelled = _labelled_end_byline(doc, para)
            if labelled:
                used.add(para.start)
                earlier = [p for p in paragraphs if p.start < para.start and p.start not in used][::-1]
                later = [p for p in paragraphs if p.start > para.start]
                return (
                    _more_end_bylines(doc, para, earlier, used)[::-1]
                    + labelled
                    + _more_end_bylines(doc, para, later, used)
                )
            continue
        at = doc.text.index(text, para.start)
        labels = any_label(("byline",))  # `（本报记者　某甲　通讯员　某乙）`: a label between names is no name
        named = _piece_spans(doc, at + match.start("names"), at + match.end("names"), _LEAD_NAMES, "author")
        spans = [
            Span("author", s.start + _filed_from(doc.span_text(s)), s.end, para.page)
            for s in _spaced_names_joined(doc, named)  # `（政治部　高橋 誠）`: one name, its parts spaced
            if labels.fullmatch(doc.span_text(s) + " ") is None
            # `（文責：事務局）`: a body that answers for the wording (a secretariat, an office) is no writer
            and not fullmatches_label(doc.span_text(s).strip(), ("issuer",))
        ]
        if "unit" in match.re.groupindex and match.group("unit"):
            spans.append(Span("affiliation", at + match.start("unit"), at + match.end("unit"), para.page))
        used.add(para.start)
        return spans
    return []


_END_BYLINE_WIDTH = 60  # a closing byline is a label, a name or two and a post: no sentence


def _labelled_end_byline(doc: Document, para: Span) -> list[Span]:
    """Author and affiliation spans of a labelled byline standing as one of a story's last paragraphs (`文／王大明
    （某研究院助理研究員）`, `By Ana Ruiz, Senior Fellow` under the text), or []: a byline's label opens it, it is
    short and ends with no stop, and the byline reader finds names in it and nothing but names and posts."""
    text = doc.span_text(para).strip()
    if len(text) > _END_BYLINE_WIDTH or text[-1:] in "。．.!！?？" or _byline_opening(text) is None:
        return []
    found = _bylines(doc, [para], set(), "author")
    if not any(s.kind == "author" for s in found) or any(s.kind not in ("author", "affiliation") for s in found):
        return []
    return found


def _more_end_bylines(doc: Document, byline: Span, lines: list[Span], used: set[int]) -> list[Span]:
    """Author spans of the writers' lines next to a closing labelled byline, one writer a line (`文／林志明` over
    `文／黃怡婷`, `By Ana Ruiz` over `By Tom Berg`), in `lines` order going away from it (down, or up): under it
    a labelled byline or a line of names alone, above it a labelled byline, up to the first line that is neither
    or that a line of another kind parts from the last. Each line is a byline, no longer text."""
    spans: list[Span] = []
    near = byline
    for para in lines:
        between = doc.text[near.end : para.start] if para.start > near.start else doc.text[para.end : near.start]
        if para.start in used or between.strip():
            break  # a line of another kind between them (`責任編輯：…`) ends the writers' lines
        found = _labelled_end_byline(doc, para)
        text = doc.span_text(para).strip()
        if not found and para.start > byline.start and len(text) <= _END_BYLINE_WIDTH and _names_only(text):
            found = [s for s in _bylines(doc, [para], set(), "author") if s.kind == "author"]
        if not found:
            break
        used.add(para.start)
        spans += found if para.start > byline.start else found[::-1]
        near = para
    return spans


_REPORTING_FIELD = re.compile(r"[^;；|｜]+")
_FILED_IN = re.compile(r"[ \t]+in[ \t]+[A-Z][A-Za-z .'’-]*$")
"""A reporter's name followed by the city the story was reported from (`… in Manila`): left outside the name."""


def _reporting_credit(doc: Document) -> tuple[list[Span], Span | None]:
    """Author spans of a credit line closing a wire story that names its reporters and writers first (`Reporting
    by Ana Cruz in Manila and Li Wei in Hanoi; Writing by …; Editing by …`; `data/layout.json`, `reporting_label`),
    a credit span of what follows (the editors), and the credit span they replace; ([], None) when there is no
    such line. Each field parted by a semicolon or a bar that opens with such a label gives authors."""
    labels = label_patterns("reporting_label")
    for credit in (s for s in doc.spans if s.kind == "credit"):
        text = doc.span_text(credit)
        names: list[Span] = []
        cursor = 0
        while (label := next((m for p in labels if (m := p.match(text, cursor))), None)) is not None:
            field = _REPORTING_FIELD.match(text, label.end())
            if field is None:
                break
            start, end = credit.start + field.start(), credit.start + field.end()
            found = [
                Span("author", p.start, p.start + len(_FILED_IN.sub("", doc.span_text(p))), credit.page)
                for p in _piece_spans(doc, start, end, _AUTHOR_SPLIT, "author")
            ]
            if not found or not all(_names_only(doc.span_text(n)) for n in found):
                names = []
                break
            names += found
            cursor = field.end()
            while cursor < len(text) and text[cursor] in ";；|｜ \t":
                cursor += 1
        if not names:
            continue
        rest = _trimmed(doc, credit.start + cursor, credit.end)
        return [*names, *([Span("credit", *rest, credit.page)] if rest[1] > rest[0] else [])], credit
    return [], None


_BIO_WIDTH = 300
"""A closing bio is a sentence or two about the writer: a longer paragraph is text."""


def _closing_bio(doc: Document, paragraphs: list[Span], used: set[int]) -> list[Span]:
    """The author and author-bio spans of a text that names its writer only in a bio closing it (`Grace Okafor is
    a senior fellow at …`, `About the author: …`, `（本文作者王海涛系…副教授）`, `（陳柏宇／…研究員）`,
    `山本一郎（やまもと・いちろう）　東都大学…教授。`; `data/layout.json`, `closing_bio`), or [] when it has
    none. Read only in the last paragraph and the author-bio lines after it, and only where the post a pattern
    names is an affiliation."""
    boxed = (
        _author_box(doc, paragraphs, used)
        or _labelled_card(doc, paragraphs, used)
        or _section_writers(doc, paragraphs, used)
    )
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


def _unnamed_bio(doc: Document, paragraphs: list[Span], used: set[int]) -> list[Span]:
    """The author-bio span of a text's last paragraph when it presents the writer without the name the front
    printed (`The author is a visiting fellow at …`, `作者系…研究员。`, the name's reading in kana then a post:
    `さえき・なおき　…研究員。`; `data/layout.json`, `unnamed_bio`), or []. Only the last paragraph, short as a
    bio is: the same words in mid-text (`筆者は先月…`) are the writer speaking, no bio."""
    tail = [p for p in paragraphs if p.start not in used][-1:]
    if not tail:
        return []
    para = tail[0]
    text = doc.span_text(para).rstrip()
    # the bio opens the paragraph or follows the text's last sentence in it (a short closing line read as the
    # end of the paragraph above): the first sentence start that opens one, with a bio's length after it
    lead = len(text) - len(text.lstrip())
    for start in [lead, *(m.end() for m in _SENTENCE_END.finditer(text) if m.end() < len(text))]:
        start += len(text[start:]) - len(text[start:].lstrip())
        if len(text) - start > _BIO_WIDTH:
            continue
        if any(p.match(text, start) for p in label_patterns("unnamed_bio")):
            return [Span("author-bio", *_trimmed(doc, para.start + start, para.end), para.page)]
    return []


_RULE_ABOVE = re.compile(r"\n[ \t\u3000]*[─━_＿—―=＝\-–]{4,}[ \t\u3000]*\n[ \t\u3000]*$")
"""A line of rule characters right above a paragraph (`────────`, `--------`)."""
_SIGNATURE_WIDTH = 80  # a signature's line about its writer is a line, not a paragraph
_SIGNATURE_REACH = 120  # characters of the file above a paragraph looked at for the rule


def _signature_bio(doc: Document, paragraphs: list[Span], used: set[int]) -> list[Span]:
    """The author-bio span of a post's signature (a blog's or a forum's): the short paragraph a rule line sets apart
    from the text above it, with only the page's furniture after it (a reprint notice, tags, comments' heads and
    tools) up to the next paragraph or the end, and text above the rule. Its words present the writer, whose
    name stands over the text (`基隆人，跑船二十年…`, `Retired pilot, writing from the harbour`), or []."""
    following = sorted(s.start for s in doc.spans if s.kind != "paragraph")
    for at, para in enumerate(paragraphs[1:], start=1):
        if para.start in used or paragraphs[at - 1].start in used:
            continue
        start, _ = doc.raw_span(para)
        if not _RULE_ABOVE.search(doc.raw, max(0, start - _SIGNATURE_REACH), start):
            continue
        if len(doc.span_text(para).strip()) > _SIGNATURE_WIDTH:
            return []
        after = paragraphs[at + 1].start if at + 1 < len(paragraphs) else len(doc.text) + 1
        if not any(para.end <= s < after for s in following):
            return []  # the text goes on under it: a section's rule, no signature
        return [Span("author-bio", *_trimmed(doc, para.start, para.end), para.page)]
    return []


_BOX_LABEL_WIDTH = 40


def _author_box(doc: Document, paragraphs: list[Span], used: set[int]) -> list[Span]:
    """The author and affiliation spans of an author box closing a page: a bare author-section label (`ABOUT THE
    AUTHOR`, `著者紹介`: an author-bio line of no sentence), then a line of names alone, then, it may be, a line
    naming where they work, and nothing after them. [] when the page has no such box."""
    for label in (s for s in doc.spans if s.kind == "author-bio" and s.end - s.start <= _BOX_LABEL_WIDTH):
        below = [p for p in paragraphs if p.start >= label.end and p.start not in used]
        listed = _writers_list(doc, below) or _grouped_box(doc, below)
        if listed:
            return listed
        if not 1 <= len(below) <= 2 or not _names_only(doc.span_text(below[0])):
            continue
        if len(below) == 2 and not _is_affiliation(doc.span_text(below[1])):
            continue
        found = [Span("author", *_trimmed(doc, below[0].start, below[0].end), below[0].page)]
        if len(below) == 2:
            found.append(Span("affiliation", *_trimmed(doc, below[1].start, below[1].end), below[1].page))
        return found
    return []


_BOX_POSTS = 3  # a writer of a box holds a post or two (a chair and a joint appointment), rarely more


def _grouped_box(doc: Document, below: list[Span]) -> list[Span]:
    """Author and affiliation spans of a box of several writers, or of one writer with several posts, under an
    author-section label (`About the authors`, `關於作者`): each writer's name alone on a line, then one to three
    lines each naming a post (`<post>, <institute>`), and nothing else to the end. [] when a line is neither, when
    a name has no post under it, or when the box is one name over one post (`_author_box` reads that one)."""
    if not 3 <= len(below) <= _LISTED_WRITERS * (1 + _BOX_POSTS):
        return []
    found: list[Span] = []
    posts = 0
    for line in below:
        text = doc.span_text(line).strip()
        if _names_only(text) and not _is_affiliation(text):
            if found and not posts:
                return []  # the writer above has no post: a list of names, no box
            found.append(Span("author", *_trimmed(doc, line.start, line.end), line.page))
            posts = 0
        elif found and _is_affiliation(text) and posts < _BOX_POSTS:
            found.append(Span("affiliation", *_trimmed(doc, line.start, line.end), line.page))
            posts += 1
        else:
            return []
    return found if posts else []


_SECTION_WRITERS = 4  # an author section presents a few writers, a short paragraph each


def _section_writers(doc: Document, paragraphs: list[Span], used: set[int]) -> list[Span]:
    """The author and author-bio spans of an author section closing a page that presents several writers, a short
    paragraph each, under a bare label (`About the authors`, then `<Name> is a senior fellow at …` a paragraph per
    writer; `作者简介`, then `<name>，<institute>研究员。`): every paragraph under the label to the end opens with a
    writer's presentation (`data/layout.json` 'closing_bio', or 'section_bio' where only the label makes a line
    of a name and a post a bio), whose post is an affiliation. [] where one paragraph does not, or only one stands
    there (the closing bio's reading)."""
    for label in (s for s in doc.spans if s.kind == "author-bio" and s.end - s.start <= _BOX_LABEL_WIDTH):
        if _SENTENCE_END.search(doc.span_text(label)):
            continue
        below = [p for p in paragraphs if p.start >= label.end]
        if not 2 <= len(below) <= _SECTION_WRITERS or any(p.start in used for p in below):
            continue
        found: list[Span] = []
        for para in below:
            text = doc.span_text(para).rstrip()
            if len(text) > _BIO_WIDTH:
                return []
            patterns = [*label_patterns("closing_bio"), *label_patterns("section_bio")]
            match = next((m for p in patterns if (m := p.match(text))), None)
            if match is None or ("post" in match.re.groupindex and not _is_affiliation(match.group("post"))):
                return []
            found.append(Span("author", para.start + match.start("names"), para.start + match.end("names"), para.page))
            found.append(Span("author-bio", *_trimmed(doc, para.start, para.end), para.page))
        return found
    return []


def _labelled_card(doc: Document, paragraphs: list[Span], used: set[int]) -> list[Span]:
    """The author and author-bio spans of a writer's card under a bare author-section label (`この記事を書いた人`,
    then the name alone, then a line that is no affiliation: a post with the writer's counts, `国際部記者　記事
    214本`, or a sentence about them): the name is the writer's, and its line, as the lines under it, presents the
    writer (author-bio). A box whose second line is an affiliation is `_author_box`'s (author and affiliation).
    [] when no such card closes the page; read only for a text whose front named nobody."""
    for label in (s for s in doc.spans if s.kind == "author-bio" and s.end - s.start <= _BOX_LABEL_WIDTH):
        below = [p for p in paragraphs if p.start >= label.end and p.start not in used]
        if len(below) < 2 or doc.text[label.end : below[0].start].strip():
            continue  # the card's name stands right under its label
        name, under = doc.span_text(below[0]).strip(), doc.span_text(below[1]).strip()
        if not _names_only(name) or _is_affiliation(under):
            continue
        if len(below) > _SECTION_BIOS or any(p.end - p.start > _BIO_WIDTH for p in below):
            continue  # the card closes the page: a few short lines, no more text under it
        found = [Span("author", *_trimmed(doc, below[0].start, below[0].end), below[0].page)]
        return found + [Span("author-bio", *_trimmed(doc, p.start, p.end), p.page) for p in below]
    return []


def _box_under_byline(doc: Document, paragraphs: list[Span], used: set[int], authors: list[str]) -> list[Span]:
    """The affiliation span of an author box closing a page whose byline has named its writers already (`By Ana
    Ruiz, Fellow | …` above, then `About the author`, `Ana Ruiz`, `Fellow, Harbour Institute` last): the box is
    read as the box of a page that names its writer only there (the post an affiliation), but its name line,
    a writer of the byline again, adds no author and stays a line of the page. [] when there is no such box or
    when it names someone the byline does not (a box of names alone, no post, is no affiliation either)."""
    boxed = _author_box(doc, paragraphs, used)
    named = {" ".join(a.casefold().split()) for a in authors}
    boxed_names = [" ".join(doc.span_text(s).casefold().split()) for s in boxed if s.kind == "author"]
    if len(boxed_names) != 1 or not set(boxed_names) <= named:
        return []
    return [s for s in boxed if s.kind == "affiliation"]


_LISTED_WRITERS = 8  # a list of a report's writers closing it: a line each, a handful of them


def _writers_list(doc: Document, below: list[Span]) -> list[Span]:
    """Author and affiliation spans of a list of writers under an author-section label closing a page
    (`執筆者一覧`, then `伊藤　健　　東都大学法学部教授` a line each): every line is read by the byline reader as
    names with their post and nothing else; [] when a line is not (a bio in sentences, a body's description)."""
    if not 1 <= len(below) <= _LISTED_WRITERS:
        return []
    found: list[Span] = []
    for line in below:
        read = _bylines(doc, [line], set(), "author")
        kinds = {s.kind for s in read}
        if kinds != {"author", "affiliation"}:
            return []
        found += read
    return found


def _filed_from(piece: str) -> int:
    """Where a closing byline's name starts after the place it was filed from (`北京＝田村亮`): after the sign."""
    return max(piece.rfind("＝"), piece.rfind("=")) + 1


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
    if any(s.kind in ("author", "affiliation") for s in closing):
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
