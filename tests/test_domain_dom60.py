"""A visit and the institutional act made on it (issue 14, item 5; thirtieth session, branch dom60). The corpus
README's convention "A visit that also establishes something" counts them as two events, each coded by its own
act: the visit `political-dialogue`, the partnership raised, the memorandum signed, the office opened
`institutional`. Where the extractor read the sentence as one event, it kept the establishment's domain for the
visit (or the visit's for the establishment) and lost the other act. The shapes, written here about other pairs
than the dev documents that showed them (Argentina and Uruguay, Poland and Lithuania):

- a return visit (`回访`, `回訪`) was no visit, so `…回訪…，兩國元首宣布建立…` kept one act;
- a name glossed in Latin letters in brackets after `与` pushed the signing past the reach of the cut before it;
- `recalled that X travelled to … and that the two governments signed …`: `travelled to` was no visit, and the
  second `that` opened no clause;
- `was the chief guest at …; a day earlier the two presidents raised …`: the guest's attendance had no act cue;
- `during the president's state visit to …, the two governments signed …`: the noun `state` was read as the verb of
  saying `state`, so the visit did not set the scene of the signing;
- `… was set up during President X's visit to Y in May 2016`: an act with no time of its own, dated by the visit
  it was done on, kept the visit's phrase in its clause (one event); the visit is now an event of its own, read in
  its own words;
- `举行会谈，随后共同出席工作午宴`: `随后` (then) after a comma opens the next act even of the same kind, as `接着` and
  `続いて` did (a welcome or talks, then a dinner: two events);
- `訪独し、…と会談した`: `訪` before a Japanese one-character name of a state (`米`, `独`, `仏`, `豪`, `露`, `伊`,
  `朝`) was no visit, so the visit and the talks were one event;
- `…と会談し、首相は…意向を表明した`: a Japanese clause after `し、` opening with a subject of its own (`Xは`) is
  another act, as `, and President X …` is in English (talks, then an intention declared: two events).

Contrasts: the present `is the chief guest` states no act, and a second `that` clause with no act in the past
(`and that the talks were useful`) is no event of its own.
"""

from __future__ import annotations

from helpers import events_in_case

PD, INS = "political-dialogue", "institutional"


def _domains(text: str, *sides: str) -> list[str]:
    return sorted(e.domain for e in events_in_case(text, *sides))


def test_a_return_visit_and_a_partnership_announced_are_two_acts() -> None:
    text = "阿根廷與烏拉圭\n\n2021年5月，烏拉圭總統回訪布宜諾斯艾利斯，兩國元首宣布建立戰略夥伴關係。"
    assert _domains(text, "AR", "UY") == [INS, PD]


def test_a_glossed_name_keeps_the_signing_apart_from_the_visit() -> None:
    text = (
        "阿根廷与乌拉圭\n\n2022年9月，阿根廷外长访问蒙得维的亚，与乌拉圭外长布斯蒂略（Francisco Bustillo）"
        "签署两国外交部合作备忘录。"
    )
    assert _domains(text, "AR", "UY") == [INS, PD]


def test_travelled_to_and_a_second_that_clause_are_two_acts() -> None:
    text = (
        "Poland and Lithuania\n\nThe ministers recalled that Poland's president travelled to Vilnius in May 2019 "
        "and that the two governments signed a memorandum on air defence there."
    )
    assert _domains(text, "PL", "LT") == [INS, PD]


def test_the_chief_guest_and_a_partnership_raised_the_day_before() -> None:
    text = (
        "Poland and Lithuania\n\nThe Lithuanian president was the chief guest at the Polish Independence Day "
        "parade on 11 November 2023; a day earlier the two presidents raised their relationship to a strategic "
        "partnership."
    )
    assert _domains(text, "PL", "LT") == [INS, PD]


def test_a_state_visit_sets_the_scene_of_a_signing() -> None:
    text = (
        "Poland and Lithuania\n\nIn June 2018, during the Polish president's state visit to Vilnius, the two "
        "governments signed an agreement on a joint air-defence unit."
    )
    assert _domains(text, "PL", "LT") == [INS, PD]


def test_a_chief_guest_told_in_the_present_is_no_act() -> None:
    text = (
        "Poland and Lithuania\n\nThe Lithuanian president, who landed in Warsaw late on Friday 10 November 2023 with "
        "a group of ministers, is the chief guest of this year's parade and will open it."
    )
    assert _domains(text, "PL", "LT") == [PD]


def test_a_second_that_clause_without_an_act_is_no_event() -> None:
    text = (
        "Poland and Lithuania\n\nThe ministers said that their deputies met in Warsaw on 4 May 2021 and that the "
        "talks were useful."
    )
    assert _domains(text, "PL", "LT") == [PD]


def test_an_act_dated_only_by_the_visit_it_was_done_on_is_two_acts() -> None:
    text = (
        "Poland and Lithuania\n\nThe ministers recalled that the joint defence commission was set up during "
        "President Duda's visit to Vilnius in May 2016."
    )
    assert _domains(text, "PL", "LT") == [INS, PD]


def test_then_after_a_comma_opens_the_next_act_of_the_same_kind() -> None:
    text = "波兰与立陶宛\n\n2023年5月10日，两国外长在华沙举行会谈，随后共同出席工作午宴。"
    assert _domains(text, "PL", "LT") == [PD, PD]


def test_a_japanese_visit_by_a_state_abbreviation_is_a_visit() -> None:
    text = "ノルウェーとドイツ\n\n2019年4月、ノルウェーの首相は訪独し、ドイツの首相と会談した。"
    assert _domains(text, "NO", "DE") == [PD, PD]


def test_a_japanese_clause_with_a_subject_of_its_own_is_another_act() -> None:
    text = (
        "ノルウェーとドイツ\n\n2019年4月10日、ノルウェーの首相はベルリンでドイツの首相と会談し、"
        "首相はドイツを主要な防衛パートナーに指定する意向を表明した。"
    )
    assert _domains(text, "NO", "DE") == [PD, PD]


def test_a_japanese_clause_without_a_subject_stays_with_its_act() -> None:
    text = "ノルウェーとドイツ\n\n2019年4月10日、ノルウェーの首相はベルリンを訪問し、ドイツの首相と会談した。"
    assert _domains(text, "NO", "DE") == [PD, PD]
