"""The document's own date: from a dateline, a "published" or "last updated" line, or the issue it appeared in.

Another stage anchors yearless dates of the body (`6月24日`, `on 3 May`) on this date, so it is read only where a
document states its own date: the lines of the front matter (and, for "last updated", the last lines of a web
page), never inside a note and never from a date that merely opens a body sentence. What counts as a date, a
label or an issue line is data (`data/layouts/document_date.json`); the result is an EDTF string with the
name of where it came from (`dateline`, `published`, `last-updated`, `issue`).
"""

from __future__ import annotations

import datetime
import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from allyscope.regex_firsts import may_start_with

_FULL_WIDTH = str.maketrans("０１２３４５６７８９－／．：", "0123456789-/.:")
_DIGIT = re.compile(r"[0-9０-９〇]|[一二三四五六七八九十]年")  # `〇`: `二〇二四年` holds one; `一一二年`, an era's year
SOURCES = ("dateline", "published", "last-updated", "issue")
"""Where a document's date came from, most trusted first."""


@dataclass(frozen=True, slots=True)
class _Form:
    name: str
    pattern: re.Pattern[str]
    requires: re.Pattern[str]
    year_only: bool
    era: str = ""  # the era a form's bare year counts in (`113-10-08`, the Republic of China's 113th year)


@dataclass(frozen=True, slots=True)
class _Rules:
    months: dict[str, int]
    eras: dict[str, int]
    seasons: tuple[str, ...]
    forms: tuple[_Form, ...]
    labels: tuple[tuple[str, re.Pattern[str]], ...]
    ignore: re.Pattern[str]
    issue: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...]
    issue_hint: re.Pattern[str]
    lead_forbidden: re.Pattern[str]
    bullet_lead: re.Pattern[str]
    after: re.Pattern[str]
    may_hold_date: re.Pattern[str]
    max_lead: int
    max_tail: int
    lead_forbidden_tail: re.Pattern[str]
    max_line: int
    front_lines: int
    tail_lines: int
    updated_after: re.Pattern[str]
    venue: re.Pattern[str]  # a place after the date and time, under its label (`於：本省会見室`, `Venue: …`)
    other_documents: frozenset[str]
    done_clause: tuple[re.Pattern[str], ...]
    registered_entry: tuple[re.Pattern[str], ...]  # a treaty series' entry: `<title>. Done at <place> on <date>`
    updated_bracket: re.Pattern[str]  # an update in the bracket closing a dateline (`（最終更新 2月12日 19:30）`)
    month_day: re.Pattern[str]  # a day without its year (`2月12日`, `9/3`), in that bracket
    update_hint: re.Pattern[str]  # a word every update's line holds: lines without one are not read for it
    bracket_weekday: re.Pattern[str]  # a weekday before a heading's bracketed day (`(Wednesday, June 19, 2024)`)
    bracket_time: re.Pattern[str]  # the half of the day after it (`（令和4年11月30日午前）`, `…, a.m.)`)


