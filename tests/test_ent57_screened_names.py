"""Two whole-text searches of the entities stage asked only where a match can stand (ent57, issue 14): a list of
people (`listed_people._LIST`, only in the stretches around ` and ` that hold characters a list may hold) and a
body introduced with `the` (`adhoc_bodies._NAME`, only where `The `/`the ` begins). Both expressions open with a
look-behind, which `re` tried at every character of a document. The matches must be `finditer`'s over the whole
text: checked on every dev document of the events corpus and on strings drawn from the words and marks the
expressions read (lists, particles, CJK text, brackets, accented capitals, `×`, line breaks).
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.adhoc_bodies import _NAME, _OPENINGS
from allyscope.listed_people import _LIST, _lists
from allyscope.screened_search import screened_finditer

DEV = Path(__file__).resolve().parent / "corpora" / "events" / "dev"


def _spans(found: object) -> list[tuple[int, int, tuple[int, int]]]:
    return [(m.start(), m.end(), m.span(1)) for m in found]  # type: ignore[attr-defined]


def _same(text: str) -> None:
    assert _spans(_lists(text)) == _spans(_LIST.finditer(text)), text
    assert _spans(screened_finditer(_NAME, text, _OPENINGS, 0)) == _spans(_NAME.finditer(text)), text


def test_the_dev_documents_give_the_same_matches() -> None:
    paths = sorted(DEV.glob("*.txt"))
    assert len(paths) > 600
    listed = 0
    for path in paths:
        text = path.read_text("utf-8")
        _same(text)
        listed += len(list(_lists(text)))
    assert listed > 0  # the corpus holds lists of names: the stretches are searched, not skipped


_PIECES = [
    "Ana Okafor", "Rosa Vargas", "Li Wei", "Mohammed bin Salman", "Jean de La", "ÉLISE Moreau", "Ōno Ken",
    " and ", ", and ", ", ", " ", "the ", "The ", "Council", "of the", "Ministers", "日本", "（", "）", "(", ")",
    "×", "÷", "\n", ".", "O'Neil", "NATO", "-", "’s", "外相", "Japan", "Defence", "Ministry of Defence",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=25).map("".join))
def test_drawn_strings_give_the_same_matches(text: str) -> None:
    _same(text)


def test_a_list_is_found_between_other_scripts() -> None:
    text = "（Ana Okafor, Rosa Vargas and Li Wei）与日本 and"
    found = list(_lists(text))
    assert [m.group(1) for m in found] == ["Ana Okafor, Rosa Vargas and Li Wei"]
    assert _spans(found) == _spans(_LIST.finditer(text))
    assert [m.group(1) for m in screened_finditer(_NAME, "见 the Arctic Council。", _OPENINGS, 0)] == [
        "Arctic Council"
    ]
