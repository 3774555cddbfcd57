"""Note markers in body lines, by the marker families of the catalogue (`data/layouts/notes.json`).

A strong family (`[1]`, `①`, `¹²`) is a marker wherever it stands. The weak ones also occur as ordinary text,
so they are looked for only in documents whose notes a note family cited by them explains, and a *glued*
family (a bare number glued to the word before it: `summit.12 The`) only where the note it would cite exists
on that page.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from allyscope.layout.catalogue import catalogue, expand_numbers
from allyscope.layout.joining import join

__all__ = ["FoundMarker", "counts_in_digits", "expand_numbers", "find_markers", "in_sequence", "is_marker_only"]


class FoundMarker(NamedTuple):
    """A marker inside one line's content: offsets into the content, the numbers it cites, and its family (a
    named tuple: made for every marker of every line, several times cheaper than a frozen dataclass)."""

    start: int
    end: int
    numbers: tuple[int, ...]
    style: str
    glued: bool = False
    sequence: bool = False  # of a family read only as the next number of the document's markers (`in_sequence`)


_LOOK_ON = 8  # how much of the next line a weak marker ending its line may need to be read (`*2` + `1回…`)


def find_markers(content: str, weak: frozenset[str], following: str = "") -> list[FoundMarker]:
    """Every marker in a line's content, in order. `weak` names the weak marker families the notes call for.
    `following` is the start of the next body line: a line broken inside a paragraph is read as the text it
    breaks, so the digits ending a line are read as they would be with the next line after them (`。*21` over
    `回の…` is note 2 before `1回`, as `。*21回` is; see `_read_on`)."""
    found = _find_markers(content, weak)
    if following and weak and "0" <= content[-1] <= "9":
        return _read_on(content, weak, following, found)
    return found


def _read_on(content: str, weak: frozenset[str], following: str, found: list[FoundMarker]) -> list[FoundMarker]:
    """The markers of a line ending in digits, read with the next line's start after it, joined as the text
    joins them. Only the markers of the line's end change: from the start of its last marker where that marker
    ends the line (else from the line's last digits), the line takes the markers the unbroken text has
    there (`注1`, where `注11` is over `998年`). Where the unbroken text has none there (`。*9` over `回…`; the
    next line may open a paragraph or a heading), or a marker read across the break would run into the next
    line (`注1` over `）…`, `*2` over a heading `1．…`), the line's own reading stays."""
    size = len(content)
    # from the start of the last marker where it ends the line, else from the sign before the line's last digits
    cut = found[-1].start if found and found[-1].end == size else len(content.rstrip("0123456789")) - 1
    _, space = join(content, following)  # joined as the text joins them: Latin lines with a space
    across = [m for m in _find_markers(content + space + following[:_LOOK_ON], weak) if m.start >= cut]
    if (
        not across
        or any(m.end > size for m in across)
        # the line's last marker read again across the break, by its own family (`*2` over `1.2　…` is no `*`)
        or (cut < size and found and found[-1].start == cut and across[0].style != found[-1].style)
    ):
        return found
    return [*(f for f in found if f.start < cut), *across]


def _find_markers(content: str, weak: frozenset[str]) -> list[FoundMarker]:
    found: list[FoundMarker] = []
    cat = catalogue()
    hit = cat.strong_initials.search(content)
    if hit is None and not weak:
        return found
    if hit is not None:
        groups = cat.strong_groups
        for match in strong_matches(content, hit.start()):
            family, group = groups[str(match.lastgroup)]
            numbers = family.numeral.values(match.group(group), family.numeral_kind)
            if numbers:
                found.append(FoundMarker(match.start(), match.end(), numbers, family.name))
    if weak:
        taken = [(f.start, f.end) for f in found]
        for family in cat.markers.values():  # catalogue order, so that overlapping readings resolve the same way
            if family.name not in weak:
                continue
            for m in family.pattern.finditer(content):
                numbers = family.numeral.values(m.group(1), family.numeral_kind)
                if not numbers or any(a <= m.start() < b or m.start() <= a < m.end() for a, b in taken):
                    continue
                if family.glued:
                    found.append(FoundMarker(m.start(1), m.end(1), numbers, family.name, True, family.in_sequence))
                else:
                    found.append(FoundMarker(m.start(), m.end(), numbers, family.name))
                taken.append((m.start(), m.end()))
        found.sort(key=lambda f: f.start)
    return found


def strong_matches(content: str, start: int = 0) -> list[re.Match[str]]:
    """What `catalogue().strong_scan.finditer(content, start)` yields, found faster: every strong marker starts
    with one of its family's initials (data), so the scan is tried only where one stands, the next initial
    looked for after the marker (or after the initial, where none matched). An alternation of named groups gives
    the regex engine no first characters to skip to, and it would try every family at every position of the
    line. A list, not a generator: it is asked of every line holding an initial."""
    cat = catalogue()
    scan, initial = cat.strong_scan.match, cat.strong_initials.search
    found: list[re.Match[str]] = []
    hit = initial(content, start)
    while hit is not None:
        at = hit.start()
        match = scan(content, at)
        if match is None:
            hit = initial(content, at + 1)
            continue
        found.append(match)
        hit = initial(content, max(match.end(), at + 1))
    return found


def is_marker_only(content: str, markers: list[FoundMarker]) -> bool:
    """True for a line that holds nothing but markers (a marker left alone on a line by the extractor)."""
    if not markers:
        return False
    covered = sum(m.end - m.start for m in markers)
    return covered == len(content.replace(" ", "")) and len(content) <= covered + len(markers)


def in_sequence(found: list[FoundMarker], last: int) -> list[FoundMarker]:
    """The line's markers with those of an `in_sequence` family kept only where they cite the next number of the
    document's markers: `last` is the number the markers before the line ended on (0 before the first). Digits
    flattened from a superscript stand beside a year, a closing bracket or a count (`in 20222 the`, `」3，`,
    `年5在`), where a digit is as often part of the text: such a digit is a marker only where the sequence the
    notes number, read as a whole, expects it there (2 after 1), not because a note numbered so exists. A marker
    of another family numbered in digits moves `last` on as it stands; a sign's (`*`, `**`, counted 1, 2 in a
    sequence of their own) does not."""
    kept: list[FoundMarker] = []
    for marker in found:
        if marker.sequence and (len(marker.numbers) != 1 or marker.numbers[0] != last + 1):
            continue
        kept.append(marker)
        if counts_in_digits(marker.style):
            last = max(marker.numbers)
    return kept


def counts_in_digits(style: str) -> bool:
    """True for a marker family numbered in digits (`[3]`, `注3`, a glued `3`), whose markers count on one
    sequence with flattened digits; a sign's or a circled number's count a sequence of their own."""
    family = catalogue().markers.get(style)
    return family is not None and family.numeral_kind in ("digits", "list")
