"""One reader of counts from a named act in four languages (`allyscope/dates/named_act.py`, dat44):
`会談の2日後`, `会谈的两天后`, `會談兩天後`, `two days after the talks`, `会談の前日`, `会谈半年后` count from the act
they name, dated by its own clause, not from the date told last. Sentences written for these tests (Norway–Chile,
Kenya–Tanzania, Uruguay–Argentina, Mongolia–Kazakhstan, Peru–Bolivia), not the dev documents'."""

from __future__ import annotations

import datetime
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.dates import Anchor, find_dates
from allyscope.dates.named_act import count_phrases, counted_from_named_acts, moved
from allyscope.dates.values import DateMention
from allyscope.extraction import extract_json

_AUTUMN_2024 = Anchor(2024, 11, 20)


def _found(text: str, document: Anchor | None = _AUTUMN_2024) -> list[tuple[str, str]]:
    return [(d.text, d.edtf) for d in find_dates(text, document_date=document) if not d.document]


def test_a_japanese_count_takes_the_day_of_the_act_s_clause_not_the_last_day_of_its_sentence() -> None:
    # the talks are dated by 9月3日; the 4th dates another clause of the same sentence
    text = "両国外相は9月3日に会談を行い、4日には合同演習を視察した。会談の3日後、両国は覚書に署名した。"
    assert ("3日後", "2024-09-06") in _found(text)


def test_a_traditional_chinese_count_with_the_act_alone_before_it() -> None:
    text = "蒙古外長於10月30日與哈薩克外長舉行會談；代表團並於11月1日參訪邊境口岸。會談兩天後，雙方簽署合作協定。"
    assert ("兩天後", "2024-11-01") in _found(text)


def test_a_simplified_chinese_count_with_a_noun_and_de() -> None:
    text = "5月20日，秘鲁与玻利维亚举行边境磋商。6月2日，两国海军举行联合巡逻。磋商的两周后，两国签署了议定书。"
    assert ("两周后", "2024-06-03") in _found(text)


def test_an_english_count_of_days_after_the_talks_counts_from_the_talks() -> None:
    text = (
        "Norway's foreign minister held talks with his Chilean counterpart in Oslo on 4 March 2024. "
        "On 5 March he visited a naval base. Two days after the talks, the two governments signed an agreement."
    )
    assert ("Two days after", "2024-03-06") in _found(text)


def test_the_day_before_a_named_act_in_japanese() -> None:
    text = (
        "ウルグアイ大統領は6月10日にアルゼンチン大統領と会談した。12日には工場を視察した。"
        "会談の前日、両国の閣僚が協議した。"
    )
    assert ("前日", "2024-06-09") in _found(text)


def test_half_a_year_after_a_named_act() -> None:
    text = "2023年3月14日，肯尼亚总统与坦桑尼亚总统举行会谈。同年4月，双方部长再次会晤。会谈半年后，两国开通了边境站。"
    assert ("半年后", "2023-09") in _found(text)


def test_a_count_back_before_a_named_act_in_japanese() -> None:
    # `会談の3日前`: three days before the talks, a count the paragraph's reader does not read itself
    text = "チリ大統領は11月15日にノルウェー首相と会談した。会談の3日前、両国の外相が電話で協議した。"
    assert ("会談の3日前", "2024-11-12") in _found(text)


def test_a_count_whose_act_no_date_names_keeps_the_date_told_last() -> None:
    # `峰会` is named nowhere before: the count stays on the date told last
    text = "8月24日，两国外长举行会晤。8月25日，双方发表公报。峰会的两天后，两国签署协定。"
    assert ("两天后", "2024-08-27") in _found(text)


def test_a_count_glossing_a_date_is_no_date_of_its_own() -> None:
    # the act is dated by `on 12 May 2022`; `a week before the election` tells when the other act came
    text = (
        "Peru and Bolivia held an election observation summit on 2 May 2022. "
        "They signed the border treaty on 12 May 2022, a week before the summit."
    )
    assert all("before" not in words for words, _ in _found(text))


def test_an_act_named_as_the_base_of_another_date_tells_no_day_of_it() -> None:
    # `会談の前日` names the talks but does not date them; the talks are the 10th
    text = (
        "会談の前日、9日に代表団が到着した。両首脳は10日に会談した。11日、共同声明を出した。"
        "会談の2日後、協定に署名した。"
    )
    assert ("2日後", "2024-11-12") in _found(text)


