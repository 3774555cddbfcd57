"""lay70 (thirty-ninth session): shapes the dev layout set lacked (`tests/layouts/lay70_*`): a CJK page of two
columns side by side over short notes under a label, a note under a figure's caption, a photo credit after a
half-width equals sign, a social post embedded in a live page, an encyclopedia page's hatnotes and editor's tags,
and a parliament's written answer in Chinese. Each rule on text in other words than the documents that showed the
miss (other states, other scripts, other labels), with property tests where a line is parsed."""

from __future__ import annotations

from helpers import assert_offsets_valid
from hypothesis import given
from hypothesis import strategies as st

from allyscope import parse_text
from allyscope.layout.lines import ends_sentence
from allyscope.model import Document

_KEPT = {"title", "author", "abstract", "keywords", "keyword", "paragraph"}


def _furniture(doc: Document) -> list[tuple[str, str]]:
    return [(s.kind, doc.span_text(s)) for s in doc.spans if s.kind not in _KEPT]


# -- two CJK columns over a page's notes --------------------------------------------------------------------------


def _columns(left: list[str], right: list[str], width: int = 20, gutter: int = 5) -> str:
    rows = []
    for i in range(max(len(left), len(right))):
        a = left[i] if i < len(left) else ""
        b = right[i] if i < len(right) else ""
        rows.append((a.ljust(width + gutter) + b).rstrip() if b else a)
    return "\n".join(rows)


_LEFT = [
    "一、引言",
    "越南与印度尼西亚于2022年",
    "签署专属经济区划界协定，结束",
    "了两国长达十余年的谈判[1]。",
    "协定生效后，两国渔业执法部",
    "门开始定期交换巡逻信息。",
]
_RIGHT = [
    "协定的签署也为两国在南海",
    "的海上合作提供了新的基础。",
    "二、合作的前景",
    "两国海警机构已商定每年举",
    "行一次工作会谈[2]，并计划",
    "开展联合搜救演练。",
]


def test_two_cjk_columns_end_above_the_notes_label_under_them() -> None:
    """A zh page of two columns over `注释` and two notes shorter than a column (the document was ja, `脚注`):
    the notes stay notes, the right column is read after the left one and before the notes, nothing crashes."""
    text = (
        "越南与印度尼西亚的海洋划界合作\n"
        + _columns(_LEFT, _RIGHT)
        + "\n注释\n[1] 越南外交部公告，2022年12月。\n[2] 两国海警会谈纪要。\n— 1 —\n"
    )
    doc = parse_text(text)
    assert_offsets_valid(doc)
    assert [doc.note_text(f) for f in doc.footnotes] == ["越南外交部公告，2022年12月。", "两国海警会谈纪要。"]
    left_end = doc.text.index("门开始定期交换巡逻信息。")
    right_start = doc.text.index("协定的签署也为两国")
    assert left_end < right_start
    assert "越南外交部公告" not in doc.text[:right_start]


def test_a_reference_list_going_on_in_the_right_column_stays_with_the_columns() -> None:
    """The trap: a list whose label stands in the left column and whose entries go on in the right column (`[4]`
    beside the left column's end) is the columns' own; the left column's entries come before the right one's."""
    left = [
        "Ports shared their radar pictures",
        "with every partner in the pilot,",
        "and the partners kept all of them",
        "for the length of the pilot.",
        "Conclusion",
        "Sharing works when each port keeps",
        "control of what it sends.",
        "References",
        "[1] A. Okafor, Radar pictures, 2021.",
        "[2] B. Lind, Port data, 2022.",
        "[3] C. Moreau, Pilots, 2023.",
    ]
    right = [
        "[4] D. Haines, Coastal watch, 2020.",
        "[5] E. Sato, Harbour links, 2019.",
        "[6] F. Kaur, Pooling tracks, 2024.",
        "[7] G. Brandt, Shared seas, 2018.",
    ]
    text = "Sharing Radar Pictures Between Ports\n" + _columns(left, right, width=38) + "\n"
    doc = parse_text(text)
    assert_offsets_valid(doc)
    entries = [doc.text.index(f"[{n}] ") for n in range(1, 8)]
    assert entries == sorted(entries)  # the left column's entries, then the right column's
    assert doc.text.index("control of what it sends.") < entries[0]


# -- a note under a figure's caption ------------------------------------------------------------------------------


