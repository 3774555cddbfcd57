"""A count of days back from the act told last (`three days earlier`, `三天前`, `3日前`, `Two days before, …`): the act
came that many days before the date before it, as a reader anchors `The ministers had met four days earlier` after a
signing's day (issue 14, item 1; rec62). Sentences written for these tests; the property draws the day and the count."""

from __future__ import annotations

import datetime

from hypothesis import given
from hypothesis import strategies as st

from allyscope.dates import Anchor, find_dates

_EN_COUNTS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine"}
_CJK_COUNTS = {2: "两", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八", 9: "九"}
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")  # fmt: skip


def _read(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.edtf) for m in find_dates(text, document_date=Anchor(2025, 6, 30)) if m.dates_event]


@given(
    day=st.dates(min_value=datetime.date(1995, 1, 1), max_value=datetime.date(2024, 12, 31)),
    count=st.integers(min_value=2, max_value=9),
    shape=st.sampled_from(["en_open", "en_close", "en_before", "zh_open", "zh_inner", "ja", "digits"]),
)
def test_a_count_of_days_back_counts_from_the_date_before(day: datetime.date, count: int, shape: str) -> None:
    en, cjk = _EN_COUNTS[count], _CJK_COUNTS[count]
    english = f"{day.day} {_MONTHS[day.month - 1]} {day.year}"
    chinese = f"{day.year}年{day.month}月{day.day}日"
    texts = {
        "en_open": f"The two states signed an accord on {english}. {en.capitalize()} days earlier, their envoys met.",
        "en_close": f"The two states signed an accord on {english}. Their envoys had met in Rome {en} days earlier.",
        "en_before": f"The two states signed an accord on {english}. {en.capitalize()} days before, their envoys met.",
        "zh_open": f"两国于{chinese}签署协定。{cjk}天前，两国外长举行会谈。",
        "zh_inner": f"两国于{chinese}签署协定。两国外长{cjk}天前在罗马举行会谈。",
        "ja": f"両国は{chinese}に協定に署名した。その{cjk}日前、両国の外相が会談した。",
        "digits": f"两国于{chinese}签署协定。{count}天前，两国外长举行会谈。",
    }
    found = _read(texts[shape])
    back = day - datetime.timedelta(days=count)
    assert found[0][1] == day.isoformat()
    assert found[-1][1] == back.isoformat(), (texts[shape], found)


def test_a_day_number_before_going_or_an_eve_is_no_count_back() -> None:
    # `3日前往`: on the 3rd (the day's number) the minister set out; `前夕`, `前后`: an eve, about that day
    for text in (
        "两国于2021年5月1日签署协定。外长于3日前往罗马。",
        "两国于2021年5月1日签署协定。3日前夕，两国外长通话。",
    ):
        assert all(not edtf.startswith("2021-04") for _, edtf in _read(text)), text


def test_days_before_an_act_closing_a_sentence_dates_nothing_new() -> None:
    # `…, two days before the summit`: when this act came against the other one, a background
    found = _read("The two states signed an accord on 3 May 2021. The envoys met in Rome, two days before the summit.")
    assert found == [("3 May 2021", "2021-05-03")]


@given(
    day=st.dates(min_value=datetime.date(1995, 1, 1), max_value=datetime.date(2024, 12, 31)),
    word=st.sampled_from(["a day earlier", "the previous day", "the previous evening"]),
    subject=st.sampled_from(["the two leaders", "their envoys", "Chile and Peru", "a Peruvian delegation"]),
)
def test_a_word_of_the_day_before_followed_by_its_subject_counts_back(
    day: datetime.date, word: str, subject: str
) -> None:
    # `; a day earlier the two leaders raised …`: an adverb takes no object, the words after it are the subject
    english = f"{day.day} {_MONTHS[day.month - 1]} {day.year}"
    found = _read(f"The summit closed in Lima on {english}; {word} {subject} signed a declaration.")
    assert found[-1] == (word, (day - datetime.timedelta(days=1)).isoformat()), found


def test_the_day_before_a_named_act_is_no_count_from_the_date_told_last() -> None:
    # `the day before the summit`: a preposition with its object, counted from the summit (`named_act`), not here
    found = _read("The envoys met in Lima on 3 May 2021. The day before the summit they spoke again.")
    assert ("The day before", "2021-05-02") not in found
