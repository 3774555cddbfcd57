"""One automaton pass over a text for the literals of many whole-text searches (fast69, issue 14).

The entities stage asks some two dozen expressions of the whole document (`pattern.finditer(text)`: the CJK titles'
alternation, the English envoys' titles, the object pronouns, the cross-strait bodies…). `re` tries each at every
character of the text, although most can match only where one of a few words stands: on the reference article
(14,000 characters of Chinese) each such search read all of it, and most found nothing. Here every expression
searched so (`finditer`, `search`) is read once, when first asked, for the literals one of which every match holds
(`_candidates`, from the expression's own parse, `re._parser`: nothing is listed by hand, and a change of the data
or the expression changes them) together with how far after (or, in a look-behind, before) the match's start that
literal may begin. One Aho–Corasick automaton (`ahocorasick_rs`) over the literals of every expression so read
finds all their occurrences in one pass over the text, kept for the few texts being read (`_scan`). Each
expression is then matched (`pattern.match`) only at the places from which a match could reach one of its
literals, in text order, each next one after the last match's end: `finditer`'s own rule (`screened_search`); an
expression whose literal may stand anywhere after the start (`\\s+` before it) is searched whole, and only when
one of its literals stands somewhere in the text.

Exact by construction: every match holds one of the literals at an offset the parse bounds, so no match begins
outside the places tried, and `pattern.match(text, pos)` reads the text before `pos` (look-behinds, `\\b`) as the
search does. Literals are looked for in the folded text (`regex_firsts.fold`: ASCII letters lowered, and the four
characters case-blind matching takes for them), so a case-blind literal is found in any case and a case-kept one
at least where it stands; a literal holding a letter outside ASCII that has other cases is not screened (the
expression is then searched whole). An expression that may match the empty string is only screened whole-text.

An expression met for the first time adds its literals to the automaton, which is built again, and the texts'
passes are made again: in a process, only while its first document is read.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Any, NamedTuple

import ahocorasick_rs

from allyscope.regex_firsts import fold
from allyscope.screened_search import matches_from

_parser: Any = importlib.import_module("re._parser")
_c: Any = importlib.import_module("re._constants")

_IGNORECASE = _c.SRE_FLAG_IGNORECASE
_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT}
_FAR = 48
"""The widest reach a screen tries matches across (from `hi` to `lo` characters before a literal): past it (a `\\s+`
or a name of any length before the literal) the expression is searched whole where a literal stands."""
_CROWDED = 24
"""An expression is searched whole when the places to try number more than a `_CROWDED`th of the text's length."""


class Candidate(NamedTuple):
    """Literals one of which every match holds (as they stand, lowered), and the least and greatest offset from the
    match's start at which it may begin (negative in a look-behind; `hi` is `_FAR + 1` or more when unbounded)."""

    words: frozenset[str]
    lo: int
    hi: int


def _width(state: Any, op: Any, av: Any) -> tuple[int, int]:
    lo, hi = _parser.SubPattern(state, [(op, av)]).getwidth()
    return lo, min(hi, _c.MAXREPEAT)


def _plain(char: str) -> bool:
    """A character `fold` leaves as it stands or lowers as a case-blind match compares it: not a letter outside
    ASCII that has other cases."""
    return char.isascii() or (char.lower() == char and char.upper() == char)


def _piece(word: str) -> tuple[str, int]:
    """The longest run of `_plain` characters of `word` (the first of the longest), and where it begins: a match
    holding `word` holds it there."""
    best, at, start = "", 0, 0
    for end in range(len(word) + 1):
        if end == len(word) or not _plain(word[end]):
            if end - start > len(best):
                best, at = word[start:end], start
            start = end + 1
    return best, at


def _usable(candidate: Candidate) -> Candidate | None:
    """`candidate` with each literal cut to its `_piece` (the offsets widened by where the pieces begin), or None
    when a literal has none."""
    if all(_plain(c) for word in candidate.words for c in word):
        return candidate if all(candidate.words) else None
    pieces = [_piece(word) for word in candidate.words]
    if not all(piece for piece, _at in pieces):
        return None
    shifts = [at for _piece_, at in pieces]
    words = frozenset(piece for piece, _at in pieces)
    return Candidate(words, candidate.lo + min(shifts), candidate.hi + max(shifts))


def _rank(candidate: Candidate) -> tuple[bool, int, int]:
    """Better first: bounded, then the longest shortest literal, then the narrowest reach."""
    return (
        candidate.hi - candidate.lo <= _FAR,
        min(len(w) for w in candidate.words),
        -(candidate.hi - candidate.lo),
    )


def _best(candidates: list[Candidate]) -> Candidate | None:
    usable = [u for c in candidates if (u := _usable(c)) is not None]
    return max(usable, key=_rank) if usable else None


