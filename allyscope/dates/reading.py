"""`read_dates`: every date of a text, read from the expression's matches in order, each anchored on those before.

The reader walks the matches `_scan` finds, reads each by its branch into EDTF with a precision, a kind and the
basis of its year (see the package docstring), asks `roles` why it might date no event, and keeps the latest date
that anchors those after it. It is one loop because each date's reading depends on the dates before it in the
same paragraph; the pieces it calls live in the package's other modules.
"""

from __future__ import annotations

import bisect
import datetime
import re
from dataclasses import replace
from functools import cache
from typing import Any

from allyscope.dates.anchoring import (
    _after_a_happening,
    _anchor,
    _count,
    _day_after_the_document,
    _day_word,
    _from_the_document,
    _nearest_year,
    _relative_words,
    _same_month_told_before,
    _same_number_again,
    _year_running_on,
)
from allyscope.dates.asides import bracket_close, since_clause_en
from allyscope.dates.joins import _DAY_RANGE_JOINER, join_mentions, listed_days
from allyscope.dates.named_act import counted_from_named_acts
from allyscope.dates.roles import (
    _after_a_mark,
    _bare_year_names,
    _decade_span,
    _decade_span_cjk,
    _document_after_de,
    _document_noun_cjk,
    _first_since,
    _heads_line,
    _in_document_title,
    _named_document_cjk,
    _opens_clause,
    _opens_its_line,
    _role,
    _sets_its_sentence,
    _year_range_span_cjk,
)
from allyscope.dates.scan import _has_latin_word, _scan
from allyscope.dates.terms import term_start
from allyscope.dates.values import (
    Anchor,
    DateMention,
    DateReading,
    StoryDay,
    _alternatives,
    _check,
    _days,
    _english_day,
    _Impossible,
    _md_value,
    _ymd,
    after_act_words,
    ends_a_name,
    number,
    rules,
)

_LAST_OR_NEXT = re.compile(r"(?<![A-Za-z])([Ll]ast|[Nn]ext)\s$")
_THAT = re.compile(r"(?<![A-Za-z])[Tt]hat\s$")
_OPENS_FROM = re.compile(r"(?<![A-Za-z])[Ss]ince\s(?:the\s)?$")


def _char_before(text: str, start: int) -> str:
    """The character before `start`, or '' at the start of the text. Test it as a member of a tuple of characters
    or check it is not empty first: '' is in every string, so `次日` opening a paragraph was once read as the end of
    a count (`首次日英`) and dropped."""
    return text[start - 1] if start else ""


def _glosses(text: str, previous_end: int, start: int) -> bool:
    """Is a word at `start` a bracketed gloss of the date that ends at `previous_end` (`29日（月曜日）`)?"""
    return text[previous_end:start].strip() in ("（", "(")


def _zone_gloss(text: str, previous_end: int, start: int, words: frozenset[str]) -> bool:
    """Is the date at `start` the date before it (ending at `previous_end`) told again in brackets on another
    clock (`本3日（金曜日）（現地時間同日）`)? Glosses in brackets between them (`（金曜日）`) are passed over."""
    between = text[previous_end:start]
    if len(between) > 32:
        return False
    stripped = _BRACKETED.sub("", between).strip()
    return stripped[:1] in ("（", "(") and stripped[1:].strip().rstrip(":：") in words


_BRACKETED = re.compile(r"[（(][^（）()\n]*[）)]")


def _carried_era_year(
    same_year: str | None, bare_year: str | None, era: tuple[str, int] | None, r: dict[str, Any]
) -> int | None:
    """The Gregorian year of an era's year written without the era's name (`同6年`; a bare `109年` before a month),
    in the era of the last date written with its name (`era`: the era and its year), or None: no such date, a year
    past the era's last, or a bare year more than `bare_within` years from that date's (`era_carried`)."""
    if era is None:
        return None
    name, year_of_era = era
    year = number(same_year or bare_year or "")
    last_of_era = r.get("era_last_year", {}).get(name)
    if year < 1 or (last_of_era and year > last_of_era):
        return None
    if bare_year and abs(year - year_of_era) > r["era_carried"]["bare_within"]:
        return None
    return int(r["eras"][name]) + year


def last_era_of(mentions: list[DateMention], era: tuple[str, int] | None) -> tuple[str, int] | None:
    """The era and year of the last of `mentions` read in an era (written with its name, or carried: `同6年`, a
    fiscal `112年度`), else `era` (`era_carried`): what the text after them reads a year without its era in."""
    r = rules()
    eras: dict[str, int] = r["eras"]
    for mention in mentions:
        if mention.basis != "era" or not mention.edtf[:4].isdigit():
            continue
        name = next((e for e in eras if mention.text.startswith(e)), None)
        if name is None and mention.kind == "fiscal" and era is None:
            name = r["fiscal_year_without_era"]["era"]
        name = name or (era[0] if era else None)
        if name is not None:
            era = (name, int(mention.edtf[:4]) - eras[name])
    return era


class _Groups:
    """A match's named groups read one by one, as `groupdict()` would give them: the expression has some 75
    groups, and a dict of them all for each date cost more than the few a date reads."""

    __slots__ = ("_match",)

    def __init__(self, match: re.Match[str]) -> None:
        self._match = match

    def __getitem__(self, name: str) -> Any:
        try:
            return self._match[name]
        except IndexError:  # a branch the expression tried at this place left out (`_starting_with`): unmatched
            return None

    def get(self, name: str, default: Any = None) -> Any:
        try:
            return self._match[name]
        except IndexError:
            return default


