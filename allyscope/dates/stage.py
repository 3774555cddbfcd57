"""The dates stage on a `Document`: `mark_dates` reads each region's dates in text order and puts them on it.

The stage carries the anchor from one region to the next, gives a caption's or a reference's dates that role,
takes the document's own date (`document_date`, `anchor_of`) or, when the layout found none, the first date line
of the text, and tells a date line from a sentence (`_on_a_date_line`: a header, a dateline, a bracketed
`（2005年6月2日，北京）`). Those tests look at a date's whole line, which only the stage knows is a line of the
document; the reader of a text needs none of it.
"""

from __future__ import annotations

import datetime
import itertools
import re
from dataclasses import replace
from functools import cache
from typing import Any

from allyscope.dates.entry_heads import entry_head_dates
from allyscope.dates.named_act import anniversary_days, counted_from_named_acts
from allyscope.dates.occasions import occasion_dates, occasion_days
from allyscope.dates.reading import PLAIN_DAY, last_era_of, read_dates
from allyscope.dates.roles import _after_a_mark, _opens_its_line
from allyscope.dates.table_years import row_years
from allyscope.dates.title_line import title_date
from allyscope.dates.told_again import today_topics
from allyscope.dates.values import Anchor, DateMention, StoryDay, _check, _Impossible, rules
from allyscope.dates.year_end import january_of_the_year_told
from allyscope.dates.year_heads import YEAR_LINE, head_year, with_year_heads
from allyscope.layout.tables import TableIndex

_SENTENCE_SIGNS = re.compile(r"[。！？!?；;，]|(?<![A-Z])\.\s*$")  # `D.C.` after a date line ends no sentence


# a sentence's end: a CJK stop, or a Latin one before white space or the end, unless the word before the dot is
# an abbreviation of a series line or a date line (`No. 31`, `4:00 p.m.`, `Aug. 27`, `U.S.`) or an initial
_HEAD_STOP = re.compile(r"[。！？]|([\w.'’]*)[.!?](?=\s|$)")


@cache
def _abbreviations() -> frozenset[str]:
    return frozenset(rules()["title_block_abbreviations"]["words"])


def _ends_a_sentence(piece: str) -> bool:
    """Does a piece of the title block hold a sentence's end (`_HEAD_STOP`, the word before a Latin stop no
    abbreviation of `title_block_abbreviations` and no initial)?"""
    abbreviations = _abbreviations()
    for stop in _HEAD_STOP.finditer(piece):
        word = (stop.group(1) or "").rstrip(".").lower()
        if stop.group(1) is None or not (word in abbreviations or (len(word) == 1 and word.isalpha())):
            return True
    return False


_HEAD_REGIONS = 4  # the title block: a title, a subtitle or series line, a byline, a date line


# a list item (`• …`, `・…`): the body's content has begun, whatever region the layout gave it
_LIST_ITEM = re.compile(r"\s*[•・●○◆◇■□▪‣◦]")


def in_the_head(pieces: list[str]) -> bool:
    """Do the regions a document opens with (at most `_HEAD_REGIONS`, this one last) hold no sentence's end? Then
    this region is part of the title block — a series line (`Working Paper No. 31, Institute …, 2024`), a release
    line (`Department summary | Release | July 28, 2024`), a date line with a time (`Friday, May 10, 2024, 4:00
    p.m.`) — and its dates date the document, not an event (prec65: no dev annotation dates an act there). A list
    item ends the title block: a chronology's first entries may follow a short title and heading."""
    return len(pieces) <= _HEAD_REGIONS and not any(
        _ends_a_sentence(piece) or _LIST_ITEM.match(piece) for piece in pieces
    )


def _on_a_date_line(text: str, mention: DateMention) -> bool:
    """A date on a line that holds no sentence — a header (`Policy Brief No. 7 | May 2024`), a date line
    (`2024年7月8日 19:40　通信社`, `Wednesday, October 11, 2023 (AM)`), a dateline (`2024年4月11日　華盛頓`)."""
    opens_line = _opens_its_line(text, mention.start)
    if not opens_line and (_list_entry(text, mention) or _list_entry_dated_last(text, mention)):
        return False  # `・2019年6月3日　…が協定に署名`, `• 3 June 2019 — …`: an item of a chronology told as a list
    if _bracketed_date_line(text, mention):
        return True  # `（2005年6月2日，北京）`, `(Manila, 13 January 2025)`: a date line in brackets under a title
    if _placed_and_glossed(text, mention):
        return True  # `Riyadh, 23 October 2023 (transcript, abridged; speakers not named)`: a place, the date, a note
    if not opens_line:
        # a date inside a long line: a sentence sign near it settles the answer without reading the whole line
        # (a text of one line and many dates would otherwise be read once per date); the sign is sought in the
        # text itself, the window's two parts bounded, and the window is copied out only when there is none
        if _sign_near(text, mention):
            return False
        near = _near_line(text, mention)
        if len(_ALONE_AROUND.sub("", near)) > 40 + _EDGE_SLACK:
            return False
    begin = text.rfind("\n", 0, mention.start) + 1
    end = text.find("\n", mention.end)
    end = len(text) if end < 0 else end
    if opens_line and _PLACE_AFTER.fullmatch(text, mention.end, end):
        return True  # `2024年3月6日，墨爾本`: a date line naming the place after a comma
    around = text[begin : mention.start] + " " + text[mention.end : end]
    return not _SENTENCE_SIGNS.search(around.strip()) and len(_ALONE_AROUND.sub("", around)) <= 40


