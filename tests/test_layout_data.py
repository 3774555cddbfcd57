"""Integrity of the layout data (allyscope/data/layouts/*.json): each file against its JSON Schema, every
expression compiles with the groups its reader expects, names are unique, cross-references resolve, and every
family's `initials` hold the characters its examples start with (a family whose initials miss a character would
silently never match)."""

from __future__ import annotations

import json
import re
from importlib import resources
from typing import Any

import jsonschema
import pytest

from allyscope.layout.catalogue import catalogue
from allyscope.layout.dating import rules as date_rules
from allyscope.layout.furniture import furniture_kind
from allyscope.layout.headings import heading_shape, unnumbered_heading

FILES = ["notes.json", "headings.json", "furniture.json", "document_date.json", "pages.json", "turns.json"]


def _load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(resources.files("allyscope.data").joinpath(f"layouts/{name}").read_text("utf-8"))
    return data


@pytest.mark.parametrize("name", FILES)
def test_layout_data_matches_its_schema(name: str) -> None:
    schema = _load("schema.json")
    jsonschema.validate(_load(name), {**schema, "$ref": f"#/$defs/{name}"})


def test_note_catalogue_is_whole() -> None:
    data = _load("notes.json")
    markers = [m["name"] for m in data["markers"]]
    notes = [n["name"] for n in data["notes"]]
    assert len(set(markers)) == len(markers) and len(set(notes)) == len(notes)
    for family in [*data["markers"], *data["notes"]]:
        assert re.compile(family["pattern"]).groups == 1, family["name"]  # exactly the number
        assert family["numeral"] in ("digits", "list", "named", "place") or family["numeral"] in data["numerals"]
    for note in data["notes"]:
        assert set(note["cited_by"]) <= set(markers), note["name"]
    cited = {name for note in data["notes"] for name in note["cited_by"]}
    assert cited == set(markers), "every marker family cites some note family"
    catalogue()  # compiles


@pytest.mark.parametrize(
    "line,family,number",
    [
        ("[3]　某某", "bracket", 3),
        ("［12］某某", "bracket", 12),
        ("③某某", "circled", 3),
        ("註2：某某", "zhu", 2),
        ("注释4：某某", "zhushi", 4),
        ("（5）某某", "paren", 5),
        ("6) Some note.", "half-paren", 6),
        ("7. Some note.", "number", 7),
        ("[iv] Some note.", "roman-bracket", 4),
        ("‡ Some note.", "symbol", 3),  # * † ‡: the third sign
        ("** Some note.", "symbol", 2),
        ("（注8）某某", "paren-zhu", 8),
        ("(註 9) 某某", "paren-zhu", 9),
        ("[注4]　某某", "bracket-zhu", 4),
        ("〔註5〕某某", "bracket-zhu", 5),
        ("*2 某某", "star-number", 2),
        ("* 某某", "symbol", 1),  # a sign alone is still the first note sign
    ],
)
def test_every_note_family_reads_its_example(line: str, family: str, number: int) -> None:
    from allyscope.layout.notes import note_start

    found = note_start(line)
    assert found is not None and (found.style, found.number) == (family, number)


@pytest.mark.parametrize(
    "text,printed",
    [
        ("合作始於冷戰之後。4此後範圍逐步擴大。", ["4"]),  # a digit glued after a CJK stop, the next sentence on
        ("協議於年底生效。12\n", ["12"]),
        ("兩國於2019年簽署協議。", []),  # a year is no marker
        ("會談持續了三天。2000年以後雙方再未見面。", []),
        ("The talks went on for years.3 Then they stopped.", ["3"]),
        ("演訓已於上月結束。4國代表出席了閉幕典禮。", []),  # a count of countries opens the sentence
        ("会谈没有结果。20余国随后发表声明。", []),  # an approximate count
        ("交渉は難航した。6か国が共同提案を出した。", []),
        ("港湾の整備が進んだ。12ヶ月で完了した。", []),
        ("预算大幅增加。3倍于十年前的水平。", []),
        ("條約隨即生效。3國防部長次日會面。", ["3"]),  # `國防部` opens the next sentence: a marker
        ("両国は協議を重ねた。2かつての対立は薄れた。", ["2"]),
        ("演習は予定どおり終了した。4日本海での訓練は続く。", ["4"]),  # 日本 opens the sentence: a marker
        ("雙方的分歧仍然存在。5人民的觀感也在改變。", ["5"]),
        ("談判一度陷入僵局。6日前雙方重啟對話。", ["6"]),
        ("協定は来年発効する。7名古屋で署名式が開かれた。", ["7"]),
        ("航道十分繁忙。8位於海峽南端的港口最為重要。", ["8"]),
        ("会談は長引いた。3日には共同声明が出た。", []),  # a day of the month: a count
        ("衝突並未升級。2人受傷，均已送醫。", []),
    ],
)
def test_glued_markers_after_a_latin_word_or_a_cjk_stop(text: str, printed: list[str]) -> None:
    from allyscope.layout.catalogue import catalogue

    glued = catalogue().markers["glued"]
    assert [m.group(1) for m in glued.pattern.finditer(text)] == printed


