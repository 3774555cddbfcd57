"""Days inside a span told before (issue 14 class 1 and item 4; branch rec74).

`最終日` (the last day) right after an occasion told as a range of days, in the same paragraph and with no other date
between, is the range's last day, as the corpus annotates it (`date_rules.json` `last_day_of_span`); after a single
day, a month or a year it dates nothing, and inside `最終日程` (the final schedule) it is no day. `其间`/`其間`
(in that time) opening a sentence with no date of its own after an occasion told with its date (a visit, a summit,
a meeting held) is that occasion's whole date, a range staying a range (`occasion_span`); after a trend over years
it dates nothing. The tests are written for the pattern, about other pairs and in other words than the dev documents
that showed the misses (rec73's TICAD article and forum page, rec74's chronology page and joint statement)."""

from __future__ import annotations

from pathlib import Path

from helpers import asserted_dates_of
from hypothesis import given
from hypothesis import strategies as st

from allyscope.dates.reading import read_dates


def _days(text: str, word: str) -> list[str]:
    return [m.edtf for m in read_dates(text)[0] if m.text == word]


def test_the_last_day_after_a_range_in_the_sentence_before_is_its_last_day() -> None:
    text = "2019年11月4日～6日、リマで太平洋同盟の閣僚会合が開かれた。最終日には、4か国の外相が共同声明に署名した。"
    assert _days(text, "最終日") == ["2019-11-06"]


def test_the_last_day_after_a_range_told_with_kara_made_is_its_last_day() -> None:
    text = "2017年3月7日から9日までサンティアゴで開かれた会議では、各国代表が協議を重ね、最終日に行動計画が採択された。"
    assert _days(text, "最終日") == ["2017-03-09"]


def test_the_last_day_after_a_single_day_a_month_or_a_year_dates_nothing() -> None:
    assert _days("2019年11月4日、会合が開かれた。最終日には声明が出された。", "最終日") == []
    assert _days("2019年11月、会合が開かれた。最終日には声明が出された。", "最終日") == []
    assert _days("2019年、会合が開かれた。最終日には声明が出された。", "最終日") == []


def test_the_final_schedule_is_no_day() -> None:
    text = "2019年11月4日～6日、会合が開かれた。最終日程は事務局が調整した。"
    assert _days(text, "最終日") == []


def test_an_act_on_the_last_day_is_an_event_of_that_day(tmp_path: Path) -> None:
    text = (
        "年表\n\n"
        "・2019年11月4日～6日　チリのサンティアゴでアルゼンチンとの国防相会議が開かれた。"
        "最終日には両国の国防相が共同訓練に関する覚書に署名した。\n"
    )
    assert asserted_dates_of(tmp_path, text, "覚書に署名") == ["2019-11-06"]


def test_meanwhile_after_a_visit_is_the_visits_span(tmp_path: Path) -> None:
    simplified = (
        "新闻稿\n\n"
        "应阿根廷政府邀请，智利总统于2019年11月4日至6日对阿根廷进行国事访问。其间，阿根廷外长会见了智利总统。\n"
    )
    assert asserted_dates_of(tmp_path, simplified, "阿根廷外长会见") == ["2019-11-04/2019-11-06"]
    traditional = (
        "新聞稿\n\n"
        "應阿根廷政府邀請，智利總統於2019年11月4日至6日對阿根廷進行國事訪問。其間，阿根廷外長會見了智利總統。\n"
    )
    assert asserted_dates_of(tmp_path, traditional, "阿根廷外長會見") == ["2019-11-04/2019-11-06"]


def test_meanwhile_keeps_a_date_of_its_own_and_names_no_trend() -> None:
    own = "智利总统于2019年11月4日至6日对阿根廷进行国事访问。其间，双方于11月5日签署了协定。"
    assert [m.edtf for m in read_dates(own)[0] if m.text == "其间"] == []
    trend = "2010年至2015年，两国贸易额增长了一倍。其间，双方签署了多项协定。"
    assert [m.edtf for m in read_dates(trend)[0] if m.text == "其间"] == []


@given(
    month=st.integers(min_value=1, max_value=12),
    first=st.integers(min_value=1, max_value=20),
    length=st.integers(min_value=1, max_value=8),
    filler=st.text(alphabet="会議開催両国首脳声明署名協議とがはでにをの", max_size=20),
)
def test_the_last_day_is_always_the_ranges_last_day(month: int, first: int, length: int, filler: str) -> None:
    """Whatever stands between, `最終日` after `<year>年<m>月<d1>日～<d2>日` in one paragraph is `<d2>`."""
    last = first + length
    text = f"2021年{month}月{first}日～{last}日、{filler}会議が開かれた。{filler}最終日には{filler}声明が出された。"
    assert _days(text, "最終日") == [f"2021-{month:02d}-{last:02d}"]
