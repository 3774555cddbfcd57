"""The page's date on its title line, when the layout found no date of the document (issue 14, date86).

A press conference's or a brief's title often ends with the day or month it was given (`Minister for Foreign
Affairs: press conference, Canberra, 8 March 2024 (excerpt)`, `Press briefing, Thursday 6 May 2021 (extract)`, `… |
Brief 2024/07 | March 2024`,
`外務報道官会見記録（令和6年1月17日（水曜日）15時00分 於：本省会見室）`).
The layout takes such a line as the title, outside the regions whose dates the stage reads, so its date was lost and
`yesterday`, `Last June` or `昨日` counted from nothing or from an older date. The date that closes the title, set off
from its words by a separator (a comma, a bar, a dash, a colon, an opening bracket; a weekday may stand between) and
with at most a weekday, a time, a place or a note in brackets after it (`title_dates` of `date_rules.json`), is the
page's date; a date inside the title's words (`The treaty signed on 8 September 1951`,
`2023年9月10日のG20首脳会議`) or a
period (`2010—2024`) gives none.
"""

from __future__ import annotations

import re
from functools import cache

from allyscope.dates.reading import read_dates
from allyscope.dates.values import Anchor, rules


@cache
def _brackets() -> re.Pattern[str]:
    data = rules()["title_dates"]
    opening, closing = re.escape(data["opening_brackets"]), re.escape(data["closing_brackets"])
    return re.compile(rf"[{opening}][^{opening}{closing}]*[{closing}]")


def title_date(title: str) -> Anchor | None:
    """The day or month that closes `title` (see the module), or None."""
    if not title.strip():
        return None
    data = rules()["title_dates"]
    told = [
        m
        for m in read_dates(title).mentions
        if not m.document and m.basis in data["bases"] and m.precision in data["precisions"] and "/" not in m.edtf
    ]
    if not told:
        return None
    last = told[-1]
    before = title[: last.start].rstrip()
    words = before.split()
    if words and words[-1].strip(",").lower() in data["weekdays"]:
        before = before[: before.rstrip().rfind(words[-1])].rstrip()  # `Press briefing, Thursday 6 May 2021`
    if before and before[-1] not in data["separators"]:
        return None  # `… signed on 8 September 1951`, `2023年9月10日のG20…`: a date inside the title's words
    after = _brackets().sub("", title[last.end :])
    after = re.sub(rf"[{re.escape(data['opening_brackets'] + data['closing_brackets'])}\s]", "", after)
    if len(after) > int(data["max_after"]) or (not before and after):
        return None  # (a date opening the title dates it only alone on it: `2023年9月10日のG20首脳会議` names an act)
    parts = [int(p) for p in last.edtf.split("-")]
    return Anchor(parts[0], parts[1] if len(parts) > 1 else None, parts[2] if len(parts) > 2 else None)
