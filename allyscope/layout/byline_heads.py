"""A section head in sentence case right under a byline of Latin names (`Priya Raman` / `Why regional control
matters` / the text): the names end the front matter and the head opens the first section, where the front
matter's reading took every short line under the title for one more name.

A writer's post may stand under the names in sentence case too (`Research fellow in maritime law`): it names a
post (`data/layout.json`, `affiliation`, whose words are written capitalised) once its words are, so it is no head.
"""

from __future__ import annotations

import re

from allyscope.layout.notes import any_label

_LATIN_NAME = re.compile(r"(?:[A-Z][A-Za-z'’-]+|[A-Z]\.)(?:[ \t]+(?:[A-Z][A-Za-z'’-]+|[A-Z]\.)){1,3}")
_NAME_SPLIT = re.compile(r"[ \t]*(?:,|&|\band\b)[ \t]*")


def latin_names(content: str) -> bool:
    """True for a line of persons' names alone in Latin letters (`Ana Ruiz`, `Ana Ruiz and Tom Berg`): two to
    four capitalised words each, parted by commas, `&` or `and`."""
    pieces = [p for p in _NAME_SPLIT.split(content.strip()) if p]
    return bool(pieces) and all(_LATIN_NAME.fullmatch(p) for p in pieces)


def lowercase_head(content: str) -> bool:
    """True for a Latin line in sentence case, a word other than a small one in lower case after its first (`Why
    the rules changed`; a line of names or a title capitalises every word but the small ones), that names no post
    or affiliation, as written or once capitalised (`names_post`)."""
    words = content.split(" ")
    if not content.isascii() or not any(w[:1].islower() and w not in _SMALL for w in words[1:]):
        return False  # title case (`University of Leeds`) capitalises every word but the small ones
    return any_label(("affiliation",)).search(content) is None and not names_post(content)


_SMALL = frozenset(["a", "an", "and", "at", "for", "in", "of", "on", "the", "to"])
_POST_WORDS = 8  # a post under a name is a short phrase (`Research fellow in maritime law`)


def names_post(content: str) -> bool:
    """True for a short Latin line with no stop, in sentence case (a word other than a small one in lower case
    after its first), that names a post or an affiliation once its words are capitalised (`Senior research
    fellow` reads as `Senior Research Fellow`, `data/layout.json`, `affiliation`)."""
    words = content.split()
    if not content.isascii() or not words or len(words) > _POST_WORDS or content[-1] in ".!?;:":
        return False
    if not any(w[:1].islower() and w not in _SMALL for w in words[1:]):
        return False  # a post in capitals (`Senior Fellow, Ocean Policy Institute`) the data reads as written
    return any_label(("affiliation",)).search(" ".join(w[:1].upper() + w[1:] for w in words)) is not None
