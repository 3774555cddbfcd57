"""lay76 (forty-fifth session): kinds of document the dev layout set held least (`tests/layouts/lay76_*`): a law
review (page heads in citation form, a doctype line and a starred author over the title, the author's note over
the numbered notes at a page's foot), a Chinese law journal (a head joining the author and the title at a page
turn), a Markdown copy of a newsletter (`##` headlines, link definitions `[1]: https://…`, a valediction over the
writer's first name, a subscription notice naming the list), a zh-Hant blog (its reply form's head), and lay75's
parked encyclopedia copy (a lead restating the title, an infobox's rows parted by a label). Each rule on text in
other words than the documents that showed the miss (other states, other years), with traps (lines that look
alike and must not change) and property tests where a line is parsed."""

from __future__ import annotations

from helpers import assert_offsets_valid
from helpers import outside_front_and_body as _furniture
from hypothesis import given
from hypothesis import strategies as st

from allyscope import parse_text
from allyscope.layout.edge_blocks import _named_by_lead
from allyscope.layout.page_furniture import is_citation_head
from allyscope.layout.running_heads import _joined

# --- a law review's page heads in citation form (pages.json 'citation_heads') ---------------------------------


def test_law_review_heads_in_citation_form() -> None:
    assert is_citation_head("88 ASIA-PACIFIC LAW QUARTERLY [Vol. 12:71")
    assert is_citation_head("2019] COAST GUARD TREATIES IN SOUTHEAST ASIA 89")
    assert is_citation_head("402 Harbour Law Review [vol. 7: 389]")
    # traps: prose opening with a number, a year in brackets inside a sentence, a citation in a note
    assert not is_citation_head("88 ships took part in the exercise, the largest since 2019.")
    assert not is_citation_head("The agreement [2019] entered into force in 89 days")
    assert not is_citation_head("12 Id. at 45.")
    assert not is_citation_head("2019 was the year the talks resumed 89")


@given(st.text(alphabet="abcdefghij ,.;", min_size=1, max_size=60), st.integers(1, 999))
def test_prose_after_a_number_is_no_citation_head(words: str, page: int) -> None:
    """Property: a number, then words with no volume and first page closing them, is never a head."""
    assert not is_citation_head(f"{page} {words}")


_LAW_REVIEW = (
    "ESSAY\n"
    "MARITIME BOUNDARIES AFTER ARBITRATION: HOW COASTAL STATES READ AWARDS THEY DID NOT WIN IN THE END\n"
    "Daniel Reyes Okonjo*\n"
    "INTRODUCTION\n"
    "Arbitral awards on maritime boundaries bind the parties, yet states have found many ways to live with\n"
    "awards they disliked.1 This Essay traces three such cases and asks what they share with one another and\n"
    "what they teach about the limits of compulsory settlement.2\n"
    "I. THE BAY OF BENGAL\n"
    "Bangladesh and Myanmar accepted the tribunal's line in 2012 and moved quickly to license blocks on their\n"
    "* Lecturer in Law, Eastern Harbour University.\n"
    "1 See generally the awards collected by the Permanent Court of Arbitration.\n"
    "2 Id.\n"
    "52 HARBOUR JOURNAL OF INTERNATIONAL LAW [Vol. 9:49\n"
    "sides of it.3 The two navies have since met on the line without incident.\n"
    "II. LESSONS\n"
    "An award that both sides can present at home as a partial success is the one most likely to be carried out.4\n"
    "3 Id. at 112.\n"
    "4 See supra note 1.\n"
    "2021] BOUNDARIES AFTER ARBITRATION 53\n"
)


def test_a_law_reviews_front_heads_and_notes() -> None:
    doc = parse_text(_LAW_REVIEW)
    assert doc.title.startswith("MARITIME BOUNDARIES AFTER ARBITRATION")
    assert doc.authors == ["Daniel Reyes Okonjo"]
    assert ("doctype", "ESSAY") in _furniture(doc)
    assert "[Vol. 9:49" not in doc.text and "ARBITRATION 53" not in doc.text
    assert "sides of it." in doc.text
    assert [f.page for f in doc.footnotes] == [1, 1, 1, 2, 2]
    assert set(dict(doc.meta)["note_placements"]) == {"page-bottom"}
    assert_offsets_valid(doc)


def test_a_heading_under_a_short_title_is_no_keyed_name() -> None:
    """Trap: a name with no key under a long title (a heading's capitalised words could be one) changes nothing,
    and `ARTICLE` alone in a sentence's place stays text."""
    doc = parse_text(_LAW_REVIEW.replace("Daniel Reyes Okonjo*\n", "Key Findings\n"))
    assert "Key Findings" not in doc.authors


# --- a head joining the author and the title at a page turn (running_heads._joined) ---------------------------


