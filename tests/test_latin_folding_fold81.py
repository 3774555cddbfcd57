"""Names written without their diacritics (`Sebastian Pinera`, `Gerhard Schroder`) find the gazetteer's person.

The gazetteer adds each Latin alias's folded form (`allyscope/latin_folding.py`) unless the form is another entity's
name, a blocked word or an ordinary English word. Tests: the data file's schema; every folded key names the entity
its alias names; the traps (`Store`, `Male`: ordinary words; `Orban government`: another person's); the folding as a
property; a document written for this test in five languages, its people known by construction.
"""

from __future__ import annotations

import json
import unicodedata
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

from allyscope.entities import Gazetteer, gazetteer
from allyscope.latin_folding import fold_latin, latin_folding
from allyscope.scripts import fold_word

HERE = Path(__file__).parent / "folded_names"


def _data(name: str) -> Any:
    return json.loads(resources.files("allyscope.data").joinpath(name).read_text("utf-8"))


def _people(g: Gazetteer, text: str) -> set[str]:
    """The people named in `text` by a Latin stretch (the folded forms, not the kana or ideographs beside them)."""
    return {
        i
        for m in g.match_names(text)
        if all(ord(c) < 0x2000 for c in m.alias)
        for i in m.ids
        if i.startswith("person:")
    }


def test_the_data_file_matches_its_schema() -> None:
    jsonschema.validate(_data("latin_folding.json"), _data("latin_folding.schema.json"))


def test_a_schema_turns_away_a_letter_spelled_with_a_diacritic() -> None:
    broken = {**_data("latin_folding.json"), "letters": {"ø": "ö"}}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, _data("latin_folding.schema.json"))


def test_many_folded_aliases_are_added_and_each_names_the_entity_of_its_alias() -> None:
    g = gazetteer()
    assert len(g.folded_keys) > 1000
    targets = dict(zip(g.patterns, g.targets, strict=True))
    sources: dict[str, set[tuple[str, ...]]] = {}
    for pattern, ids, spellings in zip(g.patterns, g.targets, g.spellings, strict=True):
        if pattern in g.folded_keys:
            continue
        for alias in spellings:
            key = fold_word(fold_latin(alias))
            if key in g.folded_keys:
                sources.setdefault(key, set()).add(ids)
    for key in g.folded_keys:
        assert targets.get(key), key
        assert sources[key] == {targets[key]}, (key, sources[key], targets[key])  # no folded alias collides


def test_a_folded_full_name_is_found_in_a_sentence_as_its_person() -> None:
    g = gazetteer()
    folded = [s for p, s in zip(g.patterns, g.spellings, strict=True) if p in g.folded_keys and s]
    full_names = [s[0] for s in folded if s[0].count(" ") == 1 and s[0].replace(" ", "").isalpha()][:300]
    assert len(full_names) >= 100
    for name in full_names:
        found = [m for m in g.match_names(f"On Monday {name} arrived for talks.") if m.alias == name]
        assert found and found[0].ids == g.targets[g.patterns.index(fold_word(name))], name


def test_an_ordinary_word_that_folds_from_a_name_names_nobody() -> None:
    g = gazetteer()
    assert "store" not in g.folded_keys and "male" not in g.folded_keys
    assert _people(g, "Store opening hours were cut for the summit.") == set()
    assert not [m for m in g.match_names("Male voters turned out early.") if m.alias == "Male"]
    assert _people(g, "Prime Minister Jonas Gahr Store spoke in Oslo.") == {"person:store"}


def test_a_folded_name_of_several_words_is_no_name_in_lower_case() -> None:
    """`President Tô` folds to `President To`, which a sentence holds in lower case (`the president to`)."""
    g = gazetteer()
    assert fold_word("President To") in g.folded_keys
    assert _people(g, "He wrote to the president to ask for talks.") == set()
    assert _people(g, "The deputy went to the prime minister to ask.") == set()
    assert _people(g, "PRESIDENT TO LAM ARRIVED.") == {"person:to-lam"}
    assert _people(g, "President To Lam arrived.") == {"person:to-lam"}


