"""The whole-text passes of the dates stage find their words by one key character each (`allyscope/dates/keyed.py`,
for speed): that must find exactly what one scan of the whole text with the rule's expression finds (the count tails
of `named_act`, `日後`, `个月之后`, `前日`), and answer what lowering the whole text answered (an English direction),
wherever the words stand and whatever surrounds them."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.dates import named_act
from allyscope.dates.keyed import UnkeyedWordError, holds_english, keyed_starts, matches_at

_RULES = named_act._rules()
_TAIL_PIECES = st.one_of(
    st.sampled_from([*_RULES["units_cjk"], *_RULES["directions_cjk"], *_RULES["day_words_cjk"]]),
    st.sampled_from(["两", "2", "会谈", "的", "，", "。", " ", "日本", "前往", "之", "周年", "當日", "\n"]),
    st.text(alphabet="天日年月个個か月ヶ周週星期后後之前間", max_size=5),
)
_ENGLISH_PIECES = st.one_of(
    st.sampled_from(["after", "AFTER", "Before", "bEfOrE", "aft", "er", "fore", "be", "f", "F", " ", "İ", "\u212a"]),
    st.text(alphabet="aAfFtTeErRbBoO İ\u212a日", max_size=6),
)


def _spans(matches: list[re.Match[str]]) -> list[tuple[int, int, str | None]]:
    return [(m.start(), m.end(), m.lastgroup) for m in matches]


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(_TAIL_PIECES, max_size=12))
def test_keyed_tails_are_what_the_whole_scan_finds(pieces: list[str]) -> None:
    text = "".join(pieces)
    tails = named_act._cjk()[0]
    assert _spans(matches_at(tails, text, keyed_starts(text, named_act._tail_keys()))) == _spans(
        list(tails.finditer(text))
    )


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(_TAIL_PIECES, max_size=12))
def test_an_anniversary_is_never_passed_over(pieces: list[str]) -> None:
    text = "".join(pieces) + "建交五十周年当日"[: len(pieces) % 9]
    if named_act._anniversary_day().search(text):
        assert keyed_starts(text, named_act._anniversary_keys())


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(_ENGLISH_PIECES, max_size=10))
def test_an_english_direction_is_found_as_lowering_the_text_finds_it(pieces: list[str]) -> None:
    text = "".join(pieces)
    words = tuple(_RULES["directions_en"])
    assert holds_english(text, words) == any(w in text.lower() for w in words)


def test_only_ascii_letters_capitals_dotted_i_and_kelvin_lower_to_an_ascii_letter() -> None:
    # what `holds_english` stands on: no other character lowers to a string holding an ASCII letter
    others = {
        chr(c)
        for c in range(0x80, 0x110000)
        if not 0xD800 <= c < 0xE000 and any(x.isascii() and x.isalpha() for x in chr(c).lower())
    }
    assert others == {"\u0130", "\u212a"}


def test_a_word_with_no_key_letter_is_refused() -> None:
    with pytest.raises(UnkeyedWordError):
        holds_english("a kiwi", ("kiwi",))
    with pytest.raises(UnkeyedWordError):
        holds_english("日本", ("日本",))


def test_a_count_naming_its_act_is_still_read() -> None:
    phrases = named_act.count_phrases("10月31日舉行會談。會談兩天後，雙方簽署協議。Two days after the talks, they met.")
    assert [(p.unit, p.count) for p in phrases] == [("day", 2), ("day", 2)]
