"""`dates._scan` skips the digits of a note marker (`[12]`, `_note_digits`) because no date branch that begins
with a digit can match there. Checked two ways: every digit-first expression tried on every one-to-three-digit
number closed by `]`, in several surroundings, finds nothing; and on arbitrary text with markers the scan finds
exactly what the scan that tries every place finds."""

from __future__ import annotations

import re
from collections.abc import Iterator

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope import dates

_BEFORE = ["", "[", "2022年5月[", "on 3 May [", "。[", "”[", "十["]
_AFTER = ["", "。", "年", "月", " century", "日", "s", "0年代", " days later", "–2023", "st May 2022"]


def test_no_digit_branch_matches_at_a_note_number() -> None:
    numbers = [str(n) for n in range(1000)] + [f"0{n}" for n in range(100)] + ["00", "000"]
    for latin in (True, False):
        expression = dates._dispatch(latin)["1"]
        assert expression is not None
        assert all(dates._dispatch(latin)[d] is expression for d in "0123456789")
        for number in numbers:
            for before in _BEFORE:
                for after in _AFTER:
                    text = f"{before}{number}]{after}"
                    for at in range(len(before), len(before) + len(number)):
                        assert dates._note_digits(text, at)
                        assert expression.match(text, at) is None, (text, at)


def _scan_every_place(text: str, latin: bool) -> Iterator[re.Match[str]]:
    """`dates._scan` as it was before `_note_digits`: the expression tried at every place `_starts` finds."""
    patterns = dates._patterns()
    starts = patterns["screened_starts" if latin and dates._latin_screen(text) else "starts"]
    dispatch = dates._dispatch(latin)
    place = starts.search(text)
    while place is not None:
        at = place.start()
        char = text[at]
        expression = dispatch[char] if char in dispatch else dates._starting_with(latin, char)
        found = expression.match(text, at) if expression is not None else None
        if found is not None:
            yield found
            place = starts.search(text, max(found.end(), at + 1))
        else:
            place = starts.search(text, at + 1)


_PIECES = st.one_of(
    st.sampled_from(
        ["[1]", "[12]", "[123]", "[2022]", "[", "]", "1]", "12]", "０]", "1０]", "²]", "2022年", "5月", "3日"]
    ),
    st.sampled_from(["May ", " 2014", "the 1990s", "21st century", "世纪", "年代", "。", "，", " ", "\n", "–", "两国"]),
    st.integers(0, 3000).map(str),
    st.text(alphabet="0123456789]年月日 ", max_size=6),
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_PIECES, max_size=25).map("".join), st.booleans())
def test_scan_finds_what_trying_every_place_finds(text: str, latin: bool) -> None:
    new = [(m.span(), m.lastgroup) for m in dates._scan(text, latin)]
    old = [(m.span(), m.lastgroup) for m in _scan_every_place(text, latin)]
    assert new == old


def test_a_note_number_is_told_from_a_year_and_a_date() -> None:
    assert dates._note_digits("协定[1]。", 3)
    assert dates._note_digits("协定[12]。", 4)
    assert not dates._note_digits("[2022]", 1)  # four digits: a year may be one
    assert not dates._note_digits("5月[1]", 0)
    assert not dates._note_digits("1²]", 0)
