"""An English title broken over two lines is one title, in title case as in sentence case, wherever the break
falls next to a small word (`… the Limits of` / `Donated …`, `… the Limits` / `of Donated …`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from allyscope import parse

_REST = (
    "Ana Ferreira and Tomasz Nowak\n"
    "Abstract\n"
    "Navies lend officers to one another for a year or two. We ask what the officers bring home with them.\n"
    "Keywords: officer exchange; navies; training\n"
    "Introduction\n"
    "Exchange postings between navies have grown in number since the end of the Cold War in Europe.\n"
)


@pytest.mark.parametrize("journal", ["", "Naval Studies Quarterly 3(1): 1–20 (2020)\n"])
@pytest.mark.parametrize(
    "first, second",
    [
        ("Officer Exchanges and the Spread of", "Naval Doctrine in Southern Europe"),
        ("Officer Exchanges and the Spread", "of Naval Doctrine in Southern Europe"),
        ("What officer exchanges teach navies about", "their partners in southern Europe"),
    ],
)
def test_two_line_title(tmp_path: Path, journal: str, first: str, second: str) -> None:
    path = tmp_path / "doc.txt"
    path.write_text(f"{journal}{first}\n{second}\n{_REST}", encoding="utf-8")
    doc = parse(path)
    assert doc.title == f"{first} {second}"
    assert doc.authors == ["Ana Ferreira", "Tomasz Nowak"]
