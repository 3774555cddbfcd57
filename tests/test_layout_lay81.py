"""lay81 (fiftieth session): kinds of document the dev layout set held none of (`tests/layouts/lay81_*`): a zh-Hant
e-newsletter copied from the mail (a note that the mail may not show with its link to the browser, a contents list
under the issue line, `閱讀全文 »` links, a subscription row, a why-you-get-this note, an address footer), a ja
ministry PDF whose running head is padded by spaces past sixty columns, an en Markdown research note with named
reference links and caret footnotes, and a zh-Hans article with a tab table of dated acts (read right at the start).
Each rule on text in other words than the documents that showed the miss (other places, other years), with traps
(lines that look alike and must not change) and property tests where a line or a text is parsed."""

from __future__ import annotations

from helpers import assert_offsets_valid
from hypothesis import given
from hypothesis import strategies as st

from allyscope import parse_text
from allyscope.layout.edge_blocks import contact_line
from allyscope.layout.furniture import furniture_kind
from allyscope.layout.line_objects import Line
from allyscope.layout.running_heads import head_width
from tests.helpers import furniture_of

# --- a mail's note that it may not show, with its browser link (furniture.json navigation) ---------------------


def test_mail_note_with_a_browser_link_is_navigation() -> None:
    assert furniture_kind("如邮件无法正常显示，请在浏览器中查看") == "navigation"
    assert furniture_kind("若本電子報無法正確顯示，請點選網頁版閱讀") == "navigation"


def test_sentence_about_a_mail_that_did_not_show_stays_text() -> None:
    """Traps: no browser or web version named; a sentence that ends with its stop."""
    assert furniture_kind("郵件無法正常顯示的問題已經修復，目前系統運作正常。") != "navigation"
    assert furniture_kind("若郵件無法正常顯示，請與資訊室聯絡") != "navigation"


# --- a subscription row and the why-you-get-this note in Chinese (furniture.json) ---------------------------------


def test_chinese_subscription_row_and_note() -> None:
    assert furniture_kind("变更订阅资料｜转发给好友｜退订") == "navigation"
    assert furniture_kind("轉寄給同事｜取消訂閱") == "navigation"
    assert furniture_kind("您之所以收到這封郵件，是因為您曾參加本會的年會。") == "disclaimer"
    assert furniture_kind("您会收到本通讯，是因为您在本所网站登记了电子邮箱。") == "disclaimer"


def test_what_someone_else_received_stays_text() -> None:
    """Traps: a sentence of the text about a letter received; forwarding a report in a sentence."""
    assert furniture_kind("外交部收到這封郵件後，立即通知了駐外館處。") is None
    assert furniture_kind("轉寄給朋友的文件必須先經過審查。") is None


# --- a Chinese street address as a footer's field (edge_blocks.json 'street_address_cjk') -------------------------


def test_chinese_street_address_is_a_contact_field() -> None:
    assert contact_line("海峽交流研究會　40341臺中市西區民權路99號3樓")
    assert contact_line("某某研究所　200030上海市徐汇区衡山路10号")
    assert contact_line("海洋战略研究中心　北京市海淀区中关村大街27号")


def test_a_sentence_naming_an_address_is_no_contact_line() -> None:
    """Traps: a sentence naming an address ends with its stop; a place without a street and number."""
    assert not contact_line("會議於臺北市中正區重慶南路一段122號舉行。")
    assert not contact_line("海洋战略研究中心　北京市海淀区")


def test_mail_footer_with_address_and_phone_is_read_as_contact() -> None:
    text = (
        "南海情勢月報\n"
        "第12期　2023年9月1日\n"
        "菲律賓海岸防衛隊於8月再度派船前往仁愛礁運補，雙方船隻發生對峙，本期整理各方的說法。\n"
        "越南與美國於9月10日將雙邊關係提升為全面戰略夥伴關係，本期也將評估其對南海情勢的影響。\n"
        "您收到這封郵件，是因為您曾在本會網站登記電子信箱。\n"
        "變更訂閱資料｜取消訂閱\n"
        "南海研究學會　40341臺中市西區民權路99號3樓\n"
        "電話：(04)2222-3333\n"
    )
    kinds = furniture_of(text)
    assert ("disclaimer", "您收到這封郵件，是因為您曾在本會網站登記電子信箱。") in kinds
    assert ("navigation", "變更訂閱資料｜取消訂閱") in kinds
    assert ("contact", "南海研究學會　40341臺中市西區民權路99號3樓") in kinds


# --- a contents list under a masthead's issue line (edge_blocks._head_place, _stamp_line) -------------------------


