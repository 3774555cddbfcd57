"""The two parties of a visit referred back to by their part in it (carry64, issue 14 items 3–4).

A visit sets up two parties: the **host**, the state visited (`访问<state>`, `<state>を訪問し`, `visited <capital>`,
`arrived in <state>`, or the place of the document's dateline, `<CAPITAL>, 15 January 2018 —`, `新华社<capital>…电`),
and the **visitor**, the other of the two parties the discourse has established around it. Words that name one
of them by that part alone (`the host`, `the hosts`, `东道主`; `the visiting prime minister`, `the delegation`,
`代表团一行`, `訪問団`) are collectives of one state with a `visit` part in data/discourse.json; this module finds
the state:

- the host is the state the nearest visit before the word names as its place: in the word's own sentence before
  it, then in each sentence before (nearest first, within the discourse's window); a newer visit named between
  blocks an older one, as the nearer is taken first. Only when no visit is named nearer is it the dateline's place,
  and with no dateline the place of the nearest visit named before the window (enact66: `paid an official visit
  to <state>` in a statement's first paragraph, `received the visiting minister` in its fourth);
- the visitor is the one of the two parties established for the word (`_Discourse.parties`, count 2: its sentence,
  the sentences before, then the title) that is not the host; with no host found, or a pair that does not hold
  the host, it stays unresolved (never a default).

A word with a state named right before it (`<state>代表团`, `<state>方代表团`) or after it by `of`
(`the delegation of <state>`) is that state's, read by the names themselves: it stays unresolved here.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from allyscope.entities import load_discourse
from allyscope.scripts import fold

if TYPE_CHECKING:  # pragma: no cover
    from allyscope.discourse import _Discourse

_OF_AFTER = re.compile(r"\s+of\s+")
_DATELINE_LEAD = 8  # characters before a dateline's place on its line at most (an agency's name: `新华社`)


class _Words:
    """discourse.json `visit_parties`: the words that make a state named after them, or before them, a visit's
    place, the first characters of a word with a state in it that visits it (`来日`, `访华`), the words that make a
    line a dateline, and how far a dateline may stand from the text's start."""

    def __init__(
        self, before: tuple[str, ...], after: tuple[str, ...], incorporated: tuple[str, ...], dateline: re.Pattern[str],
        reach: int,
    ) -> None:  # fmt: skip
        self.before = before
        self.incorporated = incorporated
        self.after = after
        self.dateline = dateline
        self.reach = reach


@cache
def _words() -> _Words:
    data = load_discourse().get("visit_parties", {})
    before = tuple(sorted({fold(w) for w in data.get("before", ())}, key=len, reverse=True))
    after = tuple(sorted({fold(w) for w in data.get("after", ())}, key=len, reverse=True))
    closers = "|".join(re.escape(w) for w in data.get("dateline_closers", ())) or r"(?!x)x"
    # a dateline: the place, then within a short span a date written with a digit, then a closer (`—`, `电`, `電`)
    dateline = re.compile(rf"[^\n]{{0,{int(data.get('dateline_span', 40))}}}?\d[^\n]{{0,24}}?(?:{closers})")
    incorporated = tuple(fold(w) for w in data.get("incorporated", ()))
    return _Words(before, after, incorporated, dateline, int(data.get("dateline_reach", 400)))


def _one_state(d: _Discourse, index: int) -> str | None:
    parties = list(dict.fromkeys(d.of(index, "states")))
    return parties[0] if len(parties) == 1 else None


def _is_visit_place(d: _Discourse, index: int) -> bool:
    """Is mention `index` named as the place of a visit: right after a verb or noun of visiting (`访问`, `visited`,
    `visit to`, `arrived in`), or right before a particle and verb of visiting (`を訪問`, `に到着`)?"""
    words = _words()
    m = d.mentions[index]
    if fold(m.alias).startswith(words.incorporated):
        return True  # a visit word with its state in it (`来日`, `访华`)
    head = fold(d.text[max(0, m.start - 24) : m.start]).rstrip()
    if any(head.endswith(w.rstrip()) for w in words.before):
        return True
    tail = fold(d.text[m.end : m.end + 12])
    return tail.startswith(words.after)


def visit_host(d: _Discourse, index: int) -> str | None:
    """The state the nearest visit before mention `index` names as its place, else the dateline's (see the
    module docstring)."""
    sentence = d.sentence_of(index)
    if sentence is None:
        return None
    window = max(-1, sentence - 1 - d.g.window)
    near = _visit_place_between(d, index, sentence, window)
    if near is not None:
        return near
    # no visit within the window: the dateline's place, else the nearest visit the text named before the window
    # (a statement that opens with a visit and refers to its visitor paragraphs later, enact66)
    return _dateline_state(d, index) or _visit_place_between(d, index, window, -1)


def _visit_place_between(d: _Discourse, index: int, first: int, stop: int) -> str | None:
    """The state the nearest visit before mention `index` names as its place, in sentences `first` down to `stop`
    (exclusive), nearest first."""
    for back in range(first, stop, -1):
        for i in reversed(d.in_sentence(back)):
            if i < index and _is_visit_place(d, i):
                state = _one_state(d, i)
                if state is not None:
                    return state
    return None


def _dateline_state(d: _Discourse, index: int) -> str | None:
    """The state of the place a dateline opens with (`SOFIA, 15 January 2018 —`, `新华社<capital>7月31日电`): the first
    mention of one state within the dateline's reach of the text's start, before mention `index`, followed on its
    line by a date and a dateline's closer."""
    words = _words()
    for i, m in enumerate(d.mentions[:index]):
        if m.start > words.reach:
            break
        state = _one_state(d, i)
        if state is None or m.start - (d.text.rfind("\n", 0, m.start) + 1) > _DATELINE_LEAD:
            continue  # a dateline's place opens its line, after an agency's name at most (`新华社`)
        if words.dateline.match(d.text, m.end) is not None:
            return state
    return None


def visit_party(d: _Discourse, index: int, part: str) -> list[str] | None:
    """The one state that collective `index` names by its `part` in a visit (`host` or `visitor`), or None."""
    m = d.mentions[index]
    if index and d.mentions[index - 1].end == m.start and d.of(index - 1, "states"):
        return None  # `<state>代表团`: the state named right before it says whose
    if _OF_AFTER.match(d.text, m.end):
        return None  # `the delegation of <state>`
    host = visit_host(d, index)
    if host is None:
        return None
    if part == "host":
        return [host]
    pair = d.parties(index, 2, "states")
    if pair is None or host not in pair:
        return None
    return [p for p in pair if p != host]
