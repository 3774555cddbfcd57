"""A collective subject before a word of what came next opens the next act (issue 14 item 4; branch rec80).

`…举行欢迎仪式，随后两国元首举行会谈` was read as two events (a ceremony, then talks: `next_act_openers`), but the
same sentence with its subject before the word (`…举行欢迎仪式，两人随后举行会谈`, `…以军礼欢迎…，兩人隨即舉行會談`)
was one: the piece did not open with the word, so it joined the ceremony's act (both meetings). A subject naming
the two persons or the two sides together, right after the comma and right before the word, now opens the next act
as the word alone does (`event_clauses.json` `next_act_openers` 'subjects_before'). The tests are about other pairs
(Kazakhstan and Uzbekistan, Laos, Fiji) and in other words than the documents that showed the need."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st


def _events(text: str) -> list[tuple[str, str]]:
    """(date, evidence sentence) of every stated event of `text`."""
    import allyscope

    return [(e.date, e.evidence.text) for e in allyscope.extract(text).events if e.mode == "asserted"]


def _count(text: str, words: str) -> int:
    return sum(1 for _, sentence in _events(text) if words in sentence)


def test_a_ceremony_then_talks_of_the_two_in_simplified() -> None:
    text = (
        "哈乌关系\n\n2024年8月22日，哈萨克斯坦总统在阿斯塔纳为来访的乌兹别克斯坦总统举行欢迎仪式，"
        "两人随后在总统府举行会谈。\n"
    )
    assert _count(text, "两人随后") == 2


def test_a_ceremony_then_talks_of_the_two_in_traditional() -> None:
    text = "中寮關係\n\n2023年10月20日，國家主席在北京為寮國國家主席舉行歡迎儀式，兩人隨即舉行會談。\n"
    assert _count(text, "兩人隨即") == 2


def test_the_two_heads_of_state_before_the_word() -> None:
    text = "中斐关系\n\n2024年5月10日，斐济总理在苏瓦为中国外长举行欢迎仪式，两国领导人随后举行会谈。\n"
    assert _count(text, "随后举行会谈") == 2


def test_trap_the_word_first_is_read_as_before() -> None:
    text = "中寮关系\n\n2023年10月20日，国家主席在北京为老挝国家主席举行欢迎仪式，随后两国元首举行会谈。\n"
    assert _count(text, "随后两国元首") == 2


def test_trap_a_named_person_before_the_word_is_not_such_a_subject() -> None:
    # a person named alone before the word is no collective subject: the sentence reads as before the rule
    import allyscope

    text = "中寮关系\n\n2023年10月20日，国家主席在北京为老挝国家主席举行欢迎仪式，老挝国家主席随后举行会谈。\n"
    with_collective = text.replace("老挝国家主席随后", "两人随后")
    assert len(allyscope.extract(text).events) <= len(allyscope.extract(with_collective).events)


def test_trap_talks_alone_stay_one_event() -> None:
    text = "哈乌关系\n\n2024年8月22日，哈萨克斯坦总统在阿斯塔纳同乌兹别克斯坦总统举行会谈。\n"
    assert _count(text, "举行会谈") == 1


@settings(max_examples=25, deadline=None)
@given(
    day=st.integers(min_value=1, max_value=28),
    month=st.integers(min_value=1, max_value=12),
    subject=st.sampled_from(["两人", "双方", "两国元首", "两国领导人"]),
    word=st.sampled_from(["随后", "随即"]),
)
def test_the_talks_take_the_ceremony_s_day(day: int, month: int, subject: str, word: str) -> None:
    text = (
        f"哈乌关系\n\n2024年{month}月{day}日，哈萨克斯坦总统在阿斯塔纳为乌兹别克斯坦总统举行欢迎仪式，"
        f"{subject}{word}举行会谈。\n"
    )
    dates = [date for date, sentence in _events(text) if "举行会谈" in sentence]
    assert dates == [f"2024-{month:02d}-{day:02d}"] * 2
