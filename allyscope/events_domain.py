"""How an event's clause is read: its predicates, and of each its PLOVER type, domain and mode.

The cue lists are data (`data/event_patterns.json`); this module only says where in a clause they count. Why
not anywhere: a sentence says more than its event. `签署了《互惠准入协定》，允许两国军队…联合训练` is a signing
(institutional), though it names a joint training; `合作范围包括反恐` after a programme's signing is no
counter-terrorism event; `which will enable…` after `signed` makes no planned signing. So a clause is cut at its
commas into segments, and the predicate's segment decides (`predicate_segment`): the first segment with a cue
that is not a leading adverbial (`At the Wales Summit,`, `访问期间，`, `訪れた際、`). The domain is then the
class of lowest rank among the cues of that segment, with a documented tie-break (see `domain_cues.about` in the
data), falling back to the clause and the sentence when the segment has no cue at all, and to the codebook's seed
concepts (`event_domain_seeds`) when the sentence has none either.

Beside the cues stands a small linear model (`data/domain_model.json`: a multinomial logistic regression over the
segment's character and word n-grams and its cue classes, `domain_features`), trained on the annotated dev half
of the events corpus by `scripts/train_domain.py`. Which of the two decides is data too (`method`): the cues
alone, the model alone, the cues where they are clear (`rule_domain`) and the model elsewhere, or the model only
where no cue class stands in the clause at all (`model-where-no-cue`, dom76). The
training script chooses by leave-one-document-out accuracy on the dev half, each document read without the cues
only it uses, ties going to the simpler method (see the README for the figures). The model is
read without numpy or scikit-learn: a score per domain is the bias plus the weights of the features present.

Cues and text are compared folded (Simplified script, lower case: `allyscope.scripts.fold`), so a cue written in
Traditional characters or Japanese kanji finds its own form, and English cues stand between word boundaries.

Four sibling modules hold what can be read apart, and this module re-exports their names: `event_cues` (the cue
lists compiled and matched fast: `Cues`, `compiled`, `found_in`), `event_segments` (a clause cut at its commas and
its coordinated predicates, scene-setting segments, an English date's reading span), `event_domain_cues` (which
domain cues of a stretch count and which decides) and `event_domain_model` (the linear model loaded, checked and
applied). What stays here reads `patterns()` or `domain_model()` through this module's own names (`_hits`,
`rule_domain`, `classify_domain`), or calls what does: `scripts/train_domain.py` swaps `events_domain.patterns` for
each fold and the tests swap `events_domain.domain_model`, and both swaps must reach them.
"""

from __future__ import annotations

import bisect
import itertools
import json
import re
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from allyscope.event_clauses import (
    act_after_a_visit,
    acts_apart_by_cameo,
    agreement_ending_ja,
    announces_what_follows,
    at_that_time,
    classifies_the_subject,
    comments_on_the_act_before,
    is_moment,
    makes_a_joint_act,
    makes_a_relationship,
    one_act_across,
    opens_the_next_act,
    opens_with_subject,
    stands_apart,
    tells_a_plan,
    tells_an_intent_agreed,
    tells_what_talks_covered,
    visit_on_the_subject,
)
from allyscope.event_clauses import (
    rules as clause_rules,
)
from allyscope.event_cues import Cues, _led, _lowered, _top_alternatives, compiled, cues, found_in, led_search
from allyscope.event_domain_cues import (
    _MODAL_LATIN,
    _SPEAKER_JA,
    _THING_SUBJECT,
    _attends_a_ceremony_before,
    _commemorated,
    _decide,
    _demanded_from,
    _entity_cues,
    _forces_named_for,
    _intended,
    _moves_forces,
    _said_from,
    _topic_of_instrument,
    _weighed,
)
from allyscope.event_domain_frames import frame_domain
from allyscope.event_domain_mask import masked
from allyscope.event_domain_model import METHODS, checked_model, cues_spoke, domain_model, domain_scores, predict
from allyscope.event_domain_roles import role_features
from allyscope.event_domain_seeds import seed_concepts, seed_domain, seed_features
from allyscope.event_reading import SentenceCues, _Scan
from allyscope.event_segments import (
    _CJK,
    _COORDINATED,
    _COORDINATED_BRANCHES,
    _FINITE_VERB,
    _KANA,
    _LEADING_CJK,
    _LEADING_LATIN,
    _has_cjk,
    _leading,
    _leading_of,
    answer_in,
    answers_the_act_before,
    coordinated_cuts,
    occasion_ends,
    opens_a_vote,
    reading_span,
    segments,
    talks_done_before,
)
from allyscope.scripts import fold
from allyscope.sentence_features import SentenceFeatures, Within, may

# this module's names, and those of its sibling modules that callers, tests, benchmarks and scripts read from here
__all__ = [
    "METHODS",
    "Cues",
    "checked_model",
    "classify_domain",
    "clause_domain_cues",
    "clear_cue_caches",
    "compiled",
    "coordinated_cuts",
    "cues",
    "cues_spoke",
    "domain_features",
    "domain_model",
    "event_mode",
    "event_type",
    "first_act",
    "found_in",
    "one_side_on_its_arrangement",
    "patterns",
    "predicate_segment",
    "predicates",
    "predict",
    "reading_span",
    "referred_occasion",
    "referred_topic",
    "reported_mode",
    "rule_domain",
    "segments",
    "type_cues",
    "type_or_none",
]
# internals of the sibling modules that tests and the training script read by these names
__all__ += [
    "_COORDINATED",
    "_COORDINATED_BRANCHES",
    "_FINITE_VERB",
    "_LEADING_CJK",
    "_LEADING_LATIN",
    "_has_cjk",
    "_leading",
    "_leading_of",
    "_led",
    "_lowered",
    "_top_alternatives",
]

_JA_NOT_DONE = re.compile(r"(?:[るうくすつむぶぐ]|です|ます|である)[。．」）)]*\s*$")
# `…と協議を行っています`, `…と懇談している`: the perfect of a dated act done (rec50: a briefing's answer tells what
# was done since, `昨年11月には…訪れ、…協議を行っています`), an act as the past form is, not a description; only of
# a verb of doing (`行う`, a verbal noun with `する`): `訓練は…増えています` tells a trend
_JA_PERFECT = re.compile(r"(?:行っ|[\u4e00-\u9fff]し)て(?:い|お)(?:ます|る)[。．」）)]*\s*$")


@cache
def patterns() -> dict[str, Any]:
    """The rules of `data/event_patterns.json`, compiled folded."""
    return compiled(json.loads(resources.files("allyscope.data").joinpath("event_patterns.json").read_text("utf-8")))


def one_side_on_its_arrangement(
    data: dict[str, Any], folded: str, ids: set[str], sides: list[frozenset[str]], within: Within | None = None
) -> bool:
    """True when an event that names one side of the case only is still the pair's own: the clause names members
    of exactly one side and of no other party, and its folded reading span tells an act on an arrangement
    (`菲方撤回終止通知`, `中国加入…条约`, `suspended its mission to …`; data: `one_sided`), or its reaction to what was
    done in the pair (`Ankara condemned the sanctions`), or its ministry or spokesperson making a statement
    (`外交部发表声明`), or an act done to the other side by its nature (its envoy summoned, a rescue team or relief
    sent: data `addressed`). A state's own law or strategy, or an act with a third party, stays context. (`within`: the
    span `folded` is of its sentence's one pass, `sentence_features`: a rule none of whose words stand in it is not
    searched.)"""
    acts_objects = data.get("one_sided_re")
    if not acts_objects or len(sides) < 2 or not ids:
        return False
    touched = [side for side in sides if ids & side]
    parties = {i for i in ids if "." not in i and ":" not in i}  # states and organisations, not people or offices
    if len(touched) != 1:
        return False
    # one side speaking by an office or a person of it, the clause naming no one else (`the minister told reporters
    # …`, `總理…表示`): what a side's leader says in a document about its pair it says of the pair (codebook rule 14);
    # a state or capital saying something stays with `reaction_re` (`Santiago said the weather was fine` is nothing
    # of the pair's); a clause naming anyone else (a third state, a venue of another) stays shut
    spoken = data.get("saying_re")
    named = {i for i in ids if ":" not in i or i.startswith(("person:", "office:"))}
    speaker = any(i.startswith(("person:", "office:")) for i in named)  # a state or capital alone says nothing yet
    if spoken is not None and speaker and named <= touched[0] and may(within, "sayings") and found_in(spoken, folded):
        return True
    # one side's official or force observing an exercise (`the defence minister observed the drills`): the pair's
    # exercise, as the convention codes officials observing one (data `exercise_observed`, dom53)
    seen = data.get("exercise_observed_re")
    if seen is not None and named <= touched[0] and found_in(seen[0], folded) and found_in(seen[1], folded):
        return True
    if not parties or not parties <= touched[0]:
        return False
    acts, objects = acts_objects
    words = may(within, "one_sided_acts") and may(within, "one_sided_objects")
    if words and found_in(acts, folded) and found_in(objects, folded):
        return True
    # an act whose object is an instrument by its meaning (`ratified it`, `これを批准した`, `予以批准`): the pair's
    # instrument named before, or by the act itself (codebook rule 14)
    ratified = data.get("instrument_act_re")
    if ratified is not None and may(within, "instrument_acts") and found_in(ratified, folded):
        return True
    reaction = data.get("reaction_re")  # one side's word on what was done in the pair (`condemned the sanctions`)
    words = reaction is not None and may(within, "reactions") and may(within, "reacted_to")
    if words and reaction is not None and found_in(reaction[0], folded) and found_in(reaction[1], folded):
        return True
    statement = data.get("statement_re")  # its ministry or spokesperson speaking (`外交部发表声明`, `ministry said`)
    if statement is not None and may(within, "statements") and found_in(statement, folded):
        return True
    # an act done to the other side by its nature, whoever the clause leaves unnamed: its envoy summoned (`summoned
    # the Russian ambassador`), a rescue team or relief sent to it (`救援队…抵达`, `向缅方提供…紧急人道主义援助`)
    addressed = data.get("addressed_re")
    if addressed is not None and may(within, "addressed") and found_in(addressed, folded):
        return True
    # its forces moved (`…重建队撤出…`, `the battalion left …`): the pair's deployment or withdrawal, the other side
    # the place or mission the clause takes for granted (data `forces_moved`, dom53); forces coming home (`arrived
    # back in`, `返回`, `帰国`: data `home`) are back on their own side, no act of the pair
    moved = data.get("forces_moved_re")
    return (
        moved is not None
        and found_in(moved[0], folded)
        and found_in(moved[1], folded)
        and not found_in(moved[2], folded)
    )


