"""People the data does not know in the shapes the first rules missed (issue 14 item 3, act63): an honorific before
a name (`Dr`, `Mr.`, `H.E.`) is no part of it and marks a name by itself, a relative clause of heading marks the name
before it, `then`/`former` between a name or a state and its title, a title's post before an apposed name
(`ambassador to <state>, Name,`), abbreviated ranks (`Lt. Gen.`, `Maj Gen`), a family name alone after a person a
rank alone introduced, and in Chinese a rank after a dotted name (`…上将`), a state's forces between the state and
its title (`<state>国防军司令`) and the last part of a dotted name named again with the title's state. Sentences
written for these tests, about states and people other than those of the corpus documents that prompted the rules
(names checked below to be unknown to the data)."""

from __future__ import annotations

import pytest
from helpers import as_written_people as _people
from helpers import mention_ids as _mentions
from helpers import titled_actor_names as _actors
from hypothesis import given
from hypothesis import strategies as st

from allyscope.adhoc_people import (
    honorifics,
    name_before_title,
    names_after_honorifics,
    without_honorifics,
)
from allyscope.entities import gazetteer


@pytest.mark.parametrize(
    "name",
    ["Tjiuee Kaura", "Elina Haufiku", "Rafael Ocampo Viera", "Chikondi Banda", "Sandor Rétfalvi", "Oyunbold Tseren"],
)
def test_the_people_of_these_tests_are_not_in_the_data(name: str) -> None:
    g = gazetteer()
    assert not [m for m in g.match_names(name) if m.ids and g.entity(m.ids[0])["type"] == "person"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("On 2 May 2023, Dr Elina Haufiku, Namibia's high commissioner, met officials in Pretoria.", "Elina Haufiku"),
        (
            "Uruguay's Foreign Minister, Dr. Rafael Ocampo Viera, arrived in Brasília on 3 May 2023.",
            "Rafael Ocampo Viera",
        ),
        ("On 4 May 2023, Mr. Chikondi Banda met the Kenyan delegation in Nairobi.", "Chikondi Banda"),
        ("H.E. Oyunbold Tseren presented his credentials in Seoul on 5 May 2023.", "Oyunbold Tseren"),
    ],
)
def test_an_honorific_is_no_part_of_the_name_and_marks_one(text: str, name: str) -> None:
    assert name in _people(text)
    assert not [p for p in _people(text) if p.split()[0].rstrip(".") in ("Dr", "Mr", "H.E")]


def test_a_relative_clause_of_heading_marks_the_name_before_it() -> None:
    text = "On 6 May 2023, Tjiuee Kaura, who heads Namibia's navy, visited Luanda."
    assert "Tjiuee Kaura" in _people(text)
    assert any({"Tjiuee Kaura", "Namibia"} <= actors for actors in _actors(text))


@pytest.mark.parametrize(
    "text",
    [
        "On 7 May 2023, Sandor Rétfalvi, then Hungary's defence minister, signed the accord in Zagreb.",
        "On 7 May 2023, Sandor Rétfalvi, Hungary's former defence minister, signed the accord in Zagreb.",
        "On 7 May 2023, Sandor Rétfalvi, the former Hungarian defence minister, signed the accord in Zagreb.",
    ],
)
def test_then_or_former_leaves_the_apposed_title_the_names(text: str) -> None:
    assert "Sandor Rétfalvi" in _people(text)
    assert any({"Sandor Rétfalvi", "Hungary"} <= actors for actors in _actors(text))


def test_a_titles_post_may_stand_before_the_apposed_name() -> None:
    text = "On 8 May 2023, Malawi's ambassador to the United Nations, Chikondi Banda, addressed the Council."
    assert "Chikondi Banda" in _people(text)


@pytest.mark.parametrize("rank", ["Lt. Gen.", "Maj Gen", "Brig. Gen.", "Colonel", "Brigadier"])
def test_abbreviated_ranks_mark_the_name_after_them(rank: str) -> None:
    text = f"The drill ended on 9 May 2023. {rank} Oyunbold Tseren met Korean officers in Ulaanbaatar that day."
    assert "Oyunbold Tseren" in _people(text)


def test_a_family_name_alone_names_again_a_person_a_rank_introduced() -> None:
    text = (
        "Admiral Elina Haufiku, the chief of the Namibian fleet, opened the exercise. "
        "On 10 May 2023 the Angolan commander met Haufiku at Walvis Bay."
    )
    assert ("person:as-written:Elina Haufiku",) in _mentions(text, "Haufiku")


def test_a_rank_alone_is_no_name_and_a_bare_word_is_not_named_again() -> None:
    assert _people("The Colonel met the press on 11 May 2023.") == []
    # a capitalised word the text also writes in lower case is a common word, not the family name named again
    text = "General Elina Long, the chief of staff, arrived. The talks were long. Long said little on 12 May 2023."
    assert "Long" not in [m.alias for m in gazetteer().match(text) if m.basis == "named-again"]


