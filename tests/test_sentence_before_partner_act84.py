"""The partner read from the sentence before a paragraph (act84, issue 14: the side a sentence does not write).

A two-sided act (talks, a summit, a signing, a delivery) that opens a paragraph and names one side, or none,
leaves the other to the place that last named the pair. `topic_partner` read the paragraph, then the title and
lead; when the title names a third state beside the case's pair (`Chile, Peru and Bolivia`) or none of it, the
partner was lost although the paragraph before ends on the pair (dev: `brief_en_us_north_korea_summits` E4,
`encyclo_en_egypt_us_chronology` E10–E13, `news_en_thailand_cambodia_border` E10 and nine more of documents of
several sessions). The last sentence of the paragraph before is now read after the title: it gives the partner
under the same test as the paragraph (the parties it names that the clause lacks, and nothing else). The texts
are written for these tests, about states and facts of no dev document; each positive case fails with the step
switched off (`SENTENCE_BEFORE`)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from helpers import events_in_case as _events
from helpers import party_names as _names
from hypothesis import given, settings
from hypothesis import strategies as st

import allyscope.topic_partner as topic_partner
from allyscope.topic_partner import TopicReader

# a title naming three states (the document's topic gives no partner), the paragraph before ending on the pair
THREE_STATE_TITLES = [
    "Chile, Peru and Bolivia: a century of borders\n\nIn 1999 Chilean and Peruvian delegates met in Lima. They "
    "signed the act that closed the last clauses of the 1929 treaty between Chile and Peru.\n\n"
    "New talks were held in Quito on 3 March 2008.\n",
    "智利、秘鲁与玻利维亚的边界问题\n\n1999年，智利和秘鲁代表在利马会晤。双方签署了执行1929年条约剩余条款的文件，智利和秘鲁的"
    "分歧由此缩小。\n\n2008年3月3日，新一轮会谈在基多举行。\n",
    "チリ・ペルー・ボリビアの国境問題\n\n1999年、チリとペルーの代表がリマで会合した。両国は1929年条約の残る条項を実施する"
    "文書に署名し、チリとペルーの対立は縮まった。\n\n2008年3月3日、キトで新たな協議が行われた。\n",
]


@contextmanager
def _step(on: bool) -> Iterator[None]:
    was = topic_partner.SENTENCE_BEFORE
    topic_partner.SENTENCE_BEFORE = on
    try:
        yield
    finally:
        topic_partner.SENTENCE_BEFORE = was


def _dated(text: str, date: str, *sides: str) -> list[object]:
    return [e for e in _events(text, *sides) if e.date == date]


@pytest.mark.parametrize("text", THREE_STATE_TITLES)
def test_talks_opening_a_paragraph_take_the_pair_of_the_sentence_before(text: str) -> None:
    (event,) = _dated(text, "2008-03-03", "CL", "PE")
    assert {"Chile", "Peru"} <= _names(event)
    assert "Bolivia" not in _names(event)
    assert event.actor_basis.get("PE") == "sentence_before"


@pytest.mark.parametrize("text", THREE_STATE_TITLES)
def test_without_the_step_the_partner_is_lost(text: str) -> None:
    with _step(False):
        (event,) = _dated(text, "2008-03-03", "CL", "PE")
    assert "Peru" not in _names(event)


def test_a_title_naming_the_pair_is_read_before_the_sentence_before() -> None:
    # the sentence before names another pair of the case's parties (a meeting beside the page's subject): the
    # title's reading comes first, as before the step (dev: a summit's page whose paragraph before ends on a
    # bilateral meeting of the host with a third member)
    text = (
        "Chile and Peru: a sea border in court\n\nChile and Peru have argued over their sea border for decades, and "
        "took it to the court in The Hague in 2008 after years of talks.\n\nBolivia has its own claim to a coast, and "
        "in 2006 Chile and Bolivia agreed on a thirteen-point agenda that included it.\n\nNew talks were held in "
        "Quito on 3 March 2008, but they ended without a text.\n"
    )
    (event,) = _dated(text, "2008-03-03", "CL", "PE", "BO")
    assert {"Chile", "Peru"} <= _names(event)
    assert "Bolivia" not in _names(event)
    assert event.actor_basis.get("PE") == "document"


# traps: the sentence before names a third state (as a party, or quoting its government): no partner is guessed
THIRD_STATES_BEFORE = [
    "Chile, Peru and Bolivia: a century of borders\n\nIn 1999 Chilean and Peruvian delegates met in Lima. "
    "Bolivia's government said a week later that it had not been consulted.\n\n"
    "New talks were held in Quito on 3 March 2008.\n",
    "智利、秘鲁与玻利维亚的边界问题\n\n1999年，智利和秘鲁代表在利马会晤。玻利维亚外交部随后表示，智利和秘鲁事先未同其协商。\n\n"
    "2008年3月3日，新一轮会谈在基多举行。\n",
]


@pytest.mark.parametrize("text", THIRD_STATES_BEFORE)
def test_a_third_state_in_the_sentence_before_gives_no_partner(text: str) -> None:
    for event in _dated(text, "2008-03-03", "CL", "PE"):
        assert "Peru" not in _names(event)


def test_a_sides_own_affair_takes_no_partner_from_the_sentence_before() -> None:
    text = (
        "Chile, Peru and Bolivia: a century of borders\n\nIn 1999 Chilean and Peruvian delegates met in Lima.\n\n"
        "On 3 March 2008 Chile adopted a new fisheries law.\n"
    )
    for event in _dated(text, "2008-03-03", "CL", "PE"):
        assert "Peru" not in _names(event)


def test_the_title_is_no_sentence_before() -> None:
    text = "Chile, Peru and Bolivia\n\nNew talks were held in Quito on 3 March 2008.\n"
    for event in _dated(text, "2008-03-03", "CL", "PE"):
        assert "Peru" not in _names(event)


_WORDS = st.sampled_from(["Lima", "talks", "the", "met", "in", "2008", "delegates", "一", "会谈", "举行", "U.N."])
_SENTENCE = st.lists(_WORDS, min_size=1, max_size=6).map(" ".join)
_STOP = st.sampled_from([". ", "。", "! ", "？"])


@settings(max_examples=60, deadline=None)
@given(
    title=_SENTENCE,
    before=st.lists(st.tuples(_SENTENCE, _STOP), min_size=1, max_size=4),
    gap=st.sampled_from(["\n", "\n\n", "\n \n"]),
    last=_SENTENCE,
)
def test_the_sentence_before_is_the_last_sentence_of_the_paragraph_before(
    title: str, before: list[tuple[str, str]], gap: str, last: str
) -> None:
    body = "".join(words + stop for words, stop in before).rstrip()
    text = f"{title}\n\n{body}{gap}{last}\n"
    body_start = len(title) + 2
    start = body_start + len(body) + len(gap)
    reader = TopicReader(text, [], [], (0, len(title)), {})
    read: list[tuple[int, int]] = []
    reader.units = lambda s, e: read.append((s, e)) or []  # type: ignore[method-assign]
    assert reader.sentence_before(start) == []
    (span,) = read
    # inside the paragraph before, up to its end, after its last stop but its own final one
    assert body_start <= span[0] < span[1] == body_start + len(body)
    inner = text[span[0] : span[1] - 1]
    assert not any(stop in inner for stop in ("。", "！", "？", "!", "?", ". "))
    # the title is never read as a sentence before
    read.clear()
    assert reader.sentence_before(body_start) == []
    assert read == []
