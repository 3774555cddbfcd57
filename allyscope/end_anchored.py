"""Searching for a word that ends a text, without scanning the whole text.

Several rules ask whether a segment ends in one of a list of words, followed only by spaces and punctuation
(`(?:时|期间|…)[\\s，,、]*$`). `re.search` tries such an expression at every character of the segment, though a
match can only begin within the longest word's length of the segment's last other character. `tail_search`
starts the same search there: every match it could find before that place is one the expression cannot make,
so the answer is the same (`tests/test_end_anchored.py` checks it against the whole search on arbitrary text).
"""

from __future__ import annotations

import re

# every character `\s` matches in a str pattern (`str.isspace`, checked over all code points by the tests), and
# the punctuation the trailing classes of the end-anchored rules allow
SPACES = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680"
    "\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
TRAILING = SPACES + "，,、；;：:"


def tail_search(pattern: re.Pattern[str], text: str, longest: int) -> re.Match[str] | None:
    """`pattern.search(text)` for a pattern `(?:w1|w2|…)[C]*$` whose words are at most `longest` long and whose
    class `C` holds only characters of `TRAILING`, and which looks behind nothing. A match's trailing run lies in
    the text's trailing run of `TRAILING` characters, so its word begins at most `longest` before that run; the
    search starts there. (A match found may start later than the whole search's first one when several overlap:
    callers ask only whether there is one.)"""
    return pattern.search(text, max(0, len(text.rstrip(TRAILING)) - longest))
