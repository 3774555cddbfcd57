"""lay48 (twenty-fourth session): layouts — web furniture read by its shape (a site's name over a menu row, a
menu printed at the top and the bottom, counter rows, a box of headlines between paragraphs) and note systems
across page turns (a note continued under the next page's rule, a chapter's notes restarting at the foot of the
page where the last chapter's notes end, a title printed again as the running head). Each rule on text in other
words than the corpus documents that showed the miss (`tests/layouts/l48_*`)."""

from __future__ import annotations

from helpers import assert_copied_pieces_match_raw, assert_offsets_valid
from helpers import furniture_rows as _furniture
from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope import parse_text
from allyscope.layout.dating import is_dateline
from allyscope.layout.edge_blocks import counts_row, icon_row
from allyscope.model import Document

_SENTENCES = (
    "The two coast guards agreed on Monday to share the positions of fishing vessels they track at sea.",
    "Officials said the first exchange of data would take place before the end of the monsoon season.",
    "Both sides described the arrangement as a step towards a broader agreement on search and rescue.",
    "A joint working group will review the exchange after six months and report to both ministries.",
)


def _valid(doc: Document) -> None:
    assert_offsets_valid(doc)
    assert_copied_pieces_match_raw(doc)


def test_a_sites_name_over_a_menu_of_one_word_links_is_navigation_not_the_title() -> None:
    """`Northbridge Security Review` (longer than a menu item) over `Home   Papers   Briefings …` (one word an
    item, parted by wide spaces): the site's name and its menu; the headline under them is the title."""
    raw = "\n".join(
        [
            "Northbridge Security Review",
            "Home   Papers   Briefings ▾   Team   Contact",
            "Fishing fleets test the limits of maritime law",
            "By Omar Haddad",
            *_SENTENCES,
        ]
    )
    doc = parse_text(raw + "\n")
    _valid(doc)
    assert doc.title == "Fishing fleets test the limits of maritime law"
    assert ["navigation", "Northbridge Security Review"] in _furniture(doc)
    assert ["navigation", "Home   Papers   Briefings ▾   Team   Contact"] in _furniture(doc)


def test_a_short_title_over_a_row_of_two_word_names_keeps_the_names() -> None:
    """A short title over writers' names parted by wide spaces (two words each, printed once): no menu."""
    raw = "\n".join(["Harbour talks", "Maria Costa   John Reyes   Ana Lima   Paul Kim", *_SENTENCES])
    doc = parse_text(raw + "\n")
    _valid(doc)
    assert not any("Maria Costa" in text for _, text in _furniture(doc))


def test_a_menu_printed_over_the_title_and_again_at_the_end_is_navigation_at_both() -> None:
    """A site's name over a row of CJK links no word list names, the row printed again under the text: the page's
    menu (a byline of names is printed once)."""
    row = "港口　航线　船队　档案　联系"
    raw = "\n".join(
        [
            "东海航运观察",
            row,
            "两国海事部门商定共享渔船位置信息",
            "两国海事部门周一商定，将共享各自跟踪的渔船位置信息。",
            "官员表示，首次数据交换将于今年雨季结束前进行。",
            "双方认为，这一安排是迈向更广泛搜救合作协议的一步。",
            row,
        ]
    )
    doc = parse_text(raw + "\n")
    _valid(doc)
    assert doc.title == "两国海事部门商定共享渔船位置信息"
    assert _furniture(doc).count(["navigation", row]) == 2


@given(
    st.lists(
        st.tuples(st.sampled_from(["❤", "👍", "Likes", "Shares", "收藏", "转发", "Saves"]), st.integers(0, 99999)),
        min_size=2,
        max_size=5,
    ),
    st.sampled_from(["   ", "　　", " · ", " | "]),
)
@settings(max_examples=60)
def test_a_row_of_counts_beside_icons_or_words_is_a_counter_row(items: list[tuple[str, int]], gap: str) -> None:
    """`❤ 12   👍 3`, `收藏 31　　转发 4`, `Likes 12 · Shares 3`: items of a count parted from its icon or word."""
    row = gap.join(f"{word} {count}" for word, count in items)
    if not any(f"{c}".startswith(("19", "20")) and len(f"{c}") >= 4 for _, c in items):  # no year-like count
        assert counts_row(row)


