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
from allyscope.layout.notes import _tab_as_colon, front_furniture_kind, fullmatches_label, opens_event_field
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


# -- a notice's field whose value wraps onto the next line ---------------------------------------------------------


def _paragraphs(doc: Document) -> list[str]:
    return [doc.span_text(s) for s in doc.spans if s.kind == "paragraph"]


def test_a_field_that_fills_its_line_goes_on_over_the_short_line_under_it() -> None:
    """`Venue: …` as wide as the text's lines, its last word alone under it, then `Speaker:`: one field, and the
    speaker's field still a field (no writer), the run of fields unbroken."""
    doc = parse_text(
        "Home > Events\n"
        "Lecture: Fisheries patrols and the law of the sea\n"
        "Published: 2 September 2024\n"
        "Event date: 20 September 2024\n"
        "Venue: Lecture Theatre 3, School of Law and Government, Clock Tower Building, Kelburn\n"
        "campus\n"
        "Speaker: Professor Tomas Lindqvist (Centre for Ocean Law)\n"
        "The lecture will ask how Indonesia and Malaysia share the work of patrolling their\n"
        "fishing grounds, and what the law of the sea allows a patrol vessel to do. The\n"
        "lecture is free and open to the public.\n"
    )
    assert (
        "Venue: Lecture Theatre 3, School of Law and Government, Clock Tower Building, Kelburn campus"
        in _paragraphs(doc)
    )
    assert "Speaker: Professor Tomas Lindqvist (Centre for Ocean Law)" in _paragraphs(doc)
    assert doc.authors == []
    assert_offsets_valid(doc)


def test_a_wrapped_field_s_last_line_is_no_page_head_and_stays_text() -> None:
    """A CJK field whose address wraps: the short line under it, between two fields, was read as a page's head
    cutting a sentence and left the text; it is the field's end."""
    doc = parse_text(
        "ホーム > イベント\n"
        "講演会「東南アジアの海上保安協力」\n"
        "掲載日：2024年10月1日\n"
        "開催日時：2024年10月18日（金）14時00分～16時00分\n"
        "会場：本学国際交流会館第一会議室（東京都文京区本郷七丁目三番一号　国\n"
        "際交流会館三階）\n"
        "講師：山田花子（海洋政策研究所主任研究員）\n"
        "本講演会では、フィリピンやベトナムの海上保安機関の協力の現状について、\n"
        "最新の動向を踏まえて解説します。どなたでも参加できますが、事前の申込み\n"
        "が必要です。\n"
    )
    assert "際交流会館三階）" in doc.text
    assert doc.get_meta("pages") == 1
    assert "会場：本学国際交流会館第一会議室（東京都文京区本郷七丁目三番一号　国際交流会館三階）" in _paragraphs(doc)
    assert "講師：山田花子（海洋政策研究所主任研究員）" in _paragraphs(doc)


def test_a_short_field_over_the_text_and_a_full_field_over_a_sentence_end_on_their_lines() -> None:
    """The traps: the last field, shorter than a line, over the notice's text (the text is not its wrap); a field
    as wide as the lines over a line of text that ends a sentence (no short tail: the text, not the field)."""
    short = parse_text(
        "ホーム > イベント\n"
        "講演会「東南アジアの海上保安協力」\n"
        "掲載日：2024年10月1日\n"
        "開催日時：2024年10月18日（金）14時00分～16時00分、終了後に懇親会あり\n"
        "会場：本学国際交流会館第一会議室\n"
        "講師：山田花子（海洋政策研究所主任研究員）\n"
        "本講演会では、フィリピンやベトナムの海上保安機関の協力の現状について、\n"
        "最新の動向を踏まえて解説します。どなたでも参加できますが、事前の申込み\n"
        "が必要です。\n"
    )
    assert "講師：山田花子（海洋政策研究所主任研究員）" in _paragraphs(short)
    full = parse_text(
        "首頁 > 活動訊息\n"
        "【演講】越南海上民兵的發展\n"
        "發布日期：2024-09-02\n"
        "活動日期：2024年9月27日（星期五）10:00-12:00\n"
        "活動地點：本校國際會議廳\n"
        "主講人：黃文傑（海洋事務研究中心助研究員）\n"
        "越南近年擴充海上民兵的規模，並為其添購新的船隻，本次演講將介紹其發展經過與任務。\n"
    )
    assert "主講人：黃文傑（海洋事務研究中心助研究員）" in _paragraphs(full)


@given(st.sampled_from(["活動地點：", "講座時間：", "会場：", "Venue: ", "主講人：", "講師："]), st.text(max_size=30))
def test_a_field_label_opens_a_field(label: str, value: str) -> None:
    assert opens_event_field(label + value)
    assert not opens_event_field("。" + label + value)


# -- a research service's report (lay39's document): cover, authors' box, disclaimer, a sentence over a turn -------

