"""lay62 (thirty-first session): page furniture and titles on documents never seen (issue 12) — a lone bracketed
section label over a newsletter, items parted by rules or by section labels, the kind of paper and an issuing
service over an issue line, an encyclopedia page's tab rows and last-edited line, sign-up buttons, a briefing's
disclaimer; and a transcript's stage notes left out of the extraction (`Document.stage_notes`). Each rule is tried
on text in other words than the dev documents that showed the miss (`tests/layouts/lay62_*`)."""

from __future__ import annotations

import pytest

import allyscope
from allyscope import parse_text
from allyscope.layout.dating import is_issue_line
from allyscope.layout.furniture import furniture_kind


def _kinds(doc: allyscope.Document) -> list[tuple[str, str]]:
    return [(s.kind, doc.span_text(s)) for s in doc.spans if s.kind != "paragraph"]


@pytest.mark.parametrize(
    ("label", "title", "rest"),
    [
        (
            "【週刊安保ダイジェスト】",
            "南シナ海をめぐる最近の動き",
            "2025年2月3日\n各国の沿岸警備隊は先週、合同の会合を開いた。会合では情報共有の手順が話し合われた。",
        ),
        ("【每周观察】", "中亚国家的安全合作", "2024年5月6日\n上周，中亚五国国防部长在阿斯塔纳举行会晤。"),
        ("【國防週報】", "南太平洋島國的海巡合作", "2023年11月2日\n多個島國的海巡單位上月在蘇瓦舉行年度會議。"),
    ],
)
def test_a_lone_bracketed_label_over_a_title_is_its_kicker_never_the_title(label: str, title: str, rest: str) -> None:
    doc = parse_text(f"{label}\n{title}\n{rest}\n")
    assert doc.title == title
    assert ("doctype", label) in _kinds(doc)


def test_a_bracketed_byline_or_tool_row_is_no_kicker() -> None:
    doc = parse_text("北極海の航路をめぐる協議\n【オスロ＝中村花子】\n北欧の各国は先週、航路について協議した。\n")
    assert doc.title == "北極海の航路をめぐる協議"
    assert ("doctype", "【オスロ＝中村花子】") not in _kinds(doc)
    assert furniture_kind("【字号　大　中　小】") == "tools"
    # a bracketed phrase ending with a particle says more than a kicker names (`【…から】`, `【…の】`): no doctype
    doc = parse_text(
        "【特派員の手帳から】\n北極海の航路をめぐる協議\n2024年5月2日\n北欧の各国は先週、航路について協議した。\n"
    )
    assert ("doctype", "【特派員の手帳から】") not in _kinds(doc)


_RULED = """【港湾研究会メールマガジン】
━━━━━━━━━━━━━━━━━━━━
北の海だより
第31号（2025年3月7日）
━━━━━━━━━━━━━━━━━━━━
チリとペルーの海軍が捜索救難訓練
両国の海軍は先週、アリカ沖で捜索救難の訓練を行った。双方の艦艇と航空機が参加した。
━━━━━━━━━━━━━━━━━━━━
バルパライソで士官候補生が交流
四十人の候補生が三日間、練習船で共に過ごした。
━━━━━━━━━━━━━━━━━━━━
配信停止：https://mail.example.jp/stop
"""


def test_a_mailed_newsletters_items_parted_by_rules_are_its_headings() -> None:
    doc = parse_text(_RULED)
    assert doc.title == "北の海だより"
    assert [(h.level, h.label, h.title) for h in doc.headings] == [
        (1, "", "チリとペルーの海軍が捜索救難訓練"),
        (1, "", "バルパライソで士官候補生が交流"),
    ]
    assert doc.authors == []


def test_one_line_after_a_rule_heads_no_item() -> None:
    # a single short line under a rule with text under it: nothing says the issue is made of items
    text = _RULED.split("━━━━━━━━━━━━━━━━━━━━\nバルパライソ")[0] + "━━━━━━━━━━━━━━━━━━━━\n以上\n"
    doc = parse_text(text)
    assert not any(h.title == "チリとペルーの海軍が捜索救難訓練" for h in doc.headings)


def test_section_labels_part_a_newsletters_items_and_head_none() -> None:
    doc = parse_text(
        "海事通讯\n第9期　2025年1月\n【要闻】\n印尼与马来西亚举行联合巡逻\n"
        "两国海军上月在马六甲海峡举行联合巡逻，为期一周。\n"
        "【动态】\n越南海警访问马尼拉\n越南海警代表团本月访问马尼拉，与菲方商讨合作事宜。\n"
    )
    assert doc.title == "海事通讯"
    assert [h.title for h in doc.headings] == ["印尼与马来西亚举行联合巡逻", "越南海警访问马尼拉"]


