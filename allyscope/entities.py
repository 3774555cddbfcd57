"""Entities from gazetteers kept as data: one pass over the text, longest match first, never inside a longer word.

The field's actors, agreements, institutions, exercises and meetings are in `data/gazetteer.json`; every other
state comes from CLDR's territory names in English, simplified and traditional Chinese and Japanese (through
Babel, which ships them). Matching is one Aho–Corasick pass (leftmost-longest). A Latin alias must stand
between word boundaries; one-character Chinese state names count only inside the compounds listed in the data
(`日美` → Japan and the United States, `对华` → China); words listed as blocked (`中导`, `日本海`) hide the aliases
inside them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any, NamedTuple

import ahocorasick_rs

LANGUAGES = ("en", "zh", "zh_Hant", "ja")
_NOT_STATES = {
    "EU",
    "EZ",
    "UN",
    "QO",
    "ZZ",
    "XA",
    "XB",
    "XK",
    "AQ",
    "BV",
    "HM",
    "TF",
    "UM",
    "IO",
    "CP",
    "DG",
    "EA",
    "IC",
    "AC",
    "TA",
}


class EntityMention(NamedTuple):
    """An entity named in a text: `[start, end)`, the alias as written, and the entity ids it names.

    A named tuple, not a dataclass: an article has hundreds of mentions, and this is four times cheaper to make."""

    start: int
    end: int
    alias: str
    ids: tuple[str, ...]


@dataclass
class Gazetteer:
    """All entities by id, and the automaton that finds their aliases."""

    entities: dict[str, dict[str, Any]]
    patterns: list[str] = field(default_factory=list)
    targets: list[tuple[str, ...]] = field(default_factory=list)
    automaton: Any = None
    latin: list[bool] = field(default_factory=list)  # per pattern: starts with a Latin letter or digit

    def __post_init__(self) -> None:
        self.latin = [p[0].isascii() and p[0].isalnum() for p in self.patterns]

    def entity(self, ident: str) -> dict[str, Any]:
        return self.entities[ident]

    def match(self, text: str) -> list[EntityMention]:
        """Every entity mention in `text`, in order."""
        found: list[EntityMention] = []
        targets, patterns, latin = self.targets, self.patterns, self.latin
        size = len(text)
        for index, start, end in self.automaton.find_matches_as_indexes(text, overlapping=False):
            ids = targets[index]
            if not ids:
                continue  # a blocked word
            if latin[index]:  # a Latin name inside a longer word is not that name
                before = text[start - 1] if start else " "
                after = text[end] if end < size else " "
                if (before.isascii() and before.isalnum()) or (after.isascii() and after.isalnum()):
                    continue
            found.append(EntityMention(start, end, patterns[index], ids))
        return found


def _cldr_states(known: set[str]) -> list[dict[str, Any]]:
    from babel import Locale

    names = {language: Locale.parse(language).territories for language in LANGUAGES}
    states = []
    for code, english in names["en"].items():
        if len(code) != 2 or not code.isalpha() or code in _NOT_STATES or code in known:
            continue
        aliases = {language: sorted({names[language].get(code, "")} - {""}) for language in LANGUAGES}
        states.append({"id": code, "type": "state", "name": english, "aliases": aliases, "source": "CLDR"})
    return states


def load_data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(resources.files("allyscope.data").joinpath("gazetteer.json").read_text("utf-8"))
    return data


@cache
def gazetteer() -> Gazetteer:
    """The gazetteer, built once per process."""
    data = load_data()
    entities = {e["id"]: e for e in data["entities"]}
    for state in _cldr_states(set(entities)):
        entities[state["id"]] = state
    table: dict[str, tuple[str, ...]] = {}
    for ident, entity in entities.items():
        for language in LANGUAGES:
            for alias in entity.get("aliases", {}).get(language, []):
                if len(alias) >= 2 and alias not in table:
                    table[alias] = (ident,)
    abbreviations: dict[str, str] = data["abbreviations"]
    for compound in data["compounds"]:
        ids = tuple(dict.fromkeys(abbreviations[c] for c in compound if c in abbreviations))
        table[compound] = ids
    for character, ident in data.get("standalone", {}).items():
        table.setdefault(character, (ident,))
    for word in data["blocked"]:
        table.setdefault(word, ())
    patterns = list(table)
    automaton = ahocorasick_rs.AhoCorasick(patterns, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)
    return Gazetteer(entities, patterns, [table[p] for p in patterns], automaton)


def resolve_entity(ref: str) -> str:
    """The id of the entity `ref` names: an id, or a name or alias in any language (case ignored for Latin)."""
    from allyscope.errors import NotFoundError

    g = gazetteer()
    if ref in g.entities:
        return ref
    wanted = ref.strip().casefold()
    for ident, entity in g.entities.items():
        names = [entity["name"], *(a for aliases in entity.get("aliases", {}).values() for a in aliases)]
        if any(name.casefold() == wanted for name in names):
            return ident
    raise NotFoundError(f"no entity is called {ref!r} (try an id such as JP, NATO or person:kishida)")
