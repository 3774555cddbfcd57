"""fast72: work spared where its answer is known without it, each answer as before.

The events stage asks the paragraph's topic only of a domain the topic may change.

`event_domain_topic.topic_domain` changes a drill's domain (`MOVED_DOMAIN`) and, with `WIDER`, a sending's
(`SENT_DOMAINS`); every other domain it returns as it was given, without reading the clause, its cues, the
paragraph or the title. `may_take_topic` says which: over every domain of the vocabulary and drawn clauses,
paragraphs and title texts mixing topic words, verbs of sending, port calls and drills in four languages, a domain
`may_take_topic` refuses is returned as it is; and the title's text (read by the events stage for a drill's domain
alone) changes no other domain's answer.

`adhoc_people._state_openers` reads whether a taken span is a state's name only at the ends a compound title's
start is looked for: over drawn texts of states' names, envoys' marks, stems and other characters, and drawn spans
(ends shared or not), it answers as the dictionary read at once, at every offset, and so does `_compound_starts`.

`span_cover.SpanCover` takes the spans' ends as their running maximum when the ends never fall (spans that do not
nest): over drawn spans laid end to end, nested, overlapping and empty, its answers are the strict walk's.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope import adhoc_people, event_domain_topic
from allyscope.event_domain_topic import MOVED_DOMAIN, SENT_DOMAINS, may_take_topic, topic_domain
from allyscope.events_domain import clause_domain_cues, patterns
from allyscope.span_cover import SpanCover
from allyscope.vocabulary import DOMAINS

# words of topics, sending, calls and drills, and plain words, in the scripts the stage reads (written here, folded
# as the stage folds its text: lower case, Simplified characters)
WORDS = [
    *("earthquake", "flood relief", "peacekeeping", "piracy", "dispatched", "joined", "called at the port"),
    *("the navy", "frigates", "a joint exercise", "held talks", "signed an agreement", "the ministers met"),
    *("地震", "派遣", "寄港し", "護衛艦", "訓練", "会談", "署名", "海賊対処", "救援"),
    *("地震", "派遣", "救灾", "维和", "驱逐舰", "联合演习", "会谈", "签署", "停靠", "海盗"),
    *(" ", "，", "。", ", ", ". ", "\n", "a", "的"),
]
TEXTS = st.lists(st.sampled_from(WORDS), max_size=12).map("".join)
DOMAIN_NAMES = sorted({*DOMAINS, MOVED_DOMAIN, *SENT_DOMAINS, "context", "", "no-such-domain"})


def _cues(clause: str) -> list[tuple[int, int, str]]:
    """The clause's own domain cues, as the events stage reads them (empty for an empty clause)."""
    return clause_domain_cues(clause, clause, 0) if clause else []


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(DOMAIN_NAMES), TEXTS, TEXTS, TEXTS)
def test_a_refused_domain_is_returned_as_it_is(domain: str, clause: str, paragraph: str, title: str) -> None:
    answer = topic_domain(patterns(), domain, _cues(clause), paragraph + clause, title, clause)
    if not may_take_topic(domain):
        assert answer == domain


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(DOMAIN_NAMES), TEXTS, TEXTS, TEXTS)
def test_the_title_is_read_for_a_drill_alone(domain: str, clause: str, paragraph: str, title: str) -> None:
    if domain == MOVED_DOMAIN:
        return
    cues = _cues(clause)
    with_title = topic_domain(patterns(), domain, cues, paragraph + clause, title, clause)
    assert with_title == topic_domain(patterns(), domain, cues, paragraph + clause, "", clause)


# clauses of forces sent, each in a paragraph about a disaster, in three languages (the rule changes their domain)
SENT = ["派遣了两艘驱逐舰", "the navy dispatched two frigates", "海上自衛隊は護衛艦を派遣した"]
AFTER_A_DISASTER = "地震发生后，earthquake relief 地震 "


@pytest.mark.parametrize("wider", [True, False])
def test_the_gate_follows_wider(monkeypatch: pytest.MonkeyPatch, wider: bool) -> None:
    monkeypatch.setattr(event_domain_topic, "WIDER", wider)
    assert may_take_topic(MOVED_DOMAIN)
    assert all(may_take_topic(d) is wider for d in SENT_DOMAINS)
    assert not any(may_take_topic(d) for d in DOMAIN_NAMES if d != MOVED_DOMAIN and d not in SENT_DOMAINS)
    for clause in SENT:  # a sending's domain changes exactly when the gate lets it through
        for domain in SENT_DOMAINS:
            answer = topic_domain(patterns(), domain, _cues(clause), AFTER_A_DISASTER + clause, "", clause)
            assert (answer != domain) is wider


def test_what_the_rule_changes_passes_the_gate() -> None:
    """Every domain the rule changes for these clauses (a drill's and a sending's) is one the gate lets through."""
    changed = {
        domain
        for clause in [*SENT, "驱逐舰停靠港口"]
        for domain in DOMAIN_NAMES
        if topic_domain(patterns(), domain, _cues(clause), AFTER_A_DISASTER + clause, "", clause) != domain
    }
    assert changed == {MOVED_DOMAIN, *SENT_DOMAINS}


def _laid(gaps: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans laid one after another (a gap, then a length, each drawn): ends that never fall, as a document's
    mentions that do not nest."""
    spans, at = [], 0
    for gap, length in gaps:
        spans.append((at + gap, at + gap + length))
        at += gap + length
    return spans


_GAPS = st.lists(st.tuples(st.integers(0, 3), st.integers(0, 4)), max_size=30)
_ASKED = st.lists(st.tuples(st.integers(-2, 90), st.integers(-2, 90), st.booleans()), max_size=30)


@settings(max_examples=400, deadline=None)
@given(_GAPS, st.lists(st.tuples(st.integers(0, 80), st.integers(0, 80)), max_size=4), _ASKED)
def test_a_cover_of_spans_whose_ends_never_fall_answers_as_the_walk(
    gaps: list[tuple[int, int]], others: list[tuple[int, int]], asked: list[tuple[int, int, bool]]
) -> None:
    for spans in (_laid(gaps), [*_laid(gaps), *others]):  # laid end to end; then some nested or overlapping too
        cover = SpanCover(spans)
        taken = list(spans)
        for start, end, keep in asked:
            assert cover.overlaps(start, end) is any(a < end and start < b for a, b in taken)
            if keep:
                cover.add(start, end)
                taken.append((start, end))


_STATES = ["日本", "中国", "韓国", "菲律宾", "ベトナム"]
_PIECES = [*_STATES, "駐", "大使", "国防部", "部长", "外務", "総領事", "王", "の", "，", "a"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=10), st.data())
def test_state_openers_answer_as_the_dictionary(pieces: list[str], data: st.DataObject) -> None:
    text = "".join(pieces)
    cuts = sorted({0, len(text), *(sum(map(len, pieces[:k])) for k in range(len(pieces)))})
    spans = st.tuples(st.sampled_from(cuts), st.sampled_from(cuts)).filter(lambda span: span[0] < span[1])
    taken = data.draw(st.lists(spans, max_size=8)) if len(cuts) > 1 else []
    full = {b: a for a, b in taken if adhoc_people._names_a_state(text[a:b])}
    lazy = adhoc_people._state_openers(text, taken)
    for at in range(len(text) + 2):
        assert (at in lazy) == (at in full)
        if at in full:
            assert lazy[at] == full[at]
        if at < len(text):
            assert adhoc_people._compound_starts(text, at, lazy) == adhoc_people._compound_starts(text, at, full)
