"""fast67: the searches `_role` makes in the window before a date that end in a word and then white space to the
date (`…\\s*$`) are asked only where that word's last character stands right before the white space, and
`names_a_document_by_of` only where `of` does. The screen never turns down a window the bare search matches: over
drawn text (words of the data, their last characters in other cases, folding characters, white space of several
kinds, a newline right before the date) and over every place of the dev documents where a date could start.
"""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.dates import roles
from allyscope.dates.values import rules

DEV = Path(__file__).resolve().parent / "corpora" / "events" / "dev"


def _searches() -> list[tuple[str, re.Pattern[str], int, re.Pattern[str]]]:
    """(name, expression searched, window, the last characters that screen it) of each screened search."""
    comparison, later, reach = roles._before_words_ends()
    return [
        ("comparison", roles._comparison_base()[0], 20, comparison),
        ("later-than", roles._later_than(), 24, later),
        ("reach-back", roles._reach_back(), 24, reach),
        ("period-end", roles._role_patterns()[2], 20, roles._period_word_ends()),
    ]


def _words() -> list[str]:
    r = rules()
    return [
        *r["comparison_base"]["before"],
        *r["later_than_en"]["words"],
        *r["reach_back_en"]["words"],
        *r["period_end_before"],
        *r["document_nouns_en"][:6],
    ]


_PIECES = [" ", "  ", "\n", "\t", "\u3000", "\u00a0", "the ", "THE ", "of ", "Of ", "OF ", "of", "The ", "its ", "a"]
_PIECES += ["x", "N", "R", "\u212a", "\u017f", "\u0130", "年", "，", ",", "(", "Norway's ", "白皮书", "2019"]


def _screened(text: str, start: int) -> list[tuple[str, bool, bool]]:
    """(name, bare search found, screen lets it be asked) of each screened search before `start`."""
    out = []
    for name, pattern, window, ends in _searches():
        bare = pattern.search(text, max(0, start - window), start) is not None
        out.append((name, bare, roles._may_end_word(text, start, ends)))
    bare = roles._document_of_date().search(text, max(0, start - 48), start) is not None
    out.append(("document-of", bare, roles.names_a_document_by_of(text, start)))
    return out


@settings(max_examples=600, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_PIECES), st.sampled_from(_words())), max_size=12).map("".join))
def test_a_screen_never_turns_down_what_the_search_finds(text: str) -> None:
    for start in range(len(text) + 1):
        for name, bare, asked in _screened(text, start):
            if name == "document-of":
                assert bare == asked, (name, text, start)
            else:
                assert asked or not bare, (name, text, start)


def test_the_screens_on_the_dev_documents() -> None:
    found = 0
    for path in sorted(DEV.glob("*.txt"))[::9]:
        text = path.read_text("utf-8")
        for start in range(1, len(text)):
            if not text[start].isdigit() and not text[start].isupper():
                continue
            for name, bare, asked in _screened(text, start):
                found += bare
                if name == "document-of":
                    assert bare == asked, (name, path.name, start)
                else:
                    assert asked or not bare, (name, path.name, start)
    assert found  # the searches do find something there


def test_the_screens_in_other_words() -> None:
    # words of the data before a date, in other sentences than any document's
    text = "Exports were higher than in 2016; the charter of 3 May 2001 held; trade fell after 1990 as far back as 1960"
    for word in ("2016", "3 May", "1990", "1960"):
        assert any(bare and asked for _, bare, asked in _screened(text, text.index(word))), word
    assert roles.names_a_document_by_of(text, text.index("3 May"))
    assert not roles.names_a_document_by_of("the charter on 3 May", len("the charter on "))