def test_a_count_after_an_act_a_paragraph_before_in_a_document(tmp_path: Path) -> None:
    text = (
        "モンゴルとカザフスタンの協力\n\n2024年12月1日\n\n"
        "両国の国防相は9月3日、ウランバートルで協議を行った。翌日、両国軍の部隊を視察した。\n\n"
        "協議の2日後、両国は防衛協力に関する覚書に署名した。\n"
    )
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    events = extract_json(path)["events"]
    assert any(e["date"] == "2024-09-05" and "覚書" in e["evidence"]["text"] for e in events)


def test_the_phrases_of_the_four_languages_are_found() -> None:
    phrases = count_phrases("会談の2日後。会谈的两个月后。會談三週後。two weeks after the summit. 会談の前日。")
    assert [(p.unit, p.count) for p in phrases] == [("day", 2), ("month", 2), ("week", 3), ("week", 2), ("day", -1)]
    assert count_phrases("两天后，双方签署协定。Two days later they met.") == []


_SHAPES = {
    "ja": (
        "{y}年{m}月{d}日、両国は会談を行った。{y2}年{m2}月{d2}日、両国は基地を視察した。"
        "会談の{n}日後、協定に署名した。",
        "日後",
    ),
    "zh-Hans": (
        "{y}年{m}月{d}日，两国举行会谈。{y2}年{m2}月{d2}日，双方参观基地。会谈的{n}天后，双方签署协定。",
        "天后",
    ),
    "zh-Hant": ("{y}年{m}月{d}日，兩國舉行會談。{y2}年{m2}月{d2}日，雙方參觀基地。會談{n}天後，雙方簽署協定。", "天後"),
    "en": (
        "The ministers held talks on {d} {mn} {y}. On {d2} {mn2} {y2} they toured a base. "
        "{n} days after the talks, they signed an accord.",
        "days after",
    ),
}


@settings(max_examples=80, deadline=None)
@given(
    st.dates(datetime.date(1995, 1, 1), datetime.date(2030, 12, 28)),
    st.integers(1, 30),
    st.integers(1, 9),
    st.sampled_from(sorted(_SHAPES)),
)
def test_any_count_of_days_after_the_talks_counts_from_their_day_not_the_day_told_last(
    day: datetime.date, n: int, later: int, language: str
) -> None:
    # another act is dated `later` days after the talks, between them and the count
    other = day + datetime.timedelta(days=later)
    template, word = _SHAPES[language]
    text = template.format(y=day.year, m=day.month, d=day.day, mn=day.strftime("%B"), y2=other.year,
                           m2=other.month, d2=other.day, mn2=other.strftime("%B"), n=n)  # fmt: skip
    counted = [m for m in find_dates(text) if word in m.text]
    assert [m.edtf for m in counted] == [(day + datetime.timedelta(days=n)).isoformat()]


@given(
    st.integers(1990, 2030),
    st.integers(1, 12),
    st.integers(1, 28),
    st.sampled_from(["day", "week", "month", "year"]),
    st.integers(-40, 40),
)
def test_moving_keeps_the_unit_s_precision_both_ways(year: int, month: int, day: int, unit: str, count: int) -> None:
    value = moved(f"{year:04d}-{month:02d}-{day:02d}", unit, count)
    assert value is not None
    edtf, precision = value
    assert precision == {"day": "day", "week": "day", "month": "month", "year": "year"}[unit]
    start = f"{year:04d}-{month:02d}-{day:02d}"[: len(edtf)]
    assert (edtf >= start) if count >= 0 else (edtf <= start)
    assert moved(f"{year:04d}-{month:02d}", "day", count) is None  # a month alone cannot move by days


def test_a_mention_read_by_the_paragraph_is_dated_again_in_place() -> None:
    text = "3月1日，两国举行会谈。3月5日，双方发表声明。会谈的两天后，两国签署协定。"
    told = find_dates(text, document_date=_AUTUMN_2024)
    again = counted_from_named_acts(text, told)
    assert len(again) == len(told)
    assert [m.edtf for m in again if m.text == "两天后"] == ["2024-03-03"]
    assert all(isinstance(m, DateMention) for m in again)
