"""Dates of a sentence that date no act of their own, though they are read as dates of happenings.

Two shapes of the language, found in documents written blind to the rules:

- a date written after a word that says it was the date *planned* for something (`推迟原定9月初对丹麦的访问`,
  `postponed the visit originally scheduled for 2 September`, `予定されていた9月の訪問`): it dates the plan, not
  the act of the sentence (the postponing), which takes the sentence's other date; data `plan_date_openers`;
- a coarse date refined by the next one in apposition (`Earlier this month, on 12 February, …`, `In 2019, on
  3 May, …`, `去年，3月5日，…`, `2019年には、6月21日に…`, `2022年の10月には`): one date, the finer; the coarse one is
  no second event;
- a day from which an announced act holds (`即日起`, date_rules `from_this_day`) told after a word of announcing
  of the same day (`…6日宣布，即日起断绝…外交关系`): what was announced takes effect on the announcement's day, so
  the announcement and its content are one act (the codebook's rule 6: an announcement takes the domain of the act
  it announces), not an empty announcement and a second act of the same day (dom54).
- the day of a saying whose reported content, after the verb of saying and a comma, a colon or `that`, dates an
  act of its own (`…今天表示，双方已于昨日签署…`, `The ministry said on Friday that the ships had docked on
  Tuesday`): what was said is the act, and its date the content's; the saying is no second event (prec67; data
  `speech_before_content`). An announcement is an act of its own and is read above, not here.

The words are data (`data/event_clauses.json`); this says how they are read.
"""

from __future__ import annotations

import re
from functools import cache

from allyscope.event_clauses import rules
from allyscope.scripts import fold


@cache
def _plan_openers() -> re.Pattern[str]:
    words = sorted({fold(w) for w in rules()["plan_date_openers"]["words"]}, key=len, reverse=True)
    return re.compile(r"(?<![a-z])(?:" + "|".join(re.escape(w) for w in words) + r")\s*$")


def planned_dates(folded_sentence: str, spans: list[tuple[int, int]]) -> set[int]:
    """The indexes of the dates (their `(start, end)` in the folded sentence) written right after a word of what
    was planned for them (`原定`, `originally scheduled for`, `予定されていた`): each dates a plan, no act. Only a
    date after an act's date of the sentence: that date's clause runs over the plan's date to the act told after
    it (`8月，…宣布推迟原定9月初的访问`). A plan's date that opens the sentence (`原定3月下旬访华，…直到4月12日才抵达`)
    is read by the modes of the event rules, its clause the plan's."""
    opener = _plan_openers()
    found = set()
    for i, (start, _) in enumerate(spans):
        if i and i - 1 not in found and opener.search(folded_sentence, max(0, start - 24), start):
            found.add(i)
    return found


@cache
def _from_this_day() -> tuple[str, ...]:
    from allyscope.dates.values import rules as date_rules

    return tuple(fold(w) for w in date_rules()["from_this_day"]["words"])


@cache
def _announcing() -> re.Pattern[str] | None:
    spec = rules().get("announcement_content")
    if not spec:
        return None
    words = "|".join(re.escape(w) for w in sorted({fold(w) for w in spec["words"]}, key=len, reverse=True))
    return re.compile(rf"(?<![a-z])(?:{words})")


def announced_from_this_day(folded_sentence: str, spans: list[tuple[int, int]], values: list[str]) -> set[int]:
    """The indexes of the from-this-day dates (`即日起`) that follow a word of announcing after a date of the same
    value (`今（20）日宣布，即日起終止…外交關係`): the day the announced act holds from is the announcement's own
    day, and the act is what was announced, so the later date is no second event of that day."""
    announcing = _announcing()
    if announcing is None:
        return set()
    words = _from_this_day()
    out = set()
    for i in range(1, len(spans)):
        if values[i] != values[i - 1] or not any(w in folded_sentence[slice(*spans[i])] for w in words):
            continue
        if announcing.search(folded_sentence, spans[i - 1][1], spans[i][0]):
            out.add(i)
    return out


@cache
def _speech_before_content() -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """(a verb of saying after the saying's date and before its content, the same verb right before the date)."""
    spec = rules().get("speech_before_content")
    if not spec:
        return None
    verbs = "|".join(re.escape(w) for w in sorted({fold(w) for w in spec["verbs"]}, key=len, reverse=True))
    reach = int(spec["reach"])
    opens = r"\s*(?:[，,：:]|that\b)"
    return (
        re.compile(rf"[^，,。；;：:!?！？]{{0,{reach}}}?(?<![a-z])(?:{verbs})(?![a-z]){opens}"),
        re.compile(rf"(?<![a-z])(?:{verbs})\s+(?:on|in|at|early|late|last)?\s*$"),
    )


def spoken_before_content(folded_sentence: str, spans: list[tuple[int, int]], values: list[str]) -> set[int]:
    """The indexes of the dates of a saying whose content, told after the verb of saying and a comma, a colon or
    `that`, holds the next date of the sentence (`今天表示，双方已于昨日签署…`, `said on Friday that … on Tuesday`):
    the content's date dates the act; the saying's is no act of its own. Only when the content runs to that date
    with no break of a clause or sentence (`；`, `. `: a later clause or sentence is no content of the saying) and
    the content's date is another day than the saying's (`表示，…已在當天…`: one day, read by the rules of a day
    told again)."""
    patterns = _speech_before_content()
    if patterns is None:
        return set()
    after, before = patterns
    out = set()
    for i in range(len(spans) - 1):
        start, end = spans[i]
        if values[i] == values[i + 1] or _CONTENT_BREAK.search(folded_sentence, end, spans[i + 1][0]) is not None:
            continue
        said_after = after.match(folded_sentence, end, spans[i + 1][0]) is not None
        # `said on Friday that …`: the English verb right before the saying's date, `that` right after it
        said_before = before.search(folded_sentence, max(0, start - 24), start) is not None and (
            _THAT.match(folded_sentence, end, spans[i + 1][0]) is not None
        )
        if said_after or said_before:
            out.add(i)
    return out


_THAT = re.compile(r"\s*,?\s*that\b")


# what ends the content of a saying before a later date: a clause's or a sentence's end
_CONTENT_BREAK = re.compile(r"[。；;！？!?]|\.[\"'”’]?\s")


# between a coarse date and the finer one that refines it: a comma, then at most a preposition of time; in
# Japanese a topic's particle and a comma (`2019年には、6月21日に`), or `の` joining a year to its month
# (`2022年の10月には`): one time phrase (date84)
_APPOSITION = re.compile(r"\s*(?:[,，、]\s*(?:on|in|at|that is,?)?|(?:には|に|は)\s*[,，、]|の)\s*", re.IGNORECASE)


def refined_dates(sentence: str, spans: list[tuple[int, int]], values: list[str]) -> set[int]:
    """The indexes of the dates refined by the date right after them in apposition (`Earlier this month, on 12
    February`): the next date's value lies within this one's (`2024-02-12` in `2024-02`) and only a comma and a
    preposition stand between them. Dates of ranges or open spans are left alone."""
    out = set()
    for i in range(len(spans) - 1):
        coarse, fine = values[i], values[i + 1]
        if "/" in coarse or "/" in fine or len(fine) <= len(coarse) or not fine.startswith(coarse):
            continue
        if _APPOSITION.fullmatch(sentence, spans[i][1], spans[i + 1][0]):
            out.add(i)
    return out
