"""The noise PDF extraction leaves in a reference, applied with the labels kept character by character.

Lines broken at a space (or inside CJK text), words hyphenated across lines, spaces lost after punctuation,
punctuation swapped between half- and full-width forms (`．［Ｍ］：`), doubled spaces.
"""

from __future__ import annotations

import random

from allyscope.references.fields import URL

_TO_FULL = str.maketrans(
    {".": "．", ",": "，", ":": "：", ";": "；", "[": "［", "]": "］", "(": "（", ")": "）", "/": "／"}
)
_TO_HALF = str.maketrans({"，": ",", "：": ":", "；": ";", "（": "(", "）": ")", "．": "."})
_CJK = range(0x3040, 0xA000)


def _cjk(ch: str) -> bool:
    return ord(ch) in _CJK


def full_width(text: str, labels: list[str]) -> tuple[str, list[str]]:
    """Half-width punctuation → full width (outside URLs and DOIs), as Chinese typesetting often prints it."""
    out = [ch.translate(_TO_FULL) if lab not in ("url", "doi") else ch for ch, lab in zip(text, labels, strict=True)]
    joined = "".join(out)
    # a full-width mark carries its own space: the space after it goes
    chars: list[str] = []
    kept: list[str] = []
    for i, ch in enumerate(joined):
        if ch == " " and i and joined[i - 1] in "．，：；）］" and labels[i] == "O":
            continue
        chars.append(ch)
        kept.append(labels[i])
    return "".join(chars), kept


def add_noise(text: str, labels: list[str], rng: random.Random, cjk_style: bool) -> tuple[str, list[str]]:
    """One noisy copy of a labelled reference (the same text when the dice say so)."""
    if cjk_style and rng.random() < 0.3:
        text, labels = full_width(text, labels)
    elif cjk_style and rng.random() < 0.1:
        text = "".join(ch.translate(_TO_HALF) if lab != "title" else ch for ch, lab in zip(text, labels, strict=True))
    if rng.random() < 0.5:
        return text, labels
    chars = list(text)
    labs = list(labels)
    links = [(m.start(), m.end()) for m in URL.finditer(text)]  # a URL is never broken: layout keeps it whole
    out_c: list[str] = []
    out_l: list[str] = []
    breaks = rng.randint(1, 3)
    break_at = {rng.randrange(len(chars)) for _ in range(breaks)} if chars else set()
    for i, (ch, lab) in enumerate(zip(chars, labs, strict=True)):
        if i in break_at and lab not in ("url", "doi") and not any(a <= i < b for a, b in links):
            if ch == " ":
                out_c.append("\n")
                out_l.append(lab)
                continue
            prev = chars[i - 1] if i else ""
            if prev.isalpha() and ch.isalpha() and prev.isascii() and ch.isascii():
                out_c += ["-", "\n"]
                out_l += [lab, lab]
            elif _cjk(ch) and prev and _cjk(prev):
                out_c.append("\n")
                out_l.append(lab)
        if ch == " " and i and chars[i - 1] in ",.:;" and rng.random() < 0.08:
            continue  # a lost space
        out_c.append(ch)
        out_l.append(lab)
        if ch == " " and rng.random() < 0.02:
            out_c.append(" ")
            out_l.append(lab)
    return "".join(out_c), out_l
