"""A person the data does not know, named as written beside a title (issue 14, ext33a): the title marks the name as a
person's (`Latvian Foreign Minister Māris Riekstiņš`, `朝格特巴特尔·达木丁外长`, `スプルーツ国防相`), the person is an
actor of the act as the corpus convention lists people, the title gives their state, and no other holder of the
office is inferred. Traps: a known name stays itself (`President Biden's visit`), a title before a common noun names
no one (`the Defence Minister Meeting Plus`, `国防部长会议`), one capitalised word is no name. Sentences written for
these tests about people the data does not hold (checked below), in other words than the corpus documents."""

from __future__ import annotations

import pytest
from helpers import as_written_people as _people
from helpers import mention_ids as _title_ids
from helpers import titled_actor_names as _actors

from allyscope.adhoc_people import AS_WRITTEN, as_written_entity
from allyscope.entities import gazetteer


@pytest.mark.parametrize(
    "name",
    [
        "Māris Riekstiņš",
        "Andris Sprūds",
        "Damdin Tsogtbaatar",
        "朝格特巴特尔·达木丁",
        "スプルーツ",
        "リエクスティンシュ",
    ],
)
def test_the_people_of_these_tests_are_not_in_the_data(name: str) -> None:
    """The rule is tested on people the gazetteer lacks: none of these names is found as an entity's name."""
    g = gazetteer()
    assert not [m for m in g.match_names(name) if m.ids and g.entity(m.ids[0])["type"] == "person"]


def test_an_english_title_names_the_person_written_after_it() -> None:
    text = "Mongolian Foreign Minister Damdin Tsogtbaatar met his Japanese counterpart in Tokyo on 4 June 2019."
    assert _people(text) == ["Damdin Tsogtbaatar"]
    # her state's office: the data holds a foreign-minister office for every state (ppl55), not yet its holder then
    assert _title_ids(text, "Foreign Minister") == [("office:mn-fm",)]
    assert _people("On 2 May 2024 Defence Minister Andris SPRUDS visited Canberra.") == ["Andris SPRUDS"]


def test_the_person_is_an_actor_of_the_act_beside_their_state() -> None:
    found = _actors("On 12 March 2024, Latvian Defence Minister Andris Sprūds visited Japan and met officials.")
    assert any({"Andris Sprūds", "Latvia", "Japan"} <= f for f in found)


def test_a_chinese_name_with_a_middle_dot_before_or_after_a_title() -> None:
    text = "蒙古国外交部长朝格特巴特尔·达木丁于2019年5月3日访问东京。"
    assert _people(text) == ["朝格特巴特尔·达木丁"]  # ends before `于`, a function character
    assert _title_ids(text, "外交部长") == [("MN",)]
    assert _people("2019年5月3日，安倍首相会见了朝格特巴特尔·达木丁外长。") == ["朝格特巴特尔·达木丁"]  # after `了`


def test_a_katakana_name_before_a_japanese_title() -> None:
    text = "ラトビアのスプルーツ国防相は2024年7月8日に来日した。"
    assert _people(text) == ["スプルーツ"]
    assert _title_ids(text, "国防相") == [("LV",)]
    assert _people("ラトビアのリエクスティンシュ外相は2009年に来日した。") == ["リエクスティンシュ"]


def test_a_name_the_data_knows_stays_itself() -> None:
    assert _people("President Biden's visit to Manila took place on 1 May 2024.") == []
    assert _people("フィリピンのテオドロ国防相は2024年7月8日に来日した。") == []  # Teodoro is in the data


def test_a_title_before_a_common_noun_names_no_one() -> None:
    assert _people("The Defence Minister Meeting Plus was held in Vientiane on 20 November 2024.") == []
    assert _people("The Defence Minister Meeting was held in Vientiane.") == []  # one word: no name
    assert _people("国防部长会议于2024年11月20日在万象举行。") == []
    assert _people("The Prime Minister On Monday said so.") == []


def test_a_longer_alias_ending_inside_a_word_hides_no_title() -> None:
    """`Defence Minister Han…` is an alias of a person the data knows; in `Defence Minister Hanno` it ends inside
    a word and is no match, and the title before it is still read."""
    assert [m.alias for m in gazetteer().match_names("Defence Minister Andris Sprūds spoke.")] == ["Defence Minister"]


def test_only_ids_of_the_prefix_make_an_entity() -> None:
    assert as_written_entity(AS_WRITTEN + "Māris Riekstiņš") == {
        "id": AS_WRITTEN + "Māris Riekstiņš",
        "type": "person",
        "name": "Māris Riekstiņš",
        "aliases": {},
        "as_written": True,
    }
    assert as_written_entity("person:nobody") is None and as_written_entity(AS_WRITTEN) is None
    with pytest.raises(KeyError):
        gazetteer().entity("person:nobody-at-all")


def test_a_person_named_as_written_is_found_by_its_id() -> None:
    """`allyscope entity ID` resolves the id a stored event carries, though the data holds no such entity."""
    from allyscope.entities import resolve_entity
    from allyscope.errors import NotFoundError

    assert resolve_entity(AS_WRITTEN + "Andris Sprūds") == AS_WRITTEN + "Andris Sprūds"
    with pytest.raises(NotFoundError):
        resolve_entity("person:nobody-at-all")


def _referred(text: str) -> list[tuple[str, ...]]:
    return [m.ids for m in gazetteer().match(text) if m.basis == "refer-back"]


def test_a_person_named_as_written_is_referred_back_to_with_the_title_s_state() -> None:
    """`Mr. Sprūds`, `スプルーツ氏` after the full mention name the person as written and the state their title gave;
    with a title no state claims, the person alone."""
    spruds = AS_WRITTEN + "Andris Sprūds"
    text = "Latvian Defence Minister Andris Sprūds arrived on Monday. Mr. Sprūds met the Japanese minister."
    assert _referred(text) == [(spruds, "office:lv-dm")]  # the data holds Latvia's office (ppl42): its state
    assert _referred("Defence Minister Andris Sprūds arrived on Monday. Mr. Sprūds met officials.") == [(spruds,)]
    assert _referred("ラトビアのスプルーツ国防相は来日した。スプルーツ氏は会談した。") == [
        (AS_WRITTEN + "スプルーツ", "LV")
    ]
    assert _referred("安倍首相会见了朝格特巴特尔·达木丁外长。达木丁氏表示感谢。") == [
        (AS_WRITTEN + "朝格特巴特尔·达木丁",)
    ]
    assert _referred("スプルーツ国防相の話は出なかった。ドゥダ氏は会談した。") == []  # another family name: no one
