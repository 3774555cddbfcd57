"""A verb of announcing, deciding or agreeing before a comma frames the act its content tells (issue 14 item 4;
branch rec79).

`两国元首宣布，将…关系提升为…` right after the talks is an act on the relationship (kind (b) of the corpus
conventions), but the clause reader took the segment of `宣布` (a statement cue, first in the order of types) as the
predicate: the sentence read as a word said, no second act, and a dated one as a consultation. The verb now keeps
the clause's date and actors while the content's segment, when it holds an act on an instrument or on the
relationship, gives the act (`event_clauses.json` `act_in_content`). The tests are about other pairs (Nicaragua,
Laos and Vietnam, Cambodia and Thailand) and in other words than the documents that showed the need."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st


def _events(text: str) -> list[tuple[str, str, str]]:
    """(date, PLOVER type, evidence sentence) of every stated event of `text`."""
    import allyscope

    return [(e.date, e.type, e.evidence.text) for e in allyscope.extract(text).events if e.mode == "asserted"]


def _of(text: str, words: str) -> list[tuple[str, str]]:
    return [(date, kind) for date, kind, sentence in _events(text) if words in sentence]


def test_an_upgrade_announced_after_the_talks_is_their_second_act() -> None:
    text = "中尼关系\n\n2023年8月31日，国家主席在北京同尼加拉瓜外长举行会谈。两国宣布，将中尼关系提升为战略伙伴关系。\n"
    assert _of(text, "提升为") == [("2023-08-31", "COOPERATE")]


def test_the_traditional_form_with_an_agreement_verb() -> None:
    text = (
        "越寮關係\n\n2019年2月25日，越南總理在河內同寮國總理舉行會談。"
        "雙方一致同意，將越寮關係提升為全面戰略合作夥伴關係。\n"
    )
    assert _of(text, "提升為") == [("2019-02-25", "COOPERATE")]


def test_a_dated_announcement_takes_the_content_s_type() -> None:
    # the sentence has a date of its own: one event, the act of the content, not a consultation
    text = "柬泰关系\n\n2023年11月9日，柬埔寨首相和泰国总理宣布，将两国关系提升为战略伙伴关系。\n"
    assert _of(text, "提升为") == [("2023-11-09", "COOPERATE")]


def test_trap_an_agreement_to_go_on_stays_no_event() -> None:
    # kind (c): what the talks agreed, no act of its own; the content holds no act on the relationship
    text = (
        "中尼关系\n\n2023年8月31日，国家主席在北京同尼加拉瓜外长举行会谈。"
        "双方一致同意，继续加强在联合国等多边机制中的协调。\n"
    )
    assert _of(text, "继续加强") == []


def test_trap_the_verb_before_its_content_without_a_comma_is_read_as_before() -> None:
    text = "中尼关系\n\n2023年8月31日，国家主席在北京同尼加拉瓜外长举行会谈。两国宣布将中尼关系提升为战略伙伴关系。\n"
    assert [date for date, _ in _of(text, "提升为")] == ["2023-08-31"]


def test_trap_a_visit_announced_is_not_read_from_its_content() -> None:
    # a visit is no act on an instrument or the relationship: the announcement stays as it was read
    text = "外交部消息\n\n2023年8月30日，外交部发言人宣布，尼加拉瓜外长于8月29日抵达北京访问。\n"
    kinds = [kind for _, kind, sentence in _events(text) if "抵达" in sentence]
    assert kinds and "COOPERATE" not in kinds


@settings(max_examples=20, deadline=None)
@given(
    day=st.integers(min_value=1, max_value=28),
    verb=st.sampled_from(["宣布", "一致同意", "一致决定", "共同宣布"]),
    standing=st.sampled_from(["战略伙伴关系", "全面战略合作伙伴关系", "全天候战略伙伴关系"]),
)
def test_property_the_upgrade_takes_the_talks_day_whatever_the_frame_verb(day: int, verb: str, standing: str) -> None:
    text = (
        f"柬泰关系\n\n2023年11月{day}日，柬埔寨首相同泰国总理在曼谷举行会谈。"
        f"两国领导人{verb}，将柬泰关系提升为{standing}。\n"
    )
    assert _of(text, "提升为") == [(f"2023-11-{day:02d}", "COOPERATE")]
