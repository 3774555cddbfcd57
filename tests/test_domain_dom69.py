"""Domain on text not tuned on (thirty-eighth session, dom69; issue 14 item 5: where the domain word stands).

- A move of forces said as done (`data/event_patterns.json` `domain_cues.moved_done`, `events_domain.MOVED_DONE`):
  what follows a verb of saying decides nothing by its heads of objects, but a move told there in a completed form
  (an English perfect, a Chinese 已 before the verb of moving, a Japanese past before the quotative particle) is the
  move (the codebook's rule 6, then rule 11, or rule 9 when a topic is its purpose), even where the verb of saying
  put the predicate's segment on the saying (`…在发布会上表示，…已经抵达…`). A move said as to come, agreed or
  decided is left as the cues read it.
- People sent to train the other side's forces (`domain_cues.training_sent`, `events_domain.TRAINING_SENT`):
  instructors or a training team sent, or a sending whose purpose clause names training (`…を訓練するため、…を派遣`,
  `为培训…，…派出`, `sent … to train`), is training together (rule 10), or the topic's (rule 9) when a security
  topic stands in the clause.

Sentences written for these tests, in other words, states and scripts than the corpus documents that prompted them.
"""

from __future__ import annotations

import re

import pytest
from helpers import domain_switch, ruled_by_cues
from hypothesis import given
from hypothesis import strategies as st

from allyscope.events_domain import _said_move_done, _sent_to_train, patterns, rule_domain
from allyscope.scripts import fold

PD, INS, NTS, ME = "political-dialogue", "institutional", "non-traditional-security", "military-exercise"
DOMAINS = {PD, INS, NTS, ME}


def _ruled(text: str) -> tuple[str, bool]:
    return ruled_by_cues(text)


_switched = domain_switch


# --- a move of forces said as done ---

SAID_DONE = [
    ("The Chilean ministry said on Tuesday that two of its frigates had been deployed to the Norwegian coast.",
     ME),
    ("Mongolia's foreign ministry told reporters that its peacekeepers had arrived in the mission area.", NTS),
    ("智利国防部在发布会上表示，智利海军的两艘护卫舰已经抵达挪威沿海。", ME),
    ("蒙古國外交部在記者會上表示，蒙古國維和部隊已抵達任務區。", NTS),
    ("モンゴル国防省は、護衛艦2隻がすでにカザフスタンに到着したと述べた。", ME),
]  # fmt: skip


@pytest.mark.parametrize(("text", "domain"), SAID_DONE)
def test_a_move_said_as_done_is_the_move(text: str, domain: str) -> None:
    assert _ruled(text) == (domain, True)


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean ministry said on Tuesday that two of its frigates had been deployed to the Norwegian coast.",
        "智利国防部在发布会上表示，智利海军的两艘护卫舰已经抵达挪威沿海。",
    ],
)
def test_the_switch_turns_a_move_said_as_done_back_to_talk(text: str) -> None:
    with _switched("MOVED_DONE", False):
        assert _ruled(text)[0] == PD


@pytest.mark.parametrize(
    "text",
    [
        # a move to come, a move that would have been made, a move agreed or decided: no move said as done
        "The Chilean ministry said on Tuesday that two of its frigates would be deployed to the Norwegian coast.",
        "The Chilean minister said the navy would have sent two frigates had it been asked.",
        "蒙古国外交部表示，已同意向该国派遣部队。",
        "蒙古國外交部表示，已決定向該國派出部隊。",
        "モンゴル国防省は、護衛艦2隻をカザフスタンに派遣する方針を表明した。",
    ],
)
def test_a_move_not_said_as_done_reads_as_before(text: str) -> None:
    with _switched("MOVED_DONE", False):
        before = _ruled(text)
    assert _ruled(text) == before


def test_the_completed_forms_are_read_in_every_script() -> None:
    data = patterns()
    done = [
        "the ministry said its troops had already arrived",
        "the ministry said two ships have been sent",
        fold("外交部表示，该国部队已于当天撤出"),
        fold("國防部指出，兩艘軍艦已經駛離港口後部署到位"),
        fold("国防省は、部隊を既に展開したと述べた"),
    ]
    for clause in done:
        assert data["moved_done_re"].search(clause), clause
    not_done = [
        "the ministry said its troops would have arrived",
        "the ministry said two ships will have been sent",
        fold("外交部表示，已同意派遣部队"),
        fold("国防省は、部隊を展開すると述べた"),
    ]
    for clause in not_done:
        assert not data["moved_done_re"].search(clause), clause


