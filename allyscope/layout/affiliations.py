"""Affiliations keyed by a byline's superscript digits (`Anna Berg¹, Li Wei²` over `¹ Department of …`,
`张明¹　李华²` over `（1. 东海大学…；2. …）`) or by digits glued to its names (`Kwame Mensah1 and …` over
`1 Centre for …`): front matter, so the byline's digits are no note markers and the keyed lines no notes.
The affiliation words are data (`data/layout.json`, `affiliation`)."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from functools import cache
from importlib import resources

from allyscope.layout.lines import Line

_KEY = re.compile(
    r"[¹²³⁴⁵⁶⁷⁸⁹⁰ᵃᵇᶜᵈᵉᶠᵍʰ]|[（(]?\d{1,2}[.．、)）]|\d{1,2}[ \t\u3000]|[\[［]\d{1,2}[\]］]"
    r"|[*＊∗†‡]{1,3}\d{0,2}(?:[ \t\u3000]|(?=[\u4e00-\u9fff]))"  # `＊國立…大學…`: a sign glued to a CJK post too
    r"|[*∗†‡](?=[A-Z][a-z])"  # `*Naval Postgraduate Academy, …`: one sign glued to a Latin name (IEEE's front)
)
_SUPERSCRIPT = re.compile(
    r"[¹²³⁴⁵⁶⁷⁸⁹⁰ᵃᵇᶜᵈᵉᶠᵍʰ]|(?<=[^\W\d_])\d{1,2}[)）]?(?=[\s,，、;；・]|$)"
    r"|(?<=[^\W\d_])[ \t]?[\[［]\d{1,2}(?:[,，]\d{1,2})*[\]］](?=[\s,，、;；・]|$)"
    r"|(?<=[^\W\d_])(?:[*＊∗]\d{1,2}|[*＊∗†‡]{1,3})(?=[\s,，、;；・]|$)"
    r"|(?<=[^\W\d_])[ \t]?[(（]\d{1,2}(?:[,，][ \t]?\d{1,2})*[)）](?=[\s,，、;；・]|$)"
)
"""A byline's key: a superscript digit, a digit or two glued to the end of a name (`Kwame Mensah1 and …`,
`山田太郎1)・鈴木花子2)`), a number in brackets after it (`Elena Marsh [1], …` over `[1] School of …`; in round
brackets, `Kenji Ito (1), … (1, 3)` over `(1) Faculty of …`), or a
star and a number (`山田太郎＊1・…` over `＊1　…大学…`), as Japanese journals key their authors, or signs
(`Kofi Mensah*, Ama Owusu†` over `* Department …` and `† Centre …`)."""
_KANA_LINE = re.compile(r"[\u3041-\u309f\u30a0-\u30ff]+(?:[ \t\u3000・、]+[\u3041-\u309f\u30a0-\u30ff]+)*")
"""A line of kana words alone: the names' readings, printed as ruby and flattened to a line by the copy."""
_BYLINE_WIDTH = 80  # a byline of names is short
_STOPS = re.compile(r"[。！？!?；;《》『』「」“”\"]|(?<!\b[A-Z])\.\s|\.$")  # a sentence or a citation: no byline
# (an initial's stop, `Lena K. Horst`, is no sentence's)
_AFFILIATION_LINES = 10  # the byline and its keyed affiliations stand in the first text lines
_AFFILIATION_SCAN = 40  # lines, blank ones included, the first ten text lines stand within


@cache
def _affiliation_words() -> re.Pattern[str]:
    data = json.loads(resources.files("allyscope.data").joinpath("layout.json").read_text("utf-8"))
    return re.compile("|".join(f"(?:{p})" for p in data["affiliation"]))


def keyed_affiliations(lines: Sequence[Line], indexes: list[int]) -> bool:
    """True when the lines at `indexes` open with a key (`¹ Department of …`, `（1. 东海大学…；2. …）`), each
    names where an author works, and all stand in the first text lines under a line holding superscript digits
    and no sentence (the byline, or the affiliation before)."""
    if not indexes or indexes[0] >= _AFFILIATION_SCAN or _KEY.match(lines[indexes[0]].content) is None:
        return False  # most note blocks stand further down, or open with no key: no count made
    if sum(1 for line in lines[: indexes[0]] if line.content) >= _AFFILIATION_LINES:
        return False
    words = _affiliation_words()
    # the affiliations before, each read after its key (`1. `), up to the byline whose keys they answer: a
    # numbered list in a text's first lines (`1. 加强科学研究` over `2. 开拓市场`) has no keyed byline over it
    for k in range(indexes[0] - 1, -1, -1):
        above = lines[k].content
        if not above or _KANA_LINE.fullmatch(above):
            continue  # the names' readings in kana between the byline and its affiliations (`たなか たろう　…`)
        key = _KEY.match(above)
        if key is None or words.search(above) is None:
            break
        if len(above) - key.end() > _BYLINE_WIDTH or _STOPS.search(above[key.end() :]) is not None:
            return False
    else:
        return False
    if _SUPERSCRIPT.search(above) is None or len(above) > _BYLINE_WIDTH or _STOPS.search(above) is not None:
        return False
    if not _shares_a_sign(above):
        return False
    return all(
        _KEY.match(lines[k].content) is not None
        and (words.search(lines[k].content) is not None or _keyed_post(lines[k].content, above))
        for k in indexes
    )


