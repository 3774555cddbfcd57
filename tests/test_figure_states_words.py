"""`figure_states` (data/event_patterns.json) written so that the sentence pass reads its words (ent57).

Its share-of-ten alternative (`5割`, `三割強`) was a character class before `割`, which no literal word leads: the
pass (`sentence_features`) could not rule the rule out of any span, and the events stage searched it everywhere.
It is now one alternative per character (`(?:0割|1割|…|十割)`). The two spellings must match the same strings:
the class form is rebuilt here from the data's own alternatives, and both are searched over every sentence of the
dev documents (folded, as the stage reads them) and over strings drawn from the rule's own characters.
"""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.events_domain import patterns
from allyscope.scripts import fold
from allyscope.sentence_features import rule_words

DEV = Path(__file__).resolve().parent / "corpora" / "events" / "dev"
_RULE: re.Pattern[str] = patterns()["figure_states_re"]
_GROUP = re.search(r"\(\?:((?:.割\|)+.割)\)", _RULE.pattern)  # the alternatives of one character and `割`


def _class_form() -> re.Pattern[str]:
    """The rule as it was written before: the characters before `割` as one class."""
    assert _GROUP is not None
    characters = "".join(alternative[0] for alternative in _GROUP.group(1).split("|"))
    return re.compile(_RULE.pattern.replace(_GROUP.group(0), f"[{re.escape(characters)}]割"))


_OLD = _class_form()


def _same(text: str) -> None:
    assert [m.span() for m in _RULE.finditer(text)] == [m.span() for m in _OLD.finditer(text)], text


def test_the_rule_is_read_by_its_words() -> None:
    words = rule_words(_RULE)
    assert words is not None
    assert {"5割", "０割", "十割", "贸易额", "%"} <= words


def test_the_class_covers_every_digit_and_numeral_once() -> None:
    assert _GROUP is not None
    characters = [alternative[0] for alternative in _GROUP.group(1).split("|")]
    assert len(characters) == len(set(characters)) == 30
    assert set("0123456789０１２３４５６７８９一二三四五六七八九十") == set(characters)


def test_both_spellings_match_alike_over_the_dev_documents() -> None:
    texts = [fold(path.read_text("utf-8")) for path in sorted(DEV.glob("*.txt"))]
    assert len(texts) > 600
    for text in texts:
        _same(text)


_ALPHABET = sorted({c for c in _OLD.pattern if not c.isascii()} | set("0123456789 %x"))
_WORDS = sorted(set(re.findall(r"[a-z]{3,}", _OLD.pattern)))


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_ALPHABET), st.sampled_from(_WORDS)), max_size=24))
def test_both_spellings_match_alike_over_drawn_strings(pieces: list[str]) -> None:
    _same(" ".join(pieces) if len(pieces) % 2 else "".join(pieces))


def test_shares_of_ten_are_found_as_before() -> None:
    for text in ("輸出の5割以上を占め", "约三割强", "２割近く", "十割", "x0割"):
        _same(fold(text))
        assert _RULE.search(fold(text)) is not None
    assert _RULE.search(fold("分割統治")) is None  # `割` after no numeral