_BULLETS = "■□●○◆◇▼▽・‧•·*-"  # the marks of a list's items (`_MARKS` without a table's bar, `#` or long dashes)
_LETTER = re.compile(r"[^\W\d_]")


def _placed_and_glossed(text: str, mention: DateMention) -> bool:
    """Is the date's line a place, the date and at most a note in brackets closing it (`Tokyo, 27 March 2025
    (transcript; speakers not named)`)? The note glosses the line; its signs make no sentence of it."""
    begin = text.rfind("\n", 0, mention.start) + 1
    end = text.find("\n", mention.end)
    end = len(text) if end < 0 else end
    return (
        _PLACE_BEFORE.fullmatch(text, begin, mention.start) is not None
        and _CLOSING_NOTE.fullmatch(text, mention.end, end) is not None
    )


def _list_entry(text: str, mention: DateMention) -> bool:
    """Is the date the head of a list item — behind a bullet that opens its line, and followed on its line by a
    text of its own (six letters at least: `・2020年5月　初の外相対話`, `• May 2020 — the first dialogue`)? A list's
    item tells what happened then, as a table's row does; a date line names at most a place or an hour after its
    date, and opens with no bullet."""
    mark = _after_a_mark(text, mention.start)
    if mark == mention.start or not _opens_its_line(text, mark):
        return False
    head = text[mark : mention.start].strip()
    if not head or any(c not in _BULLETS for c in head):
        return False  # only a list's marks before the date: `| 2019 |` is a table's row, `—— 2019` no item
    end = text.find("\n", mention.end)
    rest = text[mention.end : len(text) if end < 0 else end]
    return sum(1 for _ in itertools.islice(_LETTER.finditer(rest), 6)) >= 6


# a list item told first and dated last: a bullet opening the line, the item's text, then a dash or colon before
# the date (`・両国が協定に署名 ― 2019年3月`, `• Ministers sign the pact — 4 March 2019`)
_ITEM_BEFORE_DATE = re.compile(rf"\s*[{re.escape(_BULLETS)}]\s*(?P<item>[^\n]+?)\s*[―—–:：-]\s*")
_ITEM_END = re.compile(r"[\s。.]*")


def _list_entry_dated_last(text: str, mention: DateMention) -> bool:
    """Is the date the end of a list item that tells its act first — behind a bullet opening its line, a text of its
    own (six letters at least), a dash or colon, then the date closing the line? Such a chronology puts its dates
    last, as others put them first (`_list_entry`); a date line has no bullet and no act before its date."""
    begin = text.rfind("\n", 0, mention.start) + 1
    end = text.find("\n", mention.end)
    end = len(text) if end < 0 else end
    item = _ITEM_BEFORE_DATE.fullmatch(text, begin, mention.start)
    if item is None or _ITEM_END.fullmatch(text, mention.end, end) is None:
        return False
    return sum(1 for _ in itertools.islice(_LETTER.finditer(item.group("item")), 6)) >= 6


def _bracketed_date_line(text: str, mention: DateMention) -> bool:
    """Is the date's line a bracket holding the date and at most a place (`（2005年6月2日，北京）`,
    `(Manila, 13 January 2025)`)? Only looked at when a bracket stands within a line's reach before the date."""
    begin = text.rfind("\n", max(0, mention.start - 30), mention.start) + 1
    if not begin and mention.start > 30:
        return False
    end = text.find("\n", mention.end, mention.end + 30)
    end = len(text) if end < 0 and len(text) - mention.end <= 30 else end
    return (
        end >= 0
        and _BRACKET_OPENS.fullmatch(text, begin, mention.start) is not None
        and _BRACKETED_PLACE.fullmatch(text, mention.end, end) is not None
    )


_NEAR = 200
_SENTENCE_SIGN_CHARS = re.compile(r"[。！？!?；;，]")  # those of `_SENTENCE_SIGNS` that count anywhere in the line


_EDGE_SLACK = 4  # `星期一`, `月曜日` cut by a window's edge leave at most two characters each side uncounted