@pytest.mark.parametrize("line", ["※ 写真はイメージです。", "※本文僅代表作者個人觀點。", "※2025年度から適用。"])
def test_a_reference_mark_opens_no_note(line: str) -> None:
    from allyscope.layout.notes import note_start

    assert note_start(line) is None


def test_a_numbered_reference_mark_is_only_a_weak_candidate() -> None:
    """`※1　…` may open a note of the `kome` family, but only the document decides (markers citing it in prose)."""
    from allyscope.layout.notes import note_start

    start = note_start("※1　数値は概数。")
    assert start is not None and start.style == "kome" and not start.strong and start.number == 1


def test_a_table_note_numbered_as_items_is_one_caption() -> None:
    """`注：1. …` under a table, then `2. …`: the table's note, caption furniture item by item, no list, no note."""
    from allyscope import parse_text

    doc = parse_text(
        "演习次数统计\n某某\n一、概况\n演习次数逐年增加。\n表2　演习次数\n注：1. 部分演习取消。\n2. 含联合搜救。\n"
        "3. 单位为次。\n二、特点\n科目逐渐扩展。\n"
    )
    captions = [doc.span_text(s) for s in doc.spans if s.kind == "caption"]
    assert captions == ["表2　演习次数", "注：1. 部分演习取消。", "2. 含联合搜救。", "3. 单位为次。"]
    assert "科目逐渐扩展" in doc.text and not doc.footnotes


def test_star_numbers_are_notes_only_where_the_text_cites_them() -> None:
    from allyscope import parse_text

    cited = parse_text("題名\n著者\n1．現状\n監視が強化された*1。\n*1 白書による。\n")
    assert [cited.note_text(f) for f in cited.footnotes] == ["白書による。"]
    uncited = parse_text("題名\n著者\n1．現状\n監視が強化された。\n*1 数値は概数。\n*2 順不同。\n")
    assert not uncited.footnotes and "*1 数値は概数。" in uncited.text


def test_a_note_line_opening_with_the_next_number_and_no_sign_goes_on_with_the_note() -> None:
    """`2. …, no.` then `3 (2017): 75–112.`: an issue number wrapped to the line's start, not note 3 of a block
    numbered `n.`; note 3 is the line numbered as its block numbers (`3. Ibid.`)."""
    from allyscope import parse_text

    doc = parse_text(
        "A Title\nAnn Author\n1. Introduction\nThe text cites a note.1 And another.2 And a third.3\n"
        "1. A. Writer, A Book (London: Press, 2020), 4.\n2. B. Writer, \"An Article,\" A Review 12, no.\n"
        "3 (2019): 1-20.\n3. Ibid., 7.\n- 1 -\n"
    )
    assert [doc.note_text(f) for f in doc.footnotes] == [
        "A. Writer, A Book (London: Press, 2020), 4.",
        'B. Writer, "An Article," A Review 12, no. 3 (2019): 1-20.',
        "Ibid., 7.",
    ]


def test_a_quantity_is_not_a_note() -> None:
    from allyscope.layout.notes import note_start

    assert note_start("8 月，两国再次会谈。") is None
    assert note_start("3．国会预算办公室：《评估》。") is not None  # the guard reads right after the number


@pytest.mark.parametrize(
    "line,family,label",
    [
        ("一、引言", "cn", "一"),
        ("（二）合作的动力", "cn-paren", "二"),
        ("壹、緒論", "cn-formal", "壹"),
        ("第三章　结论", "chapter", "三"),
        ("Ⅱ　制度の定着", "roman-unicode", "Ⅱ"),
        ("IV. Findings", "roman", "IV"),
        ("B. Costs", "latin", "B"),
        ("2.3 Methods", "arabic-dotted.", "2.3"),
        ("4．おわりに", "arabic", "4"),
        ("1 Introduction", "arabic-bare", "1"),
        ("1　概要", "arabic-wide-space", "1"),
        ("(3) 背景", "arabic-paren", "3"),
        ("二　調査の方法", "cn-space", "二"),
        ("第三部分　政策建议", "part", "三"),  # not `第三部` with a title `分…`
        ("第二部　事例の検討", "part", "二"),  # a part over its 章 (lay71); a bare `第二部` is the chapter family's
        ("Part IV: Costs and Benefits", "part-en", "IV"),
        ("Chapter 7. Naval Diplomacy", "chapter-en", "7"),
        ("【二】合作的动力", "lenticular-cn", "二"),
        ("〔三〕区域安排", "tortoise-cn", "三"),
        ("【4】おわりに", "lenticular", "4"),
        ("〔2〕資料", "tortoise", "2"),
        ("2.1 | Agreements", "arabic-bar.", "2.1"),
        ("1 | INTRODUCTION", "arabic-bar", "1"),
        ("第2章　日本の役割", "chapter", "2"),  # a title opening with 日 after 第2章 is no quantity
    ],
)
def test_every_heading_family_reads_its_example(line: str, family: str, label: str) -> None:
    shape = heading_shape(line)
    assert shape is not None and (shape.family, shape.label) == (family, label)


