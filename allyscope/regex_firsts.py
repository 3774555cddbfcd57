"""Which branches of a large alternation can begin with a given character (issue 18: speed of the dates stage).

A regular expression made of many alternatives (`(?P<a>…)|(?P<b>…)|…`) is tried branch after branch at every
place it is asked to match; most branches fail there on their first character, but each failure still costs the
engine a step, and the dates stage's expression has some thirty branches. Knowing which branches can begin with
the character at hand, an expression of only those (in their order) finds exactly the same match: a branch that
cannot begin with that character cannot match there, and the engine takes the first branch that matches.

The answer is read from the expression's own parse (`re._parser`, the standard library's), so it follows every
change to the expressions and their vocabulary. It may say yes where the branch then fails (a look-ahead, a
character category or a negated class are taken as "maybe"), never no where the branch could match.
"""

from __future__ import annotations

import importlib
import re
import string
from collections.abc import Callable
from functools import cache
from typing import Any

import ahocorasick_rs

# The standard library's regular-expression parser (`sre_parse` before 3.11, deprecated under that name).
_parser: Any = importlib.import_module("re._parser")
_c: Any = importlib.import_module("re._constants")

_ZERO_WIDTH = {_c.AT, _c.ASSERT, _c.ASSERT_NOT}
_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT}
_IGNORECASE = _c.SRE_FLAG_IGNORECASE


_sre: Any = importlib.import_module("_sre")
_EXTRA_CASES: dict[int, tuple[int, ...]] = importlib.import_module("re._casefix")._EXTRA_CASES


def _lower(char: str) -> str:
    """The one character case-blind matching compares a character by (`İ` is compared as `i`, `K` as `k`)."""
    return chr(_sre.unicode_tolower(ord(char)))


def _variants(char: str, ignore_case: bool) -> set[str]:
    """The character and, when case is ignored, its other cases: those `str` knows, the one case-blind matching
    compares it by, and the characters matched with that one though they lower otherwise (`s` and `ſ`)."""
    if not ignore_case:
        return {char}
    lower = _lower(char)
    return {char, char.lower(), char.upper(), char.swapcase(), lower, *map(chr, _EXTRA_CASES.get(ord(lower), ()))}


def _nullable(items: Any) -> bool:
    """Can this sequence of parsed items match the empty string?"""
    return all(_item_nullable(op, av) for op, av in items)


def _item_nullable(op: Any, av: Any) -> bool:
    if op in _ZERO_WIDTH:
        return True
    if op is _c.SUBPATTERN:
        return _nullable(av[3])
    if op is _c.ATOMIC_GROUP:
        return _nullable(av)
    if op is _c.BRANCH:
        return any(_nullable(branch) for branch in av[1])
    if op in _REPEATS:
        return av[0] == 0 or _nullable(av[2])
    # a back reference or anything else may match nothing
    return op not in (_c.LITERAL, _c.NOT_LITERAL, _c.ANY, _c.IN)


# The categories as the engine reads them in a `str` expression without the ASCII flag (`_sre`'s Unicode tests:
# `\d` a decimal digit, `\w` alphanumeric or `_`, `\s` whitespace); any other category is a "maybe".
_CATEGORIES: dict[Any, Callable[[str], bool]] = {
    _c.CATEGORY_DIGIT: str.isdecimal,
    _c.CATEGORY_NOT_DIGIT: lambda c: not c.isdecimal(),
    _c.CATEGORY_WORD: lambda c: c.isalnum() or c == "_",
    _c.CATEGORY_NOT_WORD: lambda c: not (c.isalnum() or c == "_"),
    _c.CATEGORY_SPACE: str.isspace,
    _c.CATEGORY_NOT_SPACE: lambda c: not c.isspace(),
}


_FOLDED_RANGE = 4096
"""A case-blind range of fewer characters has their lower cases listed (`Firsts.add_class`)."""


