"""lay88 (fifty-seventh session): a row of a page's buttons read by its items (furniture.json 'button_row'). A
web page prints its tools as a row of short labels parted by gaps, bars or slashes: font size and colour buttons,
contrast, print and download, a gallery's controls, read-aloud and language buttons, report links, a podcast's
platforms. Every item a button's word (or a share word), two items at least, one of them longer than a character:
the row is tools, in any order and mix, where six expressions had each read one site's row (fifty-sixth session's
count: 59 of the tools list's 141 patterns read one dev document). A sentence is no row (its words are no
buttons), a row of share words alone stays share, a pair of one-character words (`中　大`) stays text. Each on
rows in other orders and words than the dev documents."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope import parse_text
from allyscope.layout.furniture import furniture_kind


def test_rows_of_buttons_in_new_orders_are_tools() -> None:
    for row in (
        "背景色　黒　白　文字サイズ　縮小　拡大",  # colours before the size, in another order than any dev page
        "PDF | Print | A+ | A-",
        "列印　A+　A-",
        "查看大图 / 全屏 / 下一張",
        "Larger text · Smaller text · High contrast",
        "やさしい日本語　ふりがな　多言語",
        "纠错｜投诉",
        "Subscribe on Spotify | Apple Podcasts | YouTube",
        "Email this article  Download the PDF  Print",
        "下載PDF　列印　收藏",
    ):
        assert furniture_kind(row) == "tools", row


def test_what_is_no_row_of_buttons() -> None:
    assert furniture_kind("Print the annex and share it with the delegations.") is None  # a sentence
    assert furniture_kind("中　大") is None  # two one-character words: abbreviations in a table, no buttons
    assert furniture_kind("大　中　小") is None
    assert furniture_kind("背景色　白　黒") is None  # colours alone (lay79's trap): values with no button
    assert furniture_kind("Contrast") is None  # one word alone is no row
    assert furniture_kind("Share | Print") == "share"  # share words alone: the share row, as before
    assert furniture_kind("English | 日本語") == "navigation"  # a language row, as before
    assert furniture_kind("打印 本次会议 纪要") is None  # a word of the row beside words of a sentence


_PAGE = """某某区政府门户网站
首页　|　政务公开　|　办事服务
当前位置：首页 > 政务公开 > 工作动态
区政府召开对外交流工作座谈会
发布时间：2024-05-20　来源：区外事办
字号　大　中　小
打印　关闭窗口　纠错
5月20日上午，区政府召开对外交流工作座谈会，总结上一年度友好城市交往情况。
会议要求，各部门要加强协调，做好今年的来访接待工作。
上一张　下一张　查看原图
版权所有：某某区人民政府
"""


def test_a_page_rows_are_its_tools() -> None:
    doc = parse_text(_PAGE)
    spans = [(s.kind, doc.span_text(s)) for s in doc.spans if s.kind != "paragraph"]
    assert ("tools", "打印　关闭窗口　纠错") in spans
    assert ("tools", "上一张　下一张　查看原图") in spans
    assert doc.title == "区政府召开对外交流工作座谈会"
    assert "总结上一年度友好城市交往情况" in doc.text


_BUTTONS = ["打印", "列印", "A+", "A-", "全屏", "查看原图", "Print", "High contrast", "纠错", "文字サイズ"]
_VALUES = ["PDF", "拡大", "背景色", "白", "RSS", "Foreign language"]
_WORDS = _BUTTONS + _VALUES
_GAPS = ["　", "  ", " | ", "／", " · "]


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(_BUTTONS),
    st.lists(st.sampled_from(_WORDS), min_size=1, max_size=5),
    st.integers(min_value=0, max_value=5),
    st.sampled_from(_GAPS),
)
def test_any_row_of_button_words_is_tools(button: str, others: list[str], at: int, gap: str) -> None:
    words = [*others[:at], button, *others[at:]]  # a button's word anywhere in the row
    assert furniture_kind(gap.join(words)) in ("tools", "share")  # `打印` and `Print` alone are share words


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(_VALUES), min_size=2, max_size=5), st.sampled_from(_GAPS))
def test_values_alone_are_no_row(values: list[str], gap: str) -> None:
    assert furniture_kind(gap.join(values)) != "tools"  # sizes, colours, formats alone: a table's cells


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=4))
def test_a_sentence_holding_button_words_is_no_row(words: list[str]) -> None:
    assert furniture_kind("The office will " + " and ".join(words) + " the record.") is None


def test_a_channel_subscriber_count_is_tools() -> None:
    assert furniture_kind("12.7K subscribers") == "tools"  # a channel's count under its name, as a follower count
    assert furniture_kind("2,950 subscribers") == "tools"
    assert furniture_kind("The channel passed 12,700 subscribers in May.") is None  # a sentence about the count
    assert furniture_kind("Subscribers") is None


_JUDGMENT = """臺灣臺北地方法院民事判決
113年度訴字第902號
原　　　告　甲○○股份有限公司
法定代理人　乙○○
被　　　告　丙○○
上列當事人間請求返還價金事件，本院於民國113年6月3日言詞辯論終結，判決如下：
主　　文
被告應給付原告新臺幣參拾萬元。
訴訟費用由被告負擔。
事實及理由
一、原告主張被告承攬船用雷達零件之供應，收受價金後未依約交貨，經催告仍未履行，爰依契約法律關係請求返還價金。
二、被告經合法通知未於言詞辯論期日到場，亦未提出書狀作何聲明或陳述，本院依原告聲請由其一造辯論而為判決。
中　　華　　民　　國　　113　　年　　6　　月　　17　　日
民事第二庭　法　官　丁○○
以上正本係照原本作成。
如對本判決上訴，須於判決送達後20日內向本院提出上訴狀。
書記官　戊○○
中　　華　　民　　國　　113　　年　　6　　月　　18　　日
"""


def test_a_date_line_spread_over_the_width_cuts_no_sentence() -> None:
    # a court's date line spaced to the width is whole: the judge's line under it is no page's head cutting it
    # (lay88's parked judgment lost its presiding judge's line so; this one, a civil case, lost `民事第二庭…`)
    doc = parse_text(_JUDGMENT)
    assert "民事第二庭　法　官　丁○○" in doc.text
    assert "中　　華　　民　　國　　113　　年　　6　　月　　17　　日" in doc.text
    assert "書記官　戊○○" in doc.text


def test_only_a_cjk_line_is_taken_out_of_its_spacing() -> None:
    from allyscope.layout.running_heads import _unspaced

    assert _unspaced("中　　華　　民　　國　　113　　年") == "中華民國113年"
    assert _unspaced("Page  3  of  4") == "Page  3  of  4"  # Latin words keep their spaces
    # a chronology's entry (a date, a gap, an event) is no line spread over the width: it keeps its gap
    assert _unspaced("1951年5月21日　兩國建立外交關係") == "1951年5月21日　兩國建立外交關係"
