"""Heading systems (`data/layouts/headings.json`): what a heading line looks like, and how deep it sits.

A line is a heading of a family when the family's expression matches it whole (`一、…`, `（一）…`, `Ⅰ　…`,
`1.1 …`), or when it is one of the unnumbered headings (`Introduction`, `はじめに`, `结语`). How deep a family
sits is not a table: it is read off the document, the first family met being level 1 and a family first met
under another one level deeper (`nest_levels`).
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from allyscope.layout.dating import find_dates
from allyscope.regex_firsts import may_start_with

UNNUMBERED = "unnumbered"
"""The family key of a listed unnumbered heading (Introduction, はじめに, 结语): it stands at the top level."""
PAGE_PART = "page_part"
"""The family key of a head parting a country page in two (`国家概况`, `双边关系`: headings.json 'page_parts'): at
level 1, it holds every head under it one level below until the next part (lay85)."""
STANDALONE = "standalone"
"""The family key of any other heading without a number: one level below the numbered heading it follows."""
GIVEN = ""
"""The family of a heading whose level a reader took from the source (a Word heading style): kept as given."""


@dataclass(frozen=True, slots=True)
class _Family:
    name: str
    pattern: re.Pattern[str]
    needs_label: bool
    depth_by_label: bool
    depth_by_numbering: bool  # the numbering's length is the depth (`##`, `###`: a sign repeated to nest)
    loose: re.Pattern[str] | None  # trusted only where a subsection numbered under the line follows it
    series: bool  # a heading only where another line of the text has its mark (`■…` twice): a system of heads


@dataclass(frozen=True, slots=True)
class _Headings:
    families: tuple[_Family, ...]
    title_never_starts: str
    unnumbered: re.Pattern[str]
    page_parts: frozenset[str]
    initials: frozenset[str]  # first characters of every unnumbered heading (a cheap test before the expression)
    any_family: re.Pattern[str]  # every family's expression in one: most lines match none, told in one call


@cache
def _data() -> dict[str, Any]:
    """`data/layouts/headings.json`, read once for every reader of this module."""
    data: dict[str, Any] = json.loads(
        resources.files("allyscope.data").joinpath("layouts/headings.json").read_text("utf-8")
    )
    return data


@cache
def _headings() -> _Headings:
    data = _data()
    numerals: dict[str, str] = data["numerals"]
    families = []
    for family in data["families"]:
        pattern = family["pattern"]
        for name, value in numerals.items():
            pattern = pattern.replace("{" + name + "}", value)
        families.append(
            _Family(
                family["name"],
                re.compile(pattern),
                bool(family.get("needs_label", False)),
                bool(family.get("depth_by_label", False)),
                bool(family.get("depth_by_numbering", False)),
                re.compile(family["loose_pattern"]) if "loose_pattern" in family else None,
                bool(family.get("series", False)),
            )
        )
    words = sorted(data["unnumbered"], key=len, reverse=True)
    unnumbered = re.compile(r"(?:" + "|".join(re.escape(w) for w in words) + r")[\s\u3000]*[:：.]?")
    initials = (
        frozenset(w[0] for w in words) | frozenset(w[0].lower() for w in words) | frozenset(w[0].upper() for w in words)
    )
    any_family = re.compile("|".join(f"(?:{f.pattern.pattern})" for f in families))
    parts = frozenset(data.get("page_parts", []))
    return _Headings(tuple(families), data["title_never_starts"], unnumbered, parts, initials, any_family)


_NOT_HEADING_END = "，,、；;：:"
_MAY_START: dict[str, bool] = {}
"""Whether a heading of some family may start with a character (read from the families' expressions, which
`_headings` reads once), remembered for each first character met."""


@dataclass(frozen=True, slots=True)
class HeadingShape:
    """What a heading line says of itself: its family key, printed numbering, bare label and title offset."""

    family: str
    numbering: str
    label: str
    title_offset: int
    title_tail: int = 0  # characters after the title the line closes with (a caption's closing bracket)


def _closes_unopened(title: str) -> bool:
    """True when a heading's title ends with a closing bracket it never opened: a bracketed passage (a list of
    affiliations, an aside) running over from the line above ends there, and no heading does."""
    if title[-1:] not in ("）", ")"):
        return False
    return title.count("）") + title.count(")") > title.count("（") + title.count("(")


def _date_alone(content: str) -> bool:
    """True for a line that is one date to the month or the day and nothing else (`11 June 2024`, `3 May`)."""
    found = find_dates(content)
    return len(found) == 1 and not found[0].year_only and (found[0].start, found[0].end) == (0, len(content))


@lru_cache(maxsize=8192)
def heading_shape(content: str) -> HeadingShape | None:
    """The heading shape of a stripped numbered line, or None when it does not look like one. Kept by line, as
    `notes.note_start` is: layout repair and the running-head passes ask it of the same lines, and the papers
    of one journal or site repeat their headings (`Introduction`, `注释`)."""
    if not content or content[-1] in _NOT_HEADING_END:
        return None
    rules = _headings()
    first = content[0]
    may = _MAY_START.get(first)
    if may is None:
        # the families' alternation may start with what one of them may: one test, not one a family (a new
        # character costs a first read of a document this, as many times as it has new first characters)
        may = _MAY_START[first] = may_start_with(rules.any_family.pattern, first)
    if not may or rules.any_family.fullmatch(content) is None:
        return None  # most lines start with a character no family's number starts with: no expression tried
    for family in rules.families:
        match = family.pattern.fullmatch(content)
        if not match:
            continue
        label = match.group(2)
        if family.needs_label and not label:
            continue
        title = match.group(3)
        if (
            label.isdigit()
            and title[:1]
            and title[0] in rules.title_never_starts
            and match.group(1).strip() == label
            and "\u3000" not in content[match.end(1) : match.start(3)]
        ):
            continue  # `2 日`, `5 %`: a bare number before a unit is a quantity; `第2章　日本…`, `1　日時` head
        if _closes_unopened(title):
            return None  # `2. 某大学海洋法研究中心，广州　510000）`: the end of a bracket the line above opened
        if label.isdigit() and _date_alone(content):
            return None  # `11 June 2024` alone under a `Published` label: the day of a date, no section's number
        numbering = match.group(1).strip()
        key = family.name + ("." * label.count(".") if family.depth_by_label else "")
        if family.depth_by_numbering:
            key += str(len(numbering))
        return HeadingShape(key, numbering, label, match.start(3), len(content) - match.end(3))
    return None


def series_only(shape: HeadingShape) -> bool:
    """True for a heading of a family marked `series` in headings.json (a mark and no number, `■協定の中身`): one
    such line alone is a kicker or a byline under a bullet (`■林某（某大學教授）`), so it heads a section only where
    another line of the text opens with the same mark and has the same shape."""
    return any(f.series and f.name == shape.family for f in _headings().families)


@cache
def _enclosed() -> re.Pattern[str] | None:
    data = _data()
    return re.compile(data["enclosed"]) if data.get("enclosed") else None


def enclosed_heading(content: str) -> HeadingShape | None:
    """The shape of a head written whole inside lenticular brackets (`【今後の課題】`, headings.json 'enclosed'),
    or None. Only a candidate: the text's flow takes it where such heads form a system (`layout/repair.py`)."""
    pattern = _enclosed()
    if not content or content[0] != "【" or pattern is None:
        return None
    match = pattern.fullmatch(content)
    if match is None:
        return None
    return HeadingShape(UNNUMBERED, "", "", match.start(1), len(content) - match.end(1))


