"""play36 (eighteenth session): journal PDF copies and report exports, each rule on text in other words."""

from __future__ import annotations

from allyscope import parse_text


def test_facing_heads_with_page_numbers_at_opposite_edges_leave_the_text() -> None:
    """A left page's head opens with its number, the right page's closes with the next one: both are heads,
    printed once each, and they count the pages of the notes."""
    raw = "\n".join(
        [
            "Harbours and Hinterlands",
            "Tomoko Reyes",
            "Introduction",
            "Port cities have long tied inland producers to distant buyers.(1) Their rise shaped trade routes.",
            "1   Early Ports",
            "The first ports grew where rivers met the sea, and their merchants lent money to princes.(2)",
            "118   PART TWO   TRADE AND EMPIRE",
            "2   Modern Terminals",
            "Container terminals changed the scale of the business after the 1960s.(3)",
            "Conclusion",
            "Ports remain tools of power as much as of trade.",
            "Harbours and Hinterlands   119",
            "Notes",
            "(1) Ahmed Clarke, Sea Gates (London: Tideway, 2012), 14.",
            "(2) Ibid., 30.",
            "(3) Lena Fox, Boxes and Cranes (Leeds: Quay Press, 2019), 7.",
        ]
    )
    doc = parse_text(raw)
    assert "PART TWO" not in doc.text and "Hinterlands   119" not in doc.text
    assert [h.title for h in doc.headings] == ["Introduction", "Early Ports", "Modern Terminals", "Conclusion"]
    assert {f.page for f in doc.footnotes} == {3}


def test_numbered_headings_between_facing_heads_stay_headings() -> None:
    """Section numbers stand at a line's start only, between the heads of two facing pages: the heads pair over
    them (numbers 52 and 53 on opposite edges) and the sections keep their headings."""
    raw = "\n".join(
        [
            "港口與腹地",
            "陳雅文",
            "1　港口的興起",
            "港口城市長期連結內陸生產者與遠方買主，其興衰影響貿易路線的走向。〔1〕",
            "各港的商人也常借款給地方統治者，以換取貿易上的特權與保護。",
            "52　第二部　區域秩序",
            "2　貨櫃時代",
            "貨櫃碼頭的出現則徹底改變了港口的規模與經營方式。〔2〕",
            "第五章　港口與腹地　53",
            "註釋",
            "〔1〕林國華，《港市興衰》（臺北：海風出版社，2015年），頁12。",
            "〔2〕同前註，頁40。",
        ]
    )
    doc = parse_text(raw)
    assert [h.title for h in doc.headings] == ["港口的興起", "貨櫃時代"]
    assert "區域秩序" not in doc.text and "腹地　53" not in doc.text


def test_word_contents_entries_with_tabbed_page_numbers_are_navigation() -> None:
    """A word processor's plain-text contents page keeps each entry's page number after a tab, no leader dots:
    under the contents label those lines are navigation, and the text's headings are read after them."""
    raw = "\n".join(
        [
            "Keeping Ferries Safe in Archipelagic States",
            "Ana Ruiz and Paolo Conti",
            "Contents",
            "Summary\t1",
            "1. Accident Records\t2",
            "2. Inspection Regimes\t5",
            "Summary",
            "Ferry accidents in island states kill hundreds of passengers every year.",
            "1. Accident Records",
            "Most accidents happen on old vessels that carry more passengers than they are licensed for.",
            "2. Inspection Regimes",
            "Inspections are frequent on paper but rare at the smaller ports.",
            "Port\tInspections",
            "Cebu\t14",
        ]
    )
    doc = parse_text(raw)
    navigation = [doc.span_text(s) for s in doc.spans if s.kind == "navigation"]
    assert navigation == ["Contents", "Summary\t1", "1. Accident Records\t2", "2. Inspection Regimes\t5"]
    assert [h.title for h in doc.headings] == ["Summary", "Accident Records", "Inspection Regimes"]
    assert "Cebu\t14" in doc.text and "Cebu" not in " ".join(navigation)


def test_tabbed_numbers_without_a_contents_label_stay_text() -> None:
    """Tabs before numbers also part a table's cells: without a contents label above them they stay text."""
    raw = "\n".join(
        [
            "港口检查统计",
            "李明",
            "下表列出各港口的检查次数。",
            "宁波\t12",
            "厦门\t15",
            "检查次数逐年增加。",
        ]
    )
    doc = parse_text(raw)
    assert not [s for s in doc.spans if s.kind == "navigation"]
    assert "宁波\t12" in doc.text


def test_bracketed_speech_genre_line_over_the_title_is_a_doctype() -> None:
    """A bulletin labels a lecture or a speech in brackets over its title (`【講演】`, `〔讲话〕`), as it labels a
    column: the label is a doctype line, and the title is the line under it."""
    raw = "\n".join(
        [
            "〔讲话〕",
            "携手建设和平安宁的周边海域",
            "王海涛",
            "各位来宾，各位朋友：",
            "很高兴在金秋时节与大家相聚，共同探讨海上合作的未来。",
            "过去十年，沿岸各国在搜救、渔业和环境保护方面的合作不断深入。",
        ]
    )
    doc = parse_text(raw)
    assert doc.title == "携手建设和平安宁的周边海域"
    assert [doc.span_text(s) for s in doc.spans if s.kind == "doctype"] == ["〔讲话〕"]


