"""One form for text written in either Chinese script, and in any case: what matching and search compare.

`個別夥伴合作計畫` and `个别伙伴合作计划` are one name; `日本與北約` and `日本与北约` one query. OpenCC's
Traditional-to-Simplified conversion (phrase-aware, the maintained reference for it) turns both into the
simplified form. Offsets must survive: a conversion that changed the length of a text (OpenCC may replace a
phrase by one of another length) is undone character by character, so `fold(text)[i]` always stands for
`text[i]`.
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import Any


@cache
def _converter() -> Any:
    import opencc

    return opencc.OpenCC("t2s")


def _has_cjk(text: str) -> bool:
    return any("\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff" for c in text)


def to_simplified(text: str) -> str:
    """`text` with Traditional characters in their Simplified form, of the same length."""
    if not text or text.isascii():
        return text
    converted: str = _converter().convert(text)
    if len(converted) == len(text):
        return converted
    convert = _converter().convert
    return "".join(c if len(d := convert(c)) != 1 else d for c in text)


def fold(text: str) -> str:
    """Simplified script and lower case, character for character (a lower-casing that would change the
    length, as `İ` does, is left out for that character)."""
    simplified = to_simplified(text)
    lowered = simplified.lower()
    if len(lowered) == len(simplified):
        return lowered
    return "".join(c if len(low := c.lower()) != 1 else low for c in simplified)


@lru_cache(maxsize=65536)
def fold_word(word: str) -> str:
    """`fold` of a short string (a name, an alias, a title) remembered: entities and the reference readers fold the
    same few hundred aliases for every mention of every pass, and a script conversion costs far more than a lookup."""
    return fold(word)


def has_cjk(text: str) -> bool:
    """True when `text` holds a CJK ideograph (only such text needs the script conversion)."""
    return _has_cjk(text)


@lru_cache(maxsize=8)
def fold_text(text: str) -> str:
    """`fold` of a whole document's text, kept for the stages after the one that made it (the entities and
    events stages both read the folded text)."""
    return fold(text)
