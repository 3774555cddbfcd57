"""Dates that date no act (issue 14 items 2 and 4, twenty-second session, branch prec42: precision on documents the
rules were not tuned on). Each class — a date naming a happening (a crisis, a war, an incident, a test), a Japanese
document's name counted from with 以来, a plural document noun, an `as of` date, figures of a share, of two-way trade
and of military spending, an anniversary count made a noun or closing a sentence, a date opening its clause before a
happening and 以来, a state lasting since a date, a Japanese date inside what the sides agree to do — in sentences
written for these tests, in other words than the corpus documents that showed the class; each beside a sentence of
the same shape that does tell an act, which must keep its event. The facts in them need not be true."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from allyscope import extract
from allyscope.dates.roles import _role, names_a_happening
from allyscope.dates.values import rules


def _stated(text: str) -> list[str]:
    """The dates of the events the text states as done (planned, hypothetical and negated ones left out)."""
    return sorted(e.date for e in extract("Relations\n\n" + text + "\n").events if e.mode == "asserted")


@pytest.mark.parametrize(
    "text",
    [
        "Officials in both capitals still cite the 2008 global financial crisis as the reason the talks slowed.",
        "Analysts say the 2014 annexation war changed how Warsaw saw Berlin.",
        "Many diplomats recall the border crisis of 2020 when they speak about trust.",
        "两国学者认为，2010年的炮击事件是双边关系的分水岭。",
        "2017年の核実験後、両国の対話は途絶えたとの見方が多い。",
        "评论人士指出，2013年的政变之后两国军方的往来明显减少。",
    ],
)
def test_a_date_naming_a_happening_dates_no_act(text: str) -> None:
    assert _stated(text) == [], text


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # the happening frames an act told with it: the act keeps the date
        ("2011年のリビア危機の際、イタリア海軍はマルタに艦艇を派遣した。", ["2011"]),
        ("During the 2006 war, France sent two frigates to the Lebanese coast.", ["2006"]),
        # a verb after the name makes the date the happening's own, as an act is
        ("2020年6月，两国边境冲突爆发后，印度宣布禁止多款应用程序。", ["2020-06"]),
        # a word of a happening after the date in another role leaves the act its date
        ("The ministers signed a crisis-management accord on 4 June 2021.", ["2021-06-04"]),
    ],
)
def test_an_act_told_with_a_happening_keeps_its_date(text: str, dates: list[str]) -> None:
    assert _stated(text) == dates, text


def test_a_day_after_a_named_happening_still_counts_from_it() -> None:
    # `当天` refers back to the incident's day: the happening's date dates no act but still anchors
    text = "问：9月3日的冲撞事件之后，中方有何回应？\n\n答：中国海警当天就此发表声明。"
    assert _stated(text) == [] or all(d.endswith("-09-03") for d in _stated(text))


@given(
    st.integers(min_value=1950, max_value=2030),
    st.sampled_from(["crisis", "standoff", "invasion", "coup"]),
    st.sampled_from(["the", "its", "Moscow's"]),
)
def test_any_year_between_a_determiner_and_a_happening_names_it(year: int, noun: str, determiner: str) -> None:
    text = f"They blamed {determiner} {year} {noun} for it."
    start = text.index(str(year))
    assert names_a_happening(text, start, start + 4)
    framed = f"They met during {determiner} {year} {noun}."
    at = framed.index(str(year))
    assert not names_a_happening(framed, at, at + 4)
    plain = f"In {year} the {noun} ended."
    assert not names_a_happening(plain, 3, 7)


@pytest.mark.parametrize(
    "text",
    [
        "首相は、1956年の日ソ共同宣言以来の経緯に触れ、対話の継続を求めた。",
        "The 1996 Shanghai agreements still govern the patrols along the border.",
        "Bilateral trade stood at $4 billion as of the end of 2023.",
        "By one estimate, Poland's military spending in 2023 overtook France's.",
        "両国間の貿易では、機械類が2022年の輸出額の半分を占めた。",
        "Two-way trade grew by a third in 2022.",
    ],
)
def test_documents_counted_from_as_of_dates_and_figures_date_no_act(text: str) -> None:
    assert _stated(text) == [], text


def test_an_act_beside_a_figure_or_a_document_keeps_its_date() -> None:
    assert _stated("2019年の防衛協定に基づき、両国は2021年5月に初の共同訓練を実施した。") == ["2021-05"]
    assert _stated("The ministers signed two agreements on 4 May 2022.") == ["2022-05-04"]


@pytest.mark.parametrize(
    "text",
    [
        "部長表示，兩國將隆重慶祝明年建交60週年，並歡迎對方代表團來訪。今年雙方慶祝建交59週年。",
        "大臣は、本年で国交樹立50周年を迎えることを歓迎した。",
        "双方欢庆今年建交30周年。",
    ],
)
def test_an_anniversary_count_dates_no_act(text: str) -> None:
    assert _stated(text) == [], text


def test_an_act_after_an_anniversary_count_keeps_its_year() -> None:
    # a clause after the count tells an act of that year
    assert _stated("2019年是两国建交70周年，双方互派了高级别代表团。") == ["2019"]


@pytest.mark.parametrize(
    "text",
    [
        "2019年两国关系出现波折以来，北京始终同对方保持沟通。",
        "自2015年发生强烈地震以来，两国救援队一直保持联系。",
        "同氏は2019年から同機構の事務局長を務めている。",
    ],
)
def test_a_state_lasting_since_a_date_dates_no_act(text: str) -> None:
    assert _stated(text) == [], text


def test_an_act_since_a_date_is_still_an_act() -> None:
    # `自…起生效`: an instrument entering into force is an act on its first day
    assert _stated("该协定自2020年1月1日起生效。") == ["2020-01-01"]


@pytest.mark.parametrize(
    "text",
    [
        "2025年4月2日\n\n両国防衛相は、次回の共同訓練を本年中に北海道で実施することで合意した。",
        "2025年4月2日\n\n両首脳は、首脳会談を年内に定例化し、次回会合を本年秋に開催することで一致した。",
    ],
)
def test_a_japanese_date_inside_what_is_agreed_dates_no_act(text: str) -> None:
    assert _stated(text) == [], text


def test_a_date_before_the_agreement_dates_the_agreeing() -> None:
    # the date opens the clause: it is when the sides agreed
    text = "2025年4月2日\n\n2024年11月、両国首脳は次回の協議を東京で開催することで一致した。"
    assert _stated(text) == ["2024-11"]


@pytest.mark.parametrize(
    "text",
    [
        "2023年　印尼担任东盟轮值主席国。",
        "双方欢迎越方担任2020年东盟轮值主席国。",
        "今年已邁入兩國海巡合作的第23年。",
    ],
)
def test_a_chairs_term_and_a_count_of_years_date_no_act(text: str) -> None:
    assert _stated(text) == [], text


def test_an_act_done_as_chair_keeps_the_terms_year() -> None:
    assert _stated("印尼作为2023年东盟轮值主席国，在雅加达主办了东盟峰会。") == ["2023"]


def test_a_chairs_year_still_anchors_the_same_year() -> None:
    # `同年` after the term's year counts from it: the visit is of that year
    text = "2023年　印尼担任东盟轮值主席国。同年9月，李强总理赴雅加达出席东盟峰会。"
    assert _stated(text) == ["2023-09"]


@pytest.mark.parametrize(
    "text",
    [
        "Canada stopped sending frigates to the region after 2016.",
        "Trade between them only recovered after March 2021.",
        "For Tokyo the legacy of August 2019 is that export controls cut both ways.",
    ],
)
def test_a_date_an_act_came_after_or_a_times_lesson_dates_no_act(text: str) -> None:
    assert _stated(text) == [], text


def test_a_count_after_a_date_still_dates_the_act() -> None:
    # `two months after` counts from the date, and `in` dates the act: neither puts it at some later time
    assert _stated("Two months later, after talks in Rome in March 2021, they signed a defence accord.") != []
    assert _stated("They signed a defence accord in March 2021.") == ["2021-03"]
    text = "Two months after March 2021 they signed a defence accord."
    at = text.index("March")
    assert _role(text, at, at + len("March 2021"), rules()) != "period"


@pytest.mark.parametrize(
    "text",
    [
        "The memorandum of June 2019 lets both coast guards share radar data.",
        "雙方預計明年上半年完成談判。",
        "首批舰艇预计2027年交付。",
    ],
)
def test_a_documents_date_after_of_and_a_forecast_date_no_act(text: str) -> None:
    assert _stated(text) == [], text


def test_a_signing_of_a_document_keeps_its_date() -> None:
    assert _stated("The two navies signed a memorandum of understanding in June 2019.") == ["2019-06"]
    assert _stated("双方于2019年6月签署了谅解备忘录。") == ["2019-06"]
