"""Numbered lists inside the text, chapter heads printed on every page and labelled front lines (issue 12), on
documents written here in other words than the hand-written layout documents and the generator's articles."""

from __future__ import annotations

from helpers import assert_copied_pieces_match_raw, assert_offsets_valid
from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope import parse_text

_ENDNOTED = (
    "Harbour Pilots and Small Ports\n"
    "Ines Duarte\n"
    "I. Background\n"
    "Pilots guide ships through narrow channels, and most small ports depend on only a handful of them.1\n"
    "II. Licensing\n"
    "A licence is granted in stages, and the authority names the conditions:\n"
    "1. a period of service on board as a trainee;\n"
    "2. an examination on local charts and tides;\n"
    "3. a yearly medical check.\n"
    "Page 1 of 2\n"
    "Pilots who fail a stage may try again after six months.2\n"
    "Endnotes\n"
    "1. Port statistics yearbook, 2018.\n"
    "2. Ibid.\n"
    "Page 2 of 2\n"
)


def test_a_list_announced_by_a_colon_stays_in_the_body_one_item_a_paragraph() -> None:
    doc = parse_text(_ENDNOTED)
    assert [f.number for f in doc.footnotes] == [1, 2]
    assert [doc.note_text(f) for f in doc.footnotes] == ["Port statistics yearbook, 2018.", "Ibid."]
    paragraphs = [doc.span_text(s) for s in doc.paragraphs]
    assert "1. a period of service on board as a trainee;" in paragraphs
    assert "3. a yearly medical check." in paragraphs
    assert "Page 1 of 2" not in doc.text
    assert [(h.level, h.label) for h in doc.headings] == [(1, "I"), (1, "II")]


def test_a_chinese_list_after_a_colon_is_no_note_block() -> None:
    raw = (
        "港口引航制度研究\n"
        "林海\n"
        "一、引航员的资格\n"
        "取得引航资格需要满足以下条件：\n"
        "1. 在船上见习满两年；\n"
        "2. 通过本港海图和潮汐的考试；\n"
        "3. 每年接受一次体检。\n"
        "各港口可以在此基础上增加本地要求。[1]\n"
        "[1]　交通部：《引航管理规定》，2016年。\n"
    )
    doc = parse_text(raw)
    assert [doc.note_text(f) for f in doc.footnotes] == ["交通部：《引航管理规定》，2016年。"]
    assert "1. 在船上见习满两年；" in [doc.span_text(s) for s in doc.paragraphs]
    assert [m.numbers for m in doc.markers] == [(1,)]


def test_a_weak_marker_shape_opening_an_item_is_no_marker() -> None:
    raw = (
        "港湾管理の課題\n"
        "小川花子\n"
        "1．現状\n"
        "港湾の管理には、主に次の三つの課題がある1）。\n"
        "（1）人員の不足\n"
        "（2）設備の老朽化\n"
        "（3）予算の制約\n"
        "いずれも短期間での解決は難しい2）。\n"
        "注\n"
        "1）国土交通省『港湾白書』2019年。\n"
        "2）同上。\n"
    )
    doc = parse_text(raw)
    assert [m.numbers for m in doc.markers] == [(1,), (2,)]
    assert [doc.note_text(f) for f in doc.footnotes] == ["国土交通省『港湾白書』2019年。", "同上。"]
    assert "（2）設備の老朽化" in doc.text


def test_a_chapter_heading_printed_again_at_page_turns_is_a_head() -> None:
    raw = (
        "第三章　港灣治理\n"
        "第一節　港務機關\n"
        "港務機關負責碼頭的分配與維護，並協調海關與檢疫單位的工作。\n"
        "- 31 -\n"
        "第三章　港灣治理\n"
        "第二節　引水制度\n"
        "引水人須經考試取得執照，並定期接受複訓。\n"
        "- 32 -\n"
        "第三章　港灣治理\n"
        "第三節　小結\n"
        "港灣治理需要多個機關的協調。\n"
        "- 33 -\n"
    )
    doc = parse_text(raw)
    assert [(h.level, h.label, h.title) for h in doc.headings] == [
        (1, "三", "港灣治理"),
        (2, "一", "港務機關"),
        (2, "二", "引水制度"),
        (2, "三", "小結"),
    ]
    assert doc.text.count("港灣治理") == 2  # the heading, and the last sentence


