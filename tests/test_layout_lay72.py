"""lay72 (forty-first session): shapes the dev layout set lacked (`tests/layouts/lay72_*`): a parliament's cover
whose committee's name runs on with `of` and commas and is wider than the title under it, a figure's unnumbered
note in brackets (`（注）…` under `図表2-1-1　…`), and a press page whose fields stand in a table of two columns
copied as text (`發布日期<tab>2024-03-27`). Each rule on text in other words than the documents that showed the
miss (other states, other bodies, other labels), with traps and property tests where a line is parsed."""

from __future__ import annotations

from helpers import assert_offsets_valid
from hypothesis import given
from hypothesis import strategies as st

from allyscope import parse_text
from allyscope.layout.notes import _tab_as_colon, front_furniture_kind, fullmatches_label
from allyscope.model import Document

_KEPT = {"title", "author", "abstract", "keywords", "keyword", "paragraph"}


def _furniture(doc: Document) -> list[tuple[str, str]]:
    return [(s.kind, doc.span_text(s)) for s in doc.spans if s.kind not in _KEPT]


# -- a parliament's bodies stacked over the title ------------------------------------------------------------------


def test_bodies_named_with_of_and_commas_are_issuers() -> None:
    for name in (
        "The Parliament of the Commonwealth of Australia",
        "Legislative Assembly of the Province of British Columbia",
        "Foreign Affairs, Defence and Trade Committee",
        "Standing Committee on Fisheries, Oceans and Coast Guards",
        "Ministry of Foreign Affairs of the Republic of Korea",
    ):
        assert fullmatches_label(name, ("issuer",)), name


def test_a_title_in_sentence_case_is_no_issuer() -> None:
    for title in (
        "Partners at sea: the coast guards of the Pacific",
        "Inquiry into the Office, its budget and its staff",
    ):
        assert not fullmatches_label(title, ("issuer",)), title


def test_a_committee_wider_than_the_title_under_it_is_the_second_body_of_the_stack() -> None:
    """A house over its committee, the committee's name longer than the title, a month under the title."""
    doc = parse_text(
        "House of Representatives\n"
        "Foreign Affairs, Defence and Trade Committee\n"
        "Inquiry into maritime security in the Pacific\n"
        "June 2023\n"
        "1.1 The committee received submissions from the governments of Samoa and Tonga about their patrol boats.\n"
        "1.2 It held public hearings in Wellington in May 2023.\n"
    )
    assert doc.title == "Inquiry into maritime security in the Pacific"
    assert doc.authors == []
    assert _furniture(doc) == [
        ("affiliation", "House of Representatives"),
        ("affiliation", "Foreign Affairs, Defence and Trade Committee"),
        ("dateline", "June 2023"),
    ]
    assert (doc.date, doc.date_source) == ("2023-06", "dateline")
    assert_offsets_valid(doc)


def test_a_committee_wider_than_the_line_under_it_with_no_date_there_is_not_taken() -> None:
    """The trap: no date under the shorter line, so nothing says the stack goes on (the committee line may be the
    title of a page naming a body); the house alone is the issuer."""
    doc = parse_text(
        "House of Lords\n"
        "International Relations and Defence Committee\n"
        "The UK and Japan\n"
        "Lord Hill wrote to the committee about the agreement signed in London in 2023.\n"
    )
    assert ("affiliation", "International Relations and Defence Committee") not in _furniture(doc)


# -- a figure's unnumbered note in brackets -------------------------------------------------------------------------


def test_a_bracketed_note_under_a_numbered_figure_is_its_caption() -> None:
    doc = parse_text(
        "国防白皮书\n"
        "第2章　区域合作\n"
        "各国海军继续举行年度联合演习，参演舰艇数量逐年增加。\n"
        "图3　联合演习次数\n"
        "（注）按年度统计，不含多国救灾演练。\n"
        "印度尼西亚与新加坡的海军还举行了潜艇救援演练。\n"
    )
    assert ("caption", "（注）按年度统计，不含多国救灾演练。") in _furniture(doc)
    assert "不含多国救灾演练" not in " ".join(doc.span_text(p) for p in doc.paragraphs)


def test_a_bracketed_note_under_a_sentence_or_a_numbered_note_is_no_caption() -> None:
    """The traps: `（注）` under a paragraph of the text (no figure over it), and a numbered `（注1）` under a
    figure's caption (a note line of the text's notes, not the figure's)."""
    loose = parse_text("海洋報告\n日本は協定に署名した。\n（注）署名順に記載している。\n以上である。\n")
    assert all(kind != "caption" for kind, _ in _furniture(loose))
    numbered = parse_text("海洋報告\n表2　主要な協定\n（注1）署名順。\n本文である。日本は協定に署名した（注1）。\n")
    assert ("caption", "（注1）署名順。") not in _furniture(numbered)


# -- a page's fields in a table of two columns ----------------------------------------------------------------------


def test_a_press_page_s_fields_in_cells_read_as_labelled_lines() -> None:
    doc = parse_text(
        "首頁 > 最新消息\n"
        "海巡署與越南海警簽署合作備忘錄\n"
        "發布機關\t海洋委員會\n"
        "發布日期\t2024-05-02\n"
        "新聞稿編號\t第118號\n"
        "雙方於5月1日在河內簽署合作備忘錄，同意加強海上搜救與打擊走私的合作。\n"
    )
    assert doc.title == "海巡署與越南海警簽署合作備忘錄"
    assert (doc.date, doc.date_source) == ("2024-05-02", "published")
    assert _furniture(doc) == [
        ("navigation", "首頁 > 最新消息"),
        ("affiliation", "發布機關\t海洋委員會"),
        ("dateline", "發布日期\t2024-05-02"),
        ("identifier", "新聞稿編號\t第118號"),
    ]
    assert_offsets_valid(doc)


def test_a_japanese_page_s_published_cell_dates_it() -> None:
    doc = parse_text(
        "ホーム > 報道発表\n"
        "日越海上保安機関の合同訓練について\n"
        "公開日\t2024年6月3日\n"
        "担当\t警備救難部\n"
        "海上保安庁は、ベトナム海上警察と合同訓練を実施した。\n"
    )
    assert (doc.date, doc.date_source) == ("2024-06-03", "published")


def test_an_infobox_s_rows_still_date_nothing() -> None:
    """The trap: an encyclopedia's infobox rows (facts of the page, `署名<tab>…`) are no fields of the page."""
    doc = parse_text(
        "日越海上保安協力覚書\n"
        "種類\t二国間文書\n"
        "署名\t2023年11月27日\n"
        "署名場所\t東京\n"
        "日越海上保安協力覚書は、日本とベトナムの海上保安機関の協力を定めた文書である。\n"
    )
    assert doc.date is None


@given(
    st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\t\n"), max_size=16),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\n"), max_size=40),
)
def test_a_cell_label_reads_as_a_colon_or_the_line_is_left(label: str, value: str) -> None:
    line = f"{label}\t{value}"
    read = _tab_as_colon(line)
    if read != line:  # one colon added where the first tab stood, no other character changed but spaces
        assert read.count("：") == line.count("：") + 1
        assert "".join(read.split()).replace("：", "") == "".join(line.split()).replace("：", "")
    assert _tab_as_colon(label) == label  # no tab: left as it was
    front_furniture_kind(line)  # never raises
