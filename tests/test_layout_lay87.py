"""lay87 (fifty-sixth session): three kinds dev held none of, read by what marks each kind. A law database's page
prints the law's record (its fields open with the body that made it, `制定机关：`, layout.json 'record_issuer'; the
day it was promulgated is the record's dateline, `发布日期：`/`公布日期：` among 'record_signed', and its entry into
force dates nothing, document_date.json 'ignore'), the law's passage in brackets under its title (history), the
decree that promulgated it (`…主席令` over `第…号`: furniture.json 'decree_number') and a row of bracketed tools
offering the file (`【下载PDF】`). A public-comment result page prints its case number (identifier), its procedure's
dates (history) and the result's day (dateline), the section of comments and answers (an unnumbered head), its
attachments named with their type and size (`…（PDF：214KB）`: a download tail) under `関連資料`, and the detail
page's name printed again under the trail (`…詳細`: a doctype). A Hong Kong press release ends with `完`, its
weekday date line and its time line closed by `NNNN`, with the page's links under them; its bar offers the scripts
as `繁體版`/`簡體版` and its menu ends with the search link; its footer opens with the year. Each rule on text in
other words than the dev documents, with traps."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope import parse_text
from allyscope.layout.furniture import furniture_kind


def _spans(doc: object) -> list[tuple[str, str]]:
    return [(s.kind, doc.span_text(s)) for s in doc.spans if s.kind != "paragraph"]  # type: ignore[attr-defined]


def _heads(doc: object) -> list[tuple[int, str, str]]:
    return [(h.level, h.label, h.title) for h in doc.headings]  # type: ignore[attr-defined]


# --- a law database's page ---------------------------------------------------------------------------------------

_LAW = """法律法规检索平台
首页　|　法律　|　行政法规　|　部门规章
当前位置：首页 > 法律 > 正文
中华人民共和国反外国制裁法
制定机关：全国人民代表大会常务委员会
公布日期：2021-06-10
施行日期：2021-06-10
【下载PDF】　【打印】　【关闭】
中华人民共和国反外国制裁法
（2021年6月10日第十三届全国人民代表大会常务委员会第二十九次会议通过）
中华人民共和国主席令
第九十号
《中华人民共和国反外国制裁法》已由全国人民代表大会常务委员会于2021年6月10日通过，现予公布，自公布之日起施行。
第一条　为了维护国家主权和发展利益，制定本法。
第二条　国家反对以任何借口干涉中国内政。
主办单位：某某法律信息中心　　版权所有：某某法律信息网
"""


def test_a_law_record_is_read_by_its_fields() -> None:
    doc = parse_text(_LAW)
    spans = _spans(doc)
    assert doc.title == "中华人民共和国反外国制裁法"
    assert ("dateline", "公布日期：2021-06-10") in spans  # the promulgation field: the record's dateline
    assert ("tools", "【下载PDF】　【打印】　【关闭】") in spans
    assert ("history", "（2021年6月10日第十三届全国人民代表大会常务委员会第二十九次会议通过）") in spans
    assert ("doctype", "中华人民共和国主席令") in spans and ("identifier", "第九十号") in spans
    assert ("copyright", "主办单位：某某法律信息中心　　版权所有：某某法律信息网") in spans
    assert "制定机关：全国人民代表大会常务委员会" in doc.text  # the record's other fields stay its text
    assert "施行日期：2021-06-10" in doc.text
    assert doc.date == "2021-06-10"


def test_an_entry_into_force_dates_no_page() -> None:
    text = """某某条例
施行日期：2025-01-01
本条例规定了有关事项。各方应当遵守。
"""
    assert parse_text(text).date is None  # the day the law applies from, not the day of the page
    dated = parse_text(text.replace("施行日期：", "发布日期："))
    assert dated.date == "2025-01-01"  # trap: a publication field still dates it


def test_trap_a_bracketed_sentence_about_a_meeting_is_no_passage() -> None:
    text = """会议纪要
