"""lay57 (twenty-eighth session): front matter and furniture of kinds the dev set had few of (issue 12): a
parliament's committee report (a house over its committee over the title, the session's report line, the order to
print, the paper's number), an institute under a series' issue line, a handling notice printed after the issuing
body's name on every page, a Chinese word processor's tracked changes, a news agency's name under a shared
story's title, a joint statement's signature line under a page's own date stamp, an author box whose first line
is a name with its reading. Each rule on text in other words than the documents that showed the miss
(`tests/layouts/l57_*`)."""

from __future__ import annotations

from allyscope import parse_text
from allyscope.layout.furniture import furniture_kind
from allyscope.layout.notes import front_furniture_kind
from allyscope.layout.page_furniture import is_handling_notice
from allyscope.structure.closing import closing_date_line, signed_date_line


def _furniture(text: str) -> list[tuple[str, str]]:
    doc = parse_text(text)
    kept = {"title", "author", "abstract", "keywords", "keyword", "paragraph"}
    return [(s.kind, doc.span_text(s)) for s in doc.spans if s.kind not in kept]


def test_a_house_over_its_committee_over_the_title_are_issuers() -> None:
    text = (
        "House of Representatives\n"
        "Standing Committee on Maritime Security\n"
        "Keeping the Sea Lanes Open: Port Access and Naval Logistics in the South Pacific\n"
        "Fourth Report of Session 2022–23\n"
        "Ordered by the House of Representatives to be printed 2 May 2023\n"
        "HC 87\n"
        "Introduction\n"
        "The Committee received evidence from port authorities, shipping lines and the navy over six months.\n"
        "Findings\n"
        "Most harbours in the region can berth a frigate, but few can supply fuel in the quantities a task group "
        "needs.\n"
    )
    doc = parse_text(text)
    assert doc.title == "Keeping the Sea Lanes Open: Port Access and Naval Logistics in the South Pacific"
    assert doc.authors == []
    found = _furniture(text)
    assert ("affiliation", "House of Representatives") in found
    assert ("affiliation", "Standing Committee on Maritime Security") in found
    assert ("doctype", "Fourth Report of Session 2022–23") in found
    assert ("history", "Ordered by the House of Representatives to be printed 2 May 2023") in found
    assert ("identifier", "HC 87") in found


def test_a_title_naming_a_body_over_a_shorter_line_stays_the_title() -> None:
    # a body's name with no longer line under it is no stack of issuers: `Pacific Fisheries Agency` names the text
    doc = parse_text(
        "The Pacific Fisheries Agency\n"
        "Mere Tavita\n"
        "The agency was set up to help its members police their fishing zones and share catch data.\n"
        "Its patrols are flown by partner air forces under a surveillance programme agreed each year.\n"
    )
    assert doc.title == "The Pacific Fisheries Agency"


def test_parliamentary_cover_lines_by_their_form() -> None:
    assert front_furniture_kind("Twenty-first Report of Session 2019–21") == "doctype"
    assert front_furniture_kind("2nd Special Report of Session 2024") == "doctype"
    assert front_furniture_kind("Volume II, together with oral and written evidence") == "doctype"
    assert front_furniture_kind("Ordered by the House of Lords to be printed 9 July 2024") == "history"
    assert front_furniture_kind("HL Paper 214") == "identifier"
    assert front_furniture_kind("The report of the session was adopted.") is None


def test_an_institute_under_a_series_issue_line_is_its_issuer() -> None:
    text = (
        "政策简报\n"
        "2023年第4期（总第27期）\n"
        "东海国际问题研究所\n"
        "太平洋岛国海上搜救能力建设的现状与前景\n"
        "李卫国\n"
        "一、问题的提出\n"
        "太平洋岛国海域辽阔，搜救力量却十分有限，往往需要依靠域外国家的飞机和船只。\n"
        "二、结论\n"
        "提升岛国自身的搜救能力，需要长期的培训与设备维护投入。\n"
    )
    doc = parse_text(text)
    assert doc.title == "太平洋岛国海上搜救能力建设的现状与前景"
    assert doc.authors == ["李卫国"]
    assert ("affiliation", "东海国际问题研究所") in _furniture(text)


