"""One pass over a folded sentence for the words of every rule the events stage asks of it (issue 14, speed).

Why one pass. The events stage asks many rules of a sentence, of its clauses and of its dates' reading spans: the
PLOVER type, the mode and the domain cues (`event_cues.Cues`), and beside them rules each of which is one regular
expression of the data: a verb of saying (`domain_cues.speech`), a demand, a movement, an anniversary, an act on an
arrangement one side took and its objects (`one_sided`), a reaction, a statement, an absence, a state of a decade,
a joining with no grouping named (`discourse.json`, `membership`). Each used to be searched in each span it was
asked of: one sentence scanned again and again, mostly for words it holds none of.

Here every such rule is known by the literal words its matches must begin with, read from its expression as the
cue lists' own are (`event_cues._prefixes`: `\\bsigns? the` begins with `sign`, `(?:签|簽)署` with `签` or
`簽`); one Aho-Corasick automaton is built over the words of the cue lists and of all those rules at once (once per
set of rules, kept), and a sentence is scanned once. Its record (`SentenceFeatures`) holds the hits of the three cue
categories (what `event_reading.SentenceCues` reads) and where each rule's words stand. A rule is then searched in
a span only when one of its words stands whole inside it (`SentenceFeatures.may`): where none does, no match of the
rule can lie in that span, and the answer (no match) is known without the expression. A rule whose expression has
another shape (an alternative that may begin with no literal character, flags of its own) is never ruled out:
`may` says yes, and the rule is searched as before.

Only the prefilter is new: every answer is still the rule's own expression's, so the stage's output is unchanged
(`benchmarks/extraction_diff.py`, `tests/test_speed34_features.py`).
"""

from __future__ import annotations

import operator
import re
from typing import Any

import ahocorasick_rs

from allyscope.event_cues import Cues, _initials, _prefixes, _top_alternatives

Hits = tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int], ...], tuple[tuple[int, int, str], ...]]

_CUE_CATEGORIES = 3  # types, modes, domain cues: bits 0-2 of a word's categories; the rules' bits come after


class FeatureWords:
    """The automaton over the leading words of the cue lists and of the rules, and per word the categories and
    rules (bits) whose matches may begin with it. Built once per set of rules (`feature_words`)."""

    def __init__(self, cues: list[Cues], rules: dict[str, re.Pattern[str] | Cues | tuple[str, ...] | None]) -> None:
        self.cues = cues
        self.bit: dict[str, int] = {}  # rule name -> its bit among the rules' (a rule with no words read: absent)
        by_word: dict[str, int] = {}
        for k, category in enumerate(cues):
            for word in category.keys:
                by_word[word] = by_word.get(word, 0) | (1 << k)
        for name, rule in rules.items():
            words = rule_words(rule)
            if words is None:
                continue  # searched wherever it is asked: `may` says yes
            bit = 1 << len(self.bit)
            self.bit[name] = bit
            for word in words:
                by_word[word] = by_word.get(word, 0) | (bit << _CUE_CATEGORIES)
        self.words = sorted(by_word)
        self.bits = [by_word[w] for w in self.words]
        self.automaton = ahocorasick_rs.AhoCorasick(self.words) if self.words else None


def rule_words(rule: re.Pattern[str] | Cues | tuple[str, ...] | None) -> frozenset[str] | None:
    """The literal words every match of a rule begins with (a word list: its words; `Cues`: their leading words;
    an expression: those of its top-level alternatives), or None when they cannot be read (the expression has
    flags or an alternative of another shape, or the rule is absent from the data)."""
    if rule is None:
        return None
    if isinstance(rule, tuple):
        return frozenset(rule) if rule and all(rule) else None
    if isinstance(rule, Cues):
        return frozenset(rule.keys) if rule.keys else None
    if rule.flags != re.UNICODE:
        return None
    words: set[str] = set()
    try:
        for alternative in _top_alternatives(rule.pattern):
            _initials(alternative)  # raises for an alternative that may begin with no literal character
            words |= _prefixes(alternative)
    except ValueError:
        return None
    return frozenset(words) if words and all(words) else None


_place_of_word = operator.itemgetter(1)  # of an automaton's match (word, start, end): a key read in C, not a call


class SentenceFeatures:
    """What one pass over a folded sentence found: the cue hits of the types, modes and domain cues (places in the
    sentence, in order; domains as (rank, place, domain)) and, for the rules, each word found as (start, end,
    rule bits), in order of start."""

    __slots__ = ("bit", "hits", "present", "words")

    def __init__(self, hits: Hits, words: tuple[tuple[int, int, int], ...], bit: dict[str, int]) -> None:
        self.hits = hits
        self.words = words
        self.bit = bit
        # the bits of every rule with a word anywhere in the sentence: a rule without one (most rules, in most
        # sentences) is ruled out of every span of it at once, before its words are looked for span by span
        present = 0
        for _, _, bits in words:
            present |= bits
        self.present = present

    def may(self, rule: str, start: int = 0, end: int | None = None) -> bool:
        """May the rule `rule` match inside `[start, end)` of the sentence? No when none of its words stands whole
        inside that span (no match can); yes otherwise, and always for a rule whose words are not known."""
        bit = self.bit.get(rule)
        if bit is None:
            return True
        if not self.present & bit:
            return False
        stop = end if end is not None else 1 << 62
        for at, last, bits in self.words:
            if at >= stop:
                return False
            if bits & bit and at >= start and last <= stop:
                return True
        return False


