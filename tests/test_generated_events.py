"""Generated event documents with gold by construction (tests/event_generator.py): a fixed sample's floors per half,
and properties of any generated document (issue 14, items 3 and 6).

Why: dev names few of the ~190 states; these documents name any state in four scripts and nine ways, so a state or
a way the extractor stops resolving shows here. The floors were measured on the sample below and may only rise; the
held-out half (other words of the same acts) is never tuned on, its floor only guards against a fall.
"""

from __future__ import annotations

import random
from collections import defaultdict

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.event_generator import (
    HALVES,
    RESERVATIONS,
    RESERVED,
    TEMPLATES,
    WAY_ACTS,
    WAYS,
    Generated,
    GeneratorError,
    generate,
    render_date,
    score_generated,
    small_sample,
    state_ids,
    states_behind,
)
from tests.event_generator_axes import axis_sample, score_axis_doc
from tests.helpers import ROOT

SEED = 1
# measured on small_sample(SEED) (37 tuned, 39 held-out documents): every event found. At gen48's last commit the
# actors lost were the `person_prior` way's (tuned actors/domain 0.94/0.94, held-out 0.94/0.87); ppl48's
# `named_again` (a minister introduced with state and title, named again by surname) resolves them all: actors 1.00
# in both halves, tuned domain 1.00, held-out domain 0.897 (its domain misses are not tuned on). Thirty-third
# session: reserving test21's regions changed the draw (39 held-out documents again); held-out domain 0.872 on
# the new draw, the same with the session start's code, so its floor is the new draw's figure
# Thirty-fourth session: test22's twelve regions reserved, the draw changed again (pool 120 -> 108 states);
# held-out domain 0.846 on the new draw with the session start's code, so its floor is that figure
# Thirty-fifth session: test23's twelve regions reserved (pool 108 -> 96 states); held-out domain 0.816 on the new
# draw (38 documents) with the session start's code, so its floor is that figure
# Thirty-sixth session: test24's twelve regions reserved (pool 96 -> 84 states); held-out domain 0.800 on the new
# draw (40 documents) with the session start's code; the domain model retrained on dev's 874 documents at that
# session's end (it must ship: test_domain_dom34) lowers it by one event (0.775; the merged code with the start's
# model file gives 0.800), so the floor is 0.77, disclosed in tests/corpus_floors.json `note_thirty_sixth`
# Thirty-seventh session: test25's eight regions reserved (pool 84 -> 76 states); held-out domain 0.825 on the new
# draw (40 documents) with the session start's code and the same at its end (model retrained on 904 documents)
# Thirty-eighth session: test26's eight regions reserved (pool 76 -> 68 states); held-out domain 0.872 on the new
# draw (39 documents) with the session start's code and the same at its end (model retrained on 934 documents)
# Thirty-ninth session: test27's eight regions reserved (pool 68 -> 60 states); held-out domain 0.872 on the new
# draw (39 documents) with the session start's code; the new draw surfaced one latent bug, fixed at once (a sea's
# name swallowing a state before a coast-guard word, tests/test_actors_act52.py)
# Fortieth session: test28's eight regions reserved (pool 60 -> 52 states); held-out domain 0.868 on the new draw
# (38 documents) with the session start's code, so its floor is that figure rounded down
# Forty-first session: test29's eight regions reserved (pool 52 -> 44 states); held-out domain 0.769 (30 of 39) on
# the new draw with the session start's code, so its floor is that figure rounded down (the draw, not the code,
# moved: the same code gave 0.868 on the fortieth session's draw)
# Forty-second session: test30's eight regions reserved (pool 44 -> 36 states); held-out domain 0.872 (34 of 39) on
# the new draw with the session start's code, so the floor rises to that figure rounded down
# Forty-third session: test31's eight regions reserved (pool 36 -> 28 states); held-out domain 0.825 (33 of 40) on
# the new draw with the session start's code (8d018e49), so the floor is that figure rounded down (the draw, not the
# code, moved: the same code gave 0.872 on the forty-second session's draw)
# Forty-fourth session: test32's eight regions reserved (pool 28 -> 20 states); held-out domain 0.821 (32 of 39) on
# the new draw with the session start's code (f7dfe6f2), so the floor stays 0.82
# Forty-fifth session: test33's eight regions reserved (pool 20 -> 12 states) gave held-out domain 0.795 (31 of 39)
# with the session start's code (95cc4f2a); then a reservation was made to last two sessions (test32's and test33's
# states out, every earlier set's back: pool 181 states), and the same code gives 0.921 (35 of 38) on that draw, so
# the floor is that figure rounded down (the draw, not the code, moved). At the session's end the domain model
# retrained on 1139 documents, read only where no cue speaks (the training script's rule chose it), gives 0.895 (34 of
# 38; one more joint statement after talks read as talk): the floor lowered by that event, as the held-out sets' are
# Forty-sixth session: test34's eight states reserved and test32's released (pool still 181 states); the session
# start's code (6087f515) gives held-out domain 0.897 (35 of 39) on the new draw, so the floor stays 0.89
# Forty-seventh session: test35's eight states reserved and test33's released; the session start's code (2768516b)
# gives held-out domain 0.900 (36 of 40) on the new draw, so the floor rises to 0.90
# Fiftieth session: test38's eight states reserved and test36's released; the session start's code (24ab0e68) gives
# held-out domain 0.895 (34 of 38) on the new draw, so the floor is that figure rounded down (the draw moved)
# Fifty-first session: test39's eight states reserved and test37's released; the session start's code (324aa353)
# gives held-out domain 0.900 (36 of 40) on the new draw, so the floor rises to 0.90
# Fifty-second session: test40's eight states reserved and test38's released; the session start's code (544e63f5)
# gives held-out domain 0.897 (35 of 39) on the new draw, so the floor is that figure rounded down (the draw moved)
# Fifty-third session: test41's eight states reserved and test39's released; the session start's code (2331e4f8)
# gives held-out domain 0.897 (35 of 39) on the new draw, so the floor stays 0.89
# Fifty-fourth session: test42's eight states reserved and test40's released; the session start's code (7057cd69)
# gives held-out domain 0.897 (35 of 39) on the new draw, so the floor stays 0.89
# Fifty-fifth session: test43's eight states reserved and test41's released; the session start's code (d2ac5523)
# gives held-out domain 0.897 (35 of 39) on the new draw, so the floor stays 0.89
# Fifty-sixth session: test44's eight states reserved and test42's released; the session start's code (daf85483)
# gives held-out domain 0.892 (33 of 37) on the new draw, so the floor stays 0.89
# Fifty-seventh session: test45's eight states reserved and test43's released; the session start's code (a6051407)
# gives held-out domain 0.897 (35 of 39) on the new draw, so the floor stays 0.89
# Fifty-eighth session: test46's eight states reserved and test44's released; the session start's code (b676efd3)
# gives held-out domain 0.897 (35 of 39) on the new draw, so the floor stays 0.89
# Fifty-ninth session: test47's eight states reserved and test45's released; the session start's code (fa0504f8)
# gives held-out domain 0.900 (36 of 40) on the new draw, so the floor rises to 0.90
FLOORS = {
    "tuned": {"recall": 1.0, "actors": 1.0, "domain": 1.0},
    "held_out": {"recall": 1.0, "actors": 1.0, "domain": 0.90},
}