@given(
    st.lists(st.sampled_from(["林志明", "黃雅婷", "Ana Lima", "大型巡視船", "Vol.", "No."]), min_size=2, max_size=4),
    st.integers(1, 9),
)
@settings(max_examples=40)
def test_keyed_names_units_and_abbreviations_are_no_counter_row(words: list[str], key: int) -> None:
    """`林志明1　黃雅婷2` (keyed names), `62隻` (a unit glued to its number), `Vol. 14` (an issue's field)."""
    glued = "　".join(f"{w}{key}" for w in words if not w.endswith("."))
    if glued:
        assert not counts_row(glued)
    assert not counts_row("　".join(f"{key}{k}隻" for k in range(len(words))))
    assert not counts_row("   ".join(f"{w} {key}" for w in ("Vol.", "No.")))


def test_a_counter_row_under_the_text_is_tools_and_one_between_its_sentences_is_text() -> None:
    row = "❤ 120   💬 14   🔁 9"
    raw = "\n".join(["Harbour Notes", "Home | Reports | About", "Tug crews train together", *_SENTENCES, row])
    doc = parse_text(raw + "\n")
    _valid(doc)
    assert ["tools", row] in _furniture(doc)
    inside = "\n".join(["Tug crews train together", *_SENTENCES[:2], row, *_SENTENCES[2:]])
    doc = parse_text(inside + "\n")
    assert not any(text == row for _, text in _furniture(doc))


def test_a_box_of_headlines_between_paragraphs_of_a_page_is_a_related_list() -> None:
    """A short label no list names (`Editors' choice`) over three headlines (no stop, sentence case) between two
    sentences of a page with a menu: a related list; the text goes on under it."""
    box = [
        "Editors' choice",
        "Why island states lease their coast guard boats",
        "What the new patrol schedule means for fishers",
        "A short history of joint boarding agreements",
    ]
    raw = "\n".join(
        ["Harbour Notes", "Home | Reports | About", "Tug crews train together", *_SENTENCES[:2], *box, *_SENTENCES[2:]]
    )
    doc = parse_text(raw + "\n")
    _valid(doc)
    assert [["related", line] for line in box] == [f for f in _furniture(doc) if f[0] == "related"]
    assert all(s in doc.text for s in _SENTENCES)


def test_a_head_over_a_paragraph_or_a_page_without_edges_keeps_its_lines() -> None:
    """A short head over a sentence is a heading; the same box on a text with no page edges is the text's."""
    box = [
        "Lessons drawn",
        "Why island states lease their coast guard boats",
        "What the new patrol schedule means for fishers",
        "A short history of joint boarding agreements",
    ]
    doc = parse_text("\n".join(["Tug crews train together", *_SENTENCES[:2], *box, *_SENTENCES[2:]]) + "\n")
    assert not any(kind == "related" for kind, _ in _furniture(doc))
    headed = ["Harbour Notes", "Home | Reports | About", "Tug crews train together", *_SENTENCES[:2]]
    doc = parse_text("\n".join([*headed, "Lessons drawn", *_SENTENCES[2:]]) + "\n")
    assert not any(kind == "related" for kind, _ in _furniture(doc))


_EN_PAGES = """Ports and Power on the Swahili Coast
Amina Yusuf
March 2024
Introduction
Kenya and Tanzania agreed in 2023 to coordinate patrols against piracy and smuggling along their shared coast.1
The agreement built on a memorandum first drafted by the two navies several years earlier.2
__________
1 The text of the agreement was not published, but both ministries described its main points in statements
- 1 -
\fPorts and Power on the Swahili Coast
The first joint patrol sailed from Mombasa a month after the signing.3
__________
issued on the day it was signed.
2 Interview with a naval officer, Dar es Salaam, 2023.
3 Port authority notice, 2023.
- 2 -
"""


def test_a_note_cut_at_the_page_end_goes_on_under_the_next_pages_rule() -> None:
    """The line standing between the next page's rule and its first note ends the cut note; the title printed
    again over the second page stays the title (it stands over a name)."""
    doc = parse_text(_EN_PAGES)
    _valid(doc)
    assert doc.title == "Ports and Power on the Swahili Coast"
    assert doc.authors == ["Amina Yusuf"]
    texts = [doc.note_text(f) for f in doc.footnotes]
    assert texts[0].endswith("in statements issued on the day it was signed.")
    assert "issued on the day it was signed." not in doc.text
    assert [f.number for f in doc.footnotes] == [1, 2, 3]


