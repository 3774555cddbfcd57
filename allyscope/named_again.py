"""A person introduced once with a state and a title, named again by name alone (issue 14, item 3; ppl48).

News introduces a minister the data cannot know with state and title in one sentence (`マーシャル諸島のモレノ外相は…`,
`印度尼西亚外长林德奎斯特…`, `<state>'s foreign minister, Ana Okafor, …`, `<demonym> Foreign Minister Okafor`)
and names them again by family name alone in the next (`モレノは…`, `林德奎斯特向…`, `Okafor and Chile began…`). The
later name stands for the same side: it is read as a mention of the person and of the title's state or office (the
ids the full mention was resolved to). `person_references.refer_back` reads a family name only under an honorific
(`Mr. Duda`, `ドゥダ氏`); this reads it bare, under stricter conditions, since nothing but the name marks it:

- the name was written beside a title that the text resolved to a state or office (after it, `Foreign Minister
  Okafor`, `foreign minister, Ana Okafor,`; before the state's word and the title, two or three capitalised words
  and a comma, `Ana Okafor, <state>'s foreign minister`)
  (`person_references._full_mentions`,
  the same full mentions `refer_back` uses), or is a person named as written (`adhoc_people`); a person the data knows
  is matched by the gazetteer's own aliases, so is not read here; a person named as written whom no state's title
  introduced (a rank alone, `Admiral Ana Okafor, the chief of …`) is named again too, alone (act63);
- a name two introductions give to different states names neither (a family name shared by two people);
- Latin: a capitalised word of three letters or more, not one of `refer_back` 'not_names_en' nor `as_written`
  'not_name_words_en', written nowhere in the text in lower case (`Rose`, `Long`: a common word), read as a word of
  its own; katakana: a whole katakana run (not part of a longer one) of two characters or more;
- ideographs without a dot, in Chinese only (a text with no hiragana: Japanese writes a foreign name in katakana
  and its own names before a title, `岸田総理`, so what follows a title there is a word, `官房長官記者会見`;
  `外长林德奎斯特自去年…`): where the name ends is unknown at the introduction, so the name is
  the longest run of two to six characters after the title, before any of 'name_stops_cjk', that the text writes
  again later opening a clause (after `。，；、` or a line break); the later mention must open a clause too (a
  common word after a title, `外长会见`, is not the opener of a later clause);
- a name read without a dot beside a title (`adhoc_people.undotted_names`, three characters or more) is named again
  whole, with the state of that title, and a place the gazetteer read inside such a later name gives way to it
  (cjkp65: `<Name>总理 …。<Name>在…`)."""

from __future__ import annotations

import itertools
import operator
import re
from functools import cache
from typing import Any

from allyscope.adhoc_people import AS_WRITTEN, stands_as_name
from allyscope.entities import TITLE, EntityMention, Gazetteer, load_discourse
from allyscope.span_cover import SPAN, SpanCover
from allyscope.text_screens import holds_hiragana

_IDS = operator.itemgetter(3)  # of an `EntityMention`

_LATIN_KEY = re.compile(r"[A-ZÀ-ÝĀ-Ž][a-zà-ÿā-ž'’-]{2,}")
_KATAKANA = re.compile(r"[\u30a1-\u30fa\u30fc]{2,}")
_KATAKANA_CHAR = re.compile(r"[\u30a0-\u30ff]")
_IDEOGRAPH_RUN = re.compile(r"[\u3400-\u9fff]{2,}")
_CLAUSE_OPENERS = "。，；、\n,"
_TITLE_TO_NAME = ("", " ", ", ")  # between a title and the name it introduces: none in Chinese, a space in English
_LAST_PART = re.compile(r"[\s·・‧＝=]+")  # what parts a name: a space, a middle dot
_CAPITALISED = r"[A-ZÀ-ÝĀ-Ž][\w'’-]+"
# `Ana Okafor, <state>'s foreign minister` / `Ana Okafor, the <demonym> foreign minister`: two or three capitalised
# words, a comma, the state's word (then the title); one word before a comma is as often a sentence's opener
_NAME_BEFORE = re.compile(rf"(?<![\w-])((?:{_CAPITALISED}\s+){{1,2}}{_CAPITALISED}),\s+(?:the\s+)?$")
_APPOSED = re.compile(r",\s+((?:[A-ZÀ-ÝĀ-Ž][\w'’-]+\s+){0,2}[A-ZÀ-ÝĀ-Ž][\w'’-]+),")  # `minister, Ana Okafor,`


