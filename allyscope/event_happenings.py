"""Happenings named by a date that are the pair's own: the date then dates an event of the pair after all.

A date written as a happening's name (`the 1997 Asian financial crisis`, `2015年1月の事件`: role `happening`,
`allyscope.dates.roles.names_a_happening`) dates no act of its clause: the happening is background, as a year that
names a document is. That holds for happenings of others. A happening the case's two sides do or suffer together is
an event of their relationship, and its date dates it: a clash between the two sides' forces (`the 2020 clash
between Chinese and Indian troops`, `2010年的中日撞船事件`), a test one side conducts that the other answers (`Japan
imposed sanctions after North Korea's 2017 nuclear test`), a happening both sides answer together (`jointly
responded to the 2008 financial crisis`, `両国は2011年の危機に共同で対処した`). So a happening's date is the pair's
own when its sentence names members of two sides of the active case and either the sentence tells the sides acting
jointly (`happening_names.joint_words`) or the name itself (who took part in it, `between … and …`, a possessive,
`中日`, `中印两国` right before the date) names both sides, or one side and no third state. A state's independence or
founding (`1947年のインド独立以来`) is never the pair's: it starts a period of one state. The events stage reads such a
date as any other date.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from allyscope.dates import DateMention
from allyscope.dates.roles import happening_name_span
from allyscope.dates.values import _alternatives, rules
from allyscope.entities import EntityMention, gazetteer

_KANA_OR_HAN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
_SENTENCE_END = re.compile(r"[。！？!?\n]|\.(?=\s|$)")


@cache
def _joint_words() -> re.Pattern[str]:
    """Words telling that the sides act together (`jointly`, `共同`, `携手`): data `happening_names.joint_words`."""
    words = rules()["happening_names"]["joint_words"]
    return re.compile(rf"(?<![A-Za-z])(?i:{_alternatives(words)})(?![A-Za-z])")


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around `[start, end)`: from after the last sentence end before it to the next one."""
    before = text.rfind("\n", 0, start) + 1
    for stop in _SENTENCE_END.finditer(text, before, start):
        before = stop.end()
    after = _SENTENCE_END.search(text, end)
    return before, after.end() if after else len(text)


def _ids_in(mentions: Sequence[EntityMention], starts: Sequence[int], first: int, last: int) -> set[str]:
    """The ids of the mentions that overlap `[first, last)` (a possessive name ends where its `'s` begins)."""
    k = max(0, bisect.bisect_left(starts, first) - 1)
    ids: set[str] = set()
    while k < len(mentions) and mentions[k].start < last:
        if mentions[k].end > first:
            ids.update(mentions[k].ids)
        k += 1
    return ids


def _named_right_before(text: str, mentions: Sequence[EntityMention], starts: Sequence[int], at: int) -> set[str]:
    """The ids of the names written right before a Chinese or Japanese date, one after another up to it
    (`中印两国2020年的冲突`, `朝鲜2006年的核试验`); a name cut from the date by any other word
    (`法国的官员常提起2020年`, `日本は2017年の`) is no part of the happening's name."""
    ids: set[str] = set()
    k = bisect.bisect_left(starts, at) - 1
    while k >= 0 and mentions[k].end <= at and not text[mentions[k].end : at].strip():
        ids.update(mentions[k].ids)
        at = mentions[k].start
        k -= 1
    return ids


def _touches(ids: set[str], sides: Sequence[frozenset[str]]) -> int:
    """How many sides `ids` take in members of."""
    return sum(1 for side in sides if ids & side)


def is_pairs_own(
    text: str,
    date: DateMention,
    mentions: Sequence[EntityMention],
    starts: Sequence[int],
    sides: Sequence[frozenset[str]],
) -> bool:
    """Is the happening the date at `date` names one the case's sides do or suffer together (module docstring)?"""
    if len(sides) < 2:
        return False
    span = happening_name_span(text, date.start, date.end)
    if span is None:
        return False
    s_start, s_end = _sentence(text, date.start, date.end)
    if _touches(_ids_in(mentions, starts, s_start, s_end), sides) < 2:
        return False
    named = _ids_in(mentions, starts, *span)
    if _KANA_OR_HAN.search(text, date.start, date.end) is not None:
        named |= _named_right_before(text, mentions, starts, date.start)
    if _a_founding(text[span[0] : span[1]]):
        return False  # `1947年のインド独立以来`: one state's start of a period, nothing the pair does (prec74)
    if _joint_words().search(text, s_start, s_end) is not None:
        return True  # `jointly answered the 2008 crisis`: the two act together on it
    touched = _touches(named, sides)
    # between the two (`the 2020 clash between Indian and Chinese troops`), or of one side alone, which the other
    # answers (`Pyongyang's 2016 missile test`); a happening of one side with a third state (`2020年的中印边境冲突` in a
    # case of India and France) is not the pair's
    return touched == 2 or (touched == 1 and not _third_states(named, sides))


@cache
def _founding_nouns() -> tuple[str, ...]:
    """The nouns of a state's independence or founding (`happening_names.founding_nouns_cjk`)."""
    return tuple(rules()["happening_names"]["founding_nouns_cjk"])


def _a_founding(name: str) -> bool:
    """Does a happening's name name a state's independence or founding (`インド独立`, `独立`, `建国`)?"""
    return any(noun in name for noun in _founding_nouns())


def _third_states(ids: set[str], sides: Sequence[frozenset[str]]) -> bool:
    """Do `ids` name a state or an organization outside every side of the case?"""
    entities = gazetteer().entities
    return any(
        entities.get(i, {}).get("type") in ("state", "organization") and not any(i in side for side in sides)
        for i in ids
    )


def with_pairs_own_happenings(
    text: str,
    dates: list[DateMention],
    mentions: Sequence[EntityMention],
    starts: Sequence[int],
    sides: Sequence[frozenset[str]],
) -> list[DateMention]:
    """`dates` with each date of a happening that is the pair's own made a date of an event (its role cleared)."""
    if not any(d.role == "happening" for d in dates):
        return dates
    return [
        replace(d, role="") if d.role == "happening" and is_pairs_own(text, d, mentions, starts, sides) else d
        for d in dates
    ]
