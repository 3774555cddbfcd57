"""Acts told with a verb of aspect, and a meeting told after a visit (issue 14, items 1 and 4; rec63).

A verb of halting, suspending, freezing, forgoing or postponing (`暂停`, `冻结`, `見送った`, `suspended`) or of
beginning or resuming (`恢复`, `重启`, `再開した`, `resumed`, `began escorting`) names an act when its object is a
tie or an act named by a noun (cooperation, exchanges, talks, patrols, escorting): data `event_patterns.json`
(SANCTION 160, COOPERATE 064, CONCEDE 085 for tariffs and offensives). Such a piece coordinated after another act is
an act of its own; the same verb on a thing that is no act (`relations began to improve`) or told as an agreement
to do it later (`再開することで一致した`) adds nothing. Two leaders who travel somewhere and then meet there (`前往…，
并在…会晤`) tell two acts. (A meeting told after a visit with `并会见` is still not cut: put back, the rule failed a
held-out set's floor check again (pass/fail only), as in the thirty-first session.) Sentences written for these
tests, with drawn states, people and verbs (none of the documents that prompted the rules)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope import extract

_PAIRS_ZH = (("加拿大", "智利", "CA", "CL"), ("挪威", "秘鲁", "NO", "PE"), ("瑞典", "肯尼亚", "SE", "KE"))
_HALT_ZH = ("暂停", "冻结", "中止", "暫停", "凍結")
_RESUME_ZH = ("恢复", "重启", "恢復")
_TIES_ZH = ("两国的军事合作", "双边防务交流", "部长级对话", "兩國的防務合作")


def _events(text: str) -> list[tuple[str, str, list[str]]]:
    return [(e.date, e.type, list(e.actors)) for e in extract(text).events]


@settings(max_examples=15, deadline=None)
@given(pair=st.sampled_from(_PAIRS_ZH), verb=st.sampled_from(_HALT_ZH), tie=st.sampled_from(_TIES_ZH))
def test_a_tie_halted_after_a_sanction_is_an_act_of_its_own(
    pair: tuple[str, str, str, str], verb: str, tie: str
) -> None:
    text = f"关系\n\n2017年9月，{pair[0]}对{pair[1]}实施签证禁令，并{verb}{tie}。\n"
    found = _events(text)
    # the halted tie's own noun may outrank the verb (`暂停…对话`: a dialogue), the piece is cut all the same
    assert [d for d, _, _ in found] == ["2017-09", "2017-09"] and found[0][1] == "SANCTION", (text, found)
    assert all({pair[2], pair[3]} <= set(actors) for _, _, actors in found), found


@settings(max_examples=15, deadline=None)
@given(pair=st.sampled_from(_PAIRS_ZH), verb=st.sampled_from(_RESUME_ZH), tie=st.sampled_from(_TIES_ZH))
def test_a_tie_resumed_after_sanctions_lifted_is_an_act_of_its_own(
    pair: tuple[str, str, str, str], verb: str, tie: str
) -> None:
    text = f"关系\n\n{pair[0]}于2020年4月解除对{pair[1]}的制裁，并{verb}{tie}。\n"
    found = _events(text)
    assert [d for d, _, _ in found] == ["2020-04", "2020-04"] and found[0][1] == "SANCTION", (text, found)


@settings(max_examples=10, deadline=None)
@given(
    state=st.sampled_from(["Canada", "Norway", "Sweden"]),
    other=st.sampled_from(["Chile", "Peru", "Kenya"]),
    second=st.sampled_from(
        ["resumed military exchanges with it", "restored defence contacts with it", "suspended naval cooperation"]
    ),
)
def test_an_english_aspect_verb_after_and_tells_a_second_act(state: str, other: str, second: str) -> None:
    text = f"Ties\n\nIn August 2016 {state} lifted its sanctions on {other} and {second}.\n"
    found = _events(text)
    assert len(found) == 2 and {d for d, _, _ in found} == {"2016-08"}, (text, found)


@settings(max_examples=8, deadline=None)
@given(
    ships=st.sampled_from(["Two Chilean frigates", "A Peruvian corvette", "Three Norwegian patrol ships"]),
    act=st.sampled_from(["begin escorting food convoys", "start patrols off the coast", "begin patrolling the strait"]),
)
def test_a_chronology_lines_second_sentence_with_an_aspect_verb_is_dated_by_the_line(ships: str, act: str) -> None:
    line = f"April 3 – {ships} leave for the Indian Ocean. Later that month they {act}."
    text = f"Missions\n\nChronology\n\n2011\n{line}\n"
    found = _events(text)
    assert [d for d, _, _ in found] == ["2011-04-03", "2011-04"], (text, found)


@settings(max_examples=8, deadline=None)
@given(
    noun=st.sampled_from(["哨戒", "護衛", "輸送"]),
    verb=st.sampled_from(["開始しました", "再開した", "始めた"]),
)
def test_a_japanese_act_begun_after_a_dated_act_is_an_act_of_its_own(noun: str, verb: str) -> None:
    text = f"任務\n\n2012年5月、ペルーとチリは防衛協力の覚書に署名し、同じ月の末から沿岸での{noun}を{verb}。\n"
    found = _events(text)
    assert len(found) == 2 and all(d.startswith("2012-05") for d, _, _ in found), (text, found)


def test_an_agreement_to_resume_later_is_no_act_of_resuming() -> None:
    # `…再開することで一致した`: what was agreed is still to come; the agreeing is the one act
    text = "協議\n\n2018年3月、ペルーとチリの国防相が会談した。また、両大臣は、部隊間の交流を再開することで一致した。\n"
    assert [d for d, _, _ in _events(text)] == ["2018-03"], _events(text)


def test_relations_that_began_to_improve_tell_no_second_act() -> None:
    text = "关系\n\n2016年5月，挪威与秘鲁签署防务合作协定，两国关系开始改善。\n"
    assert len(_events(text)) == 1, _events(text)


@settings(max_examples=6, deadline=None)
@given(place=st.sampled_from(["在日内瓦", "在万象", "並在里斯本"]))
def test_two_leaders_who_travel_and_then_meet_there_tell_two_acts(place: str) -> None:
    joined = place if place.startswith("並") else f"并{place}"
    text = f"会晤\n\n秘鲁总统与智利总统于2019年6月3日前往瑞士，{joined}会晤。\n"
    assert [d for d, _, _ in _events(text)] == ["2019-06-03", "2019-06-03"], _events(text)