def test_contents_under_an_issue_line_are_navigation_and_items_are_heads() -> None:
    text = (
        "海事安全快訊\n"
        "第7期　2022年11月30日\n"
        "本期內容\n"
        "一、印尼海軍接收新型巡邏艦\n"
        "二、東協國防部長會議在柬埔寨舉行\n"
        "一、印尼海軍接收新型巡邏艦\n"
        "印尼海軍本月接收一艘新建巡邏艦，將部署於納土納群島周邊海域，以加強對漁業資源的保護。\n"
        "閱讀全文 »\n"
        "二、東協國防部長會議在柬埔寨舉行\n"
        "東協國防部長會議於11月22日在暹粒舉行，各國部長就區域安全情勢交換意見。\n"
        "閱讀全文 »\n"
    )
    doc = parse_text(text)
    kinds = furniture_of(text)
    assert ("navigation", "本期內容") in kinds
    assert ("navigation", "一、印尼海軍接收新型巡邏艦") in kinds
    assert [(h.label, h.title) for h in doc.headings] == [
        ("一", "印尼海軍接收新型巡邏艦"),
        ("二", "東協國防部長會議在柬埔寨舉行"),
    ]
    assert doc.title == "海事安全快訊"
    assert_offsets_valid(doc)


def test_lines_under_a_dateline_printed_once_are_no_contents() -> None:
    """Trap: short lines under a date, not printed again below: no contents list."""
    text = (
        "海事安全快訊\n"
        "2022年11月30日\n"
        "本期重點\n"
        "印尼海軍接收新型巡邏艦\n"
        "東協國防部長會議舉行\n"
        "印尼海軍本月接收一艘新建巡邏艦，將部署於納土納群島周邊海域，以加強對漁業資源的保護。\n"
    )
    assert all(kind != "navigation" for kind, _ in furniture_of(text))


# --- a running head padded past the line's width by spaces (running_heads.head_width, repeats) -------------------


def _padded_report(gap: int) -> str:
    head = "日本の対外協力の現状と課題" + " " * gap + "外務省国際協力局"
    return (
        f"{head}\n"
        "政府開発援助の新たな展開について\n"
        "令和5年6月\n"
        "1　基本的な考え方\n"
        "政府は、令和5年6月9日、開発協力大綱を8年ぶりに改定した¹。新たな大綱は、オファー型協力を打ち出している。\n"
        "オファー型協力とは、我が国の強みを生かした協力メニューを相手国に積極的に提案するものである。\n"
        "また、民間資金との連携を強め、開発のための資金の動員を図ることとしている。\n"
        "――――――――――\n"
        "¹ 閣議決定による。\n"
        "- 1 -\n"
        f"{head}\n"
        "2　今後の方向\n"
        "政府は、同志国の軍などに資機材を供与する新たな枠組みも設けている²。この枠組みは開発協力とは別のものである。\n"
        "初年度は、フィリピン、マレーシア、バングラデシュ及びフィジーが対象国として選ばれた。\n"
        "――――――――――\n"
        "² 政府安全保障能力強化支援と呼ばれる。\n"
        "- 2 -\n"
    )


def test_head_padded_past_sixty_columns_is_dropped() -> None:
    for gap in (12, 40, 70):
        doc = parse_text(_padded_report(gap))
        assert doc.title == "政府開発援助の新たな展開について", gap
        assert "外務省国際協力局" not in doc.text, gap
        assert [h.title for h in doc.headings] == ["基本的な考え方", "今後の方向"], gap
        assert_offsets_valid(doc)


def test_padded_line_printed_once_stays_text() -> None:
    """Trap: a line with a wide gap printed once (a table's row) is no head."""
    text = (
        "政府開発援助の新たな展開について\n"
        "令和5年6月\n"
        "区分" + " " * 30 + "金額\n"
        "政府は、令和5年6月9日、開発協力大綱を8年ぶりに改定した。新たな大綱は、オファー型協力を打ち出している。\n"
    )
    assert "金額" in parse_text(text).text


@given(st.integers(min_value=4, max_value=120), st.text(alphabet="防衛省外務報告書", min_size=2, max_size=12))
def test_head_width_weighs_words_not_padding(gap: int, words: str) -> None:
    content = words + " " * gap + "防衛省"
    line = Line(0, 0, len(content), content, "", width=(len(content.encode("utf-8")) + len(content)) / 2)
    assert head_width(line) == (len((words + "\u3000防衛省").encode("utf-8")) + len(words) + 4) / 2
    assert head_width(line) <= line.width


# --- Markdown link definitions cited by name (layout/link_definitions.py) ----------------------------------------


