"""Dates counted from the document's week (`last week`, `先週`, `上周三`, `本週二`), weekday ranges anchored to one
week (`Tuesday to Thursday`, `月曜から水曜まで`, `週一至週三`), a day of the month told as an ordinal (`On the 9th`)
and dotted figures that are versions or issue numbers, never dates (`v2021.3`, `build 2020.4.7`). Sentences written
for these tests, not taken from the corpus."""

from __future__ import annotations

import datetime

from hypothesis import given
from hypothesis import strategies as st

from allyscope.dates import Anchor, find_dates, rules

_WED = Anchor(2022, 6, 15)  # a Wednesday


def _read(text: str, document_date: Anchor | None = _WED) -> list[tuple[str, str]]:
    return [(m.text, m.edtf) for m in find_dates(text, document_date=document_date) if m.dates_event]


def test_a_week_alone_is_its_monday_to_sunday() -> None:
    assert _read("Envoys from both capitals held talks in Oslo last week.") == [("last week", "2022-06-06/2022-06-12")]
    assert _read("外相は今週、ソウルを訪れた。") == [("今週", "2022-06-13/2022-06-19")]
    assert _read("两国海警上週在马尼拉湾举行联合搜救演练。") == [("上週", "2022-06-06/2022-06-12")]
    assert _read("The frigates are due in port next week.") == [("next week", "2022-06-20/2022-06-26")]


def test_a_week_before_a_weekday_or_a_day_names_that_day() -> None:
    assert _read("双方上周四在日内瓦签署议定书。") == [("上周四", "2022-06-09")]
    assert _read("大臣は先週の金曜日に声明を出した。") == [("先週の金曜日", "2022-06-10")]
    assert _read("防長は先週8日、基地を視察した。") == [("先週8日", "2022-06-08")]
    assert _read("兩軍本週一展開聯合巡航。") == [("本週一", "2022-06-13")]


def test_week_words_that_name_no_week() -> None:
    assert _read("Attacks rose in the last week of May 2021.") == [("May 2021", "2021-05")]
    assert _read("Over the past week the ships kept their distance.") == []
    assert _read("在日本周边海域，两国每周一次交换情报。") == []
    assert _read("本周一些议员提出质询。") == [("本周", "2022-06-13/2022-06-19")]  # this week, some lawmakers
    assert _read("下周边境口岸恢复通关。") == []  # 下 + 周边 (the border area), no week
    assert _read("Envoys met last week.", document_date=None) == []  # no document date: nothing to count from


def test_a_week_anchors_no_bare_day_after_it() -> None:
    found = _read("2022年5月3日に交渉が始まった。先週、合意文書がまとまり、20日に署名された。")
    assert found[-1] == ("20日", "2022-05-20")


def test_a_weekday_range_lies_in_one_week() -> None:
    saturday = Anchor(2022, 6, 18)
    assert _read("The drills ran from Tuesday through Thursday off Darwin.", saturday)[0] == (
        "Tuesday",
        "2022-06-14/2022-06-16",
    )
    # a Wednesday document: Monday is this week's, Friday the first Friday after it, not the Friday before
    assert _read("Inspectors worked Monday to Friday at the yard.")[0] == ("Monday", "2022-06-13/2022-06-17")
    assert _read("合同訓練は月曜から水曜まで行われた。")[0] == ("月曜", "2022-06-13/2022-06-15")
    assert _read("兩國外長於週一至週三舉行會談。")[0] == ("週一", "2022-06-13/2022-06-15")


def test_an_ordinal_day_takes_the_month_before_it() -> None:
    text = "Talks opened in Hanoi on 2 October 2019. On the 5th, the delegations agreed a text."
    assert _read(text)[-1] == ("the 5th", "2019-10-05")
    assert _read("Hearings began in March 2020, and on the 12th they moved online.")[-1] == ("the 12th", "2020-03-12")


def test_an_ordinal_before_a_noun_is_no_day() -> None:
    assert _read("In May 2020 the 3rd battalion moved north. On the 9th floor sat the staff.") == [
        ("May 2020", "2020-05")
    ]
    assert all("2nd" not in words for words, _ in _read("It was on the 2nd anniversary of the 2001 pact."))


def test_dotted_figures_after_a_version_word_are_no_dates() -> None:
    assert _read("The plan is tracked in release v2021.3 (build 2020.4.7).") == []
    assert _read("Patch 2019.11.2 fixed the map layer.") == []
    assert _read("詳しくは『安全保障研究』第2020.2号を参照。") == []
    assert _read("依据数据版本2023.1编写。") == []
    # the same figures opening a chronology's line are a date
    assert _read("2020.4.7 The two navies signed a logistics pact.") == [("2020.4.7", "2020-04-07")]


