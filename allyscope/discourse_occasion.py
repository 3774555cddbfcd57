"""A collective of two told after an occasion word: the occasion's two parties (issue 14; act86).

`After the talks, the two leaders witnessed …`, `会谈后，两国元首共同见证…`, `両首脳は、会談後、…`: the collective
stands for the two who held the talks the word names, told in a sentence before it (`X held talks with Y …`), not
for the states the sentences between name as what the talks were about (`The situation in A and B was discussed`,
`会談では、BやCなど…の情勢について意見交換した`). The nearest sentence before, within the discourse's window, that
tells an occasion (`talks`, `会談`, `會談`) is the occasion's; one opening with a topic word (`会談では、`, `In the
talks,`) tells what the talks were about and is read as a sentence between. When the occasion's sentence names
exactly two states (by name, a capital, a person or office of the state), its two are the collective's; a sentence
naming another number gives no reading, and the discourse's other steps read the collective as before. An opener
counts where it stands in the collective's own sentence before the collective or right after it (`両首脳は、会談後、`:
'reach' characters). Words as data (`discourse.json` `occasion_opener`); the reading is taken by
`discourse._Discourse.parties` only when a sentence between names a state the occasion does not (the rule changes
nothing else)."""

from __future__ import annotations

from functools import cache

from allyscope.entities import load_discourse
from allyscope.scripts import fold


@cache
def _data() -> tuple[tuple[str, ...], tuple[str, ...], int, tuple[str, ...]] | None:
    data = load_discourse().get("occasion_opener")
    if not data:
        return None
    openers = tuple(fold(w) for w in data.get("openers", ()))
    occasions = tuple(fold(w) for w in data.get("occasions", ()))
    topics = tuple(fold(w) for w in data.get("topic_openers", ()))
    return openers, occasions, int(data.get("reach", 0)), topics


def opens_with_occasion(text: str, start: int, end: int, word_end: int) -> bool:
    """Does an occasion opener stand in the sentence `text[start:end]` before the collective ending at `word_end`,
    or within 'reach' characters after it?"""
    data = _data()
    if data is None:
        return False
    openers, _, reach, _ = data
    head = fold(text[start : min(end, word_end + reach)])
    return any(w in head for w in openers)


def names_occasion(text: str, start: int, end: int) -> bool:
    """Does the sentence `text[start:end]` tell an occasion (`talks`, `会談`) an opener may refer back to? A sentence
    opening with one of 'topic_openers' (`会談では、`, `In the talks,`, `会谈中，`) tells what was said in it, not the
    occasion: its states are the talks' topics."""
    data = _data()
    if data is None:
        return False
    piece = fold(text[start:end])
    if piece.lstrip().startswith(data[3]):
        return False
    return any(w in piece for w in data[1])