def _alternatives(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def rules() -> _Rules:
    """`data/layouts/document_date.json`, compiled once."""
    data: dict[str, Any] = json.loads(
        resources.files("allyscope.data").joinpath("layouts/document_date.json").read_text("utf-8")
    )
    fill = {
        "{months}": _alternatives(list(data["months"])),
        "{eras}": _alternatives(list(data["eras"])),
        "{seasons}": _alternatives(list(data["seasons"])),
    }
    forms = []
    for form in data["forms"]:
        pattern = form["pattern"]
        for key, value in fill.items():
            pattern = pattern.replace(key, value)
        requires = re.compile(form.get("requires", "."))
        year_only = bool(form.get("year_only", False))
        forms.append(_Form(form["name"], re.compile(pattern), requires, year_only, str(form.get("era", ""))))
    hints = [str(form["hint"]) for form in data["forms"] if form.get("hint")]
    labels = tuple(
        (source, re.compile(rf"^\s*(?:{'|'.join(words)})\s*[:：]?\s*{data['label_time']}"))
        for source, words in data["labels"].items()
    )
    line = data["dateline"]
    return _Rules(
        months=data["months"],
        eras=data["eras"],
        seasons=tuple(data["seasons"]),
        forms=tuple(forms),
        labels=labels,
        ignore=re.compile("|".join(f"(?:{p})" for p in data["ignore"])),
        issue=tuple((tuple(p["requires"]), re.compile(p["pattern"])) for p in data["issue"]),
        issue_hint=re.compile("|".join(re.escape(s) for p in data["issue"] for s in p["requires"])),
        lead_forbidden=re.compile(line["lead_forbidden"]),
        bullet_lead=re.compile(line.get("bullet_lead", "(?!)")),
        after=re.compile(line["after"]),
        # every full date has a four-digit year or an era: a cheap test before the forms are tried; a form whose
        # era is implied (a Republic year without `民國`: `114年3月11日`) says in its 'hint' what it needs (date88)
        may_hold_date=re.compile(
            "|".join([rf"(?:19|20|１９|２０)[0-9０-９]{{2}}|二〇|二千|{fill['{eras}']}"] + [f"(?:{h})" for h in hints])
        ),
        max_lead=int(line["max_lead"]),
        max_tail=int(line["max_tail"]),
        lead_forbidden_tail=re.compile(line["tail_forbidden"]),
        max_line=int(line["max_line"]),
        front_lines=int(data["front_lines"]),
        tail_lines=int(data["tail_lines"]),
        updated_after=re.compile(line.get("updated_after", "(?!)")),
        venue=re.compile(line.get("venue", "(?!)")),
        other_documents=frozenset(data.get("other_documents", ())),
        done_clause=tuple(re.compile(p) for p in data.get("done_clause", ())),
        registered_entry=tuple(re.compile(p) for p in data.get("registered_entry", ())),
        updated_bracket=re.compile(line.get("updated_bracket", "(?!)")),
        month_day=re.compile(line.get("month_day", "(?!)")),
        update_hint=re.compile(line.get("update_hint", ".")),
        bracket_weekday=re.compile(line.get("bracket_weekday", "(?!)")),
        bracket_time=re.compile(line.get("bracket_time", "(?!)")),
    )


@dataclass(frozen=True, slots=True)
class FoundDate:
    """A date read in a line: EDTF value, offsets in the line, and whether it gives only a year (or season)."""

    edtf: str
    start: int
    end: int
    year_only: bool


_CJK_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0}


def _number(text: str) -> int:
    """A number written in digits or in Chinese numerals: `2024`, `二〇二四` (digit by digit), `十二`, `二十三`,
    `一百一十三` (an era's year in a formal document), `二千二十一` (a Japanese treaty's year)."""
    if text.isdigit():
        return int(text)
    if "千" in text:
        thousands, _, rest = text.partition("千")
        return (_CJK_DIGITS[thousands] if thousands else 1) * 1000 + (_number(rest) if rest else 0)
    if "百" in text:
        hundreds, _, rest = text.partition("百")
        return (_CJK_DIGITS[hundreds] if hundreds else 1) * 100 + (_number(rest) if rest else 0)
    if "十" not in text:
        return int("".join(str(_CJK_DIGITS[c]) for c in text))
    tens, _, units = text.partition("十")
    return (_CJK_DIGITS[tens] if tens else 1) * 10 + (_CJK_DIGITS[units] if units else 0)


def _edtf(groups: dict[str, str | None], r: _Rules, implied_era: str = "") -> str | None:
    era = groups.get("era") or implied_era
    if era:
        era_year = groups.get("ey") or groups.get("y") or ""
        year = r.eras[str(era)] + (1 if era_year == "元" else _number(era_year))  # `一一二`: digit by digit
    else:
        year = _number(groups["y"] or "0")
    if groups.get("season"):
        return f"{year:04d}"  # a season is not one of the EDTF forms the rest of allyscope reads
    mon, m, d = groups.get("mon"), groups.get("m"), groups.get("d")
    month = r.months[mon.lower()] if mon else _number(m) if m else 0
    day = _number(d) if d else 0
    try:
        if day:
            return datetime.date(year, month, day).isoformat()
        if month:
            datetime.date(year, month, 1)
            return f"{year:04d}-{month:02d}"
    except ValueError:
        return None
    return f"{year:04d}" if 1 <= year <= 9999 else None


def find_dates(line: str) -> list[FoundDate]:
    """Every date form in a line, leftmost first, overlapping readings dropped (the longer, earlier form wins)."""
    r = rules()
    text = line.translate(_FULL_WIDTH)
    found: list[FoundDate] = []
    for form in r.forms:
        if not form.requires.search(text):
            continue
        for match in form.pattern.finditer(text):
            if any(f.start < match.end() and match.start() < f.end for f in found):
                continue
            value = _edtf(match.groupdict(), r, form.era)
            if value is not None:
                found.append(FoundDate(value, match.start(), match.end(), form.year_only))
    return sorted(found, key=lambda f: f.start)


