"""Which date an act takes (issue 14, date88): a Republic year without its era's name on a title line dates the
page; a season or part after a counted year (`翌年秋`) keeps its season; talks told with their counterpart in a
sentence that told its date (`…との首脳会談後`) take that date; a day word naming its sentence's topic (`本日の署名は、
…ものです`) dates no event. Sentences of our own, other words than the dev documents, with traps."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from allyscope.dates.reading import read_dates
from allyscope.dates.told_again import today_topics
from allyscope.dates.values import Anchor
from allyscope.layout.dating import document_date


def _read(text: str, day: Anchor | None = None) -> list[tuple[str, str]]:
    return [(m.text, m.edtf) for m in read_dates(text, document_date=day).mentions]


# a Republic year on a title or header line


def test_a_republic_day_inside_a_briefings_title_dates_the_page() -> None:
    lines = ["國防部113年9月2日定期記者會逐字稿", "", "問：關於共同訓練的安排？"]
    assert document_date(lines, []) == ("2024-09-02", "dateline")


def test_a_republic_day_closing_a_series_line_dates_the_page() -> None:
    lines = ["遠景基金會　戰略簡訊　111年10月5日", "", "一、事件概述"]
    assert document_date(lines, []) == ("2022-10-05", "dateline")


def test_a_count_of_years_or_a_fiscal_year_on_a_first_line_dates_nothing() -> None:
    assert document_date(["兩國互設代表處已逾110年", "", "正文"], []) is None
    assert document_date(["第112年度國防預算說明", "", "正文"], []) is None


@given(
    st.integers(100, 119),
    st.integers(1, 12),
    st.integers(1, 28),
    st.sampled_from(["外交部", "經濟部", "國防部"]),
    st.sampled_from(["例行記者會", "記者會答問紀要", "新聞稿"]),
)
def test_any_republic_day_between_an_offices_name_and_a_kind_dates_the_page(
    year: int, month: int, day: int, office: str, kind: str
) -> None:
    lines = [f"{office}{year}年{month}月{day}日{kind}", "", "問：請說明。"]
    assert document_date(lines, []) == (f"{year + 1911}-{month:02d}-{day:02d}", "dateline")


# a season or part after a counted year


def test_a_season_after_a_counted_year_is_that_years_season() -> None:
    assert _read("1998年6月に協定に署名した。翌年春には批准書を交換した。")[-1] == ("翌年春", "1999-21")
    assert _read("2012年3月，两国外长会晤。同年夏天，双方签署协议。")[-1] == ("同年夏天", "2012-22")
    assert _read("2005年11月，总统访华。次年冬季，双方互设使馆。")[-1] == ("次年冬季", "2006-24")


def test_a_part_after_a_counted_year_keeps_the_year() -> None:
    mentions = read_dates("2016年4月に首脳会談を行った。翌年初めに外相が訪問した。").mentions
    assert (mentions[-1].text, mentions[-1].edtf, mentions[-1].qualifier) == ("翌年初め", "2017", "early")


def test_a_festival_after_a_counted_year_is_no_season() -> None:
    assert _read("2019年1月，总理来访。同年春节期间，双方互致贺电。")[-1] == ("同年", "2019")


@given(st.integers(1950, 2030), st.sampled_from(["翌年", "次年", "同年"]), st.sampled_from(["春", "夏", "秋", "冬"]))
def test_any_counted_year_keeps_its_season(year: int, counted: str, season: str) -> None:
    code = {"春": 21, "夏": 22, "秋": 23, "冬": 24}[season]
    shift = 0 if counted == "同年" else 1
    found = _read(f"{year}年5月，两国签署协定。{counted}{season}，双方举行磋商。")
    assert found[-1] == (f"{counted}{season}", f"{year + shift}-{code}")


# talks told with their counterpart after the sentence's own date


def test_talks_with_a_counterpart_take_the_season_their_sentence_told() -> None:
    text = "2011年5月に来日した。翌年夏には再び来日し、野田総理大臣との首脳会談後、両首脳は共同声明を発出した。"
    assert _read(text)[-1] == ("首脳会談後", "2012-22")


def test_talks_with_a_counterpart_in_chinese_take_the_month_their_sentence_told() -> None:
    assert _read("2017年9月，总理访问河内，与越南总理会谈后签署联合声明。")[-1] == ("会谈后", "2017-09")


def test_talks_after_a_sentence_end_are_not_the_sentences() -> None:
    found = _read("2011年秋に来日した。野田総理大臣との首脳会談後、両首脳は一致した。")
    assert ("首脳会談後", "2011-23") not in found


@given(st.integers(1990, 2030), st.sampled_from(["春", "夏", "秋", "冬"]), st.sampled_from(["大統領", "首相", "外相"]))
def test_any_counterparts_talks_keep_the_season_told_before_them(year: int, season: str, title: str) -> None:
    code = {"春": 21, "夏": 22, "秋": 23, "冬": 24}[season]
    found = _read(f"{year}年{season}に訪問し、同国の{title}との会談後、覚書に署名した。")
    assert found[-1] == ("会談後", f"{year}-{code}")


# a day word naming its sentence's topic


def _roles(text: str, day: Anchor) -> list[tuple[str, str]]:
    found = today_topics(text, read_dates(text, document_date=day).mentions)
    return [(m.text, m.role) for m in found]


def test_a_day_word_naming_the_topic_dates_no_event() -> None:
    day = Anchor(2025, 6, 3)
    assert _roles("本日、両国は協定に署名しました。本日の合意は、十年来の交渉の成果です。", day)[-1] == (
        "本日",
        "told-again",
    )
    assert _roles("今天两国签署了协定。今天签署的协定将为双方合作奠定基础。", day)[-1] == ("今天", "told-again")
    text = "The two navies signed a pact today. Officials said today's signing was long overdue."
    assert _roles(text, day)[-1] == ("today", "told-again")


def test_a_day_word_setting_the_scene_of_an_act_keeps_its_date() -> None:
    day = Anchor(2025, 6, 3)
    assert _roles("本日の会談では、両首脳は協力の強化で一致しました。", day) == [("本日", "")]
    assert _roles("本日、両外相は覚書に署名しました。", day) == [("本日", "")]
    assert _roles("今天双方在北京签署了合作文件。", day) == [("今天", "")]
    assert _roles("At today's meeting the ministers signed a pact.", day) == [("today", "")]


@given(
    st.sampled_from(["署名", "合意", "会談", "訪問"]),
    st.sampled_from(["成果です", "節目となるものです", "意義深いものです"]),
)
def test_any_topic_after_a_day_word_is_told_again(noun: str, predicate: str) -> None:
    assert _roles(f"本日の{noun}は、両国関係の{predicate}。", Anchor(2025, 6, 3)) == [("本日", "told-again")]
