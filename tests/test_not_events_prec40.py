"""Dates that date no act (issue 14, twenty-first session, branch prec40: precision on documents the rules were not
tuned on). Each class — a year glossing a name in brackets, an English clause that marks an anniversary or lets one
pass, a Japanese embedded clause telling a figure, shares and output figures, a decade of relations cooling or
deepening, a trend of speeding up since a year, a reference list's label — in sentences written for these tests, in
other words than the corpus documents that showed the class; each beside a sentence of the same shape that does tell
an act, which must keep its event. The facts in them need not be true."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from allyscope import extract
from allyscope.dates.roles import counts_an_anniversary_en, glosses_a_name


def _stated(text: str) -> list[str]:
    """The dates of the events the text states as done (planned, hypothetical and negated ones left out)."""
    return sorted(e.date for e in extract("Relations\n\n" + text + "\n").events if e.mode == "asserted")


@pytest.mark.parametrize(
    "text",
    [
        "朝鲜战争（1950年）的教训至今仍影响两国的防务合作。",
        "印度總理莫迪（2014年起在任）多次強調兩國的夥伴關係。",
        "湾岸戦争（1991年）の経験は、両国の防衛協力の出発点とされる。",
    ],
)
def test_a_year_glossing_a_name_in_brackets_dates_no_act(text: str) -> None:
    assert _stated(text) == [], text


def test_an_act_beside_a_glossed_name_keeps_its_own_date() -> None:
    # the gloss dates the war; the signing has its own date
    assert _stated("朝鲜战争（1950年）结束后，两国于1953年10月签署了共同防御条约。") == ["1953-10"]
    # a year in brackets after white space is a citation, and a caption's month is a caption: neither is a gloss
    assert not glosses_a_name("Smith (2019) argues", 7, 11)
    assert not glosses_a_name("部队抵达（2024年6月）", 5, 12)


@given(st.integers(min_value=1900, max_value=2099), st.sampled_from(["战争", "協定", "会談", "首相"]))
def test_any_year_alone_in_brackets_after_a_noun_is_a_gloss(year: int, noun: str) -> None:
    text = f"{noun}（{year}年）的意义"
    start = len(noun) + 1
    assert glosses_a_name(text, start, start + 5)
    spaced = f"{noun} ({year}) says"
    assert not glosses_a_name(spaced, len(noun) + 2, len(noun) + 6)


@pytest.mark.parametrize(
    "text",
    [
        "The two navies signed their first accord in 1999, and celebrations marked the 25th anniversary in 2024.",
        "In 2021 the two capitals let the 30th anniversary of relations go by quietly.",
        "This year the allies mark 70 years of their alliance.",
    ],
)
def test_an_english_clause_counting_an_anniversary_dates_no_act(text: str) -> None:
    found = _stated(text)
    assert all(date[:4] not in ("2021", "2024") for date in found), (text, found)
    assert counts_an_anniversary_en(text.lower())


def test_an_anniversary_marked_by_an_act_keeps_its_date() -> None:
    assert _stated("On 4 April 2019 the ministers held talks to mark the 70th anniversary of the treaty.") == [
        "2019-04-04"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "両首脳は、2022年に両国間の貿易が伸びたことを評価しました。",
        "外相は、2019年に相手国向けの輸出が大きく伸びたことを歓迎した。",
    ],
)
def test_a_japanese_figure_embedded_in_a_welcome_dates_no_act(text: str) -> None:
    assert _stated(text) == [], text


def test_a_japanese_act_embedded_in_a_welcome_keeps_its_date() -> None:
    assert _stated("両首脳は、両国が2022年に防衛協定に署名したことを歓迎しました。") == ["2022"]


@pytest.mark.parametrize(
    "text",
    [
        "2020年に同国が輸入した天然ガスの7割はロシア産であった。",
        "2023年兩國漁船的總產量約為50萬公噸。",
        "In 2019 imports from the two partners supplied half of the country's fuel.",
    ],
)
def test_a_share_or_an_output_figure_dates_no_act(text: str) -> None:
    assert _stated(text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "2000年代には両国の関係は悪化した。",
        "1990年代，两国关系一度恶化。",
        "In the 1990s, joint exercises between the two navies multiplied.",
    ],
)
def test_a_decade_of_relations_changing_dates_no_act(text: str) -> None:
    assert _stated(text) == [], text


def test_a_trend_of_speeding_up_since_a_year_dates_no_act_but_an_act_since_then_keeps_its_date() -> None:
    assert _stated("自2015年以来，两国的防务合作明显加速。") == []
    assert _stated("自2018年起，两国海军每年举行联合演习。") == ["2018/.."]


@pytest.mark.parametrize(
    "line",
    [
        "参考资料：国防部，《两国防务合作概况》，2021年3月4日。",
        "References: Defence Ministry, Annual Report, 12 May 2020.",
    ],
)
def test_a_reference_list_line_dates_no_act(line: str) -> None:
    assert _stated("两国于2010年签署防务合作协定。\n\n" + line) == ["2010"]


def test_a_start_a_state_lasted_from_anchors_no_relative_day_after_it() -> None:
    # `since 2008` dates no act: `the next day` counts from the day before it, as a reader counts it
    text = (
        "The navy took over the harbour on 14 March 2022, ending a lease that had let foreign ships call there since"
        " 2008.\n\nThe defence minister inspected the harbour the next day."
    )
    found = extract("Relations\n\n" + text + "\n")
    assert "2022-03-15" in {d.edtf for d in found.dates}


@pytest.mark.parametrize(
    "text",
    [
        "On 2 June 2023 the island closed a base that had hosted foreign aircraft since 2001.",
        "The ministers praised the joint patrols, run along the border since 2016, on 5 May 2021.",
    ],
)
def test_a_year_since_which_a_thing_has_lasted_dates_no_act(text: str) -> None:
    found = _stated(text)
    assert all(not date.endswith("/..") for date in found), (text, found)


def test_an_act_carried_on_since_a_year_in_the_main_clause_keeps_its_open_date() -> None:
    assert _stated("The two navies have trained together every year since 2015.") == ["2015/.."]


def test_the_years_after_an_act_are_no_day_of_it() -> None:
    # `签署后数年间`: the span after the signing; `签署后` alone is the signing's day
    assert _stated("两国于2015年6月3日签署防务协定。协定签署后数年间，双方的联合训练进展有限。") == ["2015-06-03"]
    assert _stated("两国于2015年6月3日签署防务协定。签署后，双方举行了会谈。") == ["2015-06-03", "2015-06-03"]


def test_an_act_not_given_out_is_negated() -> None:
    assert _stated("两国于2019年3月8日举行会谈，会谈的具体内容当天未予公布。") == ["2019-03-08"]


def test_a_willingness_to_act_is_no_act_done() -> None:
    # `愿同…深化合作`: what a side is willing to do, after the count of an anniversary or alone
    assert _stated("今年是两军建立交流机制二十周年，我方愿与对方共同举行更多联合训练。") == []
    assert _stated("2024年，韓方願與越方進一步加強海上安全合作。") == []
    # a statement of that willingness is a statement, done on its day
    assert _stated("外交部发言人2024年3月5日表示，中方愿同有关国家加强防务合作。") == ["2024-03-05"]


def test_japanese_objects_waiting_for_one_planned_verb_are_all_planned() -> None:
    planned = "防衛相は、2025年9月3日にインドネシアを、5日にベトナムを訪れる予定だ。"
    assert _stated(planned) == []
    done = "防衛相は、2025年9月3日にインドネシアを、5日にベトナムを訪れた。"
    assert _stated(done) == ["2025-09-03", "2025-09-05"]


def test_an_object_with_a_verb_of_its_own_keeps_its_mode() -> None:
    text = "両国は、2021年に署名した協定を、2026年に改定する予定である。"
    assert _stated(text) == ["2021"]
