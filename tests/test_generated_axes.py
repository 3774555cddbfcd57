"""gen50's axes of the generated event documents (tests/event_generator_axes.py): the shape of the scripts and acts
that makes their gold hold by construction, and the rules the tuned half's misses asked for, tested in sentences of
other words (the fixed sample's floors per axis and half are in tests/test_generated_events.py).

Why: the blind sets lose a side named earlier in the paragraph or document and confuse the codebook's domains; the
generated axes say which states, scripts and acts do so, on pairs dev never saw. Their floors per axis and half are
in tests/test_generated_events.py, beside gen48's.
"""

from __future__ import annotations

import random
import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.event_generator import HALVES, LANGS, RESERVATIONS, RESERVED, GeneratorError, state_ids, states_behind
from tests.event_generator_axes import (
    ACTS,
    AXES,
    SCRIPTS,
    TITLED,
    generate_act,
    generate_script,
    made_up_name,
    score_axis_doc,
)


def test_every_axis_is_written_in_every_language_and_half() -> None:
    units = [*SCRIPTS, *ACTS, *TITLED]
    assert {(u.half, u.lang) for u in units} == {(h, lang) for h in HALVES for lang in LANGS}
    for lang in LANGS:
        for half in HALVES:
            rules = {a.rule for a in ACTS if a.lang == lang and a.half == half}
            assert rules == set(range(1, 15)), (lang, half)  # every rule of the codebook's procedure
            assert len({a.domain for a in ACTS if a.lang == lang and a.half == half}) == 5


def test_the_held_out_half_is_other_words_not_other_states() -> None:
    """No held-out sentence is a tuned one: the halves differ in verbs and frames, not only in the pair drawn."""
    tuned = {line.text for s in SCRIPTS if s.half == "tuned" for line in s.lines}
    tuned |= {a.text for a in (*ACTS, *TITLED) if a.half == "tuned"}
    held = {line.text for s in SCRIPTS if s.half == "held_out" for line in s.lines}
    held |= {a.text for a in (*ACTS, *TITLED) if a.half == "held_out"}
    assert not tuned & held
    assert {s.name for s in SCRIPTS if s.half == "tuned"}.isdisjoint({s.name for s in SCRIPTS if s.half == "held_out"})


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda s: f"{s.half}-{s.lang}-{s.name}")
def test_a_script_carries_its_sides_after_the_lead(script: object) -> None:
    """The title and the lead name the pair; a later sentence names one side at most (by name, adjective or
    capital); every event's sentence carries a date of its own (`{D}` or words relative to the one before), and a
    sentence with no date states no event (the codebook's kind (c))."""
    lines = script.lines  # type: ignore[attr-defined]
    assert "{An}" in script.title or "{Adj}" in script.title  # type: ignore[attr-defined]
    assert "{Bn}" in script.title or "{Bdj}" in script.title  # type: ignore[attr-defined]
    assert lines[0].domain and lines[0].style == "full"
    sides = {"A": ("{An}", "{Adj}", "{capA}"), "B": ("{Bn}", "{Bdj}", "{capB}")}
    for line in lines[1:]:
        named = {side for side, forms in sides.items() if any(f in line.text for f in forms)}
        assert len(named) <= 1, line.text
    for line in lines:
        assert ("{D}" in line.text) == (line.domain is not None and line.style != "rel"), line.text
    assert any(line.domain is None for line in lines)
    offsets = [line.offset for line in lines if line.domain]
    assert offsets == sorted(offsets)


def test_made_up_names_are_no_ones_the_gazetteer_knows() -> None:
    from allyscope.entities import gazetteer

    rng = random.Random(5)
    for lang in LANGS:
        for _ in range(20):
            name = made_up_name(lang, rng)
            assert not any(m.ids for m in gazetteer().match(f" {name} ") if m.text == name), name


def test_made_up_given_names_are_no_word_of_a_known_persons_name() -> None:
    from tests.event_generator_axes import _GIVEN_EN, _known_name_words

    assert "ソン" in _known_name_words() and "Teodor" in _known_name_words()
    assert not _known_name_words() & set(_GIVEN_EN)
    rng = random.Random(11)
    for lang in LANGS:
        for _ in range(200):
            assert not set(re.split(r"\s", made_up_name(lang, rng))) & _known_name_words()


