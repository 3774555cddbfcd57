"""`event_reading.SentenceCues`, the one reading of a folded sentence that the events stage's clauses share, answers
as each clause read alone did: its segments are those of the clause's own text, its scan gives the cues and the
predicate's segment that the clause's own scan gave (the sentence's hits in the clause, the clause's segments
read by the rules of `_segment` as written before), on text drawn from cue words, punctuation and digits; the
purpose closers asked of a segment's end answer as the expression searched over the whole segment did; and
`clear_cue_caches` empties the readings."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope import event_clauses, events_domain
from allyscope.event_reading import SentenceCues
from allyscope.event_segments import _has_cjk, _leading_of, segments
from allyscope.scripts import fold

_PIECES = st.one_of(
    st.sampled_from(["签署", "访问", "会谈", "演习", "联合训练", "协定", "出席", "举行", "派遣", "期间", "时"]),
    st.sampled_from(["signed", "visited", "an agreement", "exercise", "At the summit", "will", "met", " and "]),
    st.sampled_from(["を記念して", "に署名した", "訪問した際", "会談し", "予定"]),
    st.sampled_from(list("，,、；;：: \n\u30001234。「」“”")),
    st.text(alphabet="日本国会议ab ", max_size=3),
)
_TEXTS = st.lists(_PIECES, max_size=24).map("".join).map(fold)


def _segment_as_written(
    clause: str, types: tuple[tuple[int, int], ...], domains: tuple[tuple[int, int, str], ...]
) -> tuple[int, int]:
    """`events_domain._segment` as it was before the sentence's reading: each segment's hits filtered from all."""
    parts = segments(clause)
    typed: list[tuple[int, int, int]] = []
    cued: list[tuple[int, int]] = []
    leading: list[tuple[int, int]] = []
    listed: list[tuple[int, int]] = []
    last = parts[-1] if parts else None
    for a, b in parts:
        found = [rule for at, rule in types if a <= at < b]
        if not found and not any(a <= at < b for _, at, _ in domains):
            continue
        piece = clause[a:b]
        cjk = _has_cjk(piece)
        scene = ((a, b) != last or not cjk) and _leading_of(piece, cjk)
        if scene or event_clauses._purpose()[0].match(piece) or event_clauses._purpose()[1].search(piece):
            leading.append((a, b))
        elif found:
            typed.append((min(found), a, b))
        elif piece.rstrip().endswith("、"):
            listed.append((a, b))
        else:
            cued.append((a, b))
    if typed:
        _, a, b = min(typed)
        return a, b
    if cued or listed:
        return (cued or listed)[0]
    return leading[0] if leading else (0, len(clause))


@settings(max_examples=400, deadline=None)
@given(_TEXTS, st.integers(0, 200), st.integers(0, 200))
def test_a_clause_reads_the_sentence_as_it_read_itself(sentence: str, one: int, two: int) -> None:
    start, end = sorted((min(one, len(sentence)), min(two, len(sentence))))
    reading = SentenceCues(sentence, events_domain.patterns())
    clause = sentence[start:end]
    assert reading.segments(start, end) == segments(clause)
    all_types, all_modes, all_domains = reading.hits
    types = tuple((at - start, i) for at, i in all_types if start <= at < end)
    modes = tuple((at - start, i) for at, i in all_modes if start <= at < end)
    domains = tuple((rank, at - start, d) for rank, at, d in all_domains if start <= at < end)
    scan = reading.scan(start, end)
    assert (scan.types, scan.modes, scan.domains) == (types, modes, domains)
    assert scan.segment == _segment_as_written(clause, types, domains)
    assert reading.scan(start, end) is scan  # kept on the reading


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_the_purpose_closers_at_the_end_answer_as_the_search(segment: str) -> None:
    searched = event_clauses._purpose()[1].search(segment) is not None
    assert event_clauses._closes_a_purpose(segment) == searched


def test_the_closers_are_found_at_the_end_only() -> None:
    assert event_clauses.tells_a_purpose(fold("両国の外交関係樹立を記念して、 "))
    assert not event_clauses.tells_a_purpose(fold("を記念して両国は会談した"))


def test_clearing_the_cue_caches_empties_the_readings() -> None:
    sentence = fold("两国于2023年签署协定，并举行联合训练。")
    events_domain.rule_domain(events_domain.patterns(), sentence[5:], [], sentence, 5)
    assert events_domain._reading.cache_info().currsize > 0
    events_domain.clear_cue_caches()
    assert events_domain._reading.cache_info().currsize == 0