_SIGN_OR_SUPERSCRIPT = re.compile(r"[*＊∗†‡]{1,3}|[¹²³⁴⁵⁶⁷⁸⁹⁰ᵃᵇᶜᵈᵉᶠᵍʰ]")


def _keyed_post(content: str, byline: str) -> bool:
    """True for a keyed line under keyed affiliations that names a writer's post in words the affiliation data
    lacks (`* Independent consultant, Jakarta`, `† Former naval officer`): its key is a sign or superscript the
    byline prints after a name, and after the key stand a few words and no sentence. A note on a writer is a
    sentence (`† Laura Bennett is a lecturer …`, `* The author thanks …`)."""
    key = _KEY.match(content)
    sign = _SIGN_OR_SUPERSCRIPT.fullmatch(key.group().strip()) if key is not None else None
    if key is None or sign is None or _SUPERSCRIPT.search(byline) is None:
        return False
    rest = content[key.end() :].strip()
    keyed = any(m.group().endswith(sign.group()) for m in _SUPERSCRIPT.finditer(byline))
    return keyed and 0 < len(rest) <= _BYLINE_WIDTH and _STOPS.search(rest) is None


_SIGN_KEY = re.compile(r"(?<=[^\W\d_])[*＊∗†‡]{1,3}(?=[\s,，、;；・]|$)")
_NUMBERED_KEY = re.compile(r"[¹²³⁴⁵⁶⁷⁸⁹⁰ᵃᵇᶜᵈᵉᶠᵍʰ]|(?<=[^\W\d_])[*＊∗]?\d|[\[［(（]\d")


def _shares_a_sign(byline: str) -> bool:
    """True unless the byline keys its names by signs alone, each name its own (`SANTOS*, KIM** and MORI***`:
    notes on each writer, a note system). Signs key affiliations where two names share one (`Mensah*, Diallo†
    and Lefèvre*`) and where one writer's name carries the only sign (`王思涵＊` over `＊…大學…助理教授。`: the
    writer's post, as Taiwanese journals print it); digits and superscripts key affiliations as they are."""
    signs = [m.group() for m in _SIGN_KEY.finditer(byline)]
    if not signs or _NUMBERED_KEY.search(byline) is not None:
        return True
    if len(signs) == 1 or len(set(signs)) < len(signs):
        return True
    return all(len(sign) == 1 for sign in signs)


def keys_affiliations(lines: Sequence[Line], index: int) -> bool:
    """True for a front line whose next text line opens the affiliations its digits key."""
    after = next(
        (k for k in range(index + 1, min(len(lines), index + 4)) if lines[k].content
         and not _KANA_LINE.fullmatch(lines[k].content)),
        None,
    )  # past the names' readings in kana printed under them
    return after is not None and keyed_affiliations(lines, [after])


_NAMED_READING = re.compile(
    r"([\u4e00-\u9fff々]{1,4}[ \u3000]?[\u4e00-\u9fff々]{1,4})[ \u3000]*[（(][\u3041-\u309f・ \u3000]{2,20}[）)]"
    r"[ \u3000]*(?:[・、，,][ \u3000]*|$)"
)
"""A Japanese name with its reading in kana in brackets (`田中 一郎（たなか・いちろう）`), and the separator after."""


def names_with_readings(content: str) -> list[tuple[int, int]]:
    """Where the names stand in a byline whose names each carry their reading in kana in brackets
    (`田中 一郎（たなか・いちろう）・鈴木 花子（すずき・はなこ）`), or [] when the line is not one: the reading is how
    to say the name, no post and no second name; the line is a front line of its own."""
    cursor, end, names = 0, len(content.rstrip()), []
    while cursor < end:
        match = _NAMED_READING.match(content, cursor, end)
        if match is None:
            return []
        names.append(match.span(1))
        cursor = match.end()
    return names
