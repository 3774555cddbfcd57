"""wlay36: web and news pages as users copy them (issue 12). The rules asked for by eight pages written blind
(tests/layouts/wlay36_*), each tested here on text in other words and, where the pattern crosses languages, in
another language than the page that asked for it: a site's band over its menu or trail (its name, a date strip,
a sign-in row) is no title; a language switch; account rows; reading times as ranges and counts with thousands
separators; an e-mail's notices; archive photo captions; an editorial department's bracketed credit; consular
notices, addressees and press briefings as doctypes; a kicker with a numeric date."""

from __future__ import annotations

import pytest

from allyscope import parse_text
from allyscope.layout.furniture import furniture_kind

_KEPT = {"title", "author", "abstract", "keywords", "keyword", "paragraph"}


def _furniture(text: str) -> list[list[str]]:
    doc = parse_text(text)
    return [[s.kind, doc.span_text(s)] for s in doc.spans if s.kind not in _KEPT]


def test_a_site_name_over_its_menu_row_is_no_title() -> None:
    """A newspaper's name over its section row and trail: the headline under them is the title."""
    text = (
        "Harbour Evening Post\n"
        "News | Business | Sport | Opinion\n"
        "Home > News > Region\n"
        "Ferry operator suspends night crossings after engine fire\n"
        "The ferry company said on Tuesday it would stop all night crossings until inspectors had checked its fleet.\n"
        "No passengers were hurt when the fire broke out in the engine room of one of its older vessels.\n"
    )
    doc = parse_text(text)
    assert doc.title == "Ferry operator suspends night crossings after engine fire"
    assert ["navigation", "Harbour Evening Post"] in _furniture(text)


def test_a_body_name_in_two_languages_and_a_date_strip_over_a_trail() -> None:
    """A Japanese ministry's band: its name, its English name, a date strip, then a trail; the date strip is a
    dateline, the names navigation, the title the line under the trail."""
    text = (
        "海洋政策推進本部\n"
        "Headquarters for Ocean Policy\n"
        "2024年11月5日（火）\n"
        "ホーム ＞ 報道発表 ＞ 2024年度\n"
        "離島の港湾整備に関する検討会の開催について\n"
        "本部は、離島の港湾整備のあり方を話し合う検討会を来月から開催することとした。\n"
        "検討会には、自治体や海運事業者の代表が参加する予定である。\n"
    )
    doc = parse_text(text)
    assert doc.title == "離島の港湾整備に関する検討会の開催について"
    furniture = _furniture(text)
    assert ["navigation", "海洋政策推進本部"] in furniture
    assert ["navigation", "Headquarters for Ocean Policy"] in furniture
    assert ["dateline", "2024年11月5日（火）"] in furniture


def test_a_title_over_its_trail_stays_the_title() -> None:
    """The band is read only where a line stands between the trail and the text: a title printed over the trail
    is the title still."""
    text = (
        "Coast guards of three states agree on a common radio channel\n"
        "Home > News > Asia\n"
        "Officials from the three coast guards signed the arrangement at a meeting held in the port city.\n"
        "The common channel will be used for search and rescue and for reports of suspicious vessels.\n"
    )
    assert parse_text(text).title == "Coast guards of three states agree on a common radio channel"


def test_a_notice_numbered_as_notes_under_a_site_band() -> None:
    """A consulate's notice whose paragraphs are numbered as notes are (`1　…。`): its site's band is read still."""
    text = (
        "驻大阪总领事馆\n"
        "English\n"
        "首页 > 领事服务 > 安全提醒\n"
        "关于近期台风天气的安全提醒\n"
        "2024年9月2日\n"
        "1　据当地气象部门预报，今年第十号台风将于本周中期影响关西地区，请在日中国公民提前做好防范。\n"
        "2　台风期间请尽量减少外出，远离海边和河道，并随时关注当地政府发布的避难信息。\n"
        "3　如遇紧急情况，请及时拨打当地报警或急救电话，并与总领馆保持联系。\n"
    )
    doc = parse_text(text)
    assert doc.title == "关于近期台风天气的安全提醒"
    assert ["navigation", "驻大阪总领事馆"] in _furniture(text)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("中文 | English | 日本語", "navigation"),  # a language switch
        ("Deutsch   Français   English", "navigation"),
        ("English", "navigation"),
        ("ログイン｜会員登録｜メルマガ登録", "tools"),  # an account row
        ("Sign in / Register / Newsletter", "tools"),
        ("阅读时间：8 - 10 分钟", "tools"),  # a reading time as a range
        ("3–5 min read", "tools"),
        ("瀏覽次數：12,305", "tools"),  # a count with thousands separators
        ("点击次数：2,041", "tools"),
        ("上一則：港務局公布年度統計", "navigation"),
        ("下一则：渔政船完成年度巡航", "navigation"),
        ("27 Likes∙5 Restacks", "tools"),
        ("Start writing", "tools"),
        ("Terms ∙ Privacy ∙ Cookie policy", "navigation"),
        ("此邮件由系统自动发送，请勿直接回复。", "disclaimer"),  # an e-mail's notices
        ("このメールは配信専用です。返信はできませんのでご注意ください。", "disclaimer"),
        ("You are receiving this newsletter because you signed up on our website.", "disclaimer"),
        ("Please do not reply to this email.", "disclaimer"),
        ("資料圖：海巡艦艇停泊於基隆港。", "caption"),  # an archive photo's caption
        ("File photo: A patrol vessel leaves port at dawn.", "caption"),
        ("（编辑部・周）", "credit"),  # an editorial department's bracketed credit
        ("資料圖書館の利用案内", None),  # no label, no colon: a line of the text
        ("English is the working language of the meeting.", None),
    ],
)
def test_web_furniture_kinds(line: str, kind: str | None) -> None:
    assert furniture_kind(line) == kind


