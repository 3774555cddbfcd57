"""Whose a bare ministry or spokesperson is in a text published in a state (issue 14 item 3, act67).

A state's own press names its own ministries bare (`外交部發言人今天表示`, `國防部指出`): no state's name before them.
The gazetteer gives the bare name of a spokesperson's office to one state (the state whose press uses it most),
and knows no body for a bare ministry at all. In a text published in another state, the bare name is that
state's body.

The rule (data `data/force_short_forms.json` 'home_offices', its schema beside it):

- the document's own state is the state of the place its head publishes it from: within its first
  `_HEAD_REACH` characters, a line that holds nothing but a date and one mention of a place or state (`2024年9月14日
  <capital>`, `<capital>，2024年9月14日`), or a news agency's dateline (`（<agency><capital>14日電）`: a mention
  of a place right before a day and the word for a wire, 電/电); else none, and nothing changes (a record dated in
  a state's own era, or issued by a body named in its title, is the discourse's to read: `discourse.first_person`
  reads its bare ministries as its speaker's state);
- a word of 'home_offices' (a spokesperson's or a ministry's bare name) standing after no ideograph, kana or
  letter (after another state's name or a party's word it is that one's: `<state>外交部`, `<party>外交部`) is
  then the document's own state, when that state is one of 'home_office_states' (the states whose own ministries
  the words name in their own language; a page in Chinese published from another state, an embassy's, names
  the ministries of the state whose language it writes): a mention of the state, in place of the office the
  gazetteer gives the words to when that office is another state's, or a new mention where the gazetteer found
  none (`國防部發言人`).

A text with no place in its head, or one whose head names two states, is left as it is: precision first."""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from allyscope.entities import EntityMention, Gazetteer

_HEAD_REACH = 400  # characters from the text's start a publishing line or dateline stands within
_DATE = re.compile(r"\d{4}\s*[年/.\-]\s*\d{1,2}\s*[月/.\-]\s*\d{1,2}\s*日?|\d{1,2}\s*月\s*\d{1,2}\s*日")
_FILLER = re.compile(r"[\s\u3000,，、.。:：|｜/()（）\[\]【】\-—–]*")
_WIRE = re.compile(r"\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日\s*[電电]")
_BEFORE_BARE = re.compile(r"[A-Za-z0-9\u3040-\u30ff\u3400-\u9fff]")


@cache
def _home_states() -> frozenset[str]:
    """'home_office_states': the states whose own ministries the words of 'home_offices' name."""
    raw = json.loads(resources.files("allyscope.data").joinpath("force_short_forms.json").read_text("utf-8"))
    return frozenset(raw.get("home_office_states", []))


@cache
def _home_words() -> re.Pattern[str] | None:
    """Any word of 'home_offices', longest first."""
    raw = json.loads(resources.files("allyscope.data").joinpath("force_short_forms.json").read_text("utf-8"))
    words = sorted(raw.get("home_offices", []), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words))) if words else None


def _one_state(m: EntityMention, g: Gazetteer) -> str | None:
    """The one state mention `m` names: a state, or a place the gazetteer reads as its state (a capital)."""
    states = {i for i in m.ids if g.entities.get(i, {}).get("type") == "state"}
    return states.pop() if len(states) == 1 and len(m.ids) == 1 else None


def document_state(text: str, found: list[EntityMention], g: Gazetteer) -> str | None:
    """The state the document is published in, by its head's publishing line or dateline (module docstring); None
    when they tell no one state."""
    states: set[str] = set()
    for m in found:
        if m.start >= _HEAD_REACH:
            break
        state = _one_state(m, g)
        if state is None:
            continue
        line_start = text.rfind("\n", 0, m.start) + 1
        line_end = text.find("\n", m.end)
        line_end = len(text) if line_end < 0 else line_end
        line = text[line_start : m.start] + " " + text[m.end : line_end]
        dated_place = _DATE.search(line) is not None and not _FILLER.fullmatch(line)
        if dated_place and _FILLER.fullmatch(_DATE.sub("", line, count=1)):
            states.add(state)  # `2024年9月14日 <capital>`: the line is the date and the place
        elif _WIRE.match(text, m.end) is not None:
            states.add(state)  # `（<agency><capital>14日電）`
    return states.pop() if len(states) == 1 else None


def with_home_offices(text: str, found: list[EntityMention], g: Gazetteer) -> list[EntityMention]:
    """`found` with each bare ministry or spokesperson of 'home_offices' read as the document's own state, where its
    head tells one (module docstring), in text order."""
    offices = _home_words()
    if offices is None:
        return found
    bare = [f for f in offices.finditer(text) if not _BEFORE_BARE.match(text[f.start() - 1 : f.start()] or " ")]
    if not bare:
        return found
    home = document_state(text, found, g)
    if home is None or home not in _home_states():
        return found
    from allyscope.entities import EntityMention

    out = list(found)
    by_span = {(m.start, m.end): k for k, m in enumerate(found)}
    added: list[EntityMention] = []
    for f in bare:
        start, end = f.span()
        k = by_span.get((start, end))
        if k is not None:
            ids = found[k].ids
            owners = {g.entities.get(i, {}).get("part_of") for i in ids}
            if home not in ids and home not in owners:
                out[k] = EntityMention(start, end, found[k].alias, (home,), found[k].basis)
            continue
        if any(m.start < end and start < m.end for m in found):
            continue  # part of a longer name the data knows
        added.append(EntityMention(start, end, f.group(), (home,), ""))
    if not added:
        return out
    return sorted([*out, *added], key=lambda m: (m.start, m.end))
