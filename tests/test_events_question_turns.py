"""The one reading of a journalist's turn (corpus README, `Questions`): a dated act it states as fact is an event,
a report it asks the speaker to confirm anywhere in the turn is not, nor a sentence that asks for an account of
what it names. Sentences written for these tests, in four languages, other words than any corpus document."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from allyscope import parse_text
from allyscope.event_clauses import closes_as_a_request, question_turn, turn_asks_to_confirm
from allyscope.events import extract_events
from allyscope.scripts import fold


def _dates(text: str) -> set[str]:
    return {e.date for e in extract_events(parse_text(text))}


def test_a_report_the_turn_asks_to_confirm_is_not_stated_zh() -> None:
    head = "外交部记者会\n\n2024年6月14日\n\n"
    asked = head + "问：据报道，泰国与越南海军3日在岘港签署了后勤合作备忘录。中方能否证实？\n"
    assert "2024-06-03" not in _dates(asked)
    told = head + "问：据报道，泰国与越南海军3日在岘港签署了后勤合作备忘录。中方对此有何评论？\n"
    assert "2024-06-03" in _dates(told)
    hant = "外交部記者會\n\n2024年6月14日\n\n問：據報導，德國與波蘭上月簽署了邊境巡邏協議。請證實。\n"
    assert "2024-05" not in _dates(hant)


def test_the_answer_to_a_turn_that_asks_to_confirm_is_still_read() -> None:
    text = (
        "外交部记者会\n\n2024年6月14日\n\n问：据报道，泰国与越南海军3日签署了后勤合作备忘录。中方能否证实？\n\n"
        "答：泰越两国海军6月3日在岘港签署了有关备忘录。\n"
    )
    assert _dates(text) == {"2024-06-03"}


def test_a_report_put_to_the_speaker_is_not_stated_en() -> None:
    asked = (
        "Press briefing\n\nBerlin, 14 June 2024\n\nQ: Reports say the German and Polish navies signed a logistics"
        " pact in Gdynia on Monday. Can you confirm that?\n"
    )
    assert "2024-06-10" not in _dates(asked)
    told = (
        "Press briefing\n\nBerlin, 14 June 2024\n\nQ: The German and Polish navies signed a logistics pact in"
        " Gdynia on Monday. What does it change for the Baltic?\n"
    )
    assert "2024-06-10" in _dates(told)


def test_a_request_for_an_account_of_a_named_act_states_nothing_ja() -> None:
    head = "官房長官記者会見\n\n令和6年6月14日\n\n"
    asked = head + "記者：先週のドイツ国防相の来日と、その後の日独協議について伺います。\n"
    assert _dates(asked) == set()
    told = head + "記者：ドイツの国防相が先週来日し、防衛相と会談しました。成果は。\n"
    assert _dates(told)
    assert closes_as_a_request(fold("記者：昨年の首脳会談について教えてください。"))
    assert not closes_as_a_request(fold("両首脳は昨年の首脳会談について意見を交わしました。"))


def test_a_turn_is_the_line_its_label_opens() -> None:
    text = fold("題\n\n问：据报道，两国3日签署协议。中方能否证实？\n答：两国3日签署了协议。\n")
    at = text.index("两国3日签署协议")
    start, end = question_turn(text, at) or (0, 0)
    assert text[start:end].startswith("问：") and text[start:end].endswith("？")
    assert turn_asks_to_confirm(text, at)
    assert question_turn(text, text.index("两国3日签署了")) is None
    assert question_turn(fold("【記者】昨日、両国が署名しました。"), 8) is not None


@given(st.text(alphabet="问答Q:：。？\n 据报道能否证实abc12", max_size=60), st.integers(min_value=0, max_value=60))
def test_a_turn_holds_the_offset_it_was_asked_of(text: str, at: int) -> None:
    at = min(at, len(text))
    turn = question_turn(text, at)
    if turn is not None:
        start, end = turn
        assert start <= at <= end and "\n" not in text[start:end]
