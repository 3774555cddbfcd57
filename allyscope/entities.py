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
the state named closest before it in its sentence (a capital or city there only when the discourse names no holder
of the title: `In Paris, the Prime Minister …` after `Prime Minister Modi` is Modi's), else to the holder the
discourse last named with that title, else to the one state its paragraph names; with none, or several, it stays
unresolved (a mention without ids) — never a default state (`resolve_titles`).
"""

from __future__ import annotations

import bisect
import datetime
import itertools
import json
import operator
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from typing import Any, NamedTuple

import ahocorasick_rs

from allyscope.adhoc_bodies import bodies_as_written
from allyscope.adhoc_people import (
    AS_WRITTEN,
    KATAKANA_APPOSED,
    Entities,
    family_alias_opening,
    kanji_name_after_post,
    name_after_counterpart,
    name_before_title,
    name_beside_title,
    names_after_honorifics,
    title_modifiers,
    undotted_names,
)
from allyscope.compounds import CompoundRules, read_compounds
from allyscope.force_short_forms import with_short_forms
from allyscope.latin_folding import fold_latin, folded_aliases
from allyscope.name_parts import standing_elements, standing_ends
from allyscope.scripts import fold, fold_text, fold_word
from allyscope.state_bodies import owned_by_named_state
from allyscope.titled_families import titled_family_aliases

LANGUAGES = ("en", "zh", "zh_Hant", "ja")
_NOT_STATES = {
    *("EU", "EZ", "UN", "QO", "ZZ", "XA", "XB", "XK", "AQ", "BV", "HM", "TF", "UM", "IO", "CP", "DG", "EA", "IC"),
    *("AC", "TA"),
}
TITLE = "title:"  # the id prefix of a generic title before it is resolved
COLLECTIVE = "collective:"  # the id prefix of a collective (两国), its index in data/discourse.json after it
ANAPHOR = "anaphor:agreement"  # the id of `the agreement` before it is resolved
SEAT = "seat:"  # the id prefix of a city hosting groupings' seats, its index in data/discourse.json after it
# entity types of bodies and pacts of states, whose names may open with their members' abbreviations (`compounds`)
GROUPING_TYPES = frozenset({"organization", "mechanism", "agreement", "meeting", "institution", "exercise"})
ANAPHOR_BARE = "anaphor:bare"  # a bare `協定`: an anaphor only where no name is glued before it


# of an `EntityMention`
_START, _ALIAS, _IDS = operator.itemgetter(0), operator.itemgetter(2), operator.itemgetter(3)
_SPAN = operator.itemgetter(0, 1)


class EntityMention(NamedTuple):
    """An entity named in a text: `[start, end)`, the alias as written, and the entity ids it names.

    A named tuple, not a dataclass: an article has hundreds of mentions, and this is four times cheaper to make.
    Several ids name several entities (`日美`) or the people who share a name, told apart later by their terms
    of office; no id is a title that no state claims. `basis` says how a mention was read when it is not a
    name as such: `metonym` (a capital), `compound` (日豪), `grouping` (AUKUS: its members), `title`,
    `collective` (两国), `generic` (an agreement of a kind), `anaphor` (the agreement)."""

    start: int
    end: int
    alias: str
    ids: tuple[str, ...]
    basis: str = ""  # how a reference that names no entity by itself was resolved (see `discourse`); "" for a name


def _is_katakana(char: str) -> bool:
    return "\u30a1" <= char <= "\u30fa" or char == "\u30fc"


def _is_ideograph(char: str) -> bool:
    return "\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff"


def _inside_katakana_word(text: str, start: int, end: int) -> bool:
    """Does a name that begins or ends in katakana stand inside a longer katakana word?"""
    if _is_katakana(text[start]) and start and _is_katakana(text[start - 1]):
        return True
    return _is_katakana(text[end - 1]) and end < len(text) and _is_katakana(text[end])


def _word_forms_agree(written: str, alias: str) -> bool:
    """Does a Latin stretch as written name `alias`? As written, in capitals, or (a name of two words or more,
    not an acronym) in lower case; word by word, so `<Given> <FAMILY>` is `<Given> <Family>`. Its first word is in
    lower case only where the whole name is (`the main port of <state>` is no `Port of <state>`; `<Name> programme`
    still is `<Name> Programme`). A name whose first word is
    written in lower case (`the Philippines`, `the Netherlands`) is also that name where a sentence or a line
    begins with it (`The Philippines and Vietnam signed…`): the article takes a capital there, the name is the same."""
    if written == alias:
        return True
    words, names = written.split(), alias.split()
    if len(words) != len(names):
        return written.upper() == alias.upper() and not alias.isupper() and written.isupper()
    several = len(names) > 1
    for at, (word, name) in enumerate(zip(words, names, strict=True)):
        if word == name or (word.isupper() and not name.isupper() and word == name.upper()):
            continue
        if not at and several and name.islower() and word == name[:1].upper() + name[1:]:
            continue
        if several and word == name.lower() and not name.isupper() and (at or written.islower()):
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
    bases: list[str] = field(default_factory=list)  # per pattern: the basis of its mentions ("" or "metonym")
    kana_edge: list[bool] = field(default_factory=list)  # per pattern: begins or ends in katakana
    # per pattern: a one-character family name and a title (`林外相`: data `mixed_length_families`), which right
    # after an ideograph is the end of another name and a title (`莫里森总理`, `巴林外交大臣`), not that person
    one_character_heads: list[bool] = field(default_factory=list)
    compound_rules: CompoundRules | None = None
    collectives: list[dict[str, Any]] = field(default_factory=list)  # data/discourse.json
    window: int = 6
    seats: list[tuple[str, ...]] = field(default_factory=list)  # per city of data `seats`: the groupings it hosts
    # per pattern: a name none of `_names`'s checks can turn away (not blocked, Latin, at a katakana edge, a bare
    # anaphor or ending in a character of `word_heads`), made into a mention as found; built on first use, once
    # `gazetteer()` has set the lists above
    plain: list[bool] = field(default_factory=list)
    seat_targets: tuple[int, frozenset[tuple[str, ...]]] | None = None  # (targets' count, `_seat_targets`)
    # ids of a mention → whether they name a body or pact of states (`_groupings`), filled as asked
    grouping_ids: dict[tuple[str, ...], bool] = field(default_factory=dict)
    # person id → the family names they may be referred back by (`person_references._family_keys`), as asked
    family_keys: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # blocked word (folded) → the names that may begin inside it and run past it (`_crossing_names`), as asked
    crossing_names: dict[str, tuple[tuple[int, tuple[str, ...]], ...]] = field(default_factory=dict)
    names_by_first: dict[str, list[str]] = field(default_factory=dict)  # names neither blocked nor Latin, by first char
    # folded `title + given name` the field's people of several states share (`President Ahmed`): a person only
    # when the text named them in full before (`given_name_titles`)
    given_name_titles: frozenset[str] = frozenset()
    # a name's last character → the characters that, after it, make it begin a word of its own (`海` + `军`: a
    # navy; `港` + `口`: a port), so the name is not what the text says (`<state>海军` after a sea named `<state>海`:
    # the state's navy; `<state>港口` after a capital named `<state>港`: the state's port)
    word_heads: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # a name's first character → the words that end in it (`达` + `抵达`, `到达`: data `word_tails`), where a
    # longer name begins right after it (`抵达|卡塔尔`, not `抵|达卡|塔尔`): the word keeps its character
    word_tails: dict[str, tuple[str, ...]] = field(default_factory=dict)
    tail_firsts: list[bool] = field(default_factory=list)  # per pattern: begins with a key of `word_tails`, as asked
    # keys added as an alias's form without its diacritics (`latin_folding`: `Sebastian Pinera`)
    folded_keys: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        self.latin = [p[0].isascii() and p[0].isalnum() for p in self.patterns]
        self.kana_edge = [_is_katakana(p[0]) or _is_katakana(p[-1]) for p in self.patterns]

    def entity(self, ident: str) -> dict[str, Any]:
        return self.entities[ident]

    def match(self, text: str) -> list[EntityMention]:
        """Every entity mention in `text`, in order, generic titles resolved against the whole text as one
        paragraph (`mark_entities` resolves them by the document's own paragraphs)."""
        from allyscope.discourse import resolve_references
        from allyscope.person_references import refer_back

        return resolve_references(text, refer_back(text, resolve_titles(text, self.match_names(text)), self), self)

    def match_names(self, text: str) -> list[EntityMention]:
        """Every entity mention in `text`, in order; a generic title keeps its role as a `title:` id, a collective
        or an anaphor its `collective:`/`anaphor:` id, for `discourse` to resolve. Compounds of abbreviations
        (`日豪`) are read after the names (`compounds`), never through one; a body the data lacks, named by the
        shape of its name, after all of them (`adhoc_bodies`: never through a name the data knows)."""
        found = owned_by_named_state(text, _named_monarchs_only(text, self._match_names(text)), self)
        found = with_short_forms(text, found, self)  # `海自`, `<state>空自` (force_short_forms)
        return bodies_as_written(text, self._without_longer_unknown_names(text, found))

    def _without_longer_unknown_names(self, text: str, found: list[EntityMention]) -> list[EntityMention]:
        """`found` without a known person read from a title and one word (`Minister Paulo`, `President Ahmed`)
        where the name written goes on with a capitalised word that none of those people's names holds
        (`Minister Paulo Lekai`): the text names someone else, whom the data may lack (`adhoc_people`), not any
        holder of that first word; the title before that word is kept as one. A title and a given name the field's
        people of several states share (`President Ahmed`: `given_name_titles`) keeps only the people the text
        introduces (`_named_in_full`), else the title alone."""
        # only a Latin name of two words or more is read: each distinct alias asked once (a document names a few
        # dozen entities in hundreds of mentions), its mentions picked in C, the others kept as they stand
        aliases = list(map(_ALIAS, found))
        spaced = {a for a in set(aliases) if " " in a and a.isascii() and a.rsplit(" ", 1)[-1][:1].isupper()}
        changed: dict[int, EntityMention | None] = {}  # index -> its mention in `found`'s place, or None: dropped
        for k in itertools.compress(range(len(found)), map(spaced.__contains__, aliases)):
            m = found[k]
            if not m.ids:
                continue
            after = _next_name_word(text, m.end)
            # past a particle, a person whose own name has that particle is the one named, spelt another way
            # (`Sultan Haitham bin Tarik` for Haitham bin Tariq); `Minister Tomas de Silva` is no `Tomáš` of the data
            words = (after.group(1), *after.groupdict().values()) if after is not None else ()
            lacks = after is not None and all(all(self._person_lacks(i, w) for w in words) for i in m.ids)
            if not lacks and fold(m.alias) in self.given_name_titles:
                known = self._named_in_full(text, m, found)
                if known:
                    changed[k] = m._replace(ids=known)  # `Prince Mohammed` after or as the full name
                    continue
                lacks = True  # a given name shared across the field, no holder named: the title stays
            if lacks:
                title = m.alias.rsplit(" ", 1)[0]  # the title stays one, for the name it introduces
                changed[k] = (
                    EntityMention(m.start, m.start + len(title), title, (TITLE + self.titles[fold(title)],), "")
                    if fold(title) in self.titles
                    else None
                )
        if not changed:
            return found
        out: list[EntityMention] = []
        for k, m in enumerate(found):
            kept = changed.get(k, m)
            if kept is not None:
                out.append(kept)
        return out

    def _named_in_full(self, text: str, m: EntityMention, found: list[EntityMention]) -> tuple[str, ...]:
        """The people of `m` (a title and a given name the field shares) whom the text introduces: named in full
        elsewhere in it (a mention of theirs in `found`) or right here (`Prince Mohammed bin Salman`: the name goes
        on), or whose state it names (`Crown Prince Mohammed … in Riyadh`). A holder of a state the text never
        names is not read from a given name (`President Ahmed` of a state whose people the data lacks)."""
        named = {i for n in found if n is not m for i in n.ids}
        named |= {str(self.entities.get(i, {}).get("part_of", "")) for i in named}
        word_at = m.end - len(m.alias.rsplit(" ", 1)[-1])
        return tuple(
            i
            for i in m.ids
            if i in named
            or self.entities.get(i, {}).get("part_of") in named
            or text.startswith(str(self.entities.get(i, {}).get("name", "")), word_at)
        )

    def _person_lacks(self, ident: str, word: str) -> bool:
        """Is `ident` a person none of whose English names holds `word`?"""
        entity = self.entities.get(ident) or {}
        if entity.get("type") != "person":
            return False
        word = fold_latin(re.sub(r"['’]s$", "", word))  # `Moon Jae-in's`; `Petricek` for `Petříček`
        names = [entity["name"], *entity.get("aliases", {}).get("en", [])]
        return all(word not in fold_latin(name).replace(",", " ").split() for name in names)

    def _match_names(self, text: str) -> list[EntityMention]:
        folded = fold_text(text) if len(text) > 2000 else fold(text)
        occupied: list[tuple[int, int]] = []
        nothing: list[tuple[int, int]] = []
        found = self._names(text, folded, occupied, nothing)
        if self.seats and not self._seat_targets().isdisjoint(map(_IDS, found)):
            found = self._seats_read(found)
        if self.compound_rules is None:
            return found
        groupings = self._groupings(found)
        compounds = read_compounds(text, folded, self.compound_rules, occupied, groupings, nothing)
        if not compounds:
            return found
        covered = {i for c in compounds for i in range(c.start, c.end)}
        kept = [m for m in found if m.start not in covered]
        made = [EntityMention(c.start, c.end, text[c.start : c.end], c.ids, "compound") for c in compounds]
        return sorted([*kept, *made], key=_START)

    def _seat_targets(self) -> frozenset[tuple[str, ...]]:
        """The targets (ids of a pattern) that name a city hosting groupings' seats (`seat:` first): a mention of one
        is found as such a target, so the mentions of a text are asked by their ids, in C (`isdisjoint`), not one by
        one; kept until the targets change."""
        if self.seat_targets is None or self.seat_targets[0] != len(self.targets):
            seats = frozenset(t for t in self.targets if t and t[0].startswith(SEAT))
            self.seat_targets = (len(self.targets), seats)
        return self.seat_targets[1]

    def _groupings(self, found: list[EntityMention]) -> frozenset[tuple[int, int]]:
        """The spans of the mentions in `found` that name a body or pact of states (`_groups_states`), each distinct
        ids asked once: a document names the same few dozen entities hundreds of times, and the answer depends on
        the data alone (the kept answers, `grouping_ids`, are as many as the data's targets at most)."""
        known = self.grouping_ids
        ids_of = list(map(_IDS, found))
        for ids in set(ids_of).difference(known):
            known[ids] = self._groups_states(ids)
        # the spans picked in C: no Python step for each of the document's hundreds of mentions
        return frozenset(itertools.compress(map(_SPAN, found), map(known.__getitem__, ids_of)))

    def _groups_states(self, ids: tuple[str, ...]) -> bool:
        """Is this a name of a body or pact of states (`type` in GROUPING_TYPES), which may be written beginning
        with its members' abbreviations, rather than a name spelt by sound (a person, a place, a company)?"""
        return any(self.entities.get(i, {}).get("type") in GROUPING_TYPES for i in ids)

    def _seats_read(self, found: list[EntityMention]) -> list[EntityMention]:
        """Each city that hosts the seat of groupings (`Brussels`, `布鲁塞尔`: data `seats` of discourse.json) read
        as the one of them the text names elsewhere, by name or through a body or person of it (`马尼拉与布鲁塞尔…
        启动…谈判` in a story naming the EU: the EU), as a capital names its state (basis `metonym`); a city whose
        groupings the text names none or several of names no one."""
        named: set[str] = set()
        for m in found:
            for ident in m.ids:
                if ident in self.entities:
                    named.add(ident)
                    named.add(self.entities[ident].get("part_of") or ident)
        out = []
        for m in found:
            if m.ids[:1] and m.ids[0].startswith(SEAT):
                groupings = [o for o in self.seats[int(m.ids[0][len(SEAT) :])] if o in named]
                m = EntityMention(m.start, m.end, m.alias, tuple(groupings) if len(groupings) == 1 else (), "metonym")
            out.append(m)
        return out

    def _names(
        self, text: str, folded: str, occupied: list[tuple[int, int]], nothing: list[tuple[int, int]] | None = None
    ) -> list[EntityMention]:
        """The names of `text`; the spans of all hits are added to `occupied`, and those of blocked words that name
        nothing (no name begun inside one runs past it) to `nothing`, when given."""
        found: list[EntityMention] = []
        targets, latin, blocked, bases, kana_edge = self.targets, self.latin, self.blocked, self.bases, self.kana_edge
        if len(self.plain) != len(targets):
            heads = self.one_character_heads or [False] * len(targets)
            self.plain = [
                not (
                    blocked[i]
                    or latin[i]
                    or kana_edge[i]
                    or heads[i]
                    or (targets[i] and targets[i][0] == ANAPHOR_BARE)
                    or self.patterns[i][-1] in self.word_heads
                )
                for i in range(len(targets))
            ]
        plain = self.plain
        hits = self.automaton.find_matches_as_indexes(folded, overlapping=False)
        if self.word_tails:
            hits = self._past_word_tails(folded, hits)
        occupied.extend((start, end) for _, start, end in hits)
        # Most hits are names no check can turn away: all of them are made into mentions in one comprehension
        # (as the tuples they are, without the named tuple's own `__new__`), then the few others are read one by
        # one and put in their place (all a hit gives starts inside it, and hits do not overlap: order is kept).
        made = tuple.__new__
        mentions: list[Any] = [
            made(EntityMention, (start, end, text[start:end], targets[index], bases[index])) if plain[index] else None
            for index, start, end in hits
        ]
        others = [k for k, hit in enumerate(hits) if not plain[hit[0]]]
        if not others:
            return mentions
        placed = 0
        for k in others:
            found.extend(mentions[placed:k])
            placed = k + 1
            size = len(found)
            self._checked(text, folded, hits[k], found, hits[k + 1][1] if k + 1 < len(hits) else len(folded))
            if nothing is not None and blocked[hits[k][0]] and len(found) == size:
                nothing.append((hits[k][1], hits[k][2]))  # a blocked word: no compound may hold it (`乌法峰会`)
        found.extend(mentions[placed:])
        return found

    def _checked(
        self, text: str, folded: str, hit: tuple[int, int, int], found: list[EntityMention], limit: int = -1
    ) -> None:
        """The mentions of a hit of a name some check may turn away (blocked, Latin, at a katakana edge, a bare
        anaphor, a one-character family name with a title), added to `found`. `limit` is where the next hit
        begins: the text up to it that a Latin hit turned away covered is read again (see `_after_word`)."""
        targets, latin, blocked, bases, kana_edge = self.targets, self.latin, self.blocked, self.bases, self.kana_edge
        size = len(text)
        index, start, end = hit
        if blocked[index]:
            found.extend(self._inside_blocked(text, folded, start, end))
            return
        if latin[index]:  # a Latin name inside a longer word is not that name
            before = text[start - 1] if start else " "
            after = text[end] if end < size else " "
            if (before.isascii() and before.isalnum()) or (after.isascii() and after.isalnum()):
                if not (before.isascii() and before.isalnum()):
                    self._shorter(text, folded, start, end, found)
                self._after_word(text, folded, start, end, found, limit)
                return
            written = text[start:end]
            if not any(_word_forms_agree(written, alias) for alias in self.spellings[index]) or (
                # a name without its diacritics is of lower standing: as written or in capitals, never in lower
                # case, where it may be words of a sentence (`the president to` is no `President Tô`)
                written.islower() and self.patterns[index] in self.folded_keys
            ):
                self._after_first_word(text, folded, start, end, found, limit)
                return
        elif kana_edge[index] and _inside_katakana_word(text, start, end):
            return  # `タイ` in `タイプ`: a katakana name inside a longer katakana word is not that name
        elif self.one_character_heads and self.one_character_heads[index] and start and _is_ideograph(text[start - 1]):
            # `莫里森总理`: the character ends another name; the title after it is read alone
            for inner, s, e in self.automaton.find_matches_as_indexes(folded[start + 1 : end], overlapping=False):
                self._checked(text, folded, (inner, start + 1 + s, start + 1 + e), found)
            return
        elif end < size and folded.startswith(self.word_heads.get(folded[end - 1], ()), end):
            # `<state>港|口`: a name whose last character begins a word with the character after it is that word's
            # head, where the text before that character is a name of its own (a state's port, not a capital
            # named `<state>港`); a name with no name before its last character is kept (`<place>港口`)
            head = self._names_within(text, folded, start, end - 1)
            if head and head[-1].end == end - 1:
                found.extend(head)
                return
        target = targets[index]
        if target and target[0] == ANAPHOR_BARE:
            if start and (_is_ideograph(text[start - 1]) or _is_katakana(text[start - 1])):
                return  # `パートナーシップ協定`: the end of a name, not `the agreement`
            target = (ANAPHOR,)
        found.append(EntityMention(start, end, text[start:end], target, bases[index]))

    def _shorter(self, text: str, folded: str, start: int, end: int, found: list[EntityMention]) -> None:
        """The names inside a longest Latin match that ends inside a word (`Defence Minister Han` in `Defence
        Minister Hanno`): the matches of the text before that word, each checked as a hit of its own, so that a
        longer alias the text does not hold hides no shorter one it does (`Defence Minister`)."""
        cut = folded.rfind(" ", start, end)
        if cut <= start:
            return
        for index, s, e in self.automaton.find_matches_as_indexes(folded[start:cut], overlapping=False):
            self._checked(text, folded, (index, start + s, start + e), found)

    def _after_first_word(
        self, text: str, folded: str, start: int, end: int, found: list[EntityMention], limit: int
    ) -> None:
        """The names inside a Latin hit its written form turned away (`the main port of <state>` is no `Port of
        <state>`, yet `<state>` is named): the text from its second word to the next hit (`limit`), each match
        checked as a hit of its own."""
        cut = folded.find(" ", start, end)
        if cut < 0:
            return
        stop = max(limit, end)
        for index, s, e in self.automaton.find_matches_as_indexes(folded[cut + 1 : stop], overlapping=False):
            self._checked(text, folded, (index, cut + 1 + s, cut + 1 + e), found, stop)

    def _after_word(self, text: str, folded: str, start: int, end: int, found: list[EntityMention], limit: int) -> None:
        """The names a Latin hit turned away hid from the word after the one it was cut in: a title with the first
        word of a name that begins inside a longer word (`Secretary Carl` in `Undersecretary Carlito Galvez`) or
        runs into a longer one (`Secretary Ash` in `Secretary Ashton Carter`) would otherwise eat the name that
        begins there. The text from that word to the next hit (`limit`) is matched again, each match checked as a
        hit of its own."""
        if limit < 0:
            return
        before = text[start - 1] if start else " "
        inside = before.isascii() and before.isalnum()
        # the first word the hit does not begin inside (start cut in a word), else the word the hit ends inside
        cut = folded.find(" ", start, end) if inside else folded.rfind(" ", start, end)
        if cut < 0 or cut + 1 >= limit:
            return
        begin = cut + 1
        for index, s, e in self.automaton.find_matches_as_indexes(folded[begin:limit], overlapping=False):
            self._checked(text, folded, (index, begin + s, begin + e), found, limit)

    def _past_word_tails(self, folded: str, hits: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
        """`hits` with each name that begins on the last character of a word of `word_tails` (`抵达`, `参加`) given up
        where a longer name begins right after that character and runs past it (`抵达卡塔尔`: Qatar, not the capital
        `达卡` read across the verb, which the leftmost match preferred): the text from that name on, up to the
        first hit beginning past its end, is matched again. A name with no longer one after it stays (`到达卡`, `to
        Dhaka`), as does one after the whole word (`抵达达卡`). Only hits of names beginning with a key are asked,
        picked in C: matching is on every document's path."""
        if len(self.tail_firsts) != len(self.patterns):
            self.tail_firsts = [p[:1] in self.word_tails and not p[:1].isascii() for p in self.patterns]
        marked = list(itertools.compress(range(len(hits)), map(self.tail_firsts.__getitem__, map(_START, hits))))
        if not marked:
            return hits
        out: list[tuple[int, int, int]] = []
        placed = 0
        for k in marked:
            if k < placed:
                continue  # within a name read again
            out.extend(hits[placed:k])
            placed = k
            _, start, end = hits[k]
            stop = self._name_past_tail(folded, start, end, out[-1][2] if out else 0)
            if stop < 0:
                continue
            after = k + 1
            while after < len(hits) and hits[after][1] < stop:
                after += 1
            bound = hits[after][1] if after < len(hits) else len(folded)
            begin = start + 1
            again = self.automaton.find_matches_as_indexes(folded[begin:bound], overlapping=False)
            out.extend((i, begin + s, begin + e) for i, s, e in again)
            placed = after
        out.extend(hits[placed:])
        return out

    def _name_past_tail(self, folded: str, start: int, end: int, before: int) -> int:
        """The end of the longest name that begins right after `folded[start]` and runs past `end`, where that
        character ends a word of `word_tails` none of whose characters a hit before (ending at `before`) holds;
        else -1."""
        words = self.word_tails.get(folded[start], ())
        begin = start + 1
        if not any(before <= begin - len(w) and folded.startswith(w, begin - len(w)) for w in words):
            return -1
        names = self._names_from(folded[begin : begin + 1])
        return max((begin + len(n) for n in names if begin + len(n) > end and folded.startswith(n, begin)), default=-1)

    def _names_from(self, first: str) -> list[str]:
        """The patterns neither blocked nor Latin that begin with `first` (`names_by_first`, built on first use)."""
        if not self.names_by_first:
            for i, pattern in enumerate(self.patterns):
                if not self.blocked[i] and not self.latin[i]:
                    self.names_by_first.setdefault(pattern[0], []).append(pattern)
        return self.names_by_first.get(first, [])

    def _may_cross(self, folded: str, start: int, end: int) -> bool:
        """May a name begin inside the blocked word `folded[start:end]` and run past its end? Such a name begins
        with what is left of the word from where it begins (`太平洋…` inside `印太`), so the text must begin there
        with one of the names that do (`crossing_names`, the names each end of each blocked word may begin): a
        plain test of the text, where the overlapping automaton read every name of a window after the word."""
        word = folded[start:end]
        names = self.crossing_names.get(word)
        if names is None:
            names = self.crossing_names[word] = self._crossing_names(word)
        return any(folded.startswith(begun, start + at) for at, begun in names)

    def _crossing_names(self, word: str) -> tuple[tuple[int, tuple[str, ...]], ...]:
        """(offset in `word`, the names neither blocked nor Latin that begin with `word[offset:]` and are longer)
        for each offset inside the word where there are some."""
        out = []
        for at in range(1, len(word)):
            rest = word[at:]
            begun = tuple(n for n in self._names_from(rest[0]) if len(n) > len(rest) and n.startswith(rest))
            if begun:
                out.append((at, begun))
        return tuple(out)

    def _inside_blocked(self, text: str, folded: str, start: int, end: int) -> list[EntityMention]:
        """A blocked word hides its aliases, unless a name starts inside it and runs past its end: then the
        text before that name is matched alone and the name is taken whole (a state's name, then the name of its
        maritime force begun inside the blocked word). A blocked word whose last character begins a word with the
        character after it (`<state>海|军` is `<state>|海军`) is no blocked word: the text before that last character
        is matched alone."""
        if end < len(folded) and folded.startswith(self.word_heads.get(folded[end - 1], ()), end):
            return self._names_within(text, folded, start, end - 1)
        if not self._may_cross(folded, start, end):
            return []
        window = folded[start : end + 24]
        crossing = [
            (s, e, i)
            for i, s, e in self.inner.find_matches_as_indexes(window, overlapping=True)
            if 0 < s < end - start < e and not self.blocked[i] and not self.latin[i]
        ]
        if not crossing:
            return []
        s, e, index = max(crossing, key=lambda c: (c[1] - c[0], -c[0]))
        out = self._names_within(text, folded, start, start + s)
        out.append(EntityMention(start + s, start + e, text[start + s : start + e], self.targets[index]))
        return out

    def _names_within(self, text: str, folded: str, start: int, end: int) -> list[EntityMention]:
        """The mentions of `text[start:end]` read alone, at their offsets in the whole text."""
        head = self._names(text[start:end], folded[start:end], [])
        return [EntityMention(m.start + start, m.end + start, m.alias, m.ids) for m in head]


def _cldr_names(language: str) -> dict[str, str]:
    from babel import Locale

    return dict(Locale.parse(language).territories)


_BRACKETED = re.compile(r"^(?P<base>[^()（）]+?)\s*[(（](?P<inner>[^()（）]+)[)）]$")


def _prose_forms(names: dict[str, str]) -> dict[str, list[str]]:
    """A CLDR name with a bracket (`Myanmar (Burma)`, `ミャンマー (ビルマ)`) is never written so in prose: its part
    before the bracket and the part inside are the state's names, each where no other territory of that language
    writes it (`刚果（金）` and `刚果（布）` share `刚果`, which names neither)."""
    split = {code: match for code, name in names.items() if (match := _BRACKETED.match(name))}
    bases = Counter(match["base"] for match in split.values())
    out: dict[str, list[str]] = {}
    for code, match in split.items():
        forms = [match["base"]] if bases[match["base"]] == 1 else []
        out[code] = [*forms, match["inner"]] if len(match["inner"]) >= 2 else forms
    return out


def _cldr_states(known: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """Every state of CLDR as an entity; a state the data has already gets CLDR's names added to its own."""
    names = {language: _cldr_names(language) for language in LANGUAGES}
    prose = {language: _prose_forms(names[language]) for language in LANGUAGES}
    states = []
    for code, english in names["en"].items():
        if len(code) != 2 or not code.isalpha() or code in _NOT_STATES:
            continue
        aliases = {
            language: sorted({names[language].get(code, ""), *prose[language].get(code, [])} - {""})
            for language in LANGUAGES
        }
        if code in known:
            merged = {
                language: list(dict.fromkeys([*known[code].get("aliases", {}).get(language, []), *aliases[language]]))
                for language in LANGUAGES
            }
            known[code] = {**known[code], "aliases": merged}
            continue
        states.append({"id": code, "type": "state", "name": english, "aliases": aliases, "source": "CLDR"})
    return states


# in data/gazetteer/, merged in this order
GAZETTEER_PARTS = ("people.json", "offices.json", "organizations.json", "forces.json")


_CAPITALISED_NEXT = re.compile(r" [A-ZÀ-ÝĀ-Ž]")
_NEXT_WORD = re.compile(r" ([A-ZÀ-ÝĀ-Ž][a-zà-ÿā-ž][\w'’-]*)")  # a capitalised word right after a name


@cache
def _next_word_past_a_particle() -> re.Pattern[str] | None:
    """A capitalised word after one particle of a name (discourse.json `as_written` 'name_particles_en': `de`,
    `bin`, `van`): `Minister Tomas de Silva` goes on past `Tomas` as `Minister Paulo Lekai` does past `Paulo`."""
    words = load_discourse().get("as_written", {}).get("name_particles_en", [])
    if not words:
        return None
    return re.compile(rf" (?P<particle>{'|'.join(map(re.escape, words))}){_NEXT_WORD.pattern}")


def _next_name_word(text: str, end: int) -> re.Match[str] | None:
    """The capitalised word that goes on with the name ending at `end`, right after it or past one particle."""
    after = _NEXT_WORD.match(text, end)
    if after is None and (particle := _next_word_past_a_particle()) is not None:
        after = particle.match(text, end)
    return after


@cache
def _titles_before_a_name() -> frozenset[str]:
    """gazetteer.json `titles_before_a_name_en`: monarchs' title words read only before a name."""
    return frozenset(load_data().get("titles_before_a_name_en", {}).get("titles", []))


def _named_monarchs_only(text: str, mentions: list[EntityMention]) -> list[EntityMention]:
    """`mentions` without a monarch's bare title word (`the King again`): `King`, `Sultan` are read as titles
    only right before a name (`King Sione Lavaka`), where they introduce a person the data may lack; a bare one
    stays what the discourse made of it before these words were titles."""
    words = _titles_before_a_name()
    if not words:
        return mentions
    # only a mention written as one of those words may go: each found in C by its alias, the others kept
    dropped = {
        k
        for k in itertools.compress(range(len(mentions)), map(words.__contains__, map(_ALIAS, mentions)))
        if (m := mentions[k]).basis == ""
        and m.ids[:1]
        and m.ids[0].startswith(TITLE)
        and not _CAPITALISED_NEXT.match(text, m.end)
    }
    return [m for k, m in enumerate(mentions) if k not in dropped] if dropped else mentions


def _read(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(resources.files("allyscope.data").joinpath(name).read_text("utf-8"))
    return data


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


def load_states() -> dict[str, Any]:
    """`data/states.json`: the states' extra names, capitals and abbreviations per script."""
    return _read("states.json")


def place_names() -> list[str]:
    """The names of `data/geography.json`'s seas, straits and regions that hold a state's name (`South China
    Sea`, `几内亚湾`): read whole, as blocked words, they name no actor (the longest match wins over the state)."""
    places = _read("geography.json")["places"]
    return [name for place in places for language in LANGUAGES for name in place["names"].get(language, [])]


def word_heads() -> dict[str, list[str]]:
    """`data/geography.json`'s `word_heads`: a place name's last character and the words (one character or more)
    after which it is the first of another word (`海` + `军`, `軍`: a navy), not the end of the place's name."""
    return dict(_read("geography.json").get("word_heads", {}))


def word_tails() -> dict[str, list[str]]:
    """`data/geography.json`'s `word_tails`: a name's first character and the words that end in it (`达`: `抵达`,
    `到达`), before which a longer name beginning right after it is read (`Gazetteer._past_word_tails`)."""
    return dict(_read("geography.json").get("word_tails", {}))


def load_discourse() -> dict[str, Any]:
    """`data/discourse.json`: collectives, anaphors and the compound reader's words."""
    return _read("discourse.json")


def _with_states(entities: dict[str, dict[str, Any]], states: list[dict[str, Any]]) -> set[str]:
    """States of states.json merged into `entities` (names added to an entity the gazetteer has); the folded
    capitals, whose mentions are metonyms."""
    capitals: set[str] = set()
    for state in states:
        places = _places_of(state)
        mine = {language: [*state["aliases"].get(language, []), *places.get(language, [])]
                for language in LANGUAGES}  # fmt: skip
        base = entities.get(state["id"], {k: v for k, v in state.items() if k != "aliases" and k not in PLACE_KEYS})
        if "predecessors" in state:  # a state gazetteer.json has too takes its successions from here (enact70)
            base = {**base, "predecessors": state["predecessors"]}
        merged = {
            language: list(dict.fromkeys([*base.get("aliases", {}).get(language, []), *mine[language]]))
            for language in LANGUAGES
        }
        entities[state["id"]] = {**base, "aliases": merged}
        capitals |= {fold(c) for names in places.values() for c in names}
    return capitals


def _with_demonyms(entities: dict[str, dict[str, Any]], demonyms: dict[str, list[str]]) -> None:
    """A state's English adjectives of nationality (states.json 'demonyms') added to its English names: `the
    Peruvian president` names Peru as `Peru's president` does, for every state the data lists, not a chosen few."""
    for ident, words in demonyms.items():
        entity = entities.get(ident)
        if entity is None or entity.get("type") != "state":
            continue
        aliases = dict(entity.get("aliases", {}))
        aliases["en"] = list(dict.fromkeys([*aliases.get("en", []), *words]))
        entities[ident] = {**entity, "aliases": aliases}


PLACE_KEYS = ("capitals", "cities", "regions")


def _places_of(state: dict[str, Any]) -> dict[str, list[str]]:
    """A state's capitals, its major cities and its first-level regions, per language. A city names its state as
    the place of an act (`landed at Busan`, `访问悉尼`): a clause naming only the other side and a city of this one
    is an act between the two, as a capital makes it; a province or a state of a federation acting (`云南省与…举行
    会议`, `慶尚南道は…`) is its state's part acting, so it names the state the same way. All count as metonyms,
    last when a collective reference is resolved."""
    return {
        language: [name for key in PLACE_KEYS for name in state.get(key, {}).get(language, [])]
        for language in LANGUAGES
    }


def _with_capital(words: list[str]) -> list[str]:
    """English words as written and, when they start in lower case, as they start a sentence (`The two …`)."""
    return list(dict.fromkeys(w for word in words for w in (word, word[:1].upper() + word[1:])))


def _possessive_words(collective: dict[str, Any], discourse: dict[str, Any]) -> list[str]:
    """The English words of a collective of two read with a possessive pronoun (`the two navies` -> `their
    navies`): English tells the two parties' own plural that way, and the pronoun points back to the parties
    the discourse established as the collective does (`discourse.json`, 'possessive_en')."""
    rule = discourse.get("possessive_en")
    if rule is None or collective["count"] != 2:
        return []
    words = set(collective["words"])
    return [
        rule["to"] + word[len(start) :]
        for word in collective["words"]
        for start in rule["from"]
        if word.startswith(start) and word not in rule["except"] and rule["to"] + word[len(start) :] not in words
    ]


def _compound_rules(states: dict[str, Any], discourse: dict[str, Any], entities: dict[str, Any]) -> CompoundRules:
    words = discourse["compounds"]
    sides: dict[str, Any] = states.get("sides", {})
    tables = {script: {fold(k): v for k, v in table.items()} for script, table in states["abbreviations"].items()}
    abbreviated = {ident for table in tables.values() for ident in table.values()}
    latin = {
        alias: ident
        for ident, entity in entities.items()
        if ident in abbreviated or entity["type"] == "organization"
        for alias in entity.get("aliases", {}).get("en", [])
        if alias.isascii() and alias.isalpha() and alias.isupper() and 2 <= len(alias) <= 5
    }
    return CompoundRules(
        tables=tables,
        latin=dict(sorted(latin.items(), key=lambda item: -len(item[0]))),
        joiners=words["joiners"],
        heads=tuple(dict.fromkeys(fold(h) for h in words["heads"])),
        single_heads=tuple(dict.fromkeys(fold(h) for h in words["single_heads"])),
        common_words=frozenset(fold(w) for w in words["common_words"]),
        open_before=frozenset(fold(words["open_before"])),
        sides={fold(k): v for k, v in sides.get("zh", {}).items()},
        side_head=fold(sides.get("head", "方")),
        side_open_before=frozenset(fold(sides.get("open_before", ""))),
        side_not_words=tuple(dict.fromkeys(fold(w) for w in sides.get("not_words", []))),
        state_head=fold(sides.get("state_head", "国")),
        state_after=tuple(dict.fromkeys(fold(w) for w in sides.get("state_after", []))),
        state_left_out=fold(sides.get("state_left_out", "")),
        compound_left_out=fold(sides.get("compound_left_out", "")),
        pair_heads=tuple(dict.fromkeys(fold(w) for w in sides.get("pair_heads", []))),
        shared_pairs={fold(k): tuple(v) for k, v in sides.get("shared_pairs", {}).items()},
        verb_prefixes={script: fold(chars) for script, chars in words.get("verb_prefixes", {}).items()},
        verb_tails={
            script: tuple(dict.fromkeys(fold(t) for t in tails))
            for script, tails in words.get("verb_tails", {}).items()
        },
        verb_not_words=frozenset(fold(w) for w in words.get("verb_not_words", [])),
    )


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
    states, discourse = load_states(), load_discourse()
    entities = {e["id"]: e for e in data["entities"]}
    capitals = _with_states(entities, states["states"])
    for state in _cldr_states(entities):
        entities[state["id"]] = state
    _with_demonyms(entities, states.get("demonyms", {}))
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
    generations = set(discourse.get("refer_back", {}).get("generation_prefixes", []))
    for ident, entity in entities.items():
        for language in LANGUAGES:
            for alias in entity.get("aliases", {}).get(language, []):
                if len(alias) >= 2 and fold(alias) not in titles:
                    add(alias, (ident,))
        if entity["type"] == "person" and (reverse := family_first(entity["name"])) is not None:
            add(reverse, (ident,))
        # `小马科斯` is also written `马科斯` (discourse.json refer_back), but not a name with no family name
        # (`小萨勒曼`, the crown prince: `萨勒曼` is his father's name, the king's: `name_parts`)
        if entity["type"] == "person" and standing_ends(entity)[1]:
            for alias in [*entity.get("aliases", {}).get("zh", []), *entity.get("aliases", {}).get("zh_Hant", [])]:
                if alias[:1] in generations and len(alias) >= 4 and fold(alias[1:]) not in table:
                    add(alias[1:], (ident,))
    for word, shared in states.get("shared_demonyms", {}).get("en", {}).items():  # `Congolese`: the text tells which
        add(word, tuple(shared), replace=True)
    for word, shared in states.get("shared_short_forms", {}).get("zh", {}).items():  # `馬國`: the text tells which
        add(word, tuple(shared), replace=True)
    cjk_titles = [t for t in data.get("titles", {}) if not t.isascii()]
    for ident, alias in _surnames_with_titles(entities, data.get("titles", {})):
        # a family name that is another person's name alone (`杜魯道`: Justin Trudeau, when Pierre's full name
        # gives `杜魯道總理`): the title names either of them, and their terms tell which
        heads = [fold(alias[: -len(t)]) for t in cjk_titles if alias.endswith(t)]
        kin = [i for head in heads for i in table.get(head, ()) if entities.get(i, {}).get("type") == "person"]
        add(alias, tuple(dict.fromkeys((ident, *kin))))
    for ident, alias in titled_family_aliases(entities, data.get("titles", {})):
        add(alias, (ident,))  # a family name beside a title only (`乌拉圭外长帕加尼尼`), never alone
    for ident, alias in _leaders_with_governments(entities, data.get("leader_governments", {})):
        if fold(alias) not in table:
            add(alias, (ident,))
    shorts = {fold(c) for table_ in states["abbreviations"].values() for c in table_}
    one_character_heads: set[str] = set()  # a family name's one character + title, read after no ideograph
    for ident, alias in _one_character_families(
        entities, data.get("titles", {}), data.get("one_character_families"), shorts
    ):
        if fold(alias) not in table or all(entities.get(i, {}).get("type") == "person" for i in table[fold(alias)]):
            if fold(alias[1:]) not in titles:  # `蔡前總統` after an ideograph (`访华前总理`) reads into a word
                one_character_heads.add(fold(alias))
            add(alias, (ident,))
    for ident, alias in _mixed_length_families(
        entities, data.get("titles", {}), data.get("mixed_length_families"), shorts
    ):
        if fold(alias) not in table or all(entities.get(i, {}).get("type") == "person" for i in table[fold(alias)]):
            if fold(alias[1:]) in titles:
                one_character_heads.add(fold(alias))
            add(alias, (ident,))
    short_titles = data.get("short_titles_en", {}).get("titles", {})
    family_first_states = frozenset(
        state
        for key in ("one_character_families", "mixed_length_families")
        for state in data.get(key, {}).get("states", [])
    )
    titled_names = _english_titles_with_names(entities, data.get("titles", {}), short_titles)
    for ident, alias in titled_names:
        if fold(alias.split(" ")[-1]) not in table:  # a name known alone is found alone, its title read apart
            add(alias, (ident,))
            # the title with the given name (`Prime Minister Ichiro`) would leave the rest of the whole name over
            # to another person of that family (`Hatoyama`: Yukio): the title with the whole name is one name too
            first, _, rest = entities[ident]["name"].partition(" ")
            if rest and alias.endswith(f" {first}"):
                add(f"{alias} {rest}", (ident,))
    blocked_list = [*data["blocked"], *states["blocked"], *discourse["blocked"], *place_names()]
    blocked_words = {fold(w) for w in blocked_list}
    # names as pages write them without diacritics (`Sebastian Pinera`): of lower standing, never over a key
    folded_keys: set[str] = set()
    for alias, ids in folded_aliases(spellings, table, set(entities), blocked_words, fold_word):
        add(alias, ids)
        folded_keys.add(fold(alias))
    abbreviations: dict[str, str] = {fold(k): v for k, v in states["abbreviations"]["zh"].items()}
    names_by_first = _names_by_first(table, entities)
    for compound in data["compounds"]:  # a governing word and an abbreviation: 对华, 访日
        named = tuple(dict.fromkeys(abbreviations[c] for c in fold(compound) if c in abbreviations))
        add(compound, named, replace=True)
        head = fold(compound)[:-1]
        for name in names_by_first.get(fold(compound)[-1], ()):  # `对乌兹别克斯坦` is not `对乌` + `兹别克斯坦`
            if head + name not in table:
                add(compound[:-1] + name, table[name])
    for character, ident in data.get("standalone", {}).items():
        add(character, (ident,))
    for title in data.get("titles", {}):
        add(title, (TITLE + titles[fold(title)],), replace=True)
    for index, collective in enumerate(discourse["collectives"]):
        for word in _with_capital([*collective["words"], *_possessive_words(collective, discourse)]):
            add(word, (f"{COLLECTIVE}{index}",), replace=True)
    grouped: set[str] = set()
    for grouping in discourse["groupings"]:
        for word in grouping["words"]:
            named = tuple(i for i in table.get(fold(word), ()) if i in entities)
            add(word, tuple(dict.fromkeys([*named, *grouping["members"]])), replace=True)
            grouped.add(fold(word))
    for index, seat in enumerate(discourse.get("seats", {}).get("cities", [])):
        for word in seat["words"]:
            add(word, (f"{SEAT}{index}",), replace=True)
    for word in _with_capital(discourse["anaphors"]["words"]):
        add(word, (ANAPHOR,), replace=True)
    for word in discourse["anaphors"]["bare"]:
        if fold(word) not in table:
            add(word, (ANAPHOR_BARE,))
    for word in blocked_list:
        if fold(word) not in table:
            add(word, ())
    patterns = list(table)
    automaton = ahocorasick_rs.AhoCorasick(patterns, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)
    inner = ahocorasick_rs.AhoCorasick(patterns)
    g = Gazetteer(Entities(entities), patterns, [table[p] for p in patterns], automaton)
    g.spellings = [tuple(spellings.get(p, [])) for p in patterns]
    g.blocked = [p in blocked_words and not table[p] for p in patterns]
    g.bases = [
        "grouping" if p in grouped else "metonym" if p in capitals and len(table[p]) == 1 else "" for p in patterns
    ]
    g.inner = inner
    g.titles = titles
    g.one_character_heads = [p in one_character_heads for p in patterns]
    g.compound_rules = _compound_rules(states, discourse, entities)
    g.collectives = discourse["collectives"]
    g.window = int(discourse["window"])
    g.seats = [tuple(seat["organizations"]) for seat in discourse.get("seats", {}).get("cities", [])]
    g.given_name_titles = frozenset(given_name_titles(entities, titled_names, family_first_states))
    g.word_heads = {fold(last): tuple(fold(c) for c in after) for last, after in word_heads().items()}
    g.word_tails = {fold(first): tuple(dict.fromkeys(map(fold, words))) for first, words in word_tails().items()}
    g.folded_keys = frozenset(folded_keys)
    return g


def _names_by_first(table: dict[str, tuple[str, ...]], entities: dict[str, dict[str, Any]]) -> dict[str, list[str]]:
    """First character → the folded CJK names of one state or organization that begin with it and are longer than
    it. A compound of a governing word and an abbreviation (`对乌`, Ukraine) is matched leftmost, so it would eat the
    first character of a longer name the abbreviation begins (`对乌兹别克斯坦`, `访乌拉圭`): the governing word with
    the whole name is made a name of its own, read as that name's entity."""
    out: dict[str, list[str]] = {}
    for key, ids in table.items():
        kind = entities.get(ids[0], {}).get("type") if len(ids) == 1 else None
        if len(key) > 1 and not key[0].isascii() and kind in ("state", "organization"):
            out.setdefault(key[0], []).append(key)
    return out


def _surnames_with_titles(entities: dict[str, dict[str, Any]], titles: dict[str, str]) -> list[tuple[str, str]]:
    """(person, alias) for each CJK name written in full as `given・family` or `given·family` (`ペニー・ウォン`,
    `罗德里戈·杜特尔特`): the press names a foreign office holder by the family name with a title (`ウォン外相`,
    `杜特尔特总统`), which then names that person (whose office on the date the terms check), and Chinese text
    by the family name alone when it is long enough not to be a word (`杜特蒂政府`: three characters or more)."""
    cjk_titles = [t for t in titles if not t.isascii()]
    out = []
    for ident, entity in entities.items():
        if entity["type"] != "person":
            continue
        held = {entities.get(r["office"], {}).get("role") for r in entity.get("roles", [])} - {None}
        # a title of a role the person never held is not theirs (`萨勒曼国王` is the king, not the crown prince
        # whose name ends the same); a person whose offices the data does not record keeps every title
        mine = [t for t in cjk_titles if not held or titles[t] in held]
        if not standing_ends(entity)[1]:
            continue  # the name's last part is no family name (`萨勒曼` of `穆罕默德·本·萨勒曼`: `name_parts`)
        for language, names in entity.get("aliases", {}).items():
            if language == "en":
                continue
            for alias in names:
                family = re.split(r"[・·]", alias)[-1] if re.search(r"[・·]", alias) else ""
                if len(family) < 2:
                    continue
                out += [(ident, family + title) for title in mine]
                if language != "ja" and len(family) >= 3:
                    out.append((ident, family))
    return out


def _cjk_names_with_held_titles(
    entities: dict[str, dict[str, Any]], titles: dict[str, str], states: set[str]
) -> Iterator[tuple[str, str, list[str]]]:
    """(person, ideographic alias, the CJK titles of the roles that person held) for every person of `states`: the
    press writes a holder's family name before such a title (`蔡總統`, `林外相`), and the two readers of family names
    below differ only in where a family name ends."""
    cjk_titles = [t for t in titles if not t.isascii()]
    for ident, entity in entities.items():
        if entity["type"] != "person" or entity.get("part_of") not in states:
            continue
        held = {entities.get(r["office"], {}).get("role") for r in entity.get("roles", [])} - {None}
        mine = [t for t in cjk_titles if titles[t] in held]
        for language in ("zh", "zh_Hant", "ja"):
            for alias in entity.get("aliases", {}).get(language, []):
                yield ident, alias, mine


def _one_character_families(
    entities: dict[str, dict[str, Any]], titles: dict[str, str], data: dict[str, Any] | None, shorts: set[str]
) -> list[tuple[str, str]]:
    """(person, alias) for the one-character family name of a person of a state that writes names family first
    in three ideographs (`蔡英文`, `文在寅`: data `one_character_families`), followed by a title of a role the
    person held (`蔡總統`, `文总统`, `尹大統領`): the press names the holder so, with or without a full mention
    before. Two people who would share such a name (`李總統`) share it as people who share a name do: their terms
    of office tell them apart. A family name that is also a state's one-character name (`韓`, `中`, `朝`: `shorts`)
    is left out: `日韓防衛相` is the two states' ministers, not a minister named Han."""
    if not data:
        return []
    out = []
    markers = ("", *data.get("former", ()))  # `蔡前總統`: a former holder, named as the holder is
    for ident, alias, mine in _cjk_names_with_held_titles(entities, titles, set(data["states"])):
        if len(alias) == 3 and all("\u3400" <= c <= "\u9fff" for c in alias) and fold(alias[0]) not in shorts:
            out += [(ident, alias[0] + marker + title) for marker in markers for title in mine]
    return list(dict.fromkeys(out))


def _mixed_length_families(
    entities: dict[str, dict[str, Any]], titles: dict[str, str], data: dict[str, Any] | None, shorts: set[str]
) -> list[tuple[str, str]]:
    """(person, alias) for the family name of a person of a state whose names, written family first in ideographs,
    do not show where the family name ends (`林芳正`, `石破茂`, `岸田文雄`: data `mixed_length_families`), followed by a
    title of a role the person held (`林外相`, `岸防衛大臣`): the press names the holder so, with or without a full
    mention before. Every first part the name's length allows is read (`林` and `林芳` of `林芳正`): a part that is
    not the family name is written before no title, and two people who would share a part are told apart by their
    terms of office. A one-character part that is a state's one-character name (`shorts`: `中国防相`) or a word
    written before titles (`not_families`: `前外相` is a former foreign minister) names nobody so, nor one before a
    title whose first character makes a word with it (`not_before_one`: `小国防相` is 小国, a small state)."""
    if not data:
        return []
    states = set(data["states"])
    lengths = {int(n): [int(k) for k in ks] for n, ks in data["lengths"].items()}
    not_families = {fold(w) for w in data.get("not_families", [])}
    not_before_one = tuple(fold(w) for w in data.get("not_before_one", []))
    out = []
    for ident, alias, mine in _cjk_names_with_held_titles(entities, titles, states):
        if not all("\u3400" <= c <= "\u9fff" for c in alias):
            continue
        for k in lengths.get(len(alias), []):
            family = alias[:k]
            if k == 1 and (fold(family) in shorts or fold(family) in not_families):
                continue
            out += [(ident, family + title) for title in mine if k > 1 or not fold(title).startswith(not_before_one)]
            if k > 1:  # `蔡前總統`, `文前總統`: a former holder; a one-character part before `前` reads into words
                out += [(ident, family + marker + title) for marker in data.get("former", ()) for title in mine]
    return list(dict.fromkeys(out))


_LEADS = ("head-of-state", "head-of-government")


def _leaders_with_governments(entities: dict[str, dict[str, Any]], words: dict[str, Any]) -> list[tuple[str, str]]:
    """(person, alias) for a head of state's or government's family name followed by a word for the government
    they lead (`ドゥテルテ政権`, `杜特尔特政府`, `the Duterte administration`): the press names a government by its
    leader, which names that leader and, through the office held on the date, the state (data:
    `leader_governments`). Only people who held such an office: no minister's name makes a government."""
    cjk, english = words.get("cjk", []), words.get("en", [])
    out = []
    for ident, entity in entities.items():
        if entity["type"] != "person":
            continue
        if not any(entities.get(r.get("office", ""), {}).get("role") in _LEADS for r in entity.get("roles", [])):
            continue
        for language, names in entity.get("aliases", {}).items():
            for alias in names:
                if language == "en":  # the ends of the name the `no_family_name` field lets stand
                    name_words = entity["name"].split()
                    parts = standing_elements(entity, name_words) if len(name_words) > 1 else name_words
                    out += [(ident, f"{w} {g}") for w in parts for g in english]
                    break
                dotted = re.search(r"[・·]", alias) and standing_ends(entity)[1]
                family = re.split(r"[・·]", alias)[-1] if dotted else ""
                if len(family) >= 2:
                    out += [(ident, family + word) for word in cjk]
    return out


def _english_titles_with_names(
    entities: dict[str, dict[str, Any]], titles: dict[str, str], short_titles: dict[str, list[str]] | None = None
) -> list[tuple[str, str]]:
    """(person, alias) for an English title of an office the person held followed by one word of their name
    (`President Yoon`, `PRESIDENT YOON`): English prose names an office holder so after the first mention. Only
    the titles of the roles the person's terms of office hold; the first and the last word both (those the
    person's `no_family_name` field lets stand: `name_parts`), since the data
    writes some names family first (`Yoon Suk Yeol`) and others family last. A short title that names the kind
    of office alone (`short_titles`: `Minister Anand`, `Secretary Austin`, `Prince Hussein`) is read so for the
    people who held an office of one of its roles. A first word the field's people of several states share
    (`shared_given_names`: `Ahmed`, `Joseph`) names a person only after a full mention (`given_name_titles`)."""
    short = {t: set(roles) for t, roles in (short_titles or {}).items()}
    out = []
    for ident, entity in entities.items():
        roles = {entities.get(r.get("office", ""), {}).get("role") for r in entity.get("roles", [])} - {None}
        words = entity["name"].split() if entity["type"] == "person" and roles else []
        if len(words) < 2:
            continue
        mine = [t for t, role in titles.items() if role in roles and t.isascii() and t[0].isupper()]
        mine += [t for t, kinds in short.items() if kinds & roles]
        out += [(ident, f"{title} {word}") for title in mine for word in standing_elements(entity, words)]
    return out


def given_name_titles(
    entities: dict[str, dict[str, Any]], aliases: list[tuple[str, str]], family_first_states: frozenset[str]
) -> set[str]:
    """The folded `aliases` (person, `title word`) whose word is a given name the field's people of several
    states share (`President Ahmed`, `Prince Mohammed`): such a title and name names a person only once the text
    has named that person in full (`Gazetteer._without_longer_unknown_names`)."""
    given = shared_given_names(entities, family_first_states)
    out = set()
    for ident, alias in aliases:
        word = alias.rsplit(" ", 1)[-1]
        words = entities[ident]["name"].split()
        if word == words[0] and word in given and entities[ident].get("part_of") not in family_first_states:
            out.add(fold(alias))
    return out


def shared_given_names(entities: dict[str, dict[str, Any]], family_first_states: frozenset[str]) -> set[str]:
    """The first words of the English names of office holders of two states or more, people of the states that
    write names family first left aside (`Kim`, `Lee`: their first word is the family name): a given name the
    field shares (`Ahmed`, `Joseph`, `Mohammed`). A title before it (`President Ahmed`) names no one the data
    can tell: terms of office tell apart people of one state only, so an unknown holder so named would be read
    as a known person of another state and bring that state in (act52)."""
    states: dict[str, set[str]] = {}
    for entity in entities.values():
        words = entity["name"].split() if entity.get("type") == "person" and entity.get("roles") else []
        if len(words) >= 2 and entity.get("part_of") not in family_first_states:
            states.setdefault(words[0], set()).add(entity.get("part_of", ""))
    return {word for word, owners in states.items() if len(owners) > 1}


_SENTENCE_END = re.compile(r"[。！？!?.](?:(?<=\.)\s|(?<!\.))")  # `[。！？!?]|\.\s` led by one class (faster)
_JOINED_BEFORE = {"", "の", "的", "之", "'s", "’s"}  # `英国首相`, `日本の首相`, `Japan's Prime Minister`
_JOINED_AFTER = {"", "of", "of the"}  # `首相梅伊`, `Prime Minister <name>`, `Prime Minister of <state>`
_TITLES_JOINED = {"と", "及び", "和", "与", "與", "及", "、", "and", "&"}  # two titles of one owner: `外相と国防相`
_NAME_AFTER = re.compile(r" (?:[A-Z][a-z]+|[A-Z]{2,})\b")  # `Prime Minister Rishi SUNAK`: a name follows
# one holder's offices chained by 兼 (`副首相兼外相`, `首相兼国防相`, `國務委員兼外長`): the chain before a title
# a foreign name written in ideographs in full, its parts joined by a middle dot (`阿卜杜勒·拉扎克`, `夏納納·古斯芒`)
_DOTTED_NAME = re.compile(r"(?:[\u3400-\u9fff]{1,6}[·・‧])+[\u3400-\u9fff]{1,6}$")
_DOTTED_AFTER = re.compile(r"(?:[\u3400-\u9fff]{1,6}[·・‧])+[\u3400-\u9fff]{1,6}")
_CHAINED_OFFICES = re.compile(r"(?:[\u3400-\u9fff]{1,6}兼任?)+$")


@cache
def _services_between() -> frozenset[str]:
    """`discourse.json` `as_written` 'services_between_cjk' (act63): a state's armed services or forces written
    between the state and a title (`<state>武装部队总参谋长`, `<state>國防軍司令`): the title is still the state's."""
    return frozenset(load_discourse().get("as_written", {}).get("services_between_cjk", []))


def _title_owner(text: str, mentions: list[EntityMention], index: int, g: Gazetteer) -> tuple[str | None, bool]:
    """The state a title is joined to (`英国首相`, `Australian Prime Minister`, `岸田首相`, `Prime Minister of
    Japan`, `Prime Minister Kishida`), and whether the title stands next to a name the data does not know
    (`ハワード首相`, `Prime Minister Rishi Sunak` with Sunak unknown): then it is that person's title, whose state
    the text does not say."""
    m = mentions[index]
    if index:
        before = mentions[index - 1]
        joint = text[before.end : m.start].strip()
        joint = joint if joint not in _services_between() else ""  # `<state>武装部队总参谋长`: the state's title
        if joint in _JOINED_BEFORE and before.ids and not before.ids[0].startswith(TITLE):
            groupings = [i for i in before.ids if g.entities.get(i, {}).get("type") == "organization"]
            if len(groupings) == 1 and (groupings[0], m.ids[0][len(TITLE) :]) in offices_by_role():
                return groupings[0], False  # `the EU's foreign policy chief`, `欧盟外交事务负责人`: its office
            states = _states_of(before.ids, g)
            unknown = _unknown_name_after(text, mentions, index)  # `马来西亚总理阿卜杜勒·拉扎克`, name unknown
            return (states[0] if len(set(states)) == 1 else None), len(set(states)) != 1 or unknown
    if index + 1 < len(mentions):
        after = mentions[index + 1]
        gap = text[m.end : after.start].strip()
        if gap in _JOINED_AFTER and after.ids and len(text[m.end : after.start]) <= 8:
            kinds = {g.entity(i)["type"] for i in after.ids if i in g.entities}
            if gap or kinds & {"person"}:
                states = _states_of(after.ids, g)
                if len(set(states)) == 1:
                    return states[0], False
    lead = m.start
    if m.start and (chain := _CHAINED_OFFICES.search(text, max(0, m.start - 16), m.start)):
        lead = chain.start()  # `ドーン副首相兼外相`: a second office of one holder, whose name leads the chain
        # the first mention before the title that is no title of the chain: the name leading it when it ends at
        # the chain's start or inside it (`マールズ副首相` read as one name with its first office)
        holder = next(
            (
                n
                for n in reversed(mentions[:index])
                if not (n.start >= lead and n.ids[:1] and n.ids[0].startswith(TITLE))
            ),
            None,
        )
        if holder is not None and holder.end >= lead and holder.ids and not holder.ids[0].startswith(TITLE):
            states = _states_of(holder.ids, g)  # `マールズ副首相兼国防大臣`: the name the data knows leads it
            return (states[0] if len(set(states)) == 1 else None), len(set(states)) != 1
    dotted = _DOTTED_NAME.search(text, max(0, lead - 24), lead) if lead else None
    if lead and (_is_katakana(text[lead - 1]) or dotted):
        # a name the data does not know: in katakana (`テオドロ国防相`), or a foreign name in ideographs written in
        # full with its middle dot (`阿卜杜勒·拉扎克总理`)
        begin = lead - 1
        while begin and (_is_katakana(text[begin - 1]) or text[begin - 1] == "・"):
            begin -= 1
        if dotted and not _is_katakana(text[lead - 1]):
            begin = dotted.start()
        state = next((n for n in reversed(mentions[:index]) if n.end <= begin), None)
        joint = text[state.end : begin].strip() if state is not None else ""
        if joint.endswith("の") and joint[:-1] in _services_between():
            joint = "の"  # `<state>国防軍の<Name>国防軍司令官`: the state's forces between, the state's title
        if state is not None and joint in _JOINED_BEFORE - {""}:
            states = _states_of(state.ids, g)  # `フィリピンのテオドロ国防相`: the state the name is joined to
            if len(set(states)) == 1:
                return states[0], True
        return None, True
    follows = _NAME_AFTER.match(text, m.end)
    if follows and not (index + 1 < len(mentions) and mentions[index + 1].start == follows.start() + 1):
        return _state_after_the_name(text, mentions, index, g), True
    return None, False


def _state_after_the_name(text: str, mentions: list[EntityMention], index: int, g: Gazetteer) -> str | None:
    """The state joined by `of` to the name the data does not know after an English title (`King Sione Lavaka
    of Tonga`, `Ambassador Salim Al Hinai of <state>`): the title's, as in `Prime Minister of <state>`; else None."""
    m = mentions[index]
    span = name_beside_title(text, m.start, m.end) if m.alias[:1].isascii() else None
    if span is None:
        return None
    after = next((n for n in mentions[index + 1 : index + 4] if n.start >= span[1]), None)
    if after is None or text[span[1] : after.start].strip() not in ("of", "of the"):
        return None
    states = _states_of(after.ids, g)
    return states[0] if len(set(states)) == 1 and after.basis != "metonym" else None


def _unknown_name_after(text: str, mentions: list[EntityMention], index: int) -> bool:
    """Does a foreign name the data does not know follow the title `mentions[index]` right after it: ideographs
    in full with a middle dot (`总理阿卜杜勒·拉扎克`) or katakana (`大統領ラモス＝ホルタ`), where no mention starts?
    The title is then that person's, and no other holder of it is inferred."""
    end = mentions[index].end
    if index + 1 < len(mentions) and mentions[index + 1].start == end:
        return False
    return unknown_name_at(text, end)


def unknown_name_at(text: str, at: int) -> bool:
    """Does a foreign name in CJK script start at `at` (where the gazetteer found none): ideographs written in
    full with a middle dot (`阿卜杜勒·拉扎克`), a katakana word (`ラモス＝ホルタ`) or one set after `の` and closed
    by `氏` (`のエリナ・ハウフィク氏`)?"""
    return (
        bool(_DOTTED_AFTER.match(text, at))
        or (at < len(text) and _is_katakana(text[at]))
        or bool(KATAKANA_APPOSED.match(text, at))  # `外相のエリナ・ハウフィク氏` (act63)
    )


def resolve_titles(
    text: str,
    mentions: list[EntityMention],
    paragraphs: list[tuple[int, int]] | None = None,
    dated: Callable[[int], str | None] | None = None,
) -> list[EntityMention]:
    """`_resolve_titles`, then the people the data lacks written without a dot beside a Chinese title or office,
    after an office's Chinese name, or before `氏` in kanji, each as written (`adhoc_people.undotted_names`): added
    beside the titles' readings, which they leave as they were. `dated` gives the date a title at an offset is
    read on (the last date before it in its paragraph, else the document's: `dated_at`): an office the data names
    holders of, none of whom held it then, takes the name beside it as a title no holder fills does (cjkp65)."""
    read = _resolve_titles(text, mentions, paragraphs)
    held = _held_offices()

    def holds(m: EntityMention) -> bool:
        if any(i.startswith("person:") for i in m.ids):
            return True
        offices = [i for i in m.ids if i in held]
        if not offices:
            return False
        when = dated(m.start) if dated is not None else None
        return when is None or _day_range(when) is None or any(holders(o, when) for o in offices)

    titles = [
        (m.start, m.end, holds(m))
        for m in read
        if not m.alias[:1].isascii() and (m.basis == "title" or (m.ids and m.ids[0].startswith(("office:", TITLE))))
    ]
    # a place read as its state inside a longer run of a name's characters (`<place><more>总理`) is no mention of
    # its own once that run is read as a name: a name may take it, never the state's or a person's name
    # a known person's family name alone right after a post, the text going on with another given name
    # (`<post><family><other given>`, act70), is no mention of that person: the name after the post is read whole
    families = {
        (m.start, m.end)
        for m in read
        if any(i.startswith("person:") for i in m.ids)
        and family_alias_opening(text[m.start : m.start + 5]) == m.end - m.start
        and (span := kanji_name_after_post(text, m.start)) is not None
        and span[0] == m.start
        and span[1] > m.end
    }
    spans = undotted_names(
        text,
        titles,
        [(m.start, m.end) for m in read if (m.start, m.end) not in families],
        [(m.start, m.end) for m in read if m.basis == "metonym"],
    )
    if not spans:
        return read
    people = [EntityMention(a, b, text[a:b], (AS_WRITTEN + text[a:b],), "undotted") for a, b in spans]
    kept = [
        m
        for m in read
        if not (
            (m.basis == "metonym" or (m.start, m.end) in families)
            and any(a <= m.start and m.end <= b for a, b in spans)
        )
    ]
    return sorted([*kept, *people], key=_START)


@cache
def _held_offices() -> frozenset[str]:
    """The offices the people data names a holder of (at any time)."""
    return frozenset(
        r["office"] for e in gazetteer().entities.values() if e.get("type") == "person" for r in e.get("roles", [])
    )


def _resolve_titles(
    text: str, mentions: list[EntityMention], paragraphs: list[tuple[int, int]] | None = None
) -> list[EntityMention]:
    """Generic titles given to the state they are joined to, else (when no unknown name stands next to them)
    to the state named closest before them in their sentence (a place there, `In Paris`, only when the discourse
    names no holder of the title: `_TitleHolders`), else to the holder of the title the discourse last named, else
    to the one state their paragraph names, places aside; the office of that state with that role when the data
    has one (`office:jp-pm`), else the state itself. A title no state claims keeps no ids."""
    from allyscope.counterpart_names import possessed_counterparts

    g = gazetteer()
    mentions = _with_honorific_names(text, _with_counterparts(text, mentions, g))
    mentions = possessed_counterparts(text, mentions, g)  # `met his counterpart <Name>` (enact70)
    carriers = _title_carriers()
    # the titles and the names that carry an office, in order: each distinct first id (a few dozen a document,
    # named hundreds of times) tested once, the mentions picked by it without a Python step each
    firsts = [ids[0] if ids else "" for ids in map(_IDS, mentions)]
    kinds = {first: (first.startswith(TITLE), first in carriers) for first in set(firsts)}
    is_title = [kinds[first][0] for first in firsts]
    after_offices = _people_after_offices(text, mentions)
    if not any(is_title):
        return sorted([*mentions, *after_offices], key=_START) if after_offices else mentions
    titled = list(itertools.compress(range(len(firsts)), is_title))
    read = [i for i, first in enumerate(firsts) if kinds[first] != (False, False)]
    titled_set = set(titled)
    offices = offices_by_role()
    spans = sorted(paragraphs or [(0, len(text))])
    out = list(mentions)  # every other mention as it is; each title's owner is read from `mentions`
    carried = _TitleHolders()
    state_roles = _state_roles()
    as_written: list[EntityMention] = []
    for i in read:
        m = mentions[i]
        if i not in titled_set:
            carried.see(m)
            continue
        role = m.ids[0][len(TITLE) :]
        owner, named = _title_owner(text, mentions, i, g)
        person = _person_as_written(text, mentions, i)
        if person is not None:
            as_written.append(person)
            # a foreign name in CJK script written in full beside the title: the title is that person's and no other
            # holder of it is inferred (as `_title_owner` reads such names joined to a state). An English title
            # keeps its office when its adjective or clause gives the state: the terms of office the data holds
            # decide its holder, and a name written as the data does not spell it is more often that holder's
            # other spelling than another holder (the person as written is added beside it either way)
            named = named or not person.alias[:1].isascii()
        ids: tuple[str, ...] = ()
        if owner is None and not named and role in state_roles:
            owner = _state_before(text, mentions, i, g, skip_places=bool(carried.last.get(role)))
            if owner is not None and not _title_fits(owner, role, m.alias, offices, g):
                owner = None  # `Modi … as the Emir's guest`: India has no emir; the emir the discourse named
            if owner is not None and _is_partner_title(text, mentions, i):
                other = _partner_state(text, mentions, i, g, spans, owner)
                held = carried.by_word.get(fold_word(m.alias)) or carried.last.get(role, ())
                if other is not None:
                    owner = other
                elif _subject_state(text, mentions, i, g) == owner and held and owner not in _states_of(held, g):
                    owner = None  # the other side's holder the discourse named with this title (`款待王储`)
        word = fold_word(m.alias)
        if owner is None and not named:
            ids = carried.by_word[word] if word in carried.by_word else carried.last.get(role, ())
        if owner is None and not named and not ids and role in state_roles:
            paragraph = next(((a, b) for a, b in spans if a <= m.start < b), (0, len(text)))
            states = {s for n in mentions if paragraph[0] <= n.start < paragraph[1] for s in _states_of(n.ids, g)}
            states = {s for s in states if _title_fits(s, role, m.alias, offices, g)}
            owner = states.pop() if len(states) == 1 else None
        shared = i and mentions[i - 1].ids[:1] and mentions[i - 1].ids[0].startswith(TITLE)
        if shared and text[mentions[i - 1].end : m.start].strip() in _TITLES_JOINED:
            pass  # `両国の外相と国防相`, `外长和防长`: the second title shares the first's owner, read as it was
        elif owner is None and not ids and role in state_roles:
            owner = _other_side(text, out, i, g, spans)
            if owner is not None and named:  # a person the data does not know: their state, no holder inferred
                ids = (owner,)
                owner = None
        if owner is not None:
            # a title beside a name the data does not know is that person's: their state, no holder inferred
            ids = (owner,) if named else (offices.get((owner, role), owner),)
        out[i] = EntityMention(m.start, m.end, m.alias, ids, "title")
        carried.last[role] = ids if named or ids else carried.last.get(role, ())
        if ids or named:  # a title beside a name the data does not know blocks the carry of its word too
            carried.by_word[word] = ids
    as_written += after_offices
    return sorted([*out, *as_written], key=_START) if as_written else out


def _people_after_offices(text: str, mentions: list[EntityMention]) -> list[EntityMention]:
    """The people the data does not know named right after an office's English name, or set off by commas after
    it (`the Prime Minister of <state>, <Name Surname>,`), or beside its Chinese or Japanese name as a title's
    (`<state>外长拉斐尔·奥坎波`, act63): the office's name introduces them as a title does."""
    out: list[EntityMention] = []
    # the mentions of an office are picked by their ids, each distinct ids asked once (a document names a few dozen
    # entities hundreds of times), without a Python step per mention
    named = list(map(_IDS, mentions))
    offices = {ids for ids in set(named) if ids and ids[0].startswith("office:")}
    if not offices:
        return out
    for i in itertools.compress(range(len(named)), map(offices.__contains__, named)):
        m = mentions[i]
        if m.basis == "":  # `the Prime Minister of <state>, <Name Surname>`, `<state>外长拉斐尔·奥坎波` (act63)
            person = _person_as_written(text, mentions, i)
            if person is not None:
                out.append(person)
    return out


@cache
def _title_kinds() -> dict[str, tuple[tuple[str, ...], bool]]:
    """Folded head-of-state title word → (the words one of which its office's English name holds, whether a state
    whose office of the role the data lacks may hold it): `title_kinds` in the data."""
    kinds = load_data().get("title_kinds", {})
    return {fold(word): (tuple(k["office_names"]), k["unknown_states"]) for word, k in kinds.items()}


def _title_fits(state: str, role: str, alias: str, offices: dict[tuple[str, str], str], g: Gazetteer) -> bool:
    """Whether a title word may be `state`'s: an emir only where the data names that state's office of the role so
    (`Emir of Kuwait`), a president or a king unless the data names that office otherwise (`Sultan of Brunei`);
    any title whose word names no kind (`首相`)."""
    kind = _title_kinds().get(fold_word(alias))
    if kind is None:
        return True
    words, unknown_states = kind
    office = offices.get((state, role))
    if office is None:
        return unknown_states
    name = g.entities[office]["name"]
    return any(word in name for word in words)


def _with_counterparts(text: str, mentions: list[EntityMention], g: Gazetteer) -> list[EntityMention]:
    """`mentions` with the people the data does not know named after a state's counterpart noun (`his Malian
    counterpart Sadio Camara`: `adhoc_people.name_after_counterpart`), each as written, where no mention covers
    any of the name (a name the data knows is read as itself)."""
    if " counterpart" not in text:
        return mentions
    added: list[EntityMention] = []
    for i, m in enumerate(mentions):
        if len(set(_states_of(m.ids, g))) != 1 or not m.alias[:1].isascii():
            continue
        span = name_after_counterpart(text, m.end)
        if span is None:
            continue
        start, end = span
        if any(n.start < end and start < n.end for n in mentions[i + 1 : i + 4]):
            continue
        added.append(EntityMention(start, end, text[start:end], (AS_WRITTEN + text[start:end],), "as-written"))
    return sorted([*mentions, *added], key=_START) if added else mentions


def _is_title_mention(m: EntityMention) -> bool:
    return m.basis == "title" or (bool(m.ids) and m.ids[0].startswith(TITLE))


def _with_honorific_names(text: str, mentions: list[EntityMention]) -> list[EntityMention]:
    """`mentions` with the people the data does not know whom an honorific, a relative clause of heading or an
    office's head noun marks (`Mr. Ana Okafor`, `Ana Okafor, who heads …`, `armed forces minister Ana Okafor`:
    `adhoc_people.names_after_honorifics`), each as written, where no mention covers any of the name (a name the
    data knows is read as itself) and no title stands right before it (the title reads it, with its state)."""
    spans = names_after_honorifics(text)
    if not spans:
        return mentions
    starts = [m.start for m in mentions]
    added: list[EntityMention] = []
    for start, end in spans:
        k = bisect.bisect_left(starts, end)
        near = mentions[max(0, k - 4) : k]
        if any(n.start < end and start < n.end for n in near) or any(
            n.end == start - 1 and _is_title_mention(n) for n in near
        ):
            continue  # a name the data knows, or one a title right before it marks (read with the title's state)
        added.append(EntityMention(start, end, text[start:end], (AS_WRITTEN + text[start:end],), "as-written"))
    return sorted([*mentions, *added], key=_START) if added else mentions


def _apposed_title_start(text: str, mentions: list[EntityMention], index: int, g: Gazetteer) -> int:
    """Where the title `mentions[index]` begins with the state's word joined to it (`<state>'s foreign minister`,
    `the <demonym> foreign minister`, a word of `title_modifiers_en` possibly between, `<state>'s former foreign
    minister`: the state's mention), else where the title itself begins."""
    m = mentions[index]
    if index == 0:
        return m.start
    state = mentions[index - 1]
    between = text[state.end : m.start]
    modifier = between.rsplit(" ", 2)[-2] if between.count(" ") == 2 else ""
    if modifier in title_modifiers():  # `<state>'s former foreign minister`: the state's title all the same
        between = between[: -len(modifier) - 1]
    if between in (" ", "'s ", "’s ") and _states_of(state.ids, g):
        return state.start
    return m.start


def _person_as_written(text: str, mentions: list[EntityMention], index: int) -> EntityMention | None:
    """The person a name the data does not know beside the title `mentions[index]` names, as written
    (`adhoc_people`): only where no mention covers any of the name (a name the data knows is read as itself)."""
    m = mentions[index]
    span = name_beside_title(text, m.start, m.end)
    if span is None and m.alias[:1].isascii():
        span = name_before_title(text, _apposed_title_start(text, mentions, index, gazetteer()))
    if span is None:
        return None
    start, end = span
    for n in mentions[max(0, index - 3) : index + 4]:
        if n is m or not (n.start < end and start < n.end):
            continue
        if not (n.start < start and n.end <= m.start):
            return None  # a name the data knows, or part of one
        start = n.end  # `马来西亚阿卜杜勒·拉扎克总理`: the name begins where the state's ends
    name = text[start:end].strip("・＝= ")
    latin = name[:1].isascii()
    if len(name) < 2 or (not latin and not _is_katakana(name[0]) and not _DOTTED_AFTER.fullmatch(name)):
        return None
    return EntityMention(start, end, text[start:end], (AS_WRITTEN + name,), "as-written")


def _other_side(
    text: str, mentions: list[EntityMention], index: int, g: Gazetteer, spans: list[tuple[int, int]]
) -> str | None:
    """The state of a title no state is joined to, read from its act's partners: the one state its paragraph names
    (places aside) that no other party of its sentence belongs to (`马科斯总统在华盛顿会见了美国国防部长` in a
    paragraph naming the Philippines and the United States: the president is the Philippines'; `President Ruto met
    the Chinese premier` after a sentence on Kenya and China). None unless the sentence names a partner of another
    state and exactly one state is left: a paragraph naming one state alone does not give it a foreign holder's title
    (`ハワード首相` beside a state's own prime minister stays unresolved)."""
    at = mentions[index].start
    if index and mentions[index - 1].ids and text[mentions[index - 1].end : at].strip() in _JOINED_BEFORE:
        return None  # joined to a grouping or to both sides (`东盟外长会议`, `両国の外相`): no one state's holder
    paragraph = next(((a, b) for a, b in spans if a <= at < b), None)
    if paragraph is None:  # a head: its line is its sentence, the page its paragraph (`_line_of`)
        paragraph = (0, len(text))
        begin, end = _line_of(text, at)
    else:
        begin = max((m.end() for m in _SENTENCE_END.finditer(text, paragraph[0], at)), default=paragraph[0])
        after = _SENTENCE_END.search(text, mentions[index].end, paragraph[1])
        end = after.end() if after else paragraph[1]
    partners: set[str] = set()
    named: set[str] = set()
    for j, n in enumerate(mentions):
        if not paragraph[0] <= n.start < paragraph[1] or n.basis == "metonym":
            continue
        states = set(_states_of(n.ids, g))
        named |= states
        if j != index and begin <= n.start < end:
            partners |= states
    left = named - partners
    if partners and not left:
        left = _title_states(text, mentions, g, paragraph) - partners
    return left.pop() if partners and len(left) == 1 else None


def _line_of(text: str, at: int) -> tuple[int, int]:
    """The line holding offset `at`: the sentence of a title outside every paragraph (a page's head, `Prime
    Minister's State Visit to <state>`, `防衛大臣記者会見`), whose partners are the states its own line names (act87).
    A head has no sentence end of its own: read up to the first full stop, its sentence ran on into the page's first
    paragraph, whose states (the host and the leader's own) became the head's partners, and the one state left was
    any other the page named (the trip's next stop, told in the last line)."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, len(text) if end < 0 else end


_TITLE_LINE = 60  # a document's title is its first line, when that line is short (a heading, not a paragraph)


def _title_states(text: str, mentions: list[EntityMention], g: Gazetteer, paragraph: tuple[int, int]) -> set[str]:
    """The states the document's title names (`タイと韓国`, `Thailand and the United States`), when it names two
    and is a line of its own apart from `paragraph`: the pair the text is about, whose other party a foreign title
    with a name the data does not know belongs to once its act's partner is the one (`ペートンターン首相は訪韓し、
    李在明大統領と会談した` under a title naming Thailand and Korea). Empty otherwise: a paragraph naming one state
    alone, under a title naming several or none, still gives such a title no state."""
    begin = len(text) - len(text.lstrip())
    end = text.find("\n", begin)
    end = len(text) if end < 0 else end
    if end - begin > _TITLE_LINE or paragraph[0] < end:
        return set()
    states = {s for n in mentions if begin <= n.start < end and n.basis != "metonym" for s in _states_of(n.ids, g)}
    return states if len(states) == 2 else set()


@cache
def _title_partner_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """gazetteer.json 'title_partners': the words that make a title the partner of its act, before and after it."""
    words = load_data().get("title_partners", {})
    before = tuple(sorted(words.get("before", []), key=len, reverse=True))
    return before, tuple(words.get("after", []))


def _is_partner_title(text: str, mentions: list[EntityMention], index: int) -> bool:
    """Is the title `mentions[index]` the partner of its act (`同王储`, `with the crown prince`, `皇太子と`)? Not
    when the word joins two titles (`外长与防长`, `外相と防衛相`): then it is a conjunction."""
    before, after = _title_partner_words()
    m = mentions[index]
    head = text[max(0, m.start - 12) : m.start].rstrip()
    for word in before:
        if head.endswith(word) and (not word[0].isascii() or not head[: -len(word)][-1:].isalnum()):
            previous = mentions[index - 1] if index else None
            joined = previous is not None and text[previous.end : m.start].strip() == word
            return not (joined and previous is not None and previous.ids[:1] and previous.ids[0].startswith(TITLE))
    for word in after:
        if text.startswith(word, m.end):
            following = mentions[index + 1] if index + 1 < len(mentions) else None
            joined = following is not None and text[m.end : following.start].strip() == word
            return not (joined and following is not None and following.ids[:1] and following.ids[0].startswith(TITLE))
    return False


def _subject_state(text: str, mentions: list[EntityMention], index: int, g: Gazetteer) -> str | None:
    """The first state named (places aside) in the sentence of `mentions[index]` before it: the subject's side."""
    at = mentions[index].start
    begin = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, at - 200), at)), default=max(0, at - 200))
    begin = max(begin, text.rfind("\n", 0, at) + 1)
    return next(
        (
            s[0]
            for n in mentions[:index]
            if n.start >= begin and n.basis != "metonym" and len(s := _states_of(n.ids, g)) == 1
        ),
        None,
    )


def _partner_state(
    text: str, mentions: list[EntityMention], index: int, g: Gazetteer, spans: list[tuple[int, int]], nearest: str
) -> str | None:
    """The state of a title that is its act's partner, when the state named closest before it (`nearest`) is
    the first its sentence names, the subject's side (`习近平同王储举行会谈`: China meets someone): the one other
    state its paragraph names; None otherwise (the nearest state then stays the title's: `访问沙特，同王储会谈`)."""
    at = mentions[index].start
    subject = _subject_state(text, mentions, index, g)
    if subject is None or subject != nearest:
        return None
    paragraph = next(((a, b) for a, b in spans if a <= at < b), (0, len(text)))
    named = [n for n in mentions if paragraph[0] <= n.start < paragraph[1] and n.basis != "metonym"]
    others = {s for n in named for s in _states_of(n.ids, g)} - {subject}
    return others.pop() if len(others) == 1 else None


class _TitleHolders:
    """The office each title last named in the text stands for, read in order: a bare title with no state of its
    own (`The Prime Minister arrived in Paris`, `秘书长抵达首尔`) is the holder the discourse last named with it
    (`Prime Minister Narendra Modi`, `ASEAN Secretary-General`, `李首相`), not the state of the place it acts in.
    A title next to a name the data does not know blocks the carry (that person's state is not said)."""

    def __init__(self) -> None:
        self.last: dict[str, tuple[str, ...]] = {}
        # the same title word, when the discourse named its holder with it: `総理` after `<family name>総理`, though a
        # Saudi `首相` (the same role) came between
        self.by_word: dict[str, tuple[str, ...]] = {}
        # what seeing a mention of these (ids, alias) notes, in order (`_noted`): read once per distinct pair, as
        # a document names the same few dozen offices and people again and again
        self.noted: dict[tuple[tuple[str, ...], str], tuple[tuple[bool, str, tuple[str, ...]], ...]] = {}

    def see(self, m: EntityMention) -> None:
        """Note the office a name mention carries: an office itself, or a person named with a title (the alias
        holds it) whose terms of office hold one office of that title's role."""
        key = (m.ids, m.alias)
        notes = self.noted.get(key)
        if notes is None:
            notes = self.noted[key] = _noted(m.ids, m.alias)
        for by_role, name, office in notes:
            (self.last if by_role else self.by_word)[name] = office


@lru_cache(maxsize=4096)
def _noted(ids: tuple[str, ...], alias: str) -> tuple[tuple[bool, str, tuple[str, ...]], ...]:
    """What `_TitleHolders.see` notes of a mention of `ids` written `alias`, in order: (True, role, office) for the
    office last named with a role, (False, title word, office) for the one last named with that word.
    Kept across documents (fast71): the answer depends on the data alone, and every document names the field's
    few hundred offices and people again."""
    carries = _title_carriers()
    out: list[tuple[bool, str, tuple[str, ...]]] = []
    folded = ""
    for ident in ids:
        for title, role, office in carries.get(ident, ()):
            folded = folded or (fold_word(alias) if title else "")
            if not title or title in folded:
                out.append((True, role, (office,)))
                if title:
                    out.append((False, title, (office,)))
            if not title:  # an office named in full (`内閣総理大臣`) holds the title words of its role (`総理`)
                written = fold_word(alias)
                for word in _titles_of_role().get(role, ()):
                    if word in written:
                        out.append((False, word, (office,)))
    return tuple(out)


@cache
def _titles_of_role() -> dict[str, tuple[str, ...]]:
    """Role → the folded generic titles that name it (`head-of-government` → 首相, 総理, prime minister …)."""
    out: dict[str, list[str]] = {}
    for word, role in gazetteer().titles.items():
        out.setdefault(role, []).append(word)
    return {role: tuple(words) for role, words in out.items()}


@cache
def _title_carriers() -> dict[str, tuple[tuple[str, str, str], ...]]:
    """Entity id → (folded title or "", role, office) it carries: an office its own role (with any alias); a
    person the one office of a title's role their terms hold, when the alias names them with that title."""
    g = gazetteer()
    out: dict[str, tuple[tuple[str, str, str], ...]] = {}
    for ident, entity in g.entities.items():
        if entity["type"] == "office" and "role" in entity:
            out[ident] = (("", entity["role"], ident),)
        elif entity["type"] == "person" and entity.get("roles"):
            held = {r["office"] for r in entity["roles"]}
            found = []
            for title, role in g.titles.items():
                mine = [o for o in held if g.entities.get(o, {}).get("role") == role]
                if len(mine) == 1:
                    found.append((title, role, mine[0]))
            if found:
                out[ident] = tuple(found)
    return out


@cache
def _state_roles() -> frozenset[str]:
    """The roles some state's office has in the data; a title of any other role (`Secretary General`) is no
    state's, so neither its sentence's nor its paragraph's state can own it."""
    g = gazetteer()
    return frozenset(role for (owner, role) in offices_by_role() if g.entity(owner)["type"] == "state")


@cache
def offices_by_role() -> dict[tuple[str, str], str]:
    """(state or organization, role) → the office entity of that role (`("JP", "head-of-government")`)."""
    return {
        (e["part_of"], e["role"]): ident
        for ident, e in gazetteer().entities.items()
        if e["type"] == "office" and "role" in e and "part_of" in e
    }


_offices_by_role = offices_by_role


def _states_of(ids: tuple[str, ...], g: Gazetteer) -> list[str]:
    """The states an entity mention names: a state itself, or the state a person, office or force acts for."""
    out = []
    for ident in ids:
        if ident.startswith((TITLE, COLLECTIVE, "anaphor:")):
            continue
        entity = g.entity(ident)
        if entity["type"] == "state":
            out.append(ident)
        elif entity.get("part_of") in g.entities and g.entity(entity["part_of"])["type"] == "state":
            out.append(entity["part_of"])
    return out


def _state_before(
    text: str, mentions: list[EntityMention], index: int, g: Gazetteer, *, skip_places: bool = False
) -> str | None:
    """The state named closest before mention `index` in its sentence (`英国首相` → GB), or None; with
    `skip_places`, a capital or city is read as where the act happens, not whose title it is."""
    at = mentions[index].start
    begin = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, at - 200), at)), default=max(0, at - 200))
    for m in reversed(mentions[:index]):
        if m.end <= begin:
            break
        if skip_places and m.basis == "metonym":  # `In Paris, the Prime Minister …`
            continue
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


def offices_held(person: str, date: str) -> set[str] | None:
    """The offices `person` held at some time within `date` (an EDTF date); None when the data has no terms for
    them or the date is too vague to say."""
    roles = gazetteer().entity(person).get("roles", [])
    span = _day_range(date)
    if not roles or span is None:
        return None
    first, last = span
    return {r["office"] for r in roles if r["from"] <= last and first < r.get("to", "9999-12-31")}


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


def about_to_serve(person: str, date: str) -> list[str]:
    """The state a term of `person`'s is about to be served for, when it begins after `date` and within
    discourse.json 'before_term' days of its last day, and no term is held within it: a president-elect or a
    minister nominated acts for their state before the office is theirs (`次期大統領として来日`), so the state is an
    actor though the office is not. The state is the one whose office the term is (act87: the person's own
    `part_of` may be an organisation served before, a president-elect who chaired an alliance's committee), else
    the person's own state when the office is an organisation's. Empty otherwise: a date long before the first
    term, or after the last (a former leader), names the person alone, as the terms say."""
    return list(_about_to_serve(person, date))


@cache
def _about_to_serve(person: str, date: str) -> tuple[str, ...]:
    g = gazetteer()
    entity = g.entity(person)
    roles = entity.get("roles", [])
    span = _day_range(date)
    if not roles or span is None:
        return ()
    first, last = span
    if any(r["from"] <= last and first < r.get("to", "9999-12-31") for r in roles):
        return ()
    reach = _before_term_days()
    # the last day of a month date is written `-31` whatever the month (`_day_range`): the month's 28th is as good
    # a bound for a reach of a year; a date no calendar holds (`2023-13`) dates no term
    end = _calendar_day(last) or _calendar_day(last[:8] + "28")
    if end is None:
        return ()
    for role in roles:
        begins = _calendar_day(role["from"])
        if begins is not None and 0 < (begins - end).days <= reach:
            for candidate in (g.entities.get(role["office"], {}).get("part_of"), entity.get("part_of")):
                if candidate in g.entities and g.entity(candidate)["type"] == "state":
                    return (candidate,)
            return ()
    return ()


def _calendar_day(text: str) -> datetime.date | None:
    """The day an ISO date names, or None when no calendar holds it."""
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        return None


@cache
def _before_term_days() -> int:
    return int(load_discourse().get("before_term", {}).get("days", 0))


def resolve_entity(ref: str) -> str:
    """The id of the entity `ref` names: an id, or a name or alias in any language (case ignored for Latin)."""
    from allyscope.errors import NotFoundError

    g = gazetteer()
    if ref in g.entities or g.entities.get(ref) is not None:  # the latter: a person named as written
        return ref
    wanted = ref.strip().casefold()
    for ident, entity in g.entities.items():
        names = [entity["name"], *(a for aliases in entity.get("aliases", {}).values() for a in aliases)]
        if any(name.casefold() == wanted for name in names):
            return ident
    raise NotFoundError(f"no entity is called {ref!r} (try an id such as JP, NATO or person:kishida)")


def dated_at(doc: Any, paragraphs: list[tuple[int, int]]) -> Callable[[int], str | None]:
    """The date a mention at an offset of `doc.text` is read on: the last date before it in its paragraph that may
    date an event, to the day (a month or a year may hold two holders' terms), else the document's own date."""
    days: list[tuple[int, str]] = []
    ends: list[int] = []
    own: str | None = doc.date
    read: list[bool] = []

    def when(at: int) -> str | None:
        if not read:  # the dates read once, when a title first asks (a document marked without them reads them)
            from allyscope.dates import mark_dates

            found = doc.dates or mark_dates(doc).dates
            day = re.compile(r"\d{4}-\d{2}-\d{2}")
            days.extend(sorted((d.end, d.edtf) for d in found if d.dates_event and day.fullmatch(d.edtf)))
            ends.extend(end for end, _ in days)
            read.append(True)
        paragraph = next(((a, b) for a, b in paragraphs if a <= at < b), (0, len(doc.text)))
        k = bisect.bisect_right(ends, at)
        if k and days[k - 1][0] > paragraph[0]:
            return days[k - 1][1]
        return own

    return when


def mark_entities(doc: Any) -> Any:
    """The entities stage: every entity mention of `doc.text` on `doc.entities`, generic titles resolved by the
    sentence or paragraph they stand in, collectives, generic names and anaphors by the discourse
    (`discourse.resolve_references`)."""
    from allyscope.discourse import resolve_references
    from allyscope.monarch_given_names import monarchs_by_given_name
    from allyscope.named_ships import ship_references
    from allyscope.person_references import refer_back, states_of_titled_people
    from allyscope.predecessor_states import read_capitals_then

    g = gazetteer()
    mentions = g.match_names(doc.text)
    paragraphs = [(s.start, s.end) for s in doc.spans if s.kind in ("paragraph", "abstract")]
    # a capital dated before its state succeeded another stands for that other state (enact70)
    mentions = read_capitals_then(doc, mentions, g, paragraphs)
    title = next(((s.start, s.end) for s in doc.spans if s.kind == "title"), None)
    abstract = next(((s.start, s.end) for s in doc.spans if s.kind == "abstract"), None)
    dated = dated_at(doc, paragraphs)
    # `King Abdullah`, `阿卜杜拉国王`: the monarch of that given name who reigned on the date (gaz85)
    mentions = monarchs_by_given_name(doc, mentions, g, dated)
    titled = refer_back(doc.text, resolve_titles(doc.text, mentions, paragraphs, dated), g)
    resolved = resolve_references(doc.text, titled, g, paragraphs, title, abstract, dated)
    # a person the data knows named outside their terms beside a post's title: their own state (act69)
    resolved = states_of_titled_people(doc.text, resolved, g, dated)
    # `the carrier` after `the <adjective> aircraft carrier <prefix> <Name>`: the ship's state (enact73)
    resolved = ship_references(doc.text, resolved, g)
    return doc.evolve(entities=tuple(resolved))
