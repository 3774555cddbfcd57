"""`literal_index` answers as the `str.find` loops and `in` tests it replaced (fast53): on drawn text and word
lists (overlapping words, a word inside another, astral characters, empty words), for the lists the refer-back
pass asks of the reference case's data, and on every dev document's text."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from allyscope.literal_index import _FEWEST, holds_any, literal_starts
from allyscope.person_references import _words

ROOT = Path(__file__).resolve().parent
DEV = ROOT / "corpora" / "events" / "dev"

ALPHABET = st.sampled_from(list("ab總統大首相氏同 \n😀統總a"))
TEXTS = st.text(ALPHABET, max_size=60)
WORDS = st.lists(st.text(ALPHABET, min_size=0, max_size=4), min_size=0, max_size=14).map(tuple)


def _find_starts(text: str, words: tuple[str, ...]) -> tuple[int, ...]:
    """The loop `screened_search` ran before: every `find` of every word, one past the last."""
    starts: set[int] = set()
    for word in words:
        at = text.find(word)
        while at >= 0:
            starts.add(at)
            at = text.find(word, at + 1)
    return tuple(sorted(starts))


@given(TEXTS, WORDS)
def test_starts_are_the_find_loops(text: str, words: tuple[str, ...]) -> None:
    assert literal_starts(text, words) == _find_starts(text, words)
    assert holds_any(text, words) == any(word in text for word in words)


@given(TEXTS, st.lists(st.text(ALPHABET, min_size=1, max_size=4), min_size=_FEWEST, max_size=20).map(tuple))
def test_long_lists_read_by_the_automaton(text: str, words: tuple[str, ...]) -> None:
    assert literal_starts(text, words) == _find_starts(text, words)
    assert holds_any(text, words) == any(word in text for word in words)


def test_overlaps_and_words_inside_words_are_each_found() -> None:
    words = ("總統", "統", "大統領", "統領", "aa", "a", "😀", "首相", "相")
    text = "前總統大統領😀aaa首相"
    assert len(words) >= _FEWEST
    assert literal_starts(text, words) == _find_starts(text, words)
    assert literal_starts(text, words) == (1, 2, 3, 4, 6, 7, 8, 9, 10, 11)


def test_dev_texts_and_the_refer_back_lists() -> None:
    words = _words()
    assert words is not None
    lists = [words.titles_cjk, words.object_literals, (*words.honorific_cjk, *words.same_person), words.literals_en]
    assert len(words.titles_cjk) >= _FEWEST  # the list the automaton is for
    texts = sorted(DEV.glob("*.txt"))
    assert len(texts) > 500
    for path in texts:
        text = path.read_text("utf-8")
        for listed in lists:
            assert literal_starts(text, listed) == _find_starts(text, listed), path.name
            assert holds_any(text, listed) == any(word in text for word in listed), path.name
