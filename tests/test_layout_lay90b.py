"""Fifty-ninth session (lay90b): a treaty's signature block, each party's signature line (`For the Government of
…:`) and each signer's name a paragraph of its own, apart from the done clause over them. Tested on a treaty text
written for the test, in other words than the dev documents, with traps."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from allyscope import parse_text
from allyscope.layout.repair import _signatory_line
from allyscope.model import Document


def _paragraphs(doc: Document) -> list[str]:
    return [doc.span_text(s) for s in doc.spans if s.kind == "paragraph"]


_ARRANGEMENT = (
    "ARRANGEMENT BETWEEN THE GOVERNMENT OF AUSTRALIA AND THE GOVERNMENT OF THE INDEPENDENT STATE OF PAPUA NEW GUINEA "
    "ON COOPERATION IN MARITIME SURVEILLANCE\n"
    "The Government of Australia and the Government of the Independent State of Papua New Guinea, wishing to keep "
    "watch together over the waters between their coasts, have agreed as follows:\n"
    "Article 1\n"
    "Purpose\n"
    "The Participants shall share what their patrol aircraft and ships observe of vessels fishing without a licence "
    "in the waters under their jurisdiction.\n"
    "Article 2\n"
    "Entry into effect\n"
    "This Arrangement shall come into effect on the day of its signature and shall remain in effect for five years, "
    "unless either Participant ends it earlier by giving six months' written notice to the other.\n"
    "IN WITNESS WHEREOF the undersigned, being duly authorised by their respective Governments, have signed this "
    "Arrangement.\n"
    "DONE at Port Moresby on the twentieth day of March two thousand and nineteen, in two originals in the English "
    "language.\n"
    "For the Government of Australia:\n"
    "MARISE PAYNE\n"
    "For the Government of the Independent State of Papua New Guinea:\n"
    "RIMBINK PATO\n"
    "KEVIN ISIFU\n"
)


def test_a_signature_block_is_a_paragraph_a_line() -> None:
    paragraphs = _paragraphs(parse_text(_ARRANGEMENT))
    for line in (
        "For the Government of Australia:",
        "MARISE PAYNE",
        "For the Government of the Independent State of Papua New Guinea:",
        "RIMBINK PATO",
        "KEVIN ISIFU",
    ):
        assert line in paragraphs
    assert any(p.startswith("DONE at Port Moresby") and p.endswith("English language.") for p in paragraphs)


def test_a_sentence_opening_with_for_the_stays_text() -> None:
    text = _ARRANGEMENT.replace(
        "For the Government of Australia:\nMARISE PAYNE\n",
        "For the Government of Australia: the Arrangement was the first of its kind that it signed with a neighbour "
        "on the surveillance of fishing, and its officials called it a model for others.\n",
    )
    paragraphs = _paragraphs(parse_text(text))
    assert any(p.startswith("For the Government of Australia: the Arrangement") for p in paragraphs)
    assert "For the Government of Australia:" not in paragraphs


def test_a_line_announcing_a_list_is_no_signature_line() -> None:
    assert not _signatory_line("For the following reasons:")
    assert not _signatory_line("For the Government of Australia, the arrangement was the first of its kind:")
    assert not _signatory_line("For the Government of Fiji.")
    assert _signatory_line("For the Kingdom of Tonga:")
    assert _signatory_line("FOR THE GOVERNMENT OF NEW ZEALAND:")


_WORD = st.from_regex(r"[A-Z][a-z]{2,9}", fullmatch=True)


@given(st.lists(_WORD, min_size=1, max_size=4), st.from_regex(r"[a-z]{3,9}", fullmatch=True))
def test_a_party_in_title_case_signs_and_a_lower_case_word_does_not(words: list[str], lower: str) -> None:
    party = " of ".join(words)
    assert _signatory_line(f"For the {party}:")
    assert not _signatory_line(f"For the {lower} {party}:")
    assert not _signatory_line(f"For the {party}.")


# A council's or secretariat's memo dumped from its PDF (lay78's kind): the address fields over the subject field,
# an annex's label over its title, numbered paragraphs whose lines hang under their text's column, feet of two
# lines with a cell fewer on the first page, page notes under a rule. Written for the test (a made-up committee).
_MEMO = (
    "Council of the European Union\n"
    "                                                        Brussels, 3 March 2022\n"
    "                                                        (OR. en)\n"
    "                                                        6311/22\n"
    "OUTCOME OF PROCEEDINGS\n"
    "From:      General Secretariat of the Council\n"
    "To:        Delegations\n"
    "Subject:   Coordinated Maritime Presences in the Gulf of Guinea - Council conclusions\n"
    "Delegations will find in the annex the Council conclusions on the Coordinated Maritime Presences in the\n"
    "Gulf of Guinea, as approved by the Council on 21 February 2022.\n"
    "6311/22                                   AB/cd                                        1\n"
    "                                         RELEX.2                                  EN\n"
    "\f                                                                                 ANNEX\n"
    "Council conclusions on the Coordinated Maritime Presences in the Gulf of Guinea\n"
    "1.   The Council welcomes what the first two years of the Presences have shown: that ships of the\n"
    "     Member States sailing in the region under one concept can support its coastal states1 well.\n"
    "2.   The Council extends the Presences for two more years and asks for a report on them in the\n"
    "     second year.\n"
    "_______________\n"
    "1    The coastal states are those of the Yaounde Code of Conduct.\n"
    "6311/22                                   AB/cd                                        2\n"
    "ANNEX                                    RELEX.2                                  EN\n"
    "\f3.   The Council will come back to the matter when the report is out.\n"
    "6311/22                                   AB/cd                                        3\n"
    "ANNEX                                    RELEX.2                                  EN\n"
)


def test_a_memo_s_subject_field_under_its_address_fields_is_the_title() -> None:
    doc = parse_text(_MEMO)
    assert doc.title == "Coordinated Maritime Presences in the Gulf of Guinea - Council conclusions"
    assert doc.authors == []
    assert [(h.level, h.label, h.title) for h in doc.headings] == [
        (1, "", "Council conclusions on the Coordinated Maritime Presences in the Gulf of Guinea")
    ]
    assert "RELEX.2" not in doc.text and "AB/cd" not in doc.text
    assert [doc.note_text(f) for f in doc.footnotes] == ["The coastal states are those of the Yaounde Code of Conduct."]
    paragraphs = _paragraphs(doc)
    assert any(p.startswith("2.   The Council extends") and p.endswith("in the second year.") for p in paragraphs)


def test_a_subject_line_with_no_address_field_over_it_names_no_title() -> None:
    text = _MEMO.replace("To:        Delegations\n", "Delegations were told of the outcome.\n")
    doc = parse_text(text)
    assert doc.title != "Coordinated Maritime Presences in the Gulf of Guinea - Council conclusions"


def test_a_numbered_head_over_flush_text_stays_a_head() -> None:
    text = (
        "Harbour Patrol Review\n"
        "The review looked at the patrols of the last year and at what they cost the two agencies involved.\n"
        "2.   Findings\n"
        "The patrols found fewer boats fishing without a licence than in the year before, and the two agencies\n"
        "shared their sightings more often than they had.\n"
    )
    doc = parse_text(text)
    assert [(h.label, h.title) for h in doc.headings] == [("2", "Findings")]


def test_an_appendix_label_over_a_sentence_heads_the_part_itself() -> None:
    text = (
        "Patrols in the Outer Islands\n"
        "The study counts the patrols the navy sent to the outer islands in the last five years.\n"
        "The counts come from the navy's own logs, which it opened to the study.\n"
        "Appendix\n"
        "The logs were read for every month of the five years, and each patrol was counted once.\n"
    )
    doc = parse_text(text)
    assert [h.title for h in doc.headings] == ["Appendix"]


@given(st.integers(min_value=1, max_value=99), st.integers(min_value=2, max_value=5))
def test_a_hanging_numbered_paragraph_is_one_paragraph(number: int, gap: int) -> None:
    head = f"{number}." + " " * gap
    text = (
        "Port State Measures\n"
        "The committee met twice in the year and agreed on the points below without a vote.\n"
        f"{head}The committee asks the secretariat to collect the inspection reports of the ports and to\n"
        + " " * len(head)
        + "publish them once a year.\n"
    )
    doc = parse_text(text)
    assert any(p.startswith(head + "The committee asks") and p.endswith("once a year.") for p in _paragraphs(doc))
    assert not doc.headings


def test_a_foot_s_cells_in_order() -> None:
    from allyscope.layout.repeats import _in_order

    assert _in_order(("RELEX.1", "EN"), ("ANNEX", "RELEX.1", "EN"))
    assert not _in_order(("EN", "RELEX.1"), ("ANNEX", "RELEX.1", "EN"))
    assert not _in_order(("RELEX.1", "FR"), ("ANNEX", "RELEX.1", "EN"))


_MEMBER_PAGE = (
    "高松市議会議員　すずき花子　公式ホームページ\n"
    "ホーム　プロフィール　市政報告　ブログ　お問い合わせ\n"
    "ホーム ＞ 市政報告 ＞ 令和6年6月定例会の報告\n"
    "市政報告\n"
    "令和6年6月定例会の報告\n"
    "2024年7月2日　｜　カテゴリー：定例会\n"
    "6月の定例会では、市の防災計画と子育て支援について質問しました。その要旨をお知らせします。\n"
    "１　防災計画について\n"
    "避難所の備蓄について尋ね、市から来年度までに全ての避難所で三日分をそろえるとの答弁を得ました。\n"
    "２　子育て支援について\n"
    "放課後の居場所づくりについて、市は新たに二つの施設を開くと答えました。\n"
)


def test_a_member_s_report_kicker_is_a_doctype_and_the_sitting_no_date() -> None:
    doc = parse_text(_MEMBER_PAGE)
    assert doc.title == "令和6年6月定例会の報告"
    assert doc.date == "2024-07-02"
    assert [(h.label, h.title) for h in doc.headings] == [("１", "防災計画について"), ("２", "子育て支援について")]


def test_a_report_meeting_s_title_is_no_kicker() -> None:
    text = _MEMBER_PAGE.replace("市政報告\n令和6年6月定例会の報告\n", "市政報告会を開きました\n")
    doc = parse_text(text)
    assert doc.title == "市政報告会を開きました"


def test_a_sitting_named_by_year_and_month_dates_nothing() -> None:
    from allyscope.layout.dating import is_dateline

    assert not is_dateline("令和6年9月定例会で一般質問を行いました")
    assert not is_dateline("2024年12月臨時会の日程")
    assert is_dateline("2024年10月3日　｜　カテゴリー：一般質問")


# Two page notes flattened onto one line by a PDF's text layer (l52's shape), written for the test.
_FLATTENED = (
    "印尼與馬來西亞的海上合作\n"
    "林 志明\n"
    "一、前言\n"
    "兩國於2023年更新海上邊界協定1，並承諾加強「聯合巡邏」2的頻率。\n"
    "______________________\n"
    "1 協定於雅加達簽署。 2 巡邏由兩國海軍輪流主辦。\n"
    "- 3 -\n"
    "二、結語\n"
    "兩國的合作仍在起步階段。\n"
)


def test_two_notes_on_one_line_under_a_rule_are_two_notes() -> None:
    doc = parse_text(_FLATTENED)
    assert [(f.number, doc.note_text(f)) for f in doc.footnotes] == [
        (1, "協定於雅加達簽署。"),
        (2, "巡邏由兩國海軍輪流主辦。"),
    ]
    assert "巡邏由兩國海軍" not in doc.text


def test_a_text_line_holding_a_number_after_a_stop_is_not_cut() -> None:
    text = "1 協定於雅加達簽署。 2 巡邏由兩國海軍輪流主辦。"
    doc = parse_text("印尼與馬來西亞的海上合作\n兩國的合作仍在起步階段。\n" + text + "\n兩國將再度會談。\n")
    assert "巡邏由兩國海軍輪流主辦" in doc.text  # no rule over it: text
    skipped = parse_text(_FLATTENED.replace("。 2 巡邏", "。 5 巡邏"))  # not the next number: one note's line
    assert not any(f.number == 5 for f in skipped.footnotes)
    assert "5 巡邏由兩國海軍輪流主辦。" in skipped.notes_text + skipped.text


@given(st.integers(min_value=1, max_value=40))
def test_a_flattened_pair_is_cut_at_the_next_number(number: int) -> None:
    from allyscope.layout.note_pairs import _OPENING, _SECOND

    line = f"{number} 協定於雅加達簽署。 {number + 1} 巡邏由兩國海軍輪流主辦。"
    opening = _OPENING.match(line)
    assert opening is not None and int(opening.group(1)) == number
    second = [m for m in _SECOND.finditer(line) if int(m.group(1)) == number + 1]
    assert len(second) == 1 and line[second[0].start(1) :].startswith(f"{number + 1} 巡邏")
