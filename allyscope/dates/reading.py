"""Dates in Chinese, Japanese and English prose, normalized to EDTF, anchored the way a careful reader anchors them.

What is read: absolute dates in Arabic or Chinese numerals (`2023 年 7 月`, `二〇二三年七月十二日`, `July 12, 2023`,
`12 Jul. 2023`), era years (`令和5年7月`, `民國112年`), ranges of days as intervals (`11日至12日`, `7月11、12日`,
`12–13 July`), dates without a year (`8 月`, `12日`, `On June 24`, `Monday (15 April)`, `Oct. 17`), years counted
from another date (`同年 10 月`, `翌年`, `the following year`) or from the document's own date (`今年`, `昨年`,
`last year`), open starts (`2019 年 3 月起`, `since 2014`), ranges of years, decades and centuries as EDTF (`199X`,
`20XX`), seasons (EDTF `2023-22`), parts of a year (`mid-2023`, `2023年底`: the year, with its qualifier),
approximate dates (`2010年左右` → `2010~`) and fiscal years.

How a year is reached is recorded as the mention's `basis`, by this stated rule:

- `explicit` — the words give the Gregorian year;
- `era` — an era name and its year give it;
- `relative` — a word counts years from the date before it (`同年`, `翌年`, `the following year`);
- `previous-date` — a date without a year takes the year (and, for a bare day, the month) of the latest date
  before it in its paragraph that names a month — or, when the document states no date of its own, of the
  latest date before it; a range is a span, not a point, and anchors nothing; after `since then`/`此后` the story
  runs on to the present, so the date before it no longer anchors (the document's date does);
- `document-date` — otherwise it takes them from the document's own date (its dateline or issue line; when the
  layout found none, the first date line of the text), choosing the year that puts it nearest to that date
  (`12月` in a text of January 2024 is December 2023: the past, unless the month is at most two months ahead);
  `今年`, `昨年`, `today`, a weekday always count from the document's date.

A date that no rule can anchor is left out. Some dates never date an event, and say why in `role`: `document`
(a year that names a document: `2022 年版`, a year inside `《…》`), `citation` (the date of a source in brackets:
`（新华社，2023年7月12日）`), `dateline` (`新华社东京7月12日电`), `period` (ranges of years, centuries, a decade
with `early`/`late`) and `period-end` (`令和8年まで`, `until 2026`, `by the end of 2026`, `截至2030年`, `2027年前`
but not `2019年前往`; a bare `至`/`到` also opens a clause, `至 2022 年 1 月，…`, and is no end). Impossible dates
(`2023年13月45日`, `令和99年`, a year outside `plausible_years`) are not dates: `read_dates` reports each as a
warning instead. The vocabulary lives in `data/date_rules.json`; what is here is how it is used.
"""

from __future__ import annotations

import bisect
import calendar
import datetime
import json
import re
import string
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from importlib import resources
from typing import Any, NamedTuple

from allyscope.regex_firsts import may_start_with

BASES = ("explicit", "era", "relative", "previous-date", "document-date")
NOT_EVENT_ROLES = ("document", "citation", "dateline", "furniture", "period", "period-end", "heading")


@dataclass(frozen=True, slots=True)
class DateMention:
    """One date in a text: `[start, end)` of the words, the EDTF value, its precision, and how it was read.

    `precision` is `day`, `month`, `season`, `year`, `decade`, `century` or `range`; `kind` is `absolute`,
    `relative`, `range`, `open`, `decade`, `century`, `fiscal` or `season`; `document` marks a year that only
    names a document; `basis` says how the year was reached (see the module docstring); `role` is empty for a
    date that may date an event, else why it does not; `qualifier` is `early`, `mid`, `late` or `approximate`.
    """

    start: int
    end: int
    text: str
    edtf: str
    precision: str
    kind: str
    document: bool = False
    basis: str = "explicit"
    role: str = ""
    qualifier: str = ""

    @property
    def dates_event(self) -> bool:
        """True when this date may be the date of an event (it names no document, source, period or dateline)."""
        return not self.role and not self.document


@dataclass(frozen=True, slots=True)
class Anchor:
    """What a yearless date is anchored on: a year, and a month when it is known."""

    year: int
    month: int | None = None
    day: int | None = None


@cache
def rules() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(resources.files("allyscope.data").joinpath("date_rules.json").read_text("utf-8"))
    return data