_FIELD_GAP = re.compile(
    r"(?:\u3000|\s{2,}|\s*[|｜]\s*|[ \t]+[/·•][ \t]+)+"
    r"|,[ \t]+(?=[A-Z][a-z]+ (?:online|on)\b|[A-Z][a-z]+:|(?:first|originally) (?:published|posted)\b)"
)
"""Gaps between a line's fields: wide spaces, bars, a spaced slash or dot, or a comma before a capitalised label
(`Accepted 21 Dec 2023, Published online: 12 Feb 2024`, a journal's history printed on one line; `Updated …, first
published …`)."""
"""What separates the fields of one front line (`来源：…　发布时间：…`, `Source: … | Published: …`)."""


def _labelled(content: str, r: _Rules) -> tuple[str, FoundDate] | None:
    """The labelled date of a line (`发布时间：2023-06-15`), the label opening the line or one of its fields:
    a web page prints its source, date and author on one line, the date's label after a gap. An update stamp
    printed first (`Updated 8 March 2025 | Published 5 March 2025`, `更新日：…　公開日：…`) gives way to a
    publication date in a later field of the same line: the page's own date is the one it was published on."""
    updated: tuple[str, FoundDate] | None = None
    for field in (content, *(content[gap.end() :] for gap in _FIELD_GAP.finditer(content) if gap.end() < len(content))):
        for source, label in r.labels:
            match = label.match(field)
            if match:
                dates = [f for f in find_dates(field[match.end() :]) if not f.year_only]
                if dates and dates[0].start <= 2:
                    if source != "last-updated":
                        return source, dates[0]
                    updated = updated or (source, dates[0])
                    break
    return updated


_OPENING = {"（": "）", "(": ")", "〔": "〕", "［": "］", "[": "]"}
"""Brackets a date may stand between on a line of its own."""


def _dateline(content: str, r: _Rules) -> FoundDate | None:
    """A date opening a line, after at most a place name, and standing alone or before a dash, a time or 电; or a
    date alone in brackets (`（2024年3月）`, as a report prints it under its title)."""
    if content[:1] in _OPENING and content[-1:] == _OPENING[content[0]] and len(content) > 2:
        content = content[1:-1].strip()
    elif (closing := _closing_day(content)) is not None and not _is_issue(content, r):
        return closing  # an issue line's bracketed day (`第21期（2025年4月18日）`) is the issue's, read below
    head = content[: r.max_lead + 32]  # a dateline's date starts within max_lead characters
    if not r.may_hold_date.search(head):
        return None
    dates = [f for f in find_dates(head) if not f.year_only]
    if not dates:
        return None
    first = dates[0]
    lead = content[: first.start]
    if len(lead) > r.max_lead or r.lead_forbidden.search(lead):
        return None
    if lead and r.bullet_lead.match(lead):
        return None  # `* 2021年7月9日 ― …`: a date after a list's bullet opens a chronology's entry, no dateline
    if lead and r.bullet_lead.match(lead.lstrip()[:1]) and _DASH_CLOSES.search(lead):
        return None  # `・両国が条約に署名 ― 1998年10月`: a list's item told first and dated last, no dateline
    if _is_issue(lead, r) and not _numbered(lead, first):
        return None
    if _CELL_BEFORE.search(lead):
        return None  # `｜兩國簽署…條約｜2018年3月6日｜`: a table's row that tells its act first and its date last
    if r.after.match(content.translate(_FULL_WIDTH), first.end):
        return first
    # a short line that is a date with a few words after it (a weekday, a place, a time of day) is a dateline
    rest = content[first.end :]
    if _COUNTERS_AFTER.fullmatch(rest):
        return first  # `2024-05-12　　瀏覽 1,204`: the page's date beside its counters
    if (venue := r.venue.search(rest)) is not None:
        rest = rest[: venue.start()]  # a press conference's place under its label after the day and time
    if len(rest) <= r.max_tail and not r.lead_forbidden_tail.search(rest):
        return first
    return None


_BRACKETED_CLOSE = re.compile(r"[(（]([^()（）]{6,40})[)）][\s\u3000]*$")
"""A bracket closing a line (`Transcript of Media Briefing by the Official Spokesperson (July 04, 2025)`)."""


