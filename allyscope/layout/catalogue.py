"""The catalogue of note systems (`data/layouts/notes.json`), compiled once.

A *marker family* is a way of citing a note in the body (`[3]`, `（3）`, `³`, a digit glued to a word); a *note
family* a way of starting a note line (`[3]　…`, `註3：…`, `3. …`). Which marker families cite which note
family is data too, so adding a layout is an entry in the JSON and a test document: no module names a family.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from allyscope.layout.named_notes import name_number

_RANGE = re.compile(r"(\d{1,3})\s*[-–—~～〜]\s*(\d{1,3})")
_LIST_SPLIT = re.compile(r"\s*[,，、・･]\s*")


@dataclass(frozen=True, slots=True)
class Numeral:
    """How a number is written: `places` (token → 1, 2, 3, …), `digits` (ten characters for 0-9), or plain."""

    places: dict[str, int]
    digits: dict[int, int] | None  # a str.translate table, or None
    listing: bool = False  # a token may hold several numbers (`¹⁻³`, `⁴˒⁵`), read as a list once translated

    def values(self, token: str, kind: str) -> tuple[int, ...]:
        """The numbers a printed token stands for (empty when it stands for none)."""
        if kind == "list" or self.listing:
            return expand_numbers(token.translate(self.digits) if self.digits is not None else token)
        if kind == "named":  # `[^loans]`: numbered by the document's order of citation (`named_notes`)
            value = name_number(token)
            return (value,) if value else ()
        if self.places:
            value = self.places.get(token, 0)
            return (value,) if value else ()
        if self.digits is not None:
            token = token.translate(self.digits)
        return (int(token),) if token.isdigit() and int(token) > 0 else ()


@lru_cache(maxsize=4096)
def expand_numbers(listing: str) -> tuple[int, ...]:
    """`3,4` → (3, 4); `5-7` → (5, 6, 7); ranges of more than 50 are taken as two numbers. Kept by listing: a
    document prints each marker's numbers in its body and again at its note."""
    numbers: list[int] = []
    for part in _LIST_SPLIT.split(listing.strip()):
        span = _RANGE.fullmatch(part)
        if span:
            a, b = int(span.group(1)), int(span.group(2))
            if a <= b and b - a <= 50:
                numbers.extend(range(a, b + 1))
            else:
                numbers.extend((a, b))
        elif part.isdigit():
            numbers.append(int(part))
    return tuple(n for n in numbers if n > 0) if all(n > 0 for n in numbers) else ()


@dataclass(frozen=True, slots=True)
class MarkerFamily:
    name: str
    strong: bool
    glued: bool
    numeral_kind: str
    numeral: Numeral
    pattern: re.Pattern[str]
    in_sequence: bool = False  # a marker only as the next number of the document's markers (`markers.in_sequence`)


@dataclass(frozen=True, slots=True)
class NoteFamily:
    name: str
    strong: bool
    numeral_kind: str
    numeral: Numeral
    pattern: re.Pattern[str]
    guard: re.Pattern[str] | None
    initials: frozenset[str]
    cited_by: tuple[str, ...]
    front: bool  # notes on the title and the authors: explained by the markers of the first lines
    cited_all: bool = False  # a block only where the markers above cite all its numbers (its sign opens remarks too)
    cited_in_prose: bool = False  # only markers a clause's or sentence's stop follows cite it (not a table's cells)


@dataclass(frozen=True, slots=True)
class Catalogue:
    markers: dict[str, MarkerFamily]
    notes: tuple[NoteFamily, ...]
    note_by_name: dict[str, NoteFamily]
    strong_scan: re.Pattern[str]  # one alternation of every strong marker family, groups named `m0`, `m1`, …
    strong_groups: dict[str, tuple[MarkerFamily, int]]  # outer group name → family and its number's group
    strong_initials: re.Pattern[str]  # one class of every character a strong marker can start with
    strong_chars: frozenset[str]  # those characters
    marker_chars: frozenset[str]  # every character any family's marker can start with, digits and openers aside
    note_initials: frozenset[str]
    trailing_strong: re.Pattern[str]  # strong markers (and spaces) ending a line
    trailing_any: re.Pattern[str]  # markers of any family (and spaces) ending a line
    remark: re.Pattern[str] | None = None  # a line start opening a remark of its own (`※ …`): it continues no note


