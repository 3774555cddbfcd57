"""lay78 (forty-seventh session): kinds of document the dev layout set held least (`tests/layouts/lay78_*`): a
zh-Hant government release with numbered photo lines (`照片1：…`), a newspaper's web copy of its print edition
printing the edition line again under the text, a Japanese think tank's commentary page (`コメンタリー` over the
title, sections headed in lenticular brackets `【…】`), and a Japanese ministry's budget overview whose summary box
is labelled with one katakana word (`ポイント`) under the issuer. Each rule on text in other words than the
documents that showed the miss (other states, other years), with traps (lines that look alike and must not change)
and property tests where a line or a text is parsed."""

from __future__ import annotations

from helpers import assert_offsets_valid
from hypothesis import given
from hypothesis import strategies as st

from allyscope import parse_text
from allyscope.layout.furniture import furniture_kind
from tests.helpers import furniture_of

# --- numbered photo lines (furniture.json 'caption') ---------------------------------------------------------


def test_numbered_photo_line_is_a_caption() -> None:
    assert furniture_kind("照片1：行政院長接見日本眾議員訪問團。") == "caption"
    assert furniture_kind("照片 2：部長與來賓合影") == "caption"
    assert furniture_kind("写真3：会談に臨む両外相") == "caption"
    assert furniture_kind("相片１：外交部長致詞。") == "caption"
    # traps: a sentence of the text opening with the word, a photo's number with no colon after it
    assert furniture_kind("照片1張顯示兩艘艦艇在外海航行。") is None
    assert furniture_kind("照片中的巡防艦於上午抵達基隆港。") is None
    assert furniture_kind("照片1") is None


@given(st.text(alphabet="部長接見訪問團並合影於會場前", min_size=1, max_size=40), st.integers(1, 30))
def test_a_photo_number_and_colon_open_a_caption(words: str, number: int) -> None:
    """Property: the photo's word, a number and a colon open a caption, whatever words follow."""
    assert furniture_kind(f"照片{number}：{words}") == "caption"


@given(st.text(alphabet="部長接見訪問團並合影於會場前", min_size=1, max_size=40), st.integers(1, 30))
def test_a_photo_number_without_a_colon_opens_no_caption(words: str, number: int) -> None:
    """Property: with no colon after the number, the line is the text's (`照片1張…`)."""
    assert furniture_kind(f"照片{number}張{words}") is None


def test_photo_lines_leave_the_release_text() -> None:
    text = (
        "首頁 > 新聞與公告 > 新聞稿\n"
        "部長接見日本眾議院議員訪問團\n"
        "發布日期：2023-08-09\n"
        "部長今（9）日上午接見日本眾議院議員訪問團，雙方就區域安全與經貿合作交換意見。\n"
        "部長表示，期盼雙方在半導體供應鏈方面持續深化合作。\n"
        "照片1：部長接見日本眾議院議員訪問團。\n"
        "照片2：部長與訪問團成員合影。\n"
        "相關連結\n"
        "新聞稿列表\n"
    )
    found = furniture_of(text)
    assert ("caption", "照片1：部長接見日本眾議院議員訪問團。") in found
    assert ("caption", "照片2：部長與訪問團成員合影。") in found
    doc = parse_text(text)
    assert "期盼雙方在半導體供應鏈方面持續深化合作" in doc.text
    assert_offsets_valid(doc)


# --- a print edition's line wherever it stands (furniture.json 'dateline') -----------------------------------


def test_print_edition_line_is_a_dateline() -> None:
    assert furniture_kind("《 东海日报 》（ 2023年11月16日 02 版）") == "dateline"
    assert furniture_kind("《东海日报》（2023年11月16日 第 02 版）") == "dateline"
    # traps: a sentence citing the edition goes on past the bracket; a book title with a year in brackets
    assert furniture_kind("《东海日报》（2023年11月16日第2版）刊文指出，双方同意加强海上合作。") is None
    assert furniture_kind("《海洋法公约》（1982年）") is None


@given(st.integers(2000, 2030), st.integers(1, 12), st.integers(1, 28), st.integers(1, 24))
def test_any_edition_line_is_a_dateline(year: int, month: int, day: int, page: int) -> None:
    """Property: the paper in 《》 with a day and a page in brackets is a dateline, zero-padded or not."""
    assert furniture_kind(f"《 南海日报 》（ {year}年{month:02d}月{day:02d}日 {page:02d} 版）") == "dateline"
    assert furniture_kind(f"《南海日报》（{year}年{month}月{day}日 第 {page} 版）") == "dateline"


def test_closing_edition_line_leaves_the_text() -> None:
    text = (
        "中印尼举行外长和防长“2+2”对话\n"
        "《东海日报》（2024年04月22日 第 03 版）\n"
        "本报雅加达4月21日电（记者许航）中国和印度尼西亚21日在雅加达举行外长和防长“2+2”对话。\n"
        "双方同意加强在海上安全领域的交流与合作。\n"
        "《 东海日报 》（ 2024年04月22日 03 版）\n"
        "（责编：刘洋）\n"
    )
    doc = parse_text(text)
    assert ("dateline", "《 东海日报 》（ 2024年04月22日 03 版）") in furniture_of(text)
    paragraphs = [doc.span_text(s) for s in doc.spans if s.kind == "paragraph"]
    assert not any("东海日报" in p for p in paragraphs)
    assert any("双方同意加强在海上安全领域的交流与合作。" in p for p in paragraphs)


