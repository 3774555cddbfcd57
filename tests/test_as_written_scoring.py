"""The scorer's `as_written` convention (issue 14 item 3, cjkp64): an annotation may give, for a gold actor the
gazetteer lacks, the forms a Chinese or Japanese text writes it in; an extracted actor whose name agrees with one
of those forms (`written_name`) counts as that actor. Without the map scoring is as before. The people here are
made up."""

from __future__ import annotations

from allyscope.adhoc_bodies import BODY_AS_WRITTEN
from allyscope.evaluate import actors_agree, evaluate, missing_actors

PERSON = "person:as-written:"


def test_a_form_as_written_counts_as_the_gold_actor() -> None:
    event = {"actors": ["PE", PERSON + "卡洛斯·门多萨"]}
    gold = {"actors": ["Peru", "Carlos Mendoza"]}
    forms = {"Carlos Mendoza": ["卡洛斯·门多萨", "门多萨"]}
    assert not actors_agree(gold, event)
    assert missing_actors(gold, event) == ["Carlos Mendoza"]
    assert actors_agree(gold, event, forms)
    assert missing_actors(gold, event, forms) == []
    # the shorter form the text also uses alone counts as well, and so does the other script
    assert actors_agree(gold, {"actors": ["PE", PERSON + "门多萨"]}, forms)
    assert actors_agree(gold, {"actors": ["PE", PERSON + "卡洛斯‧門多薩"]}, forms)


def test_katakana_forms_and_a_body_as_written() -> None:
    forms = {"Ahmed Rashid": ["アフメド・ラシード", "ラシード"], "Harbour Guard Office": ["港湾警備庁"]}
    gold = {"actors": ["Ahmed Rashid", "Harbour Guard Office"]}
    event = {"actors": [PERSON + "アフメド＝ラシード"], "involved": [BODY_AS_WRITTEN + "港湾警備庁"]}
    assert actors_agree(gold, event, forms) is False  # `＝` is no middle dot: the form must agree as written
    event = {"actors": [PERSON + "ラシード"], "involved": [BODY_AS_WRITTEN + "港湾警備庁"]}
    assert actors_agree(gold, event, forms)


def test_a_form_of_another_actor_does_not_count() -> None:
    forms = {"Carlos Mendoza": ["门多萨"], "Luis Vargas": ["巴尔加斯"]}
    gold = {"actors": ["Peru", "Luis Vargas"]}
    event = {"actors": ["PE", PERSON + "门多萨"]}
    assert not actors_agree(gold, event, forms)
    assert missing_actors(gold, event, forms) == ["Luis Vargas"]


def test_without_the_map_scoring_is_as_before() -> None:
    event = {"actors": ["PE", PERSON + "Carlos MENDOZA"]}
    assert actors_agree({"actors": ["Peru", "Carlos Mendoza"]}, event)
    assert actors_agree({"actors": ["Peru", "Carlos Mendoza"]}, event, {})
    assert not actors_agree({"actors": ["Chile"]}, event, None)
    assert missing_actors({"actors": ["Chile", "Peru"]}, event) == ["Chile"]


def test_evaluate_reports_both_figures() -> None:
    data = {"footnotes": []}
    sentence = "2021年3月2日，秘鲁外长门多萨访问智利。"
    events = [
        {"date": "2021-03-02", "actors": ["PE", "CL", PERSON + "门多萨"], "domain": "political-dialogue",
         "evidence": {"text": sentence, "footnotes": []}},
    ]  # fmt: skip
    gold = {"id": "e1", "date": "2021-03-02", "actors": ["Peru", "Chile", "Carlos Mendoza"],
            "evidence": "秘鲁外长门多萨访问智利", "domain": "political-dialogue"}  # fmt: skip
    plain = evaluate(data, events, {"events": [gold]})["events"]
    assert plain["actors_agree"] == plain["actors_english_only"] == 0.0
    written = evaluate(data, events, {"events": [gold], "as_written": {"Carlos Mendoza": ["门多萨"]}})["events"]
    assert written["actors_agree"] == 1.0 and written["actors_english_only"] == 0.0