def test_headings_data_is_whole() -> None:
    data = _load("headings.json")
    names = [f["name"] for f in data["families"]]
    assert len(set(names)) == len(names)
    for word in data["unnumbered"]:
        assert unnumbered_heading(word) is not None, word
    assert heading_shape("2023 年 7 月，双方会谈") is None  # a date opening a sentence is no heading


@pytest.mark.parametrize(
    "line,kind",
    [
        ("Photo: Officials meet in the capital.", "caption"),
        ("图为双方代表在会上握手。", "caption"),
        ("Share Tweet Email", "share"),
        ("分享到：微信 微博", "share"),
        ("© 2024 Example Daily. All rights reserved.", "copyright"),
        ("版权所有 未经授权不得转载", "copyright"),
        ("Home > World > Europe", "navigation"),
        ("Downloaded from https://journals.example.org by guest on 3 June 2023", "download"),
        ("本文下载自：期刊数据库", "download"),
        ("（新华社记者　李明　摄）", "caption"),
        ("字號：大 中 小", "tools"),
        ("Print this article", "tools"),
        ("Advertisement", "advertisement"),
        ("（完）", "ending"),
        ("トップ ＞ 政治", "navigation"),
        ("编辑部认为，这一问题值得讨论。", None),
        ("Ads are a large part of revenue.", None),
        ("相关新闻", "related"),
        ("The ministers met in Tokyo on Tuesday.", None),
        ("图书馆的藏书逐年增加。", None),
        ("责任编辑：李明", "credit"),  # the page's staff: neither author nor text
        ("（责任编辑：李明　校对：王强）", "credit"),
        ("（編集：田中）", "credit"),
        ("Reporting by Ann Lee; Editing by Tom Hart", "credit"),
        ("Edited by Julia Marsh", "credit"),
        ("编辑工作由三人分担，每周轮换一次。", None),
        ("Editors at the paper disagreed about the headline.", None),
        ("图2　2010—2020年的演习次数", "caption"),
        ("Table 2. Visits by year, 2015–2020", "caption"),
        ("Figure 3: Patrol areas", "caption"),
        ("资料来源：作者根据公开资料整理。", "caption"),
        ("（出所）各国政府の資料より作成。", "caption"),
        ("Table 2 shows the visits by year.", None),
        ("表明双方的立场已经接近。", None),
        ("【打印本页】【关闭窗口】", "tools"),
        ("【字体：大 中 小】", "tools"),
        ("この記事をシェアする", "share"),
        ("Advertisement · Scroll to continue", "advertisement"),
        ("转载请注明出处", "copyright"),
        ("本文僅代表作者個人意見，不代表本網立場。", "disclaimer"),
        ("The views expressed here are the author's own.", "disclaimer"),
        ("Box 2: How a port state inspects a ship", "caption"),
        ("Share on Facebook  Share on X", "share"),
        ("More from Analysis", "related"),
        ("More from the capital's ports is shipped by rail than by road.", None),
        # layout12b: cookie notices, tags, contact blocks, skip links, breadcrumbs, footer rows, filing numbers
        ("This site uses cookies to give you the best experience.", "cookie"),
        ("本站使用Cookie以改善您的體驗。", "cookie"),
        ("当サイトではCookieを使用しています。", "cookie"),
        ("Cookies and tea were served after the talks.", None),
        ("Tags: Navy, Coast Guard", "tags"),
        ("标签：海事 安全", "tags"),
        ("Topics are chosen by the editors each week.", None),
        ("お問い合わせ先", "contact"),
        ("联系电话：010-12345678", "contact"),
        ("Media contact: press@example.org", "contact"),
        ("Skip to content", "navigation"),
        ("跳到主要內容", "navigation"),
        ("当前位置：首页 > 新闻", "navigation"),
        ("World › Asia › Security", "navigation"),
        ("Privacy Policy | Terms of Use | Contact Us", "navigation"),
        ("附件：检查要点.pdf", "download"),
        ("PDF版（PDF形式：245KB）", "download"),
        ("Download the full report (PDF, 2 MB)", "download"),
        ("ページの先頭へ戻る", "tools"),
        ("Back to top", "tools"),
        ("Most Read", "related"),
        ("関連リンク", "related"),
        ("Most readers agree that the patrols help.", None),
        ("上一篇：海事局发布通知", "navigation"),
        ("Next article: Port strike ends", "navigation"),
        ("扫一扫在手机打开当前页", "tools"),
        ("首页 | 国际 | 军事", "navigation"),
        ("下一步，双方将扩大合作。", None),
        # lay19: comment counts, reading times, footer rows opening with a site's own page, ※ disclaimers
        ("评论（23）", "tools"),
        ("47 Comments", "tools"),
        ("コメント（12）", "tools"),
        ("Reading time: 6 minutes", "tools"),
        ("5 min read", "tools"),
        ("47 comments were posted before the thread closed.", None),
        ("评论员认为，合作仍有空间。", None),
        ("使用条款 | 隐私保护 | 广告服务 | 联系我们", "navigation"),
        ("利用規約　プライバシーポリシー　お問い合わせ　サイトマップ", "navigation"),
        ("Terms of Use | Privacy Policy | Do Not Sell My Personal Information", "navigation"),
        ("使用条款规定了用户的权利和义务。", None),
        ("Privacy is a right, terms are few, and contact is rare.", None),
        ("関連するコラム", "related"),
        ("※本稿の内容は執筆者個人の見解である。", "disclaimer"),
        ("分享到：", "share"),
        ("按讚加入粉絲團", "share"),
        ("Tweet はてなブックマーク Pocket", "share"),
        ("訂閱電子報", "tools"),
        ("Listen to this article · 3 min", "tools"),
        ("Get weekly news and analysis delivered to your inbox. Sign up here.", "tools"),
        ("Get the ships ready before the storm arrives.", None),
        ("Cite this", "tools"),
        ("関連キーワード：海上保安庁　フィリピン", "tags"),
        ("前のページ 1 2 次のページ", "navigation"),
        ("1 2 3 次へ", "navigation"),
        ("本網站之文字、圖片，非經授權，不得轉載。", "copyright"),
        ("出所：各国政府の公表資料をもとに筆者作成。", "caption"),
        ("About the Authors", "author-bio"),
        ("About the authors of the treaty little is known.", None),
        ("返回首页", "navigation"),
        ("Back to all publications", "navigation"),
        ("打开APP阅读", "tools"),
        ("网友评论", "tools"),
        ("扫描二维码关注我们", "tools"),
        ("Leave a comment", "tools"),
        ("［有料会員限定］", "tools"),
        ("会員登録", "tools"),
        ("下载PDF　在线阅读　引用", "tools"),
        ("Follow us on X and Facebook", "share"),
        ("点击排行", "related"),
        ("You may also like", "related"),
        ("Posted in Maritime Security | Tagged coast guards, fisheries", "tags"),
        ("本文由作者授權轉載，不代表本站立場。", "disclaimer"),
        ("This analysis reflects the personal views of the author.", "disclaimer"),
        ("（問い合わせ先）", "contact"),
        ("Leave the harbour before dawn, the captain said.", None),
        ("专栏1　区域海上执法机构一览", "caption"),
        ("注：数据截至2023年12月31日。", "caption"),
        ("注：本文为某某项目的阶段性成果。", None),  # a note on the text, not on a table
        ("Share this:", "share"),
        ("Like Loading...", "share"),
        ("分享至 Facebook", "share"),
        ("文字サイズ 小 中 大", "tools"),
        ("字級", "tools"),
        ("本文链接：http://www.example.com.cn/2024/0512/c1002.html", "tools"),
        ("この記事の筆者", "author-bio"),
    ],
)
def test_furniture_kinds(line: str, kind: str | None) -> None:
    assert furniture_kind(line) == kind


