"""The organisation words of reference parsing are data: one list, well formed, used by both name readers."""

from __future__ import annotations

import json
import re
from pathlib import Path

DATA = Path(__file__).parent.parent / "allyscope" / "data" / "references" / "organisations.json"


def test_the_list_is_well_formed() -> None:
    data = json.loads(DATA.read_text("utf-8"))
    assert data["version"] >= 1 and data["about"]
    words = data["words"]
    assert words and all(isinstance(w, str) and w.strip() == w and w for w in words)
    assert len(set(words)) == len(words)
    for word in words:
        re.compile(word)  # each piece stands alone as an expression


def test_both_readers_use_it() -> None:
    from allyscope.references import citations, names

    assert citations._ORG_WORDS is names.ORGANISATION
    assert names.ORGANISATION.search("Ministry of Foreign Affairs")
    assert not names.ORGANISATION.search("Zhu Haiyan")