def test_labelled_front_lines_are_neither_title_nor_text() -> None:
    raw = (
        "DOI: 10.9999/port.2019.07\n"
        "Received 2 February 2019; accepted 30 June 2019\n"
        "Tugboats in Crowded Harbours\n"
        "Ravi Menon\n"
        "Introduction\n"
        "Tugboats move large ships in spaces too tight for their own engines, and every busy harbour keeps several.\n"
        "Funding: none.\n"
        "Conclusion\n"
        "Tugboats will remain necessary as ships grow larger and harbours stay the same size.\n"
    )
    doc = parse_text(raw)
    assert doc.title == "Tugboats in Crowded Harbours"
    assert doc.authors == ["Ravi Menon"]
    kinds = [(s.kind, doc.span_text(s)) for s in doc.spans if s.kind in ("identifier", "history", "funding")]
    assert kinds == [
        ("identifier", "DOI: 10.9999/port.2019.07"),
        ("history", "Received 2 February 2019; accepted 30 June 2019"),
        ("funding", "Funding: none."),
    ]
    assert doc.date is None  # a received date is not the document's
    assert not any("Funding" in doc.span_text(p) for p in doc.paragraphs)


def test_a_role_before_a_name_is_a_byline() -> None:
    raw = (
        "港湾の将来像\n2023年8月1日\n主任研究員　石井陽子\n"
        "港湾は地域の経済を支える基盤であり、その整備には長い時間と多くの費用がかかる。\n今後の課題は多い。\n"
    )
    doc = parse_text(raw)
    assert doc.authors == ["石井陽子"]
    assert not any(s.kind == "affiliation" for s in doc.spans)  # the role is no affiliation


_WORDS = ["harbour", "pilot", "tug", "berth", "crane", "quay", "chart", "tide", "buoy", "dock"]


@settings(max_examples=40, deadline=None)
@given(
    items=st.lists(st.lists(st.sampled_from(_WORDS), min_size=2, max_size=6), min_size=2, max_size=5),
    style=st.sampled_from(["{n}. ", "{n}) ", "({n}) "]),
)
def test_any_announced_list_stays_in_the_body(items: list[list[str]], style: str) -> None:
    """Whatever the items say and however they are numbered, a list a sentence announces stays in the body, each item
    opening a paragraph, and no note is made of it."""
    lines = [
        style.format(n=n) + " ".join(words) + (";" if n < len(items) else ".") for n, words in enumerate(items, start=1)
    ]
    raw = "Port Works\nAna Lima\nThe port plans the following works:\n" + "\n".join(lines) + "\nWork starts soon.\n"
    doc = parse_text(raw)
    assert_offsets_valid(doc)
    assert_copied_pieces_match_raw(doc)
    assert not doc.footnotes
    paragraphs = [doc.span_text(s) for s in doc.paragraphs]
    # each item opens a paragraph (the last may run on: a wrapped text's next line may continue it)
    assert all(any(p.startswith(line) for p in paragraphs) for line in lines)


