"""English references back to a named ship (issue 14 item 3, enact73).

A news story or a release names a ship once, with its navy's prefix (`<prefix> <Name>`) or after its class
(`the <adjective> aircraft carrier <prefix> <Name>`, `the submarine <Name>`), and then calls it by its class or a
common noun (`the carrier trained with …`, `the minister went aboard the vessel`). The clause that says what the ship
did names no state, yet the ship's navy acts in it: the reference stands for the state of the ship it points back to.

The data (`data/named_ships.json`) holds the navies' prefixes with their states, the ship nouns, which of them are
general (`ship`, `vessel`: any named ship), how many lower-case words may stand between a state's name or adjective
and the noun (`the <adjective> aircraft carrier`), and how far back a reference looks. A ship whose state neither its
prefix nor a word before its noun tells is no antecedent: its references stay unread, never guessed.
"""

from __future__ import annotations

import bisect
import json
import re
from functools import cache
from importlib import resources
from typing import Any, NamedTuple

import ahocorasick_rs

from allyscope.entities import EntityMention, Gazetteer
from allyscope.span_cover import SpanCover

SHIP = "ship"  # the basis of a mention read here
_NAME = r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}"  # a ship's name: capitalised words


class NamedShipsError(ValueError):
    """`data/named_ships.json` names a general noun that is no ship noun."""


class _Ships(NamedTuple):
    prefixes: dict[str, str]  # a navy's prefix → its state
    general: frozenset[str]  # nouns that refer back to any named ship
    named: re.Pattern[str]  # a named ship: `<noun> <prefix>? <Name>` or `<prefix> <Name>`
    referring: re.Pattern[str]  # `the <noun>` with no name after it
    before: re.Pattern[str]  # what may stand between a state's mention and a ship's noun
    reach: int
    words: ahocorasick_rs.AhoCorasick  # the nouns' last words and the prefixes: a text without one is passed over


class _Named(NamedTuple):
    start: int  # where the reference may begin to point to it (its name's end)
    kind: str  # the last word of its noun, "" when it has none
    state: str


def _data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(resources.files("allyscope.data").joinpath("named_ships.json").read_text("utf-8"))
    return data


@cache
def _ships() -> _Ships:
    """The data compiled once: the patterns are read for every English document."""
    data = _data()
    nouns = sorted(data["nouns"], key=len, reverse=True)
    if not set(data["general"]) <= set(nouns):
        raise NamedShipsError(f"general nouns that are no ship nouns: {sorted(set(data['general']) - set(nouns))}")
    noun = "|".join(map(re.escape, nouns))
    prefix = "|".join(map(re.escape, sorted(data["prefixes"], key=len, reverse=True)))
    named = re.compile(
        rf"\b(?:(?P<noun>{noun}) (?:(?P<prefix>{prefix}) )?|(?P<alone>{prefix}) )(?P<name>{_NAME})(?![\w'’-])"
    )
    referring = re.compile(rf"\b[Tt]he (?P<noun>{noun})\b(?! [A-Z0-9]| of\b|-)")
    before = re.compile(rf"(?:['’]s)?(?: [a-z][\w-]*){{0,{int(data['between'])}}} \Z")
    words = ahocorasick_rs.AhoCorasick(sorted({*(n.rsplit(" ", 1)[-1] for n in nouns), *data["prefixes"]}))
    return _Ships(
        dict(data["prefixes"]), frozenset(data["general"]), named, referring, before, int(data["reach"]), words
    )


def _has_words(text: str, ships: _Ships) -> bool:
    """Does a ship noun or a prefix stand in `text` as a word of its own (not `ship` in `partnership`)? One pass of
    an automaton: the patterns are tried only on a text that holds one (most texts hold none, and a long Chinese
    or Japanese text would cost the patterns milliseconds)."""
    for _, start, end in ships.words.find_matches_as_indexes(text, overlapping=True):
        if (start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            return True
    return False


def _state_of(ids: tuple[str, ...], g: Gazetteer) -> str | None:
    """The one state `ids` name or are part of (a navy, a ministry), or None."""
    states = set()
    for ident in ids:
        seen = set()
        while ident in g.entities and ident not in seen:
            seen.add(ident)
            entity = g.entity(ident)
            if entity["type"] == "state":
                states.add(ident)
                break
            ident = entity.get("part_of", "")
    return states.pop() if len(states) == 1 else None


def _state_before(text: str, mentions: list[EntityMention], ends: list[int], at: int, g: Gazetteer) -> str | None:
    """The state named just before a ship's noun at `at` (`the <adjective> aircraft carrier`, `<state>'s submarine`)."""
    ships = _ships()
    index = bisect.bisect_right(ends, at) - 1
    while index >= 0 and at - ends[index] <= 60:
        m = mentions[index]
        if ships.before.match(text, m.end, at) or ships.before.fullmatch(text[m.end : at]):
            state = _state_of(m.ids, g)
            if state:
                return state
        index -= 1
    return None


def ship_references(text: str, mentions: list[EntityMention], g: Gazetteer) -> list[EntityMention]:
    """`mentions` with a mention of a ship's state (basis `ship`) for each prefixed ship name (`<prefix> <Name>`) and
    each `the <noun>` that refers back to a ship named before it whose state is told, where no mention stands."""
    ships = _ships()
    if not _has_words(text, ships):
        return mentions
    ordered = sorted(mentions, key=lambda m: m.end)
    ends = [m.end for m in ordered]
    found: list[_Named] = []
    added: list[EntityMention] = []
    for match in ships.named.finditer(text):
        prefix = match.group("prefix") or match.group("alone")
        noun = match.group("noun") or ""
        state = ships.prefixes[prefix] if prefix else None
        if prefix and state:
            start = match.start("prefix") if match.group("prefix") else match.start("alone")
            added.append(EntityMention(start, start + len(prefix), prefix, (state,), SHIP))
        if noun and not state:
            state = _state_before(text, ordered, ends, match.start("noun"), g)
        if state:
            found.append(_Named(match.end("name"), noun.rsplit(" ", 1)[-1], state))
    if not found:
        return _merged(mentions, added)
    starts = [n.start for n in found]
    taken = [0] * len(found)  # how often each ship has been referred back to: the one a text is about
    for ref in ships.referring.finditer(text):
        kind = ref.group("noun").rsplit(" ", 1)[-1]
        last = bisect.bisect_right(starts, ref.start())
        near = [i for i in range(last) if ref.start() - found[i].start <= ships.reach]
        if kind in ships.general:
            # any ship named before may be meant: the one referred back to most, else the only state named so
            best = max((taken[i] for i in near), default=0)
            chosen = [i for i in near if taken[i] == best]
        else:
            chosen = [i for i in near if found[i].kind == kind][-1:]
        if not chosen or len({found[i].state for i in chosen}) > 1:
            continue  # no ship, or ships of several states with nothing to choose between them: never guessed
        index = chosen[-1]
        taken[index] += 1
        added.append(EntityMention(ref.start("noun"), ref.end("noun"), ref.group("noun"), (found[index].state,), SHIP))
    return _merged(mentions, added)


def _merged(mentions: list[EntityMention], added: list[EntityMention]) -> list[EntityMention]:
    """`mentions` with those of `added` that overlap none of them, in text order."""
    if not added:
        return mentions
    taken = SpanCover((m.start, m.end) for m in mentions)
    kept = [m for m in added if not taken.overlaps(m.start, m.end)]
    if not kept:
        return mentions
    return sorted([*mentions, *kept], key=lambda m: (m.start, m.end))
