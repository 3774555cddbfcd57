"""A narrative that opens a section with its first date was not written on that day (forty-second session, lead).

A document with no dateline, date line or issue is dated by its lead when its first date opens a paragraph and
its first clause (`dates.stage.lead_date`), as a ministry's release leads. A brief or an article whose section
opens the same way tells a history: its later acts, dated from that first date (`同年6月18日`, `当月`), are after
it, and a text reports mostly on its past, so such a lead is no date of writing and the later acts stay done
(`events._date_of_writing`). Before, only explicit and previous-date dates were counted, so a narrative dated
mostly by `同年…` kept its first date as the date of writing and every later act was read as planned. The texts
below are written for this test (pairs and bodies the rule never names)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope import extract

_ZH = """湄公河流域的水资源合作：回顾

区域研究室

一、起步

{first}，泰国与老挝两国外长在万象举行会谈。同年6月18日，两国签署水资源管理谅解备忘录。同年11月2日，两国总理在曼谷会晤。当月，两国联合工作组举行首次会议。

二、展望

两国有望继续扩大合作。
"""

_JA = """メコン地域の水協力：概観

地域研究班

１．始まり

2019年3月5日、タイとラオスの外相がビエンチャンで会談した。同年6月18日、両国は水資源管理に関する覚書に署名した。同年11月2日、両国の首相がバンコクで会談した。

２．展望

協力は今後も広がるとみられる。
"""


def _modes(text: str) -> dict[str, str]:
    return {e.date: e.mode for e in extract(text).events}


def test_acts_dated_from_a_section_opening_date_are_done_not_planned_zh() -> None:
    modes = _modes(_ZH.format(first="2019年3月5日"))
    assert modes.get("2019-03-05") == "asserted"
    assert modes.get("2019-06-18") == "asserted"
    assert modes.get("2019-11-02") == "asserted"


def test_acts_dated_from_a_section_opening_date_are_done_not_planned_ja() -> None:
    modes = _modes(_JA)
    assert modes.get("2019-06-18") == "asserted"
    assert modes.get("2019-11-02") == "asserted"


@settings(max_examples=15, deadline=None)
@given(year=st.integers(min_value=1995, max_value=2024), month=st.integers(min_value=1, max_value=5))
def test_whatever_the_opening_date_no_later_act_of_the_narrative_is_planned(year: int, month: int) -> None:
    """The acts told after the opening date in the same year (June, November) stay done, whatever that date."""
    events = extract(_ZH.format(first=f"{year}年{month}月5日")).events
    later = [e for e in events if e.date.startswith(f"{year}-06") or e.date.startswith(f"{year}-11")]
    assert later and all(e.mode == "asserted" for e in later)
