"""The extraction stages read a document in whole-document passes (issue 18): a sentence's mentions found by
bisection instead of a walk, plain names made in one comprehension, a paragraph's sentences cut only as far as its
last date, clause tests read in place instead of on copies. Each pass must give what the step by step reading it
replaces gives, on any input; these tests hold each one to that reading."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.dates import _may_end_a_period_word, _role_patterns
from allyscope.dates import rules as date_rules
from allyscope.discourse import _Discourse
from allyscope.entities import EntityMention, gazetteer
from allyscope.event_clauses import (
    CUTS,
    first_cut_keeping_its_names,
    keeps_its_names,
    keeps_its_names_at,
    rules,
)
from allyscope.events import _QUESTION, _QUESTION_WORDS, _asks, _joined, _last_visible, sentences
from allyscope.scripts import fold

_SENTENCE_PIECES = [*"。！？!?.“”「」『』‘’ \n", "[1]", "[2,3]", "Mr", "No", "A", "The", "日本", "签署", "x"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_SENTENCE_PIECES), max_size=40), st.data())
def test_sentences_cut_until_a_place_are_the_first_of_all_the_sentences(pieces: list[str], data: st.DataObject) -> None:
    text = "".join(pieces)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    until = data.draw(st.integers(start, max(start, end - 1)))
    whole = sentences(text, start, end)
    cut = sentences(text, start, end, until)
    holding = next((k for k, (a, b) in enumerate(whole) if b > until), len(whole) - 1)
    assert cut == whole[: holding + 1]


_CLAUSE_WORDS = [fold(w) for w in (*rules()["after_the_date"], *rules()["contrast_openers"])]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*_CLAUSE_WORDS, *"，,、；; 了和x", "and ", "但是"]), max_size=12), st.data())
def test_a_piece_read_in_place_keeps_its_names_as_its_copy_does(pieces: list[str], data: st.DataObject) -> None:
    text = "".join(pieces)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert keeps_its_names_at(text, start, end) == keeps_its_names(text[start:end])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*_CLAUSE_WORDS, *"，,、；; 了和x", "and ", "但是"]), max_size=12), st.data())
def test_the_first_cut_keeping_its_names_is_the_first_the_cuts_tested_one_by_one_give(
    pieces: list[str], data: st.DataObject
) -> None:
    text = "".join(pieces)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    one_by_one = next((at for at in range(start, end) if text[at] in CUTS and keeps_its_names(text[at:end])), None)
    assert first_cut_keeping_its_names(text, start, end) == one_by_one


@given(st.text(alphabet=" \t\n\u3000，,x日", max_size=12), st.data())
def test_the_last_visible_character_is_that_of_the_stripped_head(sentence: str, data: st.DataObject) -> None:
    at = data.draw(st.integers(0, len(sentence)))
    assert _last_visible(sentence, at) == sentence[:at].rstrip()[-1:]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*_QUESTION_WORDS, *"?？。．”」』\"')）) \n\u3000x日か", "ですか。"]), max_size=10))
def test_a_question_found_near_the_end_is_one_the_whole_search_finds(pieces: list[str]) -> None:
    sentence = "".join(pieces)
    assert _asks(sentence) == (_QUESTION.search(sentence) is not None)


@given(st.text(alphabet=" \n和与、と,，andx日", max_size=10), st.data())
def test_dates_joined_in_place_are_those_joined_on_a_copy(sentence: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(sentence)))
    end = data.draw(st.integers(0, len(sentence)))
    assert _joined(sentence, start, end) == (re.match(r"^[\s和与與及、とand,，]*$", sentence[start:end]) is not None)


def _walked(sentences: list[tuple[int, int]], starts: list[int]) -> dict[int, list[int]]:
    """Each sentence's mentions placed by one walk over both lists, as the discourse placed them before."""
    out: dict[int, list[int]] = {}
    at = 0
    for index, start in enumerate(starts):
        while at < len(sentences) and sentences[at][1] <= start:
            at += 1
        if at < len(sentences) and sentences[at][0] <= start:
            out.setdefault(at, []).append(index)
    return out


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.integers(0, 6), min_size=1, max_size=30),
    st.lists(st.integers(0, 120), max_size=40),
    st.booleans(),
)
def test_a_sentences_mentions_found_by_bisection_are_those_a_walk_places(
    steps: list[int], places: list[int], in_order: bool
) -> None:
    # sentences in order with gaps between some (text outside any paragraph), mentions anywhere
    sentences_: list[tuple[int, int]] = []
    at = 0
    for k, step in enumerate(steps):
        end = at + step + 1
        sentences_.append((at, end))
        at = end + (k % 3 == 0)
    starts = sorted(places) if in_order else places
    mentions = [EntityMention(s, s + 1, "x", ()) for s in starts]
    d = _Discourse(gazetteer(), "x" * (at + 130), sentences_, mentions, [])
    assert d.bisected == (starts == sorted(starts))
    walked = _walked(sentences_, starts)
    for k in range(len(sentences_)):
        assert d.in_sentence(k) == walked.get(k, [])