def read_dates(
    text: str,
    reference_year: int | None = None,
    document_date: Anchor | None = None,
    previous: Anchor | None = None,
    previous_edtf: str | None = None,
    heading: Anchor | None = None,
    acts: dict[str, Anchor] | None = None,
    era: tuple[str, int] | None = None,
    story: StoryDay | None = None,
) -> DateReading:
    """Every date mention in `text`, in order, and a warning for each impossible date found.

    A date without a year takes it from the latest date before it (`previous`, or a `reference_year`, stands for
    one before the text), else from `document_date` (see `allyscope.dates`); one nothing anchors is left out.
    A `heading` (the year a chronology's lines stand under, on a line of its own above them) is read as a date
    heading the text's first line: the yearless dates there take its year, not the document's. `acts` (the days
    of the acts the paragraphs before told, by the noun naming them: `会談` → its day) is read by an after-word
    opening a paragraph (`会谈后`, the talks' day) and completed with this text's; a count naming its act
    (`会談の2日後`) is read here from the date told last and dated again from its act by `named_act`. `era` (the
    era and year of the last date written with an era's name before this text) dates a year written without its
    era (`同6年`, `109年1月`: `era_carried`); one read here takes over. `story` is the story's day the paragraphs
    before ended on (`StoryDay`, `_story_after`)."""
    r = rules()
    months: dict[str, int] = r["months_en"]
    seasons: dict[str, int] = r["seasons"]
    next_words, previous_words, now_words = _relative_words()
    last: Anchor | None = previous or (Anchor(reference_year) if reference_year else None)
    last_here = False  # whether `last` was read in this text (a paragraph), not before it
    last_edtf: str | None = previous_edtf or (str(reference_year) if reference_year else None)
    range_end: Anchor | None = None  # the last day of the last anchoring date when it was a range of days
    out: list[DateMention] = []
    warnings: list[str] = []
    # Text with no Latin word is searched without the English patterns, which cost most.
    count_heads = r["count_words"]["before"]
    zone_words = frozenset(r.get("zone_glosses", {}).get("words", ()))
    last_end = 0  # where the date `last` ends in this text
    last_era = era  # the era and year of the last date written with an era's name (`era_carried`)
    last_heads = False  # whether `last` heads its line, as a chronology's entry does (`2016 – In June …`)
    last_relative = False  # whether `last` was counted from the document's date (`昨年5月`, `last June`)
    week = False  # whether the date just read is a whole week (`last week`), which anchors nothing after it
    opened_by_weekday: dict[int, datetime.date] = {}  # the dates of `out` read from a weekday, by index
    # the day a sentence is told at, when a date after it in the same sentence went back in time (`On 5 May …
    # declared on 3 October 2000.`, `7月16日…回顧了1991年5月16日簽署的…`): what a later sentence counts from
    held: tuple[Anchor, str] | None = None
    top: tuple[Anchor, str, int] | None = None  # the latest day told in the sentence (its anchor, EDTF and end)
    story_day, recalled = story if story is not None else (None, False)  # (`_story_after`)
    told_aside = recalled  # whether the date told last went back before the story's day in an aside (`_told_aside`)
    # the date told before `last`, whether its paragraph is this one, and whether `last` went back before it (a
    # recall: `…8日…会见…。中马于1972年10月14日建交。9日，…`), which a yearless date running back skips (date81)
    before_last: Anchor | None = None
    before_here = jumped_back = False
    if heading is not None:
        last, last_here, last_heads, last_edtf = heading, True, True, str(heading.year)
    # what the dates after a bracketed aside count from (the anchor before the bracket), and where it closes (date84)
    bracketed: tuple[int, tuple[Any, ...]] | None = None
    for m in _scan(text, _has_latin_word(text)):
        if bracketed is not None and m.start() >= bracketed[0]:
            last, last_here, last_end, last_heads, last_relative, last_edtf, range_end = bracketed[1]
            bracketed = None  # `（他早在2000年…）。同年9月16日`: the sentence's own date again, not the aside's
        if out and _zone_gloss(text, out[-1].end, m.start(), zone_words):
            continue  # `本3日（金曜日）（現地時間同日）`: the same day on another clock, no date of its own
        if m.group(0)[0] == "次" and _char_before(text, m.start()) and _char_before(text, m.start()) in count_heads:
            continue  # `首次日英会议`: `首次` (the first time) and `日` (Japan), not `次日` (the next day)
        if last_here and "\n" in text[last_end : m.start()]:
            last_here = False  # a new paragraph: the date before it is no longer its own paragraph's
            before_here = False
        g = _Groups(m)
        kind = str(m.lastgroup)[1:]  # the outer group of an alternative closes last
        start, end = m.start(), m.end()
        edtf: str | None = None
        precision = "year"
        label = "absolute"
        document = False
        basis = "explicit"
        qualifier = ""
        role = ""
        try:
            if kind == "numeric":
                if _after_a_version_word(text, start):
                    continue  # `build 2019.3.5`, `v2024.1`, `第2019.3号`: a number in dotted figures, no date
                edtf, precision = _ymd(int(g["ny"]), int(g["nm"]), int(g["nd"]) if g["nd"] else None)
                if not _opens_its_line(text, _after_a_mark(text, start)):
                    # figures inside a line are a stamp or a record's field (`Printed … on 2024/05/01`,
                    # `收稿日期：2023-02-20`), which date no act and anchor no date after them; opening a line they
                    # are a chronology's entry or a date line
                    role = "furniture"
            elif kind == "era":
                era_name = g["era"]
                era_year = number(g["eyear"])
                last_of_era = r.get("era_last_year", {}).get(era_name)
                if era_year < 1 or (last_of_era and era_year > last_of_era):
                    raise _Impossible(f"{era_name} has no year {era_year}")
                edtf, precision = _md_value(m, "e", r["eras"][era_name] + era_year)
                basis = "era"
                last_era = (era_name, era_year)
                if g["efiscal"]:
                    label = "fiscal"
                if precision == "year":
                    # `令和2年度補正予算`, `平成30年の防衛白書`: an era's year names a document as a year does
                    document = (
                        _document_noun_cjk().match(text, end) is not None
                        or _named_document_cjk().match(text, end) is not None
                    )
            elif kind == "era_carried":
                carried = _carried_era_year(g["ecyear"], g["ecbare"], last_era, r)
                if carried is None:
                    continue  # no era date before it, a year past its era, or a bare year far from the era's
                edtf, precision = _md_value(m, "x", carried)
                basis = "era"
                if last_era is not None:
                    last_era = (last_era[0], carried - int(r["eras"][last_era[0]]))
            elif kind == "roc_fiscal":
                edtf, precision = _ymd(r["eras"][r["fiscal_year_without_era"]["era"]] + int(g["rocfy"]))
                label, basis = "fiscal", "era"
                # `115年度預算`: a fiscal year naming a budget names a document, as `令和2年度補正予算` does
                document = _document_noun_cjk().match(text, end) is not None
            elif kind == "cjk":
                # the branch's groups read in one call (the branch matched: the expression holds every one of them)
                year_text, c_month, c_season, c_part, c_open, c_fiscal, c_approx = m.group(
                    "year", "moc", "cseason", "cpart", "cjkopen", "cjkfiscal", "capprox"
                )
                year = number(year_text)
                if c_month:
                    edtf, precision = _md_value(m, "c", year)
                elif c_season:
                    _check(year)
                    edtf, precision, label = f"{year:04d}-{seasons[c_season]}", "season", "season"
                else:
                    edtf, precision = _ymd(year)
                    if c_part:
                        qualifier = r["year_parts"].get(c_part, "")
                if c_open:
                    edtf, label = f"{edtf}/..", "open"
                    if c_season or c_part:
                        # `2021年底以來`, `2022年秋以降`: a span opened at a season or a part of a year, a time the
                        # words leave loose, is the background of what runs on through it, no start of an act
                        role = "period"
                    if _first_since(text, start, end):
                        role = "period"  # `2018年以来首次`: nothing like it since then, no start of the act
                elif c_fiscal:
                    label = "fiscal"
                if c_approx:
                    edtf, qualifier = f"{edtf}~", "approximate"
                # `2022 年版`, a year inside `《…》`, or right before one (`1982年《公约》`) names a document
                after = text[end : end + 1]
                document = after in ("版", "《", "「", "『") or _in_document_title(text, start)
                if not document and not c_month:
                    document = (
                        # `1990年备忘录`, `2022年戦略概念`: a year written right before a document's noun names it
                        _document_noun_cjk().match(text, end) is not None
                        # `2001年的条约`, `2001年的《…条约》`: a year joined by 的 to a document's noun or title right
                        # after it names that document
                        or (
                            after == "的"
                            and (
                                _document_noun_cjk().match(text, end + 1) is not None
                                or text[end + 1 : end + 2] in ("《", "『")
                                # `2018年的諒解備忘錄`: a name of a few words whose head is a document noun
                                or _document_after_de(text, end + 1)
                            )
                        )
                        # `1951年の米比相互防衛条約`: a year of a name whose head is a document noun
                        or _named_document_cjk().match(text, end) is not None
                        # `2021年的军事合作协定使两国关系…`: a document named by 的 and a few words, the subject of
                        # what is said of it (not `2019年的峰会上发表声明`: no verb of what the document does follows)
                        or (after == "的" and _document_as_subject_zh().match(text, end + 1) is not None)
                    )
            elif kind == "fiscal":
                year = int(g["fyear"] or g["fyear2"])
                edtf, _ = _ymd(year)
                label = "fiscal"
            elif kind == "range":
                first_year, second_year = int(g["ry1"]), int(g["ry2"])
                _check(first_year)
                _check(second_year)
                if second_year < first_year:
                    raise _Impossible(f"{first_year}–{second_year} ends before it starts")
                edtf, precision, label = f"{first_year}/{second_year}", "range", "range"
                document = _in_document_title(text, start)
                role = "" if _opens_clause(text, start) else "period"
                if _year_range_span_cjk(text, start, end):
                    role = "period"  # `在2021年至2022年期間，…`: a span within which the clause's acts fell
            elif kind == "en_range":
                first_year, second_year = int(g["ery1"]), int(g["ery2"])
                if second_year < first_year:
                    raise _Impossible(f"{first_year}–{second_year} ends before it starts")
                edtf, precision, label = f"{first_year}/{second_year}", "range", "range"
                if text[start:end].split(maxsplit=1)[0].lower() in _plan_span_openers():
                    role = "period"  # `a plan of action covering 2020 to 2024`: the years a plan covers (rec68)
            elif kind in ("en_mdy", "en_dmy", "en_my"):
                year = int(g["y1"] or g["y2"] or g["y3"])
                month = months[(g["m1"] or g["m2"] or g["m3"]).lower()]
                day = g["d1"] or g["d2"]
                edtf, precision = _english_day(year, month, day, g["d1b"] or g["d2b"])
            elif kind == "cell_year":
                edtf, _ = _ymd(int(g["cy"]))  # `| 2021 | 5月18日 | …`: the row's year
            elif kind in ("en_month", "en_month_cell"):
                that = False
                anchor, basis = _anchor(last, last_here, document_date, last_heads)
                month = months[(g["m8"] or g["m9"]).lower()]
                anchor, basis = _from_the_document(anchor, basis, month, last_relative, document_date)
                if jumped_back and _runs_back_from(anchor, basis, month, None):
                    anchor, basis = _anchor(before_last, before_here, document_date)  # (`_runs_back_from`)
                day_held = _day_held(held)  # (a held month resumes no month: `_day_held`)
                resumed = _story_resumed(day_held, told_aside, story_day, text, last_here, last_end, start, month)
                if resumed is not None:  # `… since … signed a pact in March 2021. In September, …` (date83)
                    anchor, basis = resumed, "previous-date"
                last_next = _LAST_OR_NEXT.search(text, max(0, start - 6), start)
                if document_date is not None and (g["rel8"] or last_next):
                    anchor, basis = document_date, "document-date"  # `in May last year`, `Last June`
                if g["ry8"] and last is not None:  # `in March the following year`: counted from the date before
                    anchor, basis = _counted_year(g["ry8"], last), "relative"
                elif that := _THAT.search(text, max(0, start - 5), start) is not None:
                    # `that September`: of the year of the date before; with none before, `that` is no pointer
                    # back (`He said that March was hard`) and the month is left out
                    anchor, basis = last, "previous-date"
                if anchor is not None:
                    year = anchor.year if basis in ("previous-date", "relative") else _nearest_year(anchor, month)
                    if basis == "previous-date" and not that:  # `that January` is of the year before it
                        year = _year_running_on(anchor, month)
                    if g["rel8"]:
                        year = anchor.year + now_words[f"{g['rel8'].lower()} year"]
                    elif last_next:  # the latest such month before the document's date, or the first after it
                        now = anchor.month or (1 if last_next.group(1).lower() == "next" else 12)
                        if last_next.group(1).lower() == "next":
                            year = anchor.year + (0 if month > now else 1)
                        else:
                            year = anchor.year - (0 if month < now else 1)
                    edtf, precision = _ymd(year, month)
                    label = "relative"
                    closing = _month_closing(text, start, end, months)
                    if closing is not None:  # `between March and May`: the two months and those between them
                        end, closing_month = closing
                        closing_year = year + (1 if closing_month < month else 0)
                        edtf, precision = f"{edtf}/{_ymd(closing_year, closing_month)[0]}", "range"
                    if _OPENS_FROM.search(text, max(0, start - 9), start):
                        edtf, label = f"{edtf}/..", "open"  # `since January`: from then on
            elif kind in ("en_md", "en_dm"):
                month = months[(g["m6"] or g["m7"]).lower()]
                said = (g["rel6"] or g["rel7"] or "").lower()
                anchor, basis = _anchor(last, last_here, document_date, last_heads)
                anchor, basis = _from_the_document(anchor, basis, month, last_relative, document_date)
                anchor, basis = _same_month_told_before(anchor, basis, month, last, last_here)
                if said and document_date is not None:  # `9 December last year`
                    anchor, basis = Anchor(document_date.year + now_words[f"{said} year"]), "document-date"
                counted = g["ry6"] or g["ry7"]
                if counted and last is not None:  # `on Feb. 16 that year`: the year of the date before it
                    anchor, basis = _counted_year(counted, last), "relative"
                if anchor is not None:
                    year = (
                        anchor.year if basis in ("previous-date", "relative") or said else _nearest_year(anchor, month)
                    )
                    if basis == "previous-date" and not said:
                        year = _year_running_on(anchor, month)
                    edtf, precision = _english_day(year, month, g["d6"] or g["d7"], g["d6b"] or g["d7b"])
                    label = "relative"
            elif kind == "en_season":
                year = int(g["sy"])
                _check(year)
                edtf, precision, label = f"{year:04d}-{seasons[g['season'].lower()]}", "season", "season"
                if _OPENS_FROM.search(text, max(0, start - 10), start):
                    edtf, label, role = f"{edtf}/..", "open", "period"  # `since the autumn of 2023`: as `2022年秋以降`
            elif kind == "en_part":
                edtf, precision = _ymd(int(g["py"]))
                qualifier = g["part"].lower()
                if _OPENS_FROM.search(text, max(0, start - 10), start):
                    edtf, label, role = f"{edtf}/..", "open", "period"  # `since mid-2022`: as `2021年底以來`
            elif kind == "en_approx":
                year = int(g["ay"])
                _check(year)
                edtf, qualifier = f"{year:04d}~", "approximate"
            elif kind == "en_open":
                _check(int(g["y4"]))
                edtf, label = f"{g['y4']}/..", "open"
                if g["since"].lower() == "since" and _first_since(text, start, end):
                    role = "period"  # `the first visit since 2018`: nothing like it since then
            elif kind == "en_year":
                if (
                    _after_a_version_word(text, start)
                    or _in_a_reference_code(text, start, end)
                    or _bound_to_a_numbering_noun(text, start, end)
                ):
                    continue  # `version 2024`, `PR/CP(2024)107`, `resolution 1874`, `the 1988 Committee`: no year
                year = int(g["y5"])
                edtf, _ = _ymd(year)
                document = _bare_year_names(text, start, end, months) or _year_of_a_numbered_name(text, start, end)
            elif kind in ("cn_century_decade", "cjk_decade4"):
                if kind == "cjk_decade4":
                    # `90年代` is the 1990s; `一九九〇年代` is read digit by digit
                    decade_text = str(number(g["d4"])) if len(g["d4"]) == 4 else "19" + g["d4"]
                    _check(int(decade_text))
                    edtf, quality = f"{decade_text[:3]}X", g["d4q"]
                    if g["d4open"]:
                        role = "period"  # `2010年代起`, `2000年代後半以降`: a trend since then
                else:
                    century = number(g["cdc"]) - 1 if g["cdc"] else 19
                    decade = number(g["dec1"]) // 10
                    _check(century * 100 + decade * 10 + 9)
                    edtf, quality = f"{century:02d}{decade}X", g["decq"]
                    if g["decopen"]:
                        role = "period"  # `20世纪90年代以来`: a trend since then
                precision = label = "decade"
                if _decade_span_cjk(text, start, end):
                    role = "period"  # `1990年代を通じて`, `整个90年代`: a span of time, not the date of an act
                if quality:
                    qualifier = r["year_parts"].get(quality, "mid")
                    role = "period"  # a part of a decade (`2000年代後半`, `八十年代末`) names a period
            elif kind == "cn_decade_pair":
                century = number(g["pcc"]) - 1 if g["pcc"] else 19
                first, second = number(g["p1"]), number(g["p2"])
                _check(century * 100 + first * 10 + 9)
                out.append(DateMention(start, end, m.group(0), f"{century:02d}{first}X", "decade", "decade"))
                edtf, precision, label = f"{century:02d}{second}X", "decade", "decade"
            elif kind == "cn_century":
                century = number(g["cent"]) - 1
                _check(century * 100 + 99)
                edtf, precision, label, role = f"{century:02d}XX", "century", "century", "period"
            elif kind == "en_century":
                century = int(g["encent"]) - 1
                _check(century * 100 + 99)
                edtf, precision, label, role = f"{century:02d}XX", "century", "century", "period"
            elif kind == "en_decade":
                edtf, precision, label = f"{g['edec'][:3]}X", "decade", "decade"
                if g["edq"]:
                    qualifier, role = g["edq"].lower(), "period"
                elif _OPENS_FROM.search(text, max(0, start - 6), start) or _decade_span().search(
                    text, max(0, start - 14), start
                ):
                    role = "period"  # `since the 2010s`, `through the 1980s`, `the Tornado of the 1970s`: a span
            elif kind in ("now", "en_now") and document_date is not None:
                year = document_date.year + now_words[(g["now"] or g["ennow"]).lower()]
                # `last year's Balikatan`, `this year's budget`: the year names a thing of that year
                document = bool(g["ennow"]) and text[end : end + 2] in ("'s", "’s")
                edtf, precision = _md_value(m, "n", year)
                label, basis = "relative", "document-date"
                if precision == "year" and document_date.month and _at_this_time(text, start, end, g["now"] is None):
                    # `去年此時`, `this time last year`: the document's month, a year or more back (date86)
                    edtf, precision = f"{year:04d}-{document_date.month:02d}", "month"
                if g.get("nseason"):  # `今年夏天`, `去年秋`: a season of the year counted from the document's
                    edtf, precision, label = f"{year:04d}-{seasons[g['nseason']]}", "season", "season"
                if g.get("nowopen"):
                    part = g["nowopen"].lstrip().startswith(("年中", "年初", "年底"))
                    if g.get("mon") and not g.get("dn") and not part:
                        # `自去年10月以来`, `今年2月上旬以來`: a month opens the span, as `2019年3月以来` does
                        edtf, label = f"{edtf}/..", "open"
                    else:
                        role = "period"  # `今年以来`, `今年年中以来`: a trend since then
            elif kind == "now_season" and document_date is not None:
                year = document_date.year + r["document_seasons"]["before"][g["nsnow"]]
                _check(year)
                edtf, precision, label = f"{year:04d}-{seasons[g['nsseason']]}", "season", "season"
                basis = "document-date"
            elif kind == "glossed_now" and g["gyear"]:
                # `去（2022）年12月`: the year told in brackets is the year itself, whatever the document's date
                month_told = number(g["gym"]) if g["gym"] else None
                edtf, precision = _ymd(int(g["gny"]), month_told, number(g["gymd"]) if g["gymd"] else None)
                label, basis = "relative", "explicit"
            elif kind == "glossed_now":
                found = _glossed_now(g, document_date or last, r)
                if found is not None:
                    edtf, precision = found
                    label, basis = "relative", "document-date" if document_date is not None else "previous-date"
            elif kind == "previous_day":
                base, basis = (last, "relative") if last is not None and last.day else (document_date, "document-date")
                found = _numbered_day(base, -1, number(g["pdday"]))
                if found is None:
                    continue
                edtf, precision = found
                label = "relative"
            elif kind == "relative" and g["rel"] in r["year_before_last_zh"]["words"] and _KANA.search(text) is None:
                # `前年` in Chinese: the year before last, counted from the document's date (in Japanese: the year
                # before the date told last, the branch below)
                if document_date is None:
                    continue
                edtf, precision = _md_value(m, "r", document_date.year - 2)
                label, basis = "relative", "document-date"
            elif kind == "relative" and last is not None:
                relative_word = g["rel"].lower()
                if held is not None and _sentence_ends(text, last_end, start) and _opens_its_sentence(text, start):
                    last = held[0]  # `同年`, `the following year` in the next sentence: from the day it is told at
                year = last.year + (1 if relative_word in next_words else -1 if relative_word in previous_words else 0)
                if relative_word in r["two_after"]["years"]:
                    year = last.year + 2  # `翌々年`: the year after the next
                edtf, precision = _md_value(m, "r", year)
                label, basis = "relative", "relative"
                if g.get("rseason"):  # `翌年秋`: a season of the counted year (date88)
                    _check(year)
                    edtf, precision = f"{year:04d}-{seasons[g['rseason']]}", "season"
                elif g.get("rpart"):  # `翌年初め`, `同年末`: a part of it, the year qualified as `2024年初` is
                    qualifier = r["year_parts"].get(g["rpart"], "")
                if g.get("relopen") and "/" not in edtf:
                    edtf, label = f"{edtf}/..", "open"  # `自同年8月1日起`: from that day on
                    if _first_since(text, start, end):
                        role = "period"  # `翌年以来首次`: nothing like it since then, no start of the act
            elif kind == "thereafter" and last_edtf is not None:
                edtf, precision, label, basis = f"{last_edtf.split('/')[0]}/..", "range", "relative", "relative"
                last_here = False  # `Since then …`: the story runs on to the present, a month after it the document's
            elif kind == "bare_month":
                month = number(g["mob"])
                anchor, basis = _anchor(last, last_here, document_date, last_heads)
                anchor, basis = _from_the_document(anchor, basis, month, last_relative, document_date)
                if jumped_back and _runs_back_from(anchor, basis, month, number(g["db"]) if g["db"] else None):
                    anchor, basis = _anchor(before_last, before_here, document_date)  # (a recall: `_runs_back_from`)
                if g["db"]:  # a day of the month: `11日` in the month a paragraph before told its story in
                    anchor, basis = _same_month_told_before(anchor, basis, month, last, last_here)
                day_held = _day_held(held)  # (a held month resumes no month: `_day_held`)
                resumed = _story_resumed(day_held, told_aside, story_day, text, last_here, last_end, start, month)
                if resumed is not None:  # `距兩國2018年8月21日建交不到一年半。12月3日上午`: the story's year (date83)
                    anchor, basis = resumed, "previous-date"
                if anchor is not None:
                    year = _year_running_on(anchor, month) if basis == "previous-date" else _nearest_year(anchor, month)
                    edtf, precision = _md_value(m, "b", year)
                    label = "relative"
                    if g.get("bmopen") and "/" not in edtf:
                        # `自10月下旬以来`, `10月以降`: from that month on, the latest such month of the text's past
                        edtf = _since_month(edtf, basis, document_date) if precision == "month" else f"{edtf}/.."
                        label = "open"
            elif kind == "bare_day":
                anchor, basis = _anchor(last if last and last.month else None, last_here, document_date)
                day_number = number(g["bd"] or g["bdc"])
                if jumped_back and anchor and anchor.month and _runs_back_from(anchor, basis, anchor.month, day_number):
                    before = before_last if before_last and before_last.month else None
                    anchor, basis = _anchor(before, before_here, document_date)  # (`_runs_back_from`)
                resumed = _story_resumed(held, False, None, text, last_here, last_end, start)
                if resumed is not None and resumed.month is not None:
                    anchor, basis = resumed, "previous-date"  # `…9月20日至21日…，这是…5月1日建交后…。20日晚` (date83)
                # (`7月11日至12日…11日`: a day picked out of the range; so is one of the day a sentence resumes at)
                if not g["bd2"] and range_end is None and resumed is None:
                    anchor, basis = _same_number_again(anchor, basis, number(g["bd"] or g["bdc"]), document_date)
                if not _told_as_to_come(text, start, r):  # (`将于30日`: a day to come stays in the document's month)
                    day_last = last if last and last.month else None
                    anchor, basis = _day_after_the_document(
                        anchor, basis, number(g["bd"] or g["bdc"]), day_last, document_date
                    )
                if anchor is not None and anchor.month is not None:
                    edtf, precision = _ymd(anchor.year, anchor.month, number(g["bd"] or g["bdc"]))
                    if g["bd2"]:
                        edtf, precision = _days(edtf, _ymd(anchor.year, anchor.month, int(g["bd2"]))[0]), "range"
                    label = "relative"
                    if g["bdopen"] and not g["bd2"]:
                        edtf, label = f"{edtf}/..", "open"
            elif kind in ("month_word", "en_month_word") and document_date is not None and document_date.month:
                shift = r["document_months"][str(g["mword"] or g["enmword"]).lower()]
                index = document_date.year * 12 + document_date.month - 1 + shift
                edtf, precision = _ymd(index // 12, index % 12 + 1, number(g["mwday"]) if g["mwday"] else None)
                if g["mwday2"]:  # `本月10日至11日`: a range of days of that month
                    edtf, precision = _days(edtf, _ymd(index // 12, index % 12 + 1, int(g["mwday2"]))[0]), "range"
                label, basis = "relative", "document-date"
            elif kind in ("day_word", "en_day_word"):
                day_word = str(g["dayword"] or g["endayword"]).lower()
                if out and day_word in _times_of_day() and _TIME_GLUE.fullmatch(text[out[-1].end : start]):
                    continue  # `5日朝には`, `同日午後には`: the time of the date right before it, no date of its own
                if not _day_before_stands(day_word, text, start, end, r):
                    continue
                told_after = day_word in after_act_words() or day_word in r["same_time"]["words"]
                if told_after and _DATED_RIGHT_AFTER.match(text, end):
                    continue  # `随即于同年8月10日召回…`: the clause's own date follows the word, which dates nothing
                counted = _COUNT_BEFORE.search(text, max(0, start - 40), start)
                if day_word.startswith(("after ", "following ")) and counted:
                    continue  # `fifteen months after the signing`: a span counted from the act, not its day
                if day_word in r["same_time"]["words"]:
                    # `，当时他…`, `當時兩國首相…`: the time of the date told last, as precise as it was told
                    told = _same_time(text, start, end, out, r)
                    if told is None:
                        continue
                    edtf, precision, label, basis = told.edtf, told.precision, "relative", "relative"
                    found_day = None
                else:
                    counted_from = _counted_from(day_word, last, range_end, r)  # `次日` after a range: its last day
                    if day_word in _last_day_words() and text[end : end + 1] in _last_day_not_before():
                        continue  # `最終日程`: the final schedule, no day
                    if counted_from is None and day_word in _last_day_words() and out and out[-1].role == "period-end":
                        counted_from = _range_end(f"{out[-1].edtf}/{out[-1].edtf}")  # `28日から30日まで…最終日に`
                    day_held = _day_held(held)
                    if (
                        day_held is not None
                        and day_word in _told_days()
                        and _sentence_ends(text, last_end, start)
                        and _opens_its_sentence(text, start)
                    ):
                        # `同日`, `that day` opening the next sentence: the day it was told at
                        counted_from = day_held[0]
                    elif (
                        recalled
                        and story_day is not None
                        and day_word in _same_days()
                        and (not last_here or _sentence_ends(text, last_end, start))
                        and _opens_its_sentence(text, start)
                    ):
                        counted_from = story_day  # `當天` after `…1月22日簽署的《條約》。`: the story's day
                    # (`会談の前日`, the day before an act named, is dated again from that act: `named_act`)
                    act_day = None
                    if acts and not last_here and day_word in after_act_words():
                        act_day = _act_told_before(day_word, acts)  # `会谈后` opening a paragraph: the talks' day
                    elif last_here and day_word in after_act_words():
                        # `15日…首脳会談を行いました。…1987年…。会談後、…`: the talks this paragraph told with a day,
                        # not the date told last (rec78, the occasion the word names)
                        act_day = _act_told_here(day_word, text, start, out, r)
                    found_day = _day_word(day_word, g["dwday"], act_day or counted_from, document_date, r)
                    if day_word in after_act_words() and (told := _act_of_its_sentence(text, start, out, r)):
                        # `翌年秋には…訪日し、安倍総理大臣との首脳会談後、…`: talks told here with their counterpart,
                        # in a sentence that told its date before them, are of that date (date88)
                        found_day = (told.edtf, told.precision, "relative")
                    if day_word in r["from_this_day"]["words"] and last_here and last is not None and last.day:
                        # `…6月2日…互换批准书，该协定自即日起生效`: from the day this paragraph told, not the
                        # document's (`from_this_day`)
                        found_day = (*_ymd(last.year, last.month or 1, last.day), "relative")
                if found_day is not None:
                    edtf, precision, basis = found_day
                    label = "relative"
            elif kind in ("days_later", "en_days_later") and last is not None and last.day is not None:
                if kind == "en_days_later" and not _days_after_stand(text, start, end):
                    continue  # `…, four days after the bloc hit …`: when the other act came, no date of this one
                count = _count(g["nlater"] or g["enlater"])
                # from the date told last; `会談の2日後` is dated again from the act it names (`named_act`)
                if count is not None and _counts_back(text[start:end], r):
                    count = -count  # `three days earlier`, `三天前`: back from the date told last
                if count is not None:
                    day = datetime.date(last.year, last.month or 1, last.day or 1) + datetime.timedelta(days=count)
                    edtf, precision = _ymd(day.year, day.month, day.day)
                    label, basis = "relative", "relative"
            elif kind in ("spans_counted", "en_spans_counted"):
                if kind == "en_spans_counted" and not _span_stands(g, text, start, end):
                    continue
                found_span = _counted_span(g, last, document_date, r)  # `會談三個月後`: again from the act, `named_act`
                if found_span is not None:
                    edtf, precision, basis = found_span
                    label = "relative"
            elif kind == "half_year":
                # `半年后`: six months after the date told last (`会谈半年后`: after the act it names, `named_act`)
                base = last
                if base is not None and base.month is not None:
                    index = base.year * 12 + base.month - 1 + 6 * r["half_year_spans"]["words"][g["halfyear"]]
                    edtf, precision = _ymd(index // 12, index % 12 + 1)
                    label, basis = "relative", "relative"
            elif kind in ("years_later", "en_years_later") and last is not None:
                count = _count(g["nylater"] or g["enylater"])
                if count is not None:
                    _check(last.year + count)
                    edtf, precision = _ymd(last.year + count)
                    label, basis = "relative", "relative"
            elif kind == "en_week" and _qualifies_weekdays(text, start, out, opened_by_weekday):
                # `Tuesday to Thursday this week`, `on Monday last week`: the week the weekdays before it lie in
                _move_to_week(out, opened_by_weekday, r["document_weeks"]["words"][g["enweek"].lower()], document_date)
                continue
            elif kind in ("week", "en_week") and document_date is not None and document_date.day:
                found_week = _week(g, text, start, document_date, r)
                if found_week is None:
                    continue
                edtf, precision = found_week
                label, basis, week = "relative", "document-date", precision == "range"
            elif kind == "en_ordinal_day":
                # `On the 4th`: the day of the month of the date before it (or of the document's month)
                anchor, basis = _anchor(last if last and last.month else None, last_here, document_date)
                if anchor is not None and anchor.month is not None:
                    edtf, precision = _ymd(anchor.year, anchor.month, int(g["od"]))
                    label = "relative"
            elif kind == "weekday" and not _a_weekday_here(text, start, end, r):
                continue  # `每周一次` (once a week), `周一些`: no weekday
            elif kind in ("weekday", "en_weekday") and out and _glosses(text, out[-1].end, start):
                continue  # `29日（月曜日）`: the weekday of the date before it, in brackets, is no date of its own
            elif kind in ("weekday", "en_weekday") and document_date is not None and document_date.day:
                weekday = _weekdays(r)[(g["wd"] or g["enwd"]).lower()]
                today = datetime.date(document_date.year, document_date.month or 1, document_date.day)
                day = today - datetime.timedelta(days=(today.weekday() - weekday) % 7)
                if _told_as_to_come(text, start, r):  # `is scheduled to meet … on Wednesday`: the next Wednesday
                    day = today + datetime.timedelta(days=(weekday - today.weekday()) % 7)
                opening = _weekday_opening(text, start, out, opened_by_weekday)
                if opening is not None:  # `Monday to Wednesday`, `上周三至周五`: in the week of the day it closes
                    day = opening + datetime.timedelta(days=(weekday - opening.weekday()) % 7)
                edtf, precision = _ymd(day.year, day.month, day.day)
                label, basis = "relative", "document-date"
        except _Impossible as problem:
            warnings.append(f"{m.group(0)!r} at {start} is not a date: {problem}")
            continue
        if edtf is None:
            continue
        if not role and not document:
            role = _role(text, start, end, r)
            if role == "dateline" and document_date is None and precision == "day":
                # `（新华社东京2022年7月20日电）`: a story's dateline is its own date, which `昨天` after it counts from
                document_date = Anchor(*(int(p) for p in edtf.split("-")))
        since = (
            precision == "month"
            and edtf.count("/") == edtf.count("/..")
            and _SINCE_EN.search(text, max(0, start - 16), start)
        )
        if not role and not document and since:
            # `since late October`, `since March 2019`: from that month on; a yearless one is the latest such month
            # not after the document's date (what runs since then runs up to the text's present)
            edtf, label = _since_month(edtf, basis, document_date), "open"
        if not role and not document and (aside := term_start(text, start, edtf, basis, document_date)):
            # `Petro, sworn in on August 7, …`: the latest such day on or before the document's date
            edtf, basis = aside, "document-date"
        if not role and not document and "/" not in edtf and _since_a_happening(text, start, end, r):
            edtf, label = f"{edtf}/..", "open"  # `自今年2月土耳其南部發生強震以來，…`: from that happening on
        out.append(DateMention(start, end, text[start:end], edtf, precision, label, document, basis, role, qualifier))
        if kind in ("weekday", "en_weekday", "week") and precision == "day":
            opened_by_weekday[len(out) - 1] = datetime.date.fromisoformat(edtf)
        if week:
            week = False
            continue  # a week is too wide to anchor the dates after it
        # `7月11、12日` anchors `13日` after it; `since then` (an open range) anchors nothing
        day_range = precision == "range" and "-" in edtf.split("/")[0] and not edtf.endswith("/..")
        stamp = kind == "numeric" and role == "furniture"
        if (
            not document
            and not stamp
            and role not in ("citation", "period", "period-end")
            and (precision in _ANCHORING or day_range)
            # `… since 1994`: the year a state has lasted from, told after its verb, is no date the sentences after
            # it count from (a heading's `2019年以降` still anchors the `同年5月` under it)
            and not (precision == "year" and edtf.endswith("/..") and _SINCE_WORD_EN.match(text, start))
        ):
            head = edtf.split("/")[0].rstrip("~")
            listed = listed_days(text, out[-1]) if day_range else None
            if listed is not None:
                # `on 3 and 5 June … Two days later`, `3、5、7日…次日`: a list of days is told up to its last day, which
                # what follows counts from (an interval's first day is where the span it names begins)
                head = listed[-1].edtf
            parts = head.split("-")
            day_told = Anchor(
                int(parts[0]),
                int(parts[1]) if len(parts) > 1 and int(parts[1]) <= 12 else None,
                int(parts[2]) if len(parts) > 2 else None,
            )
            if not role:
                # `2014年7月，…`: a month with its year opening its sentence is the sentence's own time
                stated = basis == "explicit" and _opens_its_sentence(text, start)
                top, held = _held_day(top, held, day_told, edtf, text, start, end, stated)
                prior = story_day
                story_day, recalled = _story_after(story_day, day_told, text, start, end)
                told_aside = recalled
                back = prior is not None and day_told.year < prior.year  # to a year before the story's day
                if not recalled and back and _told_aside(text, start, end):
                    story_day, told_aside = prior, True  # `王毅表示，…2023年5月6日…`: an aside, the story stays
                if back and since_clause_en(text, start):
                    # `the largest since the ministers signed … in March 2023. In June, …`: the base a span or a
                    # first counts from dates its own act but anchors nothing after it: the story's time goes on
                    continue
            if not role and bracketed is None and last_end > 0:
                close = bracket_close(text, start, end, last_end)
                if close is not None:
                    bracketed = (close, (last, last_here, last_end, last_heads, last_relative, last_edtf, range_end))
            if day_told != last:  # (`当时`, `the same day`: the date told last told again, no step of its own)
                jumped_back = last is not None and last.month is not None and _earlier(day_told, last)
                before_last, before_here = last, last_here
            last_here, last_end = True, end
            last_heads = _heads_line(text, start, end) or (precision == "year" and _sets_its_sentence(text, start, end))
            last_relative = basis == "document-date"
            last = Anchor(
                int(parts[0]),
                int(parts[1]) if len(parts) > 1 and int(parts[1]) <= 12 else None,
                int(parts[2]) if len(parts) > 2 else None,
            )
            last_edtf = edtf if listed is None else listed[-1].edtf
            range_end = _range_end(edtf) if day_range and listed is None else None
    if out:  # (every pass of the joins reads the dates found: a paragraph with none has nothing to join)
        out = _told_again(text, join_mentions(text, out), r)
    if acts is not None and out:
        _remember_acts(text, out, r, acts)
    return DateReading(out, warnings, last, last_edtf, StoryDay(story_day, told_aside))


_SENTENCE_END = re.compile(r"[。！？!?\n]|\.(?=\s|$)")


def _sentence_ends(text: str, start: int, end: int) -> bool:
    """Does a sentence end between `start` and `end` (a full stop, a question or exclamation mark, a line's end)?"""
    return _SENTENCE_END.search(text, start, end) is not None


@cache
def _told_days() -> frozenset[str]:
    """The words of a day counted from the date told before (`同日`, `当天`, `that day`, `翌日`, `the day before`),
    lower case: not the document's own day (`本日`), nor the time after an act (`会談後`)."""
    r = rules()
    words = (*r["same_day"], *r["next_day"], *r["previous_day"], *r["previous_day_kana"], *r["two_after"]["days"])
    return frozenset(w.lower() for w in words if not _after_a_happening(w.lower()))


def _held_day(
    top: tuple[Anchor, str, int] | None,
    held: tuple[Anchor, str] | None,
    told: Anchor,
    edtf: str,
    text: str,
    start: int,
    end: int,
    stated: bool = False,
) -> tuple[tuple[Anchor, str, int] | None, tuple[Anchor, str] | None]:
    """(the latest day the sentence told, the day it is told at when a date told after that one is earlier), after a
    date `told` (`edtf`) at `[start, end)` that dates an act (no dateline, no citation). A sentence that tells its own
    day first and then an earlier, recalled one (a document's or a background clause's date: `7月16日…回顧了1991年5月
    16日簽署的…`, `昨日27日、…1973年9月21日の外交関係樹立から…`, `On 5 October 2018 … declared on 3 October 2000`)
    is told at its own day: a word of the same day opening the next sentence (`當天`, `同日`, `That day`) tells of
    that day, not of the recalled one. A later date, or a new sentence, lets go of it. A month written with its year
    opening its sentence (`stated`) holds the sentence as a day does (date85, narrowed by date86: `2004年7月，…訪臺，
    此行距其父1973年首度訪臺已逾三十年。同年8月12日，…` is 2004; `2014年7月，…访问，…上一次为2004年…。18日，…` is July
    2014), for the words that point back to it only (`同年`, `同月`, a bare day: `_day_held` keeps a held month from a
    bare or English month and from `同日`); a month counted from another date (`two months earlier`), or told deep in
    its sentence, holds nothing."""
    holds = told.day is not None or (stated and told.month is not None)
    if top is None or _sentence_ends(text, top[2], start):
        return ((told, edtf, end) if holds else None), None
    day = top[0]
    earlier = told.year < day.year or (
        told.day is not None and (told.year, told.month or 0, told.day) < (day.year, day.month or 0, day.day or 0)
    )
    if earlier:
        return top, (day, top[1])
    return ((told, edtf, end) if holds else top), None


@cache
def _this_time() -> tuple[tuple[str, ...], tuple[str, ...]]:
    data = rules()["at_this_time"]
    return tuple(data["after_cjk"]), tuple(w.lower() for w in data["before_en"])


def _at_this_time(text: str, start: int, end: int, english: bool) -> bool:
    """Is the year counted from the document's at `[start, end)` told at the document's time of that year (`去年此時`,
    `昨年の今頃`, `this time last year`; `at_this_time` of `date_rules.json`)? Then it is the document's month of that
    year, not the whole year."""
    after_cjk, before_en = _this_time()
    if english:
        head = text[max(0, start - 20) : start].rstrip().lower()
        return head.endswith(before_en)
    return text.startswith(after_cjk, end)


def _day_held(held: tuple[Anchor, str] | None) -> tuple[Anchor, str] | None:
    """The day a sentence is held at (`_held_day`), or None when it is held at a month only: a month or `同日` opening
    the next sentence is not told by a held month (a month may be the history told on; a day word needs a day), while
    `同年`, `同月` and a bare day (`18日`) point back to it."""
    return held if held is not None and held[0].day is not None else None


@cache
def _same_days() -> frozenset[str]:
    """The words of the very day told before (`同日`, `当天`, `that day`), lower case: no next or previous day, no
    time after an act (`会谈后`)."""
    return frozenset(w.lower() for w in rules()["same_day"]) & _told_days()


def _earlier(told: Anchor, than: Anchor) -> bool:
    """Does the time `told` (a year, a month or a day) end before the day `than`?"""
    if told.year != than.year or told.month is None:
        return told.year < than.year
    if told.month != than.month or told.day is None:
        return told.month < (than.month or 0)
    return told.day < (than.day or 0)


def _runs_back_from(anchor: Anchor | None, basis: str, month: int, day: int | None) -> bool:
    """Would a yearless month (or day of a month) read under the date told last run back before it, when that date
    went back before the one told before it (a recall: `…8日…会见…。中马于1972年10月14日建交…。9日，…`, `兩國2014年12月
    簽署的協定。…於6月7日批准`, `…established diplomatic relations on Aug. 15, 1974. In May, …`)? A story told forward
    does not run back inside the date it recalled: the yearless date goes on with the story, anchored as if the
    recalled date had not been told (the date before it in its paragraph, else the document's). A month ten or more
    months earlier runs on into the next year (`_year_running_on`), and a date after the recalled one stays in it
    (`1998年5月…。6月，…`: the recall told on). date81, issue 14."""
    if basis != "previous-date" or anchor is None or anchor.month is None or anchor.month - month >= 10:
        return False
    return month < anchor.month or (month == anchor.month and day is not None and day < (anchor.day or 0))


def _story_after(story: Anchor | None, told: Anchor, text: str, start: int, end: int) -> tuple[Anchor | None, bool]:
    """(the story's day, whether the date `told` at `[start, end)` was recalled) after that date. A date earlier
    than the story's day told inside a clause that modifies a noun (`_in_a_modifier`) is recalled: the story stays
    where it was. Any other date is a step of the story: a day becomes its day; a month or a year no later than
    the day leaves it (`去年11月…进行国事访问`), a later one ends it."""
    if story is not None and _earlier(told, story) and _in_a_modifier(text, start, end):
        return story, True
    if told.day is not None:
        return told, False
    if story is None:
        return None, False
    holds = told.year == story.year and (told.month is None or told.month == story.month)  # `今年`, `本月`
    return (story if holds or _earlier(told, story) else None), False


def _story_resumed(
    held: tuple[Anchor, str] | None,
    told_aside: bool,
    story: Anchor | None,
    text: str,
    last_here: bool,
    last_end: int,
    start: int,
    month: int | None = None,
) -> Anchor | None:
    """The time a yearless date opening the sentence after a recall is told at, when the story resumes there (issue
    14, date83): the day its sentence was told at before it recalled an earlier one (`held`: `…于9月20日至21日…访问，
    这是两国今年5月1日建交后…首次到访。20日晚，…`), or, after a date told as an aside back to an earlier year
    (`_told_aside`), the story's own month (`…本月初…訪華，距兩國2018年8月21日建交不到一年半。12月3日上午，…`). A recall
    is told as the background of the story, and the story, not the recall, goes on in the next sentence. After an
    aside any other month may be the history told on (`双方回顾，…于2023年3月2日至3日…访问。3月2日，…`;
    `…1971年11月2日建交。12月，…`): no resumption. None when the date does not open its sentence right after the
    recall's, or nothing was recalled."""
    if last_here and not _sentence_ends(text, last_end, start):
        return None
    if not _opens_its_sentence(text, start) and not _month_opens_its_sentence(text, start):
        return None
    if held is not None:
        return held[0]
    if not told_aside or story is None or story.month is None:
        return None
    if month != story.month:
        return None
    return Anchor(story.year, story.month)


def _month_opens_its_sentence(text: str, start: int) -> bool:
    """Does an English month at `start` open its sentence after only its preposition (`In June, …`)?"""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 20), start)]
    lead = text[ends[-1] if ends else max(0, start - 20) : start].strip().lower()
    return lead in rules()["story_resumes"]["month_leads_en"]


def _told_aside(text: str, start: int, end: int) -> bool:
    """Is the date at `[start, end)` told as an aside of its sentence rather than as the sentence's time: deep in
    a sentence that opened with other words (`王毅表示，首次对话于2017年12月26日举行`, `森次官は、2023年1月1日に…に
    触れ`), or with a word of a past experience after it (`2014年5月26日，谢里夫曾出席…`)? When it goes back to a year
    before the story's day, a same-day word opening the next paragraph (`三方当天同意`, `同日`) tells of the story's
    day, not of the aside's (`aside_days` of date_rules.json). (A day or two before the story's day is no aside: a
    news story dated the day after its act tells that act deep in a sentence.)"""
    words = rules()["aside_days"]
    stop = _SENTENCE_END.search(text, end)
    if any(w in text[end : stop.start() if stop else len(text)] for w in words["past_experience_after"]):
        return True
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, start)]
    lead = text[ends[-1] if ends else 0 : start].strip(words["numbering"] + " \t\u3000")
    return len(lead) > int(words["max_subject"])


