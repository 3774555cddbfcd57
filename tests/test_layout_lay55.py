"""lay55 (twenty-seventh session): layouts of kinds the dev set had few of, written blind — a ministry's policy
statement as a PDF dump with a protective marking over and under every page, news pages (a standfirst over a
byline of writers in two cities, a share row with its comment count, a section trail with spaced slashes), a
press release's attachment line, a WeChat article's collection label and closing source line, a legislative
research brief's cover, a United Nations report in Chinese. Furniture by form, titles by position, heads named
by the contents list. Each rule on text in other words than the corpus documents that showed the miss
(`tests/layouts/l55_*`)."""

from __future__ import annotations

from helpers import furniture_rows

from allyscope import parse_text
from allyscope.layout.furniture import furniture_kind
from allyscope.layout.page_furniture import is_handling_notice
from allyscope.structure.names import filed_from_start, places_dropped


def test_furniture_lines_by_form() -> None:
    assert furniture_kind("シェアする　X　LINE") == "share"
    assert furniture_kind("分享　12則留言") == "share"
    assert furniture_kind("Share   48 comments") == "share"
    assert furniture_kind("國際 ／ 東南亞") == "navigation"
    assert furniture_kind("政治 ｜ 外交") == "navigation"
    assert furniture_kind("看更多") == "related"
    assert furniture_kind("延伸閱讀：越南海警首度訪問馬尼拉") == "related"
    assert furniture_kind("（別紙）協議の日程") == "download"
    assert furniture_kind("收录于话题") == "tags"
    assert furniture_kind("#海上安全 12篇") == "tags"
    assert furniture_kind("來源：海峽評論網") == "dateline"
    # sentences and titles holding the same words stay text
    assert furniture_kind("國際社會關注南海局勢，東南亞各國加強合作。") is None
    assert furniture_kind("来源国与过境国应加强合作，共同打击走私。") is None
    assert furniture_kind("看更多的是合作而非对抗") is None
    assert furniture_kind("分享情報是兩國合作的重點") is None


def test_a_photo_credit_after_the_caption_sentence() -> None:
    text = (
        "越南海警與菲律賓海巡舉行聯合演練\n"
        "記者陳冠宇／綜合報導\n"
        "2025年04月02日 09:15\n"
        "分享　3則留言\n"
        "兩國海巡人員在馬尼拉灣進行搜救演練。圖／翻攝自菲律賓海巡臉書\n"
        "越南海警與菲律賓海巡1日在馬尼拉灣舉行首次聯合搜救演練，雙方派出巡邏艦各一艘。\n"
        "演練內容包括人員落海搜救與船舶滅火。\n"
    )
    rows = furniture_rows(parse_text(text))
    assert ["caption", "兩國海巡人員在馬尼拉灣進行搜救演練。圖／翻攝自菲律賓海巡臉書"] in rows


def test_writers_filed_from_several_places() -> None:
    assert places_dropped("Ana Costa in Lisbon and Kenji Mori") == "Ana Costa and Kenji Mori"
    assert filed_from_start("Ana Costa in Lisbon") == len("Ana Costa")
    assert filed_from_start("Security in East Asia") is None  # one word before `in`: no name
    text = (
        "Portugal and Japan sign pact on ocean research vessels\n"
        "The deal lets scientists from each country sail on the other's survey ships\n"
        "By Ana Costa in Lisbon and Kenji Mori in Yokohama\n"
        "Published: 2 May 2025\n"
        "Portugal and Japan agreed on Friday to share time on their ocean research vessels.\n"
        "The first joint survey is planned for the Azores next spring.\n"
    )
    doc = parse_text(text)
    assert doc.authors == ["Ana Costa", "Kenji Mori"]
    assert [
        "subtitle",
        "The deal lets scientists from each country sail on the other's survey ships",
    ] in furniture_rows(doc)


def test_a_protective_marking_over_and_under_every_page_is_dropped() -> None:
    assert is_handling_notice("UNCLASSIFIED")
    assert is_handling_notice("OFFICIAL: SENSITIVE")
    assert not is_handling_notice("Official")  # a word in sentence case may head a section
    page = "PROTECTED\n{body}\nCoastal Security Review 2024 | {n}\nPROTECTED\n"
    text = "PROTECTED\nDepartment of Home Affairs\nCoastal Security Review 2024\nMarch 2024\nPROTECTED\n\f" + "\f".join(
        page.format(body=body, n=n)
        for n, body in enumerate(
            (
                "1. Purpose\nThe review looks at how the coast is watched from the air and the sea.",
                "2. Findings\nPatrol aircraft flew fewer hours than planned in each of the last three years.",
                "3. Next steps\nThe department will buy two more aircraft and train more crews.",
            ),
            1,
        )
    )
    doc = parse_text(text)
    assert doc.title == "Coastal Security Review 2024"
    assert "PROTECTED" not in doc.text
    assert [(h.label, h.title) for h in doc.headings] == [("1", "Purpose"), ("2", "Findings"), ("3", "Next steps")]