@cache
def not_name_words() -> frozenset[str]:
    """Capitalised words that are never a person's name (`refer_back` 'not_names_en', `as_written`
    'not_name_words_en'), casefolded; shared with `short_forms`."""
    data = load_discourse()
    words = [
        *data.get("refer_back", {}).get("not_names_en", []),
        *data.get("as_written", {}).get("not_name_words_en", []),
    ]
    return frozenset(w.casefold() for w in words)


@cache
def _stops() -> frozenset[str]:
    return frozenset(load_discourse().get("as_written", {}).get("name_stops_cjk", []))


def _is_titled(m: EntityMention, g: Gazetteer) -> bool:
    """A title the text resolved to a state or an office (not a generic `title:` id)."""
    if not m.ids or m.ids[0].startswith(TITLE):
        return False
    kind = g.entities.get(m.ids[0], {}).get("type")
    return kind == "office" or (m.basis == "title" and kind in ("state", "office"))


def _states(ids: tuple[str, ...], g: Gazetteer) -> frozenset[str]:
    out = set()
    for ident in ids:
        entity: dict[str, Any] = g.entities.get(ident, {})
        if entity.get("type") == "state":
            out.add(ident)
        elif entity.get("part_of"):  # an office: its state
            out.add(str(entity["part_of"]))
    return frozenset(out)


def _undotted_keys(text: str, m: EntityMention, stops: frozenset[str]) -> list[tuple[int, str]]:
    """(end, name) for a name in ideographs after a title: the longest prefix (2-6 characters, before any stop
    character) of the run after the title that the text writes again later opening a clause."""
    run = _IDEOGRAPH_RUN.match(text, m.end)
    if run is None:
        return []
    head = run.group()[:6]
    cut = next((i for i, c in enumerate(head) if c in stops), len(head))
    for size in range(cut, 1, -1):
        name = head[:size]
        at = text.find(name, run.end())
        while at >= 0:
            if at == 0 or text[at - 1] in _CLAUSE_OPENERS:
                return [(m.end + size, name)]
            at = text.find(name, at + 1)
    return []


def _introductions(
    text: str, mentions: list[EntityMention], g: Gazetteer, full: list[tuple[int, str, tuple[str, ...]]]
) -> dict[str, list[tuple[int, tuple[str, ...]]]]:
    """Each name a titled introduction gives: name → [(where the introduction ends, ids)]; `full` is
    `person_references._full_mentions` of the text."""
    out: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
    for end, key, ids in full:
        if ids and g.entities.get(ids[0], {}).get("type") == "person" and not ids[0].startswith("person:as-written:"):
            continue  # a person the data knows: the gazetteer's aliases read them
        out.setdefault(key, []).append((end, ids))
    for i, m in enumerate(mentions):
        if m.basis != "undotted" or len(m.alias) < 3:
            continue
        # a name written without a dot beside a title (`<Name>总理`, `外长<Name>`, adhoc_people.undotted_names):
        # named again whole later (`<Name>在…`), with the state of the title beside it (cjkp65)
        beside = [n for n in mentions[max(0, i - 1) : i + 2] if n.end == m.start or n.start == m.end]
        titles = [n.ids for n in beside if _is_titled(n, g)]
        out.setdefault(m.alias, []).append((m.end, tuple(dict.fromkeys((*m.ids, *itertools.chain(*titles))))))
    stops = _stops()
    chinese = not holds_hiragana(text)  # Japanese writes a foreign name in katakana, its own before a title
    # `_is_titled` reads a mention's ids and basis alone: asked once per distinct pair (a document names a few
    # dozen entities hundreds of times), and only the titled mentions are walked
    keys = [(m.ids, m.basis) for m in mentions]
    answers = {key: _is_titled(EntityMention(0, 0, "", *key), g) for key in set(keys)}
    for i in itertools.compress(range(len(mentions)), map(answers.__getitem__, keys)):
        m = mentions[i]
        before = _name_before(text, mentions, i, g)
        if before is not None:
            out.setdefault(before[1], []).append((before[0], m.ids))
        apposed = _APPOSED.match(text, m.end)
        if apposed is not None:
            out.setdefault(apposed.group(1).split()[-1], []).append((apposed.end(1), m.ids))
        written = mentions[i + 1] if i + 1 < len(mentions) else None
        if written is not None and written.basis == "as-written" and text[m.end : written.start] in _TITLE_TO_NAME:
            # `Ambassador <Name> of <state>`, `<state>总参谋长卡里姆·瓦利耶夫` (act63): the person as written and
            # the title's state, named again together by the name's last word or dotted part
            out.setdefault(_LAST_PART.split(written.alias)[-1], []).append((written.end, m.ids))
        if chinese and not text[m.start : m.end].isascii():
            for end, name in _undotted_keys(text, m, stops):
                out.setdefault(name, []).append((end, m.ids))
    return out


