"""The language of a document by the share of its scripts (`structure.detect_language`): the script counts taken
by byte operations (issue 18) are the counts of the one-character expressions they replace, on any text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope import structure

# the edges of every range counted, full-width Latin, surrogates (lone ones too) and characters beyond the BMP
EDGES = [chr(c) for c in (0x40, 0x41, 0x5A, 0x5B, 0x60, 0x61, 0x7A, 0x7B, 0xC0, 0x3000, 0x3040, 0x3041, 0x30FF,
                          0x3100, 0x4DFF, 0x4E00, 0x9FFF, 0xA000, 0xD800, 0xDFFF, 0xFF21, 0xFF41, 0x1F600,
                          0x14E00, 0x17000, 0x20000, 0x3041 + 0x100, 0x4E00 + 0x10000)]  # fmt: skip
TEXT = st.text(alphabet=st.one_of(st.sampled_from(EDGES), st.characters()), max_size=200)


def _by_expressions(sample: str) -> tuple[int, int, int]:
    size = len(sample)
    return tuple(size - len(p.sub("", sample)) for p in (structure._KANA, structure._HAN, structure._LATIN))  # type: ignore[return-value]


@settings(max_examples=500, deadline=None)
@given(TEXT)
def test_script_counts_are_the_expressions_counts(text: str) -> None:
    assert structure._script_counts(text) == _by_expressions(text)


def test_languages_of_plain_texts() -> None:
    assert structure.detect_language("北约的战略概念与日本的安全政策") == "zh"
    assert structure.detect_language("日本とNATOの協力について考える") == "ja"
    assert structure.detect_language("Japan and the alliance in a new era") == "en"
    assert structure.detect_language("1234 — 5678") == "und"