def _candidates(items: Any, state: Any, ignore_case: bool) -> list[Candidate]:
    """Every (literals, offsets) the sequence `items` names: a run of literal characters, what a group, an
    alternation whose every branch names one, a repeat of at least one, a class of listed characters or a look-ahead
    or -behind that must match names, each at the offsets the items before it allow."""
    out: list[Candidate] = []
    lo = hi = 0  # the least and greatest width of the items read so far
    run: list[str] = []
    run_at = (0, 0)

    def shifted(found: list[Candidate], by_lo: int, by_hi: int) -> None:
        out.extend(Candidate(c.words, c.lo + by_lo, c.hi + by_hi) for c in found)

    for op, av in items:
        if op is _c.LITERAL:
            if not run:
                run_at = (lo, hi)
            run.append(chr(av).lower())
        else:
            if run:
                out.append(Candidate(frozenset({"".join(run)}), *run_at))
                run = []
            if op is _c.SUBPATTERN:
                _group, add_flags, del_flags, sub = av
                case = (ignore_case or bool(add_flags & _IGNORECASE)) and not del_flags & _IGNORECASE
                shifted(_candidates(sub, state, case), lo, hi)
            elif op is _c.ATOMIC_GROUP:
                shifted(_candidates(av, state, ignore_case), lo, hi)
            elif op is _c.BRANCH:
                chosen = [_best(_candidates(branch, state, ignore_case)) for branch in av[1]]
                if chosen and all(c is not None for c in chosen):
                    picked = [c for c in chosen if c is not None]
                    words = frozenset().union(*(c.words for c in picked))
                    out.append(Candidate(words, lo + min(c.lo for c in picked), hi + max(c.hi for c in picked)))
            elif op in _REPEATS and av[0] >= 1:
                shifted(_candidates(av[2], state, ignore_case), lo, hi)
            elif op is _c.IN and av and all(item_op is _c.LITERAL for item_op, _ in av):
                out.append(Candidate(frozenset(chr(code).lower() for _, code in av), lo, hi))
            elif op is _c.ASSERT:
                direction, sub = av
                if direction == 1:  # a look-ahead: read from here
                    shifted(_candidates(sub, state, ignore_case), lo, hi)
                else:  # a look-behind (of one width): read from its width before here
                    back = sub.getwidth()[0]
                    shifted(_candidates(sub, state, ignore_case), lo - back, hi - back)
        width = _width(state, op, av)
        lo, hi = lo + width[0], min(hi + width[1], _c.MAXREPEAT)
    if run:
        out.append(Candidate(frozenset({"".join(run)}), *run_at))
    return out


class Screen(NamedTuple):
    """How an expression is screened: `near` (literals at bounded offsets: the places to try) and `gate` (literals
    one of which must stand somewhere in the text, the most telling), either None."""

    near: Candidate | None
    gate: Candidate | None


@lru_cache(maxsize=256)
def screen_of(pattern: re.Pattern[str]) -> Screen:
    """The screen of `pattern`, read from its parse."""
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    read = _candidates(list(parsed), parsed.state, bool(parsed.state.flags & _IGNORECASE))
    found = [u for c in read if (u := _usable(c)) is not None]
    if not found:
        return Screen(None, None)
    gate = max(found, key=lambda c: min(len(w) for w in c.words))
    near = max(found, key=_rank)
    if near.hi - near.lo > _FAR or parsed.getwidth()[0] == 0:  # unbounded, or an empty match: searched whole
        return Screen(None, gate)
    return Screen(near, gate)


_words: dict[str, int] = {}
"""Every literal of the expressions screened so far, with its number in the automaton."""


@lru_cache(maxsize=1)
def _automaton(size: int) -> ahocorasick_rs.AhoCorasick | None:
    """The automaton of the first `size` literals of `_words` (all of them when it is built)."""
    words = list(_words)[:size]
    return ahocorasick_rs.AhoCorasick(words, implementation=ahocorasick_rs.Implementation.DFA) if size else None


@lru_cache(maxsize=8)
def _scan(text: str) -> tuple[int, dict[int, list[int]]]:
    """How many literals the pass looked for, and where each it found begins in the folded text (every occurrence,
    overlapping ones included): one pass of the automaton of every literal met so far."""
    size = len(_words)
    automaton = _automaton(size)
    places: dict[int, list[int]] = {}
    if automaton is not None:
        for number, start, _end in automaton.find_matches_as_indexes(fold(text), overlapping=True):
            places.setdefault(number, []).append(start)
    return size, places


def _starts(text: str, words: frozenset[str]) -> list[int]:
    """Where in `text` (folded) a literal of `words` begins, ascending, each once."""
    if any(word not in _words for word in words):  # an expression met for the first time: its literals join
        for word in sorted(words):  # the automaton, and the texts' passes are made again (the first text only)
            _words.setdefault(word, len(_words))
        _scan.cache_clear()
    _size, places = _scan(text)
    numbers = [_words[word] for word in words]
    if len(numbers) == 1:
        return places.get(numbers[0], [])
    return sorted({at for number in numbers for at in places.get(number, ())})


Whole = Callable[[re.Pattern[str], str], Iterator[re.Match[str]]]
"""A search of the whole text giving the matches `finditer` gives (`event_cues.led_finditer`)."""


def _finditer(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    return pattern.finditer(text)


def finditer(pattern: re.Pattern[str], text: str, whole: Whole = _finditer) -> Iterator[re.Match[str]]:
    """The matches of `pattern.finditer(text)`, each found where one of its literals stands (module docstring);
    where the screen cannot tell the places, those `whole` finds (the same matches, found otherwise)."""
    near, gate = screen_of(pattern)
    if gate is None:
        yield from whole(pattern, text)
        return
    if not _starts(text, gate.words):
        return  # none of the literals every match holds stands in the text
    if near is None:
        yield from whole(pattern, text)
        return
    places = _starts(text, near.words)
    if len(places) * (near.hi - near.lo + 1) * _CROWDED > len(text):
        yield from whole(pattern, text)
        return
    tried: set[int] = set()
    last = len(text)
    for at in places:
        tried.update(range(max(0, at - near.hi), min(last, at - near.lo) + 1))
    yield from matches_from(pattern, text, tried)


def search(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """`pattern.search(text)`, the first match `finditer` finds."""
    return next(finditer(pattern, text), None)
