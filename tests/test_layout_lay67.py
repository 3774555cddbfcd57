"""lay67 (thirty-sixth session): bylines and furniture where they are hard (issue 12) — a byline line that ends
with the writer's mail address, a translation's original title and original author under their labels, a
section's name printed again under the menu row that links to it, a box of writers with their posts and a
date's label alone over its date after the text, teasers with their own bylines and dates over the article, and a
box of jump links set right over the first section. Each rule is tried on text in other words than the dev
documents that showed the miss (`tests/layouts/lay67_*`, lay65's government page), with hypothesis properties where
a line is parsed."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from allyscope import parse_text
from allyscope.layout.dating import date_label_alone, document_date
from allyscope.layout.headings import heading_shape

_KEPT = {"title", "author", "abstract", "keywords", "keyword", "paragraph"}


def _furniture(raw: str) -> list[tuple[str, str]]:
    doc = parse_text(raw)
    return [(s.kind, doc.span_text(s)) for s in doc.spans if s.kind not in _KEPT]


# ---- a byline line ending with the writer's mail address ----


def test_an_english_byline_with_a_post_and_a_mail_field_after_a_bar() -> None:
    raw = (
        "Chile's Navy Looks Across the Pacific\n"
        "By Camila Rojas, Research Fellow | camila.rojas@example.cl\n"
        "12 March 2025\n"
        "Chile's navy has widened its exercises with partners across the Pacific over the past decade.\n"
        "Its ships now train every year with the navies of Canada and New Zealand.\n"
    )
    doc = parse_text(raw)
    assert doc.authors == ["Camila Rojas"]
    assert ("contact", "camila.rojas@example.cl") in _furniture(raw)
    assert ("affiliation", "Research Fellow") in _furniture(raw)


def test_a_japanese_byline_with_two_bodies_and_a_labelled_mail_address() -> None:
    raw = (
        "モンゴルと日本の防衛交流の現状\n"
        "著者：佐藤 花子（北海大学法学部；海洋政策研究所）　メール：hanako.sato@example.jp\n"
        "2025年2月3日\n"
        "モンゴルと日本は近年、防衛当局間の対話と部隊間の交流を着実に広げてきた。\n"
        "両国は国連平和維持活動の訓練でも協力している。\n"
    )
    doc = parse_text(raw)
    assert doc.authors == ["佐藤 花子"]
    assert ("contact", "メール：hanako.sato@example.jp") in _furniture(raw)


def test_a_handle_after_a_byline_is_no_mail_field() -> None:
    raw = (
        "Poland's New Frigates\n"
        "By Piotr Nowak | Follow him on X @pnowak_writes\n"
        "Poland ordered three frigates for its navy in 2021, the first of a new design.\n"
        "The first ship was launched two years later at a shipyard on the Baltic coast.\n"
    )
    assert not any(kind == "contact" for kind, _ in _furniture(raw))


_LOCAL = st.from_regex(r"[a-z]{2,8}(?:\.[a-z]{2,8})?", fullmatch=True)
_DOMAIN = st.from_regex(r"[a-z]{3,10}\.example\.(?:org|cn|tw)", fullmatch=True)


@given(_LOCAL, _DOMAIN, st.sampled_from(["电子邮箱：", "電子郵件：", "Email: ", ""]))
def test_any_mail_address_after_a_labelled_byline_is_the_contact_and_leaves_the_name(
    local: str, domain: str, label: str
) -> None:
    address = f"{label}{local}@{domain}"
    raw = (
        "越南海警与印尼海事安全机构的合作\n"
        f"作者：刘晓东（某大学国际关系学院；某研究院）  {address}\n"
        "2025年4月9日\n"
        "越南与印度尼西亚的海上执法机构近年来多次举行会谈，并就渔业执法交换了意见。\n"
        "双方同意建立定期沟通机制。\n"
    )
    doc = parse_text(raw)
    assert doc.authors == ["刘晓东"]
    assert ("contact", address) in _furniture(raw)


# ---- a translation's original title and author ----


def test_a_zh_hant_translation_names_its_original_title_and_author_under_labels() -> None:
    raw = (
        "國際評論網\n"
        "首頁 | 譯文 | 專欄 | 關於我們\n"
        "譯文\n"
        "加拿大為何加強北極巡邏\n"
        "原文標題：Why Canada Is Stepping Up Its Arctic Patrols\n"
        "原作者：Daniel Fraser（某大學國際事務學院研究員）\n"
        "譯者：張怡文\n"
        "2024年10月2日\n"
        "加拿大政府近年來增加了北極海域的巡邏次數，並計劃採購新的巡邏艦。\n"
        "這些措施旨在因應北極航道船隻增多帶來的挑戰。\n"
    )
    doc = parse_text(raw)
    assert doc.title == "加拿大為何加強北極巡邏"
    assert doc.authors == ["Daniel Fraser"]
    found = _furniture(raw)
    assert ("doctype", "譯文") in found
    assert ("translated-title", "原文標題：Why Canada Is Stepping Up Its Arctic Patrols") in found


def test_a_japanese_original_title_line_is_no_title() -> None:
    raw = (
        "ポーランドの国防費はなぜ増えたのか\n"
        "原題：Why Poland Spends More on Defence\n"
        "原著者：Anna Kowalska\n"
        "翻訳：山本健\n"
        "2024年11月5日\n"
        "ポーランドは国内総生産に占める国防費の割合を、北大西洋条約機構の目標を大きく上回る水準に引き上げた。\n"
        "その背景には隣国をめぐる安全保障環境の変化がある。\n"
    )
    doc = parse_text(raw)
    assert doc.title == "ポーランドの国防費はなぜ増えたのか"
    assert doc.authors == ["Anna Kowalska"]


# ---- a box of writers with posts and a date's label alone over its date, after the text ----


def test_a_closing_box_names_the_writers_with_their_posts_and_the_published_date() -> None:
    raw = (
        "Kenya and Canada Train Peacekeepers Together\n"
        "Canadian instructors have trained Kenyan officers for peacekeeping missions for several years.\n"
        "The courses now include the protection of civilians and the handling of explosive devices.\n"
        "Both governments want the programme to continue after the current agreement ends.\n"
        "AUTHORS\n"
        "Grace Wanjiru\n"
        "Associate Fellow, Africa Programme\n"
        "Liam Tremblay\n"
        "Research Analyst, Peace Operations Unit\n"
        "DATE\n"
        "4 February 2025\n"
    )
    doc = parse_text(raw)
    assert doc.authors == ["Grace Wanjiru", "Liam Tremblay"]
    assert (doc.date, doc.date_source) == ("2025-02-04", "published")
    found = _furniture(raw)
    assert ("affiliation", "Research Analyst, Peace Operations Unit") in found
    assert ("dateline", "4 February 2025") in found


def test_a_closing_label_over_names_one_a_line_with_posts_in_brackets_still_reads_names() -> None:
    raw = (
        "蒙古国参与联合国维和行动的经验\n"
        "蒙古国自2002年起向联合国维和行动派遣人员，规模逐年扩大。\n"
        "其维和部队曾在多个任务区执行警卫和巡逻任务。\n"
        "撰稿：\n"
        "周明远（研究员）\n"
        "钱思雨（助理研究员）\n"
    )
    assert parse_text(raw).authors == ["周明远", "钱思雨"]


_MONTHS = ["January", "March", "April", "June", "August", "October", "December"]


@given(
    st.integers(1, 28), st.sampled_from(_MONTHS), st.integers(2000, 2030), st.sampled_from(["Published", "PUBLISHED"])
)
def test_a_date_label_alone_over_its_date_gives_the_source(day: int, month: str, year: int, label: str) -> None:
    assert date_label_alone(label) == "Published"
    dated = document_date([label, f"{day} {month} {year}"], [])
    assert dated is not None and dated[1] == "published" and dated[0].startswith(str(year))


def test_a_date_alone_without_a_label_stays_a_dateline() -> None:
    assert document_date(["Some Title", "4 February 2025"], []) == ("2025-02-04", "dateline")
    assert date_label_alone("Publishing houses") is None


# ---- a date alone is no numbered heading ----


@given(st.integers(1, 28), st.sampled_from(_MONTHS), st.integers(1990, 2030))
def test_a_day_month_year_line_is_no_numbered_heading(day: int, month: str, year: int) -> None:
    assert heading_shape(f"{day} {month} {year}") is None


def test_a_numbered_head_naming_a_month_is_still_a_heading() -> None:
    assert heading_shape("2 March talks and after") is not None
    assert heading_shape("1 Introduction") is not None


# ---- teasers with their own bylines and dates over the article ----


def test_teasers_over_the_article_are_a_related_list_and_the_article_keeps_its_byline() -> None:
    raw = (
        "海洋時報\n"
        "首頁　國際　評論　專題　訂閱\n"
        "最新文章\n"
        "智利海軍接收新型巡邏艦\n"
        "文／王志強\n"
        "2024-09-20\n"
        "波蘭擴建波羅的海海軍基地\n"
        "文／李佳蓉\n"
        "2024-09-18\n"
        "評論\n"
        "加拿大與日本簽署安全資訊保護協定\n"
        "文／陳建宏\n"
        "2024-07-19\n"
        "加拿大與日本於2024年7月在東京簽署協定，規範雙方交換機密資訊時的保護方式。\n"
        "兩國官員表示，協定將有助於深化防衛合作。\n"
    )
    doc = parse_text(raw)
    assert doc.title == "加拿大與日本簽署安全資訊保護協定"
    assert doc.authors == ["陳建宏"]
    assert (doc.date, doc.date_source) == ("2024-07-19", "dateline")
    found = _furniture(raw)
    assert ("related", "文／王志強") in found and ("related", "2024-09-18") in found


def test_one_headline_byline_and_date_alone_is_the_article_not_a_teaser() -> None:
    raw = (
        "Harbour Weekly\n"
        "News   Analysis   Opinion   Podcasts\n"
        "Mongolia hosts its yearly peacekeeping exercise\n"
        "By Bat-Erdene Dorj\n"
        "14 June 2024\n"
        "Troops from more than twenty countries gathered near Ulaanbaatar for the annual exercise.\n"
        "The drills focused on protecting civilians and securing supply routes.\n"
    )
    doc = parse_text(raw)
    assert doc.title == "Mongolia hosts its yearly peacekeeping exercise"
    assert doc.authors == ["Bat-Erdene Dorj"]
    assert not any(kind == "related" for kind, _ in _furniture(raw))


# ---- a box of jump links set right over the first section ----


def test_a_jump_box_right_over_the_first_section_is_navigation_and_its_entries_heads() -> None:
    raw = (
        "跳至主要内容\n"
        "首页 > 国别和地区 > 智利 > 中智海洋合作\n"
        "中智海洋合作\n"
        "本页内容\n"
        "科研合作\n"
        "港口建设\n"
        "科研合作\n"
        "两国海洋研究机构多年来在南太平洋开展联合考察。\n"
        "港口建设\n"
        "双方企业参与了智利多个港口的扩建项目。\n"
    )
    doc = parse_text(raw)
    assert [h.title for h in doc.headings] == ["科研合作", "港口建设"]
    found = _furniture(raw)
    assert ("navigation", "本页内容") in found and ("navigation", "科研合作") in found


def test_a_jump_box_over_a_paragraph_of_the_text_is_left_as_it_is() -> None:
    raw = (
        "Skip to main content\n"
        "Home > Countries > Peru > Peru–Canada defence ties\n"
        "Peru–Canada defence ties\n"
        "On this page\n"
        "Training\n"
        "Equipment\n"
        "Canada and Peru have cooperated on defence matters for many years.\n"
        "Training\n"
        "Peruvian officers attend staff courses in Canada every year.\n"
        "Equipment\n"
        "The two countries have discussed the sale of surplus equipment.\n"
    )
    found = _furniture(raw)
    assert ("navigation", "Training") not in found


_HEAD_WORDS = ["Background", "Training", "Equipment", "Exercises", "Visits", "Funding", "Outlook", "Partners"]


@given(st.lists(st.sampled_from(_HEAD_WORDS), min_size=2, max_size=4, unique=True))
def test_every_jump_box_set_over_its_sections_gives_their_heads(entries: list[str]) -> None:
    sections = "".join(f"{e}\nThe two navies worked on {e.lower()} during the year under review.\n" for e in entries)
    raw = (
        "Skip to main content\n"
        "Home > Countries > Mongolia > Mongolia–Canada defence ties\n"
        "Mongolia–Canada defence ties\n"
        "In this article\n" + "".join(f"{e}\n" for e in entries) + sections
    )
    doc = parse_text(raw)
    assert [h.title for h in doc.headings] == entries
    assert ("navigation", "In this article") in _furniture(raw)


@given(st.integers(1, 3))
def test_any_number_of_teasers_over_the_article_leaves_the_article_its_front(teasers: int) -> None:
    blocks = "".join(
        f"Coast guard news item number {n} from the region this week\nBy Ana Costa\n{n + 2} May 2024\n"
        for n in range(1, teasers + 1)
    )
    raw = (
        "The Harbour Desk\n"
        "News   Analysis   Opinion   Podcasts\n"
        "Latest\n" + blocks + "Singapore and Peru agree to share maritime data\n"
        "By Luis Paredes\n"
        "10 April 2024\n"
        "Singapore and Peru agreed to exchange data on shipping in their waters, officials said on Wednesday.\n"
        "The arrangement will start with a pilot project later this year.\n"
    )
    doc = parse_text(raw)
    assert doc.title == "Singapore and Peru agree to share maritime data"
    assert doc.authors == ["Luis Paredes"]
    assert (doc.date, doc.date_source) == ("2024-04-10", "dateline")
