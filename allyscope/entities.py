"""Entities from gazetteers kept as data: one pass over the text, longest match first, never inside a longer word.

The field's actors, agreements, institutions, exercises and meetings are in `data/gazetteer.json`, its people,
offices (with terms of office) and further organizations in `data/gazetteer/` (merged by `load_data`); every other
state comes from CLDR's territory names in English, simplified and traditional Chinese and Japanese (through
Babel, which ships them). Matching is one Aho–Corasick pass (leftmost-longest) over the text *folded*
(`scripts.fold`: Traditional characters made Simplified, Latin letters lower case, offsets unchanged), so that
`個別夥伴合作計畫` finds the entity of `个别伙伴合作计划` and `KISHIDA Fumio` finds Kishida. Case still counts
this far: a name is found as written, in capitals (`STOLTENBERG`), or, when it has two words or more, in lower
case (`individual partnership and cooperation programme`); an acronym (`US`, `NATO`) only as written, and a
one-word name in lower case is a common word (`turkey`, `us`). A Latin alias must stand between word
boundaries; one-character Chinese state names count only inside the compounds listed in the data (`日美` →
Japan and the United States, `对华` → China); words listed as blocked (`中导`, `日本海`) hide the aliases inside
them — unless an entity's name begins inside the blocked word and runs past it (`日本海上自衛隊` is Japan's
maritime force, not the Sea of Japan): then the longest match is the one that respects both names' boundaries.
A person's two-word English name is also found family name first (`KISHIDA Fumio`, `Kamikawa Yoko`).

A generic title (`首相`, `外相`, `prime minister`: `titles` in the data) names no state by itself. It belongs to
the state named closest before it in its sentence, else to the one state its paragraph names; with none, or
several, it stays unresolved (a mention without ids) — never a default state (`resolve_titles`).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any, NamedTuple

import ahocorasick_rs

from allyscope.scripts import fold, fold_text

LANGUAGES = ("en", "zh", "zh_Hant", "ja")
_NOT_STATES = {
    *("EU", "EZ", "UN", "QO", "ZZ", "XA", "XB", "XK", "AQ", "BV", "HM", "TF", "UM", "IO", "CP", "DG", "EA", "IC"),
    *("AC", "TA"),
}
TITLE = "title:"  # the id prefix of a generic title before it is resolved


class EntityMention(NamedTuple):
    """An entity named in a text: `[start, end)`, the alias as written, and the entity ids it names.

    A named tuple, not a dataclass: an article has hundreds of mentions, and this is four times cheaper to make.
    Several ids name several entities (`日美`) or the people who share a name, told apart later by their terms
    of office; no id is a title that no state claims."""

    start: int
    end: int
    alias: str
    ids: tuple[str, ...]


def _word_forms_agree(written: str, alias: str) -> bool:
    """Does a Latin stretch as written name `alias`? As written, in capitals, or (a name of two words or more,
    not an acronym) in lower case; word by word, so `Fumio KISHIDA` is Fumio Kishida."""
    if written == alias:
        return True
    words, names = written.split(), alias.split()
    if len(words) != len(names):
        return written.upper() == alias.upper() and not alias.isupper() and written.isupper()
    several = len(names) > 1
    for word, name in zip(words, names, strict=True):
        if word == name or (word.isupper() and not name.isupper() and word == name.upper()):
            continue
        if several and word == name.lower() and not name.isupper():
            continue
        return False
    return True


@dataclass
class Gazetteer:
    """All entities by id, and the automaton that finds their aliases (folded)."""

    entities: dict[str, dict[str, Any]]
    patterns: list[str] = field(default_factory=list)  # folded aliases
    targets: list[tuple[str, ...]] = field(default_factory=list)
    automaton: Any = None
    latin: list[bool] = field(default_factory=list)  # per pattern: starts with a Latin letter or digit
    spellings: list[tuple[str, ...]] = field(default_factory=list)  # per Latin pattern: its aliases as written
    blocked: list[bool] = field(default_factory=list)
    inner: Any = None  # an overlapping automaton over the same patterns, for boundaries inside blocked words
    titles: dict[str, str] = field(default_factory=dict)  # folded generic title → role

    def __post_init__(self) -> None:
        self.latin = [p[0].isascii() and p[0].isalnum() for p in self.patterns]

    def entity(self, ident: str) -> dict[str, Any]:
        return self.entities[ident]

    def match(self, text: str) -> list[EntityMention]:
        """Every entity mention in `text`, in order, generic titles resolved against the whole text as one
        paragraph (`mark_entities` resolves them by the document's own paragraphs)."""
        return resolve_titles(text, self.match_names(text))

    def match_names(self, text: str) -> list[EntityMention]:
        """Every entity mention in `text`, in order; a generic title keeps its role as a `title:` id."""
        found: list[EntityMention] = []
        targets, latin, blocked = self.targets, self.latin, self.blocked
        folded = fold_text(text) if len(text) > 2000 else fold(text)
        size = len(text)
        for index, start, end in self.automaton.find_matches_as_indexes(folded, overlapping=False):
            if blocked[index]:
                found.extend(self._inside_blocked(text, folded, start, end))
                continue
            if latin[index]:  # a Latin name inside a longer word is not that name
                before = text[start - 1] if start else " "
                after = text[end] if end < size else " "
                if (before.isascii() and before.isalnum()) or (after.isascii() and after.isalnum()):
                    continue
                written = text[start:end]
                if not any(_word_forms_agree(written, alias) for alias in self.spellings[index]):
                    continue
            found.append(EntityMention(start, end, text[start:end], targets[index]))
        return found

    def _inside_blocked(self, text: str, folded: str, start: int, end: int) -> list[EntityMention]:
        """A blocked word hides its aliases, unless a name starts inside it and runs past its end: then the
        text before that name is matched alone and the name is taken whole (`日本|海上自衛隊`)."""
        window = folded[start : end + 24]
        crossing = [
            (s, e, i)
            for i, s, e in self.inner.find_matches_as_indexes(window, overlapping=True)
            if 0 < s < end - start < e and not self.blocked[i] and not self.latin[i]
        ]
        if not crossing:
            return []
        s, e, index = max(crossing, key=lambda c: (c[1] - c[0], -c[0]))
        head = self.match_names(text[start : start + s])
        out = [EntityMention(m.start + start, m.end + start, m.alias, m.ids) for m in head]
        out.append(EntityMention(start + s, start + e, text[start + s : start + e], self.targets[index]))
        return out


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


GAZETTEER_PARTS = ("people.json", "offices.json", "organizations.json")  # in data/gazetteer/, merged in this order


def load_data() -> dict[str, Any]:
    """`gazetteer.json` with the entities of the files in `data/gazetteer/` (people, offices, organizations) added:
    one table of entities, however the data is split into files."""
    folder = resources.files("allyscope.data")
    data: dict[str, Any] = json.loads(folder.joinpath("gazetteer.json").read_text("utf-8"))
    for name in GAZETTEER_PARTS:
        part = json.loads(folder.joinpath("gazetteer", name).read_text("utf-8"))
        data["entities"] = [*data["entities"], *part["entities"]]
        for key in ("shared_aliases", "former"):
            data[key] = [*data.get(key, []), *part.get(key, [])]
    return data


@cache
def former_words() -> tuple[str, ...]:
    """Words that, written right before an office's name, make it a former holder's title (folded)."""
    return tuple(fold(word) for word in load_data()["former"])


def family_first(name: str) -> str | None:
    """`Fumio Kishida` → `Kishida Fumio`: the order in which East Asian names are often written in English
    (`KISHIDA Fumio`); None for a name not of exactly two plain words."""
    words = name.split()
    if len(words) != 2 or not all(w.replace("-", "").isalpha() for w in words):
        return None
    return f"{words[1]} {words[0]}"


@cache
def gazetteer() -> Gazetteer:
    """The gazetteer, built once per process."""
    data = load_data()
    entities = {e["id"]: e for e in data["entities"]}
    for state in _cldr_states(set(entities)):
        entities[state["id"]] = state
    table: dict[str, tuple[str, ...]] = {}
    spellings: dict[str, list[str]] = {}

    def add(alias: str, ids: tuple[str, ...], *, replace: bool = False) -> None:
        key = fold(alias)
        if key not in table or replace:
            table[key] = ids
        elif ids and all(entities.get(i, {}).get("type") == "person" for i in (*table[key], *ids)):
            table[key] = tuple(dict.fromkeys((*table[key], *ids)))  # people who share a name: terms tell
        spellings.setdefault(key, []).append(alias)

    titles: dict[str, str] = {fold(t): role for t, role in data.get("titles", {}).items()}
    for ident, entity in entities.items():
        for language in LANGUAGES:
            for alias in entity.get("aliases", {}).get(language, []):
                if len(alias) >= 2 and fold(alias) not in titles:
                    add(alias, (ident,))
        if entity["type"] == "person" and (reverse := family_first(entity["name"])) is not None:
            add(reverse, (ident,))
    abbreviations: dict[str, str] = data["abbreviations"]
    for compound in data["compounds"]:
        add(compound, tuple(dict.fromkeys(abbreviations[c] for c in compound if c in abbreviations)), replace=True)
    for character, ident in data.get("standalone", {}).items():
        add(character, (ident,))
    for title in data.get("titles", {}):
        add(title, (TITLE + titles[fold(title)],), replace=True)
    blocked_words = {fold(w) for w in data["blocked"]}
    for word in data["blocked"]:
        if fold(word) not in table:
            add(word, ())
    patterns = list(table)
    automaton = ahocorasick_rs.AhoCorasick(patterns, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)
    inner = ahocorasick_rs.AhoCorasick(patterns)
    g = Gazetteer(entities, patterns, [table[p] for p in patterns], automaton)
    g.spellings = [tuple(spellings.get(p, [])) for p in patterns]
    g.blocked = [p in blocked_words and not table[p] for p in patterns]
    g.inner = inner
    g.titles = titles
    return g


_SENTENCE_END = re.compile(r"[。！？!?]|\.\s")


def resolve_titles(
    text: str, mentions: list[EntityMention], paragraphs: list[tuple[int, int]] | None = None
) -> list[EntityMention]:
    """Generic titles given to the state named closest before them in their sentence, else to the one state
    their paragraph names; the office of that state with that role when the data has one (`office:jp-pm`), else
    the state itself. A title no state claims keeps no ids."""
    g = gazetteer()
    if not any(m.ids and m.ids[0].startswith(TITLE) for m in mentions):
        return mentions
    offices = _offices_by_role()
    spans = sorted(paragraphs or [(0, len(text))])
    out: list[EntityMention] = []
    for i, m in enumerate(mentions):
        if not (m.ids and m.ids[0].startswith(TITLE)):
            out.append(m)
            continue
        role = m.ids[0][len(TITLE) :]
        adjacent = mentions[i - 1] if i and not text[mentions[i - 1].end : m.start].strip() else None
        if adjacent is not None and adjacent.ids and not _states_of(adjacent.ids, g):
            out.append(EntityMention(m.start, m.end, m.alias, ()))  # `北约国防部长`: an organization's, no state's
            continue
        owner = _state_before(text, mentions, i, g)
        if owner is None:
            paragraph = next(((a, b) for a, b in spans if a <= m.start < b), (0, len(text)))
            named = {s for n in mentions if paragraph[0] <= n.start < paragraph[1] for s in _states_of(n.ids, g)}
            owner = named.pop() if len(named) == 1 else None
        ids: tuple[str, ...] = ()
        if owner is not None:
            ids = (offices.get((owner, role), owner),)
        out.append(EntityMention(m.start, m.end, m.alias, ids))
    return out


@cache
def _offices_by_role() -> dict[tuple[str, str], str]:
    """(state or organization, role) → the office entity of that role (`("JP", "head-of-government")`)."""
    return {
        (e["part_of"], e["role"]): ident
        for ident, e in gazetteer().entities.items()
        if e["type"] == "office" and "role" in e and "part_of" in e
    }


def _states_of(ids: tuple[str, ...], g: Gazetteer) -> list[str]:
    """The states an entity mention names: a state itself, or the state a person, office or force acts for."""
    out = []
    for ident in ids:
        if ident.startswith(TITLE):
            continue
        entity = g.entity(ident)
        if entity["type"] == "state":
            out.append(ident)
        elif entity.get("part_of") in g.entities and g.entity(entity["part_of"])["type"] == "state":
            out.append(entity["part_of"])
    return out


def _state_before(text: str, mentions: list[EntityMention], index: int, g: Gazetteer) -> str | None:
    """The state named closest before mention `index` in its sentence (`英国首相` → GB), or None."""
    at = mentions[index].start
    begin = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, at - 200), at)), default=max(0, at - 200))
    for m in reversed(mentions[:index]):
        if m.end <= begin:
            break
        states = _states_of(m.ids, g)
        if len(states) == 1:
            return states[0]
    return None