def act_of_two_sides(
    data: dict[str, Any], cameo: str, domain: str, parties: set[str], sides: list[frozenset[str]]
) -> bool:
    """True when a clause that names one side of the case only, and no third party, tells an act no side does alone
    — a visit, a meeting, talks, a proposal, a letter handed over, an exercise or a port call (data
    `one_sided.two_sided_acts`, by the domain its words are read in) — so its domain stands on those words and is not
    `context` (codebook rules 7, 10, 11 and 14; cb53's visits: the host takes part in a visit). `parties` are the
    parties the clause's entities stand for (a person for the state it is part of), so that a third state's
    president named alone is a third party. The actors are not touched: the side the clause leaves unnamed is read
    in only where the text says so (issue 14, dom85: dom84's reading it in by default assigned a state no sentence
    named). A side's own affair (an election, taking office, a law: other codes) stays `context` (rule 13)."""
    if cameo not in data.get("two_sided_acts", {}).get(domain, ()):
        return False
    touched = [side for side in sides if parties & side]
    if len(touched) != 1:
        return False
    # people whose state the gazetteer does not give stay out of the question, as in `one_side_on_its_arrangement`
    return {p for p in parties if "." not in p and ":" not in p} <= touched[0]


def other_side(ids: set[str], sides: list[frozenset[str]], parties: list[list[str]]) -> tuple[str, ...]:
    """The party an act of one side only is done to, when the case leaves no doubt which: the clause names members
    of exactly one side, and one other side remains, of a single party (`救援队抵达` of a bilateral case: the other
    state; a partner's act in a hub case: the hub). An act kept as the pair's by `one_side_on_its_arrangement` (its
    relief sent, its envoy summoned, the pair's treaty ratified) involves that party though the clause does not
    name it; where several parties could be meant (the hub's act towards one of its partners, a minilateral
    group) none is guessed: ()."""
    touched = [at for at, side in enumerate(sides) if ids & side]
    if len(touched) != 1 or len(sides) != len(parties):
        return ()
    others = [parties[at] for at in range(len(sides)) if at != touched[0]]
    if len(others) != 1 or len(others[0]) != 1:
        return ()
    return (others[0][0],)


@lru_cache(maxsize=512)
def _reading(text: str) -> SentenceCues:
    """The cues and segments of a folded sentence (or of a clause read alone), found once with the rules of
    `patterns()` (`event_reading.SentenceCues`): every question the events stage asks of the sentence's clauses is
    answered from it, and kept on it."""
    return SentenceCues(text, patterns())


def features_of(folded_sentence: str, data: dict[str, Any]) -> SentenceFeatures | None:
    """The one pass over a folded sentence (`sentence_features`), kept with its reading (`_reading`), when `data`
    is the rules it is read with (`patterns()`); None for other rules (a test's, a training fold's)."""
    return _reading(folded_sentence).features if data is patterns() else None


def _hits(
    text: str,
) -> tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int], ...], tuple[tuple[int, int, str], ...]]:
    """Every type, mode and domain cue of a folded text: a sentence is scanned once, its clauses and
    coordinated pieces read their cues from that scan."""
    return _reading(text).hits


def _scan(clause: str, sentence: str = "", offset: int = 0) -> _Scan:
    """The cues of a folded clause, at places in the clause; read from the scan of the `sentence` it starts at
    `offset` of, when given."""
    if not sentence:
        return _reading(clause).scan(0, len(clause))
    if sentence.startswith(clause, offset):  # the clause is the sentence's own words there, as the stage gives it
        return _reading(sentence).scan(offset, offset + len(clause))
    # a clause that is not the sentence's text at `offset`: the sentence's cues there, the clause's own segments
    all_types, all_modes, all_domains = _hits(sentence)
    end = offset + len(clause)
    types = tuple((at - offset, i) for at, i in all_types if offset <= at < end)
    modes = tuple((at - offset, i) for at, i in all_modes if offset <= at < end)
    domains = tuple((rank, at - offset, d) for rank, at, d in all_domains if offset <= at < end)
    own = SentenceCues(clause, patterns())
    return _Scan(types, modes, domains, own._segment(0, len(clause), types, domains))


def clause_domain_cues(clause: str, sentence: str = "", offset: int = 0) -> list[tuple[int, int, str]]:
    """The domain cues of a folded clause as (rank, place in the clause, domain), read from its sentence's one
    scan (`_scan`): what `event_domain_topic` asks of a clause (does it hold a drill?) without reading it again."""
    return list(_scan(clause, sentence, offset).domains)


def predicate_segment(data: dict[str, Any], clause: str) -> tuple[int, int]:
    """The segment of the folded clause that holds its predicate. Leading adverbials aside (unless nothing
    else has a cue), the segment whose type cue comes first in the data's order of types (a signing before a
    training it makes possible, before a visit, before a statement): in `出席峰会，与北约签署…计划` the signing
    is the event, in `签署了…协定，允许…联合训练` too. A segment without a type cue is chosen only when none has
    one (`NATO named Australia one of five … Partners`); else the whole clause. (`data` is `patterns()`.)"""
    return _scan(clause).segment


def classify_domain(
    data: dict[str, Any],
    clause: str,
    named: list[tuple[int, str]] | None = None,
    sentence: str = "",
    clause_start: int = 0,
) -> str:
    """The domain of the event whose folded clause is `clause` (see the module docstring): the cue classes of
    the predicate's segment decide when they are clear (`rule_domain`); otherwise the linear model of
    `data/domain_model.json` reads the segment's words and cues (`domain_features`) — under `model-where-no-cue`
    only where no cue class stands in the clause at all (`cues_spoke`). `named`: entity mentions of
    the clause, as (place in the clause, cue class); `sentence`, `clause_start`: the folded sentence the clause
    stands in and where. Never raises for any text; always one of the codebook's interaction domains."""
    ruled, clear = rule_domain(data, clause, named, sentence, clause_start)
    model = domain_model()
    if model["method"] == "cues" or (clear and model["method"] in ("cues-then-model", "model-where-no-cue")):
        return ruled
    features = model_features(data, clause, named, sentence, clause_start, ruled)
    if model["method"] == "model-where-no-cue" and cues_spoke(features):
        return ruled  # unclear cues still answer where any cue class stands in the clause (dom76)
    margin = float(model.get("overrule_margin", 0.0))
    if margin > 0 and model["method"] == "cues-then-model":
        return overruled(model, features, ruled, margin)
    return predict(model, features)


def overruled(model: dict[str, Any], features: list[str], ruled: str, margin: float) -> str:
    """The model's domain where its score passes the score of the domain the (unclear) cues give by more than
    `margin`, else the cues' domain: a model trained on a few pairs' wordings is surest of them, and on a pair it
    never saw a narrow lead is no ground to overrule the cue lists (gen42)."""
    best = predict(model, features)
    if best == ruled or ruled not in model["domains"]:
        return best
    scores = domain_scores(model, features)
    domains: list[str] = model["domains"]
    return best if scores[domains.index(best)] - scores[domains.index(ruled)] > margin else ruled


def model_features(
    data: dict[str, Any],
    clause: str,
    named: list[tuple[int, str]] | None,
    sentence: str,
    clause_start: int,
    ruled: str,
) -> list[str]:
    """`domain_features`, kept on the sentence's reading with the shipped data as `rule_domain`'s answers are: every
    date of one clause asks the same question, and a clause of thousands of dates (a list, a table flattened to one
    line) would otherwise read its whole text once per date."""
    if data is not patterns():
        return domain_features(data, clause, named, sentence, clause_start, ruled)
    key = tuple(named or ())
    if sentence and sentence.startswith(clause, clause_start):
        reading, at = _reading(sentence), (clause_start, clause_start + len(clause), key, ruled)
    elif not sentence:
        reading, at = _reading(clause), (0, len(clause), key, ruled)
    else:
        return domain_features(data, clause, named, sentence, clause_start, ruled)
    known = reading.featured.get(at)
    if known is None:
        known = reading.featured[at] = domain_features(data, clause, named, sentence, clause_start, ruled)
    return known


def rule_domain(
    data: dict[str, Any],
    clause: str,
    named: list[tuple[int, str]] | None = None,
    sentence: str = "",
    clause_start: int = 0,
) -> tuple[str, bool]:
    """The domain the ranked cue classes give (the predicate's segment first, then the clause, then the
    `sentence`, then the codebook's seed concepts in the clause), and whether it is clear: the segment has cues,
    and they all name that one domain or one of them ranks above the heads of objects (the data's `head_rank`).
    With the shipped data the answer is kept per clause, as the clause's cues are (`_scan`): a document read
    again costs nothing more here."""
    if data is not patterns():
        return _rule_domain(data, clause, named, sentence, clause_start)
    # with the shipped data the answer is kept on the reading of the sentence, by the clause's place and names
    key = tuple(named or ())
    if sentence and sentence.startswith(clause, clause_start):
        reading = _reading(sentence)
        at = (clause_start, clause_start + len(clause), key)
    elif not sentence:
        reading = _reading(clause)
        at = (0, len(clause), key)
    else:
        return _rule_domain(data, clause, named, sentence, clause_start)
    known = reading.ruled.get(at)
    if known is None:
        scan = reading.scan(at[0], at[1])  # the clause's cues, as `_scan` reads them
        # the clause's span of the sentence's one pass: the rules weighing its cues look there for their words
        within = (reading.features, at[0], at[1])
        known = reading.ruled[at] = _rule_domain(data, clause, named, sentence, clause_start, scan, within)
    return known


