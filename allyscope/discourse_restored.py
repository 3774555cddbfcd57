"""The two states of a collective that restores relations after a break with a third (issue 14; act82, pair81's
parked item 2).

`两国` is read by the states named around it (`discourse._Discourse.parties`): its own sentence before it, then the
sentence before. After a break, those are the wrong pair: `基里巴斯政府宣布与台湾当局"断交"；…两国代表在纽约签署
联合公报，恢复大使级外交关系` — the states named near the collective are the state that broke and the one it broke with,
while the two that restore relations are the state that broke and the page's other state (the document's own pair,
`own_pair`). So where the collective's sentence restores relations (discourse.json `restored_pair` 'restoring') and
the text from the sentence before up to the collective tells a break ('breaking'), the collective is the document's
own pair, when that pair is two states and the break names a third. Words as data; a restoring act without a break
before it (`两国恢复外交关系` after a visit) and a break with no restoring act after it are read as before."""

from __future__ import annotations

import re
from functools import cache

from allyscope.entities import load_discourse


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """discourse.json `restored_pair`: a word or a verb and its object (within `gap` characters) that restores
    relations, and one that breaks them, each compiled into one pattern."""
    data = load_discourse().get("restored_pair")
    if not data:
        return None
    gap = int(data["gap"])

    def compile_(key: str) -> re.Pattern[str]:
        forms = [re.escape(w) for w in data[key]["words"]]
        forms += [f"{re.escape(a)}.{{0,{gap}}}?{re.escape(b)}" for a, b in data[key]["spans"]]
        return re.compile("|".join(forms))

    return compile_("restoring"), compile_("breaking")


def restores_after_break(text: str, before: int, at: int, sentence: tuple[int, int]) -> bool:
    """Does `sentence` (start, end), holding a collective at `at`, restore relations, where `text[before:at]`
    (from the sentence before to the collective) tells a break? The restoring act is sought in the whole sentence
    (`恢复两国外交关系`, `两国…签署联合公报，恢复…`)."""
    patterns = _patterns()
    if patterns is None:
        return False
    restoring, breaking = patterns
    start, end = sentence
    if restoring.search(text[start:end]) is None:  # before the collective too: `恢复两国外交关系`
        return False
    return breaking.search(text[before:at]) is not None
