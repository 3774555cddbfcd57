"""lay74 (forty-third session): shapes the dev layout set lacked (`tests/layouts/lay74_*`). A Diet record's sitting
printed as a full record: `○議長（<name>君）` and `○<name>君` labels with no colon, whole lines of stage directions
in tortoise-shell brackets (`〔<name>君登壇〕`, `〔賛成者起立〕`), a rule with a middle dot between its halves
(`―――――・―――――`) and the time the sitting opened under the record's title and date. Each rule on text in other words
than the document that showed the miss (other houses, committees, bills and speakers), with traps and property tests
where a line is parsed."""

from __future__ import annotations

from helpers import assert_offsets_valid
from hypothesis import given
from hypothesis import strategies as st

from allyscope import parse_text
from allyscope.layout.headings import faq_page
from allyscope.layout.speakers import stage_note_line
from allyscope.model import Document

_KEPT = {"title", "author", "abstract", "keywords", "keyword", "paragraph"}


def _furniture(doc: Document) -> list[tuple[str, str]]:
    return [(s.kind, doc.span_text(s)) for s in doc.spans if s.kind not in _KEPT]


_RECORD = (
    "第二百十二回国会　衆議院本会議録　第九号\n"
    "令和五年十一月十日（金曜日）\n"
    "　　　午後一時二分開議\n"
    "―――――・―――――\n"
    "○議長（大森正人君）　これより会議を開きます。\n"
    "　日程第一　防衛省設置法の一部を改正する法律案（内閣提出）を議題といたします。\n"
    "　委員長の報告を求めます。安全保障委員長川村直樹君。\n"
    "　　　〔川村直樹君登壇〕\n"
    "○川村直樹君　ただいま議題となりました法律案について、委員会における審査の経過と結果を御報告いたします。\n"
    "　本案は、可決すべきものと決しました。（拍手）\n"
    "○議長（大森正人君）　採決いたします。本案の委員長の報告は可決であります。\n"
    "　本案を委員長報告のとおり決するに賛成の諸君の起立を求めます。\n"
    "　　　〔賛成者起立〕\n"
    "○議長（大森正人君）　起立多数。よって、本案は委員長報告のとおり可決いたしました。\n"
    "　　　午後一時二十分散会\n"
)


def test_a_plenary_record_reads_its_labels_its_stage_lines_and_no_byline() -> None:
    doc = parse_text(_RECORD)
    assert doc.title == "第二百十二回国会　衆議院本会議録　第九号"
    assert doc.authors == []  # `午後一時二分開議` under the date opens the text: no writer, and the rule no names
    assert (doc.date, doc.date_source) == ("2023-11-10", "dateline")
    assert [(t.speaker, t.role) for t in doc.turns] == [
        ("議長（大森正人君）", "moderator"),
        ("川村直樹君", "speaker"),
        ("議長（大森正人君）", "moderator"),
        ("議長（大森正人君）", "moderator"),
    ]
    assert [doc.span_text(s) for s in doc.stage_notes] == ["〔川村直樹君登壇〕", "（拍手）", "〔賛成者起立〕"]
    assert doc.headings == ()  # `〔賛成者起立〕` alone between two turns is a stage line, no head
    assert "―――――" not in doc.text
    assert "午後一時二分開議" in doc.text and "午後一時二十分散会" in doc.text
    assert_offsets_valid(doc)


def test_tortoise_shell_brackets_inside_a_sentence_stay_in_the_speech() -> None:
    """The trap: `〔…〕` that quotes an inserted word inside a sentence is part of the speech, no stage line."""
    doc = parse_text(
        _RECORD.replace("　　　〔賛成者起立〕\n", "").replace(
            "起立多数。", "起立多数。なお、〔同法〕の施行日は別に定めます。"
        )
    )
    assert [doc.span_text(s) for s in doc.stage_notes] == ["〔川村直樹君登壇〕", "（拍手）"]
    assert "〔同法〕の施行日" in doc.text


