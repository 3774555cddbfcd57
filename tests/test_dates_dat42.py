"""Dates of events told after a story's year (dat42): a year alone that opens its sentence as its time is the
year of the yearless days after it in its paragraph (`story_year` in `date_rules.json`), a year inside a clause is
background. Sentences written for these tests (Peru–Ecuador, Kenya–Ethiopia, Portugal–Brazil, Nepal–Bangladesh)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.dates import Anchor, find_dates, read_dates
from allyscope.extraction import extract_json

_SPRING_2026 = Anchor(2026, 2, 10)


def _found(text: str, document: Anchor | None = _SPRING_2026) -> list[tuple[str, str]]:
    return [(d.text, d.edtf) for d in find_dates(text, document_date=document) if not d.document]


def test_an_english_year_opening_the_sentence_dates_the_day_after_it() -> None:
    text = "In 2017 Lima and Quito revised their border accord; on 12 March the commission met in Tumbes."
    assert ("12 March", "2017-03-12") in _found(text)


def test_a_year_opening_the_next_sentence_of_the_paragraph_still_anchors() -> None:
    text = "During 2019, Nairobi hosted two rounds of talks. On 4 June the defence chiefs signed a protocol."
    assert ("4 June", "2019-06-04") in _found(text)


def test_a_chinese_year_with_a_comma_sets_its_sentence() -> None:
    text = "2018年，尼泊尔总理访问达卡。他5月11日抵达，次日与孟加拉国总理会谈。"
    found = _found(text)
    assert ("5月11日", "2018-05-11") in found
    assert ("次日", "2018-05-12") in found


def test_a_japanese_year_with_a_comma_sets_its_sentence() -> None:
    text = "2016年には、ポルトガルとブラジルが防衛協議を開始した。9月20日、両国の国防相がリスボンで会談した。"
    assert ("9月20日", "2016-09-20") in _found(text)


def test_a_year_inside_a_clause_stays_background() -> None:
    # the year dates the founding named in passing; the day after it is of the document's own time
    text = "The commission, founded in 2014, met again. On 3 February the ministers signed a protocol."
    assert ("3 February", "2026-02-03") in _found(text)
    text = "两国于2015年建立的联合委员会再次开会。2月3日，双方签署议定书。"
    assert ("2月3日", "2026-02-03") in _found(text)


def test_a_story_year_does_not_reach_a_new_paragraph() -> None:
    text = "In 2012 the two navies trained together.\n\nOn 3 February the ministers met in Kathmandu."
    assert ("3 February", "2026-02-03") in _found(text)


def test_a_year_after_a_sentence_opening_word_that_is_no_time_word_is_background() -> None:
    text = "Talks resumed after 2013, when the treaty lapsed. On 3 February the envoys met."
    assert ("3 February", "2026-02-03") in _found(text)


@settings(max_examples=60, deadline=None)
@given(st.integers(1990, 2024), st.integers(1, 12), st.integers(1, 28), st.sampled_from(["，", "、"]))
def test_any_story_year_gives_its_year_to_the_day_after_it(year: int, month: int, day: int, mark: str) -> None:
    text = f"{year}年{mark}两国外长举行会谈。{month}月{day}日，双方签署协定。"
    assert (f"{month}月{day}日", f"{year}-{month:02d}-{day:02d}") in _found(text)


@settings(max_examples=60, deadline=None)
@given(st.integers(1990, 2024), st.integers(1, 12), st.integers(1, 28))
def test_any_english_story_year_gives_its_year_to_the_day_after_it(year: int, month: int, day: int) -> None:
    names = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]  # fmt: skip
    text = f"In {year} the two sides held talks. On {day} {names[month - 1]} they signed a protocol."
    assert (f"{day} {names[month - 1]}", f"{year}-{month:02d}-{day:02d}") in _found(text)


def _read(paragraphs: list[str], document: Anchor) -> list[tuple[str, str]]:
    """The dates of paragraphs read one after another, as `mark_dates` reads a document's blocks."""
    acts: dict[str, Anchor] = {}
    found: list[tuple[str, str]] = []
    last, last_edtf = None, None
    for text in paragraphs:
        reading = read_dates(text, None, document, last, last_edtf, None, acts)
        found += [(m.text, m.edtf) for m in reading.mentions]
        last, last_edtf = reading.last, reading.last_edtf
    return found


def test_a_count_of_days_after_a_named_act_counts_from_the_act_not_the_date_told_last() -> None:
    # the day before the talks is told last; `会談の3日後` counts from the talks themselves
    text = (
        "9月10日、両国の外相は会談を行った。ケニア外相は会談の前日に難民キャンプを訪れた。"
        "会談の3日後、両国は協定に署名した。"
    )
    found = _found(text, Anchor(2025, 9, 20))
    assert ("前日", "2025-09-09") in found
    assert ("3日後", "2025-09-13") in found


def test_a_count_after_a_named_act_in_a_later_paragraph() -> None:
    paragraphs = [
        "2月4日，埃塞俄比亚总理同肯尼亚总统举行会谈。肯方代表团在会谈的前一天抵达。",
        "会谈的两天后，两国签署边境安全协定。",
    ]
    # (read across the whole text, as the dates stage reads a document's counts: `dates.named_act`)
    assert ("两天后", "2025-02-06") in _found("\n\n".join(paragraphs), Anchor(2025, 2, 20))


