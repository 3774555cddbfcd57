"""The passes over a paragraph's dates once all are read: neighbouring dates that are one thing told twice.

A day told again in brackets after a word of that day (`本日（22日）`) is that day; a range of years' start
before its end (`令和5年度から令和9年度まで`) is part of that period; a decade joined to a span (`through the 1980s
and 1990s`) is part of it; two days joined by a word of a list (`on 3 and 5 June`, `6月3日と5日`) are two
dates; a day and a later day after `至`/`から` are one range of days; the end of a year or month before the start of a
later one is one span (`2024年底至2025年初`, `end_spans`);
a count of time followed by the date it comes to (`A year later, on 11 April 2024`) is that date; an act's
after-word followed in its clause by a word of the same day (`会谈后，两国元首当天…`) is that day; a year heading
a chronology's line is the line's heading. Each needs the next date, so they run after the reader, not inside it.
"""

from __future__ import annotations

import datetime
import itertools
import re
from dataclasses import replace
from functools import cache

from allyscope.dates.end_spans import join_end_spans
from allyscope.dates.roles import _heads_line, _opens_its_line
from allyscope.dates.values import DateMention, _alternatives, number, rules

# between a count of time and the date it comes to (`A year later, on 11 April 2024`, `翌年、2024年…`)
_GLOSSED_BY_DATE = re.compile(r"\s*[,，、]\s*(?:(?:on|in|at)\s+(?:the\s+)?)?")
_DAY_RANGE_JOINER = re.compile(
    r"\s*(?:(?:起|开始|開始|から)?\s*(?:至|到|～|〜|~)|から)\s*"
    # English: `April 22 to May 10`, `22 April – 10 May` (`and` only after `between`: `_BETWEEN`)
    r"|\s*[–—]\s*|\s+(?:to|until|till|through|and)\s+"
)
_BETWEEN = re.compile(r"(?<![A-Za-z])[Bb]etween\s+$")
_RANGE_PRECISIONS = ("day", "month")
_RANGE_CLOSER = re.compile(r"\s*(?:にかけて|まで)")


def _open_day_closed_by(text: str, opening: DateMention, closing: DateMention) -> bool:
    """Is `opening` a day read as an open start (`29日から`) that the next date, a later day followed by
    `にかけて`/`まで` (`30日にかけて`), closes? Then the two are one range of days."""
    return (
        opening.kind == "open"
        and opening.precision == closing.precision
        and opening.precision in _RANGE_PRECISIONS
        and opening.edtf.endswith("/..")
        and not opening.role
        and closing.role in ("", "period-end")
        and not text[opening.end : closing.start].strip()
        and closing.edtf > opening.edtf[: -len("/..")]
        and _RANGE_CLOSER.match(text, closing.end) is not None
    )


_DECADE_JOINER = re.compile(r"\s*(?:and|or|to|–|-|—|、|和|与|與|及|至|から|と)?\s*(?:the\s+)?", re.IGNORECASE)


_PERIOD_OPENER = re.compile(r"\s*(?:から|至|到|起|—|–|-|~|～|〜)\s*")


def join_mentions(text: str, out: list[DateMention]) -> list[DateMention]:
    """The paragraph's dates `out` (in text order) with these passes made, in this order."""
    out = _without_days_told_again(text, out)
    out = _pairs_of_days(text, out)
    _periods(text, out)
    join_end_spans(text, out)
    _day_ranges(text, out)
    _begun_and_run_until(text, out)
    out = _without_counts_told_again(text, out)
    out = _without_acts_dated_in_place(text, out)
    out = _without_after_words_told_again(text, out)
    _line_headings(text, out)
    _months_framing_a_day(text, out)
    return out