@cache
def _period_heads() -> re.Pattern[str] | None:
    data = _data()
    return re.compile(data["period_heads"]) if data.get("period_heads") else None


@cache
def _year_heads() -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """headings.json's 'year_heads' (a year alone) and 'month_day_rows' (an entry opening with a day and no year)."""
    data = _data()
    if not data.get("year_heads") or not data.get("month_day_rows"):
        return None
    return re.compile(data["year_heads"]), re.compile(data["month_day_rows"])


_YEAR_OPENING = re.compile(r"[\s\u3000]*((?:1[89]|20)\d)\d(?!\d)")


def period_heading(content: str, following: str) -> HeadingShape | None:
    """The shape of a chronology's period head over the first entry of its period, or None: a decade
    (`1970年代`, `1990s`: headings.json 'period_heads') over a line opening with a year of that very decade
    (`1972年9月29日　…`), or a year (`2021年`: 'year_heads', forty-ninth session) over a line opening with a day and
    no year, set off as a row's date is (`11月22日　…`: 'month_day_rows'). A chronology groups its dated rows under
    the period they fall in, and a row under a year's head leaves the year out. A decade alone over a sentence or
    over a row of another decade, or a year over a full date or over a sentence that opens with a day
    (`11月22日，…`), is a date or a label, no head."""
    if not content or content[0] not in "12":
        return None
    stripped = content.strip()
    pattern = _period_heads()
    head = pattern.fullmatch(stripped) if pattern is not None else None
    if head is not None:
        entry = _YEAR_OPENING.match(following)
        if entry is None or entry.group(1) != head.group(1):
            return None
        return HeadingShape(STANDALONE, "", "", 0)
    years = _year_heads()
    if years is None or years[0].fullmatch(stripped) is None or years[1].match(following) is None:
        return None
    return HeadingShape(STANDALONE, "", "", 0)


