"""A yearless date opening the sentence after a recall is told at the time the story resumes, not at the recalled
date (`allyscope/dates/reading.py` `_story_resumed`, `date_rules.json` `story_resumes`, issue 14, date83); and
`会谈前一天` is the day before the talks it names, not before the date told last (`named_act`, `day_words_cjk`).
Sentences written for these tests (Chile–Peru, Kenya–Norway, Uruguay–Vietnam, Poland–Portugal, Laos–Mongolia), not
the dev documents'."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.dates import Anchor, find_dates


def _found(text: str, document: Anchor | None = None) -> list[tuple[str, str]]:
    return [(d.text, d.edtf) for d in find_dates(text, document_date=document) if not d.document]


def test_a_day_opening_the_sentence_after_a_recall_in_the_same_sentence_is_of_the_visit() -> None:
    text = (
        "2019年11月2日\n\n应秘鲁外长邀请，智利外长于10月28日至29日对秘鲁进行正式访问，这是两国今年3月5日复交后"
        "智利外长首次到访。28日晚，秘鲁外长为他举行欢迎宴会。"
    )
    assert ("28日", "2019-10-28") in _found(text, Anchor(2019, 11, 2))


def test_a_month_and_day_after_an_aside_back_to_an_earlier_year_is_of_the_story() -> None:
    text = (
        "2023年11月20日\n\n烏拉圭總統本月中旬對越南進行國事訪問，距兩國2019年5月16日簽署合作協定已逾四年。"
        "11月14日上午，越南總理在河內會見他。"
    )
    assert ("11月14日", "2023-11-14") in _found(text, Anchor(2023, 11, 20))


def test_an_english_month_after_an_aside_back_to_an_earlier_year_is_of_the_story() -> None:
    text = (
        "OSLO, September 12, 2024 — Kenyan and Norwegian sailors ended a week of drills off Mombasa on Tuesday. "
        "It was the largest such drill since the two ministers signed a defence pact in March 2021. "
        "In September, two Norwegian officers trained Kenyan divers in Lamu."
    )
    assert ("September", "2024-09") in _found(text, Anchor(2024, 9, 12))


def test_the_day_before_the_named_talks_in_chinese() -> None:
    text = (
        "2024年4月10日\n\n老挝总理9日下午与蒙古总理举行会谈。2021年3月15日，两国曾签署文化合作协定。\n\n"
        "会谈前一天，蒙古总理参观了万象的一所学校。"
    )
    assert ("前一天", "2024-04-08") in _found(text)


def test_trap_a_month_other_than_the_story_s_is_the_history_told_on() -> None:
    # the recall goes on in the next sentence: December is not the story's May, so no resumption
    text = (
        "2024年5月10日\n\n老挝总理本月初访问蒙古，距两国1971年11月2日签署友好条约已逾半个世纪。12月，两国互派了大使。"
    )
    assert ("12月", "1971-12") in _found(text, Anchor(2024, 5, 10))


def test_trap_a_recall_told_on_in_an_earlier_month_than_the_story_s() -> None:
    # `双方回顾，…于2023年3月2日至3日…访问。3月2日，…`: the recall goes on, not the story of November 2024
    text = (
        "2024年11月18日，里约热内卢\n\n一、两国总理今天举行会晤。\n\n二、双方回顾，智利总统于2023年3月2日至3日"
        "对秘鲁进行正式访问。3月2日，两国总统在利马举行会谈。"
    )
    assert ("3月2日", "2023-03-02") in _found(text, Anchor(2024, 11, 18))


def test_trap_a_recall_that_is_a_step_of_the_story_anchors_what_follows() -> None:
    # the date opens its own sentence: no aside, the story goes on from it
    text = "2024年5月10日\n\n2019年9月21日，两国签署建交公报。10月9日，两国元首在北京会见。"
    assert ("10月9日", "2019-10-09") in _found(text)


def test_trap_the_day_before_with_no_act_named_counts_from_the_date_told_last() -> None:
    text = (
        "2024年4月10日\n\n老挝总理9日下午与蒙古总理举行会谈。2021年3月15日，两国曾签署文化合作协定。"
        "前一天，双方互换了照会。"
    )
    assert ("前一天", "2021-03-14") in _found(text)


@settings(max_examples=30, deadline=None)
@given(
    story_year=st.integers(min_value=2001, max_value=2030),
    back=st.integers(min_value=1, max_value=40),
    story_month=st.integers(min_value=1, max_value=12),
    day=st.integers(min_value=1, max_value=27),
)
def test_any_day_of_the_story_s_month_after_an_aside_takes_the_story_s_year(
    story_year: int, back: int, story_month: int, day: int
) -> None:
    month = story_month
    recalled = story_year - back
    text = (
        f"{story_year}年{story_month}月28日\n\n智利总统本月初访问秘鲁，距两国{recalled}年6月9日签署协定已有多年。"
        f"{month}月{day}日，秘鲁总统在利马会见他。"
    )
    found = _found(text, Anchor(story_year, story_month, 28))
    assert (f"{month}月{day}日", f"{story_year:04d}-{month:02d}-{day:02d}") in found


@settings(max_examples=30, deadline=None)
@given(talks_day=st.integers(min_value=2, max_value=28), recalled_year=st.integers(min_value=1990, max_value=2022))
def test_the_day_before_any_named_talks_counts_from_the_talks(talks_day: int, recalled_year: int) -> None:
    text = (
        f"2024年6月28日\n\n乌拉圭外长{talks_day}日与越南外长举行会谈。{recalled_year}年3月5日，两国曾签署协定。\n\n"
        "会谈前一天，乌拉圭外长参观了一家工厂。"
    )
    assert ("前一天", f"2024-06-{talks_day - 1:02d}") in _found(text)


def test_the_rule_s_words_are_data_with_their_reason() -> None:
    from allyscope.dates.values import rules

    entry = rules()["story_resumes"]
    assert entry["about"].strip()
    assert entry["month_leads_en"] and all(w == w.lower().strip() and w for w in entry["month_leads_en"])
    assert {"前一天", "前一日"} <= set(rules()["counted_after_an_act"]["day_words_cjk"])