def _name_before(text: str, mentions: list[EntityMention], i: int, g: Gazetteer) -> tuple[int, str] | None:
    """(where the name ends, family name) of a name written before the state's word and the title `mentions[i]`
    (`Ana Okafor, <state>'s foreign minister`), or None."""
    if i == 0 or not text[mentions[i].start : mentions[i].end].isascii():
        return None
    state = mentions[i - 1]
    if text[state.end : mentions[i].start] not in (" ", "'s ", "’s ") or not _names_a_state(state.ids, g):
        return None
    found = _NAME_BEFORE.search(text, max(0, state.start - 60), state.start)
    if found is None or any(w.casefold() in not_name_words() for w in found.group(1).split()):
        return None
    return found.end(1), found.group(1).split()[-1]


def _names_a_state(ids: tuple[str, ...], g: Gazetteer) -> bool:
    return bool(ids) and g.entities.get(ids[0], {}).get("type") == "state"


def _readable(key: str, text: str, not_names: frozenset[str]) -> bool:
    if key.isascii() or _LATIN_KEY.fullmatch(key):
        return (
            _LATIN_KEY.fullmatch(key) is not None
            and key.casefold() not in not_names
            and re.search(rf"(?<![\w-]){re.escape(key.lower())}(?![\w-])", text) is None
        )
    return len(key) >= 2


def _occurrences(text: str, key: str, after: int) -> list[int]:
    """Where `key` is written as a name of its own after `after`."""
    out = []
    at = text.find(key, after)
    while at >= 0:
        end = at + len(key)
        before, following = text[at - 1 : at] if at else "", text[end : end + 1]
        if _LATIN_KEY.fullmatch(key):
            whole = not re.match(r"[\w'’-]", before) and not re.match(r"[\w-]", following)
        elif _KATAKANA.fullmatch(key):
            whole = not _KATAKANA_CHAR.match(before) and not _KATAKANA_CHAR.match(following)
        else:
            # a name of three ideographs or more, once the text wrote it again opening a clause (how it was
            # found), is read wherever it is written (`会见了林德奎斯特`); a two-character one opening a clause, or
            # (act74) inside a clause where a name's bounds hold on both sides (`为<name>举行欢迎仪式`, `同<name>会谈`:
            # a function character or a word that ends a name before and after it), never inside a longer word
            whole = len(key) >= 3 or at == 0 or before in _CLAUSE_OPENERS or stands_as_name(text, at, end)
        if whole:
            out.append(at)
        at = text.find(key, at + 1)
    return out


def _state_of_title(m: EntityMention, g: Gazetteer) -> frozenset[str]:
    """The states a titled mention names (an international office, `联合国秘书长`, names none)."""
    if not _is_titled(m, g):
        return frozenset()
    return frozenset(s for s in _states(m.ids, g) if g.entities.get(s, {}).get("type") == "state")


