"""Acts told together in one sentence, and the words that say what kind of act each is: a visit told with
`来日`, a demand after a protest (`抗議し、…を求めた`), an English acceptance or naming (`accepted …`, `called it
…`) beside another act, an entry into force told in the past (`entered into force`), and the acts on an
instrument a cue now names (`签字`, `达成…安排`, `運用を開始`). Sentences written for these tests."""

from __future__ import annotations

from allyscope import extract
from allyscope.events_domain import patterns, rule_domain
from allyscope.scripts import fold


def _events(text: str) -> list[tuple[str, str]]:
    return [(e.date, e.type) for e in extract(text).events]


def test_a_visit_to_japan_and_the_talks_held_on_it_are_two_acts() -> None:
    found = _events("首脳往来\n\n2019年5月、フランスの大統領が来日し、日本の首相と会談した。\n")
    assert len(found) == 2


def test_a_protest_and_the_demand_after_it_are_two_acts() -> None:
    found = _events("抗議\n\n2023年8月24日、日本政府はロシア側に抗議し、謝罪を求めた。\n")
    assert len(found) == 2
    assert {t for _, t in found} == {"ACCUSE", "REQUEST"}


def test_an_english_acceptance_or_naming_beside_another_act() -> None:
    found = _events(
        "Envoys\n\nOn 2 May 2022 the minister accepted the new ambassador's credentials and welcomed closer ties.\n"
    )
    assert len(found) == 2
    found = _events("Warsaw\n\nOn 9 June 2021 the chancellor signed the treaty and called it a turning point.\n")
    assert len(found) == 2


def test_an_entry_into_force_told_in_the_past_is_an_act_on_an_instrument() -> None:
    found = _events("Accord\n\nThe accord between Chile and Peru entered into force on 3 March 2021.\n")
    assert found == [("2021-03-03", "AGREE")]
    found = _events("Accord\n\nThe convention came into force in 2019.\n")
    assert found == [("2019", "AGREE")]


def test_acts_on_an_instrument_named_by_their_words() -> None:
    data = patterns()
    for clause in (
        "2019年4月，两国总理出席了签字仪式。",
        "2019年4月，兩國總理出席了簽字儀式。",
        "2021年5月，双方就渔业问题达成临时安排。",
        "2021年5月，雙方就漁業問題達成臨時安排。",
        "2020年6月、両国の国防当局は直通回線の運用を開始した。",
        "2020年6月，两国国防部之间的直通电话正式开通。",
    ):
        assert rule_domain(data, fold(clause))[0] == "institutional", clause
    # a meeting is still a dialogue, and an arrangement of a schedule no instrument
    assert rule_domain(data, fold("2019年4月，两国总理举行会谈。"))[0] == "political-dialogue"


def test_a_visit_and_consultations_held_on_it_are_two_acts() -> None:
    found = _events("政府間協議\n\n2019年5月、スペインの首相が来日し、初の日西政府間協議が東京で開催された。\n")
    assert len(found) == 2
    # consultations named with no visit beside them stay one act
    assert len(_events("協議\n\n2019年5月、日西政府間協議が東京で開催された。\n")) == 1