def _near_window(text: str, mention: DateMention) -> tuple[int, int]:
    """The window of about `_NEAR` characters each side of a date, its edges moved off Latin letters (a word is
    never cut): `_near_line` and `_sign_near` read the same window."""
    lo = max(0, mention.start - _NEAR)
    while 0 < lo < mention.start and text[lo - 1].isascii() and text[lo - 1].isalpha():
        lo += 1
    hi = min(len(text), mention.end + _NEAR)
    while mention.end < hi < len(text) and text[hi].isascii() and text[hi].isalpha():
        hi -= 1
    return lo, hi


def _near_line(text: str, mention: DateMention) -> str:
    """What of the date's line stands within about `_NEAR` characters of it, the date left out. The window's
    edges are moved off Latin letters, so that no word of `_ALONE_AROUND` is cut: what it removes inside the
    window it removes in the whole line too."""
    lo, hi = _near_window(text, mention)
    before = text[lo : mention.start]
    after = text[mention.end : hi]
    cut = after.find("\n")
    return before[before.rfind("\n") + 1 :] + " " + (after if cut < 0 else after[:cut])


def _sign_near(text: str, mention: DateMention) -> bool:
    """Does a sign of `_SENTENCE_SIGN_CHARS` stand in what `_near_line` gives for the date (its line within the
    window), read in place: the same window, bounded by the line's newlines, searched without copying it."""
    lo, hi = _near_window(text, mention)
    begin = text.rfind("\n", lo, mention.start) + 1 or lo
    cut = text.find("\n", mention.end, hi)
    signs = _SENTENCE_SIGN_CHARS
    return bool(signs.search(text, begin, mention.start) or signs.search(text, mention.end, hi if cut < 0 else cut))


_BRACKET_OPENS = re.compile(
    r"\s*[（(]\s*(?:[^\s，,。（）()]{1,24}\s*[，,]\s*)?"  # `（`, `(Manila, `
    r"|\s*[【〔]\s*(?:[\u3400-\u9fff]{1,8}\s*[，,]?\s*)?"  # `【`, `【北京`, `〔東京 `: a CJK story's bracketed dateline
)
_BRACKETED_PLACE = re.compile(
    r"\s*(?:[，,、]\s*[^\s，,、。；;（）()]{1,12}\s*)?[）)]\s*"  # `，北京）`, `)`
    r"|\s*(?:[，,、\s]\s*[\u3400-\u9fff]{1,8}\s*)?[】〕]\s*"  # `】`, ` 北京】`
)
_CLOSING_NOTE = re.compile(r"\s*(?:[（(][^（()）\n]{1,80}[）)]\s*)?")
# a place alone before a date (`Riyadh, `, `Tokyo, `): a date line's head
_PLACE_BEFORE = re.compile(r"\s*[A-Z][A-Za-z.'’-]*(?: [A-Z][A-Za-z.'’-]*){0,3},\s*")
# a CJK place name, or two joined by a slash or a middle dot (`新德里／阿布達比`)
_PLACE_AFTER = re.compile(
    r"\s*[，,]\s*[\u3040-\u30ff\u3400-\u9fff]{1,6}(?:\s*[／/・][\u3040-\u30ff\u3400-\u9fff]{1,6}){0,2}\s*"
)


_ALONE_AROUND = re.compile(
    r"[\s()（）\[\]【】,，.。:：|/\-–—]|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?|[月火水木金土日]曜日?|星期."
)


# A year alone on its line, over a chronology's lines of months and days (`2015年`, `2015`, `■ 2015 年`,
# `2019年（平成31年）`): a bullet or mark before it, the era year glossing it in brackets, a colon after it.
_YEAR_HEADING = YEAR_LINE


def _heading_after(piece: str, mentions: list[DateMention], heading: Anchor | None) -> Anchor | None:
    """The year heading in force after a region: a year alone on its line starts one; a line under it that opens
    with a yearless date it anchored (`1月20日　…`, `March 4 – …`) keeps it; any other line (prose, a caption, a
    line opening with a date of its own year) ends the chronology it headed."""
    match = _YEAR_HEADING.fullmatch(piece)
    if match is not None:
        return Anchor(int(match.group("year")), int(match.group("month")) if match.group("month") else None)
    year = head_year(piece, mentions)  # a head carrying its year otherwise (`平成18年（2006年）`, `年表（2024年）`)
    if year is not None:
        return Anchor(year)
    return heading if heading is not None and _under_heading(piece, mentions) else None


_DAY_LINE = re.compile(r"\s*[■□●○◆◇▼▽・‧*#=\-–—]*\s*(?:[12]\d|3[01]|0?[1-9])\s*日")


def _heads_days(piece: str, text: str, following: Any) -> bool:
    """Is `piece` a year and month alone on its line (`2019年1月`) and the region after it a line opening with a
    day (`　11日　ブレストで…`)? Then the month is the heading of that day's line."""
    match = _YEAR_HEADING.fullmatch(piece)
    return (
        match is not None
        and match.group("month") is not None
        and _DAY_LINE.match(text, following.start, following.end) is not None
    )


