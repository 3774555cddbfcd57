"""The language of a document from the share of its scripts: kana, hanzi and Latin letters counted in its
first 4,000 characters by byte operations (`_script_counts`), `detect_language` choosing `ja`, `zh` or `en`."""

from __future__ import annotations

import re

_KANA = re.compile(r"[\u3041-\u30ff]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]")
_HAN_HIGH = bytes(range(0x4E, 0xA0))  # the high bytes of U+4E00–U+9FFF in UTF-16
_NOT_HAN_HIGH = bytes(b for b in range(256) if b not in _HAN_HIGH)
_KANA_HIGH = bytes(1 if b == 0x30 else 0 for b in range(256))  # U+3041–U+30FF: high byte 0x30 …
_KANA_LOW = bytes(1 if b >= 0x41 else 0 for b in range(256))  # … and low byte from 0x41
_NOT_LATIN = bytes(b for b in range(128) if not chr(b).isalpha())


def _script_counts(sample: str) -> tuple[int, int, int]:
    """How many characters of `sample` are kana (U+3041–U+30FF), hanzi (U+4E00–U+9FFF) and ASCII letters: what
    `_KANA`, `_HAN` and `_LATIN` would each match, counted by byte operations on the text's UTF-16 code units.

    Why: three expressions of one character each, run over 4,000 characters, were most of the structure stage
    (about 0.2 ms an article); translating and counting bytes is done in C without a test per character. A
    character outside the Basic Multilingual Plane is two surrogate units, whose high bytes (0xD8–0xDF) are
    neither 0x30 nor 0x4E–0x9F: it is counted as none, as the expressions count it."""
    units = sample.encode("utf-16-le", "surrogatepass")
    high, low = units[1::2], units[0::2]
    han = len(high.translate(None, _NOT_HAN_HIGH))
    both = int.from_bytes(high.translate(_KANA_HIGH), "big") & int.from_bytes(low.translate(_KANA_LOW), "big")
    latin = len(sample.encode("ascii", "ignore").translate(None, _NOT_LATIN))
    return both.bit_count(), han, latin


def detect_language(text: str) -> str:
    """`ja` when kana are common among the CJK characters, `zh` when hanzi lead, `en` for Latin text."""
    sample = text[:4000]
    kana, han, latin = _script_counts(sample)
    if kana + han == 0 and latin == 0:
        return "und"
    if kana + han >= latin / 3:
        return "ja" if kana >= 0.1 * (kana + han) else "zh"
    return "en"