def clear_cue_caches() -> None:
    """Empty every cache that holds what `patterns()` gave: the readings of sentences (`_reading`: their cues,
    segments, and the shipped data's answers for their clauses kept on them). Whoever swaps
    `events_domain.patterns` (the training script, for each fold) calls this on the way in and out: a cache filled
    before the swap would otherwise answer with the cues the swap took away, silently."""
    _reading.cache_clear()


def _rule_domain(
    data: dict[str, Any],
    clause: str,
    named: list[tuple[int, str]] | None,
    sentence: str,
    clause_start: int,
    scan: _Scan | None = None,
    within: Within | None = None,
) -> tuple[str, bool]:
    """The ranked cue classes' domain (`_ranked_domain`); where they leave it unclear, the first frame of the
    codebook's decision procedure met in the predicate's segment decides, clearly (`event_domain_frames`: an embassy
    reopened, tanks handed over, a warship arriving), outside what was said, demanded or accused (dom50)."""
    if scan is None:
        scan = _scan(clause, sentence, clause_start)
    ruled, clear = _ranked_domain(data, clause, named, sentence, clause_start, scan, within)
    if clear or not FRAMES:
        return ruled, clear
    a, b = scan.segment
    outside: list[tuple[int, int]] = []
    said = _said_from(data, clause, within)
    if said is not None:
        outside.append(said)
    accused = _accused_from(data, clause, a, b)
    if accused is not None:
        outside.append(accused)
    demanded = _demanded_from(data, clause, within)
    if demanded is not None:
        outside.append((demanded, len(clause)))
    framed = frame_domain(clause, a, b, tuple(outside))
    return (framed[0], True) if framed is not None else (ruled, clear)


def _attends_an_act_before(
    data: dict[str, Any],
    clause: str,
    segment: tuple[int, int],
    found: list[tuple[int, int, str]],
    cues_here: list[tuple[int, int, str]],
    sentence: str,
    clause_start: int,
) -> list[tuple[int, int, str]]:
    """The cues of the act told before that the predicate's segment attends (`_attends_a_ceremony_before`), empty
    when it attends none; read also in the sentence before the clause: an attendance or witnessing cut from the act
    it attends into a piece of its own (`…签署…，<总理>出席见证`, `…に署名し、<大統領>が立ち会った`:
    `event_segments.coordinated_cuts`) is still of that act, which its sentence told just before it (rec67).
    A witnessing with no domain cue of its own (`立ち会った`) counts as an attendance with no object."""
    acts = data["domain_class"].get("instrument-act")
    if acts is None:
        return []
    wanted = (int(acts["rank"]), str(acts["domain"]))
    a, b = segment
    if _attends_a_ceremony_before(data, clause, segment, found, cues_here):
        return [cue for cue in cues_here if cue[1] < a and (cue[0], cue[2]) == wanted]
    if clause_start <= 0 or not sentence.startswith(clause, clause_start):
        return []
    before = [cue for cue in _reading(sentence).hits[2] if cue[1] < clause_start]
    if not any((rank, domain) == wanted for rank, _, domain in before):
        return []
    attend = data["domain_class"]["dialogue-act"]
    moved = [(rank, at + clause_start, domain) for rank, at, domain in found]
    if not moved:
        verb = data.get("attended_re")
        if verb is None:
            verb = data["attended_re"] = re.compile(_lowered(data["domain_cues"]["attended"]["verb"]))
        bare = verb.search(clause, a, b)
        if bare is None:
            return []
        moved = [(int(attend["rank"]), bare.start() + clause_start, str(attend["domain"]))]
    here = [(rank, at + clause_start, domain) for rank, at, domain in cues_here]
    whole = sentence[: clause_start + len(clause)]
    if not _attends_a_ceremony_before(data, whole, (a + clause_start, b + clause_start), moved, [*before, *here]):
        return []
    return [cue for cue in before if (cue[0], cue[2]) == wanted]


SAID_BEFORE = True  # dom70: an English reporting clause put after what it reports reads what it reports (rule 6)

# the words of an English reporting clause before its verb of saying: the speaker alone (`the prime minister`,
# `Defence Minister Jan Novak`, `officials`), a few words with no comma and no verb of its own
_SPEAKER_LATIN = re.compile(r"\s*(?:[\w'’.-]+\s+){0,5}[\w'’.-]+\s*$")
# a speaker's words that open a clause of their own (a conjunction) or carry a date (a date before the verb dates the
# saying told as an act of its own); after the verb, a word that opens what it reports (`that`, a comma, a verb)
_SPEAKER_NOT = re.compile(r"^\s*(?:and|but|while|as|when|after|before|then|so)\b|\d")
_REPORTED_AFTER = re.compile(
    r"\bthat\b|[,;:]|(?<![-\w])(?!united\b)[a-z]+ed\b|\b(?:will|would|had|has|have|was|were|is|are|could|should)\b"
)


def _said_before(
    data: dict[str, Any], clause: str, sentence: str, clause_start: int, said_start: int, head_rank: int
) -> str | None:
    """The domain of what an English reporting clause put after it reports (`Seoul will hand over two corvettes to
    Manila, the minister said on Friday.`, `…, officials told reporters.`): the clause that carries the date is the
    saying, and what was said stands before it in the sentence, after a comma. As for what follows a verb of saying
    (`_ranked_domain`), the acts told there decide and their heads of objects and dialogue acts do not (the codebook's
    rule 6: an announcement of the pair's act takes the act's domain; a statement about talks is talk). None when
    the clause is not such a reporting clause (it opens the sentence, is not Latin script, or holds more than the
    speaker before its verb), or the words before it hold no act."""
    if clause_start <= 0 or not sentence.startswith(clause, clause_start) or _has_cjk(clause):
        return None
    if not sentence[:clause_start].rstrip().endswith(","):
        return None
    speaker = clause[:said_start]
    verb = data.get("speech_re")
    if verb is None:
        return None
    first = next(iter(verb.finditer(speaker)), None)
    if first is None or not _SPEAKER_LATIN.fullmatch(speaker[: first[0]]) or _FINITE_VERB.search(speaker[: first[0]]):
        return None
    if _SPEAKER_NOT.search(speaker[: first[0]]) or _REPORTED_AFTER.search(clause, said_start):
        return None  # a clause of its own (`and on 4 June the minister said …`), or the verb reports what follows it
    before = [cue for cue in _reading(sentence).hits[2] if cue[1] < clause_start and cue[0] < head_rank]
    return _decide(before, False, head_rank)


ANNOUNCED_ACT = True  # dom71: a Japanese `…と発表` a verb of saying only of an act with its own cue (rule 6)


def _announced_act(
    data: dict[str, Any], clause: str, cues: list[tuple[int, int, str]], head_rank: int
) -> tuple[int, int] | None:
    """What a Japanese announcement announces, as (start, end) of the folded clause, from the speaker's particle to
    the quotative particle before `発表` (data `domain_cues.announced_act`), where it holds a cue of a class ranked
    above the heads of objects: an act of its own, which then decides as the act a verb of saying reports does (the
    codebook's rule 6: `…フリゲート3隻を購入すると発表した` is the purchase, whatever meeting or press conference
    the same stretch names). None where it holds none (`…協定は地域の安定に資すると発表した`: what the ministry
    thinks of a text, read as the cues read it): dom70 read every `と発表` as a verb of saying, and that lost a
    held-out event."""
    announcing: re.Pattern[str] | None = data.get("announced_act_re")
    if announcing is None:
        return None
    verb = announcing.search(clause)
    if verb is None:
        return None
    speaker = _SPEAKER_JA.search(clause, 0, verb.start())
    start = speaker.end() if speaker else 0
    if any(start <= at < verb.start() and rank < head_rank for rank, at, _ in cues):
        return start, verb.start()
    return None


MOVED_DONE = True  # dom69: a move of forces said as done is the move (the codebook's rule 6; data `moved_done`)


def _said_move_done(data: dict[str, Any], clause: str, start: int, end: int) -> tuple[int, str] | None:
    """The (rank, domain) of the class `force` when what was said (`clause[start:end]`) tells a move of forces as
    done (data `domain_cues.moved_done`: an English perfect, a Chinese 已 before the verb of moving, a Japanese past
    before the quotative particle): the force cues in it then tell the move and decide, as the codebook's rule 6
    codes a move stated as done. None when what was said holds no such verb, names a first batch of equipment (data
    `moved_done_not`: a delivery, rule 4), or the data has no class `force`: a move said as to come, offered or
    intended is left as the cues read it."""
    done: re.Pattern[str] | None = data.get("moved_done_re")
    force = data["domain_class"].get("force")
    if done is None or force is None:
        return None
    # read from `start` to the clause's end: the Japanese past looks ahead to the quotative particle that closes
    # what was said
    found = done.search(clause, start)
    if found is None or found.start() >= end:
        return None
    delivery: re.Pattern[str] | None = data.get("moved_done_not_re")
    if delivery is not None and delivery.search(clause, start, end):
        return None  # the first jets or tanks arriving: a delivery (rule 4), no move of forces
    return int(force["rank"]), str(force["domain"])


TRAINING_SENT = True  # dom69: people sent to train the other side's forces are training given (rule 10)


def _sent_to_train(
    data: dict[str, Any], clause: str, span: tuple[int, int], cues_here: list[tuple[int, int, str]]
) -> str | None:
    """The domain of people sent to train the other side's forces, when the stretch `span` of the folded clause holds
    a verb of sending and the clause names training as what is sent or what it is sent for (data
    `domain_cues.training_sent`: `教官を派遣した`, `为训练…飞行员，…派遣了…`, `sent instructors to train …`): the
    codebook codes them as training together (rule 10, the class `exercise`'s domain), whether the word of training
    stands in the object or in a purpose clause before or after the verb; where a security topic stands in the
    clause's cues, the topic's (a course for peacekeeping or relief is rule 9). None otherwise, and for data without
    the words or the classes."""
    words = data.get("training_sent_re")
    classes = data["domain_class"]
    topic, exercise = classes.get("security-topic"), classes.get("exercise")
    if words is None or topic is None or exercise is None:
        return None
    send, train = words
    lo, hi = span
    if send.search(clause, lo, hi) is None or train.search(clause) is None:
        return None
    kind = (int(topic["rank"]), str(topic["domain"]))
    if any((rank, domain) == kind for rank, _, domain in cues_here):
        return kind[1]
    return str(exercise["domain"])


