"""lay84b (fifty-third session): a header a word processor prints over every page, read by what it says (the lead's
convention of this session). A status label (`仮訳`, `Provisional translation`, `草案`, `機密性2`: the state the copy is
in; `pages.json` 'status_labels', beside the handling 'notices') is furniture on every print, the first page's too;
an issuer's or a series' name (`外交部新聞稿`, `國防安全研究院　國防安全即時評析`) keeps its first print as front matter
(a doctype or a journal line) and only its later prints are furniture. The repeated-masthead pass
(`page_furniture.mark_page_furniture`) and `confirm_running_headers` ask the same question (`front_print`). Tested on
headers in other words than the two Word exports that showed the miss, in four scripts, with traps: a status label,
an issuer's name before a status label, a journal's issue line (dropped on every print, as the dev golds written
before the convention read it), a body's name alone, a sentence. Then lay83's parked fan page post, in other words
(zh-Hant and en): the poster's name over a stamp closing on an audience mark is navigation (furniture.json
'audience_marks'), a first paragraph holding a finished sentence and more words is no title, a bare count under the
hashtags is a counter, no tag, the like and comment buttons in a row beside a share button are tools
(furniture.json 'reaction_row'), and the page's name printed again over a comment and its stamp is a commenter's,
neither a running head nor a section's head."""

from __future__ import annotations

from helpers import assert_offsets_valid
from hypothesis import given
from hypothesis import strategies as st

from allyscope import parse_text
from allyscope.layout.page_furniture import front_print, is_status_label


def _spans(doc: object) -> list[tuple[str, str]]:
    return [(s.kind, doc.span_text(s)) for s in doc.spans]  # type: ignore[attr-defined]


def _export(header: str, pages: list[list[str]], foot: str = "第 {n} 頁，共 {total} 頁") -> str:
    """A word processor's export: `header` over every page, the page's lines, a numbered foot."""
    out: list[str] = []
    for n, page in enumerate(pages, start=1):
        out += [header, *page, foot.format(n=n, total=len(pages))]
    return "\n".join(out) + "\n"


_ZHT_RELEASE = [
    [
        "發布單位：國際合作處",
        "發布日期：2025年3月6日",
        "臺紐海洋保育合作工作會議在威靈頓召開",
        "臺紐海洋保育合作工作會議於本（3）月5日在威靈頓召開，雙方就海洋保護區管理及海洋廢棄物監測交換經驗。",
        "雙方同意擴大研究人員交流，並共同規劃明年的聯合調查航次。",
    ],
    [
        "會議期間，雙方並參訪當地海洋研究機構，瞭解其長期監測計畫。",
        "海洋委員會表示，將持續深化與紐西蘭在海洋事務上的合作。",
        "（完）",
    ],
]

_JA_COMMENTARY = [
    [
        "太平洋島嶼国の海上監視能力をどう支えるか",
        "佐藤 美咲（主任研究員）",
        "2025年2月10日",
        "太平洋島嶼国の多くは、広大な排他的経済水域を少数の巡視船で監視している。",
        "各国の支援は機材の供与に偏りがちであり、運用と整備の人材育成が課題として残されている。",
    ],
    [
        "今後は、衛星情報の共有と訓練を組み合わせた支援が求められる。",
        "そのためには、支援国の間で役割を分担する枠組みが必要である。",
    ],
]


# --- the question both passes ask (`front_print`, `is_status_label`) ------------------------------------------


def test_an_issuers_or_series_header_names_its_front_kind() -> None:
    assert front_print("海洋委員會新聞稿") == "doctype"
    assert front_print("国家海洋局新闻稿") == "doctype"
    assert front_print("Media Release") == "doctype"
    assert front_print("海洋政策研究院　海洋安全評論") == "journal"
    assert front_print("東アジア戦略研究所　戦略コメンタリー") == "journal"
    assert front_print("南方海洋研究中心\t海洋战略简评") == "journal"


def test_traps_status_labels_issue_lines_and_bare_bodies_name_no_front_kind() -> None:
    for label in ("仮訳", "暫定訳", "Provisional translation", "Unofficial translation", "草案", "Draft", "機密性2"):
        assert is_status_label(label), label
        assert front_print(label) is None, label
    assert is_status_label("內部參考") and is_status_label("For official use only")
    assert front_print("海洋政策研究院　徵求意見稿") is None  # an issuer's name before a status label: a notice
    assert front_print("海洋战略评论　2023年第2期") is None  # a journal's issue line (dev golds drop every print)
    assert front_print("防衛装備庁") is None  # a body's name alone
    assert front_print("海洋政策研究院　海洋安全評論。") is None  # a sentence
    assert front_print("第十二届东亚海洋安全学术研讨会论文集") is None  # a proceedings' name: no issuer's word


