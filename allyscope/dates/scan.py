"""Finding the matches of the date expression fast: what `finditer` would find, tried only where a date may start.

A text of tens of thousands of characters holds a few dozen dates; trying the thirty-odd branches at every
character cost more than reading the dates found. `_scan` skips to the places `_starts` finds, tries there only
the branches that can begin with that character (`_dispatch`, `_starting_with`), passes over a note marker's
digits (`_note_digits`) and, in English prose, over words that begin no date (`_latin_screen`). The tests hold
`_scan` to `whole_expression(...).finditer`, match for match.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterator
from functools import cache

from allyscope.dates.expression import _BRANCHES, _patterns
from allyscope.dates.values import _alternatives, rules
from allyscope.regex_firsts import may_start_with


@cache
def _starting_with(latin: bool, char: str) -> re.Pattern[str] | None:
    """The date expression with only the branches that can begin with `char`, in their order (`regex_firsts`):
    at a place where `char` stands it finds exactly what the whole expression finds, without trying the
    thirty-odd branches one after the other (a match at a digit cost about 3 µs, most of it failing branches).
    None when no branch can begin with `char`."""
    _patterns()
    names = tuple(n for n, p in _BRANCHES["any" if latin else "cjk"] if may_start_with(p, char))
    return _expression_of(names)


@cache
def _dispatch(latin: bool) -> dict[str, re.Pattern[str] | None]:
    """Each character `_starts` stops at → the date expression of the branches that can begin with it. The
    characters go in four groups (ASCII digits, full-width digits, Latin letters, the CJK numerals and first
    characters of words), each with the branches that can begin with any of its characters: eight expressions
    to compile, not one per character (about 10 ms each: a worker forked after the warm-up has them all)."""
    _patterns()
    branches = _BRANCHES["any" if latin else "cjk"]
    out: dict[str, re.Pattern[str] | None] = {}
    for group in ("0123456789", "０１２３４５６７８９", string.ascii_letters, _BRANCHES["cjk_firsts"]):
        names = tuple(n for n, p in branches if any(may_start_with(p, c) for c in group))
        out.update(dict.fromkeys(group, _expression_of(names)))
    return out


@cache
def _expression_of(names: tuple[str, ...]) -> re.Pattern[str] | None:
    """The date expression of these branches (one compiled expression for every character with the same ones)."""
    if not names:
        return None
    branches = dict(_BRANCHES["any"])
    # without the `first` test: `_scan` tries these only at the places `_starts` finds, which are `first`'s
    return re.compile("|".join(branches[n] for n in names))


def _scan(text: str, latin: bool) -> Iterator[re.Match[str]]:
    """The matches `finditer` of the date expression gives, found by trying it only where a date may start (see
    `_starts`), with only the branches that can begin there (`_starting_with`): the leftmost match at or after
    each place, none overlapping, as `finditer` finds them. At an English word, the expression is tried only
    when the word may begin a date (`_latin_screen`)."""
    patterns = _patterns()
    starts = patterns["screened_starts" if latin and _latin_screen(text) else "starts"]
    dispatch = _dispatch(latin)
    place = starts.search(text)
    while place is not None:
        at = place.start()
        char = text[at]
        expression = dispatch[char] if char in dispatch else _starting_with(latin, char)
        skip = char in _ASCII_DIGITS and _note_digits(text, at)
        found = expression.match(text, at) if expression is not None and not skip else None
        if found is not None:
            yield found
            place = starts.search(text, max(found.end(), at + 1))
        else:
            place = starts.search(text, at + 1)


_ASCII_DIGITS = "0123456789"


def _note_digits(text: str, at: int) -> bool:
    """Does `text` hold one to three ASCII digits from `at` on, then `]` (a note marker's number, `[12]`, from
    any of its digits)? No branch of the date expression that begins with a digit can match there: after its
    digits each needs a word, a unit, a separator or a fourth digit, never `]` (`tests/test_note_digits.py`
    tries every digit-first branch on every such number). About a third of the failing tries of an article
    with notes were at these digits, each costing a try of every digit branch."""
    if text[at] not in _ASCII_DIGITS:
        return False
    close = text.find("]", at + 1, at + 4)
    return close != -1 and text[at:close].isascii() and text[at:close].isdigit()


@cache
def _latin_words() -> re.Pattern[str]:
    """The words of a count of days, weeks, months or years after a date (`Three days later`), found case-blind.
    Every English branch of the date expression begins with a word of the vocabulary `_patterns` lists for its
    `first` test (`words`), matched case-blind, but for those counts, whose first word is any word before those
    words. Written as the characters these words may begin with (case-blind: `k` is also the Kelvin sign), then a
    look-behind holding the words: the engine skips to those few characters by itself (a Chinese text has none)."""
    r = rules()
    words = [*r["days_later"]["en"], *r["days_earlier"]["en"], *r["years_later"]["en"], *r["counted_spans"]["en"]]
    others = "\u0130\u0131\u017f\u212a"  # what case-blind matching also takes for an ASCII letter
    firsts = {
        c for w in words for c in {w[0], w[0].lower(), w[0].upper(), *others} if re.match(f"(?i:{re.escape(w[0])})", c)
    }
    led_by = "".join(sorted(re.escape(c) for c in firsts))
    return re.compile(f"[{led_by}](?<=(?=(?i:{_alternatives(words)})).)")


def _latin_screen(text: str) -> bool:
    """May a date begin at an English word of `text` only where a word of the vocabulary stands (`_latin_words`)?
    Not when the text holds the words of a count of days or years later (then a date may begin at any word). In
    English prose most words are places of the `first` test, and the date expression tried at each cost far more
    than this test made by the search for places itself (`_starts`): a failing match tries every English branch,
    some behind a dozen look-behinds."""
    return _latin_words().search(text) is None


_LATIN_WORD = re.compile(r"[A-Za-z]{3}")
_LATIN_WORD_BYTES = re.compile(rb"[A-Za-z]{3}")


def _has_latin_word(text: str) -> bool:
    """Does `text` hold three ASCII letters in a row (`_LATIN_WORD`)? Asked first of its ASCII characters alone,
    copied out by the codec (dropping the others can only join letters, never part them: no run there, none in
    the text): a Chinese or Japanese paragraph is so answered without the expression reading its every character,
    which cost as much as finding the paragraph's dates."""
    return _LATIN_WORD_BYTES.search(text.encode("ascii", "ignore")) is not None and _LATIN_WORD.search(text) is not None
