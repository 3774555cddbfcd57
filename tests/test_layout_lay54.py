"""lay54 (twenty-sixth session): layouts of kinds the dev set had few of — an intergovernmental body's report as a
PDF dump, an organisation's statement page, white papers with a cover, contents and running heads, an app's share
text, a think tank's page. Furniture by form (a menu row parted by wide spaces, a download link with its file's
size, an app's share line and the link under it, related items each with its date, a page count after a print's
job number) and titles by position (a cover's title over its issuing body stays however often later pages repeat
it; a line repeating the breadcrumb's last step is the kicker; an English line repeating the title's year is its
translated title; a long line over the kind of paper is the title). Each rule on text in other words than the
corpus documents that showed the miss (`tests/layouts/l54_*`)."""

from __future__ import annotations

from allyscope import parse_text
from allyscope.layout.furniture import furniture_kind
from allyscope.layout.page_furniture import worded_page_number
from allyscope.model import Document
from allyscope.structure.front import _same_numbers

_KEPT = {"title", "author", "abstract", "keywords", "keyword", "paragraph"}


def _furniture(doc: Document) -> list[list[str]]:
    return [[s.kind, doc.span_text(s)] for s in doc.spans if s.kind not in _KEPT]


def test_furniture_lines_by_form() -> None:
    assert furniture_kind("Related Press Releases") == "related"
    assert furniture_kind("Related speeches") == "related"
    assert furniture_kind("Download (PDF, 1.4 MB)") == "download"
    assert furniture_kind("下載（PDF，820KB）") == "download"
    assert furniture_kind("转发自南风资讯客户端") == "share"
    assert furniture_kind("Sent from the Coastline Daily app") == "share"
    assert furniture_kind("全文はアプリで読む：https://app.example.jp/n/991") == "share"
    assert furniture_kind("Home   Who We Are   Programmes   Media Centre   Careers") == "navigation"
    # a sentence opening with the words is no menu, no share line, no download link
    assert furniture_kind("Home ports of the two fleets are far apart.") is None
    assert furniture_kind("Download speeds on the island remain slow.") is None


def test_related_items_dated_after_a_wide_gap_are_taken_however_long() -> None:
    text = (
        "Ministers agree to widen coast guard training\n"
        "Posted: 4 March 2025\n"
        "The ministers agreed on Tuesday to open their coast guard academies to officers of the other members.\n"
        "Related Press Releases\n"
        "Joint Statement of the Ministers Responsible for Maritime Affairs on Training and Capacity Building   "
        "2 February 2025\n"
        "Chair's Summary of the Senior Officials' Meeting on Fisheries   9 January 2025\n"
        "© 2025 Example Secretariat\n"
    )
    furniture = _furniture(parse_text(text))
    assert ["related", "Chair's Summary of the Senior Officials' Meeting on Fisheries   9 January 2025"] in furniture
    assert furniture[2][0] == "related" and furniture[2][1].startswith("Joint Statement of the Ministers")


def test_a_worded_page_number_ends_a_contact_block() -> None:
    assert worded_page_number("第 3 頁，共 3 頁")
    assert worded_page_number("31-20077 2/4")
    assert not worded_page_number("第三章")
    text = (
        "海巡署新聞稿\n"
        "海巡署與越南海警舉行聯合搜救演練\n"
        "海巡署今天在高雄外海與越南海警舉行聯合搜救演練，雙方出動巡防艦與直升機各一艘。\n"
        "雙方並交換了海上執法經驗。\n"
        "新聞聯絡人：張志強　電話：(07)1234-5678\n"
        "第 3 頁，共 3 頁\n"
    )
    doc = parse_text(text)
    assert ["contact", "第 3 頁，共 3 頁"] not in _furniture(doc)
    assert "第 3 頁" not in doc.text


