"""Whole notes whose shape leaves one reading only, labelled by exact rules instead of the CRF.

Most notes of a Chinese or Japanese journal article are written in three shapes, and in each every field sits
at a place fixed by its punctuation, so a pattern that matches the *whole* note reads it exactly:

- a Chinese journal or newspaper note: `作者：《题名》，《刊名》2022 年第 8 期，第 14 页。`,
  `《题名》，《报名》2023 年 5 月 25 日，第 2 版。` (the author and its `：` optional);
- a web page cited in Chinese or Japanese: `著者、「題名」、機関、2023 年 4 月 5 日、https://…。`
  (`「」`, `『』` or `《》` around the title; author and publishing body each optional);
- a web page cited in English: `Author, “Title,” Month D, YYYY, https://….`, perhaps with the site or paper
  between (`Author, “Title,” Site, Month D, YYYY, https://….`: a name with no digit, comma or quotation mark);
- an English journal article cited in a note: `Author, “Title,” Journal, Vol. 85, No. 3, 2009, p. 543.` (the one
  page cited, after the year);
- a short form, the author and the quoted title of a work cited before, perhaps with the page cited now:
  `作者：《题名》，第 41 页。`, `「題名」。`, `Author, “Title.”`.

For such a note the runs are the fields' spans, with the punctuation between them unlabelled, exactly the
runs the CRF would be asked to find; everything after the runs (names, dates, type, locator) is the labeller's
own. Any other note, and any reference of a list, goes to the CRF: a pattern that does not match the whole text
decides nothing. Why: these shapes are most of a document's notes, and the CRF (tokens, features, tagging) is
most of the cost of reading references.
"""

from __future__ import annotations

import re
from typing import NamedTuple


class Segment(NamedTuple):
    """A run of tokens with one label, and where it stands in the text (a named tuple: a note makes dozens of
    them as runs are merged and constrained, and a tuple is made in half the time of a frozen dataclass)."""

    label: str
    start: int
    end: int


_AUTHOR_CJK = r"[^《》「」『』：:，,。、\d编編著译譯訳等]{1,30}"
_CN_JOURNAL = re.compile(
    rf"(?:(?P<author>{_AUTHOR_CJK})\s*[：:]\s*)?《(?P<title>[^《》]+)》\s*[，,]\s*《(?P<container>[^《》]+)》\s*"
    r"(?:(?P<year>\d{4})\s*年\s*第\s*(?P<issue>\d{1,4})\s*期"
    r"|(?P<date>\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日))"
    r"\s*[，,]\s*第\s*(?P<locator>\d{1,5})\s*[页頁版]\s*[。.]?"
)
_QUOTED_TITLE = r"(?:「(?P<t1>[^「」]*(?:「[^「」]*」[^「」]*)*)」|『(?P<t2>[^『』]+)』|《(?P<t3>[^《》]+)》)"
_BODY = r"(?:[^、，,「」《》『』：:\d\s]|「[^「」\d]*」)(?:[^、，,「」《》『』：:\d]|「[^「」\d]*」)*"
_URL_AT_END = r"(?P<url>(?:https?://|www\.)[^\s\u3000-\u9fff\uff00-\uffef]+?)\s*[。.]?"
_CJK_WEB = re.compile(
    rf"(?:(?P<author>{_AUTHOR_CJK})\s*[、，,]\s*)?{_QUOTED_TITLE}\s*[、，,]\s*(?:(?P<container>{_BODY})\s*[、，,]\s*)?"
    r"(?P<date>\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)\s*[、，,]\s*" + _URL_AT_END
)
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_EN_NAME = r"[A-Z][^,“”\"\d]{1,80}"  # a capitalised name without digits, commas or double quotes
_EN_WEB = re.compile(
    rf"(?P<author>{_EN_NAME}), “(?P<title>[^“”]+?),” (?:(?P<container>{_EN_NAME}), )?"
    rf"(?P<date>(?:(?:{_MONTHS}) \d{{1,2}}, )?\d{{4}}), " + _URL_AT_END
)
# an English journal article cited in a note with its volume, issue, year and the one page cited:
# `Author, “Title,” Journal, Vol. 85, No. 3, 2009, p. 543.`
_EN_JOURNAL = re.compile(
    rf"(?P<author>{_EN_NAME}), “(?P<title>[^“”]+?),” (?P<container>{_EN_NAME}), "
    r"Vol\. ?(?P<volume>\d{1,4}), No\. ?(?P<issue>\d{1,4}), (?P<date>\d{4}), p\. ?(?P<locator>\d{1,5})\."
)
# a short form: the author and the title of a work cited in full before, perhaps with the page cited now
_CJK_SHORT = re.compile(
    rf"(?:(?P<author>{_AUTHOR_CJK})\s*[：:、，,]\s*)?{_QUOTED_TITLE}"
    r"(?:\s*[，,、]\s*(?:第\s*(?P<locator>\d{1,5})\s*[页頁]|(?P<locator2>\d{1,5})\s*頁))?\s*[。.]?"
)
_EN_SHORT = re.compile(r"(?P<author>[A-Z][^,“”\"\d]{1,80}), “(?P<title>[^“”]+?)[.,]?”\s*\.?")
_FIELDS = {
    _CN_JOURNAL: (("author", "author"), ("title", "title"), ("container", "container"), ("year", "date"),
                  ("issue", "issue"), ("date", "date"), ("locator", "locator")),
    _CJK_WEB: (("author", "author"), ("t1", "title"), ("t2", "title"), ("t3", "title"), ("container", "container"),
               ("date", "date"), ("url", "url")),
    _EN_WEB: (("author", "author"), ("title", "title"), ("container", "container"), ("date", "date"), ("url", "url")),
    _EN_JOURNAL: (("author", "author"), ("title", "title"), ("container", "container"), ("volume", "volume"),
                  ("issue", "issue"), ("date", "date"), ("locator", "locator")),
    _CJK_SHORT: (("author", "author"), ("t1", "title"), ("t2", "title"), ("t3", "title"), ("locator", "locator"),
                 ("locator2", "locator")),
    _EN_SHORT: (("author", "author"), ("title", "title")),
}  # fmt: skip