# a table row opening with a year cell (`| 2021 | 5月18日 | …`, `2021<tab>June<tab>…`), and any row (bars or tabs)
_YEAR_CELL = re.compile(r"[ \t]*(?:\|[ \t]*)?(?P<year>(?:1[89]|20)\d{2})年?[ \t]*(?:\||\t)")
_A_ROW = re.compile(r"[ \t]*\||[^\n]*\t")


def _row_year(piece: str, above: Anchor | None) -> Anchor | None:
    """The year a table's row stands under: its own year cell's (`| 2022 | 3月 | …`), else, for a row whose year
    cell is left empty (`|  | 4月7日 | …`, a tab-separated row that opens with its date), the year of the row
    above, as a reader of a chronology takes it; None for a region that is no row (the table has ended)."""
    found = _YEAR_CELL.match(piece)
    if found is not None:
        return Anchor(int(found.group("year")))
    return above if _A_ROW.match(piece) else None


def _under_heading(piece: str, mentions: list[DateMention]) -> bool:
    """Is the region a line under a year heading: opening with a yearless date the heading anchored?"""
    if not mentions:
        return False
    first = mentions[0]
    return first.basis == "previous-date" and _opens_its_line(piece, _after_a_mark(piece, first.start))


def anchor_of(value: Any) -> Anchor | None:
    """An `Anchor` from a document date as the layout stage gives it (`2024-03-05`, `2024-03`, `2024`, or a
    `datetime.date`); None when it is absent or not a date."""
    if value is None:
        return None
    if hasattr(value, "year") and hasattr(value, "month"):
        return Anchor(int(value.year), int(value.month), int(getattr(value, "day", 0)) or None)
    match = re.match(r"^\s*(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", str(value))
    if not match:
        return None
    year, month, day = match.groups()
    try:
        _check(int(year), int(month) if month else None, int(day) if day else None)
    except _Impossible:
        return None
    return Anchor(int(year), int(month) if month else None, int(day) if day else None)


def document_date(doc: Any) -> Anchor | None:
    """The document's own date, the anchor of last resort: `Document.date`, which the structure stage reads from
    its dateline, its "published" line or the issue it appeared in (None when it states none)."""
    return anchor_of(getattr(doc, "date", None))


def mark_dates(doc: Any) -> Any:
    """The dates stage: every date of the document's abstract and paragraphs, in text order, on `doc.dates`
    (offsets into `doc.text`), anchored on what came before and on the document's own date; impossible dates
    become `doc.warnings`. Dates of a caption or of a reference entry get that as their `role` and anchor
    nothing after them.

    A story's own dateline without a year (`TOKYO, March 3 (Kyodo) -`, `【北京3月3日電】`), read in the year of
    the page's date line, is the story's date when it falls at most `_STORY_BEFORE_PAGE` days before the page's
    (a wire story is filed the day it is dated, the page printed or updated later): the dates are read again on it."""
    page = document_date(doc)
    found, warnings, story = _marked(doc, page)
    used = page
    titled = title_date(getattr(doc, "title", "") or "") if page is None else None
    if titled is not None and not reports_mostly_after(titled, found):
        # `…: press conference, Canberra, 8 March 2024 (excerpt)`: the page's date closing a title the layout took
        # out of the regions read (date86)
        found, warnings, story = _marked(doc, titled)
        used = titled
    if used is None and (lead := lead_date(doc.text, found)) is not None and not reports_mostly_after(lead, found):
        # `2023年6月12日，…` opening a release: its date (a chronology's first entry, with most of the text's
        # years after it, dates no writing: `1949年8月8日，…` over `2019年` / `17日…`)
        found, warnings, story = _marked(doc, lead)
        used = lead
    if story is not None:
        found, warnings, _ = _marked(doc, story)
        used = story
    # `1月13日…15日…。5月20日，…` in a review of December: the January of the year told, not the one to come
    found = january_of_the_year_told(doc.text, found, used or _first_dateline_day(found))
    found = _after_acts_on_their_act(doc.text, found)
    # `2019年3月` over `両国は…署名した。`: the head dates its entry, which ends with its paragraph
    found = entry_head_dates(doc.text, found, sorted(r.end for r in _regions_of(doc)))
    own = str(doc.date) if getattr(doc, "date", None) is not None else None
    if occasions := occasion_dates(doc.text, found, own):  # `访问期间，…`: the date of the occasion told before
        found = sorted([*found, *occasions], key=lambda m: m.start)
    if days := occasion_days(doc.text, found):  # `訪日期間中、…20日`: the occasion's month, past a recalled year
        moved = {id(old): new for old, new in days if old is not None}
        found = [moved.get(id(m), m) for m in found]
        if added := [new for old, new in days if old is None]:  # a day left unread, no phrase date (date90)
            found = sorted([*found, *added], key=lambda m: m.start)
    found = _same_day_of_its_row(doc.text, found)
    found = today_topics(doc.text, found)  # `本日の署名は、…ものです`: the act told before, talked about (date88)
    # `a month after the Athens visit`, `会談の2日後`: counted from the act named, in every language
    found = counted_from_named_acts(doc.text, found)
    if anniversaries := anniversary_days(doc.text, found):  # `建交五十周年当日`: the act's day, fifty years on
        replaced = {id(old) for old, _ in anniversaries}
        found = sorted([*(m for m in found if id(m) not in replaced), *(new for _, new in anniversaries)],
                       key=lambda m: m.start)  # fmt: skip
    return doc.evolve(dates=tuple(found), warnings=(*doc.warnings, *warnings))