_NAMES = sorted(
    {a for e in gazetteer().entities.values() for names in e.get("aliases", {}).values() for a in names if a}
)[::40]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from([*_NAMES, *" 、的了x日本海タイプ", "Japan", "JAPAN", "japanese", "协定"]), max_size=20))
def test_names_made_in_one_pass_are_those_each_hit_read_alone_gives(pieces: list[str]) -> None:
    g = gazetteer()
    text = "".join(pieces)
    folded = fold(text)
    found = g._names(text, folded, [])
    one_by_one: list[EntityMention] = []
    hits = g.automaton.find_matches_as_indexes(folded, overlapping=False)
    for k, hit in enumerate(hits):
        # each hit read alone up to where the next begins (act45: the text after a Latin hit turned away is read
        # again up to there, `_after_word`)
        g._checked(text, folded, hit, one_by_one, hits[k + 1][1] if k + 1 < len(hits) else len(folded))
    assert found == one_by_one
    assert [m.start for m in found] == sorted(m.start for m in found)
    assert all(type(m) is EntityMention for m in found)


_PERIOD_WORDS = date_rules()["period_end_before"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from([*_PERIOD_WORDS, *(w.upper() for w in _PERIOD_WORDS), *" \n\u3000x日年Kſ", "2023年", "May"]),
        max_size=8,
    ),
    st.data(),
)
def test_a_date_a_period_word_may_end_before_is_every_one_its_expression_finds(
    pieces: list[str], data: st.DataObject
) -> None:
    text = "".join(pieces)
    start = data.draw(st.integers(0, len(text)))
    end_before = _role_patterns()[2]
    if end_before.search(text, max(0, start - 20), start) is not None:
        assert _may_end_a_period_word(text, start)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="。！？!?.”」』’ \n\u3000x日", max_size=30))
def test_sentence_ends_led_by_one_class_are_those_of_the_plain_alternation(text: str) -> None:
    from allyscope.discourse import _SENTENCE_END as discourse_end
    from allyscope.entities import _SENTENCE_END as entities_end

    plain = re.compile(r"[。！？!?]+[”」』’]*|\.\s")
    assert [m.span() for m in discourse_end.finditer(text)] == [m.span() for m in plain.finditer(text)]
    plain = re.compile(r"[。！？!?]|\.\s")
    assert [m.span() for m in entities_end.finditer(text)] == [m.span() for m in plain.finditer(text)]


def _body_words() -> list[str]:
    from allyscope.discourse import _discourse_data

    data = _discourse_data()["bodies"]
    heads = [w for words in [*data["heads"], data.get("vessels", [])] for w in words]
    return [*heads, *data["determiners"], *data["determiners_alone"], *(w.title() for w in heads if w.isascii())]


_BODY_PIECES = [
    *_body_words(),
    *("the ", "The ", " of", "maritime ", "sea-lane ", "of ", "Big "),  # a word between `the` and a head, or not
    *("日本", "合", "。", "，", "\n", "x", " "),
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_BODY_PIECES), max_size=16))
def test_body_references_found_from_their_heads_are_those_the_expression_finds(pieces: list[str]) -> None:
    from allyscope.discourse import _bodies, _referring

    bodies = _bodies()
    assert bodies is not None
    text = "".join(pieces)
    assert [m.span() for m in _referring(text, bodies)] == [m.span() for m in bodies.referring.finditer(text)]


def _cue_pieces() -> list[str]:
    from allyscope.events_domain import patterns

    data = patterns()
    keys = sorted({k for cues in (data["types_any"], data["modes_any"], data["domain_cues_any"]) for k in cues.keys})
    return [*keys[::7], "2+2", "2＋2", "2023", "2", "+", " ", "，", "x", "the "]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_cue_pieces()), max_size=14))
def test_cues_placed_by_their_leading_words_are_those_of_the_plain_alternation(pieces: list[str]) -> None:
    from allyscope.events_domain import _lowered, patterns

    data = patterns()
    text = "".join(pieces)
    for key, listed in (("types", data["types"]), ("domain_cues", data["domain_cues"]["classes"])):
        plain = re.compile("|".join(f"(?P<r{i}>{_lowered(rule['pattern'])})" for i, rule in enumerate(listed)))
        expected = [(m.start(), int(str(m.lastgroup)[1:]), m.end()) for m in plain.finditer(text)]
        assert list(data[f"{key}_any"].finditer(text)) == expected
