"""The main act of a Japanese sentence after a dated clause that modifies a noun (issue 14, date87).

`両首脳は2008年に発表した…共同宣言を改め、新たな共同宣言に署名した`: the date is the declaration's of 2008 (the clause
dates its own act, as the corpus README reads `2011年10月に署名された覚書…に基づき`), while the signing the sentence
tells is not of 2008. Japanese puts a date before what happened on it, so without this the main act, the last piece
of the date's clause, took the clause's date. The main act begins after the object particle that closes the noun's
phrase (`…共同宣言を`); it takes the date told before the clause in its sentence (`10月22日、両首脳は2007年に署名された
…を改める新たな…に署名した`), or, with none, the occasion the sentence before dated when the sentence opens with a
second act's subject (`両首脳は`), as it would with no date at all. Returned as a date mention placed on the
particle, so the sentence's clauses cut there: the clause's act keeps its date, the main act takes the other. The
words are data (`date_rules.json` `background_days.main_act_after_ja`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from allyscope.dates import DateMention
from allyscope.dates.values import _alternatives, rules
from allyscope.event_clauses import second_act_subject
from allyscope.events_domain import first_act


@cache
def _phrase() -> re.Pattern[str]:
    r = rules()["background_days"]
    endings = _alternatives(r["attributive_endings_ja"])
    objects = _alternatives(r["main_act_after_ja"]["objects"])
    most = int(r["main_act_after_ja"]["max_phrase"])
    # the clause's verb in its attributive form right before a noun, then the noun's phrase up to its object particle
    return re.compile(
        rf"[^、。，,]{{0,24}}?(?:{endings})(?=[一-鿿ァ-ヿ「『《])[^、。，,でがはもと]{{1,{most}}}?(?:{objects})"
    )


_ITEM_NUMBER = re.compile(r"[ \t]*[0-9０-９]{1,2}(?:[．.、)）][ \t　]*|[ \t]*　[ \t　]*)")


def _occasion(folded_sentence: str, s_start: int, dated_before: tuple[int, DateMention] | None) -> DateMention | None:
    """The occasion the sentence before dated, when this sentence goes on to a second act of it."""
    if dated_before is None or dated_before[0] != s_start:
        return None
    number = _ITEM_NUMBER.match(folded_sentence)
    opening = folded_sentence[number.end() if number else 0 :]
    return dated_before[1] if second_act_subject(opening) is not None else None


def main_act_date(
    sentence: str,
    folded_sentence: str,
    mentions: list[DateMention],
    s_start: int,
    dated_before: tuple[int, DateMention] | None,
) -> tuple[tuple[int, int | None], DateMention] | None:
    """The index of the first date of the sentence told in a clause that modifies a noun before a main act (with
    the index of the date before it when that date's own clause tells no act, and so dates the main act alone),
    and the main act's date placed on the object particle that closes the noun's phrase; None when there is none.
    `dated_before` is where the last dated sentence ended and its date: the occasion, when it ended right where
    this sentence starts and this one opens with a second act's subject (`両首脳は`, after an item's number)."""
    for k, mention in enumerate(mentions):
        found = _phrase().match(sentence, mention.end - s_start)
        if found is None:
            continue
        at = found.end() - 1
        if k + 1 < len(mentions) and mentions[k + 1].start - s_start < at:
            continue  # the phrase runs over the next date: no one noun's phrase
        if first_act(folded_sentence, at + 1, len(sentence)) is None:
            return None  # `…に署名された協定を基礎として、…を確認した`: no act after the phrase
        before = mentions[k - 1] if k else _occasion(folded_sentence, s_start, dated_before)
        if before is None or before.edtf == mention.edtf:
            return None
        start = s_start + at
        # the date before, when its own clause tells no act (`両首脳は、3月4日、2018年に…`), dates the main act
        # alone: its clause's event would be the main act's again
        lead = mentions[k - 2].end - s_start if k > 1 else 0
        alone = bool(k) and first_act(folded_sentence, lead, mention.start - s_start) is None
        return (k, k - 1) if alone else (k, None), replace(
            before, start=start, end=start + 1, text=sentence[at : at + 1], basis="after-act"
        )
    return None
