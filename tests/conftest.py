"""Shared test fixtures: where the reference article is, and the hand-checked layout documents."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

settings.register_profile("ci", derandomize=True, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

HERE = Path(__file__).parent
ROOT = HERE.parent
CORPUS = ROOT.parent / "shared" / "corpus"
ARTICLE = CORPUS / "000_c16b8f8118fbe296.txt"
LAYOUTS = HERE / "layouts"
GOLD = HERE / "gold"


def load_gold(name: str) -> dict[str, Any]:
    return json.loads((GOLD / f"{name}.layout.json").read_text("utf-8"))


@pytest.fixture(scope="session")
def article_path() -> Path:
    if not ARTICLE.exists():
        pytest.skip(f"the reference article is not at {ARTICLE} (shared corpus absent)")
    return ARTICLE


@pytest.fixture(scope="session")
def article(article_path: Path):  # type: ignore[no-untyped-def]
    from allyscope import parse

    return parse(article_path)
