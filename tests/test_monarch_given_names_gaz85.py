"""A monarch named by title and given name alone, without his numeral, read by the date and his term of office
(gaz85, issue 14; `allyscope/monarch_given_names.py`, discourse.json `monarch_given_names`): `King Abdullah`,
`阿卜杜拉國王`, `国王阿卜杜拉`, `アブドッラー国王` name the Abdullah who reigned on the act's date (Jordan's Abdullah II
from 1999, Saudi Arabia's Abdullah 2005–2015, Malaysia's Abdullah of Pahang 2019–2024); of several, the state the
sentence or the text names decides; none named leaves the title alone. `Emir Hamad` likewise (Qatar's Hamad bin
Khalifa, Bahrain's Hamad bin Isa). The sentences are written for these tests, about other hosts and acts than the
dev documents that showed the class (`press_en_uk_jordan_king_abdullah_downing_street`,
`presser_zhs_china_jordan_abdullah_strategic_partnership`, `academic_zht_jordan_saudi_arabia_monarchies`)."""

from __future__ import annotations

import pytest
from helpers import events_in_case, party_names
from hypothesis import given, settings
from hypothesis import strategies as st

ABDULLAHS = {"Abdullah II of Jordan", "Abdullah of Saudi Arabia", "Abdullah of Pahang"}


def _people(text: str, date: str, *sides: str) -> set[str]:
    found = [e for e in events_in_case(text, *sides) if e.date == date]
    assert found, [(e.date, e.evidence.text) for e in events_in_case(text, *sides)]
    return set().union(*(party_names(e) for e in found))


NAMED = [
    # only Jordan's king of that name reigned in 2017 (the Saudi Abdullah died in 2015; Malaysia's reigned from 2019)
    ("Chile\n\n9 May 2017\n\nOn 8 May 2017 King Abdullah opened a solar farm with the Chilean foreign "
     "minister.\n", "2017-05-08", ("CL", "JO"), "Abdullah II of Jordan"),
    # 2001: the Saudi Abdullah was crown prince then, no king; the title after the name, Simplified characters
    ("智利\n\n2001年5月9日\n\n2001年5月8日，阿卜杜拉国王同智利外长签署了一项水务协定。\n",
     "2001-05-08", ("CL", "JO"), "Abdullah II of Jordan"),
    # 2008: two kings Abdullah reigned; the sentence names Riyadh, so the Saudi one (title before the name)
    ("智利\n\n2008年5月9日\n\n2008年5月8日，國王阿卜杜拉在利雅得會見了智利外長。\n",
     "2008-05-08", ("CL", "SA"), "Abdullah of Saudi Arabia"),
    # 2021: Jordan's and Malaysia's kings were both Abdullah; the sentence names Kuala Lumpur
    ("Chile\n\n9 May 2021\n\nOn 8 May 2021 King Abdullah received the Chilean foreign minister in "
     "Kuala Lumpur.\n", "2021-05-08", ("CL", "MY"), "Abdullah of Pahang"),
    # Japanese, the given name without the numeral and the title after it; the text names Jordan elsewhere
    ("ヨルダンとチリ\n\n2018年5月9日\n\nヨルダンの国王はチリとの関係を重視している。2018年5月8日、アブドッラー国王はチリ外相と"
     "会談した。\n", "2018-05-08", ("CL", "JO"), "Abdullah II of Jordan"),
    # an emir: Qatar's and Bahrain's Hamad both reigned in 2010; the sentence names Doha
    ("Chile\n\n9 May 2010\n\nOn 8 May 2010 Emir Hamad received the Chilean foreign minister in Doha.\n",
     "2010-05-08", ("CL", "QA"), "Hamad bin Khalifa Al Thani"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "date", "sides", "person"), NAMED)
def test_a_monarchs_given_name_names_the_one_who_reigned_then(
    text: str, date: str, sides: tuple[str, str], person: str
) -> None:
    people = _people(text, date, *sides)
    assert person in people
    assert not (ABDULLAHS - {person}) & people


def test_two_reigning_and_no_state_named_name_no_one() -> None:
    text = (
        "Chile\n\n9 May 2010\n\nOn 8 May 2010 King Abdullah met the Chilean foreign minister at a conference in "
        "Geneva.\n"
    )
    assert not ABDULLAHS & _people(text, "2010-05-08", "CL", "CH")


def test_a_full_name_with_its_numeral_is_read_as_before() -> None:
    text = "Chile and Jordan\n\n9 May 2010\n\nOn 8 May 2010 King Abdullah II received the Chilean foreign minister.\n"
    people = _people(text, "2010-05-08", "CL", "JO")
    assert "Abdullah II of Jordan" in people and "Abdullah of Saudi Arabia" not in people


def test_a_name_that_goes_on_is_no_given_name_form() -> None:
    text = (
        "Chile and Saudi Arabia\n\n9 May 2010\n\nOn 8 May 2010 King Abdullah bin Abdulaziz received the Chilean "
        "foreign minister.\n"
    )
    people = _people(text, "2010-05-08", "CL", "SA")
    assert "Abdullah of Saudi Arabia" in people and "Abdullah II of Jordan" not in people


@settings(max_examples=12, deadline=None)
@given(st.sampled_from([2000, 2002, 2004, 2016, 2017, 2018]), st.sampled_from(["King Abdullah", "阿卜杜拉国王"]))
def test_any_year_of_one_reigning_abdullah_names_him(year: int, form: str) -> None:
    text = f"Chile\n\n9 May {year}\n\nOn 8 May {year} {form} signed a water accord with the Chilean foreign minister.\n"
    people = _people(text, f"{year}-05-08", "CL", "JO")
    assert "Abdullah II of Jordan" in people and not (ABDULLAHS - {"Abdullah II of Jordan"}) & people
