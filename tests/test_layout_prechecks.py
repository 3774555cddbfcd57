"""The layout passes' prechecks (allyscope/layout/prechecks.py) never change a parse: with them and without them,
every dev and generated layout document, and documents drawn by hypothesis, parse to the same document.

A precheck skips a pass whose trigger is absent; it is sound only if the pass would have changed nothing there.
The reference parse runs every pass (`prechecks_off`). Held-out folders are never listed (`dev_texts`)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from corpora.layout_articles import TUNED
from corpora.layout_generator import Combo, combinations, render
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from allyscope import parse_text
from allyscope.layout import prechecks
from allyscope.layout.prechecks import TRIGGERS, prechecks_off, runs
from allyscope.layout.repair import repair_layout
from allyscope.model import Document

ROOT = Path(__file__).resolve().parent
_FIELDS = ("text", "body_map", "notes_text", "notes_map", "spans", "headings", "markers", "footnotes", "meta")
_ARTICLES = {a.language: a for a in TUNED}
_COMBOS = st.sampled_from(list(combinations()))


def _dev_layouts() -> list[Path]:
    """The hand-written dev layout documents (tests/layouts, its set-aside `unsolved` folder too), no held-out."""
    found = []
    for path in sorted((ROOT / "layouts").rglob("*.txt")):
        if not any(part.startswith("held_out") for part in path.relative_to(ROOT / "layouts").parts):
            found.append(path)
    return found


def _same_repair(raw: str) -> None:
    """The layout stage's output with and without the prechecks, field by field."""
    doc = Document(raw=raw)
    with_checks = repair_layout(doc)
    with prechecks_off():
        without = repair_layout(doc)
    for field in _FIELDS:
        assert repr(getattr(with_checks, field)) == repr(getattr(without, field)), field


def test_dev_layouts_repair_alike_with_and_without_prechecks() -> None:
    paths = _dev_layouts()
    assert len(paths) > 600  # the dev layouts are read, not an empty folder
    for path in paths:
        _same_repair(path.read_text("utf-8"))


def test_generated_layouts_parse_alike_with_and_without_prechecks() -> None:
    combos = random.Random(57).sample(list(combinations()), 120)
    for combo in combos:
        raw = render(combo, _ARTICLES[combo.language]).raw
        with_checks = parse_text(raw)
        with prechecks_off():
            without = parse_text(raw)
        assert repr(with_checks) == repr(without)


_INSERTED = ["目录", "Contents", "Table of Contents", "一、引言\t2", "Findings   7", "- 5 -", "3  JOURNAL"]


@st.composite
def _mutated(draw: st.DrawFn) -> str:
    """A generated layout with lines dropped, doubled, joined, cut, or given a stray mark, number or label: what
    makes a trigger stand or fall (a note start, a number at a line's edge, a contents label)."""
    combo: Combo = draw(_COMBOS)
    lines = render(combo, _ARTICLES[combo.language]).raw.splitlines()
    for _ in range(draw(st.integers(1, 6))):
        i = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["drop", "double", "join", "stray", "blank", "line"]))
        if action == "drop" and len(lines) > 1:
            del lines[i]
        elif action == "double":
            lines.insert(i, lines[i])
        elif action == "join" and i + 1 < len(lines):
            lines[i : i + 2] = [lines[i] + lines[i + 1]]
        elif action == "stray":
            at = draw(st.integers(0, len(lines[i])))
            stray = draw(st.sampled_from(["[", "①", "(3", "¹", "注", "1. ", "\u3000", "    12", "· 3 ·", "\t4"]))
            lines[i] = lines[i][:at] + stray + lines[i][at:]
        elif action == "line":
            lines.insert(i, draw(st.sampled_from(_INSERTED)))
        else:
            lines.insert(i, "")
    return "\n".join(lines) + "\n"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_mutated())
def test_mutated_layouts_repair_alike_with_and_without_prechecks(raw: str) -> None:
    _same_repair(raw)


def test_every_trigger_is_asked_by_the_repair(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each trigger listed is one `repair_layout` asks (a pass renamed or removed leaves no stale entry)."""
    asked: list[str] = []
    kept = prechecks.runs

    def watched(name: str, *facts: object) -> bool:
        asked.append(name)
        return kept(name, *facts)

    monkeypatch.setattr("allyscope.layout.repair.runs", watched)
    repair_layout(Document(raw="标题\n\n1　正文第一段。\n\n2　正文第二段。\n"))
    assert set(asked) == set(TRIGGERS)


def test_a_trigger_absent_skips_its_pass_and_off_runs_it() -> None:
    assert not runs("mark_numbered_feet", [])  # no line with a number at an edge: the pass is skipped
    with prechecks_off():
        assert runs("mark_numbered_feet", [])
    assert runs("mark_numbered_feet", ["a line"])
    assert not runs("mark_contents_entries", [])
