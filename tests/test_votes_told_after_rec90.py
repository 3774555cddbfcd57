"""A member's vote told after the vote (issue 14; rec90).

rec89 left votes whose sentence carries no date of its own (`…は棄権しました。` after the vote's sentence, `表決時，…`).
Dev (START code with this branch's four documents, `/work/scratch/p90/rec90/missed_by.py`): 13 gold votes and
abstentions missed in 6 documents. Built: event_clauses.json `votes_told_after` (a sentence with no date of its own
right after a sentence that told a vote or an adoption, opened by a word of the vote's time or by the members and
their verb of voting, takes the vote's date; event_clauses.py `vote_told_after`, events.py). A rule for remarks at
an occasion (`会谈中，…感谢…`) was built and taken back: it lowered a held-out floor (see docs/history.md).

The tests are in other words and about other votes. Traps: a vote foreseen, the body's members as a whole, a count
as subject, a vote verb after a sentence that told no vote, a comment after the vote (`, which observers read as …`)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope import parse_text
from allyscope.event_clauses import rules, vote_told_after
from allyscope.events import extract_events
from allyscope.scripts import fold
from tests.helpers import event_modes


def _asserted(text: str) -> list[tuple[str, str]]:
    """(date, evidence sentence) of each asserted event of `text` parsed alone."""
    return [(e.date, e.evidence.text) for e in extract_events(parse_text(text), "t") if e.mode == "asserted"]


# --- votes told after the vote ---------------------------------------------------------------------------------------


def test_members_votes_in_sentences_of_their_own_take_the_votes_date() -> None:
    text = (
        "Council record\n\nOn 30 May 2019 the Security Council adopted the resolution on maritime safety. "
        "Kenya and Peru voted in favour. Kuwait abstained.\n"
    )
    events = _asserted(text)
    assert [d for d, _ in events] == ["2019-05-30"] * 3, events
    assert any(s.strip().startswith("Kuwait abstained") for _, s in events)


def test_a_word_of_the_votes_time_dates_the_vote_in_chinese() -> None:
    text = "大会纪要\n\n2020年6月5日，联合国大会通过关于海洋治理的决议。表决时，肯尼亚投下赞成票。\n"
    events = _asserted(text)
    assert [d for d, _ in events] == ["2020-06-05"] * 2, events
    assert "表决时" in events[1][1]


def test_an_abstention_told_after_the_adoption_in_japanese() -> None:
    text = "安保理の動き\n\n2021年3月2日、安保理は制裁の延長を求める決議を採択した。ノルウェーは棄権しました。\n"
    assert [d for d, _ in _asserted(text)] == ["2021-03-02"] * 2


def test_a_vote_after_a_members_vote_keeps_the_date() -> None:
    text = (
        "Votes\n\nOn 12 March 2022 the Council adopted the text on the mission. Gabon abstained. "
        "Ghana and Mexico cast their votes for the text, which observers read as a compromise.\n"
    )
    assert [d for d, _ in _asserted(text)] == ["2022-03-12"] * 3


# --- traps: no member's vote -----------------------------------------------------------------------------------------


def test_a_vote_foreseen_is_no_act() -> None:
    text = "Votes\n\nOn 30 May 2019 the Council adopted the text. Brazil is expected to abstain next time.\n"
    assert [d for d, m in event_modes(text) if m == "asserted"] == ["2019-05-30"]


def test_the_members_as_a_whole_or_a_count_are_no_members_vote() -> None:
    for after in ("Thirteen members voted in favour.", "The Council voted in favour of the text.", "13国投下赞成票。"):
        text = f"Votes\n\nOn 30 May 2019 the Council adopted the text. {after}\n"
        assert len(_asserted(text)) == 1, after


def test_a_vote_verb_after_a_sentence_that_told_no_vote_is_none() -> None:
    text = "Talks\n\nOn 30 May 2019 the two foreign ministers met in Accra. Gabon abstained.\n"
    assert [d for d, _ in _asserted(text)] == ["2019-05-30"]


# --- properties -----------------------------------------------------------------------------------------------------

_MEMBERS = ["Kenya", "Peru", "Gabon", "Norway", "Mexico and Chile", "Ghana, Brazil and India", "肯尼亚", "秘鲁和加纳"]


@settings(max_examples=60)
@given(member=st.sampled_from(_MEMBERS), verb=st.sampled_from(rules()["votes_told_after"]["verbs"]))
def test_members_and_a_verb_of_voting_open_a_vote(member: str, verb: str) -> None:
    sentence = fold(f"{member} {verb}。")
    assert vote_told_after(sentence) is not None


@settings(max_examples=60)
@given(
    count=st.integers(min_value=1, max_value=15),
    body=st.sampled_from(["The Council", "Members", "理事国", "the member states"]),
    verb=st.sampled_from(rules()["votes_told_after"]["verbs"]),
)
def test_a_count_or_the_body_never_opens_a_vote(count: int, body: str, verb: str) -> None:
    assert vote_told_after(fold(f"{count} members {verb}.")) is None
    assert vote_told_after(fold(f"{count}国{verb}。")) is None
    assert vote_told_after(fold(f"{body} {verb}.")) is None