FRAMES = True  # the codebook's frames decide where the cue lists are unclear (dom50; benchmarks/domain_crossval.py)


def _ranked_domain(
    data: dict[str, Any],
    clause: str,
    named: list[tuple[int, str]] | None,
    sentence: str,
    clause_start: int,
    scan: _Scan | None = None,
    within: Within | None = None,
) -> tuple[str, bool]:
    spec = data["domain_cues"]
    head_rank = int(spec["head_rank"])
    if scan is None:
        scan = _scan(clause, sentence, clause_start)
    a, b = scan.segment
    head_last = _has_cjk(clause[a:b])
    cues_here = _commemorated(data, clause, [*scan.domains, *_entity_cues(data, named)], within)
    said = _said_from(data, clause, within)
    announced = False
    if said is None and ANNOUNCED_ACT:  # a Japanese announcement of an act with its own cue (dom71)
        said = _announced_act(data, clause, cues_here, head_rank)
        announced = said is not None
    if said is not None:
        # what follows a verb of saying is what was said: its heads of objects and dialogue acts decide nothing,
        # and nothing after an English modal whose subject is a thing named (`said the centre would help … train
        # together`: a forecast, not an act; `said it would acquire …` tells the speaker's own decision)
        said_start, said_end = said
        modal = _MODAL_LATIN.search(clause, said_start, said_end)
        forecast = modal is not None and _THING_SUBJECT.match(clause[said_start : modal.start()]) is not None
        until = modal.start() if forecast and modal is not None else said_end
        # an intention declared in Japanese (`…諮ると表明した`): acts on instruments in it are not done either
        # (dom44) and an intention's exercises and security topics are not done either: only cyber, which the
        # codebook codes whatever the act, still decides in it (`…救援物資を供与する意向を伝えた`: one side says it)
        intended = not announced and _intended(clause, said)  # an announcement tells a decision taken
        kept_rank = _intention_rank(data) if intended else head_rank
        # a move of forces said as done (`said its troops had arrived`, `表示，已向…派出…`): the move (rule 6, dom69)
        force = None if intended or not MOVED_DONE else _said_move_done(data, clause, said_start, until)
        cues_here = [
            cue
            for cue in cues_here
            if not said_start <= cue[1] < said_end
            or (cue[0] < kept_rank and cue[1] < until)
            or (cue[0], cue[2]) == force
        ]
        if not cues_here:
            # an English reporting clause put after what it reports: the act reported before it (dom70)
            reported = (
                _said_before(data, clause, sentence, clause_start, said_start, head_rank) if SAID_BEFORE else None
            )
            return (reported or str(spec["default"])), True  # else a statement, whatever it was about
        if force is not None and any(said_start <= cue[1] < until for cue in cues_here):
            # the move said as done is the clause's act, wherever the verb of saying put the predicate's segment
            # (`…在记者会上表示，<force>已经抵达…`: the segment of the saying holds the venue's cue alone)
            a, b = said_start, until
    accused = _accused_from(data, clause, a, b)
    if accused is not None:
        # what one side accuses the other of is what it says (dom44): the act it names decides nothing
        cues_here = [cue for cue in cues_here if not accused[0] <= cue[1] < accused[1]]
        if not cues_here:
            return str(spec["default"]), True  # the accusation itself, whatever act it names
    cues_here = _furthered(data, cues_here, a, b, clause)
    cues_here = _forces_named_for(data, clause, cues_here)  # a force named for a head or a visit's object
    demanded = _demanded_from(data, clause, within)
    if demanded is not None:
        # what follows a demand was asked of the other side: only the cues before it name what was done
        cues_here = [cue for cue in cues_here if cue[1] < demanded]
        if not cues_here:
            return str(spec["default"]), True  # the demand itself, whatever it asked for
    for lo, hi in ((a, b), (0, len(clause))):
        found = [cue for cue in cues_here if lo <= cue[1] < hi]
        if not head_last:
            found = _weighed(clause, lo, found, head_rank)
        decided = _decide(found, head_last, head_rank)
        carried = decided is not None and _force_with_its_equipment(data, clause, (lo, hi), found, head_rank)
        if carried:
            decided = str(data["domain_class"]["force"]["domain"])  # troops and their equipment: the force moves
        moved = decided is not None and decided == data["movement_domain"]
        moved = moved and _moves_forces(data, clause, found, within)
        if moved:
            decided = str(data["domain_class"]["force"]["domain"])
        if decided is not None and _launched_operation(data, found, clause):
            decided = str(data["domain_class"]["operation"]["domain"])  # an operation begun: the operation
        trained = _sent_to_train(data, clause, (lo, hi), cues_here) if TRAINING_SENT else None
        if trained:
            decided = trained  # people sent to train the other side: training together, or the topic it is for
        if decided is not None and _purpose_decides(data, found, cues_here, clause, moved):
            decided = str(data["domain_class"]["security-topic"]["domain"])  # an operation for a topic: the topic
        if decided is not None and _topic_of_instrument(data, clause, found):
            decided = str(data["domain_class"]["instrument"]["domain"])  # a text on a topic signed: the instrument
        attended = (lo, hi) == (a, b) and _attends_an_act_before(
            data, clause, (a, b), found, cues_here, sentence, clause_start
        )
        if attended:
            decided = str(data["domain_class"]["instrument-act"]["domain"])  # the ceremony of an act told before
            found = attended
        if decided:
            # clear: the segment's cues name one domain, or a class ranked above the heads of objects decides
            # (cyber, an exercise, a security topic, an act on an instrument: that domain whatever else is said)
            one = (
                bool(trained)
                or len({cue[2] for cue in found}) == 1
                or min(cue[0] for cue in found) < head_rank
                or carried
            )
            return decided, (lo, hi) == (a, b) and one
    if sentence:
        # a clause with no cue of its own (`翌日日本側に通告した`) is read with the cue of the sentence nearest it
        whole = _reading(sentence)  # read with `patterns()`: its pass answers for those rules only
        found = _commemorated(
            data, sentence, list(whole.hits[2]), (whole.features, 0, len(sentence)) if data is patterns() else None
        )
        found = _forces_named_for(data, sentence, found)
        if found:
            span = (clause_start, clause_start + len(clause))
            return min(found, key=lambda cue: (_distance(cue[1], span), cue[0]))[2], False
    # a clause whose sentence no cue of the lists names at all: the codebook's concepts, written in every language,
    # decide. Where the lists found cues and the rules set them aside (an anniversary's act, what follows a demand)
    # they have spoken: the seeds do not overrule them
    if not scan.domains and not _entity_cues(data, named) and not (sentence and _hits(sentence)[2]):
        seeded = seed_domain(clause)
        if seeded is not None:
            return seeded, False
    return str(spec["default"]), False


def _intention_rank(data: dict[str, Any]) -> int:
    """The rank below which a cue inside an intention declared still decides: cyber's and above (the codebook
    codes cyber whatever the act), nothing else; data without a cyber class keep none."""
    cyber = data["domain_class"].get("cyber")
    return int(cyber["rank"]) + 1 if cyber is not None else 0


def _accused_from(data: dict[str, Any], clause: str, start: int, end: int) -> tuple[int, int] | None:
    """Where what one side accuses the other of stands in the folded `clause`, as (start, end), when a verb of
    accusing (data `domain_cues.accusation`: `指责`, `谴责`, `accused`, `を非難し`) stands in the predicate's segment
    (`start`, `end`) and no source is named before it: after the verb to the clause's end, or in Japanese, whose
    verb closes what it names, from the speaker's particle to the verb. The act it names (a cyber operation, a
    drill) is the other side's, told by the accuser, and the codebook codes the accusation as what one side says
    (`political-dialogue`). None when the segment holds no such verb, as most do; an act told in a segment of its
    own keeps its domain."""
    accusation: re.Pattern[str] | None = data.get("accusation_re")
    if accusation is None:
        return None
    found = accusation.search(clause, start, end)
    if found is None:
        return None
    source: re.Pattern[str] | None = data.get("source_re")
    if source is not None and source.search(clause, 0, found.start()):
        return None
    if _KANA_IN.search(found.group()):
        speaker = _SPEAKER_JA.search(clause, 0, found.start())
        return (speaker.end() if speaker else 0), found.start()
    return found.end(), len(clause)


_KANA_IN = re.compile("[\u3041-\u30ff]")


def _furthered(
    data: dict[str, Any], cues: list[tuple[int, int, str]], start: int, end: int, clause: str = ""
) -> list[tuple[int, int, str]]:
    """The cues that still decide when the predicate's segment (`start`, `end`) agrees to further cooperation (a
    cue of the class `furthering`: `同意加强`, `agreed to expand`, `強化することで一致`): the fields it names
    (cyber, exercises, a security topic: `…在网络安全、反恐领域的合作`) are what is to be furthered, a step not yet
    taken, and decide nothing, as the codebook's rule for cooperation agreed in a list of fields says (dom44).
    A furthering cue before the segment in the folded `clause` counts too where only the marks of a list (`、`)
    stand between it and the segment (dom65: `同意在<field>、<field>等领域加强合作`, whose last item's segment
    holds the verb of furthering, while the agreeing verb opens the list). `cues` as they are when no
    furthering cue reaches the segment."""
    classes = data["domain_class"]
    furthering = classes.get("furthering")
    if furthering is None:
        return cues
    rank, domain = int(furthering["rank"]), str(furthering["domain"])

    def reaches(at: int) -> bool:
        if start <= at < end:
            return True
        return bool(clause) and at < start and _LIST_BREAK.search(clause, at, start) is None

    if not any(r == rank and d == domain and reaches(at) for r, at, d in cues):
        return cues
    return [cue for cue in cues if cue[0] > rank or (cue[0] == rank and cue[2] == domain)]


