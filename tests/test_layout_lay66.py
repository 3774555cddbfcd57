"""lay66 (thirty-fifth session): records and pages the dev layouts held none of (issue 12) — a parliament's debate
record whose speakers are named with their seat and party in brackets, the minutes of a sitting whose labels open
with `○` and end with an ideographic space, a legislature's record whose time stamp in brackets stands alone between
turns, a white paper's cover and front matter (`A White Paper`, `Foreword`), a language row naming languages in
their own tongue and a list of a site's notices under its label. Each rule is tried on text in other words than
the dev documents that showed the miss (`tests/layouts/lay66_*`), with hypothesis properties where a line is
parsed."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from allyscope import parse_text
from allyscope.layout.dating import document_date
from allyscope.layout.furniture import furniture_kind
from allyscope.layout.notes import fullmatches_label
from allyscope.layout.speakers import label_role, opening_label, sitting_time, turn_rules


def test_a_debate_record_names_its_speakers_with_seat_party_and_post_in_brackets() -> None:
    raw = (
        "Ports and Shipping Security\n"
        "Volume 31: debated on Wednesday 5 June 2024\n"
        "Senator Mia Lowe (Northern Plains) (Ind): Will the Minister explain how the new port checks are paid for?\n"
        "The Minister for Home Affairs (Senator Ruth Kemp): The checks are funded from this year's budget and "
        "start in July.\n"
        "Senator Mia Lowe: Which ports will come first?\n"
        "Senator Ruth Kemp: The three largest container ports, followed by the others next year.\n"
    )
    doc = parse_text(raw)
    assert [(t.speaker, t.role) for t in doc.turns] == [
        ("Senator Mia Lowe (Northern Plains) (Ind)", "speaker"),
        ("The Minister for Home Affairs (Senator Ruth Kemp)", "speaker"),
        ("Senator Mia Lowe", "speaker"),
        ("Senator Ruth Kemp", "speaker"),
    ]
    assert (doc.date, doc.date_source) == ("2024-06-05", "dateline")


def test_one_bracketed_lead_in_a_plain_text_opens_no_turn() -> None:
    raw = (
        "Port Security After the Reform\n"
        "The Court (in its ruling of 2016): the sea area is shared by all coastal states.\n"
        "Officials of both countries met twice in the following year and agreed on joint patrols.\n"
    )
    assert parse_text(raw).turns == ()


_CAPITAL_WORD = st.from_regex(r"[A-Z][a-z]{1,8}", fullmatch=True)
_QUALIFIER = st.from_regex(r"[A-Z][a-z]{1,10}(?: [A-Z][a-z]{1,10})?", fullmatch=True)


@given(st.lists(_CAPITAL_WORD, min_size=1, max_size=4), st.lists(_QUALIFIER, max_size=2))
def test_a_label_of_capitalised_words_and_short_bracketed_groups_is_read_whole(
    words: list[str], qualifiers: list[str]
) -> None:
    label = " ".join(words) + "".join(f" ({q})" for q in qualifiers)
    if label.casefold() in turn_rules().not_speakers:
        return
    assert opening_label(f"{label}: We will answer the question in writing.") == label


def test_a_bracketed_group_longer_than_a_seat_or_post_is_no_part_of_a_label() -> None:
    long = "a remark that runs on and on well beyond what any seat or post would take"
    assert opening_label(f"Mr Jan Novak ({long}): Thank you.") is None


@pytest.mark.parametrize(
    ("label", "role"),
    [
        ("議長（山本太郎君）", "moderator"),
        ("山本委員長", "moderator"),
        ("王记者", "question"),
        ("Chair (Ms Ana Ruiz)", "moderator"),
        ("李部長", "speaker"),
        ("Senator Ruth Kemp", "speaker"),
    ],
)
def test_a_label_takes_the_role_of_the_post_it_names(label: str, role: str) -> None:
    assert label_role(label, turn_rules()) == role


def test_a_city_assembly_record_with_marked_labels_is_read_as_a_record() -> None:
    raw = (
        "令和6年第1回定例会　港北市議会会議録　第2号\n"
        "令和6年3月5日（火曜日）\n"
        "　　　午前十時開議\n"
        "○議長（佐藤一郎君）　ただいまから本日の会議を開きます。\n"
        "○高橋議員　市の防災計画について伺います。\n"
        "○市長（中村次郎君）　お答えします。計画は来年度に見直します。\n"
        "○高橋議員　ありがとうございました。\n"
        "○議長（佐藤一郎君）　本日はこれにて散会します。\n"
        "　　　午前十一時散会\n"
    )
    doc = parse_text(raw)
    assert doc.title == "令和6年第1回定例会　港北市議会会議録　第2号"
    assert (doc.date, doc.date_source) == ("2024-03-05", "dateline")
    assert [(t.speaker, t.role) for t in doc.turns] == [
        ("議長（佐藤一郎君）", "moderator"),
        ("高橋議員", "speaker"),
        ("市長（中村次郎君）", "speaker"),
        ("高橋議員", "speaker"),
        ("議長（佐藤一郎君）", "moderator"),
    ]
    assert "午前十時開議" in doc.text


def test_a_circle_opening_a_sentence_is_no_label() -> None:
    assert opening_label("○印の項目は必須です。ご記入ください。") is None


@pytest.mark.parametrize("line", ["午後一時開会", "午前十時三十分開議", "上午9时开会", "午後２時開会"])
def test_the_time_a_sitting_opened_is_read(line: str) -> None:
    assert sitting_time(line)


@given(st.text(min_size=0, max_size=20))
def test_a_line_with_a_stop_is_never_a_sitting_time(text: str) -> None:
    assert not sitting_time(f"午前十時{text}。")


def test_a_time_in_brackets_alone_between_turns_is_a_stage_note_no_heading() -> None:
    raw = (
        "国防部例行记者会文字实录\n"
        "2024年6月27日\n"
        "主持人：各位记者，下午好。\n"
        "发言人：本月下旬，两国海军将在南海举行联合演习。\n"
        "记者：演习的规模有多大？\n"
        "（15时40分）\n"
        "发言人：具体情况将在演习结束后发布。\n"
        "记者：谢谢。\n"
    )
    doc = parse_text(raw)
    assert doc.headings == ()
    assert [doc.span_text(s) for s in doc.stage_notes] == ["（15时40分）"]


@pytest.mark.parametrize("line", ["A Policy Paper", "An Occasional Paper", "a discussion paper", "White Paper"])
def test_a_kind_of_paper_with_its_article_is_a_doctype(line: str) -> None:
    assert fullmatches_label(line, ("doctype",))


def test_a_line_naming_a_white_paper_with_more_words_is_no_doctype() -> None:
    assert not fullmatches_label("A white paper on coastal radar networks", ("doctype",))


def test_a_preface_heads_a_report_under_its_contents() -> None:
    raw = (
        "Coastal Radar Networks in Southeast Asia\n"
        "A Policy Paper\n"
        "Centre for Maritime Studies\n"
        "Singapore, May 2024\n"
        "\f\n"
        "Preface\n"
        "This paper follows the building of coastal radar chains in four countries since 2015.\n"
        "\f\n"
        "1. Radar chains\n"
        "Vietnam and the Philippines added stations with help from partners.\n"
    )
    doc = parse_text(raw)
    assert [(h.label, h.title) for h in doc.headings] == [("", "Preface"), ("1", "Radar chains")]
    assert doc.authors == []


def test_a_debate_line_dates_the_record_it_heads() -> None:
    assert document_date(["Volume 12: debated on Monday 3 June 2024"], []) == ("2024-06-03", "dateline")
    assert document_date(["Debated on 12 March 2025"], []) == ("2025-03-12", "dateline")


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Share this contribution", "share"),
        ("Share this debate", "share"),
        ("10.05 am", "dateline"),
        ("11.42 p.m.", "dateline"),
        ("Previous debate   Next debate", "navigation"),
        ("Polski | English | Suomi", "navigation"),
        ("Latviešu  English", "navigation"),
        ("新着情報一覧", "related"),
        ("通知公告列表", "related"),
        ("All news", "related"),
    ],
)
def test_page_furniture_of_records_and_embassy_pages(line: str, kind: str) -> None:
    assert furniture_kind(line) == kind


@pytest.mark.parametrize("line", ["10.05 metres of quay were added.", "Share this view of the port with others."])
def test_sentences_like_that_furniture_are_none(line: str) -> None:
    assert furniture_kind(line) is None


_PER_PAGE = (
    "Patrols in the Strait\nAnna Berg\n1. Background\n"
    "The two navies began joint patrols in 2021.1 They were widened in 2023.2\n"
    "Notes\n1 Ministry of Defence, annual report, 2022.\n2 Ibid., p. 14.\n- 1 -\n\f\n"
    "2. Outlook\nA third partner may join the patrols.1 Talks began last year.2\n"
    "Notes\n1 Press release, 4 May 2024.\n2 Ibid.\n- 2 -\n"
)


def test_notes_under_one_label_closing_every_page_are_each_pages_notes() -> None:
    doc = parse_text(_PER_PAGE)
    assert (doc.layout.placement, doc.layout.numbering) == ("page-bottom", "per-page")
    assert [(n.block, n.page, n.number) for n in doc.footnotes] == [(0, 1, 1), (0, 1, 2), (1, 2, 1), (1, 2, 2)]


def test_a_chapters_notes_after_pages_without_notes_stay_its_endnotes() -> None:
    raw = (
        "Patrols in the Strait\nAnna Berg\n1. Background\n"
        "The two navies began joint patrols in 2021.1 They were widened in 2023.2\n- 1 -\n\f\n"
        "The patrols were first held twice a year.\n"
        "Notes\n1 Ministry of Defence, annual report, 2022.\n2 Ibid., p. 14.\n- 2 -\n\f\n"
        "2. Outlook\nA third partner may join the patrols.1 Talks began last year.2\n- 3 -\n\f\n"
        "No date has been set.\n"
        "Notes\n1 Press release, 4 May 2024.\n2 Ibid.\n- 4 -\n"
    )
    doc = parse_text(raw)
    assert (doc.layout.placement, doc.layout.numbering) == ("endnotes", "per-chapter")