def test_a_note_under_a_numbered_figure_caption_is_the_captions() -> None:
    """`Note:` right under `Figure 2: …` qualifies the figure, whatever it says (en, where the document was zh)."""
    text = (
        "Patrol Zones in the Gulf of Thailand\n"
        "The two navies agreed to patrol the overlapping area together from 2019.\n"
        "Figure 2: Patrol sectors agreed in 2019\n"
        "Note: Boundaries shown are approximate and carry no legal weight.\n"
        "Each navy sends one vessel to the shared sector every month.\n"
    )
    doc = parse_text(text)
    assert_offsets_valid(doc)
    assert ("caption", "Note: Boundaries shown are approximate and carry no legal weight.") in _furniture(doc)
    assert "Each navy sends one vessel" in doc.text


def test_a_note_line_under_a_paragraph_stays_text() -> None:
    """The trap: the same note line under a sentence of the text, no caption over it, is no caption."""
    text = (
        "Patrol Zones in the Gulf of Thailand\n"
        "The two navies agreed to patrol the overlapping area together from 2019.\n"
        "Note: Boundaries shown are approximate and carry no legal weight.\n"
        "Each navy sends one vessel to the shared sector every month.\n"
    )
    doc = parse_text(text)
    assert not any(kind == "caption" for kind, _ in _furniture(doc))


# -- a photo credit after a half-width equals sign ----------------------------------------------------------------


def test_a_photo_credit_after_a_half_width_equals_sign_closes_a_caption() -> None:
    """`…（3日、ハノイで）=EPA`: the day, the place and the agency after `=`, as after `＝`."""
    text = (
        "越印首脳が会談　海洋協力を確認\n"
        "2024年8月2日 7時05分\n"
        "ベトナムとインドの首脳は1日、ニューデリーで会談した。\n"
        "会談に臨む両国首脳（1日、ニューデリーで）=EPA\n"
        "両首脳は海洋安全保障での協力を確認した。\n"
        "この記事をシェアする\n"
    )
    doc = parse_text(text)
    assert ("caption", "会談に臨む両国首脳（1日、ニューデリーで）=EPA") in _furniture(doc)


# -- a social post embedded in a page -----------------------------------------------------------------------------


_POST = (
    "Skip Instagram post by Royal Thai Navy\n"
    "Royal Thai Navy\n"
    "@royalthainavy_official\n"
    "Our frigate has joined the search for the missing fishing boat off Phuket.\n"
    "3:15 PM · Mar 2, 2025\n"
    "End of Instagram post by Royal Thai Navy\n"
)


def test_an_embedded_post_is_framed_credited_and_stamped_and_its_words_stay_text() -> None:
    """An Instagram post between a live page's paragraphs (the document embedded an X post from another state):
    the skip and end links are navigation, the name and handle credits, the stamp a dateline; the page keeps the
    date its own label gives, not the post's."""
    text = (
        "Search for missing fishing boat widens\n"
        "By Tom Aldridge\n"
        "Published 9:10 a.m. ICT, March 3, 2025\n"
        "Thailand and Malaysia widened the search for a missing boat on Monday.\n" + _POST + "Malaysian patrol "
        "aircraft flew over the area twice during the night, officials in Kuala Lumpur said.\n"
    )
    doc = parse_text(text)
    assert_offsets_valid(doc)
    furniture = _furniture(doc)
    assert ("navigation", "Skip Instagram post by Royal Thai Navy") in furniture
    assert ("navigation", "End of Instagram post by Royal Thai Navy") in furniture
    assert ("credit", "Royal Thai Navy") in furniture
    assert ("credit", "@royalthainavy_official") in furniture
    assert ("dateline", "3:15 PM · Mar 2, 2025") in furniture
    assert "Our frigate has joined the search" in doc.text
    assert doc.date == "2025-03-03"


def test_a_sentence_over_a_handle_stays_text() -> None:
    """The trap: a sentence right over a handle (a bio naming its account) is text, only the handle a credit."""
    text = (
        "Coast guards meet in Jakarta\n"
        "The heads of six coast guards met in Jakarta on Tuesday to discuss search and rescue.\n"
        "Follow the agency for updates.\n"
        "@bakamla_ri\n"
    )
    doc = parse_text(text)
    assert "Follow the agency for updates." in doc.text
    assert ("credit", "Follow the agency for updates.") not in _furniture(doc)


# -- an encyclopedia page's hatnotes and editor's tags ------------------------------------------------------------


