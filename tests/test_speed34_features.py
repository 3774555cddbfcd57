"""The one per-sentence pass (`allyscope.sentence_features`) against each rule's own scan.

The record of a sentence must hold exactly the cue hits each cue category's own scan finds (`Cues.finditer`), and
its words must never rule a rule out where the rule's own expression would match: `may(rule, start, end)` False
means the rule searched in `text[start:end]` finds nothing (for a word list and a cue list's leading words, the
two answers are the same either way). Sentences come from the dev documents of the events corpus and are drawn by
hypothesis from the words of the data themselves, mixed with other characters, so that words overlap, abut and
stand at the edges of the spans asked.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.event_cues import Cues
from allyscope.event_domain_cues import _commemorated, _demanded_from, _said_from
from allyscope.events import sentences
from allyscope.events_domain import _reading, one_side_on_its_arrangement, patterns
from allyscope.scripts import fold
from allyscope.sentence_features import FeatureWords, data_rules, may, rule_words, sentence_features

DEV = Path(__file__).resolve().parent / "corpora" / "events" / "dev"


def own_hits(text: str, data: dict[str, Any]) -> tuple[list[Any], list[Any], list[Any]]:
    """The cue hits of each category found by its own scan, as the record keeps them."""
    ranked = data["domain_ranked"]
    types = [(at, i) for at, i, _ in data["types_any"].finditer(text)]
    modes = [(at, i) for at, i, _ in data["modes_any"].finditer(text)]
    domains = [(ranked[i][0], at, ranked[i][1]) for at, i, _ in data["domain_cues_any"].finditer(text)]
    return types, modes, domains


def own_match(rule: Any, piece: str) -> bool:
    """Does the rule, searched by itself, find anything in `piece`?"""
    if isinstance(rule, tuple):
        return any(word in piece for word in rule)
    if isinstance(rule, Cues):
        return bool(rule.automaton.find_matches_as_indexes(piece))
    return rule.search(piece) is not None


def check_sentence(text: str, spans: list[tuple[int, int]]) -> None:
    data = patterns()
    record = sentence_features(text, data)
    assert [list(h) for h in record.hits] == [list(h) for h in own_hits(text, data)]
    for name, rule in data_rules(data).items():
        if rule is None:
            continue
        for start, end in [(0, len(text)), *spans]:
            piece = text[start:end]
            if not record.may(name, start, end):
                assert not own_match(rule, piece), (name, piece)
            elif rule_words(rule) is not None and isinstance(rule, tuple | Cues):
                assert own_match(rule, piece), (name, piece)  # words: present exactly when found


def _dev_sentences(limit: int) -> list[str]:
    out: list[str] = []
    for path in sorted(DEV.glob("*.txt"))[::7]:
        text = fold(path.read_text("utf-8"))
        out += [text[a:b] for a, b in sentences(text, 0, len(text))][:12]
        if len(out) >= limit:
            break
    return out


def test_dev_sentences_match_each_rules_own_scan() -> None:
    found = _dev_sentences(400)
    assert len(found) > 100
    for text in found:
        n = len(text)
        spans = [(n // 3, n), (0, n // 2), (n // 4, 3 * n // 4)]
        check_sentence(text, spans)


def _words() -> list[str]:
    data = patterns()
    index = FeatureWords([data["types_any"], data["modes_any"], data["domain_cues_any"]], data_rules(data))
    return index.words


_FILLER = st.text(alphabet=" ，,。.、的了在与and the 日本年月于", max_size=6)


@st.composite
def drawn_sentences(draw: st.DrawFn) -> tuple[str, list[tuple[int, int]]]:
    words = _words()
    parts = draw(st.lists(st.tuples(_FILLER, st.sampled_from(words)), min_size=1, max_size=6))
    text = "".join(f + w for f, w in parts) + draw(_FILLER)
    cut = st.integers(min_value=0, max_value=len(text))
    spans = [tuple(sorted(pair)) for pair in draw(st.lists(st.tuples(cut, cut), max_size=4))]
    return text, spans  # type: ignore[return-value]


@settings(max_examples=150, deadline=None)
@given(drawn_sentences())
def test_drawn_sentences_match_each_rules_own_scan(drawn: tuple[str, list[tuple[int, int]]]) -> None:
    text, spans = drawn
    check_sentence(text, spans)


@settings(max_examples=100, deadline=None)
@given(drawn_sentences())
def test_switched_passes_answer_as_before(drawn: tuple[str, list[tuple[int, int]]]) -> None:
    """The rules that read the pass (`_said_from`, `_demanded_from`, `_commemorated`, the one-sided act) answer
    for a span of a sentence as they do reading the span alone."""
    text, spans = drawn
    data = patterns()
    record = _reading(text).features
    sides = [frozenset({"AAA"}), frozenset({"BBB"})]
    for start, end in [(0, len(text)), *spans]:
        clause = text[start:end]
        within = (record, start, end)
        assert _said_from(data, clause, within) == _said_from(data, clause)
        assert _demanded_from(data, clause, within) == _demanded_from(data, clause)
        found = [(int(data["domain_cues"]["head_rank"]), at, "x") for at in range(0, len(clause), 3)]
        assert _commemorated(data, clause, found, within) == _commemorated(data, clause, found)
        for ids in ({"AAA"}, {"AAA", "BBB"}):
            assert one_side_on_its_arrangement(data, clause, ids, sides, within) == one_side_on_its_arrangement(
                data, clause, ids, sides
            )


@pytest.mark.parametrize(
    "pattern",
    [r"(?i:joined)", r"[ab]c", r"x?yz", r"(?:a|b)?c", r"\d+ years"],
)
def test_a_rule_of_another_shape_is_never_ruled_out(pattern: str) -> None:
    rule = re.compile(pattern)
    assert rule_words(rule) is None
    index = FeatureWords([Cues(["signed"]), Cues(["will"]), Cues(["treaty"])], {"odd": rule})
    assert "odd" not in index.bit
    from allyscope.sentence_features import read_features

    record = read_features("nothing of it here", index, [(0, "x")])
    assert record.may("odd", 0, 5)
    assert may(None, "odd") and may((record, 0, 5), "odd")


def test_words_of_a_rule_rule_out_only_spans_without_them() -> None:
    index = FeatureWords(
        [Cues(["signed"]), Cues(["will"]), Cues(["treaty"])],
        {"joining": re.compile(r"\bjoin(?:ed|s)?\b|加入"), "words": ("周年", "anniversary of")},
    )
    from allyscope.sentence_features import read_features

    text = "they joined 加入 on the 50周年 anniversary of it"
    record = read_features(text, index, [(0, "x")])
    at = text.index("joined")
    assert record.may("joining", at, at + 4)
    assert not record.may("joining", at + 1, at + 6)  # `oined`: the word is cut
    assert record.may("joining", text.index("加入"), text.index("加入") + 2)
    assert not record.may("words", 0, text.index("周年") + 1)  # half of the word
    assert record.may("words", 0, len(text))
    assert not record.may("joining", text.index("on"), len(text))


def test_the_data_rules_keep_their_leading_words() -> None:
    """A rule whose words cannot be read is searched in every span it is asked of: one alternative beginning with a
    character class (`[0-9]選を果たし`, added to `own_acts` by dom55) made the events stage cost 54.6 M instructions a
    call on the reference article instead of 43 M. Every rule of the data keeps words the pass can find
    (`figure_states` too since ent57: its `[0-9…十]割` is written one alternative per character, `5割`)."""
    from allyscope.events_domain import patterns

    unread = {name for name, rule in data_rules(patterns()).items() if rule is not None and rule_words(rule) is None}
    assert not unread, unread
