"""lay31a's labelled field lines (issue 12), tried on forms written in other words than the dev document that asked
for them (tests/layouts/zh_hant_legislative_question_reply_labelled_fields): a form's field lines (a short label and
a full-width colon opening each) are never the wrap of the field above, however long it ran; a title label
(`題目：`, `件名：`, `案由：`) makes the words after it the title and the lines above it the doctype; a reply's
date label (`函覆日期：`) dates the document as published. Traps: a wrapped sentence whose second line opens with a
speaker and a colon under a line that is no field stays one paragraph; a front with no title label keeps its
first line as the title."""

from __future__ import annotations

from allyscope import parse_text

_FORM = (
    "監察院調查案件函覆\n"
    "案由：據訴沿海雷達站更新工程延宕多年未能如期完成相關單位涉有違失等情案之調查與後續改善情形\n"
    "調查委員：陳美玲\n"
    "函覆機關：海洋委員會\n"
    "函覆日期：2023年11月2日\n"
    "一、雷達站更新工程因材料進口延誤，已於本年九月完成驗收。\n"
    "二、本會已檢討契約管理流程，並函請所屬機關落實執行。\n"
)

_JA_FORM = (
    "質問主意書に対する答弁\n"
    "件名：離島周辺海域における外国公船の航行状況に関する質問\n"
    "提出者：山本一郎\n"
    "答弁日：令和6年2月9日\n"
    "政府としては、関係省庁が緊密に連携し、警戒監視に万全を期している。\n"
)


def test_field_lines_stand_apart_and_title_label_names_the_title() -> None:
    doc = parse_text(_FORM)
    assert doc.title == "據訴沿海雷達站更新工程延宕多年未能如期完成相關單位涉有違失等情案之調查與後續改善情形"
    assert [doc.span_text(s) for s in doc.spans if s.kind == "doctype"] == ["監察院調查案件函覆"]
    paragraphs = [doc.span_text(p) for p in doc.paragraphs]
    assert paragraphs[:3] == ["調查委員：陳美玲", "函覆機關：海洋委員會", "函覆日期：2023年11月2日"]
    assert doc.authors == []
    assert (doc.date, doc.date_source) == ("2023-11-02", "published")


def test_japanese_subject_label_names_the_title() -> None:
    doc = parse_text(_JA_FORM)
    assert doc.title == "離島周辺海域における外国公船の航行状況に関する質問"
    assert [doc.span_text(s) for s in doc.spans if s.kind == "doctype"] == ["質問主意書に対する答弁"]
    # `提出者：` under the title field names who asked: the byline (the lead's decision of the fifty-fourth session,
    # lay86b; this test read it as the first paragraph before)
    assert doc.authors == ["山本一郎"]
    assert doc.span_text(doc.paragraphs[0]) == "答弁日：令和6年2月9日"


def test_trap_speaker_line_under_a_sentence_is_its_wrap() -> None:
    # the first line is no field: the second, opening with a name and a colon, goes on with the sentence
    text = (
        "海巡署今日召開記者會說明近期巡防情形與未來規劃，署長在會中回應外界關切的問題時指出下列事項，署長\n"
        "表示：巡防艦艇將於明年起陸續汰換。\n"
        "記者會在中午前結束。\n"
    )
    doc = parse_text("巡防說明\n" + text)
    assert any("署長表示：巡防艦艇" in doc.span_text(p) for p in doc.paragraphs)


def test_trap_no_title_label_keeps_the_first_line_as_title() -> None:
    doc = parse_text("沿海雷達站更新工程檢討\n調查委員：陳美玲\n一、雷達站更新工程已於本年九月完成驗收。\n")
    assert doc.title == "沿海雷達站更新工程檢討"
    assert not [s for s in doc.spans if s.kind == "doctype"]


def test_series_label_over_a_translated_title_is_a_doctype() -> None:
    # the English line translates the longer line under the first: that line is the title, the first a label
    doc = parse_text(
        "國防政策季度評析\n"
        "2025年第一季印太地區海上執法動態觀察\n"
        "Maritime Law Enforcement in the Indo-Pacific, 2025 Q1\n"
        "某某安全研究院\n"
        "2025年4月\n"
        "本期評析整理第一季各國海上執法機關的主要動向，並就其對區域安全的意涵提出初步觀察與建議。\n"
        "各國海巡機關在本季的聯合演練次數明顯增加，合作範圍也由搜救延伸至資訊分享與人員培訓。\n"
    )
    assert doc.title == "2025年第一季印太地區海上執法動態觀察"
    kinds = {s.kind: doc.span_text(s) for s in doc.spans}
    assert kinds["doctype"] == "國防政策季度評析"
    assert kinds["translated-title"].startswith("Maritime Law")


def test_trap_title_over_its_own_translation_stays_the_title() -> None:
    # a title directly over its English version, a subtitle-less front: nothing to take for a series label
    doc = parse_text(
        "印太地區海上執法動態觀察\n"
        "Observations on Maritime Law Enforcement in the Indo-Pacific\n"
        "某某安全研究院\n"
        "本期評析整理各國海上執法機關的主要動向。\n"
    )
    assert doc.title == "印太地區海上執法動態觀察"
    assert not [s for s in doc.spans if s.kind == "doctype"]
