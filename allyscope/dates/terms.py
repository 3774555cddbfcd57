"""The start of a term told in an aside about the story's actor: `Al-Yahya, who took office in January, …`,
`Petro, sworn in on August 7, …`, `since Sugiono took office in October`. The date has no year of its own, and the
date told last is no guide to it: the aside steps out of the story (often out of an earlier year's background, as
in `broke off relations in February 2019 … Petro, sworn in on August 7, had promised …`) to say since when the
actor has held the office they hold at the document's date. So its year is the one that puts it last on or before
the document's date, as a month after `since` is (`reading._since_month`). A term's start told as the story's own
act (`On 26 December Abe took office`) is no aside and keeps the date told last. The words are data
(`date_rules.json`, `term_start_asides_en`)."""

from __future__ import annotations

import re
from functools import cache

from allyscope.dates.values import Anchor, rules


@cache
def _aside() -> re.Pattern[str]:
    r = rules()["term_start_asides_en"]
    verbs = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in sorted(r["verbs"], key=len, reverse=True))
    preps = "|".join(re.escape(p) for p in r["prepositions"])
    opens = "|".join(re.escape(o) for o in r["relatives"])
    # `, who took office in`, `, sworn in on`, `since Sugiono took office in` (one or two names between)
    return re.compile(
        rf"(?:(?:,|\b(?:{opens}))\s+(?:(?:had|has|was|had\s+been)\s+)?|\bsince\s+(?:[A-Z][\w.’'-]*\s+){{1,2}})"
        rf"(?:{verbs})\s+(?:{preps})\s+$"
    )


def term_start(text: str, start: int, edtf: str, basis: str, document: Anchor | None) -> str | None:
    """The EDTF of a yearless month or day at `start` told in an aside of a term's start (module docstring): the
    latest such on or before the document's date; None when it is no such aside, has its own year, or the document
    has no date with a month."""
    if basis not in ("previous-date", "document-date") or document is None or document.month is None:
        return None
    if "/" in edtf or _aside().search(text, max(0, start - 60), start) is None:
        return None
    parts = edtf.split("-")
    if len(parts) < 2 or not all(p.isdigit() for p in parts):
        return None
    month, day = int(parts[1]), int(parts[2]) if len(parts) > 2 else None
    later = (month, day or 1) > (document.month, document.day or 31)
    year = document.year - 1 if later else document.year
    return f"{year:04d}-" + "-".join(parts[1:])
