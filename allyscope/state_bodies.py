"""Whose body a name of a state's body is (issue 14 item 3, unr60): a ministry, an armed service, a coast guard or a
parliament written after ANOTHER state's name is that state's, never the one the data gives the name to.

Many states have bodies of the same kind, and the gazetteer gives a name of one kind to the state that uses it
(`防衛省` and `国防総省` to the states whose ministries they are, `State Department` to one state's foreign ministry,
`Security Council` to the United Nations). Texts write the same words for another state's body: `<state>防卫省`,
`<state>の国防総省`, `<state>'s State Department`, `the State Department of <state>`, `<state>'s National Security
Council`. Read as the known body, such a name brings in the wrong state, or an international body that did not act.

The rule (data `data/state_bodies.json`, its schema beside it):
- a mention of a body of a state (gazetteer `part_of` a state, a type of 'body_types') by a name of a kind of body
  many states have ('kind_names': `防衛省`, `State Department`, not a body's own proper name such as `自衛隊`, which
  after a place's name is that body there: `<state>の自衛隊拠点`) right after a mention of another state, with
  nothing but a joiner between them (`'s`, `の`, `的`, or nothing in CJK), or right before `of` and another state's
  name, is not read: the state's own name, already a mention, brings that state in;
- a mention that ends a longer name of a body every state has ('state_organs': `National Security Council` ends
  with `Security Council`) is not read either, whether a state's name comes before it or not: the text names a
  state's organ, never the known body.
A body whose own state's name comes before it (`<state>の防衛省`, the ministry being that state's) is read as
before; so is a body of an organization (a mission of the United Nations) after a state's name (`<state>'s UNIFIL
contingent`).

The mentions are those of `Gazetteer.match_names` before titles and the discourse are read, so what is dropped here
never reaches them. Precision first: only adjacent names count; a state named elsewhere in the sentence decides
nothing."""

from __future__ import annotations

import json
import operator
from functools import cache
from importlib import resources
from itertools import compress
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from allyscope.entities import EntityMention, Gazetteer


_IDS = operator.itemgetter(3)  # of an `EntityMention`


class StateBodyDataError(ValueError):
    """data/state_bodies.json lacks a key the rule reads."""


class Rules(NamedTuple):
    body_types: frozenset[str]
    joiners: frozenset[str]
    after_joiners: tuple[str, ...]
    kinds: frozenset[str]  # case-folded names of a kind of body many states have
    organs: tuple[str, ...]  # case-folded, longest first
    organ_tails: frozenset[str]  # every ending of an organ's name: only a mention written so may end one


@cache
def rules() -> Rules:
    """data/state_bodies.json, read once."""
    raw: dict[str, Any] = json.loads(resources.files("allyscope.data").joinpath("state_bodies.json").read_text("utf-8"))
    try:
        organs = {name.casefold() for names in raw["state_organs"].values() for name in names}
        return Rules(
            frozenset(raw["body_types"]),
            frozenset(raw["joiners"]),
            tuple(raw["after_joiners"]),
            frozenset(name.casefold() for names in raw["kind_names"].values() for name in names),
            tuple(sorted(organs, key=len, reverse=True)),
            frozenset(organ[i:] for organ in organs for i in range(1, len(organ))),
        )
    except KeyError as missing:
        raise StateBodyDataError(f"state_bodies.json lacks {missing}") from None


_TABLES: dict[int, tuple[dict[str, str], frozenset[str]]] = {}


def _tables(g: Gazetteer) -> tuple[dict[str, str], frozenset[str]]:
    """(body id -> the state it is part of, or "" for a body of an organization; the ids of states), per gazetteer:
    built once, since the gazetteer is built once."""
    key = id(g.entities)
    if key not in _TABLES:
        body_types = rules().body_types
        states = frozenset(i for i, e in g.entities.items() if e.get("type") == "state")
        owners = {
            i: (e.get("part_of", "") if e.get("part_of", "") in states else "")
            for i, e in g.entities.items()
            if e.get("type") in body_types
        }
        _TABLES.clear()
        _TABLES[key] = (owners, states)
    return _TABLES[key]


def _organ_start(text: str, m: EntityMention, organs: tuple[str, ...]) -> int:
    """Where a longer name of a state's organ ending with `m` begins (`National Security Council` around `Security
    Council`), or -1."""
    for organ in organs:
        start = m.end - len(organ)
        if 0 <= start < m.start and text[start : m.end].casefold() == organ:
            return start
    return -1


def _state_of(m: EntityMention, states: frozenset[str]) -> str:
    """The one state `m` names, by a name or by its capital (`metonym`), or ""."""
    return m.ids[0] if len(m.ids) == 1 and m.ids[0] in states and m.basis in ("", "metonym") else ""


def _state_next_to(text: str, found: list[EntityMention], k: int, left: int, states: frozenset[str]) -> str:
    """The state named right before `left` (a joiner between) or right after the body `found[k]` (`of`), or ""."""
    r = rules()
    if k > 0:
        before = found[k - 1]
        if before.end <= left and text[before.end : left].strip() in r.joiners:
            state = _state_of(before, states)
            if state:
                return state
    if k + 1 < len(found):
        after = found[k + 1]
        gap = text[found[k].end : after.start]
        if gap in r.after_joiners:
            return _state_of(after, states)
    return ""


def owned_by_named_state(text: str, found: list[EntityMention], g: Gazetteer) -> list[EntityMention]:
    """`found` (in text order) without the bodies the text gives to another state or to no known body (see the
    module's docstring)."""
    owners, states = _tables(g)
    # the ids naming one known body, each distinct ids asked once (a document names a few dozen entities in hundreds
    # of mentions): only those mentions are walked, and the others kept as they stand
    ids_of = list(map(_IDS, found))
    bodies = {ids for ids in set(ids_of) if len(ids) == 1 and ids[0] in owners}
    if not bodies:
        return found
    r = rules()
    organs, kinds, tails = r.organs, r.kinds, r.organ_tails
    dropped: set[int] = set()
    for k in compress(range(len(found)), map(bodies.__contains__, ids_of)):
        m = found[k]
        owner = owners[m.ids[0]]
        alias = m.alias.casefold()
        if alias in tails and _organ_start(text, m, organs) >= 0:
            dropped.add(k)  # a state's organ (`<state>'s National Security Council`), never the known body
        elif owner and alias in kinds:
            state = _state_next_to(text, found, k, m.start, states)
            if state and state != owner:
                dropped.add(k)  # another state's body of the same name: that state's name brings it in
    if not dropped:
        return found
    return [m for k, m in enumerate(found) if k not in dropped]