@cache
def _pair_words() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(a list word between two days inside one mention, a range word before it, a range word after it). In English
    a comma before a day is a list word too (`3, 5 and 7 June`), not before a year (`June 3 and 5, 2023`)."""
    pairs = rules()["day_pairs"]
    joiner = re.compile(
        rf"(?<=[0-9〇一二三四五六七八九十日号stndrh])\s*(?:,\s*)?(?:{_alternatives(pairs['joiners'])})\s*"
        r"(?=[0-9〇一二三四五六七八九十])"
        r"|(?<=[0-9stndrh]),\s*(?=(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d))"
    )
    before = re.compile(rf"(?<![A-Za-z])(?:{_alternatives(pairs['range_before'])})\s+$", re.IGNORECASE)
    after = re.compile(rf"\s*(?:{_alternatives(pairs['range_after'])})")
    return joiner, before, after


_A_DAY = re.compile(
    r"(?:[12]\d|3[01]|0?[1-9])(?!\d)|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九]"
)


def listed_days(text: str, mention: DateMention) -> list[DateMention] | None:
    """The days of a list of days read as one mention (`on 3 and 5 June`, `6月3日和5日`, `3、5、7日`, `June 3, 5 and
    7`), each a mention of its own with its words; None when the mention is no such list: not a range of two days
    of one reading, no word of a list inside it, a word of a range around it (`between June 3 and 5`, `…之间`), or
    days each next to the one before (`16 and 17 May`, `11、12、13日`: the pair and the interval name the same
    days, and the events README writes the interval). The reader anchors what follows on the last of them."""
    if mention.precision != "range":
        return None
    first, _, last = mention.edtf.partition("/")
    if len(first) != 10 or len(last) != 10:
        return None
    joiner, before, after = _pair_words()
    cuts = list(joiner.finditer(mention.text))
    if not cuts or before.search(text, 0, mention.start) is not None or after.match(text, mention.end) is not None:
        return None
    bounds = [0, *(b for c in cuts for b in c.span()), len(mention.text)]
    spans = [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]
    values = [first]
    for a, b in spans[1:-1]:  # a day between the first and the last: its number, in the first day's month
        found = _A_DAY.search(mention.text, a, b)
        if found is None:
            return None
        try:
            values.append(datetime.date(int(first[:4]), int(first[5:7]), number(found.group(0))).isoformat())
        except ValueError:
            return None
    values.append(last)
    days = [datetime.date.fromisoformat(v) for v in values]
    if any(b <= a for a, b in itertools.pairwise(days)):
        return None  # a list must run forward
    if all((b - a).days == 1 for a, b in itertools.pairwise(days)):
        return None  # days next to each other: one interval
    kind = "absolute" if mention.kind == "range" else mention.kind
    return [
        replace(
            mention,
            start=mention.start + a,
            end=mention.start + b,
            text=mention.text[a:b],
            edtf=value,
            precision="day",
            kind=kind,
        )
        for (a, b), value in zip(spans, values, strict=True)
    ]


def _pairs_of_days(text: str, out: list[DateMention]) -> list[DateMention]:
    """Days joined by a word of a list (`on 3 and 5 June`, `6月3日和5日`, `3、5、7日`): each a date, a day, unless a
    word of a range stands around them (`between June 3 and 5`, `…之间`) or they are next to each other (`16 and
    17 May`, where the pair and the interval name the same days, the interval the events README writes)."""
    result: list[DateMention] = []
    for mention in out:
        days = listed_days(text, mention)
        result.extend(days if days is not None else [mention])
    return result


def _periods(text: str, out: list[DateMention]) -> None:
    """A range's start before its end, a decade joined to a span: parts of that period (in place)."""
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