_CLAUSE_OPENS = re.compile(r"[，,。；;！？!?\n、：:]")


def _in_a_modifier(text: str, start: int, end: int) -> bool:
    """Is the date at `[start, end)` told inside a clause that modifies a noun (`background_days` of
    date_rules.json)? In Chinese, a particle closes the date's clause before any break, with no perfective or
    preposition before it (`…1月22日在亞琛簽署的《條約》`, not `…11日同来访的总统举行会谈`); in Japanese, a verb's
    attributive form stands right before a noun (`2021年3月22日に署名された協定`); in English, a relative pronoun
    opens the date's clause (`, which it chose on 10 December 2021,`)."""
    r = rules()["background_days"]
    stop = _CLAUSE_OPENS.search(text, end, min(len(text), end + 40))
    clause = text[end : stop.start() if stop else min(len(text), end + 40)]
    at = clause.find(r["particle_zh"])
    if at >= 0 and not any(mark in clause[:at] for mark in r["not_before_particle_zh"]):
        return True
    if _attributive_ja().search(clause):
        return True
    opened = [m.end() for m in _CLAUSE_OPENS.finditer(text, max(0, start - 80), start)]
    lead = text[opened[-1] if opened else max(0, start - 80) : start]
    return _relative_en().match(lead) is not None