def _closing_day(content: str) -> FoundDate | None:
    """A full day alone in the bracket that closes a line after words (`Transcript of … (July 04, 2025)`,
    `外交部发言人记者会（2024年1月24日）`): the day a briefing, a statement or a release is dated, printed after its
    title as a dateline is printed under it. Only a whole day: a month or a year in brackets after words is a
    caption's or a note's, and a date with words beside it in the bracket is a citation."""
    bracket = _BRACKETED_CLOSE.search(content)
    if bracket is None or bracket.start() == 0:
        return None
    inner = bracket.group(1).strip()
    r = rules()
    # a press conference's heading names the weekday before its day and the half of the day after it
    # (`（令和4年11月30日午前）`, `(Wednesday, June 19, 2024, a.m.)`): the day is the briefing's all the same
    weekday = r.bracket_weekday.match(inner)
    inner = inner[weekday.end() :] if weekday is not None else inner
    dates = [f for f in find_dates(inner) if len(f.edtf) == 10]
    if len(dates) != 1 or dates[0].start > 0:
        return None
    rest = inner[dates[0].end :].strip()
    if rest and r.bracket_time.fullmatch(rest) is None:
        return None
    return dates[0]


_COUNTERS_AFTER = re.compile(
    r"(?:(?:[\s\u3000]{2,}|[ \t]*[·•|｜][ \t]*)"
    r"[^\d\s.:：,，。]{1,6}[ \t\u3000]?\d{1,6}(?:[.,]\d{1,3})?[KkMm万萬]?){1,3}"
)
"""Counters after a date, each parted by wide spaces, a dot or a bar (`　　瀏覽 1,204`, ` · 👁 320`): a page's stamp."""

_CELL_BEFORE = re.compile(r"[|｜][^|｜]*\w[^|｜]*[|｜][\s\u3000]*$")
"""A table's cell with words in it, closed right before a date: the row's act, told before its date cell."""

_DASH_CLOSES = re.compile(r"\w[\s\u3000]*[―—–:：-][\s\u3000]*$")
"""A dash or colon closing the words before a date: the item a chronology's list tells before its date."""

_RELEASE_NUMBER = re.compile(r"[\s\u3000]*第[\s\u3000]*\d{1,5}[\s\u3000]*[号號][\s\u3000]*")
"""A release's number alone before its date (`第 231 號　2024/07/09`): no journal's issue, which a name opens."""


def _numbered(lead: str, date: FoundDate) -> bool:
    """True when `lead` is only a release's number and the date after it names its day."""
    return _RELEASE_NUMBER.fullmatch(lead) is not None and len(date.edtf) == 10


def is_numbered_dateline(content: str) -> bool:
    """True for a release's number and its date alone on a line (`第 231 號　　2024/07/09`): a dateline, though
    it names a number as a journal's issue line does."""
    r = rules()
    return _RELEASE_NUMBER.match(content) is not None and _dateline(content, r) is not None


def _is_issue(content: str, r: _Rules) -> bool:
    """True for a line naming a volume, number or issue. A substring test first: most lines name none."""
    if r.issue_hint.search(content) is None:
        return False
    return any(any(s in content for s in requires) and p.search(content) for requires, p in r.issue)


def _issue(content: str, r: _Rules) -> FoundDate | None:
    if not _is_issue(content, r):
        return None
    if "。" in content:
        # span80: an issue line is a heading, never a sentence: `2011年7月8日：安理会通过第1996号决议，设立该特派团。`
        # names a resolution's number, and its date is an act's, not the page's (a page with no dateline)
        return None
    dates = find_dates(content)
    return max(dates, key=lambda f: len(f.edtf)) if dates else None


def edge_line_counts() -> tuple[int, int]:
    """How many front lines and last lines `document_date` reads."""
    r = rules()
    return r.front_lines, r.tail_lines


DateReadings = dict[tuple[bool, str], tuple[str, str] | None]
"""What `document_date` read of each line of one document, by (tail?, content): `structure` asks for the date of the
same edge lines up to four times (with and without the title's line, a stamp's), each line read once."""