def test_a_line_under_the_rule_after_a_finished_note_stays_out_of_it() -> None:
    """The note before the page turn ended its sentence: the line under the next rule is not its end."""
    raw = _EN_PAGES.replace("in statements\n", "in statements.\n")
    doc = parse_text(raw)
    assert doc.note_text(doc.footnotes[0]).endswith("in statements.")


_ZH_PAGES = """海峡巡航合作的两个阶段
林晓雯
2024年5月
第一章　试点阶段
两国海警于2022年开始在共同关心的海域进行协调巡航¹。首次巡航共派出四艘船只²。
────────
¹ 海警局年度报告，2023年。
² 同上，第12页。
— 1 —
\f海峡巡航合作的两个阶段
试点阶段结束时，双方签署了会议纪要³。
第二章　常态化阶段
此后巡航改为每季度一次¹，并增加了联合搜救科目²。
────────
³ 会议纪要全文未公开。
¹ 参见第一章。
² 海警局新闻稿，2024年3月。
— 2 —
"""


def test_markers_of_a_chapter_restarting_mid_page_cite_the_second_block_of_that_foot() -> None:
    """Page two's foot holds chapter one's last note (`³`) then chapter two's notes numbered from one: the
    chapter-two markers cite them, not nothing."""
    doc = parse_text(_ZH_PAGES)
    _valid(doc)
    assert doc.title == "海峡巡航合作的两个阶段"
    by_id = {f.id: (f.block, f.number) for f in doc.footnotes}
    links = [[by_id[i] for i in m.footnotes] for m in doc.markers]
    assert links == [[(0, 1)], [(0, 2)], [(1, 3)], [(2, 1)], [(2, 2)]]


def test_icons_letters_in_a_row_outside_the_text_are_share_buttons() -> None:
    """`f   𝕏   in   ✉` under the date: the buttons' icons copied as letters; the same shape never between
    sentences of the text."""
    row = "f   𝕏   in   ✉"
    raw = "\n".join(["Harbour Notes", "Home | Reports | About", "Tug crews train together", row, *_SENTENCES])
    doc = parse_text(raw + "\n")
    _valid(doc)
    assert ["share", row] in _furniture(doc)
    assert icon_row("f   t   ✉") and not icon_row("1   2   3") and not icon_row("大　中　小")


def test_a_spaced_row_between_two_footer_lines_is_navigation_but_names_under_the_text_stay() -> None:
    """`会社概要　採用情報　お問い合わせ` between the page's repeated menu and its copyright line: a footer's row; a row
    of three names right under the text's last sentence is no footer."""
    menu = "港口　航线　船队　档案　联系"
    footer = "关于本站　招聘信息　隐私政策"
    body = [
        "东海航运观察",
        menu,
        "两国海事部门商定共享渔船位置信息",
        "两国海事部门周一商定，将共享各自跟踪的渔船位置信息。",
    ]
    doc = parse_text(
        "\n".join([*body, "官员表示，首次数据交换将于今年雨季结束前进行。", menu, footer, "© 2024 东海航运观察"]) + "\n"
    )
    _valid(doc)
    assert ["navigation", footer] in _furniture(doc)
    names = "王立新　陈海燕　刘志强"
    doc = parse_text("\n".join([*body, "官员表示，首次数据交换将于今年雨季结束前进行。", names]) + "\n")
    assert not any(text == names for _, text in _furniture(doc))


def test_a_date_beside_the_pages_counters_is_its_dateline() -> None:
    """`2024-05-12　　閱讀 2,310` under the title: the page's date with its counters, which dates the page; a date
    opening a sentence of the text is none."""
    assert is_dateline("2024-05-12　　閱讀 2,310") and is_dateline("3 June 2024 · 👁 87")
    assert is_dateline("2024年6月3日　　阅读 4万　　评论 9")
    assert not is_dateline("2024年6月3日，两国海警签署合作备忘录。")
    raw = "\n".join(
        [
            "两国海警签署合作备忘录",
            "2024-06-03　　阅读 2,310",
            "两国海警3日签署合作备忘录，将定期交换执法信息。",
            "双方还将举行联合演练。",
        ]
    )
    doc = parse_text(raw + "\n")
    assert doc.date == "2024-06-03"
