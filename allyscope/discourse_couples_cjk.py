"""`両陛下` alone refers back to the royal couple named before it (issue 14; gaz86).

A Japanese or Chinese text names a reigning couple once with both titles and the honorific for two
(`天皇皇后両陛下`, `天皇皇后兩陛下`, `国王王妃両陛下`) and then by the honorific alone: `兩陛下本月…對蒙古進行國事訪問`,
`両陛下は12日…`. The bare honorific names nobody by itself, so the couple were no actors of what they did. Here a
word of 'words' in `couples_back_cjk` of `allyscope/data/discourse.json` with no name or title glued before it
(an ideograph, katakana or letter right before it is part of a title or a name: `国王王妃両陛下` is not bare)
stands for the two the nearest such word before it (within 'reach' characters) was glued to: the mentions that end
right before that word, up to 'near' characters before it, each the title or name of one person (`天皇`, `皇后`:
offices, whose holders on the date follow as for any title). A word glued to titles is read as those titles, not
here; with no couple before it, the word stays unread (nothing guessed)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from allyscope.entities import EntityMention, Gazetteer, load_discourse

BASIS = "couple-back"
_WORD = re.compile(r"[\u3400-\u9fff\u30a0-\u30ffA-Za-z]")  # an ideograph, katakana or Latin letter glued before


@dataclass(frozen=True)
class _Rules:
    pattern: re.Pattern[str]
    reach: int
    near: int


@cache
def _rules() -> _Rules | None:
    data = load_discourse().get("couples_back_cjk")
    if not data or not data.get("words"):
        return None
    words = sorted(map(str, data["words"]), key=len, reverse=True)
    return _Rules(re.compile("|".join(map(re.escape, words))), int(data.get("reach", 1500)), int(data.get("near", 8)))


def _glued(mentions: list[EntityMention], start: int, near: int, g: Gazetteer) -> list[EntityMention]:
    """The mentions of people or offices that end right before `start`, each touching the next (`天皇` `皇后`),
    reaching back at most `near` characters."""
    chain: list[EntityMention] = []
    edge = start
    for m in sorted((m for m in mentions if start - near <= m.start and m.end <= start), key=lambda m: -m.end):
        if m.end != edge or len(m.ids) != 1:
            break
        if g.entities.get(m.ids[0], {}).get("type") not in ("person", "office"):
            break
        chain.insert(0, m)
        edge = m.start
    return chain


def couples_referred_back(text: str, mentions: list[EntityMention], g: Gazetteer) -> list[EntityMention]:
    """`mentions` with each bare `両陛下` made the two people the nearest glued one before it named (the module's
    docstring says when)."""
    rules = _rules()
    if rules is None or not mentions or not rules.pattern.search(text):
        return mentions
    added: list[EntityMention] = []
    last: tuple[int, list[EntityMention]] | None = None  # the nearest glued word before: its start and its couple
    for match in rules.pattern.finditer(text):
        start, end = match.span()
        couple = _glued(mentions, start, rules.near, g)
        if len(couple) >= 2:
            last = (start, couple)
            continue
        if couple or (start and _WORD.match(text[start - 1])) or any(m.start < end and m.end > start for m in mentions):
            continue  # a title or a name glued (`国王王妃両陛下`, `国王陛下`) or read already: not a bare couple
        if last is None or start - last[0] > rules.reach:
            continue
        added += [EntityMention(start, end, match.group(), m.ids, BASIS) for m in last[1]]
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end))


@dataclass(frozen=True)
class _Spouses:
    pattern: re.Pattern[str]
    heads: frozenset[str]
    consorts: dict[str, str]  # a state → its consort's office


@cache
def _spouses() -> _Spouses | None:
    from allyscope.entities import gazetteer

    data = load_discourse().get("spouses_glued_cjk")
    if not data or not data.get("words"):
        return None
    g = gazetteer()
    consorts: dict[str, str] = {}
    for ident, entity in g.entities.items():
        if entity.get("type") == "office" and entity.get("role") == data.get("consort", "consort"):
            consorts.setdefault(str(entity.get("part_of")), ident)
    words = sorted(map(str, data["words"]), key=len, reverse=True)
    return _Spouses(re.compile("|".join(map(re.escape, words))), frozenset(data.get("heads", ())), consorts)


def _head_state(ident: str, g: Gazetteer, heads: frozenset[str]) -> str | None:
    """The state whose head-of-state office `ident` is, or whose such office the person `ident` held at some time."""
    entity = g.entities.get(ident, {})
    if entity.get("type") == "office":
        return str(entity.get("part_of")) if entity.get("role") in heads else None
    if entity.get("type") == "person":
        for role in entity.get("roles", ()):
            office = g.entities.get(role["office"], {})
            if office.get("role") in heads:
                return str(office.get("part_of"))
    return None


def spouses_glued(text: str, mentions: list[EntityMention], g: Gazetteer) -> list[EntityMention]:
    """`mentions` with each couple's word glued right after a head of state's title or name (`国王夫妻`, `國王夫婦`)
    read as the consort's office of that state (discourse.json `spouses_glued_cjk`): the head of state stays as read,
    the consort on the date follows as the office's holder. A word glued to anyone else, to a mention of several
    ids or to nothing stays unread."""
    rules = _spouses()
    if rules is None or not mentions or not rules.pattern.search(text):
        return mentions
    ends = {m.end: m for m in mentions if len(m.ids) == 1}
    added: list[EntityMention] = []
    for match in rules.pattern.finditer(text):
        start, end = match.span()
        glued = ends.get(start)
        if glued is None or any(m.start < end and m.end > start for m in mentions):
            continue
        state = _head_state(glued.ids[0], g, rules.heads)
        consort = rules.consorts.get(state or "")
        if consort:
            added.append(EntityMention(start, end, match.group(), (consort,), BASIS))
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end))
