"""An after-word takes the day of the occasion it names, not the date told last (issue 14 item 2; branch rec78).

`会談後`, `会谈后`, `After the talks` name their occasion by its noun. Where the paragraph told that occasion with a
day and then a date of another kind (a year of background: `1987年の…訪問以来`, `两国1992年建交`), the date told
last is not the talks' day, and reading the after-word from it gave the document's own day or the background's
year. The reader now looks for the act the word names among the sentences of the paragraph told with a day
(`allyscope.dates.reading._act_told_here`, the in-paragraph form of `_act_told_before`), and falls back to the date
told last when the paragraph told no such act with a day.

Shown by rec78's Belgrade press conference (`15日午後…首脳会談を行いました。…1987年の…訪問以来…。会談後、…`); the tests
are about other pairs (Chile and Argentina, Kenya and Tanzania, Fiji and Tonga) and in other words."""

from __future__ import annotations

from pathlib import Path

from helpers import asserted_dates_of
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st


def test_japanese_after_the_talks_takes_the_talks_day_past_a_background_year(tmp_path: Path) -> None:
    text = (
        "外務省\n\n令和6年3月12日\n\n上川外務大臣は11日、サンティアゴでチリのバンクレン外相と会談しました。"
        "日本の外務大臣のチリ訪問は、2010年の訪問以来となります。"
        "会談後、両外相は共同記者発表を行いました。\n"
    )
    assert asserted_dates_of(tmp_path, text, "共同記者発表") == ["2024-03-11"]


def test_chinese_after_the_talks_takes_the_talks_day_past_a_background_year(tmp_path: Path) -> None:
    text = (
        "新闻\n\n2023年10月18日\n\n肯尼亚总统鲁托16日在内罗毕同坦桑尼亚总统哈桑举行会谈。"
        "两国自1964年起就在东非共同体框架内合作。"
        "会谈后，两国元首共同见证了边境贸易协定的签署。\n"
    )
    assert asserted_dates_of(tmp_path, text, "边境贸易协定") == ["2023-10-16"]


def test_a_sentence_with_a_date_of_its_own_keeps_it(tmp_path: Path) -> None:
    text = (
        "新闻\n\n2023年10月18日\n\n肯尼亚总统鲁托16日在内罗毕同坦桑尼亚总统哈桑举行会谈。"
        "两国自1964年起就在东非共同体框架内合作。"
        "17日，两国外长签署了边境贸易协定。\n"
    )
    assert asserted_dates_of(tmp_path, text, "边境贸易协定") == ["2023-10-17"]


def test_with_no_talks_told_with_a_day_the_date_told_last_stands(tmp_path: Path) -> None:
    # the paragraph names no talks with a day (a courtesy call): the after-word reads as before, from the date told last
    text = (
        "外務省\n\n令和6年3月12日\n\n上川外務大臣は11日、サンティアゴでボリッチ大統領を表敬しました。"
        "会談後、上川大臣はチリのバンクレン外相と共同記者発表を行いました。\n"
    )
    assert asserted_dates_of(tmp_path, text, "共同記者発表") == ["2024-03-11"]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(day=st.integers(min_value=1, max_value=27), year=st.integers(min_value=1950, max_value=2015))
def test_property_the_after_word_takes_the_talks_day_whatever_the_background_year(
    tmp_path: Path, day: int, year: int
) -> None:
    text = (
        f"外務省\n\n令和6年3月28日\n\n外務大臣は{day}日、チリのバンクレン外相と会談しました。"
        f"両国の外相会談は{year}年の会談以来となります。"
        "会談後、両外相は共同記者発表を行いました。\n"
    )
    assert asserted_dates_of(tmp_path, text, "共同記者発表") == [f"2024-03-{day:02d}"]
