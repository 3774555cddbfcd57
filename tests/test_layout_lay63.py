"""lay63 (thirty-second session): front matter, heads and furniture of pages not yet read (issue 12) — an
encyclopedia copy's heads with their edit links glued on (`Background[edit]`, `経緯[編集]`), its contents box
(numbered entries with no page numbers) and a navigation box's one row; heads numbered with hyphens (`2-1　…`); a
numbered head whose words end the title; writers parted by semicolons with posts holding commas; a web head of two
clauses parted by a comma; a few words of the furniture lists. Each rule is tried on text in other words than the
dev documents that showed the miss (`tests/layouts/lay63_*`)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import allyscope
from allyscope import parse_text
from allyscope.layout.edit_links import edit_link_at, split_edit_links
from allyscope.layout.furniture import FURNITURE, furniture_kind
from allyscope.layout.lines import split_lines


def _kinds(doc: allyscope.Document) -> list[tuple[str, str]]:
    return [(s.kind, doc.span_text(s)) for s in doc.spans if s.kind not in ("paragraph", "heading-title")]


def _heads(doc: allyscope.Document) -> list[tuple[int, str, str]]:
    return [(h.level, h.label, h.title) for h in doc.headings]


_NORDIC = """Article  Talk
Nordic Defence Cooperation
From Wikipedia, the free encyclopedia
Nordic Defence Cooperation is a framework through which the Nordic states coordinate their armed forces.
Contents
1 Origins
2 Structure
3 See also
Origins [edit source]
The framework was founded in 2009, when three earlier forms of cooperation were merged.
Structure[edit]
A chair is held by each member in turn for one year, and the ministers meet twice a year.
See also[edit]
Joint Expeditionary Force
"""


def test_edit_links_are_cut_off_heads_and_a_contents_box_names_the_heads() -> None:
    doc = parse_text(_NORDIC)
    assert _heads(doc) == [(1, "", "Origins"), (1, "", "Structure")]
    kinds = _kinds(doc)
    assert kinds.count(("tools", "[edit]")) == 2 and ("tools", "[edit source]") in kinds
    assert [k for k in kinds if k[0] == "navigation"][-3:] == [
        ("navigation", "1 Origins"),
        ("navigation", "2 Structure"),
        ("navigation", "3 See also"),
    ]
    assert ("related", "See also") in kinds and ("related", "Joint Expeditionary Force") in kinds  # under the link


_ZH_HANT = """北約東擴
維基百科，自由的百科全書
北約東擴是指北大西洋公約組織在冷戰結束後接納中歐與東歐國家加入的過程。
目錄
1　第一輪擴大
2　第二輪擴大
第一輪擴大[編輯]
1999年，波蘭、捷克與匈牙利加入北約。
第二輪擴大［編輯］
2004年，七個國家同時加入，是規模最大的一次擴大。
"""


def test_cjk_edit_links_in_either_bracket_width() -> None:
    doc = parse_text(_ZH_HANT)
    assert [h.title for h in doc.headings] == ["第一輪擴大", "第二輪擴大"]
    kinds = _kinds(doc)
    assert ("tools", "[編輯]") in kinds and ("tools", "［編輯］") in kinds
    assert ("navigation", "1　第一輪擴大") in kinds


def test_a_numbered_list_whose_items_name_no_later_head_is_no_contents_box() -> None:
    text = (
        "Contents\nThe treaty sets out three duties:\n1 Consultation\n2 Mutual aid\n3 Notification\n"
        "Each duty is described in an annex.\n"
    )
    doc = parse_text(text)
    assert ("navigation", "1 Consultation") not in _kinds(doc)
    assert "1 Consultation" in doc.text


@pytest.mark.parametrize(
    ("line", "at"),
    [
        ("Background[edit]", 10),
        ("History of the pact [edit source]", 20),
        ("経緯[編集]", 2),
        ("签署过程[编辑]", 4),
        ("後續發展［編輯］", 4),
        ("[edit]", None),  # a link alone: no head to cut it from
        ("The wiki's [edit] button opens an editor.", None),  # inside a sentence, not at its end
        ("Background [edited]", None),
    ],
)
def test_edit_link_at(line: str, at: int | None) -> None:
    assert edit_link_at(line) == at


_HEAD = st.text(
    alphabet=st.characters(codec="utf-8", categories=("Lu", "Ll", "Lo", "Nd"), exclude_characters="[]［］"),
    min_size=1,
    max_size=20,
)


@given(_HEAD, st.sampled_from(["[edit]", "[编辑]", "[編輯]", "[編集]", "［編集］", "[edit source]"]), st.booleans())
def test_split_keeps_the_raw_offsets_of_head_and_link(head: str, link: str, spaced: bool) -> None:
    raw = f"Intro line.\n{head}{' ' if spaced else ''}{link}\nText after it.\n"
    lines = split_lines(raw)
    cut = split_edit_links(lines)
    assert cut is not None and len(cut) == len(lines) + 1
    assert [line.index for line in cut] == list(range(len(cut)))
    first, second = cut[1], cut[2]
    assert first.content == head and raw[first.lo : first.hi] == head
    assert second.content == link and raw[second.lo : second.hi] == link
    assert second.role == FURNITURE and second.furniture == "tools"


_NO_LINK = st.characters(codec="utf-8", exclude_characters="[]［］\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")


@given(st.text(alphabet=_NO_LINK))
def test_split_leaves_a_text_with_no_edit_link_alone(text: str) -> None:
    assert split_edit_links(split_lines(text)) is None


def test_a_navigation_box_with_one_row_of_long_links() -> None:
    text = (
        "Arctic Council\nThe Arctic Council is a forum of the eight Arctic states.\n"
        "It was set up by the Ottawa Declaration of 1996.\nv · t · e\nIntergovernmental bodies of the Arctic\n"
        "Arctic Council Working Group on Sustainable Development · Barents Euro-Arctic Council · "
        "Conference of Parliamentarians of the Arctic Region\n"
    )
    kinds = _kinds(parse_text(text))
    assert ("navigation", "Intergovernmental bodies of the Arctic") in kinds
    assert kinds[-1][0] == "navigation"


def test_a_dotted_row_under_no_box_tools_stays_text() -> None:
    text = (
        "Arctic bodies\nThe region has several bodies of its own, founded over three decades.\nThe main ones\n"
        "Arctic Council Working Group on Sustainable Development · Barents Euro-Arctic Council · "
        "Conference of Parliamentarians of the Arctic Region\nEach of them meets at least once a year.\n"
    )
    kinds = _kinds(parse_text(text))
    assert not any(k == "navigation" for k, _ in kinds)


def test_heads_numbered_with_hyphens_nest_under_their_section() -> None:
    text = (
        "北方海域における沿岸警備協力の展望\n山本　一郎\n1　はじめに\n"
        "北方の海では各国の沿岸警備機関が協力を深めている。\n"
        "2　協力の現状\n2-1　情報の共有\n各機関は船舶の動静を互いに通報している。\n2-2　合同訓練\n"
        "毎年夏に捜索救難の訓練が行われる。\n3　今後の展望\n協力の枠組みを制度化することが課題である。\n"
    )
    doc = parse_text(text)
    assert _heads(doc) == [
        (1, "1", "はじめに"),
        (1, "2", "協力の現状"),
        (2, "2-1", "情報の共有"),
        (2, "2-2", "合同訓練"),
        (1, "3", "今後の展望"),  # its words end the title, as a running head's would after its page number
    ]


def test_a_hyphenated_score_or_date_in_a_sentence_is_no_head() -> None:
    doc = parse_text("決勝の結果\n試合は接戦となった。\n2-1で勝利した。\n次の試合は来月に行われる。\n")
    assert doc.headings == ()


def test_writers_parted_by_semicolons_keep_posts_with_commas() -> None:
    text = (
        "Commentary\nWhy the Baltic Sea Became a NATO Lake\n"
        "Maria Lindqvist, Professor, Department of War Studies; Jonas Berg, Visiting Fellow\n"
        "3 March 2025\nWith two new members, every Baltic coast but one belongs to the alliance.\n"
    )
    doc = parse_text(text)
    assert doc.authors == ["Maria Lindqvist", "Jonas Berg"]
    kinds = _kinds(doc)
    assert ("affiliation", "Professor, Department of War Studies") in kinds
    assert ("affiliation", "Visiting Fellow") in kinds


def test_a_web_head_of_two_clauses_parted_by_a_comma() -> None:
    text = (
        "Close Allies Without a Treaty\n"
        "Norway and Iceland have worked together on air policing for many years without any formal pact.\n"
        "Fighter jets of allied air forces take turns guarding the island's airspace several times a year.\n"
        "Close partners, not yet allies\n"
        "Both governments describe the arrangement as practical cooperation that needs no treaty to work.\n"
        "Officials say a treaty would add little to what the two already do together.\n"
        "Ships, ports and planes\n"
        "Neither country keeps a large navy, so the coast guards carry most of the load at sea.\n"
        "Their patrol ships often train together in the waters between the two countries.\n"
    )
    doc = parse_text(text)
    assert [h.title for h in doc.headings] == ["Close partners, not yet allies"]  # a list of nouns has no joiner


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("External links", "related"),
        ("外部連結", "related"),
        ("外部链接", "related"),
        ("Cookies on our website", "cookie"),
        ("Privacy notice   About the Institute   Careers", "navigation"),
        ("本文经出版社授权，转载自《东亚观察》2023年第4期。", "doctype"),
    ],
)
def test_furniture_words(line: str, kind: str) -> None:
    assert furniture_kind(line) == kind


def test_cjk_writers_with_posts_after_a_wide_space_parted_by_semicolons() -> None:
    text = (
        "北極航道的治理困境\n作者：陳志明　國立海洋大學教授；林美玲　海洋政策研究中心研究員\n2024-06-03\n"
        "北極海冰融化後，航道的管理成為沿岸國關注的議題。\n"
    )
    doc = parse_text(text)
    assert doc.authors == ["陳志明", "林美玲"]
    kinds = _kinds(doc)
    assert ("affiliation", "國立海洋大學教授") in kinds and ("affiliation", "海洋政策研究中心研究員") in kinds
    one = parse_text(text.replace("；林美玲　海洋政策研究中心研究員", ""))  # one writer: the single post rule reads it
    assert one.authors == ["陳志明"]


@pytest.mark.parametrize(
    "line",
    [
        "（本文原载于《亚太安全》2023年第2期）",
        "※この記事は『安保研究』第12号に掲載された論文を再構成したものです。",
    ],
)
def test_reprint_notes_in_brackets_or_after_a_reference_mark(line: str) -> None:
    assert furniture_kind(line) == "doctype"
