"""lay22b's page-furniture rules (issue 12), each on text written in other words than the dev documents that
showed the need (tests/layouts): print stamps, lone share buttons, reading prompts, rankings under labels no
list names, CJK feet parted by full-width spaces, bios glued to the last paragraph; and the text lines that look
like furniture but are not (a sentence opening with `Copyright`, `写真`, `图片` or `未经授权`, a body list)."""

from __future__ import annotations

import pytest

from allyscope import parse_text
from allyscope.layout.furniture import furniture_kind

_BODY_EN = "Navies of the two states held three joint drills this year.\nThe drills covered rescue at sea.\n"
_BODY_ZH = "两国海军今年举行了三次联合演练。\n演练的重点是海上搜救和船舶火灾处置。\n"
_BODY_JA = "両国の海上保安機関は今年、三回の合同訓練を行った。\n訓練の重点は捜索救助と船舶火災への対応である。\n"


def _furniture(doc: object) -> list[tuple[str, str]]:
    kept = {"title", "author", "abstract", "keywords", "keyword", "paragraph"}
    return [(s.kind, doc.span_text(s)) for s in doc.spans if s.kind not in kept]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "line,kind",
    [
        ("Printed on 12 March 2025 from www.example.org", "download"),
        ("打印时间：2025-03-12 08:05", "download"),
        ("列印時間：2025/3/12 下午 02:30", "download"),
        ("印刷日：2025年3月12日", "download"),
        ("Keep reading", "tools"),
        ("Read the full story »", "tools"),
        ("続きを読む", "tools"),
        ("查看全文", "tools"),
        ("閱讀全文", "tools"),
        ("Download the app", "tools"),
        ("Scan this QR code to follow our channel", "tools"),
        ("扫码订阅每日简报", "tools"),
        ("QRコードを読み取って友だち追加", "tools"),
        ("Promoted", "advertisement"),
        ("贊助內容", "advertisement"),
        ("Up next", "related"),
        ("Editors' picks", "related"),
        ("阅读排行", "related"),
        ("大家都在看", "related"),
        ("人気の記事", "related"),
        ("Reddit  Telegram  Pinterest", "share"),
        ("分享給朋友：", "share"),
        ("Share via WhatsApp", "share"),
        ("QQ好友", "share"),
        ("Article continues below advertisement", "advertisement"),
        ("This page was printed on 4 April 2025", "download"),
        ("長按識別圖中二維碼，訂閱本刊", "tools"),
        ("閱讀 3.4萬", "tools"),
        ("展開剩餘 65%", "tools"),
        ("在看 12", "tools"),
        ("聲明：此文內容僅代表作者觀點，與本平台無關。", "disclaimer"),
        ("≡ Menu", "navigation"),
        ("Tags", "tags"),
        ("熱門搜尋", "related"),
        ("全部评论", "tools"),
        ("印刷用画面へ", "tools"),
        ("記事番号：20250311", "tools"),
        ("Was this page helpful?", "tools"),
        ("Yes / No", "tools"),
        ("この記事に関するお問い合わせ先", "contact"),
        ("复制链接", "share"),
        ("リンクをコピー", "share"),
        ("返回上一页", "navigation"),
        ("著作権は各執筆者に帰属します。", "copyright"),
        ("未经许可，不得转载或镜像本站内容", "copyright"),
        ("Copyright 2025 Example Weekly", "copyright"),
        ("写真は式典で握手する両国の大臣", "caption"),
        ("图片：海警船在港口补给", "caption"),
    ],
)
def test_furniture_lines(line: str, kind: str) -> None:
    assert furniture_kind(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "Copyright disputes over satellite images rarely reach a court.",
        "Copyright of the charts, the ministry said, stays with the survey office.",
        "著作権侵害をめぐる協議も続いている。",
        "未经许可的渔船一律不得进入保护区。",
        "未經授權的無人機飛越基地將被依法處理。",
        "写真家の一人は、港の様子を記録し続けている。",
        "写真は、事故の原因を探る重要な手がかりとなった。",
        "画像解析の技術は急速に進歩した。",
        "图片里的两艘船其实属于同一家公司。",
        "摄影师在码头等了三个小时。",
        "Promoted officers will join the staff college in June.",
        "Post-war planning began in earnest that spring.",
        "Share via the alliance's common network was slow.",
        "Story continues below the fold in the print edition.",
        "Copyrighted software runs most of the port's cranes.",
        "声明说，双方同意尽快恢复海上对话。",
        "Menu prices in the port's canteen rose.",
        "Tags on each container are read at the gate.",
    ],
)
def test_text_lines_are_no_furniture(line: str) -> None:
    assert furniture_kind(line) is None


def test_a_print_stamp_dates_no_document() -> None:
    doc = parse_text(f"打印时间：2025-03-12 08:05\n两国海军举行联合演练\n发布时间：2025-02-20\n{_BODY_ZH}")
    assert (doc.date, doc.date_source) == ("2025-02-20", "published")
    assert ("download", "打印时间：2025-03-12 08:05") in _furniture(doc)


