"""lay58 (twenty-eighth session): layouts of kinds the dev set had few of (issue 12): a treaty's articles numbered
with 条/條 and captioned in brackets, a hearing transcript's masthead of an issuing body set in capitals over its
title, and the place a hearing was held at under its date. Each rule on text in other words than the documents
that showed the miss (`tests/layouts/lay58_*`)."""

from __future__ import annotations

from allyscope import parse_text
from allyscope.layout.dating import document_date, find_dates
from allyscope.layout.notes import fullmatches_label
from tests.helpers import heading_rows


def test_captioned_articles_are_heads_whose_caption_is_the_title() -> None:
    text = (
        "海上捜索救助協力に関する協定\n"
        "　両締約国は、海上における人命の安全を確保することを希望して、次のとおり協定した。\n"
        "第一条（範囲）\n"
        "　この協定は、両国の捜索救助区域において適用する。\n"
        "第二条（連絡窓口）\n"
        "　各締約国は、この協定の実施のための連絡窓口を指定する。\n"
    )
    assert heading_rows(text) == [(1, "一", "範囲"), (1, "二", "連絡窓口")]


def test_traditional_article_sign_with_ascii_brackets() -> None:
    text = (
        "海洋科學研究合作辦法\n"
        "第1條(目的)\n"
        "為促進海洋科學研究之合作，特訂定本辦法。\n"
        "第2條(主管機關)\n"
        "本辦法之主管機關為海洋委員會。\n"
    )
    assert heading_rows(text) == [(1, "1", "目的"), (1, "2", "主管機關")]


def test_an_article_cited_in_a_sentence_is_no_head() -> None:
    text = (
        "協定の運用\n"
        "第1章　概要\n"
        "　協定は第5条（適用範囲）で、訓練の種類を定めている。\n"
        "　両国は協定の見直しを三年ごとに行う。\n"
    )
    assert heading_rows(text) == [(1, "1", "概要")]
    assert "第5条（適用範囲）で" in parse_text(text).text


def test_an_issuing_body_in_capitals_is_an_issuer_as_in_mixed_case() -> None:
    assert fullmatches_label("HOUSE OF COMMONS", ("issuer",))
    assert fullmatches_label("STANDING COMMITTEE ON FOREIGN AFFAIRS AND TRADE", ("issuer",))
    assert fullmatches_label("Standing Committee on Foreign Affairs and Trade", ("issuer",))
    assert not fullmatches_label("THE LONG ROAD TO A CODE OF CONDUCT", ("issuer",))


def test_a_transcript_masthead_in_capitals_and_its_place_line_are_no_title_or_writers() -> None:
    text = (
        "HOUSE OF REPRESENTATIVES\n"
        "SUBCOMMITTEE ON SEAPOWER AND PROJECTION FORCES\n"
        "Shipbuilding Capacity and the Readiness of the Fleet\n"
        "Wednesday, March 13, 2024\n"
        "Washington, D.C.\n"
        "MR. COURTNEY: The subcommittee will come to order. We meet to hear from the shipyards.\n"
        "MS. HARPER: Thank you. Our yards delivered two submarines last year, fewer than planned.\n"
    )
    doc = parse_text(text)
    assert doc.title == "Shipbuilding Capacity and the Readiness of the Fleet"
    assert doc.authors == []
    assert doc.date == "2024-03-13"


def test_a_writer_with_a_degree_is_still_a_writer() -> None:
    text = (
        "Medical Readiness in Island Deployments\n"
        "Helen Carter, M.D.\n"
        "Forces deployed to small islands depend on evacuation by air for any serious injury.\n"
        "Field hospitals were set up on three islands during last year's exercise.\n"
    )
    assert parse_text(text).authors == ["Helen Carter"]


def test_a_treaty_year_counted_with_thousands_is_read() -> None:
    found = find_dates("二千十九年六月二十八日")
    assert [f.edtf for f in found] == ["2019-06-28"]


def test_an_agreement_closing_sentence_dates_it() -> None:
    text = (
        "海上における事故の防止に関する日本国政府と某国政府との間の協定\n"
        "　両政府は、次のとおり協定した。\n"
        "第1条（適用範囲）\n"
        "　この協定は、両国の艦船及び航空機に適用する。\n"
        "第2条（効力発生）\n"
        "　この協定は、署名の日に効力を生ずる。\n"
        "　以上の証拠として、下名は、各自の政府から正当に委任を受けてこの協定に署名した。\n"
        "　二千十九年六月二十八日に大阪で、日本語及び英語により本書二通を作成した。\n"
        "日本国政府のために\n"
        "某　某\n"
    )
    doc = parse_text(text)
    assert (doc.date, doc.date_source) == ("2019-06-28", "dateline")


def test_done_at_and_signed_on_clauses_in_english_and_chinese() -> None:
    assert document_date([], ["Done at Wellington on 12 July 2022, in duplicate, in the English language."]) == (
        "2022-07-12",
        "dateline",
    )
    assert document_date([], ["本协议于2022年7月12日在惠灵顿签署，一式两份，中英文本同等作准。"]) == (
        "2022-07-12",
        "dateline",
    )


def test_a_sentence_telling_of_a_signing_in_a_story_is_no_closing_clause() -> None:
    # a story's sentence about an agreement signed elsewhere names its day in the text: no done clause
    assert document_date([], ["两国于2022年7月12日在惠灵顿签署了协定，双方表示将扩大合作。"]) is None
    assert document_date([], ["The agreement was done at Wellington on 12 July 2022, officials said."]) is None


def test_every_done_clause_names_its_date_group() -> None:
    from allyscope.layout.dating import rules

    assert rules().done_clause
    assert all("date" in p.groupindex for p in rules().done_clause)