def _first_dateline_day(found: list[DateMention]) -> Anchor | None:
    """The day of the first date line the stage read (`2022年12月27日` under a title), when the document states no
    date of its own: the date the text was written on, which the dates of the body were anchored on."""
    first = next((d for d in found if d.role == "dateline"), None)
    return anchor_of(first.edtf) if first is not None and first.precision == "day" else None


def _regions_of(doc: Any) -> list[Any]:
    from allyscope.regions import regions  # (imported when asked, as `_marked` does)

    return regions(doc)


def _same_day_of_its_row(text: str, found: list[DateMention]) -> list[DateMention]:
    """A word of the same day (`同日`, `the same day`) in a table's row whose date cell comes after it (`｜…訪問帝力，
    條約同日生效｜2019年8月30日｜`: the row tells its acts first and its date last) is that cell's day, not the
    day of the row before, which the words would count from read in text order."""
    same_day = {w.lower() for w in rules()["same_day"]}
    if not any(m.basis == "relative" and m.text.lower() in same_day for m in found):
        return found
    rows = TableIndex(text)
    out = list(found)
    for i, mention in enumerate(out):
        if mention.basis != "relative" or mention.text.lower() not in same_day:
            continue
        row = rows.row_at(mention.start)
        if row is None:
            continue
        end = row[1].end
        later = [m for m in out[i + 1 :] if m.start < end and m.precision == "day" and m.basis != "relative"]
        if later:
            out[i] = replace(mention, edtf=later[0].edtf)
    return out


_STORY_BEFORE_PAGE = 7
_ACT_LOOKBACK = 3  # dates before a clause told after an act that may be that act's
_SENTENCE_END = re.compile(r"[。！？!?]|\.(?:\s|$)")


def _after_acts_on_their_act(text: str, found: list[DateMention]) -> list[DateMention]:
    """A clause told after an act (`会談後、…`, `After the talks, …`: basis `after-act`; `会谈后`, a word of the same
    day told after a happening) takes the date told last; when that date's sentence does not name the act but one
    of the few days before it does, the act is that one and so is its date: a day later than the one told last (the
    text stepped back to tell what came before: `モディ首相は17日、…と会談し…。モディ氏は16日夜に到着した。両首脳は
    会談後、…`), or a day before a span told last in a sentence that does not name the act (`6月8日，…举行会谈。…回顾
    了…1月8日至9日的访问。会谈后，…`: the span is recalled, the talks are the day's). A month told last is left alone
    (the act may fall within it). A `同日` right after a clause so moved is of the same day, and moves with it.

    span82: dates told between the act and the clause after it that lie wholly before the date the clause was given
    (a recall: `…昨年4月、次期大統領として来日し…同年10月に…就任。会談後、…`, `On 21 April 2022 … in April 2023
    … Yesterday … After the signing`) are no candidates for the act and do not count among the few looked at, and
    the act's sentence may tell it by its verb (`This morning … I signed …`; data `after_an_act.act_forms`)."""
    acts = _act_words()
    out = list(found)
    for i, mention in enumerate(out):
        said = mention.text.lower()
        if mention.basis != "after-act" and not (mention.basis == "relative" and said.endswith(("后", "後"))):
            continue
        act = next((a for a in acts if a in said), None)
        if act is None:
            continue
        looked = 0
        last: datetime.date | None = None
        given = _first_day(mention.edtf)
        for before in reversed(out[:i]):
            if before.dates_event and before.precision == "range" and last is None and looked == 0:
                if _names_act(_sentence_of(text, before), act):
                    break  # the span told last is the act's own (`11日至12日举行会谈。会谈后，…`)
                continue
            if not before.dates_event or before.basis == "after-act" or before.precision not in ("day", "month"):
                continue
            if (
                given is not None
                and (ends := _last_day(before.edtf.removesuffix("/.."))) is not None
                and (ends < given or (before.edtf.endswith("/..") and _first_day(before.edtf[:-3]) != given))
            ):
                continue  # a recall (or what has lasted since one) told between the act and the clause after it
            looked += 1
            if looked > _ACT_LOOKBACK or before.precision != "day" or not PLAIN_DAY.fullmatch(before.edtf):
                break  # only days a few days apart: a month told last, or a span opened on a day, may hold the act
            day = datetime.date.fromisoformat(before.edtf)
            if last is not None and day <= last:
                continue  # the act's day is later than the day told last: the text stepped back before going on
            last = last or day
            if _names_act(_sentence_of(text, before), act):
                if before.edtf != mention.edtf:  # the date told last was not the act's
                    out[i] = replace(mention, edtf=before.edtf, precision=before.precision)
                    _same_day_after(out, i, mention.edtf, before.edtf)
                break
    return out


