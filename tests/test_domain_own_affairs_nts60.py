"""A state's own law or strategy told in a document about a pair (nts60, issue 14 item 5): a law passed by a body
the gazetteer does not know names no party, and an act naming no one used to get every party of the title, which
made the state's own law the pair's act. It is now the own affair of the title party its paragraph named last
(`topic_partner.own_affair_party`), and so `context`. The sentences are written for these tests, in other words than
the dev documents that showed the class (a Chinese brief's security laws, a Japanese brief's cyber law); the three
CJK cases fail without the rule (the English one, whose legislature is read already, guards it), and the negative
one shows that an act naming no one that is no own affair still takes the title's pair."""

from __future__ import annotations

import pytest
from helpers import events_in_case as _events
from helpers import only_event as _only
from helpers import party_names as _names

from allyscope.topic_partner import topic_rules

# title: the pair; the paragraph names Chile in an undated sentence; the dated clause names no party
OWN_LAWS = [
    "Chile and Argentina: maritime cooperation\n\nChile has also rebuilt its own rules for the sea. In March 2019 "
    "the legislature enacted a new coastal surveillance statute.\n",
    "智利与阿根廷的海上合作\n\n智利也在完善本国的海洋法律体系。2019年3月，参众两院通过《海岸监视法》。\n",
    "智利與阿根廷的海上合作\n\n智利也在完善本國的海洋法律體系。2019年3月，參眾兩院通過《海岸監視法》。\n",
    "チリとアルゼンチンの海洋協力\n\nチリは国内の制度も整えてきた。2019年3月、沿岸監視に関する関連法が上下両院で成立した。\n",
]


@pytest.mark.parametrize("text", OWN_LAWS)
def test_a_law_that_names_no_party_is_the_own_affair_of_the_state_its_paragraph_named(text: str) -> None:
    event = _only(text, "CL", "AR")
    assert _names(event) == {"Chile"}
    assert event.domain == "context"


def test_an_act_naming_no_one_that_is_no_own_affair_keeps_the_pair_of_the_title() -> None:
    text = "智利与阿根廷的海上合作\n\n智利长期重视海上安全。2019年3月，两国海军的联合巡逻机制正式启动。\n"
    events = _events(text, "CL", "AR")
    assert events and {"Chile", "Argentina"} <= _names(events[0])


def test_a_laws_title_and_its_making_are_own_affairs_in_the_rules() -> None:
    rules = topic_rules().one_sided_acts
    clauses = ("通过《海岸监视法》", "関连法が成立した", "the parliament enacted it", "政府は戦略を閣議決定した")
    for clause in clauses:
        assert rules.search(clause), clause
    assert not rules.search("两国签署《海上合作协定》")


# relief named by its field, not its verb: `启动…紧急救援…` launches an operation (an instrument act's verb, rank 4)
# whose field is relief (codebook rule 9); kits of relief goods name relief as `relief supplies` does
RELIEF = [
    "2018年10月1日，邻国启动了对该国的紧急救援。",
    "2018年10月1日，鄰國啟動了對該國的緊急救援。",
    "On 1 October 2018 the navy began unloading hygiene kits in the port.",
]


@pytest.mark.parametrize("sentence", RELIEF)
def test_emergency_rescue_and_relief_kits_are_the_field_of_relief(sentence: str) -> None:
    from allyscope import events_domain as ed
    from allyscope.scripts import fold

    folded = fold(sentence)
    assert ed.rule_domain(ed.patterns(), folded)[0] == "non-traditional-security"


def test_a_law_in_a_document_whose_title_names_one_state_takes_the_state_its_paragraph_named() -> None:
    text = (
        "Chile's coastal policy\n\nChile first acted alone at sea. In March 2019 the legislature passed a new "
        "coastal surveillance law.\n"
    )
    event = _only(text, "CL", "AR")
    assert _names(event) == {"Chile"}
    assert event.domain == "context"
