"""fast65: three screens before regex families give what the unscreened searches give.

- `adhoc_people.kanji_names_before_shi` tries its expression only near a `氏` (`screened_finditer`): every match
  holds one two to five characters after its start;
- `event_domain_topic._sent_with_topic` finds the movement words of a clause led by their first characters
  (`led_finditer`);
- `dates.roles._role` asks its English-only expressions only when a Latin letter (or a character `re` folds to one)
  stands in the 48 characters before the date.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.adhoc_people import _KANJI_BEFORE_SHI, _SHI, _SHI_REACH
from allyscope.dates import roles
from allyscope.dates.reading import read_dates
from allyscope.event_cues import led_finditer
from allyscope.events import patterns
from allyscope.screened_search import screened_finditer

DEV = Path(__file__).resolve().parent / "corpora" / "events" / "dev"


def _spans(found: list[re.Match[str]]) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in found]


_KANJI_PIECES = ["佐", "藤", "健", "一", "郎", "氏", "は", "と", "、", "。", "同", "々", "x", " ", "\n", "）", "の"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_KANJI_PIECES), max_size=30).map("".join))
def test_names_before_shi_screened_as_finditer(text: str) -> None:
    screened = list(screened_finditer(_KANJI_BEFORE_SHI, text, _SHI, _SHI_REACH))
    assert _spans(screened) == _spans(list(_KANJI_BEFORE_SHI.finditer(text)))


_MOVE_PIECES = ["派遣", "派驻", "加入", "dispatched ", "join ", "joined", "rejoin ", "adjoining ", "部队", "，", ". "]
_MOVE_PIECES += ["the ", "dispatch", "Dispatch ", "j", "d", "派", "加", "\n"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_MOVE_PIECES), max_size=20).map("".join))
def test_movement_words_led_as_finditer(text: str) -> None:
    moved = patterns()["movement_re"]
    assert moved is not None
    assert _spans(list(led_finditer(moved, text))) == _spans(list(moved.finditer(text)))


def test_the_latin_screen_holds_every_character_folded_to_an_ascii_letter() -> None:
    folded = {chr(c) for c in range(0x110000) if re.fullmatch("(?i:[a-z])", chr(c))}
    assert all(roles._LATIN_LETTER.fullmatch(c) for c in folded)


_DATE_PIECES = ["2019年5月", "5 May 2019", "December 2014", "2006", "as far back as ", "the agreement of ", "dated ",
                "The Council's report of ", "，", "。", "、", "会谈", "协定", "据新华社", "报道", " ", "\u212a", "ſ",
                "going back to the ", "“", "” said", "《条约》"]  # fmt: skip


def _roles_unscreened(text: str, monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    with monkeypatch.context() as patched:
        patched.setattr(roles, "_LATIN_LETTER", re.compile(r"(?s:.)|$"))  # every window holds one: nothing skipped
        return list(read_dates(text, 2024).mentions)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_DATE_PIECES), max_size=14).map("".join))
def test_roles_screened_as_unscreened_on_drawn_text(text: str) -> None:
    with pytest.MonkeyPatch.context() as patched:
        expected = _roles_unscreened(text, patched)
    assert list(read_dates(text, 2024).mentions) == expected


def test_roles_screened_as_unscreened_on_dev_paragraphs(monkeypatch: pytest.MonkeyPatch) -> None:
    for path in sorted(DEV.glob("*.txt"))[::7]:
        for paragraph in path.read_text("utf-8").split("\n\n"):
            expected = _roles_unscreened(paragraph, monkeypatch)
            assert list(read_dates(paragraph, 2024).mentions) == expected, path.name
