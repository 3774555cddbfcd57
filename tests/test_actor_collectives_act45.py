"""Actors, second round (act45): collectives an English text writes without a number (`The leaders agreed…`,
`the Prime Ministers`, `the presidents`) stand for the parties of the document's title — a joint statement's
signatories, a summit story's pair — never for parties guessed from the sentences around them."""

from __future__ import annotations

import pytest

from allyscope import parse_text
from allyscope.entities import gazetteer, mark_entities


def _mention(text: str, word: str) -> tuple[str, ...]:
    doc = parse_text(text)
    return next(m for m in mark_entities(doc).entities if m.alias == word).ids


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        (
            "Joint Statement by Canada and Mexico\n\nOttawa welcomed the delegation on 3 May. "
            "The leaders agreed to expand coast guard training.\n",
            "The leaders",
            {"CA", "MX", "office:ca-pm"},
        ),
        (
            "Joint Statement of Japan and India\n\nAfter the talks in Tokyo, the Prime Ministers visited a shipyard "
            "together.\n",
            "the Prime Ministers",
            {"JP", "IN", "office:jp-pm", "office:in-pm"},
        ),
        (
            "Statement of the Presidents of Kenya and Ghana\n\nIn Nairobi the presidents signed a memorandum on "
            "peacekeeping training.\n",
            "the presidents",
            {"KE", "GH"},
        ),
    ],
)
def test_an_unnumbered_plural_takes_the_parties_of_the_title(text: str, word: str, expected: set[str]) -> None:
    assert expected <= set(_mention(text, word))


def test_a_third_state_in_the_sentence_before_does_not_enter() -> None:
    text = (
        "Joint Statement by Canada and Mexico\n\nBoth condemned Russia's attack on Ukraine. "
        "The leaders then agreed on a new defence dialogue.\n"
    )
    ids = set(_mention(text, "The leaders"))
    assert {"CA", "MX"} <= ids and not ids & {"RU", "UA"}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a complement names the parties itself: they are mentions of their own
        ("Summit of Canada and Mexico\n\nThe leaders of Italy and Greece later signed a pact.\n", "The leaders"),
        # a title naming one state or none: whose leaders cannot be told
        ("Notes on European security\n\nThe leaders agreed to expand training.\n", "The leaders"),
        ("Japan's defence policy\n\nThe Prime Ministers met twice that year.\n", "The Prime Ministers"),
    ],
)
def test_an_unnumbered_plural_without_a_title_pair_stays_unresolved(text: str, word: str) -> None:
    assert _mention(text, word) == ()


# --- a Latin hit turned away hides no name after it --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a title with a name's first word, cut inside a longer word (`Secretary Ash` | `Ashton`)
        ("In Hanoi, Defense Secretary Ashton Carter toured a coast guard base.", "person:ash-carter"),
        # a title with a name's first word beginning inside a longer word (`Under|secretary Carlito`)
        ("Manila sent Senior Undersecretary Carlito Galvez to Tokyo in February.", "person:galvez"),
    ],
)
def test_a_name_after_a_title_cut_inside_a_word_is_read(text: str, person: str) -> None:
    found = {i for m in gazetteer().match(text) for i in m.ids}
    assert person in found and not any(i.startswith("person:as-written:") for i in found)


# --- a person the data lacks named after a state's counterpart noun ------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("In Nairobi the minister received her Kenyan counterpart Amina Wanjiru Otieno on Friday.",
         "Amina Wanjiru Otieno"),
        ("He spoke by phone with his Lithuanian counterpart, Jonas Žemaitis, about air defence.",
         "Jonas Žemaitis"),
    ],
)  # fmt: skip
def test_a_name_after_a_counterpart_noun_is_a_person_as_written(text: str, name: str) -> None:
    found = {i for m in gazetteer().match(text) for i in m.ids}
    assert "person:as-written:" + name in found


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan counterpart On Monday arrived.",  # a word that opens a sentence is no name
        "She thanked her counterpart Amina Otieno.",  # no state before the noun: whose counterpart is not said
        "He met his Kenyan counterpart in Nairobi.",  # no name follows
    ],
)
def test_no_person_without_a_state_and_a_name_around_the_noun(text: str) -> None:
    assert not [m for m in gazetteer().match(text) if m.basis == "as-written"]


# --- the Soviet Union, a historical state -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "ids"),
    [
        ("1969年中苏边境发生冲突。", "中苏", {"CN", "SU"}),  # 苏 in a compound
        ("美苏两国于1987年签署了条约。", "美苏", {"US", "SU"}),
        ("蘇聯於1991年解體。", "蘇聯", {"SU"}),
        ("ソ連は1956年に日本と国交を回復した。", "ソ連", {"SU"}),
        ("The USSR and India signed a friendship treaty in 1971.", "USSR", {"SU"}),
    ],
)
def test_the_soviet_union_is_a_state_of_the_data(text: str, word: str, ids: set[str]) -> None:
    mention = next(m for m in gazetteer().match(text) if m.alias == word)
    assert set(mention.ids) == ids


def test_su_in_a_compound_is_sudan_where_the_text_names_sudan() -> None:
    doc = parse_text("两国关系\n\n苏丹外长访问北京。中苏双方签署了合作文件。\n")
    mention = next(m for m in mark_entities(doc).entities if m.alias == "中苏")
    assert set(mention.ids) == {"CN", "SD"}


# --- `our two countries`: the speakers' own plural ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "ids"),
    [
        ("Chile and Peru held talks in Lima. Our two nations will hold a naval exercise next year.",
         "Our two nations", {"CL", "PE"}),
        ("Kenya, Ethiopia and Uganda met in Nairobi. Our three governments agreed to share intelligence.",
         "Our three governments", {"KE", "ET", "UG"}),
    ],
)  # fmt: skip
def test_our_n_countries_resolves_as_the_n_countries(text: str, word: str, ids: set[str]) -> None:
    mention = next(m for m in gazetteer().match(text) if m.alias == word)
    assert set(mention.ids) == ids and mention.basis == "collective"
