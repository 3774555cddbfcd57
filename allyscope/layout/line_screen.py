"""The lines a pass can touch, found by one search over the whole document instead of a test of every line (issue 14).

A layout pass that looks for a kind of line (a sign-up box's button, `layout.json`'s `signup_buttons`) asked
every one of a document's ~1,000 lines in the interpreter — strip it, measure it, try each of the kind's
expressions on it — to find, on nearly every document, none. Here the lines' contents are joined once, one
`\\n` between two lines, and a single multiline expression made of the kind's own expressions finds, in one
pass of the regular-expression engine over that text, the start of every line whose whole content (spaces
around it aside) one of them matches. The pass then asks only those lines its full question, as before.

The screen may keep a line the pass then rejects (its role, its width), never leave out one the pass would take:
each of the kind's expressions is matched, inside a look-ahead, from the line's first non-space character to its
last, and an expression whose match reads nothing outside itself (no look-around, no anchor or word boundary,
no back-reference: `context_free`, told from the expression's own parse) matches there exactly where it
matches the stripped line alone. A kind with any other expression is not screened (`None`: every line is asked).
A line's content never holds `\\n` (lines are cut at it), so the joined text's line breaks are the lines' ends.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable, Sequence
from functools import cache
from operator import attrgetter
from typing import Any

from allyscope.layout.line_objects import Line
from allyscope.regex_firsts import led

_parser: Any = importlib.import_module("re._parser")
_c: Any = importlib.import_module("re._constants")

_CONTENT = attrgetter("content")  # a line's content (a table's row answers it too)

# what makes a match depend on the text outside it: anchors and word boundaries, look-arounds, back-references
_CONTEXT = {_c.AT, _c.ASSERT, _c.ASSERT_NOT, _c.GROUPREF, _c.GROUPREF_EXISTS}


def _items(parsed: Any) -> Iterable[tuple[Any, Any]]:
    """Every (op, argument) of a parsed expression, nested ones included."""
    for op, av in parsed:
        yield op, av
        if op is _c.SUBPATTERN:
            yield from _items(av[-1])
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            yield from _items(av[2])
        elif op is _c.BRANCH:
            for branch in av[1]:
                yield from _items(branch)
        elif op is _c.ATOMIC_GROUP:
            yield from _items(av)


def context_free(pattern: str) -> bool:
    """True when a match of `pattern` at a place depends only on the characters it spans (see the module)."""
    try:
        parsed = _parser.parse(pattern)
    except re.error:
        return False
    return all(op not in _CONTEXT for op, _ in _items(parsed))


@cache
def whole_line_screen(patterns: tuple[str, ...]) -> re.Pattern[str] | None:
    """One expression that matches the `\\n` before every line whose stripped content one of `patterns` matches
    whole (`fullmatch`), in the lines' contents joined as `screened_indexes` joins them; None when one of the
    patterns is not `context_free`. The match is the line break alone (the rest is looked ahead at), so a line
    that follows a matched one is tried too; the characters a match may begin with, read off the expressions
    (`regex_firsts.led`), turn away the other lines with one test each."""
    if not patterns or not all(context_free(p) for p in patterns):
        return None
    either = led("|".join(f"(?:{p})" for p in patterns))
    return re.compile(rf"\n(?=[^\S\n]*(?:{either})[^\S\n]*\n)")


def screened_indexes(lines: Sequence[Line], screen: re.Pattern[str]) -> list[int]:
    """The indexes (positions in `lines`) of the lines `screen` (a `whole_line_screen`) picks out: it is searched
    once in the lines' contents joined, each between two line breaks."""
    if not lines:
        return []
    joined = "".join(["\n", "\n".join(map(_CONTENT, lines)), "\n"])  # the contents read in C, not a comprehension
    found: list[int] = []
    index, counted = 0, 0
    for match in screen.finditer(joined):
        start = match.start()
        index += joined.count("\n", counted, start)
        counted = start
        found.append(index)
    return found
