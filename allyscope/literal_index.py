"""Where the words of a list stand in a whole text, found by one automaton pass per text (fast53, issue 14).

The refer-back pass (`person_references`) asks three questions of a list of words over the whole text: does any
stand there (`any(w in text for w in words)`), and where does each (`screened_search`, which tried its expression
only beside them, found them with `str.find`, word by word). Each `str.find` reads the text to its end: on the
reference article (14,000 characters of Chinese) the 29 titles of `titles_cjk` (`總統`, `大統領`…) cost ~12 µs a
word, 364 µs a scan, and the list was scanned up to three times. One Aho–Corasick automaton over the list
(`ahocorasick_rs`, built once per list) reads the text once and gives every occurrence of every word, overlapping
ones included (~90 µs there). The text is immutable, so the answer is kept for the few texts being read, as
`text_screens` keeps its answers: the questions asked of one text share one pass. A list of a few words is still
read by `str.find` (`_FEWEST`): the automaton's pass costs about what seven scans do.

The answers are those of the `str.find` loops by construction: an automaton matching every pattern at every
position (`overlapping=True`, the standard match kind) reports each occurrence of each word, as `find` from one
past the last one does. An empty word (which `str.find` finds everywhere) is not given to the automaton: a list
holding one is read by `str.find`.
"""

from __future__ import annotations

from functools import lru_cache

import ahocorasick_rs

_FEWEST = 8  # the shortest list read by the automaton (29 titles: 364 µs by `str.find`, 90 µs by the automaton)


@lru_cache(maxsize=32)
def _automaton(words: tuple[str, ...]) -> ahocorasick_rs.AhoCorasick:
    return ahocorasick_rs.AhoCorasick(list(words))


@lru_cache(maxsize=16)
def literal_starts(text: str, words: tuple[str, ...]) -> tuple[int, ...]:
    """The offsets in `text` where a word of `words` begins, ascending and each once: the starts `text.find(word,
    at + 1)` gives word by word, overlapping occurrences included (a list with an empty word is read so too)."""
    if len(words) < _FEWEST or not all(words):
        starts: set[int] = set()
        for word in words:
            at = text.find(word)
            while at >= 0:
                starts.add(at)
                at = text.find(word, at + 1)
        return tuple(sorted(starts))
    return tuple(sorted({start for _, start, _ in _automaton(words).find_matches_as_indexes(text, overlapping=True)}))


def holds_any(text: str, words: tuple[str, ...]) -> bool:
    """`any(word in text for word in words)`, answered from the one pass of `literal_starts` for a long list."""
    if len(words) < _FEWEST or not all(words):
        return any(word in text for word in words)  # a few words: each a scan that stops at the first found
    return bool(literal_starts(text, words))
