"""Where a date without a year takes its year from: the date before it, the document's own date, or a count.

The rule is the package's (see its docstring): `_anchor` chooses between the latest date of the paragraph and
the document's date; `_from_the_document` sends a month earlier than a date counted from the present back to the
document's time; `_nearest_year` puts a month nearest the document's date, in the past unless at most two months
ahead; `_day_word` reads `本日`, `翌日`, `同月21日`, `the same day`; `_count` reads the count of `三天后`,
`two days later`. Kept apart from the reader because these are the rules a reader could state, and tests name.
"""

from __future__ import annotations

import datetime
from functools import cache
from typing import Any

from allyscope.dates.values import Anchor, _ymd, after_act_words, number, rules


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


def _year_running_on(anchor: Anchor, month: int) -> int:
    """The year a month without one takes from the date told before it (`previous-date`): that date's, unless the
    month is ten or more months earlier in the year than the date's (`12月28日和30日…。1月2日`, `on December 30 … On
    January 4`): the story has run on past the year's end, into the next year, as a reader takes it; a story told
    backwards by a year's length names the year."""
    if anchor.month is not None and anchor.month - month >= 10:
        return anchor.year + 1
    return anchor.year


@cache
def _relative_words() -> tuple[frozenset[str], frozenset[str], dict[str, int]]:
    """The words of a year after and before the latest date, and of the document's year, lower case."""
    r = rules()
    next_words = frozenset(w.lower() for w in r["next_year"])
    previous_words = frozenset(w.lower() for w in r["previous_year"])
    return next_words, previous_words, {w.lower(): v for w, v in r["document_relative"].items()}


def _count(token: str) -> int | None:
    """A small count in digits, Chinese numerals or English words (`3`, `三`, `eight`: the words are data,
    `number_words_en`), or None."""
    if token.isdigit():
        return int(token)
    words: dict[str, int] = rules()["number_words_en"]
    if token.lower() in words:
        return words[token.lower()]
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
    if word in after_act_words():
        # `After his talks with …`, `署名式の後`: the clause takes the date of the act told before it, to the
        # precision the text gave that act (`In July 2023 … After his talks …`: July 2023)
        if last is None or last.month is None:
            return None
        return *_ymd(last.year, last.month, last.day), "after-act"
    if last is None or last.month is None:
        return None
    lower = {w.lower() for w in r["same_month"]}, {w.lower() for w in r["next_month"]}
    earlier = {w.lower() for w in (*r["previous_month"]["words"], *r["previous_month"]["kana_only"])}
    second = set(r["two_after"]["months"])
    if word in lower[0] or word in lower[1] or word in earlier or word in second:
        month = last.month + (1 if word in lower[1] else -1 if word in earlier else 2 if word in second else 0)
        year = last.year + (month - 1) // 12
        month = (month - 1) % 12 + 1
        return *_ymd(year, month, number(day) if day else None), "relative"
    if last.day is None:
        if word in {w.lower() for w in r["next_day"]}:
            # `2022年8月…協議…。協議の翌日、…視察`, `In May 1999 … The next day …`: the day after an act the text
            # dated by its month alone is, as far as the text tells, in that month (rec47; the corpus dates it so)
            return *_ymd(last.year, last.month), "relative"
        return None
    step = 1 if word in {w.lower() for w in r["next_day"]} else 2 if word in r["two_after"]["days"] else 0
    if word in {w.lower() for w in (*r["previous_day"], *r["previous_day_kana"])}:
        step = -1  # `the day before`, `前一天`, `前日`: the day before the date told last
    moved = datetime.date(last.year, last.month, last.day) + datetime.timedelta(days=step)
    return *_ymd(moved.year, moved.month, moved.day), "relative"


def _after_a_happening(word: str) -> bool:
    """Does a word of the same day tell it as the time after a happening (`after the talks`, `会谈后`), rather than
    point back to a date (`the same day`, `同日`)?"""
    return word.startswith("after ") or word.endswith(("后", "後")) or word in after_act_words()


def _anchor(
    last: Anchor | None, last_here: bool, document: Anchor | None, heads: bool = False
) -> tuple[Anchor | None, str]:
    """What a yearless date is anchored on (see `allyscope.dates`): the latest date of its own paragraph
    that names a month (a year alone is background: `AUKUS, founded in 2021, … On April 8`) or that `heads` its
    line (a chronology's entry: `2016 – In June …`), else the document's date, else the latest date before it."""
    if last is not None and ((last_here and (last.month is not None or heads)) or document is None):
        return last, "previous-date"
    return document, "document-date"


def _same_number_again(
    anchor: Anchor | None, basis: str, day: int, document: Anchor | None
) -> tuple[Anchor | None, str]:
    """A bare day (`23日`, `the 23rd`) whose number is the very day the date told last gave (`…2016年11月23日に署名
    されたものです。私は23日に…会談し`) is not that day told again — a text says `同日`, `the same day` for that —
    so it is a day of the document's own month, when the document has one and it is another month (prec65). Any
    other bare day keeps its anchor."""
    if (
        basis == "previous-date"
        and anchor is not None
        and anchor.day == day
        and document is not None
        and document.month is not None
        and (document.year, document.month) != (anchor.year, anchor.month)
    ):
        return document, "document-date"
    return anchor, basis


def _day_after_the_document(
    anchor: Anchor | None, basis: str, day: int, last: Anchor | None, document: Anchor | None
) -> tuple[Anchor | None, str]:
    """A bare day read in the document's month that would fall after the document's own day (`31日` under a
    dateline of 1 June: a 31 June, or a day to come) belongs to the month before when the date the text told last
    is of that month and no later in it (`5月30日，…。` then a paragraph opening `31日，…`): a report tells what has
    happened, and the story runs on from the date it told last, as `_nearest_year` reads a month. A day no later
    than the document's (`13日` under 13 June after a May date) stays in the document's month; so does a day that
    would go back before the date told last, or a month told last that is not the one before the document's."""
    if (
        basis == "document-date"
        and document is not None
        and document.month is not None
        and document.day is not None
        and day > document.day
        and last is not None
        and last.month is not None
        and last.year * 12 + last.month == document.year * 12 + document.month - 1
        and (last.day is None or day >= last.day)
    ):
        return last, "previous-date"
    return anchor, basis


def _same_month_told_before(
    anchor: Anchor | None, basis: str, month: int, last: Anchor | None, last_here: bool
) -> tuple[Anchor | None, str]:
    """A yearless date opening a paragraph's dates in the month of the day a paragraph before told last (`…on 5
    January 2022 … The next day …` then `The mission was short. Tokayev announced on 11 January …`) goes on with
    that story, in its year, rather than taking the document's (a brief of March 2025 would make it January 2025):
    a new paragraph that names the very month the story was in continues it. Another month, or a month after a
    date of the paragraph itself, keeps the stated rule (`_anchor`)."""
    if (
        basis == "document-date"
        and not last_here
        and last is not None
        and last.day is not None
        and last.month == month
        and (anchor is None or anchor.year != last.year)  # (the same year either way: the document's basis stands)
    ):
        return last, "previous-date"
    return anchor, basis


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