@given(
    st.dates(datetime.date(1990, 1, 1), datetime.date(2030, 12, 31)),
    st.sampled_from(sorted(rules()["document_weeks"]["words"].items())),
)
def test_a_week_word_spans_seven_days_around_its_shift(today: datetime.date, word_shift: tuple[str, int]) -> None:
    word, shift = word_shift
    if word.startswith("the "):
        return  # `the week before last` reads as a week, tried with its own sentence below
    text = f"They met {word} in the capital." if word.isascii() else f"双方{word}举行会谈。"
    found = [m for m in find_dates(text, document_date=Anchor(today.year, today.month, today.day)) if m.text == word]
    assert len(found) == 1
    first, last = (datetime.date.fromisoformat(p) for p in found[0].edtf.split("/"))
    assert first.weekday() == 0 and (last - first).days == 6
    assert (first - (today - datetime.timedelta(days=today.weekday()))).days == 7 * shift


@given(st.dates(datetime.date(1990, 1, 1), datetime.date(2030, 12, 31)), st.integers(0, 6), st.integers(0, 6))
def test_a_weekday_range_closes_on_or_after_it_opens(today: datetime.date, first: int, second: int) -> None:
    names = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    text = f"The drills ran from {names[first]} to {names[second]}."
    found = find_dates(text, document_date=Anchor(today.year, today.month, today.day))
    opening = found[0].edtf.split("/")
    start = datetime.date.fromisoformat(opening[0])
    assert start.weekday() == first and start <= today
    if len(opening) == 2:  # joined: the closing day is the named weekday within six days after the opening
        end = datetime.date.fromisoformat(opening[1])
        assert end.weekday() == second and 0 < (end - start).days <= 6
    else:  # the same weekday twice is no range
        assert first == second


def test_a_week_after_weekdays_names_their_week() -> None:
    friday = Anchor(2021, 10, 22)
    assert _read("Envoys met on Tuesday last week in Rome.", friday) == [("Tuesday", "2021-10-12")]
    assert _read("From Monday to Wednesday this week the fleet stayed in port.", friday)[0] == (
        "Monday",
        "2021-10-18/2021-10-20",
    )
    assert _read("Talks run from Monday to Tuesday next week.", friday)[0] == ("Monday", "2021-10-25/2021-10-26")


def test_a_day_with_qi_opens_a_period_like_a_full_date() -> None:
    text = "2021年9月，两国海军开始联合巡航，并于14日起在南海举行演习。"
    assert _read(text)[-1] == ("14日起", "2021-09-14/..")
    assert _read("2021年9月，双方于14日起至16日举行会谈。")[-1] == ("14日", "2021-09-14/2021-09-16")


def test_a_year_in_a_reference_code_is_no_date() -> None:
    assert _read("See document C-M(2019)0034 and note PO(2022)0211 for the text.") == []
    assert _read("The plan (2019) was adopted.") == [("2019", "2019")]


def test_a_month_set_off_before_a_day_of_it_frames_that_day() -> None:
    # the month opens the sentence, a comma, then the day in the same clause: one date, the day's
    text = "两国于2018年5月2日开始谈判。同年9月，双方代表于14日草签协定。"
    found = find_dates(text, document_date=_WED)
    assert [(m.text, m.dates_event) for m in found][1:] == [("同年9月", False), ("14日", True)]
    text = "Talks began in May 2019. In June, on the 3rd, the envoys initialled a text."
    assert _read(text) == [("May 2019", "2019-05"), ("the 3rd", "2019-06-03")]
    # another clause between them: the month dates that clause and stays a date
    text = "2017年11月，印度总理访问马尼拉，13日双方签署四项协议。"
    assert [m.text for m in find_dates(text, document_date=_WED) if m.dates_event] == ["2017年11月", "13日"]
    # no comma after the month: it dates its own clause
    assert len(_read("2021年9月に艦艇が寄港し、4日には空母が入港した。")) == 2


def test_glossed_days_of_this_week_and_this_day() -> None:
    friday = Anchor(2022, 9, 9)
    assert _read("部長本（9）日出席記者會。", friday) == [("本（9）日", "2022-09-09")]
    assert _read("両外相は先週（1日）、電話で協議した。", friday) == [("先週（1日）", "2022-09-01")]


def test_ordinal_days_joined_into_a_range() -> None:
    text = "In October 2021 the fleet sailed; the first phase ran from the 11th to the 14th off Guam."
    assert _read(text)[1] == ("the 11th", "2021-10-11/2021-10-14")


def test_a_possessive_year_names_a_thing_of_that_year() -> None:
    assert _read("Last year's exercise drew 9,000 troops.") == []
    assert _read("Last year the two navies exercised together.") == [("Last year", "2021")]


def test_a_month_alone_on_its_line_heads_the_day_lines_under_it() -> None:
    import allyscope

    page = (
        "日独防衛協力\n\n日本とドイツの防衛協力の年表である。\n\n年表\n\n"
        "2021年11月\n　5日　ドイツ海軍のフリゲート「バイエルン」が東京に寄港。\n"
        "2024年7月\n　19日　ドイツ空軍の戦闘機が日本に初めて飛来。\n"
    )
    doc = allyscope.extract(page)
    found = [(m.text, m.edtf, m.role) for m in doc.dates]
    assert ("2021年11月", "2021-11", "heading") in found and ("5日", "2021-11-05", "") in found
    assert ("19日", "2024-07-19", "") in found
    assert {(e.date, e.mode) for e in doc.events} >= {("2021-11-05", "asserted"), ("2024-07-19", "asserted")}