def test_furniture_initials_cover_every_example() -> None:
    data = _load("furniture.json")
    initials = set(data["initials"])
    for word in data["share_words"]:
        assert word[0] in initials or word[0].upper() in initials, word


def test_date_data_compiles() -> None:
    r = date_rules()
    assert r.forms and r.labels and r.issue


@pytest.mark.parametrize("line", ["· 47 ·", "― 23 ―", "- 5 -", "第 5 页", "Page 12", "3 / 20"])
def test_page_number_shapes(line: str) -> None:
    from allyscope.layout.lines import PAGE_NUMBER, split_lines
    from allyscope.layout.page_furniture import mark_page_furniture

    lines = split_lines(f"正文第一行。\n{line}\n正文第二行。\n")
    mark_page_furniture(lines, set())
    assert [ln.role for ln in lines if ln.content == line] == [PAGE_NUMBER]


@pytest.mark.parametrize(
    "line,kind",
    [
        ("DOI: 10.9999/abc.2020.01.004", "identifier"),
        ("https://doi.org/10.9999/xyz-7", "identifier"),
        ("中图分类号：D815　文献标识码：A", "identifier"),
        ("收稿日期：2019-11-20；修回日期：2020-02-01", "history"),
        ("Received: 4 May 2020 / Accepted: 9 October 2020", "history"),
        ("Submitted on 14 January 2019", "history"),
        ("受付日：2021年4月1日", "history"),
        ("基金项目：某省社会科学规划项目", "funding"),
        ("Funding: The author received no grant for this work.", "funding"),
        ("作者简介：张三，某大学讲师。", "author-bio"),
        ("Corresponding author: A. Author", "author-bio"),
        ("Received wisdom holds that small states follow larger ones.", None),
        ("基金会的成立推动了交流。", None),
        ("The DOI system assigns identifiers.", None),
    ],
)
def test_front_furniture_labels(line: str, kind: str | None) -> None:
    from allyscope.layout.notes import front_furniture_kind

    assert front_furniture_kind(line) == kind


