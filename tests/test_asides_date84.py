"""Dates a sentence tells beside its own time (issue 14, date84; `allyscope/dates/asides.py`, `date_rules.json`
`bracketed_asides` and `story_year.anniversary_before_cjk`): `同年` or a yearless date after a bracketed aside counts
from the date told before the bracket, and an anniversary standing before the year that opens a sentence names the
sentence's year for the yearless dates after it. Sentences written for these tests (Chile–Uruguay, Estonia–Korea,
Ghana–Japan, Cuba–Vietnam, Norway–Thailand), not the dev documents'."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.dates import Anchor, find_dates
from allyscope.event_date_choice import refined_dates

RULES = Path(__file__).resolve().parents[1] / "allyscope" / "data" / "date_rules.json"


def _found(text: str, document: Anchor | None = None) -> list[tuple[str, str]]:
    return [(d.text, d.edtf) for d in find_dates(text, document_date=document) if not d.document]


def test_same_year_after_a_bracketed_aside_in_zh_hans_is_of_the_sentence_before() -> None:
    text = (
        "智利外长在2015年3月就任后首次出访亚洲（她早在2006年便出任过驻乌拉圭大使）。"
        "同年8月4日，两国签署渔业合作协定。"
    )
    assert ("同年8月4日", "2015-08-04") in _found(text, Anchor(2024, 1, 1))


def test_same_year_after_a_bracket_in_the_same_sentence_in_zh_hant() -> None:
    text = (
        "愛沙尼亞總理2018年5月改組內閣（前任總理此後在野多年，直到2023年4月才重回政壇），"
        "同年兩國簽署了數位合作備忘錄。"
    )
    assert ("同年", "2018") in _found(text, Anchor(2024, 6, 1))


def test_same_month_and_a_bare_day_after_a_bracketed_period() -> None:
    text = (
        "2017年9月，迦納加入該論壇（該論壇原有十國，其中六國為1990年以後獨立的國家）。"
        "同月，日本外相訪問阿克拉，5日與迦納外長會談。"
    )
    found = _found(text, Anchor(2024, 1, 1))
    assert ("同月", "2017-09") in found
    assert ("5日", "2017-09-05") in found


def test_an_anniversary_before_the_year_in_japanese_gives_the_day_its_year() -> None:
    text = "国交樹立60周年に当たる2018年には、3月12日に外務副大臣がハバナでキューバ外相と会談した。"
    assert ("3月12日", "2018-03-12") in _found(text, Anchor(2023, 9, 1))


def test_an_anniversary_before_the_year_and_its_month_joined_by_no() -> None:
    text = "友好50周年にあたる2017年の11月には、ベトナムの国家主席が来日し、首脳会談を行った。"
    assert ("11月", "2017-11") in _found(text, Anchor(2024, 2, 1))


def test_an_anniversary_before_the_year_in_chinese_gives_the_range_its_year() -> None:
    text = "在两国建交70周年的2020年，挪威首相于3月2日至4日访问泰国。"
    assert ("3月2日至4日", "2020-03-02/2020-03-04") in _found(text, Anchor(2021, 5, 1))


def test_trap_a_gloss_of_the_date_in_brackets_is_no_aside() -> None:
    # the bracket holds the date told again in another era: `同年` is of that year either way
    text = "2019年（令和元年）4月、両国はアクラで協議した。同年5月、外相が会談した。"
    assert ("同年5月", "2019-05") in _found(text, Anchor(2024, 1, 1))


def test_trap_a_bracket_with_no_date_before_it_in_its_sentence() -> None:
    # the bracket opens a sentence that told no date before it: its date is the sentence's own time
    text = "兩國關係穩定發展。（2016年9月，兩國外長在紐約會晤。）同年10月，兩國簽署協定。"
    assert ("同年10月", "2016-10") in _found(text, Anchor(2024, 1, 1))


def test_trap_a_year_before_the_anniversary_is_the_anniversary_s() -> None:
    # `2019年の…80周年に向けて`: the year the anniversary falls in, not the sentence's time
    text = "両外相は2019年の外交関係樹立80周年に向けて交流を進めることで一致した。6月21日に補佐官が来日した。"
    assert ("6月21日", "2023-06-21") in _found(text, Anchor(2023, 9, 1))


def test_trap_an_anniversary_deep_in_a_sentence_sets_no_time() -> None:
    # the year stands after a subject and a comma, not at the sentence's opening
    text = "首相は、修好120周年に当たる2019年には6月21日に会談したと述べた。"
    assert ("6月21日", "2023-06-21") in _found(text, Anchor(2023, 9, 1))


@settings(max_examples=40, deadline=None)
@given(
    st.integers(min_value=1995, max_value=2024),
    st.integers(min_value=1960, max_value=2030),
    st.integers(min_value=1, max_value=12),
    st.integers(min_value=1, max_value=28),
)
def test_same_year_after_any_bracketed_aside_keeps_the_sentence_s_year(
    year: int, aside_year: int, month: int, day: int
) -> None:
    text = (
        f"{year}年{month}月，两国外长在首都会谈（其中一位外长早在{aside_year}年便出任过大使）。"
        f"同年{month}月{day}日，两国签署协定。"
    )
    assert (f"同年{month}月{day}日", f"{year:04d}-{month:02d}-{day:02d}") in _found(text, Anchor(2025, 12, 31))


@settings(max_examples=40, deadline=None)
@given(
    st.integers(min_value=10, max_value=150),
    st.integers(min_value=1990, max_value=2024),
    st.integers(min_value=1, max_value=12),
    st.integers(min_value=1, max_value=28),
)
def test_any_anniversary_before_an_opening_year_dates_the_day_after_it(
    count: int, year: int, month: int, day: int
) -> None:
    text = f"外交関係樹立{count}周年に当たる{year}年には、{month}月{day}日に両国の外相が会談した。"
    assert (f"{month}月{day}日", f"{year:04d}-{month:02d}-{day:02d}") in _found(text, Anchor(2025, 12, 31))


def test_the_rules_data_has_its_schema() -> None:
    rules = json.loads(RULES.read_text("utf-8"))
    asides = rules["bracketed_asides"]
    assert asides["about"] and int(asides["min_words"]) > 0 and int(asides["max_before"]) > 0
    assert all(isinstance(word, str) and word for word in asides["glosses"])
    before = rules["story_year"]["anniversary_before_cjk"]
    assert set(before["words"]) == {"周年", "週年"}
    assert all(isinstance(word, str) and word for word in before["links"] + before["prepositions"])
    assert rules["story_year"]["month_links_cjk"] == ["の"]


def _refined(sentence: str, dates: list[tuple[str, str]]) -> set[int]:
    spans = [(sentence.index(text), sentence.index(text) + len(text)) for text, _ in dates]
    return refined_dates(sentence, spans, [value for _, value in dates])


def test_a_year_with_a_topic_particle_refined_by_the_day_after_it_is_one_date() -> None:
    sentence = "2015年には、3月12日にキューバの外相が来日し、首脳会談を行った。"
    assert _refined(sentence, [("2015年", "2015"), ("3月12日", "2015-03-12")]) == {0}


def test_a_year_joined_by_no_to_its_month_is_one_date() -> None:
    sentence = "2017年の11月には、国家主席が来日した。"
    assert _refined(sentence, [("2017年", "2017"), ("11月", "2017-11")]) == {0}


def test_trap_a_subject_between_the_year_and_the_day_keeps_both() -> None:
    # a clause of its own stands between them: the year dates the first act, the day the second
    sentence = "2015年には両国が協定に署名し、3月12日に外相が会談した。"
    assert _refined(sentence, [("2015年", "2015"), ("3月12日", "2015-03-12")]) == set()


def test_trap_a_day_of_another_year_refines_nothing() -> None:
    sentence = "2015年には、2016年3月12日に発効する協定に署名した。"
    assert _refined(sentence, [("2015年", "2015"), ("2016年3月12日", "2016-03-12")]) == set()


@settings(max_examples=40, deadline=None)
@given(
    st.integers(min_value=1990, max_value=2030),
    st.integers(min_value=1, max_value=12),
    st.integers(min_value=1, max_value=28),
    st.sampled_from(["には、", "に、", "は、", "、", "，"]),
)
def test_any_year_and_particle_before_its_own_day_is_refined(year: int, month: int, day: int, link: str) -> None:
    sentence = f"{year}年{link}{month}月{day}日に両国の外相が会談した。"
    value = f"{year:04d}-{month:02d}-{day:02d}"
    assert _refined(sentence, [(f"{year}年", str(year)), (f"{month}月{day}日", value)]) == {0}
