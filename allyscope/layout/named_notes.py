"""Markdown footnotes with named labels (issue 12): `[^loans]` in the text, `[^loans]: …` as the note. A Markdown
renderer numbers such notes 1, 2, 3 … in the order the text first cites them, whatever their names; a name is a
number only within its document. The catalogue's `named` numeral (data/layouts/notes.json) reads a name by the
numbering `named_notes` sets for the document being parsed."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from contextvars import ContextVar
from typing import TypeVar

_NAME = r"(?!\d{1,3}\])[^\]\s^\[]{1,40}"  # a label of digits alone (`[^3]`) numbers itself: the digits family
_DEFINITION = re.compile(rf"^[ \t]*\[\^({_NAME})\]:", re.MULTILINE)
_CITATION = re.compile(rf"\[\^({_NAME})\](?!:)")
T = TypeVar("T")

_NUMBERS: ContextVar[dict[str, int]] = ContextVar("named_note_numbers", default={})  # noqa: B039 (never mutated)


def number_names(raw: str) -> dict[str, int]:
    """name → number for the named notes a text defines (`[^name]: …` opening a line): in the order the text
    first cites them (`[^name]` elsewhere), then the names never cited, in the order they are defined. Empty for
    a text that defines none."""
    if "[^" not in raw:
        return {}
    defined = list(dict.fromkeys(_DEFINITION.findall(raw)))
    if not defined:
        return {}
    known = set(defined)
    order = [name for name in dict.fromkeys(_CITATION.findall(raw)) if name in known]
    order += [name for name in defined if name not in set(order)]
    return {name: number for number, name in enumerate(order, start=1)}


def name_number(name: str) -> int:
    """The number of a named note in the document being parsed, or 0 where it defines no note of that name."""
    return _NUMBERS.get().get(name, 0)


@contextmanager
def numbered_while_read(
    numbers: dict[str, T], var: ContextVar[dict[str, T]], clear: Callable[[], None]
) -> Iterator[None]:
    """Set `var` to a document's own note numbering (named notes here, place-numbered lists in `place_notes`) while
    its layout is read. `clear` empties the caches of readings that depend on the numbering (a note line's start is
    cached by its content): called before and after a document that has one, so no other document reads a line by
    this one's numbering. A document without one reads as before, caches untouched."""
    if not numbers:
        yield
        return
    clear()
    token = var.set(numbers)
    try:
        yield
    finally:
        var.reset(token)
        clear()


def named_notes(raw: str, clear: Callable[[], None]) -> AbstractContextManager[None]:
    """Number the named notes of `raw` while its layout is read (`numbered_while_read`)."""
    return numbered_while_read(number_names(raw), _NUMBERS, clear)
