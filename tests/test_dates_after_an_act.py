"""A clause told after an act the text told before, with no date of its own (`After his talks with …`,
`Following the signing ceremony`, `署名式の後`, `签署仪式后`, `簽字儀式後`), takes that act's date, to the precision
the text gave it, and says so in its basis (`after-act`). Written in other words than the corpus documents."""

from __future__ import annotations

import pytest

from allyscope.dates import find_dates
from allyscope.dates.values import BASES, after_act_words, rules


def _read(text: str) -> list[tuple[str, str]]:
    return [(d.edtf, d.basis) for d in find_dates(text)]


def test_english_after_an_act_with_an_owner_takes_the_month_told_before() -> None:
    text = "In October 2018 Chile's defence minister visited Lima. "
    text += "After her talks with Walter Martos, she toured a shipyard."
    assert _read(text) == [("2018-10", "explicit"), ("2018-10", "after-act")]


def test_english_following_a_ceremony_takes_the_day_told_before() -> None:
    text = "The two ministers signed a protocol in Santiago on 12 March 2019. "
    text += "Following the signing ceremony, they took questions."
    assert _read(text) == [("2019-03-12", "explicit"), ("2019-03-12", "after-act")]


def test_japanese_after_a_ceremony() -> None:
    text = "2019年3月12日、両国の外相はサンティアゴで議定書に署名した。署名式の後、両外相は記者の質問に答えた。"
    assert _read(text)[-1] == ("2019-03-12", "after-act")


def test_simplified_chinese_after_a_welcome_ceremony_and_a_meeting() -> None:
    text = "2018年10月8日，两国国防部长在利马举行会晤。会晤后，双方出席欢迎仪式。欢迎仪式后，两位部长参观了海军基地。"
    assert [edtf for edtf, _ in _read(text)] == ["2018-10-08"] * 3
    assert [basis for _, basis in _read(text)][1:] == ["after-act", "after-act"]


def test_traditional_chinese_after_a_signing_takes_the_month() -> None:
    text = "2018年10月，智利國防部長訪問秘魯。簽字儀式後，兩國部長共同會見記者。"
    assert _read(text) == [("2018-10", "explicit"), ("2018-10", "after-act")]


def test_no_act_told_before_and_no_document_date_gives_no_date() -> None:
    assert _read("After the signing ceremony, the ministers took questions.") == []
    assert _read("署名式の後、両外相は記者の質問に答えた。") == []


def test_an_after_phrase_whose_object_is_no_act_is_no_date() -> None:
    """`after the storm` names no act: no date is read from it."""
    text = "The ministers met on 12 March 2019. After the storm, the ships left port."
    assert _read(text) == [("2019-03-12", "explicit")]


def test_the_basis_is_one_of_the_known_bases() -> None:
    assert "after-act" in BASES


@pytest.mark.parametrize("word", sorted(after_act_words()))
def test_every_act_with_every_after_word_is_read(word: str) -> None:
    """Each act of the data goes with each after-word (built from the parts), in every script it exists in."""
    if word.isascii():
        text = f"The ministers met on 12 March 2019. {word[0].upper()}{word[1:]}, they took questions."
    else:
        text = f"2019年3月12日，两国部长举行会谈。{word}，双方共同会见记者。"
    assert _read(text)[-1] == ("2019-03-12", "after-act")


def test_the_data_has_every_part() -> None:
    a = rules()["after_an_act"]
    assert a["after_en"] and a["owners_en"] and a["acts_en"] and a["acts_cjk"] and a["after_cjk"]
