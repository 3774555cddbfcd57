"""Labelled reference strings for training and evaluation, by set and split, reproducible from a seed."""

from __future__ import annotations

import json
import random
import zlib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import pairwise
from typing import Any

from allyscope.references.training.handmade import render_handmade
from allyscope.references.training.items import ItemMaker
from allyscope.references.training.noise import add_noise

Item = dict[str, Any]
_TRIM = set(" \n“”\"'‘’「」『』《》〈〉«»()（）[]［］,，.．。、:：;；")
GBT_CODE = {
    "article-journal": "J",
    "book": "M",
    "chapter": "M",
    "article-newspaper": "N",
    "report": "R",
    "thesis": "D",
    "webpage": "EB/OL",
}


@dataclass(frozen=True)
class Example:
    """One labelled reference: its text, one label per character, the item behind it, where it came from."""

    text: str
    labels: tuple[str, ...]
    item: Item
    style: str
    set: str
    split: str
    locator: str | None
    note: bool = False  # a note (with the page it cites) rather than an entry of a reference list


@cache
def styles() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        resources.files("allyscope.data").joinpath("references/styles.json").read_text("utf-8")
    )
    return data


def trim(labels: list[str], text: str) -> list[str]:
    """Quotation marks, brackets, spaces and stops at the edges of a field are not the field."""
    out = list(labels)
    n = len(out)
    i = 0
    while i < n:
        if out[i] == "O":
            i += 1
            continue
        j = i
        while j < n and out[j] == out[i]:
            j += 1
        s, e = i, j
        while s < e and text[s] in _TRIM:
            out[s] = "O"
            s += 1
        while e > s and text[e - 1] in _TRIM and not (text[e - 1] == "." and out[i] in ("author", "editor")):
            e -= 1
            out[e] = "O"
        i = j
    return out


def add_gbt_code(text: str, labels: list[str], item: Item) -> tuple[str, list[str]]:
    """The GB/T type code after the title (`题名[J].`), where the style meant it and citeproc-py left it out."""
    ends = [
        i for i in range(len(labels)) if labels[i] == "title" and (i + 1 == len(labels) or labels[i + 1] != "title")
    ]
    code = GBT_CODE.get(item["type"])
    if not ends or code is None:
        return text, labels
    end = ends[0] + 1
    if text[end : end + 1] == "[":
        return text, labels
    if code != "EB/OL" and (item.get("URL") or item.get("DOI")):
        code += "/OL"
    insert = f"[{code}]"
    return text[:end] + insert + text[end:], labels[:end] + ["O"] + ["typecode"] * (len(insert) - 2) + ["O"] + labels[
        end:
    ]


def glued(text: str, labels: list[str]) -> bool:
    """Two fields with no mark between them (`61162–194` for volume 61, pages 162–194; `2011The`)."""
    return any(
        a != b and a != "O" and b != "O" and text[i].isalnum() and text[i + 1].isalnum()
        for i, (a, b) in enumerate(pairwise(labels))
    )


def _seed(*parts: object) -> int:
    return zlib.crc32("|".join(map(str, parts)).encode("utf-8"))


def build(set_name: str, split: str, per_style: int, seed: int, noise: bool = True) -> list[Example]:
    """`per_style` labelled references for each style of one set and split (fewer where citeproc-py fails)."""
    from allyscope.references.training.render import render, strip_number

    spec = styles()["sets"][set_name]
    languages = spec["languages"]
    codes = set(styles()["gbt_codes"])
    out: list[Example] = []
    for style in spec[split]:
        rng = random.Random(_seed(seed, set_name, split, style))
        maker = ItemMaker(_seed(seed, style, "items"), split)
        langs = rng.choices(list(languages), weights=list(languages.values()), k=per_style)
        items = [maker.item(language=lang) for lang in langs]
        rendered: list[tuple[str, list[str], Item, str | None, bool]] = []
        if style.startswith("handmade:"):
            for item in items:
                text, labels, locator = render_handmade(style, item, rng)
                rendered.append((text, labels, item, locator, True))
        else:
            for r in render(style, items, rng):
                r = strip_number(r)
                if r.note and r.locator is None and rng.random() < 0.5:
                    continue  # a note without a cited page repeats its bibliography entry
                rendered.append((r.text, list(r.labels), r.item, r.locator, r.note))
        for text, labels, item, locator, note in rendered:
            if not note and "locator" in labels:
                continue  # citeproc-py printed a note's cited page into a reference list entry
            if "title" not in labels or glued(text, labels):
                continue  # no title, or two fields run together: what citeproc-py got wrong, no real reference
            if style in codes:
                text, labels = add_gbt_code(text, labels, item)
            labels = trim(labels, text)
            if noise:
                cjk_style = set_name != "en" or item.get("language") != "en"
                text, labels = add_noise(text, labels, rng, cjk_style)
            out.append(Example(text, tuple(labels), item, style, set_name, split, locator, note))
    return out


def token_labels(text: str, labels: tuple[str, ...] | list[str], tokens: list[tuple[int, int, str]]) -> list[str]:
    """The label of each token: that of its first character (a token never straddles two fields by much)."""
    return [labels[start] for start, _end, _kind in tokens]
