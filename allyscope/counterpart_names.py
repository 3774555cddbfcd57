"""A name after `his counterpart` / `her counterpart` with no state's word before the noun (issue 14 item 3,
enact70).

`<Minister> visited <capital> and met his counterpart <Name>`: the noun says the name is a person's, the holder on
the other side of the meeting of the post the possessor holds. A name the data knows is read as itself by the
gazetteer; one it does not know is read here as a person as written (`adhoc_people.name_after_counterpart`: two to
four capitalised words right after the noun, none a word that names no one) — but only when the sentence tells the
meeting's other side: a state named in it (by its name, adjective, capital or a person of it) other than the state
of the person named before the possessive, or, with no known person before it, two states. `She thanked her
counterpart <Name>.` names no side, and whose counterpart is meant is not said: no person is read
(tests/test_actor_collectives_act45.py). The person carries no state of their own; the other side's state is the
sentence's, which the events stage reads as before."""

from __future__ import annotations

import re
from typing import Any

from allyscope.adhoc_people import AS_WRITTEN, name_after_counterpart
from allyscope.entities import EntityMention, Gazetteer

_POSSESSIVE = re.compile(r"\b(?:[Hh]is|[Hh]er)(?= counterpart\b)")
_SENTENCE_END = re.compile(r"[.!?;](?=\s+[A-Z\d])|\n")


def _states_of(m: EntityMention, g: Gazetteer) -> set[str]:
    """The states a mention names: a state itself or the state a person, office or force of it acts for."""
    out = set()
    for ident in m.ids:
        entity: dict[str, Any] = g.entities.get(ident) or {}
        if entity.get("type") == "state":
            out.add(ident)
        elif (home := entity.get("part_of")) and (g.entities.get(home) or {}).get("type") == "state":
            out.add(home)
    return out


def possessed_counterparts(text: str, mentions: list[EntityMention], g: Gazetteer) -> list[EntityMention]:
    """`mentions` with each unknown name after `his`/`her counterpart` read as a person as written (basis
    `as-written`), where its sentence names the meeting's other side and no mention covers the name."""
    if " counterpart" not in text:
        return mentions
    added: list[EntityMention] = []
    for found in _POSSESSIVE.finditer(text):
        span = name_after_counterpart(text, found.end())
        if span is None:
            continue
        start, end = span
        if any(n.start < end and start < n.end for n in mentions):
            continue  # a name the data knows, or read by another stage
        begin = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, found.start() - 600), found.start())),
                    default=0)  # fmt: skip
        stop = _SENTENCE_END.search(text, end)
        finish = stop.start() if stop is not None else len(text)
        in_sentence = [m for m in mentions if begin <= m.start < finish]
        before = [m for m in in_sentence if m.start < found.start() and _is_person(m, g)]
        states = set().union(*(_states_of(m, g) for m in in_sentence)) if in_sentence else set()
        own = _states_of(before[-1], g) if before else set()
        if (own and states - own) or (not own and len(states) >= 2):
            added.append(EntityMention(start, end, text[start:end], (AS_WRITTEN + text[start:end],), "as-written"))
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end)) if added else mentions


def _is_person(m: EntityMention, g: Gazetteer) -> bool:
    return bool(m.ids) and (g.entities.get(m.ids[0]) or {}).get("type") == "person"