def _numeral(data: dict[str, Any], kind: str) -> Numeral:
    spec = data["numerals"].get(kind, {})
    places = {token: i for sequence in spec.get("places", []) for i, token in enumerate(sequence, start=1)}
    digits = str.maketrans(spec["digits"], "0123456789") if "digits" in spec else None
    if digits is not None and spec.get("signs"):  # a list's signs written as the digits are (`⁻` for `-`)
        digits.update(str.maketrans(spec["signs"]))
    return Numeral(places, digits, bool(spec.get("list", False)))


@cache
def catalogue() -> Catalogue:
    """The note systems, read and compiled once."""
    data: dict[str, Any] = json.loads(
        resources.files("allyscope.data").joinpath("layouts/notes.json").read_text("utf-8")
    )
    markers = {
        m["name"]: MarkerFamily(
            m["name"],
            bool(m["strong"]),
            bool(m.get("glued", False)),
            m["numeral"],
            _numeral(data, m["numeral"]),
            re.compile(m["pattern"]),
            bool(m.get("in_sequence", False)),
        )
        for m in data["markers"]
    }
    notes = tuple(
        NoteFamily(
            n["name"],
            bool(n["strong"]),
            n["numeral"],
            _numeral(data, n["numeral"]),
            re.compile(n["pattern"]),
            re.compile(n["guard"]) if n.get("guard") else None,
            frozenset(n["initials"]),
            tuple(n["cited_by"]),
            bool(n.get("front", False)),
            bool(n.get("cited_all", False)),
            bool(n.get("cited_in_prose", False)),
        )
        for n in data["notes"]
    )
    strong = [m for m in data["markers"] if m["strong"]]
    alternatives = []
    groups: dict[str, tuple[MarkerFamily, int]] = {}
    index = 0
    for i, m in enumerate(strong):
        alternatives.append(f"(?P<m{i}>{m['pattern']})")
        groups[f"m{i}"] = (markers[m["name"]], index + 2)
        index += 1 + re.compile(m["pattern"]).groups
    initials = "".join(sorted({c for m in strong for c in m["initials"]}))
    strong_initials = re.compile(f"[{re.escape(initials)}]")
    trailing = re.compile(r"(?:\s*(?:" + "|".join(m["pattern"] for m in strong) + r"))+\s*$")
    return Catalogue(
        markers=markers,
        notes=notes,
        note_by_name={n.name: n for n in notes},
        strong_scan=re.compile("|".join(alternatives)),
        strong_groups=groups,
        strong_initials=strong_initials,
        strong_chars=frozenset(initials),
        marker_chars=frozenset(
            c for m in data["markers"] for c in m["initials"] if not c.isdigit() and c not in "(（[［"
        ),
        note_initials=frozenset(c for n in notes for c in n.initials),
        trailing_strong=trailing,
        # every position of a line is tried as a start: a lookahead on the markers' first characters makes most
        # positions fail at once
        trailing_any=re.compile(
            r"(?:\s*(?=["
            + re.escape("".join(sorted({c for m in data["markers"] for c in m["initials"]})))
            + r"])(?:"
            + "|".join(m["pattern"] for m in data["markers"])
            + r"))+\s*$"
        ),
        remark=re.compile(data["remark"]) if data.get("remark") else None,
    )


def citing_families(note_family: str) -> tuple[str, ...]:
    """The marker families whose markers cite notes of `note_family`."""
    family = catalogue().note_by_name.get(note_family)
    return family.cited_by if family else ()


@cache
def cited_families(marker_family: str) -> frozenset[str]:
    """The note families a marker of `marker_family` may cite."""
    return frozenset(n.name for n in catalogue().notes if marker_family in n.cited_by)