_LIST_BREAK = re.compile(r"[，,。；;：:]")  # a mark that ends what a list of fields belongs to (`、` does not)


def referred_topic(data: dict[str, Any], clause: str, before: str, subject: str = "") -> list[tuple[int, str]]:
    """A cue for a referent of the folded `clause` (data `domain_cues.referent`: a body, force, mission or operation
    named back, `該中心`, `派遣部隊`, `the operation`) when the folded sentence `before` it names a security topic or
    cyber: as (place in the clause, cue class), the form of an entity's cue (`classify_domain`'s `named`). The topic
    of a thing named back is told where the thing was first named (`…網絡防禦中心…。…正式加入該中心`), and the
    clause's own words say only what was done to it. `subject`: the words of the clause's segment before the
    clause, where a Chinese or Japanese subject stands when the clause starts at its date (`部隊は1990年3月に…`);
    a referent there counts at the clause's start. Empty for a clause with no referent, or when the text before
    names no topic (most clauses: nothing is read)."""
    referent = data.get("referent_re")
    if referent is None or not before:
        return []
    place = _place_in_clause(referent, clause, subject)
    if place is None:
        return []
    classes = data["domain_class"]
    wanted = {(int(classes[c]["rank"]), str(classes[c]["domain"])) for c in ("cyber", "security-topic") if c in classes}
    hits = [(rank, domain) for rank, _, domain in _hits(before)[2] if (rank, domain) in wanted]
    if not hits:
        return []
    return [(place, str(data["class_of"][min(hits)]))]


def _place_in_clause(pattern: re.Pattern[str], clause: str, subject: str) -> int | None:
    """Where `pattern` first matches in the clause; 0 (the clause's start) when only the `subject` before the clause
    holds it; None when neither does (the word naming a thing back stands in the clause or in its subject)."""
    found = led_search(pattern, clause)  # from its first characters (`event_cues.led_search`; fast63)
    if found is not None:
        return found.start()
    return 0 if subject and found_in(pattern, subject) else None


def referred_occasion(data: dict[str, Any], clause: str, before: str, subject: str = "") -> list[tuple[int, str]]:
    """The exercise cue for an instalment of a recurring occasion named back by a word of the series alone (data
    `domain_cues.instalment`: `The 2023 edition ran …`, `the first phase was held …`, `第一阶段在…举行`) when the last
    occasion the folded text `before` it names is an exercise: as (place in the clause, cue class), the form of an
    entity's cue (`classify_domain`'s `named`). Why: the clause says only that the instalment was held; which
    occasion it is was told before, and a bare `held` reads as talk. Nothing when the clause has a cue of its own
    ranked at or above the heads of objects (it says what was done, `the edition's joint statement was signed`), or
    when the occasion named last is a meeting (`the summit …. The next edition …`). `subject`: the words of the
    sentence right before the clause, where the instalment stands when the clause starts at its date or participle
    (`This year's iteration, held from …`); found there, it counts at the clause's start."""
    instalment = data.get("instalment_re")
    if instalment is None or not before:
        return []
    place = _place_in_clause(instalment, clause, subject)
    if place is None:
        return []
    head_rank = int(data["domain_cues"]["head_rank"])
    if any(rank <= head_rank for rank, _, _ in _hits(clause)[2]):
        return []
    classes = data["domain_class"]
    kinds = {(int(classes[c]["rank"]), str(classes[c]["domain"])): c for c in ("exercise", "dialogue") if c in classes}
    occasions = [(at, kinds[(rank, domain)]) for rank, at, domain in _hits(before)[2] if (rank, domain) in kinds]
    if not occasions or max(occasions)[1] != "exercise":
        return []
    return [(place, "exercise")]


def _launched_operation(data: dict[str, Any], found: list[tuple[int, int, str]], clause: str) -> bool:
    """True when the stretch's cues of lowest rank are an operation (class `operation`: a patrol, a joint
    operation) and, besides it, only verbs that start what follows them (`domain_cues.launch`: `启动`, `launched`,
    dom53) standing before it: `三國海軍啟動協調巡邏` is the patrol begun, an operation served in together, not an
    act on an instrument (`启动谈判`, `launched a programme` name none and stay acts). False for data without the
    class or the verbs."""
    operation, launch = data["domain_class"].get("operation"), data.get("launch_re")
    if operation is None or launch is None or not found:
        return False
    kind = (int(operation["rank"]), str(operation["domain"]))
    best = min(found)[0]
    operations = [at for rank, at, domain in found if (rank, domain) == kind]
    others = [at for rank, at, domain in found if rank == best and (rank, domain) != kind]
    if best != kind[0] or not operations or not others:
        return False
    return all(launch.match(clause, at) for at in others) and max(others) < min(operations)


def _purpose_decides(
    data: dict[str, Any],
    found: list[tuple[int, int, str]],
    clause_cues: list[tuple[int, int, str]],
    clause: str = "",
    moved: bool = False,
) -> bool:
    """True when the stretch's deciding cue is an operation (a patrol, an escort, a joint operation: the class
    `operation`), or an operation begun (`_launched_operation`), and a security topic stands anywhere in the clause
    (`开展联合巡逻，打击海盗`: its purpose, told in the segment after the comma). The codebook codes an operation
    served in together by its purpose; a drill keeps its own class (`exercise`, ranked above the topics). Forces
    moved are so too (dom63; the codebook's rules 9 and 11: a team or unit sent, deployed or serving for a topic of
    rule 9 is that topic whatever the verb): the deciding cue a force (class `force`), or a verb of moving whose
    object is one (`moved`, `_moves_forces`), and a topic in the clause (`PKOのため、…部隊が…派遣される`,
    `维和工兵分队抵达…，参加…部队的行动`). False for data without either class."""
    classes = data["domain_class"]
    operation, topic = classes.get("operation"), classes.get("security-topic")
    if operation is None or topic is None or not found:
        return False
    best = min(found)
    kind = (int(topic["rank"]), str(topic["domain"]))
    if _calls_at_port(data, found, clause):
        # a ship's call: the topic must name the ship's own task in the call's stretch (`海賊対処に当たる護衛艦が
        # …寄港し`), not what it did after (`寄港し、…訓練を行った`)
        return any((rank, domain) == kind for rank, _, domain in found)
    served = [operation, classes.get("force")]  # an operation served in, or forces moved (dom63)
    operated = moved or any(c is not None and (best[0], best[2]) == (int(c["rank"]), str(c["domain"])) for c in served)
    if not operated and not _launched_operation(data, found, clause):
        return False
    return any((rank, domain) == kind for rank, _, domain in clause_cues)


def _force_with_its_equipment(
    data: dict[str, Any], clause: str, span: tuple[int, int], found: list[tuple[int, int, str]], head_rank: int
) -> bool:
    """True when the heads of objects decide the stretch `span` of `clause` (no cue ranked above them) and one of
    its force cues stands joined to a word of equipment by a conjunction (`domain_cues.force_with_equipment`:
    `<troops>和<equipment>`, `<troops> and their <equipment>`; dom67): equipment moving with the troops who carry
    it is a move of forces (the codebook's rule 11), whichever head stands last. An act on equipment (handed over,
    delivered, bought) is a class ranked above the heads and decides before this is asked. False for data without
    the words or the class `force`."""
    pattern = data.get("force_with_equipment_re")
    force = data["domain_class"].get("force")
    if pattern is None or force is None or not found or min(cue[0] for cue in found) != head_rank:
        return False
    forces = [at for rank, at, domain in found if rank == int(force["rank"]) and domain == force["domain"]]
    lo, hi = span
    return any(any(m.start() <= at < m.end() for at in forces) for m in pattern.finditer(clause, lo, hi))


def _calls_at_port(data: dict[str, Any], found: list[tuple[int, int, str]], clause: str) -> bool:
    """True when every cue of the stretch's lowest rank is a ship's call at a port (`domain_cues.port_call`:
    `寄港`, `停靠`, `port call`, dom55): the codebook's rule 11 codes a port call a military exercise only where no
    topic of its rule 9 stands (a ship serving against piracy, for relief or rescue is rule 9 whatever the verb),
    so `_purpose_decides` lets a security topic in the call's own stretch decide it. A drill beside the call in
    that stretch (`寄港し親善訓練を行った`) keeps the exercise. False for data without the words."""
    calls = data.get("port_call_re")
    if calls is None or not found:
        return False
    best = min(found)[0]
    return all(calls.match(clause, at) is not None for rank, at, _ in found if rank == best)


_LATIN_WORD = re.compile(r"[a-z][a-z0-9]*(?:[-+'][a-z0-9]+)*")
_CJK_RUN = re.compile("[\u3041-\u30ff\u3400-\u9fff\uf900-\ufaff]+")


