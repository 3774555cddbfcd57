"""Talks told as what came before the next act of their sentence, with their counterpart, are an act (dom87).

Issue 14, a meeting and a signing in one clause. Dev's gold reads talks named with their counterpart before a later
act of the same sentence as an act of their own (`在同歐爾班總理會談後，兩國領導人共同見證了…簽署`,
`フォックス大統領との首脳会談後、…に署名した`, `… signed a free trade agreement on Saturday after President X held
talks with Prime Minister Y`: documents of several sessions); the talks were only the scene of the act after them, and
the sentence gave one event, read as the instrument. `talks_before_act` of event_clauses.json: a Chinese or Japanese
segment ending in a meeting's word and `后` with its counterpart before it is read as an act (`talks_done_before`),
and an English clause is cut before the `after` of talks a subject held with someone (`talks_before_act_cuts`). The
texts are written for these tests, in other words and on other pairs than dev's; traps: talks told before in a
sentence of their own (`両首脳は会談後、`), `同` as a word of time or as Japanese `the said`, a press conference after
the talks, `after` a vote or years of negotiation, a cabinet's talks with its unions (no leader of a side), a comma
between `after …` and `held talks` (no subject of its own).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.event_segments import talks_before_act_cuts, talks_done_before
from allyscope.scripts import fold
from tests.event_generator import name_of
from tests.test_domain_dom85 import _events  # a one-sentence document's events

PD, INST = "political-dialogue", "institutional"
PAIRS = [("KE", "TZ"), ("SN", "GM"), ("VN", "LA")]

# English: the act, then `after` its subject's talks with the other side (an act of its own: two events)
HELD_AFTER_EN = [
    "On 14 June 2021 the president of {a} signed an extradition treaty with the president of {b} after he held talks"
    " with him in the capital.",
    "{a} and {b} signed a fisheries agreement on 3 May 2019 after the prime minister of {a} held talks with the prime"
    " minister of {b}.",
    "On 9 October 2022 the foreign minister of {a} signed a visa waiver agreement with {b} after she had talks with"
    " her counterpart.",
]
# Chinese: a sentence of talks, then talks with a further counterpart told as what came before a signing
TALKS_AFTER_ZH = [
    "2021年6月14日，{a}總統同{b}副總統舉行會談。在同{b}總統會談後，兩國領導人共同見證了多份合作文件的簽署。",
    "2021年6月14日，{a}總統同{b}副總統舉行會談。在與{b}總理會晤後，兩國領導人簽署了引渡條約。",
]
# an act after a vote or a summit, or after a comma: no talks of a subject of its own, one event
ONE_ACT_EN = [
    "On 3 May 2019 the president of {a} signed an extradition treaty with {b} after parliament approved it.",
    "On 3 May 2019 the president of {a} signed an extradition treaty with {b} after years of negotiation.",
    # talks of a body of one side with its own (`the cabinet`): no leader's talks with the other side
    "On 3 May 2019 the president of {a} signed an extradition treaty with {b} after the cabinet held talks with the"
    " unions.",
]


@pytest.mark.parametrize("text", HELD_AFTER_EN)
@pytest.mark.parametrize("pair", PAIRS)
def test_talks_held_before_an_english_act_are_an_act_of_their_own(text: str, pair: tuple[str, str]) -> None:
    body = text.format(a=name_of(pair[0], "en"), b=name_of(pair[1], "en"))
    assert sorted(d for d, _ in _events(body, pair)) == [INST, PD], body


@pytest.mark.parametrize("text", TALKS_AFTER_ZH)
@pytest.mark.parametrize("pair", PAIRS)
def test_talks_with_a_counterpart_before_a_chinese_signing_are_an_act(text: str, pair: tuple[str, str]) -> None:
    body = text.format(a=name_of(pair[0], "zh"), b=name_of(pair[1], "zh"))
    assert sorted(d for d, _ in _events(body, pair)) == [INST, PD, PD], body


@pytest.mark.parametrize("text", ONE_ACT_EN)
@pytest.mark.parametrize("pair", PAIRS)
def test_an_act_after_a_vote_or_a_summit_stays_one(text: str, pair: tuple[str, str]) -> None:
    body = text.format(a=name_of(pair[0], "en"), b=name_of(pair[1], "en"))
    assert [d for d, _ in _events(body, pair)] == [INST], body


@pytest.mark.parametrize(
    ("piece", "expected"),
    [
        ("在同欧尔班总理会谈后，", True),
        ("在與總理會晤後，", True),
        ("并与国王会见后", True),
        ("フォックス大統領との首脳会談後、", True),
        ("首相との会談後", True),
        ("両首脳は会談後、", False),  # the talks told before, in a sentence of their own
        ("两国元首会谈后，", False),
        ("同大統領は会談後、", False),  # `同`: the said president, no counterpart
        ("同年会谈后，", False),  # a word of time
        ("双方共同会谈后，", False),
        ("在同总理会谈后的记者会上", False),  # a press conference after the talks: its scene
        ("在同总理会谈，会谈后，", False),  # the counterpart is the talks' of the piece before, not of this one
    ],
)
def test_talks_done_before_needs_a_counterpart_and_the_after_word_at_the_end(piece: str, expected: bool) -> None:
    assert talks_done_before(piece) is expected
    assert talks_done_before(fold(piece)) is expected  # the domain stage reads folded pieces


@pytest.mark.parametrize(
    ("sentence", "cut_before"),
    [
        ("They signed a pact on Friday after the two presidents held talks with the envoy.", " after the two"),
        ("Lima signed a treaty after President Ruiz held talks with the envoy.", " after President"),
        ("They signed a pact after the cabinet held talks with the unions.", None),  # no leader of a side
        ("They signed a pact on Friday after the vote in parliament.", None),
        ("They signed a pact after the summit in Lima, held talks with the envoy.", None),  # the comma
        ("After he held talks with the envoy, they signed a pact.", None),  # an opening scene: nothing before it
    ],
)
def test_the_english_cut_stands_before_after_of_talks_held(sentence: str, cut_before: str | None) -> None:
    cuts = talks_before_act_cuts(sentence, 0, len(sentence))
    assert cuts == ([] if cut_before is None else [sentence.index(cut_before)])


_NAME = st.text(alphabet="阿巴卡达埃法加哈伊贾科拉马纳奥帕萨塔乌瓦扎里斯特尔", min_size=1, max_size=12)


@settings(max_examples=30, deadline=None)
@given(
    name=_NAME,
    with_=st.sampled_from(["与", "與", "同"]),
    after=st.sampled_from(["会谈后", "會談後", "会晤后", "會晤後", "会见后"]),
    lead=st.sampled_from(["", "在", "并", "總統在"]),
)
def test_any_counterpart_before_any_after_word_reads_the_talks_as_an_act(
    name: str, with_: str, after: str, lead: str
) -> None:
    piece = f"{lead}{with_}{name}总统{after}，"
    assert talks_done_before(piece)
    # with the counterpart's word taken away, the talks are the scene again
    assert not talks_done_before(f"{lead}{name}总统{after}，")


@settings(max_examples=30, deadline=None)
@given(
    title=st.sampled_from(["President", "Prime Minister", "he", "the two", "Foreign Minister"]),
    subject=st.lists(st.sampled_from(["Ruiz", "Okafor", "Tanaka", "Mendes", "of", "Peru"]), min_size=0, max_size=4),
    verb=st.sampled_from(["held talks with", "had talks with"]),
)
def test_any_subject_of_talks_held_after_an_act_is_cut_before_after(title: str, subject: list[str], verb: str) -> None:
    sentence = f"The ministers signed a memorandum on Monday after {' '.join([title, *subject])} {verb} the envoy."
    assert talks_before_act_cuts(sentence, 0, len(sentence)) == [sentence.index(" after ")]
    # a comma inside what follows `after` is no subject of its own: no cut
    listed = f"The ministers signed a memo on Monday after {', '.join([title, *subject, 'Lima'])} {verb} the envoy."
    assert talks_before_act_cuts(listed, 0, len(listed)) == []
