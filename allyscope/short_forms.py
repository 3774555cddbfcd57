"""A known person named again by one word of their name (issue 14, item 3; act60).

A text names a person in full once (`President Yoon Suk Yeol`, `Crown Prince Mohammed bin Salman`) and then by one
word of the name alone (`Yoon returned the visit …`), the family name as the name's language places it, first or
last. The gazetteer cannot hold such words as aliases: a family name alone names many people. Here it names the
person the text named in full with that word, under these conditions (nothing is guessed from the word alone):

- the word is the first or the last word of the person's English name as the data spells it, of three letters or
  more, capitalised, not one of `refer_back` 'not_names_en' or `as_written` 'not_name_words_en', and written nowhere
  in the text in lower case (`Long`, `Rose`: a common word);
- it stands as a word of its own that no mention covers, after no honorific of `refer_back` (`Mr. Singh` is read
  there, honorific and name together), and no capitalised word follows it (`Kim` in `Kim Yo Jong`
  is part of a longer name the data does not know);
- a full mention of the person with that word ends before it, within `refer_back` 'reach' characters.

Which person, when several named in full share the word (`Salman` after `Mohammed bin Salman` and `Khalid bin
Salman`): the most recent full mention before it wins (recency). Tie rule: when the nearest full mentions of two
different people with that word stand in one sentence (nothing but the order tells them apart), the word names
nobody. The mention's basis is `short-form`; the pronouns and titles read after it (`He landed …`) take it as the
person it names, as they take a full mention."""

from __future__ import annotations

import operator
import re
from functools import cache
from itertools import compress
from typing import Any

from allyscope.entities import EntityMention, Gazetteer, load_discourse
from allyscope.named_again import not_name_words
from allyscope.span_cover import SPAN, SpanCover

_IDS = operator.itemgetter(3)  # of an `EntityMention`

_KEY = re.compile(r"[A-ZÀ-ÝĀ-Ž][a-zà-ÿā-ž'’-]{2,}")
_NEXT_CAPITALISED = re.compile(r"[ \-‐]+[A-ZÀ-ÝĀ-Ž]")
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z\d])|\n|[。！？]")
BASIS = "short-form"


@cache
def _honorifics() -> tuple[str, ...]:
    """`refer_back` 'honorific_en' (`Mr.`, `Ms.`), each with the space after it: a word after one is read by
    `person_references` with its honorific, as one mention."""
    return tuple(f"{h} " for h in load_discourse().get("refer_back", {}).get("honorific_en", []))


@cache
def _reach() -> int:
    return int(load_discourse().get("refer_back", {}).get("reach", 1500))


def _keys(name: str) -> tuple[str, ...]:
    """The words of a person's English name a text may name them by alone: its first and last word."""
    words = name.split()
    if len(words) < 2:
        return ()
    return tuple(w for w in {words[0], words[-1]} if _KEY.fullmatch(w))


def _person_keys(ids: tuple[str, ...], g: Gazetteer) -> tuple[str, ...]:
    """`_keys` of the one person the data knows that `ids` names (not a person named as written); () for any
    other ids."""
    if len(ids) != 1:
        return ()
    entity: dict[str, Any] = g.entities.get(ids[0], {})
    if entity.get("type") != "person" or entity.get("as_written"):
        return ()
    return _keys(str(entity.get("name", "")))


def short_forms(text: str, mentions: list[EntityMention], g: Gazetteer) -> list[EntityMention]:
    """`mentions` with each one-word short form of a person named in full before it added (basis `short-form`)."""
    full: dict[str, list[tuple[int, str]]] = {}  # key -> [(end of the full mention, person id)] in order
    # the short-form keys of each distinct ids naming one person the data knows, asked once per document (a
    # document names a few dozen entities in hundreds of mentions): only those people's mentions are walked
    ids_of = list(map(_IDS, mentions))
    keys_of = {ids: keys for ids in set(ids_of) if (keys := _person_keys(ids, g))}
    if not keys_of:
        return mentions
    for m in compress(mentions, map(keys_of.__contains__, ids_of)):
        if m.basis not in ("", "alias") or not m.alias[:1].isascii():
            continue
        for key in keys_of[m.ids]:
            if key in m.alias:
                full.setdefault(key, []).append((m.end, m.ids[0]))
    if not full:
        return mentions
    not_names = not_name_words()
    reach = _reach()
    taken = SpanCover(map(SPAN, mentions))
    added: list[EntityMention] = []
    for key, seen in full.items():
        if key.casefold() in not_names or re.search(rf"(?<![\w-]){re.escape(key.lower())}(?![\w-])", text):
            continue
        for found in re.finditer(rf"(?<![\w'’-]){re.escape(key)}(?![\w'’-])", text):
            start, end = found.span()
            if taken.overlaps(start, end) or _NEXT_CAPITALISED.match(text, end):
                continue
            if text[max(0, start - 5) : start].endswith(_honorifics()):
                continue  # `Mr. Singh`: the honorific and the name are one reference (`person_references`)
            person = _nearest(text, seen, start, reach)
            if person:
                added.append(EntityMention(start, end, key, (person,), BASIS))
                taken.add(start, end)
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end))


def _nearest(text: str, seen: list[tuple[int, str]], at: int, reach: int) -> str:
    """The person of the most recent full mention ending before `at` within `reach`; "" when there is none, or when
    the nearest full mention of another person with the same word stands in the same sentence (the tie rule)."""
    before = [(end, person) for end, person in seen if end <= at and at - end <= reach]
    if not before:
        return ""
    end, person = max(before)
    rivals = [e for e, p in before if p != person]
    if rivals:
        rival = max(rivals)
        if not _SENTENCE_END.search(text, rival, end):
            return ""
    return person