def document_date(lines: list[str], tail: list[str], read: DateReadings | None = None) -> tuple[str, str] | None:
    """`(EDTF date, source)` of a document from its front lines and its last lines, or None.

    `lines` are the front matter's stripped lines in order (notes already left out), `tail` the last lines.
    The most trusted source wins; within one source, the first line that gives one. `read`, when given, keeps
    what each line gave (one document's lines: a line reads the same however often it is asked)."""
    r = rules()
    best: dict[str, str] = {}
    _read_edge(lines[: r.front_lines], False, r, read, best)
    _read_edge(tail[-r.tail_lines :], True, r, read, best)
    if len(tail) < r.tail_lines:  # a short text: its other last lines were read as front lines, where no
        # agreement's closing sentence is looked for; it is looked for among them here
        overlapped = [*lines[: r.front_lines], *tail][-r.tail_lines :]
        for content in overlapped[: len(overlapped) - len(tail)]:
            done = _done_day(content, r)
            if done is not None:
                best.setdefault("dateline", done)
    for source in SOURCES:
        if source in best:
            return best[source], source
    for source in LAST_RESORT:  # an event's date (`活動日期：`, `Event date:`) dates its notice only where nothing
        if source in best:  # else does, read as a dateline
            return best[source], "dateline"
    return None


LAST_RESORT = ("event",)
"""Label sources trusted last (document_date.json 'labels'): an event's date on a notice of it is the day of what
the notice announces, not the day it was published (`發布日期：` over `活動日期：`); where nothing else dates the
notice it does, read as a dateline (lay71)."""


def date_label_alone(content: str) -> str | None:
    """The label of a line that is a date's label and nothing else (`Published`, `PUBLISHED`, `発行日：`), as the
    label list spells it (a label in capitals in title case), or None: a page's box may print the label over its
    date, a line each."""
    line = content.strip()
    if not line or len(line) > _LABEL_ALONE or _DIGIT.search(line) is not None:
        return None
    for form in (line, line.capitalize()) if line.isupper() else (line,):
        if any((m := label.match(form)) is not None and m.end() == len(form) for _, label in rules().labels):
            return form
    return None


_LABEL_ALONE = 24  # a date's label is a word or a few


def _labels_joined(contents: list[str]) -> list[str]:
    """The lines with each date's label standing alone joined to the date on the line under it (`PUBLISHED`
    over `11 June 2024`: `Published 11 June 2024`), so the label says what the date is."""
    joined: list[str] = []
    skip = False
    for at, content in enumerate(contents):
        if skip:
            skip = False
            continue
        label = date_label_alone(content) if at + 1 < len(contents) else None
        following = contents[at + 1].strip() if label is not None else ""
        if label is not None and (found := find_dates(following)) and found[0].start == 0 and not found[0].year_only:
            joined.append(f"{label} {following}")
            skip = True
        else:
            joined.append(content)
    return joined


def _read_edge(contents: list[str], tail: bool, r: _Rules, read: DateReadings | None, best: dict[str, str]) -> None:
    """Add to `best` the first date each source gives among the front lines (`tail` False) or the last lines; each
    line is read once per document when `read` keeps the readings (a date's label alone over it joined to it)."""
    reader = _tail_date if tail else _front_date
    joined = _labels_joined(contents)
    rows = chronology_rows(joined)
    for at, content in enumerate(joined):
        if not content or _DIGIT.search(content) is None or r.ignore.match(content):
            continue  # every date the rules read has a digit
        if at in rows:
            continue  # `2022年1月6日 - 署名する。` among rows alike: a chronology's entry, no dateline of the page
        if at + 1 < len(joined) and heads_yearless_lines(content, joined[at + 1]):
            continue  # `平成18年（2006年）` over `4月20日　…`: a chronology's year, which dates its lines, not the text
        if read is None:
            found = reader(content, r)
        elif (tail, content) in read:
            found = read[tail, content]
        else:
            found = read[tail, content] = reader(content, r)
        if found is not None:
            best.setdefault(*found)


_ROW_AFTER_DATE = re.compile(
    r"(?:[ \t\u3000]*[–~～][ \t\u3000]*\d{1,2}[ \t\u3000]*日?)?[ \t\u3000]*(?P<sep>[-–—―－:：])[ \t\u3000]*\S"
)
"""After a chronology row's date: maybe the range's last day (`2024年7月8日～9日`), a dash or a colon, then the
entry's words."""

_ROW_DAY_RANGE = re.compile(r"\d{1,2}[ \t]*[–~～-][ \t]*")
"""A range's first day before the date that ends it (`8–9 July 2016 — …`)."""