def domain_features(
    data: dict[str, Any],
    clause: str,
    named: list[tuple[int, str]] | None = None,
    sentence: str = "",
    clause_start: int = 0,
    ruled: str | None = None,
) -> list[str]:
    """What the model reads of an event's folded clause, as feature names (each present once):

    - `seg:CLASS`, `clause:CLASS`: the cue classes (words and named entities) in the predicate's segment and in
      the whole clause; `near:CLASS`: the sentence's cue nearest a clause with none; `said:CLASS` (with
      `SAID_FEATURES`): those standing in what a verb of saying reports;
    - `rule:DOMAIN`: the domain the ranked cue classes give; `type:PLOVER`: the segment's PLOVER type;
    - the segment's words: `c:XY` each pair of adjacent CJK or kana characters and `u:X` each ideograph (`演练`
      and `演习` share `演`), `w:WORD` each Latin word, `p:WORD` the first five letters of a longer one (an
      inflection's stem: `deployed`, `deployment`) and `ww:WORD WORD` each pair of adjacent words. The text is
      folded (Simplified script, lower case), so the same features stand for Chinese in either script and for
      Japanese kanji;
    - `seed:CONCEPT`, `cseed:CONCEPT`: the codebook's concepts and the actors' kinds (`data/domain_seeds.json`,
      one entry per concept with its word in each of the four languages) in the segment and in the clause: one
      feature for a concept in any language, so what is learnt in three languages holds in the fourth;
    - `act:CLASS`, `obj:CLASS`, `ao:ACT+OBJECT`, `aa:ACT+ACT`: what the segment's act does and to what, by class in
      every language (`data/domain_roles.json`, `event_domain_roles.role_features`; dom67, with `ROLES`).

    Nothing here names an entity or a phrase of a document: the model's weights are learnt from the dev
    documents (`scripts/train_domain.py`)."""
    scan = _scan(clause, sentence, clause_start)
    a, b = scan.segment
    class_of: dict[tuple[int, str], str] = data["class_of"]
    cues_here = _commemorated(data, clause, [*scan.domains, *_entity_cues(data, named)])
    out = {f"seg:{class_of[(r, d)]}" for r, at, d in cues_here if a <= at < b}
    out |= {f"clause:{class_of[(r, d)]}" for r, _, d in cues_here}
    if SAID_FEATURES:
        # where a cue stands: in what a verb of saying reports (dom69), read alike in every language
        said = _said_from(data, clause)
        if said is not None:
            out |= {f"said:{class_of[(r, d)]}" for r, at, d in cues_here if said[0] <= at < said[1]}
    if not cues_here and sentence:
        found = _commemorated(data, sentence, list(_hits(sentence)[2]))
        if found:
            span = (clause_start, clause_start + len(clause))
            rank, _, domain = min(found, key=lambda cue: (_distance(cue[1], span), cue[0]))
            out.add(f"near:{class_of[(rank, domain)]}")
    if ruled is None:
        ruled = rule_domain(data, clause, named, sentence, clause_start)[0]
    out.add(f"rule:{ruled}")
    types = [rule for at, rule in scan.types if a <= at < b]
    out.add(f"type:{data['types'][min(types)]['plover']}" if types else "type:none")
    piece = clause[a:b]
    read = piece
    if MASK_NAMES:  # the names of the gazetteer's states, people and bodies stand as their type (event_domain_mask)
        read, kinds = masked(piece, [at - a for _, at, _ in scan.domains if a <= at < b], _holds_domain_word)
        out.update(f"ent:{kind}" for kind in kinds)
    for run in _CJK_RUN.findall(read):
        out.update(f"c:{run[i : i + 2]}" for i in range(max(1, len(run) - 1)))
        out.update(f"u:{char}" for char in run if _CJK.match(char))
    words = _LATIN_WORD.findall(read)
    out.update(f"w:{w}" for w in words)
    out.update(f"p:{w[:5]}" for w in words if len(w) > 5)
    out.update(f"ww:{x} {y}" for x, y in itertools.pairwise(words))
    out |= seed_features(piece, clause)
    if ROLES:  # the act and object classes of the segment and their pairs (dom67; data/domain_roles.json)
        out |= role_features(piece)
    return sorted(out)


SAID_FEATURES = False  # dom69: the cue classes in what was said as features (`said:CLASS`): measured, not chosen
# (66 of dev's 5981 examples carry one, 4 where the cues are unclear: cues-then-model in-sample 5608 either way,
# by document 0.9124, leave-one-language-out 0.8739, both unchanged)
MASK_NAMES = True  # chosen on the cross-validation by relation pair (gen42; scripts/train_domain.py)
ROLES = False  # the act and object classes as features (dom67): measured on leave-one-language-out, not chosen
# dom68, on dev's 880 documents (5784 interaction events, models retrained on them): leave-one-language-out
# cues-then-model 0.8721 without the roles; 0.8719 with them, whatever the penalty on their weights (L2 x0.3 or x3
# of the others', or the words' own L2 x2); 0.8717 with them as a back-off (a second model read only where the
# first's margin is under 1.0); in-sample 5438 -> 5442-5444 right. Leave-one-language-out did not rise: left off


def _holds_domain_word(folded: str) -> bool:
    """Does a folded text hold a domain cue of the lists or a seed concept (a name that must not be masked)?"""
    return bool(_hits(folded)[2]) or bool(seed_concepts(folded))


def _distance(at: int, span: tuple[int, int]) -> int:
    return span[0] - at if at < span[0] else max(0, at - span[1])


def type_cues(data: dict[str, Any], clause: str, sentence: str = "", offset: int = 0) -> tuple[dict[int, int], int]:
    """The type cues of the clause's predicate segment (rule index → place in the clause), and where that
    segment starts. A clause whose segment has none falls back to the whole clause. (`sentence`, `offset`: the
    folded sentence the clause starts at `offset` of, whose scan is then reused.)"""
    scan = _scan(clause, sentence, offset)
    a, b = scan.segment
    found: dict[int, int] = {}
    for at, rule in scan.types:
        if a <= at < b:
            found.setdefault(rule, at)
    if found:
        return found, a
    for at, rule in scan.types:
        found.setdefault(rule, at)
    return found, 0


def first_act(folded_sentence: str, start: int, end: int) -> int | None:
    """Where the first type cue (a verb or noun of an act) of `[start, end)` of a folded sentence stands, from the
    sentence's one scan; None when the span has none."""
    return min((at for at, _ in _hits(folded_sentence)[0] if start <= at < end), default=None)


def event_type(data: dict[str, Any], types: dict[int, int]) -> tuple[str, str]:
    """PLOVER type and CAMEO code: the first rule (in the data's order) with a cue; a clause with none is a
    consultation."""
    if not types:
        return "CONSULT", "04"
    rule = data["types"][min(types)]
    return str(rule["plover"]), str(rule["cameo"])


def type_or_none(data: dict[str, Any], clause: str) -> str | None:
    found = cues(data, "types", clause)
    return str(data["types"][min(found)]["plover"]) if found else None


def event_mode(data: dict[str, Any], clause: str, types: dict[int, int], sentence: str = "", offset: int = 0) -> str:
    """The mode of the clause's predicate, read in its segment only: a `will`, `would` or `予定` of a relative or
    purpose clause after a comma leaves a completed act asserted. A cue marked `before_verb` (`will`, `计划于`,
    `did not`: words that stand before the verb they govern) counts only before the predicate's own cue."""
    if led_by_hearsay(data, sentence or clause) or opens_with_a_condition(data, sentence or clause):
        return "hypothetical"
    scan = _scan(clause, sentence, offset)
    a, b = scan.segment
    b = through_adverbial_segment(data, clause, a, b)
    hits = [(at, i) for at, i in scan.modes if a <= at < b]
    if not hits:
        return "asserted"  # most segments: no mode cue at all
    verb = min((at for at in types.values() if a <= at < b), default=b)
    rules = data["modes"]
    for at, index in sorted(hits, key=lambda hit: hit[1]):
        if rules[index].get("before_verb") and at > verb and not _denies_the_object(clause, verb, at):
            continue
        return str(rules[index]["mode"])
    return "asserted"


# words that open a clause of its own inside a segment (`the fighters that <state> ordered in December 2018`,
# `after they met in May`): a modal before them governs another verb than the date's
_OWN_CLAUSE_EN = re.compile(r"\b(?:that|which|who|whom|whose|when|where|after|since|because|as|than|once)\b")
_SEGMENT_CUT = re.compile(r"[,;:()]")


def planned_before_the_date(data: dict[str, Any], folded_sentence: str, date_start: int) -> bool:
    """Does an English modal of the future (a `planned` cue that stands before its verb: `will`, `is expected to`,
    `are due to`, `plans to`) stand before the date in the date's own segment, with no clause of its own opening
    between them (`The next round of talks will be held in <capital> later this year`, `Those talks are due to begin
    later this month`)? Then the date is the planned act's, whatever noun of an act came before the modal (the
    predicate's cue may be the subject's: `talks`, `round`). A date before the modal (`signed today, will enter into
    force`) or after a relative clause's verb (`the jets that it ordered in 2018`) is not governed (prec65)."""
    cut = max((m.end() for m in _SEGMENT_CUT.finditer(folded_sentence, 0, date_start)), default=0)
    rules = data["modes"]
    return any(
        cut <= at < date_start
        and rules[index]["mode"] == "planned"
        and rules[index].get("before_verb")
        and not _OWN_CLAUSE_EN.search(folded_sentence, at, date_start)
        for at, index in _hits(folded_sentence)[1]
    )


def told_after_a_withdrawn_act(data: dict[str, Any], folded_sentence: str, date_start: int) -> bool:
    """Is a date read as negated only because a cue of an act withdrawn (`governs_before`: `was postponed`, `were
    called off`) stands before it, with an English clause of its own opening between them (`The summit … was
    postponed after <state> announced on <date> that …`)? Then the date is the later clause's act, which the
    withdrawal does not reach: that act stays as told. False when any other negation stands before the date
    (prec66)."""
    rules = data["modes"]
    withdrawn = negations = 0
    for at, index in _hits(folded_sentence)[1]:
        if at >= date_start or rules[index]["mode"] != "negated":
            continue
        if not rules[index].get("governs_before"):
            negations += 1
        elif _OWN_CLAUSE_EN.search(folded_sentence, at, date_start):
            withdrawn += 1
        else:
            return False
    return withdrawn > 0 and not negations


@cache
def _expression(pattern: str) -> re.Pattern[str]:
    """A data pattern searched in every clause, compiled once, so that `found_in` may lead it by its first
    characters: `unconfirmed`'s alternatives (`未…证实`, `has not been confirmed`) were tried at every character of
    every sentence an event is read in, the events stage's costliest search on the reference article (fast70)."""
    return re.compile(pattern)


