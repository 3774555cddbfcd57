"""A sentence of the body is no issue line (issue 14, item 2; span80). A page with no dateline (an encyclopedia
entry, an article reprinted without its masthead) took its own date from a body sentence that names a numbered
resolution (`2011年7月8日：安理会通过第1996号决议，设立该特派团。`): `第N号` reads as a journal's number, so the
sentence's date became the page's date and every act told after it was read as planned. An issue line is a heading
(`『同盟研究』第12号（2024年3月）`, `2024年第3期`), never a sentence closed by a full stop. Sentences written for these
tests, not taken from the corpus."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.pipeline import extract, parse_text


def _own_date(text: str) -> tuple[str | None, str | None]:
    doc = parse_text(text)
    return (str(doc.date) if doc.date is not None else None, doc.date_source)


_PAGE = (
    "联合国科特迪瓦行动\n\n"
    "联合国科特迪瓦行动是联合国在科特迪瓦的维持和平特派团。\n\n"
    "历史\n"
    "2004年2月27日，安理会通过第1528号决议，设立该行动。\n"
    "2011年3月30日，安理会通过第1975号决议，对前总统实施制裁。\n"
    "2017年6月30日，该行动完成任务并结束。\n"
)


def test_a_resolution_in_a_body_sentence_does_not_date_the_page() -> None:
    assert _own_date(_PAGE) == (None, None)


def test_acts_after_the_resolution_are_not_read_as_planned() -> None:
    doc = extract(_PAGE)
    modes = {e.date: e.mode for e in doc.events}
    assert modes.get("2017-06-30") in ("asserted", None)
    assert "planned" not in {modes.get("2011-03-30"), modes.get("2017-06-30")}


def test_in_traditional_and_japanese_too() -> None:
    zht = (
        "聯合國馬利穩定團\n\n歷史\n2013年4月25日，安理會通過第2100號決議，設立該特派團。\n"
        "2023年12月31日，該團撤離完畢。\n"
    )
    ja = (
        "国連南スーダン派遣団\n\n年表\n2011年7月8日　国連安保理が決議第1996号を採択。\n"
        "2013年12月　首都で戦闘が起きる。\n"
    )
    assert _own_date(zht)[1] != "issue"
    assert _own_date(ja)[1] != "issue"


def test_traps_an_issue_line_still_dates_the_document() -> None:
    zh = "同盟观察研究所　简报第31期　2025年9月\n\n标题\n\n正文一句话。\n"
    ja = "佐伯　遥（研究所）　『同盟研究』第15号（2025年3月）\n\n論文の題\n\n本文の一文である。\n"
    assert _own_date(zh) == ("2025-09", "issue")
    assert _own_date(ja) == ("2025-03", "issue")


@settings(max_examples=40, deadline=None)
@given(
    st.integers(1000, 2999),
    st.sampled_from(["号决议", "號決議", "号决议草案"]),
    st.integers(1995, 2024),
    st.integers(1, 12),
    st.integers(1, 28),
)
def test_no_sentence_naming_a_numbered_resolution_is_an_issue(number: int, noun: str, y: int, m: int, d: int) -> None:
    line = f"{y}年{m}月{d}日，安理会通过第{number}{noun}，延长该特派团的任期。"
    text = f"某特派团\n\n历史\n{line}\n其后，该团继续执行任务。\n"
    assert _own_date(text)[1] != "issue"
