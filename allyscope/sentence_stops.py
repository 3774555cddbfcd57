"""When a full stop ends an English sentence.

A stop followed by a capital ends the sentence, save after an abbreviation or a single capital: a title written
before a name (`Dr. S. Jaishankar`, `H.E. Mr. …`, `Brig. Gen. …`), a month, `No. 3`, `U.S.`, an initial (`George
W. Bush`). Those are cut only when the next word is one a sentence opens with and no name is (`… by Sultan
Muhammad V. That evening …`, `… with the U.S. The two sides …`): a regnal numeral or an abbreviation that closes
its sentence. The words are data (`data/sentence_stops.json`, issue 14, gaz84); this says how they are read.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from allyscope.errors import DataFileError

_NUMBERED = re.compile(r"\b(?:[Ff]ig(?:ure)?|[Tt]able|[Pp]hoto|[Cc]hart|[Mm]ap)\.?\s*\d+$")
_FOLLOWING = re.compile(r"(?:\[\d{1,3}\])?\s+(?=[A-Z“\"])|(?:\[\d{1,3}\])?\s*$")  # what may follow a sentence's stop
_LAST_WORD = re.compile(r"([A-Za-z.]+)$")
_NEXT_WORD = re.compile(r"[A-Z][a-z]+\b(?![.’'-])")


@lru_cache(maxsize=1)
def _rules() -> tuple[frozenset[str], frozenset[str]]:
    """The abbreviations (lower-cased, without their last stop) and the sentence openers of the data."""
    try:
        data = json.loads(resources.files("allyscope.data").joinpath("sentence_stops.json").read_text("utf-8"))
        return frozenset(data["abbreviations"]), frozenset(data["openers"])
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise DataFileError(f"data/sentence_stops.json: {error}") from error


def latin_sentence_end(text: str, i: int, end: int) -> bool:
    """Does the full stop at `text[i]` end an English sentence (`end`: where the text read ends)? When a capital
    (or the end) follows and it closes no abbreviation or initial — or does, and a sentence opener follows."""
    following = _FOLLOWING.match(text, i + 1, end)
    if following is None:
        return False
    before = text[max(0, i - 12) : i]
    if _NUMBERED.search(before):
        return False  # `Figure 1.`, `No. 3.`: a label and its number, not a sentence
    word = _LAST_WORD.search(before)
    abbreviations, openers = _rules()
    if not (word and (word.group(1).lower() in abbreviations or len(word.group(1)) == 1)):
        return True
    # an initial or an abbreviation: a name follows it, unless the next word is one a sentence opens with
    after = _NEXT_WORD.match(text, following.end(), end)
    return after is not None and after.group() in openers


_STOP = re.compile(r"[.!?](?=\s+[A-Z\d\"“])|\n")
_BEFORE_FIGURE = re.compile(r"(?<!\b[A-Z])(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)\.\s+\d")


def sentence_ends(text: str) -> list[int]:
    """The offsets just after each English sentence's end in `text` (a line's end included): a `!` or `?` before a
    capital or a figure, a full stop before a capital that `latin_sentence_end` takes as an end, one before a
    figure that closes no initial or short title."""
    ends = []
    for found in _STOP.finditer(text):
        at = found.start()
        if found.group() == "." and not (
            latin_sentence_end(text, at, len(text)) or _BEFORE_FIGURE.match(text, at) is not None
        ):
            continue
        ends.append(found.end())
    return ends