def test_a_chinese_rank_after_a_dotted_name_ends_it() -> None:
    text = "2023年5月，蒙古国武装部队总参谋长奥云包勒德·策仁少将访问首尔，次日，策仁参观了海军基地。"
    assert "奥云包勒德·策仁" in _people(text)
    assert not [p for p in _people(text) if p.endswith("少")]


def test_a_states_forces_between_the_state_and_its_title_leave_the_title_the_states() -> None:
    text = "2023年5月，纳米比亚国防军总参谋长约翰·姆瓦亚少将访问罗安达。"
    ids = _mentions(text, "总参谋长")
    assert ids and all("NA" in i for i in ids)


def test_the_last_part_of_a_dotted_name_is_named_again_with_the_titles_state() -> None:
    text = "2023年5月，乌拉圭外长拉斐尔·奥坎波访问巴西。次日，奥坎波会见了巴西国防部长。"
    again = [m.ids for m in gazetteer().match(text) if m.basis == "named-again" and m.alias == "奥坎波"]
    assert again and again[0][-1] == "person:as-written:拉斐尔·奥坎波"
    assert {gazetteer().entity(i).get("part_of", i) for i in again[0][:-1]} == {"UY"}  # the office's state


_WORD = st.from_regex(r"[A-Z][a-z]{3,8}", fullmatch=True)


@given(st.lists(_WORD, min_size=2, max_size=3), st.sampled_from(sorted(honorifics())))
def test_an_honorific_never_stays_in_a_name(words: list[str], honorific: str) -> None:
    name = " ".join(words)
    text = f"We met {honorific.capitalize()} {name} yesterday."
    for start, end in names_after_honorifics(text):
        assert text[start:end] == name
    begin = text.index(honorific.capitalize())
    start = without_honorifics(text, begin, begin + len(honorific) + 1 + len(name))
    assert text[start : start + len(name)] == name


@given(st.lists(_WORD, min_size=2, max_size=4), st.sampled_from(["then ", "former ", ""]))
def test_the_name_before_an_apposed_title_is_the_capitalised_words_before_the_comma(
    words: list[str], modifier: str
) -> None:
    name = " ".join(words)
    text = f"we saw {name}, {modifier}the chief of the fleet, speak."
    title = text.index("the chief") + len("the ")
    span = name_before_title(text, title - len("the "))
    assert span is None or text[span[0] : span[1]] in (name, " ".join(words[1:]))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("On 13 May 2023, the Namibian fisheries minister Elina Haufiku met officials in Luanda.", "Elina Haufiku"),
        ("On 14 May 2023, Commissioner Sandor Rétfalvi opened the talks in Budapest.", "Sandor Rétfalvi"),
        ("The Malawian army chief Chikondi Banda arrived in Lusaka on 15 May 2023.", "Chikondi Banda"),
    ],
)
def test_an_offices_head_noun_marks_the_name_after_it(text: str, name: str) -> None:
    assert name in _people(text)


def test_an_offices_head_noun_before_a_compound_noun_names_no_one() -> None:
    assert _people("The Defence Minister Meeting Plus opened in Vientiane on 16 May 2023.") == []
    assert _people("The Chief Executive said on 17 May 2023 that the Commander in Chief had left.") == []


def test_a_katakana_name_after_a_title_and_no_closed_by_shi_is_the_titles_holder() -> None:
    text = "2023年5月、ウルグアイ国防相のラファエル・オカンポ氏が来日した。翌日、オカンポ氏は呉を訪れた。"
    assert "ラファエル・オカンポ" in _people(text)
    assert _people("2023年5月、ウルグアイ国防相の発表があった。") == []


def test_a_head_noun_is_no_word_of_the_name_after_another() -> None:
    assert [
        text for text in ("The Chief Cabinet Secretary spoke on 18 May 2023.",) if "Cabinet Secretary" in _people(text)
    ] == []
    assert names_after_honorifics("The Chief Cabinet Secretary spoke.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Namibia joined in 2020. On 19 May 2023, Elina Haufiku, the country's foreign minister, spoke in Luanda.",
        "Fiji joined in 2020. On 19 May 2023, Elina Haufiku, the islands' foreign minister, spoke in Nadi.",
    ],
)
def test_a_noun_standing_for_the_state_leaves_the_apposed_title_the_names(text: str) -> None:
    assert "Elina Haufiku" in _people(text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Malawi's minister of labour and skills, Chikondi Banda, spoke on 20 May 2023.", ["Chikondi Banda"]),
        ("The commander of the northern fleet, Tjiuee Kaura, sailed on 21 May 2023.", ["Tjiuee Kaura"]),
        ("The minister of the Economy, Industry and Trade, spoke on 22 May 2023.", []),
    ],
)
def test_an_offices_head_noun_and_its_post_mark_the_name_set_off_by_commas(text: str, names: list[str]) -> None:
    assert [text[a:b] for a, b in names_after_honorifics(text)] == names
