"""The state that issues an English page, told by a line of its head (issue 14, item 3; enact77).

A government's own English release, readout or briefing calls its own leaders and ministers by their bare titles
(`the Prime Minister met President <Name> at <palace> in April last year`, `the President's trip to <state>`): the
page's reader knows whose they are from the page's head, which names the issuing body and its state on a line of
its own (`U.S. Department of State`, `New Zealand Government`, `Government of <state>`, `Ministry of Foreign Affairs
of <state>`). `discourse.issued_titles` already makes a generic title the text gives no state and no holder the
issuing state's office of that role (for a Japanese ministry's page dated in its own era); this module tells the
issuer of an English page the same way, from its words alone:

- only the first 'lines' non-blank lines of the text are read (a head, not a paragraph), and only a short one
  (at most 'max_line' characters);
- such a line is the state's name or adjective as the gazetteer reads it, and one of 'bodies' right after it
  (`<state> Government`, `<adjective> Department of State`) or before it with `of` (`Government of <state>`), and
  nothing else but spaces and a final stop: a line that names a body of a state among other words is a headline
  or a sentence, which says what the page is about, not who issues it;
- exactly one state is so named on the head's lines: two (a joint page of two governments) or none give no issuer.

A news story's dateline (`<CAPITAL>, July 1 (<agency>) -`) names where it was filed, not who issued it, so it
tells nothing here; nor does a ministry named without its state (`Question for Ministry of Defence`). The words are
data (`allyscope/data/discourse.json` 'issuers' 'english').

A department's page calls its own head by the office's word alone (`This morning the Secretary signed …` under
`U.S. Department of State`): `bare_titles` reads that word, with `the` before it and no name, `of` or hyphen after it,
as the issuer's office of the department's role ('bare_titles' in the same data, enact78)."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from allyscope.entities import EntityMention, Gazetteer, load_discourse


@cache
def _english() -> tuple[int, int, re.Pattern[str], re.Pattern[str]] | None:
    """('lines', 'max_line', a body right after a state's name, a body and `of` right before it)."""
    data: dict[str, Any] = (load_discourse().get("issuers") or {}).get("english") or {}
    if not data.get("bodies"):
        return None
    bodies = "|".join(map(re.escape, sorted(data["bodies"], key=len, reverse=True)))
    after = re.compile(rf"[ \t]+(?P<body>{bodies})[ \t]*\.?[ \t]*$")
    before = re.compile(rf"^[ \t]*(?P<body>{bodies})[ \t]+of[ \t]+(?:the[ \t]+)?$")
    return int(data["lines"]), int(data["max_line"]), after, before


def head_lines(text: str, lines: int, longest: int) -> list[tuple[int, int]]:
    """The spans of the short lines (at most `longest` characters) among the first `lines` non-blank lines of
    `text`: the head's title, date and introducing lines, not its paragraphs (also `discourse.first_person`'s)."""
    out: list[tuple[int, int]] = []
    seen = at = 0
    while seen < lines and at < len(text):
        newline = text.find("\n", at)
        end = len(text) if newline < 0 else newline
        if text[at:end].strip():
            seen += 1
            if len(text[at:end].strip()) <= longest:
                out.append((at, end))
        at = end + 1
    return out


def english_issuer(text: str, mentions: list[EntityMention], g: Gazetteer) -> str | None:
    """The one state whose government body a line of the head names as the page's issuer (see the module
    docstring), or None."""
    found = issuing_bodies(text, mentions, g)
    return next(iter(found)) if len(found) == 1 else None


def issuing_bodies(text: str, mentions: list[EntityMention], g: Gazetteer) -> dict[str, set[str]]:
    """Each state a head line names alone with a government body (see the module docstring), with the bodies so
    named (`{'United States': {'Department of State'}}`): the issuer is its one key; the body tells which office's
    head the page's bare `the Secretary` is (`bare_titles`)."""
    rules = _english()
    if rules is None:
        return {}
    lines, longest, after, before = rules
    head = head_lines(text, lines, longest)
    if not head:
        return {}
    end_of_head = head[-1][1]
    found: dict[str, set[str]] = {}
    for m in mentions:
        if m.start >= end_of_head:
            break
        states = [i for i in m.ids if g.entities.get(i, {}).get("type") == "state"]
        if len(states) != 1:
            continue
        line = next(((a, b) for a, b in head if a <= m.start and m.end <= b), None)
        if line is None:
            continue
        a, b = line
        lead, tail = text[a : m.start], text[m.end : b]
        body = after.match(tail) if not lead.strip() else None
        if body is None and tail.strip() in ("", "."):
            body = before.match(lead)
        if body is not None:
            found.setdefault(states[0], set()).add(body["body"])
    return found


@cache
def _bare_titles() -> tuple[dict[str, dict[str, str]], re.Pattern[str]] | None:
    """('bodies': body → {word → role}, the pattern of what may not follow the word) of discourse.json."""
    data: dict[str, Any] = ((load_discourse().get("issuers") or {}).get("english") or {}).get("bare_titles") or {}
    if not data.get("bodies"):
        return None
    return dict(data["bodies"]), re.compile(data["not_before"])


def bare_titles(
    text: str, mentions: list[EntityMention], g: Gazetteer, offices: dict[tuple[str, str], str]
) -> list[EntityMention]:
    """`mentions` with each bare `the Secretary` of a department's own page (a head line `<state> Department of
    State`) made a mention of the issuing state's office of the department's role (`bare_titles` in the data; the
    holder at the event's date is read from the office's terms downstream). Only a word the text has not read as
    part of a mention already, written with `the` right before it and no name, `of` or hyphen after it; only where
    exactly one state issues the page, and the office exists in the data."""
    rules = _bare_titles()
    if rules is None:
        return mentions
    by_body, not_before = rules
    words = {w for roles in by_body.values() for w in roles}
    if not any(w in text for w in words):
        return mentions
    issuers = issuing_bodies(text, mentions, g)
    if len(issuers) != 1:
        return mentions
    ((state, bodies),) = issuers.items()
    roles = {w: r for body in sorted(bodies) for w, r in by_body.get(body, {}).items()}
    if not roles:
        return mentions
    pattern = re.compile(r"\b[Tt]he[ \t]+(" + "|".join(map(re.escape, sorted(roles, key=len, reverse=True))) + r")\b")
    spans = [(m.start, m.end) for m in mentions]
    added: list[EntityMention] = []
    for hit in pattern.finditer(text):
        start, end = hit.span(1)
        if not_before.match(text, end) or any(a < end and start < b for a, b in spans):
            continue
        office = offices.get((state, roles[hit[1]]))
        if office:
            added.append(EntityMention(start, end, hit[1], (office,), "title"))
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end)) if added else mentions