@cache
def _attributive_ja() -> re.Pattern[str]:
    r = rules()["background_days"]
    endings = _alternatives(r["attributive_endings_ja"])
    # the ending right before a noun: not a particle, a stop or a bracket that would end the clause or the verb's use
    return re.compile(rf"(?:{endings})(?=[一-鿿ァ-ヿ「『《])")


@cache
def _relative_en() -> re.Pattern[str]:
    words = _alternatives(rules()["background_days"]["relative_en"])
    return re.compile(rf"\s*(?:{words})\b", re.IGNORECASE)


def _opens_its_sentence(text: str, start: int) -> bool:
    """Does a word at `start` open its sentence, after at most a short subject (`兩國元首當天`, `首相は同日`, `That
    day`, `On the same day`)? A word deep in its sentence (`…, which they signed that day`) tells of the act the
    sentence is about, which may be the recalled one."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 40), start)]
    lead = text[ends[-1] if ends else max(0, start - 40) : start].strip()
    if not lead:
        return True
    if lead.isascii():
        return lead.lower() in ("on", "and on", "later on")
    return len(lead) <= 8 and not any(c in lead for c in "，,、；;")


def _told_again(text: str, out: list[DateMention], r: dict[str, Any]) -> list[DateMention]:
    """A word of the time told last (`当时`) read again after the joins: the date before it may have become a
    range (`昨年12月15日から17日まで…。当時…`), which the word stands for whole. Within the sentence of that date the
    word is no date of its own: it goes on that date's clause."""
    words = r["same_time"]["words"]
    kept: list[DateMention] = []
    for mention in out:
        if mention.text.lower() in words:
            told = next((m for m in reversed(kept) if m.dates_event and m.text.lower() not in words), None)
            if told is None:
                continue
            if _SENTENCE_START.search(text, told.end, mention.start) is None:
                # `…是在2020年2月，當時他…`: the time of a date of its own sentence, whose clause it goes on (the
                # events stage cuts a second act there); a date of its own would cut the clause's subject off
                continue
            mention = replace(mention, edtf=told.edtf, precision=told.precision)
        kept.append(mention)
    return kept