def test_joined_author_and_title() -> None:
    front = {"海上搜救合作的国际法基础", "李青云", "（南方大学法学院，广州　510000）"}
    assert _joined("李青云：海上搜救合作的国际法基础", front)
    assert _joined("李青云 海上搜救合作的国际法基础", front)
    # traps: a speaker's turn saying something else, the title alone, a name and a shortened title
    assert not _joined("李青云：我认为合作仍有空间", front)
    assert not _joined("海上搜救合作的国际法基础", front)
    assert not _joined("李青云：海上搜救合作", front)


@given(st.text(alphabet="海上合作法律研究的国际与区域", min_size=1, max_size=20))
def test_joined_needs_the_whole_title(rest: str) -> None:
    """Property: the author, a colon and anything but the title word for word is no head."""
    front = {"海上搜救合作的国际法基础", "李青云"}
    assert _joined("李青云：" + rest, front) == (rest == "海上搜救合作的国际法基础")


_ZH_JOURNAL = (
    "海上搜救合作的国际法基础\n"
    "李青云\n"
    "（南方大学法学院，广州　510000）\n"
    "摘要：本文梳理南海周边国家在海上搜救领域的合作实践，讨论其国际法依据。\n"
    "关键词：海上搜救；国际合作；国际法\n"
    "一、引言\n"
    "1979年《国际海上搜寻救助公约》要求缔约国划定搜救责任区并相互协作。①各国的实践并不一致。\n"
    "①该公约于1985年生效。\n"
    "·12·\n"
    "李青云：海上搜救合作的国际法基础\n"
    "二、区域实践\n"
    "东盟国家近年多次举行联合搜救演练，①但尚未建立常设的协调机构。\n"
    "①参见东盟地区论坛相关文件。\n"
    "·13·\n"
)


def test_a_head_of_author_and_title_leaves_the_text() -> None:
    doc = parse_text(_ZH_JOURNAL)
    assert "李青云：海上搜救合作" not in doc.text
    assert doc.authors == ["李青云"]
    assert [h.title for h in doc.headings] == ["引言", "区域实践"]


def test_a_speakers_turn_in_the_body_stays_text() -> None:
    """Trap: the author's name and a colon opening a line of text that says something else stays text."""
    doc = parse_text(_ZH_JOURNAL.replace("李青云：海上搜救合作的国际法基础\n", "李青云：合作需要常设机构。\n"))
    assert "李青云：合作需要常设机构。" in doc.text


# --- a Markdown newsletter: ## headlines, link definitions, the valediction, the subscription notice -----------

_MARKDOWN_NEWSLETTER = (
    "# Two coast guards, one hotline\n"
    "\n"
    "Strait Letter, issue 7 · 5 April 2024\n"
    "\n"
    "By Lena Marsh\n"
    "\n"
    "Hi all,\n"
    "\n"
    "One story this week, and a short note on what comes next.\n"
    "\n"
    "## Manila and Hanoi open a coast guard hotline\n"
    "\n"
    "The coast guards of the Philippines and Vietnam agreed in January to set up a hotline between their "
    "command centres, according to the [joint statement][1] issued after the state visit.\n"
    "\n"
    "> The hotline is small, but it is the first of its kind between the two services.\n"
    "\n"
    "## What comes next\n"
    "\n"
    "Both services plan a joint search and rescue drill later this year; the [programme][2] is not yet public.\n"
    "\n"
    "Best wishes,\n"
    "Lena\n"
    "\n"
    "---\n"
    "\n"
    "You are receiving Strait Letter because you signed up on our website.\n"
    "\n"
    "[1]: https://straitletter.example/links/hotline-statement\n"
    "[2]: https://straitletter.example/links/drill-programme\n"
)


def test_a_markdown_newsletter() -> None:
    doc = parse_text(_MARKDOWN_NEWSLETTER)
    assert [(h.level, h.title) for h in doc.headings] == [
        (1, "Manila and Hanoi open a coast guard hotline"),
        (1, "What comes next"),
    ]
    assert [doc.note_text(f) for f in doc.footnotes] == [
        "https://straitletter.example/links/hotline-statement",
        "https://straitletter.example/links/drill-programme",
    ]
    furniture = _furniture(doc)
    assert ("disclaimer", "You are receiving Strait Letter because you signed up on our website.") in furniture
    assert not any(kind == "author-bio" for kind, _ in furniture)  # `Lena` under `Best wishes,` signs the letter
    assert "Lena" in doc.text
    assert_offsets_valid(doc)


def test_a_bracket_note_without_a_colon_reads_as_before() -> None:
    """Trap: `[1] …` note lines with no colon keep their text whole."""
    doc = parse_text(_MARKDOWN_NEWSLETTER.replace("[1]: https", "[1] https").replace("[2]: https", "[2] https"))
    assert doc.note_text(doc.footnotes[0]) == "https://straitletter.example/links/hotline-statement"


