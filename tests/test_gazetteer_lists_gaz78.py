"""The gazetteer grown by list, sixth round (issue 14, item 3, forty-seventh session, branch gaz78): holders dev's
golds named only as written whose terms could be confirmed (Sato Kilman's four terms as Vanuatu's prime minister,
Guatemala's defence minister Henry Sáenz, Mozambique's defence minister Cristóvão Chume, Zambia's foreign minister
Stanley Kakubo), a chief-of-defence office for Türkiye (the Chief of the General Staff, with Necdet Özel, Hulusi Akar,
Yaşar Güler and Metin Gürak), the Lake Chad Basin's Multinational Joint Task Force by its full Chinese names, and the
UN Security Council's sanctions committees known by the number of the resolution that set them up (the 1718 Committee
on North Korea and ten others; no committee whose number is a year of the field, such as 1970's Libya committee).
Sentences written for these tests, in other words than the dev documents."""

from __future__ import annotations

import pytest
from helpers import actors_and_involved as _events
from helpers import gazetteer_ids_in as _named
from hypothesis import given, settings
from hypothesis import strategies as st

_NEW = {
    "person:sato-kilman",
    "person:henry-saenz",
    "person:metin-gurak",
    "person:necdet-ozel",
    "person:cristovao-chume",
    "person:stanley-kakubo",
}


@pytest.mark.parametrize(
    ("text", "ident"),
    [
        ("Prime Minister Sato Kilman flew to Beijing.", "person:sato-kilman"),
        ("基尔曼总理出席了会议。", "person:sato-kilman"),
        ("薩托·基爾曼再度當選總理。", "person:sato-kilman"),
        ("キルマン首相が演説した。", "person:sato-kilman"),
        ("Defence Minister Henry Sáenz inspected the border posts.", "person:henry-saenz"),
        ("國防部長賽恩斯出席了典禮。", "person:henry-saenz"),
        ("General Metin Gürak received his Azerbaijani counterpart.", "person:metin-gurak"),
        ("梅廷·居拉克上将会见了来访的代表团。", "person:metin-gurak"),
        ("Defence Minister Cristóvão Chume visited Cabo Delgado.", "person:cristovao-chume"),
        ("シュメ国防相が来日した。", "person:cristovao-chume"),
        ("Foreign Minister Stanley Kakubo met his Chinese counterpart.", "person:stanley-kakubo"),
        ("卡库博外长出席了签字仪式。", "person:stanley-kakubo"),
        ("The Chief of the Turkish General Staff flew to Baku.", "office:tr-cgs"),
        ("土耳其总参谋长访问了巴库。", "office:tr-cgs"),
        ("乍得湖盆地多国联合特遣部队清剿了湖区岛屿。", "mission:mnjtf"),
        ("查德湖盆地多國聯合特遣部隊發起新一輪行動。", "mission:mnjtf"),
        ("The 1718 Committee added two vessels to its list.", "institution:un-1718-committee"),
        ("安理会1718委员会更新了制裁名单。", "institution:un-1718-committee"),
        ("安保理の1718委員会が会合を開いた。", "institution:un-1718-committee"),
        ("The 2140 Committee designated three individuals.", "institution:un-2140-committee"),
    ],
)
def test_a_name_of_the_lists_is_read_in_each_script(text: str, ident: str) -> None:
    assert ident in _named(text), (text, _named(text))


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("2016年4月，土耳其总参谋长访问了阿塞拜疆。", "person:akar"),
        ("2020年9月，土耳其总参谋长访问了阿塞拜疆。", "person:guler"),
        ("2024年5月，土耳其总参谋长访问了阿塞拜疆。", "person:metin-gurak"),
    ],
)
def test_turkiyes_chief_of_the_general_staff_is_the_holder_of_the_day(text: str, holder: str) -> None:
    """The new office's title on a date names its holder by the terms of office (Akar 2015–2018, Güler 2018–2023,
    Gürak from June 2023)."""
    events = _events(text)
    assert any(holder in actors for actors, _ in events), events


@pytest.mark.parametrize(
    "text",
    [
        "A multinational joint task force of three navies escorted the convoy.",  # generic: no MNJTF
        "多国联合特遣部队在海湾巡逻。",  # the generic Chinese phrase without the Lake Chad Basin names no MNJTF
        "シュメール文明の遺跡が発見された。",  # Sumer: シュメ inside a longer katakana word
        "The chume of the river rose.",  # a lower-case fragment is no name
        "他调查兰州的案件。",  # a fragment of no new name
    ],
)
def test_a_trap_names_no_new_entity(text: str) -> None:
    assert not (_named(text) & (_NEW | {"mission:mnjtf"})), (text, _named(text))


@pytest.mark.parametrize(
    "text",
    [
        "In 1718 committees of the estates met in Stockholm.",  # a year before a plural noun
        "The committee met 1718 times.",  # a count, no committee named by it
        "The 1970 Committee on Libya froze the assets.",  # a number that is a year of the field is left out
    ],
)
def test_a_number_names_no_sanctions_committee_unless_it_is_its_name(text: str) -> None:
    assert not any(i.startswith("institution:un-") and i.endswith("-committee") for i in _named(text)), (
        text,
        _named(text),
    )


def test_a_committee_number_is_no_date() -> None:
    """The committee's number is no year: the event names the committee and keeps the date the sentence states."""
    from allyscope import parse_text
    from allyscope.events import extract_events

    doc = parse_text("Notes\n\n2024年3月28日，俄罗斯在安理会否决了延长1718委员会专家小组任期的决议草案。\n")
    events = extract_events(doc, "t")
    assert events, events
    assert all(e.date == "2024-03-28" for e in events), [e.date for e in events]
    assert any("institution:un-1718-committee" in e.actors for e in events), [e.actors for e in events]


_WORDS = ["sato", "henry", "metin", "stanley", "cristóvão", "necdet", "盆地", "特遣", "部队", "总参谋长", "the", "of"]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=8), st.text(alphabet="的了在和与 ,.", max_size=6))
def test_lower_case_words_and_fragments_name_no_new_person(words: list[str], filler: str) -> None:
    """Given names and fragments of the new entries, in any order, name none of the new people: only a full name or
    a surname the entry lists does."""
    text = filler.join(words)
    assert not (_named(text) & _NEW), (text, _named(text))