@pytest.mark.parametrize(
    "line,number",
    [
        ("1. first item;", 1),
        ("2) second item", 2),
        ("（3）第三项", 3),
        ("(4) fourth", 4),
        ("5．五つ目", 5),
        ("1.1 A subsection", None),
        ("2024年の会議", None),
        ("(a) lettered", 1),  # items numbered by a name count too (lay19): a), (ii), (一)
        ("c) third", 3),
        ("(iii) third", 3),
        ("（二）第二项", 2),
        ("i.e. a name", None),
        ("abc) no item", None),
        ("12 国が参加", None),
        ("②共享检查数据", 2),
        ("⑩ tenth", 10),
        ("①", None),
    ],
)
def test_list_items_read_their_number(line: str, number: int | None) -> None:
    from allyscope.layout.headings import list_item_number

    assert list_item_number(line) == number


@pytest.mark.parametrize(
    "line,page",
    [
        ("· 7 ·", True),
        ("— 8 —", True),
        ("~ 23 ~", True),
        ("─ 31 ─", True),
        ("Page 11 of 40", True),
        ("PAGE 39", True),
        ("第 1 页 共 3 页", True),
        ("页码：30", True),
        ("26 |", True),
        ("| 27", True),
        ("［15］", False),
        ("2024 | Annual report", False),
        ("Page one of the plan", False),
    ],
)
def test_page_number_forms(line: str, page: bool) -> None:
    from allyscope.layout.lines import PAGE_NUMBER, split_lines
    from allyscope.layout.page_furniture import mark_page_furniture

    lines = split_lines(line + "\n", frozenset(), [])
    mark_page_furniture(lines, set())
    assert (lines[0].role == PAGE_NUMBER) is page


def test_a_photo_credit_ends_a_caption_that_starts_like_text() -> None:
    """A caption's sentence followed by its credit is a caption span (layout12b); a sentence saying a photo
    was taken is text. Credits are looked for on pages with other furniture (here a copyright line) only."""
    from allyscope import parse_text

    doc = parse_text(
        "Title Of The Story\n\nA boat leaves port. Photo: Harbour Press/Dan Lee\n\nThe photo was taken at dawn.\n"
        "\n© 2024 Harbour Media\n"
    )
    captions = [doc.span_text(s) for s in doc.spans if s.kind == "caption"]
    assert captions == ["A boat leaves port. Photo: Harbour Press/Dan Lee"]
    assert "The photo was taken at dawn." in doc.text
    footer = parse_text("Title Of The Story\n\nThe ministry met on Monday.\n\n联系电话：010-1234\n沪ICP备12345678号\n")
    assert [[s.kind, footer.span_text(s)] for s in footer.spans if s.kind in ("contact", "copyright")] == [
        ["contact", "联系电话：010-1234"],
        ["copyright", "沪ICP备12345678号"],
    ]
    assert "The photo was taken at dawn." in doc.text


def test_a_time_of_day_between_a_date_label_and_its_date() -> None:
    from allyscope.layout.dating import document_date

    assert document_date(["Last updated 14:20 GMT, 5 March 2024"], []) == ("2024-03-05", "last-updated")
    assert document_date(["Updated 9:05 a.m. EST, June 3, 2024"], []) == ("2024-06-03", "last-updated")


def test_a_byline_printed_with_its_date() -> None:
    """`By … | March 3, 2024`: the names are the authors, the field after the bar the document's dateline."""
    from allyscope import parse_text

    body = "Small navies cannot afford to train alone, so they share ships, ranges and instructors every year."
    doc = parse_text(f"Why Navies Train\nBy Anna Berg and Tom Reyes | March 3, 2024\n{body}\n")
    assert doc.authors == ["Anna Berg", "Tom Reyes"]
    assert (doc.date, doc.date_source) == ("2024-03-03", "dateline")
    assert [doc.span_text(s) for s in doc.spans if s.kind == "dateline"] == ["March 3, 2024"]


def test_furniture_dispatch_by_first_character_changes_no_kind() -> None:
    """Each line meets only the kinds' expressions that can start with its first character (layout12b, for
    speed): on every line of the dev layout documents the kind is the one the whole alternation gives."""
    import re
    from pathlib import Path

    from allyscope.layout.furniture import _LINE_KINDS, _RELATED_LABEL, _button_row, _counter, _meter, _prompt
    from allyscope.regex_firsts import may_start_with

    data = _load("furniture.json")
    words = "|".join(re.escape(w) for w in sorted(data["share_words"], key=len, reverse=True))
    share = rf"(?i:(?:{words}))(?:(?:{data['share_separators']})+(?i:(?:{words})))*[ \t\u3000]*[:：]?"
    share = "|".join(f"(?:{p})" for p in [share, *data.get("share_lines", [])])  # a share prompt in words (lay27a)
    groups = {"share": share, **{k: "|".join(f"(?:{p})" for p in data[k]) for k in (*_LINE_KINDS, "navigation")}}
    whole = re.compile("|".join(f"(?P<{k}>{p})" for k, p in groups.items()))
    tools = re.compile(groups["tools"])
    lines = {
        line.strip()
        for path in (Path(__file__).parent / "layouts").glob("*.txt")
        for line in path.read_text("utf-8").splitlines()
    }
    checked = 0
    for line in sorted(lines):
        if not line or len(line) > 200 or line[0] not in data["initials"]:
            continue
        match = whole.fullmatch(line)
        labelled = re.search(r"[:：｜|]\s*\S", line)
        long_label = match and match.lastgroup == "related" and len(line) > _RELATED_LABEL and not labelled
        kind = match.lastgroup if match and not long_label else None  # `Read more: …` holds its link
        kind = "author-bio" if kind == "author_bio" else kind
        if kind == "share" and not re.search(r"[\s\u3000|｜·・/／、,，:：]", line) and tools.fullmatch(line):
            kind = "tools"  # a share word alone that the tools read too (`フォローする`, lay53): a button
        if kind != "share" and _button_row(line):
            kind = "tools"  # a row of buttons read by its items (lay88), whatever kind a looser expression gives
        if kind is None and (_counter(line) or _meter(line) or _prompt(line)):
            kind = "tools"  # a counter, a meter (lay89) or a prompt (lay90) alone, where no kind's expression reads it
        assert furniture_kind(line) == kind, line
        checked += 1
    assert checked > 200
    assert all(may_start_with("(?i:home|首页)\\s*>", c) for c in "hH首") and not may_start_with("(?i:home)", "x")
    assert may_start_with("(?:a)?b", "a") and may_start_with("(?:a)?b", "b") and not may_start_with("(?:a)?b", "c")
    assert may_start_with("[^a]x", "q") and may_start_with("x*", "q")


