"""Spans that never yield events (a note after its label, a numbered section heading, an abstract that names the
text itself after a label without a colon) and modes of the language (English `do not`, Chinese 将 right before a
verb of an act): sentences written for these tests, about pairs and words the corpus rules were not tuned on."""

from __future__ import annotations

from allyscope import parse_text
from allyscope.events import extract_events
from allyscope.regions import regions


def _events(text: str) -> list[tuple[str, str]]:
    return [(e.date, e.mode) for e in extract_events(parse_text(text), "t")]


def test_a_note_after_its_label_states_no_event() -> None:
    for note in (
        "注：《智利与秘鲁签署海上合作协定始末》，南方观察，2019年6月2日。",
        "註：〈智秘兩國舉行首次聯合巡邏〉，南方觀察網，2019年6月2日。",
        'Note: Ministry of Defence of Peru, "Signing of the naval accord with Chile", 4 June 2019.',
    ):
        text = "智利与秘鲁\n\n一、正文\n\n2019年5月30日，智利与秘鲁签署海上合作协定。\n\n" + note + "\n"
        assert [date for date, _ in _events(text)] == ["2019-05-30"], note
    # a paragraph that only begins with a word starting with the same character is read
    text = "智利与秘鲁\n\n一、正文\n\n注目すべきは、2019年5月30日に両国が海上協力協定に署名したことである。\n"
    assert [date for date, _ in _events(text)] == ["2019-05-30"]


def test_a_numbered_section_heading_dates_nothing_but_anchors_the_dates_under_it() -> None:
    text = (
        "チリとペルー\n\n1. 2019年以降\n\n同年5月、両国の海軍は初めての共同訓練を実施した。\n\n"
        "2. 協力の課題\n\n詳細は不明である。\n"
    )
    doc = parse_text(text)
    assert "heading" in [r.where for r in regions(doc)]
    assert _events(text) == [("2019-05", "asserted")]
    for heading in ("三、2015年以来的变化", "IV. The years after 2015"):
        text = f"Chile and Peru\n\n{heading}\n\nIn May 2016 the two navies held their first joint patrol.\n"
        assert [date for date, _ in _events(text)] == ["2016-05"], heading
    # a numbered paragraph that is a sentence is read
    text = "Chile and Peru\n\n1. In May 2016 the two navies held their first joint patrol.\n"
    assert [date for date, _ in _events(text)] == ["2016-05"]


def test_an_abstract_naming_the_text_after_a_label_without_a_colon_states_no_event() -> None:
    for body in (
        "要旨　本稿は、2015年以降のチリとペルーの海洋協力を検討する。",
        "Summary. This brief reviews the naval ties of Chile and Peru since 2015.",
        "摘要 本文考察2015年以来智利与秘鲁的海上合作。",
    ):
        assert _events("Chile and Peru\n\n" + body + "\n") == [], body


def test_an_english_present_negation_leaves_the_act_unstated() -> None:
    for sentence in (
        "LIMA, May 4, 2021 — The spokesman said: I don't have any visit by the Chilean minister to announce today.",
        "LIMA, May 4, 2021 — Chile does not send a frigate to the Peruvian exercise in June 2021.",
    ):
        modes = _events("Chile and Peru\n\n" + sentence + "\n")
        assert all(mode != "asserted" for _, mode in modes), (sentence, modes)
    assert ("2021-05-03", "asserted") in _events(
        "Chile and Peru\n\nLIMA, May 4, 2021 — Chile and Peru signed a naval accord on Monday.\n"
    )


def test_chinese_jiang_right_before_a_verb_of_an_act_is_a_plan_and_as_a_disposal_marker_is_not() -> None:
    head = "智利与秘鲁\n\n一、正文\n\n"
    assert [mode for _, mode in _events(head + "2021年5月4日，智利外长将访问秘鲁。\n")] == ["planned"]
    assert [mode for _, mode in _events(head + "按照日程，兩國總統2021年5月4日將出席簽字儀式。\n")] == ["planned"]
    found = _events("智利与秘鲁\n\n一、正文\n\n2021年5月4日，两国将双边关系提升为战略伙伴关系。\n")
    assert [mode for _, mode in found] == ["asserted"]


def test_a_date_modifying_a_noun_beside_the_date_of_the_act_dates_no_act() -> None:
    head = "智利与秘鲁\n\n一、正文\n\n"
    assert [d for d, _ in _events(head + "2021年5月3日秘鲁海军宣布邀请智利参加明年的联合演习。")] == ["2021-05-03"]
    # a date with an act of its own in its stretch keeps it: it dates the state that act reached
    found = _events(head + "秘鲁海军由最初3艘扩大至2010年的9艘，2016年7月两国签署海洋协定。")
    assert sorted(d for d, _ in found) == ["2010", "2016-07"]
    jhead = "チリとペルー\n\n一、本文\n\n"
    found = _events(jhead + "2016年春の3か月にわたる交渉の末、同年7月1日、両国は海洋協定に署名した。\n")
    assert [d for d, _ in found] == ["2016-07-01"]
    found = _events("Chile and Peru\n\nAfter Monday's talks, Chile and Peru signed a naval accord on 9 May 2021.\n")
    assert [d for d, _ in found] == ["2021-05-09"]
    # a document named by its date keeps it (the corpus counts a declaration in a noun phrase), and so does a date
    # that modifies a noun when no other date dates the sentence
    found = _events(jhead + "出発点は2001年6月のリマ宣言であり、2016年7月には海洋協定が署名された。\n")
    assert sorted(d for d, _ in found) == ["2001-06", "2016-07"]
    assert [d for d, _ in _events(head + "双方在2019年5月3日的会谈中同意建立海上对话机制。")] == ["2019-05-03"]


