"""lay32a's page furniture on shapes the dev set lacked (issue 12), tried on text written in other words than
the dev documents that asked for it (tests/layouts): a browser's print of a web page (a stamp with the print's
day, time and the page's title over each page, the address and the count of pages under it), a draft's handling
notice printed over every page, and a print stamp that dates no document. Traps: a title that says `Draft`,
printed once; a news page's date and time before its source, which still dates the page."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope import parse_text

_KEPT = {"title", "author", "abstract", "keywords", "keyword", "paragraph"}


def _furniture(text: str) -> list[list[str]]:
    doc = parse_text(text)
    return [[s.kind, doc.span_text(s)] for s in doc.spans if s.kind not in _KEPT]


def _browser_print(stamp: str, address: str, pages: list[list[str]], front: list[str]) -> str:
    """A web page printed by a browser: each page under the stamp, over the address and `n/total`."""
    out: list[str] = []
    for n, page in enumerate(pages, 1):
        out.append(stamp)
        if n == 1:
            out.extend(front)
        out.extend(page)
        out.append(f"{address}\u3000\u3000{n}/{len(pages)}" if not stamp.isascii() else f"{address}  {n}/{len(pages)}")
    return "\n".join(out) + "\n"


def test_browser_print_of_a_ja_page_drops_stamp_and_address_and_joins_the_split_sentence() -> None:
    text = _browser_print(
        "2025/2/14 9:41\u3000\u3000港湾の保安検査をめぐる各国の動き | 海事政策フォーラム",
        "https://kaiji-forum.example.jp/column/0210.html",
        [
            [
                "港湾施設の保安検査は、各国の沿岸警備機関が年に一度行うのが一般的である。",
                "ただし検査の項目は国によって異なり、監視カメラの台数まで定める国もあれば、",
            ],
            ["出入管理の記録だけを求める国もある。", "今後は項目をそろえる議論が必要になろう。"],
        ],
        ["港湾の保安検査をめぐる各国の動き", "高橋真理子", "2025年2月10日"],
    )
    doc = parse_text(text)
    assert doc.title == "港湾の保安検査をめぐる各国の動き"
    assert doc.authors == ["高橋真理子"]
    assert (doc.date, doc.date_source) == ("2025-02-10", "dateline")
    assert "9:41" not in doc.text and "kaiji-forum" not in doc.text and "1/2" not in doc.text
    assert "定める国もあれば、出入管理の記録だけを求める国もある。" in doc.text


def test_browser_print_of_an_en_page_with_page_of_total_at_the_foot() -> None:
    text = (
        "11/4/24, 2:17 PM    Undersea Cables and the Law of the Sea - Ocean Law Notes\n"
        "Undersea Cables and the Law of the Sea\n"
        "Marta Ruiz\n"
        "The convention protects cables on the high seas, but it says little about who should guard them.\n"
        "Coastal states disagree on whether their navies may board a ship suspected of cutting\n"
        "https://oceanlaw-notes.example.org/cables Page 1 of 2\n"
        "11/4/24, 2:17 PM    Undersea Cables and the Law of the Sea - Ocean Law Notes\n"
        "a cable outside their territorial sea.\n"
        "Repair ships are few, and most of them belong to private firms.\n"
        "https://oceanlaw-notes.example.org/cables Page 2 of 2\n"
    )
    doc = parse_text(text)
    assert doc.title == "Undersea Cables and the Law of the Sea"
    assert doc.authors == ["Marta Ruiz"]
    assert doc.date is None  # the print's day is no day of the text
    assert "2:17 PM" not in doc.text and "oceanlaw-notes" not in doc.text and "Page 1 of 2" not in doc.text
    assert "suspected of cutting a cable outside their territorial sea." in doc.text


_NOTICED_ZH = (
    "征求意见稿　请勿引用\n"
    "关于加强区域海上搜救协作的几点建议\n"
    "陈思远\n"
    "一、现状\n"
    "目前区域内各国的海上搜救中心多靠电话和传真联络，信息传递慢，容易遗漏。\n"
    "第 1 页\n"
    "征求意见稿　请勿引用\n"
    "二、建议\n"
    "可以先建立统一的值班名录，再逐步共享搜救船只和飞机的实时位置。\n"
    "第 2 页\n"
)


def test_handling_notice_over_every_page_is_dropped_first_page_included() -> None:
    doc = parse_text(_NOTICED_ZH)
    assert doc.title == "关于加强区域海上搜救协作的几点建议"
    assert doc.authors == ["陈思远"]
    assert "征求意见稿" not in doc.text
    assert [h.title for h in doc.headings] == ["现状", "建议"]


def test_ja_handling_notice_at_the_foot_of_every_page_is_dropped() -> None:
    text = (
        "サイバー演習の共同実施に関する検討メモ\n"
        "防衛政策研究室\n"
        "1. 背景\n"
        "近年、複数の国が参加するサイバー演習が増えている。参加国は攻撃と防御の役に分かれ、実際に近い環境で対処を試す。\n"
        "演習の期間は数日から二週間ほどで、終了後には各国の担当者が集まって結果を振り返る。\n"
        "取扱注意\n"
        "- 1 -\n"
        "2. 論点\n"
        "演習の成果を共有する範囲をどう決めるかが、最も大きな論点である。\n"
        "防御側の弱点が外に知られれば、かえって危険を招くおそれがあるためだ。共有の手順は事前に文書で定めておく必要がある。\n"
        "取扱注意\n"
        "- 2 -\n"
    )
    doc = parse_text(text)
    assert doc.title == "サイバー演習の共同実施に関する検討メモ"
    assert "取扱注意" not in doc.text


def test_a_title_that_says_draft_printed_once_stays_the_title() -> None:
    text = (
        "Draft Rules for Drone Patrols Near Disputed Reefs\n"
        "Samuel Okafor\n"
        "Two governments have circulated draft rules for unmanned patrols near reefs both of them claim.\n"
        "The drafts differ on how close a drone may fly to the other side's outposts.\n"
    )
    doc = parse_text(text)
    assert doc.title == "Draft Rules for Drone Patrols Near Disputed Reefs"
    assert "circulated draft rules" in doc.text


def test_news_page_date_and_time_before_its_source_still_dates_the_page() -> None:
    text = (
        "两国海警举行首次联合巡航\n"
        "2024-10-08 16:20　来源：某某网\n"
        "两国海警部门8日在相邻海域举行首次联合巡航，共派出舰船四艘。\n"
        "双方表示，今后将定期举行类似活动。\n"
    )
    doc = parse_text(text)
    assert doc.date == "2024-10-08"


_SITES = st.sampled_from(["某某研究院", "Harbour Notes", "海事フォーラム", "國防評論網", "Ocean Policy Blog"])
_TITLES = st.sampled_from(
    ["海上合作的新动向", "Patrols and Partners", "沿岸警備の課題", "區域安全觀察", "Reef Disputes"]
)


@settings(max_examples=60, deadline=None)
@given(
    year=st.integers(2000, 2030),
    month=st.integers(1, 12),
    day=st.integers(1, 28),
    hour=st.integers(0, 23),
    minute=st.integers(0, 59),
    gap=st.sampled_from(["\u3000\u3000", "  ", "\t", "   "]),
    separator=st.sampled_from([" - ", " | ", "_", " – "]),
    title=_TITLES,
    site=_SITES,
)
def test_a_browser_print_stamp_never_dates_the_document(
    year: int, month: int, day: int, hour: int, minute: int, gap: str, separator: str, title: str, site: str
) -> None:
    """Whatever the day, time, gap and site: a stamp with a page title after it dates no document, while the
    same day and time alone before the text (a dateline) does."""
    from allyscope.layout.dating import document_date

    stamp = f"{year}/{month}/{day} {hour}:{minute:02d}"
    assert document_date([f"{stamp}{gap}{title}{separator}{site}"], []) is None
    found = document_date([stamp], [])
    assert found is not None and found[0] == f"{year:04d}-{month:02d}-{day:02d}"


# Round 2: a news site's ticker, its row of sections, counts in brackets and a blog's category line.


def test_tickers_of_headlines_are_related_lines() -> None:
    from allyscope.layout.furniture import furniture_kind

    assert furniture_kind("即時快訊：漁船在東部外海獲救　國防預算案付委") == "related"
    assert furniture_kind("速報：北部の港で大型貨物船が座礁・周辺の航路を一時閉鎖") == "related"
    assert furniture_kind("JUST IN: Ferry services suspended across the southern islands") == "related"
    # a flash story's lead, a sentence with its full stop, is text
    assert furniture_kind("快讯：两国海军今天在南部海域举行了联合搜救演练。") is None
    assert furniture_kind("Live: it was a phrase the commander used often") is None


def test_rows_of_sections_and_site_versions_are_navigation() -> None:
    from allyscope.layout.furniture import furniture_kind

    assert furniture_kind("要闻　国际　军事　财经　评论　图片") == "navigation"
    assert furniture_kind("ニュース　国際　経済　スポーツ　特集") == "navigation"
    assert furniture_kind("手機版｜RSS｜網站導覽") == "navigation"
    assert furniture_kind("« 上一篇：海警船完成年度檢修") == "navigation"
    # writers' names one after another are no menu, nor a row of words naming no section
    assert furniture_kind("王小明　李静　张伟　陈思远") is None
    assert furniture_kind("東京　大阪　名古屋　福岡") is None


def test_counts_in_brackets_page_top_and_paywall_offers_are_tools_and_categories_tags() -> None:
    from allyscope.layout.furniture import furniture_kind

    assert furniture_kind("点赞（12）　转发（3）　收藏（5）") == "tools"
    assert furniture_kind("讀者評論（7）") == "tools"
    assert furniture_kind("Page Top") == "tools"
    assert furniture_kind("Subscribe today for full access to every story.") == "tools"
    assert furniture_kind("分类：国际观察") == "tags"
    assert furniture_kind("Category: Maritime Law") == "tags"
    assert furniture_kind("评论员认为，这次演习的规模超过往年。") is None


def test_a_news_page_under_a_section_row_and_a_ticker_keeps_its_title_and_writer() -> None:
    text = (
        "要闻　国际　军事　财经　评论\n"
        "滚动新闻：台风登陆南部沿海　海警船结束远海巡航\n"
        "两国海警签署渔业执法合作协议\n"
        "2025-01-20 08:40\n"
        "记者　孙立平\n"
        "两国海警部门20日签署渔业执法合作协议，约定共享违法捕捞船只的信息。\n"
        "协议还规定，双方每年举行一次联合执法演练。\n"
        "网友评论（2）\n"
    )
    doc = parse_text(text)
    assert doc.title == "两国海警签署渔业执法合作协议"
    assert doc.date == "2025-01-20"
    kinds = dict((t, k) for k, t in _furniture(text))
    assert kinds["要闻　国际　军事　财经　评论"] == "navigation"
    assert kinds["滚动新闻：台风登陆南部沿海　海警船结束远海巡航"] == "related"
    assert kinds["网友评论（2）"] == "tools"


# Round 3: a page's foot standing inside a paragraph, a long licence line, a bilingual masthead's second row.

_HANT_PAGES = (
    "離岸風場的海上安全管理\n"
    "周怡君\n"
    "一、背景\n"
    "離岸風場陸續完工以後，周邊海域的船舶交通明顯增加，施工船、運維船與漁船在同一片海域作業，碰撞與纏網的風險也隨之升高。主管機關因此研擬航行管制措施，並要求業者設置"
    "{cut}\n"
    "{foot}\n"
    "－ 1 －\n"
    "自動識別系統與雷達監控設備。\n"
    "二、建議\n"
    "管制措施宜與漁民協商訂定，並定期檢討成效。\n"
)


def test_a_foot_inside_a_paragraph_is_written_after_it_and_the_sentence_joins() -> None:
    text = _HANT_PAGES.format(cut="", foot="基金項目：海洋委員會委託研究計畫（112-05）")
    doc = parse_text(text)
    assert "並要求業者設置自動識別系統與雷達監控設備。" in doc.text
    assert ["funding", "基金項目：海洋委員會委託研究計畫（112-05）"] in _furniture(text)
    assert "－ 1 －" not in doc.text


def test_a_foot_after_a_closed_paragraph_or_before_a_heading_joins_nothing() -> None:
    closed = _HANT_PAGES.replace("並要求業者設置{cut}", "並要求業者設置監控設備。").format(foot="©2023 海洋事務學會")
    doc = parse_text(closed)
    assert "監控設備。\n©2023 海洋事務學會\n自動識別系統" in doc.text  # the foot stays where it stood
    headed = (
        "Mooring Rules for Research Vessels\n"
        "Ana Costa\n"
        "Background\n"
        "Research vessels often wait offshore for days before a port can take them, and the rules that apply to "
        "them while they wait differ from one coastal state to the next, which puzzles crews and owners alike\n"
        "© 2023 Coastal Policy Society\n"
        "Recommendations\n"
        "States should publish their mooring rules in one place.\n"
    )
    doc = parse_text(headed)
    assert "alike\n© 2023 Coastal Policy Society\nRecommendations" in doc.text


def test_an_open_licence_printed_with_the_copyright_is_one_long_copyright_line() -> None:
    from allyscope.layout.furniture import furniture_kind

    licence = (
        "© 2023 The Authors. Published by a university press on behalf of the society. This is an open access "
        "article under the terms of the Creative Commons Attribution-NonCommercial License, which permits use, "
        "distribution and reproduction in any medium, provided the original work is properly cited and is not "
        "used for commercial purposes."
    )
    assert len(licence) > 200
    assert furniture_kind(licence) == "copyright"
    assert furniture_kind("Copyright law " + "x" * 300) is None


def test_a_bilingual_mastheads_second_row_is_an_issue_line_dating_the_issue() -> None:
    from allyscope.layout.dating import document_date, is_issue_line

    row = "2023年11月　　　海洋政策研究　Journal of Ocean Policy　　　November 2023"
    assert is_issue_line(row)
    assert document_date([row], []) == ("2023-11", "issue")
    assert is_issue_line("Sept. 2022    Ocean Affairs Review    2022年9月")
    assert not is_issue_line("2023年11月，两国在海洋政策上达成了共识，并于November 2023")


@settings(max_examples=40, deadline=None)
@given(
    cut=st.integers(20, 60),
    foot=st.sampled_from(
        [
            "收稿日期：2023-09-01",
            "作者簡介：周怡君，海洋大學副教授。",
            "©2023 海洋事務學會",
            "基金項目：研究計畫（112-05）",
        ]
    ),
)
def test_wherever_the_page_cuts_the_sentence_the_foot_leaves_it_whole(cut: int, foot: str) -> None:
    """Cut the paragraph's long sentence at any point past a full line's worth of it, put a page's foot and
    number there: the sentence comes out whole and the foot as a block of its own after it."""
    sentence = (
        "離岸風場陸續完工以後，周邊海域的船舶交通明顯增加，施工船、運維船與漁船在同一片海域作業，碰撞與纏網的風險"
        "也隨之升高，主管機關因此研擬航行管制措施，並要求業者設置自動識別系統與雷達監控設備，以便掌握風場周邊的船舶動態。"
    )
    head, tail = sentence[: len(sentence) - cut], sentence[len(sentence) - cut :]
    front = "離岸風場的海上安全管理\n周怡君\n一、背景\n"
    text = f"{front}{head}\n{foot}\n－ 1 －\n{tail}\n二、建議\n管制措施宜與漁民協商訂定。\n"
    doc = parse_text(text)
    assert sentence in doc.text
    assert doc.text.index(foot) > doc.text.index(sentence)


# Round 4: media players, gallery controls, triangle captions, read-aloud rows and newsletter boxes.


def test_media_and_gallery_controls_are_tools() -> None:
    from allyscope.layout.furniture import furniture_kind

    assert furniture_kind("聽新聞　00:00 / 03:40") == "tools"
    assert furniture_kind("下一張　查看大圖") == "tools"
    assert furniture_kind("前の写真　次の写真") == "tools"
    assert furniture_kind("Listen: Harbour pilots on the new rules (12:30)") == "tools"
    assert furniture_kind("やさしい日本語　English") == "tools"
    assert furniture_kind("To view PDF documents you need a free reader installed on your device.") == "tools"
    assert furniture_kind("Enter your email address") == "tools"
    assert furniture_kind("48 likes · 6 reposts") == "tools"
    # a sentence about listening, or a number of ships seen, is text
    assert furniture_kind("Listen carefully to what the coast guards say at sea.") is None
    assert furniture_kind("12 likely routes were studied by the navy.") is None


def test_triangle_captions_and_bracketed_attachments() -> None:
    from allyscope.layout.furniture import furniture_kind

    assert furniture_kind("▲日本海上保安廳的巡視船停靠在基隆港。") == "caption"
    assert furniture_kind("▼影片來源：海巡署") == "caption"
    assert furniture_kind("【附件】聯合演練計畫（PDF，1.2MB）") == "download"
    assert furniture_kind("（添付ファイル）会談の概要（PDF形式：120KB）") == "download"
    # two sentences after a triangle are no caption
    assert furniture_kind("▲會議決定擴大合作。各方同意明年再議。") is None


def test_a_news_page_with_a_player_and_triangle_captions_keeps_its_text() -> None:
    text = (
        "國際 > 歐洲\n"
        "英法海軍在英吉利海峽舉行掃雷演習\n"
        "2024年09月03日 15:20\n"
        "記者陳思穎／綜合報導\n"
        "聽新聞　00:00 / 01:52\n"
        "英國與法國海軍3日在英吉利海峽展開為期一週的聯合掃雷演習，共有八艘艦艇參加。\n"
        "▲法國海軍的獵雷艦駛離布雷斯特港。\n"
        "兩國海軍表示，演習將測試無人水下載具的搜索能力。\n"
    )
    doc = parse_text(text)
    assert doc.title == "英法海軍在英吉利海峽舉行掃雷演習"
    assert doc.authors == ["陳思穎"]
    kinds = dict((t, k) for k, t in _furniture(text))
    assert kinds["聽新聞　00:00 / 01:52"] == "tools"
    assert kinds["▲法國海軍的獵雷艦駛離布雷斯特港。"] == "caption"
    assert "兩國海軍表示" in doc.text


# Round 5: page numbers labelled with their total, and set off by a bar before the publisher's name.


def test_a_labelled_page_number_with_its_total_is_dropped() -> None:
    text = (
        "無人機反制技術的發展\n"
        "許文豪\n"
        "一、背景\n"
        "小型無人機價格低廉，已成為港口與機場安全的新威脅，各國主管機關紛紛採購反制設備，以偵測與干擾入侵的無人機。\n"
        "页码：1/2\n"
        "二、建議\n"
        "反制設備的使用應有明確的法律授權，並避免干擾民用通訊。\n"
        "页码：2/2\n"
    )
    doc = parse_text(text)
    assert "页码" not in doc.text
    assert [h.title for h in doc.headings] == ["背景", "建議"]


def test_a_foot_numbering_its_page_before_a_bar_is_dropped_not_a_heading() -> None:
    text = (
        "Mine Clearance After the War\n"
        "Olena Kovalenko\n"
        "Background\n"
        "Large stretches of the northern coast are still closed to fishing because of mines laid during the war, and "
        "the clearance teams say the work will take a decade at the present pace, longer if the funding falls short of "
        "what was promised\n"
        "1 | Black Sea Policy Centre | www.bspc-example.org\n"
        "at the last donors' conference.\n"
        "What Would Help\n"
        "More divers and more survey boats would shorten the work by years.\n"
        "2 | Black Sea Policy Centre | www.bspc-example.org\n"
        "Conclusion\n"
        "Clearance is slow but it is the condition for every other kind of recovery on the coast.\n"
        "3 | Black Sea Policy Centre | www.bspc-example.org\n"
    )
    doc = parse_text(text)
    assert "Policy Centre" not in doc.text
    assert [h.title for h in doc.headings] == ["Background", "What Would Help", "Conclusion"]
    assert "falls short of what was promised at the last donors' conference." in doc.text


def test_numbered_headings_with_a_bar_printed_once_each_stay_headings() -> None:
    text = (
        "Port Security Review\n"
        "Tomas Berg\n"
        "1 | Scope\n"
        "The review covers the five largest ports of the region and their approaches.\n"
        "2 | Findings\n"
        "Most ports lack a single plan for incidents that involve both ships and cargo.\n"
    )
    doc = parse_text(text)
    assert "Scope" in doc.text and "Findings" in doc.text


# Round 6: cookie consents with their buttons, volumes counted in CJK numerals, platforms to follow.


def test_cookie_consent_titles_texts_and_buttons() -> None:
    from allyscope.layout.furniture import furniture_kind

    assert furniture_kind("We care about your privacy") == "cookie"
    assert furniture_kind("We and our vendors store cookies on your device to measure traffic.") == "cookie"
    assert furniture_kind("Allow all cookies") == "cookie"
    assert furniture_kind("接受並繼續") == "cookie"
    assert furniture_kind("すべて同意する") == "cookie"
    # text that speaks of accepting, or of cookies, is no button
    assert furniture_kind("Accept all the findings of the review, the minister said.") is None
    assert furniture_kind("全部接受調查報告的建議。") is None


def test_a_volume_and_issue_in_cjk_numerals_make_a_journal_line_dating_the_issue() -> None:
    from allyscope.layout.dating import document_date, is_issue_line

    line = "國際關係學報　第五十一卷　第二期（民國112年6月）"
    assert is_issue_line(line)
    assert document_date([line], []) == ("2023-06", "issue")
    assert is_issue_line("海洋法評論　第十二巻第一号")
    assert not is_issue_line("第三次會議決定成立工作小組")


def test_follow_rows_naming_platforms_and_newsletter_banners() -> None:
    from allyscope.layout.furniture import furniture_kind

    assert furniture_kind("关注我们：抖音　小红书　视频号") == "share"
    assert furniture_kind("訂閱週報　每週一寄送　立即訂閱") == "tools"
    assert furniture_kind("订阅制度在东南亚的报纸中很少见。") is None


# Round 7: reprint notes, correction and update notes, links to photos and to the next page.


def test_reprint_correction_and_update_notes_are_doctype_lines() -> None:
    from allyscope.layout.furniture import furniture_kind

    assert furniture_kind("原標題：美日澳防長會談　同意擴大聯合演習") == "doctype"
    assert furniture_kind("本文轉載自：區域安全評論") == "doctype"
    assert furniture_kind("本文经《海洋周刊》授权转载") == "doctype"
    clarification = "Clarification: A previous version of this story gave the wrong date for the drill."
    assert furniture_kind(clarification) == "doctype"
    assert furniture_kind("This article was corrected to fix the name of the port.") == "doctype"
    # a sentence that reports where news came from is text
    assert furniture_kind("转自前线的消息称，两艘舰艇已经返回港口。") is None
    assert furniture_kind("This story has a long history in the region's ports.") is None


def test_photo_links_follow_rows_and_next_page_links() -> None:
    from allyscope.layout.furniture import furniture_kind

    assert furniture_kind("画像をすべて見る（12枚）") == "tools"
    assert furniture_kind("前のページへ") == "navigation"
    assert furniture_kind("追踪我们：YouTube　Instagram") == "share"
    assert furniture_kind("写真を見ると、艦の損傷がよく分かる。") is None
