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