_REPORT = (
    "Coast Guard Cooperation in the Sulu Sea: Background\n"
    "\n"
    "Elena V. Marsh\n"
    "Analyst in Asian Affairs\n"
    "\n"
    "Tomás R. Quintero\n"
    "Specialist in Maritime Law\n"
    "\n"
    "Updated June 2, 2024\n"
    "\n"
    "Legislative Reference Bureau\n"
    "https://lrb.example.gov\n"
    "R51734\n"
    "\f"
    "Coast Guard Cooperation in the Sulu Sea: Background\n"
    "\n"
    "Introduction\n"
    "Since 2017 Indonesia, Malaysia and the Philippines have run coordinated patrols in the Sulu Sea, where\n"
    "kidnappings at sea had risen sharply the year before.1 The three navies agreed to let their ships follow\n"
    "a suspect vessel into each other's waters for a short distance, and in the\n"
    "\n"
    "1 Joint statement of the three defence ministers, June 2017.\n"
    "\n"
    "Legislative Reference Bureau                                                                  1\n"
    "\f"
    "Coast Guard Cooperation in the Sulu Sea: Background\n"
    "\n"
    "following months they opened maritime command centres in Tarakan, Tawau and Bongao.\n"
    "\n"
    "Author Information\n"
    "\n"
    "Elena V. Marsh                                      Tomás R. Quintero\n"
    "Analyst in Asian Affairs                            Specialist in Maritime Law\n"
    "\n"
    "Disclaimer\n"
    "This paper was prepared by the bureau's staff for members of the legislature. It may be shared in full\n"
    "without permission.\n"
    "\n"
    "Legislative Reference Bureau                                                                  2\n"
)


def test_a_cover_s_body_name_printed_again_as_every_foot_stays_on_the_cover() -> None:
    doc = parse_text(_REPORT)
    furniture = _furniture(doc)
    assert ("affiliation", "Legislative Reference Bureau") in furniture
    assert ("identifier", "https://lrb.example.gov") in furniture
    assert ("identifier", "R51734") in furniture
    assert "Legislative Reference Bureau                " not in doc.text  # the feet leave the text
    assert_offsets_valid(doc)


def test_a_sentence_cut_by_a_page_turn_goes_on_past_the_empty_line_under_the_head() -> None:
    doc = parse_text(_REPORT)
    assert "and in the following months they opened maritime command centres" in doc.text
    assert [f.number for f in doc.footnotes] == [1]


def test_a_disclaimer_label_closing_the_text_takes_the_paragraph_under_it() -> None:
    doc = parse_text(_REPORT)
    disclaimer = [doc.span_text(s) for s in doc.spans if s.kind == "disclaimer"]
    assert disclaimer[0] == "Disclaimer"
    assert disclaimer[1].startswith("This paper was prepared by the bureau's staff")
    assert disclaimer[1].endswith("without permission.")


def test_a_disclaimer_label_heading_more_text_or_standing_mid_text_is_no_disclaimer() -> None:
    """The traps: a section named `Disclaimer` with a heading after it, and the label with four paragraphs
    under it (a passage of the text, not a notice)."""
    headed = parse_text(
        "Fishing Rights in the Arafura Sea\n"
        "1. Background\n"
        "Australia and Indonesia agreed a provisional fisheries line in 1981.\n"
        "Disclaimer\n"
        "The line was drawn before either state ratified the law of the sea convention.\n"
        "2. Enforcement\n"
        "Patrol boats of both states now report sightings to each other.\n"
    )
    assert all(s.kind != "disclaimer" for s in headed.spans)
    long = parse_text(
        "Fishing Rights in the Arafura Sea\n"
        "Australia and Indonesia agreed a provisional fisheries line in 1981.\n\n"
        "Disclaimer\n\n"
        "First, the line was drawn before either state ratified the convention.\n\n"
        "Second, the seabed boundary differs from the fisheries line.\n\n"
        "Third, patrol boats of both states now report sightings to each other.\n\n"
        "Fourth, the fishing fleets of both states have shrunk since 2000.\n"
    )
    assert all(s.kind != "disclaimer" for s in long.spans)


@given(st.sampled_from(["Disclaimer", "DISCLAIMER", "Legal notice", "免責事項", "免責聲明", "免责声明："]))
def test_a_disclaimer_label_is_read_alone(label: str) -> None:
    from allyscope.layout.furniture import is_disclaimer_label

    assert is_disclaimer_label(label)
    assert not is_disclaimer_label(label + " of the author's views in this text")


def test_a_disclaimer_among_whose_paragraphs_one_was_read_already_is_none() -> None:
    """`closing.disclaimer_section`: the label's short paragraphs close the text only where none of them was read
    as something else before (`used`, the front matter's); a paragraph so read among them makes no disclaimer."""
    from allyscope.model import Span
    from allyscope.structure.closing import disclaimer_section

    blocks = [
        "Norway and Iceland renewed their fisheries protocol in 2019.",
        "Disclaimer",
        "Written by the committee's staff for its members.",
        "Not to be quoted without leave.",
    ]
    doc = parse_text("Fisheries in the North Atlantic\n\n" + "\n\n".join(blocks) + "\n")
    paragraphs = [Span("paragraph", doc.text.index(b), doc.text.index(b) + len(b)) for b in blocks]
    assert [doc.span_text(s) for s in disclaimer_section(doc, paragraphs, set())] == blocks[1:]
    assert disclaimer_section(doc, paragraphs, {paragraphs[2].start}) == []