_ANCHORING = ("day", "month", "year", "season")
_SINCE_WORD_EN = re.compile(r"since\s")  # lower case: inside a sentence, not opening it


def _range_end(edtf: str) -> Anchor | None:
    """The last day of a range of days (`2023-03-08/2023-03-10`), or None."""
    parts = edtf.split("/")[-1].rstrip("~").split("-")
    if len(parts) != 3:
        return None
    return Anchor(int(parts[0]), int(parts[1]), int(parts[2]))


_TIME_GLUE = re.compile(r"[\s,、，の]*")


@cache
def _times_of_day() -> frozenset[str]:
    """The 'same_day' words naming a time of the day told last (`times_of_day_rec68`), folded to lower case."""
    return frozenset(w.lower() for w in rules()["times_of_day_rec68"]["words"])


@cache
def _plan_span_openers() -> frozenset[str]:
    """The `year_range_openers_en` words that name the years a plan or programme covers (`covering`, `spanning`):
    the range they open is a span, no date of an act (rec68)."""
    r = rules()["year_range_openers_en"]
    return frozenset(w.lower() for w in r["words"] if w.lower() in r["spans"])


@cache
def _last_day_words() -> frozenset[str]:
    """The words of an occasion's last day (`last_day_of_span`, rec74), folded to lower case."""
    return frozenset(w.lower() for w in rules()["last_day_of_span"]["words"])