def _row_separator(content: str) -> str | None:
    """The separator of a line that opens with a date, then a dash or a colon, then the entry's words
    (`2022年1月6日 - 両首相が署名する。`, `6 January 2022 – signed by …`), or None."""
    line = content.strip()
    found = find_dates(line) if line[:1].isdigit() or line[:1].isalpha() else []
    lead = _ROW_DAY_RANGE.match(line)
    if not found or (found[0].start != 0 and (lead is None or found[0].start != lead.end())):
        return None
    after = _ROW_AFTER_DATE.match(line, found[0].end)
    return None if after is None else after.group("sep")


def chronology_rows(contents: list[str]) -> set[int]:
    """The indexes of the lines that are a chronology's rows: a line opening with a date, a separator and some
    words, right over or under another line of that shape with the same kind of separator.
    One such line alone may be a dateline that the story runs on after (`2024年3月5日―東京で…`); a run of them
    is a timeline's (an encyclopedia's `年表`), and its dates are its events', not the page's (lay83)."""
    separators = [_row_separator(c) if _DIGIT.search(c) else None for c in contents]
    return {
        at
        for at, sep in enumerate(separators)
        if sep is not None
        and any(
            0 <= k < len(separators) and separators[k] is not None and _same_kind(separators[k], sep)
            for k in (at - 1, at + 1)
        )
    }


def _same_kind(one: str | None, other: str) -> bool:
    """Both dashes or both colons."""
    return one is not None and (one in ":：") == (other in ":：")


def _front_date(content: str, r: _Rules) -> tuple[str, str] | None:
    """(source, EDTF date) a front line gives: a labelled date, else a dateline, else a journal's issue."""
    labelled = _labelled(content, r)
    if labelled is not None and labelled[0] == "last-updated":
        opening = _opening_dateline(content, r)
        if opening is not None:
            return "dateline", opening.edtf
    if labelled is not None:
        return labelled[0], labelled[1].edtf
    dateline = _dateline(content, r)
    if dateline is not None:
        return ("last-updated" if _closed_by_update(content, dateline, r) else "dateline"), dateline.edtf
    issue = _issue(content, r)
    if issue is not None:
        return "issue", issue.edtf
    registered = _registered_day(content, r)
    return None if registered is None else ("dateline", registered)


def _registered_day(content: str, r: _Rules) -> str | None:
    """The day a treaty series' registration entry says the instrument was made (`Treaty on … (with annex). Done
    at Bangkok on 15 December 1995`; `document_date.json` 'registered_entry'), the page's date as the done clause
    under the text is (lay86): one full day."""
    return _full_day(content, r.registered_entry)


def document_modified(lines: list[str], tail: list[str]) -> tuple[str, str] | None:
    """`(EDTF date, how)` of the last update a document states of itself, or None: among its front lines and its
    last lines (the lines `document_date` reads), every date a last-updated label introduces, in any field of a
    line (`how` `label`: `Updated 8 March 2025 | Published 5 March 2025`, `最終更新日：…`), and every dateline a
    word of updating closes (`stamp`: `2024-11-08 16:45更新`); the latest of them (a live page prints several).
    The update never dates the document where a publication date does (`document_date`)."""
    r = rules()
    found: list[tuple[str, str]] = []
    for content in _labels_joined([*lines[: r.front_lines], *tail[-r.tail_lines :]]):
        if not content or r.update_hint.search(content) is None or _DIGIT.search(content) is None:
            continue
        if r.ignore.match(content):
            continue
        update = _update_in(content, r)
        if update is not None:
            found.append(update)
    return max(found, key=lambda f: f[0]) if found else None  # EDTF strings sort in time (`2024-03` < `2024-03-05`)


def _update_in(content: str, r: _Rules) -> tuple[str, str] | None:
    """(EDTF date, how) of the update one line states: a last-updated label in any of its fields, else a dateline
    that a word of updating closes (the line's first field, or the whole line)."""
    for field in (content, *(content[gap.end() :] for gap in _FIELD_GAP.finditer(content) if gap.end() < len(content))):
        for source, label in r.labels:
            match = label.match(field)
            dates = [f for f in find_dates(field[match.end() :]) if not f.year_only] if match else []
            if match and dates and _ZONE_ONLY.fullmatch(field[match.end() : match.end() + dates[0].start]):
                if source in _UPDATES:
                    return dates[0].edtf, "label"
                break  # the field's date is a publication's or a dateline's (as `_labelled` reads it)
    for part in {content, content[: gap.start()] if (gap := _FIELD_GAP.search(content)) else content}:
        dateline = _dateline(part, r)
        if dateline is not None and _closed_by_update(part, dateline, r):
            return dateline.edtf, "stamp"
    bracket = r.updated_bracket.search(content.translate(_FULL_WIDTH))
    if bracket is None or bracket.start() == 0:
        return None
    dateline = _dateline(content[: bracket.start()].rstrip(), r)
    if dateline is None:
        return None
    when, how = bracket.group("when"), "label" if bracket.group("word") else "stamp"
    full = [f for f in find_dates(when) if not f.year_only]
    if full:
        return full[0].edtf, how
    day = r.month_day.fullmatch(_TIME_AFTER.sub("", when.strip()))
    return None if day is None else _in_year_of(dateline.edtf, day, how)


