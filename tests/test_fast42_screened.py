"""The refer-back pass's pronoun expressions asked only beside their pronouns (fast42, `screened_search`): the
matches are `finditer`'s, match for match, on drawn text and on every dev and layout document; and the screened
search asks the expression at a few positions, not at every character (the property the speed comes from)."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.person_references import _words
from allyscope.screened_search import screened_finditer

_ROOT = Path(__file__).parent
_DEV = _ROOT / "corpora" / "events" / "dev"
_LAYOUTS = _ROOT / "layouts"


def _expressions() -> list[tuple[re.Pattern[str], int]]:
    words = _words()
    assert words is not None and words.object_pronoun is not None and words.subject_pronoun is not None
    return [(words.object_pronoun, words.object_reach), (words.subject_pronoun, words.subject_reach)]


def _spans(found: list[re.Match[str]]) -> list[tuple[tuple[int, int], tuple[str | None, ...], int | None]]:
    return [(m.span(), m.groups(), m.lastindex) for m in found]


def _same_as_finditer(text: str) -> None:
    literals = _words().object_literals  # type: ignore[union-attr]
    for pattern, reach in _expressions():
        assert _spans(list(screened_finditer(pattern, text, literals, reach))) == _spans(list(pattern.finditer(text)))


# the pieces of drawn text: the pronouns, the words an object pronoun follows and the particles after a Japanese
# one, the characters that make a pronoun part of another word, the signs that open a clause, prose, line breaks
_PRONOUNS = ["他", "她", "彼", "彼女", "him", "Him", "他们", "其他"]
_BEFORE = ["会见了", "会见", "与", "與", "同", "和", "陪同", "迎接", "给", "对"]
_AFTER = ["は", "が", "と", "に", "を", "も", "ら", "国", "人"]
_SIGNS = ["。", "，", "、", "；", "\n", " "]
_PROSE = ["with ", "met ", "the minister", "thim", "him.", "首相", "表示", "会談した", "X"]
_PIECES = st.sampled_from([*_PRONOUNS, *_BEFORE, *_AFTER, *_SIGNS, *_PROSE])


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=30))
def test_the_screened_search_finds_what_finditer_finds(pieces: list[str]) -> None:
    _same_as_finditer("".join(pieces))


def test_the_screened_search_finds_what_finditer_finds_in_the_documents() -> None:
    paths = sorted(_DEV.glob("*.txt")) + sorted(_LAYOUTS.glob("*.txt"))
    assert len(paths) > 400
    for path in paths:
        _same_as_finditer(path.read_text(encoding="utf-8"))


class _Counting:
    """A pattern that counts the positions it is asked to match at."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.asked = pattern, 0

    def match(self, text: str, pos: int) -> re.Match[str] | None:
        self.asked += 1
        return self.pattern.match(text, pos)


def test_the_expression_is_asked_only_beside_a_pronoun() -> None:
    # a long text with two pronouns: the object expression is tried within its reach before each, not 3,000 times
    text = "两国外长在会谈中讨论了双边关系。" * 100 + "外长会见了他。" + "另外的议题也被提及。" * 50
    pattern, reach = _expressions()[0]
    counting = _Counting(pattern)
    found = list(screened_finditer(counting, text, _words().object_literals, reach))  # type: ignore[arg-type,union-attr]
    assert [m.group(1) for m in found] == ["他"]
    assert counting.asked <= 2 * (reach + 1)
    assert len(text) > 100 * counting.asked


# a family name, then an honorific or a title (the refer-back pass's `(keys)(?:氏)` and `(keys)(?:總統|…)`): names
# drawn from a few characters so that they overlap, stand inside one another and follow one another
_CHARACTERS = st.sampled_from(["岸", "田", "文", "王", "李", "氏", "總", "統", "大", "。", "a"])
_KEYS = st.lists(st.text(_CHARACTERS, min_size=1, max_size=3), min_size=1, max_size=5, unique=True)
_AFTERS = st.lists(st.sampled_from(["氏", "總統", "大統領", "统", "田氏"]), min_size=1, max_size=3, unique=True)


@settings(max_examples=400, deadline=None)
@given(_KEYS, _AFTERS, st.text(_CHARACTERS, max_size=40))
def test_a_key_then_a_word_is_found_as_finditer_finds_it(keys: list[str], afters: list[str], text: str) -> None:
    keys = sorted(keys, key=len, reverse=True)
    pattern = re.compile(f"({'|'.join(map(re.escape, keys))})(?:{'|'.join(map(re.escape, afters))})")
    screened = list(screened_finditer(pattern, text, tuple(afters), len(keys[0])))
    assert _spans(screened) == _spans(list(pattern.finditer(text)))
