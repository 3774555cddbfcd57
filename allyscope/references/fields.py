"""The pieces of a citation that look the same in every style: URLs, dates, pages, volumes, titles in quotes.

Every finder returns the matched text's offsets as well as its value, so that the parser can take what is
left (the author before the title, the container after it) from the same string. Dates come back as CSL
`date-parts` at the precision the citation gives: `[[2023]]`, `[[2023, 7]]` or `[[2023, 7, 12]]`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

URL = re.compile(
    r"(?:[hH][tT][tT][pP][sS]?://|[wW][wW][wW]\.)[^\s\]<>\u3000-\u9fff\uff00-\uffef]+"
)  # case-blind by hand: faster
_URL_TRAIL = ".,;:()'\"”’"
_URL_LABEL = re.compile(r"[.,;](?:Accessed|Retrieved|Viewed|Available|Last|Cited)\b")

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
ERAS = {"令和": 2018, "平成": 1988, "昭和": 1925, "大正": 1911, "明治": 1867, "民國": 1911, "民国": 1911}

_CJK_DATE = re.compile(r"(\d{4})\s*年\s*(?:(\d{1,2})\s*月\s*(?:(\d{1,2})\s*日)?)?")
_ERA_DATE = re.compile(
    r"(令和|平成|昭和|大正|明治|民國|民国)\s*(元|\d{1,2}|[一二三四五六七八九十]{1,3})\s*年(?:\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?)?"
)
_EN_MDY = re.compile(rf"\b({_MONTH})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})\b", re.IGNORECASE)
_EN_DMY = re.compile(rf"\b(\d{{1,2}})\s+({_MONTH})\.?,?\s+(\d{{4}})\b", re.IGNORECASE)
_EN_MY = re.compile(rf"\b({_MONTH})\.?\s+(\d{{4}})\b", re.IGNORECASE)
_ISO = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")
_YEAR = re.compile(r"(?<![\d/._-])(1[89]\d{2}|20\d{2})(?![\d/])")
_CN_NUMERALS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}

PAGES = re.compile(
    r"第\s*(\d+(?:\s*[-—–~～]\s*\d+)?)\s*页|(\d+(?:\s*[-—–]\s*\d+)?)\s*頁|\bpp?\.\s*(\d+(?:\s*[-–]\s*\d+)?)"
)


@dataclass(frozen=True, slots=True)
class Found:
    """A value found in a citation and where its text stood."""

    value: Any
    start: int
    end: int


_GLUED_AFTER_URL = re.compile(r"[,(（][\d\s]*$")
_PAGE_DASH = re.compile(r"\s*[—–~～]\s*|\s*-\s*")


def url_end(text: str, start: int, end: int) -> int:
    """Where a URL matched in `text[start:end]` really ends: without the stops after it, a closing bracket
    it did not open, or what a note glued to it before CJK text (`…/a.pdf(访问日期`, `…/a,1992年`)."""
    if end < len(text) and "\u3000" <= text[end] <= "\u9fff":
        glued = _GLUED_AFTER_URL.search(text[start:end])
        if glued:
            end = start + glued.start()
    label = _URL_LABEL.search(text, start, end)
    if label:  # `….html.Accessed: 2008-03-19`: a space lost before the access date
        end = label.start()
    while end > start + 1 and text[end - 1] in _URL_TRAIL:
        if text[end - 1] == ")" and text.count("(", start, end) >= text.count(")", start, end):
            break
        end -= 1
    return end


def find_url(text: str) -> Found | None:
    match = URL.search(text)
    if not match:
        return None
    end = url_end(text, match.start(), match.end())
    return Found(text[match.start() : end], match.start(), end)


def _cn_number(token: str) -> int:
    if token == "元":
        return 1
    if token.isdigit():
        return int(token)
    if token.startswith("十"):
        return 10 + (_CN_NUMERALS.get(token[1:], 0) if len(token) > 1 else 0)
    if "十" in token:
        tens, _, ones = token.partition("十")
        return _CN_NUMERALS.get(tens, 0) * 10 + (_CN_NUMERALS.get(ones, 0) if ones else 0)
    return _CN_NUMERALS.get(token, 0)


def _parts(*numbers: str | int | None) -> list[int]:
    out: list[int] = []
    for n in numbers:
        if n is None or n == "":
            break
        out.append(int(n))
    return out


def _alternation(names: tuple[str, ...]) -> re.Pattern[str]:
    patterns = {
        "era": _ERA_DATE,
        "cjk": _CJK_DATE,
        "iso": _ISO,
        "mdy": _EN_MDY,
        "dmy": _EN_DMY,
        "my": _EN_MY,
        "year": _YEAR,
    }
    joined = "|".join(f"(?P<{name}>{patterns[name].pattern})" for name in names)
    # a cheap first-character test before the alternatives (dates start with a digit, an era or a month name)
    months = r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)" if "mdy" in names else ""
    first = rf"(?=[\d令平昭大明民]{months})"
    # no case-blind flag: the text is lower-cased first (month names are lower case here), which is several
    # times faster than a case-blind engine on Chinese text
    return re.compile(first + "(?:" + joined.replace("(\\d", "(?:\\d") + ")")


# One pass over the citation, leftmost match first; month names are tried only where Latin letters occur.
_ANY_DATE = _alternation(("era", "cjk", "iso", "mdy", "dmy", "my", "year"))
_CJK_DATES = _alternation(("era", "cjk", "iso", "year"))
_MONTH_STEM = re.compile("jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec")


def find_dates(text: str, url: Found | None = None) -> list[Found]:
    """Every date in a citation, in order, as `date-parts` lists (`[2023, 7, 12]`): one pass, leftmost first.

    Years inside the citation's URL (`url`, found here when not given) are not dates."""
    if not _HAS_DIGIT.search(text):
        return []
    where = url or find_url(text) or Found(None, 0, 0)
    found: list[Found] = []
    lowered = text.lower()
    english = _MONTH_STEM.search(lowered) is not None
    if len(lowered) != len(text):  # a rare character whose lower case is longer: offsets must stay
        lowered, english = text, False
    pattern = _ANY_DATE if english else _CJK_DATES
    for m in pattern.finditer(lowered):
        kind = m.lastgroup
        start, end = m.start(), m.end()
        if where.start <= start < where.end:
            continue
        chunk = m.group(0)
        parts: list[int]
        if kind == "era":
            era = _ERA_DATE.fullmatch(chunk)
            assert era is not None
            parts = [ERAS[era.group(1)] + _cn_number(era.group(2)), *_parts(era.group(3), era.group(4))]
        elif kind == "cjk":
            cjk = _CJK_DATE.fullmatch(chunk)
            assert cjk is not None
            parts = _parts(cjk.group(1), cjk.group(2), cjk.group(3))
        elif kind == "iso":
            parts = [int(p) for p in chunk.split("-")]
        elif kind == "mdy":
            mdy = _EN_MDY.fullmatch(chunk)
            assert mdy is not None
            parts = [int(mdy.group(3)), MONTHS[mdy.group(1).lower()], int(mdy.group(2))]
        elif kind == "dmy":
            dmy = _EN_DMY.fullmatch(chunk)
            assert dmy is not None
            parts = [int(dmy.group(3)), MONTHS[dmy.group(2).lower()], int(dmy.group(1))]
        elif kind == "my":
            my = _EN_MY.fullmatch(chunk)
            assert my is not None
            parts = [int(my.group(2)), MONTHS[my.group(1).lower()]]
        else:
            parts = [int(chunk)]
        if len(parts) >= 2 and not 1 <= parts[1] <= 12:
            parts = parts[:1]
        if len(parts) == 3 and not 1 <= parts[2] <= 31:
            parts = parts[:2]
        found.append(Found(parts, start, end))
    return found