def test_bracketed_labels_and_zh_hant_keyword_labels() -> None:
    raw = (
        "港埠保全制度之比較\n"
        "吳佩珊\n"
        "〔摘要〕本文比較三個港埠的保全制度，並討論其差異的原因。\n"
        "關鍵字：港埠保全、制度比較、風險管理\n"
        "【一】緒論\n"
        "港埠保全涉及海關、警察與港務等多個機關，各機關之間的分工因港而異。\n"
        "【二】制度比較\n"
        "〔一〕組織\n"
        "各港埠的保全組織規模不一，有的設有專責單位，有的則由港務機關兼辦。\n"
    )
    doc = parse_text(raw)
    assert doc.abstract == "本文比較三個港埠的保全制度，並討論其差異的原因。"
    assert doc.keywords == ["港埠保全", "制度比較", "風險管理"]
    assert [(h.level, h.label, h.title) for h in doc.headings] == [
        (1, "一", "緒論"),
        (1, "二", "制度比較"),
        (2, "一", "組織"),
    ]


def test_a_long_cjk_title_ends_above_its_byline() -> None:
    raw = (
        "港口國管制的區域合作：以東南亞諒解備忘錄的執行為例\n"
        "陳美惠\n"
        "一、前言\n"
        "港口國管制是各國檢查外國船舶是否符合國際公約的重要手段，區域合作可以避免重複檢查。\n"
    )
    doc = parse_text(raw)
    assert doc.title == "港口國管制的區域合作：以東南亞諒解備忘錄的執行為例"
    assert doc.authors == ["陳美惠"]


def test_an_unannounced_list_still_keeps_one_item_a_paragraph() -> None:
    raw = (
        "Harbour Works\n"
        "Ana Lima\n"
        "Introduction\n"
        "The port authority has drawn up a plan for the next ten years, and it rests on three commitments.\n"
        "1. the quays on the north side will be deepened for larger container ships;\n"
        "2. a second breakwater will be built to protect the inner basin from storms;\n"
        "3. the ferry terminal will move closer to the railway station.\n"
        "The plan will be reviewed every two years by the board.\n"
    )
    doc = parse_text(raw)
    paragraphs = [doc.span_text(s) for s in doc.paragraphs]
    assert "2. a second breakwater will be built to protect the inner basin from storms;" in paragraphs
    assert not doc.footnotes and [h.title for h in doc.headings] == ["Introduction"]


def test_a_report_label_and_a_summary_label_are_front_matter() -> None:
    raw = (
        "港口研究中心　研究报告\n"
        "内河港口的疏浚管理\n"
        "何文静\n"
        "概要：本报告比较三条河流上港口的疏浚安排，并提出改进建议。\n"
        "一、问题\n"
        "内河港口的航道容易淤积，需要定期疏浚，但疏浚费用由谁承担常有争议。\n"
    )
    doc = parse_text(raw)
    assert (doc.title, doc.authors) == ("内河港口的疏浚管理", ["何文静"])
    assert doc.abstract == "本报告比较三条河流上港口的疏浚安排，并提出改进建议。"
    assert [(s.kind, doc.span_text(s)) for s in doc.spans if s.kind == "doctype"] == [
        ("doctype", "港口研究中心　研究报告")
    ]


def test_heads_printed_with_a_decorated_page_number_at_their_edge() -> None:
    raw = (
        "港湾研究　第3号（2020年5月）\n"
        "河口港の維持管理\n"
        "森田恵\n"
        "一　はじめに\n"
        "河口港は土砂の堆積が早く、航路の維持に多くの費用がかかる。\n"
        "二　浚渫の方法\n"
        "浚渫は、港湾管理者が年に一度まとめて発注することが多い。\n"
        "― 12 ―　港湾研究\n"
        "三　費用の分担\n"
        "費用は、国と港湾管理者が一定の割合で負担している。\n"
        "河口港の維持管理　― 13 ―\n"
        "四　おわりに\n"
        "維持管理の費用を抑える工夫が求められる。\n"
        "― 14 ―　港湾研究\n"
    )
    doc = parse_text(raw)
    assert "― 13 ―" not in doc.text and "― 12 ―" not in doc.text
    assert [h.title for h in doc.headings] == ["はじめに", "浚渫の方法", "費用の分担", "おわりに"]