def test_front_lines_of_reports_and_word_exports() -> None:
    """lay19: bracketed doctypes, report doctypes, `执笔：`/`主持人：`/`Author:` bylines, a full-width `＊` note on
    the author, whose block ends where a note of another family numbered 1 opens."""
    from allyscope import parse_text

    body = "東南アジアでは海上法執行機関の設立が相次いだ1）。各機関は近隣国との協力を模索してきた。"
    notes = "＊ 南海大学法学部准教授\n1）山田太郎『海上保安』2015年。\n― 45 ―\n"
    doc = parse_text(f"〈研究論文〉\n海上法執行協力の展開\n田中健一＊\n{body}\n{notes}")
    assert (doc.title, doc.authors) == ("海上法執行協力の展開", ["田中健一"])
    assert [doc.note_text(f) for f in doc.footnotes] == ["南海大学法学部准教授", "山田太郎『海上保安』2015年。"]
    report = parse_text("研究报告\n海上合作的进展\n执笔：王海　李娜\n2024年1月\n各方建立了搜救热线，并举行联合演练。\n")
    assert (report.title, report.authors) == ("海上合作的进展", ["王海", "李娜"])
    text = "Navies and coast guards around the ocean share more information about shipping than ever before."
    paper = parse_text(f"Policy Report\nSharing the Watch\nAuthor: Michael Tan\n{text}\n")
    assert (paper.title, paper.authors) == ("Sharing the Watch", ["Michael Tan"])


def test_a_breadcrumb_or_copyright_line_opening_with_a_site_name() -> None:
    """lay19: a trail or a copyright line may open with any character (the site's name): read as a tail, on a
    page with other furniture."""
    from allyscope import parse_text

    body = "中国与东盟国家12日在南海某海域举行海上搜救联合演练，来自十余个国家的船只和飞机参加。"
    foot = "环球资讯网版权所有，未经书面授权禁止使用"
    doc = parse_text(f"环球资讯网 > 国际新闻 > 正文\n搜救联合演练举行\n分享到：\n{body}\n{foot}\n")
    assert doc.title == "搜救联合演练举行"
    assert [[s.kind, doc.span_text(s)] for s in doc.spans if s.kind in ("navigation", "copyright")] == [
        ["navigation", "环球资讯网 > 国际新闻 > 正文"],
        ["copyright", "环球资讯网版权所有，未经书面授权禁止使用"],
    ]
    assert heading_shape("2 日") is None  # a bare number before a unit stays a quantity
    credit = parse_text(f"搜救联合演练举行\n分享到：\n{body}\n[责任编辑：王明]\n")
    assert [credit.span_text(s) for s in credit.spans if s.kind == "credit"] == ["[责任编辑：王明]"]  # a tail


def test_bylines_with_a_post_and_a_release_issuer() -> None:
    """lay19: a post after a comma or a bar on a byline is an affiliation; the issuer printed under a release's
    label and date, above its title, is one too; a release's title (`…について`) ends its paragraph."""
    from allyscope import parse_text

    body = "The patrol season in the Pacific ended last week with more boardings than in any year before."
    for byline, name, post in (
        ("by Laura Chen, Senior Fellow", "Laura Chen", "Senior Fellow"),
        ("Nina Patel | Research Fellow", "Nina Patel", "Research Fellow"),
    ):
        doc = parse_text(f"Three Lessons from the Patrol Season\n{byline}\nMay 20, 2024\n{body}\n")
        assert doc.authors == [name]
        assert [doc.span_text(s) for s in doc.spans if s.kind == "affiliation"] == [post]
    release = parse_text(
        "報道発表資料\n令和6年6月3日\n海上保安庁\n合同訓練の実施について\n"
        "海上保安庁は、東南アジア諸国の海上保安機関と合同訓練を実施しますので、お知らせします。\n"
    )
    assert (release.title, release.authors) == ("合同訓練の実施について", [])
    assert [release.span_text(s) for s in release.spans if s.kind == "affiliation"] == ["海上保安庁"]


