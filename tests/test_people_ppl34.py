"""The field's people and offices in every script (issue 14, seventeenth session, branch ppl34): leaders and ministers
of the states the data covered thinly, named as the Chinese and Japanese press writes them — a name in ideographs
or katakana glued to a title without a dot (`颂猜总理`, `总理赛塔`, `エルドアン大統領`) — resolve to the person, and
their terms of office decide the rest. Traps: a namesake out of term (two presidents Aliyev, two Berdimuhamedows),
a title read through a person outside their term (no office on that date), a family name that is also a given name
or a place (`Anand`, `Surin`, `Ghani` inside another's name), a title of another state in the same sentence, and a
compound of a governing word and an abbreviation before a longer name (`对乌兹别克斯坦` is not `对乌`). Sentences
written for these tests, in other words than the dev documents of the branch."""

from __future__ import annotations

import pytest

from allyscope import parse_text
from allyscope.entities import gazetteer, holders
from allyscope.events import extract_events


def _events(body: str) -> list[set[str]]:
    """The ids of each event's actors and involved entities, for a one-paragraph document."""
    doc = parse_text("Notes\n\n" + body + "\n")
    return [set(e.actors) | set(e.involved) for e in extract_events(doc, "t")]


def _ids(text: str, alias: str) -> list[tuple[str, ...]]:
    return [m.ids for m in gazetteer().match(text) if m.alias == alias]


@pytest.mark.parametrize(
    ("text", "person", "state"),
    [
        ("2008年10月15日，颂猜总理在北京会见了温家宝总理。", "person:somchai", "TH"),
        ("2024年5月，总理赛塔访问东京，与日方举行会谈。", "person:srettha", "TH"),
        ("2023年7月10日、エルドアン大統領はビリニュスでスウェーデンの首相と会談した。", "person:erdogan", "TR"),
        ("2024年1月，米尔济约耶夫总统在北京会见了李强总理。", "person:mirziyoyev", "UZ"),
        ("2022年10月、トカエフ大統領はアスタナでプーチン大統領を迎えた。", "person:tokayev", "KZ"),
        ("2024年10月，佩通坦总理在老挝出席了东盟峰会。", "person:paetongtarn", "TH"),
    ],
)
def test_a_name_in_cjk_script_beside_a_title_names_the_person_and_state(text: str, person: str, state: str) -> None:
    found = _events(text)
    assert any({person, state} <= ids for ids in found), found


def test_the_term_check_keeps_a_title_only_when_the_date_fits() -> None:
    """`颂猜总理` in 2008 is Thailand's prime minister; the same words in 2019 name the man, not the office then."""
    in_term = _events("2008年11月，颂猜总理出席了区域论坛。")
    assert any("office:th-pm" in ids for ids in in_term)
    out_of_term = _events("2019年11月，颂猜总理出席了区域论坛。")
    assert out_of_term and all("office:th-pm" not in ids for ids in out_of_term)
    assert any("person:somchai" in ids for ids in out_of_term)  # the person stays, named as written


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        ("1998年，阿利耶夫总统访问安卡拉。", "person:heydar-aliyev", "person:ilham-aliyev"),
        ("2020年，阿利耶夫总统访问安卡拉。", "person:ilham-aliyev", "person:heydar-aliyev"),
        (
            "In 2015 President Berdimuhamedow received envoys in Ashgabat.",
            "person:gurbanguly-berdimuhamedow",
            "person:serdar-berdimuhamedow",
        ),
        (
            "2023年、ベルディムハメドフ大統領は外国の使節を迎えた。",
            "person:serdar-berdimuhamedow",
            "person:gurbanguly-berdimuhamedow",
        ),
    ],
)
def test_a_namesake_is_told_apart_by_the_term_held_on_the_date(text: str, kept: str, dropped: str) -> None:
    assert any({kept, dropped} <= set(m.ids) for m in gazetteer().match(text))  # one name, both people
    found = _events(text)
    assert any(kept in ids for ids in found), found
    assert all(dropped not in ids for ids in found)


@pytest.mark.parametrize(
    ("text", "not_named"),
    [
        ("On 4 March 2024 Anand Mahindra opened a plant in Pune.", "person:anand"),
        ("Farmers in Surin province harvested rice in November 2023.", "person:surin"),
        ("Abdul Ghani Baradar met envoys in Doha in 2021.", "person:ashraf-ghani"),
        ("Najib Mikati chaired a cabinet session in Beirut in 2022.", "person:najib"),
        ("2024年春，城里万象更新。", "LA"),
        ("2022年，他信任盟友的承诺。", "person:thaksin"),  # `他信` is also `he trusts`: only the full name is his
    ],
)
def test_a_family_name_that_is_also_a_given_name_or_a_place_names_no_one(text: str, not_named: str) -> None:
    assert not any(not_named in m.ids for m in gazetteer().match(text))


def test_titles_of_two_states_in_one_sentence_each_go_to_their_own() -> None:
    text = "2024年1月，米尔济约耶夫总统在北京会见了李强总理。"
    assert _ids(text, "总理") == [("office:cn-premier",)]
    ids = {m.ids[0] for m in gazetteer().match(text) if m.ids}
    assert {"person:mirziyoyev", "person:li-qiang"} <= ids
    japanese = "2023年7月、エルドアン大統領はクリステション首相と会談した。"
    assert _ids(japanese, "大統領") == [("office:tr-president",)]
    assert _ids(japanese, "首相") == [("office:se-pm",)]


def test_a_state_and_a_title_on_a_date_bring_in_the_holder_then() -> None:
    """The offices added for these states have holders with terms: `土耳其外长` in March 2024 is Hakan Fidan."""
    assert any("person:fidan" in ids for ids in _events("2024年3月，土耳其外长访问巴库。"))
    assert holders("office:tr-fm", "2019-05") == ["person:cavusoglu"]
    assert holders("office:ir-hos", "2022") == ["person:raisi"]
    assert holders("office:eg-fm", "2024-07") == ["person:shoukry", "person:abdelatty"]  # changed hands that month


@pytest.mark.parametrize(
    ("text", "alias", "state"),
    [
        ("2022年9月，他对乌兹别克斯坦进行国事访问。", "对乌兹别克斯坦", "UZ"),
        ("2017年，对乌拉圭的出口增长。", "对乌拉圭", "UY"),
        ("2023年，中方对乌克兰局势表示关切。", "对乌克兰", "UA"),
        ("2023年，他访乌并会见了官员。", "访乌", "UA"),
    ],
)
def test_a_compound_before_a_longer_name_is_that_name(text: str, alias: str, state: str) -> None:
    assert _ids(text, alias) == [(state,)]


def test_a_capital_of_a_newly_covered_state_names_it() -> None:
    found = _events("On 6 May 2024 the Japanese foreign minister held talks in Tashkent.")
    assert any({"JP", "UZ"} <= ids for ids in found)
    found = _events("2023年8月，印度外长抵达科伦坡。")
    assert any({"IN", "LK"} <= ids for ids in found)


def test_the_coverage_report_counts_people_per_state_and_script() -> None:
    from benchmarks.people_coverage import coverage

    table = coverage(2010, 2025)
    for state in ("UZ", "KZ", "AZ", "EG", "MX", "LK", "TH"):
        assert table[state]["people"], state
    assert table["TR"]["roles"]["foreign-minister"] >= {"person:cavusoglu", "person:fidan"}
    assert "person:fidan" in table["TR"]["scripts"]["ja"]