MODIFIED_ONLY = ("last-edited",)
"""Label sources that give a document's `date_modified` only, never its date (a wiki's last edit)."""

_UPDATES = ("last-updated", *MODIFIED_ONLY)
"""Label sources of an update: `last-edited` (a wiki's last edit) gives `date_modified` only, never the date."""

_ZONE_ONLY = re.compile(r"[\s,]*(?:[+-]\d{1,2}[\s,]*)?")
"""What may stand between a last-updated label's time and its date: spaces, a comma, a zone's offset (`GMT+8, …`:
the label's time took `GMT`)."""

_TIME_AFTER = re.compile(r"(?:[\s\u3000]+|(?<=日))(?:\d{1,2}[:：]\d{2}|\d{1,2}\s*[時时]\s*\d{1,2}\s*分)$")
"""The time of day after an update's day (`2月12日 19:30`, `9/3 18:45`)."""


def _in_year_of(dated: str, day: re.Match[str], how: str) -> tuple[str, str] | None:
    """An update's yearless day (`2月12日`) in the year of the dateline it closes, or the next year's where the day
    comes before the dateline's in the calendar (a page updated on 2 January of a dateline of 31 December)."""
    if len(dated) != 10:
        return None
    month, date = int(day.group("m")), int(day.group("d1") or day.group("d2"))
    year = int(dated[:4]) + ((month, date) < (int(dated[5:7]), int(dated[8:10])))
    try:
        return datetime.date(year, month, date).isoformat(), how
    except ValueError:
        return None


def _opening_dateline(content: str, r: _Rules) -> FoundDate | None:
    """The dateline of a line's first field, when other fields follow it (`5 March 2025 | Updated 8 March 2025`):
    the page's date, printed before the update stamp beside it."""
    gap = _FIELD_GAP.search(content)
    return _dateline(content[: gap.start()], r) if gap is not None and gap.start() > 0 else None


def _closed_by_update(content: str, date: FoundDate, r: _Rules) -> bool:
    """True when a word of updating closes the line right after the date, or after its time of day
    (`2024-11-08 16:45更新`): the page's update stamp, shaped as a dateline but no publication date."""
    return r.updated_after.match(content.translate(_FULL_WIDTH), date.end) is not None


def other_document_kinds() -> frozenset[str]:
    """Span kinds whose lines name other documents with their own dates (a related-stories list): none of
    those dates is the document's."""
    return rules().other_documents


def _tail_date(content: str, r: _Rules) -> tuple[str, str] | None:
    """(source, EDTF date) a last line gives: a labelled date, or the day of an agreement's closing sentence."""
    labelled = _labelled(content, r)
    if labelled is not None:
        return labelled[0], labelled[1].edtf
    done = _done_day(content, r)
    return None if done is None else ("dateline", done)


def _done_day(content: str, r: _Rules) -> str | None:
    """The day an agreement's closing sentence says it was made (`…日に東京で、…作成した。`, `Done at … on …`;
    `document_date.json` `done_clause`): one full day, the whole of the clause's date group."""
    if not r.may_hold_date.search(content):
        return None  # most lines hold no year: no clause tried
    return _full_day(content, r.done_clause)


def _full_day(content: str, patterns: tuple[re.Pattern[str], ...]) -> str | None:
    """The day the first of `patterns` matching the whole line names in its `date` group, where that group is one
    full day and nothing else (a registration entry's and a closing clause's date are read alike)."""
    for pattern in patterns:
        match = pattern.fullmatch(content)
        if match is None:
            continue
        day = match.group("date").strip()
        found = find_dates(day)
        if len(found) == 1 and len(found[0].edtf) == 10 and (found[0].start, found[0].end) == (0, len(day)):
            return found[0].edtf
    return None


