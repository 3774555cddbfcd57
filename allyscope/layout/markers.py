"""Note markers in body lines: `[1]`, `[3,4]`, `[5-7]`, `①`, `¹²`, `（1）`, `注1`, and bare digits glued to a word.

Bracketed, circled and superscript markers are always markers. The other shapes also occur as ordinary
text, so they are looked for only in documents whose notes are numbered that way, and a bare number glued
to the word before it (`summit.12 The`) only where the note it would cite exists on that page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from allyscope.layout.notes import CIRCLED, CIRCLED_BLACK, circled_value

_RANGE = re.compile(r"(\d{1,3})\s*[-–—~～]\s*(\d{1,3})")
_ALWAYS = re.compile(
    r"(?P<bracket>[\[［](?P<list>\d{1,3}(?:\s*[,，、\-–—~～]\s*\d{1,3})*)[\]］])"
    rf"|(?P<circled>[{CIRCLED}{CIRCLED_BLACK}])"
    r"|(?P<superscript>[¹²³⁴⁵⁶⁷⁸⁹⁰]+)"
)
# The characters an always-marker starts with: a one-class scan finds them six times faster than the
# alternation above, and most lines have none.
_ALWAYS_START = re.compile(rf"[\[［{CIRCLED}{CIRCLED_BLACK}¹²³⁴⁵⁶⁷⁸⁹⁰]")
_PAREN = re.compile(r"[（(](\d{1,3})[）)]")
_ZHU = re.compile(r"注\s*(\d{1,3})(?!\d)")
_GLUED = re.compile(r"(?<=[A-Za-z.,;:!?”’\"')])(\d{1,3})(?=[\s,.;:]|$)")
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


@dataclass(frozen=True, slots=True)
class FoundMarker:
    """A marker inside one line's content: offsets into the content and the numbers it cites."""

    start: int
    end: int
    numbers: tuple[int, ...]
    style: str
    glued: bool = False


def expand_numbers(listing: str) -> tuple[int, ...]:
    """`3,4` → (3, 4); `5-7` → (5, 6, 7); ranges of more than 50 are taken as two numbers."""
    numbers: list[int] = []
    for part in re.split(r"\s*[,，、]\s*", listing.strip()):
        span = _RANGE.fullmatch(part)
        if span:
            a, b = int(span.group(1)), int(span.group(2))
            if a <= b and b - a <= 50:
                numbers.extend(range(a, b + 1))
            else:
                numbers.extend((a, b))
        elif part.isdigit():
            numbers.append(int(part))
    return tuple(numbers)


def find_markers(content: str, styles: frozenset[str]) -> list[FoundMarker]:
    """Every marker in a line's content, in order. `styles` holds the weak styles the notes use."""
    found: list[FoundMarker] = []
    hit = _ALWAYS_START.search(content)
    if hit is None and not styles:
        return found
    for match in _ALWAYS.finditer(content, hit.start() if hit else len(content)):
        if match.group("bracket"):
            numbers = expand_numbers(match.group("list"))
            if numbers and all(n > 0 for n in numbers):
                found.append(FoundMarker(match.start(), match.end(), numbers, "bracket"))
        elif match.group("circled"):
            found.append(FoundMarker(match.start(), match.end(), (circled_value(match.group()),), "circled"))
        else:
            value = int(match.group().translate(_SUPERSCRIPTS))
            if value > 0:
                found.append(FoundMarker(match.start(), match.end(), (value,), "superscript"))
    if "paren" in styles:
        found += [FoundMarker(m.start(), m.end(), (int(m.group(1)),), "paren") for m in _PAREN.finditer(content)]
    if "zhu" in styles:
        found += [FoundMarker(m.start(), m.end(), (int(m.group(1)),), "zhu") for m in _ZHU.finditer(content)]
    if "number" in styles:
        taken = [(f.start, f.end) for f in found]
        for m in _GLUED.finditer(content):
            if int(m.group(1)) > 0 and not any(a <= m.start() < b for a, b in taken):
                found.append(FoundMarker(m.start(1), m.end(1), (int(m.group(1)),), "number", glued=True))
    found.sort(key=lambda f: f.start)
    return [f for f in found if f.numbers and min(f.numbers) > 0]


def is_marker_only(content: str, markers: list[FoundMarker]) -> bool:
    """True for a line that holds nothing but markers (a marker left alone on a line by the extractor)."""
    if not markers:
        return False
    covered = sum(m.end - m.start for m in markers)
    return covered == len(content.replace(" ", "")) and len(content) <= covered + len(markers)
