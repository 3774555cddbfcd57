"""Japan's emperor and empress as offices (gaz86, issue 14: the gazetteer filled by classes; the start's gap listing
held Naruhito, Empress Masako and Akihito in two dev documents of two sessions, and `天皇陛下` is named in five more).
The offices in the four scripts (`天皇`, `天皇陛下`, `日本天皇`, `Emperor of Japan`; `皇后`, `皇后陛下`, `日本皇后`) and
every holder since 1940, the data's first year (Hirohito's reign from 1926 is held from then, marked
approximate) — Hirohito, Akihito (to 30 April 2019), Naruhito (from 1 May 2019); Empress Kōjun, Empress
Michiko, Empress Masako — each day held by one, so a bare title is the holder on the act's date. A past emperor named
by his era (`昭和天皇`) is that person whatever the date; a title inside a compound that names a day, a trophy or a
system (`天皇誕生日`, `天皇杯`, `天皇制`) is no one (gazetteer.json 'blocked'). Sources: the Imperial Household
Agency's chronology, the accession and abdication dates of 7 January 1989, 30 April and 1 May 2019."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from helpers import events_in_case, office_holder_terms
from hypothesis import given
from hypothesis import strategies as st

from allyscope.entities import gazetteer, holders


@pytest.mark.parametrize("office", ["office:jp-emperor", "office:jp-empress"])
def test_every_day_since_1940_has_one_holder(office: str) -> None:
    terms = [(date.fromisoformat(a), date.fromisoformat(b), p) for a, b, p, _ in office_holder_terms(office)]
    day = date(1940, 1, 1)  # the data begins in 1940: Hirohito's and Kōjun's terms (from 1926) start there
    while day < date(2025, 12, 31):
        held = {p for a, b, p in terms if a <= day < b}
        assert len(held) == 1, (office, day, held)
        day += timedelta(days=30)


@given(st.dates(min_value=date(1940, 1, 1), max_value=date(2025, 12, 31)))
def test_any_day_names_one_emperor_and_one_empress(day: date) -> None:
    assert len(holders("office:jp-emperor", day.isoformat())) == 1
    assert len(holders("office:jp-empress", day.isoformat())) == 1


@pytest.mark.parametrize(
    ("day", "emperor", "empress"),
    [
        ("1971-10-08", "person:hirohito", "person:empress-kojun"),
        ("1989-01-07", "person:akihito", "person:empress-michiko"),
        ("2019-04-30", "person:akihito", "person:empress-michiko"),
        ("2019-05-01", "person:naruhito", "person:empress-masako"),
        ("2024-06-25", "person:naruhito", "person:empress-masako"),
    ],
)
def test_the_couple_of_a_day(day: str, emperor: str, empress: str) -> None:
    assert holders("office:jp-emperor", day) == [emperor]
    assert holders("office:jp-empress", day) == [empress]


@pytest.mark.parametrize(
    ("text", "ident"),
    [
        ("天皇陛下", "office:jp-emperor"),
        ("日本天皇", "office:jp-emperor"),
        ("Emperor of Japan", "office:jp-emperor"),
        ("皇后陛下", "office:jp-empress"),
        ("日本皇后", "office:jp-empress"),
        ("昭和天皇", "person:hirohito"),
        ("明仁天皇", "person:akihito"),
        ("上皇陛下", "person:akihito"),
        ("德仁天皇", "person:naruhito"),
        ("Emperor Naruhito", "person:naruhito"),
        ("香淳皇后", "person:empress-kojun"),
        ("美智子皇后", "person:empress-michiko"),
        ("雅子皇后", "person:empress-masako"),
        ("威廉－亞歷山大", "person:willem-alexander"),
    ],
)
def test_the_offices_and_the_names_in_each_script(text: str, ident: str) -> None:
    assert [m.ids for m in gazetteer().match(text)] == [(ident,)]


@pytest.mark.parametrize(
    "text", ["天皇誕生日の一般参賀", "サッカー天皇杯の決勝", "天皇賞（秋）", "戦前の天皇制", "皇后杯の決勝"]
)
def test_a_compound_naming_a_day_or_a_trophy_names_no_one(text: str) -> None:
    assert not any(i.startswith(("office:jp-", "person:")) for m in gazetteer().match(text) for i in m.ids)


def _parties(text: str, *sides: str) -> list[set[str]]:
    return [set(e.actors) | set(e.involved) for e in events_in_case(text, *sides)]


def test_the_couple_received_by_a_host_abroad_are_the_holders_of_that_year() -> None:
    text = (
        "報道発表\n\n令和7年1月10日\n\n2005年5月12日，天皇皇后両陛下はノルウェーを公式訪問され，"
        "ハーラル国王と会見されました。\n"
    )
    found = _parties(text, "JP", "NO")
    assert any({"person:akihito", "person:empress-michiko", "JP", "NO"} <= ids for ids in found), found


def test_the_same_words_in_the_reign_that_followed_name_the_next_couple() -> None:
    text = "報道発表\n\n令和7年1月10日\n\n2023年6月19日，天皇皇后両陛下はジャカルタでジョコ大統領と会見されました。\n"
    found = _parties(text, "JP", "ID")
    assert any({"person:naruhito", "person:empress-masako"} <= ids for ids in found), found
    assert not any("person:akihito" in ids for ids in found), found


def test_an_emperor_named_by_his_era_is_himself_whatever_the_documents_date() -> None:
    text = "日丹關係\n\n2024年3月1日\n\n1971年9月，昭和天皇訪問丹麥，會見瑪格麗特二世女王。\n"
    found = _parties(text, "JP", "DK")
    assert any("person:hirohito" in ids for ids in found), found
    assert not any("person:naruhito" in ids for ids in found), found


def test_a_birthday_reception_is_no_act_of_the_emperor() -> None:
    text = "報道発表\n\n令和7年1月10日\n\n2024年2月23日，天皇誕生日の祝賀行事に各国大使が出席した。\n"
    assert not any("person:naruhito" in ids for ids in _parties(text, "JP", "VN"))
