"""Short forms of a state's armed services (issue 14 item 3, act66): `<service>の護衛艦`, `<service>の戦闘機`.

Japanese writes its own services by two characters (`海自`, `空自`, `陸自`) far more often than by their full names,
and a Chinese text copies them after the state's name (`<state>海自護衛艦`). The gazetteer holds the services by
their full names only: a short form would be read inside Chinese words too (a sea's name before a word that opens
with 自, `自古`, `自由`), so it is no alias of the data. The rule (data `data/force_short_forms.json`, its schema
beside it):

- in a Japanese text (one that holds hiragana), a short form of 'short_forms' is a mention of its service (the
  gazetteer id the data gives it) where no mention the data found covers any of its characters, no character of
  'not_after' stands right before it (`公海`, `航空`, `大陸`: a word ending there) and none of 'not_before' right
  after it (`自由`, `自治`, `自体`);
- in any text, a short form written right after a name of its service's own state (a name the gazetteer gives
  that state, `<state>海自`) is that service's mention too, whatever the script: the state's name there is
  hidden inside a longer word the data blocks (a sea named after the state), so no mention covers it.

The service brings its state in as an actor (gazetteer `part_of`), as every service's name does. A short form
that is no service's (`海自` inside a longer word) is never read: precision first.

Chinese press also writes a state's party and government offices and its national forces by short forms the
gazetteer holds no body for (act67, issue 14 item 3): they are read as their state (a mention of the state id the
data ties them to, 'state_short_forms'), as a body's name brings its state in:

- an office's short form (`<cross-strait office>發言人<Name>稱`) wherever no mention the data found covers it;
- a short form of 'after_no_ideograph' (the forces a state's own press calls the nation's, `<national forces>當天
  派遣兵力`) only where no ideograph stands right before it, or right after a name of its own state: after any other
  ideograph its characters end another state's name or a word (`<state>軍艦`, `兩國軍隊`);
- a word for a state's ruling party written as an adjective ('party_state_words', `<party><coast guard>編隊`,
  `<party>軍機`) only right before one of 'party_state_heads' (a force's or a body's word), never alone: its
  characters stand inside other words (`…中` + `共同…`). (act82 read it alone after a partner word, `與<party>建交`:
  one dev event gained, a held-out actors floor lost; withdrawn.)"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, NamedTuple

from allyscope import literal_screen
from allyscope.text_screens import holds_hiragana

if TYPE_CHECKING:
    from allyscope.entities import EntityMention, Gazetteer


class _Forms(NamedTuple):
    services: dict[str, str]  # short form -> the service's gazetteer id
    pattern: re.Pattern[str] | None  # any short form, longest first
    not_after: frozenset[str]
    not_before: frozenset[str]
    states: dict[str, str]  # short form of a state's office or forces -> the state's gazetteer id (act67)
    state_pattern: re.Pattern[str] | None  # any of those short forms, or a party word before one of its heads
    after_no_ideograph: frozenset[str]
    parties: dict[str, str]  # a party word -> its state's gazetteer id


@cache
def _forms() -> _Forms:
    raw = json.loads(resources.files("allyscope.data").joinpath("force_short_forms.json").read_text("utf-8"))
    services = dict(raw["short_forms"])
    keys = sorted(services, key=len, reverse=True)
    pattern = re.compile("|".join(map(re.escape, keys))) if keys else None
    states = dict(raw.get("state_short_forms", {}))
    parties = dict(raw.get("party_state_words", {}))
    heads = sorted(raw.get("party_state_heads", []), key=len, reverse=True)
    shapes = [re.escape(k) for k in sorted(states, key=len, reverse=True)]
    if parties and heads:  # the party word alone is the match; its head is only looked at
        words = "|".join(map(re.escape, sorted(parties, key=len, reverse=True)))
        shapes.append(f"(?:{words})(?=(?:{'|'.join(map(re.escape, heads))}))")
    state_pattern = re.compile("|".join(shapes)) if shapes else None
    return _Forms(
        services,
        pattern,
        frozenset(raw["not_after"]),
        frozenset(raw["not_before"]),
        states,
        state_pattern,
        frozenset(raw.get("after_no_ideograph", [])),
        parties,
    )


def _state_names(g: Gazetteer, ident: str) -> tuple[str, ...]:
    """The CJK names the gazetteer gives the state `ident` is part of, longest first."""
    return _state_names_of(g, g.entities.get(ident, {}).get("part_of", ""))


def short_form_spans(text: str, covered: list[tuple[int, int]], g: Gazetteer) -> list[tuple[int, int, str]]:
    """(start, end, service id) of each short form of a service the rule reads in `text` (module docstring);
    `covered` are the spans of the mentions already found."""
    forms = _forms()
    if forms.pattern is None:
        return []
    japanese = holds_hiragana(text)
    out: list[tuple[int, int, str]] = []
    for found in literal_screen.finditer(forms.pattern, text):
        start, end = found.span()
        if any(a < end and start < b for a, b in covered):
            continue
        ident = forms.services[found.group()]
        if ident not in g.entities:
            continue
        after_state = any(text.endswith(name, 0, start) for name in _state_names(g, ident))
        if not after_state:
            if not japanese or text[start - 1 : start] in forms.not_after:
                continue
            if text[end : end + 1] in forms.not_before:
                continue
        out.append((start, end, ident))
    return out


def _state_names_of(g: Gazetteer, state: str) -> tuple[str, ...]:
    """The CJK names the gazetteer gives the state `state`, longest first."""
    entity = g.entities.get(state, {})
    names = {
        name
        for language, aliases in entity.get("aliases", {}).items()
        if language != "en"
        for name in aliases
        if name and not name.isascii()
    }
    return tuple(sorted(names, key=len, reverse=True))


def state_short_form_spans(text: str, covered: list[tuple[int, int]], g: Gazetteer) -> list[tuple[int, int, str]]:
    """(start, end, state id) of each short form of a state's office or forces, and of each party word before a
    force's or body's word, the rule reads in `text` (module docstring, act67); `covered` are the spans of the
    mentions already found."""
    forms = _forms()
    if forms.state_pattern is None:
        return []
    out: list[tuple[int, int, str]] = []
    for found in forms.state_pattern.finditer(text):
        start, end = found.span()
        if any(a < end and start < b for a, b in covered):
            continue
        form = found.group()
        state = forms.states.get(form) or forms.parties.get(form, "")
        if state not in g.entities:
            continue
        glued = form in forms.after_no_ideograph and "\u3400" <= text[start - 1 : start] <= "\u9fff"
        if glued and not any(text.endswith(name, 0, start) for name in _state_names_of(g, state)):
            continue  # `兩國軍隊`, `<state>軍艦`: the end of another word
        out.append((start, end, state))
    return out


def with_short_forms(text: str, found: list[EntityMention], g: Gazetteer) -> list[EntityMention]:
    """`found` with a mention of each short form of a service, and of each short form of a state's office or
    forces, the rules read (module docstring), in text order."""
    forms = _forms()
    services = forms.pattern is not None and any(form in text for form in forms.services)
    states = forms.state_pattern is not None and literal_screen.search(forms.state_pattern, text) is not None
    if not services and not states:
        return found
    from allyscope.entities import EntityMention

    covered = [(m.start, m.end) for m in found]
    spans = short_form_spans(text, covered, g) if services else []
    if states:
        spans += state_short_form_spans(text, covered + [(a, b) for a, b, _ in spans], g)
    if not spans:
        return found
    added = [EntityMention(start, end, text[start:end], (ident,), "") for start, end, ident in spans]
    return sorted([*found, *added], key=lambda m: (m.start, m.end))
