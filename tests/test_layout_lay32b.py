"""lay32b's front matter (issue 12), tried on texts written in other words than the dev documents that asked for it.

Newsletters (tests/layouts/*newsletter_masthead_issue_items*): an issue prints a masthead and an issue line over
several items, each under a headline of its own with maybe a writer's line and a date line under it. The issue is
the document: its title the masthead, its date the issue's; each headline a level-1 heading; each item's writer an
author, in order; an item's date line a dateline span. Traps: an issue line over one article, whose title has a
writer under it and whose text holds a short unstopped line, is one article (no items); a headline-shaped line whose
next line opens in lower case goes on as a sentence.
"""

from __future__ import annotations

from allyscope import parse_text

_EN_ISSUE = (
    "Harbour Watch Weekly\n"
    "No. 118 | October 2024\n"
    "Port of Suva adds two pilot boats\n"
    "By Leilani Moana\n"
    "Two new pilot boats entered service at the port on Monday after a month of sea trials in the lagoon.\n"
    "The harbour master said waiting times for large ships should now fall by about half.\n"
    "Tonga and Samoa sign a search and rescue pact\n"
    "8 October 2024\n"
    "The two governments agreed to share rescue coordination duties across their neighbouring waters.\n"
    "A joint centre will open in Apia next year with staff from both countries on rotation.\n"
    "Solomon Islands trains its first women patrol officers\n"
    "Eleven officers completed a six week course in boat handling, first aid and boarding drills.\n"
    "They will join the maritime wing of the national police in January.\n"
)

_ZH_ISSUE = (
    "北极航道动态\n"
    "第6期｜2024年9月\n"
    "挪威扩大斯瓦尔巴群岛周边巡逻\n"
    "撰稿：韩雪\n"
    "挪威海岸警卫队本月起增加两艘巡逻船，延长在群岛周边海域的巡逻时间。\n"
    "官员表示，此举是为了应对夏季明显增多的渔船与游轮。\n"
    "冰岛举办北极搜救研讨会\n"
    "2024年9月12日\n"
    "来自八个国家的救援机构在雷克雅未克交流了极地海域搜救的经验。\n"
    "与会者同意建立一份共享的救援船只名录。\n"
    "加拿大启用新的北极科考船\n"
    "撰稿：方志远\n"
    "新船可在一米厚的海冰中航行，将主要用于海冰与洋流的观测。\n"
)


def test_english_issue_items_are_headings_its_writers_authors_its_date_the_issue() -> None:
    doc = parse_text(_EN_ISSUE)
    assert doc.title == "Harbour Watch Weekly"
    assert [(h.level, h.title) for h in doc.headings] == [
        (1, "Port of Suva adds two pilot boats"),
        (1, "Tonga and Samoa sign a search and rescue pact"),
        (1, "Solomon Islands trains its first women patrol officers"),
    ]
    assert doc.authors == ["Leilani Moana"]
    assert (doc.date, doc.date_source) == ("2024-10", "issue")
    assert [doc.span_text(s) for s in doc.spans if s.kind == "dateline"] == ["8 October 2024"]
    paragraphs = [doc.span_text(p) for p in doc.paragraphs]
    assert paragraphs[-1].startswith("Eleven officers completed")  # the last headline stands apart from its text


def test_chinese_issue_items_writers_in_order() -> None:
    doc = parse_text(_ZH_ISSUE)
    assert doc.title == "北极航道动态"
    assert [h.title for h in doc.headings] == [
        "挪威扩大斯瓦尔巴群岛周边巡逻",
        "冰岛举办北极搜救研讨会",
        "加拿大启用新的北极科考船",
    ]
    assert doc.authors == ["韩雪", "方志远"]
    assert (doc.date, doc.date_source) == ("2024-09", "issue")
    assert not any("撰稿" in doc.span_text(p) for p in doc.paragraphs)


def test_issue_line_over_one_article_is_no_newsletter() -> None:
    text = (
        "Coastal Policy Notes\n"
        "Issue 7 | May 2024\n"
        "Why fisheries patrols need shared radar pictures\n"
        "By Omar Haddad\n"
        "Most small coast guards still patrol with the radar of their own boats and little else.\n"
        "Sharing a common picture would let them send the nearest boat instead of the one on duty.\n"
        "What sharing would cost\n"
        "The main cost is the link between stations, which several donors have offered to fund.\n"
    )
    doc = parse_text(text)
    assert doc.title == "Why fisheries patrols need shared radar pictures"
    assert doc.authors == ["Omar Haddad"]
    assert "Why fisheries patrols" not in [h.title for h in doc.headings]