def led_by_hearsay(data: dict[str, Any], folded_sentence: str) -> bool:
    """Does the folded sentence open with hearsay and a comma (`mode_scope.hearsay_lead`: `据传，…`, `Rumour has
    it, …`, after a speaker's label such as `问：`)? Then what each of its clauses tells is a rumour, not a done act,
    whichever segment its predicate stands in (prec65)."""
    scope = data.get("mode_scope", {})
    lead, unconfirmed = scope.get("hearsay_lead"), scope.get("unconfirmed")
    if unconfirmed and found_in(_expression(unconfirmed), folded_sentence):
        return True  # `…，相关说法未获证实`: the sentence says its claim is unconfirmed (prec66)
    return _opens_with(lead, folded_sentence)


def opens_with_a_condition(data: dict[str, Any], folded_sentence: str) -> bool:
    """Does the folded sentence open with a CJK word of condition (`mode_scope.condition_lead`: `一旦…，`, `如果…，`,
    `万一…，`, `仮に…ば、`, after a short lead such as a view's `…认为，`)? Then the clause that tells what would follow
    (`…，两国将签署…`), which often has no mode cue of its own, is as supposed as the condition is (prec68)."""
    return _opens_with(data.get("mode_scope", {}).get("condition_lead"), folded_sentence)


def _opens_with(lead: str | None, folded_sentence: str) -> bool:
    """Does the folded sentence open with the data's `lead` pattern (none given: no)?"""
    return lead is not None and lead != "" and re.match(lead, folded_sentence) is not None


_SEGMENT_END = re.compile(r"[、，,。；;！？!?]")


def through_adverbial_segment(data: dict[str, Any], clause: str, a: int, b: int) -> int:
    """Where the predicate segment `[a, b)` of a folded clause ends for its mode: a Japanese segment ending in a
    case particle and a comma (`mode_scope.adverbial_endings_ja`: `…会合でも、`, `…会談では、`) is an adverbial
    with no predicate of its own, so the mode is read through the next segment, where its predicate stands
    (`<会合>でも、<大臣>は<相手>との会談に応じなかった`: the meeting declined is negated). Any other segment
    keeps its end (prec65)."""
    endings = data.get("mode_scope", {}).get("adverbial_endings_ja", ())
    head = clause[a:b].rstrip()
    if not endings or not head.endswith(tuple(endings)):
        return b
    mark = _SEGMENT_END.search(clause, a + len(head))
    return mark.end() if mark else len(clause)


# the verb's word, then `no` or `nothing` as the first word of its object (`has signed no treaty`)
_VERB_WORD = re.compile(r"[a-z'’-]+\s+")
_OBJECT_DENIED = re.compile(r"(?:no|nothing)\b(?! (?:later|longer|sooner|doubt|matter|fewer|less|more)\b)")


def _denies_the_object(clause: str, verb: int, at: int) -> bool:
    """Does a negation cue found after the predicate's verb (`no`, `nothing`) stand as the first word of its
    object (`it has signed no defence treaty`, `the meeting produced no new agreement`)? Then it denies the act as
    `did not sign` does; further on (`signed a pact that requires no ratification`) it belongs to another phrase
    (prc57)."""
    word = _VERB_WORD.match(clause, verb)
    return word is not None and word.end() == at and _OBJECT_DENIED.match(clause, at) is not None


def reported_mode(data: dict[str, Any], folded_sentence: str, date_start: int) -> str | None:
    """The mode of what an English sentence reports, when the date stands inside it (`Officials said the pact
    would enter into force …, possibly later this year`): the first mode cue of the reported clause decides, not
    the reporting verb, which is done. None when the date stands before the report (`X told reporters on Monday
    that …`: the telling is the act of that date) or the report has no mode cue."""
    said = [end for end in _reading(folded_sentence).reports() if end <= date_start]
    if not said:
        return None
    rules = data["modes"]
    cues = sorted((at, i) for at, i in _hits(folded_sentence)[1] if said[-1] <= at < date_start)
    return str(rules[cues[0][1]]["mode"]) if cues else None


def predicates(
    sentence: str, start: int, end: int, data: dict[str, Any], folded: str | None = None
) -> list[tuple[int, int]]:
    """The clause `[start, end)` cut where coordinated predicates of different kinds meet (`出席峰会并签署协议`,
    `met …; and signed …`, `2＋2を開き、…に署名した`): each piece with a type cue of its own, different from the
    piece before (or of its type but an act of its own: `event_clauses.stands_apart`), is one event. The first
    piece keeps the clause's start (its date and subject); a piece with no cue of its own stays with the piece
    before it. `folded`: the sentence folded, when the caller has it."""
    folded_sentence = fold(sentence) if folded is None else folded
    reading = _reading(folded_sentence)
    if data is not patterns():
        return _predicates(sentence, start, end, data, folded_sentence, reading)
    # with the shipped data the pieces are kept on the reading of the sentence, by the clause's place
    key = (sentence, start, end)
    known = reading.pieces.get(key)
    if known is None:
        known = reading.pieces[key] = _predicates(sentence, start, end, data, folded_sentence, reading)
    return list(known)


def _predicates(
    sentence: str, start: int, end: int, data: dict[str, Any], folded_sentence: str, reading: SentenceCues
) -> list[tuple[int, int]]:
    hits = reading.hits[0]  # in order of place: only the clause's own are read
    first = bisect.bisect_left(hits, start, key=_place)
    last = bisect.bisect_left(hits, end, first, key=_place)
    answer = answer_in(sentence, start, end)
    if last - first < 2 and (last == first or answer is None or hits[first][0] < answer):
        # a clause with one type cue or none tells one act at most: however it is cut, every piece but one (or
        # all) has no kind of its own and stays with the piece before it, so the clause is one piece; but another
        # party's answer with the one cue (`…同臺灣當局「建交」，中國政府隨即中止…`) follows an act the cues do not
        # name, which is an act all the same (rec87, below)
        return [(start, end)]
    cuts = coordinated_cuts(sentence, start, end)
    if cuts:
        # two verbs over one object (`签署并发表联合声明`), a visit and its port call: one act, no cut (coord81)
        cuts = [
            cut
            for cut, before in zip(cuts, [start, *cuts[:-1]], strict=True)
            if not one_act_across(folded_sentence[before:cut], folded_sentence[cut:end])
        ]
    quoted = reading.quoted()  # what was said, not done
    types = [(at, i) for at, i in hits[first:last] if not any(q0 <= at < q1 for q0, q1 in quoted)]
    # `…访问巴基斯坦期间，双方首次提出…`: a visit, then an act of another type (event_clauses.act_after_a_visit)
    visit_act = act_after_a_visit(
        folded_sentence, [(start + a, start + b) for a, b in reading.segments(start, end)],
        [(at, str(data["types"][i]["cameo"]), str(data["types"][i]["plover"])) for at, i in types],
    )  # fmt: skip
    if visit_act is None and _has_cjk(folded_sentence):
        # the same with the occasion written inside the clause, no comma after it (`…印尼總統訪菲期間同意啟動…`)
        inside = occasion_ends(folded_sentence[start:end], reading.segments(start, end))
        if len(inside) > len(reading.segments(start, end)):
            visit_act = act_after_a_visit(
                folded_sentence, [(start + a, start + b) for a, b in inside],
                [(at, str(data["types"][i]["cameo"]), str(data["types"][i]["plover"])) for at, i in types],
            )  # fmt: skip
    if visit_act is not None and visit_act not in cuts:
        cuts = sorted([*cuts, visit_act])
    if not cuts:
        return [(start, end)]
    bounds = [start, *cuts, end]
    pieces: list[tuple[int, int, str | None]] = []
    occasion = False  # the last piece is an occasion with a cue of its own (`访问马尼拉时，`)
    cameo: str | None = None  # the CAMEO code of the last piece's act (a visit and the talks on it are two acts)
    for a, b in itertools.pairwise(bounds):
        in_piece = [(at, i) for at, i in types if a <= at < b]
        found: list[int] = []
        kind: str | None = None  # a piece without a type cue of its own has no kind
        rule: int | None = None
        if in_piece:
            parts = reading.segments(a, b)
            found = _cues_outside_scenes(reading, a, in_piece, parts)
            rule = _deciding_rule(folded_sentence[a:b], a, in_piece, found)
            kind = _kind(data, folded_sentence[a:b], rule, parts)
        own_cameo = str(data["types"][rule]["cameo"]) if kind is not None and rule is not None else None
        same = (
            kind == pieces[-1][2]
            and (
                not stands_apart(str(kind), folded_sentence[a:b])
                or tells_what_talks_covered(folded_sentence[a:b])
                or classifies_the_subject(folded_sentence[a:b])
            )
            and not acts_apart_by_cameo(cameo, own_cameo, folded_sentence[a:b], folded_sentence[pieces[-1][0] : a])
            # the relationship set up or raised at the visit or talks just told: an instrument of its own (dom88)
            and not (
                cameo in _MEETING_CAMEOS
                and (makes_a_relationship(folded_sentence[a:b]) or makes_a_joint_act(folded_sentence[a:b]))
            )
            and not (at_that_time(folded_sentence[a:b]) and own_cameo != cameo)
            and _SUBJECT_OF_ITS_OWN.match(sentence, a) is None
            and _JA_SUBJECT_OF_ITS_OWN.match(sentence, a) is None
            and not opens_the_next_act(sentence, a)
            and not opens_a_vote(sentence, a)
            if pieces
            else False
        )
        occasion, was_occasion = bool(found) and kind is None and is_moment(folded_sentence[a:b]), occasion
        if (
            pieces
            and announces_what_follows(folded_sentence, pieces[-1][0], a)
            and not tells_a_plan(folded_sentence[a:b])
            and not opens_the_next_act(sentence, a)
        ):
            previous = pieces[-1]  # what the announcement said: the content of its one act (prec48)
            pieces[-1] = (previous[0], b, previous[2] or kind)
            cameo = cameo or own_cameo
        elif (
            pieces
            and cameo in _MEETING_CAMEOS
            and kind is not None
            and not opens_the_next_act(sentence, a)
            and tells_an_intent_agreed(folded_sentence, a, b)
        ):
            previous = pieces[-1]  # `会谈，双方一致同意深化…`: what the meeting came to, no act of its own (prec71)
            pieces[-1] = (previous[0], b, previous[2])
        elif was_occasion and kind is not None and opens_with_subject(folded_sentence[a:b]):
            pieces.append((a, b, kind))  # the occasion was an act, and this is another, with a subject of its own
            cameo = own_cameo
        elif a == visit_act and kind is not None:
            pieces.append((a, b, kind))  # the visit was an act, and this is another of another type
            cameo = own_cameo
        elif (
            pieces
            and kind is not None
            and answers_the_act_before(sentence, a)
            and not any(q0 <= a < q1 for q0, q1 in quoted)
            and not _leading(folded_sentence[pieces[-1][0] : a])
            and not _names_a_disaster(data, folded_sentence[pieces[-1][0] : a])
        ):
            # `…建交，我國隨即宣布與日本斷交`: another party answering the act before, with a subject of its own, is an
            # act of its own even when the piece before has no cue or shares its kind (rec87, event_clauses.json
            # `response_in_next_clause`); after a piece that only sets the scene it is the one act
            pieces.append((a, b, kind))
            cameo = own_cameo
        elif pieces and (kind is None or same or pieces[-1][2] is None):
            previous = pieces[-1]
            pieces[-1] = (previous[0], b, previous[2] or kind)
            cameo = cameo or own_cameo
        else:
            pieces.append((a, b, kind))
            cameo = own_cameo
    return [(a, b) for a, b, _ in pieces]


