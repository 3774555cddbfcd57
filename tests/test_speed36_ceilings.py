"""The counts behind `benchmarks/events_design_ceilings.py`: what a per-sentence design (a), an early skip (b) or
cheaper events (c) could save at most is read from the events stage's own calls, wrapped to count. The wrapping
must change nothing the stage finds, must be undone afterwards, and must count what a document written here holds:
its dated sentences, their dates, the sentences that give events."""

from __future__ import annotations

import collections
from pathlib import Path

from helpers import load_repository_module

from allyscope import events, pipeline

CEILINGS = load_repository_module("benchmarks", "events_design_ceilings")

# Written for this test: one paragraph of two dated sentences (the second with two dates) and an undated one between
# them, then a paragraph without a date (the stage cuts no sentence of it).
TEXT = """Harbour talks between two navies

The coast guards of the Philippines and Japan held a joint drill off Manila on 3 March 2023. Both crews trained \
in rescue at sea. Japan sent a patrol ship on 12 June 2023, and the Philippines received two more vessels on \
20 August 2023.

Officials expect more visits.
"""


def test_counting_changes_no_output_and_is_undone(tmp_path: Path) -> None:
    path = tmp_path / "drill.txt"
    path.write_text(TEXT, encoding="utf-8")
    plain = [e.as_json() for e in pipeline.extract_file(path).events]
    originals = (events.sentences, events.features_of, events._clauses)
    counts, _ = CEILINGS.ceilings([path])
    assert (events.sentences, events.features_of, events._clauses) == originals
    counted = [e.as_json() for e in pipeline.extract_file(path).events]
    assert counted == plain
    assert counts["events"] == len(plain) >= 2


def test_counts_of_a_written_document(tmp_path: Path) -> None:
    path = tmp_path / "drill.txt"
    path.write_text(TEXT, encoding="utf-8")
    counts, by_dates = CEILINGS.ceilings([path])
    assert counts["documents"] == 1
    # the two dated sentences are analysed, one date and then two dates; the undated one between them is cut
    # but not analysed
    assert counts["sentences analysed"] == 2
    assert by_dates == collections.Counter({1: 1, 2: 1})
    assert counts["dates analysed"] == 3
    assert counts["sentences cut"] == 3
    assert counts["sentences with an event"] <= counts["sentences analysed"]
