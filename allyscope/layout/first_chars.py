"""The characters a regular expression's match can start with, read from the parsed expression.

Furniture kinds are some sixty expressions tried on every line that starts with one of their initials; most
cannot match a given first character at all. Splitting them by first character (each line then meets only the
expressions that can start with its own) keeps the catalogue's cost flat as it grows. The sets are supersets:
anything the reading does not follow (a wide range, a class such as `\\s`, a back reference) counts as "any".
"""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

_WIDE = 512  # a range wider than this (`\u3400-\u9fff`) counts as any character


def first_chars(pattern: str) -> frozenset[str] | None:
    """The characters a match of `pattern` can start with, or None when it may start with any (or be empty)."""
    try:
        parsed = sre_parse.parse(pattern)
    except re.error:
        return None
    found, nullable = _first(list(parsed), False)
    return None if found is None or nullable else frozenset(found)


def _cases(chars: set[str], ignore_case: bool) -> set[str]:
    return chars | {c.lower() for c in chars} | {c.upper() for c in chars} if ignore_case else chars


def _first(items: list[Any], ignore_case: bool) -> tuple[set[str] | None, bool]:
    """(first characters or None for any, whether the sequence can match empty)."""
    found: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            return found | _cases({chr(av)}, ignore_case), False
        if op is sre.IN:
            chars: set[str] = set()
            for kind, value in av:
                if kind is sre.LITERAL:
                    chars.add(chr(value))
                elif kind is sre.RANGE and value[1] - value[0] <= _WIDE:
                    chars.update(chr(c) for c in range(value[0], value[1] + 1))
                else:
                    return None, False  # a negated set, a class, a wide range
            return found | _cases(chars, ignore_case), False
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero width: what follows starts the match (a superset, which is all a dispatch needs)
        if op is sre.SUBPATTERN:
            _group, add, _remove, sub = av
            inner, nullable = _first(list(sub), ignore_case or bool(add & sre.SRE_FLAG_IGNORECASE))
        elif op is sre.BRANCH:
            inner, nullable = set(), False
            for branch in av[1]:
                part, empty = _first(list(branch), ignore_case)
                if part is None:
                    return None, False
                inner |= part
                nullable = nullable or empty
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)):
            low, _high, sub = av
            inner, nullable = _first(list(sub), ignore_case)
            nullable = nullable or low == 0
        elif op is getattr(sre, "ATOMIC_GROUP", None):
            inner, nullable = _first(list(av), ignore_case)
        else:
            return None, False  # any character, a back reference, a conditional
        if inner is None:
            return None, False
        found |= inner
        if not nullable:
            return found, False
    return found, True
