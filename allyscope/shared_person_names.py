"""A name several people of the data share, read as the one the text tells (issue 14, item 3; alias79).

The gazetteer holds a bare family or given name as an alias of every person who bears it (`萨利赫`: Osman Saleh of
Eritrea, Barham Salih of Iraq, Ibrahim Solih of the Maldives; `卡斯特罗`, `拉贾帕克萨`), since the name alone does not
say which. The text does, in one of two ways, tried in order:

1. it introduced one of them in full before (`奥斯曼·萨利赫 … 萨利赫表示`): the most recent full mention of one of
   the name's people, within `refer_back` 'reach' characters, names the word (as `short_forms` reads a family name
   no mention covers);
2. it names the state one of them acts for (the person's `part_of`, or the state of an office they held) by a name of
   its own: the people of the states the text names are kept (`伊拉克 … 萨利赫`: Barham Salih), never the first
   listed. When the text names the state of none of them, all are kept for their terms to tell (`林外務大臣` on a
   date of Hayashi's term, in a text that names none of the states its bearers served).

What is left of several people of the named states is told apart by their terms of office where the event's date
is known (`events._persons_in_office`). The reader names no person: what it knows comes from the gazetteer.
"""

from __future__ import annotations

import bisect
from functools import cache
from typing import Any

from allyscope.entities import EntityMention, Gazetteer, load_discourse


@cache
def _reach() -> int:
    return int(load_discourse().get("refer_back", {}).get("reach", 1500))


def _is_person(g: Gazetteer, ident: str) -> bool:
    return g.entities.get(ident, {}).get("type") == "person"


def _states_of(g: Gazetteer, person: str) -> set[str]:
    """The state (or body) a person acts for: their `part_of` and the `part_of` of every office they held."""
    entity: dict[str, Any] = g.entities.get(person, {})
    out = {entity["part_of"]} if entity.get("part_of") else set()
    for role in entity.get("roles", []):
        office = g.entities.get(role.get("office", ""), {})
        if office.get("part_of"):
            out.add(office["part_of"])
    return out


def _shared(g: Gazetteer, m: EntityMention) -> bool:
    return len(m.ids) > 1 and all(_is_person(g, i) for i in m.ids)


def shared_person_names(mentions: list[EntityMention], g: Gazetteer, named: set[str]) -> list[EntityMention]:
    """`mentions` with each mention of several people (`_shared`) made the one the text introduced in full before
    it, else the people of the states of `named` (the parties the text names by a name of their own), else all of
    them, for their terms of office to tell (the module's docstring says why)."""
    shared = [i for i, m in enumerate(mentions) if _shared(g, m)]
    if not shared:
        return mentions
    reach = _reach()
    singles = sorted((e.end, e.ids[0]) for e in mentions if len(e.ids) == 1 and _is_person(g, e.ids[0]))
    ends = [end for end, _ in singles]
    out = list(mentions)
    for i in shared:
        m = out[i]
        people = set(m.ids)
        last = None  # the most recent full mention of one of the name's people, within reach
        for k in range(bisect.bisect_right(ends, m.start) - 1, -1, -1):
            end, person = singles[k]
            if m.start - end > reach:
                break
            if person in people:
                last = person
                break
        if last:
            kept: tuple[str, ...] = (last,)
        else:
            kept = tuple(p for p in m.ids if _states_of(g, p) & named) or m.ids  # none named: the terms tell
        out[i] = EntityMention(m.start, m.end, m.alias, kept, m.basis)
    return out