_MONTH_EDTF = re.compile(r"(\d{4})-(0[1-9]|1[0-2])")  # a month, not a season (`2019-23`: date88)


def _first_day(edtf: str) -> datetime.date | None:
    """The first day of a day's or a month's EDTF value (`2025-01-10`, `2024-10`), None for anything else."""
    if PLAIN_DAY.fullmatch(edtf):
        return datetime.date.fromisoformat(edtf)
    if (month := _MONTH_EDTF.fullmatch(edtf)) is not None:
        return datetime.date(int(month.group(1)), int(month.group(2)), 1)
    return None


def _last_day(edtf: str) -> datetime.date | None:
    """The last day of a day's or a month's EDTF value, None for anything else."""
    first = _first_day(edtf)
    if first is None or PLAIN_DAY.fullmatch(edtf):
        return first
    following = datetime.date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return following - datetime.timedelta(days=1)


@cache
def _act_forms() -> dict[str, tuple[re.Pattern[str], ...]]:
    """Each act of `after_an_act` (lower case) with the patterns of its noun and of the words that tell it
    (`act_forms`): an English word matched whole, a Chinese or Japanese word anywhere."""
    a = rules()["after_an_act"]
    forms: dict[str, list[str]] = a.get("act_forms", {})
    out: dict[str, tuple[re.Pattern[str], ...]] = {}
    for act in _act_words():
        words = [act, *(w.lower() for w in forms.get(act, []) if isinstance(forms.get(act), list))]
        out[act] = tuple(
            re.compile(rf"(?<![a-z]){re.escape(w)}(?![a-z])" if w.isascii() else re.escape(w)) for w in words
        )
    return out


# after an act's word: a date counted from it (`会谈次日`, `会談の翌日`, `會談後`): the word names a base, no act told
_COUNTED_FROM = re.compile(
    r"\s*[的の]?\s*(?:次日|翌日|前日|前一天|后|後|之后|之後|以后|以後|当天|當天|当日|同日|[一二两兩三四五六七八九十\d]+[天日])"
)
# before an English act's word: `after the talks`, `before the signing`: a date counted from it
_COUNTED_FROM_EN = re.compile(r"(?:after|before|following)\s+(?:the|his|her|their|its|that|this)\s+$")


def _names_act(sentence: str, act: str) -> bool:
    """Does `sentence` tell the act `act` (by its noun or by a word of `act_forms`), not as the base of a date
    counted from it (`会谈次日，…`, `the day after the talks`: another act, told by its distance from this one)?"""
    said = sentence.lower()
    for pattern in _act_forms().get(act, (re.compile(re.escape(act)),)):
        for found in pattern.finditer(said):
            counted = _COUNTED_FROM.match(said, found.end()) or _COUNTED_FROM_EN.search(said, 0, found.start())
            if counted is None:
                return True
    return False


def _sentence_of(text: str, mention: DateMention) -> str:
    opened = max((m.end() for m in _SENTENCE_END.finditer(text, 0, mention.start)), default=0)
    closed = _SENTENCE_END.search(text, mention.end)
    return text[opened : closed.start() if closed else len(text)]


def _same_day_after(out: list[DateMention], i: int, old: str, new: str) -> None:
    """Move the words of the same day after `out[i]` (`同日`, `the same day`) that counted from its old date `old`,
    up to the next date of another kind, to its new date `new`."""
    same_day = {w.lower() for w in rules()["same_day"]}
    for j in range(i + 1, len(out)):
        later = out[j]
        if later.basis != "relative" or later.text.lower() not in same_day or later.edtf != old:
            break
        out[j] = replace(later, edtf=new)


@cache
def _act_words() -> tuple[str, ...]:
    """The acts of `after_an_act` (`会談`, `talks`), longest first, folded to lower case."""
    a = rules()["after_an_act"]
    return tuple(sorted({w.lower() for w in (*a["acts_cjk"], *a["acts_en"])}, key=len, reverse=True))


# what follows a date that opens a lead sentence: a comma or the space of `On 12 June 2023 the …`
_OPENS_A_CLAUSE = re.compile(r"\s*[，,、]")
# a place opening a line before its date (`Riyadh, `, `東京、`): the line is a date line
_PLACE_OPENING = re.compile(r"(?:[A-Z][A-Za-z.'’-]*(?: [A-Z][A-Za-z.'’-]*){0,3}|[\u3400-\u9fff]{1,8})\s*[,，、]\s*$")


