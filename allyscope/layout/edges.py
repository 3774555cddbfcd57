"""Lines at a text's edges that stand alone though nothing but what they say parts them from the text: a CJK
title over the first line of a wrapped text, and a notice's closing signature (the issuing body over the date).

Both are lines the wrapped-text reading joined to their neighbours: the title to the text's first line when it
ran longer than 0.6 of the column, the signature to the last item or paragraph above it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache

from allyscope.layout.dating import is_dateline
from allyscope.layout.joining import is_cjk
from allyscope.layout.lines import BODY, Line
from allyscope.layout.notes import any_label, front_furniture_kind, fullmatches_label, label_patterns

_FULL = 0.85  # a wrapped line fills its column; a line shorter than this share of it was cut short on purpose
_PUNCTUATION = re.compile(r"[。．，,、；;：:！!？?]")
_TITLE_KEYS = "*∗†‡＊"  # keys of a note on the title, printed right after its last character
_SIGNATURE = 20  # an issuing body's name is short


def cjk_title_line(content: str, width: float, typical: float) -> bool:
    """True for a CJK first line with no punctuation at all, shorter than the column (`中越举行…第十次会议` over
    `2025年4月9日，…`): a wrapped first sentence fills its line and holds a comma or a stop within a line's
    length; a title holds neither. A note's key closing the title (`…海洋状況把握*`, `…比較研究＊`, `…の役割†`:
    the title's own note, `* 本稿は…`) is looked past, its width too (lay87b)."""
    words = content.rstrip(_TITLE_KEYS) or content
    keys = content[len(words) :]
    width -= len(keys) + keys.count("＊")  # a full-width key is as wide as two half-width ones
    return (
        typical > 0
        and width < _FULL * typical
        and is_cjk(words[0])
        and is_cjk(words[-1])
        and _PUNCTUATION.search(words) is None
    )


def closing_signature(lines: Sequence[Line], index: int) -> bool:
    """True for a short line naming an issuing body (`data/layout.json`, `affiliation`: `…局`, `…部`) over a
    date alone on the text's last body line: a notice's or a letter's signature, a block of its own."""
    content = lines[index].content
    if len(content) > _SIGNATURE or _PUNCTUATION.search(content) is not None:
        return False
    following = [line for line in lines[index + 1 : index + 6] if line.role == BODY and line.content]
    if len(following) != 1 or not is_dateline(following[0].content):
        return False
    if any(line.role == BODY and line.content for line in lines[following[0].index + 1 :]):
        return False  # the date is the last body line
    return any_label(("affiliation",)).search(content) is not None


def kicker_lead(lines: Sequence[Line], kicker: Callable[[str], object]) -> int:
    """The index of a column's lead under a kicker and the title (`評論` / the title / `…共同守护`), or -1: the
    third body line of a text whose first is a kicker (`kicker`: a doctype line alone, `コラム`, `專欄`), a CJK
    line with no stop at its end that can end a clause (no comma, nor a word of `data/layout.json`'s `open_end`:
    `的`, `因此`, `の`, `を`). A lead stands alone in print; in a double-spaced file the empty lines that set it
    apart say nothing, and the wrapped-text reading joined it to the text's first sentence."""
    first: list[Line] = []
    for line in lines:
        if line.role == BODY and line.content:
            first.append(line)
            if len(first) == _KICKER_LINES:
                break
    if len(first) < _KICKER_LINES or kicker(first[0].content) is None:
        return -1
    lead = first[2].content
    if not is_cjk(lead[-1]) or lead[-1] in _OPEN_END_MARKS or _open_end().search(lead) is not None:
        return -1
    return first[2].index


_KICKER_LINES = 3  # the kicker, the title, the lead
_OPEN_END_MARKS = "。．！？；：，、…—"


@cache
def _open_end() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p.pattern})" for p in label_patterns("open_end")))


def cjk_title_runs_on(content: str, following: str) -> bool:
    """True for a CJK front line whose title goes on over the next line: it ends on a word no clause ends with
    (`data/layout.json` `title_open_end`: `的`, `の`, `をめぐる`, `における`: each wants a noun after it) and holds
    no stop, and the next line opens with a CJK character (a bracket too: `「…」`). A title wrapped by the page
    joins its second line as an English title ending on `of` does; a kicker, a date or a name line ends on a word
    of its own, and a headline may end on a particle elliptically (`…から`, `…へ`), so those are not asked."""
    return (
        bool(content)
        and bool(following)
        and is_cjk(content[-1])
        and (is_cjk(following[0]) or following[0] in "「『（〈《")
        and _SENTENCE_STOP.search(content) is None
        and _title_open_end().search(content) is not None
    )


def edition_title_runs_on(content: str, following: str, after: str) -> bool:
    """True for a yearly paper's cover printing its edition's year alone (`data/layout.json` `edition_year`:
    `中華民國112年`, `令和5年版`, `2024年度`) over a line naming only the kind of paper (a `doctype`: `國防報告書`,
    `防衛白書`), with the compiling or issuing body's line right under that (`國防部…編纂委員會　編印`, `防衛省`):
    the cover's three lines, the first two one title broken over two lines, as `令和6年版　防衛白書` prints it on
    one (lay85's defence report; lay86b). A year with its month (`中華民國112年9月`) is a date; a year over a
    headline, or over a kind of paper with no body's line under it (a column's year and its label), stays a
    line of its own."""
    return (
        bool(following)
        and bool(after)
        and any(p.fullmatch(content.strip()) for p in label_patterns("edition_year"))
        and any(p.fullmatch(following.strip()) for p in label_patterns("doctype"))
        and (front_furniture_kind(after.strip()) == "affiliation" or fullmatches_label(after.strip(), ("issuer",)))
    )


@cache
def _title_open_end() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p.pattern})" for p in label_patterns("title_open_end")))


_SENTENCE_STOP = re.compile(r"[。！？；]")
_TAB_SEPARATOR = re.compile(r"[|｜_＿]|[-–—]\S")
"""What parts a browser tab's title from the site's name after it (`…に聞く｜アジア海洋ニュース`, `…_某网`)."""


def tab_title_runs_on(above: Sequence[str], content: str, following: str) -> bool:
    """True for a front line whose title goes on over the next line because a line above it, the browser tab's
    title a copied page prints first, holds the two run together before the bar and the site's name
    (`「対話の窓は閉ざさない」インドネシア…に聞く｜アジア海洋ニュース` over the trail, then the two lines): the page
    prints in one title what the headline breaks over two lines, however each line ends."""
    if not content or not following:
        return False
    joined = "".join((content + following).split())
    for line in above:
        squeezed = "".join(line.split())
        if squeezed.startswith(joined) and _TAB_SEPARATOR.match(squeezed, len(joined)) is not None:
            return True
    return False


_WRITER_LINE = 16  # a writer's closing line is a label and a name or two


def closing_writer(content: str) -> bool:
    """True for a short CJK line with no stop that may be a writer's closing line (`文／陈思远`, `文・川村直子`),
    asked of a line under a finished sentence: the caller asks whether it opens with a byline label. It stands
    alone, as a bracketed closing byline does, never the tail of the paragraph above."""
    return len(content) <= _WRITER_LINE and is_cjk(content[0]) and _PUNCTUATION.search(content[-1]) is None
