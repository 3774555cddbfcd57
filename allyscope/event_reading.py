"""One folded sentence read once for the events stage: its cues of every category, its segments, and what each
clause of it asks of them (`SentenceCues`).

Why one object per sentence. The events stage asks many questions of a sentence's clauses: the cues of each
clause (`events_domain.type_cues`, `event_mode`, `rule_domain`, `domain_features`), the segment holding its
predicate, its coordinated predicates (`events_domain.predicates`), what was quoted or reported in it. Each used
to find its own answer from the text, each cached apart under its own key (the clause's text, the sentence's, the
clause's text again with its entities), so that a document read again cost little but a new document paid for
every scan and every cache's keys. Here the sentence is scanned once (one automaton pass for the cues of all
three categories, one pass for its commas), its facts are kept on one object, and a clause reads its share of
them by bisection: a new document pays for one scan of each sentence, and a repeated one for one cache look-up
per sentence (`events_domain._reading`).

This module reads no module global that a caller swaps: `events_domain` builds each object with the rules in hand
(`events_domain.patterns()`, which the training script replaces for a while) and empties its cache when they
change (`events_domain.clear_cue_caches`).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Any

from allyscope.event_clauses import after_the_date, comments_on_the_act_before, frames_an_act, tells_a_purpose
from allyscope.event_segments import _QUOTED, _SEGMENT_CUT, _has_cjk, _leading_of
from allyscope.sentence_features import SentenceFeatures, sentence_features


@dataclass(frozen=True, slots=True)
class _Scan:
    """Every cue of a folded clause (places in the clause), and the predicate's segment."""

    types: tuple[tuple[int, int], ...]  # (place, rule index)
    modes: tuple[tuple[int, int], ...]
    domains: tuple[tuple[int, int, str], ...]  # (rank, place, domain)
    segment: tuple[int, int]


Hits = tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int], ...], tuple[tuple[int, int, str], ...]]

_REPORTED = re.compile(
    r"\b(?:said|says|told(?: [a-z]+){0,2}|stated|added|noted|warned|confirmed|announced)(?: that)? (?=[a-z])"
)  # an English reporting verb and where what it reports begins (`officials said the pact would …`)


def hits_of(text: str, data: dict[str, Any]) -> Hits:
    """Every type, mode and domain cue of a folded text (place, rule index; domains as (rank, place, domain)),
    each list in order of place: the cue hits of the sentence's one pass (`sentence_features`), which finds the
    words of the other rules the stage asks of the sentence in the same scan."""
    return sentence_features(text, data).hits