def lead_date(text: str, found: list[DateMention]) -> Anchor | None:
    """The date of a document that states none of its own (no dateline, date line or issue) but whose first date
    is a full date opening a paragraph and its first clause (`2023年6月12日，国家主席…举行会谈。`, as a ministry's
    release leads) or a line after a place (`Riyadh, 23 October 2023 (transcript)`): a careful reader dates the
    text that day, so `昨天`, `上周五`, `今年3月`, `last year` count from it. None when the document's first date is
    anything else (a month, a year, a date inside a sentence)."""
    first = next(iter(found), None)
    if first is None or first.role or first.document or first.precision != "day":
        return None
    if first.basis not in ("explicit", "era"):
        return None
    place = _PLACE_OPENING.search(text, max(0, first.start - 40), first.start)
    if place is not None and _opens_its_line(text, place.start()):
        return anchor_of(first.edtf)  # `Riyadh, 23 October 2023 (transcript …)`: a place, then the date
    if not _opens_its_line(text, first.start):
        return None
    return anchor_of(first.edtf) if _OPENS_A_CLAUSE.match(text, first.end) else None


def heads_lines(date: DateMention) -> bool:
    """A year alone on a date line (`2019年` over `8月17日至18日，…`): a chronology's year heading, which dates the
    lines under it as an event's explicit year does; a date line of the document's own is a day or a month."""
    return date.role == "dateline" and date.precision == "year"


def begins_after(edtf: str, anchor: Anchor) -> bool:
    """Does the date `edtf` begin after `anchor`, compared at the precision both have (`2024` is not after
    2023-11-20's year, `2024-01` is after 2023-11)?"""
    head = _EDTF_HEAD.match(edtf)
    if head is None:
        return False
    year, month, day = (int(p) if p else None for p in head.groups())
    ours = (year, month if month and month <= 12 else None, day)
    for a, b in zip(ours, (anchor.year, anchor.month, anchor.day), strict=True):
        if a is None or b is None:
            return False
        if a != b:
            return a > b
    return False