@pytest.mark.parametrize(
    ("line", "issue"),
    [
        ("Number 2023/08, 4 May 2023", True),
        ("Number 15 | June 2022", True),
        ("Number 7", True),
        ("Number 10 Downing Street said on Friday that the talks would go on.", False),
        ("Number of ships taking part: 12", False),
    ],
)
def test_a_series_number_line_is_an_issue_line(line: str, issue: bool) -> None:
    assert is_issue_line(line) is issue


def test_kind_of_paper_and_issuing_service_over_the_issue_line() -> None:
    doc = parse_text(
        "Congressional Library Service\nResearch Briefing\nNumber 2023/08, 4 May 2023\n"
        "The navies of Chile and Peru and their exercises at sea\n\nSummary\n"
        "This briefing describes how the two navies have trained together since 2010.\n"
        "1 Search and rescue\nThe first drill was held off Arica in 2010.\n"
    )
    assert doc.title == "The navies of Chile and Peru and their exercises at sea"
    assert ("affiliation", "Congressional Library Service") in _kinds(doc)
    assert ("doctype", "Research Briefing") in _kinds(doc)
    assert (doc.date, doc.date_source) == ("2023-05-04", "issue")
    doc = parse_text(
        "ポリシー・ブリーフ\n2023年6月号\n北欧の海底ケーブル防護\n佐藤健\n各国は海底ケーブルの防護を強めている。\n"
    )
    assert doc.title == "北欧の海底ケーブル防護"
    assert ("doctype", "ポリシー・ブリーフ") in _kinds(doc)


def test_furniture_lines_by_form() -> None:
    assert furniture_kind("条目　讨论") == "tools"
    assert furniture_kind("阅读　编辑　查看历史") == "tools"
    assert furniture_kind("讨论这个问题的人很多") is None
    assert furniture_kind("立即報名") == "tools"
    assert furniture_kind("お申し込みはこちら") == "tools"
    assert furniture_kind("報名人數已經超過兩百人。") is None
    assert furniture_kind("收藏　点赞　转发") == "share"
    assert furniture_kind("（編集部）") == "credit"
    assert furniture_kind("このメールマガジンは会員の皆様にお送りしています。") == "disclaimer"
    assert (
        furniture_kind("This paper was prepared for members of the Assembly. It does not represent party views.")
        == "disclaimer"
    )
    assert furniture_kind("This paper was prepared for the talks in Lima by officials of both navies.") is None


def test_an_encyclopedia_pages_tabs_and_title() -> None:
    doc = parse_text(
        "条目　讨论\n阅读　编辑　查看历史\n智秘海军合作\n维基百科，自由的百科全书\n"
        "智利与秘鲁海军自2010年起定期举行联合搜救演练。\n本页面最后修订于2023年5月1日 (星期一) 08:00。\n"
    )
    assert doc.title == "智秘海军合作"
    assert ("tools", "条目　讨论") in _kinds(doc)
    # the last edit of an encyclopedia page does not date it: its chronology's yearless days are anchored on the
    # dates before them, not on the day someone last edited the page
    assert doc.date is None


_TRANSCRIPT = """Joint Press Conference by the Foreign Ministers of Chile and Peru

MODERATOR: Good afternoon, and welcome.

MINISTER VALENZUELA: Thank you. Chile and Peru signed a fisheries agreement on 12 March 2021. (Laughter) We
meet again today.

Q: Will the navies train together?

MINISTER GONZALES: Yes. (Applause)

(Chile and Peru signed a memorandum on maritime search and rescue on 4 May 2023 at the close of the conference.)
"""


def test_extraction_skips_a_transcripts_stage_notes() -> None:
    doc = allyscope.extract(_TRANSCRIPT)
    notes = [(s.start, s.end) for s in doc.stage_notes]
    assert len(notes) == 3  # `(Laughter)`, `(Applause)` and the closing paragraph in brackets
    dates = {e.date for e in doc.events}
    assert "2021-03-12" in dates  # the speech around `(Laughter)` is read
    assert "2023-05-04" not in dates  # what no one says states no event
    for event in doc.events:
        assert not any(a <= event.evidence.start < b for a, b in notes)
    assert not any(m.dates_event and any(a <= m.start < b for a, b in notes) for m in doc.dates)
