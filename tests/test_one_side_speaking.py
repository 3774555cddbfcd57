"""One side's ministry, government or spokesperson making a statement, in a document about its pair, is that side
speaking of the pair's affairs: political dialogue with that side alone as actor, not context. A state's own act
with no word of its voice stays context. Sentences written for these tests."""

from __future__ import annotations

from allyscope.events_domain import one_side_on_its_arrangement, patterns
from allyscope.scripts import fold

_SIDES = [frozenset({"VN"}), frozenset({"CN"})]


def _own(clause: str, ids: set[str]) -> bool:
    return one_side_on_its_arrangement(patterns(), fold(clause), ids, _SIDES)


def test_a_ministry_or_spokesperson_statement_is_the_pair_s_own() -> None:
    assert _own("越南外交部当天发表声明，要求中方撤走钻井平台", {"VN"})
    assert _own("越南外交部當天發表聲明", {"VN"})
    assert _own("中国外務省の報道官は同日、遺憾の意を述べた", {"CN"})
    assert _own("The Vietnamese foreign ministry said on Friday that the rig must leave", {"VN"})
    assert _own("a Chinese spokesperson stated that the patrol was routine", {"CN"})


def test_a_state_s_own_act_without_its_voice_stays_context() -> None:
    assert not _own("越南国会通过了海洋法", {"VN"})
    assert not _own("The Vietnamese navy commissioned a new frigate", {"VN"})
    # a statement naming a third party is no act of the pair alone
    assert not _own("越南外交部当天发表声明", {"VN", "PH"})
