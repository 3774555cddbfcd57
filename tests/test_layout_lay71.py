"""lay71 (fortieth session): shapes the dev layout set lacked (`tests/layouts/lay71_*`): a white paper's part over its
chapters (`第2部` then `第1章`), numbered column boxes (`コラム2-1　…`), photo captions opened by a bracketed label in
square full-width brackets (`［写真］…`), a print-and-close row under a related list (`打印　关闭`), and a government
page's breadcrumb one step a line down to the kind of paper over the title. Each rule on text in other words than
the documents that showed the miss (other states, other labels), with traps and property tests where a line is
parsed."""

from __future__ import annotations

from helpers import assert_offsets_valid
from hypothesis import given
from hypothesis import strategies as st

from allyscope import parse_text
from allyscope.layout.furniture import furniture_kind
from allyscope.model import Document

_KEPT = {"title", "author", "abstract", "keywords", "keyword", "paragraph"}


def _furniture(doc: Document) -> list[tuple[str, str]]:
    return [(s.kind, doc.span_text(s)) for s in doc.spans if s.kind not in _KEPT]


# -- a part over its chapters ---------------------------------------------------------------------------------------


def test_a_part_numbered_with_bu_stands_over_the_chapters_under_it() -> None:
    """`第1部` over `第3章` over `第2節` (a Chinese report this time): three levels, the part first."""
    doc = parse_text(
        "东盟海上合作年度报告\n"
        "第1部　总体情况\n"
        "第3章　海上执法\n"
        "第2节　联合巡逻\n"
        "印度尼西亚与马来西亚海上执法机构在马六甲海峡开展了年度协调巡逻，双方共派出舰艇六艘。\n"
        "第4章　海洋环境\n"
        "各国继续加强对珊瑚礁海域的巡查，并交换非法捕捞船只的信息。\n"
    )
    assert [(h.level, h.label, h.title) for h in doc.headings] == [
        (1, "1", "总体情况"),
        (2, "3", "海上执法"),
        (3, "2", "联合巡逻"),
        (2, "4", "海洋环境"),
    ]


def test_parts_alone_are_the_top_level_and_a_bare_part_label_still_heads() -> None:
    """Parts with no chapter under them sit at level 1; `第二部` alone on its line, its title on none, is still
    read as a heading by the chapter family (the part family wants a title)."""
    doc = parse_text(
        "海洋政策の論点\n"
        "第1部　沿岸警備\n"
        "インドネシアは海上保安機構の権限を定める法律の改正を検討している。\n"
        "第2部　漁業資源\n"
        "マレーシアは違法操業の取締りを強化し、拿捕した漁船の数を公表している。\n"
    )
    assert [(h.level, h.label, h.title) for h in doc.headings] == [(1, "1", "沿岸警備"), (1, "2", "漁業資源")]


def test_a_part_cited_in_a_sentence_is_no_heading() -> None:
    doc = parse_text(
        "海洋政策の論点\n"
        "第1部　沿岸警備\n"
        "第2部で見たように、インドネシアは海上保安機構の権限を定める法律の改正を検討している。\n"
    )
    assert [h.title for h in doc.headings] == ["沿岸警備"]


# -- numbered column boxes and bracketed photo captions ----------------------------------------------------------


@given(
    st.integers(min_value=1, max_value=12),
    st.integers(min_value=1, max_value=9),
    st.sampled_from(["港湾の安全を支える人々", "島しょ国への研修", "海図づくりの協力", "巡視艇の整備"]),
)
def test_a_numbered_column_box_head_is_a_caption(chapter: int, box: int, title: str) -> None:
    assert furniture_kind(f"コラム{chapter}-{box}　{title}") == "caption"
    assert furniture_kind(f"コラム{box}　{title}") == "caption"


def test_a_sentence_naming_a_column_is_text() -> None:
    """The trap: a sentence of the text that opens with a column's number and reads on is no box head."""
    assert furniture_kind("コラム3では、パラオの海上警察が受けた研修の様子を紹介した。") is None
    doc = parse_text(
        "令和5年版　海洋白書\n"
        "1　人材の育成\n"
        "日本はパラオの海上警察に対し、小型巡視艇の操船研修を行っている。\n"
        "コラム3では、研修を受けた警察官の声を紹介した。\n"
    )
    assert "コラム3では、研修を受けた警察官の声を紹介した。" in doc.text
    assert _furniture(doc) == []


@given(
    st.sampled_from(["写真", "画像", "動画"]),
    st.sampled_from(["握手する両国の外相（9日、ジャカルタで）", "寄港した練習艦"]),
)
def test_a_caption_opened_by_a_label_in_square_full_width_brackets(label: str, words: str) -> None:
    assert furniture_kind(f"［{label}］{words}") == "caption"


