"""A day word that names an act as the topic of its sentence (`本日の署名は、…ものです`, `今天宣布的新定位将为…`,
`Elders said today's farewell in Siumu was …`): the act is one the text has told already, talked about, not told
again (issue 14, date88). The word's date gets the role `told-again` and dates no event; a day word that sets the
scene of an act (`本日の会談で…一致しました`, `今天…会谈时…签署`, `at today's meeting they signed`) keeps its date.

The shapes are data (`date_rules.json`, `today_topic`): after the day word, a noun phrase closed by the topic's
particle or the possessive's noun and then a copula or a verb of judging (`…は、`, `的…将为`, `'s … was`), with no
clause's end between.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from allyscope.dates.values import DateMention, rules


@cache
def _shapes() -> tuple[frozenset[str], tuple[re.Pattern[str], ...]]:
    data = rules()["today_topic"]
    return frozenset(w.lower() for w in data["words"]), tuple(re.compile(p) for p in data["after"])


def today_topics(text: str, found: list[DateMention]) -> list[DateMention]:
    """`found` with each day word that names its sentence's topic (module docstring) given the role `told-again`."""
    words, after = _shapes()
    out = list(found)
    for i, mention in enumerate(out):
        if mention.role or mention.text.lower() not in words:
            continue
        if any(p.match(text, mention.end) for p in after):
            out[i] = replace(mention, role="told-again")
    return out
