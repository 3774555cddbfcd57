"""`pattern.finditer(text)` asked only where a match can begin (issue 14: a design, not a faster loop).

An expression whose every match holds one of a few words (a pronoun, `他`, `彼`, `him`) at most `reach` characters
after the match's start is tried by `re` at every character of a whole document, although it can match only beside
those words: on the reference article two such searches of the refer-back pass found nothing in 14,000 characters
and cost two thirds of the pass. Here the words are found first (`literal_index`: `str.find`, or one automaton
pass for a long list), and the expression is matched (`pattern.match`) only at the positions from `reach`
characters before each word to the word itself, in text order, each next one after the last match's end:
`finditer`'s own rule (the leftmost match, then on from its end). `pattern.match(text, pos)` reads the text before
`pos` for look-behinds, `\\b` and a multiline `^`, as the search does, so each match is the one `finditer` gives,
found in a few dozen tries instead of thousands.

The caller vouches for the property (every match holds a literal that begins at most `reach` characters after the
match's start); `tests/test_fast42_screened.py` checks it for the refer-back expressions against `finditer` on
generated text and every dev and layout document.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from allyscope.literal_index import literal_starts


def screened_finditer(
    pattern: re.Pattern[str], text: str, literals: tuple[str, ...], reach: int
) -> Iterator[re.Match[str]]:
    """The matches of `pattern.finditer(text)`, given that each holds one of `literals` beginning at most `reach`
    characters after its start. With no literal, or an empty one, (no screen can be told) every match of
    `finditer`."""
    if not literals or not all(literals):
        yield from pattern.finditer(text)
        return
    starts: set[int] = set()
    for at in literal_starts(text, literals):  # every occurrence of every literal, in one pass (`literal_index`)
        starts.update(range(max(0, at - reach), at + 1))
    yield from matches_from(pattern, text, starts)


def matches_from(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """The matches `pattern.finditer(text)` gives, tried only at `starts` (every place a match can begin):
    `finditer`'s own rule, the leftmost match, then on from its end. Shared by the screens here and in
    `literal_screen`."""
    after = 0  # where `finditer` would search on from: the last match's end
    for start in sorted(starts):
        if start < after:
            continue
        found = pattern.match(text, start)
        if found is not None:
            yield found
            after = max(found.end(), start + 1)  # (an empty match: `finditer` goes on past it)