@cache
def _last_day_not_before() -> frozenset[str]:
    """Characters after which a word of `last_day_of_span` is part of another word (`最終日程`)."""
    return frozenset(rules()["last_day_of_span"]["not_before"])


def _counted_from(word: str, last: Anchor | None, range_end: Anchor | None, r: dict[str, Any]) -> Anchor | None:
    """The date a word of a day counts from: `次日`, `the next day`, `翌々日` after a range of days (`3月8日至10日，…。
    次日，…`) count from the range's last day, when the visit or meeting it spans is over; every other word (`同日`,
    `the day before`, `同月`) from the date as `last` holds it, the range's first day. A word of the range's last
    day (`最終日`, `last_day_of_span`) counts from that day alone: with no range of days told right before it, it
    dates nothing (rec74)."""
    if word in _last_day_words():
        return range_end
    if range_end is None:
        return last
    later = {w.lower() for w in r["next_day"]} | set(r["two_after"]["days"])
    return range_end if word in later else last


@cache
def _version_words() -> re.Pattern[str]:
    """The words of `version_words` right before a place (with a space or none between): ends at the place."""
    words = rules()["version_words"]["before"]
    return re.compile(
        rf"(?:(?<![A-Za-z])(?:{_alternatives([w for w in words if w.isascii()])})\s?"
        rf"|(?:{_alternatives([w for w in words if not w.isascii()])}))$"
    )


def _after_a_version_word(text: str, start: int) -> bool:
    """Does a version, build, release or issue word stand right before `start` (`v2024.1`, `build 2019.3.5`)?"""
    return _version_words().search(text, max(0, start - 12), start) is not None


@cache
def _all_weekdays() -> dict[str, int]:
    r = rules()
    return {**r["weekdays"], **r["weekdays_short"]["words"]}


def _weekdays(r: dict[str, Any]) -> dict[str, int]:
    """Every weekday word (long and short forms) → its number (Monday 0); `r` is `rules()`."""
    return _all_weekdays() if r is rules() else {**r["weekdays"], **r["weekdays_short"]["words"]}


def _a_weekday_here(text: str, start: int, end: int, r: dict[str, Any]) -> bool:
    """Is the short weekday at `start` (`周一`) a weekday, not part of a count (`每周一次`, `一周日程`, `周一些`)?
    A count word before it that is the end of a name of the data (`names_ending_in_a_week_word`) counts nothing."""
    word = text[start:end]
    if word not in r["weekdays_short"]["words"] or not word.startswith(("周", "週")):
        return True
    short = r["weekdays_short"]
    before = _char_before(text, start)
    if before and before in short["count_before"] and not ends_a_name(text, start - 1):
        return False
    return text[end : end + 1] not in short["count_after"] or not text[end : end + 1]


def _weekday_opening(
    text: str, start: int, out: list[DateMention], opened_by_weekday: dict[int, datetime.date]
) -> datetime.date | None:
    """The day of the weekday just before `start` when the two are the ends of one range (`Monday to Wednesday`,
    `月曜日から水曜日まで`, `周一至周三`): the closing weekday is the first such day on or after it."""
    if not out or len(out) - 1 not in opened_by_weekday:
        return None
    if _DAY_RANGE_JOINER.fullmatch(text, out[-1].end, start) is None:
        return None
    return opened_by_weekday[len(out) - 1]


@cache
def _numbering_nouns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """`numbering_nouns` of date_rules.json as two patterns: one that ends where a figure bound to a noun before it
    would start (the noun, case-blind at a word's start, an optional `No.`, then figures already listed with it:
    `resolutions 1718 and `, `Resolutions 1718, 1874 (2009) or `), and one that starts right after such a figure
    (a space, then a noun of `after` with its case, ending at a word's end)."""
    nouns = rules()["numbering_nouns"]
    figure = r"\d{3,5}(?:\s*\(\d{4}\))?"
    listed = rf"(?:{figure}\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or|&)\s+))*"
    before = re.compile(rf"(?<![A-Za-z])(?i:{_alternatives(nouns['before'])})\.?\s+(?:(?i:no|number)\.?\s*)?{listed}$")
    after = re.compile(rf"\s+(?:{_alternatives(nouns['after'])})(?![A-Za-z])")
    return before, after


@cache
def _numbered_name_before_a_bracket() -> re.Pattern[str]:
    """A noun of `numbering_nouns`' `before`, its figure (after any listed before it), then an opening bracket:
    ends where the year of a numbered name starts (`resolution 1718 (`, `resolutions 1718 (2006) and 1874 (`)."""
    nouns = rules()["numbering_nouns"]["before"]
    figure = r"\d{3,5}(?:\s*\(\d{4}\))?"
    listed = rf"(?:{figure}\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or|&)\s+))*"
    return re.compile(
        rf"(?<![A-Za-z])(?i:{_alternatives(nouns)})\.?\s+(?:(?i:no|number)\.?\s*)?{listed}\d{{3,5}}\s*\($"
    )


def _year_of_a_numbered_name(text: str, start: int, end: int) -> bool:
    """Is the year at `[start, end)` the bracketed year of a numbered name (`resolution 1718 (2006)`)? It names the
    resolution, as `the 2017 Joint Declaration` names a declaration, and dates no act of its clause."""
    return (
        text[end : end + 1] == ")"
        and _numbered_name_before_a_bracket().search(text, max(0, start - 90), start) is not None
    )


def _bound_to_a_numbering_noun(text: str, start: int, end: int) -> bool:
    """Is the figure at `[start, end)` the number of a numbered thing (`resolution 1874`, `UNSCRs 1718 and 1874`,
    `Flight 1907`, `the 1988 Committee`) rather than a year? A year is read in a numbered name only where the text
    writes it as the name's year (`resolution 1874 (2009)`: the bracketed 2009, `_year_of_a_numbered_name`). The
    look back is kept to 80 characters, which holds a noun and a list of a few figures."""
    before, after = _numbering_nouns()
    return before.search(text, max(0, start - 80), start) is not None or after.match(text, end) is not None


def _in_a_reference_code(text: str, start: int, end: int) -> bool:
    """Is the year at `[start, end)` in brackets glued to a code on both sides (`PR/CP(2024)107`, `C-M(2019)0034`)?
    A document's reference number, not a date."""
    return (
        text[start - 1 : start] == "("
        and start >= 2
        and (text[start - 2].isalnum() or text[start - 2] in "/-")
        and text[end : end + 1] == ")"
        and text[end + 1 : end + 2].isalnum()
    )


def _qualifies_weekdays(
    text: str, start: int, out: list[DateMention], opened_by_weekday: dict[int, datetime.date]
) -> bool:
    """Does the week word at `start` follow a weekday read just before it, with only a space (or `of`) between
    (`Thursday this week`, `Monday of last week`)? Then it names the week of that weekday, and no date of its own."""
    return (
        bool(out)
        and len(out) - 1 in opened_by_weekday
        and re.fullmatch(r"\s+(?:of\s+)?", text[out[-1].end : start]) is not None
    )


def _move_to_week(
    out: list[DateMention], opened_by_weekday: dict[int, datetime.date], shift: int, document_date: Anchor | None
) -> None:
    """The weekday just read, and a weekday opening a range that it closes, moved into the week `shift` weeks from
    the document's (in place)."""
    if document_date is None or document_date.day is None:
        return
    today = datetime.date(document_date.year, document_date.month or 1, document_date.day)
    monday = today - datetime.timedelta(days=today.weekday()) + datetime.timedelta(weeks=shift)
    moved = [len(out) - 2, len(out) - 1] if len(out) - 2 in opened_by_weekday else [len(out) - 1]
    for index in moved:
        day = monday + datetime.timedelta(days=opened_by_weekday[index].weekday())
        opened_by_weekday[index] = day
        parts = out[index].edtf.split("/")
        if len(parts) == 2:  # a range this weekday opens: its end moves with it
            closing = datetime.date.fromisoformat(parts[1])
            closing = monday + datetime.timedelta(days=closing.weekday())
            out[index] = replace(out[index], edtf=f"{day.isoformat()}/{closing.isoformat()}")
        else:
            out[index] = replace(out[index], edtf=day.isoformat())