def test_line_going_on_in_lower_case_is_no_headline() -> None:
    text = _EN_ISSUE.replace(
        "Solomon Islands trains its first women patrol officers\nEleven officers",
        "Solomon Islands trained its first women patrol officers\nin a course where eleven officers",
    )
    doc = parse_text(text)
    assert [h.title for h in doc.headings][-1] == "Tonga and Samoa sign a search and rescue pact"


# A head in sentence case under a byline of Latin names (docs/proposals/lay31a-sentence-case-head-under-byline.mbox,
# applied and narrowed: the head is in sentence case proper, a word other than a small one in lower case, and names
# no post or affiliation, as written or once its words are capitalised).

_REPORT = (
    "Drone Patrols over Coral Reefs\n"
    "\n"
    "Sione Tupou and Mereani Vula\n"
    "\n"
    "What the pilots watched\n"
    "\n"
    "Park rangers flew small drones over the outer reefs twice a week to spot boats anchored in closed zones. The\n"
    "flights covered more water in a morning than a patrol boat could cover in a week, and the pictures they took\n"
    "were clear enough to name the boats.\n"
    "\n"
    "Fines and warnings\n"
    "\n"
    "Owners of the boats seen in closed zones received warnings first and fines after a second visit.\n"
)


def test_sentence_case_head_under_names_opens_the_first_section() -> None:
    doc = parse_text(_REPORT)
    assert doc.title == "Drone Patrols over Coral Reefs"
    assert doc.authors == ["Sione Tupou", "Mereani Vula"]
    assert [h.title for h in doc.headings] == ["What the pilots watched", "Fines and warnings"]


def test_post_in_sentence_case_under_the_name_is_an_affiliation_and_the_head_under_it_a_heading() -> None:
    doc = parse_text(
        _REPORT.replace("Sione Tupou and Mereani Vula\n", "Sione Tupou\n\nSenior lecturer in marine biology\n")
    )
    assert doc.authors == ["Sione Tupou"]
    assert [doc.span_text(s) for s in doc.spans if s.kind == "affiliation"] == ["Senior lecturer in marine biology"]
    assert [h.title for h in doc.headings] == ["What the pilots watched", "Fines and warnings"]


def test_trap_title_case_line_under_names_is_no_head() -> None:
    doc = parse_text(_REPORT.replace("What the pilots watched", "Reef Patrols of the Pacific"))
    assert "Reef Patrols of the Pacific" not in [h.title for h in doc.headings]


def test_trap_line_running_on_in_lower_case_is_no_head() -> None:
    doc = parse_text(
        _REPORT.replace("What the pilots watched\n\n", "What the pilots watched\nfrom the air was a boat.\n\n")
    )
    assert "What the pilots watched" not in [h.title for h in doc.headings]


# `一、二、三` items, each a sentence, under a line announcing them: each item a paragraph of its own (the named
# items of `data/layouts/headings.json` take `一、` as `（一）`); a notice's signature (an issuing body over the
# closing date) and a CJK first line with no punctuation, shorter than the column, stand alone.

_NOTICE = (
    "關於辦理港區保全演練的公告\n"
    "為強化港區對可疑船舶之應變能力，本分署將於下月辦理年度保全演練，相關事項\n"
    "公告如下：\n"
    "一、演練期間港區部分碼頭將暫停開放，請業者預先調整船期與裝卸作業。\n"
    "二、演練當日上午將鳴放警報三次，民眾無須驚慌。\n"
    "三、如有疑問，請洽本分署港務組。\n"
    "海洋委員會海巡署南部分署\n"
    "2024年9月3日\n"
)


def test_announced_items_stand_apart_and_the_signature_is_an_affiliation() -> None:
    doc = parse_text(_NOTICE)
    assert doc.title == "關於辦理港區保全演練的公告"
    assert "公告如下：\n一、演練期間" in doc.text
    assert "裝卸作業。\n二、演練當日" in doc.text
    assert "無須驚慌。\n三、如有疑問" in doc.text
    assert [doc.span_text(s) for s in doc.spans if s.kind == "affiliation"] == ["海洋委員會海巡署南部分署"]
    assert (doc.date, doc.date_source) == ("2024-09-03", "dateline")


def test_trap_item_heads_without_stops_stay_headings() -> None:
    doc = parse_text(
        "港區保全的新課題\n王小明\n一、前言\n港區保全涉及海關、海巡與港務單位，需要跨機關協調，才能及時處理可疑船舶。\n"
        "二、演練的經驗\n去年的演練顯示，通報流程仍有改善空間，各單位之間的聯繫窗口也應該固定下來。\n"
    )
    assert [(h.label, h.title) for h in doc.headings] == [("一", "前言"), ("二", "演練的經驗")]