@cache
def _transcript_heads() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str] | None] | None:
    data = _data()
    heads = data.get("transcript_heads")
    if not heads:
        return None
    zero = re.compile(heads["zero_stamp"]) if heads.get("zero_stamp") else None
    return re.compile(heads["labels"]), re.compile(heads["timed_turn"]), zero


def transcript_heading(content: str, following: str) -> HeadingShape | None:
    """The shape of a transcript's head (`Transcript`, `逐字稿`: headings.json 'transcript_heads') over the line
    opening its first turn with the speaker's name and the time into the recording (`Laura Bennett (00:00): …`),
    or None: the same word alone over a title or a date (a press conference's kind, `Transcript` over the
    conference's title) is the page's kicker, no section's head (lay78's podcast page; lay84b). A video's
    transcript opens instead with its first stamp alone at zero ('zero_stamp': `0:00` over the first caption,
    lay89b)."""
    heads = _transcript_heads()
    if heads is None or len(content) > 40 or heads[0].fullmatch(content.strip()) is None:
        return None
    after = following.strip()
    timed = heads[1].match(after) is not None or (heads[2] is not None and heads[2].fullmatch(after) is not None)
    return HeadingShape(UNNUMBERED, "", "", 0) if timed else None


def sign_only(shape: HeadingShape | None) -> bool:
    """True for a heading marked by a sign and no number (Markdown's `#`, `##`): its numbering is the sign alone."""
    if shape is None or shape.label or shape.family in (UNNUMBERED, STANDALONE):
        return False
    return bool(shape.numbering)


def title_sign(content: str, others: Iterable[str]) -> bool:
    """True for a first line marked as a heading by a sign alone (`# Why …`) when no other line is marked with that
    sign: the file's own title, as a Markdown export prints it, its sections marked with more of the sign (`## …`).
    Such a line is the title, no heading."""
    shape = heading_shape(content)
    if not sign_only(shape):
        return False
    sign = shape.numbering + " "  # type: ignore[union-attr]  # sign_only: not None
    return not any(other.startswith(sign) for other in others)


def title_offset(content: str) -> int:
    """Where the title starts in a title line marked by a heading sign alone (`# Why …`: after `# `), else 0."""
    stripped = content.lstrip()
    shape = heading_shape(stripped) if stripped[:1] and not stripped[0].isalnum() else None
    return len(content) - len(stripped) + shape.title_offset if sign_only(shape) else 0  # type: ignore[union-attr]


@cache
def clause_comma() -> re.Pattern[str] | None:
    """The comma parting an unnumbered head's two clauses before one of 'clause_joiners' (`An open door, but a
    narrow one`), or None when the data names no joiner."""
    words: list[str] = _data().get("clause_joiners", [])
    return re.compile(rf",(?= (?:{'|'.join(words)}) \S)") if words else None


@cache
def notice_marks() -> frozenset[str]:
    """Lines that part a notice's text from the items it announces (`記`, headings.json 'notice_marks': a Japanese
    letter's or motion's `下記の…` then `記` alone, then `１　…`): a mark of the letter's form, never a heading
    (lay86)."""
    data = _data()
    return frozenset(data.get("notice_marks", []))


_KANJI_DIGITS = frozenset("一二三四五六七八九十")


@cache
def _answer_items() -> re.Pattern[str] | None:
    data = _data()
    return re.compile(data["answer_items"]) if data.get("answer_items") else None


def answer_item(content: str) -> bool:
    """True for a written answer's item label alone on its line (`一について`, `二及び三について`, headings.json
    'answer_items'): the answer to the question's items so numbered, text as the question's own `一　…` items are
    (lay80's gold), never a section's head nor a page's running head (lay87b)."""
    content = content.strip()
    if content[:1] not in _KANJI_DIGITS or content[-1:] != "て":
        return False  # most lines: neither a numeral first nor `について` last
    pattern = _answer_items()
    return pattern is not None and pattern.fullmatch(content) is not None