def _week(g: _Groups, text: str, start: int, document_date: Anchor, r: dict[str, Any]) -> tuple[str, str] | None:
    """A week counted from the document's (`last week`: Monday to Sunday of the week before the document's date),
    or the day of it a weekday after the week names (`上周三`); None where the words name no such week (`the last
    week of March`, `in the past week`)."""
    weeks = r["document_weeks"]
    word = str(g["enweek"] or "").lower()
    if word:
        before = re.search(r"([A-Za-z]+)\s+$", text[max(0, start - 12) : start])
        if before and before.group(1).lower() in weeks["not_before_en"]:
            return None
        after = text[start + len(word) : start + len(word) + 8].lstrip().lower()
        if any(after.startswith(w + " ") or after == w for w in weeks["not_after_en"]):
            return None
        shift = weeks["words"][word]
    else:
        longest_first = sorted(weeks["words"].items(), key=lambda item: -len(item[0]))
        shift = next(v for w, v in longest_first if text.startswith(w, start))
    today = datetime.date(document_date.year, document_date.month or 1, document_date.day or 1)
    monday = today - datetime.timedelta(days=today.weekday()) + datetime.timedelta(weeks=shift)
    numbered = g["wkdn"] or g["wkdg"]
    if numbered:  # `先週16日`, `先週（16日）`: the day of that week with this number
        days = [monday + datetime.timedelta(days=i) for i in range(7)]
        day_of = next((d for d in days if d.day == int(numbered)), None)
        return (day_of.isoformat(), "day") if day_of is not None else None
    named = g["wkwd"] or g["wkn"]
    if named:
        day = monday + datetime.timedelta(days=_weekdays(r).get(named, weeks["day_numerals"].get(named, 0)))
        return day.isoformat(), "day"
    return f"{monday.isoformat()}/{(monday + datetime.timedelta(days=6)).isoformat()}", "range"


_KANA = re.compile(r"[\u3040-\u30ff]")
# `前日` after these is the end of another word (`以前日子里`, `目前日`, `午前`…), not the day before
_NOT_BEFORE_PREVIOUS_DAY = "以目事直午戦戰生空寸最眼"
# `the day before the summit`: the day before another happening, not before the date told last
_BEFORE_A_NOUN = re.compile(r"\s+(?:(?:the|a|an|its|his|her|their|this|that)\b|[A-Z0-9])")


def _since_a_happening(text: str, start: int, end: int, r: dict[str, Any]) -> bool:
    """A date framed by `自` before it (or opening its clause) and `以来` after a happening it dates that is no act
    of a party (`自今年2月土耳其南部發生強震以來，兩國外長已多次會晤`: an earthquake, a war breaking out): what the
    clause tells runs from that date on. A frame around an act (`自2015年首次举行…联合训练以来`) leaves the date the
    act's."""
    frame = r["since_a_happening_cjk"]
    if not text[max(0, start - 2) : start].endswith(tuple(frame["before"])) and not _opens_a_clause(text, start):
        return False  # (`2021年8月阿富汗局势发生变化以来，…`: a date opening its clause needs no `自`)
    after = _since_frame(tuple(frame["after"]), int(frame["within"])).match(text, end)
    return after is not None and any(word in after.group() for word in frame["happenings"])


def _opens_a_clause(text: str, start: int) -> bool:
    """Does the date at `start` open its sentence or a clause (after a stop, a comma or a line's start)?"""
    return start == 0 or text[start - 1] in "，,。；;：:\n"


@cache
def _since_frame(after: tuple[str, ...], within: int) -> re.Pattern[str]:
    return re.compile(rf"[^，,。；;！？!?\n]{{1,{within}}}?(?:{'|'.join(map(re.escape, after))})")


_SINCE_EN = re.compile(r"\bsince\s+(?:(?:early|mid|late)[\s-]+)?$", re.IGNORECASE)


@cache
def _document_as_subject_zh() -> re.Pattern[str]:
    nouns = "|".join(map(re.escape, rules()["document_nouns_cjk"]))
    verbs = "|".join(map(re.escape, rules()["document_subject_verbs_zh"]))
    return re.compile(rf"[\u4e00-\u9fff]{{0,6}}?(?:{nouns})(?:{verbs})")


def _since_month(edtf: str, basis: str, document: Anchor | None) -> str:
    """The open start of a month after `since`: a month whose year the text did not give (`since late October`)
    is the latest such month on or before the document's date."""
    year, month = (int(p) for p in edtf.removesuffix("/..").split("-")[:2])
    later = document is not None and document.month and (year, month) > (document.year, document.month)
    if basis != "explicit" and document is not None and document.month and later:
        year = document.year - 1 if month > document.month else document.year
    return f"{year:04d}-{month:02d}/.."


# a count of a unit of time right before an English word of after an act (`fifteen months after the signing`)
_COUNT_BEFORE = re.compile(r"\b[\w-]+ (?:days?|weeks?|months?|years?|decades?) $", re.IGNORECASE)


# `浜田防衛相（当時）`, `（いずれも当時）`: `then` in brackets after a title, no date of an act
_SAME_TIME_NOT = re.compile(r"\s*[）)]")


@cache
def _occasion_after() -> tuple[tuple[frozenset[str], re.Pattern[str]], ...]:
    """The words of the time told last that date only what follows them as the data says, with that pattern:
    `same_time_instrument_ja` (`その際`: an instrument issued or signed on that occasion, `その際に発出された共同声明`,
    rec87) and `same_time_occasion_ja` (`その際`, `席上`: an agreement of the sides together or a meeting held then,
    rec88). A word dates where one of the entries that lists it matches after it."""
    found = []
    for key in ("same_time_instrument_ja", "same_time_occasion_ja"):
        spec = rules().get(key)
        if spec:
            found.append((frozenset(spec["words"]), re.compile(spec["only_before"])))
    return tuple(found)


@cache
def _opens_sentence_only() -> frozenset[str]:
    """Words of the occasion read only where they open their sentence (`席上、…`; not `出席上海…`, rec88)."""
    return frozenset(rules().get("same_time_occasion_ja", {}).get("opens_sentence", ()))


def _same_time(text: str, start: int, end: int, out: list[DateMention], r: dict[str, Any]) -> DateMention | None:
    """The date a word of the time told last (`当时`, `at the time`) stands for: the last date before it that may
    date an event; none where the word qualifies a noun (`当时的总统`, `at the time of the talks`)."""
    if text[end:].startswith(tuple(r["same_time"]["not_before"])) or _SAME_TIME_NOT.match(text, end) is not None:
        return None
    word = text[start:end]
    if word in _opens_sentence_only() and _char_before(text, start) not in ("", "。", "\n", "　", " ", "」"):
        return None  # `出席上海…`, `宴会席上`: inside another word, no occasion (rec88)
    entries = [pattern for words, pattern in _occasion_after() if word in words]
    if entries and not any(pattern.match(text, end) for pattern in entries):
        return None  # `その際、同首相は…謝意を表明`: a remark; the occasion dates an instrument, agreement, meeting
    if text[start:end].isascii() and not text[end:].startswith(","):
        return None  # `at the time, …` opens a clause; `scholars writing at the time` qualifies a verb
    return next((told for told in reversed(out) if told.dates_event), None)


def _act_of_its_sentence(text: str, start: int, out: list[DateMention], r: dict[str, Any]) -> DateMention | None:
    """The date an after-act word (`首脳会談後`, `会谈后`) stands for when the act is told right there with its
    counterpart (`安倍総理大臣との首脳会談後`, `与普京会谈后`: data `after_act_counterpart`) in a sentence that told a
    date of an event before it: that date, as precise as it was told (a season, a month); else None, and the word is
    read as before (the act told last, or the date told last). date88: the words after a visit and its talks told in one
    sentence (`翌年秋には…訪日し、…との首脳会談後、…一致しました`) took the document's day, the season being no day."""
    data = r["after_act_counterpart"]
    before = text[max(0, start - int(data["max_before"])) : start]
    if not any(re.search(p, before) for p in data["patterns"]):
        return None
    told = next((m for m in reversed(out) if m.end <= start and m.dates_event), None)
    if told is None or _sentence_ends(text, told.end, start):
        return None
    return told


PLAIN_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
"""One day of the common era in EDTF, not a span opened on it (`2021-04-01/..`): the dates an act's day is read from."""


def _remember_acts(text: str, out: list[DateMention], r: dict[str, Any], acts: dict[str, Anchor]) -> None:
    """Record in `acts` the day of each act of `after_an_act` a sentence of `text` tells with a day (`12月3日、…と
    会談を行いました` → `会談`: 3 December), for an after-word naming the act in a later paragraph (`会谈后`); a
    mention of the act that is the base of another date (`会談の前日`) tells no day of it."""
    # a plain day only: an interval that opens on a day (`2025-04-01/..`) tells no one day of an act
    days = [m for m in out if m.dates_event and m.precision == "day" and PLAIN_DAY.fullmatch(m.edtf)]
    if not days:
        return
    stops = [m.end() for m in _SENTENCE_START.finditer(text)]  # one pass: a sentence of each day found by bisection
    for mention in days:
        k = bisect.bisect_right(stops, mention.start)
        opening = stops[k - 1] if k else 0
        j = bisect.bisect_left(stops, mention.end + 1)  # the first sign at or after the date's end
        sentence = text[opening : stops[j] - 1 if j < len(stops) else len(text)]
        based = {m.start - opening for m in out if opening <= m.start}  # where a date of the sentence starts
        for noun in r["after_an_act"]["acts_cjk"]:
            at = sentence.find(noun)
            after = at + len(noun)
            # `会談の前日`, `会谈次日`, `会谈后`: the act named as the base of another date tells no day of it
            if at >= 0 and sentence[after : after + 1] not in ("の", "的") and not {after, at} & based:
                parts = mention.edtf.split("-")
                acts[noun] = Anchor(int(parts[0]), int(parts[1]), int(parts[2]))
        if sentence.isascii():
            # `The two leaders held talks at State House on 20 November.` then, a paragraph later, `After the talks,
            # …` (rec50): the English act told with its day, named as a whole word and not as the base of another
            # date (`the day after the talks`) nor after an after-word itself (`after the talks on 20 November`)
            for noun in r["after_an_act"]["acts_en"]:
                for found in re.finditer(rf"(?<![\w-]){re.escape(noun)}(?![\w-])", sentence, re.IGNORECASE):
                    lead = sentence[max(0, found.start() - 30) : found.start()].lower()
                    if _ACT_AS_A_BASE_EN.search(lead):
                        continue
                    parts = mention.edtf.split("-")
                    acts[noun.lower()] = Anchor(int(parts[0]), int(parts[1]), int(parts[2]))
                    break


def _act_told_here(word: str, text: str, start: int, out: list[DateMention], r: dict[str, Any]) -> Anchor | None:
    """The day of the act an after-word names (`会談後` → `会談`), told with a day earlier in the same paragraph,
    or None. An after-word names its occasion by its noun: the talks, the signing, the summit. When a date of
    another kind was told after that occasion (a year of background, `1987年の…訪問以来`), the date told last is
    not the occasion's, and the words still mean the day the paragraph told the named act on."""
    here: dict[str, Anchor] = {}
    _remember_acts(text[:start], out, r, here)
    return _act_told_before(word, here)


def _act_told_before(word: str, acts: dict[str, Anchor]) -> Anchor | None:
    """The day of the act an after-word names (`会谈后` → `会谈`), told in a paragraph before (`acts`), or None: a
    paragraph that opens with the word and tells no date before it refers back to that act, not to the document's
    own day."""
    named = [act for act in acts if word.startswith(act) or (word.isascii() and word.endswith(" " + act))]
    return acts[max(named, key=len)] if named else None