@pytest.mark.parametrize(
    "text",
    [
        # the first jets or tanks arriving is a delivery (rule 4), not a move of forces said as done
        "The Finnish president said on Monday that the first tanks from Norway had arrived at the border.",
        "芬兰总统表示，挪威提供的首批坦克已经抵达边境。",
        "フィンランド大統領は、ノルウェーから初の戦車が到着したと述べた。",
    ],
)
def test_a_first_batch_of_equipment_said_to_have_arrived_is_no_move(text: str) -> None:
    folded = fold(text)
    assert _said_move_done(patterns(), folded, 0, len(folded)) is None
    assert _ruled(text)[0] != ME


@given(st.text(alphabet="已经同意派遣部队抵达表示，。 saidhvetroopsrivd", max_size=60))
def test_a_saying_of_any_words_gives_a_domain_and_the_force_or_nothing(text: str) -> None:
    data = patterns()
    folded = fold(text)
    ruled, clear = rule_domain(data, folded, [], folded, 0)
    assert ruled in DOMAINS and isinstance(clear, bool)
    force = data["domain_class"]["force"]
    assert _said_move_done(data, folded, 0, len(folded)) in (None, (int(force["rank"]), str(force["domain"])))


@given(st.text(alphabet="abc 部队，", max_size=30))
def test_no_completed_verb_of_moving_no_move(text: str) -> None:
    assert _said_move_done(patterns(), text, 0, len(text)) is None


# --- people sent to train the other side's forces ---

TRAINING_SENT = [
    ("フィンランド空軍は、ノルウェー空軍の整備員を訓練するため、教官を派遣した。", ME),
    ("为培训越南海军的潜艇艇员，印度海军向越南派出了一个教官组。", ME),
    ("為培訓越南海軍的潛艇艇員，印度海軍向越南派出了一個教官組。", ME),
    ("为训练蒙古国空军的飞行员，挪威向蒙古国派遣了教官组。", ME),
    ("Norway's air force sent three instructors to train Finnish mechanics.", ME),
    # a course for a topic of rule 9 is the topic's
    ("Norway's air force sent three instructors to train Finnish peacekeepers.", NTS),
    ("為培訓維和人員，該國向鄰國派遣教官。", NTS),
]


@pytest.mark.parametrize(("text", "domain"), TRAINING_SENT)
def test_people_sent_to_train_are_training_given(text: str, domain: str) -> None:
    assert _ruled(text) == (domain, True)


@pytest.mark.parametrize(
    "text",
    [
        "フィンランド空軍は、ノルウェー空軍の整備員を訓練するため、教官を派遣した。",
        "为训练蒙古国空军的飞行员，挪威向蒙古国派遣了教官组。",
    ],
)
def test_the_switch_turns_training_sent_back(text: str) -> None:
    with _switched("TRAINING_SENT", False):
        assert _ruled(text)[0] != ME


@pytest.mark.parametrize(
    "text",
    [
        # no training named, or a training centre that is founded: read as before
        "The ministry sent a delegation to the talks in Oslo.",
        "政府は同日、救助チームを被災した沿岸の町に派遣した。",
        "两国在乌兰巴托为新建的训练中心举行了揭牌仪式。",
    ],
)
def test_a_sending_without_training_reads_as_before(text: str) -> None:
    with _switched("TRAINING_SENT", False):
        before = _ruled(text)
    assert _ruled(text) == before


@given(st.text(alphabet="派遣教官训练中心 sentinstructorsa", max_size=50))
def test_training_sent_needs_a_verb_of_sending_in_the_stretch(text: str) -> None:
    data = patterns()
    send, _ = data["training_sent_re"]
    got = _sent_to_train(data, text, (0, len(text)), [])
    assert got in (None, ME)
    if not send.search(text):
        assert got is None
    assert _sent_to_train(data, text, (0, 0), []) is None


def test_the_words_are_the_data_s() -> None:
    spec = patterns()["domain_cues"]
    assert spec["moved_done_about"] and spec["training_sent_about"]
    for pattern in (spec["moved_done"], spec["training_sent"]["send"], spec["training_sent"]["train"]):
        re.compile(pattern)