def test_rule_lines_issuers_and_takeaways() -> None:
    """lay19: a rule over the notes leaves the text; an issuing body under a title ends it (`…中心`); `Prepared
    by` bylines; `Key Takeaways` heads its section."""
    from allyscope import parse_text

    notes = "[1] On the origins of port state control, see the handbook (2015).\n"
    body = "Port state control lets a port inspect foreign ships that call there.[1] Inspections are coordinated.\n"
    doc = parse_text(f"Port State Control: A Review\nPrepared by James Okoye\n{body}________________\n{notes}")
    assert doc.authors == ["James Okoye"] and "____" not in doc.text
    assert [doc.note_text(f) for f in doc.footnotes] == [notes[4:].strip()]
    front = "区域海上安全形势年度报告（2023）\n海洋安全研究中心\n2024年2月\n"
    report = parse_text(f"{front}2023年，区域海上安全形势总体稳定。\n")
    assert report.title == "区域海上安全形势年度报告（2023）"
    assert [report.span_text(s) for s in report.spans if s.kind == "affiliation"] == ["海洋安全研究中心"]
    assert unnumbered_heading("Key Takeaways") is not None


def test_account_rows_menus_app_and_comment_prompts() -> None:
    """lay19b: a site's account row, its menu, an app prompt, a comment box and its disclaimer are furniture
    (pages in our own words, not the dev documents')."""
    from allyscope import parse_text

    body = "The fisheries agency said on Friday that patrols would double during the spawning season this year."
    page = parse_text(
        f"Log in | Register\nNews   Sport   Science   Culture\nPatrols to Double in Spawning Season\n{body}\n"
        "Get the app for the latest stories\nComments\n"
    )
    assert page.title == "Patrols to Double in Spawning Season"
    assert [[s.kind, page.span_text(s)] for s in page.spans if s.kind in ("tools", "navigation")] == [
        ["tools", "Log in | Register"],
        ["navigation", "News   Sport   Science   Culture"],
        ["tools", "Get the app for the latest stories"],
        ["tools", "Comments"],
    ]
    zh = parse_text(
        "登錄／註冊\n首頁　要聞　兩岸　國際　財經\n漁業署宣布加強產卵季巡護\n"
        "漁業署週五表示，今年產卵季期間的巡護次數將增加一倍。\n"
        "打開新聞APP，閱讀更多精彩內容\n我要留言\n網友留言僅代表個人意見，不代表本網立場。\n"
    )
    assert zh.title == "漁業署宣布加強產卵季巡護"
    kinds = [s.kind for s in zh.spans if s.kind not in ("title", "paragraph")]
    assert kinds == ["tools", "navigation", "tools", "tools", "disclaimer"]


def test_bylines_with_roles_and_keyed_affiliations() -> None:
    """lay19b: a translator's name leaves the byline, a writer's stays without the bracketed country; names
    parted by a middle dot outside katakana; superscript digits keying affiliations are no note markers."""
    from allyscope import parse_text

    body = "近年来，区域海上合作的形式日益多样，参与的部门也越来越多。\n"
    translated = parse_text(f"海上合作的新形态\n（英）大卫·琼斯 著　李明 译\n{body}")
    assert translated.authors == ["大卫·琼斯"]
    ja = parse_text("海洋監視の協力\n山田太郎・佐藤花子\n近年、海洋監視の協力が進んでいる。\n")
    assert ja.authors == ["山田太郎", "佐藤花子"]
    kana = parse_text("海洋監視の協力\n執筆者：マリア・ロペス\n近年、海洋監視の協力が進んでいる。\n")
    assert kana.authors == ["マリア・ロペス"]
    keyed = parse_text(
        "區域海巡合作研究\n陳大文¹　林小華²\n¹ 國立海洋大學海洋政策研究所\n² 中央研究院歐美研究所\n"
        "區域海巡合作近年發展迅速，各國海巡機關之間的聯繫日益密切。\n"
    )
    assert keyed.authors == ["陳大文", "林小華"]
    assert not keyed.markers and not keyed.footnotes
    assert [keyed.span_text(s) for s in keyed.spans if s.kind == "affiliation"] == [
        "¹ 國立海洋大學海洋政策研究所",
        "² 中央研究院歐美研究所",
    ]


def test_a_foot_numbered_at_its_edge_leaves_the_text() -> None:
    """lay19b: a wide foot printed with its page number (`… ｜ 1`, `… ｜ 2`) on each page is furniture."""
    from allyscope import parse_text

    sentence = "各国海警部门的合作不断深化，联合演练和人员交流日益频繁，合作机制也逐步走向制度化。"
    pages = "".join(f"{sentence * 2}\n区域海洋治理研究院｜年度报告2024｜海上安全合作专题｜{n}\n" for n in (1, 2, 3))
    doc = parse_text(f"海上安全合作年度报告\n{pages}")
    assert "年度报告2024" not in doc.text


