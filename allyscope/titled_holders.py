"""A family name written before a title, with no full mention of the person before it (`吳部長`, `林外務大臣`): the
person is the one holder of an office of that title's role, among the states the text names, whose name in
ideographs begins with that family name (ana57, issue 14: the press names a minister it takes as known by family
name and title alone).

The titles are the generic titles the entities stage has read (basis `title`) whose word is one of the
gazetteer's (`外务大臣`, `外交部长`, `总统`: each with its role), and the bare titles of `discourse.json`
`refer_back` 'titles_cjk' (`部長`, `大臣`), which the stage reads as no mention and which stand for every role a
generic title ending in them has. The family name is the one or two ideographs right before the title, standing
alone: after what is no ideograph (a stop, a bracket, a line's start) or after a function character of
`as_written` 'name_stops_cjk' (`與吳部長`). It names someone only when exactly one person fits — of the states the
text names (by any mention), holding or having held an office of such a role — and never guesses among two. Nothing
here names an entity: the gazetteer's people, their `roles` and aliases decide."""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from functools import cache

import ahocorasick_rs

from allyscope.entities import EntityMention, Gazetteer, gazetteer, load_discourse
from allyscope.scripts import fold, fold_text, fold_word

_IDEOGRAPH = re.compile(r"[\u3400-\u9fff]")


@cache
def _index() -> tuple[
    dict[tuple[str, str], tuple[tuple[str, str], ...]], dict[str, frozenset[str]], frozenset[str], tuple[str, ...]
]:
    """(folded family key, role) → (person, state) of every holder of an office of that role; title word → roles;
    the characters a family name may follow; the bare titles (folded), which the stage reads as no mention."""
    from allyscope.person_references import _family_keys

    g = gazetteer()
    holders: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for ident, entity in g.entities.items():
        if entity.get("type") != "person" or not entity.get("roles"):
            continue
        keys = {fold_word(k) for k in _family_keys(entity) if _IDEOGRAPH.match(k)}
        for held in entity["roles"]:
            office = g.entities.get(held.get("office", ""), {})
            role, state = office.get("role"), office.get("part_of")
            if role and state:
                for key in keys:
                    if (ident, state) not in holders[(key, role)]:
                        holders[(key, role)].append((ident, state))
    roles: dict[str, set[str]] = defaultdict(set)
    for word, role in g.titles.items():
        if _IDEOGRAPH.match(word):
            roles[word].add(role)
    data = load_discourse()
    bare_words = sorted({fold_word(w) for w in data.get("refer_back", {}).get("titles_cjk", [])}, key=len, reverse=True)
    for folded in bare_words:
        roles[folded] |= {role for word, role in g.titles.items() if word.endswith(folded)}
    stops = frozenset(fold("".join(data.get("as_written", {}).get("name_stops_cjk", []))))
    return (
        {k: tuple(v) for k, v in holders.items()},
        {w: frozenset(r) for w, r in roles.items() if r},
        stops,
        tuple(w for w in bare_words if roles.get(w)),
    )


@cache
def _bare_automaton(words: tuple[str, ...]) -> ahocorasick_rs.AhoCorasick:
    """One automaton for the bare titles: the text is read once for all of them."""
    return ahocorasick_rs.AhoCorasick(list(words))


def titled_holders(text: str, mentions: list[EntityMention], g: Gazetteer) -> list[EntityMention]:
    """`mentions` with each family name and title that fits one holder added as that person (basis `refer-back`),
    in place of the bare title mention it covers; a span another mention holds is left as it is."""
    holders, roles, stops, bare = _index()
    folded = fold_text(text)  # shared with the other readers of the stage
    # the titles: those the stage read (basis `title`), and the bare ones it reads as no mention (`吳部長`)
    spans = {(m.start, m.end, fold_word(m.alias)) for m in mentions if m.basis == "title"}
    if bare:
        automaton = _bare_automaton(bare)
        for which, at, stop in automaton.find_matches_as_indexes(folded, overlapping=True):  # one pass
            spans.add((at, stop, bare[which]))
    found: list[tuple[int, int, str]] = []  # (start, end, person) of a family name and title one holder fits
    states: set[str] | None = None
    for start, end, word in sorted(spans):
        title_roles = roles.get(word)
        if not title_roles:
            continue
        for size in (2, 1):
            begin = start - size
            if begin < 0 or not all("\u3400" <= c <= "\u9fff" for c in folded[begin:start]):
                continue
            before = folded[begin - 1] if begin > 0 else ""
            if "\u3400" <= before <= "\u9fff" and before not in stops:
                continue
            candidates = [h for role in title_roles for h in holders.get((folded[begin:start], role), ())]
            if not candidates:
                continue
            if states is None:  # the states the text names, read only when some family name may fit
                named = {i for ids in {m.ids for m in mentions} for i in ids}
                states = {p for i in named if (p := _state_of(i, g))}
            fits = {person for person, state in candidates if state in states}
            if len(fits) == 1:
                found.append((begin, end, fits.pop()))
                break
    added = [EntityMention(b, e, text[b:e], (person,), "refer-back") for b, e, person in found]
    if not added:
        return mentions
    starts = [m.start for m in mentions]  # in text order, as the stage's readers give them
    replaced: set[int] = set()
    kept_added: list[EntityMention] = []
    for a in added:
        # the mentions overlapping it (a mention is at most `_LONGEST` characters long before it)
        over = [
            k
            for k in range(bisect.bisect_left(starts, a.start - _LONGEST), bisect.bisect_left(starts, a.end))
            if mentions[k].end > a.start
        ]
        if all(
            mentions[k].basis == "title" and a.start <= mentions[k].start and mentions[k].end <= a.end for k in over
        ):
            replaced.update(over)
            kept_added.append(a)  # else a longer or other mention holds the span: left as it is
    if not kept_added:
        return mentions
    kept = [m for k, m in enumerate(mentions) if k not in replaced]
    return sorted([*kept, *kept_added], key=lambda m: (m.start, m.end))


_LONGEST = 80  # characters: no mention a title could overlap begins farther before it


def _state_of(ident: str, g: Gazetteer) -> str | None:
    entity = g.entities.get(ident, {})
    if entity.get("type") == "state":
        return ident
    owner = entity.get("part_of")
    return owner if g.entities.get(owner or "", {}).get("type") == "state" else None