# a date written right after a word of the time after an act, joined by a preposition at most (`随即于同年8月10日`,
# `旋即在3月5日`, `隨即於翌年`): the clause's own date (prec65)
_DATED_RIGHT_AFTER = re.compile(
    r"\s*(?:[于於在])?\s*(?:\d{4}\s*年|[同翌前去今本明]年|\d{1,2}\s*月|[同本翌]月|\d{1,2}\s*日(?![本元])|同日|翌日)"
)


def _day_before_stands(word: str, text: str, start: int, end: int, r: dict[str, Any]) -> bool:
    """Is a word of the day before (`previous_day`, `previous_day_kana`) one here? `前日` alone only in Japanese
    text (in Chinese it is also the day before yesterday) and not inside another word (`以前日子`, `前日程`);
    `the day before` only when no noun follows (`the day before the summit` counts from the summit). Other words
    of days always stand (`a day earlier the two leaders met`), except `同日` before a character of the data's
    `same_day_zh.not_before` in Chinese: there `同` is the preposition (with) before a state's name that begins with
    `日`."""
    if word in r["previous_day_kana"] or word in r["previous_month"]["kana_only"]:
        after = text[end : end + 1]
        return (
            _KANA.search(text) is not None
            and (not ("\u4e00" <= after <= "\u9fff") or after in r["day_times_after_kana_day"])
            and _char_before(text, start) not in tuple(_NOT_BEFORE_PREVIOUS_DAY)
        )
    same_day = r["same_day_zh"]
    after_word = text[end : end + 1]
    if word in same_day["words"] and _KANA.search(text) is None and after_word in tuple(same_day["not_before"]):
        return False  # `同<state>首相举行会谈` where the state's name begins with `日`: `同` is `with`, no day (prec66)
    guard = r["day_before_yesterday_zh"]
    if word in r["today"] and r["today"][word] == -2 and not word.isascii() and _KANA.search(word) is None:
        # `前天`: not the end of another word (`目前天气`) nor the start of a name (`前天津市长`)
        before, after = _char_before(text, start), text[end : end + 1]
        return not (before and before in guard["not_after"]) and not (after and after in guard["not_before"])
    if word in r["previous_day"] and word.isascii() and word.lower().endswith("before"):
        # (`a day earlier the two leaders …`, `the previous day the envoys …`: an adverb takes no object; its
        # subject follows, rec62)
        return _BEFORE_A_NOUN.match(text, end) is None
    return True


_SENTENCE_START = re.compile(r"[。！？!?\n]|[.;](?=\s)")
# an English act named after a word that makes it the base of another time (`the day after the talks`, `before the
# signing`): the sentence's day is not that act's
_ACT_AS_A_BASE_EN = re.compile(r"\b(?:after|before|following|since|day of|days? after|days? before)\s+(?:\w+\s+)?$")


def _told_as_to_come(text: str, start: int, r: dict[str, Any]) -> bool:
    """Does the weekday at `start` date an act still to come: a word of `future_before_weekday` before it in its
    sentence (`Marcos is scheduled to meet … on Wednesday`, `将于周三`)? English words as whole words, case-blind."""
    opening = max((m.end() for m in _SENTENCE_START.finditer(text, 0, start)), default=0)
    before = text[opening:start]
    words = r["future_before_weekday"]
    if before.rstrip().endswith(tuple(words["cjk"])):
        return True  # `将于周三`: the marker right before the weekday
    cue = None
    for found in _future_words_en(tuple(words["en"])).finditer(before):
        cue = found  # the last marker before the weekday
    # the weekday in the marker's own clause: no verb told as done between them (`will share … under an
    # agreement signed on Monday`: the signing is past)
    return cue is not None and _DONE_VERB.search(before, cue.end()) is None


@cache
def _future_words_en(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


# a verb told as done: a past form in -ed or a common irregular one
_DONE_VERB = re.compile(
    r"\b(?:[a-z]+ed|held|met|made|began|begun|took|taken|gave|given|said|told|won|sent|left|came|went|found|"
    r"brought|bought|sold|struck|spoke|spoken|wrote|written|chose|chosen)\b"
)


def _span_stands(g: _Groups, text: str, start: int, end: int) -> bool:
    """Is a count `N months after X` (`N weeks after X`) a date here? Only opening its sentence and not glossed by
    a date after it (`A month after the address, the two governments …`: the act it opens came N months after the
    date told last). Closing a sentence (`…, a month after the war`, `…, two weeks after he took office`) it tells
    when X came before the act already dated, which is a background the texts do not annotate; with a date after
    it (`Two months after that, on 3 April, …`) the date dates the act. `N months later` is always a date."""
    word = str(g["enspanword"] or "").lower()
    if not word.endswith(" after"):
        return True
    opens = _SENTENCE_END_BEFORE_SPAN.search(text, max(0, start - 3), start) is not None
    return opens and _GLOSSED_BY_A_DATE.match(text, end) is None


def _counts_back(phrase: str, r: dict[str, Any]) -> bool:
    """Does a count of days end with a word of `days_earlier` (`three days earlier`, `三天前`, `3日前`)? Then it counts
    back from the date told last: the act came before the one dated last, as a reader takes `The ministers had met
    in Paris three days earlier` after a signing's date."""
    folded = " ".join(phrase.lower().split())
    return any(folded.endswith(w) for w in [*r["days_earlier"]["en"], *r["days_earlier"]["cjk"]])


def _days_after_stand(text: str, start: int, end: int) -> bool:
    """Is `N days after` (or `N days before`) a date here? As `N months after` (`_span_stands`): only opening its
    sentence (`Two days after the signing, …`, `Two days before, …`); closing one (`Belarus suspended its part on
    Monday, four days after the bloc hit it with sanctions`) it tells when the other act came, a background. `N days
    later` is always a date; a count after an act the text names and dated is read again from that act
    (`named_act`)."""
    if not text[start:end].lower().endswith(("after", "before")):
        return True
    return _SENTENCE_END_BEFORE_SPAN.search(text, max(0, start - 3), start) is not None


_SENTENCE_END_BEFORE_SPAN = re.compile(r"(?:^|\n|[.;!?]\s)\s*$")
_GLOSSED_BY_A_DATE = re.compile(r"[^,.;]{0,50},\s*(?:on|in)\s+(?:\d|[A-Z][a-z])")


def _counted_span(
    g: _Groups, last: Anchor | None, document: Anchor | None, r: dict[str, Any]
) -> tuple[str, str, str] | None:
    """(EDTF, precision, basis) of a count of weeks or months (`two weeks later`, `两个月前`, `3か月後`): counted from
    the date before (or the document's date when none is before it); `ago` always from the document's date. Weeks
    move a day (they need one to count from) and give a day; months move a month and give a month. None when the
    count or the date to count from is missing."""
    cjk = g["spanword"]
    spans = r["counted_spans"]
    unit, direction = spans["cjk"][cjk] if cjk else spans["en"][" ".join(str(g["enspanword"]).lower().split())]
    count = _count(g["nspan"] or g["enspan"])
    if count is None:
        return None
    base, basis = (last, "relative") if direction and last is not None else (document, "document-date")
    step = direction or -1
    if base is None or base.month is None:
        return None
    if unit == "week":
        if base.day is None:
            return None
        moved = datetime.date(base.year, base.month, base.day) + datetime.timedelta(days=7 * count * step)
        return *_ymd(moved.year, moved.month, moved.day), basis
    index = base.year * 12 + base.month - 1 + count * step
    return *_ymd(index // 12, index % 12 + 1), basis


def _glossed_now(g: _Groups, anchor: Anchor | None, r: dict[str, Any]) -> tuple[str, str] | None:
    """(EDTF, precision) of `今（20）日` or `上（8）月30日`: the day or month counted from `anchor` (the document's
    date) gives the year and month; the number in brackets gives the day or month itself, which wins where the two
    disagree (a day more than half a month away from the counted one is of the month before or after)."""
    if anchor is None or anchor.month is None:
        return None
    if g["gday"]:
        return _numbered_day(anchor, r["glossed_days"][g["gday"]], number(g["gnd"]))
    if g["gbday"]:  # `本2日`: the same, the number written without brackets (`glossed_days_bare`)
        return _numbered_day(anchor, r["glossed_days"][g["gbday"]], number(g["gbnd"]))
    month = number(g["gnm"])
    index = anchor.year * 12 + anchor.month - 1 + r["glossed_months"][g["gmonth"]]
    year = index // 12 + (1 if month - (index % 12 + 1) < -6 else -1 if month - (index % 12 + 1) > 6 else 0)
    return _ymd(year, month, number(g["gnmd"]) if g["gnmd"] else None)


def _numbered_day(anchor: Anchor | None, count: int, day: int) -> tuple[str, str] | None:
    """(EDTF, precision) of the day `count` days from `anchor` whose number the text tells (`今（20）日`, `前日6日`):
    the count gives the year and month, the number the day (more than half a month from the counted day: of the
    month before or after). None without a day to count from."""
    if anchor is None or anchor.month is None or anchor.day is None:
        return None
    counted = datetime.date(anchor.year, anchor.month, anchor.day) + datetime.timedelta(count)
    index = counted.year * 12 + counted.month - 1
    index += -1 if day - counted.day > 15 else 1 if counted.day - day > 15 else 0
    return _ymd(index // 12, index % 12 + 1, day)


def _counted_year(words: str, last: Anchor) -> Anchor:
    """The year `that year`, `the following year`, `the previous year` (after a date without one) name: counted
    from the year of the date before."""
    next_words, previous_words, _ = _relative_words()
    word = " ".join(words.lower().split())
    return Anchor(last.year + (1 if word in next_words else -1 if word in previous_words else 0))


_BETWEEN_BEFORE = re.compile(r"(?<![A-Za-z])[Bb]etween\s$")
_AND_MONTH = re.compile(r"\s+and\s+([A-Z][a-z]+)\b(?!\.?,?\s*\d)")


def _month_closing(text: str, start: int, end: int, months: dict[str, int]) -> tuple[int, int] | None:
    """(end, month) of the second month of `between March and May` after the month read at `start`–`end`, when
    that month is yearless too (`between January and June 2024` is two dates joined later, the year stated once);
    None when no `between … and` month range stands there. `and` after a month names another only after
    `between`: `in March and the talks …` is no range."""
    if _BETWEEN_BEFORE.search(text, max(0, start - 8), start) is None:
        return None
    found = _AND_MONTH.match(text, end)
    if found is None or found.group(1).lower() not in months:
        return None
    return found.end(), months[found.group(1).lower()]


def find_dates(text: str, reference_year: int | None = None, document_date: Anchor | None = None) -> list[DateMention]:
    """Every date mention in `text`, in order (`read_dates` without its warnings), a count naming its act counted
    from that act (`named_act`, as the dates stage reads a whole document)."""
    return counted_from_named_acts(text, read_dates(text, reference_year, document_date).mentions)
