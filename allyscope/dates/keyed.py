"""Where the words of a date rule stand in a whole text, found by one key character of each (issue 14, fast56).

The passes over a whole document (`named_act`'s counts and anniversaries, `occasions`' keys) look for a family of
words that is rarely there. The regex engine tries an alternation of words at every character that may begin one:
the count tails of `named_act` (`日後`, `年前`, `个月后`) begin with `日`, `年`, `月`, which a Chinese text holds
hundreds of times, and the search cost about a quarter of a millisecond on the reference article, where it found
nothing. A `str.find` of two characters or more is no faster on CJK text (2 ns to 10 ns a character: 30 µs for
`周年` there), while a `str.find` of one character skips through the text as `memchr` does (about 1 µs there). So
each word is looked for by one character of it, its key, chosen by its family where the word is rare (a count's
direction `后`, not its unit `日`), and read whole where the key stands.

`keyed_starts` gives the places a word begins, every one (overlapping ones too), as `str.find` loops would give
them; `matches_at` tries an expression at those places as `finditer` would find its matches, when every match of
the expression begins with one of the words. `holds_english` answers `any(w in text.lower() for w in words)`
for ASCII words by their rarest letter.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

# English letters, rarest first (the usual order of letter frequency): the key of an English word is its rarest
_ENGLISH_RARITY = "zqxjkvbpygfwmucldrhsnioate"


@cache
def _by_key(keyed: tuple[tuple[str, int], ...]) -> dict[str, tuple[tuple[int, int, frozenset[str]], ...]]:
    """Key character → (the key's offset, the length, the words of that shape) of the words that hold it: the
    words around one place of the key are read as a few slices looked up in sets, not one `startswith` a word."""
    out: dict[str, dict[tuple[int, int], set[str]]] = {}
    for word, offset in keyed:
        out.setdefault(word[offset], {}).setdefault((offset, len(word)), set()).add(word)
    return {key: tuple((o, n, frozenset(ws)) for (o, n), ws in shapes.items()) for key, shapes in out.items()}


def keyed_starts(text: str, keyed: tuple[tuple[str, int], ...]) -> list[int]:
    """The offsets in `text` where a word of `keyed` (each word with the offset of its key character) begins,
    ascending and each once: every place where `text.startswith(word, place)` holds for some word."""
    starts: set[int] = set()
    for key, shapes in _by_key(keyed).items():
        at = text.find(key)
        while at >= 0:
            for offset, length, words in shapes:
                start = at - offset
                if start >= 0 and text[start : start + length] in words:
                    starts.add(start)
            at = text.find(key, at + 1)
    return sorted(starts)


def matches_at(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> list[re.Match[str]]:
    """`list(pattern.finditer(text))` when every match of `pattern` begins at one of `starts` (ascending) and
    none is empty: the leftmost match at or after each place a scan has reached, none overlapping."""
    found: list[re.Match[str]] = []
    for at in starts:
        if found and at < found[-1].end():
            continue  # inside the match before, as the scan would skip it
        if (match := pattern.match(text, at)) is not None:
            found.append(match)
    return found


class UnkeyedWordError(ValueError):
    """A word `holds_english` cannot read by a key letter: not ASCII, only `i` and `k` for letters, or ending in
    `i` (`İ` lowers to two characters, `i` and a combining dot: a slice ending in it is no longer the word)."""


@cache
def _english_keys(words: tuple[str, ...]) -> tuple[tuple[str, str, int], ...]:
    """(word, key letter, offset) of each ASCII word, folded to lower case, by its rarest letter."""
    out = []
    for word in words:
        folded = word.lower()
        letters = [c for c in folded if c in _ENGLISH_RARITY and c not in "ik"]
        if not letters or not folded.isascii() or folded.endswith("i"):
            raise UnkeyedWordError(f"{word!r}: an ASCII word with a letter other than i and k, not ending in i")
        key = min(letters, key=_ENGLISH_RARITY.index)
        out.append((folded, key, folded.index(key)))
    return tuple(out)


def holds_english(text: str, words: tuple[str, ...]) -> bool:
    """`any(word in text.lower() for word in words)` for ASCII words, without lowering the whole text: each word is
    read where its key letter stands in either case. Only an ASCII letter or its capital lowers to an ASCII letter
    but for `İ` and the Kelvin sign `K` (tested over every code point), so no key is `i` or `k`, no word ends in
    `i` (`UnkeyedWordError`), and a slice that lowers to the word is the word in some case."""
    for word, key, offset in _english_keys(words):
        for form in (key, key.upper()):
            at = text.find(form)
            while at >= 0:
                start = at - offset
                if start >= 0 and text[start : start + len(word)].lower() == word:
                    return True
                at = text.find(form, at + 1)
    return False