def _alternatives(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_CJK_DIGITS = "〇零○一二三四五六七八九"
_YEAR = rf"(?:[12１２]\d{{3}}|[〇零○一二][{_CJK_DIGITS}]{{3}})"
_MONTH = r"(?:\d{1,2}|十[一二]?|[一二三四五六七八九])"
_DAY = r"(?:\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])"
_TO = r"(?:至|到|~|～|—|–|-|－)"


def _md(s: str) -> str:
    """Month and day after a year (or alone), with a second day of a range or a list (`11日至12日`, `11、12日`,
    `11日至8月2日`); `s` makes the group names of each use unique."""
    return (
        rf"(?P<mo{s}>{_MONTH})\s*月"
        rf"(?:\s*(?P<d{s}>{_DAY})\s*(?:"
        rf"(?:[日号])?\s*[、和与及]\s*(?P<dl{s}>{_DAY})\s*[日号]"
        rf"|[日号](?:\s*{_TO}\s*(?:(?P<mo2{s}>{_MONTH})\s*月\s*)?(?P<dr{s}>{_DAY})\s*[日号])?"
        r"))?"
    )


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    r = rules()
    months = _alternatives(list(r["months_en"]))
    eras = _alternatives(list(r["eras"]))
    sep = _alternatives(r["range_separators"])
    open_suffix = _alternatives(r["open_start_suffix"])
    relative = _alternatives(r["same_year"] + r["next_year"] + r["previous_year"])
    now_cjk = _alternatives([w for w in r["document_relative"] if not w.isascii()])
    now_en = _alternatives([w for w in r["document_relative"] if w.isascii()])
    thereafter = _alternatives(r["thereafter"])
    day_vocabulary = [*r["today"], *r["same_day"], *r["next_day"], *r["same_month"], *r["next_month"]]
    day_words = _alternatives([w for w in day_vocabulary if not w.isascii()])
    day_words_en = _alternatives([w for w in day_vocabulary if w.isascii()])
    month_words = _alternatives([w for w in r["document_months"] if not w.isascii()])
    month_words_en = _alternatives([w for w in r["document_months"] if w.isascii()])
    later_cjk = _alternatives(r["days_later"]["cjk"])
    later_en = _alternatives(r["days_later"]["en"])
    years_later_cjk = _alternatives(r["years_later"]["cjk"])
    years_later_en = _alternatives(r["years_later"]["en"])
    weekdays_cjk = _alternatives([w for w in r["weekdays"] if not w.isascii()])
    weekdays_en = _alternatives([w for w in r["weekdays"] if w.isascii()])
    fiscal = _alternatives(r["fiscal_markers"])
    seasons_en = _alternatives([w for w in r["seasons"] if w.isascii()])
    seasons_cjk = "".join(w for w in r["seasons"] if not w.isascii())
    approx_after = _alternatives(r["approximate"]["after"])
    en_day = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
    year4 = r"(?:1[89]|20)\d{2}"
    parts = {
        "cn_century_decade": (
            r"(?:(?P<cdc>\d{2}|[一二]十[一二三四五六七八九]?)\s*世纪\s*)?"
            r"(?P<dec1>[一二三四五六七八九]十|\d0)\s*(?:(?P<dec2>[一二三四五六七八九])十)?\s*年代(?P<decq>初期|初|末期|末|中期|前期|后期|後期)?"
            rf"(?P<decopen>\s*(?:{open_suffix}))?"
        ),
        "cn_decade_pair": (
            r"(?:(?P<pcc>\d{2}|二十|二十一)\s*世纪\s*)?(?P<p1>[一二三四五六七八九])(?P<p2>[一二三四五六七八九])十\s*年代"
        ),
        "cjk_decade4": (
            r"(?P<d4>(?:1[89]|20)\d0|[0-9]0(?=年代))\s*年代(?P<d4q>半ば|初頭|初期|初|末期|末|中期|前期|後期|后期|前半|後半|后半)?"
            rf"(?P<d4open>\s*(?:{open_suffix}))?"
        ),
        "cn_century": (
            r"(?P<cent>\d{2}|二十一|二十|十九)\s*世[纪紀]"
            r"(?!\s*(?:\d0|[一二三四五六七八九]十|[一二三四五六七八九]{2}十)\s*年代)"
        ),
        "en_century": r"\b(?P<encent>\d{2})(?:st|nd|rd|th)\s+century\b",
        "en_decade": r"\b(?:the\s+)?(?:(?P<edq>early|mid|late)[\s-]+)?(?P<edec>1[89]\d0|20\d0)s\b",
        "era": (
            rf"(?P<era>{eras})\s*(?P<eyear>\d{{1,3}}|[一二三四五六七八九十]{{1,3}}|元)\s*年(?P<efiscal>度)?"
            rf"(?:\s*{_md('e')})?"
        ),
        "range": (
            rf"(?P<ry1>{year4})\s*(?:年度?)?\s*(?:{sep}|から)\s*"
            rf"(?P<ry2>{year4})\s*(?:年度?(?!\s*\d{{1,2}}\s*月)(?:にかけて|まで(?:の間)?)?)?"
        ),
        "cjk": (
            rf"(?P<year>{_YEAR})\s*年(?!\s*第)"
            rf"(?:\s*{_md('c')}|\s*(?:的)?(?P<cseason>[{seasons_cjk}])(?:季|天)?(?![节節])"
            r"|\s*(?P<cpart>年初|年中|年底|年末|上半年|下半年|初(?!期)|底|末(?!期)))?"
            rf"(?P<cjkopen>\s*(?:{open_suffix}))?(?P<cjkfiscal>\s*度)?(?P<capprox>\s*(?:{approx_after}))?"
        ),
        "fiscal": rf"(?P<fyear>{year4})\s*(?:{fiscal})|(?:FY|fiscal year)\s*(?P<fyear2>{year4})\b",
        "now": rf"(?P<now>{now_cjk})(?:\s*{_md('n')})?(?P<nowopen>(?:年中|年初|年底)?\s*(?:{open_suffix}))?",
        "en_now": rf"\b(?P<ennow>{now_en})\b",
        "relative": rf"(?P<rel>{relative})(?:\s*{_md('r')})?",
        "thereafter": rf"(?P<after>{thereafter})",
        "bare_month": rf"(?<![\d年])(?:{_md('b')})(?!\s*\d)",
        "bare_day": (
            r"(?<![\d月年日])(?P<bd>[12]\d|3[01]|0?[1-9])(?:日?\s*(?:至|到|～|~|－|—|–|-|、)\s*(?P<bd2>[12]\d|3[01]|0?[1-9]))?"
            r"日(?![本間间后後以内前])"
        ),
        "month_word": (
            rf"(?P<mword>{month_words})(?:\s*(?P<mwday>[12]\d|3[01]|0?[1-9])\s*日"
            rf"(?:\s*{_TO}\s*(?P<mwday2>[12]\d|3[01]|0?[1-9])\s*日)?)?"
        ),
        "en_month_word": rf"\b(?P<enmword>{month_words_en})\b",
        "day_word": rf"(?P<dayword>{day_words})(?:\s*(?P<dwday>[12]\d|3[01]|0?[1-9])\s*日)?",
        "en_day_word": rf"\b(?P<endayword>{day_words_en})\b",
        "days_later": rf"(?P<nlater>\d{{1,2}}|[一二两兩三四五六七八九十]{{1,2}})\s*(?:{later_cjk})",
        "en_days_later": rf"\b(?P<enlater>\w+)\s+(?:{later_en})\b",
        "years_later": (
            rf"(?<![\d〇零一二三四五六七八九十两兩])(?P<nylater>\d{{1,2}}|[一二两兩三四五六七八九十]{{1,2}})\s*(?:{years_later_cjk})"
        ),
        "en_years_later": rf"\b(?P<enylater>\w+)\s+(?:{years_later_en})\b",
        "weekday": rf"(?P<wd>{weekdays_cjk})(?![）)]?\s*\d)",
        "en_weekday": rf"\b(?P<enwd>{weekdays_en})\b(?!,?\s*(?:\(|（)?\s*(?:\d|{months}))",
        "en_mdy": (
            rf"\b(?P<m1>{months})\.?\s+(?P<d1>{en_day})(?:\s*(?:[-–]|and|&)\s*(?P<d1b>{en_day}))?,?\s+(?P<y1>{year4})\b"
        ),
        "en_dmy": (
            rf"\b(?P<d2>{en_day})(?:\s*(?:[-–]|and|&)\s*(?P<d2b>{en_day}))?\s+(?P<m2>{months})\.?,?\s+(?P<y2>{year4})\b"
        ),
        "en_my": rf"\b(?P<m3>{months})\.?\s+(?P<y3>{year4})\b",
        "en_range": rf"\b(?:from|between)\s+(?P<ery1>{year4})\s+(?:to|and|until|through)\s+(?P<ery2>{year4})\b",
        "en_season": rf"\b(?P<season>{seasons_en})(?:\s+of)?\s+(?P<sy>{year4})\b",
        "en_part": rf"\b(?P<part>early|mid|late)[\s-]+(?P<py>{year4})\b",
        "en_approx": rf"\b(?:around|about|circa|c\.|approximately)\s+(?P<ay>{year4})\b",
        "en_open": rf"\b(?P<since>since|from|starting in|beginning in)\s+(?P<y4>{year4})\b",
        "en_year": rf"(?<![\d./-])(?P<y5>{year4})(?![\d/])(?!\s*年)",
    }
    # Dates without a year, in English, need a capital month (`may` is a verb) and so keep their case.
    cased_english = {
        "en_md": rf"\b(?P<m6>{_capitalized(r['months_en'])})\.?\s+(?P<d6>{en_day})(?:\s*[-–]\s*(?P<d6b>{en_day}))?\b"
        r"(?:\s+(?P<rel6>last|this|next)\s+year)?"
        r"(?!\s*(?:[,.]?\s*\d|[:.]\d))",
        "en_dm": rf"\b(?P<d7>{en_day})(?:\s*[-–]\s*(?P<d7b>{en_day}))?\s+(?P<m7>{_capitalized(r['months_en'])})\b\.?"
        r"(?:\s+(?P<rel7>last|this|next)\s+year)?"
        r"(?!,?\s*\d)",
        # a month alone after a preposition of time (`In January`, `by March`): its year is anchored like `8 月`
        "en_month": rf"{_after_words(r['month_prepositions_en'])}"
        rf"(?P<m8>{_capitalized(r['months_en'])})\b(?!\.?\s*\d)(?!\s+(?:of\s+)?\d)"
        r"(?:\s+(?P<rel8>last|this|next)\s+year)?",
    }
    # Every pattern starts with one of these characters; testing one character class first at each position
    # spares the engine from trying every alternative there.
    words = [*r["same_year"], *r["next_year"], *r["previous_year"], *r["thereafter"], *r["eras"], *r["months_en"]]
    words += [*r["document_relative"], *(w for w in r["seasons"] if w.isascii())]
    words += [*r["today"], *r["same_day"], *r["next_day"], *r["same_month"], *r["next_month"], *r["weekdays"]]
    words += list(r["document_months"])
    words += ["between", "since", "from", "starting", "beginning", "the", "early", "mid", "late", "fy", "fiscal"]
    words += ["around", "about", "circa", "c.", "approximately"]
    latin = {w[0].lower() for w in words if w[0].isascii() and w[0].isalpha()}
    latin |= {c.upper() for c in latin}
    cjk_words = sorted({w for w in words if not w.isascii()}, key=len, reverse=True)
    numerals = _CJK_DIGITS + "十"
    # Where a date may start: a digit; a Chinese numeral that runs into 年, 月 or 世纪; a CJK word of the
    # vocabulary (tested only where its first character stands); an English word's first letter where a word
    # starts. Testing this first spares the engine from trying every alternative at every position.
    first = (
        "(?:(?=[0-9０-９])"
        rf"|(?=[{numerals}]+\s*[年月世]|[{numerals}两兩]{{1,2}}\s*[天日年][后後])"
        "|(?=[" + "".join(sorted({re.escape(w[0]) for w in cjk_words})) + "])(?=" + _alternatives(cjk_words) + ")"
        "|(?<![A-Za-z])(?=[" + "".join(sorted(re.escape(c) for c in latin)) + "]))"
    )
    # Only the parts with English words ignore case: a case-blind engine is twice as slow on Chinese text.
    cased = {"cn_century_decade", "cn_decade_pair", "cjk_decade4", "cn_century", "range", "cjk", "bare_month"}
    cased |= {"bare_day", "now", "era", "day_word", "days_later", "years_later", "weekday", "month_word"}
    alternatives = {
        name: f"(?P<_{name}>{pattern})" if name in cased else f"(?i:(?P<_{name}>{pattern}))"
        for name, pattern in parts.items()
    }
    for name, pattern in cased_english.items():
        alternatives[name] = f"(?P<_{name}>{pattern})"
    order = list(alternatives)
    # the yearless English forms come after every form with a year, so that `June 24, 2023` is read whole
    english_last = [n for n in order if n not in cased_english] + list(cased_english)
    branches = {
        "any": tuple((n, alternatives[n]) for n in english_last),
        "cjk": tuple((n, alternatives[n]) for n in english_last if not n.startswith("en_")),
    }
    numeral_start = rf"[{numerals}]+\s*[年月世]|[{numerals}两兩]{{1,2}}\s*[天日年][后後]"
    cjk_firsts = numerals + "两兩" + "".join(sorted({w[0] for w in cjk_words}))
    _BRANCHES.update({"first": first, "cjk_firsts": cjk_firsts, "words": words, **branches})
    english = [w for w in words if w.isascii()]
    return {
        "starts": _starts(cjk_words, numerals + "两兩", numeral_start, latin),
        # the same places, an English word's only when it may begin a date (`_latin_screen`)
        "screened_starts": _starts(cjk_words, numerals + "两兩", numeral_start, latin, english),
    }


def _starts(
    cjk_words: list[str], numerals: str, numeral_start: str, latin: set[str], english: list[str] | None = None
) -> re.Pattern[str]:
    """Every place `first` lets a date start at, one character each: a digit; a numeral where `numeral_start`
    matches; the first character of a CJK word of the vocabulary where the word stands; an English letter where a
    word starts. With `english` (the English words a date may begin with), a letter is a place only where one of
    those words stands, case-blind (`_latin_screen`): `_scan` then sees only the places worth the date expression
    (not every `日` of `今日`, `一` of `进一步` or letter of an English word).

    Written as one class of all those characters, then a look-behind over the character just read holding the
    condition of each kind of character: the engine skips to the next character of the class by itself, and there
    tries a few branches (digits, numerals and letters each one class; a CJK word's first character a literal).
    One branch per character, each a literal, was skipped to as fast, but the engine then tried every one of the
    hundred-odd branches at every letter of an English word."""
    digits = "0123456789０１２３４５６７８９"
    by_first: dict[str, list[str]] = {}
    for word in cjk_words:
        by_first.setdefault(word[0], []).append(word)
    letters = "".join(sorted(re.escape(c) for c in latin))
    # The CJK words' branches, one per first character, behind one look-ahead at the class of those characters:
    # measured on a Chinese article, the places were found in three quarters of the time the branches alone took
    # (the branches are tests of the one character read, so nothing found changes).
    firsts = "".join(re.escape(c) for c in sorted(by_first))
    cjk = "|".join(rf"{re.escape(c)}(?<=(?={_alternatives(ws)}).)" for c, ws in sorted(by_first.items()))
    branches = [
        f"[{digits}]",
        # a look-behind over the one character just read, holding a look-ahead from the place before it
        rf"[{re.escape(numerals)}](?<=(?={numeral_start}).)",
        f"(?=[{firsts}])(?:{cjk})",
    ]
    if english is None:
        branches.append(rf"[{letters}](?<![A-Za-z].)")
    else:
        # the words by their first letter (either case), the rest of each case-blind: the letter picks its words
        rests: dict[str, list[str]] = {}
        for word in english:
            rests.setdefault(word[0].lower(), []).append(word[1:])
        words = "|".join(
            f"[{re.escape(c)}{re.escape(c.upper())}](?i:{_alternatives(rest)})" for c, rest in sorted(rests.items())
        )
        branches.append(rf"[{letters}](?<![A-Za-z].)(?<=(?={words}).)")
    # the letter's branch first, the others behind one test that the character is no letter: at a letter inside
    # a word (most characters of English prose) the engine tries two branches, not every one
    every = "".join(sorted(re.escape(c) for c in {*digits, *numerals, *by_first, *latin}))
    return re.compile(f"[{every}](?<=(?:{branches[-1]}|[^A-Za-z](?<=(?:{'|'.join(branches[:-1])}))))")


@cache
def whole_expression(latin: bool) -> re.Pattern[str]:
    """The date expression whole, with (`latin`) or without its English branches: what `_scan` finds is exactly
    what its `finditer` finds (it is the reference the tests hold `_scan` to; `_scan` never enters it)."""
    _patterns()
    branches = _BRANCHES["any" if latin else "cjk"]
    return re.compile(_BRANCHES["first"] + "(?:" + "|".join(p for _, p in branches) + ")")


# The date expression's parts, kept by `_patterns` for `_starting_with`: the `first` test and the branches of the
# expression with English words (`any`) and without (`cjk`), each as (name, pattern) in the expression's order.
_BRANCHES: dict[str, Any] = {}


@cache
def _starting_with(latin: bool, char: str) -> re.Pattern[str] | None:
    """The date expression with only the branches that can begin with `char`, in their order (`regex_firsts`):
    at a place where `char` stands it finds exactly what the whole expression finds, without trying the
    thirty-odd branches one after the other (a match at a digit cost about 3 µs, most of it failing branches).
    None when no branch can begin with `char`."""
    _patterns()
    names = tuple(n for n, p in _BRANCHES["any" if latin else "cjk"] if may_start_with(p, char))
    return _expression_of(names)


@cache
def _dispatch(latin: bool) -> dict[str, re.Pattern[str] | None]:
    """Each character `_starts` stops at → the date expression of the branches that can begin with it. The
    characters go in four groups (ASCII digits, full-width digits, Latin letters, the CJK numerals and first
    characters of words), each with the branches that can begin with any of its characters: eight expressions
    to compile, not one per character (about 10 ms each: a worker forked after the warm-up has them all)."""
    _patterns()
    branches = _BRANCHES["any" if latin else "cjk"]
    out: dict[str, re.Pattern[str] | None] = {}
    for group in ("0123456789", "０１２３４５６７８９", string.ascii_letters, _BRANCHES["cjk_firsts"]):
        names = tuple(n for n, p in branches if any(may_start_with(p, c) for c in group))
        out.update(dict.fromkeys(group, _expression_of(names)))
    return out


@cache
def _expression_of(names: tuple[str, ...]) -> re.Pattern[str] | None:
    """The date expression of these branches (one compiled expression for every character with the same ones)."""
    if not names:
        return None
    branches = dict(_BRANCHES["any"])
    # without the `first` test: `_scan` tries these only at the places `_starts` finds, which are `first`'s
    return re.compile("|".join(branches[n] for n in names))


def _scan(text: str, latin: bool) -> Iterator[re.Match[str]]:
    """The matches `finditer` of the date expression gives, found by trying it only where a date may start (see
    `_starts`), with only the branches that can begin there (`_starting_with`): the leftmost match at or after
    each place, none overlapping, as `finditer` finds them. At an English word, the expression is tried only
    when the word may begin a date (`_latin_screen`)."""
    patterns = _patterns()
    starts = patterns["screened_starts" if latin and _latin_screen(text) else "starts"]
    dispatch = _dispatch(latin)
    place = starts.search(text)
    while place is not None:
        at = place.start()
        char = text[at]
        expression = dispatch[char] if char in dispatch else _starting_with(latin, char)
        skip = char in _ASCII_DIGITS and _note_digits(text, at)
        found = expression.match(text, at) if expression is not None and not skip else None
        if found is not None:
            yield found
            place = starts.search(text, max(found.end(), at + 1))
        else:
            place = starts.search(text, at + 1)


_ASCII_DIGITS = "0123456789"


def _note_digits(text: str, at: int) -> bool:
    """Does `text` hold one to three ASCII digits from `at` on, then `]` (a note marker's number, `[12]`, from
    any of its digits)? No branch of the date expression that begins with a digit can match there: after its
    digits each needs a word, a unit, a separator or a fourth digit, never `]` (`tests/test_note_digits.py`
    tries every digit-first branch on every such number). About a third of the failing tries of an article
    with notes were at these digits, each costing a try of every digit branch."""
    if text[at] not in _ASCII_DIGITS:
        return False
    close = text.find("]", at + 1, at + 4)
    return close != -1 and text[at:close].isascii() and text[at:close].isdigit()


@cache
def _latin_words() -> re.Pattern[str]:
    """The words of a count of days or years after a date (`Three days later`), found case-blind. Every English
    branch of the date expression begins with a word of the vocabulary `_patterns` lists for its `first` test
    (`words`), matched case-blind, but for those counts, whose first word is any word before those words. Written
    as the characters these words may begin with (case-blind: `k` is also the Kelvin sign), then a look-behind
    holding the words: the engine skips to those few characters by itself (a Chinese text has none)."""
    r = rules()
    words = [*r["days_later"]["en"], *r["years_later"]["en"]]
    others = "\u0130\u0131\u017f\u212a"  # what case-blind matching also takes for an ASCII letter
    firsts = {
        c for w in words for c in {w[0], w[0].lower(), w[0].upper(), *others} if re.match(f"(?i:{re.escape(w[0])})", c)
    }
    led_by = "".join(sorted(re.escape(c) for c in firsts))
    return re.compile(f"[{led_by}](?<=(?=(?i:{_alternatives(words)})).)")


def _latin_screen(text: str) -> bool:
    """May a date begin at an English word of `text` only where a word of the vocabulary stands (`_latin_words`)?
    Not when the text holds the words of a count of days or years later (then a date may begin at any word). In
    English prose most words are places of the `first` test, and the date expression tried at each cost far more
    than this test made by the search for places itself (`_starts`): a failing match tries every English branch,
    some behind a dozen look-behinds."""
    return _latin_words().search(text) is None


@cache
def _document_name() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(the determiner before a year, the name after it) of `the 2016 Joint Declaration`, `its 2022 Strategic
    Concept`: a year inside a name whose head is a document noun (`document_nouns_en`)."""
    nouns = _alternatives(rules()["document_nouns_en"])
    return (
        # a determiner, or a possessive name (`Britain's 2021 Integrated Review`, `NATO’s 2022 Strategic Concept`)
        re.compile(r"(?<![A-Za-z])(?:(?i:the|its|their|our|this|that|a|an)|[A-Z][\w.-]*['’]s)\s+$"),
        re.compile(rf"\s+(?:[A-ZÀ-ÖØ-Þ][\w'’-]*\s+|(?:and|on|of|for|in)\s+){{0,5}}?(?i:{nouns})\b"),
    )


def _names_a_document(text: str, start: int, end: int) -> bool:
    """Is the year at `[start, end)` part of a document's name (`the 2017 Joint Declaration on …`, `the 2022
    agreement`) rather than the date of what the sentence tells?"""
    determiner, name = _document_name()
    return determiner.search(text, max(0, start - 24), start) is not None and name.match(text, end) is not None


def _char_before(text: str, start: int) -> str:
    """The character before `start`, or '' at the start of the text."""
    return text[start - 1] if start else ""


def _glosses(text: str, previous_end: int, start: int) -> bool:
    """Is a word at `start` a bracketed gloss of the date that ends at `previous_end` (`29日（月曜日）`)?"""
    return text[previous_end:start].strip() in ("（", "(")


@cache
def _named_document_cjk() -> re.Pattern[str]:
    """`の` and a name without particles or punctuation that ends in a document noun (`の米比相互防衛条約`), the
    noun ending the word (no character of another word after it: `協定署名` is a signing). Japanese only: its
    particles bound the name, where a Chinese `的` may run on over a verb (`2019年的峰会上发表声明`)."""
    nouns = _alternatives(rules()["document_nouns_cjk"])
    return re.compile(rf"の[^\s、。，,；;のがをにはでとも「」《》（）()]{{0,16}}?(?:{nouns})(?![\u4e00-\u9fff])")


@cache
def _document_noun_cjk() -> re.Pattern[str]:
    """The document nouns a year may be written right before (`document_nouns_cjk`), as one expression."""
    return re.compile(_alternatives(rules()["document_nouns_cjk"]))


@cache
def _decade_span() -> re.Pattern[str]:
    """The words before an English decade that make it a span of time, not the date of an act (`through the
    1980s`, `the Tornado of the 1970s`): `decade_span_before_en`."""
    return re.compile(rf"(?<![A-Za-z])(?i:{_alternatives(rules()['decade_span_before_en'])})\s+$")


@cache
def _decade_spans_cjk() -> tuple[re.Pattern[str], re.Pattern[str]]:
    r = rules()
    after = re.compile(rf"\s*(?:{_alternatives(r['decade_span_after_cjk'])})")
    before = re.compile(rf"(?:{_alternatives(r['decade_span_before_cjk'])})\s*(?:\d{{2}}\s*世[纪紀]\s*)?$")
    return after, before


def _decade_span_cjk(text: str, start: int, end: int) -> bool:
    """Is a Chinese or Japanese decade written as a span of time (`1990年代を通じて`, `整个90年代`): words of
    `decade_span_after_cjk` right after it or of `decade_span_before_cjk` right before it?"""
    after, before = _decade_spans_cjk()
    return after.match(text, end) is not None or before.search(text, max(0, start - 8), start) is not None


_LAST_OR_NEXT = re.compile(r"(?<![A-Za-z])([Ll]ast|[Nn]ext)\s$")
_OPENS_FROM = re.compile(r"(?<![A-Za-z])[Ss]ince\s(?:the\s)?$")


def _after_words(words: list[str]) -> str:
    """A look-behind for any of the words (as written or capitalized: `in`, `In`) and one space or hyphen
    (`mid-May`) before it; one look-behind per form, each of a fixed width."""
    forms = dict.fromkeys(f for w in words for f in (w, w.capitalize()))
    return "(?:" + "|".join(rf"(?<=(?<![A-Za-z]){re.escape(f)}[\s-])" for f in forms) + ")"


def _capitalized(months: dict[str, int]) -> str:
    return "|".join(re.escape(m.capitalize()) for m in sorted(months, key=len, reverse=True))


_LATIN_WORD = re.compile(r"[A-Za-z]{3}")
_LATIN_WORD_BYTES = re.compile(rb"[A-Za-z]{3}")


def _has_latin_word(text: str) -> bool:
    """Does `text` hold three ASCII letters in a row (`_LATIN_WORD`)? Asked first of its ASCII characters alone,
    copied out by the codec (dropping the others can only join letters, never part them: no run there, none in
    the text): a Chinese or Japanese paragraph is so answered without the expression reading its every character,
    which cost as much as finding the paragraph's dates."""
    return _LATIN_WORD_BYTES.search(text.encode("ascii", "ignore")) is not None and _LATIN_WORD.search(text) is not None


_FUNCTION_WORDS = {
    *("in", "since", "by", "from", "until", "till", "before", "after", "during", "of", "on", "to", "and", "or"),
    *(
        "as",
        "at",
        "the",
        "a",
        "an",
        "its",
        "their",
        "for",
        "through",
        "circa",
        "early",
        "late",
        "mid",
        "year",
        "fy",
        "around",
        "about",
    ),
}


def number(token: str) -> int:
    """The value of a numeral in Arabic (any script's digits) or Chinese numerals: `12`, `十二`, `二十一`,
    `二〇二三` (digit by digit), `元` (the first year of an era)."""
    values: dict[str, int] = rules()["cjk_numerals"]
    if token.isdigit():
        return int(token)
    if token == "元":
        return 1
    if "十" in token:
        tens, _, ones = token.partition("十")
        return (values.get(tens, 1) if tens else 1) * 10 + (values.get(ones, 0) if ones else 0)
    value = 0
    for char in token:
        value = value * 10 + values.get(char, 0)
    return value


class _Impossible(Exception):
    """A date whose parts cannot be (month 13, day 45, a year its era never reached)."""


def _check(year: int, month: int | None = None, day: int | None = None) -> None:
    low, high = rules()["plausible_years"]
    if not low <= year <= high:
        raise _Impossible(f"year {year} is outside {low}–{high}")
    if month is not None and not 1 <= month <= 12:
        raise _Impossible(f"month {month} does not exist")
    if month is not None and day is not None and not 1 <= day <= calendar.monthrange(year, month)[1]:
        raise _Impossible(f"day {day} does not exist in {year}-{month:02d}")


def _ymd(year: int, month: int | None = None, day: int | None = None) -> tuple[str, str]:
    _check(year, month, day)
    if month:
        if day:
            return f"{year:04d}-{month:02d}-{day:02d}", "day"
        return f"{year:04d}-{month:02d}", "month"
    return f"{year:04d}", "year"


def _md_value(m: re.Match[str], s: str, year: int) -> tuple[str, str]:
    """The EDTF of a year with the month, day and second day `_md(s)` matched (an interval for a range). `m` is
    a match of the expression holding `_md(s)`: its groups are read in one call. (An English word of the document's
    time, `en_now`, is read as `now` is, by an expression that may not hold the `now` branch: then none matched.)"""
    try:
        month_text, day_text, listed, ranged, month2_text = m.group("mo" + s, "d" + s, "dl" + s, "dr" + s, "mo2" + s)
    except IndexError:
        month_text = day_text = listed = ranged = month2_text = None
    month = number(month_text) if month_text else None
    day = number(day_text) if day_text else None
    edtf, precision = _ymd(year, month, day)
    second = listed or ranged
    if second and month and day:
        month2 = number(month2_text) if month2_text else month
        end, _ = _ymd(year, month2, number(second))
        if end <= edtf:
            raise _Impossible(f"{edtf}/{end} ends before it starts")
        return f"{edtf}/{end}", "range"
    return edtf, precision


_CLAUSE_START = re.compile(
    r"(?:^|[。！？!?；;，,、\n])\s*(?:(?:从|自|由|於|于|在|[Ii]n|[Ff]rom|[Bb]etween|[Dd]uring)\s*)?$"
)


def _opens_clause(text: str, start: int) -> bool:
    """Does a range of years open its clause (`1992年から1993年にかけて、…`, `From 2006 to 2013, …`)? Then it
    dates what the clause tells; inside a noun phrase (`计划期为2023—2026年`, `令和5年度から令和9年度までを対象とする`)
    it names a period."""
    return _CLAUSE_START.search(text, max(0, start - 12), start) is not None


def _in_document_title(text: str, start: int) -> bool:
    """True when `start` lies inside `《…》` (a year in a title names the document, not an event)."""
    opens, closes = _title_brackets(text)
    k = bisect.bisect_left(opens, start)
    if not k:
        return False
    opened = opens[k - 1]
    j = bisect.bisect_left(closes, opened)
    return j == len(closes) or closes[j] >= start


@lru_cache(maxsize=4)
def _title_brackets(text: str) -> tuple[list[int], list[int]]:
    """Where `《` and `》` stand in the text, found once: asked by every year of the text, a search back from each
    date to the text's start made a long text's reading quadratic."""
    return _places("《", text), _places("》", text)


def _places(char: str, text: str) -> list[int]:
    """Every place `char` stands in `text`, found by `str.find` (which skips to it in C; the expression engine
    reads a Chinese text character by character, several times slower)."""
    out = []
    at = text.find(char)
    while at >= 0:
        out.append(at)
        at = text.find(char, at + 1)
    return out


def _opens_its_line(text: str, start: int) -> bool:
    """Is there nothing but white space between the start of `start`'s line and `start`? Read backwards over the
    white space only, so that a date deep inside a long line costs no scan of the line."""
    i = start
    while i > 0 and text[i - 1] != "\n" and text[i - 1].isspace():
        i -= 1
    return i == 0 or text[i - 1] == "\n"


_OPENERS = "（(【["
_CLOSERS = "）)】]"
_CITATION_TAIL = re.compile(r"^\s*(?:[,，:：;；]?\s*(?:pp?\.|第)?\s*[\d\-–]*\s*(?:页|頁)?)?\s*$")
_CITATION_HEAD = re.compile(r"[,，、;；:：]\s*$|[A-Za-z\u3040-\u30ff\u4e00-\u9fff]\s+$|^\s*$")


def _is_citation(text: str, start: int, end: int) -> bool:
    """A date inside brackets after a source's name (`（新华社，2023年7月12日）`, `(Smith 2019, p. 3)`): the
    date of a source, not of an event. A bracket that holds the date alone (`Monday (15 April)`) is a gloss."""
    opened = max(text.rfind(c, max(0, start - 60), start) for c in _OPENERS)
    if opened < 0 or any(c in text[opened + 1 : start] for c in _CLOSERS + "。"):
        return False
    closed = min((i for i in (text.find(c, end, end + 20) for c in _CLOSERS) if i >= 0), default=-1)
    if closed < 0 or not _CITATION_TAIL.match(text[end:closed]):
        return False
    head = text[opened + 1 : start]
    return bool(head.strip()) and bool(_CITATION_HEAD.search(head))


@cache
def _role_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The words around a date that say what it dates, each list as one expression (see `_role`)."""
    r = rules()
    return (
        re.compile(f"(?:{_alternatives(r['furniture_before'])})(?:[ \t：:　]|\\s+on\\s+)*$"),
        re.compile(_alternatives(r["period_end_after"])),
        re.compile("(?<![A-Za-z])(?i:" + _alternatives(r["period_end_before"]) + ")\\s*$"),
        re.compile("\\s*(?:" + _alternatives(r["dateline_after"]) + ")"),
    )


@cache
def _period_word_ends() -> re.Pattern[str]:
    """The last characters of the words of `period_end_before`, as one class matched as that expression matches
    them (case ignored)."""
    return re.compile("(?i:[" + "".join(re.escape(w[-1]) for w in rules()["period_end_before"]) + "])")


def _may_end_a_period_word(text: str, start: int) -> bool:
    """Can a word of `period_end_before` end right before `start`, white space aside? Its expression (a word, then
    white space to `start`) can match only where the last character before that white space ends one of its
    words: this one test spares searching its window before most dates."""
    at = start
    while at and text[at - 1].isspace():
        at -= 1
    return at > 0 and _period_word_ends().match(text, at - 1) is not None


def _role(text: str, start: int, end: int, r: dict[str, Any]) -> str:
    """Why a date dates no event (see the module docstring), or ''."""
    furniture, end_after, end_before, dateline = _role_patterns()
    if furniture.search(text, max(0, start - 18), start):
        return "furniture"  # `最終更新 2025年9月1日`, `Last edited 3 May 2024`: the page's own date
    if end_after.match(text, end) or (text[end : end + 1] == "前" and text[end + 1 : end + 2] not in r["before_not"]):
        return "period-end"  # `2027年前完成`: a target (but `2019年前往`: went to, in 2019)
    if _may_end_a_period_word(text, start) and end_before.search(text, max(0, start - 20), start):
        return "period-end"
    if dateline.match(text, end):
        return "dateline"
    if _DATELINE_DASH.match(text, end, end + 24) and not _opens_its_line(text, start):
        return "dateline"  # `PERTH, Oct. 22, 2022 — …`; a line that opens with its date is a chronology's entry
    following = text[end : end + 20]
    if _CLOSER.search(following) and _is_citation(text, start, end):
        return "citation"
    return ""


_SENTENCE_SIGNS = re.compile(r"[。！？!?；;，]|(?<![A-Z])\.\s*$")  # `D.C.` after a date line ends no sentence


def _on_a_date_line(text: str, mention: DateMention) -> bool:
    """A date on a line that holds no sentence — a header (`Policy Brief No. 7 | May 2024`), a date line
    (`2024年7月8日 19:40　通信社`, `Wednesday, October 11, 2023 (AM)`), a dateline (`2024年4月11日　華盛頓`)."""
    opens_line = _opens_its_line(text, mention.start)
    if _bracketed_date_line(text, mention):
        return True  # `（2005年6月2日，北京）`, `(Manila, 13 January 2025)`: a date line in brackets under a title
    if not opens_line:
        # a date inside a long line: a sentence sign near it settles the answer without reading the whole line
        # (a text of one line and many dates would otherwise be read once per date); the sign is sought in the
        # text itself, the window's two parts bounded, and the window is copied out only when there is none
        if _sign_near(text, mention):
            return False
        near = _near_line(text, mention)
        if len(_ALONE_AROUND.sub("", near)) > 40 + _EDGE_SLACK:
            return False
    begin = text.rfind("\n", 0, mention.start) + 1
    end = text.find("\n", mention.end)
    end = len(text) if end < 0 else end
    if opens_line and _PLACE_AFTER.fullmatch(text, mention.end, end):
        return True  # `2024年3月6日，墨爾本`: a date line naming the place after a comma
    around = text[begin : mention.start] + " " + text[mention.end : end]
    return not _SENTENCE_SIGNS.search(around.strip()) and len(_ALONE_AROUND.sub("", around)) <= 40


def _bracketed_date_line(text: str, mention: DateMention) -> bool:
    """Is the date's line a bracket holding the date and at most a place (`（2005年6月2日，北京）`,
    `(Manila, 13 January 2025)`)? Only looked at when a bracket stands within a line's reach before the date."""
    begin = text.rfind("\n", max(0, mention.start - 30), mention.start) + 1
    if not begin and mention.start > 30:
        return False
    end = text.find("\n", mention.end, mention.end + 30)
    end = len(text) if end < 0 and len(text) - mention.end <= 30 else end
    return (
        end >= 0
        and _BRACKET_OPENS.fullmatch(text, begin, mention.start) is not None
        and _BRACKETED_PLACE.fullmatch(text, mention.end, end) is not None
    )


_NEAR = 200
_SENTENCE_SIGN_CHARS = re.compile(r"[。！？!?；;，]")  # those of `_SENTENCE_SIGNS` that count anywhere in the line


_EDGE_SLACK = 4  # `星期一`, `月曜日` cut by a window's edge leave at most two characters each side uncounted


def _near_window(text: str, mention: DateMention) -> tuple[int, int]:
    """The window of about `_NEAR` characters each side of a date, its edges moved off Latin letters (a word is
    never cut): `_near_line` and `_sign_near` read the same window."""
    lo = max(0, mention.start - _NEAR)
    while 0 < lo < mention.start and text[lo - 1].isascii() and text[lo - 1].isalpha():
        lo += 1
    hi = min(len(text), mention.end + _NEAR)
    while mention.end < hi < len(text) and text[hi].isascii() and text[hi].isalpha():
        hi -= 1
    return lo, hi


def _near_line(text: str, mention: DateMention) -> str:
    """What of the date's line stands within about `_NEAR` characters of it, the date left out. The window's
    edges are moved off Latin letters, so that no word of `_ALONE_AROUND` is cut: what it removes inside the
    window it removes in the whole line too."""
    lo, hi = _near_window(text, mention)
    before = text[lo : mention.start]
    after = text[mention.end : hi]
    cut = after.find("\n")
    return before[before.rfind("\n") + 1 :] + " " + (after if cut < 0 else after[:cut])


def _sign_near(text: str, mention: DateMention) -> bool:
    """Does a sign of `_SENTENCE_SIGN_CHARS` stand in what `_near_line` gives for the date (its line within the
    window), read in place: the same window, bounded by the line's newlines, searched without copying it."""
    lo, hi = _near_window(text, mention)
    begin = text.rfind("\n", lo, mention.start) + 1 or lo
    cut = text.find("\n", mention.end, hi)
    signs = _SENTENCE_SIGN_CHARS
    return bool(signs.search(text, begin, mention.start) or signs.search(text, mention.end, hi if cut < 0 else cut))


_BRACKET_OPENS = re.compile(r"\s*[（(]\s*(?:[^\s，,。（）()]{1,24}\s*[，,]\s*)?")  # `（`, `(Manila, `
_BRACKETED_PLACE = re.compile(r"\s*(?:[，,、]\s*[^\s，,、。；;（）()]{1,12}\s*)?[）)]\s*")  # `，北京）`, `)`
_PLACE_AFTER = re.compile(r"\s*[，,]\s*[\u3040-\u30ff\u3400-\u9fff]{1,6}\s*")  # a CJK place name


_ALONE_AROUND = re.compile(
    r"[\s()（）\[\]【】,，.。:：|/\-–—]|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?|[月火水木金土日]曜日?|星期."
)
# a dateline's date, then the outlet it credits in brackets (`(Reuters)`, `(Allyscope Wire)`), then a dash
_DATELINE_DASH = re.compile(r"\s*(?:\((?:[A-Z][\w.&'-]*\s?){1,4}\)\s*)?[-–—]\s")
_CLOSER = re.compile(r"[）)】\]]")


def _nearest_year(anchor: Anchor, month: int) -> int:
    """The year a month without one takes from the document's date: a document reports what happened, so the
    month is in the past (`12月` read in January 2024 is December 2023) unless it is at most two months ahead
    (`3月` read in January 2024 is March 2024)."""
    if anchor.month is None:
        return anchor.year
    distance = month - anchor.month
    if distance > 2:
        return anchor.year - 1
    if distance < -10:
        return anchor.year + 1
    return anchor.year


@cache
def _relative_words() -> tuple[frozenset[str], frozenset[str], dict[str, int]]:
    """The words of a year after and before the latest date, and of the document's year, lower case."""
    r = rules()
    next_words = frozenset(w.lower() for w in r["next_year"])
    previous_words = frozenset(w.lower() for w in r["previous_year"])
    return next_words, previous_words, {w.lower(): v for w, v in r["document_relative"].items()}


class _Groups:
    """A match's named groups read one by one, as `groupdict()` would give them: the expression has some 75
    groups, and a dict of them all for each date cost more than the few a date reads."""

    __slots__ = ("_match",)

    def __init__(self, match: re.Match[str]) -> None:
        self._match = match

    def __getitem__(self, name: str) -> Any:
        try:
            return self._match[name]
        except IndexError:  # a branch the expression tried at this place left out (`_starting_with`): unmatched
            return None

    def get(self, name: str, default: Any = None) -> Any:
        try:
            return self._match[name]
        except IndexError:
            return default


class DateReading(NamedTuple):
    """What `read_dates` found: the mentions, a warning per impossible date, and the anchor the text ends on."""

    mentions: list[DateMention]
    warnings: list[str]
    last: Anchor | None
    last_edtf: str | None


def read_dates(
    text: str,
    reference_year: int | None = None,
    document_date: Anchor | None = None,
    previous: Anchor | None = None,
    previous_edtf: str | None = None,
) -> DateReading:
    """Every date mention in `text`, in order, and a warning for each impossible date found.

    A date without a year takes it from the latest date before it (`previous`, or a `reference_year`, stands for
    one before the text), else from `document_date` (see the module docstring); one nothing anchors is left out."""
    r = rules()
    months: dict[str, int] = r["months_en"]
    seasons: dict[str, int] = r["seasons"]
    next_words, previous_words, now_words = _relative_words()
    last: Anchor | None = previous or (Anchor(reference_year) if reference_year else None)
    last_here = False  # whether `last` was read in this text (a paragraph), not before it
    last_edtf: str | None = previous_edtf or (str(reference_year) if reference_year else None)
    out: list[DateMention] = []
    warnings: list[str] = []
    # Text with no Latin word is searched without the English patterns, which cost most.
    count_heads = r["count_words"]["before"]
    last_end = 0  # where the date `last` ends in this text
    last_heads = False  # whether `last` heads its line, as a chronology's entry does (`2016 – In June …`)
    last_relative = False  # whether `last` was counted from the document's date (`昨年5月`, `last June`)
    for m in _scan(text, _has_latin_word(text)):
        if m.group(0)[0] == "次" and _char_before(text, m.start()) in count_heads:
            continue  # `首次日英会议`: `首次` (the first time) and `日` (Japan), not `次日` (the next day)
        if last_here and "\n" in text[last_end : m.start()]:
            last_here = False  # a new paragraph: the date before it is no longer its own paragraph's
        g = _Groups(m)
        kind = str(m.lastgroup)[1:]  # the outer group of an alternative closes last
        start, end = m.start(), m.end()
        edtf: str | None = None
        precision = "year"
        label = "absolute"
        document = False
        basis = "explicit"
        qualifier = ""
        role = ""
        try:
            if kind == "era":
                era = g["era"]
                era_year = number(g["eyear"])
                last_of_era = r.get("era_last_year", {}).get(era)
                if era_year < 1 or (last_of_era and era_year > last_of_era):
                    raise _Impossible(f"{era} has no year {era_year}")
                edtf, precision = _md_value(m, "e", r["eras"][era] + era_year)
                basis = "era"
                if g["efiscal"]:
                    label = "fiscal"
            elif kind == "cjk":
                # the branch's groups read in one call (the branch matched: the expression holds every one of them)
                year_text, c_month, c_season, c_part, c_open, c_fiscal, c_approx = m.group(
                    "year", "moc", "cseason", "cpart", "cjkopen", "cjkfiscal", "capprox"
                )
                year = number(year_text)
                if c_month:
                    edtf, precision = _md_value(m, "c", year)
                elif c_season:
                    _check(year)
                    edtf, precision, label = f"{year:04d}-{seasons[c_season]}", "season", "season"
                else:
                    edtf, precision = _ymd(year)
                    if c_part:
                        qualifier = r["year_parts"].get(c_part, "")
                if c_open:
                    edtf, label = f"{edtf}/..", "open"
                elif c_fiscal:
                    label = "fiscal"
                if c_approx:
                    edtf, qualifier = f"{edtf}~", "approximate"
                # `2022 年版`, a year inside `《…》`, or right before one (`1982年《公约》`) names a document
                after = text[end : end + 1]
                document = after in ("版", "《", "「", "『") or _in_document_title(text, start)
                if not document and not c_month:
                    document = (
                        # `1990年备忘录`, `2022年戦略概念`: a year written right before a document's noun names it
                        _document_noun_cjk().match(text, end) is not None
                        # `2001年的条约`, `2001年的《…条约》`: a year joined by 的 to a document's noun or title right
                        # after it names that document
                        or (
                            after == "的"
                            and (
                                _document_noun_cjk().match(text, end + 1) is not None
                                or text[end + 1 : end + 2] in ("《", "『")
                            )
                        )
                        # `1951年の米比相互防衛条約`: a year of a name whose head is a document noun
                        or _named_document_cjk().match(text, end) is not None
                    )
            elif kind == "fiscal":
                year = int(g["fyear"] or g["fyear2"])
                edtf, _ = _ymd(year)
                label = "fiscal"
            elif kind == "range":
                first_year, second_year = int(g["ry1"]), int(g["ry2"])
                _check(first_year)
                _check(second_year)
                if second_year < first_year:
                    raise _Impossible(f"{first_year}–{second_year} ends before it starts")
                edtf, precision, label = f"{first_year}/{second_year}", "range", "range"
                document = _in_document_title(text, start)
                role = "" if _opens_clause(text, start) else "period"
            elif kind == "en_range":
                first_year, second_year = int(g["ery1"]), int(g["ery2"])
                if second_year < first_year:
                    raise _Impossible(f"{first_year}–{second_year} ends before it starts")
                edtf, precision, label = f"{first_year}/{second_year}", "range", "range"
            elif kind in ("en_mdy", "en_dmy", "en_my"):
                year = int(g["y1"] or g["y2"] or g["y3"])
                month = months[(g["m1"] or g["m2"] or g["m3"]).lower()]
                day = g["d1"] or g["d2"]
                edtf, precision = _english_day(year, month, day, g["d1b"] or g["d2b"])
            elif kind == "en_month":
                anchor, basis = _anchor(last, last_here, document_date, last_heads)
                month = months[g["m8"].lower()]
                anchor, basis = _from_the_document(anchor, basis, month, last_relative, document_date)
                last_next = _LAST_OR_NEXT.search(text, max(0, start - 6), start)
                if document_date is not None and (g["rel8"] or last_next):
                    anchor, basis = document_date, "document-date"  # `in May last year`, `Last June`
                if anchor is not None:
                    year = anchor.year if basis == "previous-date" else _nearest_year(anchor, month)
                    if g["rel8"]:
                        year = anchor.year + now_words[f"{g['rel8'].lower()} year"]
                    elif last_next:  # the latest such month before the document's date, or the first after it
                        now = anchor.month or (1 if last_next.group(1).lower() == "next" else 12)
                        if last_next.group(1).lower() == "next":
                            year = anchor.year + (0 if month > now else 1)
                        else:
                            year = anchor.year - (0 if month < now else 1)
                    edtf, precision = _ymd(year, month)
                    label = "relative"
                    if _OPENS_FROM.search(text, max(0, start - 9), start):
                        edtf, label = f"{edtf}/..", "open"  # `since January`: from then on
            elif kind in ("en_md", "en_dm"):
                month = months[(g["m6"] or g["m7"]).lower()]
                said = (g["rel6"] or g["rel7"] or "").lower()
                anchor, basis = _anchor(last, last_here, document_date, last_heads)
                anchor, basis = _from_the_document(anchor, basis, month, last_relative, document_date)
                if said and document_date is not None:  # `9 December last year`
                    anchor, basis = Anchor(document_date.year + now_words[f"{said} year"]), "document-date"
                if anchor is not None:
                    year = anchor.year if basis == "previous-date" or said else _nearest_year(anchor, month)
                    edtf, precision = _english_day(year, month, g["d6"] or g["d7"], g["d6b"] or g["d7b"])
                    label = "relative"
            elif kind == "en_season":
                year = int(g["sy"])
                _check(year)
                edtf, precision, label = f"{year:04d}-{seasons[g['season'].lower()]}", "season", "season"
            elif kind == "en_part":
                edtf, precision = _ymd(int(g["py"]))
                qualifier = g["part"].lower()
            elif kind == "en_approx":
                year = int(g["ay"])
                _check(year)
                edtf, qualifier = f"{year:04d}~", "approximate"
            elif kind == "en_open":
                _check(int(g["y4"]))
                edtf, label = f"{g['y4']}/..", "open"
            elif kind == "en_year":
                year = int(g["y5"])
                edtf, _ = _ymd(year)
                before = _last_char_before(text, start)
                word = re.search(r"([A-Za-z]+)\s*$", text[max(0, start - 20) : start])
                # A bare year after CJK text is part of a name (`空中卫士 2023`): Chinese prose writes `2023 年`;
                # after a capitalized word that is not a month, it is part of a name too (`Air Defender 2023`).
                named = bool(
                    word
                    and word.group(1)[0].isupper()
                    and word.group(1).lower() not in months
                    and word.group(1).lower() not in _FUNCTION_WORDS
                )
                document = _in_document_title(text, start) or bool(before and not before.isascii()) or named
                document = document or _names_a_document(text, start, end)
            elif kind in ("cn_century_decade", "cjk_decade4"):
                if kind == "cjk_decade4":
                    decade_text = g["d4"] if len(g["d4"]) == 4 else "19" + g["d4"]  # `90年代` is the 1990s
                    _check(int(decade_text))
                    edtf, quality = f"{decade_text[:3]}X", g["d4q"]
                    if g["d4open"]:
                        role = "period"  # `2010年代起`, `2000年代後半以降`: a trend since then
                else:
                    century = number(g["cdc"]) - 1 if g["cdc"] else 19
                    decade = number(g["dec1"]) // 10
                    _check(century * 100 + decade * 10 + 9)
                    edtf, quality = f"{century:02d}{decade}X", g["decq"]
                    if g["decopen"]:
                        role = "period"  # `20世纪90年代以来`: a trend since then
                precision = label = "decade"
                if _decade_span_cjk(text, start, end):
                    role = "period"  # `1990年代を通じて`, `整个90年代`: a span of time, not the date of an act
                if quality:
                    qualifier = r["year_parts"].get(quality, "mid")
                    role = "period"  # a part of a decade (`2000年代後半`, `八十年代末`) names a period
            elif kind == "cn_decade_pair":
                century = number(g["pcc"]) - 1 if g["pcc"] else 19
                first, second = number(g["p1"]), number(g["p2"])
                _check(century * 100 + first * 10 + 9)
                out.append(DateMention(start, end, m.group(0), f"{century:02d}{first}X", "decade", "decade"))
                edtf, precision, label = f"{century:02d}{second}X", "decade", "decade"
            elif kind == "cn_century":
                century = number(g["cent"]) - 1
                _check(century * 100 + 99)
                edtf, precision, label, role = f"{century:02d}XX", "century", "century", "period"
            elif kind == "en_century":
                century = int(g["encent"]) - 1
                _check(century * 100 + 99)
                edtf, precision, label, role = f"{century:02d}XX", "century", "century", "period"
            elif kind == "en_decade":
                edtf, precision, label = f"{g['edec'][:3]}X", "decade", "decade"
                if g["edq"]:
                    qualifier, role = g["edq"].lower(), "period"
                elif _OPENS_FROM.search(text, max(0, start - 6), start) or _decade_span().search(
                    text, max(0, start - 14), start
                ):
                    role = "period"  # `since the 2010s`, `through the 1980s`, `the Tornado of the 1970s`: a span
            elif kind in ("now", "en_now") and document_date is not None:
                year = document_date.year + now_words[(g["now"] or g["ennow"]).lower()]
                edtf, precision = _md_value(m, "n", year)
                label, basis = "relative", "document-date"
                if g.get("nowopen"):
                    role = "period"  # `今年年中以来`: a trend since then
            elif kind == "relative" and last is not None:
                relative_word = g["rel"].lower()
                year = last.year + (1 if relative_word in next_words else -1 if relative_word in previous_words else 0)
                edtf, precision = _md_value(m, "r", year)
                label, basis = "relative", "relative"
            elif kind == "thereafter" and last_edtf is not None:
                edtf, precision, label, basis = f"{last_edtf.split('/')[0]}/..", "range", "relative", "relative"
                last_here = False  # `Since then …`: the story runs on to the present, a month after it the document's
            elif kind == "bare_month":
                month = number(g["mob"])
                anchor, basis = _anchor(last, last_here, document_date, last_heads)
                anchor, basis = _from_the_document(anchor, basis, month, last_relative, document_date)
                if anchor is not None:
                    year = anchor.year if basis == "previous-date" else _nearest_year(anchor, month)
                    edtf, precision = _md_value(m, "b", year)
                    label = "relative"
            elif kind == "bare_day":
                anchor, basis = _anchor(last if last and last.month else None, last_here, document_date)
                if anchor is not None and anchor.month is not None:
                    edtf, precision = _ymd(anchor.year, anchor.month, int(g["bd"]))
                    if g["bd2"]:
                        end_day, _ = _ymd(anchor.year, anchor.month, int(g["bd2"]))
                        if end_day <= edtf:
                            raise _Impossible(f"{edtf}/{end_day} ends before it starts")
                        edtf, precision = f"{edtf}/{end_day}", "range"
                    label = "relative"
            elif kind in ("month_word", "en_month_word") and document_date is not None and document_date.month:
                shift = r["document_months"][str(g["mword"] or g["enmword"]).lower()]
                index = document_date.year * 12 + document_date.month - 1 + shift
                edtf, precision = _ymd(index // 12, index % 12 + 1, int(g["mwday"]) if g["mwday"] else None)
                if g["mwday2"]:  # `本月10日至11日`: a range of days of that month
                    end_day, _ = _ymd(index // 12, index % 12 + 1, int(g["mwday2"]))
                    if end_day <= edtf:
                        raise _Impossible(f"{edtf}/{end_day} ends before it starts")
                    edtf, precision = f"{edtf}/{end_day}", "range"
                label, basis = "relative", "document-date"
            elif kind in ("day_word", "en_day_word"):
                day_word = str(g["dayword"] or g["endayword"]).lower()
                found_day = _day_word(day_word, g["dwday"], last, document_date, r)
                if found_day is not None:
                    edtf, precision, basis = found_day
                    label = "relative"
            elif kind in ("days_later", "en_days_later") and last is not None and last.day is not None:
                count = _count(g["nlater"] or g["enlater"])
                if count is not None:
                    day = datetime.date(last.year, last.month or 1, last.day) + datetime.timedelta(days=count)
                    edtf, precision = _ymd(day.year, day.month, day.day)
                    label, basis = "relative", "relative"
            elif kind in ("years_later", "en_years_later") and last is not None:
                count = _count(g["nylater"] or g["enylater"])
                if count is not None:
                    _check(last.year + count)
                    edtf, precision = _ymd(last.year + count)
                    label, basis = "relative", "relative"
            elif kind in ("weekday", "en_weekday") and out and _glosses(text, out[-1].end, start):
                continue  # `29日（月曜日）`: the weekday of the date before it, in brackets, is no date of its own
            elif kind in ("weekday", "en_weekday") and document_date is not None and document_date.day:
                weekday = r["weekdays"][(g["wd"] or g["enwd"]).lower()]
                today = datetime.date(document_date.year, document_date.month or 1, document_date.day)
                day = today - datetime.timedelta(days=(today.weekday() - weekday) % 7)
                edtf, precision = _ymd(day.year, day.month, day.day)
                label, basis = "relative", "document-date"
        except _Impossible as problem:
            warnings.append(f"{m.group(0)!r} at {start} is not a date: {problem}")
            continue
        if edtf is None:
            continue
        if not role and not document:
            role = _role(text, start, end, r)
        out.append(DateMention(start, end, m.group(0), edtf, precision, label, document, basis, role, qualifier))
        # `7月11、12日` anchors `13日` after it; `since then` (an open range) anchors nothing
        day_range = precision == "range" and "-" in edtf.split("/")[0] and not edtf.endswith("/..")
        if not document and role not in ("citation", "period", "period-end") and (precision in _ANCHORING or day_range):
            head = edtf.split("/")[0].rstrip("~")
            parts = head.split("-")
            last_here, last_end = True, end
            last_heads = _heads_line(text, start, end)
            last_relative = basis == "document-date"
            last = Anchor(
                int(parts[0]),
                int(parts[1]) if len(parts) > 1 and int(parts[1]) <= 12 else None,
                int(parts[2]) if len(parts) > 2 else None,
            )
            last_edtf = edtf
    for i in range(len(out) - 1):  # `令和5年度から令和9年度まで`: the start of a period that ends there
        opening, closing = out[i], out[i + 1]
        between = text[opening.end : closing.start]
        if closing.role == "period-end" and not opening.role and _PERIOD_OPENER.fullmatch(between):
            out[i] = replace(opening, role="period")
        # `through the 1980s and 1990s`: a decade joined to a span is part of that span
        elif (
            opening.kind == closing.kind == "decade"
            and opening.role
            and not closing.role
            and _DECADE_JOINER.fullmatch(between)
        ):
            out[i + 1] = replace(closing, role=opening.role)
    # `今天起至20日`, `本日から20日まで`: a day, then a later day after `起至`/`至`/`から`, are the two ends of one
    # range of days (which dates what happened over them)
    for i in range(len(out) - 1):
        opening, closing = out[i], out[i + 1]
        if (
            opening.precision == closing.precision == "day"
            and opening.role in ("", "period")  # `本日から20日まで`: the start of the days it runs to
            # (`2024年6月27日〜29日 – …`: the range opens a chronology's line, its dash no dateline's)
            and (
                closing.role in ("", "period-end")
                or (closing.role == "dateline" and _opens_its_line(text, opening.start))
            )
            and closing.edtf > opening.edtf
            and _DAY_RANGE_JOINER.fullmatch(text[opening.end : closing.start])
        ):
            out[i] = replace(opening, edtf=f"{opening.edtf}/{closing.edtf}", precision="range", role="")
            out[i + 1] = replace(closing, role="period-end")
        elif _open_day_closed_by(text, opening, closing):
            # `29日から30日にかけて`: the `から` read as an open start is closed by the later day
            first_day = opening.edtf[: -len("/..")]
            out[i] = replace(opening, edtf=f"{first_day}/{closing.edtf}", kind="range", precision="range")
            out[i + 1] = replace(closing, role="period-end")
    # `A year later, on 11 April 2024`, `Two days later, on 3 May`: a count of time from the date before, followed
    # by the date it comes to, is that one date told twice; the count (a coarser reading of the same day) goes
    out = [
        mention
        for i, mention in enumerate(out)
        if not (
            mention.basis == "relative"
            and i + 1 < len(out)
            and out[i + 1].basis != "relative"
            and _GLOSSED_BY_DATE.fullmatch(text, mention.end, out[i + 1].start)
        )
    ]
    # `2016 – In June …`: the year heading a chronology's line dates that line's acts through the dates anchored on
    # it, and is no event of its own beside them
    for i, entry in enumerate(out):
        if entry.precision == "year" and not entry.role and _heads_line(text, entry.start, entry.end):
            line_end = text.find("\n", entry.end)
            line_end = len(text) if line_end < 0 else line_end
            if any(m.start < line_end and m.basis == "previous-date" for m in out[i + 1 :]):
                out[i] = replace(entry, role="heading")
    return DateReading(out, warnings, last, last_edtf)


def _last_char_before(text: str, start: int) -> str:
    """The last character before `start` that is not white space (`text[:start].rstrip()[-1:]`, without copying
    the text before every year)."""
    at = start - 1
    while at >= 0 and text[at].isspace():
        at -= 1
    return text[at] if at >= 0 else ""


_ANCHORING = ("day", "month", "year", "season")
# between a count of time and the date it comes to (`A year later, on 11 April 2024`, `翌年、2024年…`)
_GLOSSED_BY_DATE = re.compile(r"\s*[,，、]\s*(?:(?:on|in|at)\s+(?:the\s+)?)?")
_DAY_RANGE_JOINER = re.compile(r"\s*(?:(?:起|开始|開始|から)?\s*(?:至|到|～|〜|~)|から)\s*")
_RANGE_CLOSER = re.compile(r"\s*(?:にかけて|まで)")


def _open_day_closed_by(text: str, opening: DateMention, closing: DateMention) -> bool:
    """Is `opening` a day read as an open start (`29日から`) that the next date, a later day followed by
    `にかけて`/`まで` (`30日にかけて`), closes? Then the two are one range of days."""
    return (
        opening.kind == "open"
        and opening.precision == closing.precision == "day"
        and opening.edtf.endswith("/..")
        and not opening.role
        and closing.role in ("", "period-end")
        and not text[opening.end : closing.start].strip()
        and closing.edtf > opening.edtf[: -len("/..")]
        and _RANGE_CLOSER.match(text, closing.end) is not None
    )


_DECADE_JOINER = re.compile(r"\s*(?:and|or|to|–|-|—|、|和|与|與|及|至|から|と)?\s*(?:the\s+)?", re.IGNORECASE)
_LINE_HEAD_SEPARATOR = re.compile(r"[ \t]*(?:[–—:：]|-(?=\s))")


def _heads_line(text: str, start: int, end: int) -> bool:
    """Does the date at `[start, end)` open its line, followed by a dash or colon (a chronology's entry:
    `2016 – …`, `2016: …`)?"""
    return _opens_its_line(text, start) and _LINE_HEAD_SEPARATOR.match(text, end) is not None


_PERIOD_OPENER = re.compile(r"\s*(?:から|至|到|起|—|–|-|~|～|〜)\s*")
_NUMBER_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "ten": 10}


def _count(token: str) -> int | None:
    """A small count in digits, Chinese numerals or English words (`3`, `三`, `two`), or None."""
    if token.isdigit():
        return int(token)
    if token.lower() in _NUMBER_WORDS:
        return _NUMBER_WORDS[token.lower()]
    if all(c in "一二两兩三四五六七八九十" for c in token):
        return number(token.replace("两", "二").replace("兩", "二"))
    return None


def _day_word(
    word: str, day: str | None, last: Anchor | None, document: Anchor | None, r: dict[str, Any]
) -> tuple[str, str, str] | None:
    """(EDTF, precision, basis) of a word that names a day or month from another date: `本日`, `yesterday`
    (the document's date), `同日`, `翌日`, `同月21日`, `翌月` (the date before)."""
    today = {w.lower(): v for w, v in r["today"].items()}
    if word in today:
        if document is None or document.day is None:
            return None
        moved = datetime.date(document.year, document.month or 1, document.day) + datetime.timedelta(today[word])
        return *_ymd(moved.year, moved.month, moved.day), "document-date"
    if (last is None or last.day is None) and _after_a_happening(word) and document and document.day:
        # `after the ceremony` with no day before it to count from: the happening it refers back to is the
        # document's own day (a news story's, a release's), not the month or year the text last named
        return *_ymd(document.year, document.month or 1, document.day), "document-date"
    if last is None or last.month is None:
        return None
    lower = {w.lower() for w in r["same_month"]}, {w.lower() for w in r["next_month"]}
    if word in lower[0] or word in lower[1]:
        month = last.month + (1 if word in lower[1] else 0)
        year = last.year + (month - 1) // 12
        month = (month - 1) % 12 + 1
        return *_ymd(year, month, int(day) if day else None), "relative"
    if last.day is None:
        return None
    step = 1 if word in {w.lower() for w in r["next_day"]} else 0
    moved = datetime.date(last.year, last.month, last.day) + datetime.timedelta(days=step)
    return *_ymd(moved.year, moved.month, moved.day), "relative"


def _after_a_happening(word: str) -> bool:
    """Does a word of the same day tell it as the time after a happening (`after the talks`, `会谈后`), rather than
    point back to a date (`the same day`, `同日`)?"""
    return word.startswith("after ") or word.endswith(("后", "後"))


def _anchor(
    last: Anchor | None, last_here: bool, document: Anchor | None, heads: bool = False
) -> tuple[Anchor | None, str]:
    """What a yearless date is anchored on (see the module docstring): the latest date of its own paragraph
    that names a month (a year alone is background: `AUKUS, founded in 2021, … On April 8`) or that `heads` its
    line (a chronology's entry: `2016 – In June …`), else the document's date, else the latest date before it."""
    if last is not None and ((last_here and (last.month is not None or heads)) or document is None):
        return last, "previous-date"
    return document, "document-date"


def _from_the_document(
    anchor: Anchor | None, basis: str, month: int, last_relative: bool, document: Anchor | None
) -> tuple[Anchor | None, str]:
    """A yearless month read after a date the text counts from its own date (`昨年5月`, `last June`) keeps that
    date's year when it runs on from it (`昨年6月…7月`: July of last year), but one earlier in the year than it
    (`昨年5月…。3月30日`) goes back to the document's own time and takes its year from the document's date: the text
    dates by the present, and a story does not run backwards within the year it dated by the present."""
    if (
        basis == "previous-date"
        and last_relative
        and document is not None
        and anchor is not None
        and anchor.month is not None
        and month < anchor.month
    ):
        return document, "document-date"
    return anchor, basis


def _english_day(year: int, month: int, day: str | None, second: str | None) -> tuple[str, str]:
    def value(token: str) -> int:
        return int(re.sub(r"\D", "", token))

    edtf, precision = _ymd(year, month, value(day) if day else None)
    if day and second:
        end, _ = _ymd(year, month, value(second))
        if end <= edtf:
            raise _Impossible(f"{edtf}/{end} ends before it starts")
        return f"{edtf}/{end}", "range"
    return edtf, precision


def find_dates(text: str, reference_year: int | None = None, document_date: Anchor | None = None) -> list[DateMention]:
    """Every date mention in `text`, in order (`read_dates` without its warnings)."""
    return read_dates(text, reference_year, document_date).mentions


def anchor_of(value: Any) -> Anchor | None:
    """An `Anchor` from a document date as the layout stage gives it (`2024-03-05`, `2024-03`, `2024`, or a
    `datetime.date`); None when it is absent or not a date."""
    if value is None:
        return None
    if hasattr(value, "year") and hasattr(value, "month"):
        return Anchor(int(value.year), int(value.month), int(getattr(value, "day", 0)) or None)
    match = re.match(r"^\s*(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", str(value))
    if not match:
        return None
    year, month, day = match.groups()
    try:
        _check(int(year), int(month) if month else None, int(day) if day else None)
    except _Impossible:
        return None
    return Anchor(int(year), int(month) if month else None, int(day) if day else None)


def document_date(doc: Any) -> Anchor | None:
    """The document's own date, the anchor of last resort: `Document.date`, which the structure stage reads from
    its dateline, its "published" line or the issue it appeared in (None when it states none)."""
    return anchor_of(getattr(doc, "date", None))


def mark_dates(doc: Any) -> Any:
    """The dates stage: every date of the document's abstract and paragraphs, in text order, on `doc.dates`
    (offsets into `doc.text`), anchored on what came before and on the document's own date; impossible dates
    become `doc.warnings`. Dates of a caption or of a reference entry get that as their `role` and anchor
    nothing after them."""
    from allyscope.regions import regions

    anchor = document_date(doc)
    previous: Anchor | None = None
    previous_edtf: str | None = None
    found: list[DateMention] = []
    warnings: list[str] = []
    text = doc.text
    for region in regions(doc):
        piece = text[region.start : region.end]
        reading = read_dates(piece, None, anchor, previous, previous_edtf)
        for mention in reading.mentions:
            role = mention.role if region.states_events else mention.role or region.where
            if not role and not mention.document and _on_a_date_line(piece, mention):
                role = "dateline"  # a header or date line dates the document, not an event
                if anchor is None and mention.precision in ("day", "month"):
                    anchor = anchor_of(mention.edtf)  # the document's date, when the layout found none
            found.append(
                DateMention(
                    mention.start + region.start,
                    mention.end + region.start,
                    mention.text,
                    mention.edtf,
                    mention.precision,
                    mention.kind,
                    mention.document,
                    mention.basis,
                    role,
                    mention.qualifier,
                )
            )
        if reading.warnings:  # (most regions have none: no generator made for them)
            warnings.extend(f"date: {w} (in the {region.where} at {region.start})" for w in reading.warnings)
        if region.anchors_dates:
            previous, previous_edtf = reading.last, reading.last_edtf
    return doc.evolve(dates=tuple(found), warnings=(*doc.warnings, *warnings))