def test_a_handling_notice_after_the_issuing_body_is_a_notice() -> None:
    assert is_handling_notice("海洋政策研究所　内部讨论稿　请勿转载")
    assert is_handling_notice("防衛政策研究室　部外秘")
    assert is_handling_notice("請勿引用或轉載")
    assert not is_handling_notice("海洋政策研究所　年度报告")
    text = (
        "海洋政策研究所　内部讨论稿　请勿转载\n"
        "南海渔业执法合作的新进展\n"
        "张海燕\n"
        "一、引言\n"
        "近年来，南海周边国家的渔业执法机构之间建立了更多的沟通渠道，合作范围也在扩大。\n"
        "第 1 页，共 2 页\n"
        "海洋政策研究所　内部讨论稿　请勿转载\n"
        "二、结论\n"
        "执法合作的深化有助于减少海上摩擦，但仍需要建立更稳定的协调机制。\n"
        "第 2 页，共 2 页\n"
    )
    doc = parse_text(text)
    assert doc.title == "南海渔业执法合作的新进展"
    assert doc.authors == ["张海燕"]
    assert "内部讨论稿" not in doc.text
    assert [(h.label, h.title) for h in doc.headings] == [("一", "引言"), ("二", "结论")]


def test_a_chinese_word_processors_tracked_changes_are_its_history() -> None:
    assert furniture_kind("已插入: 與海巡署") == "history"
    assert furniture_kind("格式化: 字型: 新細明體") == "history"
    assert furniture_kind("已移動(從): 第三段") == "history"
    assert furniture_kind("格式化的文字需要再檢查") is None  # a sentence, no balloon's `label: `


def test_a_news_agencys_name_under_a_shared_title_names_the_site() -> None:
    text = (
        "菲律賓與越南海警簽署合作備忘錄　建立熱線\n"
        "%s\n"
        "2024/03/02 10:15\n"
        "菲律賓海岸防衛隊今天表示，已與越南海警簽署合作備忘錄，雙方將建立熱線並定期交換資訊。\n"
        "雙方也同意每年舉行一次高層會談，討論海上搜救與漁業問題。\n"
    )
    for outlet in ("南洋日報", "環球通訊社", "聯合社"):
        doc = parse_text(text % outlet)
        assert doc.authors == [], outlet
        assert ("navigation", outlet) in _furniture(text % outlet)


def test_a_shared_from_app_line_may_space_the_apps_name() -> None:
    assert furniture_kind("分享自 南洋日報 App") == "share"
    assert furniture_kind("下載南洋日報 App：https://app.example/get") == "tools"


def test_a_signature_line_closes_a_statement_under_the_pages_own_date() -> None:
    assert signed_date_line("2023年11月2日于马尼拉")
    assert signed_date_line("2023年11月2日　マニラにて")
    assert signed_date_line("2 November 2023, at Manila")
    assert not signed_date_line("2023年11月2日")  # a date alone: `closing_date_line`'s
    assert closing_date_line("2023年11月2日")
    assert not signed_date_line("2023年11月2日于马尼拉举行会谈。")  # a sentence, no signature
    text = (
        "越南和菲律宾关于海上合作的联合声明\n"
        "2023-11-03 10:00\n"
        "应菲律宾总统邀请，越南国家主席于2023年11月1日至2日对菲律宾进行国事访问。\n"
        "双方同意加强海警之间的交流，并在搜救和环境保护方面开展合作。\n"
        "2023年11月2日于马尼拉\n"
    )
    doc = parse_text(text)
    assert ("dateline", "2023年11月2日于马尼拉") in _furniture(text)
    assert (doc.date, doc.date_source) == ("2023-11-03", "dateline")  # the page's own stamp dates it


def test_the_name_under_an_author_boxs_label_heads_no_section() -> None:
    text = (
        "インド洋における海洋状況把握の協力\n"
        "海洋安全保障研究所　2024年3月\n"
        "1．はじめに\n"
        "インド洋では、船舶の動静を共有する枠組みが各国の間で少しずつ広がってきた。\n"
        "2．おわりに\n"
        "情報共有の拡大には、各国の法制度の違いを埋める努力が欠かせない。\n"
        "著者紹介\n"
        "中村　直樹（なかむら・なおき）\n"
        "海洋安全保障研究所研究員。専門はインド洋の安全保障。\n"
    )
    doc = parse_text(text)
    assert [(h.label, h.title) for h in doc.headings] == [("1", "はじめに"), ("2", "おわりに")]
    found = _furniture(text)
    assert ("author-bio", "中村　直樹（なかむら・なおき）") in found
    assert ("author-bio", "海洋安全保障研究所研究員。専門はインド洋の安全保障。") in found
    # a labelled bio at a page's foot (`作者简介：…`) is no box's label: a numbered head under it stays a head
    doc = parse_text(
        "东南亚海上安全合作研究\n"
        "王小明\n"
        "作者简介：王小明，某大学国际关系学院副教授。\n"
        "一、引言\n"
        "东南亚国家的海上安全合作近年来明显增多，合作形式也更加多样。\n"
    )
    assert [(h.label, h.title) for h in doc.headings] == [("一", "引言")]