def test_square_bracket_captions_between_paragraphs_leave_the_text() -> None:
    doc = parse_text(
        "ホーム ＞ 国際\n"
        "日尼外相が会談　海洋協力を確認\n"
        "2023年11月2日 18時30分\n"
        "上川外相は2日、ジャカルタでインドネシアのルトノ外相と会談し、海洋分野での協力を進めることを確認した。\n"
        "［写真］会談に臨む両外相（2日、ジャカルタで）\n"
        "両外相は、巡視船の供与に向けた協議を続けることでも一致した。\n"
    )
    assert ("caption", "［写真］会談に臨む両外相（2日、ジャカルタで）") in _furniture(doc)
    assert "会談に臨む両外相" not in "".join(doc.span_text(p) for p in doc.paragraphs)
    assert_offsets_valid(doc)


# -- a print-and-close row ------------------------------------------------------------------------------------------


@given(st.sampled_from(["打印", "列印"]), st.sampled_from(["关闭", "關閉"]), st.sampled_from(["　", " ", " | "]))
def test_print_and_close_is_a_tools_row(printing: str, closing: str, separator: str) -> None:
    assert furniture_kind(f"{printing}{separator}{closing}") == "tools"


def test_a_print_and_close_row_ends_the_related_list_over_it() -> None:
    doc = parse_text(
        "印尼与马来西亚举行海上安全对话\n"
        "2024年03月05日 10:20　来源：南洋网\n"
        "印度尼西亚与马来西亚5日在吉隆坡举行海上安全对话，双方同意加强马六甲海峡的协调巡逻。\n"
        "相关新闻\n"
        "· 马六甲海峡协调巡逻启动二十周年\n"
        "列印　關閉\n"
    )
    assert _furniture(doc)[-1] == ("tools", "列印　關閉")
    assert ("related", "· 马六甲海峡协调巡逻启动二十周年") in _furniture(doc)


def test_close_alone_is_no_tools_row() -> None:
    """The close button joins a print button; alone, `关闭` starts no row of the list (a sentence may open so)."""
    assert furniture_kind("关闭") is None
    assert furniture_kind("关闭港口的决定已经撤销。") is None


# -- a breadcrumb one step a line, down to the kind of paper ---------------------------------------------------------


def _page(steps: list[str], kind: str, title: str) -> str:
    return (
        "Skip to main content\n"
        "Home\n" + "".join(f"{step}\n" for step in steps) + f"{kind}\n{title}\n"
        "The minister met her counterpart from Indonesia in Canberra on Tuesday to discuss maritime security.\n"
        "Both sides agreed to hold a joint patrol in the Arafura Sea later this year.\n"
    )


def test_a_breadcrumb_one_step_a_line_ends_at_the_kind_of_paper_over_the_title() -> None:
    """Steps under `Home`, one a line (the last one wider than a menu item, printed again as a topic below), then
    `Media release` alone over the title: the steps are navigation, the kind a doctype, the title the title."""
    text = _page(
        ["News and media", "Asia and the Pacific"], "Media release", "Australia and Indonesia agree on patrols"
    )
    doc = parse_text(text + "Topics\nAsia and the Pacific\n")
    assert doc.title == "Australia and Indonesia agree on patrols"
    assert doc.authors == []
    found = _furniture(doc)
    assert ("navigation", "Home") in found and ("navigation", "Asia and the Pacific") in found
    assert ("doctype", "Media release") in found
    assert_offsets_valid(doc)


def test_a_cjk_breadcrumb_one_step_a_line_ends_at_the_kind() -> None:
    doc = parse_text(
        "首页\n新闻中心\n外事动态\n新闻稿\n中国与印度尼西亚举行海上合作委员会会议\n"
        "中国与印度尼西亚海上合作委员会第四次会议5月在雅加达举行，双方回顾了海上合作基金项目的进展。\n"
        "双方同意在海上搜救和海洋科研领域继续开展合作。\n"
    )
    assert doc.title == "中国与印度尼西亚举行海上合作委员会会议"
    assert _furniture(doc)[:4] == [
        ("navigation", "首页"),
        ("navigation", "新闻中心"),
        ("navigation", "外事动态"),
        ("doctype", "新闻稿"),
    ]


def test_lines_under_home_that_reach_no_kind_are_left_to_the_head() -> None:
    """The trap: `Home` over short lines and then the title with no kind of paper between: the trail reading
    finds nothing (the title could be its last step), and the page reads as it did."""
    from allyscope.layout.edge_blocks import _trail_one_step_a_line
    from allyscope.layout.lines import split_lines

    text = "Home\nNews\nAustralia and Indonesia agree on patrols\nThe minister met her counterpart in Canberra.\n"
    lines = split_lines(text)
    assert _trail_one_step_a_line(lines, 3, ()) == ([], -1)


