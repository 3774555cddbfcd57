"""What followed on the day just dated (issue 14 class 5, Assembly; branch rec73).

A sentence with no date of its own that opens with a word of what came next and a comma (`その後、…`, `随后，…`,
`Afterwards, …`; in Chinese the subject may follow with no comma, `隨後兩國外長…`), right after a sentence that dated
an act to a day in the same paragraph, tells a further act of that day (data `event_clauses.json`
`sequence_sequel`), as a part of the day does (`day_part_sequel`, rec72). After a month or a year the word names a
later time the text does not give, so the sentence takes no date; a noun's modifier (`その後の協議`, `随后的会谈`) and
a word of an earlier time after the word open none. Each test is written for its pattern, with other pairs, verbs
and scripts than the dev documents that showed the miss (a Japanese press release, a Chinese briefing and a
Traditional-script release, rec73's first look)."""

from __future__ import annotations

from pathlib import Path

from helpers import asserted_dates_of
from hypothesis import given
from hypothesis import strategies as st

from allyscope.event_clauses import rules, sequence_opening
from allyscope.scripts import fold


def test_a_japanese_sentence_opened_by_then_after_a_dated_day_takes_that_day(tmp_path: Path) -> None:
    text = (
        "報道発表\n\n"
        "2022年10月6日、フィンランド大統領はタリンでエストニア首相と会談した。"
        "その後、大統領はエストニア議会の議長と懇談した。\n"
    )
    assert asserted_dates_of(tmp_path, text, "議長と懇談") == ["2022-10-06"]


def test_a_chinese_sentence_opened_by_then_takes_that_day_with_or_without_a_comma(tmp_path: Path) -> None:
    simplified = (
        "新闻稿\n\n2022年10月6日，芬兰总统在塔林同爱沙尼亚总理举行会谈。随后，两国外长签署了海上搜救合作协定。\n"
    )
    assert asserted_dates_of(tmp_path, simplified, "海上搜救合作协定") == ["2022-10-06"]
    traditional = (
        "新聞稿\n\n2022年10月6日，芬蘭總統在塔林同愛沙尼亞總理舉行會談。隨後兩國外長簽署了海上搜救合作協定。\n"
    )
    assert asserted_dates_of(tmp_path, traditional, "海上搜救合作協定") == ["2022-10-06"]


def test_an_english_sentence_opened_by_afterwards_takes_that_day(tmp_path: Path) -> None:
    text = (
        "Release\n\n"
        "The Finnish president held talks with the Estonian prime minister in Tallinn on 6 October 2022. "
        "Afterwards, the two foreign ministers signed an agreement on maritime search and rescue.\n"
    )
    assert asserted_dates_of(tmp_path, text, "maritime search and rescue") == ["2022-10-06"]


def test_then_after_a_month_or_before_a_plan_dates_no_act(tmp_path: Path) -> None:
    month = "新闻稿\n\n芬兰总统于2022年10月访问爱沙尼亚。随后，两国外长签署了海上搜救合作协定。\n"
    assert asserted_dates_of(tmp_path, month, "海上搜救合作协定") == []  # a month: the later time is not given
    planned = (
        "報道発表\n\n"
        "2022年10月6日、フィンランド大統領はタリンでエストニア首相と会談した。"
        "その後、両国の外相が海上捜索救助協定に署名する予定である。\n"
    )
    assert asserted_dates_of(tmp_path, planned, "海上捜索救助協定") == []  # told as to come


def test_then_opens_only_before_a_comma_or_a_chinese_subject() -> None:
    assert sequence_opening(fold("その後の協議は続いた。")) is None  # a noun's modifier
    assert sequence_opening(fold("随后的会谈持续了两小时。")) is None
    assert sequence_opening(fold("随后，此前已经签署的协定生效。")) is None  # `此前`: before the occasion
    assert sequence_opening(fold("The ministers met afterwards.")) is None  # not at the opening
    assert sequence_opening(fold("Afterwards, they signed.")) == (0, len("afterwards"))
    assert sequence_opening(fold("隨後兩國外長簽署了協定。")) == (0, 2)


_WORDS = st.sampled_from(rules()["sequence_sequel"]["words"])


@given(_WORDS, st.sampled_from(["，", "、", ", ", ","]), st.sampled_from(["两国外长签署了协定。", "they met."]))
def test_every_word_of_what_came_next_opens_a_sentence_before_a_comma(word: str, comma: str, rest: str) -> None:
    sentence = fold(f"{word}{comma}{rest}")
    span = sequence_opening(sentence)
    assert span is not None and sentence[span[0] : span[1]] == fold(word)


@given(st.text(max_size=80))
def test_the_opening_is_a_span_of_the_sentence_or_none(text: str) -> None:
    span = sequence_opening(fold(text))
    assert span is None or 0 <= span[0] < span[1] <= len(fold(text))
