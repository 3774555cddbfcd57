"""Domain on text not tuned on (thirty-ninth session, dom70; issue 14 item 5: transfers, relief teams, sayings).

- Equipment given, supplied, pledged or promised to the other side (`data/event_patterns.json`, class
  `instrument-act`): the codebook's rule 4 codes a transfer decided as `institutional` whether the verb is a gift or a
  promise (`would give … fighters`, `pledged … jets`, `promised … tanks`); a pledge *to* do something and a supply
  chain are no transfer.
- Relief and rescue teams, units and contingents, emergency grant aid, temporary hospitals, shelters and winter goods
  given after a disaster (class `security-topic`): rule 9 (`non-traditional-security`) whatever the verb.
- An English reporting clause put after what it reports (`…, the minister said on Friday.`,
  `events_domain._said_before`, switch `SAID_BEFORE`): the clause that carries the date is the saying; what was said
  stands before it, and its acts decide (rule 6), its heads of objects and dialogue acts do not.
- (Japanese `…と発表した` read as a verb of saying was withdrawn at the session's merge: a held-out floor, test21's
  domain, fell by one event with it, measured by reverting each of the branch's data changes alone.)
- The Chinese word for soldiers (class `force`) and meals hosted or shared (class `dialogue-act`).

Sentences written for these tests, in other words, states and scripts than the corpus documents that prompted them.
"""

from __future__ import annotations

import re

import pytest
from helpers import domain_switch, ruled_by_cues
from hypothesis import given
from hypothesis import strategies as st

from allyscope.events_domain import patterns
from allyscope.scripts import fold

PD, INS, NTS, ME = "political-dialogue", "institutional", "non-traditional-security", "military-exercise"
DOMAINS = {PD, INS, NTS, ME}


def _ruled(text: str) -> tuple[str, bool]:
    return ruled_by_cues(text)


def _ruled_after_comma(text: str) -> tuple[str, bool]:
    """The cues' answer for the sentence's last clause (from its last comma), read in its sentence."""
    return ruled_by_cues(text, fold(text).rindex(",") + 1)


_switched = domain_switch


# --- equipment given or promised ---

TRANSFERS = [
    "On 12 May 2021 the Norwegian government said it would give Estonia four coastal radars.",
    "Rome pledged six patrol boats to Tunisia on 3 March 2020.",
    "On 9 June 2022 the minister promised Latvia two utility helicopters.",
    "Seoul will supply 20 self-propelled howitzers to Tallinn, the ministry announced on 4 April 2023.",
    "On 18 January 2024 Lisbon said it would give Kyiv three Sea King helicopters and 28 armoured vehicles.",
    "On 2 May 2023 Bratislava announced that it would give Kyiv its remaining Mi-17s.",
]


@pytest.mark.parametrize("text", TRANSFERS)
def test_equipment_given_or_promised_is_a_transfer(text: str) -> None:
    assert _ruled(text)[0] == INS


@pytest.mark.parametrize(
    "text",
    [
        "on 5 july 2022 the two ministers pledged to deepen cooperation on defence equipment.",
        "on 5 july 2022 the two ministers discussed supply chains for drones.",
        "on 5 july 2022 the prime minister gave a speech on armoured warfare.",
        "on 5 july 2022 the minister delivered a speech on the new frigates.",
        # a craft named by its task is no transfer (lead, at the merge: `test_domain_dom66` docks a supply ship)
        "on 5 july 2022 a supply ship of the navy docked at the port.",
        "on 5 july 2022 two supply vessels and a supply convoy left the base.",
    ],
)
def test_no_transfer_without_equipment_handed_over(text: str) -> None:
    acts = next(c for c in patterns()["domain_cues"]["classes"] if c["class"] == "instrument-act")
    assert re.search(acts["pattern"], text) is None


# --- relief and rescue teams, emergency aid, shelters ---

RELIEF = [
    "A Portuguese civil protection rescue unit reached Tripoli on 14 September 2023.",
    "On 11 November 2013 Ottawa flew a disaster response team to Manila.",
    "An emergency response contingent of the Thai army arrived in Yangon on 31 March 2025.",
    "On 9 February 2023 Tokyo approved emergency grant aid of 8 million dollars for Damascus.",
    "2024年1月5日，越南向老挝移交一批帐篷和活动板房。",
    "2024年1月5日，越南向寮國移交一批組合屋及越冬物資。",
    "2015年4月28日，中國醫療隊在加德滿都設立臨時醫院。",
    "ネパール政府は2015年5月1日、200万ドルの緊急無償資金協力を実施することを決定した。",
]


@pytest.mark.parametrize("text", RELIEF)
def test_relief_teams_and_emergency_goods_are_a_security_topic(text: str) -> None:
    assert _ruled(text)[0] == NTS


@pytest.mark.parametrize(
    "text",
    [
        "The parliament held an emergency session on 3 May 2020.",
        "On 3 May 2020 the two armies held an emergency response drill.",
    ],
)
def test_emergency_alone_is_no_team(text: str) -> None:
    assert _ruled(text)[0] != NTS


# --- an English reporting clause after what it reports ---

REPORTED = [
    ("Ankara will deliver two corvettes to Islamabad, the defence minister said on 2 July 2021.", INS),
    ("The two navies will hold a joint drill off Cebu next month, the ministry said on 3 March 2021.", ME),
    ("Hanoi will send a rescue team to Vientiane, officials said on 7 August 2018.", NTS),
    ("The talks with Canberra were cordial and useful, the spokesman told reporters on 8 May 2019.", PD),
]


@pytest.mark.parametrize(("text", "domain"), REPORTED)
def test_a_reporting_clause_after_what_it_reports_reads_it(text: str, domain: str) -> None:
    assert _ruled_after_comma(text) == (domain, True)


def test_the_switch_turns_a_reporting_clause_back_to_a_statement() -> None:
    with _switched("SAID_BEFORE", False):
        assert _ruled_after_comma(REPORTED[0][0]) == (PD, True)


@pytest.mark.parametrize(
    "text",
    [
        # a clause of its own, whose verb reports what follows it
        "A new text was signed in 2018, and on 4 June 2018 the president told reporters that the deal was dead.",
        # a speaker that is a clause of its own (a conjunction opens it)
        "Ankara will deliver two corvettes to Islamabad, and the minister said so on 2 July 2021.",
    ],
)
def test_only_a_bare_reporting_clause_reads_what_went_before(text: str) -> None:
    assert _ruled_after_comma(text)[0] != INS


@given(
    st.text(alphabet="abcdefghij klmno,.", max_size=80),
    st.sampled_from(["said", "told reporters", "stressed", "added"]),
)
def test_reporting_clauses_never_raise(before: str, verb: str) -> None:
    text = f"{before}, the minister {verb} on 3 May 2020."
    assert _ruled_after_comma(text)[0] in DOMAINS


# --- soldiers; meals ---


def test_chinese_soldiers_are_a_force() -> None:
    assert _ruled("2019年5月3日，智利派出200名士兵前往該國北部。")[0] == ME
    assert _ruled("2019年5月3日，智利派出200名士兵前往该国北部。")[0] == ME


@pytest.mark.parametrize(
    "text",
    ["2018年6月3日，兩國外長共進晚餐。", "On 3 June 2018 the two foreign ministers attended a state banquet."],
)
def test_a_meal_shared_is_talk(text: str) -> None:
    assert _ruled(text) == (PD, True)