@given(
    st.lists(
        st.text(alphabet="abcdefghij ", min_size=3, max_size=30).map(lambda s: "A" + s.strip() + "s"),
        min_size=1,
        max_size=4,
    ),
    st.sampled_from(["Media release", "Press release", "Statement", "Speech"]),
)
def test_any_steps_under_home_over_a_kind_parse_without_loss(steps: list[str], kind: str) -> None:
    doc = parse_text(_page(steps, kind, "Ministers agree on a new patrol plan"))
    assert_offsets_valid(doc)
    assert "The minister met her counterpart" in doc.text
    assert doc.title == "Ministers agree on a new patrol plan"


# -- labels alone over their values -------------------------------------------------------------------------------


def test_a_date_label_alone_over_a_date_is_the_dateline_and_dates_the_page() -> None:
    """On a page (a line of its furniture found: a text with none is read as a text), in en and zh."""
    doc = parse_text(
        "Indonesia and Australia hold maritime dialogue\n"
        "Last updated\n"
        "4 June 2024\n"
        "Officials from Indonesia and Australia met in Jakarta for the annual maritime dialogue on Monday.\n"
        "Share this page\n"
    )
    assert _furniture(doc)[:2] == [("dateline", "Last updated"), ("dateline", "4 June 2024")]
    doc = parse_text(
        "印度尼西亚与澳大利亚举行海上对话\n发布日期：\n2024年6月4日\n印度尼西亚与澳大利亚官员4日在雅加达举行年度海上对话。\n分享到：\n"
    )
    assert _furniture(doc)[:2] == [("dateline", "发布日期："), ("dateline", "2024年6月4日")]
    assert doc.date == "2024-06-04"


def test_a_date_label_over_a_sentence_is_text() -> None:
    """The trap: `Updated` alone over a sentence that opens with a date: no date alone, both stay text."""
    doc = parse_text(
        "Indonesia and Australia hold maritime dialogue\n"
        "Updated\n"
        "4 June 2024 was the first day of the annual maritime dialogue between the two states in Jakarta.\n"
        "Share this page\n"
    )
    assert ("dateline", "Updated") not in _furniture(doc)


@given(
    st.sampled_from(["Department of Foreign Affairs and Trade", "Ministry of Defence", "Office of the Prime Minister"])
)
def test_an_issuer_label_alone_over_bodies_is_an_affiliation(body: str) -> None:
    doc = parse_text(
        "Australia and Indonesia sign defence agreement\n"
        f"From:\n{body}\n"
        "Australia and Indonesia signed a defence cooperation agreement in Canberra on Thursday.\n"
        "Share this page\n"
    )
    assert _furniture(doc)[:2] == [("affiliation", "From:"), ("affiliation", body)]
    assert doc.authors == []


def test_an_issuer_label_with_its_body_on_the_line_is_an_affiliation() -> None:
    doc = parse_text(
        "Canada and Japan agree on information security\n"
        "From: Department of National Defence\n"
        "Canada and Japan signed an agreement on the security of information in Tokyo on Thursday.\n"
        "Share this page\n"
    )
    assert ("affiliation", "From: Department of National Defence") in _furniture(doc)


def test_from_over_a_person_is_no_issuer() -> None:
    """The trap: an e-mail's `From:` over a person's name (no issuing body) stays as it was."""
    doc = parse_text(
        "Notes from the maritime dialogue\n"
        "From:\n"
        "Anna Berg\n"
        "The dialogue between Indonesia and Australia covered fisheries, patrols and search and rescue.\n"
        "Share this page\n"
    )
    assert ("affiliation", "Anna Berg") not in _furniture(doc)


# -- share links and a topic label ------------------------------------------------------------------------------------


@given(
    st.sampled_from(["Facebook", "LinkedIn", "WhatsApp", "Email", "X"]), st.sampled_from(["", " (opens in new tab)"])
)
def test_a_share_link_naming_its_platform_is_share(platform: str, tail: str) -> None:
    assert furniture_kind(f"Share on {platform}{tail}") == "share"


def test_share_on_in_a_sentence_is_text() -> None:
    assert furniture_kind("Share on the costs of patrols was agreed.") is None