# how many quotation marks of the kinds the labeller pairs (`《》「」『』“”〈〉«»`) each shape itself writes
_OWN_MARKS = {_CN_JOURNAL: 4, _CJK_WEB: 2, _EN_WEB: 2, _EN_JOURNAL: 2, _CJK_SHORT: 2, _EN_SHORT: 2}
_CJK_SHAPES = (_CN_JOURNAL, _CJK_WEB, _CJK_SHORT)
_EN_SHAPES = (_EN_WEB, _EN_JOURNAL, _EN_SHORT)


class ShapeMatch(NamedTuple):
    """A note matched whole by one exact shape: the match, its fields (group, label) in text order, and how many
    paired quotation marks the shape's own punctuation accounts for."""

    match: re.Match[str]
    fields: tuple[tuple[str, str], ...]
    own_marks: int


_SHORT_ENDS = frozenset("」』》页頁。.”")  # the last character of a short form (after any trailing spaces)


class _Shape(NamedTuple):
    """One shape's pattern with its fields and own marks."""

    pattern: re.Pattern[str]
    fields: tuple[tuple[str, str], ...]
    own_marks: int


def _shape(pattern: re.Pattern[str]) -> _Shape:
    return _Shape(pattern, _FIELDS[pattern], _OWN_MARKS[pattern])


# looked up once here, not per note: a compiled pattern used as a dict key is hashed over its whole compiled code
# at every lookup (about 1 µs for these patterns; two lookups a note)
_CN_JOURNAL_SHAPE = _shape(_CN_JOURNAL)
_CJK_WEB_SHAPE = _shape(_CJK_WEB)
_EN_WEB_SHAPE = _shape(_EN_WEB)
_EN_JOURNAL_SHAPE = _shape(_EN_JOURNAL)
_CJK_SHORT_SHAPE = _shape(_CJK_SHORT)
_EN_SHORT_SHAPE = _shape(_EN_SHORT)


def _whole(shape: _Shape, text: str) -> ShapeMatch | None:
    match = shape.pattern.fullmatch(text)
    return None if match is None else ShapeMatch(match, shape.fields, shape.own_marks)


def exact_match(text: str) -> ShapeMatch | None:
    """The exact shape a note is written in, with its match, else None.

    A shape is tried only when the note has what the shape cannot do without (a journal note's `第`, a web
    page's `://` or `www.`, a short form's closing mark or stop at the end): the tests are substring tests,
    each a fast scan, while a pattern that fails is tried at length (about 1–2 µs each). The shapes are tried in
    the order of `_CJK_SHAPES` and `_EN_SHAPES`."""
    head = text[:1]
    cjk = head in "《「『" or not head.isascii()
    if cjk and "第" in text:
        found = _whole(_CN_JOURNAL_SHAPE, text)
        if found is not None:
            return found
    if "://" in text or "www." in text:  # the shapes' URL starts so (`https?://|www\.`)
        found = _whole(_CJK_WEB_SHAPE if cjk else _EN_WEB_SHAPE, text)
        if found is not None:
            return found
    if not cjk and "Vol." in text:
        found = _whole(_EN_JOURNAL_SHAPE, text)
        if found is not None:
            return found
    last = text[-1:]
    if last.isspace():
        last = text.rstrip()[-1:]
    if last and last in _SHORT_ENDS:
        return _whole(_CJK_SHORT_SHAPE if cjk else _EN_SHORT_SHAPE, text)
    return None


def exact_runs(text: str) -> list[Segment] | None:
    """The labelled runs of a note in one of the exact shapes (unlabelled `O` runs between), else None."""
    shaped = exact_match(text)
    return None if shaped is None else shape_runs(shaped)


def shape_runs(shaped: ShapeMatch) -> list[Segment]:
    """The labelled runs of a note matched by a shape (`O` runs between)."""
    return _runs(shaped.match, shaped.fields, len(shaped.match.string))


def _runs(match: re.Match[str], fields: tuple[tuple[str, str], ...], size: int) -> list[Segment]:
    """The fields' runs, with `O` runs for what lies between (the fields of each shape are listed in the order
    they stand in the text)."""
    out: list[Segment] = []
    at = 0
    for group, label in fields:
        start, end = match.span(group)
        if start < 0 or start == end:
            continue  # a field the note does not have (empty brackets `「」` hold no title)
        if start > at:
            out.append(Segment("O", at, start))
        out.append(Segment(label, start, end))
        at = end
    if at < size:
        out.append(Segment("O", at, size))
    return out