@cache
def _list_items() -> tuple[re.Pattern[str], str, str, str]:
    data: dict[str, Any] = _data()["list_items"]
    return re.compile(data["item"]), data["openers"], data.get("announcers", ""), data.get("symbols", "")


@cache
def _named_items() -> tuple[re.Pattern[str] | None, dict[str, int]]:
    """Items numbered by a name (`a)`, `(ii)`, `(一)`): the expression and each name's count."""
    data: dict[str, Any] = _data()["list_items"]
    counts: dict[str, int] = {}
    for names in data.get("names", []):
        for i, name in enumerate(names, start=1):
            counts.setdefault(name, i)
    pattern = data.get("named_item")
    return (re.compile(pattern) if pattern else None), counts


@cache
def item_initials() -> frozenset[str]:
    """Every character a list item's number can start with: digits, brackets, the item symbols and the first
    characters of the names items are numbered by."""
    return frozenset("0123456789(（" + _list_items()[3] + "".join(name[0] for name in _named_items()[1]))


@cache
def _spaced_item() -> re.Pattern[str] | None:
    """`list_items.spaced_item` of `headings.json`, compiled once (None where the data names none)."""
    data: dict[str, Any] = _data()["list_items"]
    pattern = data.get("spaced_item")
    return re.compile(pattern) if pattern else None


_FULL_WIDTH_DIGITS = frozenset("０１２３４５６７８９")


def opens_spaced_item(content: str) -> bool:
    """True for a line opening a numbered paragraph of a Japanese official document (`１　本28日、…`): a full-width
    number and an ideographic space. Such a paragraph starts a block of its own, so the line is never joined to the
    line above it, which a full-width digit alone does not tell (`２０２４年…` may open a wrapped line)."""
    if not content or content[0] not in _FULL_WIDTH_DIGITS:
        return False
    pattern = _spaced_item()
    return pattern is not None and pattern.match(content) is not None


def list_item_number(content: str) -> int | None:
    """The number a stripped line opens with as a list item (`1. …`, `2) …`, `（3）…`, `②…`, `b) …`, `(ii) …`,
    `(一) …`), or None."""
    if not content:
        return None
    symbols = _list_items()[3]
    at = symbols.find(content[0])
    if at >= 0:
        return at + 1 if content[1:].strip() else None
    if "0" <= content[0] <= "9" or content[0] in "(（":
        match = _list_items()[0].match(content)
        if match:
            return int(match.group(1))
    named, counts = _named_items()
    match = named.match(content) if named is not None else None
    return counts.get(match.group(1)) if match else None


def opens_list(content: str) -> bool:
    """True for a line announcing a list (`in three steps:`, `以下の三点：`): item 1 may follow it."""
    return bool(content) and content[-1] in _list_items()[1]


@cache
def _bullets() -> str:
    data: dict[str, Any] = _data()["list_items"]
    return str(data.get("bullets", ""))


def bullets() -> frozenset[str]:
    """The characters that open an unnumbered list item."""
    return frozenset(_bullets())


def bullet_item(content: str, previous: str) -> bool:
    """True for a line opening with a bullet (`・…`, `• …`) after a line announcing a list or after a line opening
    with the same bullet: an unnumbered item, a paragraph of its own."""
    if len(content) < 2 or content[0] not in _bullets() or not previous:
        return False
    return previous[0] == content[0] or opens_list(previous) or may_announce_list(previous)


def may_announce_list(content: str) -> bool:
    """True for a line ending a sentence after which item 1 may open a list (`具體作法有三。`): weaker than a
    colon, since a numbered heading follows a finished sentence as often (see `announcers` in headings.json)."""
    return bool(content) and content[-1] in _list_items()[2]


def section_heading(content: str, following: str) -> HeadingShape | None:
    """The shape of a numbered line that only a family's loose expression reads (`1 de facto alliances`),
    when the next text line `following` is a heading numbered under its label (`1.1 …`), else None."""
    if not content or not following or content[-1] in _NOT_HEADING_END:
        return None
    sub = heading_shape(following)
    if sub is None or not sub.label.startswith(tuple("0123456789")):
        return None
    for family in _headings().families:
        match = family.loose.fullmatch(content) if family.loose is not None else None
        if match is not None and sub.label.startswith(match.group(2) + ".") and sub.label.count(".") == 1:
            return HeadingShape(family.name, match.group(1).strip(), match.group(2), match.start(3))
    return None


_FAQ_LINES = 6  # a page of frequently asked questions names itself in its title, under a trail or a skip link


