"""A CJK name whose last character begins a word with the character after it (data `geography.json` `word_heads`)
is that word's head where the text before that character is a name of its own (lead, thirty-seventh session):
`<state>港口` is the state's port, not a capital named `<state>港`; a name with no name before its last character
keeps its own reading. Found by the generated axis sample once the reserved regions changed its draw (a destroyer
calling at a state's port was read as a call at a Caribbean capital)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.entities import gazetteer, word_heads


def _ids(text: str) -> set[str]:
    return {i for m in gazetteer().match(text) for i in m.ids}


def _names_ending_in_a_head() -> tuple[list[tuple[str, str]], list[str]]:
    """(name, the name before its last character) where that shorter text is itself a name of another entity, and
    the names ending in a head character whose shorter text names nothing, from the whole gazetteer."""
    g = gazetteer()
    heads = word_heads()
    split, kept = [], []
    for pattern, target, blocked in zip(g.patterns, g.targets, g.blocked, strict=True):
        if blocked or not target or pattern[0].isascii() or pattern[-1] not in heads or len(pattern) < 3:
            continue
        before = _ids(f"在{pattern[:-1]}。")
        if before and not before & set(target):
            split.append((pattern, pattern[:-1]))
        elif not before:
            kept.append(pattern)
    return sorted(split), sorted(kept)


SPLIT, KEPT = _names_ending_in_a_head()


def test_there_are_names_of_both_kinds() -> None:
    assert SPLIT and KEPT


@pytest.mark.parametrize(("name", "shorter"), SPLIT)
def test_the_head_word_leaves_the_shorter_name(name: str, shorter: str) -> None:
    longer_ids = _ids(f"在{name}。")
    shorter_ids = _ids(f"在{shorter}。")
    for after in word_heads()[name[-1]]:
        got = _ids(f"一艘军舰停靠{name}{after}，补给三天。")
        assert shorter_ids <= got and not (longer_ids - shorter_ids) & got, (name, after, got)
    assert longer_ids <= _ids(f"代表团访问{name}，会见官员。")  # the name alone keeps its reading


@pytest.mark.parametrize("name", KEPT)
def test_a_name_with_nothing_named_before_its_head_is_kept(name: str) -> None:
    own = _ids(f"在{name}。")
    for after in word_heads()[name[-1]]:
        assert own <= _ids(f"货轮驶离{name}{after}。"), (name, after)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from([n for n, _ in SPLIT] + KEPT),
            st.sampled_from(sorted({c for cs in word_heads().values() for c in cs})),
            st.sampled_from(["，", "。", "停靠", "的", " ", "a"]),
        ),
        max_size=12,
    )
)
def test_matching_around_head_words_never_fails(parts: list[str]) -> None:
    text = "".join(parts)
    for mention in gazetteer().match(text):
        assert 0 <= mention.start < mention.end <= len(text)
        assert text[mention.start : mention.end] == mention.alias
