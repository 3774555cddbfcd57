"""Acts that were withdrawn, only considered or only rumoured, and spans that state no act (prec66, issue 14 items
2 and 4): a meeting postponed, called off or cancelled in the passive without its agent, hearsay told as what is
said or believed, an act considered, weighed or scheduled, a sentence that calls its claim unconfirmed, a caption in
brackets, and `同日本` (with Japan), which is no same day. Sentences written for these tests, about other states
(Chile, Peru, Argentina, Uruguay) and in other words than the corpus documents that prompted the rules."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from allyscope.events_domain import led_by_hearsay, patterns, told_after_a_withdrawn_act
from allyscope.scripts import fold
from tests.helpers import event_mode_of, event_modes

_modes = event_modes
_mode_of = event_mode_of


def test_a_meeting_called_off_in_the_passive_took_no_place() -> None:
    body = "Title\n\n1. Body\n\nThe summit of Argentina and Uruguay set for 9 June 2018 in Montevideo was cancelled.\n"
    assert _mode_of(body, "2018-06-09") != "asserted"
    body = "Title\n\n1. Body\n\nStaff talks between Chile and Peru in Lima in May 2019 were abruptly put off.\n"
    assert _mode_of(body, "2019-05") == "negated"
    body = "題名\n\n一、本文\n\n2019年5月のチリとペルーの首脳会談は見送られた。\n"
    assert _mode_of(body, "2019-05") == "negated"
    body = "题名\n\n一、正文\n\n2019年5月智利与秘鲁的外长会晤被取消。\n"
    assert _mode_of(body, "2019-05") == "negated"


def test_calling_a_meeting_off_with_its_agent_is_an_act() -> None:
    body = "Title\n\n1. Body\n\nOn 3 April 2018 the president of Chile called off his meeting with Peru's leader.\n"
    assert _mode_of(body, "2018-04-03") == "asserted"
    body = "Title\n\n1. Body\n\nThe visit to Santiago was called off by Peru on 3 April 2018.\n"
    assert _mode_of(body, "2018-04-03") == "asserted"


def test_a_withdrawal_does_not_reach_a_date_told_after_it_in_a_clause_of_its_own() -> None:
    body = (
        "Title\n\n1. Body\n\nThe forum of Chile and Peru due in Santiago in October 2019 was postponed after Peru"
        " announced on 2 August 2019 that it would stay away.\n"
    )
    modes = _modes(body)
    assert ("2019-08-02", "asserted") in modes
    assert ("2019-10", "asserted") not in modes


def test_hearsay_told_as_what_is_said_tells_no_act_but_a_report_does() -> None:
    body = "Title\n\n1. Body\n\nA secret accord between Chile and Peru is said to have been reached in 2011.\n"
    assert _mode_of(body, "2011") == "hypothetical"
    body = "題名\n\n一、本文\n\nペルーとチリの両首脳は2011年に秘密裏に会談したと伝えられています。\n"
    assert _mode_of(body, "2011") == "hypothetical"
    body = "Title\n\n1. Body\n\nOfficials said Chile and Peru signed the accord in 2011.\n"
    assert _mode_of(body, "2011") == "asserted"


def test_an_act_considered_or_weighed_is_not_done() -> None:
    body = "Title\n\n1. Body\n\nIn March 2020 Uruguay was reportedly considering a visit to Argentina by its leader.\n"
    assert _mode_of(body, "2020-03") == "planned"
    body = "题名\n\n一、正文\n\n2020年3月，乌拉圭正考虑派遣舰艇访问阿根廷。\n"
    assert _mode_of(body, "2020-03") == "planned"
    body = "Title\n\n1. Body\n\nIn March 2020 Uruguay's president visited Argentina.\n"
    assert _mode_of(body, "2020-03") == "asserted"


def test_a_sentence_that_calls_its_claim_unconfirmed_tells_no_act() -> None:
    body = "題名\n\n一、正文\n\n據外媒報導，秘魯曾於2018年底要求智利撤回大使，此說法未獲利馬證實。\n"
    assert _mode_of(body, "2018") == "hypothetical"
    body = "Title\n\n1. Body\n\nPeru recalled its envoy from Chile in March 2018, which has not been confirmed.\n"
    assert _mode_of(body, "2018-03") == "hypothetical"
    body = "题名\n\n一、正文\n\n据报道，秘鲁于2018年3月召回驻智利大使。\n"
    assert _mode_of(body, "2018-03") == "asserted"


def test_with_japan_is_no_same_day() -> None:
    body = "题名\n\n2023年5月20日\n\n5月18日，智利总统同日本首相举行会谈。\n"
    assert _modes(body) == [("2023-05-18", "asserted")]
    body = "题名\n\n2023年5月20日\n\n5月18日，两国外长举行会谈。同日，两国签署协定。\n"
    assert [d for d, _ in _modes(body)] == ["2023-05-18", "2023-05-18"]


def test_a_caption_in_brackets_states_no_act() -> None:
    body = "题名\n\n2019年5月4日\n\n（图为2019年5月3日智利与秘鲁外长会晤现场。外交部供图）\n"
    assert _modes(body) == []
    body = "題名\n\n2019年5月4日\n\n【圖為5月3日智利與秘魯外長會晤現場】\n"
    assert _modes(body) == []


_WORDS = st.lists(st.sampled_from(["forum", "staff", "naval", "border", "the", "round", "of", "talks"]), max_size=5)


@given(_WORDS, st.sampled_from(["after", "when", "because"]), _WORDS)
def test_the_withdrawal_reaches_only_its_own_clause(before: list[str], opener: str, after: list[str]) -> None:
    """Whatever words stand around them, a withdrawal cue reaches a later date only with no clause opener between."""
    data = patterns()
    head = fold(" ".join(["the", *before, "meeting was postponed"]))
    tail = fold(" ".join(["peru", *after, "announced on"])) + " "
    sentence = f"{head} {opener} {tail}2 august 2019."
    assert told_after_a_withdrawn_act(data, sentence, len(f"{head} {opener} {tail}"))
    joined = f"{head} {tail}2 august 2019."
    assert not told_after_a_withdrawn_act(data, joined, len(f"{head} {tail}"))


@given(
    st.sampled_from(["", "问：", "据外媒报道，"]),
    st.text(alphabet="两国于年月日签署协定举行会谈智利秘鲁", min_size=1, max_size=30),
    st.sampled_from(["此说未获证实", "相關說法未獲利馬證實", "该消息尚未证实"]),
)
def test_a_claim_called_unconfirmed_is_no_done_act_whatever_it_tells(lead: str, claim: str, unconfirmed: str) -> None:
    assert led_by_hearsay(patterns(), fold(f"{lead}{claim}，{unconfirmed}。"))
    assert not led_by_hearsay(patterns(), fold(f"{lead}{claim}。"))