_HAS_DIGIT = re.compile(r"\d|[元一二三四五六七八九十]\s*年")


_LOCATORS = re.compile(
    r"(?=[第\dpvn])(?:(?P<pages>"
    + PAGES.pattern
    + r")|\bvol\.\s*(?P<volume>\d+)|\bno\.\s*(?P<issue>\d+)|第\s*(?P<issue2>\d+)\s*[期号]"
    r"|第\s*(?P<section>\d+)\s*版)"
)


def find_locators(text: str) -> dict[str, str]:
    """Pages, volume, issue and newspaper page (`section`) of a citation, each the first found, in one pass."""
    out: dict[str, str] = {}
    for m in _LOCATORS.finditer(text.lower()):  # values are digits: the lower-cased text gives the same
        kind = m.lastgroup
        if kind == "pages" and "page" not in out:
            value = next(g for g in m.groups()[1:4] if g)
            out["page"] = _PAGE_DASH.sub("-", value)
        elif kind == "volume":
            out.setdefault("volume", m.group("volume"))
        elif kind in ("issue", "issue2"):
            out.setdefault("issue", m.group(kind))
        elif kind == "section":
            out.setdefault("section", m.group("section"))
    return out


def find_pages(text: str) -> Found | None:
    match = PAGES.search(text)
    if not match:
        return None
    value = next(g for g in match.groups() if g)
    return Found(_PAGE_DASH.sub("-", value), match.start(), match.end())