class Firsts:
    """The characters a non-empty match may begin with: literal characters (their other cases included where case
    is ignored), ranges, categories, or anything at all."""

    __slots__ = ("anything", "chars", "ranges", "tests")

    def __init__(self) -> None:
        self.chars: set[str] = set()
        self.ranges: list[tuple[int, int, bool]] = []  # (first, last, case ignored)
        self.tests: list[Callable[[str], bool]] = []
        self.anything = False

    def may_start(self, char: str) -> bool:
        if self.anything or char in self.chars or any(test(char) for test in self.tests):
            return True
        if _lower(char) in self.chars:  # `K` (Kelvin sign) for a case-blind `k`: a case-blind literal's lower case
            return True  # is among the characters (a case-kept one's too: a maybe, never a wrong no)
        return any(low <= ord(c) <= high for low, high, case in self.ranges for c in _variants(char, case))

    def add_class(self, items: Any, ignore_case: bool) -> None:
        """A character class's items (`[…]`)."""
        for op, av in items:
            if op is _c.LITERAL:
                self.chars |= _variants(chr(av), ignore_case)
            elif op is _c.RANGE:
                self.ranges.append((av[0], av[1], ignore_case))
                if ignore_case and av[1] - av[0] < _FOLDED_RANGE:  # `[K-K]` (Kelvin sign) takes `k`: compared
                    for point in range(av[0], av[1] + 1):  # by their lower cases, which `may_start` looks up
                        self.chars |= _variants(chr(point), True)
            elif op is _c.CATEGORY and av in _CATEGORIES:
                self.tests.append(_CATEGORIES[av])
            else:
                self.anything = True  # a negated class, another category: maybe

    def add(self, items: Any, ignore_case: bool) -> None:
        """What a sequence's non-empty matches may begin with: its items' up to the first that cannot match
        nothing (when all may, what follows the sequence decides: the caller looks on)."""
        for op, av in items:
            self.add_item(op, av, ignore_case)
            if not _item_nullable(op, av):
                return

    def add_item(self, op: Any, av: Any, ignore_case: bool) -> None:
        if op is _c.LITERAL:
            self.chars |= _variants(chr(av), ignore_case)
        elif op is _c.IN:
            self.add_class(av, ignore_case)
        elif op is _c.SUBPATTERN:
            _group, add_flags, del_flags, items = av
            self.add(items, (ignore_case or bool(add_flags & _IGNORECASE)) and not del_flags & _IGNORECASE)
        elif op is _c.ATOMIC_GROUP:
            self.add(av, ignore_case)
        elif op is _c.BRANCH:
            for branch in av[1]:
                self.add(branch, ignore_case)
        elif op in _REPEATS:
            if av[1] != 0:
                self.add(av[2], ignore_case)
        elif op not in _ZERO_WIDTH:  # consumes nothing: the next item says
            self.anything = True  # any character, a back reference, a conditional group: maybe


@cache
def first_characters(pattern: str) -> Firsts:
    """What a match of `pattern` (a regular expression's text, matched without flags) may begin with; anything
    when it may match nothing."""
    parsed = _parser.parse(pattern)
    items = list(parsed)
    firsts = Firsts()
    firsts.add(items, bool(parsed.state.flags & _IGNORECASE))
    if _nullable(items):
        firsts.anything = True
    return firsts


def led(pattern: str) -> str:
    """`pattern` behind a look-ahead of the characters its matches may begin with, when they are a known set of
    characters: an expression whose branches begin with look-behinds or determiners is otherwise tried branch by
    branch at every character of a text; the look-ahead passes over the others with one test (the same matches:
    no match begins with a character outside the set). `pattern` unchanged when its first characters are open."""
    firsts = first_characters(pattern)
    if firsts.anything or firsts.ranges or firsts.tests or not firsts.chars:
        return pattern
    members = "".join(sorted(re.escape(c) for c in firsts.chars))
    return f"(?=[{members}])(?:{pattern})"


def may_start_with(pattern: str, char: str) -> bool:
    """May a match of `pattern` (a regular expression's text, matched without flags) begin with `char`?

    False only when no match can: a sure no, a possible yes."""
    return first_characters(pattern).may_start(char)


Needle = tuple[str, bool]
"""A literal a match must hold, and whether its case is ignored."""


def _shortest(needles: frozenset[Needle]) -> int:
    return min(len(text) for text, _case in needles)


