"""Every JSON data file names each key once per object. Python's json keeps the last of two equal keys silently, so
a merge that keeps both sides of a conflicting entry (as happened to `second_act` in event_clauses.json at the
twenty-third session's merge) would drop one side's rules with no error anywhere else."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

DATA = Path(__file__).resolve().parent.parent / "allyscope" / "data"
FILES = sorted(DATA.rglob("*.json"))


class DuplicateKeyError(ValueError):
    """An object of a data file names one key twice."""


def _unique(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    seen: set[str] = set()
    for key, _ in pairs:
        if key in seen:
            raise DuplicateKeyError(key)
        seen.add(key)
    return dict(pairs)


def test_the_check_finds_a_key_named_twice() -> None:
    with pytest.raises(DuplicateKeyError):
        json.loads('{"a": {"b": 1, "b": 2}}', object_pairs_hook=_unique)


@pytest.mark.parametrize("path", FILES, ids=[str(p.relative_to(DATA)) for p in FILES])
def test_no_data_file_names_a_key_twice(path: Path) -> None:
    assert FILES
    json.loads(path.read_text("utf-8"), object_pairs_hook=_unique)
