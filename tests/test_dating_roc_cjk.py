"""A Taiwanese page's own date written with 年月日 and a three-digit year, no era's name (`發布日期：112年5月3日`):
the Republic of China's year, read by the `roc-cjk-ymd` form of allyscope/data/layouts/document_date.json."""

from hypothesis import given
from hypothesis import strategies as st

from allyscope.layout.dating import document_date, find_dates


@given(st.integers(100, 119), st.integers(1, 12), st.integers(1, 28), st.sampled_from(["", " ", "\u3000"]))
def test_a_three_digit_year_with_month_and_day_is_the_republics(year: int, month: int, day: int, gap: str) -> None:
    found = find_dates(f"更新時間：{year}{gap}年{gap}{month}{gap}月{gap}{day}{gap}日")
    assert [f.edtf for f in found] == [f"{year + 1911}-{month:02d}-{day:02d}"]


@given(st.integers(1990, 2030), st.integers(1, 12), st.integers(1, 28))
def test_a_western_year_is_never_read_as_the_republics(year: int, month: int, day: int) -> None:
    assert [f.edtf for f in find_dates(f"{year}年{month}月{day}日")] == [f"{year}-{month:02d}-{day:02d}"]


def test_a_count_of_years_without_month_and_day_is_no_date() -> None:
    assert find_dates("兩國交流已逾110年，雙方關係穩定") == []
    assert find_dates("第112年度預算") == []


def test_the_release_date_under_a_headline_is_the_documents_date() -> None:
    lines = ["交通部舉行臺日港口合作會議", "", "發布日期：108年6月21日", "", "本部今日與訪問團會談。"]
    assert document_date(lines, []) == ("2019-06-21", "published")