def test_trap_a_line_that_is_no_issuing_body_over_the_date_stays_text() -> None:
    doc = parse_text(_NOTICE.replace("海洋委員會海巡署南部分署\n", "敬請配合\n"))
    assert not [s for s in doc.spans if s.kind == "affiliation"]


def test_cjk_first_line_without_punctuation_over_a_full_line_is_the_title() -> None:
    doc = parse_text(
        "日菲舉行海巡合作聯合委員會首次會議\n"
        "2025年2月10日，日本與菲律賓海巡機關在馬尼拉舉行聯合委員會首次會議。雙方\n"
        "同意每年輪流主辦會議，並就合作事項達成以下共識：\n"
        "一、雙方將互派人員參加對方的年度訓練課程，並交流登檢與救難的作業程序。\n"
        "二、雙方將於明年在東京舉行第二次會議。\n"
    )
    assert doc.title == "日菲舉行海巡合作聯合委員會首次會議"
    assert "共識：\n一、雙方將互派" in doc.text


def test_trap_cjk_first_line_with_a_comma_goes_on() -> None:
    doc = parse_text(
        "去年以來，日本與菲律賓海巡機關在南海的合作\n"
        "明顯增加，雙方已經舉行了三次聯合訓練與一次搜救演習。\n"
        "今年的訓練規模更大，參加的船艦與人員也比往年更多。\n"
        "雙方同意明年繼續舉辦，並邀請其他國家派員觀摩。\n"
    )
    assert "的合作明顯增加" in doc.text


# A double-spaced column: a kicker, the title, a lead with no stop, the text, the writer's closing line, a month.


def _spaced(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def test_double_spaced_column_lead_under_a_kicker_is_a_subtitle() -> None:
    doc = parse_text(
        _spaced(
            "專欄",
            "漁港裡的新移民",
            "外籍漁工撐起了沿海漁業的人力，管理制度卻還停留在十多年前",
            "南部漁港的遠洋漁船上，超過一半的船員來自東南亞。",
            "他們長時間在海上工作，休假與通訊的權利常常得不到保障。",
            "主管機關去年修訂了管理辦法，但執行的成效仍有待觀察。",
            "文／蔡明宏",
            "2024年10月",
        )
    )
    assert doc.title == "漁港裡的新移民"
    assert [doc.span_text(s) for s in doc.spans if s.kind == "subtitle"] == [
        "外籍漁工撐起了沿海漁業的人力，管理制度卻還停留在十多年前"
    ]
    assert doc.authors == ["蔡明宏"]
    assert (doc.date, doc.date_source) == ("2024-10", "dateline")


def test_japanese_closing_bun_line_names_the_writer() -> None:
    doc = parse_text(
        _spaced(
            "コラム",
            "港の朝市",
            "漁師の高齢化が進むなか、朝市は地域の人々をつなぐ場として見直されている",
            "毎週土曜の朝、港の岸壁には地元の漁師が獲った魚が並ぶ。",
            "買い物客の多くは近所の住民で、漁師との会話を楽しみにしている。",
            "市は来年度から朝市の運営を支援する予定だ。",
            "文・小川陽子",
            "2024年7月",
        )
    )
    assert doc.authors == ["小川陽子"]
    assert [doc.span_text(s) for s in doc.spans if s.kind == "subtitle"] == [
        "漁師の高齢化が進むなか、朝市は地域の人々をつなぐ場として見直されている"
    ]


def test_trap_first_line_ending_on_a_particle_goes_on() -> None:
    doc = parse_text(
        _spaced(
            "コラム",
            "港の朝市",
            "毎週土曜の朝、港の岸壁には地元の漁師が獲った魚が並び、買い物客の多くは近所の住民で、漁師との会話を",
            "楽しみにしている。",
            "市は来年度から朝市の運営を支援する予定だ。",
            "文・小川陽子",
            "2024年7月",
        )
    )
    assert not [s for s in doc.spans if s.kind == "subtitle"]
    assert "漁師との会話を楽しみにしている。" in doc.text


def test_trap_without_a_kicker_the_unstopped_first_line_stays_text() -> None:
    doc = parse_text(
        _spaced(
            "漁港裡的新移民",
            "外籍漁工撐起了沿海漁業的人力，管理制度卻還停留在十多年前",
            "南部漁港的遠洋漁船上，超過一半的船員來自東南亞。",
            "他們長時間在海上工作，休假與通訊的權利常常得不到保障。",
            "主管機關去年修訂了管理辦法，但執行的成效仍有待觀察。",
        )
    )
    assert not [s for s in doc.spans if s.kind == "subtitle"]
