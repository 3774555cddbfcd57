"""fast66: three readings made cheaper give the answers of the readings they replace.

- `event_cues._may_hold`: an expression `found_in`, `led_search` and `led_finditer` cannot lead is searched only in
  a text holding one of the literals every match of it holds (`regex_firsts.required_literals`): the answers of
  the bare search over drawn text, for drawn expressions and every such expression of the event data.
- `topic_partner.TopicReader.venues`: each ids' units read once and a mention's place words read only while one of
  its units may still be a place only: the walk it replaces, over the paragraphs and sentences of dev documents.
- `person_references._ideograph_name_before`: a mention overlapping the run before a title found by bisection
  (`span_cover`): the walk over every mention it replaces, over drawn mentions.
"""

from __future__ import annotations

import bisect
import re
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.entities import EntityMention, gazetteer
from allyscope.event_cues import _led, _may_hold, _screen, found_in, led_finditer, led_search
from allyscope.events import patterns
from allyscope.person_references import _ideograph_name_before, _LazyCover
from allyscope.scripts import fold_text
from allyscope.topic_partner import TopicReader, topic_rules, unit_of

DEV = Path(__file__).resolve().parent / "corpora" / "events" / "dev"


def _spans(found: list[re.Match[str]]) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in found]


def _unled_data_expressions() -> list[re.Pattern[str]]:
    """Every compiled expression of the event data (`events.patterns`, nested in tuples too) that cannot be led."""
    found: list[re.Pattern[str]] = []

    def walk(value: Any) -> None:
        if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
            if _led(value) is value:
                found.append(value)
        elif isinstance(value, (tuple, list)):
            for item in value:
                walk(item)

    for value in patterns().values():
        walk(value)
    return found


# shapes `_led` keeps as they are: an alternative opening with `^` then spaces, a category, a case-blind word, a
# look-behind, and a class of digits
_DRAWN = [
    r"(?:该|此|同)(?:行动|中心)|(?:^|[，、,])\s*部队[はが]|派遣部队|\bthe (?:operation|force)\b",
    r"(?:^|，)\s*ab|x\d",
    r"(?:^|，)\s*(?i:the (?:edition|phase)\b)|第\d+阶段",
    r"\s*(?:中心|ab)",
    r"(?<=x)\s*b+a",
    r"\d+b",
]
_PIECES = ["该", "此", "同", "行动", "中心", "部队", "は", "が", "派遣", "，", "、", ",", " ", "\n", "the ", "The "]
_PIECES += ["operation", "force", "edition", "EDITION", "phase", "第", "2", "阶段", "a", "b", "x", "K", "\u212a"]


def test_the_drawn_shapes_are_not_led_and_most_are_screened() -> None:
    patterns_ = [re.compile(source) for source in _DRAWN]
    assert all(_led(p) is p for p in patterns_)
    assert all(_screen(p) is not None for p in patterns_)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=16).map("".join), st.sampled_from(range(len(_DRAWN))))
def test_screened_searches_answer_as_the_bare_search(text: str, which: int) -> None:
    pattern = re.compile(_DRAWN[which])
    bare = pattern.search(text)
    assert found_in(pattern, text) == (bare is not None)
    led = led_search(pattern, text)
    assert (None if led is None else (led.span(), led.groups())) == (
        None if bare is None else (bare.span(), bare.groups())
    )
    assert _spans(list(led_finditer(pattern, text))) == _spans(list(pattern.finditer(text)))
    if bare is not None:
        assert _may_hold(pattern, text)  # a text the expression matches always holds one of its literals


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=16).map("".join))
def test_the_data_expressions_not_led_answer_as_the_bare_search(text: str) -> None:
    for pattern in _unled_data_expressions():
        bare = pattern.search(text)
        assert found_in(pattern, text) == (bare is not None), pattern.pattern
        led = led_search(pattern, text)
        assert (None if led is None else led.span()) == (None if bare is None else bare.span()), pattern.pattern


