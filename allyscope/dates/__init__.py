"""Dates in Chinese, Japanese and English prose, normalized to EDTF, anchored the way a careful reader anchors them.

What is read: absolute dates in Arabic or Chinese numerals (`2023 年 7 月`, `二〇二三年七月十二日`, `July 12, 2023`,
`12 Jul. 2023`), era years (`令和5年7月`, `民國112年`), ranges of days as intervals (`11日至12日`, `7月11、12日`,
`12–13 July`, `between June 3 and 5`; days apart joined by words of a list, `on 3 and 5 June`, `6月3日と5日`,
`3、5、7日`, `3, 5 and 7 June`, are each a date, and what follows counts from the last), dates without a year
(`8 月`, `12日`, `On June 24`, `Monday (15 April)`, `Oct. 17`), years counted from another date (`同年 10 月`,
`翌年`, `the following year`) or from the document's own date (`今年`, `昨年`,
`last year`), open starts (`2019 年 3 月起`, `since 2014`), ranges of years, decades and centuries as EDTF (`199X`,
`20XX`), seasons (EDTF `2023-22`), parts of a year (`mid-2023`, `2023年底`: the year, with its qualifier),
approximate dates (`2010年左右` → `2010~`) and fiscal years. Two dates written as the ends of one span are one
range (`3月28日至4月2日`, `from April 22 to May 10`, `from 8 to 11 March 2023`, `1月至6月`, `between January and June
2024`, whose opening takes the year the closing states); a day or month told again in brackets is one date
(`本日（22日）`, `今（20）日`, `上（8）月30日`); a year named after a date without one (`on Feb. 16 that year`,
`that September`) counts from the date before.

How a year is reached is recorded as the mention's `basis`, by this stated rule:

- `explicit` — the words give the Gregorian year;
- `era` — an era name and its year give it;
- `relative` — a word counts years from the date before it (`同年`, `翌年`, `the following year`);
- `previous-date` — a date without a year takes the year (and, for a bare day, the month) of the latest date
  before it in its paragraph that names a month — or, when the document states no date of its own, of the
  latest date before it; a range is a span, not a point, and anchors nothing; after `since then`/`此后` the story
  runs on to the present, so the date before it no longer anchors (the document's date does);
- `document-date` — otherwise it takes them from the document's own date (its dateline or issue line; when the
  layout found none, the first date line of the text), choosing the year that puts it nearest to that date
  (`12月` in a text of January 2024 is December 2023: the past, unless the month is at most two months ahead);
  `今年`, `昨年`, `today`, a weekday always count from the document's date.

A date that no rule can anchor is left out. Some dates never date an event, and say why in `role`: `document`
(a year that names a document: `2022 年版`, a year inside `《…》`), `citation` (the date of a source in brackets:
`（新华社，2023年7月12日）`), `dateline` (`新华社东京7月12日电`), `period` (ranges of years, centuries, a decade
with `early`/`late`, a season or part of a year opening a span: `since the autumn of 2023`, `2021年底以來`) and
`period-end` (`令和8年まで`, `until 2026`, `by the end of 2026`, `截至2030年`, `2027年前` but not `2019年前往`;
a bare `至`/`到` also opens a clause, `至 2022 年 1 月，…`, and is no end). Impossible dates
(`2023年13月45日`, `令和99年`, a year outside `plausible_years`) are not dates: `read_dates` reports each as a
warning instead. The vocabulary lives in `data/date_rules.json`; what is here is how it is used.

The package's modules, each a part a reader can take in at one sitting: `values` (the types, the vocabulary,
numerals and the checks of impossible dates), `expression` (the date expression built from the vocabulary), `scan`
(its matches found fast), `roles` (why a date dates no event), `anchoring` (where a yearless date takes its year
from), `terms` (a term's start told in an aside), `reading` (`read_dates`, the loop over a text's matches), `joins`
(the passes over neighbouring dates), `named_act` (counts from an act the text names, in every language: one pass
over the whole text) and `stage` (`mark_dates` on a Document, with its date lines). This module names what callers
import.
"""

from allyscope.dates.expression import (
    _BRANCHES,
    _patterns,
    whole_expression,
)
from allyscope.dates.reading import (
    find_dates,
    read_dates,
)
from allyscope.dates.roles import (
    _in_document_title,
    _may_end_a_period_word,
    _opens_its_line,
    _role_patterns,
)
from allyscope.dates.scan import (
    _dispatch,
    _latin_screen,
    _note_digits,
    _scan,
    _starting_with,
)
from allyscope.dates.stage import (
    _ALONE_AROUND,
    _PLACE_AFTER,
    _SENTENCE_SIGNS,
    _on_a_date_line,
    anchor_of,
    document_date,
    lead_date,
    mark_dates,
)
from allyscope.dates.values import (
    BASES,
    NOT_EVENT_ROLES,
    Anchor,
    DateMention,
    DateReading,
    number,
    rules,
)

__all__ = [
    "BASES",
    "NOT_EVENT_ROLES",
    "Anchor",
    "DateMention",
    "DateReading",
    "anchor_of",
    "document_date",
    "find_dates",
    "lead_date",
    "mark_dates",
    "number",
    "read_dates",
    "rules",
    "whole_expression",
]
# internals that tests and the warm-up of `ingest` read by these names
__all__ += [
    "_ALONE_AROUND",
    "_BRANCHES",
    "_PLACE_AFTER",
    "_SENTENCE_SIGNS",
    "_dispatch",
    "_in_document_title",
    "_latin_screen",
    "_may_end_a_period_word",
    "_note_digits",
    "_on_a_date_line",
    "_opens_its_line",
    "_patterns",
    "_role_patterns",
    "_scan",
    "_starting_with",
]
