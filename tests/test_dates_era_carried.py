"""A year of an era written without the era's name after a date written with it (`同6年`, `平成25年3月及び同27年10月`,
`民國108年10月…109年1月`): it takes the era of the last date written with one, as a reader of a Japanese or a
Taiwanese text does (issue 14, item 1; rec64, `era_carried` of allyscope/data/date_rules.json). Sentences written for
these tests (other states, other eras, other years than the dev documents); the property draws the era, the year and
the step."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from allyscope.dates import Anchor, find_dates

# era → the Gregorian year before its first year, and its last year where it has ended (date_rules.json `eras`)
_ERAS = {"昭和": (1925, 64), "平成": (1988, 31), "令和": (2018, None), "民國": (1911, None)}


def _read(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.edtf) for m in find_dates(text, document_date=Anchor(2025, 11, 20)) if m.dates_event]


def test_same_era_year_in_a_japanese_list_and_a_later_sentence() -> None:
    found = _read("外務大臣は昭和60年5月及び同62年9月にペルーを訪問した。両国は同63年に協定に署名した。")
    assert found == [("昭和60年5月", "1985-05"), ("同62年9月", "1987-09"), ("同63年", "1988")]


def test_same_era_year_in_chinese_and_the_day_after_it() -> None:
    found = _read("兩國於民國98年3月2日簽署協定，同100年6月15日互換照會，7月1日生效。")
    assert found == [("民國98年3月2日", "2009-03-02"), ("同100年6月15日", "2011-06-15"), ("7月1日", "2011-07-01")]


def test_bare_roc_year_before_a_month_takes_the_era_across_paragraphs() -> None:
    text = "民國110年9月，東加王國外長訪臺。\n\n111年2月，雙方簽署海巡合作協定，同月15日舉行首次會議。"
    found = _read(text)
    assert ("111年2月", "2022-02") in found and ("同月15日", "2022-02-15") in found, found


def test_a_count_of_years_or_a_bare_year_without_an_era_before_is_no_date() -> None:
    assert _read("兩國於2019年5月簽署為期5年的協定。") == [("2019年5月", "2019-05")]
    assert _read("雙方在111年2月簽署協定。") == []  # no era date before it: nothing to carry
    # far from the era date's year: a bare number before a month is no year of that era
    assert ("95年2月", "2006-02") not in _read("民國112年1月，兩國簽署協定。95年2月")


def test_a_year_past_the_eras_end_is_no_date() -> None:
    found = _read("両国は平成30年4月に会談し、同35年に再び会談した。")
    assert found == [("平成30年4月", "2018-04")]


@given(
    era=st.sampled_from(sorted(_ERAS)),
    first=st.integers(min_value=1, max_value=30),
    step=st.integers(min_value=1, max_value=8),
    month=st.integers(min_value=1, max_value=12),
    bare=st.booleans(),
)
def test_a_carried_year_is_the_eras_year(era: str, first: int, step: int, month: int, bare: bool) -> None:
    base, last = _ERAS[era]
    second = first + step
    if last is not None and second > last:
        return
    carried = f"{second}年{month}月" if bare else f"同{second}年{month}月"
    found = _read(f"{era}{first}年、両国は協定に署名した。{carried}、両国は協定を改正した。")
    assert found[0][1] == str(base + first)
    assert (carried, f"{base + second}-{month:02d}") in found, found