def max_dateline() -> int:
    """The longest line read as a dateline (`dateline.max_line` of the rules): a longer line is running text."""
    return rules().max_line


def is_dateline(content: str) -> bool:
    """True for a line giving the document's date by a label or as a dateline (`发布日期：…`, `June 3, 2024`,
    `2023-11-02 09:15　来源：…`): a line of its own in the front matter, never part of the title."""
    r = rules()
    if not content or _DIGIT.search(content) is None or r.ignore.match(content):
        return False
    return _labelled(content, r) is not None or _dateline(content, r) is not None


def has_labelled_date(content: str) -> bool:
    """True for a line stating the document's date under a label (`发布时间：…`, `Updated …`), in any of its
    fields: a dateline, even where it also names the journal issue a web page reprints."""
    r = rules()
    if not content or _DIGIT.search(content) is None or r.ignore.match(content):
        return False
    return _labelled(content, r) is not None


def is_issue_line(content: str) -> bool:
    """True for a journal line: one naming a volume, number or issue (`第14号`, `2022年第6期`, `Vol. 9`)."""
    return _is_issue(content, rules())


_YEAR_ALONE = re.compile(r"(?:1[89]|20)\d{2}(?: ?年)?")  # `2011`, `2018年`: the year a chronology's lines stand under


@cache
def _opens_with_day_or_month() -> re.Pattern[str]:
    months = _alternatives(list(rules().months))
    return re.compile(
        rf"[\s\-–—・*•]*(?:(?i:{months})\.?\s+\d{{1,2}}\b|\d{{1,2}}\.?\s+(?i:{months})\b|[0-9０-９]{{1,2}}\s*月"
        rf"|(?i:{months})\b)"
    )


@cache
def _era_year_alone() -> re.Pattern[str]:
    """An era's year alone, the Gregorian year glossing it in brackets or not (`平成18年（2006年）`, `令和元年`)."""
    eras = _alternatives(list(rules().eras))
    return re.compile(rf"(?:{eras})\s*(?:元|[0-9]{{1,2}})\s*年(?:\s*[（(]\s*(?:1[89]|20)[0-9]{{2}}\s*年?\s*[）)])?")


def heads_yearless_lines(content: str, following: str) -> bool:
    """A year alone on its line (`2011`, `2018年`, an era's year `平成18年（2006年）`) over a line that opens with a
    day or month and no year (`March 4 – …`, `  6 June: …`, `1月20日　…`): a chronology's year heading, which dates
    the lines under it — never a page number, though it is a bare number like one, nor a running header, though
    several such lines share one shape, nor the document's date line, though an era's year alone may be one."""
    content = content.strip()
    if _YEAR_ALONE.fullmatch(content) is None and _era_year_alone().fullmatch(content) is None:
        return False
    return _opens_with_day_or_month().match(following) is not None


@cache
def _chronology_entry() -> re.Pattern[str]:
    day_or_month = _opens_with_day_or_month().pattern + r"(?:,?\s*\d{4})?\s*(?:[–—:：]|-\s)"
    return re.compile(f"{day_or_month}|{_YEAR_FIRST_ENTRY}")


_YEAR_FIRST_ENTRY = r"[\s\-–—・*•]*(?:19|20)\d{2}\s*年\s*[01]?\d\s*月(?:\s*[0-3]?\d\s*日)?\s*[:：]"
"""A chronology's entry dated with its year first, then a colon (`2023年7月：…`, `2010年11月4日：…`): a CJK
chronology's line, which no sentence opens so (a sentence goes on after its date with a comma)."""


_ENTRY_FIRSTS: dict[str, bool] = {}  # a line's first character → whether a chronology entry may open with it


def opens_chronology_entry(content: str) -> bool:
    """A line that opens with a day or month and then a dash or colon (`November 14 – …`, `6 June: …`), or with
    a CJK date from its year and then a colon (`2023年7月：…`): an entry
    of a chronology, a block of its own after a line that closed its sentence, however wide that line was. Asked
    of most lines after a closed sentence: the expression (every month name of the data) is tried only on a line
    whose first character it may begin with, which no ideograph or kana is (`regex_firsts`)."""
    first = content[:1]
    may = _ENTRY_FIRSTS.get(first)
    if may is None:
        may = _ENTRY_FIRSTS[first] = not first or may_start_with(_chronology_entry().pattern, first)
    return may and _chronology_entry().match(content) is not None
