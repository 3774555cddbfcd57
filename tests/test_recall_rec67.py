"""Witnessing and attending cut from the act they attend, one-state lines on a grouping, partners become (issue 14
items 1, 4 and 5; branch rec67).

Each test names a pattern of the language, in sentences written for it (other pairs, other verbs and other scripts
than the dev documents that showed the miss): a witnessing or attendance told after the act it witnesses, in a
piece of its own (`，<总统>出席见证`, `、<首相>が立ち会った`, `，<部长>出席了仪式`), takes that act's domain; observer
status obtained or granted and a state admitted as a member are one side's acts on its grouping (`获得观察员地位`,
`was granted observer status`, `オブザーバーの地位を得た`, `接收…为成员国`, `becomes a full member of`); states that
became partners or members tell an act (`became strategic partners`, `becomes a member`); a visit naming its place
told as the span of an act whose date stands after it (`<总统>访问<某地>期间，两国于<日期>签署…`) is an event beside
the act."""

from __future__ import annotations

from pathlib import Path

from helpers import asserted_events
from hypothesis import given
from hypothesis import strategies as st

from allyscope.events_domain import (
    _attends_an_act_before,
    one_side_on_its_arrangement,
    patterns,
    rule_domain,
    type_or_none,
)
from allyscope.scripts import fold

DOMAINS = {"institutional", "political-dialogue", "military-exercise", "non-traditional-security", "context"}


def _piece_domain(sentence: str, opens: str) -> tuple[str, bool]:
    """The domain of the piece of `sentence` that begins at `opens`, read as the extractor reads a cut piece."""
    folded = fold(sentence)
    start = folded.index(fold(opens))
    return rule_domain(patterns(), folded[start:], None, folded, start)


def test_a_witnessing_cut_after_a_signing_is_the_signing_s_in_chinese() -> None:
    sentence = "2016年5月3日，两国国防部长在雅加达签署防务合作协定，印度尼西亚总统出席见证。"
    assert _piece_domain(sentence, "，印度尼西亚总统") == ("institutional", True)


def test_a_bare_ceremony_attended_after_an_exchange_is_the_exchange_s_in_traditional_script() -> None:
    sentence = "2014年9月，兩國外長在河內簽署海上合作備忘錄，越南副總理出席了儀式。"
    assert _piece_domain(sentence, "，越南副總理")[0] == "institutional"


def test_a_witnessing_verb_in_japanese_takes_the_signature_before_it() -> None:
    sentence = "2019年6月、両国の国防相が東京で覚書に署名し、首相が立ち会った。"
    assert _piece_domain(sentence, "、首相が")[0] == "institutional"


def test_an_attendance_that_names_its_own_object_keeps_its_own_domain() -> None:
    # the banquet is what is attended: a ceremony of another kind, not the signing told before it
    sentence = "2016年5月3日，两国国防部长在雅加达签署防务合作协定，总统出席欢迎宴会。"
    assert _piece_domain(sentence, "，总统")[0] != "institutional"


def test_an_attendance_with_no_act_before_it_is_no_act_on_an_instrument() -> None:
    sentence = "2020年3月2日，两国领导人举行会谈，总理出席见证。"
    assert _piece_domain(sentence, "，总理")[0] != "institutional"


def _one_sided(text: str, acting: str, body: str) -> bool:
    sides = [frozenset({body}), frozenset({acting})]
    return one_side_on_its_arrangement(patterns(), fold(text), {acting}, sides)


def test_observer_status_obtained_is_one_side_s_act_on_its_grouping() -> None:
    assert _one_sided("2012年：泰国获得观察员地位。", "TH", "SCO")
    assert _one_sided("2009 – Chile was granted observer status at the forum.", "CL", "ASEAN")
    assert _one_sided("2015年、チリがオブザーバーの地位を得た。", "CL", "ASEAN")


def test_a_state_admitted_or_becoming_a_member_is_one_side_s_act_on_its_grouping() -> None:
    assert _one_sided("2019年：峰会决定接收哈萨克斯坦为成员国。", "KZ", "SCO")
    assert _one_sided("1997 – Chile becomes a full member of the council.", "CL", "ASEAN")


def test_a_one_sided_line_with_no_act_on_the_grouping_stays_its_own() -> None:
    assert not _one_sided("2012年：泰国举行大选。", "TH", "SCO")
    assert not _one_sided("2009 – Chile hosted a football tournament.", "CL", "ASEAN")


def test_observer_status_obtained_is_institutional() -> None:
    assert rule_domain(patterns(), fold("2012年6月，泰国在峰会上获得观察员地位。"))[0] == "institutional"


def test_states_that_became_partners_or_members_tell_an_act() -> None:
    assert type_or_none(patterns(), fold("In 2013 the two countries became comprehensive partners.")) is not None
    assert type_or_none(patterns(), fold("2004 – Estonia becomes a member of the alliance.")) is not None
    assert type_or_none(patterns(), fold("The partners met in 2013.")) != "COOPERATE"


_FRAGMENTS = st.lists(
    st.sampled_from(
        ["2016年5月3日", "两国", "签署协定", "签约仪式", "出席见证", "出席了仪式", "，", "、", "。", "署名し",
         "首相が立ち会った", "总统", "出席", "会谈", "signed", " the ", "attended", "见证"]
    ),
    min_size=1,
    max_size=12,
)  # fmt: skip


@given(_FRAGMENTS, st.integers(min_value=0, max_value=60))
def test_the_act_attended_is_read_only_in_instrument_acts_and_never_raises(parts: list[str], cut: int) -> None:
    sentence = fold("".join(parts))
    start = min(cut, len(sentence))
    clause = sentence[start:]
    data = patterns()
    domain, _ = rule_domain(data, clause, None, sentence, start)
    assert domain in DOMAINS
    acts = data["domain_class"]["instrument-act"]
    found = _attends_an_act_before(data, clause, (0, len(clause)), [], [], sentence, start)
    assert all((rank, domain) == (acts["rank"], acts["domain"]) for rank, _, domain in found)
    # nothing before the clause, nothing attended in what came before
    assert _attends_an_act_before(data, sentence, (0, len(sentence)), [], [], sentence, 0) == []


def _dated(tmp_path: Path, text: str, date: str) -> int:
    return sum(1 for d, _ in asserted_events(tmp_path, text) if d == date)


def test_a_visit_naming_its_place_before_the_date_of_the_act_done_on_it_is_an_event_too(tmp_path: Path) -> None:
    text = "简报\n\n智利总统访问巴西利亚期间，两国于2019年3月5日签署了南极合作谅解备忘录。\n"
    assert _dated(tmp_path, text, "2019-03-05") == 2
    text = "簡報\n\n秘魯總統訪問聖地牙哥期間，兩國於2021年9月8日簽署了海關互助協定。\n"
    assert _dated(tmp_path, text, "2021-09-08") == 2


def test_a_visit_told_back_or_talks_on_it_stay_one_event(tmp_path: Path) -> None:
    text = "简报\n\n访问期间，两国于2019年3月6日签署了一份议定书。\n"
    assert _dated(tmp_path, text, "2019-03-06") == 1
    text = "簡報\n\n秘魯總統訪問聖地牙哥期間，於2021年9月8日與智利總統舉行會談。\n"
    assert _dated(tmp_path, text, "2021-09-08") == 1