@pytest.fixture(scope="module")
def scored() -> dict[str, list[dict[str, object]]]:
    rows: dict[str, list[dict[str, object]]] = {half: [] for half in HALVES}
    for doc in small_sample(SEED):
        if isinstance(doc, Generated):
            rows[doc.half].append(score_generated(doc))
    return rows


@pytest.mark.parametrize("half", HALVES)
def test_the_fixed_sample_keeps_its_floors(scored: dict[str, list[dict[str, object]]], half: str) -> None:
    rows = scored[half]
    assert len(rows) >= 35
    found = [r for r in rows if r["found"]]
    figures = {
        "recall": len(found) / len(rows),
        "actors": sum(bool(r["actors"]) for r in found) / (len(found) or 1),
        "domain": sum(bool(r["domain"]) for r in found) / (len(found) or 1),
    }
    for key, floor in FLOORS[half].items():
        assert figures[key] >= floor, (half, key, figures)


def test_the_draw_leaves_the_reserved_regions_and_the_past_out() -> None:
    states = set(state_ids())
    assert len(states) >= 170  # the pool shrank with every blind set (120 states in the 33rd session, 12 in the 45th)
    # until a reservation was made to last two sessions (45th: 181 states, the two newest sets' sixteen out)
    assert not states & RESERVED
    assert "SU" not in states


def test_a_reservation_lasts_while_its_blind_set_is_one_of_the_two_newest() -> None:
    sets = sorted((p.name for p in (ROOT / "tests" / "corpora" / "events").glob("test[0-9]*") if p.is_dir()),
                  key=lambda name: int(name[4:]))  # fmt: skip
    assert len(RESERVATIONS) == 2
    assert sets[-1] in RESERVATIONS  # the newest set written is reserved (the next one may be reserved before it lands)
    assert all(len(states) == 8 for states in RESERVATIONS.values())


def test_every_way_is_written_in_every_language_and_half() -> None:
    cells = {(t.half, t.lang) for t in TEMPLATES}
    assert len(cells) == 8
    for way in WAYS:
        for half, lang in cells:
            assert any(t.half == half and t.lang == lang and t.act in WAY_ACTS.get(way, {t.act}) for t in TEMPLATES)


