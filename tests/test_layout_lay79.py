"""lay79 (forty-eighth session): kinds of document the dev layout set held least (`tests/layouts/lay79_*`): a zh
university school's news page (`供稿：…　摄影：…` over `审核：…`), a ja prefecture's international-exchange page (a
font-size row with background colours, a head over a table parted by tabs), a zh-Hant journal's book review
(`評者：` naming the reviewer above the book's own `作者：` field) and a zh-Hant association's chronology page (its
title between a trail and an update stamp, rows grouped under decades `1970年代`). Each rule on text in other
words than the documents that showed the miss (other places, other years), with traps (lines that look alike and
must not change) and property tests where a line or a text is parsed."""

from __future__ import annotations

from helpers import assert_offsets_valid
from hypothesis import given
from hypothesis import strategies as st

from allyscope import parse_text
from allyscope.layout.furniture import furniture_kind
from allyscope.layout.headings import period_heading
from tests.helpers import furniture_of, heading_rows

# --- a contributing unit's credit (furniture.json 'credit') ----------------------------------------------------


def test_contributing_unit_is_a_credit() -> None:
    assert furniture_kind("供稿：外国语学院") == "credit"
    assert furniture_kind("供稿：党委宣传部　摄影：王晓东　编辑：李婷") == "credit"
    assert furniture_kind("供图：校团委") == "credit"
    assert furniture_kind("供稿單位：政治學系") == "credit"
    # traps: a sentence about contributions, a label with no colon, a sentence after the label
    assert furniture_kind("供稿单位需在每月十日前提交下月的选题。") is None
    assert furniture_kind("供稿时请注明作者的姓名与联系方式") is None
    assert furniture_kind("供稿：各学院应当在活动结束后两天之内提交新闻稿件，并附上照片。") is None


@given(st.text(alphabet="国际关系学院党委宣传部外语系研究中心", min_size=1, max_size=20))
def test_any_contributing_unit_is_a_credit(unit: str) -> None:
    """Property: `供稿：` and a unit's name with no stop is the page's staff line."""
    assert furniture_kind(f"供稿：{unit}") == "credit"


def test_credit_lines_leave_a_school_news_text() -> None:
    text = (
        "首页　学院概况　新闻动态　学术交流　招生就业\n"
        "当前位置：首页 > 新闻动态 > 学术交流\n"
        "外国语学院举办东南亚语言与区域国别研究论坛\n"
        "发布时间：2023-11-20　浏览次数：261\n"
        "11月18日，外国语学院举办东南亚语言与区域国别研究论坛，来自八所高校的三十余位学者参加论坛。\n"
        "与会学者就区域国别研究的学科建设与人才培养进行了交流。\n"
        "供稿：外国语学院　摄影：赵一帆\n"
        "审核：孙立平\n"
    )
    found = furniture_of(text)
    assert ("credit", "供稿：外国语学院　摄影：赵一帆") in found
    doc = parse_text(text)
    assert "来自八所高校的三十余位学者参加论坛" in doc.text
    assert doc.authors == []
    assert_offsets_valid(doc)


# --- a font-size row with background colours (furniture.json 'tools') ----------------------------------------


def test_font_size_row_with_background_colours_is_tools() -> None:
    assert furniture_kind("文字サイズ　標準　拡大　背景色　白　黒　青") == "tools"
    assert furniture_kind("文字サイズ 小 中 大 背景色変更 白 黒 黄 元に戻す Foreign Language") == "tools"
    assert furniture_kind("文字の大きさ　拡大　縮小　背景色　白　青　多言語") == "tools"
    # traps: a sentence naming the controls, colours alone
    assert furniture_kind("文字サイズと背景色は画面右上のボタンで変更できます。") is None
    assert furniture_kind("背景色　白　黒") is None


# --- a title between a trail and the page's stamp (layout/edge_blocks.py) ------------------------------------


def test_title_between_trail_and_stamp_is_the_title() -> None:
    text = (
        "跳到主要內容區塊\n"
        ":::\n"
        "首頁 > 認識本會 > 歷史沿革\n"
        "本會歷史沿革\n"
        "更新日期：2023-06-15\n"
        "1990年代\n"
        "1994年3月2日　本會於臺北成立，首任董事長就任。\n"
        "1998年11月　本會與日本的民間團體簽署交流合作備忘錄。\n"
    )
    doc = parse_text(text)
    assert doc.title == "本會歷史沿革"
    assert ("navigation", "首頁 > 認識本會 > 歷史沿革") in furniture_of(text)
    assert_offsets_valid(doc)


def test_short_line_under_trail_without_a_stamp_keeps_its_reading() -> None:
    """Trap: with no stamp under it, the rule says nothing (the head's reading of short lines stands)."""
    text = (
        "首頁 > 認識本會 > 歷史沿革\n"
        "本會歷史沿革\n"
        "本會成立於1994年，長期推動臺灣與日本之間的民間交流，並定期舉辦研討會與青年互訪活動。\n"
    )
    assert parse_text(text).title == "本會歷史沿革"


# --- a chronology's decade heads (headings.json 'period_heads') ----------------------------------------------