def test_dated_bylines_posts_and_reporters() -> None:
    """lay19b: `Posted on … by …` is a dateline and a byline; two authors with a post line each stay front
    matter; `記者A、B／…` names both reporters; a site's identifier row is its copyright."""
    from allyscope import parse_text

    body = "Ports in the region inspected more foreign ships last year than in any year since the rules took effect."
    blog = parse_text(f"Inspections at Sea\nPosted on May 2, 2024 by Helen Ward\n{body}\n")
    assert blog.authors == ["Helen Ward"]
    assert [blog.span_text(s) for s in blog.spans if s.kind == "dateline"] == ["Posted on May 2, 2024"]
    posts = parse_text(
        f"Inspections at Sea\nHelen Ward\nSenior Fellow, Ports Program\nOmar Haddad\nProgram Director\n"
        f"May 2, 2024\n{body}\n"
    )
    assert posts.authors == ["Helen Ward", "Omar Haddad"]
    assert [posts.span_text(s) for s in posts.spans if s.kind in ("affiliation", "dateline")] == [
        "Senior Fellow, Ports Program",
        "Program Director",
        "May 2, 2024",
    ]
    news = parse_text("港口檢查創新高\n記者張志明、李美華／台北報導\n各港口去年檢查外籍船舶的次數創下新高。\n")
    assert news.authors == ["張志明", "李美華"]
    site = parse_text("港口检查创新高\n首页 > 新闻\n各港口去年检查外籍船舶的次数创下新高。\n网站标识码：2000000002\n")
    assert [s.kind for s in site.spans if s.kind not in ("title", "paragraph")] == ["navigation", "copyright"]


def test_stamps_citation_lines_and_labelled_page_numbers() -> None:
    """lay19b: online-first stamps and citation-format lines are front furniture, names parted by full-width
    commas are a byline, a title over a `主持人：` byline is no issuer, a page number after a publisher's name and
    a bar is a page's number line."""
    from allyscope import parse_text

    journal = parse_text(
        "网络首发时间：2024-01-15 09:00:00\n港口国监督的新发展\n王海，李静，赵强\n"
        "引用格式：王海，李静，赵强. 港口国监督的新发展[J]. 航运研究，2024（1）：1-9.\n"
        "港口国监督制度近年来不断完善，检查的重点也逐渐从船舶结构转向船员管理。\n"
    )
    assert journal.authors == ["王海", "李静", "赵强"]
    assert (journal.date, journal.date_source) == ("2024-01-15", "published")
    assert [s.kind for s in journal.spans if s.kind in ("history", "identifier")] == ["history", "identifier"]
    body = "港口國監督制度近年來不斷完善，檢查的重點也逐漸從船舶結構轉向船員管理，各港口的做法也趨於一致。"
    pages = "".join(f"{body}\n航運研究中心｜第 {n} 頁，共 2 頁\n" for n in (1, 2))
    report = parse_text(f"航運政策研究報告\n港口國監督之研究\n計畫主持人：林文雄\n{pages}")
    assert (report.title, report.authors) == ("港口國監督之研究", ["林文雄"])
    assert "航運研究中心" not in report.text and "第 2 頁" not in report.text


def test_date_forms_name_known_eras() -> None:
    data = _load("document_date.json")
    for form in data["forms"]:
        assert form.get("era", next(iter(data["eras"]))) in data["eras"], form["name"]


def test_agencies_and_wire_tails_compile_together() -> None:
    data = _load("furniture.json")
    agencies = "|".join(re.escape(a) for a in data["agencies"])
    assert len(set(data["agencies"])) == len(data["agencies"])
    for pattern in data["tails"]["wire"]:
        assert "{agency}" in pattern
        re.compile(pattern.replace("{agency}", agencies))


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("记者张伟成都报道", ["张伟"]),  # a place not in the gazetteer: two characters before 报道
        ("新华社记者欧阳小红北京报道", ["欧阳小红"]),
        ("記者陳志豪綜合報導", ["陳志豪"]),
        ("記者陳志豪／台中報導", ["陳志豪"]),
        ("海事新聞網記者　華盛頓報導", []),  # a place alone: no name
        ("本报记者赵一鸣南京6月3日电　两国海警部门当天举行会谈，双方就合作交换意见。", ["赵一鸣"]),
        ("【ソウル＝佐藤花子】日韓両政府は3日、次官級の協議を開いた。", ["佐藤花子"]),
        ("By Tom Reyes SEOUL — The two navies held talks on Monday, officials said.", ["Tom Reyes"]),
        ("By Ana Ruiz and Ben Cole NEW YORK, June 3 — Diplomats met on Tuesday.", ["Ana Ruiz", "Ben Cole"]),
    ],
)
def test_a_reporters_name_glued_to_the_place_reported_from(byline: str, authors: list[str]) -> None:
    """The byline's person is the author; the place (and date) it was filed from stays out of the name."""
    from allyscope import parse_text

    doc = parse_text(f"海上合作的新进展\n{byline}\n两国海上执法部门近日举行会谈，双方同意加强合作。\n")
    if byline.startswith("By"):
        doc = parse_text(f"Maritime Cooperation Grows\n{byline}\nThe talks will continue next year, officials said.\n")
    assert doc.authors == authors
