"""Dates a sentence tells beside its own time: in brackets, or after an anniversary that names the year.

Two shapes of issue 14 (which date an act takes), read as data (`bracketed_asides` and `story_year` in
`date_rules.json`):

- A clause in brackets after a sentence has told its own date (`索加瓦雷在2019年4月的大选后第四次出任总理（他早在2000年
  便首次出任总理）。同年9月16日，…`) is an aside: the sentence stays at its own date, so `同年`, `同月` or a yearless
  date after the bracket closes counts from the date told before the bracket, not from the aside's (`bracket_close`).
  A bracket that holds the date alone or with a word or two (`2019年（令和元年）`, `（2019年4月举行）`) glosses the
  sentence's time and is no aside.
- An anniversary standing before a year that opens its sentence (`修好120周年に当たる2019年には、6月21日に…`,
  `在两国建交75周年的2024年，杜达总统于6月22日至26日…`) names that year as the sentence's time, as a bare `2019年には、`
  does: the yearless dates after it are of that year (`anniversary_opening`). A year before the anniversary
  (`2019年の…80周年に向けて`) is the anniversary's own and is not read here.
"""

from __future__ import annotations

import re
from functools import cache

from allyscope.dates.values import rules

_OPENERS = {"（": "）", "(": ")"}


_BRACKET_WORDS = re.compile(r"[\u3040-\u30ff\u3400-\u9fffA-Za-z]")
"""The characters that count as words of a bracketed clause: CJK ideographs, kana and Latin letters."""


def bracket_close(text: str, start: int, end: int, told_before: int | None) -> int | None:
    """Where the bracket that holds the date at `[start, end)` closes, when that bracket is an aside of its
    sentence: it opens after a date the sentence told before it (`told_before`, the end of that date, in the same
    sentence) and holds a clause of its own ('min_words' word characters besides its dates); else None."""
    if told_before is None:
        return None
    data = rules()["bracketed_asides"]
    stops = data["sentence_ends"]
    opening = -1
    for i in range(start - 1, max(told_before, start - int(data["max_before"])) - 1, -1):
        char = text[i]
        if char in stops:
            return None
        if char in _OPENERS.values():
            return None  # a bracket closed between: the date is not inside one
        if char in _OPENERS:
            opening = i
            break
    if opening < told_before:
        return None
    if any(char in stops for char in text[told_before:opening]):
        return None  # the date before the bracket is another sentence's
    closer = _OPENERS[text[opening]]
    close = text.find(closer, end, end + int(data["max_after"]))
    if close < 0 or any(char in stops for char in text[end:close]):
        return None
    inside = text[opening + 1 : close]
    if any(inside.startswith(word) for word in data["glosses"]):
        return None  # `（当地时间9日）`, `（现地時間）`: the same time on another clock
    words = _BRACKET_WORDS.findall(re.sub(data["date_pattern"], "", inside))
    return close if len(words) >= int(data["min_words"]) else None


@cache
def _anniversary_opener() -> re.Pattern[str]:
    """An anniversary standing right before a year (`修好120周年に当たる`, `建交75周年的`), after at most a
    preposition and a few words from the sentence's opening (`story_year`, 'anniversary_before_cjk')."""
    data = rules()["story_year"]["anniversary_before_cjk"]
    prepositions = "|".join(re.escape(w) for w in data["prepositions"])
    words = "|".join(re.escape(w) for w in data["words"])
    links = "|".join(re.escape(w) for w in sorted(data["links"], key=len, reverse=True))
    return re.compile(
        rf"(?:{prepositions})?[^。！？!?\n，、,；;（）()]{{0,{int(data['max_words'])}}}?[0-9０-９一二三四五六七八九十百]+"
        rf"(?:{words})(?:{links})\s*$"
    )


def anniversary_opening(text: str, start: int) -> int:
    """Where the sentence's time phrase opens when an anniversary stands right before the year at `start`
    (`修好120周年に当たる2019年`: at `修`); `start` when none does."""
    window = int(rules()["story_year"]["anniversary_before_cjk"]["window"])
    head_start = max(0, start - window)
    found = _anniversary_opener().search(text, head_start, start)
    return head_start + (found.start() - head_start) if found is not None else start