def test_decade_over_an_entry_of_that_decade_is_a_head() -> None:
    assert period_heading("1990年代", "1994年3月2日　本會於臺北成立。") is not None
    assert period_heading("2000s", "2003: the forum met for the first time.") is not None
    # traps: a decade over an entry of another decade, over a sentence, a year alone, a decade in a sentence
    assert period_heading("1990年代", "2001年5月　雙方簽署備忘錄。") is None
    assert period_heading("1990年代", "這十年間雙方的交流逐漸擴大。") is None
    assert period_heading("1994年", "1994年3月2日　本會於臺北成立。") is None
    assert period_heading("1990年代以來，雙方交流日增。", "1994年3月2日　本會於臺北成立。") is None


@given(st.integers(185, 202), st.integers(0, 9), st.integers(1, 12))
def test_any_decade_heads_its_own_years(decade: int, year: int, month: int) -> None:
    """Property: a decade alone heads a line opening with any year of it, and no year of the next decade."""
    assert period_heading(f"{decade}0年代", f"{decade}{year}年{month}月　兩國簽署協定。") is not None
    assert period_heading(f"{decade}0年代", f"{decade + 1}{year}年{month}月　兩國簽署協定。") is None


def test_chronology_page_heads_its_decades() -> None:
    text = (
        "首頁 > 認識本會 > 歷史沿革\n"
        "本會歷史沿革\n"
        "更新日期：2023-06-15\n"
        "1990年代\n"
        "1994年3月2日　本會於臺北成立，首任董事長就任。\n"
        "1998年11月　本會與日本的民間團體簽署交流合作備忘錄。\n"
        "2000年代\n"
        "2005年7月　本會首次舉辦臺日青年論壇。\n"
        "2009年4月　本會設立獎學金，資助赴日研究的研究生。\n"
    )
    assert heading_rows(text) == [(1, "", "1990年代"), (1, "", "2000年代")]
    doc = parse_text(text)
    assert "本會首次舉辦臺日青年論壇。" in doc.text
    assert_offsets_valid(doc)


def test_decade_over_a_sentence_is_no_head() -> None:
    """Trap: a decade alone over a paragraph that opens with no year of it heads nothing."""
    text = (
        "本會歷史沿革\n"
        "本會成立以來，持續推動臺灣與日本之間的民間交流。\n"
        "1990年代\n"
        "這十年間，本會與日本多個民間團體建立聯繫，並定期舉辦研討會。\n"
    )
    assert all(title != "1990年代" for _, _, title in heading_rows(text))


# --- a head over a table parted by tabs (layout/repair.py `_table_under`) ------------------------------------


def test_head_over_a_tab_table_is_a_head() -> None:
    text = (
        "ホーム > くらし > 国際交流 > 友好交流\n"
        "中国・吉林省との交流\n"
        "更新日：2023年8月1日\n"
        "交流の歩み\n"
        "両地域は、友好交流の合意書を交わして以来、教育や文化の分野で交流を重ねてきました。\n"
        "最近の事業\n"
        "年度\t事業\t概要\n"
        "令和4年度\t教員研修\t教員を受け入れ\n"
        "令和5年度\t文化交流\t芸術団を派遣\n"
        "今後も、相互理解を深める交流を進めていきます。\n"
    )
    heads = [title for _, _, title in heading_rows(text)]
    assert "最近の事業" in heads
    doc = parse_text(text)
    assert "芸術団を派遣" in doc.text
    assert_offsets_valid(doc)


def test_short_line_over_prose_row_keeps_its_reading() -> None:
    """Trap: a short line over a line with a tab but no row of as many cells under it is no head by the rule."""
    text = (
        "両地域の交流は長く続いています。\n"
        "主な成果\n"
        "教員研修\t教員を受け入れ\n"
        "この研修は毎年秋に行われ、参加者の評価も高いものです。\n"
    )
    assert all(title != "主な成果" for _, _, title in heading_rows(text))


# --- a reviewer's label (layout.json 'byline') ---------------------------------------------------------------


def test_reviewer_label_names_the_author_not_the_book_author() -> None:
    text = (
        "書評\n"
        "海權競逐的新局\n"
        "評者：陳思妤（某某大學國際事務研究所副教授）\n"
        "書名：Sea Power and the Indo-Pacific\n"
        "作者：Jonathan Reed\n"
        "出版社：Harbour University Press\n"
        "出版年：2022\n"
        "一、前言\n"
        "本書討論印太地區海上力量的消長，以及區域國家如何因應大國之間的競爭。\n"
        "二、結語\n"
        "整體而言，本書材料紮實，值得關心區域安全的讀者參考。\n"
    )
    doc = parse_text(text)
    assert doc.title == "海權競逐的新局"
    assert doc.authors == ["陳思妤"]
    assert_offsets_valid(doc)


def test_reviewer_word_in_a_sentence_is_no_byline() -> None:
    """Trap: `評者` inside a sentence, with no colon after it, names no writer."""
    text = "海權競逐的新局\n評者認為本書的論證有待補強，然而材料仍然相當豐富，值得一讀。\n"
    assert parse_text(text).authors == []
