"""lay20b: body lists and counts that lay20's rules or the page-head rhythm could misread, each on text written
in other words than the dev documents that showed them (tests/layouts)."""

from __future__ import annotations

from allyscope import parse_text


def test_an_item_numbered_with_a_space_after_an_announcing_line_is_no_page_head() -> None:
    """`1 joint drills` under `… in four ways:` starts a list: the line before runs on with no sentence to cut,
    so it is text, even where a short byline stands above and notes follow."""
    text = (
        "Harbour Security after the Accord\nNadia Haddad\nBackground\n"
        "Port authorities widened their cooperation in 2021.1 The accord named four ways to do so:\n"
        "1 joint drills at sea\n2 one shared register of ships\n3 a common training school\n4 yearly reviews\n"
        "Funding came from the partners, and 14 tugs were refitted.2 Work goes on.\nOutcome\n"
        "The ports now share one picture of the ships that call on them.\nNotes\n"
        "1 Text of the harbour accord, 2021.\n2 Port authority, Annual Review 2023, p. 8.\n"
    )
    doc = parse_text(text)
    for item in ("1 joint drills at sea", "2 one shared register of ships", "4 yearly reviews"):
        assert item in doc.text and item not in doc.notes_text
    assert [(f.number, f.page) for f in doc.footnotes] == [(1, 1), (2, 1)]


def test_a_numbered_list_in_the_first_lines_keeps_its_markers_though_items_name_a_school() -> None:
    """Items of an outline under the title (`1. 设立海洋科学研究基金`) may hold words an affiliation holds: no
    byline with keys stands over them, so their markers cite the notes (affiliations key only a keyed byline)."""
    text = (
        "近海合作的三项任务\n陈红\n按照规划，近海合作将完成三项任务：\n1. 设立海洋科学研究基金[1]\n"
        "2. 扩大沿海城市的港口开放\n3. 协调各省渔政执法[2]\n规划的执行情况每年评估一次。\n"
        "[1]　《近海合作规划》，2023年。\n[2]　同上。\n"
    )
    doc = parse_text(text)
    assert [list(m.numbers) for m in doc.markers] == [[1], [2]]
    assert all(item in doc.text for item in ("1. 设立海洋科学研究基金", "2. 扩大沿海城市的港口开放"))
    assert not [s for s in doc.spans if s.kind == "affiliation"]


def test_affiliations_keyed_one_after_another_under_a_keyed_byline_stay_front_matter() -> None:
    """The chain the rule above narrows: `1. …大学…` then `2. …研究所…` under `郑敏1，吴涛2`."""
    text = (
        "海上通道安全的新变化\n郑敏1，吴涛2\n1. 南海大学国际关系学院\n2. 东方海洋研究所\n"
        "海上通道安全近年出现了新的变化，各方对此看法不一。\n"
    )
    doc = parse_text(text)
    assert doc.authors == ["郑敏", "吴涛"]
    assert [doc.span_text(s) for s in doc.spans if s.kind == "affiliation"] == [
        "1. 南海大学国际关系学院",
        "2. 东方海洋研究所",
    ]


def test_a_line_announcing_numbered_items_under_the_byline_is_text() -> None:
    """`重點包括：1 …研究… 2 …城市…` joined into one paragraph under the byline names a study and a city in its
    items: still the text, not the author's affiliation."""
    text = (
        " 漁業合作的新方向\n 吳家豪\n 今後的合作重點包括：\n 1 建立漁業科學研究網絡[1]\n 2 促進沿岸港市間的往來[2]\n"
        " 3 交換漁獲資料\n 這些重點已列入中程計畫。\n [1]　漁業署，《漁業年報》，2021年。\n [2]　同上。\n"
    )
    doc = parse_text(text)
    assert not [s for s in doc.spans if s.kind == "affiliation"]
    assert "1 建立漁業科學研究網絡" in doc.text