def _day_ranges(text: str, out: list[DateMention]) -> None:
    """A day and a later day (or a month and a later month) joined by `至`/`から`/`to`: one range (in place)."""
    # `今天起至20日`, `本日から20日まで`, `3月28日至4月2日`, `from April 22 to May 10`, `1月至6月`, `between January
    # and June 2024`: a day, then a later day after `起至`/`至`/`から`/`to`, are the two ends of one range of days
    # (which dates what happened over them); so are two months. `and` joins two ends only after `between` (`on
    # 3 May and 5 June` names two days). An opening without a year of its own before a closing that states one
    # (`from 22 April to 10 May 2024`) takes its year from the closing, not from the dates before it.
    for i in range(len(out) - 1):
        opening, closing = out[i], out[i + 1]
        joiner = _DAY_RANGE_JOINER.fullmatch(text[opening.end : closing.start])
        if joiner is not None and joiner.group(0).strip() == "and" and not _BETWEEN.search(text, 0, opening.start):
            joiner = None
        if joiner is not None and opening.precision == closing.precision:
            opening = _year_of_the_closing(opening, closing)
        if (
            opening.precision == closing.precision
            and opening.precision in _RANGE_PRECISIONS
            and opening.role in ("", "period")  # `本日から20日まで`: the start of the days it runs to
            # (`2024年6月27日〜29日 – …`: the range opens a chronology's line, its dash no dateline's)
            and (
                closing.role in ("", "period-end")
                or (closing.role == "dateline" and _opens_its_line(text, opening.start))
            )
            and closing.edtf > opening.edtf
            and joiner is not None
        ):
            out[i] = replace(opening, edtf=f"{opening.edtf}/{closing.edtf}", precision="range", role="")
            out[i + 1] = replace(closing, role="period-end")
        elif _open_day_closed_by(text, opening, closing):
            # `29日から30日にかけて`: the `から` read as an open start is closed by the later day
            first_day = opening.edtf[: -len("/..")]
            out[i] = replace(opening, edtf=f"{first_day}/{closing.edtf}", kind="range", precision="range")
            out[i + 1] = replace(closing, role="period-end")


@cache
def _run_until() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(an English word of beginning right before a day, the English words between that day and the day it runs
    until, the Chinese or Japanese words between them, `まで` after the second day): `begun_and_run_until`."""
    words = rules()["begun_and_run_until"]
    begin_en, run_en, until_en = (_alternatives(words[k]) for k in ("begin_en", "run_en", "until_en"))
    begin_cjk, run_cjk, until_cjk = (_alternatives(words[k]) for k in ("begin_cjk", "run_cjk", "until_cjk"))
    return (
        re.compile(rf"(?<![A-Za-z])(?i:{begin_en})\s+(?:(?i:on|in)\s+)?$"),
        re.compile(
            rf"\s*,?\s+and\s+(?:(?:will|is\s+to|is\s+set\s+to)\s+)?(?i:{run_en})\s+(?i:{until_en})\s+(?:on\s+)?"
        ),
        re.compile(
            rf"\s*(?:[にから]{{0,2}})\s*(?:{begin_cjk})\s*[，,、]?\s*(?:并|並)?\s*(?:将|將)?\s*"
            rf"(?:(?:{run_cjk})\s*(?:{until_cjk})\s*)?"
        ),
        re.compile(r"\s*まで"),
    )


def _begun_and_run_until(text: str, out: list[DateMention]) -> None:
    """A day an act begins on and a later day it runs until: one range (in place). `began on Monday and ran until
    Friday`, `begins today and runs until 2 August`; `于昨天开始，将持续至8月2日`, `昨日始まり、8月2日まで続く` (the
    words of beginning after the first day, `まで` after the second). The second day no longer dates an act of
    its own: it ends the range."""
    begin_en, between_en, between_cjk, made = _run_until()
    for i in range(len(out) - 1):
        opening, closing = out[i], out[i + 1]
        if not (
            opening.precision == closing.precision == "day"
            and not opening.role
            and closing.role in ("", "period-end")
            and closing.edtf > opening.edtf
        ):
            continue
        end, start = opening.end, closing.start
        english = (
            between_en.fullmatch(text, end, start) is not None
            and begin_en.search(text, max(0, opening.start - 24), opening.start) is not None
        )
        cjk = between_cjk.fullmatch(text, end, start)
        joined = (
            cjk is not None
            and cjk.group(0).strip() != ""
            and (
                any(w in cjk.group(0) for w in rules()["begun_and_run_until"]["until_cjk"])
                or made.match(text, closing.end) is not None
            )
        )
        if english or joined:
            out[i] = replace(opening, edtf=f"{opening.edtf}/{closing.edtf}", precision="range", role="")
            out[i + 1] = replace(closing, role="period-end")


_BRACKETS = {"（": "）", "(": ")"}


def _without_days_told_again(text: str, out: list[DateMention]) -> list[DateMention]:
    """`out` with a day told again in brackets right after a word of that day (`本日（22日）`, `今日（5日）`,
    `昨天（12日）`, `today (5 June)`) folded into the word's mention: one date, not two. The bracket gives the day
    in numbers, so its reading wins; the mention spans word and bracket, its basis the word's."""
    kept: list[DateMention] = []
    for mention in out:
        before = kept[-1] if kept else None
        opening = text[before.end : mention.start].strip() if before is not None else ""
        if (
            before is not None
            and opening in _BRACKETS
            and before.precision == mention.precision == "day"
            and not any(c.isdigit() for c in before.text)  # a word of a day, not a date in numbers
            and mention.basis in _YEARLESS_BASES
            and text[mention.end : mention.end + 1] == _BRACKETS[opening]
        ):
            end = mention.end + 1
            kept[-1] = replace(before, end=end, text=text[before.start : end], edtf=mention.edtf)
            continue
        kept.append(mention)
    return kept


