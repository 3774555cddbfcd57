"""lay90 (fifty-ninth session, issue 12): a prompt alone on its line, one button's words asking the reader to act on
the page, is tools (`furniture.json` 'prompt', `furniture._prompt`): one grammar per script where eight expressions
had each read one site's button. Inputs written here, in other words than the dev pages."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope import parse_text


def test_prompts_alone_are_tools() -> None:
    from allyscope.layout.furniture import furniture_kind

    for line in (
        "Keep reading →",
        "Read the whole article",
        "Read the rest of the piece »",
        "Cite this report",
        "Add to Outlook calendar",
        "Add to your calendar",
        "Watch the replay",
        "Register now",
        "Register for future events",
        "Submit a manuscript",
        "Load more",
        "View more",
        "See more",
        "查看更多",
        "閱讀全文",
        "添加至日历",
        "下載APP觀看",
        "打開App內閱讀全文",
        "画像をすべて見る（12枚）",
        "動画を見る",
        "カレンダーに登録する",
        "もっと見る",
    ):
        assert furniture_kind(line) == "tools", line


def test_what_is_no_prompt() -> None:
    from allyscope.layout.furniture import furniture_kind

    for line in (
        "Read more about the harbour survey",  # a head or a link's own label: its words are no button's
        "Watch the skies",  # a headline
        "Continue",  # a verb alone
        "Reading the report",  # no imperative
        "Keep the straits open",
        "Show of force in the strait",
        "See the Annex for the full list.",  # a sentence
        "Register of treaties",
        "查看",
        "阅读",
        "写真",
        "Add to the record of the meeting the statement of the delegation",  # longer than a button's words
    ):
        assert furniture_kind(line) != "tools", line


def test_a_prompt_under_a_story_is_tools() -> None:
    text = (
        "Skip to content\n"
        "World › Europe › Shipping\n"
        "Harbour Board Weighs New Pilot Rules\n"
        "By Ana Ruiz\n"
        "June 4, 2024\n"
        "3 min read\n"
        "Share\n"
        "Email\n"
        "The harbour board met on Tuesday to weigh new rules for pilots boarding ships at night.\n"
        "Advertisement\n"
        "Members asked for a report on the costs before the next meeting in the spring.\n"
        "Keep reading\n"
        "Most read\n"
        "1 Ferry timetable changes for the winter\n"
        "2 New lighthouse keeper named for the port\n"
        "© 2024 Harbour Town Media. All rights reserved.\n"
    )
    doc = parse_text(text)
    assert "Keep reading" in [doc.span_text(s) for s in doc.spans if s.kind == "tools"]
    assert not any("Members asked" in doc.span_text(s) for s in doc.spans if s.kind != "paragraph")


@settings(max_examples=60, deadline=None)
@given(
    verb=st.sampled_from(["Continue", "keep", "READ", "Watch", "Add", "Cite", "Show"]),
    middle=st.lists(st.sampled_from(["the", "this", "full", "to", "your"]), max_size=3),
    obj=st.sampled_from(["reading", "article", "recording", "calendar", "more", "story"]),
    noun=st.sampled_from(["delegation", "harbour", "survey", "minister", "strait"]),
)
def test_a_verb_and_what_a_page_button_acts_on_are_tools(verb: str, middle: list[str], obj: str, noun: str) -> None:
    from allyscope.layout.furniture import furniture_kind

    line = " ".join([verb, *middle, obj])
    assert furniture_kind(line) == "tools", line
    assert furniture_kind(f"{line} of the {noun}") != "tools"  # a noun of the text after it: no button
    assert furniture_kind(f"{line} before the vote.") != "tools"  # a sentence


_CONSULTATION = """Skip to main content
Office for Inland Waterways
Home > Rivers and canals > Consultations
Open consultation
Moorings on the lower river: a new charging scheme
Published 14 April 2025
From: Office for Inland Waterways
We want to hear from boat owners and marinas about how visitor moorings should be charged.
This consultation runs from 9am on 14 April 2025 to 11:59pm on 26 May 2025
Consultation description
Visitor moorings on the lower river are free for the first night and charged by the week after that.
We propose a nightly charge on every visitor mooring, with the money spent on new pontoons and waste points.
Attachments
Lower river moorings: charging proposal
MS Word Document, 96.5 KB
Lower river moorings: map of visitor berths
PDF, 1.2 MB, 3 pages
Is this page useful?
Yes   No
Report a problem with this page
"""


def test_a_consultation_page_by_its_kind() -> None:
    doc = parse_text(_CONSULTATION)
    kinds = {doc.span_text(s): s.kind for s in doc.spans if s.kind not in ("paragraph", "heading")}
    assert doc.title == "Moorings on the lower river: a new charging scheme"
    assert kinds["Open consultation"] == "doctype"
    assert kinds["This consultation runs from 9am on 14 April 2025 to 11:59pm on 26 May 2025"] == "history"
    assert kinds["PDF, 1.2 MB, 3 pages"] == "download"
    assert kinds["Lower river moorings: map of visitor berths"] == "download"
    assert kinds["Is this page useful?"] == "tools"
    assert kinds["Report a problem with this page"] == "tools"
    assert [h.title for h in doc.headings][:1] == ["Consultation description"]


def test_what_no_attachment_reads() -> None:
    from allyscope.layout.furniture import _attachment_details

    assert _attachment_details().fullmatch("PDF, 412 KB, 28 pages")
    assert not _attachment_details().fullmatch("PDF, the format the registry asks for")
    assert not _attachment_details().fullmatch("HTML, CSS and scripts")
    text = (
        "Harbour Notes\n"
        "Home > Notes\n"
        "The new berths\n"
        "Published 2 May 2025\n"
        "The board opened two berths on the east quay this spring.\n"
        "The report was sent to members.\n"
        "PDF, 88 KB\n"
        "Share this page\n"
    )
    doc = parse_text(text)
    assert "The report was sent to members." not in [doc.span_text(s) for s in doc.spans if s.kind == "download"]


_NOTICE = """某某大学国际问题研究中心
首页　|　中心概况　|　学术活动　|　通知公告
当前位置：首页 > 通知公告
关于举办2025年海洋法暑期研修班的通知
发布时间：2025-04-02　　浏览次数：356
为培养海洋法领域的青年研究人员，中心定于2025年7月举办海洋法暑期研修班。现将有关事项通知如下。
一、招生对象
高校在读研究生和青年教师，名额三十人。
二、报名方式
请于2025年5月15日前将报名表发送至中心邮箱，录取结果将于6月初通知本人。
联系人：王老师　　联系电话：021-7654321
电子邮箱：summer@example.edu.cn
某某大学国际问题研究中心
2025年4月2日
附件：报名表.docx
【打印】　【关闭】
"""


def test_a_notice_signs_off_under_its_contact_rows() -> None:
    doc = parse_text(_NOTICE)
    contact = [doc.span_text(s) for s in doc.spans if s.kind == "contact"]
    assert contact == ["联系人：王老师　　联系电话：021-7654321", "电子邮箱：summer@example.edu.cn"]
    assert "2025年4月2日" not in contact and "某某大学国际问题研究中心" not in contact


def test_what_signs_off() -> None:
    from allyscope.layout.furniture import _day_alone

    assert _day_alone("2025年4月2日") and _day_alone("2 April 2025")
    assert not _day_alone("2025年4月") and not _day_alone("2025年4月2日起")
    assert not _day_alone("办公时间：2025年4月2日")
