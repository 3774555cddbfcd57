"""Note lists numbered only by their place (issue 12): an encyclopedia page copied from a browser keeps each note's
back-link sign (`^ …`, `^ a b …`, `^ 2.0 2.1 …`) but drops its number, which the page drew as a list's counter. The
text still cites `[1]`, `[注 1]`, `[a]`: the list's k-th line is note k of the family whose markers count 1, 2, …
as far as the list runs.

A list is a run of lines opening with the back-link sign (empty lines between them aside). Which marker family a
list answers to is read from the text above the first list, once per document: the family whose markers cite
exactly the numbers 1 … n of a list of n lines. Where two lists could answer to one family, or two families to
one list, the number of back-links settles it (a line with `a b c` is cited three times, one with none once); a
list still left with no family, or with two, is left unnumbered (its lines stay text, as before). The catalogue's
`place` numeral (data/layouts/notes.json: one note family per kind of citing marker, so that `[1]` and `[注 1]`
link to their own lists) reads a line by the numbering `place_notes` sets for the document being parsed.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache

from allyscope.layout.catalogue import NoteFamily, catalogue
from allyscope.layout.named_notes import numbered_while_read

PLACE = "place"  # the numeral kind of note families numbered by place
# the back-link letters (`a b c`: cited three times) or labels (`2.0 2.1`), as the families' pattern reads them
_BACKLINKS = re.compile(r"\^(?:\s*Jump up to:)?((?:\s+a(?:\s+[b-z])+(?=\s))|(?:\s+\d{1,3}\.\d{1,2}(?=\s)){2,})?")
_NUMBERS: ContextVar[dict[str, tuple[int, str]]] = ContextVar("place_note_numbers", default={})  # noqa: B039


@dataclass(frozen=True, slots=True)
class _Entry:
    token: str  # what the place families' pattern captures on the line: the key of its number
    backlinks: int  # how many times the page says the note is cited: its back-link letters or labels, else once
    label: int | None  # the note's own number where its back-link labels print it (`^ 2.0 2.1` → 2)


@cache
def _families() -> tuple[NoteFamily, ...]:
    return tuple(f for f in catalogue().notes if f.numeral_kind == PLACE)


def _entry(content: str) -> _Entry | None:
    """The line as an entry of a list numbered by place, or None when it opens no such entry."""
    for family in _families():
        match = family.pattern.match(content)
        if match is None:
            continue
        links = _BACKLINKS.match(content)
        labels = links.group(1).split() if links and links.group(1) else []
        numbered = {label.split(".")[0] for label in labels if "." in label}
        label = int(next(iter(numbered))) if len(numbered) == 1 else None
        if len(numbered) > 1:
            return None  # `^ 2.0 3.1`: no one note's labels
        return _Entry(match.group(1), max(len(labels), 1), label)
    return None


def _lists(lines: Sequence[str]) -> list[tuple[int, list[_Entry]]]:
    """(first line, entries) of every run of entry lines; empty lines inside a run are passed over."""
    runs: list[tuple[int, list[_Entry]]] = []
    current: list[_Entry] = []
    first = 0
    for index, line in enumerate(lines):
        content = line.strip()
        if not content:
            continue
        entry = _entry(content) if content[0] == "^" else None
        if entry is None:
            if current:
                runs.append((first, current))
                current = []
            continue
        if not current:
            first = index
        current.append(entry)
    if current:
        runs.append((first, current))
    return runs


def _citations(text: str) -> dict[str, Counter[int]]:
    """For each marker family citing a place family: how many times the text cites each number."""
    cat = catalogue()
    counts: dict[str, Counter[int]] = {}
    for name in {name for family in _families() for name in family.cited_by}:
        marker = cat.markers.get(name)
        if marker is None:
            continue
        found: Counter[int] = Counter()
        for match in marker.pattern.finditer(text):
            found.update(marker.numeral.values(match.group(1), marker.numeral_kind))
        if found:
            counts[name] = found
    return counts


def _fits(entries: list[_Entry], cited: Counter[int]) -> bool:
    """Whether a family citing `cited` explains a list: it cites 1 … n, the list's length, and a line whose
    back-link labels print its number stands at that place."""
    if set(cited) != set(range(1, len(entries) + 1)):
        return False
    return all(entry.label in (None, place) for place, entry in enumerate(entries, start=1))


def _agrees(entries: list[_Entry], cited: Counter[int]) -> bool:
    """Whether every line is cited as many times as its back-links say."""
    return all(cited[place] == entry.backlinks for place, entry in enumerate(entries, start=1))


def number_places(raw: str) -> dict[str, tuple[int, str]]:
    """token → (number, citing marker family) for the lines of the lists numbered by place in `raw`. Empty for a
    text with no such list, or none a marker family explains."""
    if "^" not in raw or not _families():
        return {}
    lines = raw.splitlines()
    runs = _lists(lines)
    if not runs:
        return {}
    citations = _citations("\n".join(lines[: runs[0][0]]))
    fitting = {
        k: [name for name, cited in citations.items() if _fits(entries, cited)] for k, (_, entries) in enumerate(runs)
    }
    chosen: dict[int, str] = {}
    for k, (_, entries) in enumerate(runs):
        names = fitting[k]
        if len(names) > 1:
            names = [name for name in names if _agrees(entries, citations[name])]
        if len(names) == 1:
            chosen[k] = names[0]
    taken = Counter(chosen.values())
    for k, name in list(chosen.items()):
        if taken[name] > 1:  # two lists answering to one family: the one the back-links agree with keeps it
            agreeing = [j for j, other in chosen.items() if other == name and _agrees(runs[j][1], citations[name])]
            if agreeing != [k]:
                del chosen[k]
    numbers: dict[str, tuple[int, str]] = {}
    for k, name in chosen.items():
        for place, entry in enumerate(runs[k][1], start=1):
            numbers.setdefault(entry.token, (place, name))
    return numbers


def place_number(token: str, cited_by: tuple[str, ...]) -> tuple[int, ...]:
    """The number of a list line numbered by place in the document being parsed, where the list answers to one of
    the marker families `cited_by`; empty otherwise."""
    found = _NUMBERS.get().get(token)
    return (found[0],) if found is not None and found[1] in cited_by else ()


def place_notes(raw: str, clear: Callable[[], None]) -> AbstractContextManager[None]:
    """Number the place-numbered lists of `raw` while its layout is read (`named_notes.numbered_while_read`)."""
    return numbered_while_read(number_places(raw), _NUMBERS, clear)
