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
person it names, as they take a full mention.

Chinese and Japanese do the same with the family part of a name the data
writes with a middle dot (`鮑里斯·強森`, `ボリス・ジョンソン`): the press
introduces the holder by that part glued to a title (`強森首相`, `ジョンソン首相`,
which the gazetteer reads as the person) and then writes the part bare
(`強森訪問印度`, act75). The gazetteer cannot hold a two-ideograph part as an alias (a word of two ideographs is
as often a common word); here it names the person the text introduced with it, where it stands as a name
(`adhoc_people.stands_as_name`: a name may begin and end there, so it is no piece of a longer word or dotted
name), or, in katakana, as a whole run (not part of a longer one), under the same reach, recency and tie rules.
The given name that opens a dotted name is read the same way (`谢尔达尔·别尔德穆哈梅多夫` … `谢尔达尔在北京…`, act78):
many names of the field hold no family name, or their bearers are called by the given one; a part followed by a
middle dot opens a longer dotted name and is never read."""

from __future__ import annotations

import operator
import re
from functools import cache
from itertools import compress
from typing import Any

from allyscope.adhoc_people import stands_as_name
from allyscope.entities import EntityMention, Gazetteer, load_discourse
from allyscope.name_parts import standing_elements
from allyscope.named_again import not_name_words
from allyscope.span_cover import SPAN, SpanCover

_IDS = operator.itemgetter(3)  # of an `EntityMention`

_KEY = re.compile(r"[A-ZÀ-ÝĀ-Ž][a-zà-ÿā-ž'’-]{2,}")
_NEXT_CAPITALISED = re.compile(r"[ \-‐]+[A-ZÀ-ÝĀ-Ž]")
_DOTTED = re.compile(r"[・·‧]")
_IDEOGRAPHS = re.compile(r"[\u3400-\u9fff]{2,}")
_KATAKANA = re.compile(r"[\u30a1-\u30fa\u30fc]{2,}")
_KATAKANA_CHAR = re.compile(r"[\u30a0-\u30ff]")
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


def _keys(name: str, entity: dict[str, Any] | None = None) -> tuple[str, ...]:
    """The words of a person's English name a text may name them by alone: its first and last word, those of
    them the person's `no_family_name` field lets stand (`name_parts`)."""
    return tuple(w for w in standing_elements(entity or {}, name.split()) if _KEY.fullmatch(w))


def _cjk_keys(entity: dict[str, Any]) -> tuple[str, ...]:
    """The first and last parts of a person's CJK names written with a middle dot: the family part (`強森` of
    `鮑里斯·強森`, `ジョンソン` of `ボリス・ジョンソン`) and the given name that opens it, by which the press names
    those whose names hold no family name or who are called by the given one (`谢尔达尔` of `谢尔达尔·别尔德穆哈梅多夫`,
    `费萨尔` of `费萨尔·本·法尔汉`, `ハッサン` of `ハッサン・シェイク・モハムード`; act78): each two ideographs or more,
    or a katakana run of two or more."""
    keys: list[str] = []
    for language, names in entity.get("aliases", {}).items():
        if language == "en":
            continue
        for alias in names:
            if _DOTTED.search(alias):
                parts = standing_elements(entity, _DOTTED.split(alias))[::-1]  # the family part first
                keys += [p for p in parts if _IDEOGRAPHS.fullmatch(p) or _KATAKANA.fullmatch(p)]
    return tuple(dict.fromkeys(keys))


def _person_keys(ids: tuple[str, ...], g: Gazetteer) -> tuple[str, ...]:
    """`_keys` and `_cjk_keys` of the one person the data knows that `ids` names (not a person named as written);
    () for any other ids."""
    if len(ids) != 1:
        return ()
    entity: dict[str, Any] = g.entities.get(ids[0], {})
    if entity.get("type") != "person" or entity.get("as_written"):
        return ()
    return (*_keys(str(entity.get("name", "")), entity), *_cjk_keys(entity))


def _stands_alone(text: str, key: str, start: int, end: int) -> bool:
    """Does the CJK `key` found at `start` stand as a name: ideographs whose bounds hold as a name's, katakana not
    part of a longer katakana run."""
    if key[0].isascii():
        return True
    if _KATAKANA.fullmatch(key):
        glued_before = start > 0 and _KATAKANA_CHAR.match(text[start - 1])
        glued_after = end < len(text) and _KATAKANA_CHAR.match(text[end])
        return not (glued_before or glued_after)
    return stands_as_name(text, start, end)


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
        if m.basis not in ("", "alias"):
            continue
        for key in keys_of[m.ids]:
            if key in m.alias and key[0].isascii() == m.alias[:1].isascii():
                full.setdefault(key, []).append((m.end, m.ids[0]))
    if not full:
        return mentions
    not_names = not_name_words()
    reach = _reach()
    taken = SpanCover(map(SPAN, mentions))
    added: list[EntityMention] = []
    for key, seen in full.items():
        latin = key[0].isascii()
        if latin and (
            key.casefold() in not_names or re.search(rf"(?<![\w-]){re.escape(key.lower())}(?![\w-])", text)
        ):
            continue
        pattern = rf"(?<![\w'’-]){re.escape(key)}(?![\w'’-])" if latin else re.escape(key)
        for found in re.finditer(pattern, text):
            start, end = found.span()
            if taken.overlaps(start, end) or _NEXT_CAPITALISED.match(text, end) or _DOTTED.match(text, end):
                continue  # a dot after the part: it opens a longer dotted name (`谢赫·穆吉布`), not this person
            if not _stands_alone(text, key, start, end):
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