# `…, and President X greeted him`: a piece opening with a subject of its own (named with capitals, after a clause
# with a verb: `event_segments.coordinated_cuts`) tells another act, of whatever kind (two people, two acts)
_SUBJECT_OF_ITS_OWN = re.compile(r", and [A-Z]")
# `…と会談し、大統領は…を表明した`: a Japanese piece after a verb's continuative comma that opens with a subject of its
# own (a short noun and the topic particle) tells another act of whatever kind, as in English (dom60); a collective
# subject (`双方は`, `両首脳は`) names the same parties, whose talks it goes on telling (what the talks covered)
_JA_SUBJECT_OF_ITS_OWN = re.compile(r"(?<=し)、(?![両双])[\u4e00-\u9fff\u30a0-\u30ff]{1,8}は")


def _names_a_disaster(data: dict[str, Any], folded_piece: str) -> bool:
    """Does a piece name a natural disaster (`natural_disasters` of event_patterns.json)? What answers it at once
    (`…氣旋…重創斐濟，澳洲國防軍隨即派出…`) is the one act: no one acted in the disaster (rec87)."""
    disasters = data.get("natural_disasters_re")
    return disasters is not None and disasters[0].search(folded_piece) is not None


# a visit and a meeting (`intent_agreed_in_talks`): the acts whose sentence may go on with what they came to
_MEETING_CAMEOS = frozenset({"042", "043"})


def _place(hit: tuple[int, int]) -> int:
    return hit[0]


@cache
def _visit_codes() -> frozenset[str]:
    return frozenset(clause_rules()["visit_occasions"]["occasion_cameos"])


def _deciding_rule(piece: str, a: int, in_piece: list[tuple[int, int]], found: list[int]) -> int | None:
    """The type rule that says what a piece (`piece`, folded, from `a` of the sentence) does: the first by rank of
    `found`, its rules outside scenes; but in a Japanese piece that closes on an agreement (`…を再開することで一致した`,
    `event_clauses.agreement_ending_ja`), the first by rank of those cued at the agreement, its predicate (rec85)."""
    if not found:
        return None
    at = agreement_ending_ja(piece)
    if at is not None:
        closing = [i for place, i in in_piece if place >= a + at and i in found]
        if closing:
            return min(closing)
    return min(found)


def _cues_outside_scenes(
    reading: SentenceCues, a: int, found: list[tuple[int, int]], parts: list[tuple[int, int]]
) -> list[int]:
    """The type rules cued in a piece from `a` of the folded sentence `reading` read (`found`: its cues, as
    (place, rule), at least one; `parts`: its segments, `SentenceCues.segments`), leaving out cues in a
    scene-setting segment before its last (`昨日の会合では、双方は…一致しました`: the meeting is where the act took
    place, not a second act)."""
    if len(parts) < 2:
        return [i for _, i in found]  # one segment: nothing sets a scene before it
    folded = reading.text
    scenes = [
        (a + s, a + e)
        for s, e in parts[:-1]
        if any(a + s <= at < a + e for at, _ in found) and _leading(folded[a + s : a + e])
    ]
    # `…同王毅举行会谈，这是…首次正式访华`: a later segment commenting on the act before names the visit again, a
    # first or a record (rec84); only a visit's cue is set aside so (`，这是…首次出席…会议` still counts)
    visits = _visit_codes()
    scenes += [
        (a + s, a + e)
        for s, e in parts[1:]
        if comments_on_the_act_before(folded[a + s : a + e])
        and all(str(reading.data["types"][i]["cameo"]) in visits for at, i in found if a + s <= at < a + e)
    ]
    # `タイを訪問中の総理は、…歓迎式典に出席した後、…`: a visit told in a relative clause on the subject is the setting
    # of what the subject does, not the piece's act, when the piece tells an act besides (rec85)
    subject_visits = [
        (a + s, a + e)
        for s, e in parts[:-1]
        if visit_on_the_subject(folded[a + s : a + e])
        and all(str(reading.data["types"][i]["cameo"]) in visits for at, i in found if a + s <= at < a + e)
    ]
    if any(not any(s <= at < e for s, e in [*scenes, *subject_visits]) for at, _ in found):
        scenes += subject_visits
    return [i for at, i in found if not any(s <= at < e for s, e in scenes)]


def _kind(data: dict[str, Any], piece: str, rule: int | None, parts: list[tuple[int, int]]) -> str | None:
    """What a coordinated piece does, to tell two predicates apart: the PLOVER type of its first type rule
    (`rule`). A Japanese piece with no past tense that ends in a non-past form (`…を行う際の手続を定めるものです`)
    states no act of its own: its verbs describe or modify a noun, so it has no kind and stays with the piece
    before it; so does a piece that ends in a leading adverbial (`…访问马尼拉期间，`). A piece that ends in a noun
    (`…に署名。`, the chronology's style), a past or continuative form or a perfect of doing (`…を行っています`) is
    an act. (`parts`: the piece's segments, `segments(piece)`, read from the sentence's cuts.)"""
    if rule is None:
        return None
    if _KANA.search(piece) and "た" not in piece and _JA_NOT_DONE.search(piece) and not _JA_PERFECT.search(piece):
        return None
    last = piece[parts[-1][0] :] if parts else piece
    # an English piece that ends the sentence in a phrase of place or time (`… at the ministry in Hanoi.`) ends
    # in a complement of its verb; only a phrase with more to follow leads an act after it
    if (
        _leading(last)
        and (_has_cjk(piece) or last.rstrip()[-1:] in ",;:")
        and not _JA_DONE_BEFORE.search(last)
        and not talks_done_before(last)  # `…与习近平会谈后`: talks with their counterpart, an act (dom87)
    ):
        return None  # the occasion of the act after it, no act of its own
    return str(data["types"][rule]["plover"])


# a Japanese piece ending in a verb in the past and `後` (`歓迎式典に出席した後、`, `…に臨んだ後、`; folded `后`):
# an act told as done before the next act of the same occasion, not a scene named by a noun (`会談後、`) (rec84)
_JA_DONE_BEFORE = re.compile(r"(?:[たっ]|んだ)[後后][\s，,、]*$")
# a Chinese preposition of time or place before a visit told as an occasion: the subject before it did the act
_AT_AN_OCCASION = re.compile("[在於]")
# an English piece that is only the span of a visit (` during prime minister x's state visit to y in may 2015`, folded),
# with no act of its own after it: cut from the act it dates (event_segments, `_OWN_TIME`)
_ONLY_A_VISIT = re.compile(r"^[\s,;]*during (?:[\w'’.-]+ ){0,6}?(?:state |official |working )?visit\b[^,;]*[.;]?\s*$")


def visit_as_occasion(
    data: dict[str, Any],
    clause: str,
    domain: str,
    named: list[tuple[int, str]] | None = None,
) -> str:
    """The domain of an event whose folded `clause` tells a visit as the occasion of another act told after it
    (data `domain_cues.occasion`: `…訪問の際に…`, `…访问期间…`, `during his visit to …`, `paid a visit to …,
    where …`): the visit is the act its date dates, and its domain is read in its own words, up to the end of the
    occasion, not in the act done during it (dom45; the codebook counts the visit and that act as two events, the
    visit first). `domain`: the domain the whole clause gave, kept when no visit is told as an occasion or no act
    of another type follows it."""
    occasion: re.Pattern[str] | None = data.get("occasion_re")
    if occasion is None or domain == data["domain_cues"]["default"]:
        return domain
    found = led_search(occasion, clause)  # (from its first characters: `event_cues.led_search`)
    if found is not None and _AT_AN_OCCASION.search(clause, 0, found.start()):
        return domain  # `两国在…访菲期间同意…`: the occasion is when the act told with its subject was done
    if found is None or not _scan(clause).types or max(at for at, _ in _scan(clause).types) < found.end():
        return domain  # no act told after the visit: the clause is the visit's alone
    own = [(at, cue) for at, cue in named or () if at < found.end()]
    return rule_domain(data, clause[: found.end()], own)[0]


def visit_piece(data: dict[str, Any], piece: str, domain: str) -> str:
    """The domain of an event whose predicate piece (`piece`, folded) is only the span of a visit cut from the act told
    before it (`…was established during X's visit to Y in November 2015`: `event_segments._OWN_TIME`): the visit
    is read in its own words, not in the act's, whose words its reading span still holds (the corpus README, "A
    visit that also establishes something": two events, each coded by its own act; dom60). `domain`: the domain the
    reading span gave, kept for any other piece."""
    if domain == data["domain_cues"]["default"] or _ONLY_A_VISIT.match(piece) is None:
        return domain
    return rule_domain(data, piece)[0]