# --- heads in lenticular brackets (headings.json 'enclosed', layout/repair.py) --------------------------------

_COMMENTARY = (
    "コメンタリー\n"
    "日英円滑化協定の発効を受けて\n"
    "2023年10月12日\n"
    "田村 圭（研究員）\n"
    "【発効までの経緯】\n"
    "日英円滑化協定は2023年10月11日に発効した。署名から9か月での発効であった。\n"
    "【訓練への影響】\n"
    "英国軍が日本で訓練を行う際の手続きは、協定によってあらかじめ定められることになった。\n"
)


def test_enclosed_heads_form_a_system() -> None:
    doc = parse_text(_COMMENTARY)
    assert [(h.level, h.label, h.title) for h in doc.headings] == [
        (1, "", "発効までの経緯"),
        (1, "", "訓練への影響"),
    ]
    assert doc.title == "日英円滑化協定の発効を受けて"
    assert_offsets_valid(doc)


def test_one_enclosed_line_alone_is_no_head() -> None:
    text = (
        "ホーム ＞ ニュース解説\n"
        "【解説】\n"
        "海上保安庁の国際協力はどこまで広がるか\n"
        "2024年11月5日\n"
        "海上保安庁は今年、東南アジアの3か国に研修団を送った。各国の海上保安機関との協力は訓練から装備供与へと広がっている。\n"
    )
    assert not parse_text(text).headings


def test_kickers_over_headlines_are_no_heads() -> None:
    """A newsletter's item label over the item's own short headline (no stop) is a kicker."""
    text = (
        "海洋安全通信\n"
        "第12号　2024年3月\n"
        "【今月の話題】\n"
        "日比防衛相が会談\n"
        "両国の防衛相は2月に東京で会談し、共同訓練の拡大で一致した。\n"
        "【お知らせ】\n"
        "次号は4月に発行します。\n"
    )
    assert all(h.title != "今月の話題" for h in parse_text(text).headings)


def test_speaker_labels_in_brackets_are_no_heads() -> None:
    """A transcript prints its speakers in brackets at every turn: a label said again heads no section."""
    text = (
        "外務大臣会見記録\n"
        "（令和5年3月3日（金曜日）10時40分　於：本省会見室）\n"
        "【記者】\n"
        "日豪首脳会談の成果についてお聞かせください。\n"
        "【外務大臣】\n"
        "円滑化協定の早期発効に向けて協力することで一致しました。\n"
        "【記者】\n"
        "共同訓練の予定はありますか。\n"
        "【外務大臣】\n"
        "具体的な予定は調整中です。\n"
    )
    assert not parse_text(text).headings


_HEAD_WORDS = st.text(alphabet="協定訓練今後課題経緯背景影響展望", min_size=2, max_size=10)


@given(st.lists(_HEAD_WORDS, min_size=2, max_size=4, unique=True))
def test_any_system_of_enclosed_heads_is_read(titles: list[str]) -> None:
    """Property: two or more distinct heads in 【】, each over a finished sentence, are the sections' heads."""
    body = "".join(f"【{t}】\n両国は協定に基づく訓練を今後も続ける方針である。\n" for t in titles)
    doc = parse_text("日本とオーストラリアの防衛協力\n2024年1月10日\n" + body)
    assert [h.title for h in doc.headings] == titles
    assert_offsets_valid(doc)


@given(_HEAD_WORDS, st.integers(2, 4))
def test_one_label_said_again_heads_nothing(label: str, times: int) -> None:
    """Property: the same bracketed line at every turn is a label, no head, however often it recurs."""
    body = "".join(f"【{label}】\n両国は協定に基づく訓練を今後も続ける方針である。\n" for _ in range(times))
    doc = parse_text("日本とオーストラリアの防衛協力\n2024年1月10日\n" + body)
    assert not doc.headings


# --- a doctype and a box label under the issuer --------------------------------------------------------------


def test_commentary_doctype_over_the_title() -> None:
    doc = parse_text(_COMMENTARY)
    assert ("doctype", "コメンタリー") in [(s.kind, doc.span_text(s)) for s in doc.spans]


def test_katakana_box_label_is_no_writer() -> None:
    text = (
        "令和6年度予算の概要\n"
        "令和5年12月\n"
        "外務省\n"
        "サマリー\n"
        "○　自由で開かれたインド太平洋の実現に向けた外交を推進する。\n"
        "１　外務省予算の全体像\n"
        "外務省予算は、前年度から増加する。\n"
    )
    assert parse_text(text).authors == []


def test_katakana_name_with_a_middle_dot_is_still_a_writer() -> None:
    text = (
        "日豪関係の新たな段階\n"
        "2024年2月1日\n"
        "ダニエル・ハート\n"
        "日豪両国は円滑化協定の発効を受けて、共同訓練の規模を広げつつある。\n"
    )
    assert parse_text(text).authors == ["ダニエル・ハート"]