def test_a_status_label_is_never_matched_inside_a_longer_line() -> None:
    assert not is_status_label("仮訳の作成に当たっては原文を参照した。")
    assert not is_status_label("The draft resolution was adopted by consensus.")
    assert not is_status_label("草案審議の経過")


# --- parsed: the first print kept, the later ones dropped --------------------------------------------------------


def test_a_release_header_keeps_its_first_print_as_the_doctype() -> None:
    doc = parse_text(_export("海洋委員會新聞稿", _ZHT_RELEASE))
    assert_offsets_valid(doc)
    assert ("doctype", "海洋委員會新聞稿") in _spans(doc)
    assert doc.text.count("海洋委員會新聞稿") == 1
    assert doc.title == "臺紐海洋保育合作工作會議在威靈頓召開"
    assert "第 2 頁" not in doc.text


def test_a_series_header_keeps_its_first_print_as_the_journal_line() -> None:
    doc = parse_text(_export("東アジア戦略研究所　戦略コメンタリー", _JA_COMMENTARY, "- {n} -"))
    assert_offsets_valid(doc)
    assert ("journal", "東アジア戦略研究所　戦略コメンタリー") in _spans(doc)
    assert doc.text.count("戦略コメンタリー") == 1
    assert doc.title == "太平洋島嶼国の海上監視能力をどう支えるか"


def test_traps_a_status_label_or_an_issue_line_is_dropped_on_every_print() -> None:
    for header in ("暫定訳", "海洋政策研究院　內部討論稿"):
        doc = parse_text(_export(header, _JA_COMMENTARY, "- {n} -"))
        assert header not in doc.text, header
        assert doc.title == "太平洋島嶼国の海上監視能力をどう支えるか", header
    doc = parse_text(_export("Provisional translation", _ZHT_RELEASE, "Page {n} of {total}"))
    assert "Provisional translation" not in doc.text
    doc = parse_text(_export("海洋战略评论　2023年第2期", _JA_COMMENTARY, "· {n} ·"))
    assert "海洋战略评论" not in doc.text


_SERIES_WORD = st.text(alphabet="海洋政策安全戰略區域合作防衛評論觀察", min_size=2, max_size=6)


@given(_SERIES_WORD, st.sampled_from(["研究院", "研究所", "基金會", "中心"]), st.sampled_from(["評析", "評論", "觀察"]))
def test_property_an_issuer_before_its_series_is_printed_once_in_the_text(word: str, body: str, kind: str) -> None:
    header = f"{word}{body}　{word}{kind}"
    doc = parse_text(_export(header, _ZHT_RELEASE))
    assert_offsets_valid(doc)
    assert doc.text.count(header) == 1
    assert ("journal", header) in _spans(doc)


@given(st.text(max_size=40))
def test_property_a_front_print_is_never_a_status_label(text: str) -> None:
    kind = front_print(text)
    assert kind in (None, "doctype", "journal")
    if kind is not None:
        assert not is_status_label(text)


# --- a fan page's post as copied (lay83's parked document, in other words) -------------------------------------

_FAN_POST = """海巡觀察站
5天 · 🌎
上週的「海上聯合搜救演練」在澎湖外海舉行，三個國家的海巡船艦一起參加。這次演練有兩個重點：
一、首次由無人機負責搜索落水人員。
二、各國通信頻道事先統一。
#海巡 #搜救演練 #澎湖
2,031
88則留言
45次分享
讚
留言
分享
最相關
張志明
無人機搜索真的快很多！
4 天
讚
回覆
海巡觀察站
謝謝大家的支持，下次演練也會分享現場照片
3 天
讚
回覆
查看更多留言
"""

_EN_POST = """Harbour Watch Collective
2d · 🌍
{lead}
1. Drones searched for people in the water for the first time.
2. The services agreed on one radio channel beforehand.
#coastguard #searchandrescue
512
37 comments
12 shares
Like
Comment
Share
Most relevant
Maria Santos
The drones made a real difference
1d
Like
Reply
""".format(
    lead="The joint search-and-rescue drill off Penghu ended on Friday, with ships from three coast guards taking part."
    " Two things stood out this year:"
)


def test_a_fan_pages_post_reads_its_page_stamp_counts_and_buttons() -> None:
    doc = parse_text(_FAN_POST)
    assert_offsets_valid(doc)
    spans = _spans(doc)
    assert spans[:2] == [("navigation", "海巡觀察站"), ("dateline", "5天 · 🌎")]
    assert doc.title == ""  # the post prints no title: its first paragraph is text
    assert ("tools", "2,031") in spans and ("tags", "2,031") not in spans
    assert [kind for kind, text in spans if text in ("讚", "留言", "分享")][:3] == ["tools", "tools", "share"]
    assert "張志明" in doc.text and doc.headings == ()
    # the page answering under its own post: a commenter's name, in the text, no running head nor section head
    assert spans.count(("paragraph", "海巡觀察站")) == 1 and "謝謝大家的支持" in doc.text