def test_a_bracketed_line_outside_a_transcript_is_no_stage_note() -> None:
    """The trap: a line in tortoise-shell brackets in a text with no speakers (a law's deleted article) is text."""
    doc = parse_text(
        "防衛協力の手引き\n"
        "第一条　この手引きは、共同訓練の手続を定める。\n"
        "〔第二条は削除〕\n"
        "第三条　訓練の計画は、毎年度定める。\n"
    )
    assert doc.stage_notes == ()
    assert doc.turns == ()
    assert "〔第二条は削除〕" in doc.text


def test_a_record_whose_labels_carry_a_colon_is_read_as_before() -> None:
    """The trap: a committee record of `○<post>：` labels keeps its turns and its stage line in round brackets."""
    doc = parse_text(
        "安全保障委員会議事録\n"
        "○委員長：ただいまから委員会を開会いたします。\n"
        "○委員：共同訓練の見通しについて伺います。\n"
        "（速記中止）\n"
        "○委員長：速記を起こしてください。\n"
    )
    assert all(s.kind != "author" for s in doc.spans)
    assert "（速記中止）" in doc.text


@given(st.text(alphabet="賛成者起立登壇退場拍手発言する者あり君山田太郎、", min_size=1, max_size=16))
def test_any_tortoise_shell_line_is_a_stage_line_and_a_record_parses_with_it(words: str) -> None:
    """A whole line in tortoise-shell brackets is a stage line; put between two turns of a record, the record parses
    with it as a stage note, every span inside the text, no head made of it."""
    line = f"〔{words}〕"
    assert stage_note_line(line)
    assert not stage_note_line(f"{line}の後に続く文。")
    doc = parse_text(_RECORD.replace("〔賛成者起立〕", line))
    assert line in [doc.span_text(s) for s in doc.stage_notes]
    assert all(h.title != line for h in doc.headings)
    assert_offsets_valid(doc)


@given(st.integers(min_value=3, max_value=12), st.integers(min_value=3, max_value=12))
def test_a_rule_with_a_middle_dot_parts_like_a_blank_line(left: int, right: int) -> None:
    """`―――――・―――――` of any length leaves the text; no name is read from its halves."""
    rule = "―" * left + "・" + "―" * right
    doc = parse_text(_RECORD.replace("―――――・―――――", rule))
    assert rule not in doc.text
    assert doc.authors == []


# -- a chapter's label and title, two lines on its first page, one line as the head of later pages -----------------


def _chapter(head: str) -> str:
    return (
        "Maritime Security Outlook 2025\n"
        "Ministry of Defence\n"
        "March 2025\n"
        "Chapter 3\n"
        "Working with Pacific Partners\n"
        "3.1 Patrol boats handed to Pacific island countries have widened the area their fisheries officers can watch, "
        "and the Ministry will keep funding their crews' training.\n"
        "3.2 Aerial surveillance flights over the exclusive economic zones of the region continued through the year, "
        "with two more partners joining the programme in its second half.\n"
        "17\n"
        f"{head}\n"
        "3.3 Each partner's needs are reviewed once a year with its government, and the support offered is adjusted "
        "to what that review finds.\n"
        "3.4 A regional training centre for boarding officers opened in the third quarter and took its first class.\n"
        "18\n"
    )


def test_a_chapter_head_joining_its_label_and_title_leaves_the_text() -> None:
    for head in (
        "Chapter 3: Working with Pacific Partners",
        "Chapter 3 – Working with Pacific Partners",
        "Chapter 3 | Working with Pacific Partners",
    ):
        doc = parse_text(_chapter(head))
        assert [(h.label, h.title) for h in doc.headings] == [("3", "Working with Pacific Partners")], head
        assert head not in doc.text, head
        assert "3.3 Each partner's needs" in doc.text
        assert_offsets_valid(doc)


