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
- An English date inside a clause that `since` opens after a first or a superlative (`the largest since the two
  ministers signed an agreement in March 2023. In June, …`, `the first visit … since Merkel travelled to Ottawa in
  August 2012`) is the base that first counts from, told beside the story: the yearless dates after it take the
  story's time, not its year (`since_clause_en`, data `since_clauses_en`; date85, narrowed by date86). It still dates
  its own act. A `since` clause with no first before it (`has taken part since it was launched in Prague in May
  2009`) tells how long a state of affairs has lasted and may be the history the text goes on with: not read.
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


@cache
def _since_clause() -> re.Pattern[str]:
    data = rules()["since_clauses_en"]
    words = "|".join(re.escape(w) for w in data["words"])
    ends = re.escape(data["clause_ends"])
    # the conjunction, then at least `min_words` words of its clause, with no clause's end, up to the date
    return re.compile(rf"(?<![A-Za-z])(?:{words})\s+(?:[^\s{ends}]+\s+){{{int(data['min_words'])},}}[^{ends}]*$")


@cache
def _first_before() -> re.Pattern[str]:
    data = rules()["since_clauses_en"]
    firsts = "|".join(re.escape(w) for w in data["firsts"])
    ends = re.escape(data["clause_ends"])
    # a first or a superlative, then words of its sentence with no sentence's end, up to the conjunction
    return re.compile(rf"(?<![A-Za-z])(?:{firsts})(?![A-Za-z])[^{ends}]*$", re.IGNORECASE)


def since_clause_en(text: str, start: int) -> bool:
    """Is the English date at `start` inside a clause that `since` opens, after at least a few words of that
    clause (`since the court issued a warrant for his arrest in March 2023`), where the `since` counts from the base
    of a first or a superlative told before it in the sentence (`his first trip … since`, `the largest since`)? Not
    `since March 2023` (an open start, read elsewhere), not a capital `Since` opening the sentence, not a date before
    the word, not a `since` that tells how long a state has lasted (`has taken part since it was launched in …`)."""
    data = rules()["since_clauses_en"]
    found = _since_clause().search(text, max(0, start - int(data["max_before"])), start)
    if found is None:
        return False
    before = max(0, found.start() - int(data["max_first_before"]))
    return _first_before().search(text, before, found.start()) is not None