def test_hatnotes_are_navigation_and_a_head_over_a_see_also_line_is_read() -> None:
    """`This article is about …` over the lead, `See also: …` under a head, a `[citation needed]` tag closing the
    paragraph over that head (other states than the document's)."""
    text = (
        "Indonesia–Japan relations\n"
        "From Wikipedia, the free encyclopedia\n"
        "This article is about the bilateral relations. For the trade agreement, see Indonesia–Japan EPA.\n"
        "Indonesia–Japan relations are the relations between Indonesia and Japan.[1]\n"
        "Trade\n"
        "Japan is one of the largest investors in Indonesia.[citation needed]\n"
        "Maritime cooperation\n"
        "See also: Bakamla\n"
        "The two coast guards signed a memorandum on cooperation in 2015.[2]\n"
        "References\n"
        "1. ^ Ministry page. Retrieved 2 May 2024.\n"
        "2. ^ Coast guard press release, 2015.\n"
    )
    doc = parse_text(text)
    assert_offsets_valid(doc)
    furniture = _furniture(doc)
    assert (
        "navigation",
        "This article is about the bilateral relations. For the trade agreement, see Indonesia–Japan EPA.",
    ) in furniture
    assert [h.title for h in doc.headings] == ["Trade", "Maritime cooperation"]
    assert doc.authors == []


@given(
    st.sampled_from(
        [
            "[citation needed]",
            "[clarification needed]",
            "[要出典]",
            "[來源請求]",
            "[when?]",
            "[citation needed, May 2024]",
        ]
    ),
    st.sampled_from(["。", ".", "！", "?"]),
)
def test_an_editors_tag_after_a_stop_leaves_the_sentence_ended(tag: str, stop: str) -> None:
    assert ends_sentence(f"The survey found it{stop}{tag}")
    assert not ends_sentence(f"The survey found it{tag}")  # no stop before the tag: the sentence goes on


def test_the_title_printed_again_under_it_ends_the_front() -> None:
    """An infobox headed by the page's name: its short lines (`Norway`, `Japan`) are no writers."""
    text = (
        "Japan–Norway relations\n"
        "Japan–Norway relations\n"
        "Japan\n"
        "Norway\n"
        "Japan–Norway relations are the relations between Japan and the Kingdom of Norway.\n"
        "The two states established relations in 1905.\n"
    )
    doc = parse_text(text)
    assert doc.title == "Japan–Norway relations"
    assert doc.authors == []


# -- a parliament's written answer --------------------------------------------------------------------------------


def test_a_written_answer_in_simplified_chinese_reads_its_fields() -> None:
    """zh-Hans labels (the document was zh-Hant): doctype, the asking member, the number, the answering body, the
    reply's date; the question and answer stay text."""
    text = (
        "书面质询答复\n"
        "关于越南与菲律宾海警合作的询问\n"
        "质询委员：王建国\n"
        "质询编号：第1024号\n"
        "答复单位：外交部\n"
        "答复日期：2024年9月3日\n"
        "质询：请说明越南与菲律宾海警合作的进展。\n"
        "答复：两国海警于2024年8月举行了首次联合演练。\n"
    )
    doc = parse_text(text)
    assert_offsets_valid(doc)
    assert doc.title == "关于越南与菲律宾海警合作的询问"
    assert doc.authors == ["王建国"]
    furniture = _furniture(doc)
    assert ("doctype", "书面质询答复") in furniture
    assert ("identifier", "质询编号：第1024号") in furniture
    assert ("credit", "答复单位：外交部") in furniture
    assert doc.date == "2024-09-03"
    assert "答复：两国海警于2024年8月举行了首次联合演练。" in doc.text


# -- property: the new lines mixed into a page never crash and keep every span inside the text ---------------------


_PIECES = [
    "Skip X post by Harbour Authority",
    "Harbour Authority",
    "@harbour_auth",
    "10:02 AM · Jun 4, 2024",
    "End of X post by Harbour Authority",
    "Figure 1: Sectors",
    "Note: approximate.",
    "注释",
    "[1] 同上。",
    '"Harbour" redirects here. For the film, see Harbour (film).',
    "See also: Ports",
    "The ferry sailed at dawn.[citation needed]",
    "会談する両首脳（4日、東京で）=AP",
    "答復日期：中華民國113年5月10日",
    "越南与印度尼西亚于2022年     协定的签署也为两国在南海",
    "The ministry said the talks would resume in the autumn.",
    "",
]


@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=14))
def test_pages_mixing_the_new_lines_parse_with_valid_spans(pieces: list[str]) -> None:
    doc = parse_text("\n".join(pieces) + "\n")
    assert_offsets_valid(doc)