@pytest.mark.parametrize(
    "label",
    ["領事情報", "お知らせ", "安全提醒", "Travel advisory", "Media Briefing", "日本人会会員の皆様へ"],
)
def test_notice_labels_over_a_title_are_doctypes(label: str) -> None:
    """A consular notice's kind, an addressee, a briefing's label over the title: doctypes, no title, no author."""
    text = (
        f"{label}\n"
        "台風接近に伴う注意事項\n"
        "2024年8月27日\n"
        "大型の台風が週末にかけて接近する見込みです。不要不急の外出は控えてください。\n"
        "停電や断水に備えて、飲料水や懐中電灯を用意しておくことをお勧めします。\n"
    )
    doc = parse_text(text)
    assert doc.title == "台風接近に伴う注意事項"
    assert doc.authors == []
    assert ["doctype", label] in _furniture(text)


def test_a_kicker_with_a_numeric_date_is_a_doctype_dating_the_page() -> None:
    """`評論｜2024-03-08` (a kicker and its date after a bar) under the title and its writer: a doctype, and the
    page's date still."""
    text = (
        "东南亚海上执法合作的三个难点\n"
        "李文杰\n"
        "观察｜2024-03-08\n"
        "近年来，东南亚国家的海上执法合作明显增多，但制度化程度依然有限。\n"
        "本文从经费、人员和法律三个方面分析其中的难点。\n"
    )
    doc = parse_text(text)
    assert ["doctype", "观察｜2024-03-08"] in _furniture(text)
    assert doc.date == "2024-03-08"


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Statement No. 7, 21/06/2024", "2024-06-21"),  # the day first: 21 can be no month
        ("06/21/2024", "2024-06-21"),  # the month first: 21 can be no month either
        ("Mitteilung 30.09.2023", "2023-09-30"),
        ("05/06/2024", None),  # day or month first? the line does not say: left unread
    ],
)
def test_a_numeric_date_is_read_only_where_the_day_cannot_be_a_month(line: str, date: str | None) -> None:
    from allyscope.layout.dating import document_date

    found = document_date([line], [])
    assert (found[0] if found else None) == date


def test_bare_counts_beside_a_post_s_buttons_are_tools() -> None:
    """A post's counters (`256`, `18`, one a line) under its date and over its share row: tools, not text; a bare
    number inside the text is left alone."""
    text = (
        "港口起重机为何成了安全议题\n"
        "周明远\n"
        "2024年10月9日\n"
        "256\n"
        "18\n"
        "分享到：微信　微博\n"
        "近年来，多国港口当局开始审视起重机软件的远程更新方式。\n"
        "一些国家已经要求更新在安装前必须经过检查。\n"
        "3\n"
        "研究人员认为，这一做法将逐步推广到其他港口设备。\n"
    )
    furniture = _furniture(text)
    assert ["tools", "256"] in furniture and ["tools", "18"] in furniture
    assert ["tools", "3"] not in furniture


def test_a_short_button_between_two_tool_lines_is_a_tool() -> None:
    """`Restacks` alone between `Comments` and `Ready for more?`: a tab of the post's tool row, no heading."""
    text = (
        "Why pilots of small harbours keep paper charts\n"
        "Lena Ortiz\n"
        "Mar 3, 2025\n"
        "Harbour pilots in small ports still carry paper charts on every job, even when the ship has modern screens.\n"
        "They say the paper never needs a software update and never loses its signal in a storm.\n"
        "Comments\n"
        "Reposts\n"
        "Ready for more?\n"
    )
    doc = parse_text(text)
    assert ["tools", "Reposts"] in _furniture(text)
    assert doc.headings == ()


