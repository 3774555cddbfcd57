"""Which date an act takes (issue 14, date90): a bare day under an occasion phrase passes over a recalled occasion
told last (`当時の…訪日し`, `这是继…访华之后`, `曾…訪問`) for the story's own, and a bare day left unread after a
year alone takes the occasion's month; a date inside a relative clause on the subject of a verb of saying tells an
act again, and the speech takes no act's date. Sentences of our own, other words than the dev documents, with
traps."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import allyscope
from allyscope.event_clauses import told_again_before_speech
from allyscope.scripts import fold


def _staged(text: str) -> list[tuple[str, str]]:
    """(text, EDTF) of the dates the whole dates stage reads (occasions included), those that may date an act."""
    return [(m.text, m.edtf) for m in allyscope.extract(text).dates if m.dates_event]


def _dates(text: str) -> list[str]:
    return [str(e.date) for e in allyscope.extract(text).events]


# a recalled occasion told last before an occasion phrase


def test_a_recalled_visit_told_last_is_passed_over_for_the_storys_visit() -> None:
    ja = (
        "2023年5月、同国の外相が来日した。2015年3月には、当時の首相が訪日し、首脳会談を行っている。"
        "訪日期間中、外相は11日に防衛相と会談した。"
    )
    assert ("11日", "2023-05-11") in _staged(ja)
    zh = (
        "2016年10月，该国总理来华出席论坛。这是继1998年该国总统访华之后的又一次高层访问。访问期间，双方于14日签署协定。"
    )
    assert any(edtf == "2016-10-14" for _, edtf in _staged(zh))
    zht = "外長本月3日抵達首都訪問。對方總統曾於2010年5月訪問我國；翌年5月，我國元首回訪。訪問期間，雙方於8日簽署協定。"
    dated = _staged("2019年6月20日\n\n" + zht)
    assert any(edtf == "2019-06-08" for _, edtf in dated)


def test_trap_a_visit_told_last_with_no_mark_of_a_recall_stays_the_occasion() -> None:
    # a chronology told forward: the visit told last is the occasion, whatever came before it
    text = "2012年4月，该国总理访华。2014年9月，该国总统访华。访问期间，双方于16日签署备忘录。"
    assert any(edtf == "2014-09-16" for _, edtf in _staged(text))
    # a mark of the past but no later date told before it: a chronology's entry, not a recall
    plain = "2014年9月，该国总统曾访问中国。访问期间，双方于16日签署备忘录。"
    assert any(edtf == "2014-09-16" for _, edtf in _staged(plain))


def test_a_bare_day_left_unread_after_a_year_alone_takes_the_occasions_month() -> None:
    zht = "2018年3月，總理前往東京。兩國早在1995年即簽署條約。訪問期間，兩國總理於9日舉行會談。"
    assert ("9日", "2018-03-09") in _staged(zht) or ("於9日", "2018-03-09") in _staged(zht)
    assert "2018-03-09" in _dates(zht)


def test_trap_a_bare_day_after_a_year_alone_without_an_occasion_is_no_guess() -> None:
    # no occasion phrase: the month is not guessed from a year alone
    text = "两国1995年签署条约。9日，两国总理举行会谈。"
    assert not any(edtf.endswith("-09") and len(edtf) == 10 for _, edtf in _staged(text))
    # a count of days is no day
    days = "2018年3月，總理前往東京。兩國早在1995年即簽署條約。訪問期間，總理停留3日間。"
    assert not any(edtf == "2018-03-03" for _, edtf in _staged(days))


@given(st.integers(2010, 2024), st.integers(1, 12), st.integers(1980, 2005), st.integers(1, 12), st.integers(1, 28))
def test_any_recalled_visit_is_passed_over(year: int, month: int, old: int, old_month: int, day: int) -> None:
    text = (
        f"{year}年{month}月、同国大統領が来日した。{old}年{old_month}月には、当時の首相が訪日している。"
        f"訪日期間中、大統領は{day}日に首相と会談した。"
    )
    assert (f"{day}日", f"{year}-{month:02d}-{day:02d}") in _staged(text)


# a date inside a relative clause on the subject of a verb of saying


def _before_speech(sentence: str, date: str) -> bool:
    folded = fold(sentence)
    at = folded.index(fold(date))
    return told_again_before_speech(folded, at, at + len(fold(date)))


def test_a_date_in_a_relative_clause_before_a_verb_of_saying() -> None:
    assert _before_speech(
        "Ms Ortiz, who signed the accord with Mr Lee in Lima on 4 May, said the text was fair.", "4 May"
    )
    assert _before_speech("11日に外相と会談した同国首相は、両国の協力に期待を示した。", "11日")
    assert _before_speech("9日会见外长的该国总统表示，愿深化合作。", "9日")


def test_trap_an_act_of_its_own_with_a_relative_clause_is_no_telling_again() -> None:
    # the main verb is an act, not a saying
    assert not _before_speech("Ms Ortiz, who arrived in Lima on 4 May, signed the accord with Mr Lee.", "4 May")
    assert not _before_speech("11日に来日した同国首相は、首相官邸で首脳会談を行った。", "11日")
    # the date dates the saying itself
    assert not _before_speech("Ms Ortiz said on 4 May that the accord was fair.", "4 May")
    assert not _before_speech("9日，该国总统表示，愿深化合作。", "9日")


def test_the_told_again_speech_is_no_second_event() -> None:
    text = (
        "2024年5月\n\n5月11日，甲国首相在东京与日本首相举行会谈。"
        "11日与日本首相举行会谈的甲国首相表示，两国关系处于最好时期。"
    )
    assert _dates(text).count("2024-05-11") == 1
    en = (
        "On 4 May 2023 Ms Ortiz signed the fisheries accord with Japan's minister in Lima. "
        "Ms Ortiz, who signed the accord with Japan's minister in Lima on 4 May, said the text was fair."
    )
    assert _dates(en).count("2023-05-04") == 1


@given(
    st.sampled_from(["held talks with", "met", "signed the accord with", "received"]),
    st.sampled_from(["said", "stated", "told reporters", "added"]),
    st.integers(1, 28),
)
def test_any_told_again_clause_before_a_verb_of_saying(act: str, said: str, day: int) -> None:
    sentence = f"The minister, who {act} her counterpart in Quito on {day} June, {said} that the visit went well."
    assert _before_speech(sentence, f"{day} June")


# two acts joined in one piece


def test_a_meeting_joined_to_an_attendance_is_an_act_of_its_own() -> None:
    text = "标题\n\n2021年3月8日至9日，该国外长赴上海出席地区论坛部长会议，并与中国外长举行双边会见。"
    assert _dates(text).count("2021-03-08/2021-03-09") == 2


def test_trap_one_text_signed_and_issued_stays_one_act() -> None:
    text = "标题\n\n2021年3月8日，两国外长签署并发表联合声明。"
    assert _dates(text).count("2021-03-08") == 1
