"""Talks held `その際` inside the sentence of an attendance are an act of their own, of its date (issue 14; rec89).

rec88 dated `その際` after a sentence of its own (`same_time_occasion_ja`) but left
`…首脳会合に出席し、その際、…と会談している` one piece: the attendance and the talks share the meeting
code (043). Dev (START code, this branch's documents):
3 gold talks in such sentences, all read as one piece with the attendance (`brief_ja_japan_australia_2022_review`,
`press_ja_japan_ghana_visit`, this branch's Sierra Leone page). Built: an `acts_apart_by_cameo` rule of
event_clauses.json (before 043, after 043, `出席し`/`参加し` in the piece before, `その際` and a word of talks in the
piece after). Traps: talks after a visit with no `その際` (the rules before this one decide), and a remark after
`その際` (another code; what the rule asks for is talks)."""

from __future__ import annotations

from allyscope.event_clauses import acts_apart_by_cameo
from allyscope.events_domain import patterns, predicates
from allyscope.scripts import fold
from tests.helpers import event_modes


def _pieces(sentence: str) -> list[str]:
    return [sentence[a:b] for a, b in predicates(sentence, 0, len(sentence), patterns())]


def test_talks_on_that_occasion_after_attending_a_summit_are_two_acts() -> None:
    pieces = _pieces("大統領は2016年8月にナイロビでの国際会議に出席し、その際、日本の首相と会談している。")
    assert len(pieces) == 2 and pieces[1].startswith("、その際"), pieces


def test_the_talks_take_the_attendance_date() -> None:
    text = "首脳往来\n\n外相は2019年9月に国連総会に出席し、その際に同国の外相と初の会談を行った。\n"
    assert [d for d, mode in event_modes(text) if mode == "asserted"] == ["2019-09", "2019-09"]


# --- traps ----------------------------------------------------------------------------------------------------------


def test_the_rule_asks_for_talks_after_that_occasion() -> None:
    before = fold("外相は国連総会に出席し")
    assert acts_apart_by_cameo("043", "043", fold("、その際、同国の外相と会談した。"), before)
    assert not acts_apart_by_cameo("043", "043", fold("、同国の外相と会談した。"), fold("外相は国連総会の会場を訪れ"))
    assert not acts_apart_by_cameo("043", "010", fold("、その際、各国に謝意を表明した。"), before)


def test_talks_on_that_occasion_without_an_attendance_before_are_not_read_by_this_rule() -> None:
    assert not acts_apart_by_cameo(
        "043", "043", fold("、その際、同国の外相と会談した。"), fold("外相は同国の大統領と会見し")
    )
