"""A sentence that tells its own month with its year first and then an earlier, recalled date is told at its own
month: `同年`, `同月` or a yearless date opening the next sentence counts from that month, not from the recall
(`allyscope/dates/reading.py` `_held_day`, issue 14, date85; date83 held a sentence's day so). A month counted from
another date (`two months earlier`) holds nothing. Sentences written for these tests (Chile–Japan, Kenya–Portugal,
Peru–Vietnam, Ghana–Sweden), not the dev documents'."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.dates import Anchor, find_dates


def _found(text: str, document: Anchor | None = None) -> list[tuple[str, str]]:
    return [(d.text, d.edtf) for d in find_dates(text, document_date=document) if not d.document]


def test_same_year_after_a_recall_inside_the_sentence_is_the_sentence_s_year() -> None:
    text = (
        "2016年5月，智利总统对日本进行国事访问，此行距两国1897年签署友好通商条约已逾百年。同年9月，两国外长在纽约会晤。"
    )
    assert ("同年9月", "2016-09") in _found(text, Anchor(2024, 1, 10))


def test_same_year_after_a_recall_inside_the_sentence_in_traditional_script() -> None:
    text = "2019年3月，肯亞外長訪問里斯本，此行距兩國1975年建交已逾四十年。同年10月21日，雙方簽署合作備忘錄。"
    assert ("同年10月21日", "2019-10-21") in _found(text, Anchor(2024, 1, 10))


def test_a_bare_day_after_a_recall_inside_the_sentence_is_of_the_sentence_s_month() -> None:
    text = "2018年11月，秘鲁总理访问河内，距两国1994年建立经贸关系已有二十余年。12日，两国总理举行会谈。"
    assert ("12日", "2018-11-12") in _found(text, Anchor(2024, 1, 10))


def test_trap_a_recall_told_in_a_sentence_of_its_own_is_the_history_told_on() -> None:
    text = "2016年5月，智利总统访问日本。1897年，两国签署友好通商条约。同年9月，两国互派公使。"
    assert ("同年9月", "1897-09") in _found(text, Anchor(2024, 1, 10))


def test_trap_a_later_date_in_the_sentence_is_its_time() -> None:
    text = "1975年两国建交，2019年3月肯亚外长首次访问里斯本。同年9月，双方签署协定。"
    assert ("同年9月", "2019-09") in _found(text, Anchor(2024, 1, 10))


def test_trap_a_month_counted_from_another_date_holds_nothing() -> None:
    text = (
        "Policy Brief | February 2024\n\nThe Ghanaian minister, appointed two months earlier, arrived in Stockholm on "
        "17 November 2022. That afternoon the minister held talks with his Swedish counterpart."
    )
    assert ("That afternoon", "2022-11-17") in _found(text, Anchor(2024, 2, 1))


@settings(max_examples=40, deadline=None)
@given(
    year=st.integers(min_value=1995, max_value=2030),
    back=st.integers(min_value=1, max_value=80),
    month=st.integers(min_value=1, max_value=12),
    later=st.integers(min_value=0, max_value=11),
    traditional=st.booleans(),
)
def test_any_same_year_after_an_unbracketed_recall_takes_the_sentence_s_month_s_year(
    year: int, back: int, month: int, later: int, traditional: bool
) -> None:
    next_month = min(12, month + later)
    if traditional:
        text = f"{year}年{month}月，秘魯總統訪問越南，距兩國{year - back}年建交已多年。同年{next_month}月，雙方簽約。"
    else:
        text = f"{year}年{month}月，秘鲁总统访问越南，距两国{year - back}年建交已多年。同年{next_month}月，双方签约。"
    assert (f"同年{next_month}月", f"{year:04d}-{next_month:02d}") in _found(text, Anchor(2031, 1, 1))