def _rebind_known(text: str, mentions: list[EntityMention], g: Gazetteer) -> list[EntityMention]:
    """A name the data knows as another state's person, written right beside a title of a state's office
    (`苏丹外长莫雷诺`: the data's 莫雷诺 is <state>'s): the introduction says whose person the text means, so that
    mention and each later one of the same name as that same known person are read as the title's (ids of the
    title, basis `named-again`). A known person beside their own state's title, or an international office's, is
    left as the data reads them."""
    rebound: dict[tuple[str, tuple[str, ...]], tuple[str, ...]] = {}
    # the ids naming one person the data knows, each distinct ids asked once (a document names a few dozen entities
    # in hundreds of mentions): only those mentions are walked
    ids_of = list(map(_IDS, mentions))
    people = {
        ids: person
        for ids in set(ids_of)
        if len(ids) == 1
        and ids[0].startswith("person:")
        and not ids[0].startswith("person:as-written:")
        and (person := g.entities.get(ids[0], {})).get("type") == "person"
    }
    for i in itertools.compress(range(len(mentions)), map(people.__contains__, ids_of)):
        m = mentions[i]
        person = people[m.ids]
        if (m.alias, m.ids) in rebound:
            continue
        beside = [
            t
            for t in mentions[max(0, i - 2) : i + 3]
            if t is not m and ((text[t.end : m.start].strip() == "" and t.end <= m.start) or t.start == m.end)
        ]
        for t in beside:
            states = _state_of_title(t, g)
            if states and person.get("part_of") not in states:
                rebound[(m.alias, m.ids)] = t.ids
                break
    if not rebound:
        return mentions
    return [
        EntityMention(m.start, m.end, m.alias, rebound[(m.alias, m.ids)], "named-again")
        if (m.alias, m.ids) in rebound
        else m
        for m in mentions
    ]


def _one_person_as_written(found: list[tuple[int, tuple[str, ...]]]) -> bool:
    """Do all the introductions of a family name give one person named as written and nothing else (`Admiral Ana
    Okafor, the chief of …`: a rank no state holds, act63)? That person is then named again by it, with no state."""
    ids = {i for _, found_ids in found for i in found_ids}
    return len(ids) == 1 and next(iter(ids)).startswith(AS_WRITTEN)


def _longest_first(item: tuple[str, list[tuple[int, tuple[str, ...]]]]) -> tuple[int, str]:
    """The order family names are named again in: a longer key first (`Jean-Victor X` before `X`), so that a span
    both could cover goes to the fuller name whatever order the introductions were collected in (that order once
    followed string hashing, and a document's mentions changed with `PYTHONHASHSEED`)."""
    return (-len(item[0]), item[0])


def _named(m: EntityMention) -> bool:
    return m.basis in ("title", "as-written", "named-again") or (bool(m.ids) and m.ids[0].startswith("office:"))


def named_again(
    text: str, mentions: list[EntityMention], g: Gazetteer, full: list[tuple[int, str, tuple[str, ...]]]
) -> list[EntityMention]:
    """`mentions` with each later bare mention of a person a titled introduction named added (basis `named-again`,
    ids those of the introduction); a span a mention already covers is left as it is."""
    if not any(_named(m) for m in mentions):
        return mentions
    mentions = _rebind_known(text, mentions, g)
    intros = _introductions(text, mentions, g, full)
    if not intros:
        return mentions
    not_names = not_name_words()
    # a place read as its state inside a longer name named again (`<place><more>` in ideographs) gives way to it
    places = [m for m in mentions if m.basis == "metonym"]
    taken = SpanCover(map(SPAN, (m for m in mentions if m.basis != "metonym")))
    taken_places = SpanCover(map(SPAN, places))
    dropped: set[tuple[int, int]] = set()
    added: list[EntityMention] = []
    for key, found in sorted(intros.items(), key=_longest_first):
        if not _readable(key, text, not_names):
            continue
        states = {_states(ids, g) for _, ids in found} - {frozenset()}
        if len(states) > 1 or (not states and not _one_person_as_written(found)):
            continue  # one family name, two states: it names neither; no state: only one person named as written
        first = min(end for end, _ in found)
        # every introduction's ids: a person named as written (`person:as-written:…`) and the state of the title
        # that introduced them (`Peru's defence minister, Rosa Quispeaya,`) both stand for the later name
        ids = tuple(dict.fromkeys(i for _, found_ids in sorted(found) for i in found_ids))
        for at in _occurrences(text, key, first):
            end = at + len(key)
            if taken.overlaps(at, end):
                continue
            if taken_places.overlaps(at, end):
                inside = [(p.start, p.end) for p in places if p.start < end and at < p.end]
                if len(key) < 3 or any(not (at <= a and b <= end) or (a, b) == (at, end) for a, b in inside):
                    continue
                dropped.update(inside)
            added.append(EntityMention(at, end, key, ids, "named-again"))
            taken.add(at, end)
    if not added:
        return mentions
    kept = [m for m in mentions if (m.start, m.end) not in dropped or m.basis != "metonym"]
    return sorted([*kept, *added], key=lambda m: (m.start, m.end))