def _required(items: Any, ignore_case: bool) -> frozenset[Needle] | None:
    """Literals one of which every match of the sequence `items` holds (the most telling its items give: the one
    whose shortest literal is longest), or None when no item names one. Each item a match cannot skip (a run of
    literal characters, a group, an alternation of which every branch names its own, a repeat of at least one)
    gives its literals; a run of literals is broken by any other item."""
    best: frozenset[Needle] | None = None

    def consider(found: frozenset[Needle] | None) -> None:
        nonlocal best
        if found and all(text for text, _case in found) and (best is None or _shortest(found) > _shortest(best)):
            best = found

    run: list[str] = []
    for op, av in items:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        consider(frozenset({("".join(run), ignore_case)}) if run else None)
        run = []
        if op is _c.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            consider(_required(sub, (ignore_case or bool(add_flags & _IGNORECASE)) and not del_flags & _IGNORECASE))
        elif op is _c.ATOMIC_GROUP:
            consider(_required(av, ignore_case))
        elif op is _c.BRANCH:
            branches = [_required(branch, ignore_case) for branch in av[1]]
            if all(branch is not None for branch in branches):
                consider(frozenset().union(*(b for b in branches if b is not None)))
        elif op in _REPEATS and av[0] >= 1:
            consider(_required(av[2], ignore_case))
        elif op is _c.IN and av and all(item_op is _c.LITERAL for item_op, _ in av):
            consider(frozenset((chr(code), ignore_case) for _, code in av))  # a class of characters listed
        elif op is _c.ASSERT:  # a look-ahead or -behind that must match: it looks at the same string
            consider(_required(av[1], ignore_case))
    consider(frozenset({("".join(run), ignore_case)}) if run else None)
    return best


@cache
def required_literals(pattern: str) -> frozenset[Needle] | None:
    """Literals one of which every match of `pattern` (a regular expression's text, matched without flags)
    holds, each with whether its case is ignored, or None when the expression's parse names none. A sure no
    where none stands, as `may_start`: a text holding none of them cannot match anywhere in it."""
    parsed = _parser.parse(pattern)
    return _required(list(parsed), bool(parsed.state.flags & _IGNORECASE))


# What case-blind matching (`re.IGNORECASE`, a `str` expression) takes for an ASCII letter: its other case and four
# other characters (the Python documentation's list, checked over every code point by the tests). Text and
# literals are folded alike, one character for one, so offsets in a folded text are offsets in the text.
_FOLD = str.maketrans(
    {**{c: c.lower() for c in string.ascii_uppercase}, "\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"}
)
_NOT_LOWERED = ("\u0130", "\u0131", "\u017f")  # what `str.lower` does not make an ASCII letter of one character


def _cased(char: str) -> bool:
    """Whether a character has other cases (a case-blind match takes those too, which `fold` does not make)."""
    return char.lower() != char or char.upper() != char


def fold(text: str) -> str:
    """`text` with every character case-blind matching takes for an ASCII letter made that lower-case letter, one
    character for one; other characters with cases may be lowered too (literals holding such characters are not
    screened, see `needle_automaton`). `str.lower` when none of the three characters it treats otherwise stands
    in the text (forty times faster than a translation table); else the table."""
    if any(char in text for char in _NOT_LOWERED):
        return text.translate(_FOLD)
    return text.lower()


@cache
def needle_automaton(pattern: str) -> ahocorasick_rs.AhoCorasick | None:
    """An automaton of the literals every match of `pattern` holds (`required_literals`), folded (`fold`): run
    over a folded text, it finds every place such a literal stands (and some more), so a line of the text where
    it finds none cannot hold a match. None when the parse names no literals, or one holds a letter outside ASCII
    that has other cases (`fold` may lower it or not)."""
    words = folded_literals(pattern)
    return None if words is None else ahocorasick_rs.AhoCorasick(sorted(words))


@cache
def folded_literals(pattern: str) -> frozenset[str] | None:
    """`required_literals` lowered, as `needle_automaton` looks for them in a folded text (`fold`): a text whose
    folded form holds none of them cannot match `pattern`. None when the parse names none, or one holds a letter
    outside ASCII that has other cases (`fold` may lower it or not)."""
    needles = required_literals(pattern)
    if needles is None or any(_cased(c) for text, _case in needles for c in text if not c.isascii()):
        return None
    return frozenset(text.lower() for text, _case in needles)