_YEARLESS_BASES = ("document-date", "previous-date")
_PLAIN = re.compile(r"\d{4}(-\d{2}){1,2}")


def _states_its_year(closing: DateMention) -> bool:
    """Does a date read from the document's date say its year in its own words (`July 3 last year`, `this year`)?"""
    said = closing.text.lower()
    return closing.basis == "document-date" and any(w.isascii() and w in said for w in rules()["document_relative"])


def _year_of_the_closing(opening: DateMention, closing: DateMention) -> DateMention:
    """`opening` (a day or month the text gave no year) with the year of `closing` when the text states that one
    (`from 22 April to 10 May 2024`, `between January and June 2024`): the year before it when the opening's month
    and day come later in the year (`from December to March 2024` opens in 2023). The range's year is then the
    one its words state (its basis is the closing's). A year told from the document's date in the closing's own
    words (`from June 29 to July 3 last year`) states it as well."""
    if not (
        opening.basis in _YEARLESS_BASES
        and (closing.basis in ("explicit", "era") or _states_its_year(closing))
        and _PLAIN.fullmatch(opening.edtf)
        and _PLAIN.fullmatch(closing.edtf)
    ):
        return opening
    year, rest = int(closing.edtf[:4]), opening.edtf[4:]
    if rest > closing.edtf[4:]:
        year -= 1
    return replace(opening, edtf=f"{year:04d}{rest}", basis=closing.basis)


def _without_counts_told_again(text: str, out: list[DateMention]) -> list[DateMention]:
    """`out` without a count of time that the date after it tells again."""
    # `A year later, on 11 April 2024`, `Two days later, on 3 May`: a count of time from the date before, followed
    # by the date it comes to, is that one date told twice; the count (a coarser reading of the same day) goes
    return [
        mention
        for i, mention in enumerate(out)
        if not (
            mention.basis in ("relative", "after-act")
            and i + 1 < len(out)
            and out[i + 1].basis not in ("relative", "after-act")
            and _GLOSSED_BY_DATE.fullmatch(text, mention.end, out[i + 1].start)
        )
    ]


_DATES_THE_ACT = re.compile(r"\s*(?:的|の|之)?\s*")


