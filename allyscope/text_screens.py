"""Questions about a whole document's text asked once per text, not once per pass (fast50).

Several passes of the entities stage ask the same yes/no question of the whole text before reading it: does it
hold kana (`compounds.read_compounds` and `read_kana_partners` choose the Japanese table by it), does it hold
hiragana (`named_again` reads undotted Chinese names only in a text without any). Each was a `re` search over the
whole text, ~45 µs on the reference article each, and a Chinese text, holding none, is read to its end every
time. The text is immutable, so the answer is kept for it (`lru_cache` over the few texts being read; a string's
hash is kept on it), and hiragana being kana, a text without kana is known to hold no hiragana without a second
scan. The answers are those of the searches by construction.
"""

from __future__ import annotations

import re
from functools import lru_cache

KANA = re.compile(r"[\u3041-\u309f\u30a1-\u30fa\u30fc]")
HIRAGANA = re.compile(r"[\u3041-\u3096]")  # every character of it is in KANA


@lru_cache(maxsize=8)
def holds_kana(text: str) -> bool:
    """Does `text` hold a hiragana or katakana character (`KANA`)?"""
    return KANA.search(text) is not None


@lru_cache(maxsize=8)
def holds_hiragana(text: str) -> bool:
    """Does `text` hold a hiragana character (`HIRAGANA`)? A text without kana holds none: not searched again."""
    return holds_kana(text) and HIRAGANA.search(text) is not None
