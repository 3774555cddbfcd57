"""The seed cues of the domain codebook (`data/domain_seeds.json`): each concept the codebook names for a domain,
and each kind of actor an act names, written once in each of the corpus's four languages.

Why beside the cue lists of `data/event_patterns.json`: those lists grew from reading the dev documents, so a
word stands in them when some document used it, in the language that document was written in. A concept the
lists know in Chinese may lack its English word; cross-validation that holds out a whole language
(`scripts/train_domain.py --by language`) shows it. The seeds are the codebook's concepts translated, one entry
per concept with a form in every language, so what is learnt of a concept in three languages holds in the fourth:
the linear model reads them as features named by the concept, not by the word (`seed_features`), and the ranked
rule falls back on them where no cue of the lists stands (`seed_domain`). Nothing here names an entity.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import Any

import ahocorasick_rs

from allyscope.errors import DataFileError
from allyscope.event_cues import _lowered
from allyscope.vocabulary import DOMAINS

LANGUAGES = ("en", "ja", "zh-Hans", "zh-Hant")


@cache
def domain_seeds() -> tuple[tuple[str, str | None, int | None, re.Pattern[str]], ...]:
    """The concepts of `data/domain_seeds.json` in file order, as (concept, domain, rank, expression of all its
    forms folded); a file that breaks its shape is a `DataFileError`."""
    raw = json.loads(resources.files("allyscope.data").joinpath("domain_seeds.json").read_text("utf-8"))
    return compiled_seeds(raw)


def compiled_seeds(raw: dict[str, Any]) -> tuple[tuple[str, str | None, int | None, re.Pattern[str]], ...]:
    """`raw` (the shape of `data/domain_seeds.json`) checked and compiled: every concept has a form in each of
    the four languages, a domain of the codebook's interactions and a rank together, or neither (an actor
    kind)."""
    out = []
    seen: set[str] = set()
    for entry in raw.get("concepts", ()):
        name, domain, rank, forms = entry.get("concept"), entry.get("domain"), entry.get("rank"), entry.get("forms")
        if (
            not isinstance(name, str)
            or name in seen
            or not isinstance(forms, dict)
            or set(forms) != set(LANGUAGES)
            or not all(isinstance(f, str) and f for f in forms.values())
            or (domain is None) != (rank is None)
            or (domain is not None and (domain not in DOMAINS or domain == "context" or not isinstance(rank, int)))
        ):
            raise DataFileError(f"allyscope/data/domain_seeds.json: the concept {name!r} breaks the file's shape")
        seen.add(name)
        expression = re.compile("|".join(f"(?:{_lowered(forms[language])})" for language in LANGUAGES))
        out.append((name, domain, rank, expression))
    if not out:
        raise DataFileError("allyscope/data/domain_seeds.json: no concept")
    return tuple(out)


class _SeedIndex:
    """The leading words of every concept's expression (`sentence_features.rule_words`) in one Aho-Corasick
    automaton, and per word the concepts whose matches may begin with it: a text is scanned once, and only the
    concepts one of whose words stands in it are searched (issue 14, speed: the model's features and the rule's
    fallback asked each of the 29 expressions of every clause in turn, most of them of texts holding none of their
    words). A concept whose words cannot be read from its expression is always searched."""

    def __init__(self, seeds: tuple[tuple[str, str | None, int | None, re.Pattern[str]], ...]) -> None:
        from allyscope.sentence_features import rule_words

        self.seeds = seeds
        self.always: set[int] = set()
        by_word: dict[str, list[int]] = {}
        for k, (_, _, _, expression) in enumerate(seeds):
            words = rule_words(expression)
            if words is None:
                self.always.add(k)
                continue
            for word in words:
                by_word.setdefault(word, []).append(k)
        self.words = sorted(by_word)
        self.concepts_of = [by_word[w] for w in self.words]
        self.automaton = ahocorasick_rs.AhoCorasick(self.words) if self.words else None

    def candidates(self, folded: str) -> list[int]:
        """The indexes, in file order, of the concepts that may stand in `folded`."""
        found = set(self.always)
        if self.automaton is not None:
            concepts_of = self.concepts_of
            for word, _, _ in self.automaton.find_matches_as_indexes(folded, overlapping=True):
                found.update(concepts_of[word])
        return sorted(found)


_INDEX: list[_SeedIndex] = []


def _seed_index() -> _SeedIndex:
    """The index of `domain_seeds()`, built once per seeds (a test that swaps them gets an index of its own)."""
    seeds = domain_seeds()
    if not _INDEX or _INDEX[0].seeds is not seeds:
        _INDEX[:] = [_SeedIndex(seeds)]
    return _INDEX[0]


def seed_concepts(folded: str) -> list[tuple[str, str | None, int | None]]:
    """The concepts whose forms stand in a folded text, in file order, as (concept, domain, rank): each searched
    only when one of its leading words stands in the text (`_SeedIndex`)."""
    index = _seed_index()
    seeds = index.seeds
    out = []
    for k in index.candidates(folded):
        name, domain, rank, expression = seeds[k]
        if expression.search(folded):
            out.append((name, domain, rank))
    return out


def seed_domain(folded: str) -> str | None:
    """The domain the seeds give a folded text with no cue of the lists: the concept of lowest rank, ties to the
    one listed first in the file; None when no concept with a domain stands in it."""
    ranked = [(rank, k, domain) for k, (_, domain, rank) in enumerate(seed_concepts(folded)) if rank is not None]
    return str(min(ranked)[2]) if ranked else None


def seed_features(folded_segment: str, folded_clause: str) -> set[str]:
    """The model's seed features: `seed:CONCEPT` for each concept in the predicate's segment, `cseed:CONCEPT` for
    each in the whole clause (the actors of the act often stand outside its segment)."""
    out = {f"seed:{name}" for name, _, _ in seed_concepts(folded_segment)}
    out |= {f"cseed:{name}" for name, _, _ in seed_concepts(folded_clause)}
    return out