def test_an_english_post_reads_its_buttons_alike() -> None:
    spans = _spans(parse_text(_EN_POST))
    assert spans[0] == ("navigation", "Harbour Watch Collective")
    assert [kind for kind, text in spans if text in ("Like", "Comment", "Share")][:3] == ["tools", "tools", "share"]
    assert ("tools", "512") in spans


def test_traps_a_stamp_without_an_audience_mark_a_bar_without_a_share_button_a_title() -> None:
    # a short line over an age with no audience mark: the page's title, no poster's name
    doc = parse_text("海巡觀察站\n3小時前\n上週的「海上聯合搜救演練」在澎湖外海舉行，三個國家的海巡船艦一起參加。\n")
    assert doc.title == "海巡觀察站"
    # a WeChat bar's like and wow buttons with no share button among them: left as the word lists read them
    doc = parse_text(
        "海上合作的新阶段\n今年，两国海警在南海举行了首次联合演练，双方都派出了巡逻船。\n阅读原文\n点赞\n在看\n"
    )
    assert ("share", "点赞") in _spans(doc) and doc.title == "海上合作的新阶段"
    # a title with a comma and no finished sentence stays the title over its stamp
    doc = parse_text(
        "海巡觀察站\n5天 · 🌎\n菲美聯合演習登場，規模創下新高\n\n兩國約一萬六千名官兵參加，演習為期三週。\n"
    )
    assert doc.title == "菲美聯合演習登場，規模創下新高"


@given(st.integers(min_value=1, max_value=999_999))
def test_property_a_bare_count_under_hashtags_is_never_a_tag(count: int) -> None:
    printed = f"{count:,}"
    doc = parse_text(_FAN_POST.replace("2,031", printed))
    assert_offsets_valid(doc)
    assert ("tags", printed) not in _spans(doc)


# --- a podcast's episode page (lay78's parked document, in other words) ------------------------------------------

_EPISODE_PAGE = """Home / Podcasts / Harbour Lines
Harbour Lines
Episode 47: Why coast guards train together
March 3, 2025 · 41 min
Listen on Spotify | Apple Podcasts | RSS
Show notes
Two coast guard officers explain why joint boarding drills have become routine in the Sulu Sea.
Transcript
Maria Reyes (00:00): Welcome to Harbour Lines. Today I am joined by Tom Baker.
Tom Baker (00:09): Glad to be here.
This transcript was generated automatically and may contain errors.
Share this episode
Related episodes
Episode 46: The long road to a code of conduct
Episode 45: Satellites over the shipping lanes
© 2025 Harbour Lines. All rights reserved.
"""


def test_an_episode_page_reads_its_series_title_labels_and_notice() -> None:
    doc = parse_text(_EPISODE_PAGE)
    assert_offsets_valid(doc)
    spans = _spans(doc)
    assert ("journal", "Harbour Lines") in spans
    assert doc.title == "Episode 47: Why coast guards train together" and doc.authors == []
    assert [h.title for h in doc.headings] == ["Show notes", "Transcript"]
    assert ("tools", "Listen on Spotify | Apple Podcasts | RSS") in spans
    assert ("disclaimer", "This transcript was generated automatically and may contain errors.") in spans
    assert ("share", "Share this episode") in spans
    assert ("related", "Related episodes") in spans and (
        "related",
        "Episode 45: Satellites over the shipping lanes",
    ) in spans
    assert "Tom Baker (00:09): Glad to be here." in doc.text


def test_traps_no_episode_line_no_series_and_a_sentence_about_listening_stays_text() -> None:
    doc = parse_text(_EPISODE_PAGE.replace("Episode 47: Why", "Why"))
    assert ("journal", "Harbour Lines") not in _spans(doc)  # a short line over a plain title: no series' name read
    doc = parse_text(
        "Coast Guards Widen Their Drills\nMarch 3, 2025\nListen on the radio tonight for the minister's reply.\n"
        "The drills will continue through the spring, officials said.\n"
    )
    assert "Listen on the radio tonight" in doc.text
    assert not any(kind == "tools" for kind, _ in _spans(doc))


def test_traps_transcript_over_a_title_is_a_kicker_no_head() -> None:
    # `Transcript` over a press conference's title (its kind, as a defence ministry's page prints it): no head, and
    # the title stays the title; over a timed turn it heads the turns
    doc = parse_text(
        "Ministry of Defence\nTranscript\nJoint Press Conference with the Defence Ministers of Two Countries\n"
        "March 3, 2025\nMINISTER: Good afternoon. We met today to review our cooperation at sea.\n"
    )
    assert doc.headings == ()
    doc = parse_text(_EPISODE_PAGE.replace("Maria Reyes (00:00):", "Maria Reyes:"))
    assert [h.title for h in doc.headings] == ["Show notes"]
