"""Dates in Chinese, Japanese and English prose, normalized to EDTF with their precision and exact source span.

Absolute dates (`2023 年 7 月`, `July 12, 2023`, `12 Jul. 2023`, `令和5年7月`, `民國112年`), dates relative to the
one before (`同年 10 月`, `次年`, `翌年`, a bare `8 月` after a dated sentence, `the following year`), ranges and
open starts (`2023—2026`, `2019 年 3 月起`, `since 2014`), decades and centuries (`20 世纪 80 年代`, `八九十年代`,
`the early 1990s`, `21 世纪`), fiscal years (`2023 财年`). A year that only names a document (`2022 年版`, a year
inside `《…》`) is reported with `document=True`: it is not the date of an event. The vocabulary lives in
`data/date_rules.json`; what is here is how it is used.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any


@dataclass(frozen=True, slots=True)
class DateMention:
    """One date in a text: `[start, end)` of the words, the EDTF value, its precision, and how it was read.

    `precision` is `day`, `month`, `year`, `decade`, `century` or `range`; `kind` is `absolute`, `relative`,
    `range`, `open`, `decade`, `century` or `fiscal`; `document` marks a year that only names a document.
    """

    start: int
    end: int
    text: str
    edtf: str
    precision: str
    kind: str
    document: bool = False


@cache
def rules() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(resources.files("allyscope.data").joinpath("date_rules.json").read_text("utf-8"))
    return data


def _alternatives(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    r = rules()
    months = _alternatives(list(r["months_en"]))
    eras = _alternatives(list(r["eras"]))
    num = r"(?:\d{1,3}|[一二三四五六七八九十]{1,3}|元)"
    sep = _alternatives(r["range_separators"])
    open_suffix = _alternatives(r["open_start_suffix"])
    relative = _alternatives(r["same_year"] + r["next_year"] + r["previous_year"])
    thereafter = _alternatives(r["thereafter"])
    fiscal = _alternatives(r["fiscal_markers"])
    parts = {
        "cn_century_decade": (
            r"(?:(?P<cdc>\d{2}|[一二]十[一二三四五六七八九]?)\s*世纪\s*)?"
            r"(?P<dec1>[一二三四五六七八九]十|\d0)\s*(?:(?P<dec2>[一二三四五六七八九])十)?\s*年代(?P<decq>初|末|中期)?"
        ),
        "cn_decade_pair": (
            r"(?:(?P<pcc>\d{2}|二十|二十一)\s*世纪\s*)?(?P<p1>[一二三四五六七八九])(?P<p2>[一二三四五六七八九])十\s*年代"
        ),
        "cn_century": (
            r"(?P<cent>\d{2}|二十一|二十|十九)\s*世纪"
            r"(?!\s*(?:\d0|[一二三四五六七八九]十|[一二三四五六七八九]{2}十)\s*年代)"
        ),
        "en_century": r"\b(?P<encent>\d{2})(?:st|nd|rd|th)\s+century\b",
        "en_decade": r"\b(?:the\s+)?(?:(?P<edq>early|mid|late)[\s-]+)?(?P<edec>1[89]\d0|20\d0)s\b",
        "era": (
            rf"(?P<era>{eras})\s*(?P<eyear>{num})\s*年"
            r"(?:\s*(?P<emonth>\d{1,2})\s*月(?:\s*(?P<eday>\d{1,2})\s*日)?)?"
        ),
        "range": (
            rf"(?P<ry1>(?:1[89]|20)\d{{2}})\s*(?:年)?\s*(?:{sep})\s*"
            r"(?P<ry2>(?:1[89]|20)\d{2})\s*(?:年(?!\s*\d{1,2}\s*月))?"
        ),
        "cjk": (
            r"(?P<year>(?:1[89]|20)\d{2})\s*年(?!\s*第)"
            r"(?:\s*(?P<month>\d{1,2})\s*月(?:\s*(?P<day>\d{1,2})\s*[日号])?)?"
            rf"(?P<cjkopen>\s*(?:{open_suffix}))?(?P<cjkfiscal>\s*度)?"
        ),
        "fiscal": rf"(?P<fyear>(?:1[89]|20)\d{{2}})\s*(?:{fiscal})",
        "relative": rf"(?P<rel>{relative})(?:\s*(?P<relmonth>\d{{1,2}})\s*月(?:\s*(?P<relday>\d{{1,2}})\s*日)?)?",
        "thereafter": rf"(?P<after>{thereafter})",
        "bare_month": r"(?<![\d年])(?P<bmonth>\d{1,2})\s*月(?:\s*(?P<bday>\d{1,2})\s*日)?(?!\s*\d)",
        "en_mdy": rf"\b(?P<m1>{months})\.?\s+(?P<d1>\d{{1,2}}),?\s+(?P<y1>(?:1[89]|20)\d{{2}})\b",
        "en_dmy": rf"\b(?P<d2>\d{{1,2}})\s+(?P<m2>{months})\.?,?\s+(?P<y2>(?:1[89]|20)\d{{2}})\b",
        "en_my": rf"\b(?P<m3>{months})\.?\s+(?P<y3>(?:1[89]|20)\d{{2}})\b",
        "en_open": r"\b(?P<since>since|from|starting in|beginning in)\s+(?P<y4>(?:1[89]|20)\d{2})\b",
        "en_year": r"(?<![\d./-])(?P<y5>(?:1[89]|20)\d{2})(?![\d/])(?!\s*年)",
    }
    # Every pattern starts with one of these characters; testing one character class first at each position
    # spares the engine from trying every alternative there.
    words = [*r["same_year"], *r["next_year"], *r["previous_year"], *r["thereafter"], *r["eras"], *r["months_en"]]
    words += ["since", "from", "starting", "beginning", "the", "early", "mid", "late"]
    initials = {w[0].lower() for w in words} | {w[0].upper() for w in words} | set("0123456789一二三四五六七八九十")
    first = "(?=[" + "".join(sorted(re.escape(c) for c in initials)) + "])"
    # Only the parts with English words ignore case: a case-blind engine is twice as slow on Chinese text.
    cased = {"cn_century_decade", "cn_decade_pair", "cn_century", "range", "cjk", "bare_month"}
    alternatives = {
        name: f"(?P<_{name}>{pattern})" if name in cased else f"(?i:(?P<_{name}>{pattern}))"
        for name, pattern in parts.items()
    }
    joined = first + "(?:" + "|".join(alternatives.values()) + ")"
    cjk_only = first + "(?:" + "|".join(a for name, a in alternatives.items() if not name.startswith("en_")) + ")"
    return {"any": re.compile(joined), "cjk": re.compile(cjk_only)}


_LATIN_WORD = re.compile(r"[A-Za-z]{3}")
_FUNCTION_WORDS = {
    "in",
    "since",
    "by",
    "from",
    "until",
    "till",
    "before",
    "after",
    "during",
    "of",
    "on",
    "to",
    "and",
    "or",
    "as",
    "at",
    "for",
    "through",
    "circa",
    "early",
    "late",
    "mid",
    "year",
    "fy",
}


def _cjk_number(token: str) -> int:
    values: dict[str, int] = rules()["cjk_numerals"]
    if token.isdigit():
        return int(token)
    if token == "元":
        return 1
    if "十" in token:
        tens, _, ones = token.partition("十")
        return (values.get(tens, 1) if tens else 1) * 10 + (values.get(ones, 0) if ones else 0)
    return values.get(token, 0)


def _ymd(year: int, month: int | None = None, day: int | None = None) -> tuple[str, str]:
    if month and 1 <= month <= 12:
        if day and 1 <= day <= 31:
            return f"{year:04d}-{month:02d}-{day:02d}", "day"
        return f"{year:04d}-{month:02d}", "month"
    return f"{year:04d}", "year"


def _century_prefix(token: str | None) -> int | None:
    """`20` / `二十` (the 20th century) → 19 (the first two digits of its years)."""
    if not token:
        return None
    return _cjk_number(token) - 1


def _in_document_title(text: str, start: int) -> bool:
    """True when `start` lies inside `《…》` (a year in a title names the document, not an event)."""
    opened = text.rfind("《", 0, start)
    return opened >= 0 and text.rfind("》", opened, start) < 0


def find_dates(text: str, reference_year: int | None = None) -> list[DateMention]:
    """Every date mention in `text`, in order. Relative mentions resolve against the date before them (or
    `reference_year`); one that cannot be resolved is left out."""
    r = rules()
    months: dict[str, int] = r["months_en"]
    next_words = {w.lower() for w in r["next_year"]}
    previous_words = {w.lower() for w in r["previous_year"]}
    last_year = reference_year
    last_edtf: str | None = str(reference_year) if reference_year else None
    out: list[DateMention] = []
    # Text with no Latin word is searched without the English patterns, which cost most.
    pattern = _patterns()["any" if _LATIN_WORD.search(text) else "cjk"]
    for m in pattern.finditer(text):
        g = m.groupdict()
        kind = str(m.lastgroup)[1:]  # the outer group of an alternative closes last
        start, end = m.start(), m.end()
        edtf: str | None = None
        precision = "year"
        label = "absolute"
        document = False
        if kind == "era":
            year = r["eras"][g["era"]] + _cjk_number(g["eyear"])
            edtf, precision = _ymd(
                year, int(g["emonth"]) if g["emonth"] else None, int(g["eday"]) if g["eday"] else None
            )
        elif kind == "cjk":
            year = int(g["year"])
            edtf, precision = _ymd(year, int(g["month"]) if g["month"] else None, int(g["day"]) if g["day"] else None)
            if g["cjkopen"]:
                edtf, label = f"{edtf}/..", "open"
            elif g["cjkfiscal"]:
                label = "fiscal"
            document = text[end : end + 1] == "版" or _in_document_title(text, start)
        elif kind == "fiscal":
            edtf, label = g["fyear"], "fiscal"
        elif kind == "range":
            edtf, precision, label = f"{g['ry1']}/{g['ry2']}", "range", "range"
            document = _in_document_title(text, start)
        elif kind in ("en_mdy", "en_dmy", "en_my"):
            year = int(g["y1"] or g["y2"] or g["y3"])
            month = months[(g["m1"] or g["m2"] or g["m3"]).lower()]
            day = g["d1"] or g["d2"]
            edtf, precision = _ymd(year, month, int(day) if day else None)
        elif kind == "en_open":
            edtf, label = f"{g['y4']}/..", "open"
        elif kind == "en_year":
            edtf = g["y5"]
            before = text[:start].rstrip()[-1:]
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
        elif kind == "cn_century_decade":
            century = _century_prefix(g["cdc"]) if g["cdc"] else 19
            decade = _cjk_number(g["dec1"]) // 10 if not g["dec1"].isdigit() else int(g["dec1"]) // 10
            edtf, precision, label = f"{century:02d}{decade}X", "decade", "decade"
        elif kind == "cn_decade_pair":
            century = _century_prefix(g["pcc"]) if g["pcc"] else 19
            first, second = _cjk_number(g["p1"]), _cjk_number(g["p2"])
            out.append(DateMention(start, end, m.group(0), f"{century:02d}{first}X", "decade", "decade"))
            edtf, precision, label = f"{century:02d}{second}X", "decade", "decade"
        elif kind == "cn_century":
            century = _century_prefix(g["cent"])
            edtf, precision, label = f"{century:02d}XX", "century", "century"
        elif kind == "en_century":
            century = int(g["encent"]) - 1
            edtf, precision, label = f"{century:02d}XX", "century", "century"
        elif kind == "en_decade":
            edtf, precision, label = f"{g['edec'][:3]}X", "decade", "decade"
        elif kind == "relative" and last_year is not None:
            relative_word = g["rel"].lower()
            year = last_year + (1 if relative_word in next_words else -1 if relative_word in previous_words else 0)
            edtf, precision = _ymd(
                year, int(g["relmonth"]) if g["relmonth"] else None, int(g["relday"]) if g["relday"] else None
            )
            label = "relative"
        elif kind == "thereafter" and last_edtf is not None:
            edtf, precision, label = f"{last_edtf.split('/')[0]}/..", "range", "relative"
        elif kind == "bare_month" and last_year is not None:
            edtf, precision = _ymd(last_year, int(g["bmonth"]), int(g["bday"]) if g["bday"] else None)
            label = "relative"
        if edtf is None:
            continue
        out.append(DateMention(start, end, m.group(0), edtf, precision, label, document))
        if not document and precision in ("day", "month", "year"):
            last_year = int(edtf[:4])
            last_edtf = edtf
    return out
