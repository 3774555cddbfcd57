"""`benchmarks/layout_matrix.py --dev-only` reads and prints nothing held out (thirty-second session: helpers filtered
its output with `grep -v held`, which let through the per-aspect lines of the first two held-out sets, whose names
lack the word). The heavy parts are replaced by recorders, so the test checks which sets are evaluated, not
figures."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from helpers import load_repository_module


@pytest.mark.parametrize(("flags", "held_out_read"), [(["--dev-only"], False), ([], True)])
def test_dev_only_reads_no_held_out_set(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], flags: list[str], held_out_read: bool
) -> None:
    matrix = load_repository_module("benchmarks", "layout_matrix")
    folders: list[Path] = []
    evaluated: list[Any] = []

    def hand_written(layouts: Path, gold: Path, tallies: dict[str, Any]) -> tuple[int, int, dict[str, list[int]]]:
        folders.append(layouts)
        return 0, 0, {}

    def evaluate(combos: list[object], articles: tuple[object, ...], failures: int) -> dict[str, object]:
        evaluated.append(articles)
        return {}

    monkeypatch.setattr(matrix, "draw", lambda sample, seed: ([], []))
    monkeypatch.setattr(matrix, "combinations", lambda: iter(()))
    monkeypatch.setattr(matrix, "evaluate", evaluate)
    monkeypatch.setattr(matrix, "hand_written", hand_written)
    for name in ("report", "report_hand", "report_hand_one_line", "report_graded"):
        monkeypatch.setattr(matrix, name, lambda *args: None)
    monkeypatch.setattr(matrix, "graded_json", lambda *args: "")
    monkeypatch.setattr(sys, "argv", ["layout_matrix.py", *flags])
    matrix.main()
    assert (matrix.HELD_OUT in evaluated) is held_out_read
    assert any(folder.name.startswith("held_out") for folder in folders) is held_out_read
    assert matrix.LAYOUTS in folders  # the dev hand-written documents are always read
    assert "held" not in capsys.readouterr().out or held_out_read
