"""A span told by its ends (issue 14, date87; `allyscope/dates/end_spans.py`, data `end_spans` of date_rules.json):
the end of a year or month joined to the start of a later one is one EDTF interval (`2024年底至2025年初` is
`2024/2025`), not the first end alone. Sentences written for these tests (Chile–Korea, Peru–Japan, Kenya–India,
Norway–Vietnam), not the dev documents'."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.dates import Anchor, find_dates
from allyscope.dates.values import rules
from allyscope.pipeline import extract

PAGE = Anchor(2025, 6, 30)


def _found(text: str, document: Anchor | None = PAGE) -> list[tuple[str, str]]:
    return [(d.text, d.edtf) for d in find_dates(text, document_date=document) if not d.document and not d.role]


def test_a_year_s_end_to_the_next_year_s_start_is_one_interval_in_each_language() -> None:
    assert _found("2023年底至2024年初，智利与韩国举行了三轮防务磋商。") == [("2023年底", "2023/2024")]
    assert _found("去（2024）年底至今（2025）年初，我國與秘魯就漁業合作舉行視訊會議。") == [
        ("去（2024）年", "2024/2025")
    ]
    assert _found("2022年末から2023年初めにかけて、ケニアとインドは海上保安の協議を重ねた。")[0][1] == "2022/2023"
    assert _found("From late 2023 to early 2024, Norway and Vietnam held talks on offshore wind.") == [
        ("late 2023", "2023/2024")
    ]
    assert _found("Between late 2023 and early 2024 the two navies exchanged visits.")[0][1] == "2023/2024"
    assert _found("From the end of 2023 to the beginning of 2024, the ministries consulted.")[0][1] == "2023/2024"


def test_a_month_s_end_to_the_next_month_s_start_is_one_interval() -> None:
    assert _found("2019年9月底至10月初，韩国总统访问智利。") == [("2019年9月", "2019-09/2019-10")]
    text = "2016年是两国建交五十周年。同年5月底至6月初，秘鲁总统对日本进行国事访问。"
    assert ("同年5月", "2016-05/2016-06") in _found(text)
    # across the year's end: the January after that December
    assert _found("2023年12月底至1月初，两国海军举行联合巡逻。") == [("2023年12月", "2023-12/2024-01")]


def test_trap_a_year_s_start_to_its_end_or_ends_apart_are_no_such_span() -> None:
    # a year's start to a later end: the words name no end-to-start span
    assert ("2024年初", "2024") in _found("2024年初至2025年底，两国持续磋商。")
    # `and` joins two ends only after `between`
    assert _found("Late 2023 and early 2024 were busy for the two navies.") == [
        ("Late 2023", "2023"),
        ("early 2024", "2024"),
    ]
    # ends in two sentences are two dates
    assert [v for _, v in _found("2023年底，双方签署协定。2024年初，协定生效。")] == ["2023", "2024"]
    # an end before an earlier start is no span
    assert "2024/2023" not in {v for _, v in _found("2024年底至2023年初")}


def test_the_act_told_over_such_a_span_takes_the_interval() -> None:
    text = "外交部新闻稿\n2025年6月30日\n\n2024年底至2025年初，中国和智利外交部门就筹办建交纪念活动举行了多轮磋商。"
    dates = {e.date for e in extract(text).events}
    assert "2024/2025" in dates
    assert "2024" not in dates


def test_the_data_names_every_part_the_reader_uses() -> None:
    r = rules()["end_spans"]
    for key in ("ends_after", "starts_after", "ends_before_en", "starts_before_en", "joiners"):
        assert r[key] and all(isinstance(w, str) and w for w in r[key]), key
    assert "至" in r["joiners"] and "to" in r["joiners"]


@settings(max_examples=40, deadline=None)
@given(
    year=st.integers(1950, 2030),
    gap=st.integers(1, 3),
    form=st.sampled_from(["{a}年底至{b}年初，", "{a}年末から{b}年初めにかけて、", "From late {a} to early {b}, "]),
)
def test_property_any_end_to_a_later_start_is_the_interval_of_the_two_years(year: int, gap: int, form: str) -> None:
    text = form.format(a=year, b=year + gap) + "the two sides consulted."
    values = [v for _, v in _found(text, None)]
    assert values[:1] == [f"{year}/{year + gap}"]


@settings(max_examples=40, deadline=None)
@given(
    year=st.integers(1950, 2030),
    gap=st.integers(0, 3),
    form=st.sampled_from(["{a}年初至{b}年底，", "From early {a} to late {b}, ", "{a}年底，{b}年初，"]),
)
def test_property_a_start_before_an_end_never_joins(year: int, gap: int, form: str) -> None:
    text = form.format(a=year, b=year + gap) + "the two sides consulted."
    assert not any("/" in v for _, v in _found(text, None))


@settings(max_examples=30, deadline=None)
@given(year=st.integers(1990, 2030), month=st.integers(1, 11))
def test_property_a_month_s_end_to_the_next_month_s_start(year: int, month: int) -> None:
    text = f"{year}年{month}月底至{month + 1}月初，两国举行磋商。"
    assert _found(text, None)[0][1] == f"{year}-{month:02d}/{year}-{month + 1:02d}"