@cache
def _terms() -> dict[str, list[tuple[str, str, str]]]:
    """Office → (from, to, person) for every term of office in the data."""
    out: dict[str, list[tuple[str, str, str]]] = {}
    for ident, entity in gazetteer().entities.items():
        for role in entity.get("roles", []):
            out.setdefault(role["office"], []).append((role["from"], role.get("to", "9999-12-31"), ident))
    return out


def _day_range(date: str) -> tuple[str, str] | None:
    """The first and last day an EDTF date (or the start of an interval) may stand for; None when vague."""
    day = date.split("/")[0].rstrip("~?%")
    if "X" in day or not day[:4].isdigit() or not re.fullmatch(r"\d{4}(?:-\d{2}){0,2}", day):
        return None
    if len(day) == 10:
        return day, day
    if len(day) == 7:
        return day + "-01", day + "-31"
    return day + "-01-01", day + "-12-31"


def holders(office: str, date: str) -> list[str]:
    """The people the data says held `office` at some time within `date` (an EDTF date)."""
    terms = _terms().get(office)
    span = _day_range(date)
    if not terms or span is None:
        return []
    first, last = span
    return [person for start, end, person in terms if start <= last and first < end]


def in_office(person: str, date: str) -> bool | None:
    """Whether `person` held any office of the data within `date`; None when the data has no terms for them or
    the date is too vague to say."""
    roles = gazetteer().entity(person).get("roles", [])
    span = _day_range(date)
    if not roles or span is None:
        return None
    first, last = span
    return any(r["from"] <= last and first < r.get("to", "9999-12-31") for r in roles)


def acting_for(person: str, date: str) -> list[str] | None:
    """The states and organizations `person` acted for within `date`, by the offices the data says they held
    then (Stoltenberg in 2020: NATO; in 2026: none); None when the data has no terms for them or the date is too
    vague to say — then only the person's own `part_of` can speak for them."""
    return _acting_for(person, date)


@cache
def _acting_for(person: str, date: str) -> list[str] | None:
    g = gazetteer()
    roles = g.entity(person).get("roles", [])
    span = _day_range(date)
    if not roles or span is None:
        return None
    first, last = span
    held = [r["office"] for r in roles if r["from"] <= last and first < r.get("to", "9999-12-31")]
    return list(dict.fromkeys(g.entity(office)["part_of"] for office in held))


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


def mark_entities(doc: Any) -> Any:
    """The entities stage: every entity mention of `doc.text` on `doc.entities`, generic titles resolved by the
    sentence or paragraph they stand in."""
    mentions = gazetteer().match_names(doc.text)
    paragraphs = [(s.start, s.end) for s in doc.spans if s.kind in ("paragraph", "abstract")]
    return doc.evolve(entities=tuple(resolve_titles(doc.text, mentions, paragraphs)))
