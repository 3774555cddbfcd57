"""Named-again mentions do not depend on string hashing (thirty-third session; found by fast64's output guard).

Two dev documents named a person first as written in a gloss (`…（Jean-Victor Généus）`) and then by a part of it;
which of the two keys took the shared span followed the order the introductions were collected in, and that order
followed `PYTHONHASHSEED`. `named_again` now names a longer key first. Each document is extracted in fresh
interpreters under different hash seeds, and the mentions must agree.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "tests" / "corpora" / "events" / "dev"
SCRIPT = (
    "import json, sys; from allyscope.extraction import extract_json; "
    "d = extract_json(sys.argv[1]); print(json.dumps(d['entities'], sort_keys=True, ensure_ascii=False))"
)


def _entities_under_seed(path: Path, seed: int) -> str:
    env = {**os.environ, "PYTHONHASHSEED": str(seed), "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(path)], env=env, capture_output=True, text=True, check=True, cwd=ROOT
    )
    return done.stdout


@pytest.mark.parametrize("name", ["presser_zht_taiwan_haiti.txt", "news_zht_taiwan_lithuania_chips_delegation.txt"])
def test_mentions_are_the_same_under_every_hash_seed(name: str) -> None:
    path = DEV / name
    outputs = {_entities_under_seed(path, seed) for seed in (1, 2, 4, 6)}
    assert len(outputs) == 1


def test_the_fuller_name_takes_the_span() -> None:
    """Of a glossed full name and its last part, the full name is the mention named again (seed 1 once gave the
    part alone)."""
    entities = json.loads(_entities_under_seed(DEV / "presser_zht_taiwan_haiti.txt", 1))
    again = {
        (m["start"], m["text"])
        for e in entities
        for m in e["mentions"]
        if m.get("basis") == "named-again" and "Généus" in m["text"]
    }
    assert again and all(text == "Jean-Victor Généus" for _, text in again)
