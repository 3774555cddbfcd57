"""A member's vote told in a piece of its own after the vote's clause is an act of its own (issue 14; rec89).

rec88 left votes and abstentions: `…通過第2216號決議，俄羅斯棄權，中國則投下贊成票`, `…拒否権を行使し、中国は棄権した`,
`…vetoed the renewal, and China abstained` were read as one piece with the adoption or the veto, since no type cue
named a vote. Dev (counted over all of it with `/work/scratch/p89/rec89/missed_by.py`, START code with this
branch's four documents): 16 gold votes, vetoes and abstentions missed in 9 documents. Built: type cues for a vote
cast (event_patterns.json: an abstention OTHER 010, a vote in favour SUPPORT 051, one against REJECT 120, a veto
REJECT 120, and the adoption `…棄權通過第N號決議` after its tally AGREE 057) and the cut before such a piece
(event_clauses.json `votes_cast`, event_segments.py `_votes_cast`): after a comma, a subject with no digit and a
verb of voting that closes the piece; in English `, and` or `, with` and a capitalised subject.

The tests are in other words and about other votes. Traps: a tally (`以12票赞成、3票弃权通过`, `，3票弃权`), a
body's members with no party named (`, with 40 members abstaining`), a vote foreseen (`is expected to abstain`)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.events_domain import patterns, predicates
from tests.helpers import event_modes


def _pieces(sentence: str) -> list[str]:
    """The coordinated pieces the clause reader cuts `sentence` (one clause) into."""
    return [sentence[a:b] for a, b in predicates(sentence, 0, len(sentence), patterns())]


def test_an_abstention_and_a_vote_in_favour_after_the_adoption_are_two_more_acts() -> None:
    pieces = _pieces("2019年6月3日，理事会以13票赞成、2票弃权通过第2471号决议，印度尼西亚弃权，秘鲁投下赞成票。")
    assert len(pieces) == 3, pieces
    assert "印度尼西亚弃权" in pieces[1] and "秘鲁投下赞成票" in pieces[2]


def test_a_vote_against_after_a_veto_and_an_abstention_after_it_stand_apart() -> None:
    pieces = _pieces("2020年7月7日，德國提出的草案獲13票贊成，遭俄羅斯否決，委內瑞拉亦投下反對票，越南與印尼則棄權。")
    assert [p for p in pieces if "反對票" in p] and [p for p in pieces if p.strip("，。").endswith("棄權")], pieces
    assert not any("反對票" in p and "棄權" in p for p in pieces), pieces


def test_an_abstention_after_a_veto_in_japanese_is_its_own_act() -> None:
    pieces = _pieces("2022年2月25日、ロシアが決議案に拒否権を行使し、インドは棄権した。")
    assert len(pieces) == 2 and pieces[1].startswith("、インドは棄権"), pieces


def test_an_english_abstention_after_and_or_with_is_its_own_act() -> None:
    assert len(_pieces("On 5 May 2021 the council adopted the text, and Brazil abstained.")) == 2
    assert len(_pieces("On 5 May 2021 the council adopted the text by 14 votes, with Gabon abstaining.")) == 2


def test_each_vote_is_an_event_of_the_votes_day() -> None:
    text = "表決紀錄\n\n2019年6月3日，理事会以13票赞成、2票弃权通过第2471号决议，印度尼西亚弃权，秘鲁投下赞成票。\n"
    assert [date for date, mode in event_modes(text) if mode == "asserted"] == ["2019-06-03"] * 3


# --- traps ----------------------------------------------------------------------------------------------------------


def test_a_tally_alone_is_one_act() -> None:
    assert len(_pieces("2021年11月5日，理事会以12票赞成、3票弃权通过第2600号决议，延长任务期限。")) == 1


def test_abstentions_of_no_party_named_are_not_cut() -> None:
    tally = "On 5 May 2021 the assembly adopted the text by 120 votes to 5, with 40 members abstaining."
    assert len(_pieces(tally)) == 1
    assert len(_pieces("On 5 May 2021 the assembly adopted the text, with most members abstaining.")) == 1


def test_a_vote_foreseen_is_no_act() -> None:
    text = "Votes\n\nOn 5 May 2021 the council debated the text. Brazil is expected to abstain next week.\n"
    assert all(mode != "asserted" or date == "2021-05-05" for date, mode in event_modes(text))


@settings(max_examples=40)
@given(count=st.integers(min_value=0, max_value=15), traditional=st.booleans())
def test_a_count_of_abstentions_is_never_a_party(count: int, traditional: bool) -> None:
    word, adopted = ("棄權", "通過") if traditional else ("弃权", "通过")
    sentence = f"2021年11月5日，理事会以{15 - count}票赞成，{count}票{word}，{adopted}决议。"
    assert len(_pieces(sentence)) == 1


@settings(max_examples=40)
@given(
    party=st.sampled_from(["俄罗斯", "中国", "印度", "巴西和德国", "加蓬与肯尼亚", "阿尔巴尼亚"]),
    traditional=st.booleans(),
)
def test_any_named_party_abstaining_after_a_veto_is_cut(party: str, traditional: bool) -> None:
    word = "棄權" if traditional else "弃权"
    sentence = f"2020年7月7日，草案获13票赞成，遭美国否决，{party}则{word}。"
    pieces = _pieces(sentence)
    assert len(pieces) >= 2 and pieces[-1].startswith(f"，{party}"), pieces
