"""A visit or talks and an institutional act told in one clause (issue 14, institutional -> political-dialogue, the
largest domain confusion of the blind sets; twenty-eighth session, branch dom58). The codebook counts a visit and
the act done during it as two events (rec47's convention), the act coded by its own words: an instrument signed, a
partnership established, a mechanism launched is `institutional` (rule 1), the visit or talks `political-dialogue`.
Where the clause was not cut, the one event kept the visit's or the talks' words. Three shapes, each written here in
other words than the dev documents that showed them (Chile and Peru; Spain and Morocco):

- zh-Hant `並` was no cut where zh-Hans `并` is (`會談並簽署…`): the clause is cut before it is folded;
- Japanese `立ち上げ` and `創設` (launched, founded) were no act of establishing, so `会談し、…を立ち上げた`
  was one talk;
- `visited Lima, where the two governments signed …`: `, where` after a visit to a named place was read as the
  visit's place, not as the act done there.

Contrasts the rules must leave alone: `並` inside a word of no coordination, an anniversary of a founding, and
`, where` after a place that no visit names.
"""

from __future__ import annotations

from helpers import events_in_case

PD, INS = "political-dialogue", "institutional"


def _domains(text: str, *sides: str) -> list[str]:
    return [e.domain for e in events_in_case(text, *sides)]


def test_traditional_bing_cuts_talks_from_a_signing() -> None:
    text = "智利與秘魯\n\n2017年6月，秘魯總統訪問智利，與智利總統會談並簽署邊境合作協定。"
    assert sorted(_domains(text, "CL", "PE")) == [INS, PD, PD]


def test_simplified_bing_still_cuts() -> None:
    text = "智利与秘鲁\n\n2017年6月，秘鲁总统访问智利，与智利总统会谈并签署边境合作协定。"
    assert sorted(_domains(text, "CL", "PE")) == [INS, PD, PD]


def test_japanese_launch_after_talks_is_an_act_of_its_own() -> None:
    text = (
        "スペインとモロッコ\n\n2022年4月、スペインの首相はモロッコを訪問して同国の首相と会談し、"
        "移民問題に関する合同作業部会を立ち上げた。"
    )
    domains = _domains(text, "ES", "MA")
    assert INS in domains and domains.count(PD) == 2, domains


def test_japanese_founding_is_an_act_of_establishing() -> None:
    text = "スペインとモロッコ\n\n2019年2月、スペインとモロッコの外相が会談し、海洋安全保障の協議機関を創設した。"
    assert sorted(_domains(text, "ES", "MA")) == [INS, PD]


def test_an_anniversary_of_a_founding_is_no_act() -> None:
    text = "スペインとモロッコ\n\n2019年2月、スペインの外相はモロッコ海軍創設60周年の式典に出席した。"
    assert INS not in _domains(text, "ES", "MA")


def test_where_after_a_visit_opens_the_act_done_on_it() -> None:
    text = (
        "Spain and Morocco\n\nIn April 2022 Spain's prime minister visited Morocco, where the two governments signed a "
        "readmission agreement."
    )
    assert sorted(_domains(text, "ES", "MA")) == [INS, PD]


def test_where_after_a_place_no_visit_names_stays_one_act() -> None:
    text = (
        "Spain and Morocco\n\nIn April 2022 Spain and Morocco signed a readmission agreement in Rabat, where the talks "
        "had begun."
    )
    assert _domains(text, "ES", "MA") == [INS]