_EDTF_HEAD = re.compile(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def reports_mostly_after(anchor: Anchor, found: list[DateMention], counted: tuple[str, ...] = ("explicit",)) -> bool:
    """Do most of the dates of events and of year headings (three or more) whose basis is among `counted` come
    after `anchor`? A text reports mostly on its past, so such a date is no date of its writing (a chronology's
    first entry); a date only guessed from the lead also counts the days dated by it (`previous-date`)."""
    explicit = [d.edtf for d in found if d.basis in counted and (d.dates_event or heads_lines(d))]
    later = sum(begins_after(edtf, anchor) for edtf in explicit)
    return len(explicit) >= 3 and later * 2 > len(explicit)


def _story_date(mention: DateMention, page: Anchor | None, role: str) -> Anchor | None:
    """The story's own date when `mention` is a yearless dateline's day a few days before the page's date."""
    if page is None or page.day is None or page.month is None or role != "dateline":
        return None
    if mention.precision != "day" or mention.basis != "document-date" or mention.kind != "relative":
        return None
    story = anchor_of(mention.edtf)
    if story is None or story.month is None or story.day is None:
        return None
    days = (datetime.date(page.year, page.month, page.day) - datetime.date(story.year, story.month, story.day)).days
    return story if 0 < days <= _STORY_BEFORE_PAGE else None


# a line that opens with a date and a gap before its text (`2018年7月　兩國外交部長…`, `民國111年9月　…`,
# `同年11月　…`, `2023年夏　…`): the shape of a chronology's entry, and of a dateline (`2024年4月11日　華盛頓`)
_ENTRY_HEAD = re.compile(
    r"[ \t]*(?=[^\u3000\t\n]{0,20}?(?:\d|同|翌|[〇一二三四五六七八九十]))[^\s\u3000]{2,20}?[年月日夏冬春秋][）)]?"
    r"[\u3000\t]+\S"
    # rec65: a Latin chronology's entry, its date then a dash or colon (`29 August 2019 – …`, `2007 – …`,
    # `March 2022: …`, `July 5, 2023 — …`)
    r"|[ \t]*(?:\d{1,2}\s+)?(?:[A-Z][a-z]{2,8}\.?\s+)?(?:\d{1,2},\s+)?\d{4}[ \t]*[–—:-][ \t]+[A-Za-z]"
)


def _chronology_runs(text: str, laid_out: list[Any]) -> list[bool]:
    """Per region: does it open with a date and a gap (`_ENTRY_HEAD`) next to a region that opens so too? Then
    it is an entry of a chronology written line after line without a stop (`2018年7月　兩國外交部長在台北舉行會談`
    under `民國100年（2011年）5月　貝里斯總理訪台`), whose date dates its act: no date line, though it holds no
    sentence sign. A dateline stands alone (`2024年4月11日　華盛頓` over the story)."""
    heads = [_ENTRY_HEAD.match(text, r.start, r.end) is not None for r in laid_out]
    return [
        head and ((i > 0 and heads[i - 1]) or (i + 1 < len(heads) and heads[i + 1])) for i, head in enumerate(heads)
    ]


def _marked(doc: Any, anchor: Anchor | None) -> tuple[list[DateMention], list[str], Anchor | None]:
    """The dates of `doc` read on the document date `anchor`, the warnings, and a story date that differs from
    `anchor` (`_story_date`), if a yearless dateline gives one."""
    from allyscope.regions import regions

    page = anchor
    story: Anchor | None = None
    previous: Anchor | None = None
    previous_edtf: str | None = None
    found: list[DateMention] = []
    warnings: list[str] = []
    text = doc.text
    heading: Anchor | None = None  # the year a chronology's lines stand under (`_YEAR_HEADING`)
    acts: dict[str, Anchor] = {}  # the days of acts told so far, by the noun naming them (`read_dates`)
    era: tuple[str, int] | None = None  # the era and year of the last date written with an era's name (`read_dates`)
    story_day: StoryDay | None = None  # the story's day the regions before ended on (`read_dates`)
    row_year: Anchor | None = None  # the year of a table's rows whose year cell is left empty (`_row_year`)
    rows = TableIndex(text)  # a table's row is no date line: its date cell dates the row's act
    years = row_years(text)  # a chronology table's rows under a year column (`| 2012 | 1月30日 | … |`)
    laid_out = with_year_heads(text, list(regions(doc)), getattr(doc, "headings", ()))  # and heads of a year
    in_run = _chronology_runs(text, laid_out)
    head = [text[r.start : r.end] for r in laid_out[:_HEAD_REGIONS]]
    for index, region in enumerate(laid_out):
        piece = text[region.start : region.end]
        title_block = index < _HEAD_REGIONS and in_the_head(head[: index + 1])
        # `2019年1月` alone on its line over lines opening with a day (`　11日　…`): the month heads them, and is
        # neither the document's date line nor an event's date
        month_heading = index + 1 < len(laid_out) and _heads_days(piece, text, laid_out[index + 1])
        found_row = rows.row_at(region.start) if years else None
        table_year = years.get(found_row[1].start) if found_row is not None else None
        row_year = _row_year(piece, row_year)
        if table_year is not None and row_year is None:  # a year column the table reader found further in the row
            reading = read_dates(piece, None, anchor, previous, previous_edtf, Anchor(table_year[0]))
            cell = (table_year[1] - region.start, table_year[2] - region.start)
            others = [m for m in reading.mentions if not cell[0] <= m.start < cell[1]]
            if others:  # `| 2012 | 1月30日 | … |`: the year cell heads the row's date, no date of its own
                reading = reading._replace(mentions=others)
        else:  # a row opening with its year cell, or left empty under one (`_row_year`), or no row at all
            over = heading if heading is not None else row_year if not _YEAR_CELL.match(piece) else None
            reading = read_dates(
                piece,
                None,
                anchor,
                previous,
                previous_edtf,
                over if region.anchors_dates else None,
                acts,
                era,
                story_day,
            )
            if heading is not None and not _under_heading(piece, reading.mentions):
                reading = read_dates(piece, None, anchor, previous, previous_edtf)  # prose after the chronology
        heading = _heading_after(piece, reading.mentions, heading)
        era = last_era_of(reading.mentions, era)
        for mention in reading.mentions:
            role = mention.role if region.states_events else mention.role or region.where
            if month_heading:
                role = "heading"
            if anchor is None and role == "dateline" and mention.precision == "day":
                anchor = anchor_of(mention.edtf)  # a story's dateline (`新华社东京7月12日电`) is its date
            if story is None and all(f.role == "dateline" for f in found):  # before any date of the body
                story = _story_date(mention, page, role)
            if title_block and not mention.role and not mention.document and not in_run[index]:
                role = ""  # a date in the title block is read as on a date line, whatever region holds it
            if (
                not role
                and not mention.document
                and (title_block or _on_a_date_line(piece, mention))
                and rows.row_at(region.start + mention.start) is None
                and not in_run[index]
            ):
                role = "dateline"  # a header or date line dates the document, not an event
                if anchor is None and mention.precision in ("day", "month"):
                    anchor = anchor_of(mention.edtf)  # the document's date, when the layout found none
            found.append(
                DateMention(
                    mention.start + region.start,
                    mention.end + region.start,
                    mention.text,
                    mention.edtf,
                    mention.precision,
                    mention.kind,
                    mention.document,
                    mention.basis,
                    role,
                    mention.qualifier,
                )
            )
        if reading.warnings:  # (most regions have none: no generator made for them)
            warnings.extend(f"date: {w} (in the {region.where} at {region.start})" for w in reading.warnings)
        if region.anchors_dates:
            previous, previous_edtf, story_day = reading.last, reading.last_edtf, reading.story
    return found, warnings, story
