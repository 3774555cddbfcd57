"""Three readings of issue 14 (which date an act takes) by date86, each as data in `date_rules.json`:

- the page's date closing a title the layout took out of the regions read (`title_dates`,
  `allyscope/dates/title_line.py`, read by `allyscope/dates/stage.py`): `yesterday`, `Last June`, `昨日` count from it;
- a year counted from the document's and told at the document's time of it (`去年此時`, `this time last year`:
  `at_this_time`) is the document's month of that year;
- a year counted from the document's with the year itself in brackets (`去（2022）年12月`: `glossed_years`).

Titles and sentences written for these tests (Chile–Japan, Kenya–Portugal, Peru–Vietnam, Uruguay–Finland), not the
dev documents'."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.dates import Anchor, find_dates
from allyscope.dates.title_line import title_date
from allyscope.dates.values import rules
from allyscope.pipeline import extract

MONTHS = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip


def _found(text: str, document: Anchor | None = None) -> list[tuple[str, str]]:
    return [(d.text, d.edtf) for d in find_dates(text, document_date=document) if not d.document]


def test_a_date_closing_a_press_conference_s_title_is_the_page_s_date() -> None:
    assert title_date("Foreign Minister: doorstop interview, Santiago, 14 October 2025 (transcript)") == Anchor(
        2025, 10, 14
    )
    assert title_date("Defence ministry — briefing, Tuesday 3 June 2025") == Anchor(2025, 6, 3)
    assert title_date("外務大臣会見記録（令和7年2月4日（火曜日）10時30分　於：本省会見室）") == Anchor(2025, 2, 4)
    assert title_date("Policy brief | No. 12 | April 2025") == Anchor(2025, 4)


def test_trap_a_date_inside_the_title_s_words_is_no_page_s_date() -> None:
    assert title_date("The treaty of friendship signed on 8 September 1951") is None
    assert title_date("2023年9月10日の日智首脳会談") is None
    assert title_date("Chile and Japan as partners, 2010–2024") is None
    assert title_date("智利与日本关系：2023年的两次外长会晤") is None


def test_last_june_in_a_transcript_counts_from_the_title_s_date() -> None:
    text = (
        "Foreign Minister: doorstop interview, Santiago, 14 October 2025 (transcript)\n\n"
        "QUESTION: Minister, what came of the talks?\n\n"
        "MINISTER: Minister Iwaya and I met at the ministry yesterday and agreed to open talks on a security "
        "information agreement. Last June we had asked our officials to prepare that step.\n"
    )
    found = {(d.text, d.edtf) for d in extract(text).dates}
    assert ("yesterday", "2025-10-13") in found
    assert ("June", "2025-06") in found


@settings(max_examples=30, deadline=None)
@given(
    year=st.integers(min_value=1990, max_value=2030),
    month=st.integers(min_value=1, max_value=12),
    day=st.integers(min_value=1, max_value=28),
    place=st.sampled_from(["Santiago", "Lisbon", "Nairobi", "Hanoi"]),
    note=st.sampled_from(["", " (excerpt)", " (transcript)"]),
)
def test_any_day_closing_a_title_after_a_place_is_the_page_s_date(
    year: int, month: int, day: int, place: str, note: str
) -> None:
    title = f"Minister: press conference, {place}, {day} {MONTHS[month - 1]} {year}{note}"
    assert title_date(title) == Anchor(year, month, day)


@settings(max_examples=30, deadline=None)
@given(
    year=st.integers(min_value=1990, max_value=2030),
    month=st.integers(min_value=1, max_value=12),
    verb=st.sampled_from(["signed", "agreed", "ratified", "announced"]),
)
def test_trap_no_date_told_after_a_verb_in_a_title_is_the_page_s(year: int, month: int, verb: str) -> None:
    assert title_date(f"The accord the two states {verb} in {MONTHS[month - 1]} {year}") is None


def test_a_year_ago_at_this_time_is_the_document_s_month_of_last_year() -> None:
    document = Anchor(2025, 5, 20)
    assert ("去年", "2024-05") in _found("去年此時，兩國外長在利馬會晤。", document)
    assert ("去年", "2024-05") in _found("去年此时，两国外长在河内会晤。", document)
    assert ("昨年", "2024-05") in _found("昨年の今頃、両国首脳はナイロビで会談した。", document)
    assert ("last year", "2024-05") in _found("This time last year, the two ministers met in Lisbon.", document)


def test_trap_last_year_alone_or_a_statistic_s_base_stays_a_year() -> None:
    document = Anchor(2025, 5, 20)
    assert ("去年", "2024") in _found("去年，兩國外長在利馬會晤。", document)
    assert ("去年", "2024") in _found("出口比去年同期增长百分之五。", document)
    assert ("last year", "2024") in _found("We met last year, at this time of crisis for both.", document)


@settings(max_examples=30, deadline=None)
@given(
    year=st.integers(min_value=1990, max_value=2030),
    month=st.integers(min_value=1, max_value=12),
    word=st.sampled_from(rules()["at_this_time"]["after_cjk"]),
)
def test_any_word_of_this_time_after_last_year_gives_the_document_s_month(year: int, month: int, word: str) -> None:
    found = _found(f"去年{word}，两国外长在利马会晤。", Anchor(year, month, 15))
    assert ("去年", f"{year - 1:04d}-{month:02d}") in found


def test_a_year_glossed_in_brackets_is_the_year_told() -> None:
    document = Anchor(2023, 6, 18)
    assert ("去（2022）年12月", "2022-12") in _found("去（2022）年12月，芬蘭議員訪問烏拉圭。", document)
    assert ("今（2023）年", "2023") in _found("今（2023）年是兩國建交50週年。", document)


def test_a_bare_day_after_a_glossed_month_s_recall_is_of_that_month() -> None:
    text = "去（2022）年12月，肯亞議員訪問里斯本，此行適逢兩國1975年建交。6日，雙方議長會晤。"
    assert ("6日", "2022-12-06") in _found(text, Anchor(2023, 6, 18))


def test_trap_a_fiscal_year_or_a_decade_in_brackets_is_not_read_as_a_glossed_year() -> None:
    assert not [t for t, _ in _found("前（2021）年度預算已執行完畢。", Anchor(2023, 6, 18)) if "（" in t]


@settings(max_examples=30, deadline=None)
@given(
    year=st.integers(min_value=1900, max_value=2030),
    month=st.integers(min_value=1, max_value=12),
    word=st.sampled_from(rules()["glossed_years"]["words"]),
    document_year=st.integers(min_value=1900, max_value=2035),
)
def test_any_glossed_year_reads_the_year_in_brackets(year: int, month: int, word: str, document_year: int) -> None:
    text = f"{word}（{year}）年{month}月，兩國簽署協定。"
    assert (f"{word}（{year}）年{month}月", f"{year:04d}-{month:02d}") in _found(text, Anchor(document_year, 6, 1))
