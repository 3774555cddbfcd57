"""Another party's answer told in the next clause is an act of its own (issue 14, recall; branch rec87).

A Chinese clause that tells one party's act and then, after a comma, another party answering it at once
(`…查德政府同臺灣當局「建交」，中國政府隨即中止同查德的外交關係`, `…日本與中華人民共和國建交，我國隨即宣布與日本斷交`,
`…该潜艇再次停靠科伦坡，印度方面随即表示关切`) tells two acts, each with its own subject and actors, as dev's gold reads
it in documents of many sessions (`news_zhs_china_nicaragua_fta`, `news_zhs_china_kiribati_ties`,
`academic_zhs_china_gambia_resumption`, `brief_zhs_china_liberia_relations`, `joint_zht_china_chad_resumption`,
`joint_zht_taiwan_burkina_faso_ma_visit`, `academic_zht_taiwan_japan_representative_offices`,
`academic_zht_taiwan_stkitts_stlucia_allies`, `presser_zht_taiwan_nauru_termination`,
`academic_zhs_china_sri_lanka_navy`). The extractor read one act: the first act often has no type cue (`建交` is
none, a quoted `「建交」` is what was said), so the clause's one cue made it one piece, and no comma was cut before a
named subject and `随即`. Now event_segments cuts there (event_clauses.json `response_in_next_clause`) and
events_domain keeps the answer apart from the act before it.

The tests are in other words and about other pairs. Traps: a subject that carries the subject before (`，其随即…`,
`，并随即…`: the same party's next act), the sides named together (`，两国随即…`: the same sides, read by
`next_act_openers`), an answer that states only an intent (`，该组织随即表示愿…`), an answer to a natural disaster
(the relief is the one act), an answer inside a quotation, an answer after a clause that only sets the scene."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.event_clauses import rules
from allyscope.event_segments import answer_in, answers_the_act_before, coordinated_cuts
from allyscope.events_domain import patterns, predicates


def _asserted(body: str) -> list[tuple[str, str]]:
    """(date, CAMEO code) of every event stated as done in a short text with a title."""
    import allyscope

    doc = allyscope.extract("双边关系\n\n" + body + "\n")
    return [(e.date, e.cameo) for e in doc.events if e.mode == "asserted"]


def _pieces(sentence: str) -> list[str]:
    return [sentence[a:b] for a, b in predicates(sentence, 0, len(sentence), patterns())]


# --- the answer of another party ------------------------------------------------------------------------------------


def test_relations_broken_off_in_answer_to_a_switch_are_an_act_of_their_own() -> None:
    # the first act told in quotes (what the writer does not grant), the answer the clause's one cue
    text = "1994年5月，该国政府同台湾当局“复交”，中国政府随即宣布中止与该国的外交关系。"
    assert _pieces(text) == ["1994年5月，该国政府同台湾当局“复交”", "，中国政府随即宣布中止与该国的外交关系。"]
    assert len(_asserted(text)) == 2


def test_a_state_ending_ties_in_answer_to_a_recognition_is_a_second_act() -> None:
    text = "1971年10月，加拿大與中華人民共和國建交，中華民國政府隨即宣布與加拿大斷交。"
    pieces = _pieces(text)
    assert pieces[1].startswith("，中華民國政府隨即")
    assert len(_asserted(text)) == 2


def test_a_concern_voiced_in_answer_to_a_port_call_is_a_second_act() -> None:
    text = "2017年5月，一艘外国科考船驶入科伦坡港，印度外交部随即表示关切。"
    assert len(_pieces(text)) == 2


def test_the_answer_keeps_its_own_date_when_it_has_one() -> None:
    # the shape this branch's pages tell (`…「建交」，中國政府隨即於同年8月7日宣布中止…`): two dates, two acts
    text = "1989年，该国政府同台湾当局“建交”，中国政府随即于同年8月7日宣布中止与该国的外交关系。"
    assert [d for d, _ in _asserted(text)] == ["1989", "1989-08-07"]


# --- traps ----------------------------------------------------------------------------------------------------------


def test_a_subject_carried_from_the_clause_before_is_no_other_partys_answer() -> None:
    assert not answers_the_act_before("…访问北京，其随即会见…", 5)
    assert not answers_the_act_before("…就任总统，并随即要求…", 5)


def test_the_sides_named_together_are_cut_at_but_tell_no_answer() -> None:
    text = "1973年初，甲国政府承认乙国，两国随即建立外交关系。"
    assert not answers_the_act_before(text, text.index("，两国"))
    assert answer_in(text, 0, len(text)) is None


def test_an_answer_that_states_only_an_intent_is_no_act_of_its_own() -> None:
    text = "2019年3月2日，总统在东京与该组织领导人会面，该组织随即表示愿加快和谈进程。"
    assert not answers_the_act_before(text, text.index("，该组织"))
    assert len(_pieces(text)) == 1


def test_relief_sent_at_once_after_a_disaster_is_the_one_act() -> None:
    text = "2015年4月，强烈地震袭击尼泊尔，印度空军随即派出运输机运送救援物资。"
    assert len(_pieces(text)) == 1


def test_an_answer_inside_a_quotation_is_not_cut_as_an_act() -> None:
    text = "2020年7月14日，发言人表示：“美方宣布售台武器，中方随即采取反制措施。”"
    assert len(_pieces(text)) <= 1 or all("随即" not in p or p.startswith("2020") for p in _pieces(text))


def test_an_answer_after_a_clause_that_only_sets_the_scene_is_the_one_act() -> None:
    text = "2024年1月15日，典礼结束后，新任总统随即会见各国特使。"
    assert len(_asserted(text)) == 1


# --- properties -----------------------------------------------------------------------------------------------------

_SPEC = rules()["response_in_next_clause"]
_BARRED = {*_SPEC["not_subjects"], *rules()["new_subject"], *rules()["next_act_openers"]["subjects_before"]["words"]}
_HAN = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5)


@settings(max_examples=60)
@given(subject=st.text(_HAN, min_size=1, max_size=int(_SPEC["subject_reach"])), word=st.sampled_from(_SPEC["words"]))
def test_any_named_subject_then_at_once_opens_an_answer(subject: str, word: str) -> None:
    text = f"甲国宣布承认乙国，{subject}{word}宣布断交。"
    barred = any(subject.startswith(b) for b in _BARRED) or any(w in subject for w in _SPEC["words"])
    if not barred and not any(v in subject + word + "宣布断交" for v in _SPEC["intent_verbs"]):
        assert answers_the_act_before(text, text.index("，"))


@settings(max_examples=60)
@given(barred=st.sampled_from(sorted(w for w in _BARRED if not w.isascii())), word=st.sampled_from(_SPEC["words"]))
def test_a_barred_subject_never_opens_an_answer(barred: str, word: str) -> None:
    text = f"甲国宣布承认乙国，{barred}{word}宣布断交。"
    assert not answers_the_act_before(text, text.index("，"))


@settings(max_examples=80)
@given(st.text(st.sampled_from(list("，。甲乙国方政府随即隨宣布断交与同其并“”")), max_size=40))
def test_answers_are_found_only_at_a_comma_inside_the_clause(text: str) -> None:
    at = answer_in(text, 0, len(text))
    assert at is None or (0 < at < len(text) and text[at] == "，")
    for cut in coordinated_cuts(text, 0, len(text)):
        assert 0 < cut < len(text)
    assert all(re.match("，", text[c]) for c in range(len(text)) if answers_the_act_before(text, c))
