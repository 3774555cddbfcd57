"""Dates that name no act (prec73, issue 14 class 3): a figure noun the date modifies (`…年の…貿易額`, `…年双边
进出口额`), a document named by its date after an indefinite article or lower-case words (`a basing arrangement of
1951`, `an older contract of 2009`, `the naval pact of 1962`), a happening's name after a possessive (`Argentina's
debt crisis of 2001`), a figure in full-width per cent (`２％`). Sentences written for these tests, about other
states (Chile, Peru, Norway, Argentina, Portugal, Brazil, Vietnam) and in other words than the corpus documents
that prompted the rules."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from allyscope.dates.roles import names_a_document_by_of, names_a_happening
from allyscope.events import names_a_figure
from allyscope.events_domain import patterns
from allyscope.scripts import fold
from tests.helpers import event_modes

DONE = "asserted"


def _done_on(body: str, date: str) -> int:
    return sum(1 for d, mode in event_modes(body) if d == date and mode == DONE)


def _of(text: str, year: str = "19") -> bool:
    return names_a_document_by_of(text, text.index(year, text.index(" of ")))


def test_a_document_named_by_of_after_an_indefinite_article_or_lower_case_words() -> None:
    assert _of("Chile and Peru replaced a basing arrangement of 1951 with a new text.")
    assert _of("The base stayed open under the naval pact of 1962 for decades.")
    assert _of("Lisbon cancelled an older contract of 2009 when the ships came late.", "2009")
    assert _of("Norway's fisheries protocol of 1978 still applies.")
    # no document noun, or no `of`: the date stays the time of the act
    assert not _of("The talks of 1991 took place in Lima.")
    assert not names_a_document_by_of("Chile and Peru signed a protocol in 1951.", 39)


def test_a_happening_named_by_of_after_a_possessive() -> None:
    text = "Argentina's debt crisis of 2001 cut the navy's budget by half."
    assert names_a_happening(text, text.index("2001"), text.index("2001") + 4)
    text = "Brazil's navy of 2001 had two carriers."
    assert not names_a_happening(text, text.index("2001"), text.index("2001") + 4)


def test_a_date_that_modifies_a_figure_noun_dates_no_act() -> None:
    data = patterns()
    for sentence, date in [
        ("2021年两国进出口额约为80亿美元，双方表示将继续努力。", "2021年"),
        ("2019年度の両国間の輸出額は、前年を下回った。", "2019年度"),
        ("2020年雙邊貿易額僅約5億美元。", "2020年"),
        ("2022年の防衛費は過去最大となった。", "2022年"),
    ]:
        folded = fold(sentence)
        assert names_a_figure(data, folded, folded.index(fold(date)) + len(date)), sentence
    for sentence, date in [
        ("2021年，两国签署协定后进出口额大增。", "2021年"),  # a comma: the date has a clause of its own
        ("2019年に両国は首脳会談で輸出額の拡大を確認した。", "2019年"),  # a particle: the date dates the act
        ("2022年签署的协定使贸易额翻番。", "2022年"),  # a verb between: the date dates the signing
    ]:
        folded = fold(sentence)
        assert not names_a_figure(data, folded, folded.index(fold(date)) + len(date)), sentence


@given(
    filler=st.text(alphabet="两国雙邊双边越南秘鲁間の", max_size=6),
    noun=st.sampled_from(["贸易额", "進出口額", "輸出額", "国防预算", "防衛費", "軍費"]),
    cut=st.sampled_from(["", "，", "、", "。", "签署", "に"]),
)
def test_the_figure_reader_stops_at_punctuation_particles_and_verbs(filler: str, noun: str, cut: str) -> None:
    data = patterns()
    sentence = fold(f"2018年{cut}{filler}{noun}约为10亿美元")
    end = len("2018年")
    assert names_a_figure(data, sentence, end) == (cut == "")


@given(st.text(max_size=40), st.integers(min_value=0, max_value=45))
def test_the_figure_reader_never_fails(text: str, at: int) -> None:
    assert names_a_figure(patterns(), fold(text), min(at, len(text))) in (True, False)


def test_a_figure_of_a_year_in_a_document_yields_no_event_of_that_year() -> None:
    body = "越南与秘鲁\n\n2021年两国进出口额约为80亿美元，双方表示希望进一步扩大。2022年3月，两国外长在利马举行会谈。\n"
    assert _done_on(body, "2021") == 0
    assert _done_on(body, "2022-03") == 1
    body = "ベトナムとペルー\n\n2022年の両国間の輸出額は、侵攻前の水準を下回った。同年3月、両国外相がリマで会談した。\n"
    assert _done_on(body, "2022") == 0
    assert _done_on(body, "2022-03") == 1
    body = "ノルウェーとチリ\n\nチリの国防費は、2023年にはGDP比で２％を超えた。同年5月、両国国防相が会談した。\n"
    assert _done_on(body, "2023") == 0


def test_a_day_before_a_figure_noun_dates_the_act_done_to_it() -> None:
    """A figure is dated by its year or month, never by a day: a day's date before a figure noun dates what was done
    to the figure that day (a budget passed), an event (the lead's mend of prec73's rule, found by the generated
    axes' tuned half)."""
    body = "秘鲁与智利\n\n智利国会于2019年11月20日通过新的国防预算。同年12月，两国外长在圣地亚哥举行会谈。\n"
    assert _done_on(body, "2019-11-20") == 1
    body = "祕魯與智利\n\n智利國會於2019年11月20日通過新的國防預算。同年12月，兩國外長在聖地牙哥舉行會談。\n"
    assert _done_on(body, "2019-11-20") == 1


def test_an_earlier_document_named_by_its_year_yields_no_event_of_that_year() -> None:
    body = (
        "Chile and Peru\n\nIn 2015 Chile and Peru signed a defence cooperation agreement in Lima, replacing an "
        "older memorandum of 1997.\n"
    )
    assert _done_on(body, "1997") == 0
    assert _done_on(body, "2015") == 1
