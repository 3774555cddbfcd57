"""The setting clause of a collective's sentence: a clause that only sets the scene for the act (issue 14; act85).

`两国`, `the two countries` are read first by the states their own sentence names before them
(`discourse._Discourse.parties`). A clause that opens the sentence with what happened before or around the act — a
third state's act after which the pair acted (`2022年2月俄羅斯全面入侵烏克蘭後，英國…兩國並於同年舉行…`), a
mediator under whom it acted (`在卡塔尔斡旋下，索方宣布恢复两国外交关系`), `After Russia invaded Ukraine, the two
countries …` — names states that are the setting, not the pair. Its states are read as a capital named as the place
is (`_steps`' `places`): after the document's own parties that the discourse names again, when those are enough;
otherwise as before. A clause is a setting when it ends, right before a clause break, with one of `ends` (`…後，`,
`…以后，`), or runs from one of `spans`' openings to its closing (`在…斡旋下，`), or (English) the sentence opens with
one of `opens_en` and the clause runs to the first comma. Words as data (`discourse.json` `setting_clause`)."""

from __future__ import annotations

import re
from functools import cache

from allyscope.entities import load_discourse


@cache
def _data() -> tuple[str, tuple[str, ...], tuple[tuple[str, str], ...], re.Pattern[str] | None] | None:
    data = load_discourse().get("setting_clause")
    if not data:
        return None
    opens = data.get("opens_en", [])
    either = "|".join(map(re.escape, opens))
    english = re.compile(rf"\s*(?:{either})\b[^,;]*,") if opens else None
    spans = tuple((str(a), str(b)) for a, b in data.get("spans", []))
    return str(data["breaks"]), tuple(data.get("ends", [])), spans, english


def setting_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The (start, end) of each setting clause of the sentence `text[start:end]`, in order."""
    data = _data()
    if data is None:
        return []
    breaks, ends, spans, english = data
    found: list[tuple[int, int]] = []
    if english is not None and (m := english.match(text, start, end)) is not None:
        found.append((m.start(), m.end()))
    clause = start
    for at in range(start, end):
        if text[at] not in breaks:
            continue
        words = text[clause:at].strip()
        if words.endswith(ends) or any(words.startswith(a) and words.endswith(b) for a, b in spans):
            found.append((clause, at))
        clause = at + 1
    return found


def clause_start(text: str, start: int, at: int) -> int:
    """Where the clause holding `at` begins: right after the last clause break (`breaks`) before it in the
    sentence that begins at `start`."""
    data = _data()
    breaks = data[0] if data is not None else "，,；;"
    return max([start] + [k + 1 for k in range(start, at) if text[k] in breaks])
