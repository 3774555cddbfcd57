"""An instalment of a recurring exercise named back by a word of the series alone (thirty-first session, dom62;
issue 14 item 5): `The 2022 edition ran …`, `the first phase was held …`, `第二阶段在…举行`, `本届于…举行` tell a run
or part of the exercise the text named before, and are coded as that exercise (the codebook's rule 10), not as
talk. Sentences written for these tests, about pairs the corpus has no document on (Chile, Peru, Uruguay,
Paraguay, Argentina) and an exercise the gazetteer does not know."""

from __future__ import annotations

from helpers import case_of

from allyscope import parse_text
from allyscope.events import extract_events
from allyscope.events_domain import classify_domain, patterns, referred_occasion
from allyscope.scripts import fold


def _domains(text: str, *parties: str) -> list[tuple[str, str]]:
    with case_of(*parties):
        return [(e.date, e.domain) for e in extract_events(parse_text(text), "t")]


def test_an_instalment_takes_the_exercise_named_last_before_it() -> None:
    data = patterns()
    before = fold("Chile and Peru held their first joint naval drills off Arica in May 2021.")
    for clause, place in (("The 2022 edition ran from 6 to 15 June off Callao.", 9), ("第二阶段在卡亚俄附近举行", 0)):
        folded = fold(clause)
        named = referred_occasion(data, folded, before)
        assert named == [(place, "exercise")]
        assert classify_domain(data, folded, named, folded, 0) == "military-exercise"
    # the instalment standing before the clause, as its subject
    assert referred_occasion(data, fold("held from 3 to 9 July"), before, fold("the 2023 iteration, ")) == [
        (0, "exercise")
    ]


def test_no_instalment_of_a_meeting_nor_a_word_governing_its_own_noun() -> None:
    data = patterns()
    drills = fold("The two navies held joint drills in March.")
    # the occasion told last is a summit: the next edition is the summit's
    summit = drills + fold(" The leaders met at a summit in April.")
    assert referred_occasion(data, fold("The next edition was held in Lima."), summit) == []
    # `round of talks`, `edition of the forum`: the word governs a noun of its own
    assert referred_occasion(data, fold("The second round of talks was held in May."), drills) == []
    assert referred_occasion(data, fold("The third edition of the forum opened in May."), drills) == []
    # a clause with a cue of its own ranked at or above the heads of objects says what was done
    assert referred_occasion(data, fold("The 2022 edition ended with a memorandum signed in Lima."), drills) == []
    # nothing before names an occasion
    assert referred_occasion(data, fold("The 2022 edition ran from 6 to 15 June."), fold("Trade grew in 2021.")) == []


def test_an_exercise_told_again_by_its_runs_is_coded_an_exercise_in_a_document() -> None:
    text = (
        "Southern partners\n\n"
        "Uruguay and Paraguay opened their first combined river drills near Asunción on 4 May 2021. "
        "The two navies trained for a week.\n\n"
        "The 2022 edition ran from 6 to 15 June between Uruguayan and Paraguayan crews. "
        "The 2023 iteration, held from 3 to 9 July, again brought Uruguay and Paraguay together.\n"
    )
    got = dict(_domains(text, "UY", "PY"))
    assert got.get("2022-06-06/2022-06-15") == "military-exercise"
    assert got.get("2023-07-03/2023-07-09") == "military-exercise"


def test_exercises_of_the_gazetteer_named_alone_are_exercises() -> None:
    """An exercise named by its name alone (Garuda Shield, Khaan Quest, Cobra Gold: data, `gazetteer.json`) is an
    exercise's act whatever verb tells it (`began`, `opened`, `開幕`)."""
    text = "Training\n\nCobra Gold began on 10 May 1982 as a small exchange between two armies.\n"
    assert ("1982-05-10", "military-exercise") in _domains(text, "TH", "US")
    text = "蒙美演训\n\n2024年7月27日，由蒙古与美国共同主办的“可汗探索”在乌兰巴托郊外开幕。\n"
    assert ("2024-07-27", "military-exercise") in _domains(text, "MN", "US")


def test_it_before_a_verb_of_an_occasions_course_is_the_exercise_named_last() -> None:
    """`It opened on Sunday`: English names the exercise back by a pronoun before a verb of its course; Chinese and
    Japanese repeat the noun (`该演习`, a cue of its own). Not `it signed`, which says what was done."""
    data = patterns()
    drills = fold("Peru and Chile held combined naval drills off Arica.")
    assert referred_occasion(data, fold("It had opened on Sunday, 13 April"), drills) == [(0, "exercise")]
    assert referred_occasion(data, fold("It signed a memorandum on 13 April"), drills) == []
    assert referred_occasion(data, fold("It opened on Sunday"), fold("The two ministers met in Lima.")) == []
