"""How two lines broken by the page are joined again.

The rules, in order: inside a URL nothing is inserted; an English word hyphenated at the line end is
rejoined without its hyphen; next to CJK text nothing is inserted (Chinese and Japanese have no spaces
between words); between two digits nothing is inserted (a number broken across lines); between Latin
words one space is inserted.
"""

from __future__ import annotations

import re

_URL_TAIL = re.compile(r"(?:https?://|www\.)\S*$", re.IGNORECASE)
_NEUTRAL = "“”‘’\"'"


def is_cjk(char: str) -> bool:
    """True for CJK ideographs, kana, Hangul, and the full-width punctuation and forms used with them."""
    code = ord(char)
    return (
        0x2E80 <= code <= 0x9FFF
        or 0xAC00 <= code <= 0xD7AF
        or 0xF900 <= code <= 0xFAFF
        or 0xFE30 <= code <= 0xFE4F
        or 0xFF00 <= code <= 0xFFEF
        or 0x20000 <= code <= 0x3FFFF
        or char in "—…·"
    )


def _edge(text: str, last: bool) -> str:
    chars = reversed(text) if last else iter(text)
    for char in chars:
        if char not in _NEUTRAL:
            return char
    return text[-1] if last else text[0]


def join(previous: str, following: str) -> tuple[int, str]:
    """How to join line `following` onto `previous` (both stripped, non-empty).

    Returns `(drop, insert)`: drop that many characters from the end of `previous` (a layout hyphen), then
    insert `insert` before `following`.
    """
    last, first = previous[-1], following[0]
    if last > "\u2e7f" and first > "\u2e7f" and is_cjk(last) and is_cjk(first):
        return 0, ""  # the common case in Chinese and Japanese text: nothing to insert, nothing to check
    token = previous[previous.rfind(" ") + 1 :]
    url = ("://" in token or "www." in token.lower()) and _URL_TAIL.search(token)
    if url:
        if previous[-1] in ".,;" and following[0].isupper():
            return 0, " "
        if previous[-1] in "。、，；）」" or is_cjk(following[0]):
            return 0, ""
        return 0, ""
    a = _edge(previous, last=True)
    b = _edge(following, last=False)
    if (
        previous.endswith("-")
        and len(previous) >= 2
        and previous[-2].isalpha()
        and not is_cjk(previous[-2])
        and following[0].islower()
    ):
        return 1, ""
    if is_cjk(a) or is_cjk(b):
        return 0, ""
    if a.isdigit() and b.isdigit():
        return 0, ""
    if a in "/-–" or b in ",.;:)]":
        return 0, ""
    return 0, " "