def test_the_draw_leaves_this_sessions_reserved_regions_out() -> None:
    assert RESERVATIONS and all(states <= RESERVED for states in RESERVATIONS.values())
    assert not set(state_ids()) & RESERVED


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(AXES), st.integers(0, 10**6))
def test_no_axis_document_crashes_or_gets_an_actor_it_does_not_name(axis: str, seed: int) -> None:
    from allyscope.entities import gazetteer

    rng = random.Random(seed)
    a, b, c = rng.sample(state_ids(), 3)
    units = {"carried": SCRIPTS, "domains": ACTS, "titled": TITLED}[axis]
    unit = rng.choice(units)
    try:
        doc = generate_script(unit, a, b, rng) if axis == "carried" else generate_act(unit, a, b, c, rng, axis)  # type: ignore[arg-type]
    except GeneratorError:
        return  # a gap of data (no capital in the script), reported by the benchmark
    rows = score_axis_doc(doc)
    assert len(rows) == len(doc.gold["events"])
    named = set(doc.sides) | ({c} if "{Cn}" in getattr(unit, "text", "") else set())
    g = gazetteer()
    from tests.event_generator import extract_generated

    for event in extract_generated(doc)["events"]:
        for actor in event["actors"]:
            behind = states_behind(actor)
            assert not behind or behind & named, (actor, doc.text, [g.entity(x)["name"] for x in named])


def _events_of(text: str) -> list[dict[str, object]]:
    from allyscope.extraction import extract_json

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "story.txt"
        path.write_text(f"记事\n\n{text}\n", encoding="utf-8")
        return list(extract_json(path)["events"])


def test_a_story_dated_by_its_lead_reports_the_days_after_it() -> None:
    """A text with no dateline is dated by its lead's full date (`lead_date`), a guess: when most of the days it
    then dates by itself come later, it was written after them, and they are reported, not planned."""
    text = ("2019年3月2日，新西兰总理抵达河内开始正式访问。3月4日，两国总理签署了教育合作协议。"
            "次日，该总理参观了海防港。3月7日，越方向代表团赠送了一批文物复制品。")  # fmt: skip
    modes = {str(e["date"]): e.get("mode", "asserted") for e in _events_of(text)}
    assert modes.get("2019-03-04") == "asserted" and modes.get("2019-03-07") == "asserted", modes


def test_a_lead_dated_story_keeps_a_day_a_future_word_governs_planned() -> None:
    text = "2019年3月2日，秘鲁外长在利马同泰国外长举行会谈。双方商定，下一轮磋商于4月20日在曼谷举行。"
    modes = {str(e["date"]): e.get("mode", "asserted") for e in _events_of(text)}
    assert modes.get("2019-04-20") == "planned", modes


@pytest.mark.parametrize(
    ("sentence", "domain"),
    [
        # Japanese `パトロール` is an operation served in together (a patrol craft is none)
        ("両国の海上保安機関は6月1日、麻薬密輸を監視する共同パトロールを開始した。", "military-exercise"),
        ("インドネシアとマレーシアの海軍は3月に合同パトロールを実施した。", "military-exercise"),
        # English: opening talks towards an instrument opens its negotiations (speeding them up furthers them)
        ("Hanoi and Canberra started talks on a maritime boundary treaty on 8 May.", "institutional"),
        ("The two governments agreed on 2 June to launch formal talks towards a trade pact.", "institutional"),
        ("The prime ministers agreed on 2 June to accelerate talks on the trade pact.", "political-dialogue"),
        ("The two presidents held talks on the boundary treaty on 9 June.", "political-dialogue"),
        # English: equipment ordered acts on it (troops or ships ordered somewhere, or to do something, do not)
        ("Warsaw ordered 96 attack helicopters from its ally on 5 May.", "institutional"),
        ("The president ordered troops to the border on 3 March.", "military-exercise"),
        # English: the transfer of equipment, as `the sale of` and `the delivery of`, acts on it
        ("Seoul confirmed on 3 May the transfer of a retired corvette to Manila.", "institutional"),
        ("The cabinet announced the transfer of surveillance drones to its neighbour on Friday.", "institutional"),
    ],
)
def test_domain_cues_the_tuned_half_asked_for(sentence: str, domain: str) -> None:
    from allyscope.events_domain import classify_domain, patterns
    from allyscope.scripts import fold

    folded = sentence.lower() if sentence.isascii() else fold(sentence)
    assert classify_domain(patterns(), folded, None, folded, 0) == domain


def test_scripts_write_the_date_forms_their_gold_says() -> None:
    rng = random.Random(3)
    a, b = "PE", "VN"
    for script in SCRIPTS:
        try:
            doc = generate_script(script, a, b, rng)
        except GeneratorError:
            continue
        for event in doc.gold["events"]:
            if event["date_text"]:
                assert event["date_text"] in event["evidence"]
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", event["date"])
            assert event["actors"] == ["Peru", "Vietnam"]