@cache
def _faq_titles() -> re.Pattern[str] | None:
    data = _data()
    words = sorted(data.get("faq_titles", ()), key=len, reverse=True)
    if not words:
        return None
    return re.compile(r"(?<![A-Za-z])(?:" + "|".join(re.escape(w) for w in words) + r")(?![A-Za-z])", re.IGNORECASE)


def faq_page(first_lines: Iterable[str]) -> bool:
    """Does the page name itself a page of frequently asked questions in its first lines (`headings.json`
    'faq_titles')? There its questions, each over its answer, are its text: a question ending a line is no head."""
    pattern = _faq_titles()
    return pattern is not None and any(pattern.search(line) for line in itertools.islice(first_lines, _FAQ_LINES))


@cache
def _unnumbered_tails() -> re.Pattern[str] | None:
    data = _data()
    tails = data.get("unnumbered_tails", [])
    return re.compile("|".join(f"(?:{t})" for t in tails)) if tails else None


def _unnumbered_tail(content: str) -> bool:
    """True for a head named by how it ends (headings.json 'unnumbered_tails'): an amendment's comparison table
    (`國防法第三十一條條文修正草案對照表`, `…新旧対照表`), the part of a bill that sets the amended articles beside
    the current ones, headed by its name alone on its line (lay84's bill, lay85b)."""
    pattern = _unnumbered_tails()
    return pattern is not None and pattern.fullmatch(content.strip()) is not None


_SPREAD_HEAD = re.compile(r"[\u3400-\u9fff](?:[ \u3000]+[\u3400-\u9fff]){1,4}")
"""A CJK head of two to five characters with spaces after each (`主　　文`): a judgment's or a report's head spread
over a set width, one listed head once the spaces are out (lay89b)."""
_SPREAD_GAP = re.compile(r"[ \u3000]+")


@lru_cache(maxsize=8192)
def unnumbered_heading(content: str) -> HeadingShape | None:
    """The shape of a heading without a number (`Introduction`, `おわりに`), or None (kept by line, as
    `heading_shape` is)."""
    rules = _headings()
    if content and len(content) <= 40 and _unnumbered_tail(content):
        return HeadingShape(UNNUMBERED, "", "", 0)  # `…條文修正草案對照表`: a bill's comparison table, its second part
    if not content or content[0] not in rules.initials or len(content) > 40:
        return None
    if _SPREAD_HEAD.fullmatch(content):
        content = _SPREAD_GAP.sub("", content)  # `主　　文`, `結　　論`: a head's characters spread over its width
    if rules.unnumbered.fullmatch(content) is None and rules.unnumbered.fullmatch(content.title()) is None:
        return None
    if content.strip() in rules.page_parts:
        return HeadingShape(PAGE_PART, "", "", 0)
    return HeadingShape(UNNUMBERED, "", "", 0)


def nest_levels(families: Sequence[str], given: Sequence[int] | None = None) -> list[int]:
    """Levels for headings of the given family keys, in document order, from how the families nest.

    The families open above the current heading form a stack: a family already on it closes everything below
    it and takes its level; a new family opens one level deeper. A listed unnumbered heading stands at level 1
    and closes every family; any other unnumbered one sits one level below the families open. A heading of the
    `GIVEN` family keeps the level it came with (`given`). A page's part (`PAGE_PART`, lay85) stands at level 1
    and opens a stack of its own: every head under it, listed or not, sits one level below until the next part.
    """
    stack: list[str] = []
    levels = []
    for i, family in enumerate(families):
        if family == GIVEN:
            levels.append(given[i] if given is not None else 1)
            continue
        if family == PAGE_PART:
            stack = [PAGE_PART]  # a country page's part (`双边关系`): the heads under it sit one level below
            levels.append(1)
            continue
        if family == UNNUMBERED and stack[:1] == [PAGE_PART]:
            stack = [PAGE_PART]  # a year head or a listed head inside a part: one level below the part
            levels.append(2)
            continue
        if family == UNNUMBERED:
            stack = []
            levels.append(1)
            continue
        if family == STANDALONE:
            levels.append(len(stack) + 1)
            continue
        if family in stack:
            del stack[stack.index(family) + 1 :]
        else:
            stack.append(family)
        levels.append(len(stack))
    return levels


def levels_for(ranks: list[int]) -> dict[int, int]:
    """Map the levels a reader gave (which may skip: 1, 3) onto 1, 2, 3, … in order of depth."""
    return {rank: level for level, rank in enumerate(sorted(set(ranks)), start=1)}