def test_another_chapter_at_a_turn_stays_a_heading() -> None:
    """The trap: the next chapter opening at a page's head (its label and a title never printed before) is a head
    of the text, as is a label joined to another chapter's title."""
    doc = parse_text(_chapter("Chapter 4: Training and Exercises"))
    assert [(h.label, h.title) for h in doc.headings] == [
        ("3", "Working with Pacific Partners"),
        ("4", "Training and Exercises"),
    ]
    assert "Training and Exercises" in doc.text


@given(st.sampled_from((": ", " – ", " — ", " | ", ". ", " ")), st.integers(2, 19))
def test_any_joined_chapter_head_is_dropped_and_the_text_kept(joiner: str, number: int) -> None:
    text = _chapter(f"Chapter {number}{joiner}Working with Pacific Partners").replace(
        "Chapter 3\n", f"Chapter {number}\n"
    )
    doc = parse_text(text)
    assert doc.text.count("Working with Pacific Partners") == 1  # the chapter's own head, not its running head
    assert "3.4 A regional training centre" in doc.text
    assert_offsets_valid(doc)


# -- a page of frequently asked questions: its questions are its text ------------------------------------------------


_FAQ = (
    "Home > Veterans > {label}\n"
    "{title}\n"
    "This page answers common questions about overseas service medals. It is reviewed every six months.\n"
    "Eligibility\n"
    "Who can apply for the medal?\n"
    "Members who served at least thirty days in the area of operations between 2003 and 2009 may apply.\n"
    "Can a family member apply on behalf of a veteran?\n"
    "Yes. The next of kin of a deceased veteran may apply with a copy of the death certificate.\n"
    "How long does an application take?\n"
    "Most applications are decided within twelve weeks of their receipt.\n"
    "Replacement medals\n"
    "What if my medal is lost?\n"
    "A replacement can be issued once the loss has been reported to the police.\n"
)


def test_an_faq_page_reads_its_questions_as_text_and_its_categories_as_heads() -> None:
    for label, title in (
        ("FAQ", "Frequently asked questions about service medals"),
        ("Medals", "Service medals: FAQs"),
        ("Help", "Questions and answers on service medals"),
    ):
        doc = parse_text(_FAQ.format(label=label, title=title))
        assert doc.title == title
        assert [h.title for h in doc.headings] == ["Eligibility", "Replacement medals"], title
        assert "Can a family member apply on behalf of a veteran?" in doc.text
        assert_offsets_valid(doc)


def test_an_article_asking_questions_in_its_heads_keeps_them() -> None:
    """The trap: a page that does not name itself an FAQ, whose heads ask the question each section answers."""
    doc = parse_text(_FAQ.format(label="Analysis", title="Service medals after the review"))
    assert "How long does an application take?" in [h.title for h in doc.headings]


def test_a_faq_named_deep_in_the_text_makes_no_faq_page() -> None:
    """The trap: `FAQ` in a sentence far below the title leaves the page's question heads as they were."""
    text = _FAQ.format(label="Analysis", title="Service medals after the review")
    plain = parse_text(text)
    text = text.replace(
        "Most applications are decided within twelve weeks of their receipt.",
        "Most applications are decided within twelve weeks of their receipt; the FAQ gives the forms.",
    )
    doc = parse_text(text)
    assert [h.title for h in doc.headings] == [h.title for h in plain.headings]


@given(st.sampled_from(["FAQ", "FAQs", "Frequently asked questions", "よくある質問", "常見問答", "常见问题"]))
def test_any_faq_title_is_found_in_the_first_lines_and_no_word_holding_it(label: str) -> None:
    assert faq_page(["Skip to main content", f"{label}: service medals"])
    assert not faq_page(["Skip to main content", "Service medals", *["A line of text."] * 6, f"{label} below"])
    assert not faq_page(["FAQTOR analysis of medals"])
