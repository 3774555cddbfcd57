"""A former holder named by the family name, a word of 'former' and the title (ana58, issue 14).

The press names a leader who has left office as it names the holder, with `前` (zh, ja) or `元` (ja) between the
family name and the title: `蔡前總統`, `岸田前首相`, `安倍元首相` (gazetteer.json `one_character_families` and
`mixed_length_families` 'former'). The person is the one the family name and the title already name; people who
share the family name are told apart by their terms. A one-character family name after another ideograph reads
into a word (`行李前`: before the luggage), so the title after it is read alone.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from allyscope import parse_text
from allyscope.entities import gazetteer
from allyscope.events import extract_events


def _people(text: str) -> set[str]:
    g = gazetteer()
    return {g.entity(i)["name"] for m in g.match(text) if m.ids for i in m.ids if g.entity(i)["type"] == "person"}


def _actors(body: str) -> list[set[str]]:
    g = gazetteer()
    doc = parse_text("見出し\n\n" + body + "\n")
    return [{g.entity(i)["name"] for i in e.actors + e.involved} for e in extract_events(doc, "t")]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("二〇一七年，蔡前總統出訪太平洋友邦。", "Tsai Ing-wen"),  # one character of three, zh-Hant
        ("當年，嚴前總統曾接見訪問團。", "Yen Chia-kan"),
        ("岸田前首相は講演を行った。", "Fumio Kishida"),  # two characters of four, ja
        ("安倍元首相の葬儀が行われた。", "Shinzo Abe"),  # 元: a former holder in Japanese
    ],
)
def test_a_family_name_with_former_before_a_title_names_the_former_holder(text: str, person: str) -> None:
    assert person in _people(text), _people(text)


def test_a_one_character_family_name_after_an_ideograph_is_no_former_holder() -> None:
    # `行李前`: before (packing) the luggage; the president is whoever the discourse names, not Lee Teng-hui
    assert "Lee Teng-hui" in _people("李前總統曾訪問日本。")
    assert "Lee Teng-hui" not in _people("他收好行李前總統已先行離開。")


def test_a_former_holder_is_an_actor_of_the_act_dated_in_the_term() -> None:
    actors = _actors("2017年10月，蔡前總統出訪馬紹爾群島，與海妮總統會談。")
    assert any({"Tsai Ing-wen", "Taiwan", "Marshall Islands"} <= a for a in actors), actors


def _collective_states(text: str, tmp_path: Path) -> list[set[str]]:
    """The actors of each event of a briefing record."""
    from allyscope.extraction import extract_json

    path = tmp_path / "briefing.txt"
    path.write_text(text, "utf-8")
    return [set(e["actors"]) for e in extract_json(path)["events"]]


_BRIEFING = (
    "外交部例行記者會答問紀要\n\n"
    "2025年3月8日\n\n"
    "記者：賴總統上週出訪中美洲友邦，請問有何成果？\n\n"
    "發言人：賴總統6日抵達瓜地馬拉市，與阿雷瓦洛總統會面。他於8日轉往巴拉圭，與貝尼亞總統會談。\n\n"
    "記者：瓜地馬拉與我國的合作近況如何？\n\n"
    "發言人：兩國於1933年建交，去年並簽署了新的技術合作協定。\n"
)


def test_a_question_in_the_head_names_no_speaker_and_its_we_is_the_briefing_state(tmp_path: Path) -> None:
    """A reporter's question among the head's short lines names whom it asks about, not the speaker; in a state
    body's own briefing (told here by its leaders named familiarly) the question's `我國` is that state, so the
    answer's `兩國` is the pair the question names."""
    found = [s for s in _collective_states(_BRIEFING, tmp_path) if "GT" in s]
    assert any(s == {"GT", "TW"} for s in found), found