_NOTE = (
    "# Fisheries patrols in the Gulf of Guinea\n\n"
    "Kofi Mensah\n\n"
    "14 June 2024\n\n"
    "Several coastal states now share patrol data through the [Yaoundé Code of Conduct][ycc].[^1] "
    "The [interregional coordination centre][icc] in Yaoundé links the regional centres.\n\n"
    "## What changed\n\n"
    "Piracy reports fell after 2020, as the [IMB's annual report][imb] shows.[^2]\n\n"
    "---\n\n"
    "[^1]: The code was signed in 2013.\n"
    "[^2]: Reports count attacks and attempts alike.\n\n"
    '[ycc]: https://example.org/ycc "Yaoundé Code of Conduct"\n'
    "[ICC]: https://example.org/icc\n"
    "[imb]: <https://example.org/imb-2023> 'IMB report'\n"
)


def test_named_link_definitions_are_references() -> None:
    doc = parse_text(_NOTE)
    kinds = furniture_of(_NOTE)
    refs = [piece for kind, piece in kinds if kind == "references"]
    assert refs == [
        '[ycc]: https://example.org/ycc "Yaoundé Code of Conduct"',
        "[ICC]: https://example.org/icc",
        "[imb]: <https://example.org/imb-2023> 'IMB report'",
    ]
    assert [f.number for f in doc.footnotes] == [1, 2]
    assert "[Yaoundé Code of Conduct][ycc]" in doc.text
    assert_offsets_valid(doc)


def test_uncited_or_addressless_definitions_are_left_alone() -> None:
    """Traps: a definition nothing cites by name, a bracketed label with no address, a numbered link (a note)."""
    text = (
        "# Notes on patrols\n\n"
        "Coastal states share patrol data, as the [report][ycc] says. Patrols grew after 2013.\n\n"
        "[Ed.]: see the annex for the figures\n"
        "[other]: https://example.org/other\n"
    )
    kinds = furniture_of(text)
    assert all(kind != "references" for kind, _ in kinds)
    numbered = "A treaty was signed, as the [joint statement][1] says.\n\n[1]: https://example.org/statement\n"
    assert all(kind != "references" for kind, _ in furniture_of(numbered))


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz-", min_size=1, max_size=12))
def test_any_cited_name_makes_its_definition_a_reference(name: str) -> None:
    text = (
        f"# A note\n\nThe ministers met again in 2024, as the [record][{name}] shows in full.\n\n"
        f"[{name}]: https://example.org/{name}\n"
    )
    kinds = furniture_of(text)
    assert ("references", f"[{name}]: https://example.org/{name}") in kinds


# --- a mail's note among its footer's rows (edge_blocks._tail_lines, _edge_above) --------------------------------


def test_mail_note_between_footer_rows_keeps_the_links_over_it() -> None:
    text = (
        "浏览器打开本期：https://mail.example.org/digest/9\n"
        "海上安全双周刊｜往期回顾｜投稿\n"
        "东南亚国家海警合作的新动向\n"
        "李文静\n"
        "2024年10月8日\n"
        "今年以来，东南亚多国海警机构频繁举行联合演练，并商定互派联络官，以提高在争议海域的协调能力。\n"
        "不过，各国对合作范围的理解仍有差异，联合巡逻的频次也受到经费的限制。\n"
        "延伸话题\n"
        "东盟海警论坛的由来与运作方式\n"
        "马六甲海峡联合巡逻二十年的回顾\n"
        "印尼与马来西亚的海上边界谈判进展\n"
        "分享给同事｜收件设置｜停止接收本刊\n"
        "您收到这封邮件，是因为您订阅了本刊的电子版。\n"
        "© 2024 海上安全双周刊\n"
    )
    kinds = furniture_of(text)
    assert ("navigation", "分享给同事｜收件设置｜停止接收本刊") in kinds
    assert ("disclaimer", "您收到这封邮件，是因为您订阅了本刊的电子版。") in kinds
    assert ("related", "马六甲海峡联合巡逻二十年的回顾") in kinds


def test_disclaimer_under_the_text_still_ends_the_tail() -> None:
    """Trap: an author's disclaimer right under the text's last paragraph: the lines over it are the text's."""
    text = (
        "東南亞海警合作的新動向\n"
        "李文靜\n"
        "今年以來，東南亞多國海警機構頻繁舉行聯合演練，並商定互派聯絡官，以提高在爭議海域的協調能力。\n"
        "不過，各國對合作範圍的理解仍有差異，聯合巡邏的頻次也受到經費的限制。\n"
        "本文僅代表作者個人意見，不代表本刊立場。\n"
        "© 2024 海上安全月刊\n"
    )
    doc = parse_text(text)
    assert "聯合巡邏的頻次也受到經費的限制。" in doc.text
    assert all(kind != "related" for kind, _ in furniture_of(text))
