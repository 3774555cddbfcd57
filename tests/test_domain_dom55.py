"""Ships, operations and a state's own acts (issue 14, domains on the blind sets: non-traditional-security ->
military-exercise, military-exercise -> political-dialogue, context -> political-dialogue; twenty-seventh session,
branch dom55). Sentences written for these tests, in the languages each shape is written in, with contrasts the
rules must leave alone. The codebook's decision procedure (tests/corpora/events/README.md, `domain`) codes a port
call a military exercise only "with no topic of rule 9" (rule 11), a ship or an operation for counter-piracy,
relief or rescue non-traditional security whatever the verb (rule 9), forces moved a military exercise, and a
party's own act — taking office, acceding to a throne, an election — `context` with that party alone (rule 13).
Four shapes broke it:

- a ship on counter-piracy duty calling at the other side's port was a port call (`寄港` ranks as an exercise);
- a ship named by its hull prefix (`USS …`, `INS …`) or a naval formation (`编队`) arriving was no force;
- an operation named in title marks (`「…行動」`) launched for relief was an act on an instrument (`啟動`);
- an enthronement or an election (`即位`, `当選`, `was elected`) took the other side's name from its sentence.
"""

from __future__ import annotations

import pytest
from helpers import events_in_case, party_names

from allyscope.events_domain import patterns, rule_domain
from allyscope.scripts import fold

PD, INS, ME, CTX = "political-dialogue", "institutional", "military-exercise", "context"
NTS = "non-traditional-security"


def _domain(text: str) -> str:
    return rule_domain(patterns(), fold(text))[0]


@pytest.mark.parametrize(
    ("text", "domain"),
    [
        # a ship serving against piracy, or for relief, calls at a port: rule 9, whatever the verb
        ("海賊対処任務中の護衛艦が9月2日にモンバサ港に寄港し、燃料を補給した", NTS),
        ("The counter-piracy frigate made a port call at Mombasa on 2 September", NTS),
        ("执行反海盗任务的护卫舰9月2日停靠蒙巴萨港", NTS),
        # the same call with no topic: rule 11
        ("護衛艦が9月2日にモンバサ港に寄港し、燃料を補給した", ME),
        ("The frigate made a port call at Mombasa on 2 September", ME),
        # a drill after the call is another stretch: the call keeps rule 11
        ("護衛艦が9月2日にモンバサ港に寄港し、海賊対処訓練を行った", ME),
        # an escort of ships is an operation, no topic of rule 9 by itself
        ("执行护航任务的护卫舰9月2日停靠蒙巴萨港", ME),
    ],
)
def test_a_port_call_yields_to_the_ships_own_security_task(text: str, domain: str) -> None:
    assert _domain(text) == domain, text


@pytest.mark.parametrize(
    ("text", "domain"),
    [
        ("The offshore patrol vessel INS Tarkash called at Mombasa on 2 September", ME),
        ("HMS Trent arrived in Mombasa on 2 September", ME),
        ("海军第四十批护航编队9月2日抵达蒙巴萨", ME),
        ("海軍第四十批護航編隊9月2日抵達蒙巴薩", ME),
        # `ins` before `and` is the English word, no hull prefix
        ("The ins and outs of the accord were discussed on 2 September", PD),
    ],
)
def test_a_ship_by_its_hull_prefix_and_a_naval_formation_are_forces(text: str, domain: str) -> None:
    assert _domain(text) == domain, text


@pytest.mark.parametrize(
    ("text", "domain"),
    [
        ("肯尼亞政府同日宣布啟動「東風行動」，向坦尚尼亞提供人道援助", NTS),
        ("陆军9月2日启动“东风行动”，为灾区运送救援物资", NTS),
        ("自衛隊は9月2日、「東風作戦」を開始し、被災地支援に当たった", NTS),
        # an operation begun with no topic of rule 9: served in together (rule 11)
        ("两国海军9月2日启动“东风行动”", ME),
        # an operation's name inside an instrument's name is the instrument's
        ("双方9月2日签署《联合行动计划》", INS),
    ],
)
def test_an_operation_named_in_title_marks_is_an_operation(text: str, domain: str) -> None:
    assert _domain(text) == domain, text


@pytest.mark.parametrize(
    ("sides", "text", "named"),
    [
        (("JP", "QA"), "Qatar and Japan\n\n2013年6月25日、タミーム首長が即位し、日本政府は祝意を伝えた。\n", "Qatar"),
        (
            ("PE", "BO"),
            "Peru and Bolivia\n\nLuis Arce was elected president on 18 October 2020, after years of talks with Peru.\n",
            "Bolivia",
        ),
        (
            ("PE", "BO"),
            "Peru and Bolivia\n\nルイス・アルセは2020年10月の大統領選で当選し、ペルーとの関係改善を掲げた。\n",
            "Bolivia",
        ),
    ],
)
def test_an_enthronement_or_an_election_is_the_partys_own_act(sides: tuple[str, str], text: str, named: str) -> None:
    (event,) = [e for e in events_in_case(text, *sides) if e.mode == "asserted"]
    assert event.domain == CTX, event.evidence.text
    # the other side is gone; the party is its own (a president-elect before his term brings no state in)
    assert not party_names(event) & ({"Japan", "Peru"} - {named}), party_names(event)


def test_an_act_after_an_election_is_not_the_election() -> None:
    # `当选后` dates the visit after it: the visit is the pair's talk, not the election
    text = "Peru and Bolivia\n\n路易斯·阿尔塞当选后于2021年3月访问秘鲁。\n"
    (event,) = [e for e in events_in_case(text, "PE", "BO") if e.mode == "asserted"]
    assert event.domain == PD and {"Peru", "Bolivia"} <= party_names(event)


def test_an_act_after_a_second_term_is_not_the_reelection() -> None:
    # `連任後` dates the visit after it, as `就任後` does
    text = "Peru and Bolivia\n\n路易斯·阿爾塞連任後於2021年3月再訪秘魯。\n"
    (event,) = [e for e in events_in_case(text, "PE", "BO") if e.mode == "asserted"]
    assert event.domain == PD and {"Peru", "Bolivia"} <= party_names(event)