各方回顾了合作进展。
（2023年6月28日，委员会会议讨论了这份报告的内容并提出意见。）
下一次会议将在年底举行。
"""
    assert all(kind != "history" for kind, _ in _spans(parse_text(text)))


def test_trap_a_decree_name_without_its_number_is_left() -> None:
    text = """国务院令
国务院公布了新的条例，自明年起施行。各地应当认真执行。
"""
    assert ("doctype", "国务院令") not in _spans(parse_text(text))
    numbers = """第九十号
各方应当遵守本规定。
"""
    assert ("identifier", "第九十号") not in _spans(parse_text(numbers))  # trap: a number alone, no decree over it


@settings(max_examples=25, deadline=None)
@given(
    st.sampled_from(["中华人民共和国主席令", "国务院令", "交通运输部令", "國務院令"]),
    st.integers(min_value=1, max_value=300),
)
def test_property_any_decree_over_its_number(name: str, number: int) -> None:
    text = f"""某某规定
（2024年3月1日第二次部务会议通过）
{name}
第{number}号
本规定已经审议通过，现予公布，自2024年5月1日起施行。
部长　某某
2024年3月5日
"""
    spans = _spans(parse_text(text))
    assert ("doctype", name) in spans and ("identifier", f"第{number}号") in spans


# --- a public-comment result page --------------------------------------------------------------------------------

_COMMENTS = """本文へ移動
トップ ＞ 結果公示案件一覧 ＞ 結果公示案件詳細
結果公示案件詳細
自衛隊法施行令の一部を改正する政令案に関する意見募集の結果について
案件番号　405000117
定めた命令等の題名　自衛隊法施行令の一部を改正する政令
根拠法令項　自衛隊法第百十四条
所管府省・部局名　防衛省 人事教育局
命令等の公布日・決定日　2024年6月20日
結果の公示日　2024年6月20日
意見募集時の案の公示日　2024年4月22日
意見・情報受付締切日　2024年5月21日
提出意見数　2件
提出意見の概要及び意見に対する考え方
1　施行までの周知期間を十分に取るべきである。　施行日前に説明会を開き、関係者に周知します。
2　用語の定義を明確にしてほしい。　解釈の通知で用語の意味を示します。
関連資料
意見募集の結果概要（PDF：120KB）
政令の本文（PDF：1.2MB）
このページの先頭へ
"""


def test_a_public_comment_record_is_read_by_its_fields() -> None:
    doc = parse_text(_COMMENTS)
    spans = _spans(doc)
    assert doc.title == "自衛隊法施行令の一部を改正する政令案に関する意見募集の結果について"
    assert ("doctype", "結果公示案件詳細") in spans  # the trail's last step, printed again over the title
    assert ("identifier", "案件番号　405000117") in spans
    assert ("history", "命令等の公布日・決定日　2024年6月20日") in spans
    assert ("dateline", "結果の公示日　2024年6月20日") in spans  # the result's day, under the order's own day
    assert ("history", "意見募集時の案の公示日　2024年4月22日") in spans
    assert ("history", "意見・情報受付締切日　2024年5月21日") in spans
    assert ("related", "関連資料") in spans
    assert ("download", "意見募集の結果概要（PDF：120KB）") in spans
    assert ("download", "政令の本文（PDF：1.2MB）") in spans
    assert _heads(doc) == [(1, "", "提出意見の概要及び意見に対する考え方")]
    assert (doc.date, doc.date_source) == ("2024-06-20", "dateline")
    assert "提出意見数　2件" in doc.text


def test_trap_a_sentence_naming_a_file_and_its_size_stays_text() -> None:
    text = """お知らせ
ホーム ＞ お知らせ ＞ 報告書
報告書の公表
本日、報告書の全文（PDF：2MB）を公表した。詳しくは担当課まで。
報告書は三部で構成され、各部に要旨を付した。
このページの先頭へ
"""
    spans = _spans(parse_text(text))
    assert all(kind != "download" for kind, _ in spans)


def test_trap_a_title_repeating_the_trail_stays_the_title() -> None:
    text = """ホーム ＞ 報道発表 ＞ 日比外相会談の結果