def test_dates_are_written_as_each_language_writes_them() -> None:
    assert render_date("en_mdy", 2011, 3, 4) == ("March 4, 2011", "2011-03-04")
    assert render_date("cjk_ym", 2011, 3, 4) == ("2011年3月", "2011-03")
    with pytest.raises(GeneratorError):
        render_date("roman", 2011, 3, 4)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, len(TEMPLATES) - 1), st.sampled_from(WAYS), st.integers(0, 10**6))
def test_no_generated_document_crashes_or_gets_an_actor_it_does_not_name(index: int, way: str, seed: int) -> None:
    template = TEMPLATES[index]
    rng = random.Random(seed)
    a, b = rng.sample(state_ids(), 2)
    try:
        doc = generate(template, a, b, way, rng)
    except GeneratorError:
        return  # a gap of data (no capital or adjective), reported by the benchmark
    row = score_generated(doc)
    for event in row["events"]:  # type: ignore[attr-defined]
        for actor in event["actors"]:
            behind = states_behind(actor)  # a person kept as written (`person:as-written:…`) stands for no state
            assert not behind or behind & set(doc.sides), (actor, doc.text)


@pytest.mark.parametrize(
    ("sentence", "state"),
    [
        ("The delegation flew on from Amsterdam the next morning.", "NL"),
        ("代表团次日从阿姆斯特丹启程回国。", "NL"),
        ("一行は翌朝アムステルダムを発った。", "NL"),
        ("The envoy was received in Castries on Monday.", "LC"),
        ("特使は月曜日、カストリーズで歓迎を受けた。", "LC"),
        ("特使周一在卡斯特里受到接待。", "LC"),
        ("A patrol vessel was handed over at Malé.", "MV"),
        ("巡逻艇在马累移交。", "MV"),
        ("The compact talks moved to Ngerulmud.", "PW"),
        ("会談は台北で開かれた。", "TW"),
        ("代表団はキングスタウンに到着した。", "VC"),
        ("代表団はバセテールに到着した。", "KN"),
    ],
)
def test_capitals_the_generated_half_found_missing_are_read_as_their_state(sentence: str, state: str) -> None:
    """gen48's completions of states.json's capitals (the tuned half's data gaps), in sentences of other words."""
    from allyscope.entities import gazetteer

    assert any(state in m.ids for m in gazetteer().match(f" {sentence} "))


# The carried axis's tuned actors are low on purpose: a later sentence naming one side (a capital and `the delegation`,
# `the defence minister of B observed the drills`) loses the other; act50's paragraph and document topic resolver is
# the place for it. The held-out half is never tuned on: its floors only guard against a fall.
AXIS_SEED = 1
# gen50's axes (tests/event_generator_axes.py), measured on axis_sample(AXIS_SEED, 1) at gen50's last commit
# (events: carried 40 + 40, domains 148 + 60, titled 12 + 8)
AXIS_FLOORS = {
    ("carried", "tuned"): {"recall": 0.95, "date": 1.0, "actors": 0.71, "domain": 0.71},
    ("carried", "held_out"): {"recall": 1.0, "date": 1.0, "actors": 0.85, "domain": 0.77},
    ("domains", "tuned"): {"recall": 1.0, "date": 1.0, "actors": 1.0, "domain": 1.0},
    # 45th: actors 1.0 -> 0.98 by the draw (the pool of 181 states; `frigates built by <state>` loses the builder)
    # 46th: actors 0.98 -> 0.96 and domain 0.93 -> 0.91 by the draw (test32's states released: one more miss,
    # `医院船抵达<state>` loses the host and with it the domain)
    ("domains", "held_out"): {"recall": 1.0, "date": 1.0, "actors": 0.96, "domain": 0.91},
    ("titled", "tuned"): {"recall": 1.0, "date": 1.0, "actors": 1.0, "domain": 1.0},
    ("titled", "held_out"): {"recall": 1.0, "date": 1.0, "actors": 1.0, "domain": 1.0},
}


@pytest.fixture(scope="module")
def axis_figures() -> dict[tuple[str, str], dict[str, float]]:
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    for doc in axis_sample(AXIS_SEED, 1):
        if not isinstance(doc, Generated):
            continue
        for row in score_axis_doc(doc):
            c = counts[(doc.axis, doc.half)]
            c[0] += 1
            c[1] += row["found"]
            c[2] += row["located"]
            c[3] += row["actors"]
            c[4] += row["domain"]
    return {key: {"n": n, "recall": f / n, "date": f / (located or 1), "actors": a / (f or 1), "domain": d / (f or 1)}
            for key, (n, f, located, a, d) in counts.items()}  # fmt: skip


@pytest.mark.parametrize("key", sorted(AXIS_FLOORS))
def test_the_fixed_axis_sample_keeps_its_floors(axis_figures: dict[tuple[str, str], dict[str, float]],
                                                key: tuple[str, str]) -> None:  # fmt: skip
    got = axis_figures[key]
    assert got["n"] >= 8
    for name, floor in AXIS_FLOORS[key].items():
        assert got[name] >= floor - 1e-9, (key, name, got)