def test_a_count_of_months_after_a_named_act() -> None:
    # the talks were on 29 June, a later act on 2 July: three months after the talks is September, not October
    paragraphs = ["6月29日，兩國國防部長舉行會談。7月2日，雙方參觀聯合演習。", "會談三個月後，兩國簽署後勤協定。"]
    assert ("三個月後", "2024-09") in _found("\n\n".join(paragraphs), Anchor(2024, 12, 1))


def test_a_count_without_a_named_act_counts_from_the_date_told_last() -> None:
    text = "5月3日、両国は会談を行った。5月6日、共同声明を発表した。2日後、両国は協定に署名した。"
    assert ("2日後", "2025-05-08") in _found(text, Anchor(2025, 6, 1))


def test_an_after_word_opening_a_later_paragraph_takes_the_day_of_its_act() -> None:
    # the talks were told in the first paragraph; the second names other years; `会谈后` is the talks' day
    paragraphs = [
        "一、应邀请，秘鲁总统于2024年11月12日至16日访问厄瓜多尔。11月13日，两国元首举行会谈。会谈次日，双方出席论坛。",
        "二、双方回顾了1999年以来的合作。2019年5月，两国签署边界协定。",
        "三、会谈后，两国元首共同见证了多项合作文件的签署。",
    ]
    assert ("会谈后", "2024-11-13") in _read(paragraphs, Anchor(2024, 11, 16))


def test_an_after_word_with_a_date_before_it_in_its_paragraph_keeps_that_date() -> None:
    paragraphs = ["11月13日，两国元首举行会谈。", "11月15日，两国外长再次举行会谈。会谈后，双方签署议定书。"]
    assert ("会谈后", "2024-11-15") in _read(paragraphs, Anchor(2024, 11, 16))


def test_a_count_of_months_after_an_act_opening_its_sentence_counts_forward() -> None:
    text = "The envoys met on 14 October 2021. Two months after the meeting, Kenya and Ethiopia opened a border post."
    assert ("Two months after", "2021-12") in _found(text)


def test_a_count_after_an_act_closing_its_sentence_or_glossed_by_a_date_is_no_date() -> None:
    # closing the sentence it tells when a background act came; glossed, the date after it dates the act
    for text in (
        "The pact was signed in May 2019, a month after the floods.",
        "The pact was signed in May 2019. Two months after that, on 4 July, the ministers met.",
    ):
        assert all("after" not in found for found, _ in _found(text)), text


def _event_dates(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return sorted(e["date"] for e in extract_json(path)["events"])


def test_chronology_entries_without_a_stop_each_date_their_act(tmp_path: Path) -> None:
    # short entries, line after line, a date, a full-width space and a clause with no full stop
    text = (
        "ポルトガルとブラジルの防衛協力\n\n"
        "両国は同じ言語を話す国々の共同体を通じて協力を続けてきた。\n\n"
        "年表\n"
        "2014年5月　両国国防相がリスボンで会談\n"
        "2016年9月　両国が防衛協力協定に署名\n"
        "同年11月　ブラジル海軍の練習艦がリスボンに寄港\n"
    )
    assert _event_dates(tmp_path, text) == ["2014-05", "2016-09", "2016-11"]


def test_chronology_entries_in_chinese_with_era_years(tmp_path: Path) -> None:
    text = (
        "臺灣與巴拉圭的安全合作\n\n政策簡報　2024年10月1日\n\n"
        "兩國長期在警政與海關領域合作。\n\n"
        "大事記\n"
        "民國99年（2010年）8月　巴拉圭總統訪台\n"
        "2019年6月　兩國外交部長在亞松森舉行會談\n"
    )
    assert _event_dates(tmp_path, text) == ["2010-08", "2019-06"]


def test_a_dateline_alone_over_a_story_stays_a_dateline(tmp_path: Path) -> None:
    text = "肯尼亞與衣索比亞簽署協定\n\n2024年4月11日　奈洛比\n\n兩國外長今天在奈洛比簽署邊境安全協定。\n"
    assert _event_dates(tmp_path, text) == ["2024-04-11"]


def test_during_the_talks_with_a_comma_is_the_day_of_the_talks() -> None:
    text = "3月5日，秘鲁外长同厄瓜多尔外长举行会谈。会谈中，双方同意重启边境委员会。"
    assert ("会谈中，", "2025-03-05") in _found(text, Anchor(2025, 3, 20))
    text = "3月5日、両国の国防相は会談を行った。会談中、両氏は共同訓練の拡大で一致した。"
    assert ("会談中、", "2025-03-05") in _found(text, Anchor(2025, 3, 20))


def test_half_a_year_after_the_date_told_last() -> None:
    assert ("半年后", "2019-03") in _found("2018年9月，尼泊尔与孟加拉国签署电力协定。半年后，两国举行首次防务对话。")
    assert ("半年後", "2021-04") in _found("2020年10月、両国は協定に署名した。その半年後、初の共同訓練を行った。")
    assert ("半年前", "2022-01") in _found("2022年7月，兩國簽署協定。半年前，雙方曾互派代表團。")


def test_the_halves_of_a_year_are_no_count() -> None:
    found = _found("2024年5月，两国举行会谈。双方希望工作组在明年上半年前召开首次会议。")
    assert all("半年" not in text for text, _ in found)


@settings(max_examples=40, deadline=None)
@given(st.integers(1990, 2024), st.integers(1, 12))
def test_half_a_year_after_any_month(year: int, month: int) -> None:
    index = year * 12 + month - 1 + 6
    expected = f"{index // 12}-{index % 12 + 1:02d}"
    assert ("半年后", expected) in _found(f"{year}年{month}月，两国签署协定。半年后，双方举行会谈。")