def test_a_receiving_sentence_in_the_text_stays_text() -> None:
    """Trap: a sentence about receiving something, no subscription, stays text."""
    text = _MARKDOWN_NEWSLETTER.replace(
        "One story this week, and a short note on what comes next.",
        "You are receiving this week's issue a day late because of a holiday in Manila.",
    )
    doc = parse_text(text)
    assert "You are receiving this week's issue a day late" in doc.text


@given(st.sampled_from(["Cheers,", "Until next week,", "Warm regards,", "Thanks for reading,"]))
def test_a_name_under_a_valediction_is_text(valediction: str) -> None:
    """Property: whatever the closing words, the first name under them stays in the text, no writer's card."""
    doc = parse_text(_MARKDOWN_NEWSLETTER.replace("Best wishes,", valediction))
    assert "Lena" in doc.text
    assert not any(kind == "author-bio" for kind, _ in _furniture(doc))
    assert_offsets_valid(doc)


# --- a zh-Hant blog's reply form ---------------------------------------------------------------------------------

_BLOG = (
    "東海岸觀測站\n"
    "首頁｜文章｜關於\n"
    "越南海警新船下水，東南亞海警合作的下一步\n"
    "發表於 2024年2月3日　作者：林子瑜\n"
    "越南海警在2024年初接收新造的巡邏船，船上配備直升機甲板，可支援長時間的遠洋巡邏任務。\n"
    "這類船隻也讓越南更有能力參加區域內的聯合搜救演練，與周邊國家的海警建立更穩定的聯繫。\n"
    "標籤：越南、海警、巡邏船\n"
    "2 則留言\n"
    "小杰 2024年2月4日 10:20\n"
    "期待後續的演練報導。\n"
    "回覆\n"
    "發表迴響\n"
)


def test_a_reply_forms_head_is_tools() -> None:
    assert ("tools", "發表迴響") in _furniture(parse_text(_BLOG))
    assert ("tools", "发表回应") in _furniture(parse_text(_BLOG.replace("發表迴響", "发表回应")))


def test_a_sentence_about_replying_stays_text() -> None:
    """Trap: a sentence saying readers may post a reply is text."""
    doc = parse_text(_BLOG.replace("發表迴響\n", "歡迎讀者在下方發表迴響，分享你的看法。\n"))
    assert "歡迎讀者在下方發表迴響" in doc.text


# --- an encyclopedia copy: a lead restating the title, an infobox's rows ----------------------------------------


def test_named_by_lead() -> None:
    assert _named_by_lead("日本與越南關係", "日本與越南關係是指日本國與越南社會主義共和國之間的雙邊關係。")
    assert _named_by_lead("Vietnam–Philippines relations", "Vietnam–Philippines relations are the ties between …")
    # traps: a menu word opening a sentence, a short line the lead does not go on from, a name glued to a word
    assert not _named_by_lead("首頁", "首頁改版後的第一篇文章。")
    assert not _named_by_lead("Vietnam", "Vietnamese fishermen reported the incident.")
    assert not _named_by_lead("日本與越南關係", "日本與越南關係")


@given(st.text(alphabet="日本越南關係與之間的合作", min_size=4, max_size=12), st.text(alphabet="是指兩國", max_size=8))
def test_named_by_lead_needs_the_leads_opening(title: str, rest: str) -> None:
    """Property: the title is named by a lead exactly when the lead opens with it and goes on."""
    lead = "關於" + title + rest
    assert not _named_by_lead(title, lead) or lead.startswith(title)


_WIKI = (
    "日本與越南關係\n"
    "維基百科，自由的百科全書\n"
    "日越關係\n"
    "日本\t越南\n"
    "外交代表\n"
    "駐越南日本大使館\t駐日本越南大使館\n"
    "日本與越南關係是指日本國與越南社會主義共和國之間的雙邊關係。兩國於1973年建立外交關係。[1]\n"
    "歷史\n"
    "2009年，兩國建立面向亞洲和平與繁榮的戰略夥伴關係。[2]\n"
    "參考文獻\n"
    "^ 外務省. 日越關係. [2024-01-10].\n"
    "^ 日越共同聲明. 2009-04-20.\n"
)


def test_an_encyclopedia_copy_with_an_infobox() -> None:
    doc = parse_text(_WIKI)
    assert doc.title == "日本與越南關係"
    assert doc.authors == []
    assert len(doc.footnotes) == 2
    assert_offsets_valid(doc)


def test_a_sites_menu_over_a_title_the_lead_restates_stays_navigation() -> None:
    """Trap: a site's menu of short lines over a title its first sentence restates is still the site's menu."""
    text = (
        "國際新聞\n兩岸關係\n評論專欄\n影音專區\n關於我們\n"
        "越南海警接收新船\n"
        "越南海警接收新船的消息在本週公布，新船將投入南部海域的巡邏與搜救任務。\n"
        "官員表示，新船也會參加明年與鄰國海警的聯合演練。\n"
    )
    doc = parse_text(text)
    assert doc.title == "越南海警接收新船"
    assert ("navigation", "評論專欄") in _furniture(doc)