日比外相会談の結果
本日、東京で日比外相会談が行われ、両外相は海洋協力の強化で一致した。
両外相は次回の会談を年内に開くことでも合意した。
このページの先頭へ
"""
    assert parse_text(text).title == "日比外相会談の結果"  # the page's own title, no detail page's name


@settings(max_examples=25, deadline=None)
@given(
    st.sampled_from(["別添資料", "概要", "新旧対照表", "Annex"]),
    st.sampled_from(["PDF", "Word", "xlsx", "PDF形式"]),
    st.integers(min_value=1, max_value=999),
    st.sampled_from(["KB", "MB", "kB"]),
)
def test_property_any_link_named_with_its_type_and_size_is_a_download(
    name: str, kind: str, size: int, unit: str
) -> None:
    line = f"{name}（{kind}：{size}{unit}）"
    text = f"""ホーム ＞ 報道発表 ＞ 詳細
協定の署名について
本日、協定の署名が行われた。協定は来年発効する。
{line}
このページの先頭へ
"""
    assert ("download", line) in _spans(parse_text(text))


# --- a Hong Kong government press release ------------------------------------------------------------------------

_RELEASE = """跳至主要內容
香港特別行政區政府新聞公報
繁體版　|　簡體版　|　English
政府新聞網　|　新聞公報　|　今日新聞　|　搜尋
保安局局長會見到訪的新加坡內政部政務部長
　　保安局局長今日（六月三日）會見到訪的新加坡內政部政務部長，雙方就打擊跨境罪案的合作交換意見。
　　局長表示：「兩地執法部門一直保持緊密聯繫，我們會繼續加強情報交流。」
完
2024年6月3日（星期一）
香港時間18時05分 NNNN
今日新聞
新聞公報檔案
2024 | 重要告示 | 私隱政策
"""


def test_a_release_ends_with_its_mark_its_stamps_and_the_page_links() -> None:
    doc = parse_text(_RELEASE)
    spans = _spans(doc)
    assert doc.title == "保安局局長會見到訪的新加坡內政部政務部長"
    assert doc.authors == []  # the menu row is no byline
    assert spans[-6:] == [
        ("ending", "完"),
        ("dateline", "2024年6月3日（星期一）"),
        ("dateline", "香港時間18時05分 NNNN"),
        ("navigation", "今日新聞"),
        ("navigation", "新聞公報檔案"),
        ("navigation", "2024 | 重要告示 | 私隱政策"),
    ]
    assert ("navigation", "繁體版　|　簡體版　|　English") in spans
    assert ("navigation", "政府新聞網　|　新聞公報　|　今日新聞　|　搜尋") in spans
    assert (doc.date, doc.date_source) == ("2024-06-03", "dateline")


def test_trap_a_sentence_under_the_end_mark_stays_text() -> None:
    text = _RELEASE.replace("今日新聞\n新聞公報檔案\n", "附件載有會面的詳細內容，請參閱。\n")
    doc = parse_text(text)
    assert "附件載有會面的詳細內容，請參閱。" in doc.text
    assert all(t != "附件載有會面的詳細內容，請參閱。" for _, t in _spans(doc))


def test_lines_read_alone() -> None:
    assert furniture_kind("完") == "ending"
    assert furniture_kind("-完-") == "ending"
    assert furniture_kind("NNNN") == "ending"  # the wire's end mark alone on its line
    assert furniture_kind("完成") is None  # trap: a word opening with the character
    assert furniture_kind("2024年6月3日（星期一）") == "dateline"
    assert furniture_kind("2024年6月3日，雙方會面。") is None  # trap: a sentence opening with a date
    assert furniture_kind("【下载Word】　【下载PDF】") == "tools"
    assert furniture_kind("关于我们　|　联系我们　|　隐私政策") == "navigation"
    assert furniture_kind("2023 | 網站地圖 | 私隱政策") == "navigation"
    assert furniture_kind("重要告示 | 私隱政策 | 版權告示") == "navigation"
    assert furniture_kind("重要的是各方都同意。") is None  # trap: a sentence opening with the same character


@settings(max_examples=25, deadline=None)
@given(
    st.dates(),
    st.sampled_from(["星期一", "星期二", "星期三", "星期日", "週五"]),
)
def test_property_any_weekday_date_line_is_a_dateline(day: object, weekday: str) -> None:
    line = f"{day.year}年{day.month}月{day.day}日（{weekday}）"  # type: ignore[attr-defined]
    expected = "dateline" if 1900 <= day.year <= 2099 else None  # type: ignore[attr-defined]
    assert furniture_kind(line) == expected


# --- a meeting's verbatim record (the parked Security Council record's turns) ------------------------------------

_HEADER = """Provisional record
Chair: Mr. Tanaka . . . . . . . . . . . . . . . . . . . . . . . . . . . (Japan)
Members: Chile . . . . . . . . . . . . . . . . . . . . . . . . . . Ms. Ruiz
Ghana . . . . . . . . . . . . . . . . . . . . . . . . . . . . Mr. Mensah
Nigeria . . . . . . . . . . . . . . . . . . . . . . . . . . Mr. Okafor
Peru . . . . . . . . . . . . . . . . . . . . . . . . . . . . . Ms. Quispe
Sweden . . . . . . . . . . . . . . . . . . . . . . . . . . . Mr. Lindqvist
Viet Nam . . . . . . . . . . . . . . . . . . . . . . . . . . Mr. Nguyen
"""

_RECORD = "\n".join(  # one paragraph a line, each as wide as the record's text runs
    [
        "The Chair: I welcome the members of the Committee and the Director, who will brief us today on "
        "the situation in the region.",
        "I give the floor to the Director.",
        "The Director: Three ships were stopped at sea last month, and the crews of two of them have "
        "still not been released to their flag States.",
        "The Chair: I thank the Director for her briefing and give the floor to the members who asked "
        "to speak, in the order they signed the list.",
        "Ms. Ruiz (Chile): My delegation shares the concern the Director has set out. The crews must go "
        "home, and the ships must be able to sail on.",
        "Madam Chair, we are ready to work on a text that says so clearly and soon, with every member "
        "at this table and the States of the region.",
        "Mr. Okafor (Nigeria) (spoke in French): We support the release of the crews and ask the "
        "Secretariat to report to us again within a month.",
        "Mr. Lindqvist (Sweden): Sweden joins the call for the release of every crew member and the "
        "free passage of the ships through the strait.",
        "The Chair: There are no more names on the list of speakers. The meeting is adjourned.",
        "",
    ]
)


def test_a_record_speaker_heard_once_opens_a_turn_by_the_seat_in_brackets() -> None:
    doc = parse_text(_HEADER + _RECORD)  # the header's rows set the page's width: long lines read as wrapped
    assert [t.speaker for t in doc.turns] == [
        "The Chair",
        "The Director",
        "The Chair",
        "Ms. Ruiz (Chile)",
        "Mr. Okafor (Nigeria) (spoke in French)",
        "Mr. Lindqvist (Sweden)",
        "The Chair",
    ]


def test_a_header_row_with_leader_dots_is_no_turn() -> None:
    doc = parse_text(_HEADER + _RECORD)
    assert doc.turns[0].speaker == "The Chair"  # the header's rows name who sits: no speech
    assert "Members: Chile" in doc.text


def test_trap_a_label_said_once_outside_a_transcript_opens_nothing() -> None:
    text = """Port calls in the region
The navy's ships called at three ports this year, and more visits are planned for the next one as well.
Manila (Philippines): two visits, both in the spring, with exercises at sea afterwards and a reception.
The visits were welcomed by the hosts, who asked for more of them in the coming years at their ports.
"""
    assert parse_text(text).turns == ()  # no transcript: a place and its country before a colon opens no turn