def test_a_folded_form_that_is_another_persons_name_stays_that_persons() -> None:
    g = gazetteer()
    assert _people(g, "The Orban government fell in Bucharest.") == {"person:ludovic-orban"}
    assert _people(g, "The Orbán government held on in Budapest.") == {"person:orban"}
    assert _people(g, "The Sebastian government fell in Vienna.") == {"person:kurz"}


def test_the_ordinary_words_are_complete_against_websters_second() -> None:
    """Every one-word folded alias that is a lower-case entry of web2 (an ordinary word) is listed, and is kept
    out; every listed word is such an entry (no stale words)."""
    english_words = pytest.importorskip("english_words")
    web2 = english_words.get_english_words_set(["web2"])
    g = gazetteer()
    listed = latin_folding().ordinary_words
    assert not [k for k in g.folded_keys if " " not in k and k in web2]
    assert {w for w in listed if w not in web2} == set()
    candidates = {
        fold_word(fold_latin(s))
        for spellings in g.spellings
        for s in spellings
        if not s.isascii() and " " not in fold_latin(s) and fold_latin(s) != s
    }
    known = set(g.patterns) - g.folded_keys  # a plain form the data lists by hand is the data's choice
    assert {c for c in candidates if c in web2 and c not in known} <= listed


_LATIN = st.characters(min_codepoint=0x20, max_codepoint=0x24F)
_ANY = st.characters(blacklist_categories=("Cs",))


@given(st.text(_ANY, max_size=40))
def test_folding_twice_is_folding_once(text: str) -> None:
    once = fold_latin(text)
    assert fold_latin(once) == once


@given(st.text(st.characters(max_codepoint=0x7F), max_size=40))
def test_folding_never_changes_ascii(text: str) -> None:
    assert fold_latin(text) == text


@given(st.text(_LATIN, max_size=40))
def test_folded_latin_has_no_marks_left(text: str) -> None:
    assert not any(unicodedata.combining(c) for c in fold_latin(text) if c.isascii() is False and c.isalpha())
    letters = latin_folding().letters
    assert not any(c in letters for c in fold_latin(text))


@given(st.text(st.sampled_from("がぱ北京ダ約國ー・（）"), max_size=20))
def test_folding_leaves_kana_and_ideographs_alone(text: str) -> None:
    assert fold_latin(text) == text


def test_the_written_document_names_its_people_by_construction() -> None:
    g = gazetteer()
    expected = json.loads((HERE / "names_without_diacritics.expected.json").read_text("utf-8"))["lines"]
    lines = (HERE / "names_without_diacritics.txt").read_text("utf-8").splitlines()
    assert len(lines) == len(expected)
    for line, people in zip(lines, expected, strict=True):
        assert _people(g, line) == set(people), line


def test_a_title_and_a_given_name_go_on_past_a_particle() -> None:
    """A folded title-and-given-name form (`Foreign Minister Tomas`, of Tomáš Petříček) is no reading of a minister
    whose name goes on past a particle the data's person lacks (`Tomas de Silva`: the title stays, the person is
    read as written); a person whose own name holds the particle is the one named, spelt another way
    (`Sultan Haitham bin Tarik` for Haitham bin Tariq)."""
    g = gazetteer()
    other = g.match_names("On 3 May 2021, Maldivian Foreign Minister Tomas de Silva arrived in Colombo.")
    assert not any("person:tomas-petricek" in m.ids for m in other)
    assert any(m.alias == "Foreign Minister" for m in other)
    assert any("person:tomas-petricek" in m.ids for m in g.match_names("Foreign Minister Tomas Petricek met him."))
    same = g.match_names("His Majesty Sultan Haitham bin Tarik of Oman met the Prime Minister.")
    assert any("person:haitham-bin-tariq" in m.ids for m in same)
