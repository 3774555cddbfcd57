"""A journalist's turn that asks for an account (`问：请介绍…的有关情况。`) states nothing, though it ends with a full
stop; a turn that states a dated act before asking keeps it. Sentences written for these tests."""

from __future__ import annotations

from allyscope import parse_text
from allyscope.events import extract_events


def _dates(text: str) -> set[str]:
    return {e.date for e in extract_events(parse_text(text))}


def test_a_request_for_an_account_states_nothing() -> None:
    text = (
        "国防部记者会\n\n2024年5月30日\n\n问：请介绍本月中国与泰国海军联合演习的有关情况。\n\n"
        "答：演习于本月10日在湛江开始。\n"
    )
    assert _dates(text) == {"2024-05-10"}
    text = "國防部記者會\n\n2024年5月30日\n\n問：請簡要介紹上月兩國國防部長會談的情況。\n"
    assert _dates(text) == set()


def test_a_statement_before_a_question_is_still_read() -> None:
    text = "外交部记者会\n\n2024年5月30日\n\n问：泰国总理本月20日访问北京，中方对此有何评价？\n"
    assert "2024-05-20" in _dates(text)
