"""Domain on text not tuned on (thirty-seventh session, dom68; issue 14 item 5: the weak classes by rules in data).

Each rule is a pattern of the language in `data/event_patterns.json` `domain_cues`, with its tie-break written in the
corpus codebook (tests/corpora/events/README.md, "Terrorist designations, embargoes, approvals and newly formed
teams"):

- A terrorist designation listed, lifted or renewed (a state sponsor of terrorism, a group designated as a terrorist
  organization, a designation rescinded, a state taken off the list) is a measure one side imposes on the other
  (codebook rule 5, `political-dialogue`; class `furthering`, rank 3), not counter-terrorism: the word of terrorism
  in the list's name says what the list is about, as a topic in the name of a text does not decide. Counter-terrorism
  as the act's own field (a force or an operation against terrorism) stays a security topic.
- Sanctions lifted are a measure lifted (rule 5, as dev's gold codes all of them); an arms embargo imposed, extended
  or lifted acts on the transfer of equipment (rule 4, `institutional`, as an arms-sales ban lifted does), while a
  trade embargo is a measure.
- An approval whose object is a move of forces (approving the deployment of troops, `批准…派遣`, `派遣を承認`) is
  the move decided (rule 6, then rule 11); approving a treaty still acts on it (rule 1).
- A founding verb that qualifies the noun after it (`新组建的…`, `新成立的…`, `a newly established …`) names no
  founding: the act of the clause decides (a team flown in for a disaster: rule 9).

Sentences written for these tests, in other words, states and scripts than the corpus documents that prompted them.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from allyscope.events_domain import patterns, rule_domain
from allyscope.scripts import fold

PD, INS, NTS, ME = "political-dialogue", "institutional", "non-traditional-security", "military-exercise"


def _ruled(text: str) -> tuple[str, bool]:
    folded = fold(text)
    return rule_domain(patterns(), folded, [], folded, 0)


# --- terrorist designations are measures, not counter-terrorism ---


@pytest.mark.parametrize(
    "text",
    [
        "The foreign ministry designated the militia as a foreign terrorist organization on 2 March.",
        "Canada removed Iran from its list of state sponsors of terrorism in 2012.",
        "The revocation of the group's designation took effect on 9 July.",
        "美国国务院宣布将伊朗列入支持恐怖主义国家名单。",
        "該國政府將這個武裝團體列為恐怖組織。",
        "政府はその武装組織をテロ組織に指定した。",
        "米国はシリアをテロ支援国家リストから外した。",
    ],
)
def test_a_terrorist_designation_is_a_measure(text: str) -> None:
    assert _ruled(text) == (PD, True)


@pytest.mark.parametrize(
    "text",
    [
        "The two navies began a joint operation against terrorism in the strait.",
        "哈萨克斯坦派遣反恐部队参加联合行动。",
        "テロ対策の部隊を派遣した。",
    ],
)
def test_counter_terrorism_as_the_acts_own_field_stays_a_security_topic(text: str) -> None:
    assert _ruled(text)[0] == NTS


# --- sanctions against arms embargoes ---


@pytest.mark.parametrize(
    "text",
    [
        "The Council lifted its arms embargo on Myanmar on 3 June.",
        "The union imposed an arms embargo on the junta in 1991.",
        "欧盟宣布对缅甸实施武器禁运。",
        "歐盟延長對緬甸的武器禁運。",
        "日本は同国に対する武器禁輸を解除した。",
    ],
)
def test_an_arms_embargo_acts_on_equipment(text: str) -> None:
    assert _ruled(text) == (INS, True)


@pytest.mark.parametrize(
    "text",
    [
        "The government imposed a trade embargo on the island in March.",
        "The government lifted sanctions on Myanmar's generals.",
        "欧盟宣布解除对伊朗的制裁。",
        "政府宣布取消對該國的經濟制裁。",
        "日本政府は対イラン制裁を解除した。",
    ],
)
def test_sanctions_and_a_trade_embargo_are_measures(text: str) -> None:
    assert _ruled(text) == (PD, True)


# --- an approval of a move of forces is the move ---


@pytest.mark.parametrize(
    "text",
    [
        "The parliament approved sending troops to Mongolia.",
        "The cabinet approved the deployment of two frigates to the gulf.",
        "议会批准向邻国派遣部队。",
        "立法院批准增派部隊前往該島。",
        "国会は部隊の派遣を承認した。",
    ],
)
def test_an_approved_move_of_forces_is_the_move(text: str) -> None:
    assert _ruled(text) == (ME, True)


@pytest.mark.parametrize(
    "text", ["The senate approved the treaty on 3 March.", "议会批准了该条约。", "国会は協定を承認した。"]
)
def test_an_approved_treaty_is_still_an_act_on_it(text: str) -> None:
    assert _ruled(text) == (INS, True)


# --- a newly formed team names no founding ---


@pytest.mark.parametrize(
    "text",
    [
        "越南新组建的医疗队飞抵老挝。",
        "越南新組建的救援隊抵達寮國。",
        "A newly established medical team flew to Laos on 4 May.",
        "蒙古国新成立的维和分队启程前往南苏丹。",
    ],
)
def test_a_newly_formed_team_is_coded_by_what_it_does(text: str) -> None:
    assert _ruled(text) == (NTS, True)


@pytest.mark.parametrize(
    "text", ["两国组建联合工作组。", "双方新组建了联合指挥部。", "The two sides established a joint commission."]
)
def test_a_founding_told_as_the_act_is_still_one(text: str) -> None:
    assert _ruled(text) == (INS, True)


# --- properties: whatever the names, the pattern decides ---

_LATIN = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=3, max_size=10)
_CJK_NAME = st.text(alphabet="阿巴卡达尔马尼图吉里索", min_size=2, max_size=5)


@given(_LATIN, _LATIN)
def test_any_group_designated_is_a_measure(state: str, group: str) -> None:
    text = f"The {state} government designated the {group} movement as a terrorist organization."
    assert _ruled(text) == (PD, True)


@given(_CJK_NAME)
def test_any_state_listed_as_a_sponsor_is_a_measure(state: str) -> None:
    assert _ruled(f"该国宣布将{state}列入支持恐怖主义国家名单。") == (PD, True)
    assert _ruled(f"政府は{state}をテロ支援国家に指定した。") == (PD, True)


@given(_CJK_NAME, st.sampled_from(["医疗队", "救援队", "搜救队"]))
def test_any_newly_formed_relief_team_flown_in_serves_its_topic(state: str, team: str) -> None:
    assert _ruled(f"{state}新组建的{team}飞抵灾区。")[0] == NTS


@given(_LATIN)
def test_any_arms_embargo_lifted_acts_on_equipment(state: str) -> None:
    assert _ruled(f"The union lifted the arms embargo on {state} in May.") == (INS, True)
