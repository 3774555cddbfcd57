"""lay83b (fifty-second session): the parked layout documents whose missing shape recurs. A chronology's year alone
on its line over rows that leave the year out (`2021年` over `11月22日　…`) is the head of that year (headings.json
'year_heads' and 'month_day_rows', `layout.headings.period_heading`), as lay79's decades (`1970年代`) are; lay80 wrote
the rule and withdrew it because a head taken out of the body no longer gave its year to the rows under it, which
date82's `dates/year_heads.py` now does (a heading that is a year is read by the dates stage in text order). Each
rule on text in other words than the document that showed the miss (other states, other years, other languages),
with traps (lines that look alike and must stay as they were) and property tests where a line is parsed."""

from __future__ import annotations

from pathlib import Path

from helpers import assert_offsets_valid
from hypothesis import given
from hypothesis import strategies as st

from allyscope import parse_text
from allyscope.extraction import extract_json
from allyscope.layout.headings import period_heading
from tests.helpers import heading_rows


def _event_dates(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "page.txt"
    path.write_text(text, "utf-8")
    return sorted(e["date"] for e in extract_json(path)["events"])


# --- the shape of a year head (headings.json 'year_heads', 'month_day_rows') -----------------------------------


def test_year_alone_over_a_row_without_its_year_is_a_head() -> None:
    assert period_heading("2019年", "4月25日　兩國外長在台北舉行會談。") is not None
    assert period_heading("2016", "3月　両国は防衛装備品協定に署名した。") is not None
    assert period_heading("2008", "March 3: The two ministers met in Wellington.") is not None
    assert period_heading("2008", "Oct. 14 – The navies held their first joint drill.") is not None


def test_traps_a_year_over_other_lines_is_no_head() -> None:
    # over a full date, over a date opening a sentence (a comma after it), over prose, over a decade's row
    assert period_heading("2019年", "2019年4月25日　兩國外長在台北舉行會談。") is None
    assert period_heading("2019年", "4月25日，兩國外長在台北舉行會談。") is None
    assert period_heading("2019年", "這一年，兩國關係明顯升溫。") is None
    assert period_heading("2008", "March 3 was the day the two ministers met.") is None
    # a year in a sentence, a year with a month, a number that is no year
    assert period_heading("2019年兩國關係升溫", "4月25日　兩國外長舉行會談。") is None
    assert period_heading("2019年4月", "25日　兩國外長舉行會談。") is None
    assert period_heading("3500", "4月25日　兩國外長舉行會談。") is None


@given(
    st.integers(1850, 2099),
    st.integers(1, 12),
    st.integers(1, 28),
    st.sampled_from(["\u3000", "　　", " ", "\t", "："]),
)
def test_any_year_heads_a_row_of_a_day_set_off(year: int, month: int, day: int, gap: str) -> None:
    """Property: any year alone, with or without 年, heads a row opening with a month and a day set off by a wide
    space, a tab or a colon; the same row opening a sentence with a comma is headed by nothing."""
    row = f"{month}月{day}日{gap}雙方簽署合作備忘錄。"
    assert period_heading(f"{year}年", row) is not None
    assert period_heading(str(year), row) is not None
    assert period_heading(f"{year}年", f"{month}月{day}日，雙方簽署合作備忘錄。") is None
    assert period_heading(f"{year}年", f"{year}年{month}月{day}日{gap}雙方簽署合作備忘錄。") is None


# --- a chronology page read with its year heads -------------------------------------------------------------

_ZH_HANT = (
    "臺紐關係大事記（2013—2015年）\n"
    "發布日期：2016-02-01\n"
    "2013年\n"
    "7月10日　臺灣與紐西蘭簽署經濟合作協定。\n"
    "12月1日　協定生效。\n"
    "2015年\n"
    "3月18日　雙方在威靈頓舉行首次經濟合作協定檢討會議。\n"
)

_JA = (
    "日・エストニア交流年表\n"
    "2022年\n"
    "5月3日　岸田首相がタリンを訪問し、カラス首相と会談した。\n"
    "2024年\n"
    "9月17日　両国の外相が東京で会談した。\n"
)


def test_zh_hant_chronology_heads_its_years() -> None:
    assert heading_rows(_ZH_HANT) == [(1, "", "2013年"), (1, "", "2015年")]
    doc = parse_text(_ZH_HANT)
    assert "7月10日　臺灣與紐西蘭簽署經濟合作協定。" in doc.text
    assert_offsets_valid(doc)


def test_ja_chronology_heads_its_years() -> None:
    assert heading_rows(_JA) == [(1, "", "2022年"), (1, "", "2024年")]
    assert_offsets_valid(parse_text(_JA))


def test_rows_under_a_year_head_keep_its_year(tmp_path: Path) -> None:
    """The head taken out of the body still dates the rows under it (date82's year heads): none is dated from the
    page's publication or from the year of the head above."""
    dates = _event_dates(tmp_path, _JA)
    assert "2022-05-03" in dates and "2024-09-17" in dates
    assert not any(d.startswith(("2022-09", "2024-05")) for d in dates)
    zh = _event_dates(tmp_path, _ZH_HANT)
    assert "2013-07-10" in zh and "2015-03-18" in zh
    assert not any(d.startswith(("2016-", "2013-03")) for d in zh)


def test_trap_a_year_over_prose_stays_text() -> None:
    text = (
        "臺紐關係的發展\n"
        "兩國在經濟領域的合作近年來持續擴大。\n"
        "2013年\n"
        "這一年，雙方簽署經濟合作協定，為往後的交流奠定基礎。\n"
    )
    assert all(title != "2013年" for _, _, title in heading_rows(text))


def test_trap_a_year_over_full_dates_stays_as_it_was() -> None:
    text = (
        "日・エストニア交流年表\n"
        "2022年\n"
        "2022年5月3日　岸田首相がタリンを訪問し、カラス首相と会談した。\n"
        "2024年9月17日　両国の外相が東京で会談した。\n"
    )
    assert all(title != "2022年" for _, _, title in heading_rows(text))