def test_short_lines_between_share_buttons_are_buttons() -> None:
    doc = parse_text(
        f"Navies Hold Joint Drills\nBy Ana Ruiz\nMarch 3, 2025\nShare\nTumblr\nNaver Band\nEmail\n{_BODY_EN}"
    )
    assert [t for k, t in _furniture(doc) if k == "share"] == ["Share", "Tumblr", "Naver Band", "Email"]
    assert doc.authors == ["Ana Ruiz"]


def test_a_short_line_between_other_furniture_stays_text() -> None:
    doc = parse_text(f"Navies Hold Joint Drills\nMarch 3, 2025\nShare\nIn brief\nAdvertisement\n{_BODY_EN}")
    assert "In brief" in doc.text
    assert ("share", "In brief") not in _furniture(doc)


def test_a_ranking_under_a_label_no_list_names() -> None:
    doc = parse_text(
        f"两国海军举行联合演练\n2025-03-03 09:00\n{_BODY_ZH}评论（4）\n热度榜\n1. 新型补给舰入列\n"
        "2. 海上搜救中心揭牌\n3. 渔政船完成巡航\n"
    )
    assert [t for k, t in _furniture(doc) if k == "related"] == [
        "热度榜",
        "1. 新型补给舰入列",
        "2. 海上搜救中心揭牌",
        "3. 渔政船完成巡航",
    ]


@pytest.mark.parametrize(
    "items",
    [
        "主要措施\n1　建立联络机制\n2　定期联合巡航\n3　共享渔政数据\n双方同意逐步落实上述措施。\n",  # text follows
        "下一步包括：\n1　建立联络机制\n2　定期联合巡航\n3　共享渔政数据\n",  # announced by a colon
        "主要措施\n1　建立联络机制\n2　定期联合巡航\n",  # two items only
    ],
)
def test_numbered_lines_of_the_text_are_no_ranking(items: str) -> None:
    doc = parse_text(f"两国海军举行联合演练\n2025-03-03 09:00\n{_BODY_ZH}{items}评论（4）\n")
    assert not any(k == "related" for k, _ in _furniture(doc))
    assert "建立联络机制" in doc.text


def test_a_cjk_foot_parted_by_full_width_spaces_leaves_the_text() -> None:
    doc = parse_text(
        "海上合作的现状\n陈明\n一、背景\n"
        + _BODY_ZH
        + "某海洋研究院　专题报告　第1页\n二、建议\n各方应扩大联合演练的规模。\n某海洋研究院　专题报告　第2页\n"
    )
    assert "专题报告" not in doc.text
    assert [h.title for h in doc.headings] == ["背景", "建议"]


def test_a_bio_glued_under_the_last_paragraph() -> None:
    doc = parse_text(
        "Why Navies Drill Together\nBy Kofi Mensah\nMarch 3, 2025\n"
        "Navies of the two states held three joint drills this year, covering rescue at sea and the boarding of"
        " suspect ships.\nKofi Mensah is a lecturer at the Coastal Defence College.\n"
    )
    assert ("author-bio", "Kofi Mensah is a lecturer at the Coastal Defence College.") in _furniture(doc)
    assert doc.text.count("Kofi Mensah is a lecturer") == 1
    assert all("Kofi Mensah is" not in doc.span_text(p) for p in doc.paragraphs)


def test_a_sentence_naming_the_author_inside_the_text_is_no_bio() -> None:
    doc = parse_text(
        "Why Navies Drill Together\nBy Kofi Mensah\nMarch 3, 2025\n"
        "Navies of the two states held three joint drills this year. Kofi Mensah is a former officer who took"
        " part in the first of them, and he saw how much the crews had to learn before they could work as one"
        " force. The second drill went better: the ships kept station through a storm, the boarding teams used"
        " one radio net, and the rescue swimmers trained together for a week before the drill began. The third"
        " drill, held in the autumn, was the largest yet, with aircraft from both states searching a wide area"
        " for a lifeboat that had been set adrift.\n"
    )
    assert not any(k == "author-bio" for k, _ in _furniture(doc))


def test_a_bare_tag_label_takes_its_tags() -> None:
    doc = parse_text(f"兩國海軍舉行聯合演習\n2025年3月5日\n{_BODY_ZH}標籤\n海軍\n演習\n熱門搜尋\n颱風\n")
    assert [t for k, t in _furniture(doc) if k == "tags"] == ["標籤", "海軍", "演習"]
    assert [t for k, t in _furniture(doc) if k == "related"] == ["熱門搜尋", "颱風"]


def test_a_tag_line_holding_its_tags_takes_no_line_after_it() -> None:
    doc = parse_text(f"Navies Hold Joint Drills\nMarch 3, 2025\n{_BODY_EN}Tags: navies, drills\nCrews rested\n")
    assert ("tags", "Tags: navies, drills") in _furniture(doc)
    assert "Crews rested" in doc.text and ("tags", "Crews rested") not in _furniture(doc)


def test_a_foot_parted_by_middle_dots_leaves_the_text() -> None:
    doc = parse_text(
        "Harbours and Storms\nLena Park\nMay 2025\nBackground\n"
        + _BODY_EN
        + "Harbour Studies Group · Working Paper 3 · Page 1\nOptions\nPorts could pool their tugs.\n"
        + "Harbour Studies Group · Working Paper 3 · Page 2\n"
    )
    assert "Working Paper 3" not in doc.text
    assert [h.title for h in doc.headings] == ["Background", "Options"]