def test_explore_the_topic_labels_the_topics_under_it() -> None:
    doc = parse_text(
        "Australia and Indonesia agree on patrols\n"
        "The minister met her counterpart from Indonesia in Canberra on Tuesday to discuss maritime security.\n"
        "Explore the topic\n"
        "Foreign affairs and security\n"
    )
    assert _furniture(doc)[-2:] == [("tags", "Explore the topic"), ("tags", "Foreign affairs and security")]


# -- a funding sentence in a web story --------------------------------------------------------------------------------

_STORY = (
    "Skip to main content\n"
    "Home › News › Research\n"
    "Study tracks how Indonesian fishing crews report illegal vessels\n"
    "By Rosa Lindqvist\n"
    "Researchers at the university interviewed fishing crews in three Indonesian ports about how they report "
    "foreign vessels fishing without licences.\n"
    "Most crews said they would report more often if the coast guard answered their calls within a day.\n"
    "{funding}\n"
    "{share}"
)


def _kinds_of(doc: Document, kind: str) -> list[str]:
    return [doc.span_text(s) for s in doc.spans if s.kind == kind]


def test_a_funding_sentence_reporting_the_work_stays_in_a_web_story() -> None:
    """On a page with share buttons, `The study was supported by …` is the story's last sentence (what it reports
    about the work), a paragraph; the same line on a page with no share buttons is a funding line."""
    line = "The study was supported by the Harbour Research Trust."
    doc = parse_text(_STORY.format(funding=line, share="Share this story\nFacebook   X   Email\n"))
    assert line in [doc.span_text(p) for p in doc.paragraphs]
    assert _kinds_of(doc, "funding") == []
    doc = parse_text(_STORY.format(funding=line, share=""))
    assert _kinds_of(doc, "funding") == [line]


def test_a_funding_line_naming_the_document_is_funding_on_a_web_page_too() -> None:
    """The trap: `This report was made possible by …` names the document itself: its colophon, funding even on a
    page with share buttons."""
    line = "This report was made possible by a grant from the Harbour Research Trust."
    doc = parse_text(_STORY.format(funding=line, share="Share this story\nFacebook   X   Email\n"))
    assert _kinds_of(doc, "funding") == [line]


# -- an event's notice: its fields are its text, its publication date dates it --------------------------------------


def test_an_event_notice_fields_stay_text_and_the_publication_date_dates_it() -> None:
    doc = parse_text(
        "首页 > 学术活动 > 讲座\n"
        "【学术讲座】印度尼西亚海洋政策的新动向\n"
        "发布时间：2024-05-06　浏览次数：120\n"
        "活动时间：2024年5月20日（周一）14:00-16:00\n"
        "活动地点：国际关系学院二层报告厅\n"
        "主讲人：王海燕（东南亚研究中心副研究员）\n"
        "本次讲座将介绍印度尼西亚近年来的海洋政策调整及其对区域合作的影响。\n"
        "分享到：微信　微博\n"
    )
    assert (doc.date, doc.date_source) == ("2024-05-06", "published")
    assert doc.authors == []
    paragraphs = [doc.span_text(p) for p in doc.paragraphs]
    assert "活动地点：国际关系学院二层报告厅" in paragraphs
    assert "主讲人：王海燕（东南亚研究中心副研究员）" in paragraphs
    assert not any(s.kind == "affiliation" for s in doc.spans)


def test_an_event_date_dates_a_notice_that_states_nothing_else() -> None:
    """With no publication date, the event's date dates the notice, read as a dateline (as a single `Event date:`
    line under a summary's title is read)."""
    doc = parse_text(
        "インドネシア海洋政策セミナーのご案内\n"
        "開催日：2024年6月1日（土）\n"
        "会場：本学国際会議場\n"
        "講師：佐々木 実（海洋政策研究所研究員）\n"
        "インドネシアの海洋政策と日本との協力について講演を行います。\n"
        "このページをシェアする\n"
    )
    assert (doc.date, doc.date_source) == ("2024-06-01", "dateline")
    assert doc.authors == []


@given(
    st.sampled_from(["活動地點", "活动地点"]),
    st.text(alphabet="本校國際會議廳第三樓教室", min_size=2, max_size=6),  # longer: joined to the next line as wrapped
)
def test_any_venue_under_an_event_date_keeps_the_fields_as_text(label: str, venue: str) -> None:
    doc = parse_text(
        "越南海洋法的新發展\n"
        "發布日期：2024-03-01\n"
        f"活動日期：2024年3月15日\n{label}：{venue}\n"
        "本次座談將討論越南海洋法的修訂內容與南海情勢。\n"
        "分享至：Facebook　LINE\n"
    )
    assert_offsets_valid(doc)
    assert doc.date == "2024-03-01"
    assert f"{label}：{venue}" in [doc.span_text(p) for p in doc.paragraphs]