def read_features(text: str, index: FeatureWords, ranked: list[tuple[int, str]]) -> SentenceFeatures:
    """Scan the folded `text` once: the hits of the three cue categories (as `event_reading.hits_of` gives them:
    per category leftmost first, none inside the last, each place tried once) and the words of the rules.
    `ranked`: (rank, domain) of each domain cue class by its index."""
    automaton = index.automaton
    found = automaton.find_matches_as_indexes(text, overlapping=True) if automaton is not None else []
    if not found:
        return SentenceFeatures(_NO_HITS, (), index.bit)
    found.sort(key=_place_of_word)  # overlapping matches come in the order they end
    bits = index.bits
    stop = len(text)
    type_cues, mode_cues, domain_cues = index.cues
    types: list[tuple[int, int]] = []
    modes: list[tuple[int, int]] = []
    domains: list[tuple[int, int, str]] = []
    words: list[tuple[int, int, int]] = []
    # per category: the end of its last cue (no cue starts inside it) and the last place tried
    type_resume = mode_resume = domain_resume = 0
    type_tried = mode_tried = domain_tried = -1
    for word, at, last in found:
        categories = bits[word]  # the categories whose cues begin with this word, one bit each, then the rules'
        if categories >= 8:
            words.append((at, last, categories >> _CUE_CATEGORIES))
        if categories & 1 and at >= type_resume and at != type_tried:
            type_tried = at
            char = text[at]
            hit = type_cues.by_char[char].match(text, at, stop)
            if hit is not None:
                types.append((at, type_cues.index_of[char][hit.lastindex or 0]))
                end = hit.end()
                type_resume = end if end > at else at + 1
        if categories & 2 and at >= mode_resume and at != mode_tried:
            mode_tried = at
            char = text[at]
            hit = mode_cues.by_char[char].match(text, at, stop)
            if hit is not None:
                modes.append((at, mode_cues.index_of[char][hit.lastindex or 0]))
                end = hit.end()
                mode_resume = end if end > at else at + 1
        if categories & 4 and at >= domain_resume and at != domain_tried:
            domain_tried = at
            char = text[at]
            hit = domain_cues.by_char[char].match(text, at, stop)
            if hit is not None:
                rank, domain = ranked[domain_cues.index_of[char][hit.lastindex or 0]]
                domains.append((rank, at, domain))
                end = hit.end()
                domain_resume = end if end > at else at + 1
    return SentenceFeatures((tuple(types), tuple(modes), tuple(domains)), tuple(words), index.bit)


_NO_HITS: Hits = ((), (), ())


def data_rules(data: dict[str, Any]) -> dict[str, re.Pattern[str] | Cues | tuple[str, ...] | None]:
    """The rules of `data/event_patterns.json` (compiled, `event_cues.compiled`) and of `data/discourse.json`
    (`membership`) that the events stage searches in a sentence's spans, by name."""
    from allyscope.entities import load_discourse
    from allyscope.event_domain_cues import _words_of
    from allyscope.membership import _data as membership

    spec = data["domain_cues"]
    one_sided = data.get("one_sided_re") or (None, None)
    reaction = data.get("reaction_re") or (None, None)
    return {
        "speech": data.get("speech_re"),
        "demand": data.get("demand_re"),
        "movement": data.get("movement_re"),
        "anniversary": _words_of(spec["anniversary"]) if spec.get("anniversary") else None,
        "one_sided_acts": one_sided[0],
        "one_sided_objects": one_sided[1],
        "reactions": reaction[0],
        "reacted_to": reaction[1],
        "statements": data.get("statement_re"),
        "addressed": data.get("addressed_re"),
        "instrument_acts": data.get("instrument_act_re"),
        "sayings": data.get("saying_re"),
        "absence": data.get("absence_re"),
        "decade_states": data.get("decade_states_re"),
        "membership": membership()[0],
        # a figure or a state dated (`figure_states`), an act a person does alone (discourse.json `own_acts`)
        "figure_states": data.get("figure_states_re"),
        "own_acts": re.compile(own["acts"]) if (own := load_discourse().get("own_acts")) else None,
    }


_INDEXES: dict[int, tuple[dict[str, Any], FeatureWords]] = {}


def feature_words(data: dict[str, Any]) -> FeatureWords:
    """The automaton and bits of the rules `data` (`events_domain.patterns()` or a training fold's), built once
    per rules object and kept (a few at most: the training script's folds replace one another)."""
    kept = _INDEXES.get(id(data))
    if kept is not None and kept[0] is data:
        return kept[1]
    if len(_INDEXES) >= 4:
        _INDEXES.clear()
    index = FeatureWords([data["types_any"], data["modes_any"], data["domain_cues_any"]], data_rules(data))
    _INDEXES[id(data)] = (data, index)
    return index


def sentence_features(text: str, data: dict[str, Any]) -> SentenceFeatures:
    """The one pass over the folded sentence `text` with the rules `data`."""
    return read_features(text, feature_words(data), data["domain_ranked"])


# a span of a sentence read once: its record, and the span's start and end in the sentence
Within = tuple[SentenceFeatures, int, int]


def may(within: Within | None, rule: str) -> bool:
    """`SentenceFeatures.may` of the span `within` (None: a text read without its sentence's pass, where every rule
    may match)."""
    return within is None or within[0].may(rule, within[1], within[2])
