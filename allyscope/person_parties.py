"""Whom a named person counts for on the date the text reads the mention on (issue 14, gaz87).

A person's `part_of` in the gazetteer is the body they are best known to act for, and the data says it is meant
"only when an event's date is too vague to check a term" (people.json 'about'). The events stage reads the terms by
the date (`events._with_bodies`), but the discourse counted a person for `part_of` whatever the date: a prime
minister of 2010 whose entry is filed under the alliance he led from 2014 made `the two sides` of his 2010 talks that
alliance and the other state; `問：首相今天與圖斯克總理會談，雙方…` (2025) gave Tusk's European Council of 2014–2019.
Here the date decides, the undated reading is the fallback:

- the date is a day, month or year and the data has terms for the person: the states and organizations the
  offices held within it act for (`entities.acting_for`: Tusk in 2016, the European Union, his Council's; in
  2025, Poland);
- within no term: the state whose offices the person held at some time, when there is one such state (a former
  or future prime minister is still its national: Tusk between his terms, Poland; Kallas before her term at
  the European Union, Estonia), else `part_of` when it is a state; never an organization (no one acts for an
  organization outside its office);
- no date, a vague one, or no terms in the data: None — the caller keeps `part_of`, as before.
"""

from __future__ import annotations

from functools import lru_cache

from allyscope.entities import acting_for, gazetteer


@lru_cache(maxsize=8192)
def person_bodies_on(ident: str, when: str | None) -> tuple[str, ...] | None:
    """The states and organizations person `ident` counts for within `when` (an EDTF date), by the module's rules;
    None when `ident` is no person with terms or the date cannot tell (the caller's fallback: `part_of`)."""
    if not when:
        return None
    g = gazetteer()
    entity = g.entities.get(ident)
    if not entity or entity.get("type") != "person" or not entity.get("roles"):
        return None
    acting = acting_for(ident, when)
    if acting is None:
        return None
    if acting:
        return tuple(acting)
    return _national(ident)


@lru_cache(maxsize=4096)
def _national(ident: str) -> tuple[str, ...]:
    """The one state whose offices person `ident` held at any time, else their `part_of` when it is a state, else
    none (the module's rule for a date within no term)."""
    g = gazetteer()
    entity = g.entities[ident]
    homes = {str(g.entities.get(r["office"], {}).get("part_of")) for r in entity.get("roles", ())}
    states = {h for h in homes if g.entities.get(h, {}).get("type") == "state"}
    if len(states) == 1:
        return (states.pop(),)
    home = str(entity.get("part_of"))
    return (home,) if g.entities.get(home, {}).get("type") == "state" else ()


@lru_cache(maxsize=8192)
def with_terms(ids: tuple[str, ...]) -> bool:
    """Does any of `ids` name a person the data gives terms of office?"""
    g = gazetteer()
    return any(g.entities.get(i, {}).get("type") == "person" and g.entities[i].get("roles") for i in ids)


def swapped_on(ids: tuple[str, ...], when: str | None) -> tuple[str, ...]:
    """`ids` with each person with terms replaced by the bodies they count for within `when` (kept where the date
    cannot tell)."""
    out: list[str] = []
    for ident in ids:
        bodies = person_bodies_on(ident, when)
        out.extend((ident,) if bodies is None else bodies)
    return tuple(out)