def test_an_english_line_repeating_the_titles_year_is_its_translated_title() -> None:
    assert _same_numbers("防衛白書2023", ["Defense", "of", "Japan", "2023"]) is False  # `of` in lower case
    assert _same_numbers("防衛白書2023", ["Defense", "Japan", "2023"])
    assert not _same_numbers("防衛白書2023", ["Taro", "Yamada"])  # a name holds no year
    text = (
        "通商白書2022\n"
        "White Paper 2022\n"
        "経済産業省\n"
        "令和4年6月\n"
        "第1章　世界経済の動向\n"
        "世界経済は感染症の影響から回復しつつあるが、供給網の混乱が続いている。\n"
    )
    doc = parse_text(text)
    assert doc.title == "通商白書2022"
    assert ["translated-title", "White Paper 2022"] in _furniture(doc)


def test_a_line_repeating_the_breadcrumbs_last_step_is_the_kicker() -> None:
    text = (
        "首页 > 研究成果 > 南海形势快评\n"
        "南海形势快评\n"
        "越南与印尼划界协定生效后的渔业合作前景\n"
        "作者：陈海（海洋法研究室 副研究员）\n"
        "发布日期：2024-08-12\n"
        "越南与印尼的专属经济区划界协定生效后，两国渔业部门开始商讨联合执法安排。\n"
    )
    doc = parse_text(text)
    assert doc.title == "越南与印尼划界协定生效后的渔业合作前景"
    assert ["doctype", "南海形势快评"] in _furniture(doc)
    assert doc.authors == ["陈海"]


def test_a_place_before_a_report_word_leaves_the_reporters_name() -> None:
    text = (
        "中越北部湾联合巡逻圆满结束\n"
        "2024-06-03 09:10 · 南风资讯\n"
        "南风资讯记者 王强 河内报道\n"
        "中越两国海警舰艇6月2日结束了在北部湾的第二次联合巡逻。\n"
        "双方表示将继续保持沟通。\n"
    )
    assert parse_text(text).authors == ["王强"]


def test_a_web_address_under_an_apps_share_line_is_the_shares_link() -> None:
    text = (
        "东盟防长会议在吉隆坡开幕\n"
        "2025-02-26 10:05 · 南风资讯\n"
        "东盟防长会议2月25日在吉隆坡开幕，各国防长就海上安全合作交换意见。\n"
        "会议将持续两天。\n"
        "责任编辑：赵敏\n"
        "转发自南风资讯客户端\n"
        "https://m.nanfeng.example/a/77120\n"
    )
    furniture = _furniture(parse_text(text))
    assert ["share", "转发自南风资讯客户端"] in furniture
    assert ["share", "https://m.nanfeng.example/a/77120"] in furniture


def test_an_outlets_digital_edition_under_a_shared_title_names_no_writer() -> None:
    text = (
        "日越、海上保安機関の連携強化で一致\n"
        "みなと新聞デジタル\n"
        "2025年3月4日 18時30分\n"
        "日本とベトナムの両政府は4日、ハノイで海上保安機関の長官級会合を開き、連携を強めることで一致した。\n"
        "両国は来年も会合を開く予定だ。\n"
        "（ハノイ＝佐藤花子）\n"
        "X　Facebook　LINE\n"
        "みなと新聞アプリから送信\n"
    )
    doc = parse_text(text)
    assert doc.authors == ["佐藤花子"]
    furniture = _furniture(doc)
    assert ["navigation", "みなと新聞デジタル"] in furniture
    assert ["share", "みなと新聞アプリから送信"] in furniture  # a tail read on a page with furniture of its own


def test_a_covers_title_over_its_issuer_stays_when_later_pages_repeat_it() -> None:
    text = (
        "中国的海洋合作政策\n"
        "国务院新闻办公室\n"
        "2023年5月\n"
        "一、海洋合作的基本立场\n"
        "中国主张通过对话协商妥善处理海上分歧，推动海洋领域务实合作。\n"
        "· 1 ·\n"
        "中国的海洋合作政策\n"
        "二、海洋合作的主要领域\n"
        "中国与周边国家在海上搜救、海洋科研和渔业管理等领域开展合作。\n"
        "· 2 ·\n"
        "中国的海洋合作政策\n"
        "三、结束语\n"
        "中国愿与各国一道，共同建设和平、合作、和谐的海洋。\n"
        "· 3 ·\n"
    )
    doc = parse_text(text)
    assert doc.title == "中国的海洋合作政策"
    assert doc.text.count("中国的海洋合作政策") == 1  # the later pages' heads leave the text
    assert [h.title for h in doc.headings] == ["海洋合作的基本立场", "海洋合作的主要领域", "结束语"]