def test_the_data_expressions_not_led_on_the_dev_documents() -> None:
    unled = _unled_data_expressions()
    assert unled  # the referents of `domain_cues` at least (`(?:^|[，、,])\\s*部队[はが]`)
    for path in sorted(DEV.glob("*.txt"))[::7]:
        folded = fold_text(path.read_text("utf-8"))
        for line in folded.splitlines():
            for pattern in unled:
                bare = pattern.search(line)
                led = led_search(pattern, line)
                assert (None if led is None else led.span()) == (None if bare is None else bare.span()), path.name


def _venues_walk(reader: TopicReader, start: int, end: int) -> set[str]:
    """`TopicReader.venues` as it read before fast66: every mention's units asked anew, its place words always."""
    rules = topic_rules()
    folded = reader.folded or reader.text
    place: dict[str, bool] = {}
    for m in reader.mentions[bisect.bisect_left(reader.starts, start) : bisect.bisect_left(reader.starts, end)]:
        if m.end > end:
            continue
        at_place = m.basis == "metonym" and (
            rules.venue_before.search(folded[max(start, m.start - 12) : m.start]) is not None
            or rules.venue_after.search(folded[m.end : m.end + 6]) is not None
        )
        for u in dict.fromkeys(u for i in m.ids if (u := unit_of(i, reader.entities)) is not None):
            place[u] = place.get(u, True) and at_place
    return {u for u, only in place.items() if only}


def test_venues_answer_as_the_walk_on_dev_documents() -> None:
    from allyscope.pipeline import extract_file

    g = gazetteer()
    read = 0
    metonyms = 0
    for path in sorted(DEV.glob("*.txt"))[::25]:
        doc = extract_file(path)
        mentions = list(doc.entities)
        metonyms += sum(m.basis == "metonym" for m in mentions)
        reader = TopicReader(doc.text, mentions, [m.start for m in mentions], None, g.entities, fold_text(doc.text))
        at = 0
        while at < len(doc.text):
            start, end = reader.paragraph(at)
            # the paragraph whole, and cut at each of its stops (a clause's end inside it)
            for cut in [end, *(i + 1 for i in range(start, end) if doc.text[i] in "。．.，,")]:
                assert reader.venues(start, cut) == _venues_walk(reader, start, cut), path.name
                read += 1
            at = end + 1
    assert read > 500 and metonyms > 0


def _walk(mentions: list[tuple[int, int]], run_start: int, title_start: int) -> bool:
    """The test `_ideograph_name_before` made before fast66: a mention other than the title's starting before the
    title and ending inside the run."""
    return any(a < title_start and b > run_start for a, b in mentions if a != title_start)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 30), st.integers(0, 6)), max_size=12),
    st.integers(0, 30),
    st.integers(1, 4),
    st.sampled_from(["彭倍尼", "彭倍尼亚", "美國", "，彭倍尼"]),
)
def test_a_name_before_a_title_is_found_as_by_the_walk(
    spans: list[tuple[int, int]], title_start: int, shift: int, name: str
) -> None:
    # the title `總統` at `title_start`, the drawn name right before it; mentions drawn anywhere around it
    pad = "的" * max(0, title_start - len(name))
    text = pad + name + "總統訪問"
    title_start = len(pad) + len(name)
    drawn = sorted({(a % len(text), min(len(text), a % len(text) + width + shift - 1)) for a, width in spans})
    mentions = [EntityMention(a, b, text[a:b], (), "") for a, b in drawn]
    expected = ""
    run = re.compile(r"(?:(?<![\u3400-\u9fff])|(?<=[的之]))[\u3400-\u9fff]{3,4}$").search(
        text, max(0, title_start - 5), title_start
    )
    if run is not None and not _walk(drawn, run.start(), title_start):
        expected = run.group()
    assert _ideograph_name_before(text, _LazyCover(mentions), title_start) == expected