def test_attributive_dates_are_found_by_the_particle_after_them() -> None:
    from allyscope.event_clauses import attributive_dates

    sentence = "2月10日，双方宣布参加今年的演习。"
    assert sentence[12:14] == "今年" and attributive_dates(sentence, [(0, 5), (12, 14)]) == set()
    sentence = "2月10日双方宣布参加今年的演习。"
    assert sentence[11:13] == "今年" and attributive_dates(sentence, [(0, 5), (11, 13)]) == {1}
    assert attributive_dates("去年的演习后，2月10日双方签署协议。", [(0, 2), (7, 12)]) == {0}
    assert attributive_dates("2月10日双方通过今年的宣言。", [(0, 5), (11, 13)]) == set()
    assert attributive_dates("今年的演习和明年的演习。", [(0, 2), (6, 8)]) == set()


def test_a_question_asking_to_confirm_a_report_states_nothing_of_it() -> None:
    head = "智利与秘鲁\n\n问答\n\n"
    assert _events(head + "问：有报道称智利军舰去年8月停靠秘鲁卡亚俄港，发言人能否证实？\n") == []
    assert _events(head + "問：有報導說兩國海軍2021年5月舉行了聯合演習，是否屬實？\n") == []
    assert (
        _events("Chile and Peru\n\nQ: Reports say the two navies drilled off Callao on 4 May 2021, is that true?\n")
        == []
    )
    assert (
        _events(
            "チリとペルー\n\n問答\n\n問：両国の海軍が2021年5月4日に共同訓練を行ったと報じられていますが、事実ですか。\n"
        )
        == []
    )
    # a question that only asks for a comment keeps what it builds on; a report told in a sentence of its own is
    # asked to be confirmed by the turn it stands in, so, by the codebook's convention for questions (twenty-third
    # session, qa45: a report the turn asks the speaker to confirm, anywhere in the turn, is no event), it states
    # nothing either — ext24a had kept it
    assert [d for d, _ in _events(head + "问：智利总统2021年5月4日访问秘鲁，中方有何评论？\n")] == ["2021-05-04"]
    assert _events(head + "问：据报道，两国海军2021年5月4日举行了联合演习。发言人能否证实？\n") == []
    found = _events(head + "问：据报道，两国海军2021年5月4日举行了联合演习。中方对此有何评论？\n")
    assert [d for d, _ in found] == ["2021-05-04"]


def test_a_plan_that_was_set_before_is_no_act_and_a_question_that_builds_on_a_scene_states_nothing() -> None:
    head = "智利与秘鲁\n\n一、正文\n\n"
    found = _events(head + "智利总统原定2021年3月访问秘鲁，后因病推迟。2021年5月4日，他抵达利马。\n")
    assert sorted(found) == [("2021-03", "planned"), ("2021-05-04", "asserted")]
    assert _events(head + "按原定计划，两国2021年5月4日签署了协定。\n") == [("2021-05-04", "asserted")]
    found = _events("Chile and Peru\n\nThe minister was due to visit Lima in March 2021 but fell ill.\n")
    assert [mode for _, mode in found] == ["planned"]
    assert _events("智利与秘鲁\n\n问答\n\n问：5月4日的演习之后，两国还有什么安排？\n") == []
    assert _events("Chile and Peru\n\nQ&A\n\nQ: After the drill of 4 May 2021, what comes next?\n") == []


def test_a_date_of_what_came_before_the_act_dates_no_act_and_a_year_before_a_title_names_it() -> None:
    head = "智利与秘鲁\n\n一、正文\n\n"
    assert _events(head + "2019年5月3日的会谈之后，两国签署了海洋协定。\n") == []
    assert _events("チリとペルー\n\n一、本文\n\n2019年5月の協議の後、両国は海洋協定に署名した。\n") == []
    # a date in a stretch that does not tell what came before keeps it
    assert [d for d, _ in _events(head + "双方在2019年5月3日的会谈中同意建立海上对话机制。\n")] == ["2019-05-03"]
    # `2001年的《…条约》`: the year names the treaty, as `2001年的条约` and `1982年《公约》` do
    assert _events(head + "2001年的《智秘海洋合作条约》仍是两国合作的法律基础。\n") == []


def test_a_date_line_under_the_title_dates_the_writing_when_the_layout_gave_no_date() -> None:
    text = (
        "チリ・ペルー共同声明\n2021年5月4日、リマ\n\n1　両首脳は、2019年に署名された海洋協定を評価した。"
        "両首脳は、2022年に次回の対話を開催することを確認した。\n"
    )
    doc = parse_text(text)
    assert doc.date is None  # the layout read no date: the date line alone tells when the text was written
    assert sorted(_events(text)) == [("2019", "asserted"), ("2022", "planned")]
