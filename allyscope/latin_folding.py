"""Latin names as pages write them without their diacritics: `Sebastian Pinera`, `Lopez Obrador`, `Erdogan`.

A gazetteer alias with a diacritic (`Sebastián Piñera`, `Støre`) is also found in its folded form: each Latin letter
decomposed (Unicode NFD) and its marks dropped, and the letters decomposition does not reach (`ß`, `ø`, `đ`, `ł`,
`æ`) spelled as `data/latin_folding.json` says. Only letters of the Latin script are touched: kana and ideographs
carry marks of their own (`が` decomposes into `か` and a voicing mark), which are no diacritics to drop.

A folded form is an alias of lower standing: it is added only where no name, alias or blocked word of the gazetteer
already holds it, never merged with the entities of such a key, and not when it is an ordinary English word (the
`Støre` → `Store` trap: a capitalised word opening a sentence) — those words are data (`ordinary_words`), kept
complete against the lower-case entries of Webster's Second (the `english-words` package's `web2` list) by
`tests/test_latin_folding_fold81.py`, so that loading the gazetteer reads no dictionary.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources


class LatinFoldingDataError(ValueError):
    """`data/latin_folding.json` maps a letter to a spelling that is not plain ASCII (folding would not settle)."""


@dataclass(frozen=True)
class LatinFolding:
    """The letters decomposition does not reach, and the folded forms that are ordinary words (lower case)."""

    letters: Mapping[str, str]
    ordinary_words: frozenset[str]


@cache
def latin_folding() -> LatinFolding:
    """`data/latin_folding.json`, read once."""
    raw = json.loads(resources.files("allyscope.data").joinpath("latin_folding.json").read_text("utf-8"))
    letters = dict(raw["letters"])
    for letter, spelling in letters.items():
        if not spelling.isascii():
            raise LatinFoldingDataError(f"{letter!r} is spelled {spelling!r}, which is not ASCII")
    return LatinFolding(letters, frozenset(w.lower() for w in raw["ordinary_words"]))


# Latin-1 Supplement to Latin Extended-B, the combining diacritics, Latin Extended Additional: an alias with none of
# these has nothing to fold (most non-ASCII aliases are Chinese or Japanese, read past by one search)
_FOLDABLE = re.compile("[\u00c0-\u024f\u0300-\u036f\u1e00-\u1eff]")


def _is_latin(char: str) -> bool:
    return unicodedata.name(char, "").startswith("LATIN ")


def fold_latin(text: str, letters: Mapping[str, str] | None = None) -> str:
    """`text` with the diacritics of its Latin letters dropped (`Piñera` → `Pinera`, `Støre` → `Store`); every
    other character as it is. ASCII text is returned unchanged, and folding twice is folding once."""
    if text.isascii():
        return text
    table = latin_folding().letters if letters is None else letters
    out: list[str] = []
    for char in text:
        if char.isascii():
            out.append(char)
        elif char in table:
            out.append(table[char])
        elif unicodedata.combining(char) and out and out[-1][-1:].isascii() and out[-1][-1:].isalpha():
            continue  # a mark written apart after a Latin letter (`n` + U+0303)
        elif _is_latin(char):
            kept = "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c))
            out.append("".join(table.get(c, c) for c in kept) or char)
        else:
            out.append(char)
    return "".join(out)


def folded_aliases(
    spellings: Mapping[str, Iterable[str]],
    table: Mapping[str, tuple[str, ...]],
    known: frozenset[str] | set[str],
    taken: frozenset[str] | set[str],
    fold: Callable[[str], str],
) -> list[tuple[str, tuple[str, ...]]]:
    """(folded alias, ids) for each spelling of a key of `table` whose ids are all entities of `known` and that
    folding changes. Left out: a folded form whose key (`fold`, the matcher's own folding) is already a key of
    `table` or of `taken` (the blocked words), one that is an ordinary word, and one that two keys of different
    entities fold to (`Müller` and `Mülller` of two people would give one `Muller`: the text cannot tell them)."""
    rules = latin_folding()
    found: dict[str, tuple[list[str], tuple[str, ...]]] = {}
    clashing: set[str] = set()
    for key, aliases in spellings.items():
        ids = table.get(key, ())
        if not ids or not all(i in known for i in ids):
            continue
        for alias in aliases:
            if alias.isascii() or not _FOLDABLE.search(alias):
                continue
            plain = fold_latin(alias, rules.letters)
            folded_key = fold(plain)
            if plain == alias or folded_key in table or folded_key in taken:
                continue
            if " " not in plain and plain.lower() in rules.ordinary_words:
                continue
            if folded_key in found and found[folded_key][1] != ids:
                clashing.add(folded_key)
            plains = found.setdefault(folded_key, ([], ids))[0]
            if plain not in plains:
                plains.append(plain)
    return [(plain, ids) for key, (plains, ids) in found.items() if key not in clashing for plain in plains]