def test_a_head_named_by_its_contents_entry() -> None:
    text = (
        "Harbour Safety Plan 2025\n"
        "Port Authority\n"
        "June 2025\n\f"
        "Contents\n"
        "Chair's message .............................. ii\n"
        "1. Risks at the harbour ....................... 1\n"
        "2. Measures ................................... 2\n\f"
        "Chair's message\n"
        "This plan sets out what the authority will do to keep ships and crews safe in the harbour.\n\f"
        "1. Risks at the harbour\n"
        "Traffic in the harbour has doubled in ten years, and most of its berths are now used every day.\n\f"
        "2. Measures\n"
        "The authority will add two pilot boats and a second radar station on the breakwater.\n"
    )
    doc = parse_text(text)
    assert next((h.level, h.label, h.title) for h in doc.headings) == (1, "", "Chair's message")
    assert ["navigation", "Chair's message .............................. ii"] in furniture_rows(doc)


def test_a_research_brief_cover_and_a_un_cover_in_chinese() -> None:
    text = (
        "立法院法制局\n"
        "議題研析\n"
        "編號：R01873\n"
        "中華民國114年2月\n"
        "我國無人機產業發展之現況與課題\n"
        "撰寫者：林美君\n"
        "壹、前言\n"
        "近年各國積極發展無人機產業，我國亦將其列為重點產業。\n"
        "貳、結論\n"
        "建議行政院整合相關部會資源，擴大國內市場。\n"
    )
    doc = parse_text(text)
    assert doc.title == "我國無人機產業發展之現況與課題"
    assert doc.authors == ["林美君"]
    rows = furniture_rows(doc)
    assert ["doctype", "議題研析"] in rows and ["identifier", "編號：R01873"] in rows
    un = (
        "联 合 国\n"
        "S/2025/88\n"
        "安全理事会\n"
        "Distr.: General\n"
        "12 February 2025\n"
        "Chinese\n"
        "Original: English\n"
        "第八十届会议\n"
        "临时议程项目 67\n"
        "关于海上安全的专题报告\n"
        "秘书长的报告\n"
        "一. 导言\n"
        "1. 本报告概述了过去一年各区域在海上安全方面的合作。\n"
        "A. 信息共享\n"
        "2. 各区域中心加强了海上态势信息的共享。\n"
    )
    doc = parse_text(un)
    assert doc.title == "关于海上安全的专题报告"
    rows = furniture_rows(doc)
    for row in (
        ["affiliation", "联 合 国"],
        ["identifier", "Chinese"],
        ["doctype", "第八十届会议"],
        ["doctype", "秘书长的报告"],
    ):
        assert row in rows
    assert [(h.level, h.label) for h in doc.headings] == [(1, "一"), (2, "A")]


def test_kickers_glued_to_the_headline() -> None:
    text = (
        "Harbour Policy Forum\n"
        "Home › Publications › Analysis\n"
        "Analysis | Why ferries matter to island security\n"
        "Lena Ortiz | Senior Analyst, Islands Programme\n"
        "27.05.2025\n"
        "Ferries carry most of the people and goods that move between small islands, and their routes are watched "
        "by few patrol boats.\n"
        "Governments that fund new ferries could add radios and trackers that also serve the coast guard.\n"
    )
    doc = parse_text(text)
    assert doc.title == "Why ferries matter to island security"
    assert ["doctype", "Analysis"] in furniture_rows(doc)
    # a programme's name in title case after the bar stays the doctype's line, no headline
    assert ["doctype", "Commentary | Asia Program"] in furniture_rows(
        parse_text(
            "Commentary | Asia Program\nCoast guards and the new diplomacy\nBy Ana Ruiz\n"
            "Coast guards now meet more often than navies do, and their talks are easier to hold.\n"
        )
    )
    ja = (
        "【コラム】離島航路を守るのは誰か\n"
        "海風新聞デジタル\n"
        "2025/6/2 07:30\n"
        "離島を結ぶ定期航路は、住民の生活を支える重要な交通手段である。\n"
        "国と自治体は、航路の維持に向けた支援策を拡充する方針だ。\n"
        "（経済部　森 翼）\n"
        "海風新聞アプリで読む\n"
    )
    doc = parse_text(ja)
    assert doc.title == "離島航路を守るのは誰か"
    assert doc.authors == ["森 翼"]
    rows = furniture_rows(doc)
    assert ["doctype", "【コラム】"] in rows and ["tools", "海風新聞アプリで読む"] in rows
    # a box's title inside the text keeps its reading as a caption
    assert furniture_kind("【コラム】離島航路の歴史") == "caption"
