"""A collective of office holders read by the holders the text named before it (issue 14, item 4; act62).

`the two foreign ministers`, `both presidents`, `両外相` stand for the states whose holders of that office the text
has named. The discourse stage (`discourse._collective`) first reads a collective by the parties named around it;
when those leave it open (a mediator or a host named in between: `… signed a peace agreement with the US Secretary of
State looking on`, three states where two are wanted, nothing salient enough to choose), the collective's own roles
(`collectives` 'roles' in `allyscope/data/discourse.json`) decide: the people (or offices) named before it who hold
or held an office of one of those roles, nearest first, each counting for the state of that office. Read first,
before the parties around it, the holders broke more readings of the dev half than they mended (act62: a Japanese
`両首脳` after a visit's host had been named), so they come second.

Which states: the distinct states of those holders, most recent first, up to the collective's count, within
`holder_reach` characters before it. Tie rule: when the next holder after the last one taken names a state not yet
taken in the same sentence as that last one (three foreign ministers for `the two foreign ministers`, nothing but the
order telling them apart), the holders decide nothing and the stage's own reading stands; so it does when fewer
holders than the count are named. A holder who held the office at another time still counts (a text names people
by the office they are known for); a person of no state (a grouping's official) counts for none."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from allyscope.entities import EntityMention, Gazetteer

_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z\d\"“])|\n|[。！？]")


def in_one_sentence(text: str, start: int, end: int) -> bool:
    """Does no sentence end in `text[start:end]`? The tie rule of the readers of references back (this module,
    `discourse_short_names`, `discourse_titles`): two candidates that close together tell nothing but their order."""
    return _SENTENCE_END.search(text, start, end) is None


def nearest_fitting(
    text: str, before: list[EntityMention], fit: Callable[[EntityMention], str], at: int, reach: int
) -> str:
    """The person `fit` reads in the most recent mention of `before` within `reach` of `at`; "" when none fits, or
    when the nearest mention of another fitting person stands in the same sentence (the tie rule). Shared by the
    readers of a bare title referring back (`discourse_titles` for Latin and kana titles, `discourse_titles_cjk` for
    a CJK monarch's), which differ only in what makes a mention fit."""
    fitting: list[tuple[int, str]] = []
    for m in reversed(before):
        if at - m.end > reach:
            break
        person = fit(m)
        if person:
            fitting.append((m.end, person))
            if len({p for _, p in fitting}) > 1:
                break
    if not fitting:
        return ""
    end, person = fitting[0]
    rival = next((e for e, p in fitting if p != person), None)
    if rival is not None and in_one_sentence(text, rival, end):
        return ""
    return person


@lru_cache(maxsize=8192)
def _states_by_role(ident: str, roles: tuple[str, ...]) -> tuple[str, ...]:
    """The states `ident` holds or held an office of `roles` for (an office: its own state, when of such a role)."""
    from allyscope.entities import gazetteer

    g = gazetteer()
    entity = g.entities.get(ident)
    if not entity:
        return ()
    offices = [ident] if entity.get("type") == "office" else [r["office"] for r in entity.get("roles", ())]
    out = []
    for office in offices:
        held = g.entities.get(office, {})
        state = held.get("part_of")
        if held.get("role") in roles and state in g.entities and g.entities[state].get("type") == "state":
            out.append(state)
    return tuple(dict.fromkeys(out))


def holders_before(
    text: str, mentions: list[EntityMention], index: int, roles: tuple[str, ...], count: int, reach: int,
    g: Gazetteer,
) -> list[str] | None:  # fmt: skip
    """The `count` states whose holders of an office of `roles` the mentions before `index` name, nearest first
    (see the module docstring); None when they do not settle it."""
    del g  # the gazetteer is read through `_states_by_role`'s cache
    at = mentions[index].start
    chosen: list[str] = []
    last_end = -1
    for m in reversed(mentions[:index]):
        if at - m.end > reach:
            break
        states = [s for i in m.ids for s in _states_by_role(i, roles)]
        if len(set(states)) != 1:
            continue  # a holder of no such office, or of offices of several states (a name two people share)
        state = states[0]
        if state in chosen:
            continue
        if len(chosen) == count:
            # one more holder of another state: in the sentence of the last taken it ties with it
            if in_one_sentence(text, m.end, last_end):
                return None
            return chosen
        chosen.append(state)
        last_end = m.end
    return chosen if len(chosen) == count else None