class SentenceCues:
    """The cues and segments of one folded sentence, found once, and what its clauses asked of them (each answer
    kept by the clause's place in the sentence: a clause is `text[start:end]`)."""

    def __init__(self, text: str, data: dict[str, Any]) -> None:
        self.text = text
        self.data = data
        # the one pass over the sentence: its cue hits, and where the words of the stage's other rules stand
        self.features: SentenceFeatures = sentence_features(text, data)
        self.hits: Hits = self.features.hits
        self.ascii = text.isascii()  # no piece of an ASCII sentence holds a CJK character
        # where the cues of each category stand, for a clause's share by bisection: made by the first clause that
        # is not the whole sentence (most dated sentences are read as one clause)
        self._places: tuple[list[int], list[int], list[int]] | None = None
        # where each segment ends (after a comma, semicolon, colon or enumeration comma), found once for the
        # sentence: a clause's segments are the sentence's inside it
        self.cuts = [m.end() for m in _SEGMENT_CUT.finditer(text)]
        self.scans: dict[tuple[int, int], _Scan] = {}
        self.ruled: dict[tuple[int, int, tuple[tuple[int, str], ...]], tuple[str, bool]] = {}
        # the model's features of its clauses (`events_domain.model_features`), by clause place, names and rule
        self.featured: dict[tuple[int, int, tuple[tuple[int, str], ...], str], list[str]] = {}
        self.pieces: dict[tuple[str, int, int], list[tuple[int, int]]] = {}
        self._quoted: tuple[tuple[int, int], ...] | None = None
        self._reports: tuple[int, ...] | None = None

    def scan(self, start: int, end: int) -> _Scan:
        """The cues of the clause `text[start:end]` (places in the clause) and its predicate's segment."""
        key = (start, end)
        known = self.scans.get(key)
        if known is not None:
            return known
        types, modes, domains = self.hits
        if start == 0 and end == len(self.text):
            clause_types, clause_modes, clause_domains = types, modes, domains
        else:
            places = self._places
            if places is None:
                places = self._places = (
                    [at for at, _ in types],
                    [at for at, _ in modes],
                    [at for _, at, _ in domains],
                )
            type_places, mode_places, domain_places = places
            t0 = bisect.bisect_left(type_places, start)
            t1 = bisect.bisect_left(type_places, end, t0)
            m0 = bisect.bisect_left(mode_places, start)
            m1 = bisect.bisect_left(mode_places, end, m0)
            d0 = bisect.bisect_left(domain_places, start)
            d1 = bisect.bisect_left(domain_places, end, d0)
            if start == 0:  # places in the clause are the sentence's: its share is a slice
                clause_types, clause_modes, clause_domains = types[t0:t1], modes[m0:m1], domains[d0:d1]
            else:
                clause_types = tuple([(at - start, i) for at, i in types[t0:t1]])
                clause_modes = tuple([(at - start, i) for at, i in modes[m0:m1]])
                clause_domains = tuple([(rank, at - start, d) for rank, at, d in domains[d0:d1]])
        segment = self._segment(start, end, clause_types, clause_domains)
        scan = self.scans[key] = _Scan(clause_types, clause_modes, clause_domains, segment)
        return scan

    def segments(self, start: int, end: int) -> list[tuple[int, int]]:
        """`event_segments.segments` of the clause `text[start:end]`, in the clause: the sentence's cuts inside
        it (a cut at the clause's last character that the sentence's next digit keeps from being one would only
        add an empty segment)."""
        cuts = self.cuts
        first = bisect.bisect_right(cuts, start)
        last = bisect.bisect_left(cuts, end, first)
        out: list[tuple[int, int]] = []
        a = start
        # each cut ends its segment after a comma or the like: every segment before the last holds that mark, and
        # only the last (after the last cut) can hold nothing but white space
        for b in cuts[first:last]:
            out.append((a - start, b - start))
            a = b
        if not self.text[a:end].isspace() and a < end:
            out.append((a - start, end - start))
        return out

    def _segment(
        self, start: int, end: int, types: tuple[tuple[int, int], ...], domains: tuple[tuple[int, int, str], ...]
    ) -> tuple[int, int]:
        """The clause's predicate segment (`events_domain.predicate_segment` says which), in the clause."""
        if not types and not domains:
            return 0, end - start  # no segment holds a cue: the whole clause
        # Where the clause's first and last cues stand (each list is in order of place). With no cut of the
        # sentence between them, one segment holds every cue, and it is the predicate's whatever its kind (most
        # clauses): found by two bisections of the cuts, without cutting the clause into its segments.
        first_cue = types[0][0] if types else domains[0][1]
        last_cue = types[-1][0] if types else domains[-1][1]
        if types and domains:
            first_cue = min(first_cue, domains[0][1])
            last_cue = max(last_cue, domains[-1][1])
        cuts = self.cuts
        after = bisect.bisect_right(cuts, start + first_cue)  # the first cut after the first cue
        ends = cuts[after] if after < len(cuts) and cuts[after] < end else end
        if ends > start + last_cue and (ends < end or not self.text[start + first_cue : end].isspace()):
            begins = cuts[after - 1] if after and cuts[after - 1] > start else start
            return begins - start, ends - start
        parts = self.segments(start, end)
        # the segments with a cue, and the type rules of each: only these can hold the predicate. The hits are in
        # order of place and the segments too: each segment's are read by one walk over both
        candidates: list[tuple[int, int, list[int]]] = []
        ti = di = 0
        nt, nd = len(types), len(domains)
        for a, b in parts:
            while ti < nt and types[ti][0] < a:
                ti += 1
            tj = ti
            while tj < nt and types[tj][0] < b:
                tj += 1
            while di < nd and domains[di][1] < a:
                di += 1
            if tj > ti or (di < nd and domains[di][1] < b):
                candidates.append((a, b, [rule for _, rule in types[ti:tj]]))
        if not candidates:
            return 0, end - start
        if len(candidates) == 1:
            # one segment with a cue is the predicate's, whichever kind below it is (most clauses): nothing to weigh
            a, b, _ = candidates[0]
            return a, b
        text = self.text
        ascii = self.ascii
        typed: list[tuple[int, int, int]] = []
        cued: list[tuple[int, int]] = []
        leading: list[tuple[int, int]] = []
        listed: list[tuple[int, int]] = []
        last = parts[-1]
        rules = self.data["types"]
        for at, (a, b, found) in enumerate(candidates):
            piece = text[start + a : start + b]
            cjk = not ascii and _has_cjk(piece)
            if (
                cjk
                and at + 1 < len(candidates)
                and candidates[at + 1][0] == b
                and frames_an_act(piece, (str(rules[i]["cameo"]) for i in candidates[at + 1][2]))
            ):
                continue  # `两国元首宣布，` before `将…提升为…`: the content's act is the predicate (rec79)
            # a scene-setting segment: leading anywhere but last; in English also last (`…, in response to …`)
            if ((a, b) != last or not cjk) and _leading_of(piece, cjk):
                leading.append((a, b))
            elif tells_a_purpose(piece):
                leading.append((a, b))  # what the act is for or commemorates: aside, like a scene
            elif (a, b) != candidates[0][:2] and cjk and comments_on_the_act_before(piece):
                leading.append((a, b))  # `，这是…首次访华`: the act before told again, aside (rec84)
            elif (a, b) != candidates[0][:2] and after_the_date(piece):
                # what followed the date or the present occasion (`…を樹立しており、今回の会談は…`, `，此后…`): no
                # act of the date (`events._pieces_of_date` drops it), so not the predicate's either (dom54)
                leading.append((a, b))
            elif found:
                typed.append((min(found), a, b))
            elif piece.rstrip().endswith("、"):
                listed.append((a, b))  # an item of a list of fields (`サイバー、衛生…の分野`), not the predicate
            else:
                cued.append((a, b))
        if typed:
            _, a, b = min(typed)
            return a, b
        if cued or listed:
            return (cued or listed)[0]
        return leading[0]

    def quoted(self) -> tuple[tuple[int, int], ...]:
        """The quoted stretches of the sentence (what was said, not done)."""
        if self._quoted is None:
            self._quoted = tuple(m.span() for m in _QUOTED.finditer(self.text))
        return self._quoted

    def reports(self) -> tuple[int, ...]:
        """Where what each English reporting verb of the sentence reports begins (none in Chinese or Japanese)."""
        if self._reports is None:
            self._reports = () if _has_cjk(self.text) else tuple(m.end() for m in _REPORTED.finditer(self.text))
        return self._reports