def _without_acts_dated_in_place(text: str, out: list[DateMention]) -> list[DateMention]:
    """`out` without an act's after-word (`after-act`) whose act carries its own date right before it
    (`2019年5月3日的会谈之后，…`, `5月3日の会談の後、…`): that date is the earlier act's, and what followed it
    happened some time after, on a day the text does not give, so the clause takes no date from it."""
    return [
        mention
        for i, mention in enumerate(out)
        if not (
            mention.basis == "after-act"
            and i > 0
            and _DATES_THE_ACT.fullmatch(text, out[i - 1].end, mention.start)
        )
    ]


# between an act's after-word and the word of the same day in its clause: a comma and the clause's subject at most
_SUBJECT_BEFORE_THE_DAY = re.compile(r"\s*[,，、]\s*[^,，、。；;.!?！？\n]{0,16}")


@cache
def _same_day_words() -> frozenset[str]:
    return frozenset(w.lower() for w in rules()["same_day"])


def _without_after_words_told_again(text: str, out: list[DateMention]) -> list[DateMention]:
    """`out` without an act's after-word (`after-act`) whose clause names the same day again (`会谈后，两国元首当天
    共同见证了…签署`, `会談の後、両首脳は同日…`): one time told twice, the day word's, so the act told before (the
    talks) gives the clause no second event of that day (dom54: a signing witnessed after talks was read as the
    talks again)."""
    words = _same_day_words()
    return [
        mention
        for i, mention in enumerate(out)
        if not (
            mention.basis == "after-act"
            and i + 1 < len(out)
            and out[i + 1].text.lower() in words
            and _SUBJECT_BEFORE_THE_DAY.fullmatch(text, mention.end, out[i + 1].start)
        )
    ]


def _line_headings(text: str, out: list[DateMention]) -> None:
    """A year heading a chronology's line: that line's heading (in place)."""
    # `2016 – In June …`: the year heading a chronology's line dates that line's acts through the dates anchored on
    # it, and is no event of its own beside them
    for i, entry in enumerate(out):
        if entry.precision == "year" and not entry.role and _heads_line(text, entry.start, entry.end):
            line_end = text.find("\n", entry.end)
            line_end = len(text) if line_end < 0 else line_end
            if any(m.start < line_end and m.basis == "previous-date" for m in out[i + 1 :]):
                out[i] = replace(entry, role="heading")


# a month opens its sentence when only these stand before it in the sentence (`In February, on the 14th, …`)
_SENTENCE_BEFORE = re.compile(r"(?:^|[。．！？!?；;\n]|(?<![A-Z])\.\s)\s*(?:(?:[Ii]n|[Dd]uring|于|於|在)\s*)?$")
# after the month, one comma, then the words before the day with no other mark: one clause
_ONE_CLAUSE_AFTER = re.compile(r"\s*[，,、]\s*[^，,、。．.；;！？!?\n]*")


def _months_framing_a_day(text: str, out: list[DateMention]) -> None:
    """A month opening its sentence and set off by a comma, then a day of that month in the clause right after it
    (`同年8月，韩国政府于22日宣布…`, `In February, on the 14th, the report was handed over`): the month frames the
    day, which dates the clause; the month dates nothing of its own (it gets the role `heading`, as a chronology's
    year over its lines). With another clause between them (`2015年12月，安倍访问印度，12日两国签署…`) the month
    dates that clause and stays a date (in place)."""
    for i in range(len(out) - 1):
        month, day = out[i], out[i + 1]
        if month.precision != "month" or month.role or month.document or day.role or day.document:
            continue
        if not day.edtf.split("/")[0].startswith(month.edtf + "-") or day.basis != "previous-date":
            continue
        if _ONE_CLAUSE_AFTER.fullmatch(text, month.end, day.start) is None:
            continue
        if _SENTENCE_BEFORE.search(text, max(0, month.start - 16), month.start) is None:
            continue
        out[i] = replace(month, role="heading")