def test_a_contents_list_printed_again_as_the_sections_heads_is_navigation() -> None:
    """An e-mail's `In this issue`, its items printed again as the heads of its sections, each over its text: the
    list is navigation, the heads stay in the text."""
    text = (
        "Harbour Security Letter\n"
        "Issue 12, 3 February 2025\n"
        "Welcome to this month's letter, with two stories from the region's ports.\n"
        "In this issue\n"
        "Port of Suva tests new scanners\n"
        "Pilots' union asks for night rules\n"
        "Port of Suva tests new scanners\n"
        "The port authority has begun a three-month trial of container scanners at its main gate.\n"
        "Pilots' union asks for night rules\n"
        "The union wants fixed limits on the size of ships piloted into port after dark.\n"
    )
    furniture = _furniture(text)
    assert ["navigation", "In this issue"] in furniture
    assert ["navigation", "Port of Suva tests new scanners"] in furniture
    assert furniture.count(["navigation", "Port of Suva tests new scanners"]) == 1


def test_two_lines_printed_again_together_are_no_contents() -> None:
    """A two-line head printed over every page: the prints stand one under the other, no text between them, so
    they are no contents list."""
    from allyscope.layout.edge_blocks import _contents
    from allyscope.layout.lines import BODY, split_lines

    text = (
        "Maritime Review\nVolume 4\n"
        "The first page holds the introduction to the survey of regional ports and their security arrangements.\n"
        "Maritime Review\nVolume 4\n"
        "The second page goes on with the survey and closes its first part on the larger harbours of the coast.\n"
    )
    lines = split_lines(text)
    _contents(lines)
    assert all(line.role == BODY for line in lines if line.content)


def test_a_labelled_line_in_a_footer_is_its_contact() -> None:
    """`出版：…编辑部` among a footer's rows: a contact line, no disclaimer."""
    text = (
        "渔业执法周报\n"
        "南太平洋岛国商定联合登临检查\n"
        "南太平洋多个岛国的渔业主管部门上月在苏瓦召开会议，商定在各自专属经济区内开展联合登临检查。\n"
        "各方还将共享渔船监控系统的定位数据。\n"
        "退订本周报：https://zhoubao.example.cn/unsubscribe\n"
        "出版：渔业执法周报编辑部\n"
        "© 2025 渔业执法周报\n"
    )
    assert ["contact", "出版：渔业执法周报编辑部"] in _furniture(text)


@pytest.mark.parametrize(
    "line",
    ["View this email in your browser", "Read online", "在浏览器中查看", "網頁版閱讀", "Webで見る"],
)
def test_view_in_browser_lines_are_navigation(line: str) -> None:
    assert furniture_kind(line) == "navigation"


_JA_PAGE_HEAD = "ホーム ＞ ニュース ＞ 地域\n沿岸警備隊が合同で救難訓練\n2024年6月3日\n"


def test_a_caption_without_its_stop_between_paragraphs_of_a_news_page() -> None:
    """A photo's caption printed with no stop between two paragraphs of a page with edges (here a Japanese one):
    the only such line of the text, a clause's length, is a caption, no heading."""
    text = _JA_PAGE_HEAD + (
        "両国の沿岸警備隊は三日、港の沖合で遭難した漁船の乗組員を救助する合同訓練を実施した。\n"
        "甲板から海面に向けて放水する両国の巡視船と乗組員たち\n"
        "訓練には巡視船四隻とヘリコプター二機が参加し、約三時間にわたって手順を確認した。\n"
        "担当者は、今後も年に一度の合同訓練を続けたいと話した。\n"
    )
    doc = parse_text(text)
    assert ["caption", "甲板から海面に向けて放水する両国の巡視船と乗組員たち"] in _furniture(text)
    assert doc.headings == ()


def test_a_story_s_short_heads_stay_headings() -> None:
    """Two short heads without stops between paragraphs: a story divided by heads, no captions."""
    text = _JA_PAGE_HEAD + (
        "両国の沿岸警備隊は三日、港の沖合で遭難した漁船の乗組員を救助する合同訓練を実施した。\n"
        "訓練の内容\n"
        "訓練には巡視船四隻とヘリコプター二機が参加し、約三時間にわたって手順を確認した。\n"
        "今後の予定\n"
        "担当者は、今後も年に一度の合同訓練を続けたいと話した。\n"
    )
    assert "caption" not in [kind for kind, _ in _furniture(text)]