def test_a_chapter_heading_that_opens_its_chapter_stays_when_the_next_page_repeats_it() -> None:
    text = (
        "令和5年版　海洋白書\n"
        "国土交通省\n"
        "令和5年6月\n"
        "第1章　海洋をめぐる情勢\n"
        "第1節　国際的な動向\n"
        "各国は海洋の安全保障と資源の管理に一層の関心を寄せている。\n"
        "10\n"
        "第2章　海上の安全確保\n"
        "第1節　海難の防止\n"
        "海難の件数は長期的には減少しているが、小型船の事故はなお多い。\n"
        "11\n"
        "第2章　海上の安全確保\n"
        "第2節　捜索救助\n"
        "海上保安庁は近隣国の機関と捜索救助の訓練を重ねている。\n"
        "12\n"
    )
    doc = parse_text(text)
    assert [(h.level, h.label, h.title) for h in doc.headings] == [
        (1, "1", "海洋をめぐる情勢"),
        (2, "1", "国際的な動向"),
        (1, "2", "海上の安全確保"),
        (2, "1", "海難の防止"),
        (2, "2", "捜索救助"),
    ]


def test_an_intergovernmental_cover_and_its_long_title_over_the_kind_of_paper() -> None:
    text = (
        "United Nations\n"
        "S/2025/140\n"
        "Security Council\n"
        "Distr.: General\n"
        "3 March 2025\n"
        "Original: English\n"
        "Implementation of the mandate of the regional office for the prevention of conflict in the Pacific "
        "island States during the period under review\n"
        "Report of the Secretary-General\n"
        "I. Introduction\n"
        "1. The present report covers the activities of the office from September 2024 to February 2025.\n"
        "25-03911 (E)    040325\n"
        "*2503911*\n"
        "S/2025/140\n"
        "II. Activities\n"
        "2. The office supported dialogue between the governments of the region on maritime boundaries.\n"
        "25-03911 2/2\n"
    )
    doc = parse_text(text)
    assert doc.title.startswith("Implementation of the mandate") and doc.title.endswith("under review")
    furniture = _furniture(doc)
    for kind, line in (
        ("affiliation", "United Nations"),
        ("identifier", "S/2025/140"),
        ("affiliation", "Security Council"),
        ("identifier", "Distr.: General"),
        ("identifier", "Original: English"),
        ("doctype", "Report of the Secretary-General"),
    ):
        assert [kind, line] in furniture
    assert not any(piece in doc.text for piece in ("25-03911", "*2503911*"))


def test_a_pages_tail_by_form_next_link_ad_prompt_download_and_footer_row() -> None:
    text = (
        "Navies of the region train together more often\n"
        "By Jane Doe\n"
        "12 May 2025\n"
        "The navies of Southeast Asia held more joint drills last year than in any year before, officials said.\n"
        "Most of the drills were small and took place close to shore.\n"
        "Next: Why coast guards share radar pictures\n"
        "Advertisement\n"
        "Scroll to continue with content\n"
        "Download this article as PDF\n"
        "Terms of Use   Privacy Policy   Contact Us\n"
        "© 2025 Example Media\n"
    )
    doc = parse_text(text)
    assert _furniture(doc)[1:] == [  # under the dateline
        ["navigation", "Next: Why coast guards share radar pictures"],
        ["advertisement", "Advertisement"],
        ["advertisement", "Scroll to continue with content"],
        ["download", "Download this article as PDF"],
        ["navigation", "Terms of Use   Privacy Policy   Contact Us"],
        ["copyright", "© 2025 Example Media"],
    ]
    assert doc.text.count("Next:") == 1 and "shore. Next" not in doc.text
    # the same words inside the text's sentences stay text
    assert furniture_kind("Next, the ministers met the press.") is None
    assert furniture_kind("Terms of the agreement were not published.") is None
