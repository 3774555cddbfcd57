"""A same-day word counted from the story's day after a date told as an aside (issue 14, dates; branch date82).

`王毅表示，…2023年5月6日第五次对话在伊斯兰堡举行…。` then `三方当天同意…` (a release of 21 May 2025),
and `2014年5月26日，谢里夫曾出席…就职典礼；…` then `当天闭幕的…峰会…` (a story of 10 July 2015):
the date that went back to a year before the story's day was told as an aside (deep in a sentence that opened with
other words, a reported speech or a subject, or with `曾`, a past experience, after it), and the same-day word
opening the next paragraph tells of the story's day, as after a date in a modifier (`reading._told_aside`,
`date_rules.json` `aside_days`). Written in other words and of other states; traps: a date opening its own
sentence is a step of the story, a same-day word in the aside's own paragraph stays with the aside, a date after
the story's day is no aside."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from allyscope.dates import read_dates
from allyscope.dates.values import Anchor


def _last_of(paragraphs: list[str], document: tuple[int, int, int]) -> tuple[str, str]:
    """The last date read in the last paragraph, each paragraph read after the ones before as the stage reads them."""
    anchor = Anchor(*document)
    previous = previous_edtf = story = None
    for text in paragraphs:
        reading = read_dates(text, None, anchor, previous, previous_edtf, None, None, None, story)
        previous, previous_edtf, story = reading.last, reading.last_edtf, reading.story
    last = reading.mentions[-1]
    return last.text, last.edtf


def test_a_same_day_word_after_a_reported_speech_zh_hans() -> None:
    paragraphs = [
        "2024年3月5日，外交部长在雅加达同印度尼西亚外长举行会谈。",
        "他表示，两国首轮战略对话于2019年6月2日在北京举行，2022年11月8日第三轮对话在巴厘岛举行。",
        "双方当天还签署了海上合作谅解备忘录。",
    ]
    assert _last_of(paragraphs, (2024, 3, 5)) == ("当天", "2024-03-05")


def test_a_same_day_word_after_a_past_experience_zh_hant() -> None:
    paragraphs = [
        "越南總理8日在河內同寮國總理舉行會談。2019年4月12日，寮國總理曾赴河內出席兩國合作委員會會議。",
        "當天，兩國還簽署了鐵路合作協定。",
    ]
    assert _last_of(paragraphs, (2023, 11, 9)) == ("當天", "2023-11-08")


def test_a_same_day_word_after_an_aside_ja() -> None:
    paragraphs = [
        "外務大臣は2024年7月15日、来日中のペルー外相と会談した。",
        "会談で外相は、両国が2019年に開いた初の外相戦略対話に言及した。",
        "同日、両外相は技術協力協定に署名した。",
    ]
    assert _last_of(paragraphs, (2024, 7, 16)) == ("同日", "2024-07-15")


def test_trap_a_date_opening_its_own_sentence_is_a_step_of_the_story() -> None:
    paragraphs = [
        "越南總理8日在河內同寮國總理舉行會談。2019年4月12日，寮國總理訪問河內。",
        "當天，兩國簽署了電力合作協定。",
    ]
    assert _last_of(paragraphs, (2023, 11, 9)) == ("當天", "2019-04-12")


def test_trap_a_same_day_word_in_the_asides_paragraph_stays_with_it() -> None:
    paragraphs = [
        "2024年3月5日，外交部长在雅加达同印度尼西亚外长举行会谈。",
        "他表示，两国于2019年6月2日签署了海上合作协定。当天，两国海军还在泗水举行了联合演练。",
    ]
    assert _last_of(paragraphs, (2024, 3, 5)) == ("当天", "2019-06-02")


def test_trap_a_date_after_the_story_day_is_no_aside() -> None:
    paragraphs = [
        "2024年3月5日，外交部长在雅加达同印度尼西亚外长举行会谈。",
        "他说，两国国防部长3月7日将在万隆举行会谈。",
        "当天，双方还将签署防务合作协定。",
    ]
    assert _last_of(paragraphs, (2024, 3, 5)) == ("当天", "2024-03-07")


@given(
    day=st.integers(10, 28),
    year=st.integers(1990, 2020),
    subject=st.sampled_from(["他表示，两国首轮对话于", "外长回顾说，双方于", "王外长指出，首届论坛于"]),
)
def test_any_earlier_date_deep_in_a_sentence_leaves_the_story_day(day: int, year: int, subject: str) -> None:
    paragraphs = [
        f"2024年5月{day}日，外交部长在北京同来访的外长举行会谈。",
        f"{subject}{year}年4月3日在上海举行。",
        "双方当天还签署了合作文件。",
    ]
    assert _last_of(paragraphs, (2024, 5, day)) == ("当天", f"2024-05-{day:02d}")


@given(day=st.integers(10, 28), year=st.integers(1990, 2020))
def test_any_earlier_date_opening_its_sentence_is_counted_from(day: int, year: int) -> None:
    paragraphs = [
        f"2024年5月{day}日，外交部长在北京同来访的外长举行会谈。{year}年4月3日，两国在上海签署合作协定。",
        "当天，两国还发表了联合公报。",
    ]
    assert _last_of(paragraphs, (2024, 5, day)) == ("当天", f"{year}-04-03")
