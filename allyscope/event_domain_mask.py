"""Entity names masked out of the words the domain model reads (gen42, issue 14 item 5).

Why: the model's word features (`events_domain.domain_features`: character pairs, ideographs, words and word pairs of
the predicate's segment) learnt the names of the states, people and bodies of the dev documents' pairs with the
words of their acts: `c:日豪` or `w:kishida` weigh towards the domain that pair's documents mostly tell. On a pair
dev lacks those weights read nothing, or mislead; cross-validation by document hid it, cross-validation by relation
pair (`scripts/train_domain.py`) shows it. So a name the gazetteer knows is replaced, in the text the word features
are read from, by blanks of its own length (offsets kept: cue places in the clause still point at the same
characters) and stands as one feature of its type (`ent:state`, `ent:person`, …), which transfers to every pair.

Never masked: an office (`外相`, `defence minister`: the office says what kind of act it is), a title, a collective or
an anaphor (not names), and a name holding a domain word — a cue of the lists or a seed concept begins inside it or
its own text holds one (`Japan Coast Guard`, `自衛隊`): the word features keep what the domain is read from.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from allyscope.entities import gazetteer

KEPT_TYPES = frozenset({"office"})  # a type whose names say what the act is: never masked
_BLANK = " "


def name_spans(folded: str) -> list[tuple[int, int, str]]:
    """(start, end, type) of each name of the gazetteer in a folded text (lower case, Simplified script), found by
    the gazetteer's automaton as the extractor finds them, without the extractor's checks of capitals (the text is
    folded): a Latin name counts only as a whole word. A hit whose ids are not all entities (a title, a collective,
    an anaphor) or whose entities are of a kept type is left out."""
    g = gazetteer()
    out = []
    size = len(folded)
    for index, start, end in g.automaton.find_matches_as_indexes(folded, overlapping=False):
        if g.blocked[index]:
            continue
        if g.latin[index]:
            before = folded[start - 1] if start else " "
            after = folded[end] if end < size else " "
            if (before.isascii() and before.isalnum()) or (after.isascii() and after.isalnum()):
                continue
        ids = g.targets[index]
        if not ids or any(i not in g.entities for i in ids):
            continue
        kind = str(g.entities[ids[0]].get("type", ""))
        if not kind or kind in KEPT_TYPES or any(g.entities[i].get("type") in KEPT_TYPES for i in ids):
            continue
        out.append((start, end, kind))
    return out


def masked(
    folded: str, cue_starts: Collection[int] = (), holds_domain_word: Callable[[str], bool] | None = None
) -> tuple[str, list[str]]:
    """`folded` with each name of `name_spans` blanked (the same length: every offset kept) and the types masked,
    in order of appearance. A name inside which a cue begins (`cue_starts`, offsets in `folded`) or whose own text
    holds a domain word (`holds_domain_word`) is kept as written."""
    chars = list(folded)
    kinds: list[str] = []
    for start, end, kind in name_spans(folded):
        if any(start <= at < end for at in cue_starts):
            continue
        if holds_domain_word is not None and holds_domain_word(folded[start:end]):
            continue
        chars[start:end] = _BLANK * (end - start)
        kinds.append(kind)
    return "".join(chars), kinds