def test_notes_ending_a_copy_after_page_bottom_notes_stand_at_the_last_page_bottom() -> None:
    """A copy that stops at the last page's notes, with no page number after them (its pages told only by the
    heads over them): the text printed its notes under each page, so the last block stands at its page's
    bottom too."""
    raw = "\n".join(
        [
            "北極航路の法的地位",
            "高橋 直子",
            "はじめに",
            "北極海の航路は、氷の後退とともに商業航行の対象となりつつある①。",
            "① 国際海事機関の統計による。",
            "14　海洋法研究　第9号",
            "一　沿岸国の規制",
            "沿岸国は、氷に覆われた水域について特別の規制権限を有する①。",
            "① 国連海洋法条約第234条。",
            "北極航路の法的地位　15",
            "おわりに",
            "規制と航行の自由との調整が、今後の課題である①。",
            "① 同上。",
        ]
    )
    doc = parse_text(raw)
    assert doc.layout.placement == "page-bottom"
    assert [(f.block, f.page) for f in doc.footnotes] == [(0, 1), (1, 2), (2, 3)]


def test_two_character_chinese_name_padded_to_three_is_one_author() -> None:
    """A journal pads a two-character name to a three-character one's width (`赵　敏`): one author, read
    without the padding, beside names keyed to affiliations and parted by commas or wide spaces."""
    for byline in ("周　勇²，欧阳明辉¹", "周　勇²　欧阳明辉¹"):
        raw = "\n".join(
            [
                "海上风电开发中的航行安全问题",
                byline,
                "（1．东海大学 海洋学院，舟山 316000；2．北方港口研究所，大连 116000）",
                "摘　要：本文讨论海上风电场对船舶航行的影响。",
                "关键词：海上风电；航行安全",
                "一、问题的提出",
                "风电场的建设改变了近岸水域的通航条件。",
            ]
        )
        doc = parse_text(raw)
        assert doc.authors == ["周勇", "欧阳明辉"], byline


def test_closing_reference_list_of_a_text_without_notes_is_references() -> None:
    """A brief citing by author and year closes with its list under a label: the label is no heading, and each
    entry line (a wrapped one too) is a `references` span, down to the copyright line after them."""
    raw = "\n".join(
        [
            "Ferry Safety in the Southern Islands",
            "Marta Lind",
            "Background",
            "Overloading causes most ferry losses in the region (Cruz, 2017).",
            "Recommendations",
            "Ports should count passengers at the gangway (Lind and Ho, 2020).",
            "Bibliography",
            "Cruz, M. (2017). Why ferries sink. Island Studies, 4(1), 12-30.",
            "Lind, M., & Ho, K. (2020). Counting at the gangway: Port checks and",
            "    passenger safety. Harbour Press.",
            "© 2024 Southern Islands Policy Centre",
        ]
    )
    doc = parse_text(raw)
    assert [h.title for h in doc.headings] == ["Background", "Recommendations"]
    assert [doc.span_text(s) for s in doc.spans if s.kind == "references"] == [
        "Cruz, M. (2017). Why ferries sink. Island Studies, 4(1), 12-30.",
        "Lind, M., & Ho, K. (2020). Counting at the gangway: Port checks and",
        "passenger safety. Harbour Press.",
    ]


def test_reference_label_with_text_after_its_list_is_left_to_the_text() -> None:
    """A list followed by more text (an appendix's paragraphs) is no closing reference list."""
    raw = "\n".join(
        [
            "渡船安全問題",
            "林美華",
            "壹、背景",
            "超載是本區渡船事故的主因（陳明，2017）。",
            "參考文獻",
            "陳明（2017）。〈渡船為何沉沒〉。《島嶼研究》，4（1），12-30。",
            "附錄說明",
            "本附錄列出各港口的乘客統計方式，供讀者比較各地的作法。",
        ]
    )
    doc = parse_text(raw)
    assert not [s for s in doc.spans if s.kind == "references"]


def test_digit_glued_before_a_cjk_comma_cites_the_page_note() -> None:
    """A word processor's footnote number flattened into the text before a comma or full stop (`往来1，`):
    a marker where the page's notes hold that number; a count (`共3，`) or a day
    after its month (`5月1、2日`) is no marker."""
    raw = "\n".join(
        [
            "渔业协定的履约机制",
            "孙晓燕",
            "第一章　导论",
            "双边渔业协定多设有联合委员会2，负责审议配额与执法事项，其会议共3，每年轮流举办。",
            "委员会的决定须经双方批准1。首次会议于5月1、2日举行，议程共2，未设分组。",
            "1 农业农村部渔业渔政管理局，《渔业协定汇编》（北京：海洋出版社，2019年），第15页。",
            "2 同上，第22页。",
            "3",
        ]
    )
    doc = parse_text(raw)
    assert [list(m.numbers) for m in doc.markers] == [[2], [1]]
    assert [f.number for f in doc.footnotes] == [1, 2]


def test_thesis_label_over_the_title_is_a_doctype() -> None:
    """A thesis names itself over its title (`Master's Thesis`, `博士論文`): a doctype line, not the title."""
    for label, title, name in (
        ("Master's Thesis", "Port Security Cooperation in the Baltic Sea", "Lena Berg"),
        ("博士論文", "海上保安協力の制度化と課題", "中村 健"),
    ):
        raw = "\n".join([label, title, name, "Introduction" if label.isascii() else "はじめに", "Text follows here."])
        doc = parse_text(raw)
        assert doc.title == title
        assert [doc.span_text(s) for s in doc.spans if s.kind == "doctype"] == [label]


def test_era_year_in_chinese_numerals_dates_a_cover() -> None:
    """A cover dated by an era's year in numerals (`民國九十八年三月`, digit by digit `一一〇年`, `令和五年`)."""
    covers = (("中華民國一一〇年五月", "2021-05"), ("民國九十八年三月", "2009-03"), ("令和五年十一月", "2023-11"))
    for line, date in covers:
        doc = parse_text("\n".join(["海上搜救合作研究", "陳志豪", line, "一、前言", "本文討論海上搜救的合作。"]))
        assert (doc.date, doc.date_source) == (date, "dateline"), line
